#!/usr/bin/env python3
"""Check the heldout99 gold files against the format in gold/README.md.

Standard library only. Run from anywhere:  python3 check_gold.py
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

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso", "aliases"]          # aliases optional
REGION = ["name", "aliases"]                  # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

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

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def bad(fname, msg):
    problems.append(f"{fname}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y = int(m.group(1))
    if m.group(2) is not None:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3) is not None:
            day = int(m.group(3))
            if not 1 <= day <= calendar.monthrange(y, mo)[1]:
                return False
    return True


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        bad(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in required if k not in keys]
    if extra:
        bad(fname, f"{where}: unexpected fields {extra}")
    if missing:
        bad(fname, f"{where}: missing fields {missing}")
    order = [k for k in allowed if k in keys]
    if not extra and keys != order:
        bad(fname, f"{where}: fields out of order {keys}")
    return not missing


def str_list(fname, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(fname, f"{where}: must be a list of strings")
        return []
    return v


def iso_ok(fname, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        bad(fname, f"{where}: invalid ISO code {code!r}")


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_file(fname, gold, text, person_names):
    if list(gold.keys()) != TOP:
        bad(fname, f"top-level fields must be exactly {TOP}, got {list(gold.keys())}")
    stem = fname[:-5]
    if gold.get("doc") != stem + ".txt":
        bad(fname, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and YEAR.match(gold["year"])):
        bad(fname, f"year {gold.get('year')!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(gold.get(k), list):
            bad(fname, f"{k} must be a list")
            gold[k] = []

    def entity_names(where, e):
        forms = [e.get("name")] + list(e.get("aliases", []) or [])
        for a in e.get("aliases", []) or []:
            if not occurs(text, a):
                bad(fname, f"{where}: alias {a!r} not in text")
        if not any(occurs(text, f) for f in forms):
            bad(fname, f"{where}: neither name nor any alias occurs in text")

    ids = {}

    def uniq(where, i):
        if not (isinstance(i, str) and SLUG.match(i)):
            bad(fname, f"{where}: id {i!r} is not a slug")
        if i in ids:
            bad(fname, f"{where}: duplicate id {i!r} (also {ids[i]})")
        ids[i] = where

    person_ids = set()
    for n, p in enumerate(gold["persons"]):
        w = f"persons[{n}]"
        if not check_keys(fname, w, p, PERSON):
            continue
        w = f"persons[{n}] {p['id']}"
        uniq(w, p["id"])
        person_ids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            bad(fname, f"{w}: empty name")
        str_list(fname, w + " aliases", p["aliases"])
        entity_names(w, p)
        if p["office"] is not None and not occurs(text, p["office"]):
            bad(fname, f"{w}: office {p['office']!r} not in text")
        iso_ok(fname, w + " country", p["country"])
        person_names.setdefault(p["id"], {}).setdefault(p["name"], []).append(fname)

    country_names = set()
    for n, c in enumerate(gold["countries"]):
        w = f"countries[{n}]"
        if not check_keys(fname, w, c, COUNTRY[:2], ["aliases"]):
            continue
        w = f"countries[{n}] {c['name']}"
        country_names.add(c["name"])
        iso_ok(fname, w + " iso", c["iso"], allow_null=False)
        if "aliases" in c:
            str_list(fname, w + " aliases", c["aliases"])
        entity_names(w, c)

    for n, r in enumerate(gold["regions"]):
        w = f"regions[{n}]"
        if not check_keys(fname, w, r, REGION[:1], ["aliases"]):
            continue
        w = f"regions[{n}] {r['name']}"
        if "aliases" in r:
            str_list(fname, w + " aliases", r["aliases"])
        entity_names(w, r)

    agreement_ids = set()
    for n, a in enumerate(gold["agreements"]):
        w = f"agreements[{n}]"
        if not check_keys(fname, w, a, AGREEMENT):
            continue
        w = f"agreements[{n}] {a['id']}"
        uniq(w, a["id"])
        agreement_ids.add(a["id"])
        str_list(fname, w + " aliases", a["aliases"])
        entity_names(w, a)
        for code in str_list(fname, w + " parties", a["parties"]):
            iso_ok(fname, w + " parties", code, allow_null=False)

    for n, o in enumerate(gold["organizations"]):
        w = f"organizations[{n}]"
        if not check_keys(fname, w, o, ORG):
            continue
        w = f"organizations[{n}] {o['id']}"
        uniq(w, o["id"])
        str_list(fname, w + " aliases", o["aliases"])
        entity_names(w, o)
        iso_ok(fname, w + " country", o["country"])

    place_names = set()
    for n, pl in enumerate(gold["places"]):
        w = f"places[{n}]"
        if not check_keys(fname, w, pl, PLACE):
            continue
        w = f"places[{n}] {pl['name']}"
        place_names.add(pl["name"])
        str_list(fname, w + " aliases", pl["aliases"])
        entity_names(w, pl)
        iso_ok(fname, w + " country", pl["country"])

    for n, m in enumerate(gold["meetings"]):
        w = f"meetings[{n}]"
        if not check_keys(fname, w, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            bad(fname, f"{w}: kind {m['kind']!r} not allowed")
        for pid in str_list(fname, w + " participants", m["participants"]):
            if pid not in person_ids:
                bad(fname, f"{w}: participant {pid!r} not in persons")
        for code in str_list(fname, w + " countries", m["countries"]):
            iso_ok(fname, w + " countries", code, allow_null=False)
        if not valid_date(m["date"]):
            bad(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            bad(fname, f"{w}: place {m['place']!r} not in places or countries")
        for t in str_list(fname, w + " topics", m["topics"]):
            if t not in TOPICS:
                bad(fname, f"{w}: topic {t!r} not allowed")
        for aid in str_list(fname, w + " agreements", m["agreements"]):
            if aid not in agreement_ids:
                bad(fname, f"{w}: agreement {aid!r} not in agreements")
        if not occurs(text, m["evidence"]):
            bad(fname, f"{w}: evidence not in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m:
            for e in str_list(fname, w + " evidence_extra", m["evidence_extra"]):
                if not occurs(text, e):
                    bad(fname, f"{w}: evidence_extra not in text: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            bad(fname, f"{w}: note must be a string")

    for n, c in enumerate(gold["meeting_counts"]):
        w = f"meeting_counts[{n}]"
        if not check_keys(fname, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            bad(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            bad(fname, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            bad(fname, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(text, c["evidence"]):
            bad(fname, f"{w}: evidence not in text")


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        bad(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        bad(s + ".json", "gold file has no text")
    for f in texts:
        with open(os.path.join(TEXTS, f), encoding="utf-8") as fh:
            n = len(fh.read().split())
        if not 550 <= n <= 950:
            bad(f, f"{n} words, outside 550-950")
    person_names = {}
    checked = 0
    for f in golds:
        checked += 1
        stem = f[:-5]
        try:
            with open(os.path.join(GOLD, f), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            bad(f, f"cannot read JSON: {e}")
            continue
        tp = os.path.join(TEXTS, stem + ".txt")
        text = open(tp, encoding="utf-8").read() if os.path.exists(tp) else ""
        if not isinstance(gold, dict):
            bad(f, "top level is not an object")
            continue
        check_file(f, gold, text, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            bad("(set)", f"person {pid!r} has different names: " +
                "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items()))
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
