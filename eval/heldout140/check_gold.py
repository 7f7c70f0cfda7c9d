#!/usr/bin/env python3
"""Check the heldout140 gold files against the format in gold/README.md.

Standard library only. Run from anywhere:  python3 check_gold.py
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
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso", "aliases"]
COUNTRY_REQ = ["name", "iso"]
REGION = ["name", "aliases"]
REGION_REQ = ["name"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]

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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
problems = []


def err(where, msg):
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
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in required if k not in keys]
    if extra:
        err(where, f"unexpected fields {extra}")
    if missing:
        err(where, f"missing fields {missing}")
    order = [k for k in allowed if k in keys]
    if not extra and keys != order:
        err(where, f"fields out of order: {keys}, expected order {order}")
    return not missing


def str_list(where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(where, "must be a list of strings")
        return []
    return v


def iso_ok(where, code, nullable):
    if code is None:
        if not nullable:
            err(where, "ISO code must not be null")
        return
    if code not in ISO:
        err(where, f"invalid ISO code {code!r}")


def occurs(where, s, text):
    if not isinstance(s, str) or not s:
        err(where, "empty or non-string value")
    elif s not in text:
        err(where, f"not found verbatim in text: {s!r}")


def check_file(stem, text, gold, person_names):
    w = stem
    if not isinstance(gold, dict):
        err(w, "top level is not an object")
        return
    if list(gold.keys()) != TOP:
        err(w, f"top-level fields must be exactly {TOP}, got {list(gold.keys())}")
    if gold.get("doc") != stem + ".txt":
        err(w, f"doc should be {stem + '.txt'!r}, got {gold.get('doc')!r}")
    year = gold.get("year")
    if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year)):
        err(w, f"year must be a YYYY string, got {year!r}")

    ids = set()
    person_ids = set()
    for i, p in enumerate(gold.get("persons") or []):
        pw = f"{w} persons[{i}]"
        if not check_keys(pw, p, PERSON):
            continue
        pid = p["id"]
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(pw, f"bad id {pid!r}")
        if pid in ids:
            err(pw, f"duplicate id {pid!r}")
        ids.add(pid)
        person_ids.add(pid)
        if not isinstance(p["name"], str) or not p["name"]:
            err(pw, "name must be a non-empty string")
        als = str_list(pw + " aliases", p["aliases"])
        for a in als:
            occurs(pw + " alias", a, text)
        if not (isinstance(p["name"], str) and p["name"] in text) and not any(a in text for a in als):
            err(pw, "neither name nor any alias occurs in the text")
        if p["office"] is not None:
            occurs(pw + " office", p["office"], text)
        iso_ok(pw + " country", p["country"], True)
        person_names.setdefault(pid, set()).add((p["name"], stem))

    country_names = set()
    for i, c in enumerate(gold.get("countries") or []):
        cw = f"{w} countries[{i}]"
        if not check_keys(cw, c, COUNTRY_REQ, ["aliases"]):
            continue
        iso_ok(cw + " iso", c["iso"], False)
        als = str_list(cw + " aliases", c.get("aliases", []))
        for a in als:
            occurs(cw + " alias", a, text)
        if c["name"] not in text and not any(a in text for a in als):
            err(cw, f"neither name {c['name']!r} nor any alias occurs in the text")
        country_names.add(c["name"])

    for i, r in enumerate(gold.get("regions") or []):
        rw = f"{w} regions[{i}]"
        if not check_keys(rw, r, REGION_REQ, ["aliases"]):
            continue
        als = str_list(rw + " aliases", r.get("aliases", []))
        for a in als:
            occurs(rw + " alias", a, text)
        if r["name"] not in text and not any(a in text for a in als):
            err(rw, f"neither name {r['name']!r} nor any alias occurs in the text")

    agreement_ids = set()
    for i, a in enumerate(gold.get("agreements") or []):
        aw = f"{w} agreements[{i}]"
        if not check_keys(aw, a, AGREEMENT):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            err(aw, f"bad id {a['id']!r}")
        if a["id"] in ids:
            err(aw, f"duplicate id {a['id']!r}")
        ids.add(a["id"])
        agreement_ids.add(a["id"])
        als = str_list(aw + " aliases", a["aliases"])
        for x in als:
            occurs(aw + " alias", x, text)
        if a["name"] not in text and not any(x in text for x in als):
            err(aw, "neither name nor any alias occurs in the text")
        for code in str_list(aw + " parties", a["parties"]):
            iso_ok(aw + " parties", code, False)

    for i, o in enumerate(gold.get("organizations") or []):
        ow = f"{w} organizations[{i}]"
        if not check_keys(ow, o, ORG):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            err(ow, f"bad id {o['id']!r}")
        if o["id"] in ids:
            err(ow, f"duplicate id {o['id']!r}")
        ids.add(o["id"])
        als = str_list(ow + " aliases", o["aliases"])
        for x in als:
            occurs(ow + " alias", x, text)
        if o["name"] not in text and not any(x in text for x in als):
            err(ow, "neither name nor any alias occurs in the text")
        iso_ok(ow + " country", o["country"], True)

    place_names = set()
    for i, pl in enumerate(gold.get("places") or []):
        lw = f"{w} places[{i}]"
        if not check_keys(lw, pl, PLACE):
            continue
        als = str_list(lw + " aliases", pl["aliases"])
        for x in als:
            occurs(lw + " alias", x, text)
        if pl["name"] not in text and not any(x in text for x in als):
            err(lw, "neither name nor any alias occurs in the text")
        iso_ok(lw + " country", pl["country"], True)
        place_names.add(pl["name"])

    for i, m in enumerate(gold.get("meetings") or []):
        mw = f"{w} meetings[{i}]"
        if not check_keys(mw, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(mw, f"unknown kind {m['kind']!r}")
        for pid in str_list(mw + " participants", m["participants"]):
            if pid not in person_ids:
                err(mw, f"participant {pid!r} is not a listed person")
        for code in str_list(mw + " countries", m["countries"]):
            iso_ok(mw + " countries", code, False)
        if not valid_date(m["date"]):
            err(mw, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            err(mw, f"place {m['place']!r} is not in places or countries")
        for t in str_list(mw + " topics", m["topics"]):
            if t not in TOPICS:
                err(mw, f"unknown topic {t!r}")
        for aid in str_list(mw + " agreements", m["agreements"]):
            if aid not in agreement_ids:
                err(mw, f"agreement {aid!r} is not listed")
        occurs(mw + " evidence", m["evidence"], text)
        if "evidence_extra" in m:
            for x in str_list(mw + " evidence_extra", m["evidence_extra"]):
                occurs(mw + " evidence_extra", x, text)
        if "note" in m and not isinstance(m["note"], str):
            err(mw, "note must be a string")

    for i, c in enumerate(gold.get("meeting_counts") or []):
        kw = f"{w} meeting_counts[{i}]"
        if not check_keys(kw, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(kw, f"unknown kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(kw, f"count must be a positive integer, got {c['count']!r}")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(kw, f"year must be YYYY, got {c['year']!r}")
        occurs(kw + " evidence", c["evidence"], text)

    for key in ("persons", "countries", "regions", "agreements", "organizations",
                "places", "meetings", "meeting_counts"):
        if not isinstance(gold.get(key), list):
            err(w, f"{key} must be a list")


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(stem, f"{n} words, outside 550-950")
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            err(stem, f"cannot read gold JSON: {e}")
            continue
        check_file(stem, text, gold, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len({n for n, _ in names}) > 1:
            err("set", f"person {pid!r} has different names: {sorted(names)}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
