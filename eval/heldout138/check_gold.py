#!/usr/bin/env python3
"""Checker for the heldout138 gold files (Python 3 standard library only).

Usage: python3 check_gold.py
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, "%s: invalid ISO code %r" % (where, code))


def check_fields(f, section, i, entry):
    req, opt = FIELDS[section]
    if not isinstance(entry, dict):
        err(f, "%s[%d] is not an object" % (section, i))
        return False
    keys = list(entry.keys())
    expected = [k for k in req + opt if k in keys]
    missing = [k for k in req if k not in keys]
    extra = [k for k in keys if k not in req + opt]
    if missing:
        err(f, "%s[%d] missing fields %s" % (section, i, missing))
    if extra:
        err(f, "%s[%d] unexpected fields %s" % (section, i, extra))
    if not missing and not extra and keys != expected:
        err(f, "%s[%d] fields out of order: %s" % (section, i, keys))
    return not missing


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, "%s must be a list of strings" % where)
        return []
    return v


def check_file(stem, person_names):
    f = stem + ".json"
    try:
        with open(os.path.join(GOLD, f), encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as e:  # noqa
        err(f, "cannot parse JSON: %s" % e)
        return
    with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    if not isinstance(g, dict):
        err(f, "top level is not an object")
        return
    if list(g.keys()) != TOP:
        err(f, "top-level fields must be exactly %s, got %s" % (TOP, list(g.keys())))
    if g.get("doc") != stem + ".txt":
        err(f, "doc %r does not name the text %s.txt" % (g.get("doc"), stem))
    if not (isinstance(g.get("year"), str) and YEAR.match(g.get("year"))):
        err(f, "year %r is not YYYY" % g.get("year"))
    for sec in TOP[2:]:
        if not isinstance(g.get(sec), list):
            err(f, "%s must be a list" % sec)
            g[sec] = []

    ids = set()

    def check_id(sec, i, e):
        pid = e.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(f, "%s[%d] id %r is not a slug" % (sec, i, pid))
        key = (sec, pid)
        if key in ids:
            err(f, "%s[%d] duplicate id %r" % (sec, i, pid))
        ids.add(key)

    def check_surface(sec, i, e):
        aliases = str_list(f, "%s[%d].aliases" % (sec, i), e.get("aliases", []))
        for a in aliases:
            if not occurs(text, a):
                err(f, "%s[%d] alias %r not in text" % (sec, i, a))
        name = e.get("name")
        if not isinstance(name, str) or not name:
            err(f, "%s[%d] name missing or not a string" % (sec, i))
        elif not occurs(text, name) and not any(occurs(text, a) for a in aliases):
            err(f, "%s[%d] neither name %r nor an alias occurs in text" % (sec, i, name))

    persons = {}
    for i, p in enumerate(g["persons"]):
        if not check_fields(f, "persons", i, p):
            continue
        check_id("persons", i, p)
        check_surface("persons", i, p)
        if p["office"] is not None and not occurs(text, p["office"]):
            err(f, "persons[%d] office %r not in text" % (i, p["office"]))
        check_iso(f, "persons[%d].country" % i, p["country"], allow_null=True)
        persons[p["id"]] = p
        if p["id"] in person_names and person_names[p["id"]][0] != p["name"]:
            err(f, "person %s has name %r here but %r in %s" % (
                p["id"], p["name"], person_names[p["id"]][0], person_names[p["id"]][1]))
        person_names.setdefault(p["id"], (p["name"], f))

    cnames = set()
    for i, c in enumerate(g["countries"]):
        if not check_fields(f, "countries", i, c):
            continue
        check_surface("countries", i, c)
        check_iso(f, "countries[%d].iso" % i, c["iso"])
        cnames.add(c["name"])
    for i, r in enumerate(g["regions"]):
        if not check_fields(f, "regions", i, r):
            continue
        check_surface("regions", i, r)
    agreements = set()
    for i, a in enumerate(g["agreements"]):
        if not check_fields(f, "agreements", i, a):
            continue
        check_id("agreements", i, a)
        check_surface("agreements", i, a)
        for c in str_list(f, "agreements[%d].parties" % i, a["parties"]):
            check_iso(f, "agreements[%d].parties" % i, c)
        agreements.add(a["id"])
    for i, o in enumerate(g["organizations"]):
        if not check_fields(f, "organizations", i, o):
            continue
        check_id("organizations", i, o)
        check_surface("organizations", i, o)
        check_iso(f, "organizations[%d].country" % i, o["country"], allow_null=True)
    pnames = set()
    for i, pl in enumerate(g["places"]):
        if not check_fields(f, "places", i, pl):
            continue
        check_surface("places", i, pl)
        check_iso(f, "places[%d].country" % i, pl["country"], allow_null=True)
        pnames.add(pl["name"])

    for i, m in enumerate(g["meetings"]):
        if not check_fields(f, "meetings", i, m):
            continue
        w = "meetings[%d]" % i
        if m["kind"] not in KINDS:
            err(f, "%s kind %r not allowed" % (w, m["kind"]))
        for pid in str_list(f, w + ".participants", m["participants"]):
            if pid not in persons:
                err(f, "%s participant %r not in persons" % (w, pid))
        for c in str_list(f, w + ".countries", m["countries"]):
            check_iso(f, w + ".countries", c)
        if not valid_date(m["date"]):
            err(f, "%s date %r invalid" % (w, m["date"]))
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(f, "%s place %r not in places or countries" % (w, m["place"]))
        for t in str_list(f, w + ".topics", m["topics"]):
            if t not in TOPICS:
                err(f, "%s topic %r not allowed" % (w, t))
        for a in str_list(f, w + ".agreements", m["agreements"]):
            if a not in agreements:
                err(f, "%s agreement %r not in agreements" % (w, a))
        if not occurs(text, m["evidence"]):
            err(f, "%s evidence not in text: %r" % (w, str(m["evidence"])[:80]))
        if "evidence_extra" in m:
            for e in str_list(f, w + ".evidence_extra", m["evidence_extra"]):
                if not occurs(text, e):
                    err(f, "%s evidence_extra not in text: %r" % (w, e[:80]))
        if "note" in m and not isinstance(m["note"], str):
            err(f, "%s note must be a string" % w)

    for i, c in enumerate(g["meeting_counts"]):
        if not check_fields(f, "meeting_counts", i, c):
            continue
        w = "meeting_counts[%d]" % i
        if c["kind"] not in KINDS:
            err(f, "%s kind %r not allowed" % (w, c["kind"]))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, "%s count %r is not a positive integer" % (w, c["count"]))
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            err(f, "%s year %r is not YYYY" % (w, c["year"]))
        if not occurs(text, c["evidence"]):
            err(f, "%s evidence not in text" % w)


def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t + ".txt", "no gold file")
    for g in golds:
        if g not in texts:
            err(g + ".json", "no text file")
    for t in texts:
        with open(os.path.join(TEXTS, t + ".txt"), encoding="utf-8") as fh:
            n = len(fh.read().split())
        if not 550 <= n <= 950:
            err(t + ".txt", "%d words, outside 550-950" % n)
    person_names = {}
    checked = 0
    for t in texts:
        if t in golds:
            check_file(t, person_names)
            checked += 1
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
