#!/usr/bin/env python3
"""Consistency checker for the heldout61 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py            # checks ./texts and ./gold next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""

import datetime
import json
import os
import re
import sys

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
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


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    # ---------- helpers ----------
    def fields(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "is not an object")
            return False
        keys = set(obj)
        for k in sorted(required - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - required - set(optional)):
            self.err(where, f"unexpected field '{k}'")
        return True

    def str_list(self, where, value, name):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.err(where, f"'{name}' must be a list of strings")
            return []
        if len(set(value)) != len(value):
            self.err(where, f"'{name}' has duplicates")
        return value

    def iso(self, where, code, allow_null=True):
        if code is None and allow_null:
            return
        if not isinstance(code, str) or code not in ISO:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")

    def date(self, where, value):
        if value is None:
            return
        if not isinstance(value, str):
            self.err(where, f"date {value!r} is not a string or null")
            return
        try:
            if re.fullmatch(r"\d{4}", value):
                return
            if re.fullmatch(r"\d{4}-\d{2}", value):
                datetime.date(int(value[:4]), int(value[5:7]), 1)
                return
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                datetime.date.fromisoformat(value)
                return
        except ValueError:
            pass
        self.err(where, f"invalid date {value!r}")

    def in_text(self, where, s, text, what):
        if not isinstance(s, str) or not s:
            self.err(where, f"{what} {s!r} is empty or not a string")
        elif s not in text:
            self.err(where, f"{what} {s!r} does not occur verbatim in the text")

    def name_or_alias(self, where, ent, text):
        forms = [ent.get("name")] + list(ent.get("aliases") or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, "neither the name nor any alias occurs in the text")

    # ---------- per file ----------
    def check_file(self, gold_path, text_path, person_names):
        fname = os.path.basename(gold_path)
        try:
            with open(gold_path, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as e:
            self.err(fname, f"cannot read JSON: {e}")
            return
        try:
            with open(text_path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            self.err(fname, f"cannot read text: {e}")
            return

        if not isinstance(g, dict):
            self.err(fname, "top level is not an object")
            return
        if list(g) != TOP_FIELDS:
            missing = [k for k in TOP_FIELDS if k not in g]
            extra = [k for k in g if k not in TOP_FIELDS]
            if missing or extra:
                self.err(fname, f"top-level fields wrong: missing {missing}, unexpected {extra}")
            else:
                self.err(fname, "top-level fields not in the documented order")
        if g.get("doc") != os.path.basename(text_path):
            self.err(fname, f"doc {g.get('doc')!r} != text file {os.path.basename(text_path)!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g["year"])):
            self.err(fname, f"year {g.get('year')!r} is not a YYYY string")
        for k in TOP_FIELDS[2:]:
            if k in g and not isinstance(g[k], list):
                self.err(fname, f"'{k}' is not a list")
                g[k] = []

        # persons
        person_ids = set()
        for i, p in enumerate(g.get("persons", [])):
            w = f"{fname} persons[{i}]"
            if not self.fields(w, p, PERSON_FIELDS):
                continue
            pid = p.get("id")
            w = f"{fname} person {pid}"
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(w, "id is not a lowercase slug")
            if pid in person_ids:
                self.err(w, "duplicate person id")
            person_ids.add(pid)
            if not isinstance(p.get("name"), str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            for a in self.str_list(w, p.get("aliases"), "aliases"):
                self.in_text(w, a, text, "alias")
            if p.get("office") is not None:
                self.in_text(w, p["office"], text, "office")
            self.iso(w, p.get("country"))
            self.name_or_alias(w, p, text)
            if isinstance(pid, str):
                person_names.setdefault(pid, []).append((fname, p.get("name")))

        # countries
        country_names = set()
        for i, c in enumerate(g.get("countries", [])):
            w = f"{fname} countries[{i}]"
            if not self.fields(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            w = f"{fname} country {c.get('name')}"
            if c.get("name") in country_names:
                self.err(w, "duplicate country name")
            country_names.add(c.get("name"))
            self.iso(w, c.get("iso"), allow_null=False)
            for a in self.str_list(w, c.get("aliases", []), "aliases"):
                self.in_text(w, a, text, "alias")
            self.name_or_alias(w, c, text)
        isos = [c.get("iso") for c in g.get("countries", []) if isinstance(c, dict)]
        if len(set(isos)) != len(isos):
            self.err(fname, "duplicate ISO code in countries")

        # regions
        region_names = set()
        for i, r in enumerate(g.get("regions", [])):
            w = f"{fname} regions[{i}]"
            if not self.fields(w, r, REGION_REQ, REGION_OPT):
                continue
            w = f"{fname} region {r.get('name')}"
            if r.get("name") in region_names:
                self.err(w, "duplicate region name")
            region_names.add(r.get("name"))
            for a in self.str_list(w, r.get("aliases", []), "aliases"):
                self.in_text(w, a, text, "alias")
            self.name_or_alias(w, r, text)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(g.get("agreements", [])):
            w = f"{fname} agreements[{i}]"
            if not self.fields(w, a, AGREEMENT_FIELDS):
                continue
            aid = a.get("id")
            w = f"{fname} agreement {aid}"
            if not isinstance(aid, str) or not SLUG.match(aid):
                self.err(w, "id is not a lowercase slug")
            if aid in agreement_ids:
                self.err(w, "duplicate agreement id")
            agreement_ids.add(aid)
            for al in self.str_list(w, a.get("aliases"), "aliases"):
                self.in_text(w, al, text, "alias")
            parties = self.str_list(w, a.get("parties"), "parties")
            for code in parties:
                self.iso(w, code, allow_null=False)
            self.name_or_alias(w, a, text)

        # organizations
        org_ids = set()
        for i, o in enumerate(g.get("organizations", [])):
            w = f"{fname} organizations[{i}]"
            if not self.fields(w, o, ORG_FIELDS):
                continue
            oid = o.get("id")
            w = f"{fname} organization {oid}"
            if not isinstance(oid, str) or not SLUG.match(oid):
                self.err(w, "id is not a lowercase slug")
            if oid in org_ids:
                self.err(w, "duplicate organization id")
            org_ids.add(oid)
            for al in self.str_list(w, o.get("aliases"), "aliases"):
                self.in_text(w, al, text, "alias")
            self.iso(w, o.get("country"))
            self.name_or_alias(w, o, text)

        # places
        place_names = set()
        for i, pl in enumerate(g.get("places", [])):
            w = f"{fname} places[{i}]"
            if not self.fields(w, pl, PLACE_FIELDS):
                continue
            w = f"{fname} place {pl.get('name')}"
            if pl.get("name") in place_names:
                self.err(w, "duplicate place name")
            place_names.add(pl.get("name"))
            for al in self.str_list(w, pl.get("aliases"), "aliases"):
                self.in_text(w, al, text, "alias")
            self.iso(w, pl.get("country"))
            self.name_or_alias(w, pl, text)

        # meetings
        for i, m in enumerate(g.get("meetings", [])):
            w = f"{fname} meetings[{i}]"
            if not self.fields(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m.get("kind") not in KINDS:
                self.err(w, f"kind {m.get('kind')!r} not allowed")
            for pid in self.str_list(w, m.get("participants"), "participants"):
                if pid not in person_ids:
                    self.err(w, f"participant {pid!r} is not a person of this file")
            codes = self.str_list(w, m.get("countries"), "countries")
            for code in codes:
                self.iso(w, code, allow_null=False)
            self.date(w, m.get("date"))
            place = m.get("place")
            if place is not None and place not in place_names and place not in country_names:
                self.err(w, f"place {place!r} is not in places or countries")
            for t in self.str_list(w, m.get("topics"), "topics"):
                if t not in TOPICS:
                    self.err(w, f"topic {t!r} not allowed")
            for aid in self.str_list(w, m.get("agreements"), "agreements"):
                if aid not in agreement_ids:
                    self.err(w, f"agreement {aid!r} is not an agreement of this file")
            self.in_text(w, m.get("evidence"), text, "evidence")
            if "evidence_extra" in m:
                for e in self.str_list(w, m["evidence_extra"], "evidence_extra"):
                    self.in_text(w, e, text, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note must be a string")

        # meeting counts
        for i, c in enumerate(g.get("meeting_counts", [])):
            w = f"{fname} meeting_counts[{i}]"
            if not self.fields(w, c, COUNT_FIELDS):
                continue
            if c.get("kind") not in KINDS:
                self.err(w, f"kind {c.get('kind')!r} not allowed")
            if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] < 1:
                self.err(w, f"count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get("year"), str) and YEAR.match(c["year"])):
                self.err(w, f"year {c.get('year')!r} is not a YYYY string")
            self.in_text(w, c.get("evidence"), text, "evidence")


def main():
    base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = sorted(f for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    if not texts:
        ck.err("texts", "no .txt files found")
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        ck.err(f"texts/{s}.txt", "has no gold file")
    for s in sorted(gstems - tstems):
        ck.err(f"gold/{s}.json", "has no text file")
    person_names = {}
    checked = 0
    for s in sorted(tstems & gstems):
        ck.check_file(os.path.join(gdir, s + ".json"), os.path.join(tdir, s + ".txt"), person_names)
        checked += 1
    for pid, uses in sorted(person_names.items()):
        names = {n for _, n in uses}
        if len(names) > 1:
            detail = "; ".join(f"{f}: {n!r}" for f, n in uses)
            ck.err(f"person {pid}", f"different names across files ({detail})")
    for p in ck.problems:
        print(p)
    print(f"checked {checked} files: {len(ck.problems)} errors")
    sys.exit(1 if ck.problems else 0)


if __name__ == "__main__":
    main()
