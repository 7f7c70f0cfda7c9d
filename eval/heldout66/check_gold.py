#!/usr/bin/env python3
"""Consistency checker for the heldout66 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py

It prints one line per problem, then "checked N files: M errors",
and exits with status 1 if any problem was found.
"""
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

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

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
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
YEAR = re.compile(r"^\d{4}$")

problems = []


def problem(fname, msg):
    problems.append("%s: %s" % (fname, msg))


def valid_date(s):
    if s is None:
        return True
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
    return True


def check_keys(fname, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        problem(fname, "%s is not an object" % where)
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        problem(fname, "%s missing fields %s" % (where, sorted(missing)))
    if extra:
        problem(fname, "%s has undocumented fields %s" % (where, sorted(extra)))
    return not missing


def check_str_list(fname, where, value):
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        problem(fname, "%s must be a list of strings" % where)
        return []
    return value


def check_surface(fname, where, name, aliases, text):
    """Every alias must occur verbatim; the name or at least one alias must occur."""
    for a in aliases:
        if a not in text:
            problem(fname, "%s alias %r does not occur in the text" % (where, a))
    if not isinstance(name, str) or not name:
        problem(fname, "%s has no name" % where)
        return
    if name not in text and not any(a in text for a in aliases):
        problem(fname, "%s: neither name %r nor any alias occurs in the text" % (where, name))


def check_iso(fname, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        problem(fname, "%s: invalid ISO code %r" % (where, code))


def check_file(gpath, text, names_by_id):
    fname = os.path.basename(gpath)
    try:
        with open(gpath, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        problem(fname, "cannot read JSON: %s" % e)
        return
    if not isinstance(data, dict):
        problem(fname, "top level is not an object")
        return
    if list(data.keys()) != TOP_KEYS:
        if set(data.keys()) != set(TOP_KEYS):
            problem(fname, "top-level fields %s differ from %s" % (sorted(data), TOP_KEYS))
            return
    stem = os.path.splitext(fname)[0]
    if data.get("doc") != stem + ".txt":
        problem(fname, "doc %r does not match file name" % data.get("doc"))
    if not isinstance(data.get("year"), str) or not YEAR.match(data["year"]):
        problem(fname, "year %r is not YYYY" % data.get("year"))

    for key in TOP_KEYS[2:]:
        if not isinstance(data[key], list):
            problem(fname, "%s is not a list" % key)
            return

    # persons
    person_ids = set()
    for i, p in enumerate(data["persons"]):
        where = "persons[%d]" % i
        if not check_keys(fname, where, p, PERSON_KEYS):
            continue
        pid = p["id"]
        where = "person %s" % pid
        if not isinstance(pid, str) or not SLUG.match(pid):
            problem(fname, "%s: id is not a slug" % where)
        if pid in person_ids:
            problem(fname, "%s: duplicate id" % where)
        person_ids.add(pid)
        aliases = check_str_list(fname, where + " aliases", p["aliases"])
        check_surface(fname, where, p["name"], aliases, text)
        if p["office"] is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                problem(fname, "%s: office %r does not occur in the text" % (where, p["office"]))
        check_iso(fname, where + " country", p["country"])
        names_by_id.setdefault(pid, {}).setdefault(p["name"], []).append(fname)

    # countries
    country_names = set()
    for i, c in enumerate(data["countries"]):
        where = "countries[%d]" % i
        if not check_keys(fname, where, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        where = "country %s" % c["name"]
        if c["name"] in country_names:
            problem(fname, "%s: duplicate country" % where)
        country_names.add(c["name"])
        check_iso(fname, where, c["iso"], allow_null=False)
        aliases = check_str_list(fname, where + " aliases", c.get("aliases", []))
        check_surface(fname, where, c["name"], aliases, text)

    # regions
    region_names = set()
    for i, r in enumerate(data["regions"]):
        where = "regions[%d]" % i
        if not check_keys(fname, where, r, REGION_REQ, REGION_OPT):
            continue
        where = "region %s" % r["name"]
        if r["name"] in region_names:
            problem(fname, "%s: duplicate region" % where)
        region_names.add(r["name"])
        aliases = check_str_list(fname, where + " aliases", r.get("aliases", []))
        check_surface(fname, where, r["name"], aliases, text)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(data["agreements"]):
        where = "agreements[%d]" % i
        if not check_keys(fname, where, a, AGREEMENT_KEYS):
            continue
        where = "agreement %s" % a["id"]
        if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
            problem(fname, "%s: id is not a slug" % where)
        if a["id"] in agreement_ids:
            problem(fname, "%s: duplicate id" % where)
        agreement_ids.add(a["id"])
        aliases = check_str_list(fname, where + " aliases", a["aliases"])
        check_surface(fname, where, a["name"], aliases, text)
        for code in check_str_list(fname, where + " parties", a["parties"]):
            check_iso(fname, where + " party", code, allow_null=False)

    # organizations
    org_ids = set()
    for i, o in enumerate(data["organizations"]):
        where = "organizations[%d]" % i
        if not check_keys(fname, where, o, ORG_KEYS):
            continue
        where = "organization %s" % o["id"]
        if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
            problem(fname, "%s: id is not a slug" % where)
        if o["id"] in org_ids:
            problem(fname, "%s: duplicate id" % where)
        org_ids.add(o["id"])
        aliases = check_str_list(fname, where + " aliases", o["aliases"])
        check_surface(fname, where, o["name"], aliases, text)
        check_iso(fname, where + " country", o["country"])

    # places
    place_names = set()
    for i, pl in enumerate(data["places"]):
        where = "places[%d]" % i
        if not check_keys(fname, where, pl, PLACE_KEYS):
            continue
        where = "place %s" % pl["name"]
        if pl["name"] in place_names:
            problem(fname, "%s: duplicate place" % where)
        place_names.add(pl["name"])
        aliases = check_str_list(fname, where + " aliases", pl["aliases"])
        check_surface(fname, where, pl["name"], aliases, text)
        check_iso(fname, where + " country", pl["country"])

    # meetings
    for i, m in enumerate(data["meetings"]):
        where = "meetings[%d]" % i
        if not check_keys(fname, where, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            problem(fname, "%s: kind %r not allowed" % (where, m["kind"]))
        for pid in check_str_list(fname, where + " participants", m["participants"]):
            if pid not in person_ids:
                problem(fname, "%s: participant %r is not a person of this file" % (where, pid))
        if len(set(m["participants"])) != len(m["participants"]):
            problem(fname, "%s: duplicate participant" % where)
        for code in check_str_list(fname, where + " countries", m["countries"]):
            check_iso(fname, where + " countries", code, allow_null=False)
        if not valid_date(m["date"]):
            problem(fname, "%s: invalid date %r" % (where, m["date"]))
        if m["place"] is not None and m["place"] not in place_names | country_names:
            problem(fname, "%s: place %r is not in places or countries" % (where, m["place"]))
        for t in check_str_list(fname, where + " topics", m["topics"]):
            if t not in TOPICS:
                problem(fname, "%s: topic %r not allowed" % (where, t))
        for aid in check_str_list(fname, where + " agreements", m["agreements"]):
            if aid not in agreement_ids:
                problem(fname, "%s: agreement %r is not an agreement of this file" % (where, aid))
        if not isinstance(m["evidence"], str) or m["evidence"] not in text:
            problem(fname, "%s: evidence does not occur verbatim in the text" % where)
        for j, e in enumerate(check_str_list(fname, where + " evidence_extra", m.get("evidence_extra", []))):
            if e not in text:
                problem(fname, "%s: evidence_extra[%d] does not occur verbatim in the text" % (where, j))
        if "note" in m and not isinstance(m["note"], str):
            problem(fname, "%s: note is not a string" % where)

    # meeting counts
    for i, c in enumerate(data["meeting_counts"]):
        where = "meeting_counts[%d]" % i
        if not check_keys(fname, where, c, COUNT_KEYS):
            continue
        if c["kind"] not in KINDS:
            problem(fname, "%s: kind %r not allowed" % (where, c["kind"]))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            problem(fname, "%s: count must be a positive integer" % where)
        if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
            problem(fname, "%s: year %r is not YYYY" % (where, c["year"]))
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            problem(fname, "%s: evidence does not occur verbatim in the text" % where)


def main():
    texts = {os.path.splitext(os.path.basename(p))[0]: p
             for p in glob.glob(os.path.join(TEXT_DIR, "*.txt"))}
    golds = {os.path.splitext(os.path.basename(p))[0]: p
             for p in glob.glob(os.path.join(GOLD_DIR, "*.json"))}
    for stem in sorted(set(texts) - set(golds)):
        problem(stem + ".txt", "text has no gold file")
    for stem in sorted(set(golds) - set(texts)):
        problem(stem + ".json", "gold file has no text")
    names_by_id = {}
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        with open(texts[stem], encoding="utf-8") as f:
            text = f.read()
        check_file(golds[stem], text, names_by_id)
        checked += 1
    for pid, names in sorted(names_by_id.items()):
        if len(names) > 1:
            detail = "; ".join("%r in %s" % (n, ", ".join(fs)) for n, fs in sorted(names.items()))
            problems.append("person %s has different names across files: %s" % (pid, detail))
    for line in problems:
        print(line)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
