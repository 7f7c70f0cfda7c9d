#!/usr/bin/env python3
"""Consistency checker for the heldout34 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors".
Exit status is 1 when there is at least one error, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQUIRED, COUNTRY_OPTIONAL = {"name", "iso"}, {"aliases"}
REGION_REQUIRED, REGION_OPTIONAL = {"name"}, {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQUIRED = {"kind", "participants", "countries", "date", "place",
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
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes) plus SU for the Soviet Union.
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
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # -- helpers ---------------------------------------------------------
    def check_fields(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        keys = set(obj)
        for k in sorted(required - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - required - set(optional)):
            self.err(where, f"unknown field '{k}'")
        return True

    def check_date(self, where, value, allow_null=True):
        if value is None:
            if not allow_null:
                self.err(where, "date must not be null")
            return
        if not isinstance(value, str):
            self.err(where, f"date {value!r} is not a string")
            return
        m = DATE.match(value)
        if not m:
            self.err(where, f"invalid date {value!r}")
            return
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            datetime.date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            self.err(where, f"impossible date {value!r}")

    def check_iso(self, where, code, allow_null=True):
        if code is None:
            if not allow_null:
                self.err(where, "ISO code must not be null")
            return
        if code not in ISO:
            self.err(where, f"invalid ISO code {code!r}")

    def check_str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(where, "must be a list of strings")
            return []
        if len(set(value)) != len(value):
            self.err(where, "duplicate entries")
        return value

    def occurs(self, where, text, s, what):
        if not isinstance(s, str) or not s:
            self.err(where, f"{what} is empty or not a string")
        elif s not in text:
            self.err(where, f"{what} {s!r} does not occur verbatim in the text")

    def any_occurs(self, where, text, name, aliases):
        forms = [name] + list(aliases or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither name {name!r} nor any alias occurs in the text")

    # -- one file ----------------------------------------------------------
    def check_file(self, path, text, person_names):
        base = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err(base, f"cannot read JSON: {exc}")
            return
        if not isinstance(g, dict):
            self.err(base, "top level is not an object")
            return
        if list(g.keys()) != TOP_FIELDS:
            if set(g.keys()) != set(TOP_FIELDS):
                self.check_fields(base, g, set(TOP_FIELDS))
                return
            self.err(base, "top-level fields are not in the documented order")
        stem = os.path.splitext(base)[0]
        if g["doc"] != stem + ".txt":
            self.err(base, f"doc {g['doc']!r} does not match file name")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
            self.err(base, f"year {g['year']!r} is not YYYY")

        for key in TOP_FIELDS[2:]:
            if not isinstance(g[key], list):
                self.err(base, f"'{key}' is not a list")
                return

        # persons
        person_ids = set()
        for i, p in enumerate(g["persons"]):
            w = f"{base} persons[{i}]"
            if not self.check_fields(w, p, PERSON_FIELDS):
                continue
            pid = p.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(w, f"id {pid!r} is not a slug")
            elif pid in person_ids:
                self.err(w, f"duplicate person id {pid!r}")
            person_ids.add(pid)
            aliases = self.check_str_list(w + ".aliases", p.get("aliases", []))
            for a in aliases:
                self.occurs(w, text, a, "alias")
            self.any_occurs(w, text, p.get("name"), aliases)
            if p.get("office") is not None:
                self.occurs(w, text, p["office"], "office")
            self.check_iso(w + ".country", p.get("country"))
            if isinstance(pid, str):
                person_names.setdefault(pid, {}).setdefault(p.get("name"), []).append(base)

        # countries
        country_names, country_isos = set(), set()
        for i, c in enumerate(g["countries"]):
            w = f"{base} countries[{i}]"
            if not self.check_fields(w, c, COUNTRY_REQUIRED, COUNTRY_OPTIONAL):
                continue
            self.check_iso(w + ".iso", c.get("iso"), allow_null=False)
            if c.get("iso") in country_isos:
                self.err(w, f"duplicate country {c.get('iso')!r}")
            country_isos.add(c.get("iso"))
            country_names.add(c.get("name"))
            aliases = self.check_str_list(w + ".aliases", c.get("aliases", []))
            for a in aliases:
                self.occurs(w, text, a, "alias")
            self.any_occurs(w, text, c.get("name"), aliases)

        # regions
        seen = set()
        for i, r in enumerate(g["regions"]):
            w = f"{base} regions[{i}]"
            if not self.check_fields(w, r, REGION_REQUIRED, REGION_OPTIONAL):
                continue
            if r.get("name") in seen:
                self.err(w, f"duplicate region {r.get('name')!r}")
            seen.add(r.get("name"))
            aliases = self.check_str_list(w + ".aliases", r.get("aliases", []))
            for a in aliases:
                self.occurs(w, text, a, "alias")
            self.any_occurs(w, text, r.get("name"), aliases)

        # agreements
        agreement_ids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"{base} agreements[{i}]"
            if not self.check_fields(w, a, AGREEMENT_FIELDS):
                continue
            aid = a.get("id")
            if not isinstance(aid, str) or not SLUG.match(aid):
                self.err(w, f"id {aid!r} is not a slug")
            elif aid in agreement_ids:
                self.err(w, f"duplicate agreement id {aid!r}")
            agreement_ids.add(aid)
            aliases = self.check_str_list(w + ".aliases", a.get("aliases", []))
            for al in aliases:
                self.occurs(w, text, al, "alias")
            self.any_occurs(w, text, a.get("name"), aliases)
            for code in self.check_str_list(w + ".parties", a.get("parties", [])):
                self.check_iso(w + ".parties", code, allow_null=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"{base} organizations[{i}]"
            if not self.check_fields(w, o, ORG_FIELDS):
                continue
            oid = o.get("id")
            if not isinstance(oid, str) or not SLUG.match(oid):
                self.err(w, f"id {oid!r} is not a slug")
            elif oid in org_ids:
                self.err(w, f"duplicate organization id {oid!r}")
            org_ids.add(oid)
            aliases = self.check_str_list(w + ".aliases", o.get("aliases", []))
            for al in aliases:
                self.occurs(w, text, al, "alias")
            self.any_occurs(w, text, o.get("name"), aliases)
            self.check_iso(w + ".country", o.get("country"))

        # places
        place_names = set()
        for i, pl in enumerate(g["places"]):
            w = f"{base} places[{i}]"
            if not self.check_fields(w, pl, PLACE_FIELDS):
                continue
            if pl.get("name") in place_names:
                self.err(w, f"duplicate place {pl.get('name')!r}")
            place_names.add(pl.get("name"))
            aliases = self.check_str_list(w + ".aliases", pl.get("aliases", []))
            for al in aliases:
                self.occurs(w, text, al, "alias")
            self.any_occurs(w, text, pl.get("name"), aliases)
            self.check_iso(w + ".country", pl.get("country"))

        # meetings
        for i, m in enumerate(g["meetings"]):
            w = f"{base} meetings[{i}]"
            if not self.check_fields(w, m, MEETING_REQUIRED, MEETING_OPTIONAL):
                continue
            if m.get("kind") not in KINDS:
                self.err(w, f"kind {m.get('kind')!r} not allowed")
            for pid in self.check_str_list(w + ".participants", m.get("participants", [])):
                if pid not in person_ids:
                    self.err(w, f"participant {pid!r} is not a listed person")
            for code in self.check_str_list(w + ".countries", m.get("countries", [])):
                self.check_iso(w + ".countries", code, allow_null=False)
            self.check_date(w + ".date", m.get("date"))
            place = m.get("place")
            if place is not None and place not in place_names and place not in country_names:
                self.err(w, f"place {place!r} is not a listed place or country name")
            for t in self.check_str_list(w + ".topics", m.get("topics", [])):
                if t not in TOPICS:
                    self.err(w, f"topic {t!r} not allowed")
            for aid in self.check_str_list(w + ".agreements", m.get("agreements", [])):
                if aid not in agreement_ids:
                    self.err(w, f"agreement {aid!r} is not a listed agreement")
            self.occurs(w, text, m.get("evidence"), "evidence")
            if "evidence_extra" in m:
                for e in self.check_str_list(w + ".evidence_extra", m["evidence_extra"]):
                    self.occurs(w, text, e, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note is not a string")

        # meeting counts
        for i, mc in enumerate(g["meeting_counts"]):
            w = f"{base} meeting_counts[{i}]"
            if not self.check_fields(w, mc, COUNT_FIELDS):
                continue
            if mc.get("kind") not in KINDS:
                self.err(w, f"kind {mc.get('kind')!r} not allowed")
            if not isinstance(mc.get("count"), int) or isinstance(mc.get("count"), bool) or mc["count"] < 1:
                self.err(w, f"count {mc.get('count')!r} is not a positive integer")
            if not (isinstance(mc.get("year"), str) and re.fullmatch(r"\d{4}", mc["year"])):
                self.err(w, f"year {mc.get('year')!r} is not YYYY")
            self.occurs(w, text, mc.get("evidence"), "evidence")


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(root, "texts"), os.path.join(root, "gold")
    ck = Checker()
    texts = sorted(f for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    tstems = {os.path.splitext(f)[0] for f in texts}
    gstems = {os.path.splitext(f)[0] for f in golds}
    for s in sorted(tstems - gstems):
        ck.err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        ck.err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in sorted(tstems & gstems):
        with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        ck.check_file(os.path.join(gdir, s + ".json"), text, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            ck.err("cross-file", f"person {pid!r} has different names: {detail}")
    for e in ck.errors:
        print(e)
    print(f"checked {checked} files: {len(ck.errors)} errors")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
