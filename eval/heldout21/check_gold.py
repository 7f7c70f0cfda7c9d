#!/usr/bin/env python3
"""Consistency checker for the heldout21 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]

Checks the pairing of texts/*.txt and gold/*.json, the exact documented fields of
gold/README.md, dates, ISO 3166-1 alpha-2 codes (plus SU), slug ids, verbatim
aliases / offices / evidence, allowed kinds and topics, references from meetings to
listed entities, and that a person id has the same name in every file.
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
from datetime import date

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

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
PERSON = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT = {"id", "name", "aliases", "parties"}
ORG = {"id", "name", "aliases", "country"}
PLACE = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements",
               "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT = {"kind", "count", "year", "evidence"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            date(int(y), int(mo), int(d))
        elif mo and not 1 <= int(mo) <= 12:
            return False
    except ValueError:
        return False
    return True


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []
        self.person_names = {}  # id -> (name, file)

    def err(self, f, msg):
        self.errors.append(f"{f}: {msg}")

    def keys(self, f, where, obj, req, opt=frozenset()):
        if not isinstance(obj, dict):
            self.err(f, f"{where}: not an object")
            return False
        ks = set(obj)
        for k in sorted(req - ks):
            self.err(f, f"{where}: missing field '{k}'")
        for k in sorted(ks - req - set(opt)):
            self.err(f, f"{where}: undocumented field '{k}'")
        return req <= ks

    def strlist(self, f, where, v):
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            self.err(f, f"{where}: must be a list of strings")
            return []
        return v

    def iso(self, f, where, code, nullable):
        if code is None and nullable:
            return
        if code not in ISO:
            self.err(f, f"{where}: invalid country code {code!r}")

    def verbatim(self, f, where, s, text):
        if not isinstance(s, str) or not s:
            self.err(f, f"{where}: must be a non-empty string")
        elif s not in text:
            self.err(f, f"{where}: not found verbatim in text: {s[:70]!r}")

    def occurs(self, f, where, name, aliases, text):
        if not any(isinstance(x, str) and x and x in text for x in [name] + list(aliases)):
            self.err(f, f"{where}: neither name nor any alias occurs in text ({name!r})")

    def ids(self, f, kind, items):
        seen = set()
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                continue
            v = it.get("id")
            if not isinstance(v, str) or not SLUG.match(v):
                self.err(f, f"{kind}[{i}]: id {v!r} is not a slug")
            elif v in seen:
                self.err(f, f"{kind}[{i}]: duplicate id {v!r}")
            seen.add(v)
        return seen

    def check_file(self, stem, text, d):
        f = f"gold/{stem}.json"
        if not isinstance(d, dict):
            self.err(f, "top level is not an object")
            return
        if list(d.keys()) != TOP:
            if set(d) != set(TOP):
                for k in sorted(set(TOP) - set(d)):
                    self.err(f, f"missing top-level field '{k}'")
                for k in sorted(set(d) - set(TOP)):
                    self.err(f, f"undocumented top-level field '{k}'")
                return
        if d["doc"] != stem + ".txt":
            self.err(f, f"doc is {d['doc']!r}, expected {stem + '.txt'!r}")
        if not isinstance(d["year"], str) or not YEAR.match(d["year"]):
            self.err(f, f"year {d['year']!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(d[k], list):
                self.err(f, f"{k} is not a list")
                return

        # persons
        pids = self.ids(f, "persons", d["persons"])
        for i, p in enumerate(d["persons"]):
            w = f"persons[{i}]"
            if not self.keys(f, w, p, PERSON):
                continue
            al = self.strlist(f, w + ".aliases", p["aliases"])
            for a in al:
                self.verbatim(f, f"{w}.alias", a, text)
            self.occurs(f, w, p["name"], al, text)
            if p["office"] is not None:
                self.verbatim(f, f"{w}.office", p["office"], text)
            self.iso(f, w + ".country", p["country"], True)
            pid, name = p["id"], p["name"]
            if pid in self.person_names and self.person_names[pid][0] != name:
                self.err(f, f"{w}: person {pid!r} is named {name!r} here but "
                            f"{self.person_names[pid][0]!r} in {self.person_names[pid][1]}")
            else:
                self.person_names.setdefault(pid, (name, f))

        # countries
        cnames = set()
        isos = set()
        for i, c in enumerate(d["countries"]):
            w = f"countries[{i}]"
            if not self.keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            al = self.strlist(f, w + ".aliases", c.get("aliases", []))
            for a in al:
                self.verbatim(f, f"{w}.alias", a, text)
            self.occurs(f, w, c["name"], al, text)
            self.iso(f, w + ".iso", c["iso"], False)
            if c["iso"] in isos:
                self.err(f, f"{w}: duplicate iso {c['iso']!r}")
            isos.add(c["iso"])
            cnames.add(c["name"])

        # regions
        for i, r in enumerate(d["regions"]):
            w = f"regions[{i}]"
            if not self.keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            al = self.strlist(f, w + ".aliases", r.get("aliases", []))
            for a in al:
                self.verbatim(f, f"{w}.alias", a, text)
            self.occurs(f, w, r["name"], al, text)

        # agreements
        aids = self.ids(f, "agreements", d["agreements"])
        for i, a in enumerate(d["agreements"]):
            w = f"agreements[{i}]"
            if not self.keys(f, w, a, AGREEMENT):
                continue
            al = self.strlist(f, w + ".aliases", a["aliases"])
            for x in al:
                self.verbatim(f, f"{w}.alias", x, text)
            self.occurs(f, w, a["name"], al, text)
            for c in self.strlist(f, w + ".parties", a["parties"]):
                self.iso(f, w + ".parties", c, False)

        # organizations
        self.ids(f, "organizations", d["organizations"])
        for i, o in enumerate(d["organizations"]):
            w = f"organizations[{i}]"
            if not self.keys(f, w, o, ORG):
                continue
            al = self.strlist(f, w + ".aliases", o["aliases"])
            for x in al:
                self.verbatim(f, f"{w}.alias", x, text)
            self.occurs(f, w, o["name"], al, text)
            self.iso(f, w + ".country", o["country"], True)

        # places
        pnames = set()
        for i, p in enumerate(d["places"]):
            w = f"places[{i}]"
            if not self.keys(f, w, p, PLACE):
                continue
            al = self.strlist(f, w + ".aliases", p["aliases"])
            for x in al:
                self.verbatim(f, f"{w}.alias", x, text)
            self.occurs(f, w, p["name"], al, text)
            self.iso(f, w + ".country", p["country"], True)
            if p["name"] in pnames:
                self.err(f, f"{w}: duplicate place {p['name']!r}")
            pnames.add(p["name"])

        # meetings
        for i, m in enumerate(d["meetings"]):
            w = f"meetings[{i}]"
            if not self.keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(f, f"{w}: kind {m['kind']!r} not allowed")
            for pid in self.strlist(f, w + ".participants", m["participants"]):
                if pid not in pids:
                    self.err(f, f"{w}: participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                self.err(f, f"{w}: duplicate participant")
            for c in self.strlist(f, w + ".countries", m["countries"]):
                self.iso(f, w + ".countries", c, False)
            if not valid_date(m["date"]):
                self.err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames | cnames:
                self.err(f, f"{w}: place {m['place']!r} is not a listed place or country")
            for t in self.strlist(f, w + ".topics", m["topics"]):
                if t not in TOPICS:
                    self.err(f, f"{w}: topic {t!r} not allowed")
            for a in self.strlist(f, w + ".agreements", m["agreements"]):
                if a not in aids:
                    self.err(f, f"{w}: agreement {a!r} is not a listed agreement")
            self.verbatim(f, w + ".evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for x in self.strlist(f, w + ".evidence_extra", m["evidence_extra"]):
                    self.verbatim(f, w + ".evidence_extra", x, text)
            if "note" in m and not isinstance(m["note"], str):
                self.err(f, f"{w}: note must be a string")

        # meeting counts
        for i, k in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not self.keys(f, w, k, COUNT):
                continue
            if k["kind"] not in KINDS:
                self.err(f, f"{w}: kind {k['kind']!r} not allowed")
            if not isinstance(k["count"], int) or isinstance(k["count"], bool) or k["count"] < 1:
                self.err(f, f"{w}: count must be a positive integer")
            if not isinstance(k["year"], str) or not YEAR.match(k["year"]):
                self.err(f, f"{w}: year {k['year']!r} is not YYYY")
            self.verbatim(f, w + ".evidence", k["evidence"], text)

    def run(self):
        tdir = os.path.join(self.root, "texts")
        gdir = os.path.join(self.root, "gold")
        texts = {n[:-4] for n in os.listdir(tdir) if n.endswith(".txt")}
        golds = {n[:-5] for n in os.listdir(gdir) if n.endswith(".json")}
        for s in sorted(texts - golds):
            self.err(f"texts/{s}.txt", "no gold file")
        for s in sorted(golds - texts):
            self.err(f"gold/{s}.json", "no text file")
        n = 0
        for stem in sorted(texts & golds):
            n += 1
            try:
                with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except UnicodeDecodeError:
                self.err(f"texts/{stem}.txt", "not valid UTF-8")
                continue
            try:
                with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                    d = json.load(fh)
            except (ValueError, UnicodeDecodeError) as e:
                self.err(f"gold/{stem}.json", f"invalid JSON: {e}")
                continue
            self.check_file(stem, text, d)
        for e in self.errors:
            print(e)
        print(f"checked {n} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(Checker(root).run())
