#!/usr/bin/env python3
"""Checker for the heldout85 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
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
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place",
                  "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


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


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_fields(f, sect, i, e):
    req, opt = FIELDS[sect]
    if not isinstance(e, dict):
        err(f, f"{sect}[{i}] is not an object")
        return False
    keys = list(e.keys())
    allowed = req + opt
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in req if k not in keys]
    if extra:
        err(f, f"{sect}[{i}] unexpected fields {extra}")
    if missing:
        err(f, f"{sect}[{i}] missing fields {missing}")
    # order: present keys must follow the documented order
    order = [k for k in allowed if k in keys]
    if not extra and keys != order:
        err(f, f"{sect}[{i}] fields out of order {keys}")
    return not missing


def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    nfiles = 0
    for stem in golds:
        f = stem + ".json"
        nfiles += 1
        if stem not in texts:
            continue
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (need 550-950)")
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as ex:  # noqa
            err(f, f"invalid JSON: {ex}")
            continue
        if list(d.keys()) != TOP:
            err(f, f"top-level fields {list(d.keys())} != {TOP}")
            if not all(k in d for k in TOP):
                continue
        if d["doc"] != stem + ".txt":
            err(f, f"doc {d['doc']!r} does not name the text")
        if not (isinstance(d["year"], str) and re.fullmatch(r"\d{4}", d["year"])):
            err(f, f"year {d['year']!r} is not YYYY")
        for sect in TOP[2:]:
            if not isinstance(d[sect], list):
                err(f, f"{sect} is not a list")
                d[sect] = []

        def occurs(s, what):
            if not isinstance(s, str) or s not in text:
                err(f, f"{what} not found verbatim: {s!r}")

        ids = {}
        for sect in ("persons", "agreements", "organizations"):
            seen = set()
            for i, e in enumerate(d[sect]):
                if not check_fields(f, sect, i, e):
                    continue
                if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
                    err(f, f"{sect}[{i}] id {e['id']!r} is not a slug")
                if e["id"] in seen:
                    err(f, f"{sect} duplicate id {e['id']}")
                seen.add(e["id"])
            ids[sect] = seen
        # entity checks
        for sect in ("persons", "countries", "regions", "agreements", "organizations", "places"):
            for i, e in enumerate(d[sect]):
                if not check_fields(f, sect, i, e):
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    err(f, f"{sect}[{i}] bad name")
                al = e.get("aliases", [])
                if not is_str_list(al):
                    err(f, f"{sect}[{i}] aliases not a list of strings")
                    al = []
                for a in al:
                    occurs(a, f"{sect} {e['name']!r} alias")
                if e["name"] not in text and not any(a in text for a in al):
                    err(f, f"{sect} {e['name']!r}: neither name nor any alias occurs")
                if sect == "persons":
                    if e["office"] is not None:
                        occurs(e["office"], f"office of {e['id']}")
                    if e["country"] is not None and e["country"] not in ISO:
                        err(f, f"person {e['id']} bad country {e['country']!r}")
                    prev = person_names.get(e["id"])
                    if prev and prev[0] != e["name"]:
                        err(f, f"person {e['id']} name {e['name']!r} differs from {prev[0]!r} in {prev[1]}")
                    elif not prev:
                        person_names[e["id"]] = (e["name"], f)
                if sect == "countries" and e["iso"] not in ISO:
                    err(f, f"country {e['name']!r} bad iso {e['iso']!r}")
                if sect in ("organizations", "places") and e["country"] is not None and e["country"] not in ISO:
                    err(f, f"{sect} {e['name']!r} bad country {e['country']!r}")
                if sect == "agreements":
                    if not is_str_list(e["parties"]):
                        err(f, f"agreement {e['id']} parties not a list")
                    else:
                        for p in e["parties"]:
                            if p not in ISO:
                                err(f, f"agreement {e['id']} bad party {p!r}")
        pid = ids.get("persons", set())
        aid = ids.get("agreements", set())
        place_names = {p.get("name") for p in d["places"] if isinstance(p, dict)} | \
                      {c.get("name") for c in d["countries"] if isinstance(c, dict)}
        for i, m in enumerate(d["meetings"]):
            if not check_fields(f, "meetings", i, m):
                continue
            tag = f"meetings[{i}]"
            if m["kind"] not in KINDS:
                err(f, f"{tag} bad kind {m['kind']!r}")
            for p in m["participants"]:
                if p not in pid:
                    err(f, f"{tag} participant {p!r} not in persons")
            for c in m["countries"]:
                if c not in ISO:
                    err(f, f"{tag} bad country {c!r}")
            if not valid_date(m["date"]):
                err(f, f"{tag} bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names:
                err(f, f"{tag} place {m['place']!r} not in places or countries")
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, f"{tag} bad topic {t!r}")
            for a in m["agreements"]:
                if a not in aid:
                    err(f, f"{tag} agreement {a!r} not in agreements")
            occurs(m["evidence"], f"{tag} evidence")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, f"{tag} evidence_extra not a list of strings")
                else:
                    for x in m["evidence_extra"]:
                        occurs(x, f"{tag} evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{tag} note is not a string")
        for i, c in enumerate(d["meeting_counts"]):
            if not check_fields(f, "meeting_counts", i, c):
                continue
            if c["kind"] not in KINDS:
                err(f, f"meeting_counts[{i}] bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"meeting_counts[{i}] count {c['count']!r} not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"meeting_counts[{i}] year {c['year']!r} not YYYY")
            occurs(c["evidence"], f"meeting_counts[{i}] evidence")
    for e in errors:
        print(e)
    print(f"checked {nfiles} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
