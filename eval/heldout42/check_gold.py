#!/usr/bin/env python3
"""Consistency checker for the heldout42 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]   (default: the directory of this file)
Prints one line per problem and a final "checked N files: M errors" line.
Exits 1 if any error was found, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP = {"doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"}
PERSON = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT = {"id", "name", "aliases", "parties"}
ORG = {"id", "name", "aliases", "country"}
PLACE = {"name", "aliases", "country"}
MEET_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEET_OPT = {"evidence_extra", "note"}
COUNT = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1000 <= int(s) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        missing = required - obj.keys()
        extra = obj.keys() - required - optional
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"undocumented fields {sorted(extra)}")
        return not missing

    def strlist(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            self.err(where, "must be a list of non-empty strings")
            return []
        return value

    def iso(self, where, code, nullable=True):
        if code is None and nullable:
            return
        if code not in ISO:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")

    def occurs(self, where, text, s):
        if s not in text:
            self.err(where, f"not found verbatim in text: {s!r}")

    def named(self, where, text, ent):
        forms = [ent.get("name")] + list(ent.get("aliases") or [])
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither name nor any alias occurs in text ({ent.get('name')!r})")

    def check_file(self, path, text, stem, person_names):
        where = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as exc:
            self.err(where, f"cannot read JSON: {exc}")
            return
        if not self.keys(where, g, TOP):
            return
        if g["doc"] != stem + ".txt":
            self.err(where, f"doc {g['doc']!r} does not match {stem + '.txt'!r}")
        if not isinstance(g["year"], str) or not YEAR.match(g["year"]):
            self.err(where, f"year {g['year']!r} is not YYYY")

        ids = {}
        persons = set()
        for i, p in enumerate(g["persons"]):
            w = f"{where} persons[{i}]"
            if not self.keys(w, p, PERSON):
                continue
            pid = p["id"]
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(w, f"id {pid!r} is not a slug")
            if pid in persons:
                self.err(w, f"duplicate person id {pid!r}")
            persons.add(pid)
            for a in self.strlist(w + " aliases", p["aliases"]):
                self.occurs(w + " alias", text, a)
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(w, "office must be a non-empty string or null")
                else:
                    self.occurs(w + " office", text, p["office"])
            self.iso(w + " country", p["country"])
            self.named(w, text, p)
            if isinstance(p["name"], str):
                person_names.setdefault(pid, {}).setdefault(p["name"], []).append(where)
        ids["persons"] = persons

        country_names, country_isos = set(), set()
        for i, c in enumerate(g["countries"]):
            w = f"{where} countries[{i}]"
            if not self.keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.iso(w, c["iso"], nullable=False)
            if c["iso"] in country_isos:
                self.err(w, f"duplicate country {c['iso']!r}")
            country_isos.add(c["iso"])
            country_names.add(c["name"])
            for a in self.strlist(w + " aliases", c.get("aliases", [])):
                self.occurs(w + " alias", text, a)
            self.named(w, text, c)

        for i, r in enumerate(g["regions"]):
            w = f"{where} regions[{i}]"
            if not self.keys(w, r, REGION_REQ, REGION_OPT):
                continue
            for a in self.strlist(w + " aliases", r.get("aliases", [])):
                self.occurs(w + " alias", text, a)
            self.named(w, text, r)

        agreements = set()
        for i, a in enumerate(g["agreements"]):
            w = f"{where} agreements[{i}]"
            if not self.keys(w, a, AGREEMENT):
                continue
            if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                self.err(w, f"id {a['id']!r} is not a slug")
            if a["id"] in agreements:
                self.err(w, f"duplicate agreement id {a['id']!r}")
            agreements.add(a["id"])
            for al in self.strlist(w + " aliases", a["aliases"]):
                self.occurs(w + " alias", text, al)
            for code in self.strlist(w + " parties", a["parties"]):
                self.iso(w + " parties", code, nullable=False)
            self.named(w, text, a)

        orgs = set()
        for i, o in enumerate(g["organizations"]):
            w = f"{where} organizations[{i}]"
            if not self.keys(w, o, ORG):
                continue
            if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
                self.err(w, f"id {o['id']!r} is not a slug")
            if o["id"] in orgs:
                self.err(w, f"duplicate organization id {o['id']!r}")
            orgs.add(o["id"])
            for al in self.strlist(w + " aliases", o["aliases"]):
                self.occurs(w + " alias", text, al)
            self.iso(w + " country", o["country"])
            self.named(w, text, o)

        place_names = set()
        for i, pl in enumerate(g["places"]):
            w = f"{where} places[{i}]"
            if not self.keys(w, pl, PLACE):
                continue
            if pl["name"] in place_names:
                self.err(w, f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])
            for al in self.strlist(w + " aliases", pl["aliases"]):
                self.occurs(w + " alias", text, al)
            self.iso(w + " country", pl["country"])
            self.named(w, text, pl)

        for i, m in enumerate(g["meetings"]):
            w = f"{where} meetings[{i}]"
            if not self.keys(w, m, MEET_REQ, MEET_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"kind {m['kind']!r} not allowed")
            for pid in self.strlist(w + " participants", m["participants"]):
                if pid not in persons:
                    self.err(w, f"participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                self.err(w, "duplicate participants")
            for code in self.strlist(w + " countries", m["countries"]):
                self.iso(w + " countries", code, nullable=False)
            if not valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(w, f"place {m['place']!r} is not in places or countries")
            for t in self.strlist(w + " topics", m["topics"]):
                if t not in TOPICS:
                    self.err(w, f"topic {t!r} not allowed")
            for aid in self.strlist(w + " agreements", m["agreements"]):
                if aid not in agreements:
                    self.err(w, f"agreement {aid!r} is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.occurs(w + " evidence", text, m["evidence"])
            if "evidence_extra" in m:
                for e in self.strlist(w + " evidence_extra", m["evidence_extra"]):
                    self.occurs(w + " evidence_extra", text, e)
            if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
                self.err(w, "note must be a non-empty string")

        for i, c in enumerate(g["meeting_counts"]):
            w = f"{where} meeting_counts[{i}]"
            if not self.keys(w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(w, f"count {c['count']!r} is not a positive integer")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                self.err(w, f"year {c['year']!r} is not YYYY")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.occurs(w + " evidence", text, c["evidence"])


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        ck.err(f"texts/{s}.txt", "no gold file")
    for s in sorted(golds - texts):
        ck.err(f"gold/{s}.json", "no text file")
    person_names = {}
    n = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        ck.check_file(os.path.join(gdir, stem + ".json"), text, stem, person_names)
        n += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{nm!r} in {', '.join(fs)}" for nm, fs in sorted(names.items()))
            ck.err("cross-file", f"person {pid!r} has different names: {detail}")
    for e in ck.errors:
        print(e)
    print(f"checked {n} files: {len(ck.errors)} errors")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
