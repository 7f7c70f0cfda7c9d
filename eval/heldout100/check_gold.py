#!/usr/bin/env python3
"""Check the heldout100 gold files against their texts and the format of gold/README.md.

Python 3 standard library only. Run from anywhere:
    python3 check_gold.py
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

MIN_WORDS, MAX_WORDS = 550, 950

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
# (required fields in order, optional trailing fields in order)
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
# ISO 3166-1 alpha-2 officially assigned codes, plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW SU
""".split())
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


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


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_shape(where, entry, section):
    req, opt = SHAPES[section]
    if not isinstance(entry, dict):
        bad(where, "entry is not an object")
        return False
    keys = list(entry.keys())
    if keys[:len(req)] != req:
        bad(where, f"fields {keys} do not start with {req}")
        return False
    rest = keys[len(req):]
    pos = -1
    for k in rest:
        if k not in opt:
            bad(where, f"unexpected field {k!r}")
            return False
        if opt.index(k) <= pos:
            bad(where, f"optional field {k!r} out of order")
            return False
        pos = opt.index(k)
    return True


def iso_ok(where, code, allow_null):
    if code is None and allow_null:
        return
    if code not in ISO:
        bad(where, f"invalid ISO code {code!r}")


def occurs(where, s, text, what):
    if not isinstance(s, str) or not s:
        bad(where, f"{what} is not a non-empty string")
    elif s not in text:
        bad(where, f"{what} not found verbatim in text: {s!r}")


def check_file(stem, text, g, person_names):
    w = stem
    if not isinstance(g, dict):
        bad(w, "gold is not an object")
        return
    if list(g.keys()) != TOP:
        bad(w, f"top-level fields {list(g.keys())} != {TOP}")
        return
    if g["doc"] != stem + ".txt":
        bad(w, f"doc {g['doc']!r} does not name the text")
    if not (isinstance(g["year"], str) and YEAR.match(g["year"])):
        bad(w, f"year {g['year']!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(g[sec], list):
            bad(w, f"{sec} is not a list")
            return

    ids = {}
    person_ids, agreement_ids = set(), set()
    for i, p in enumerate(g["persons"]):
        where = f"{w} persons[{i}]"
        if not check_shape(where, p, "persons"):
            continue
        if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
            bad(where, f"bad slug id {p['id']!r}")
        if p["id"] in ids:
            bad(where, f"duplicate id {p['id']!r}")
        ids[p["id"]] = "person"
        person_ids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            bad(where, "name is not a non-empty string")
        if not is_str_list(p["aliases"]):
            bad(where, "aliases is not a list of strings")
        else:
            for a in p["aliases"]:
                occurs(where, a, text, "alias")
            if p["name"] not in text and not any(a in text for a in p["aliases"]):
                bad(where, "neither name nor any alias occurs in text")
        if p["office"] is not None:
            occurs(where, p["office"], text, "office")
        iso_ok(where, p["country"], True)
        prev = person_names.setdefault(p["id"], (p["name"], stem))
        if prev[0] != p["name"]:
            bad(where, f"person {p['id']!r} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")

    country_names = set()
    for i, c in enumerate(g["countries"]):
        where = f"{w} countries[{i}]"
        if not check_shape(where, c, "countries"):
            continue
        iso_ok(where, c["iso"], False)
        als = c.get("aliases", [])
        if not is_str_list(als):
            bad(where, "aliases is not a list of strings")
            als = []
        for a in als:
            occurs(where, a, text, "alias")
        if c["name"] not in text and not any(a in text for a in als):
            bad(where, "neither name nor any alias occurs in text")
        country_names.add(c["name"])

    for i, r in enumerate(g["regions"]):
        where = f"{w} regions[{i}]"
        if not check_shape(where, r, "regions"):
            continue
        als = r.get("aliases", [])
        if not is_str_list(als):
            bad(where, "aliases is not a list of strings")
            als = []
        for a in als:
            occurs(where, a, text, "alias")
        if r["name"] not in text and not any(a in text for a in als):
            bad(where, "neither name nor any alias occurs in text")

    for i, a in enumerate(g["agreements"]):
        where = f"{w} agreements[{i}]"
        if not check_shape(where, a, "agreements"):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            bad(where, f"bad slug id {a['id']!r}")
        if a["id"] in ids:
            bad(where, f"duplicate id {a['id']!r}")
        ids[a["id"]] = "agreement"
        agreement_ids.add(a["id"])
        if not is_str_list(a["aliases"]):
            bad(where, "aliases is not a list of strings")
        else:
            for al in a["aliases"]:
                occurs(where, al, text, "alias")
            if a["name"] not in text and not any(al in text for al in a["aliases"]):
                bad(where, "neither name nor any alias occurs in text")
        if not is_str_list(a["parties"]):
            bad(where, "parties is not a list of strings")
        else:
            for code in a["parties"]:
                iso_ok(where, code, False)

    for i, o in enumerate(g["organizations"]):
        where = f"{w} organizations[{i}]"
        if not check_shape(where, o, "organizations"):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            bad(where, f"bad slug id {o['id']!r}")
        if o["id"] in ids:
            bad(where, f"duplicate id {o['id']!r}")
        ids[o["id"]] = "organization"
        if not is_str_list(o["aliases"]):
            bad(where, "aliases is not a list of strings")
        else:
            for al in o["aliases"]:
                occurs(where, al, text, "alias")
            if o["name"] not in text and not any(al in text for al in o["aliases"]):
                bad(where, "neither name nor any alias occurs in text")
        iso_ok(where, o["country"], True)

    place_names = set()
    for i, pl in enumerate(g["places"]):
        where = f"{w} places[{i}]"
        if not check_shape(where, pl, "places"):
            continue
        if not is_str_list(pl["aliases"]):
            bad(where, "aliases is not a list of strings")
        else:
            for al in pl["aliases"]:
                occurs(where, al, text, "alias")
            if pl["name"] not in text and not any(al in text for al in pl["aliases"]):
                bad(where, "neither name nor any alias occurs in text")
        iso_ok(where, pl["country"], True)
        if pl["name"] in place_names:
            bad(where, f"duplicate place {pl['name']!r}")
        place_names.add(pl["name"])

    for i, m in enumerate(g["meetings"]):
        where = f"{w} meetings[{i}]"
        if not check_shape(where, m, "meetings"):
            continue
        if m["kind"] not in KINDS:
            bad(where, f"unknown kind {m['kind']!r}")
        if not is_str_list(m["participants"]):
            bad(where, "participants is not a list of strings")
        else:
            for pid in m["participants"]:
                if pid not in person_ids:
                    bad(where, f"participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                bad(where, "duplicate participant")
        if not is_str_list(m["countries"]):
            bad(where, "countries is not a list of strings")
        else:
            for code in m["countries"]:
                iso_ok(where, code, False)
        if not valid_date(m["date"]):
            bad(where, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names and m["place"] not in country_names:
            bad(where, f"place {m['place']!r} is not in places or countries")
        if not is_str_list(m["topics"]):
            bad(where, "topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    bad(where, f"unknown topic {t!r}")
        if not is_str_list(m["agreements"]):
            bad(where, "agreements is not a list of strings")
        else:
            for aid in m["agreements"]:
                if aid not in agreement_ids:
                    bad(where, f"agreement {aid!r} is not a listed agreement")
        occurs(where, m["evidence"], text, "evidence")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                bad(where, "evidence_extra is not a list of strings")
            else:
                for e in m["evidence_extra"]:
                    occurs(where, e, text, "evidence_extra")
        if "note" in m and not (isinstance(m["note"], str) and m["note"]):
            bad(where, "note is not a non-empty string")

    for i, c in enumerate(g["meeting_counts"]):
        where = f"{w} meeting_counts[{i}]"
        if not check_shape(where, c, "meeting_counts"):
            continue
        if c["kind"] not in KINDS:
            bad(where, f"unknown kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            bad(where, f"count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            bad(where, f"year {c['year']!r} is not YYYY")
        occurs(where, c["evidence"], text, "evidence")


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        bad(s, "text has no gold file")
    for s in sorted(golds - texts):
        bad(s, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts | golds):
        tpath = os.path.join(TEXTS, stem + ".txt")
        gpath = os.path.join(GOLD, stem + ".json")
        text = None
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not MIN_WORDS <= n <= MAX_WORDS:
                bad(stem, f"text has {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if text is None or not os.path.exists(gpath):
            continue
        try:
            with open(gpath, encoding="utf-8") as fh:
                g = json.load(fh)
        except (ValueError, OSError) as exc:
            bad(stem, f"cannot read gold JSON: {exc}")
            continue
        checked += 1
        check_file(stem, text, g, person_names)
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
