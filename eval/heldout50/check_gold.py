#!/usr/bin/env python3
"""Consistency checker for the heldout50 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py

It pairs texts/*.txt with gold/*.json, checks every gold file against the
format documented in /work/main/gold/README.md (fields, ids, dates, ISO codes,
kinds, topics, references, verbatim aliases/offices/evidence) and checks that a
person id carries the same name in every file. It prints one line per problem,
then "checked N files: M errors", and exits with status 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

# ISO 3166-1 alpha-2 codes (249 officially assigned codes), plus SU for the Soviet Union.
ISO_CODES = set("""
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE
    BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
    CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
    GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
    MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
    TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {
    "summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
    "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
    "visit", "signing", "telephone-talk", "courtesy-call", "other",
}
TOPICS = {
    "peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
    "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
    "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
    "fisheries", "health-medical", "science-technology", "agriculture",
    "transport-infrastructure", "regional-affairs", "political-dialogue",
}
TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
# section -> (required fields, optional fields)
ENTITY_FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def problem(fname, msg):
    problems.append("%s: %s" % (fname, msg))


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    m = DATE.match(value)
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


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def check_fields(fname, where, obj, required, optional):
    if not isinstance(obj, dict):
        problem(fname, "%s is not an object" % where)
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - optional
    if missing:
        problem(fname, "%s lacks field(s) %s" % (where, ", ".join(sorted(missing))))
    if extra:
        problem(fname, "%s has undocumented field(s) %s" % (where, ", ".join(sorted(extra))))
    return not missing


def check_file(fname, text, gold, person_names):
    if not isinstance(gold, dict):
        problem(fname, "top level is not an object")
        return
    if list(gold.keys()) != TOP_FIELDS:
        if set(gold.keys()) != set(TOP_FIELDS):
            problem(fname, "top-level fields are %s, expected %s" % (sorted(gold), TOP_FIELDS))
            return
        problem(fname, "top-level fields are not in the documented order")
    stem = os.path.splitext(fname)[0]
    if gold["doc"] != stem + ".txt":
        problem(fname, "doc is %r, expected %r" % (gold["doc"], stem + ".txt"))
    if not (isinstance(gold["year"], str) and YEAR.match(gold["year"])):
        problem(fname, "year %r is not a four-digit string" % (gold["year"],))
    for section in TOP_FIELDS[2:]:
        if not isinstance(gold[section], list):
            problem(fname, "%s is not a list" % section)
            return

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    # --- entities ---
    ids = {}
    for section, (req, opt) in ENTITY_FIELDS.items():
        seen = set()
        for i, ent in enumerate(gold[section]):
            where = "%s[%d]" % (section, i)
            if not check_fields(fname, where, ent, req, opt):
                continue
            label = ent.get("id") or ent.get("name")
            where = "%s %r" % (section, label)
            name = ent["name"]
            if not isinstance(name, str) or not name:
                problem(fname, "%s has an empty or non-string name" % where)
                continue
            aliases = ent.get("aliases", [])
            if not is_str_list(aliases):
                problem(fname, "%s aliases is not a list of strings" % where)
                aliases = []
            for a in aliases:
                if not occurs(a):
                    problem(fname, "%s alias %r does not occur in the text" % (where, a))
            if len(set(aliases)) != len(aliases):
                problem(fname, "%s has duplicate aliases" % where)
            if not occurs(name) and not any(occurs(a) for a in aliases):
                problem(fname, "%s: neither the name nor any alias occurs in the text" % where)
            if "id" in req:
                eid = ent["id"]
                if not (isinstance(eid, str) and SLUG.match(eid)):
                    problem(fname, "%s id %r is not a slug" % (where, eid))
                if eid in seen:
                    problem(fname, "%s id %r is not unique" % (where, eid))
                seen.add(eid)
            else:
                key = ent["iso"] if section == "countries" else name
                if key in seen:
                    problem(fname, "%s %r is listed twice" % (section, key))
                seen.add(key)
            if section == "persons":
                office = ent["office"]
                if office is not None and not occurs(office):
                    problem(fname, "%s office %r does not occur in the text" % (where, office))
                person_names.setdefault(ent["id"], {}).setdefault(name, []).append(fname)
            if section in ("persons", "organizations", "places"):
                c = ent["country"]
                if c is not None and c not in ISO_CODES:
                    problem(fname, "%s country %r is not an ISO 3166-1 alpha-2 code" % (where, c))
            if section == "countries":
                if ent["iso"] not in ISO_CODES:
                    problem(fname, "%s iso %r is not an ISO 3166-1 alpha-2 code" % (where, ent["iso"]))
            if section == "agreements":
                parties = ent["parties"]
                if not is_str_list(parties):
                    problem(fname, "%s parties is not a list of strings" % where)
                else:
                    for p in parties:
                        if p not in ISO_CODES:
                            problem(fname, "%s party %r is not an ISO code" % (where, p))
                    if len(set(parties)) != len(parties):
                        problem(fname, "%s has duplicate parties" % where)
        ids[section] = seen

    person_ids = ids.get("persons", set())
    agreement_ids = ids.get("agreements", set())
    place_names = {p.get("name") for p in gold["places"] if isinstance(p, dict)}
    country_names = {c.get("name") for c in gold["countries"] if isinstance(c, dict)}

    # --- meetings ---
    for i, m in enumerate(gold["meetings"]):
        where = "meetings[%d]" % i
        if not check_fields(fname, where, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            problem(fname, "%s kind %r is not allowed" % (where, m["kind"]))
        for key in ("participants", "countries", "topics", "agreements"):
            if not is_str_list(m[key]):
                problem(fname, "%s %s is not a list of strings" % (where, key))
            elif len(set(m[key])) != len(m[key]):
                problem(fname, "%s %s has duplicates" % (where, key))
        if is_str_list(m["participants"]):
            for p in m["participants"]:
                if p not in person_ids:
                    problem(fname, "%s participant %r is not a person id of this file" % (where, p))
        if is_str_list(m["countries"]):
            for c in m["countries"]:
                if c not in ISO_CODES:
                    problem(fname, "%s country %r is not an ISO code" % (where, c))
        if is_str_list(m["topics"]):
            for t in m["topics"]:
                if t not in TOPICS:
                    problem(fname, "%s topic %r is not allowed" % (where, t))
        if is_str_list(m["agreements"]):
            for a in m["agreements"]:
                if a not in agreement_ids:
                    problem(fname, "%s agreement %r is not an agreement id of this file" % (where, a))
        if not valid_date(m["date"]):
            problem(fname, "%s date %r is not a valid YYYY, YYYY-MM or YYYY-MM-DD" % (where, m["date"]))
        place = m["place"]
        if place is not None and place not in place_names and place not in country_names:
            problem(fname, "%s place %r is not a place or country name of this file" % (where, place))
        if not occurs(m["evidence"]):
            problem(fname, "%s evidence does not occur verbatim: %r" % (where, str(m["evidence"])[:80]))
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                problem(fname, "%s evidence_extra is not a list of strings" % where)
            else:
                for e in m["evidence_extra"]:
                    if not occurs(e):
                        problem(fname, "%s evidence_extra does not occur verbatim: %r" % (where, e[:80]))
        if "note" in m and not isinstance(m["note"], str):
            problem(fname, "%s note is not a string" % where)

    # --- meeting counts ---
    for i, c in enumerate(gold["meeting_counts"]):
        where = "meeting_counts[%d]" % i
        if not check_fields(fname, where, c, COUNT_FIELDS, set()):
            continue
        if c["kind"] not in KINDS:
            problem(fname, "%s kind %r is not allowed" % (where, c["kind"]))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            problem(fname, "%s count %r is not a positive integer" % (where, c["count"]))
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            problem(fname, "%s year %r is not a four-digit string" % (where, c["year"]))
        if not occurs(c["evidence"]):
            problem(fname, "%s evidence does not occur verbatim: %r" % (where, str(c["evidence"])[:80]))


def main():
    texts = {os.path.splitext(f)[0] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")} if os.path.isdir(TEXT_DIR) else set()
    golds = {os.path.splitext(f)[0] for f in os.listdir(GOLD_DIR) if f.endswith(".json")} if os.path.isdir(GOLD_DIR) else set()
    for stem in sorted(texts - golds):
        problem(stem + ".txt", "has no gold file gold/%s.json" % stem)
    for stem in sorted(golds - texts):
        problem(stem + ".json", "has no text file texts/%s.txt" % stem)
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        fname = stem + ".json"
        with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD_DIR, fname), encoding="utf-8") as fh:
                gold = json.load(fh)
        except ValueError as exc:
            problem(fname, "is not valid JSON: %s" % exc)
            checked += 1
            continue
        check_file(fname, text, gold, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            desc = "; ".join("%r in %s" % (n, ", ".join(fs)) for n, fs in sorted(names.items()))
            problems.append("person id %r has different names: %s" % (pid, desc))
    for line in problems:
        print(line)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
