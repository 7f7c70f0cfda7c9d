#!/usr/bin/env python3
"""Consistency checker for the heldout47 gold annotations.

Standard library only.  Usage (from any directory):

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory of this script and must contain texts/ and
gold/.  One line is printed per problem, then a summary line
``checked N files: M errors``.  The exit status is 1 when there are errors.
"""
import datetime
import json
import os
import re
import sys

ISO_3166_ALPHA2 = set("""
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
""".split())
VALID_CODES = ISO_3166_ALPHA2 | {"SU"}

KINDS = {
    "summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
    "vice-ministerial-meeting", "intergovernmental-committee",
    "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call",
    "other",
}
TOPICS = {
    "peace-treaty", "territorial-issues", "economic-cooperation",
    "trade-investment", "energy", "security-defence", "arms-control",
    "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security",
    "culture-exchange", "humanitarian", "fisheries", "health-medical",
    "science-technology", "agriculture", "transport-infrastructure",
    "regional-affairs", "political-dialogue",
}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
WORDS_MIN, WORDS_MAX = 550, 950


def valid_date(value):
    """YYYY, YYYY-MM or YYYY-MM-DD denoting a real calendar date."""
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date.fromisoformat(value)
            return True
    except ValueError:
        return False
    return False


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []
        self.person_names = {}   # id -> (name, file)
        self.name_ids = {}       # name -> (id, file)
        self.org_names = {}      # organization id -> (name, file)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # -- generic helpers ---------------------------------------------------
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

    def str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(where, "must be a list of strings")
            return []
        if len(set(value)) != len(value):
            self.err(where, "duplicate entries")
        return value

    def code(self, where, value, nullable):
        if value is None and nullable:
            return
        if value not in VALID_CODES:
            self.err(where, f"invalid country code {value!r}")

    def verbatim(self, where, text, value, what):
        if not isinstance(value, str) or not value:
            self.err(where, f"{what} must be a non-empty string")
        elif value not in text:
            self.err(where, f"{what} not found verbatim in text: {value!r}")

    def surface(self, where, text, entry):
        """Aliases occur verbatim; the name or at least one alias occurs."""
        name = entry.get("name")
        aliases = self.str_list(where + ".aliases", entry.get("aliases", []))
        for a in aliases:
            self.verbatim(where, text, a, "alias")
        if not isinstance(name, str) or not name:
            self.err(where, "name must be a non-empty string")
        elif name not in text and not any(a in text for a in aliases):
            self.err(where, f"neither name nor any alias occurs in text: {name!r}")

    # -- one file ------------------------------------------------------------
    def check_file(self, stem):
        gpath = os.path.join(self.root, "gold", stem + ".json")
        tpath = os.path.join(self.root, "texts", stem + ".txt")
        where = stem
        try:
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            self.err(where, f"cannot read text as UTF-8: {exc}")
            return
        words = len(text.split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            self.err(where, f"text has {words} words, outside {WORDS_MIN}-{WORDS_MAX}")
        try:
            with open(gpath, encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err(where, f"cannot parse gold JSON: {exc}")
            return
        if not isinstance(gold, dict):
            self.err(where, "gold is not an object")
            return
        if list(gold.keys()) != TOP_KEYS:
            self.err(where, f"top-level fields must be exactly {TOP_KEYS} in this order, got {list(gold.keys())}")
        if gold.get("doc") != stem + ".txt":
            self.err(where, f"doc must be {stem + '.txt'!r}, got {gold.get('doc')!r}")
        year = gold.get("year")
        if not (isinstance(year, str) and YEAR_RE.match(year)):
            self.err(where, f"year must be a 'YYYY' string, got {year!r}")
        for key in TOP_KEYS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(where, f"{key} must be a list")
                gold[key] = []

        # persons
        person_ids = set()
        for i, p in enumerate(gold["persons"]):
            w = f"{where}.persons[{i}]"
            if not self.keys(w, p, PERSON_KEYS):
                continue
            pid = p["id"]
            if not (isinstance(pid, str) and SLUG_RE.match(pid)):
                self.err(w, f"bad id slug {pid!r}")
            if pid in person_ids:
                self.err(w, f"duplicate person id {pid!r}")
            person_ids.add(pid)
            self.surface(w, text, p)
            if p["office"] is not None:
                self.verbatim(w, text, p["office"], "office")
            self.code(w + ".country", p["country"], nullable=True)
            name = p["name"]
            if isinstance(pid, str) and isinstance(name, str):
                seen = self.person_names.get(pid)
                if seen and seen[0] != name:
                    self.err(w, f"person {pid!r} is named {name!r} here but {seen[0]!r} in {seen[1]}")
                else:
                    self.person_names.setdefault(pid, (name, stem))
                other = self.name_ids.get(name)
                if other and other[0] != pid:
                    self.err(w, f"name {name!r} has id {pid!r} here but {other[0]!r} in {other[1]}")
                else:
                    self.name_ids.setdefault(name, (pid, stem))

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(gold["countries"]):
            w = f"{where}.countries[{i}]"
            if not self.keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.surface(w, text, c)
            self.code(w + ".iso", c["iso"], nullable=False)
            if c["iso"] in isos:
                self.err(w, f"duplicate country {c['iso']!r}")
            isos.add(c["iso"])
            country_names.add(c["name"])

        # regions
        region_names = set()
        for i, r in enumerate(gold["regions"]):
            w = f"{where}.regions[{i}]"
            if not self.keys(w, r, REGION_REQ, REGION_OPT):
                continue
            self.surface(w, text, r)
            if r["name"] in region_names:
                self.err(w, f"duplicate region {r['name']!r}")
            region_names.add(r["name"])

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            w = f"{where}.agreements[{i}]"
            if not self.keys(w, a, AGREEMENT_KEYS):
                continue
            if not (isinstance(a["id"], str) and SLUG_RE.match(a["id"])):
                self.err(w, f"bad id slug {a['id']!r}")
            if a["id"] in agreement_ids:
                self.err(w, f"duplicate agreement id {a['id']!r}")
            agreement_ids.add(a["id"])
            self.surface(w, text, a)
            parties = self.str_list(w + ".parties", a["parties"])
            for code in parties:
                self.code(w + ".parties", code, nullable=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            w = f"{where}.organizations[{i}]"
            if not self.keys(w, o, ORG_KEYS):
                continue
            if not (isinstance(o["id"], str) and SLUG_RE.match(o["id"])):
                self.err(w, f"bad id slug {o['id']!r}")
            if o["id"] in org_ids:
                self.err(w, f"duplicate organization id {o['id']!r}")
            org_ids.add(o["id"])
            self.surface(w, text, o)
            self.code(w + ".country", o["country"], nullable=True)
            if isinstance(o["id"], str) and isinstance(o["name"], str):
                seen = self.org_names.get(o["id"])
                if seen and seen[0] != o["name"]:
                    self.err(w, f"organization {o['id']!r} is named {o['name']!r} here but {seen[0]!r} in {seen[1]}")
                else:
                    self.org_names.setdefault(o["id"], (o["name"], stem))

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            w = f"{where}.places[{i}]"
            if not self.keys(w, pl, PLACE_KEYS):
                continue
            self.surface(w, text, pl)
            self.code(w + ".country", pl["country"], nullable=True)
            if pl["name"] in place_names:
                self.err(w, f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])

        # meetings
        for i, m in enumerate(gold["meetings"]):
            w = f"{where}.meetings[{i}]"
            if not self.keys(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"kind not allowed: {m['kind']!r}")
            for pid in self.str_list(w + ".participants", m["participants"]):
                if pid not in person_ids:
                    self.err(w, f"participant {pid!r} is not a person of this file")
            for code in self.str_list(w + ".countries", m["countries"]):
                self.code(w + ".countries", code, nullable=False)
            if m["date"] is not None and not valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(w, f"place {m['place']!r} is not in places or countries")
            for t in self.str_list(w + ".topics", m["topics"]):
                if t not in TOPICS:
                    self.err(w, f"topic not allowed: {t!r}")
            for aid in self.str_list(w + ".agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(w, f"agreement {aid!r} is not an agreement of this file")
            self.verbatim(w, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.str_list(w + ".evidence_extra", m["evidence_extra"]):
                    self.verbatim(w, text, e, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note must be a string")

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            w = f"{where}.meeting_counts[{i}]"
            if not self.keys(w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"kind not allowed: {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(w, f"count must be a positive integer, got {c['count']!r}")
            if not (isinstance(c["year"], str) and YEAR_RE.match(c["year"])):
                self.err(w, f"year must be a 'YYYY' string, got {c['year']!r}")
            self.verbatim(w, text, c["evidence"], "evidence")

    def run(self):
        tdir = os.path.join(self.root, "texts")
        gdir = os.path.join(self.root, "gold")
        texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
        for stem in sorted(texts - golds):
            self.err(stem, "text has no gold file")
        for stem in sorted(golds - texts):
            self.err(stem, "gold file has no text")
        stems = sorted(texts & golds)
        for stem in stems:
            self.check_file(stem)
        for line in self.errors:
            print(line)
        print(f"checked {len(stems)} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(Checker(root).run())


if __name__ == "__main__":
    main()
