#!/usr/bin/env python3
"""Consistency checker for the heldout67 gold annotations.

Standard library only. Run from any directory:

    python3 check_gold.py

Prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


class Checker:
    def __init__(self):
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, fname, msg):
        self.errors.append(f"{fname}: {msg}")

    # ---------------------------------------------------------------- helpers
    def keys(self, fname, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(fname, f"{where}: not an object")
            return False
        missing = set(required) - set(obj)
        extra = set(obj) - set(required) - set(optional)
        if missing:
            self.err(fname, f"{where}: missing fields {sorted(missing)}")
        if extra:
            self.err(fname, f"{where}: unknown fields {sorted(extra)}")
        return not missing

    def str_list(self, fname, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(fname, f"{where}: must be a list of strings")
            return []
        if len(set(value)) != len(value):
            self.err(fname, f"{where}: duplicate entries")
        return value

    def iso(self, fname, where, code, nullable=False):
        if code is None and nullable:
            return
        if not isinstance(code, str) or code not in ISO:
            self.err(fname, f"{where}: invalid ISO 3166-1 alpha-2 code {code!r}")

    def date(self, fname, where, value, nullable=True):
        if value is None:
            if not nullable:
                self.err(fname, f"{where}: date must not be null")
            return
        if not isinstance(value, str):
            self.err(fname, f"{where}: date must be a string or null")
            return
        try:
            if re.fullmatch(r"\d{4}", value):
                datetime.date(int(value), 1, 1)
            elif re.fullmatch(r"\d{4}-\d{2}", value):
                datetime.date(int(value[:4]), int(value[5:]), 1)
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                datetime.date.fromisoformat(value)
            else:
                raise ValueError
        except ValueError:
            self.err(fname, f"{where}: invalid date {value!r}")

    def in_text(self, fname, where, s, text):
        if not isinstance(s, str) or not s:
            self.err(fname, f"{where}: empty or non-string")
        elif s not in text:
            self.err(fname, f"{where}: not found verbatim in text: {s!r}")

    def named(self, fname, where, entity, text):
        forms = [entity.get("name")] + list(entity.get("aliases") or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(fname, f"{where}: neither name nor any alias occurs in text")

    # ------------------------------------------------------------------ file
    def check_file(self, stem):
        fname = stem + ".json"
        tpath = os.path.join(TEXTS, stem + ".txt")
        gpath = os.path.join(GOLD, fname)
        with open(tpath, encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(gpath, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            self.err(fname, f"cannot read JSON: {exc}")
            return
        if not isinstance(data, dict):
            self.err(fname, "top level is not an object")
            return
        if list(data) != TOP_KEYS:
            self.err(fname, f"top-level fields must be exactly {TOP_KEYS} in this order, got {list(data)}")
        for key in TOP_KEYS:
            if key not in data:
                return
        if data["doc"] != stem + ".txt":
            self.err(fname, f"doc is {data['doc']!r}, expected {stem + '.txt'!r}")
        if not isinstance(data["year"], str) or not YEAR.match(data["year"]):
            self.err(fname, f"year must be a YYYY string, got {data['year']!r}")
        for key in TOP_KEYS[2:]:
            if not isinstance(data[key], list):
                self.err(fname, f"{key} must be a list")
                return

        # persons
        person_ids = set()
        for i, p in enumerate(data["persons"]):
            where = f"persons[{i}]"
            if not self.keys(fname, where, p, PERSON_KEYS):
                continue
            pid = p["id"]
            where = f"person {pid}"
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(fname, f"{where}: id is not a slug")
            if pid in person_ids:
                self.err(fname, f"{where}: duplicate id")
            person_ids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(fname, f"{where}: empty name")
            for a in self.str_list(fname, f"{where}.aliases", p["aliases"]):
                self.in_text(fname, f"{where} alias", a, text)
            if p["office"] is not None:
                self.in_text(fname, f"{where} office", p["office"], text)
            self.iso(fname, f"{where}.country", p["country"], nullable=True)
            self.named(fname, where, p, text)
            prev = self.person_names.get(pid)
            if prev and prev[0] != p["name"]:
                self.err(fname, f"{where}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
            elif not prev:
                self.person_names[pid] = (p["name"], fname)

        # countries
        country_names = set()
        for i, c in enumerate(data["countries"]):
            where = f"countries[{i}]"
            if not self.keys(fname, where, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            where = f"country {c['name']}"
            self.iso(fname, f"{where}.iso", c["iso"])
            for a in self.str_list(fname, f"{where}.aliases", c.get("aliases", [])):
                self.in_text(fname, f"{where} alias", a, text)
            self.named(fname, where, c, text)
            if c["name"] in country_names:
                self.err(fname, f"{where}: duplicate country")
            country_names.add(c["name"])
        isos = [c.get("iso") for c in data["countries"] if isinstance(c, dict)]
        if len(set(isos)) != len(isos):
            self.err(fname, "countries: duplicate ISO code")

        # regions
        for i, r in enumerate(data["regions"]):
            where = f"regions[{i}]"
            if not self.keys(fname, where, r, REGION_REQ, REGION_OPT):
                continue
            where = f"region {r['name']}"
            for a in self.str_list(fname, f"{where}.aliases", r.get("aliases", [])):
                self.in_text(fname, f"{where} alias", a, text)
            self.named(fname, where, r, text)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(data["agreements"]):
            where = f"agreements[{i}]"
            if not self.keys(fname, where, a, AGREEMENT_KEYS):
                continue
            aid = a["id"]
            where = f"agreement {aid}"
            if not isinstance(aid, str) or not SLUG.match(aid):
                self.err(fname, f"{where}: id is not a slug")
            if aid in agreement_ids:
                self.err(fname, f"{where}: duplicate id")
            agreement_ids.add(aid)
            for al in self.str_list(fname, f"{where}.aliases", a["aliases"]):
                self.in_text(fname, f"{where} alias", al, text)
            parties = self.str_list(fname, f"{where}.parties", a["parties"])
            for code in parties:
                self.iso(fname, f"{where}.parties", code)
            self.named(fname, where, a, text)

        # organizations
        org_ids = set()
        for i, o in enumerate(data["organizations"]):
            where = f"organizations[{i}]"
            if not self.keys(fname, where, o, ORG_KEYS):
                continue
            oid = o["id"]
            where = f"organization {oid}"
            if not isinstance(oid, str) or not SLUG.match(oid):
                self.err(fname, f"{where}: id is not a slug")
            if oid in org_ids:
                self.err(fname, f"{where}: duplicate id")
            org_ids.add(oid)
            for al in self.str_list(fname, f"{where}.aliases", o["aliases"]):
                self.in_text(fname, f"{where} alias", al, text)
            self.iso(fname, f"{where}.country", o["country"], nullable=True)
            self.named(fname, where, o, text)

        # places
        place_names = set()
        for i, pl in enumerate(data["places"]):
            where = f"places[{i}]"
            if not self.keys(fname, where, pl, PLACE_KEYS):
                continue
            where = f"place {pl['name']}"
            if pl["name"] in place_names:
                self.err(fname, f"{where}: duplicate place")
            place_names.add(pl["name"])
            for al in self.str_list(fname, f"{where}.aliases", pl["aliases"]):
                self.in_text(fname, f"{where} alias", al, text)
            self.iso(fname, f"{where}.country", pl["country"], nullable=True)
            self.named(fname, where, pl, text)

        # meetings
        for i, m in enumerate(data["meetings"]):
            where = f"meetings[{i}]"
            if not self.keys(fname, where, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(fname, f"{where}: unknown kind {m['kind']!r}")
            for pid in self.str_list(fname, f"{where}.participants", m["participants"]):
                if pid not in person_ids:
                    self.err(fname, f"{where}: participant {pid!r} is not a listed person")
            for code in self.str_list(fname, f"{where}.countries", m["countries"]):
                self.iso(fname, f"{where}.countries", code)
            self.date(fname, f"{where}.date", m["date"])
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(fname, f"{where}: place {m['place']!r} is not in places or countries")
            for t in self.str_list(fname, f"{where}.topics", m["topics"]):
                if t not in TOPICS:
                    self.err(fname, f"{where}: unknown topic {t!r}")
            for aid in self.str_list(fname, f"{where}.agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(fname, f"{where}: agreement {aid!r} is not listed")
            self.in_text(fname, f"{where}.evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for ex in self.str_list(fname, f"{where}.evidence_extra", m["evidence_extra"]):
                    self.in_text(fname, f"{where}.evidence_extra", ex, text)
            if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
                self.err(fname, f"{where}: note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(data["meeting_counts"]):
            where = f"meeting_counts[{i}]"
            if not self.keys(fname, where, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(fname, f"{where}: unknown kind {c['kind']!r}")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(fname, f"{where}: count must be a positive integer")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                self.err(fname, f"{where}: year must be a YYYY string")
            self.in_text(fname, f"{where}.evidence", c["evidence"], text)

    # ------------------------------------------------------------------- run
    def run(self):
        texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
        golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
        for stem in sorted(set(texts) - set(golds)):
            self.err(stem + ".txt", "text has no gold file")
        for stem in sorted(set(golds) - set(texts)):
            self.err(stem + ".json", "gold file has no text")
        paired = sorted(set(texts) & set(golds))
        for stem in paired:
            self.check_file(stem)
        for line in self.errors:
            print(line)
        print(f"checked {len(paired)} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    sys.exit(Checker().run())
