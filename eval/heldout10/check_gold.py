#!/usr/bin/env python3
"""Consistency checker for the heldout10 gold annotations.

Uses only the standard library. Run from anywhere:

    python3 eval/heldout10/check_gold.py

It checks every texts/*.txt against gold/<stem>.json following the format of
gold/README.md, prints one line per problem and a final count, and exits with
status 1 when there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

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
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Checker:
    def __init__(self):
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    # ---- helpers -------------------------------------------------------
    def valid_date(self, value):
        if not isinstance(value, str):
            return False
        m = DATE.match(value)
        if not m:
            return False
        year, month, day = m.groups()
        if not 1900 <= int(year) <= 2100:
            return False
        if month is not None and not 1 <= int(month) <= 12:
            return False
        if day is not None:
            try:
                datetime.date(int(year), int(month), int(day))
            except ValueError:
                return False
        return True

    def check_keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        keys = set(obj)
        missing = required - keys
        extra = keys - required - set(optional)
        if missing:
            self.err(where, "missing fields %s" % sorted(missing))
        if extra:
            self.err(where, "unexpected fields %s" % sorted(extra))
        return not missing

    def check_str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            self.err(where, "must be a list of non-empty strings")
            return []
        if len(set(value)) != len(value):
            self.err(where, "duplicate values %s" % value)
        return value

    def check_verbatim(self, where, text, strings):
        for s in strings:
            if s not in text:
                self.err(where, "not found verbatim in text: %r" % s)

    def check_iso(self, where, code, nullable=True):
        if code is None and nullable:
            return
        if code not in ISO:
            self.err(where, "invalid ISO code %r" % (code,))

    def check_mentioned(self, where, text, name, aliases):
        if name not in text and not any(a in text for a in aliases):
            self.err(where, "neither name nor any alias occurs in the text")

    def check_id(self, where, value, seen):
        if not isinstance(value, str) or not SLUG.match(value):
            self.err(where, "id %r is not a slug" % (value,))
        if value in seen:
            self.err(where, "duplicate id %r" % (value,))
        seen.add(value)

    # ---- one file ------------------------------------------------------
    def check_file(self, stem, text, gold):
        f = stem + ".json"
        if not isinstance(gold, dict):
            self.err(f, "top level is not an object")
            return
        if list(gold) != TOP_KEYS:
            if set(gold) != set(TOP_KEYS):
                self.err(f, "top-level fields must be exactly %s, got %s" % (TOP_KEYS, list(gold)))
            else:
                self.err(f, "top-level fields are not in the documented order")
        if gold.get("doc") != stem + ".txt":
            self.err(f, "doc is %r, expected %r" % (gold.get("doc"), stem + ".txt"))
        year = gold.get("year")
        if not (isinstance(year, str) and re.match(r"^\d{4}$", year) and self.valid_date(year)):
            self.err(f, "year %r is not YYYY" % (year,))
        for key in TOP_KEYS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(f, "%s must be a list" % key)
                return

        # persons
        person_ids = set()
        for i, p in enumerate(gold["persons"]):
            w = "%s persons[%d]" % (f, i)
            if not self.check_keys(w, p, PERSON_KEYS):
                continue
            self.check_id(w, p["id"], person_ids)
            w = "%s person %s" % (f, p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            aliases = self.check_str_list(w + " aliases", p["aliases"])
            self.check_verbatim(w + " aliases", text, aliases)
            if p["name"] in aliases:
                self.err(w, "name repeated among aliases")
            self.check_mentioned(w, text, p["name"], aliases)
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(w, "office must be null or a non-empty string")
                else:
                    self.check_verbatim(w + " office", text, [p["office"]])
            self.check_iso(w + " country", p["country"])
            prev = self.person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                self.err(w, "name %r differs from %r in %s" % (p["name"], prev[0], prev[1]))
            elif not prev:
                self.person_names[p["id"]] = (p["name"], f)

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(gold["countries"]):
            w = "%s countries[%d]" % (f, i)
            if not self.check_keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.check_iso(w, c["iso"], nullable=False)
            if c["iso"] in isos:
                self.err(w, "duplicate iso %s" % c["iso"])
            isos.add(c["iso"])
            aliases = self.check_str_list(w + " aliases", c.get("aliases", []))
            self.check_verbatim(w + " aliases", text, aliases)
            self.check_mentioned(w, text, c["name"], aliases)
            country_names.add(c["name"])

        # regions
        for i, r in enumerate(gold["regions"]):
            w = "%s regions[%d]" % (f, i)
            if not self.check_keys(w, r, REGION_REQ, REGION_OPT):
                continue
            aliases = self.check_str_list(w + " aliases", r.get("aliases", []))
            self.check_verbatim(w + " aliases", text, aliases)
            self.check_mentioned(w, text, r["name"], aliases)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            w = "%s agreements[%d]" % (f, i)
            if not self.check_keys(w, a, AGREEMENT_KEYS):
                continue
            self.check_id(w, a["id"], agreement_ids)
            aliases = self.check_str_list(w + " aliases", a["aliases"])
            self.check_verbatim(w + " aliases", text, aliases)
            self.check_mentioned(w, text, a["name"], aliases)
            parties = self.check_str_list(w + " parties", a["parties"])
            for code in parties:
                self.check_iso(w + " parties", code, nullable=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            w = "%s organizations[%d]" % (f, i)
            if not self.check_keys(w, o, ORG_KEYS):
                continue
            self.check_id(w, o["id"], org_ids)
            aliases = self.check_str_list(w + " aliases", o["aliases"])
            self.check_verbatim(w + " aliases", text, aliases)
            self.check_mentioned(w, text, o["name"], aliases)
            self.check_iso(w + " country", o["country"])

        # places
        place_names = set()
        for i, p in enumerate(gold["places"]):
            w = "%s places[%d]" % (f, i)
            if not self.check_keys(w, p, PLACE_KEYS):
                continue
            if p["name"] in place_names:
                self.err(w, "duplicate place %r" % p["name"])
            place_names.add(p["name"])
            aliases = self.check_str_list(w + " aliases", p["aliases"])
            self.check_verbatim(w + " aliases", text, aliases)
            self.check_mentioned(w, text, p["name"], aliases)
            self.check_iso(w + " country", p["country"])

        # meetings
        for i, m in enumerate(gold["meetings"]):
            w = "%s meetings[%d]" % (f, i)
            if not self.check_keys(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, "unknown kind %r" % (m["kind"],))
            for pid in self.check_str_list(w + " participants", m["participants"]):
                if pid not in person_ids:
                    self.err(w, "participant %r is not a listed person" % pid)
            codes = self.check_str_list(w + " countries", m["countries"])
            for code in codes:
                self.check_iso(w + " countries", code, nullable=False)
            if m["date"] is not None and not self.valid_date(m["date"]):
                self.err(w, "invalid date %r" % (m["date"],))
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(w, "place %r is not a listed place or country" % (m["place"],))
            for t in self.check_str_list(w + " topics", m["topics"]):
                if t not in TOPICS:
                    self.err(w, "unknown topic %r" % t)
            for aid in self.check_str_list(w + " agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(w, "agreement %r is not a listed agreement" % aid)
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.check_verbatim(w + " evidence", text, [m["evidence"]])
            if "evidence_extra" in m:
                extra = self.check_str_list(w + " evidence_extra", m["evidence_extra"])
                self.check_verbatim(w + " evidence_extra", text, extra)
            if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
                self.err(w, "note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            w = "%s meeting_counts[%d]" % (f, i)
            if not self.check_keys(w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, "unknown kind %r" % (c["kind"],))
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(w, "count must be a positive integer")
            if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])):
                self.err(w, "year %r is not YYYY" % (c["year"],))
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.check_verbatim(w + " evidence", text, [c["evidence"]])

    # ---- all files -----------------------------------------------------
    def run(self):
        texts = {f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")}
        golds = {f[:-5] for f in os.listdir(GOLD_DIR) if f.endswith(".json")}
        for stem in sorted(texts - golds):
            self.err(stem + ".txt", "has no gold file")
        for stem in sorted(golds - texts):
            self.err(stem + ".json", "has no text file")
        for name in sorted(os.listdir(GOLD_DIR)):
            if not name.endswith(".json"):
                self.err(name, "unexpected file in gold/")
        n_files = 0
        for stem in sorted(texts & golds):
            with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            try:
                with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except (ValueError, OSError) as exc:
                self.err(stem + ".json", "cannot be read as JSON: %s" % exc)
                continue
            n_files += 1
            self.check_file(stem, text, gold)
        for e in self.errors:
            print(e)
        print("checked %d files: %d errors" % (n_files, len(self.errors)))
        return 1 if self.errors else 0


if __name__ == "__main__":
    sys.exit(Checker().run())
