#!/usr/bin/env python3
"""Consistency checker for the heldout70 gold annotations.

Standard library only. Run from any directory:

    python3 check_gold.py

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

MIN_WORDS, MAX_WORDS = 550, 950

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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def problem(fname, msg):
    problems.append("%s: %s" % (fname, msg))


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    for fmt, pattern in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"),
                         ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(pattern, value):
            try:
                datetime.datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


def check_fields(fname, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        problem(fname, "%s is not an object" % where)
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        problem(fname, "%s lacks field(s) %s" % (where, sorted(missing)))
    if extra:
        problem(fname, "%s has undocumented field(s) %s" % (where, sorted(extra)))
    return not missing


def check_iso(fname, where, code, allow_null):
    if code is None and allow_null:
        return
    if code not in ISO:
        problem(fname, "%s: %r is not an ISO 3166-1 alpha-2 code" % (where, code))


def check_strings_in_text(fname, where, strings, text, label):
    if not isinstance(strings, list):
        problem(fname, "%s: %s is not a list" % (where, label))
        return
    for s in strings:
        if not isinstance(s, str) or not s:
            problem(fname, "%s: empty or non-string %s %r" % (where, label, s))
        elif s not in text:
            problem(fname, "%s: %s %r not found verbatim in text" % (where, label, s))


def check_name_or_alias(fname, where, entity, text):
    names = [entity.get("name")] + list(entity.get("aliases") or [])
    if not any(isinstance(n, str) and n and n in text for n in names):
        problem(fname, "%s: neither name %r nor any alias occurs in text"
                % (where, entity.get("name")))


def check_file(fname, data, text, person_names):
    # top level
    if not isinstance(data, dict):
        problem(fname, "top level is not an object")
        return
    if list(data.keys()) != TOP_FIELDS:
        if set(data.keys()) != set(TOP_FIELDS):
            problem(fname, "top-level fields %s differ from %s"
                    % (sorted(data.keys()), TOP_FIELDS))
        else:
            problem(fname, "top-level fields not in documented order")
    stem = os.path.splitext(fname)[0]
    if data.get("doc") != stem + ".txt":
        problem(fname, "doc %r does not name its text %r" % (data.get("doc"), stem + ".txt"))
    if not (isinstance(data.get("year"), str) and YEAR.match(data["year"])):
        problem(fname, "year %r is not YYYY" % data.get("year"))
    for key in TOP_FIELDS[2:]:
        if not isinstance(data.get(key), list):
            problem(fname, "%s is not a list" % key)
            data[key] = []

    ids = {}

    def register(kind, ident, where):
        if not (isinstance(ident, str) and SLUG.match(ident)):
            problem(fname, "%s: id %r is not a slug" % (where, ident))
        key = (kind, ident)
        if key in ids:
            problem(fname, "%s: duplicate %s id %r" % (where, kind, ident))
        ids[key] = True

    # persons
    person_ids = set()
    for i, p in enumerate(data["persons"]):
        where = "persons[%d]" % i
        if not check_fields(fname, where, p, PERSON_FIELDS):
            continue
        where = "person %s" % p["id"]
        register("person", p["id"], where)
        person_ids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            problem(fname, "%s: empty name" % where)
        check_strings_in_text(fname, where, p["aliases"], text, "alias")
        check_name_or_alias(fname, where, p, text)
        if p["office"] is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                problem(fname, "%s: office %r not found verbatim in text" % (where, p["office"]))
        check_iso(fname, where, p["country"], True)
        prev = person_names.get(p["id"])
        if prev and prev[0] != p["name"]:
            problem(fname, "%s: name %r differs from %r in %s"
                    % (where, p["name"], prev[0], prev[1]))
        elif not prev:
            person_names[p["id"]] = (p["name"], fname)

    # countries
    country_names = set()
    for i, c in enumerate(data["countries"]):
        where = "countries[%d]" % i
        if not check_fields(fname, where, c, COUNTRY_REQUIRED, COUNTRY_OPTIONAL):
            continue
        where = "country %s" % c["name"]
        check_iso(fname, where, c["iso"], False)
        if "aliases" in c:
            check_strings_in_text(fname, where, c["aliases"], text, "alias")
        check_name_or_alias(fname, where, c, text)
        if c["name"] in country_names:
            problem(fname, "%s: duplicate country" % where)
        country_names.add(c["name"])

    # regions
    for i, r in enumerate(data["regions"]):
        where = "regions[%d]" % i
        if not check_fields(fname, where, r, REGION_REQUIRED, REGION_OPTIONAL):
            continue
        where = "region %s" % r["name"]
        if "aliases" in r:
            check_strings_in_text(fname, where, r["aliases"], text, "alias")
        check_name_or_alias(fname, where, r, text)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(data["agreements"]):
        where = "agreements[%d]" % i
        if not check_fields(fname, where, a, AGREEMENT_FIELDS):
            continue
        where = "agreement %s" % a["id"]
        register("agreement", a["id"], where)
        agreement_ids.add(a["id"])
        check_strings_in_text(fname, where, a["aliases"], text, "alias")
        check_name_or_alias(fname, where, a, text)
        if not isinstance(a["parties"], list):
            problem(fname, "%s: parties is not a list" % where)
        else:
            for code in a["parties"]:
                check_iso(fname, where + " parties", code, False)

    # organizations
    for i, o in enumerate(data["organizations"]):
        where = "organizations[%d]" % i
        if not check_fields(fname, where, o, ORG_FIELDS):
            continue
        where = "organization %s" % o["id"]
        register("organization", o["id"], where)
        check_strings_in_text(fname, where, o["aliases"], text, "alias")
        check_name_or_alias(fname, where, o, text)
        check_iso(fname, where, o["country"], True)

    # places
    place_names = set()
    for i, pl in enumerate(data["places"]):
        where = "places[%d]" % i
        if not check_fields(fname, where, pl, PLACE_FIELDS):
            continue
        where = "place %s" % pl["name"]
        check_strings_in_text(fname, where, pl["aliases"], text, "alias")
        check_name_or_alias(fname, where, pl, text)
        check_iso(fname, where, pl["country"], True)
        if pl["name"] in place_names:
            problem(fname, "%s: duplicate place" % where)
        place_names.add(pl["name"])

    # meetings
    for i, m in enumerate(data["meetings"]):
        where = "meetings[%d]" % i
        if not check_fields(fname, where, m, MEETING_REQUIRED, MEETING_OPTIONAL):
            continue
        if m["kind"] not in KINDS:
            problem(fname, "%s: kind %r not allowed" % (where, m["kind"]))
        for pid in m["participants"]:
            if pid not in person_ids:
                problem(fname, "%s: participant %r is not a listed person" % (where, pid))
        if len(set(m["participants"])) != len(m["participants"]):
            problem(fname, "%s: duplicate participant" % where)
        for code in m["countries"]:
            check_iso(fname, where + " countries", code, False)
        if not valid_date(m["date"]):
            problem(fname, "%s: invalid date %r" % (where, m["date"]))
        if m["place"] is not None and m["place"] not in place_names | country_names:
            problem(fname, "%s: place %r is not in places or countries" % (where, m["place"]))
        for t in m["topics"]:
            if t not in TOPICS:
                problem(fname, "%s: topic %r not allowed" % (where, t))
        for aid in m["agreements"]:
            if aid not in agreement_ids:
                problem(fname, "%s: agreement %r is not listed" % (where, aid))
        if not isinstance(m["evidence"], str) or m["evidence"] not in text:
            problem(fname, "%s: evidence not found verbatim: %r" % (where, m["evidence"]))
        if "evidence_extra" in m:
            check_strings_in_text(fname, where, m["evidence_extra"], text, "evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            problem(fname, "%s: note is not a string" % where)

    # meeting counts
    for i, c in enumerate(data["meeting_counts"]):
        where = "meeting_counts[%d]" % i
        if not check_fields(fname, where, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            problem(fname, "%s: kind %r not allowed" % (where, c["kind"]))
        if not (isinstance(c["count"], int) and c["count"] > 0):
            problem(fname, "%s: count %r is not a positive integer" % (where, c["count"]))
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            problem(fname, "%s: year %r is not YYYY" % (where, c["year"]))
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            problem(fname, "%s: evidence not found verbatim: %r" % (where, c["evidence"]))


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    text_stems = {os.path.splitext(f)[0] for f in texts}
    gold_stems = {os.path.splitext(f)[0] for f in golds}
    for stem in sorted(text_stems - gold_stems):
        problem(stem + ".txt", "text has no gold file")
    for stem in sorted(gold_stems - text_stems):
        problem(stem + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for g in golds:
        stem = os.path.splitext(g)[0]
        if stem not in text_stems:
            continue
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problem(stem + ".txt", "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))
        try:
            with open(os.path.join(GOLD, g), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            problem(g, "cannot read JSON: %s" % exc)
            continue
        check_file(g, data, text, person_names)
        checked += 1
    for line in problems:
        print(line)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
