#!/usr/bin/env python3
"""Checker for the heldout78 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import calendar
import json
import os
import re
import sys

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
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
F_PERSON = ["id", "name", "aliases", "office", "country"]
F_COUNTRY = ["name", "iso"]            # + optional aliases
F_REGION = ["name"]                    # + optional aliases
F_AGREEMENT = ["id", "name", "aliases", "parties"]
F_ORG = ["id", "name", "aliases", "country"]
F_PLACE = ["name", "aliases", "country"]
F_MEETING = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
F_MEETING_OPT = ["evidence_extra", "note"]
F_COUNT = ["kind", "count", "year", "evidence"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(fname, f"{where}: fields {keys} do not start with {required} in order")
        return False
    rest = keys[len(required):]
    allowed = [k for k in optional]
    # optional fields must be in documented order
    pos = -1
    for k in rest:
        if k not in allowed:
            err(fname, f"{where}: unexpected field '{k}'")
            return False
        p = allowed.index(k)
        if p <= pos:
            err(fname, f"{where}: optional fields out of order")
            return False
        pos = p
    return True


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y, mo, da = m.groups()
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if da is not None:
        if not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
            return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_file(fname, gold, text, person_names):
    if not check_keys(fname, "top level", gold, TOP):
        return
    if len(gold) != len(TOP):
        err(fname, "top level: wrong number of fields")
    stem = fname[:-5]
    if gold["doc"] != stem + ".txt":
        err(fname, f"doc '{gold['doc']}' does not name the text {stem}.txt")
    if not (isinstance(gold["year"], str) and re.fullmatch(r"\d{4}", gold["year"])):
        err(fname, f"year '{gold['year']}' is not YYYY")
    for k in TOP[2:]:
        if not isinstance(gold[k], list):
            err(fname, f"{k} is not a list")
            return

    def ent_present(where, name, aliases, name_may_be_absent=True):
        for a in aliases:
            if not occurs(text, a):
                err(fname, f"{where}: alias '{a}' not found verbatim in text")
        if not (occurs(text, name) or any(occurs(text, a) for a in aliases)):
            err(fname, f"{where}: neither name '{name}' nor any alias occurs in text")

    ids_seen = {}

    def slug_id(where, i):
        if not (isinstance(i, str) and SLUG.match(i)):
            err(fname, f"{where}: id '{i}' is not a slug")
        key = where.split("[")[0]
        ids_seen.setdefault(key, set())
        if i in ids_seen[key]:
            err(fname, f"{where}: duplicate id '{i}'")
        ids_seen[key].add(i)

    person_ids = set()
    for n, p in enumerate(gold["persons"]):
        w = f"persons[{n}]"
        if not check_keys(fname, w, p, F_PERSON):
            continue
        slug_id(w, p["id"])
        person_ids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            err(fname, f"{w}: bad name")
        if not is_str_list(p["aliases"]):
            err(fname, f"{w}: aliases not a list of strings")
            continue
        ent_present(w + f" ({p['id']})", p["name"], p["aliases"])
        if p["office"] is not None and not occurs(text, p["office"]):
            err(fname, f"{w} ({p['id']}): office '{p['office']}' not found verbatim")
        if p["country"] is not None and p["country"] not in ISO:
            err(fname, f"{w}: bad country code '{p['country']}'")
        prev = person_names.setdefault(p["id"], (p["name"], fname))
        if prev[0] != p["name"]:
            err(fname, f"{w}: person '{p['id']}' named '{p['name']}' but '{prev[0]}' in {prev[1]}")

    country_names = set()
    for n, c in enumerate(gold["countries"]):
        w = f"countries[{n}]"
        if not check_keys(fname, w, c, F_COUNTRY, ["aliases"]):
            continue
        country_names.add(c["name"])
        if c["iso"] not in ISO:
            err(fname, f"{w}: bad iso '{c['iso']}'")
        al = c.get("aliases", [])
        if not is_str_list(al):
            err(fname, f"{w}: aliases not a list of strings")
            continue
        ent_present(w + f" ({c['name']})", c["name"], al)

    for n, r in enumerate(gold["regions"]):
        w = f"regions[{n}]"
        if not check_keys(fname, w, r, F_REGION, ["aliases"]):
            continue
        al = r.get("aliases", [])
        if not is_str_list(al):
            err(fname, f"{w}: aliases not a list of strings")
            continue
        ent_present(w + f" ({r['name']})", r["name"], al)

    agreement_ids = set()
    for n, a in enumerate(gold["agreements"]):
        w = f"agreements[{n}]"
        if not check_keys(fname, w, a, F_AGREEMENT):
            continue
        slug_id(w, a["id"])
        agreement_ids.add(a["id"])
        if not is_str_list(a["aliases"]) or not is_str_list(a["parties"]):
            err(fname, f"{w}: aliases/parties not lists of strings")
            continue
        ent_present(w + f" ({a['id']})", a["name"], a["aliases"])
        for iso in a["parties"]:
            if iso not in ISO:
                err(fname, f"{w}: bad party code '{iso}'")

    for n, o in enumerate(gold["organizations"]):
        w = f"organizations[{n}]"
        if not check_keys(fname, w, o, F_ORG):
            continue
        slug_id(w, o["id"])
        if not is_str_list(o["aliases"]):
            err(fname, f"{w}: aliases not a list of strings")
            continue
        ent_present(w + f" ({o['id']})", o["name"], o["aliases"])
        if o["country"] is not None and o["country"] not in ISO:
            err(fname, f"{w}: bad country code '{o['country']}'")

    place_names = set()
    for n, p in enumerate(gold["places"]):
        w = f"places[{n}]"
        if not check_keys(fname, w, p, F_PLACE):
            continue
        place_names.add(p["name"])
        if not is_str_list(p["aliases"]):
            err(fname, f"{w}: aliases not a list of strings")
            continue
        ent_present(w + f" ({p['name']})", p["name"], p["aliases"])
        if p["country"] is not None and p["country"] not in ISO:
            err(fname, f"{w}: bad country code '{p['country']}'")

    for n, m in enumerate(gold["meetings"]):
        w = f"meetings[{n}]"
        if not check_keys(fname, w, m, F_MEETING, F_MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(fname, f"{w}: bad kind '{m['kind']}'")
        for pid in m["participants"]:
            if pid not in person_ids:
                err(fname, f"{w}: participant '{pid}' not in persons")
        for iso in m["countries"]:
            if iso not in ISO:
                err(fname, f"{w}: bad country code '{iso}'")
        if not valid_date(m["date"]):
            err(fname, f"{w}: bad date '{m['date']}'")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            err(fname, f"{w}: place '{m['place']}' not in places or countries")
        for tp in m["topics"]:
            if tp not in TOPICS:
                err(fname, f"{w}: bad topic '{tp}'")
        for aid in m["agreements"]:
            if aid not in agreement_ids:
                err(fname, f"{w}: agreement '{aid}' not in agreements")
        if not occurs(text, m["evidence"]):
            err(fname, f"{w}: evidence not found verbatim: {str(m['evidence'])[:60]!r}")
        for x in m.get("evidence_extra", []):
            if not occurs(text, x):
                err(fname, f"{w}: evidence_extra not found verbatim: {str(x)[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{w}: note is not a string")

    for n, c in enumerate(gold["meeting_counts"]):
        w = f"meeting_counts[{n}]"
        if not check_keys(fname, w, c, F_COUNT):
            continue
        if c["kind"] not in KINDS:
            err(fname, f"{w}: bad kind '{c['kind']}'")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(fname, f"{w}: count is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(fname, f"{w}: year is not YYYY")
        if not occurs(text, c["evidence"]):
            err(fname, f"{w}: evidence not found verbatim")


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for g in golds:
        stem = g[:-5]
        if stem not in tstems:
            continue
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        nw = len(text.split())
        if not 550 <= nw <= 950:
            err(stem + ".txt", f"{nw} words, outside 550-950")
        try:
            gold = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except ValueError as e:
            err(g, f"invalid JSON: {e}")
            continue
        checked += 1
        check_file(g, gold, text, person_names)
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
