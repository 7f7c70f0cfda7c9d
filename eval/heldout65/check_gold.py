#!/usr/bin/env python3
"""Consistency checker for the heldout65 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py

It checks that every text in texts/ has a gold file in gold/ (and the other
way round) and that each gold file follows the format of the project's
gold/README.md: the exact documented fields, valid dates, ISO 3166-1 alpha-2
codes (plus SU), unique id slugs, aliases and offices that occur verbatim in
the text, an occurring name or alias for every entity, allowed meeting kinds
and topics, references that resolve, verbatim evidence strings, and one name
per person id across all files. It prints one line per problem, then
"checked N files: M errors", and exits with status 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

problems = []


def problem(fname, msg):
    problems.append(f"{fname}: {msg}")


def is_str(x):
    return isinstance(x, str) and x != ""


def check_keys(fname, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        problem(fname, f"{where}: not an object")
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        problem(fname, f"{where}: missing field(s) {sorted(missing)}")
    if extra:
        problem(fname, f"{where}: unknown field(s) {sorted(extra)}")
    return not missing


def valid_date(s):
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


def check_iso(fname, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if not isinstance(code, str) or code not in ISO:
        problem(fname, f"{where}: invalid ISO code {code!r}")


def check_list_of_str(fname, where, value):
    if not isinstance(value, list) or not all(is_str(v) for v in value):
        problem(fname, f"{where}: must be a list of non-empty strings")
        return []
    if len(set(value)) != len(value):
        problem(fname, f"{where}: duplicate entries")
    return value


def check_aliases(fname, where, ent, text, has_name=True):
    aliases = check_list_of_str(fname, f"{where}.aliases", ent.get("aliases", []))
    for a in aliases:
        if a not in text:
            problem(fname, f"{where}: alias {a!r} not found verbatim in text")
    if has_name:
        name = ent.get("name")
        if not is_str(name):
            problem(fname, f"{where}: name must be a non-empty string")
        elif name not in text and not any(a in text for a in aliases):
            problem(fname, f"{where}: neither name {name!r} nor any alias occurs in text")


def check_evidence(fname, where, ev, text):
    if not is_str(ev):
        problem(fname, f"{where}: evidence must be a non-empty string")
    elif ev not in text:
        problem(fname, f"{where}: evidence not found verbatim: {ev[:70]!r}")


def check_file(fname, gold, text, person_names):
    if not isinstance(gold, dict):
        problem(fname, "top level is not an object")
        return
    keys = list(gold)
    if set(keys) != set(TOP_FIELDS):
        problem(fname, f"top-level fields {sorted(keys)} differ from {TOP_FIELDS}")
    if gold.get("doc") != fname[:-5] + ".txt":
        problem(fname, f"doc {gold.get('doc')!r} does not match the text file name")
    year = gold.get("year")
    if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year)):
        problem(fname, f"year {year!r} is not YYYY")

    for key in TOP_FIELDS[2:]:
        if not isinstance(gold.get(key), list):
            problem(fname, f"{key} must be a list")
            gold[key] = []

    # persons
    pids = set()
    for i, p in enumerate(gold["persons"]):
        w = f"persons[{i}]"
        if not check_keys(fname, w, p, PERSON_FIELDS):
            continue
        pid = p["id"]
        w = f"person {pid}"
        if not (isinstance(pid, str) and SLUG.match(pid)):
            problem(fname, f"{w}: id is not a slug")
        if pid in pids:
            problem(fname, f"{w}: duplicate id")
        pids.add(pid)
        check_aliases(fname, w, p, text)
        if p["office"] is not None:
            if not is_str(p["office"]):
                problem(fname, f"{w}: office must be a string or null")
            elif p["office"] not in text:
                problem(fname, f"{w}: office {p['office']!r} not found verbatim in text")
        check_iso(fname, f"{w}.country", p["country"], allow_null=True)
        person_names.setdefault(pid, {}).setdefault(p.get("name"), []).append(fname)

    # countries
    cnames, isos = set(), set()
    for i, c in enumerate(gold["countries"]):
        w = f"countries[{i}]"
        if not check_keys(fname, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        w = f"country {c['name']}"
        check_iso(fname, w, c["iso"])
        if c["iso"] in isos:
            problem(fname, f"{w}: ISO code listed twice")
        isos.add(c["iso"])
        if c["name"] in cnames:
            problem(fname, f"{w}: duplicate name")
        cnames.add(c["name"])
        check_aliases(fname, w, c, text)

    # regions
    rnames = set()
    for i, r in enumerate(gold["regions"]):
        w = f"regions[{i}]"
        if not check_keys(fname, w, r, REGION_REQ, REGION_OPT):
            continue
        w = f"region {r['name']}"
        if r["name"] in rnames:
            problem(fname, f"{w}: duplicate name")
        rnames.add(r["name"])
        check_aliases(fname, w, r, text)

    # agreements
    aids = set()
    for i, a in enumerate(gold["agreements"]):
        w = f"agreements[{i}]"
        if not check_keys(fname, w, a, AGREEMENT_FIELDS):
            continue
        w = f"agreement {a['id']}"
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            problem(fname, f"{w}: id is not a slug")
        if a["id"] in aids:
            problem(fname, f"{w}: duplicate id")
        aids.add(a["id"])
        check_aliases(fname, w, a, text)
        if not isinstance(a["parties"], list):
            problem(fname, f"{w}: parties must be a list")
        else:
            for code in a["parties"]:
                check_iso(fname, f"{w}.parties", code)

    # organizations
    oids = set()
    for i, o in enumerate(gold["organizations"]):
        w = f"organizations[{i}]"
        if not check_keys(fname, w, o, ORG_FIELDS):
            continue
        w = f"organization {o['id']}"
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            problem(fname, f"{w}: id is not a slug")
        if o["id"] in oids:
            problem(fname, f"{w}: duplicate id")
        oids.add(o["id"])
        check_aliases(fname, w, o, text)
        check_iso(fname, f"{w}.country", o["country"], allow_null=True)

    # places
    plnames = set()
    for i, pl in enumerate(gold["places"]):
        w = f"places[{i}]"
        if not check_keys(fname, w, pl, PLACE_FIELDS):
            continue
        w = f"place {pl['name']}"
        if pl["name"] in plnames:
            problem(fname, f"{w}: duplicate name")
        plnames.add(pl["name"])
        check_aliases(fname, w, pl, text)
        check_iso(fname, f"{w}.country", pl["country"], allow_null=True)

    # meetings
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if not check_keys(fname, w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            problem(fname, f"{w}: kind {m['kind']!r} not allowed")
        for pid in check_list_of_str(fname, f"{w}.participants", m["participants"]):
            if pid not in pids:
                problem(fname, f"{w}: participant {pid!r} is not a person id of this file")
        if not isinstance(m["countries"], list):
            problem(fname, f"{w}: countries must be a list")
        else:
            for code in m["countries"]:
                check_iso(fname, f"{w}.countries", code)
            if len(set(m["countries"])) != len(m["countries"]):
                problem(fname, f"{w}: duplicate country codes")
        if m["date"] is not None and not (isinstance(m["date"], str) and valid_date(m["date"])):
            problem(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in plnames and m["place"] not in cnames:
            problem(fname, f"{w}: place {m['place']!r} is not in places or countries")
        if m["kind"] == "telephone-talk" and m["place"] is not None:
            problem(fname, f"{w}: a telephone talk must have place null")
        for t in check_list_of_str(fname, f"{w}.topics", m["topics"]):
            if t not in TOPICS:
                problem(fname, f"{w}: topic {t!r} not allowed")
        for aid in check_list_of_str(fname, f"{w}.agreements", m["agreements"]):
            if aid not in aids:
                problem(fname, f"{w}: agreement {aid!r} is not an agreement id of this file")
        check_evidence(fname, f"{w}.evidence", m["evidence"], text)
        if "evidence_extra" in m:
            for j, ev in enumerate(check_list_of_str(fname, f"{w}.evidence_extra", m["evidence_extra"])):
                check_evidence(fname, f"{w}.evidence_extra[{j}]", ev, text)
        if "note" in m and not is_str(m["note"]):
            problem(fname, f"{w}: note must be a non-empty string")

    # meeting counts
    for i, c in enumerate(gold["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not check_keys(fname, w, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            problem(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            problem(fname, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            problem(fname, f"{w}: year {c['year']!r} is not YYYY")
        check_evidence(fname, f"{w}.evidence", c["evidence"], text)


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    text_stems = {f[:-4] for f in texts}
    gold_stems = {f[:-5] for f in golds}
    for s in sorted(text_stems - gold_stems):
        problems.append(f"texts/{s}.txt: no gold file gold/{s}.json")
    for s in sorted(gold_stems - text_stems):
        problems.append(f"gold/{s}.json: no text file texts/{s}.txt")

    person_names = {}
    checked = 0
    for g in golds:
        stem = g[:-5]
        if stem not in text_stems:
            continue
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD, g), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as exc:
            problem(g, f"cannot read JSON: {exc}")
            continue
        checked += 1
        check_file(g, gold, text, person_names)

    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            problems.append(f"person id {pid}: different names across files: {detail}")

    for line in problems:
        print(line)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
