#!/usr/bin/env python3
"""Checker for the heldout81 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
# (required fields in order, optional fields allowed after them in order)
SHAPES = {
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS
YE YT ZA ZM ZW""".split()) | {"SU"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []


def bad(fname, msg):
    problems.append(f"{fname}: {msg}")


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
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def check_iso(fname, where, code, allow_null):
    if code is None:
        if not allow_null:
            bad(fname, f"{where}: null country code")
        return
    if code not in ISO:
        bad(fname, f"{where}: invalid ISO code {code!r}")


def check_shape(fname, section, i, obj):
    req, opt = SHAPES[section]
    if not isinstance(obj, dict):
        bad(fname, f"{section}[{i}] is not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        bad(fname, f"{section}[{i}] fields {keys} do not start with {req}")
        return False
    rest = keys[len(req):]
    pos = -1
    for k in rest:
        if k not in opt:
            bad(fname, f"{section}[{i}] has unexpected field {k!r}")
            return False
        if opt.index(k) <= pos:
            bad(fname, f"{section}[{i}] optional field {k!r} out of order")
            return False
        pos = opt.index(k)
    return True


def check_strlist(fname, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(fname, f"{where} must be a list of strings")
        return []
    return v


def check_file(stem, text, person_names):
    fname = stem + ".json"
    try:
        with open(os.path.join(GOLD, fname), encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        bad(fname, f"cannot load JSON: {e}")
        return
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        bad(fname, f"top-level fields must be exactly {TOP} in order")
        if not isinstance(d, dict):
            return
    if d.get("doc") != stem + ".txt":
        bad(fname, f"doc {d.get('doc')!r} does not name {stem}.txt")
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d["year"])):
        bad(fname, f"year {d.get('year')!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(d.get(sec), list):
            bad(fname, f"{sec} must be a list")
            d[sec] = []

    def occurs(where, s):
        if not isinstance(s, str) or not s:
            bad(fname, f"{where}: empty or non-string value")
        elif s not in text:
            bad(fname, f"{where}: {s!r} does not occur in the text")

    def name_or_alias(where, obj):
        names = [obj.get("name")] + list(obj.get("aliases") or [])
        if not any(isinstance(n, str) and n and n in text for n in names):
            bad(fname, f"{where}: neither name nor any alias occurs in the text")

    ids = {}
    person_ids, agreement_ids = set(), set()
    for sec in ("persons", "agreements", "organizations"):
        for i, x in enumerate(d[sec]):
            if not check_shape(fname, sec, i, x):
                continue
            where = f"{sec}[{i}] {x.get('id')}"
            if not (isinstance(x["id"], str) and SLUG.match(x["id"])):
                bad(fname, f"{where}: id is not a slug")
            if x["id"] in ids:
                bad(fname, f"{where}: duplicate id (also in {ids[x['id']]})")
            ids[x["id"]] = sec
            if not isinstance(x["name"], str) or not x["name"]:
                bad(fname, f"{where}: empty name")
            for a in check_strlist(fname, where + " aliases", x["aliases"]):
                occurs(where + " alias", a)
            name_or_alias(where, x)
            if sec == "persons":
                person_ids.add(x["id"])
                if x["office"] is not None:
                    occurs(where + " office", x["office"])
                check_iso(fname, where, x["country"], True)
                person_names.setdefault(x["id"], {}).setdefault(x["name"], []).append(stem)
            elif sec == "agreements":
                agreement_ids.add(x["id"])
                for p in check_strlist(fname, where + " parties", x["parties"]):
                    check_iso(fname, where + " party", p, False)
            else:
                check_iso(fname, where, x["country"], True)
    place_names = set()
    for i, x in enumerate(d["countries"]):
        if not check_shape(fname, "countries", i, x):
            continue
        where = f"countries[{i}] {x.get('name')}"
        check_iso(fname, where, x["iso"], False)
        for a in check_strlist(fname, where + " aliases", x.get("aliases", [])):
            occurs(where + " alias", a)
        name_or_alias(where, x)
        place_names.add(x["name"])
    for i, x in enumerate(d["regions"]):
        if not check_shape(fname, "regions", i, x):
            continue
        where = f"regions[{i}] {x.get('name')}"
        for a in check_strlist(fname, where + " aliases", x.get("aliases", [])):
            occurs(where + " alias", a)
        name_or_alias(where, x)
    for i, x in enumerate(d["places"]):
        if not check_shape(fname, "places", i, x):
            continue
        where = f"places[{i}] {x.get('name')}"
        for a in check_strlist(fname, where + " aliases", x["aliases"]):
            occurs(where + " alias", a)
        name_or_alias(where, x)
        check_iso(fname, where, x["country"], True)
        place_names.add(x["name"])
    for sec in ("countries", "places"):
        seen = set()
        for x in d[sec]:
            if isinstance(x, dict):
                if x.get("name") in seen:
                    bad(fname, f"{sec}: duplicate name {x.get('name')!r}")
                seen.add(x.get("name"))
    for i, m in enumerate(d["meetings"]):
        if not check_shape(fname, "meetings", i, m):
            continue
        where = f"meetings[{i}]"
        if m["kind"] not in KINDS:
            bad(fname, f"{where}: kind {m['kind']!r} not allowed")
        for p in check_strlist(fname, where + " participants", m["participants"]):
            if p not in person_ids:
                bad(fname, f"{where}: participant {p!r} not in persons")
        if len(set(m["participants"])) != len(m["participants"]):
            bad(fname, f"{where}: duplicate participant")
        for c in check_strlist(fname, where + " countries", m["countries"]):
            check_iso(fname, where + " countries", c, False)
        if not valid_date(m["date"]):
            bad(fname, f"{where}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names:
            bad(fname, f"{where}: place {m['place']!r} not a name in places or countries")
        for t in check_strlist(fname, where + " topics", m["topics"]):
            if t not in TOPICS:
                bad(fname, f"{where}: topic {t!r} not allowed")
        for a in check_strlist(fname, where + " agreements", m["agreements"]):
            if a not in agreement_ids:
                bad(fname, f"{where}: agreement {a!r} not in agreements")
        occurs(where + " evidence", m["evidence"])
        if "evidence_extra" in m:
            for e in check_strlist(fname, where + " evidence_extra", m["evidence_extra"]):
                occurs(where + " evidence_extra", e)
        if "note" in m and not isinstance(m["note"], str):
            bad(fname, f"{where}: note must be a string")
    for i, c in enumerate(d["meeting_counts"]):
        if not check_shape(fname, "meeting_counts", i, c):
            continue
        where = f"meeting_counts[{i}]"
        if c["kind"] not in KINDS:
            bad(fname, f"{where}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            bad(fname, f"{where}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            bad(fname, f"{where}: year {c['year']!r} is not YYYY")
        occurs(where + " evidence", c["evidence"])


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        problems.append(f"{s}.txt: no gold file")
    for s in sorted(set(golds) - set(texts)):
        problems.append(f"{s}.json: no text file")
    person_names = {}
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            problems.append(f"{stem}.txt: {n} words, outside 550-950")
        check_file(stem, text, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            desc = "; ".join(f"{n!r} in {', '.join(v)}" for n, v in names.items())
            problems.append(f"person {pid}: different names across files: {desc}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
