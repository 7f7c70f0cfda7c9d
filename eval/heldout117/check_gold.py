#!/usr/bin/env python3
"""Checker for the heldout117 gold files (Python 3 standard library only).

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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_fields(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    for k in keys:
        if k not in allowed:
            err(where, f"unexpected field {k!r}")
    present = [k for k in allowed if k in keys]
    if keys != present:
        err(where, f"fields out of order: {keys}")
    for k in required:
        if k not in obj:
            err(where, f"missing field {k!r}")
    return all(k in obj for k in required)


def check_iso(where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(where, f"invalid ISO code {code!r}")


def check_strlist(where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(where, "must be a list of strings")
        return []
    return v


def check_verbatim(where, s, text, what):
    if not isinstance(s, str) or not s:
        err(where, f"{what} is not a non-empty string")
    elif s not in text:
        err(where, f"{what} not verbatim in text: {s!r}")


def check_entity_mentioned(where, ent, text):
    names = [ent.get("name")] + list(ent.get("aliases") or [])
    if not any(isinstance(n, str) and n and n in text for n in names):
        err(where, f"neither name nor any alias occurs in text: {ent.get('name')!r}")


def check_file(stem, gold, text, person_names):
    w = stem
    if list(gold.keys()) != TOP:
        err(w, f"top-level fields must be exactly {TOP}, got {list(gold.keys())}")
    if gold.get("doc") != stem + ".txt":
        err(w, f"doc {gold.get('doc')!r} does not name the text {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and re.fullmatch(r"\d{4}", gold.get("year", ""))):
        err(w, f"year must be a YYYY string, got {gold.get('year')!r}")

    ids = set()

    def uniq(where, i):
        if not isinstance(i, str) or not SLUG.match(i):
            err(where, f"id is not a slug: {i!r}")
        if i in ids:
            err(where, f"duplicate id {i!r}")
        ids.add(i)

    person_ids = set()
    for n, p in enumerate(gold.get("persons", [])):
        pw = f"{w}: persons[{n}]"
        if not check_fields(pw, p, PERSON):
            continue
        uniq(pw, p["id"])
        person_ids.add(p["id"])
        for a in check_strlist(pw + ".aliases", p["aliases"]):
            check_verbatim(pw, a, text, "alias")
        if p["office"] is not None:
            check_verbatim(pw, p["office"], text, "office")
        check_iso(pw + ".country", p["country"], allow_null=True)
        check_entity_mentioned(pw, p, text)
        person_names.setdefault(p["id"], {}).setdefault(p["name"], []).append(stem)

    names_for_place = set()
    for n, c in enumerate(gold.get("countries", [])):
        cw = f"{w}: countries[{n}]"
        if not check_fields(cw, c, ["name", "iso"], ["aliases"]):
            continue
        check_iso(cw, c["iso"])
        for a in check_strlist(cw + ".aliases", c.get("aliases", [])):
            check_verbatim(cw, a, text, "alias")
        check_entity_mentioned(cw, c, text)
        names_for_place.add(c["name"])

    for n, r in enumerate(gold.get("regions", [])):
        rw = f"{w}: regions[{n}]"
        if not check_fields(rw, r, ["name"], ["aliases"]):
            continue
        for a in check_strlist(rw + ".aliases", r.get("aliases", [])):
            check_verbatim(rw, a, text, "alias")
        check_entity_mentioned(rw, r, text)

    agreement_ids = set()
    for n, a in enumerate(gold.get("agreements", [])):
        aw = f"{w}: agreements[{n}]"
        if not check_fields(aw, a, AGREEMENT):
            continue
        uniq(aw, a["id"])
        agreement_ids.add(a["id"])
        for x in check_strlist(aw + ".aliases", a["aliases"]):
            check_verbatim(aw, x, text, "alias")
        for x in check_strlist(aw + ".parties", a["parties"]):
            check_iso(aw + ".parties", x)
        check_entity_mentioned(aw, a, text)

    for n, o in enumerate(gold.get("organizations", [])):
        ow = f"{w}: organizations[{n}]"
        if not check_fields(ow, o, ORG):
            continue
        uniq(ow, o["id"])
        for x in check_strlist(ow + ".aliases", o["aliases"]):
            check_verbatim(ow, x, text, "alias")
        check_iso(ow + ".country", o["country"], allow_null=True)
        check_entity_mentioned(ow, o, text)

    for n, pl in enumerate(gold.get("places", [])):
        plw = f"{w}: places[{n}]"
        if not check_fields(plw, pl, PLACE):
            continue
        for x in check_strlist(plw + ".aliases", pl["aliases"]):
            check_verbatim(plw, x, text, "alias")
        check_iso(plw + ".country", pl["country"], allow_null=True)
        check_entity_mentioned(plw, pl, text)
        names_for_place.add(pl["name"])

    for n, m in enumerate(gold.get("meetings", [])):
        mw = f"{w}: meetings[{n}]"
        if not check_fields(mw, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(mw, f"invalid kind {m['kind']!r}")
        for x in check_strlist(mw + ".participants", m["participants"]):
            if x not in person_ids:
                err(mw, f"participant {x!r} is not a listed person")
        for x in check_strlist(mw + ".countries", m["countries"]):
            check_iso(mw + ".countries", x)
        if not valid_date(m["date"]):
            err(mw, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in names_for_place:
            err(mw, f"place {m['place']!r} is not a name in places or countries")
        for x in check_strlist(mw + ".topics", m["topics"]):
            if x not in TOPICS:
                err(mw, f"invalid topic {x!r}")
        for x in check_strlist(mw + ".agreements", m["agreements"]):
            if x not in agreement_ids:
                err(mw, f"agreement {x!r} is not a listed agreement")
        check_verbatim(mw, m["evidence"], text, "evidence")
        if "evidence_extra" in m:
            for x in check_strlist(mw + ".evidence_extra", m["evidence_extra"]):
                check_verbatim(mw, x, text, "evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            err(mw, "note must be a string")

    for n, c in enumerate(gold.get("meeting_counts", [])):
        cw = f"{w}: meeting_counts[{n}]"
        if not check_fields(cw, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(cw, f"invalid kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(cw, f"count must be a positive integer, got {c['count']!r}")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(cw, f"year must be YYYY, got {c['year']!r}")
        check_verbatim(cw, c["evidence"], text, "evidence")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in texts:
        if s not in golds:
            err(s, "text has no gold file")
    for s in golds:
        if s not in texts:
            err(s, "gold file has no text")
    person_names = {}
    checked = 0
    for s in texts:
        with open(os.path.join(TEXTS, s + ".txt"), encoding="utf-8") as f:
            text = f.read()
        words = len(text.split())
        if not 550 <= words <= 950:
            err(s, f"text has {words} words, outside 550-950")
        if s not in golds:
            continue
        try:
            with open(os.path.join(GOLD, s + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, ValueError) as e:
            err(s, f"cannot read gold JSON: {e}")
            continue
        checked += 1
        check_file(s, gold, text, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            err("set", f"person id {pid!r} has different names across files: {sorted(names)}")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
