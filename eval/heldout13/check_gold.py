#!/usr/bin/env python3
"""Consistency checker for the heldout13 gold annotations (standard library only).

Usage: python3 check_gold.py [set directory]   (default: the directory of this file)

Prints one line per problem, then "checked N files: M errors".
Exits with status 1 if any error was found, else 0.
"""
import calendar
import json
import os
import re
import sys

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 officially assigned codes, plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # ---- helpers -------------------------------------------------------
    def valid_date(self, s):
        if s is None:
            return True
        if not isinstance(s, str):
            return False
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
        if not m:
            return False
        y = int(m.group(1))
        if m.group(2):
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                return False
            if m.group(3):
                d = int(m.group(3))
                if not 1 <= d <= calendar.monthrange(y, mo)[1]:
                    return False
        return True

    def check_fields(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "entry is not an object")
            return False
        keys = set(obj)
        for k in sorted(required - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - required - set(optional)):
            self.err(where, f"unexpected field '{k}'")
        return required <= keys

    def check_str_list(self, where, val, field):
        if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
            self.err(where, f"'{field}' must be a list of strings")
            return []
        if len(set(val)) != len(val):
            self.err(where, f"duplicate values in '{field}'")
        return val

    def check_iso(self, where, code, nullable=True):
        if code is None and nullable:
            return
        if code not in ISO:
            self.err(where, f"invalid ISO code {code!r}")

    def occurs(self, where, text, s, what):
        if not isinstance(s, str) or not s:
            self.err(where, f"{what} is empty or not a string")
        elif s not in text:
            self.err(where, f"{what} not found verbatim in text: {s!r}")

    def name_or_alias(self, where, text, ent):
        forms = [ent.get("name")] + list(ent.get("aliases") or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither name nor any alias occurs in text: {ent.get('name')!r}")

    # ---- per file ------------------------------------------------------
    def check_file(self, path, text_path, person_names):
        where0 = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
        except Exception as e:  # noqa: BLE001
            self.err(where0, f"cannot parse JSON: {e}")
            return
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        if not isinstance(g, dict):
            self.err(where0, "top level is not an object")
            return
        if list(g.keys()) != TOP_FIELDS:
            missing = [k for k in TOP_FIELDS if k not in g]
            extra = [k for k in g if k not in TOP_FIELDS]
            if missing or extra:
                self.err(where0, f"top-level fields wrong: missing {missing}, unexpected {extra}")
        if g.get("doc") != os.path.basename(text_path):
            self.err(where0, f"'doc' is {g.get('doc')!r}, expected {os.path.basename(text_path)!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g.get("year", ""))):
            self.err(where0, f"'year' must be a YYYY string, got {g.get('year')!r}")
        for k in TOP_FIELDS[2:]:
            if not isinstance(g.get(k), list):
                self.err(where0, f"'{k}' must be a list")
                g[k] = []

        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"{where0} persons[{i}]"
            if not self.check_fields(w, p, PERSON_FIELDS):
                continue
            pid = p["id"]
            if not (isinstance(pid, str) and SLUG.match(pid)):
                self.err(w, f"bad id slug {pid!r}")
            if pid in pids:
                self.err(w, f"duplicate person id {pid!r}")
            pids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            for a in self.check_str_list(w, p["aliases"], "aliases"):
                self.occurs(w, text, a, "alias")
            if p["office"] is not None:
                self.occurs(w, text, p["office"], "office")
            self.check_iso(w, p["country"])
            self.name_or_alias(w, text, p)
            person_names.setdefault(pid, []).append((p.get("name"), where0))

        # countries
        country_names, country_isos = set(), set()
        for i, c in enumerate(g["countries"]):
            w = f"{where0} countries[{i}]"
            if not self.check_fields(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.check_iso(w, c["iso"], nullable=False)
            if c["iso"] in country_isos:
                self.err(w, f"duplicate country iso {c['iso']!r}")
            country_isos.add(c["iso"])
            country_names.add(c["name"])
            for a in self.check_str_list(w, c.get("aliases", []), "aliases"):
                self.occurs(w, text, a, "alias")
            self.name_or_alias(w, text, c)

        # regions
        seen = set()
        for i, r in enumerate(g["regions"]):
            w = f"{where0} regions[{i}]"
            if not self.check_fields(w, r, REGION_REQ, REGION_OPT):
                continue
            if r["name"] in seen:
                self.err(w, f"duplicate region {r['name']!r}")
            seen.add(r["name"])
            for a in self.check_str_list(w, r.get("aliases", []), "aliases"):
                self.occurs(w, text, a, "alias")
            self.name_or_alias(w, text, r)

        # agreements
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"{where0} agreements[{i}]"
            if not self.check_fields(w, a, AGREEMENT_FIELDS):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                self.err(w, f"bad id slug {a['id']!r}")
            if a["id"] in aids:
                self.err(w, f"duplicate agreement id {a['id']!r}")
            aids.add(a["id"])
            for al in self.check_str_list(w, a["aliases"], "aliases"):
                self.occurs(w, text, al, "alias")
            for code in self.check_str_list(w, a["parties"], "parties"):
                self.check_iso(w, code, nullable=False)
            self.name_or_alias(w, text, a)

        # organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"{where0} organizations[{i}]"
            if not self.check_fields(w, o, ORG_FIELDS):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                self.err(w, f"bad id slug {o['id']!r}")
            if o["id"] in oids:
                self.err(w, f"duplicate organization id {o['id']!r}")
            oids.add(o["id"])
            for al in self.check_str_list(w, o["aliases"], "aliases"):
                self.occurs(w, text, al, "alias")
            self.check_iso(w, o["country"])
            self.name_or_alias(w, text, o)

        # places
        place_names = set()
        for i, pl in enumerate(g["places"]):
            w = f"{where0} places[{i}]"
            if not self.check_fields(w, pl, PLACE_FIELDS):
                continue
            if pl["name"] in place_names:
                self.err(w, f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])
            for al in self.check_str_list(w, pl["aliases"], "aliases"):
                self.occurs(w, text, al, "alias")
            self.check_iso(w, pl["country"])
            self.name_or_alias(w, text, pl)

        # meetings
        for i, m in enumerate(g["meetings"]):
            w = f"{where0} meetings[{i}]"
            if not self.check_fields(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"invalid kind {m['kind']!r}")
            for pid in self.check_str_list(w, m["participants"], "participants"):
                if pid not in pids:
                    self.err(w, f"participant {pid!r} is not a listed person")
            for code in self.check_str_list(w, m["countries"], "countries"):
                self.check_iso(w, code, nullable=False)
            if not self.valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(w, f"place {m['place']!r} is not a listed place or country name")
            for t in self.check_str_list(w, m["topics"], "topics"):
                if t not in TOPICS:
                    self.err(w, f"invalid topic {t!r}")
            for aid in self.check_str_list(w, m["agreements"], "agreements"):
                if aid not in aids:
                    self.err(w, f"agreement {aid!r} is not a listed agreement")
            self.occurs(w, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.check_str_list(w, m["evidence_extra"], "evidence_extra"):
                    self.occurs(w, text, e, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note must be a string")

        # meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"{where0} meeting_counts[{i}]"
            if not self.check_fields(w, c, COUNT_FIELDS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"invalid kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(w, f"count must be a positive integer, got {c['count']!r}")
            if c["year"] is not None and not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                self.err(w, f"year must be YYYY or null, got {c['year']!r}")
            self.occurs(w, text, c["evidence"], "evidence")


def main():
    base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    for s in sorted(set(texts) - set(golds)):
        ck.err(f"{s}.txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        ck.err(f"{s}.json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in sorted(set(texts) & set(golds)):
        ck.check_file(os.path.join(gdir, s + ".json"), os.path.join(tdir, s + ".txt"), person_names)
        checked += 1
    for pid, uses in sorted(person_names.items()):
        names = {n for n, _ in uses}
        if len(names) > 1:
            detail = "; ".join(f"{f}: {n!r}" for n, f in uses)
            ck.err("cross-file", f"person id {pid!r} has different names: {detail}")
    for e in ck.errors:
        print(e)
    print(f"checked {checked} files: {len(ck.errors)} errors")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
