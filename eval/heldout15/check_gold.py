#!/usr/bin/env python3
"""Consistency checker for the heldout15 gold annotations.

Standard library only. Usage:  python3 check_gold.py [set directory]
The set directory defaults to the directory of this script and must contain
texts/*.txt and gold/*.json. Prints one line per problem, then
"checked N files: M errors", and exits 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

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
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL
GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM
JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP
NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD
SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1000 <= int(s) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
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
        self.errors.append("%s: %s" % (where, msg))

    def keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        missing = required - set(obj)
        extra = set(obj) - required - set(optional)
        if missing:
            self.err(where, "missing field(s) %s" % sorted(missing))
        if extra:
            self.err(where, "undocumented field(s) %s" % sorted(extra))
        return not missing

    def str_list(self, where, value, field):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(where, "%s must be a list of strings" % field)
            return []
        if len(set(value)) != len(value):
            self.err(where, "%s has duplicates" % field)
        return value

    def iso(self, where, code, allow_null):
        if code is None and allow_null:
            return
        if code not in ISO:
            self.err(where, "invalid ISO code %r" % (code,))

    def surface(self, where, text, forms, label):
        """Every alias must occur; the name or some alias must occur."""
        name, aliases = forms
        for a in aliases:
            if a and a not in text:
                self.err(where, "%s alias %r not found in text" % (label, a))
        if not any(f and f in text for f in [name] + list(aliases)):
            self.err(where, "%s: neither name %r nor any alias occurs in text" % (label, name))


def check_file(ck, path, text, person_names):
    stem = os.path.basename(path)[:-5]
    w = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError) as e:
        ck.err(w, "cannot read JSON: %s" % e)
        return
    if not isinstance(g, dict):
        ck.err(w, "top level is not an object")
        return
    if list(g) != TOP_KEYS:
        if set(g) != set(TOP_KEYS):
            ck.err(w, "top-level fields %s, expected %s" % (sorted(g), TOP_KEYS))
            return
        ck.err(w, "top-level fields not in documented order")
    if g["doc"] != stem + ".txt":
        ck.err(w, "doc %r does not match file name" % g["doc"])
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        ck.err(w, "year %r is not YYYY" % (g["year"],))
    for field in TOP_KEYS[2:]:
        if not isinstance(g[field], list):
            ck.err(w, "%s is not a list" % field)
            return

    # persons
    pids = set()
    for i, p in enumerate(g["persons"]):
        where = "%s persons[%d]" % (w, i)
        if not ck.keys(where, p, PERSON_KEYS):
            continue
        pid = p["id"]
        if not (isinstance(pid, str) and SLUG.match(pid)):
            ck.err(where, "id %r is not a slug" % (pid,))
        if pid in pids:
            ck.err(where, "duplicate person id %r" % pid)
        pids.add(pid)
        if not isinstance(p["name"], str) or not p["name"]:
            ck.err(where, "name must be a non-empty string")
            continue
        aliases = ck.str_list(where, p["aliases"], "aliases")
        ck.surface(where, text, (p["name"], aliases), "person " + pid)
        if p["office"] is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                ck.err(where, "office %r not found verbatim in text" % (p["office"],))
        ck.iso(where, p["country"], True)
        prev = person_names.setdefault(pid, (p["name"], w))
        if prev[0] != p["name"]:
            ck.err(where, "person %r named %r here but %r in %s" % (pid, p["name"], prev[0], prev[1]))

    # countries
    cnames, cisos = set(), set()
    for i, c in enumerate(g["countries"]):
        where = "%s countries[%d]" % (w, i)
        if not ck.keys(where, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        ck.iso(where, c["iso"], False)
        if c["iso"] in cisos:
            ck.err(where, "duplicate country %r" % c["iso"])
        cisos.add(c["iso"])
        cnames.add(c["name"])
        aliases = ck.str_list(where, c.get("aliases", []), "aliases")
        ck.surface(where, text, (c["name"], aliases), "country " + str(c["name"]))

    # regions
    rnames = set()
    for i, r in enumerate(g["regions"]):
        where = "%s regions[%d]" % (w, i)
        if not ck.keys(where, r, REGION_REQ, REGION_OPT):
            continue
        if r["name"] in rnames:
            ck.err(where, "duplicate region %r" % r["name"])
        rnames.add(r["name"])
        aliases = ck.str_list(where, r.get("aliases", []), "aliases")
        ck.surface(where, text, (r["name"], aliases), "region " + str(r["name"]))

    # agreements
    aids = set()
    for i, a in enumerate(g["agreements"]):
        where = "%s agreements[%d]" % (w, i)
        if not ck.keys(where, a, AGREEMENT_KEYS):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            ck.err(where, "id %r is not a slug" % (a["id"],))
        if a["id"] in aids:
            ck.err(where, "duplicate agreement id %r" % a["id"])
        aids.add(a["id"])
        aliases = ck.str_list(where, a["aliases"], "aliases")
        ck.surface(where, text, (a["name"], aliases), "agreement " + str(a["id"]))
        parties = ck.str_list(where, a["parties"], "parties")
        for code in parties:
            ck.iso(where, code, False)

    # organizations
    oids = set()
    for i, o in enumerate(g["organizations"]):
        where = "%s organizations[%d]" % (w, i)
        if not ck.keys(where, o, ORG_KEYS):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            ck.err(where, "id %r is not a slug" % (o["id"],))
        if o["id"] in oids:
            ck.err(where, "duplicate organization id %r" % o["id"])
        oids.add(o["id"])
        aliases = ck.str_list(where, o["aliases"], "aliases")
        ck.surface(where, text, (o["name"], aliases), "organization " + str(o["id"]))
        ck.iso(where, o["country"], True)

    # places
    plnames = set()
    for i, pl in enumerate(g["places"]):
        where = "%s places[%d]" % (w, i)
        if not ck.keys(where, pl, PLACE_KEYS):
            continue
        if pl["name"] in plnames:
            ck.err(where, "duplicate place %r" % pl["name"])
        plnames.add(pl["name"])
        aliases = ck.str_list(where, pl["aliases"], "aliases")
        ck.surface(where, text, (pl["name"], aliases), "place " + str(pl["name"]))
        ck.iso(where, pl["country"], True)

    # meetings
    for i, m in enumerate(g["meetings"]):
        where = "%s meetings[%d]" % (w, i)
        if not ck.keys(where, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            ck.err(where, "kind %r not allowed" % (m["kind"],))
        for pid in ck.str_list(where, m["participants"], "participants"):
            if pid not in pids:
                ck.err(where, "participant %r is not a person of this file" % pid)
        for code in ck.str_list(where, m["countries"], "countries"):
            ck.iso(where, code, False)
            if code in ISO and code not in cisos:
                ck.err(where, "meeting country %r is not in this file's countries" % code)
        if m["date"] is not None and not valid_date(m["date"]):
            ck.err(where, "invalid date %r" % (m["date"],))
        if m["place"] is not None and m["place"] not in plnames and m["place"] not in cnames:
            ck.err(where, "place %r is not a listed place or country" % (m["place"],))
        for t in ck.str_list(where, m["topics"], "topics"):
            if t not in TOPICS:
                ck.err(where, "topic %r not allowed" % t)
        for aid in ck.str_list(where, m["agreements"], "agreements"):
            if aid not in aids:
                ck.err(where, "agreement %r is not listed in this file" % aid)
        if not isinstance(m["evidence"], str) or not m["evidence"] or m["evidence"] not in text:
            ck.err(where, "evidence not found verbatim: %r" % (str(m["evidence"])[:70],))
        for e in ck.str_list(where, m.get("evidence_extra", []), "evidence_extra"):
            if not e or e not in text:
                ck.err(where, "evidence_extra not found verbatim: %r" % e[:70])
        if "note" in m and not isinstance(m["note"], str):
            ck.err(where, "note must be a string")

    # meeting counts
    for i, c in enumerate(g["meeting_counts"]):
        where = "%s meeting_counts[%d]" % (w, i)
        if not ck.keys(where, c, COUNT_KEYS):
            continue
        if c["kind"] not in KINDS:
            ck.err(where, "kind %r not allowed" % (c["kind"],))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            ck.err(where, "count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            ck.err(where, "year %r is not YYYY" % (c["year"],))
        if not isinstance(c["evidence"], str) or not c["evidence"] or c["evidence"] not in text:
            ck.err(where, "evidence not found verbatim: %r" % (str(c["evidence"])[:70],))


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    for s in sorted(set(texts) - set(golds)):
        ck.err(s + ".txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        ck.err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in golds:
        if s not in texts:
            continue
        try:
            with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            ck.err(s + ".txt", "cannot read text as UTF-8: %s" % e)
            continue
        check_file(ck, os.path.join(gdir, s + ".json"), text, person_names)
        checked += 1
    for e in ck.errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(ck.errors)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
