#!/usr/bin/env python3
"""Consistency checker for the heldout17 gold annotations (standard library only).

Usage:  python3 check_gold.py [SET_DIR]
SET_DIR defaults to the directory of this script; it must contain texts/ and gold/.
Prints one line per problem and a final line "checked N files: M errors".
Exits 1 if any error was found, else 0.
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


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return 1 <= int(s[5:7]) <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
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
        missing = set(required) - set(obj)
        extra = set(obj) - set(required) - set(optional)
        for k in sorted(missing):
            self.err(where, f"missing field '{k}'")
        for k in sorted(extra):
            self.err(where, f"undocumented field '{k}'")
        return not missing

    def str_list(self, where, val):
        if not isinstance(val, list) or not all(isinstance(x, str) and x for x in val):
            self.err(where, "must be a list of non-empty strings")
            return []
        if len(set(val)) != len(val):
            self.err(where, "duplicate entries")
        return val

    def iso(self, where, code, allow_null):
        if code is None and allow_null:
            return
        if code not in ISO_CODES:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")

    def in_text(self, where, s, text):
        if s not in text:
            self.err(where, f"not found verbatim in text: {s!r}")

    def check_file(self, path, text, person_names):
        stem = os.path.basename(path)[:-5]
        W = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError) as e:
            self.err(W, f"cannot read JSON: {e}")
            return
        if not isinstance(d, dict):
            self.err(W, "top level is not an object")
            return
        if list(d.keys()) != TOP_KEYS:
            self.keys(W, d, TOP_KEYS)
            if set(d) == set(TOP_KEYS):
                self.err(W, "top-level fields not in documented order")
        if d.get("doc") != stem + ".txt":
            self.err(W, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year", ""))):
            self.err(W, f"year must be a YYYY string, got {d.get('year')!r}")
        for k in TOP_KEYS[2:]:
            if not isinstance(d.get(k), list):
                self.err(W, f"'{k}' must be a list")
                d[k] = []

        # persons
        pids = set()
        for i, p in enumerate(d["persons"]):
            w = f"{W} persons[{i}]"
            if not self.keys(w, p, PERSON_KEYS):
                continue
            pid = p["id"]
            w = f"{W} person {pid}"
            if not (isinstance(pid, str) and SLUG.match(pid)):
                self.err(w, "id is not a slug")
            if pid in pids:
                self.err(w, "duplicate person id")
            pids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            aliases = self.str_list(w + " aliases", p["aliases"])
            for a in aliases:
                self.in_text(w + " alias", a, text)
            if not any(x in text for x in [p["name"]] + aliases if isinstance(x, str)):
                self.err(w, "neither name nor any alias occurs in text")
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(w, "office must be a non-empty string or null")
                else:
                    self.in_text(w + " office", p["office"], text)
            self.iso(w + " country", p["country"], True)
            if isinstance(p["name"], str):
                person_names.setdefault(pid, {}).setdefault(p["name"], []).append(W)

        # countries
        country_names = set()
        for i, c in enumerate(d["countries"]):
            w = f"{W} countries[{i}]"
            if not self.keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            w = f"{W} country {c['name']}"
            self.iso(w + " iso", c["iso"], False)
            aliases = self.str_list(w + " aliases", c.get("aliases", []))
            for a in aliases:
                self.in_text(w + " alias", a, text)
            if not any(x in text for x in [c["name"]] + aliases):
                self.err(w, "neither name nor any alias occurs in text")
            if c["name"] in country_names:
                self.err(w, "duplicate country")
            country_names.add(c["name"])

        # regions
        for i, r in enumerate(d["regions"]):
            w = f"{W} regions[{i}]"
            if not self.keys(w, r, REGION_REQ, REGION_OPT):
                continue
            w = f"{W} region {r['name']}"
            aliases = self.str_list(w + " aliases", r.get("aliases", []))
            for a in aliases:
                self.in_text(w + " alias", a, text)
            if not any(x in text for x in [r["name"]] + aliases):
                self.err(w, "neither name nor any alias occurs in text")

        # agreements
        aids = set()
        for i, a in enumerate(d["agreements"]):
            w = f"{W} agreements[{i}]"
            if not self.keys(w, a, AGREEMENT_KEYS):
                continue
            w = f"{W} agreement {a['id']}"
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                self.err(w, "id is not a slug")
            if a["id"] in aids:
                self.err(w, "duplicate agreement id")
            aids.add(a["id"])
            aliases = self.str_list(w + " aliases", a["aliases"])
            for x in aliases:
                self.in_text(w + " alias", x, text)
            if not any(x in text for x in [a["name"]] + aliases):
                self.err(w, "neither name nor any alias occurs in text")
            for code in self.str_list(w + " parties", a["parties"]):
                self.iso(w + " party", code, False)

        # organizations
        oids = set()
        for i, o in enumerate(d["organizations"]):
            w = f"{W} organizations[{i}]"
            if not self.keys(w, o, ORG_KEYS):
                continue
            w = f"{W} organization {o['id']}"
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                self.err(w, "id is not a slug")
            if o["id"] in oids:
                self.err(w, "duplicate organization id")
            oids.add(o["id"])
            aliases = self.str_list(w + " aliases", o["aliases"])
            for x in aliases:
                self.in_text(w + " alias", x, text)
            if not any(x in text for x in [o["name"]] + aliases):
                self.err(w, "neither name nor any alias occurs in text")
            self.iso(w + " country", o["country"], True)

        # places
        place_names = set()
        for i, p in enumerate(d["places"]):
            w = f"{W} places[{i}]"
            if not self.keys(w, p, PLACE_KEYS):
                continue
            w = f"{W} place {p['name']}"
            aliases = self.str_list(w + " aliases", p["aliases"])
            for x in aliases:
                self.in_text(w + " alias", x, text)
            if not any(x in text for x in [p["name"]] + aliases):
                self.err(w, "neither name nor any alias occurs in text")
            self.iso(w + " country", p["country"], True)
            if p["name"] in place_names:
                self.err(w, "duplicate place")
            place_names.add(p["name"])

        # meetings
        for i, m in enumerate(d["meetings"]):
            w = f"{W} meetings[{i}]"
            if not self.keys(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"kind {m['kind']!r} not allowed")
            for pid in self.str_list(w + " participants", m["participants"]):
                if pid not in pids:
                    self.err(w, f"participant {pid!r} not among persons")
            for code in self.str_list(w + " countries", m["countries"]):
                self.iso(w + " country", code, False)
            if not valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names and m["place"] not in country_names:
                self.err(w, f"place {m['place']!r} not among places or countries")
            for t in self.str_list(w + " topics", m["topics"]):
                if t not in TOPICS:
                    self.err(w, f"topic {t!r} not allowed")
            for aid in self.str_list(w + " agreements", m["agreements"]):
                if aid not in aids:
                    self.err(w, f"agreement {aid!r} not among agreements")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.in_text(w + " evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for x in self.str_list(w + " evidence_extra", m["evidence_extra"]):
                    self.in_text(w + " evidence_extra", x, text)
            if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
                self.err(w, "note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(d["meeting_counts"]):
            w = f"{W} meeting_counts[{i}]"
            if not self.keys(w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(w, "count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                self.err(w, f"year must be a YYYY string, got {c['year']!r}")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.in_text(w + " evidence", c["evidence"], text)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    for s in sorted(set(texts) - set(golds)):
        ck.err(f"{s}.txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        ck.err(f"{s}.json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in sorted(set(texts) & set(golds)):
        try:
            with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            ck.err(f"{s}.txt", f"cannot read as UTF-8: {e}")
            continue
        ck.check_file(os.path.join(gdir, s + ".json"), text, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in sorted(names.items()))
            ck.err(f"person {pid}", f"different names across files: {detail}")
    for e in ck.errors:
        print(e)
    print(f"checked {checked} files: {len(ck.errors)} errors")
    sys.exit(1 if ck.errors else 0)


if __name__ == "__main__":
    main()
