#!/usr/bin/env python3
"""Consistency checker for the heldout12 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors".
Exits 1 if there are errors, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ = {"name", "iso"}
COUNTRY_OPT = {"aliases"}
REGION_REQ = {"name"}
REGION_OPT = {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

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
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Checker:
    def __init__(self, base):
        self.base = base
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # ---- helpers -------------------------------------------------------
    def valid_date(self, s):
        if not isinstance(s, str):
            return False
        m = DATE.match(s)
        if not m:
            return False
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                datetime.date(int(y), int(mo), int(d))
            elif mo:
                if not 1 <= int(mo) <= 12:
                    return False
        except ValueError:
            return False
        return 1800 <= int(y) <= 2100

    def check_keys(self, where, obj, req, opt=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "entry is not an object")
            return False
        keys = set(obj)
        for k in sorted(req - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - req - set(opt)):
            self.err(where, f"unexpected field '{k}'")
        return not (req - keys)

    def str_list(self, where, val, field):
        if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
            self.err(where, f"'{field}' must be a list of strings")
            return []
        if len(set(val)) != len(val):
            self.err(where, f"duplicate values in '{field}'")
        return val

    def occurs(self, text, s):
        return isinstance(s, str) and s != "" and s in text

    def check_iso(self, where, code, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO:
            self.err(where, f"invalid ISO code {code!r}")

    # ---- per file ------------------------------------------------------
    def check_file(self, stem, text, gold):
        f = stem + ".json"
        if not isinstance(gold, dict):
            self.err(f, "top level is not an object")
            return
        if list(gold.keys()) != TOP_KEYS:
            if set(gold.keys()) != set(TOP_KEYS):
                self.check_keys(f, gold, set(TOP_KEYS))
            else:
                self.err(f, "top-level fields not in documented order")
        if gold.get("doc") != stem + ".txt":
            self.err(f, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
        year = gold.get("year")
        if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year or "")):
            self.err(f, f"year {year!r} is not YYYY")

        # persons
        pids = set()
        for i, p in enumerate(gold.get("persons", [])):
            w = f"{f} persons[{i}]"
            if not self.check_keys(w, p, PERSON_KEYS):
                continue
            pid = p["id"]
            w = f"{f} person {pid}"
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(w, "id is not a slug")
            if pid in pids:
                self.err(w, "duplicate person id")
            pids.add(pid)
            aliases = self.str_list(w, p["aliases"], "aliases")
            for a in aliases:
                if not self.occurs(text, a):
                    self.err(w, f"alias {a!r} not in text")
            if not (self.occurs(text, p["name"]) or any(self.occurs(text, a) for a in aliases)):
                self.err(w, "neither name nor any alias occurs in text")
            if p["office"] is not None and not self.occurs(text, p["office"]):
                self.err(w, f"office {p['office']!r} not in text")
            self.check_iso(w, p["country"])
            prev = self.person_names.get(pid)
            if prev and prev[0] != p["name"]:
                self.err(w, f"name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
            elif not prev:
                self.person_names[pid] = (p["name"], f)

        # countries
        cnames = set()
        isos = set()
        for i, c in enumerate(gold.get("countries", [])):
            w = f"{f} countries[{i}]"
            if not self.check_keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            w = f"{f} country {c['name']}"
            self.check_iso(w, c["iso"], allow_null=False)
            if c["iso"] in isos:
                self.err(w, "duplicate ISO code in countries")
            isos.add(c["iso"])
            if c["name"] in cnames:
                self.err(w, "duplicate country name")
            cnames.add(c["name"])
            aliases = self.str_list(w, c.get("aliases", []), "aliases")
            for a in aliases:
                if not self.occurs(text, a):
                    self.err(w, f"alias {a!r} not in text")
            if not (self.occurs(text, c["name"]) or any(self.occurs(text, a) for a in aliases)):
                self.err(w, "neither name nor any alias occurs in text")

        # regions
        rnames = set()
        for i, r in enumerate(gold.get("regions", [])):
            w = f"{f} regions[{i}]"
            if not self.check_keys(w, r, REGION_REQ, REGION_OPT):
                continue
            w = f"{f} region {r['name']}"
            if r["name"] in rnames:
                self.err(w, "duplicate region")
            rnames.add(r["name"])
            aliases = self.str_list(w, r.get("aliases", []), "aliases")
            for a in aliases:
                if not self.occurs(text, a):
                    self.err(w, f"alias {a!r} not in text")
            if not (self.occurs(text, r["name"]) or any(self.occurs(text, a) for a in aliases)):
                self.err(w, "neither name nor any alias occurs in text")

        # agreements
        aids = set()
        for i, a in enumerate(gold.get("agreements", [])):
            w = f"{f} agreements[{i}]"
            if not self.check_keys(w, a, AGREEMENT_KEYS):
                continue
            w = f"{f} agreement {a['id']}"
            if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                self.err(w, "id is not a slug")
            if a["id"] in aids:
                self.err(w, "duplicate agreement id")
            aids.add(a["id"])
            aliases = self.str_list(w, a["aliases"], "aliases")
            for x in aliases:
                if not self.occurs(text, x):
                    self.err(w, f"alias {x!r} not in text")
            if not (self.occurs(text, a["name"]) or any(self.occurs(text, x) for x in aliases)):
                self.err(w, "neither name nor any alias occurs in text")
            parties = self.str_list(w, a["parties"], "parties")
            for p in parties:
                self.check_iso(w, p, allow_null=False)

        # organizations
        oids = set()
        for i, o in enumerate(gold.get("organizations", [])):
            w = f"{f} organizations[{i}]"
            if not self.check_keys(w, o, ORG_KEYS):
                continue
            w = f"{f} organization {o['id']}"
            if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
                self.err(w, "id is not a slug")
            if o["id"] in oids:
                self.err(w, "duplicate organization id")
            oids.add(o["id"])
            aliases = self.str_list(w, o["aliases"], "aliases")
            for x in aliases:
                if not self.occurs(text, x):
                    self.err(w, f"alias {x!r} not in text")
            if not (self.occurs(text, o["name"]) or any(self.occurs(text, x) for x in aliases)):
                self.err(w, "neither name nor any alias occurs in text")
            self.check_iso(w, o["country"])

        # places
        pnames = set()
        for i, p in enumerate(gold.get("places", [])):
            w = f"{f} places[{i}]"
            if not self.check_keys(w, p, PLACE_KEYS):
                continue
            w = f"{f} place {p['name']}"
            if p["name"] in pnames:
                self.err(w, "duplicate place")
            pnames.add(p["name"])
            aliases = self.str_list(w, p["aliases"], "aliases")
            for x in aliases:
                if not self.occurs(text, x):
                    self.err(w, f"alias {x!r} not in text")
            if not (self.occurs(text, p["name"]) or any(self.occurs(text, x) for x in aliases)):
                self.err(w, "neither name nor any alias occurs in text")
            self.check_iso(w, p["country"])

        # meetings
        for i, m in enumerate(gold.get("meetings", [])):
            w = f"{f} meetings[{i}]"
            if not self.check_keys(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"kind {m['kind']!r} not allowed")
            for pid in self.str_list(w, m["participants"], "participants"):
                if pid not in pids:
                    self.err(w, f"participant {pid!r} not in persons")
            for c in self.str_list(w, m["countries"], "countries"):
                self.check_iso(w, c, allow_null=False)
            if m["date"] is not None and not self.valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                self.err(w, f"place {m['place']!r} not in places or countries")
            for t in self.str_list(w, m["topics"], "topics"):
                if t not in TOPICS:
                    self.err(w, f"topic {t!r} not allowed")
            for a in self.str_list(w, m["agreements"], "agreements"):
                if a not in aids:
                    self.err(w, f"agreement {a!r} not in agreements")
            if not self.occurs(text, m["evidence"]):
                self.err(w, "evidence not verbatim in text")
            if "evidence_extra" in m:
                for e in self.str_list(w, m["evidence_extra"], "evidence_extra"):
                    if not self.occurs(text, e):
                        self.err(w, f"evidence_extra not verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note must be a string")

        # meeting counts
        for i, c in enumerate(gold.get("meeting_counts", [])):
            w = f"{f} meeting_counts[{i}]"
            if not self.check_keys(w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(w, "count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                self.err(w, f"year {c['year']!r} is not YYYY")
            if not self.occurs(text, c["evidence"]):
                self.err(w, "evidence not verbatim in text")

    def run(self):
        tdir = os.path.join(self.base, "texts")
        gdir = os.path.join(self.base, "gold")
        texts = {n[:-4] for n in os.listdir(tdir) if n.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {n[:-5] for n in os.listdir(gdir) if n.endswith(".json")} if os.path.isdir(gdir) else set()
        for s in sorted(texts - golds):
            self.err(f"{s}.txt", "text has no gold file")
        for s in sorted(golds - texts):
            self.err(f"{s}.json", "gold file has no text")
        n = 0
        for stem in sorted(texts & golds):
            n += 1
            try:
                with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except UnicodeDecodeError:
                self.err(stem + ".txt", "not valid UTF-8")
                continue
            try:
                with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except (ValueError, UnicodeDecodeError) as e:
                self.err(stem + ".json", f"invalid JSON: {e}")
                continue
            self.check_file(stem, text, gold)
        for e in self.errors:
            print(e)
        print(f"checked {n} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(Checker(base).run())
