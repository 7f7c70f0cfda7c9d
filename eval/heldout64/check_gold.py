#!/usr/bin/env python3
"""Consistency checker for the heldout64 gold annotations.

Standard library only. Run from any directory:

    python3 check_gold.py

It checks that every text in texts/ has a gold file in gold/ and vice versa,
that each gold file has exactly the fields documented in the project's
gold/README.md, that dates, ISO codes, ids, kinds and topics are valid, that
aliases, offices, entity names and evidence strings occur verbatim in the text,
that every reference resolves, and that a person id carries the same name in
every file. It prints one line per problem and then
"checked N files: M errors"; the exit status is 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
YEAR = re.compile(r"^\d{4}$")
TEXT_NAME = re.compile(r"^h64_0[1-8]_[a-z0-9_]+\.txt$")
MIN_WORDS, MAX_WORDS = 550, 950


class Checker:
    def __init__(self):
        self.errors = 0

    def err(self, where, msg):
        self.errors += 1
        print(f"{where}: {msg}")

    # ---- small helpers -------------------------------------------------
    def fields(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        keys = set(obj)
        missing = required - keys
        extra = keys - required - set(optional)
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"unexpected fields {sorted(extra)}")
        return not missing

    def in_text(self, where, text, s, what):
        if not isinstance(s, str) or not s:
            self.err(where, f"{what} is not a non-empty string: {s!r}")
            return False
        if s not in text:
            self.err(where, f"{what} not found verbatim in text: {s!r}")
            return False
        return True

    def iso(self, where, code, nullable):
        if code is None and nullable:
            return
        if code not in ISO:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code: {code!r}")

    def date(self, where, d, nullable=True):
        if d is None and nullable:
            return
        if not isinstance(d, str) or not DATE.match(d):
            self.err(where, f"invalid date format: {d!r}")
            return
        parts = [int(p) for p in d.split("-")]
        try:
            if len(parts) == 3:
                datetime.date(*parts)
            elif len(parts) == 2 and not 1 <= parts[1] <= 12:
                raise ValueError
        except ValueError:
            self.err(where, f"invalid calendar date: {d!r}")

    def str_list(self, where, lst, what):
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            self.err(where, f"{what} must be a list of strings")
            return []
        if len(set(lst)) != len(lst):
            self.err(where, f"{what} has duplicates")
        return lst

    def name_or_alias(self, where, text, ent):
        names = [ent.get("name")] + list(ent.get("aliases") or [])
        if not any(isinstance(n, str) and n and n in text for n in names):
            self.err(where, f"neither name nor any alias occurs in text: {ent.get('name')!r}")

    def aliases(self, where, text, ent):
        if "aliases" not in ent:
            return
        for a in self.str_list(where, ent["aliases"], "aliases"):
            self.in_text(where, text, a, "alias")

    # ---- one file ------------------------------------------------------
    def check_file(self, stem, text, g, person_names):
        w = f"gold/{stem}.json"
        if not isinstance(g, dict):
            self.err(w, "top level is not an object")
            return
        if list(g.keys()) != TOP_FIELDS:
            if set(g.keys()) != set(TOP_FIELDS):
                self.err(w, f"top-level fields differ: {sorted(set(g) ^ set(TOP_FIELDS))}")
                return
        if g["doc"] != stem + ".txt":
            self.err(w, f"doc is {g['doc']!r}, expected {stem + '.txt'!r}")
        if not isinstance(g["year"], str) or not YEAR.match(g["year"]):
            self.err(w, f"year must be 'YYYY': {g['year']!r}")
        for key in TOP_FIELDS[2:]:
            if not isinstance(g[key], list):
                self.err(w, f"{key} must be a list")
                return

        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            pw = f"{w} persons[{i}]"
            if not self.fields(pw, p, PERSON_FIELDS):
                continue
            pid = p["id"]
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(pw, f"bad id slug {pid!r}")
            if pid in pids:
                self.err(pw, f"duplicate person id {pid!r}")
            pids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(pw, "empty name")
            self.aliases(pw, text, p)
            self.name_or_alias(pw, text, p)
            if p["office"] is not None:
                self.in_text(pw, text, p["office"], "office")
            self.iso(pw, p["country"], True)
            person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

        # countries
        cnames = set()
        isos = set()
        for i, c in enumerate(g["countries"]):
            cw = f"{w} countries[{i}]"
            if not self.fields(cw, c, COUNTRY_FIELDS, COUNTRY_OPTIONAL):
                continue
            self.iso(cw, c["iso"], False)
            if c["iso"] in isos:
                self.err(cw, f"duplicate country iso {c['iso']!r}")
            isos.add(c["iso"])
            cnames.add(c["name"])
            self.aliases(cw, text, c)
            self.name_or_alias(cw, text, c)

        # regions
        for i, r in enumerate(g["regions"]):
            rw = f"{w} regions[{i}]"
            if not self.fields(rw, r, REGION_FIELDS, REGION_OPTIONAL):
                continue
            self.aliases(rw, text, r)
            self.name_or_alias(rw, text, r)

        # agreements
        aids = set()
        for i, a in enumerate(g["agreements"]):
            aw = f"{w} agreements[{i}]"
            if not self.fields(aw, a, AGREEMENT_FIELDS):
                continue
            if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                self.err(aw, f"bad id slug {a['id']!r}")
            if a["id"] in aids:
                self.err(aw, f"duplicate agreement id {a['id']!r}")
            aids.add(a["id"])
            self.aliases(aw, text, a)
            self.name_or_alias(aw, text, a)
            for code in self.str_list(aw, a["parties"], "parties"):
                self.iso(aw, code, False)

        # organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            ow = f"{w} organizations[{i}]"
            if not self.fields(ow, o, ORG_FIELDS):
                continue
            if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
                self.err(ow, f"bad id slug {o['id']!r}")
            if o["id"] in oids:
                self.err(ow, f"duplicate organization id {o['id']!r}")
            oids.add(o["id"])
            self.aliases(ow, text, o)
            self.name_or_alias(ow, text, o)
            self.iso(ow, o["country"], True)

        # places
        pnames = set()
        for i, pl in enumerate(g["places"]):
            plw = f"{w} places[{i}]"
            if not self.fields(plw, pl, PLACE_FIELDS):
                continue
            if pl["name"] in pnames:
                self.err(plw, f"duplicate place {pl['name']!r}")
            pnames.add(pl["name"])
            self.aliases(plw, text, pl)
            self.name_or_alias(plw, text, pl)
            self.iso(plw, pl["country"], True)

        # meetings
        for i, m in enumerate(g["meetings"]):
            mw = f"{w} meetings[{i}]"
            if not self.fields(mw, m, MEETING_FIELDS, MEETING_OPTIONAL):
                continue
            if m["kind"] not in KINDS:
                self.err(mw, f"unknown kind {m['kind']!r}")
            for pid in self.str_list(mw, m["participants"], "participants"):
                if pid not in pids:
                    self.err(mw, f"participant {pid!r} is not a person of this file")
            for code in self.str_list(mw, m["countries"], "countries"):
                self.iso(mw, code, False)
            self.date(mw, m["date"])
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                self.err(mw, f"place {m['place']!r} is neither a place nor a country of this file")
            for t in self.str_list(mw, m["topics"], "topics"):
                if t not in TOPICS:
                    self.err(mw, f"unknown topic {t!r}")
            for aid in self.str_list(mw, m["agreements"], "agreements"):
                if aid not in aids:
                    self.err(mw, f"agreement {aid!r} is not an agreement of this file")
            self.in_text(mw, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.str_list(mw, m["evidence_extra"], "evidence_extra"):
                    self.in_text(mw, text, e, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(mw, "note must be a string")

        # meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            cw = f"{w} meeting_counts[{i}]"
            if not self.fields(cw, c, COUNT_FIELDS):
                continue
            if c["kind"] not in KINDS:
                self.err(cw, f"unknown kind {c['kind']!r}")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(cw, f"count must be a positive integer: {c['count']!r}")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                self.err(cw, f"year must be 'YYYY': {c['year']!r}")
            self.in_text(cw, text, c["evidence"], "evidence")

    # ---- whole set -----------------------------------------------------
    def run(self):
        texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
        golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
        tstems = {f[:-4] for f in texts}
        gstems = {f[:-5] for f in golds}
        for s in sorted(tstems - gstems):
            self.err(f"texts/{s}.txt", "no matching gold file")
        for s in sorted(gstems - tstems):
            self.err(f"gold/{s}.json", "no matching text file")
        for f in texts:
            if not TEXT_NAME.match(f):
                self.err(f"texts/{f}", "file name does not follow h64_0N_<slug>.txt")
        person_names = {}
        checked = 0
        for stem in sorted(tstems & gstems):
            with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not MIN_WORDS <= n <= MAX_WORDS:
                self.err(f"texts/{stem}.txt", f"{n} words, outside {MIN_WORDS}-{MAX_WORDS}")
            try:
                with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                    g = json.load(fh)
            except (OSError, ValueError) as e:
                self.err(f"gold/{stem}.json", f"cannot read JSON: {e}")
                continue
            self.check_file(stem, text, g, person_names)
            checked += 1
        for pid, names in sorted(person_names.items()):
            if len(names) > 1:
                detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in sorted(names.items()))
                self.err("persons", f"id {pid!r} has different names: {detail}")
        print(f"checked {checked} files: {self.errors} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    sys.exit(Checker().run())
