#!/usr/bin/env python3
"""Consistency checks for the heldout6 gold annotations.

Standard library only. Run from the repository root:

    python3 eval/heldout6/check_gold.py

The checks follow gold/README.md (the authoritative format description):

* every gold file has a text and every text has a gold file;
* the fields of every record are exactly the documented ones
  (optional fields: country/region "aliases", meeting "evidence_extra"
  and "note");
* "doc" names the text file, "year" is YYYY;
* dates are YYYY, YYYY-MM or YYYY-MM-DD and are real calendar dates;
* ISO codes are two upper-case letters from ISO 3166-1 alpha-2 (SU allowed);
* ids are slugs, unique within a file, and a person id has the same name
  in every file;
* every alias and every stated office occurs verbatim in the text, and every
  entity is mentioned (its name or at least one alias occurs);
* meeting kinds and topics come from the allowed lists;
* meeting participants are listed persons, meeting agreements are listed
  agreements, a meeting place is a listed place or country name;
* every evidence, evidence_extra and meeting_counts evidence string occurs
  verbatim in the text.

Exit status is 0 when no error is found, 1 otherwise.
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
COUNTRY_FIELDS = {"name", "iso"}
COUNTRY_OPTIONAL = {"aliases"}
REGION_FIELDS = {"name"}
REGION_OPTIONAL = {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_FIELDS = {"kind", "participants", "countries", "date", "place",
                  "topics", "agreements", "evidence"}
MEETING_OPTIONAL = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}

TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

# ISO 3166-1 alpha-2 codes currently assigned, plus SU (Soviet Union).
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
SU
""".split())

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
ISO_RE = re.compile(r"^[A-Z]{2}$")


class Checker:
    def __init__(self):
        self.errors = []
        self.person_names = {}   # id -> (name, file)
        self.agreement_files = {}

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    # -- small helpers -------------------------------------------------
    def check_fields(self, where, rec, required, optional=frozenset()):
        if not isinstance(rec, dict):
            self.err(where, "record is not an object")
            return False
        keys = set(rec)
        missing = required - keys
        extra = keys - required - set(optional)
        if missing:
            self.err(where, "missing fields %s" % sorted(missing))
        if extra:
            self.err(where, "undocumented fields %s" % sorted(extra))
        return not missing

    def check_iso(self, where, code, allow_null=False):
        if code is None and allow_null:
            return
        if not isinstance(code, str) or not ISO_RE.match(code):
            self.err(where, "ISO code %r is not two upper-case letters" % (code,))
        elif code not in ISO_CODES:
            self.err(where, "ISO code %r is not an assigned ISO 3166-1 code" % code)

    def check_date(self, where, date, allow_null=True):
        if date is None:
            if not allow_null:
                self.err(where, "date must not be null")
            return
        if not isinstance(date, str):
            self.err(where, "date %r is not a string" % (date,))
            return
        try:
            if re.match(r"^\d{4}$", date):
                datetime.date(int(date), 1, 1)
            elif re.match(r"^\d{4}-\d{2}$", date):
                y, m = date.split("-")
                datetime.date(int(y), int(m), 1)
            elif re.match(r"^\d{4}-\d{2}-\d{2}$", date):
                y, m, d = date.split("-")
                datetime.date(int(y), int(m), int(d))
            else:
                self.err(where, "date %r is not YYYY, YYYY-MM or YYYY-MM-DD" % date)
                return
        except ValueError:
            self.err(where, "date %r is not a real date" % date)
            return
        if not (1900 <= int(date[:4]) <= 2030):
            self.err(where, "date %r is implausible" % date)

    def check_str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(where, "must be a list of strings")
            return []
        if len(set(value)) != len(value):
            self.err(where, "contains duplicates")
        return value

    def check_in_text(self, where, s, text):
        if not isinstance(s, str) or not s:
            self.err(where, "empty or non-string value %r" % (s,))
        elif s not in text:
            self.err(where, "%r does not occur in the text" % s)

    def check_mentioned(self, where, name, aliases, text):
        if name in text:
            return
        if any(a in text for a in aliases):
            return
        self.err(where, "neither the name %r nor any alias occurs in the text" % name)

    # -- one gold file ---------------------------------------------------
    def check_file(self, stem, gold, text):
        f = stem + ".json"
        if not isinstance(gold, dict):
            self.err(f, "top level is not an object")
            return
        keys = list(gold)
        if set(keys) != set(TOP_FIELDS):
            self.err(f, "top-level fields %s differ from the documented %s"
                     % (sorted(keys), sorted(TOP_FIELDS)))
            return
        if gold["doc"] != stem + ".txt":
            self.err(f, "doc %r should be %r" % (gold["doc"], stem + ".txt"))
        if not isinstance(gold["year"], str) or not YEAR_RE.match(gold["year"]):
            self.err(f, "year %r is not YYYY" % (gold["year"],))
        for k in TOP_FIELDS[2:]:
            if not isinstance(gold[k], list):
                self.err(f, "%s is not a list" % k)
                return

        # persons
        person_ids = set()
        for i, p in enumerate(gold["persons"]):
            w = "%s persons[%d]" % (f, i)
            if not self.check_fields(w, p, PERSON_FIELDS):
                continue
            w = "%s person %s" % (f, p["id"])
            if not isinstance(p["id"], str) or not SLUG_RE.match(p["id"]):
                self.err(w, "id is not a slug")
            if p["id"] in person_ids:
                self.err(w, "duplicate person id")
            person_ids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            prev = self.person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                self.err(w, "name %r differs from %r in %s" % (p["name"], prev[0], prev[1]))
            elif not prev:
                self.person_names[p["id"]] = (p["name"], f)
            aliases = self.check_str_list(w + " aliases", p["aliases"])
            for a in aliases:
                self.check_in_text(w + " alias", a, text)
            self.check_mentioned(w, p["name"], aliases, text)
            if p["office"] is not None:
                self.check_in_text(w + " office", p["office"], text)
            self.check_iso(w + " country", p["country"], allow_null=True)

        # countries
        country_names = set()
        country_isos = set()
        for i, c in enumerate(gold["countries"]):
            w = "%s countries[%d]" % (f, i)
            if not self.check_fields(w, c, COUNTRY_FIELDS, COUNTRY_OPTIONAL):
                continue
            w = "%s country %s" % (f, c["name"])
            self.check_iso(w + " iso", c["iso"])
            if c["iso"] in country_isos:
                self.err(w, "duplicate country iso")
            country_isos.add(c["iso"])
            country_names.add(c["name"])
            aliases = self.check_str_list(w + " aliases", c.get("aliases", []))
            for a in aliases:
                self.check_in_text(w + " alias", a, text)
            self.check_mentioned(w, c["name"], aliases, text)

        # regions
        for i, r in enumerate(gold["regions"]):
            w = "%s regions[%d]" % (f, i)
            if not self.check_fields(w, r, REGION_FIELDS, REGION_OPTIONAL):
                continue
            w = "%s region %s" % (f, r["name"])
            aliases = self.check_str_list(w + " aliases", r.get("aliases", []))
            for a in aliases:
                self.check_in_text(w + " alias", a, text)
            self.check_mentioned(w, r["name"], aliases, text)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            w = "%s agreements[%d]" % (f, i)
            if not self.check_fields(w, a, AGREEMENT_FIELDS):
                continue
            w = "%s agreement %s" % (f, a["id"])
            if not isinstance(a["id"], str) or not SLUG_RE.match(a["id"]):
                self.err(w, "id is not a slug")
            if a["id"] in agreement_ids:
                self.err(w, "duplicate agreement id")
            agreement_ids.add(a["id"])
            aliases = self.check_str_list(w + " aliases", a["aliases"])
            for al in aliases:
                self.check_in_text(w + " alias", al, text)
            self.check_mentioned(w, a["name"], aliases, text)
            parties = self.check_str_list(w + " parties", a["parties"])
            for p in parties:
                self.check_iso(w + " party", p)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            w = "%s organizations[%d]" % (f, i)
            if not self.check_fields(w, o, ORG_FIELDS):
                continue
            w = "%s organization %s" % (f, o["id"])
            if not isinstance(o["id"], str) or not SLUG_RE.match(o["id"]):
                self.err(w, "id is not a slug")
            if o["id"] in org_ids:
                self.err(w, "duplicate organization id")
            org_ids.add(o["id"])
            aliases = self.check_str_list(w + " aliases", o["aliases"])
            for al in aliases:
                self.check_in_text(w + " alias", al, text)
            self.check_mentioned(w, o["name"], aliases, text)
            self.check_iso(w + " country", o["country"], allow_null=True)

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            w = "%s places[%d]" % (f, i)
            if not self.check_fields(w, pl, PLACE_FIELDS):
                continue
            w = "%s place %s" % (f, pl["name"])
            if pl["name"] in place_names:
                self.err(w, "duplicate place")
            place_names.add(pl["name"])
            aliases = self.check_str_list(w + " aliases", pl["aliases"])
            for al in aliases:
                self.check_in_text(w + " alias", al, text)
            self.check_mentioned(w, pl["name"], aliases, text)
            self.check_iso(w + " country", pl["country"], allow_null=True)

        # meetings
        for i, m in enumerate(gold["meetings"]):
            w = "%s meetings[%d]" % (f, i)
            if not self.check_fields(w, m, MEETING_FIELDS, MEETING_OPTIONAL):
                continue
            if m["kind"] not in KINDS:
                self.err(w, "kind %r not allowed" % (m["kind"],))
            for pid in self.check_str_list(w + " participants", m["participants"]):
                if pid not in person_ids:
                    self.err(w, "participant %r is not a listed person" % pid)
            for c in self.check_str_list(w + " countries", m["countries"]):
                self.check_iso(w + " country", c)
            self.check_date(w, m["date"])
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(w, "place %r is not a listed place or country" % (m["place"],))
            for t in self.check_str_list(w + " topics", m["topics"]):
                if t not in TOPICS:
                    self.err(w, "topic %r not allowed" % t)
            for aid in self.check_str_list(w + " agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(w, "agreement %r is not a listed agreement" % aid)
            self.check_in_text(w + " evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for e in self.check_str_list(w + " evidence_extra", m["evidence_extra"]):
                    self.check_in_text(w + " evidence_extra", e, text)
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note is not a string")

        # meeting counts
        for i, mc in enumerate(gold["meeting_counts"]):
            w = "%s meeting_counts[%d]" % (f, i)
            if not self.check_fields(w, mc, COUNT_FIELDS):
                continue
            if mc["kind"] not in KINDS:
                self.err(w, "kind %r not allowed" % (mc["kind"],))
            if not isinstance(mc["count"], int) or isinstance(mc["count"], bool) or mc["count"] < 1:
                self.err(w, "count %r is not a positive integer" % (mc["count"],))
            if not isinstance(mc["year"], str) or not YEAR_RE.match(mc["year"]):
                self.err(w, "year %r is not YYYY" % (mc["year"],))
            self.check_in_text(w + " evidence", mc["evidence"], text)

    def run(self):
        texts = {os.path.splitext(n)[0] for n in os.listdir(TEXT_DIR) if n.endswith(".txt")}
        golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD_DIR) if n.endswith(".json")}
        for s in sorted(texts - golds):
            self.err(s, "text has no gold file")
        for s in sorted(golds - texts):
            self.err(s, "gold file has no text")
        n_persons = n_meetings = 0
        for stem in sorted(texts & golds):
            with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            try:
                with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except ValueError as e:
                self.err(stem + ".json", "invalid JSON: %s" % e)
                continue
            self.check_file(stem, gold, text)
            if isinstance(gold, dict):
                n_persons += len(gold.get("persons", []))
                n_meetings += len(gold.get("meetings", []))
        for e in self.errors:
            print("ERROR", e)
        print("checked %d gold files (%d persons, %d meetings): %d errors"
              % (len(texts & golds), n_persons, n_meetings, len(self.errors)))
        return 0 if not self.errors else 1


if __name__ == "__main__":
    sys.exit(Checker().run())
