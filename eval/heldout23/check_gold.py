#!/usr/bin/env python3
"""Consistency checker for the heldout23 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors", and exits 1
when there is at least one error.
"""
import datetime
import json
import os
import re
import sys

ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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
    def __init__(self, base):
        self.base = base
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, fname, msg):
        self.errors.append(f"{fname}: {msg}")

    def keys(self, fname, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(fname, f"{where}: not an object")
            return False
        missing = required - obj.keys()
        extra = obj.keys() - required - optional
        if missing:
            self.err(fname, f"{where}: missing fields {sorted(missing)}")
        if extra:
            self.err(fname, f"{where}: undocumented fields {sorted(extra)}")
        return not missing

    def str_list(self, fname, where, value):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.err(fname, f"{where}: must be a list of non-empty strings")
            return []
        return value

    def iso(self, fname, where, code, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO_CODES:
            self.err(fname, f"{where}: invalid ISO code {code!r}")

    def occurs(self, fname, where, text, s):
        if s not in text:
            self.err(fname, f"{where}: {s!r} does not occur in the text")

    def name_or_alias(self, fname, where, text, ent):
        forms = [ent.get("name", "")] + list(ent.get("aliases") or [])
        if not any(f and f in text for f in forms):
            self.err(fname, f"{where}: neither name nor any alias occurs in the text")

    def unique_ids(self, fname, section, items):
        seen = set()
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                continue
            ident = it.get("id")
            if not isinstance(ident, str) or not SLUG.match(ident):
                self.err(fname, f"{section}[{i}]: id {ident!r} is not a slug")
            elif ident in seen:
                self.err(fname, f"{section}: duplicate id {ident!r}")
            seen.add(ident)
        return seen

    def check_file(self, stem, text, gold):
        fname = stem + ".json"
        if not isinstance(gold, dict):
            self.err(fname, "top level is not an object")
            return
        if list(gold.keys()) != TOP_KEYS:
            if set(gold.keys()) != set(TOP_KEYS):
                self.err(fname, f"top-level fields {sorted(gold.keys())} differ from {TOP_KEYS}")
            else:
                self.err(fname, "top-level fields are not in the documented order")
        if gold.get("doc") != stem + ".txt":
            self.err(fname, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
        year = gold.get("year")
        if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year)):
            self.err(fname, f"year {year!r} is not YYYY")
        for sec in TOP_KEYS[2:]:
            if not isinstance(gold.get(sec), list):
                self.err(fname, f"{sec} is not a list")
                gold[sec] = []

        # persons
        person_ids = self.unique_ids(fname, "persons", gold["persons"])
        for i, p in enumerate(gold["persons"]):
            w = f"persons[{i}]"
            if not self.keys(fname, w, p, PERSON_KEYS):
                continue
            w = f"person {p['id']}"
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(fname, f"{w}: empty name")
            for a in self.str_list(fname, w + " aliases", p["aliases"]):
                self.occurs(fname, w + " alias", text, a)
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(fname, f"{w}: office must be a string or null")
                else:
                    self.occurs(fname, w + " office", text, p["office"])
            self.iso(fname, w + " country", p["country"])
            self.name_or_alias(fname, w, text, p)
            prev = self.person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                self.err(fname, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
            elif not prev:
                self.person_names[p["id"]] = (p["name"], fname)

        # countries
        country_names, isos = set(), set()
        for i, c in enumerate(gold["countries"]):
            w = f"countries[{i}]"
            if not self.keys(fname, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            w = f"country {c['name']}"
            self.iso(fname, w, c["iso"], allow_null=False)
            if c["iso"] in isos:
                self.err(fname, f"{w}: duplicate iso {c['iso']}")
            isos.add(c["iso"])
            country_names.add(c["name"])
            for a in self.str_list(fname, w + " aliases", c.get("aliases", [])):
                self.occurs(fname, w + " alias", text, a)
            self.name_or_alias(fname, w, text, c)

        # regions
        for i, r in enumerate(gold["regions"]):
            w = f"regions[{i}]"
            if not self.keys(fname, w, r, REGION_REQ, REGION_OPT):
                continue
            for a in self.str_list(fname, f"region {r['name']} aliases", r.get("aliases", [])):
                self.occurs(fname, f"region {r['name']} alias", text, a)
            self.name_or_alias(fname, f"region {r['name']}", text, r)

        # agreements
        agreement_ids = self.unique_ids(fname, "agreements", gold["agreements"])
        for i, a in enumerate(gold["agreements"]):
            w = f"agreements[{i}]"
            if not self.keys(fname, w, a, AGREEMENT_KEYS):
                continue
            w = f"agreement {a['id']}"
            for al in self.str_list(fname, w + " aliases", a["aliases"]):
                self.occurs(fname, w + " alias", text, al)
            parties = a["parties"]
            if not isinstance(parties, list):
                self.err(fname, f"{w}: parties is not a list")
            else:
                for code in parties:
                    self.iso(fname, w + " party", code, allow_null=False)
            self.name_or_alias(fname, w, text, a)

        # organizations
        self.unique_ids(fname, "organizations", gold["organizations"])
        for i, o in enumerate(gold["organizations"]):
            w = f"organizations[{i}]"
            if not self.keys(fname, w, o, ORG_KEYS):
                continue
            w = f"organization {o['id']}"
            for al in self.str_list(fname, w + " aliases", o["aliases"]):
                self.occurs(fname, w + " alias", text, al)
            self.iso(fname, w + " country", o["country"])
            self.name_or_alias(fname, w, text, o)

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            w = f"places[{i}]"
            if not self.keys(fname, w, pl, PLACE_KEYS):
                continue
            w = f"place {pl['name']}"
            if pl["name"] in place_names:
                self.err(fname, f"{w}: duplicate place")
            place_names.add(pl["name"])
            for al in self.str_list(fname, w + " aliases", pl["aliases"]):
                self.occurs(fname, w + " alias", text, al)
            self.iso(fname, w + " country", pl["country"])
            self.name_or_alias(fname, w, text, pl)

        # meetings
        for i, m in enumerate(gold["meetings"]):
            w = f"meetings[{i}]"
            if not self.keys(fname, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(fname, f"{w}: unknown kind {m['kind']!r}")
            for pid in self.str_list(fname, w + " participants", m["participants"]) if m["participants"] else []:
                if pid not in person_ids:
                    self.err(fname, f"{w}: participant {pid!r} is not a listed person")
            if len(set(m["participants"] or [])) != len(m["participants"] or []):
                self.err(fname, f"{w}: duplicate participants")
            if not isinstance(m["countries"], list):
                self.err(fname, f"{w}: countries is not a list")
            else:
                for code in m["countries"]:
                    self.iso(fname, w + " country", code, allow_null=False)
            if not valid_date(m["date"]):
                self.err(fname, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(fname, f"{w}: place {m['place']!r} is not a listed place or country")
            for t in m["topics"] if isinstance(m["topics"], list) else []:
                if t not in TOPICS:
                    self.err(fname, f"{w}: unknown topic {t!r}")
            if not isinstance(m["topics"], list):
                self.err(fname, f"{w}: topics is not a list")
            elif len(set(m["topics"])) != len(m["topics"]):
                self.err(fname, f"{w}: duplicate topics")
            for aid in m["agreements"] if isinstance(m["agreements"], list) else []:
                if aid not in agreement_ids:
                    self.err(fname, f"{w}: agreement {aid!r} is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(fname, f"{w}: empty evidence")
            else:
                self.occurs(fname, w + " evidence", text, m["evidence"])
            if "evidence_extra" in m:
                for e in self.str_list(fname, w + " evidence_extra", m["evidence_extra"]):
                    self.occurs(fname, w + " evidence_extra", text, e)
            if "note" in m and not (isinstance(m["note"], str) and m["note"]):
                self.err(fname, f"{w}: note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not self.keys(fname, w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(fname, f"{w}: unknown kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(fname, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                self.err(fname, f"{w}: year {c['year']!r} is not YYYY")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(fname, f"{w}: empty evidence")
            else:
                self.occurs(fname, w + " evidence", text, c["evidence"])

    def run(self):
        tdir = os.path.join(self.base, "texts")
        gdir = os.path.join(self.base, "gold")
        texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
        if not texts:
            self.err("texts", "no text files found")
        for s in sorted(texts - golds):
            self.err(s + ".txt", "has no gold file")
        for s in sorted(golds - texts):
            self.err(s + ".json", "has no text file")
        checked = 0
        for stem in sorted(texts & golds):
            checked += 1
            try:
                with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
                    text = f.read()
            except UnicodeDecodeError:
                self.err(stem + ".txt", "not valid UTF-8")
                continue
            try:
                with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as f:
                    gold = json.load(f)
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                self.err(stem + ".json", f"cannot parse: {e}")
                continue
            self.check_file(stem, text, gold)
        for e in self.errors:
            print(e)
        print(f"checked {checked} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(Checker(base).run())
