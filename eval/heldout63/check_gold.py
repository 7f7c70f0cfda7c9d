#!/usr/bin/env python3
"""Consistency checker for the heldout63 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py

It checks that every text in texts/ has a gold file in gold/ (and vice versa)
and that each gold file follows the format of /work/main/gold/README.md.
It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ = {"name", "iso"}
COUNTRY_OPT = {"aliases"}
REGION_REQ = {"name"}
REGION_OPT = {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing",
         "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO = set("""
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

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(value):
    if value is None:
        return True
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
    def __init__(self):
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, fname, msg):
        self.errors.append("%s: %s" % (fname, msg))

    def check_keys(self, fname, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(fname, "%s is not an object" % where)
            return False
        keys = set(obj)
        missing = required - keys
        extra = keys - required - set(optional)
        if missing:
            self.err(fname, "%s lacks field(s) %s" % (where, sorted(missing)))
        if extra:
            self.err(fname, "%s has undocumented field(s) %s" % (where, sorted(extra)))
        return not missing

    def check_strlist(self, fname, where, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(fname, "%s must be a list of strings" % where)
            return []
        if len(set(value)) != len(value):
            self.err(fname, "%s has duplicate entries" % where)
        return value

    def check_iso(self, fname, where, code, allow_null=False):
        if code is None and allow_null:
            return
        if code not in ISO:
            self.err(fname, "%s: %r is not an ISO 3166-1 alpha-2 code" % (where, code))

    def check_verbatim(self, fname, where, s, text):
        if not isinstance(s, str) or not s:
            self.err(fname, "%s: empty or not a string" % where)
        elif s not in text:
            self.err(fname, "%s: %r does not occur verbatim in the text" % (where, s))

    def check_named_entity(self, fname, where, ent, text):
        """Aliases must occur verbatim; the name or some alias must occur."""
        aliases = self.check_strlist(fname, where + ".aliases", ent.get("aliases", []))
        for a in aliases:
            self.check_verbatim(fname, where + " alias", a, text)
        name = ent.get("name")
        if not isinstance(name, str) or not name:
            self.err(fname, "%s: name missing or empty" % where)
            return
        if name not in text and not any(a in text for a in aliases):
            self.err(fname, "%s: neither name %r nor any alias occurs in the text" % (where, name))

    def check_file(self, stem):
        fname = stem + ".json"
        gpath = os.path.join(GOLD_DIR, fname)
        tpath = os.path.join(TEXT_DIR, stem + ".txt")
        with open(tpath, encoding="utf-8") as f:
            text = f.read()
        try:
            with open(gpath, encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, ValueError) as exc:
            self.err(fname, "cannot be read as JSON: %s" % exc)
            return
        if not isinstance(gold, dict):
            self.err(fname, "top level is not an object")
            return
        if list(gold.keys()) != TOP_FIELDS:
            self.err(fname, "top-level fields must be exactly %s in this order, got %s"
                     % (TOP_FIELDS, list(gold.keys())))
        if gold.get("doc") != stem + ".txt":
            self.err(fname, "doc is %r, expected %r" % (gold.get("doc"), stem + ".txt"))
        year = gold.get("year")
        if not (isinstance(year, str) and YEAR.match(year)):
            self.err(fname, "year %r is not a four-digit string" % (year,))
        for key in TOP_FIELDS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(fname, "%s must be a list" % key)
                gold[key] = []

        # persons
        person_ids = set()
        for i, p in enumerate(gold["persons"]):
            where = "persons[%d]" % i
            if not self.check_keys(fname, where, p, PERSON_FIELDS):
                continue
            pid = p["id"]
            where = "person %s" % pid
            if not (isinstance(pid, str) and SLUG.match(pid)):
                self.err(fname, "%s: id is not a slug" % where)
            if pid in person_ids:
                self.err(fname, "%s: duplicate person id" % where)
            person_ids.add(pid)
            self.check_named_entity(fname, where, p, text)
            if p["office"] is not None:
                self.check_verbatim(fname, where + " office", p["office"], text)
            self.check_iso(fname, where + " country", p["country"], allow_null=True)
            seen = self.person_names.get(pid)
            if seen is None:
                self.person_names[pid] = (p["name"], fname)
            elif seen[0] != p["name"]:
                self.err(fname, "%s: name %r differs from %r in %s" % (where, p["name"], seen[0], seen[1]))

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(gold["countries"]):
            where = "countries[%d]" % i
            if not self.check_keys(fname, where, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            where = "country %s" % c["name"]
            self.check_iso(fname, where, c["iso"])
            if c["iso"] in isos:
                self.err(fname, "%s: ISO code listed twice" % where)
            isos.add(c["iso"])
            country_names.add(c["name"])
            self.check_named_entity(fname, where, c, text)

        # regions
        for i, r in enumerate(gold["regions"]):
            where = "regions[%d]" % i
            if not self.check_keys(fname, where, r, REGION_REQ, REGION_OPT):
                continue
            self.check_named_entity(fname, "region %s" % r["name"], r, text)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            where = "agreements[%d]" % i
            if not self.check_keys(fname, where, a, AGREEMENT_FIELDS):
                continue
            where = "agreement %s" % a["id"]
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                self.err(fname, "%s: id is not a slug" % where)
            if a["id"] in agreement_ids:
                self.err(fname, "%s: duplicate agreement id" % where)
            agreement_ids.add(a["id"])
            self.check_named_entity(fname, where, a, text)
            for code in self.check_strlist(fname, where + ".parties", a["parties"]):
                self.check_iso(fname, where + " party", code)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            where = "organizations[%d]" % i
            if not self.check_keys(fname, where, o, ORG_FIELDS):
                continue
            where = "organization %s" % o["id"]
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                self.err(fname, "%s: id is not a slug" % where)
            if o["id"] in org_ids:
                self.err(fname, "%s: duplicate organization id" % where)
            org_ids.add(o["id"])
            self.check_named_entity(fname, where, o, text)
            self.check_iso(fname, where + " country", o["country"], allow_null=True)

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            where = "places[%d]" % i
            if not self.check_keys(fname, where, pl, PLACE_FIELDS):
                continue
            where = "place %s" % pl["name"]
            if pl["name"] in place_names:
                self.err(fname, "%s: place listed twice" % where)
            place_names.add(pl["name"])
            self.check_named_entity(fname, where, pl, text)
            self.check_iso(fname, where + " country", pl["country"], allow_null=True)

        # meetings
        for i, m in enumerate(gold["meetings"]):
            where = "meetings[%d]" % i
            if not self.check_keys(fname, where, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(fname, "%s: kind %r not allowed" % (where, m["kind"]))
            for pid in self.check_strlist(fname, where + ".participants", m["participants"]):
                if pid not in person_ids:
                    self.err(fname, "%s: participant %r is not a listed person" % (where, pid))
            for code in self.check_strlist(fname, where + ".countries", m["countries"]):
                self.check_iso(fname, where + " country", code)
            if not valid_date(m["date"]):
                self.err(fname, "%s: invalid date %r" % (where, m["date"]))
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(fname, "%s: place %r is not in places or countries" % (where, m["place"]))
            for t in self.check_strlist(fname, where + ".topics", m["topics"]):
                if t not in TOPICS:
                    self.err(fname, "%s: topic %r not allowed" % (where, t))
            for aid in self.check_strlist(fname, where + ".agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(fname, "%s: agreement %r is not listed" % (where, aid))
            self.check_verbatim(fname, where + " evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for e in self.check_strlist(fname, where + ".evidence_extra", m["evidence_extra"]):
                    self.check_verbatim(fname, where + " evidence_extra", e, text)
            if "note" in m and not isinstance(m["note"], str):
                self.err(fname, "%s: note must be a string" % where)

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            where = "meeting_counts[%d]" % i
            if not self.check_keys(fname, where, c, COUNT_FIELDS):
                continue
            if c["kind"] not in KINDS:
                self.err(fname, "%s: kind %r not allowed" % (where, c["kind"]))
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(fname, "%s: count must be a positive integer" % where)
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                self.err(fname, "%s: year %r is not a four-digit string" % (where, c["year"]))
            self.check_verbatim(fname, where + " evidence", c["evidence"], text)


def main():
    checker = Checker()
    texts = {f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD_DIR) if f.endswith(".json")}
    for stem in sorted(texts - golds):
        checker.err(stem + ".txt", "has no gold file")
    for stem in sorted(golds - texts):
        checker.err(stem + ".json", "has no text file")
    both = sorted(texts & golds)
    for stem in both:
        checker.check_file(stem)
    for line in checker.errors:
        print(line)
    print("checked %d files: %d errors" % (len(both), len(checker.errors)))
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main())
