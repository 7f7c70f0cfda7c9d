#!/usr/bin/env python3
"""Consistency checker for the heldout57 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py

It checks that every text in texts/ has a gold file in gold/ (and the
reverse), that every gold file has exactly the documented fields, and that
everything the gold claims about the text can be found in the text. It prints
one line per problem, then a summary line "checked N files: M errors", and
exits with status 1 when there is at least one error.
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
COUNTRY_REQUIRED = {"name", "iso"}
COUNTRY_OPTIONAL = {"aliases"}
REGION_REQUIRED = {"name"}
REGION_OPTIONAL = {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORGANIZATION_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQUIRED = {"kind", "participants", "countries", "date", "place",
                    "topics", "agreements", "evidence"}
MEETING_OPTIONAL = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

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

# ISO 3166-1 alpha-2 (all 249 officially assigned codes) plus SU for the
# Soviet Union, as the format README allows.
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

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019.\-][A-Za-z0-9]+)*")
MIN_WORDS, MAX_WORDS = 550, 950


def valid_date(value):
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if not isinstance(value, str):
        return False
    for fmt, pattern in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"),
                         ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(pattern, value):
            try:
                datetime.datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


class Checker:
    def __init__(self):
        self.errors = []
        self.person_names = {}  # person id -> (name, file)

    def err(self, fname, msg):
        self.errors.append("%s: %s" % (fname, msg))

    # -- helpers -----------------------------------------------------------
    def keys(self, fname, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(fname, "%s is not an object" % where)
            return False
        have = set(obj)
        missing = required - have
        extra = have - required - set(optional)
        if missing:
            self.err(fname, "%s lacks field(s) %s" % (where, sorted(missing)))
        if extra:
            self.err(fname, "%s has undocumented field(s) %s" % (where, sorted(extra)))
        return not missing

    def in_text(self, fname, where, s, text):
        if not isinstance(s, str) or not s:
            self.err(fname, "%s is not a non-empty string: %r" % (where, s))
        elif s not in text:
            self.err(fname, "%s not found verbatim in text: %r" % (where, s))

    def str_list(self, fname, where, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(fname, "%s must be a list of strings" % where)
            return []
        if len(set(value)) != len(value):
            self.err(fname, "%s has duplicates" % where)
        return value

    def iso(self, fname, where, code, allow_null):
        if code is None and allow_null:
            return
        if code not in ISO_CODES:
            self.err(fname, "%s: %r is not an ISO 3166-1 alpha-2 code (or SU)" % (where, code))

    def surface(self, fname, where, entity, text):
        """Aliases must occur verbatim; the name or one alias must occur."""
        aliases = self.str_list(fname, where + ".aliases", entity.get("aliases", []))
        for a in aliases:
            self.in_text(fname, "%s alias" % where, a, text)
        name = entity.get("name")
        if not isinstance(name, str) or not name:
            self.err(fname, "%s has no name" % where)
            return
        if name not in text and not any(a in text for a in aliases):
            self.err(fname, "%s: neither name %r nor any alias occurs in text" % (where, name))

    def unique_slugs(self, fname, where, items):
        seen = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            sid = item.get("id")
            if not isinstance(sid, str) or not SLUG_RE.match(sid):
                self.err(fname, "%s[%d] id %r is not a slug" % (where, i, sid))
            elif sid in seen:
                self.err(fname, "%s id %r is not unique" % (where, sid))
            seen.add(sid)
        return seen

    # -- one gold file -----------------------------------------------------
    def check_file(self, fname, gold, text):
        if not isinstance(gold, dict):
            self.err(fname, "top level is not an object")
            return
        if list(gold.keys()) != TOP_KEYS:
            if set(gold) != set(TOP_KEYS):
                self.err(fname, "top-level fields %s differ from the documented %s"
                         % (sorted(gold), TOP_KEYS))
                return
        if gold.get("doc") != fname[:-5] + ".txt":
            self.err(fname, "doc %r does not name its text" % gold.get("doc"))
        if not isinstance(gold.get("year"), str) or not YEAR_RE.match(gold["year"]):
            self.err(fname, "year %r is not YYYY" % gold.get("year"))
        for key in TOP_KEYS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(fname, "%s is not a list" % key)
                return

        words = len(WORD_RE.findall(text))
        if not MIN_WORDS <= words <= MAX_WORDS:
            self.err(fname, "text has %d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))

        # persons
        person_ids = self.unique_slugs(fname, "persons", gold["persons"])
        for i, p in enumerate(gold["persons"]):
            where = "persons[%d]" % i
            if not self.keys(fname, where, p, PERSON_KEYS):
                continue
            where = "person %s" % p["id"]
            self.surface(fname, where, p, text)
            if p["office"] is not None:
                self.in_text(fname, where + " office", p["office"], text)
            self.iso(fname, where + " country", p["country"], True)
            prev = self.person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                self.err(fname, "%s name %r differs from %r in %s"
                         % (where, p["name"], prev[0], prev[1]))
            elif not prev:
                self.person_names[p["id"]] = (p["name"], fname)

        # countries
        country_names = set()
        seen_iso = set()
        for i, c in enumerate(gold["countries"]):
            where = "countries[%d]" % i
            if not self.keys(fname, where, c, COUNTRY_REQUIRED, COUNTRY_OPTIONAL):
                continue
            self.iso(fname, where + " iso", c["iso"], False)
            if c["iso"] in seen_iso:
                self.err(fname, "%s iso %r listed twice" % (where, c["iso"]))
            seen_iso.add(c["iso"])
            self.surface(fname, "country %s" % c["name"], c, text)
            country_names.add(c["name"])

        # regions
        for i, r in enumerate(gold["regions"]):
            where = "regions[%d]" % i
            if not self.keys(fname, where, r, REGION_REQUIRED, REGION_OPTIONAL):
                continue
            self.surface(fname, "region %s" % r["name"], r, text)

        # agreements
        agreement_ids = self.unique_slugs(fname, "agreements", gold["agreements"])
        for i, a in enumerate(gold["agreements"]):
            where = "agreements[%d]" % i
            if not self.keys(fname, where, a, AGREEMENT_KEYS):
                continue
            self.surface(fname, "agreement %s" % a["id"], a, text)
            if not isinstance(a["parties"], list):
                self.err(fname, "agreement %s parties is not a list" % a["id"])
            else:
                for code in a["parties"]:
                    self.iso(fname, "agreement %s party" % a["id"], code, False)

        # organizations
        self.unique_slugs(fname, "organizations", gold["organizations"])
        for i, o in enumerate(gold["organizations"]):
            where = "organizations[%d]" % i
            if not self.keys(fname, where, o, ORGANIZATION_KEYS):
                continue
            self.surface(fname, "organization %s" % o["id"], o, text)
            self.iso(fname, "organization %s country" % o["id"], o["country"], True)

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            where = "places[%d]" % i
            if not self.keys(fname, where, pl, PLACE_KEYS):
                continue
            if pl["name"] in place_names:
                self.err(fname, "place %r listed twice" % pl["name"])
            place_names.add(pl["name"])
            self.surface(fname, "place %s" % pl["name"], pl, text)
            self.iso(fname, "place %s country" % pl["name"], pl["country"], True)

        # meetings
        for i, m in enumerate(gold["meetings"]):
            where = "meetings[%d]" % i
            if not self.keys(fname, where, m, MEETING_REQUIRED, MEETING_OPTIONAL):
                continue
            if m["kind"] not in KINDS:
                self.err(fname, "%s kind %r not allowed" % (where, m["kind"]))
            for pid in self.str_list(fname, where + ".participants", m["participants"]):
                if pid not in person_ids:
                    self.err(fname, "%s participant %r is not a listed person" % (where, pid))
            if not isinstance(m["countries"], list):
                self.err(fname, "%s countries is not a list" % where)
            else:
                if len(set(m["countries"])) != len(m["countries"]):
                    self.err(fname, "%s countries has duplicates" % where)
                for code in m["countries"]:
                    self.iso(fname, where + " country", code, False)
            if m["date"] is not None and not valid_date(m["date"]):
                self.err(fname, "%s date %r is not a valid YYYY[-MM[-DD]]" % (where, m["date"]))
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(fname, "%s place %r is not a listed place or country" % (where, m["place"]))
            for t in self.str_list(fname, where + ".topics", m["topics"]):
                if t not in TOPICS:
                    self.err(fname, "%s topic %r not allowed" % (where, t))
            for aid in self.str_list(fname, where + ".agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(fname, "%s agreement %r is not a listed agreement" % (where, aid))
            self.in_text(fname, where + " evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for s in self.str_list(fname, where + ".evidence_extra", m["evidence_extra"]):
                    self.in_text(fname, where + " evidence_extra", s, text)
            if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
                self.err(fname, "%s note is not a non-empty string" % where)

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            where = "meeting_counts[%d]" % i
            if not self.keys(fname, where, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(fname, "%s kind %r not allowed" % (where, c["kind"]))
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(fname, "%s count %r is not a positive integer" % (where, c["count"]))
            if not isinstance(c["year"], str) or not YEAR_RE.match(c["year"]):
                self.err(fname, "%s year %r is not YYYY" % (where, c["year"]))
            self.in_text(fname, where + " evidence", c["evidence"], text)

    # -- whole set ---------------------------------------------------------
    def run(self):
        texts = sorted(f for f in os.listdir(TEXT_DIR) if f.endswith(".txt"))
        golds = sorted(f for f in os.listdir(GOLD_DIR) if f.endswith(".json"))
        text_stems = {f[:-4] for f in texts}
        gold_stems = {f[:-5] for f in golds}
        for stem in sorted(text_stems - gold_stems):
            self.err(stem + ".txt", "text has no gold file")
        for stem in sorted(gold_stems - text_stems):
            self.err(stem + ".json", "gold file has no text")
        checked = 0
        for fname in golds:
            stem = fname[:-5]
            if stem not in text_stems:
                continue
            with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            try:
                with open(os.path.join(GOLD_DIR, fname), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except (OSError, ValueError) as exc:
                self.err(fname, "cannot read JSON: %s" % exc)
                continue
            checked += 1
            self.check_file(fname, gold, text)
        for line in self.errors:
            print(line)
        print("checked %d files: %d errors" % (checked, len(self.errors)))
        return 1 if self.errors else 0


if __name__ == "__main__":
    sys.exit(Checker().run())
