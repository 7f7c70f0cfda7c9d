#!/usr/bin/env python3
"""Consistency checker for the heldout62 gold annotations.

Standard library only. Run from any directory:

    python3 check_gold.py

It checks every gold/*.json file against its text in texts/ and prints one
line per problem, then "checked N files: M errors". Exit status is 1 when
there is at least one error, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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
         "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
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
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

problems = []


def report(fname, msg):
    problems.append("%s: %s" % (fname, msg))


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        if len(parts) == 1:
            return 1800 <= parts[0] <= 2100
        if len(parts) == 2:
            return 1 <= parts[1] <= 12 and 1800 <= parts[0] <= 2100
        datetime.date(*parts)
        return 1800 <= parts[0] <= 2100
    except ValueError:
        return False


def check_keys(fname, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        report(fname, "%s is not an object" % where)
        return False
    keys = set(obj)
    for k in sorted(required - keys):
        report(fname, "%s lacks field %r" % (where, k))
    for k in sorted(keys - required - set(optional)):
        report(fname, "%s has undocumented field %r" % (where, k))
    return required <= keys


def check_str_list(fname, where, value):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        report(fname, "%s must be a list of strings" % where)
        return []
    if len(set(value)) != len(value):
        report(fname, "%s has duplicate entries" % where)
    return value


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_named(fname, text, where, obj, name_must_occur=False):
    """Aliases occur verbatim; the name or an alias occurs."""
    aliases = check_str_list(fname, where + ".aliases", obj.get("aliases", []))
    for a in aliases:
        if not in_text(text, a):
            report(fname, "%s alias %r not found in text" % (where, a))
    name = obj.get("name")
    if not isinstance(name, str) or not name:
        report(fname, "%s has no name" % where)
        return
    if name_must_occur and name not in text:
        report(fname, "%s name %r not found in text" % (where, name))
    if name not in text and not any(in_text(text, a) for a in aliases):
        report(fname, "%s: neither name %r nor any alias occurs in text" % (where, name))


def check_file(fname, data, text, person_names):
    # top level
    if not isinstance(data, dict):
        report(fname, "top level is not an object")
        return
    keys = list(data)
    if set(keys) != set(TOP_FIELDS):
        for k in TOP_FIELDS:
            if k not in data:
                report(fname, "missing top-level field %r" % k)
        for k in keys:
            if k not in TOP_FIELDS:
                report(fname, "undocumented top-level field %r" % k)
    stem = os.path.splitext(fname)[0]
    if data.get("doc") != stem + ".txt":
        report(fname, "doc %r does not name the paired text %r" % (data.get("doc"), stem + ".txt"))
    year = data.get("year")
    if not (isinstance(year, str) and re.match(r"^\d{4}$", year)):
        report(fname, "year %r is not a YYYY string" % (year,))
    for k in TOP_FIELDS[2:]:
        if k in data and not isinstance(data[k], list):
            report(fname, "%s is not a list" % k)
            data[k] = []

    # persons
    person_ids = set()
    for i, p in enumerate(data.get("persons", [])):
        where = "persons[%d]" % i
        if not check_keys(fname, where, p, PERSON_FIELDS):
            continue
        pid = p["id"]
        where = "person %r" % pid
        if not isinstance(pid, str) or not SLUG.match(pid):
            report(fname, "%s: id is not a slug" % where)
        if pid in person_ids:
            report(fname, "%s: duplicate person id" % where)
        person_ids.add(pid)
        check_named(fname, text, where, p)
        off = p["office"]
        if off is not None and not in_text(text, off):
            report(fname, "%s office %r not found in text" % (where, off))
        if p["country"] is not None and p["country"] not in ISO:
            report(fname, "%s country %r is not an ISO code" % (where, p["country"]))
        person_names.setdefault(pid, {}).setdefault(p["name"], []).append(fname)

    # countries
    country_names = set()
    isos = set()
    for i, c in enumerate(data.get("countries", [])):
        where = "countries[%d]" % i
        if not check_keys(fname, where, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        where = "country %r" % c["name"]
        if c["iso"] not in ISO:
            report(fname, "%s iso %r is not an ISO code" % (where, c["iso"]))
        if c["iso"] in isos:
            report(fname, "%s: iso %r listed twice" % (where, c["iso"]))
        isos.add(c["iso"])
        country_names.add(c["name"])
        check_named(fname, text, where, c)

    # regions
    for i, r in enumerate(data.get("regions", [])):
        where = "regions[%d]" % i
        if not check_keys(fname, where, r, REGION_REQ, REGION_OPT):
            continue
        check_named(fname, text, "region %r" % r["name"], r)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(data.get("agreements", [])):
        where = "agreements[%d]" % i
        if not check_keys(fname, where, a, AGREEMENT_FIELDS):
            continue
        aid = a["id"]
        where = "agreement %r" % aid
        if not isinstance(aid, str) or not SLUG.match(aid):
            report(fname, "%s: id is not a slug" % where)
        if aid in agreement_ids:
            report(fname, "%s: duplicate agreement id" % where)
        agreement_ids.add(aid)
        check_named(fname, text, where, a)
        for code in check_str_list(fname, where + ".parties", a["parties"]):
            if code not in ISO:
                report(fname, "%s party %r is not an ISO code" % (where, code))

    # organizations
    org_ids = set()
    for i, o in enumerate(data.get("organizations", [])):
        where = "organizations[%d]" % i
        if not check_keys(fname, where, o, ORG_FIELDS):
            continue
        oid = o["id"]
        where = "organization %r" % oid
        if not isinstance(oid, str) or not SLUG.match(oid):
            report(fname, "%s: id is not a slug" % where)
        if oid in org_ids:
            report(fname, "%s: duplicate organization id" % where)
        org_ids.add(oid)
        check_named(fname, text, where, o)
        if o["country"] is not None and o["country"] not in ISO:
            report(fname, "%s country %r is not an ISO code" % (where, o["country"]))

    # places
    place_names = set()
    for i, pl in enumerate(data.get("places", [])):
        where = "places[%d]" % i
        if not check_keys(fname, where, pl, PLACE_FIELDS):
            continue
        where = "place %r" % pl["name"]
        if pl["name"] in place_names:
            report(fname, "%s listed twice" % where)
        place_names.add(pl["name"])
        check_named(fname, text, where, pl)
        if pl["country"] is not None and pl["country"] not in ISO:
            report(fname, "%s country %r is not an ISO code" % (where, pl["country"]))

    # meetings
    for i, m in enumerate(data.get("meetings", [])):
        where = "meetings[%d]" % i
        if not check_keys(fname, where, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            report(fname, "%s kind %r not allowed" % (where, m["kind"]))
        for pid in check_str_list(fname, where + ".participants", m["participants"]):
            if pid not in person_ids:
                report(fname, "%s participant %r is not a listed person" % (where, pid))
        for code in check_str_list(fname, where + ".countries", m["countries"]):
            if code not in ISO:
                report(fname, "%s country %r is not an ISO code" % (where, code))
        if m["date"] is not None and not valid_date(m["date"]):
            report(fname, "%s date %r is not YYYY, YYYY-MM or YYYY-MM-DD" % (where, m["date"]))
        pl = m["place"]
        if pl is not None and pl not in place_names and pl not in country_names:
            report(fname, "%s place %r is not a listed place or country" % (where, pl))
        for t in check_str_list(fname, where + ".topics", m["topics"]):
            if t not in TOPICS:
                report(fname, "%s topic %r not allowed" % (where, t))
        for aid in check_str_list(fname, where + ".agreements", m["agreements"]):
            if aid not in agreement_ids:
                report(fname, "%s agreement %r is not a listed agreement" % (where, aid))
        if not in_text(text, m["evidence"]):
            report(fname, "%s evidence not found verbatim: %r" % (where, str(m["evidence"])[:70]))
        for j, ev in enumerate(check_str_list(fname, where + ".evidence_extra", m.get("evidence_extra", []))):
            if not in_text(text, ev):
                report(fname, "%s evidence_extra[%d] not found verbatim: %r" % (where, j, ev[:70]))
        if "note" in m and not isinstance(m["note"], str):
            report(fname, "%s note is not a string" % where)

    # meeting counts
    for i, c in enumerate(data.get("meeting_counts", [])):
        where = "meeting_counts[%d]" % i
        if not check_keys(fname, where, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            report(fname, "%s kind %r not allowed" % (where, c["kind"]))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            report(fname, "%s count %r is not a positive integer" % (where, c["count"]))
        if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])):
            report(fname, "%s year %r is not a YYYY string" % (where, c["year"]))
        if not in_text(text, c["evidence"]):
            report(fname, "%s evidence not found verbatim: %r" % (where, str(c["evidence"])[:70]))


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt")) if os.path.isdir(TEXTS) else []
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json")) if os.path.isdir(GOLD) else []
    text_stems = {os.path.splitext(f)[0] for f in texts}
    gold_stems = {os.path.splitext(f)[0] for f in golds}
    for s in sorted(text_stems - gold_stems):
        report(s + ".txt", "text has no gold file")
    for s in sorted(gold_stems - text_stems):
        report(s + ".json", "gold file has no text")

    person_names = {}
    checked = 0
    for g in golds:
        stem = os.path.splitext(g)[0]
        if stem not in text_stems:
            continue
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD, g), encoding="utf-8") as fh:
                data = json.load(fh)
        except ValueError as exc:
            report(g, "invalid JSON: %s" % exc)
            continue
        checked += 1
        check_file(g, data, text, person_names)

    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            desc = "; ".join("%r in %s" % (n, ", ".join(fs)) for n, fs in sorted(names.items()))
            report("(all files)", "person %r has different names: %s" % (pid, desc))

    for line in problems:
        print(line)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
