#!/usr/bin/env python3
"""Consistency checker for the heldout60 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py SET_DIR    # checks SET_DIR/texts and SET_DIR/gold

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""

import datetime
import json
import os
import re
import sys

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
""".split()) | {"SU"}

KINDS = {
    "summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
    "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
    "visit", "signing", "telephone-talk", "courtesy-call", "other",
}

TOPICS = {
    "peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
    "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
    "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
    "fisheries", "health-medical", "science-technology", "agriculture",
    "transport-infrastructure", "regional-affairs", "political-dialogue",
}

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]

# (required fields, optional fields) per entry type
ENTRY_FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
YEAR_RE = re.compile(r"^\d{4}$")


def valid_date(value):
    """YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar."""
    if not isinstance(value, str):
        return False
    m = DATE_RE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            datetime.date(int(year), int(month), int(day))
        elif month:
            if not 1 <= int(month) <= 12:
                return False
    except ValueError:
        return False
    return True


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


class Checker:
    def __init__(self, set_dir):
        self.set_dir = set_dir
        self.text_dir = os.path.join(set_dir, "texts")
        self.gold_dir = os.path.join(set_dir, "gold")
        self.problems = []
        self.person_names = {}   # id -> (name, file)
        self.country_names = {}  # iso -> (name, file)
        self.files_checked = 0

    def err(self, where, msg):
        self.problems.append("%s: %s" % (where, msg))

    def run(self):
        texts = sorted(f for f in os.listdir(self.text_dir) if f.endswith(".txt"))
        golds = sorted(f for f in os.listdir(self.gold_dir) if f.endswith(".json"))
        text_stems = {f[:-4] for f in texts}
        gold_stems = {f[:-5] for f in golds}
        for stem in sorted(text_stems - gold_stems):
            self.err(stem + ".txt", "text has no gold file gold/%s.json" % stem)
        for stem in sorted(gold_stems - text_stems):
            self.err(stem + ".json", "gold file has no text texts/%s.txt" % stem)
        for stem in sorted(text_stems & gold_stems):
            self.check_pair(stem)
            self.files_checked += 1
        for line in self.problems:
            print(line)
        print("checked %d files: %d errors" % (self.files_checked, len(self.problems)))
        return 1 if self.problems else 0

    # ------------------------------------------------------------------
    def check_pair(self, stem):
        where = stem + ".json"
        with open(os.path.join(self.text_dir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(self.gold_dir, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err(where, "cannot read JSON: %s" % exc)
            return
        if not isinstance(gold, dict):
            self.err(where, "top level is not an object")
            return
        keys = list(gold.keys())
        if set(keys) != set(TOP_FIELDS):
            missing = [k for k in TOP_FIELDS if k not in gold]
            extra = [k for k in keys if k not in TOP_FIELDS]
            self.err(where, "top-level fields differ (missing %s, extra %s)" % (missing, extra))
        if gold.get("doc") != stem + ".txt":
            self.err(where, "doc is %r, expected %r" % (gold.get("doc"), stem + ".txt"))
        year = gold.get("year")
        if not (isinstance(year, str) and YEAR_RE.match(year)):
            self.err(where, "year %r is not a YYYY string" % (year,))

        for section in TOP_FIELDS[2:]:
            entries = gold.get(section, [])
            if not isinstance(entries, list):
                self.err(where, "%s is not a list" % section)
                gold[section] = []
                continue
            required, optional = ENTRY_FIELDS[section]
            for i, entry in enumerate(entries):
                loc = "%s %s[%d]" % (where, section, i)
                if not isinstance(entry, dict):
                    self.err(loc, "entry is not an object")
                    continue
                present = set(entry)
                if not required <= present or not present <= required | optional:
                    self.err(loc, "fields differ (missing %s, extra %s)" % (
                        sorted(required - present), sorted(present - required - optional)))

        self.check_entities(where, text, gold)
        self.check_meetings(where, text, gold)
        self.check_counts(where, text, gold)

    # ------------------------------------------------------------------
    def check_surface(self, loc, text, entry, label):
        """aliases occur verbatim; name or an alias occurs."""
        name = entry.get("name")
        aliases = entry.get("aliases", [])
        if not isinstance(name, str) or not name.strip():
            self.err(loc, "%s has no name" % label)
            return
        if not is_str_list(aliases):
            self.err(loc, "%s %r: aliases is not a list of strings" % (label, name))
            aliases = []
        for alias in aliases:
            if alias not in text:
                self.err(loc, "%s %r: alias %r not found in text" % (label, name, alias))
        if len(set(aliases)) != len(aliases):
            self.err(loc, "%s %r: duplicate aliases" % (label, name))
        if name not in text and not any(a in text for a in aliases):
            self.err(loc, "%s %r: neither name nor any alias occurs in text" % (label, name))

    def check_iso(self, loc, code, label, nullable):
        if code is None and nullable:
            return
        if not isinstance(code, str) or code not in ISO_CODES:
            self.err(loc, "%s: %r is not an ISO 3166-1 alpha-2 code" % (label, code))

    def check_entities(self, where, text, gold):
        ids = {}
        for section in ("persons", "agreements", "organizations"):
            for i, entry in enumerate(gold.get(section, [])):
                if not isinstance(entry, dict):
                    continue
                loc = "%s %s[%d]" % (where, section, i)
                eid = entry.get("id")
                if not (isinstance(eid, str) and SLUG_RE.match(eid)):
                    self.err(loc, "id %r is not a slug" % (eid,))
                elif eid in ids:
                    self.err(loc, "id %r is not unique (also in %s)" % (eid, ids[eid]))
                else:
                    ids[eid] = section
                self.check_surface(loc, text, entry, section[:-1])

        for i, p in enumerate(gold.get("persons", [])):
            if not isinstance(p, dict):
                continue
            loc = "%s persons[%d]" % (where, i)
            office = p.get("office")
            if office is not None:
                if not isinstance(office, str):
                    self.err(loc, "office is not a string or null")
                elif office not in text:
                    self.err(loc, "person %r: office %r not found in text" % (p.get("id"), office))
            self.check_iso(loc, p.get("country"), "person %r country" % p.get("id"), True)
            pid, name = p.get("id"), p.get("name")
            if isinstance(pid, str):
                if pid in self.person_names and self.person_names[pid][0] != name:
                    self.err(loc, "person %r has name %r here but %r in %s" % (
                        pid, name, self.person_names[pid][0], self.person_names[pid][1]))
                else:
                    self.person_names.setdefault(pid, (name, where))

        seen = set()
        for i, c in enumerate(gold.get("countries", [])):
            if not isinstance(c, dict):
                continue
            loc = "%s countries[%d]" % (where, i)
            self.check_surface(loc, text, c, "country")
            iso = c.get("iso")
            self.check_iso(loc, iso, "country %r iso" % c.get("name"), False)
            if iso in seen:
                self.err(loc, "country iso %r listed twice" % iso)
            seen.add(iso)
            if isinstance(iso, str):
                prev = self.country_names.get(iso)
                if prev and prev[0] != c.get("name"):
                    self.err(loc, "iso %r is named %r here but %r in %s" % (
                        iso, c.get("name"), prev[0], prev[1]))
                else:
                    self.country_names.setdefault(iso, (c.get("name"), where))

        for section in ("regions", "places"):
            names = set()
            for i, e in enumerate(gold.get(section, [])):
                if not isinstance(e, dict):
                    continue
                loc = "%s %s[%d]" % (where, section, i)
                self.check_surface(loc, text, e, section[:-1])
                if e.get("name") in names:
                    self.err(loc, "%s %r listed twice" % (section[:-1], e.get("name")))
                names.add(e.get("name"))
                if section == "places":
                    self.check_iso(loc, e.get("country"), "place %r country" % e.get("name"), True)

        for i, a in enumerate(gold.get("agreements", [])):
            if not isinstance(a, dict):
                continue
            loc = "%s agreements[%d]" % (where, i)
            parties = a.get("parties")
            if not is_str_list(parties):
                self.err(loc, "agreement %r: parties is not a list of strings" % a.get("id"))
                continue
            for code in parties:
                self.check_iso(loc, code, "agreement %r party" % a.get("id"), False)

        for i, o in enumerate(gold.get("organizations", [])):
            if isinstance(o, dict):
                self.check_iso("%s organizations[%d]" % (where, i), o.get("country"),
                               "organization %r country" % o.get("id"), True)

    # ------------------------------------------------------------------
    def check_meetings(self, where, text, gold):
        person_ids = {p.get("id") for p in gold.get("persons", []) if isinstance(p, dict)}
        agreement_ids = {a.get("id") for a in gold.get("agreements", []) if isinstance(a, dict)}
        place_names = {p.get("name") for p in gold.get("places", []) if isinstance(p, dict)}
        place_names |= {c.get("name") for c in gold.get("countries", []) if isinstance(c, dict)}
        for i, m in enumerate(gold.get("meetings", [])):
            if not isinstance(m, dict):
                continue
            loc = "%s meetings[%d]" % (where, i)
            if m.get("kind") not in KINDS:
                self.err(loc, "kind %r is not allowed" % m.get("kind"))
            participants = m.get("participants")
            if not is_str_list(participants):
                self.err(loc, "participants is not a list of strings")
                participants = []
            for pid in participants:
                if pid not in person_ids:
                    self.err(loc, "participant %r is not a person id of this file" % pid)
            if len(set(participants)) != len(participants):
                self.err(loc, "duplicate participants")
            countries = m.get("countries")
            if not is_str_list(countries):
                self.err(loc, "countries is not a list of strings")
                countries = []
            for code in countries:
                self.check_iso(loc, code, "meeting country", False)
            date = m.get("date")
            if date is not None and not valid_date(date):
                self.err(loc, "date %r is not YYYY, YYYY-MM or YYYY-MM-DD" % (date,))
            place = m.get("place")
            if place is not None and place not in place_names:
                self.err(loc, "place %r is not a place or country name of this file" % (place,))
            topics = m.get("topics")
            if not is_str_list(topics):
                self.err(loc, "topics is not a list of strings")
                topics = []
            for t in topics:
                if t not in TOPICS:
                    self.err(loc, "topic %r is not allowed" % t)
            agreements = m.get("agreements")
            if not is_str_list(agreements):
                self.err(loc, "agreements is not a list of strings")
                agreements = []
            for aid in agreements:
                if aid not in agreement_ids:
                    self.err(loc, "agreement %r is not an agreement id of this file" % aid)
            ev = m.get("evidence")
            if not isinstance(ev, str) or not ev.strip():
                self.err(loc, "evidence is empty")
            elif ev not in text:
                self.err(loc, "evidence not found verbatim: %r" % ev[:80])
            extra = m.get("evidence_extra", [])
            if not is_str_list(extra):
                self.err(loc, "evidence_extra is not a list of strings")
                extra = []
            for e in extra:
                if e not in text:
                    self.err(loc, "evidence_extra not found verbatim: %r" % e[:80])
            if "note" in m and not isinstance(m["note"], str):
                self.err(loc, "note is not a string")

    def check_counts(self, where, text, gold):
        for i, c in enumerate(gold.get("meeting_counts", [])):
            if not isinstance(c, dict):
                continue
            loc = "%s meeting_counts[%d]" % (where, i)
            if c.get("kind") not in KINDS:
                self.err(loc, "kind %r is not allowed" % c.get("kind"))
            count = c.get("count")
            if not (isinstance(count, int) and not isinstance(count, bool) and count > 0):
                self.err(loc, "count %r is not a positive integer" % (count,))
            year = c.get("year")
            if not (isinstance(year, str) and YEAR_RE.match(year)):
                self.err(loc, "year %r is not a YYYY string" % (year,))
            ev = c.get("evidence")
            if not isinstance(ev, str) or ev not in text:
                self.err(loc, "evidence not found verbatim: %r" % (ev[:80] if isinstance(ev, str) else ev,))


def main(argv):
    set_dir = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    return Checker(set_dir).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
