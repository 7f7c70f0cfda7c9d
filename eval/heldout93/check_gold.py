#!/usr/bin/env python3
"""Check the heldout93 gold files against the format in gold/README.md.

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
Standard library only.
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
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso", "aliases"]            # aliases optional
REGION = ["name", "aliases"]                    # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]            # + optional evidence_extra, note
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
VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def err(fname, msg):
    problems.append(f"{fname}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1 <= int(s) <= 9999
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            return 1 <= m <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(*map(int, s.split("-")))
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed_order = list(required) + list(optional)
    missing = [k for k in required if k not in obj]
    extra = [k for k in keys if k not in allowed_order]
    if missing:
        err(fname, f"{where}: missing fields {missing}")
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
    present = [k for k in allowed_order if k in obj]
    if not missing and not extra and keys != present:
        err(fname, f"{where}: fields out of order {keys} (expected {present})")
    return not missing


def str_list(fname, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(fname, f"{where}: must be a list of strings")
        return []
    return v


def iso_ok(fname, where, code, allow_null):
    if code is None:
        if not allow_null:
            err(fname, f"{where}: null not allowed")
        return
    if not isinstance(code, str) or code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_named(fname, text, where, ent, name_may_be_absent=True):
    name = ent.get("name")
    if not isinstance(name, str) or not name.strip():
        err(fname, f"{where}: name must be a non-empty string")
        return
    aliases = ent.get("aliases", [])
    aliases = str_list(fname, f"{where}.aliases", aliases)
    for a in aliases:
        if not occurs(text, a):
            err(fname, f"{where}: alias {a!r} not found verbatim in text")
    if len(set(aliases)) != len(aliases):
        err(fname, f"{where}: duplicate aliases")
    if not occurs(text, name) and not any(occurs(text, a) for a in aliases):
        err(fname, f"{where}: neither name {name!r} nor any alias occurs in text")


def check_file(fname, data, text, person_names):
    if not isinstance(data, dict):
        err(fname, "top level is not an object")
        return
    keys = list(data.keys())
    if keys != TOP:
        err(fname, f"top-level fields must be exactly {TOP} in order, got {keys}")
    stem = fname[:-5]
    if data.get("doc") != stem + ".txt":
        err(fname, f"doc must be {stem + '.txt'!r}, got {data.get('doc')!r}")
    y = data.get("year")
    if not isinstance(y, str) or not YEAR.match(y):
        err(fname, f"year must be a YYYY string, got {y!r}")

    ids = set()

    def take_id(where, i):
        if not isinstance(i, str) or not SLUG.match(i):
            err(fname, f"{where}: id {i!r} is not a slug")
        elif i in ids:
            err(fname, f"{where}: duplicate id {i!r}")
        else:
            ids.add(i)

    person_ids = set()
    for n, p in enumerate(data.get("persons", []) or []):
        w = f"persons[{n}]"
        if not check_keys(fname, w, p, PERSON):
            continue
        take_id(w, p["id"])
        person_ids.add(p["id"])
        check_named(fname, text, w, p)
        if p["office"] is not None:
            if not isinstance(p["office"], str) or not occurs(text, p["office"]):
                err(fname, f"{w}: office {p['office']!r} not found verbatim in text")
        iso_ok(fname, f"{w}.country", p["country"], True)
        if isinstance(p["id"], str) and isinstance(p["name"], str):
            person_names.setdefault(p["id"], {}).setdefault(p["name"], []).append(fname)

    names_for_place = set()
    for n, c in enumerate(data.get("countries", []) or []):
        w = f"countries[{n}]"
        if not check_keys(fname, w, c, ["name", "iso"], ["aliases"]):
            continue
        check_named(fname, text, w, c)
        iso_ok(fname, f"{w}.iso", c["iso"], False)
        names_for_place.add(c["name"])

    for n, r in enumerate(data.get("regions", []) or []):
        w = f"regions[{n}]"
        if not check_keys(fname, w, r, ["name"], ["aliases"]):
            continue
        check_named(fname, text, w, r)

    agreement_ids = set()
    for n, a in enumerate(data.get("agreements", []) or []):
        w = f"agreements[{n}]"
        if not check_keys(fname, w, a, AGREEMENT):
            continue
        take_id(w, a["id"])
        agreement_ids.add(a["id"])
        check_named(fname, text, w, a)
        for code in str_list(fname, f"{w}.parties", a["parties"]):
            iso_ok(fname, f"{w}.parties", code, False)

    for n, o in enumerate(data.get("organizations", []) or []):
        w = f"organizations[{n}]"
        if not check_keys(fname, w, o, ORG):
            continue
        take_id(w, o["id"])
        check_named(fname, text, w, o)
        iso_ok(fname, f"{w}.country", o["country"], True)

    for n, pl in enumerate(data.get("places", []) or []):
        w = f"places[{n}]"
        if not check_keys(fname, w, pl, PLACE):
            continue
        check_named(fname, text, w, pl)
        iso_ok(fname, f"{w}.country", pl["country"], True)
        names_for_place.add(pl["name"])

    for n, m in enumerate(data.get("meetings", []) or []):
        w = f"meetings[{n}]"
        if not check_keys(fname, w, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(fname, f"{w}: kind {m['kind']!r} not allowed")
        for pid in str_list(fname, f"{w}.participants", m["participants"]):
            if pid not in person_ids:
                err(fname, f"{w}: participant {pid!r} is not a listed person")
        for code in str_list(fname, f"{w}.countries", m["countries"]):
            iso_ok(fname, f"{w}.countries", code, False)
        if not valid_date(m["date"]):
            err(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in names_for_place:
            err(fname, f"{w}: place {m['place']!r} is not a name in places or countries")
        for t in str_list(fname, f"{w}.topics", m["topics"]):
            if t not in TOPICS:
                err(fname, f"{w}: topic {t!r} not allowed")
        for aid in str_list(fname, f"{w}.agreements", m["agreements"]):
            if aid not in agreement_ids:
                err(fname, f"{w}: agreement {aid!r} is not a listed agreement")
        if not occurs(text, m["evidence"]):
            err(fname, f"{w}: evidence not found verbatim in text")
        if "evidence_extra" in m:
            for e in str_list(fname, f"{w}.evidence_extra", m["evidence_extra"]):
                if not occurs(text, e):
                    err(fname, f"{w}: evidence_extra {e[:60]!r}... not found verbatim")
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{w}: note must be a string")

    for n, c in enumerate(data.get("meeting_counts", []) or []):
        w = f"meeting_counts[{n}]"
        if not check_keys(fname, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            err(fname, f"{w}: count must be a positive integer")
        if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
            err(fname, f"{w}: year must be YYYY")
        if not occurs(text, c["evidence"]):
            err(fname, f"{w}: evidence not found verbatim in text")

    for key in ("persons", "countries", "regions", "agreements", "organizations",
                "places", "meetings", "meeting_counts"):
        if key in data and not isinstance(data[key], list):
            err(fname, f"{key} must be a list")


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    for f in texts:
        with open(os.path.join(TEXTS, f), encoding="utf-8") as fh:
            n = len(fh.read().split())
        if not 550 <= n <= 950:
            err(f, f"{n} words (must be 550-950)")
    person_names = {}
    checked = 0
    for f in golds:
        stem = f[:-5]
        if stem not in tstems:
            continue
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD, f), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            err(f, f"cannot read JSON: {e}")
            continue
        checked += 1
        check_file(f, data, text, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            err("set", f"person id {pid!r} has different names across files: "
                       + "; ".join(f"{k!r} in {v}" for k, v in names.items()))
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
