#!/usr/bin/env python3
"""Consistency checker for the heldout59 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory of this script. It must contain texts/*.txt
and gold/*.json. One line is printed per problem, then a summary line
"checked N files: M errors". The exit status is 1 when there are errors.
"""
import datetime
import json
import os
import re
import sys

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
ENTITY_FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
}
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
          "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(value):
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date.fromisoformat(value)
            return True
    except ValueError:
        return False
    return False


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def check_file(stem, text, gold, problems, person_names):
    def err(msg):
        problems.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        err("top level is not an object")
        return
    keys = list(gold.keys())
    if set(keys) != set(TOP_FIELDS):
        err(f"top-level fields {sorted(keys)} differ from {TOP_FIELDS}")
    if gold.get("doc") != stem + ".txt":
        err(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and YEAR.match(gold["year"])):
        err(f"year {gold.get('year')!r} is not YYYY")

    def in_text(s):
        return isinstance(s, str) and s != "" and s in text

    def check_iso(code, where, allow_null):
        if code is None and allow_null:
            return
        if code not in ISO:
            err(f"{where}: {code!r} is not an ISO 3166-1 alpha-2 code (or SU)")

    ids = {}
    names = {}
    for section, (required, optional) in ENTITY_FIELDS.items():
        entries = gold.get(section)
        if not isinstance(entries, list):
            err(f"{section} is not a list")
            continue
        names[section] = set()
        seen_names = set()
        for i, ent in enumerate(entries):
            where = f"{section}[{i}]"
            if not isinstance(ent, dict):
                err(f"{where} is not an object")
                continue
            fields = set(ent)
            if not required <= fields or not fields <= required | optional:
                err(f"{where}: fields {sorted(fields)} differ from required "
                    f"{sorted(required)} (+ optional {sorted(optional)})")
            name = ent.get("name")
            where = f"{section}[{i}] {name!r}"
            if not isinstance(name, str) or not name:
                err(f"{where}: name missing or not a string")
                continue
            if name in seen_names:
                err(f"{where}: duplicate name in {section}")
            seen_names.add(name)
            names[section].add(name)
            aliases = ent.get("aliases", [])
            if not is_str_list(aliases):
                err(f"{where}: aliases is not a list of strings")
                aliases = []
            if len(set(aliases)) != len(aliases):
                err(f"{where}: duplicate aliases")
            for a in aliases:
                if not in_text(a):
                    err(f"{where}: alias {a!r} does not occur verbatim in the text")
            if not in_text(name) and not any(in_text(a) for a in aliases):
                err(f"{where}: neither the name nor any alias occurs in the text")
            if "id" in required:
                eid = ent.get("id")
                if not (isinstance(eid, str) and SLUG.match(eid)):
                    err(f"{where}: id {eid!r} is not a slug")
                elif eid in ids:
                    err(f"{where}: id {eid!r} is not unique in the file "
                        f"(also in {ids[eid]})")
                else:
                    ids[eid] = section
            if section == "persons":
                office = ent.get("office")
                if office is not None and not in_text(office):
                    err(f"{where}: office {office!r} does not occur verbatim in the text")
                check_iso(ent.get("country"), where + " country", True)
                pid = ent.get("id")
                if isinstance(pid, str):
                    person_names.setdefault(pid, {}).setdefault(name, []).append(stem)
            elif section == "countries":
                check_iso(ent.get("iso"), where + " iso", False)
            elif section == "agreements":
                parties = ent.get("parties")
                if not is_str_list(parties):
                    err(f"{where}: parties is not a list of strings")
                else:
                    for p in parties:
                        check_iso(p, where + " party", False)
            elif section in ("organizations", "places"):
                check_iso(ent.get("country"), where + " country", True)

    person_ids = {e.get("id") for e in gold.get("persons", []) if isinstance(e, dict)}
    agreement_ids = {e.get("id") for e in gold.get("agreements", []) if isinstance(e, dict)}
    place_names = names.get("places", set()) | names.get("countries", set())

    meetings = gold.get("meetings")
    if not isinstance(meetings, list):
        err("meetings is not a list")
        meetings = []
    for i, m in enumerate(meetings):
        where = f"meetings[{i}]"
        if not isinstance(m, dict):
            err(f"{where} is not an object")
            continue
        fields = set(m)
        if not MEETING_REQUIRED <= fields or not fields <= MEETING_REQUIRED | MEETING_OPTIONAL:
            err(f"{where}: fields {sorted(fields)} differ from the documented fields")
        if m.get("kind") not in KINDS:
            err(f"{where}: kind {m.get('kind')!r} is not allowed")
        parts = m.get("participants")
        if not is_str_list(parts):
            err(f"{where}: participants is not a list of strings")
        else:
            if len(set(parts)) != len(parts):
                err(f"{where}: duplicate participants")
            for p in parts:
                if p not in person_ids:
                    err(f"{where}: participant {p!r} is not a person id of this file")
        ctry = m.get("countries")
        if not is_str_list(ctry):
            err(f"{where}: countries is not a list of strings")
        else:
            if len(set(ctry)) != len(ctry):
                err(f"{where}: duplicate countries")
            for c in ctry:
                check_iso(c, where + " country", False)
        date = m.get("date")
        if date is not None and not valid_date(date):
            err(f"{where}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        place = m.get("place")
        if place is not None and place not in place_names:
            err(f"{where}: place {place!r} is not in places or countries")
        topics = m.get("topics")
        if not is_str_list(topics):
            err(f"{where}: topics is not a list of strings")
        else:
            if len(set(topics)) != len(topics):
                err(f"{where}: duplicate topics")
            for t in topics:
                if t not in TOPICS:
                    err(f"{where}: topic {t!r} is not allowed")
        agrs = m.get("agreements")
        if not is_str_list(agrs):
            err(f"{where}: agreements is not a list of strings")
        else:
            for a in agrs:
                if a not in agreement_ids:
                    err(f"{where}: agreement {a!r} is not an agreement id of this file")
        if not in_text(m.get("evidence")):
            err(f"{where}: evidence does not occur verbatim in the text: "
                f"{str(m.get('evidence'))[:70]!r}")
        extra = m.get("evidence_extra", [])
        if not is_str_list(extra):
            err(f"{where}: evidence_extra is not a list of strings")
        else:
            for e in extra:
                if not in_text(e):
                    err(f"{where}: evidence_extra does not occur verbatim: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{where}: note is not a string")

    counts = gold.get("meeting_counts")
    if not isinstance(counts, list):
        err("meeting_counts is not a list")
        counts = []
    for i, c in enumerate(counts):
        where = f"meeting_counts[{i}]"
        if not isinstance(c, dict):
            err(f"{where} is not an object")
            continue
        if set(c) != COUNT_FIELDS:
            err(f"{where}: fields {sorted(c)} differ from {sorted(COUNT_FIELDS)}")
        if c.get("kind") not in KINDS:
            err(f"{where}: kind {c.get('kind')!r} is not allowed")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool)
                and c["count"] > 0):
            err(f"{where}: count is not a positive integer")
        if not (isinstance(c.get("year"), str) and YEAR.match(c["year"])):
            err(f"{where}: year {c.get('year')!r} is not YYYY")
        if not in_text(c.get("evidence")):
            err(f"{where}: evidence does not occur verbatim in the text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        problems.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        problems.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            problems.append(f"{stem}: text is not valid UTF-8")
            continue
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{stem}: gold is not valid UTF-8 JSON ({exc})")
            continue
        check_file(stem, text, gold, problems, person_names)
    for pid, variants in sorted(person_names.items()):
        if len(variants) > 1:
            desc = "; ".join(f"{n!r} in {', '.join(f)}" for n, f in variants.items())
            problems.append(f"person id {pid!r} has different names across files: {desc}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
