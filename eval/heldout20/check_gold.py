#!/usr/bin/env python3
"""Consistency checker for the heldout20 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py [set_directory]

The set directory defaults to the directory containing this script. It must
hold texts/*.txt and gold/*.json. One line is printed per problem, then
"checked N files: M errors". The exit status is 1 when there are errors.
"""
import json
import os
import re
import sys

ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements",
               "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(value):
    if not isinstance(value, str):
        return False
    m = DATE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1800 <= int(year) <= 2100:
        return False
    if month is not None and not 1 <= int(month) <= 12:
        return False
    if day is not None:
        d, mo, y = int(day), int(month), int(year)
        limit = DAYS[mo - 1]
        if mo == 2 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
            limit = 28
        if not 1 <= d <= limit:
            return False
    return True


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        missing = required - obj.keys()
        extra = obj.keys() - required - optional
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"unexpected fields {sorted(extra)}")
        return not missing

    def iso(self, where, code, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO_CODES:
            self.err(where, f"invalid ISO code {code!r}")

    def strlist(self, where, value):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.err(where, "must be a list of non-empty strings")
            return []
        return value

    def occurs(self, where, text, s, what):
        if s not in text:
            self.err(where, f"{what} {s!r} does not occur in the text")

    def name_or_alias(self, where, text, entity):
        forms = [entity.get("name")] + list(entity.get("aliases") or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither name nor any alias of {entity.get('name')!r} occurs in the text")

    def check_file(self, stem, text, gold):
        w = stem
        if not isinstance(gold, dict):
            self.err(w, "top level is not an object")
            return
        if list(gold.keys()) != TOP_KEYS:
            if set(gold.keys()) != set(TOP_KEYS):
                self.err(w, f"top-level fields must be exactly {TOP_KEYS}, got {list(gold.keys())}")
        if gold.get("doc") != stem + ".txt":
            self.err(w, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
        year = gold.get("year")
        if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year or "")):
            self.err(w, f"year {year!r} is not a YYYY string")

        # persons
        person_ids = set()
        for i, p in enumerate(gold.get("persons", [])):
            pw = f"{w}: persons[{i}]"
            if not self.keys(pw, p, PERSON_KEYS):
                continue
            pid = p["id"]
            if not (isinstance(pid, str) and SLUG.match(pid)):
                self.err(pw, f"id {pid!r} is not a slug")
            if pid in person_ids:
                self.err(pw, f"duplicate person id {pid!r}")
            person_ids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(pw, "name must be a non-empty string")
            for a in self.strlist(pw + ".aliases", p["aliases"]):
                self.occurs(pw, text, a, "alias")
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(pw, "office must be a non-empty string or null")
                else:
                    self.occurs(pw, text, p["office"], "office")
            self.iso(pw + ".country", p["country"])
            self.name_or_alias(pw, text, p)
            if pid in self.person_names:
                other_name, other_file = self.person_names[pid]
                if other_name != p["name"]:
                    self.err(pw, f"id {pid!r} has name {p['name']!r} here but {other_name!r} in {other_file}")
            else:
                self.person_names[pid] = (p["name"], stem)

        # countries
        country_names, country_isos = set(), set()
        for i, c in enumerate(gold.get("countries", [])):
            cw = f"{w}: countries[{i}]"
            if not self.keys(cw, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.iso(cw, c["iso"], allow_null=False)
            if c["iso"] in country_isos:
                self.err(cw, f"duplicate country {c['iso']!r}")
            country_isos.add(c["iso"])
            country_names.add(c["name"])
            for a in self.strlist(cw + ".aliases", c.get("aliases", [])):
                self.occurs(cw, text, a, "alias")
            self.name_or_alias(cw, text, c)

        # regions
        region_names = set()
        for i, r in enumerate(gold.get("regions", [])):
            rw = f"{w}: regions[{i}]"
            if not self.keys(rw, r, REGION_REQ, REGION_OPT):
                continue
            if r["name"] in region_names:
                self.err(rw, f"duplicate region {r['name']!r}")
            region_names.add(r["name"])
            for a in self.strlist(rw + ".aliases", r.get("aliases", [])):
                self.occurs(rw, text, a, "alias")
            self.name_or_alias(rw, text, r)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold.get("agreements", [])):
            aw = f"{w}: agreements[{i}]"
            if not self.keys(aw, a, AGREEMENT_KEYS):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                self.err(aw, f"id {a['id']!r} is not a slug")
            if a["id"] in agreement_ids:
                self.err(aw, f"duplicate agreement id {a['id']!r}")
            agreement_ids.add(a["id"])
            for al in self.strlist(aw + ".aliases", a["aliases"]):
                self.occurs(aw, text, al, "alias")
            if not isinstance(a["parties"], list):
                self.err(aw, "parties must be a list")
            else:
                for code in a["parties"]:
                    self.iso(aw + ".parties", code, allow_null=False)
            self.name_or_alias(aw, text, a)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold.get("organizations", [])):
            ow = f"{w}: organizations[{i}]"
            if not self.keys(ow, o, ORG_KEYS):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                self.err(ow, f"id {o['id']!r} is not a slug")
            if o["id"] in org_ids:
                self.err(ow, f"duplicate organization id {o['id']!r}")
            org_ids.add(o["id"])
            for al in self.strlist(ow + ".aliases", o["aliases"]):
                self.occurs(ow, text, al, "alias")
            self.iso(ow + ".country", o["country"])
            self.name_or_alias(ow, text, o)

        # places
        place_names = set()
        for i, pl in enumerate(gold.get("places", [])):
            plw = f"{w}: places[{i}]"
            if not self.keys(plw, pl, PLACE_KEYS):
                continue
            if pl["name"] in place_names:
                self.err(plw, f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])
            for al in self.strlist(plw + ".aliases", pl["aliases"]):
                self.occurs(plw, text, al, "alias")
            self.iso(plw + ".country", pl["country"])
            self.name_or_alias(plw, text, pl)

        # meetings
        for i, m in enumerate(gold.get("meetings", [])):
            mw = f"{w}: meetings[{i}]"
            if not self.keys(mw, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(mw, f"invalid kind {m['kind']!r}")
            for pid in m["participants"] if isinstance(m["participants"], list) else []:
                if pid not in person_ids:
                    self.err(mw, f"participant {pid!r} is not a listed person")
            if not isinstance(m["participants"], list):
                self.err(mw, "participants must be a list")
            if len(set(m["participants"] or [])) != len(m["participants"] or []):
                self.err(mw, "duplicate participants")
            if not isinstance(m["countries"], list):
                self.err(mw, "countries must be a list")
            else:
                for code in m["countries"]:
                    self.iso(mw + ".countries", code, allow_null=False)
            if m["date"] is not None and not valid_date(m["date"]):
                self.err(mw, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(mw, f"place {m['place']!r} is not a listed place or country")
            if not isinstance(m["topics"], list):
                self.err(mw, "topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        self.err(mw, f"invalid topic {t!r}")
                if len(set(m["topics"])) != len(m["topics"]):
                    self.err(mw, "duplicate topics")
            if not isinstance(m["agreements"], list):
                self.err(mw, "agreements must be a list")
            else:
                for aid in m["agreements"]:
                    if aid not in agreement_ids:
                        self.err(mw, f"agreement {aid!r} is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(mw, "evidence must be a non-empty string")
            else:
                self.occurs(mw, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.strlist(mw + ".evidence_extra", m["evidence_extra"]):
                    self.occurs(mw, text, e, "evidence_extra")
            if "note" in m and not (isinstance(m["note"], str) and m["note"]):
                self.err(mw, "note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(gold.get("meeting_counts", [])):
            cw = f"{w}: meeting_counts[{i}]"
            if not self.keys(cw, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(cw, f"invalid kind {c['kind']!r}")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(cw, f"count {c['count']!r} is not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                self.err(cw, f"year {c['year']!r} is not a YYYY string")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(cw, "evidence must be a non-empty string")
            else:
                self.occurs(cw, text, c["evidence"], "evidence")

    def run(self):
        tdir = os.path.join(self.root, "texts")
        gdir = os.path.join(self.root, "gold")
        texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
        if not texts:
            self.err("texts", "no text files found")
        for stem in sorted(texts - golds):
            self.err(stem, "text has no gold file")
        for stem in sorted(golds - texts):
            self.err(stem, "gold file has no text")
        checked = 0
        for stem in sorted(texts & golds):
            checked += 1
            try:
                with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except UnicodeDecodeError:
                self.err(stem, "text is not valid UTF-8")
                continue
            try:
                with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except (ValueError, UnicodeDecodeError) as exc:
                self.err(stem, f"gold is not valid JSON: {exc}")
                continue
            self.check_file(stem, text, gold)
        return checked


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    checker = Checker(root)
    n = checker.run()
    for line in checker.errors:
        print(line)
    print(f"checked {n} files: {len(checker.errors)} errors")
    sys.exit(1 if checker.errors else 0)


if __name__ == "__main__":
    main()
