#!/usr/bin/env python3
"""Consistency checker for the heldout44 gold annotations (standard library only).

Usage: python3 check_gold.py [set directory]   (default: the directory of this script)
Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if any error was found.
"""
import json
import os
import re
import sys
import datetime

ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

MEETING_KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
                 "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
                 "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
REQ = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements",
                  "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_date(value, allow_null=True):
    if value is None:
        return allow_null
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return 1900 <= int(value) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_file(stem, text, gold, errors, person_names):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        err("top level is not an object")
        return
    keys = set(gold)
    for k in TOP_KEYS:
        if k not in keys:
            err(f"missing top-level field '{k}'")
    for k in keys - set(TOP_KEYS):
        err(f"unknown top-level field '{k}'")
    if gold.get("doc") != stem + ".txt":
        err(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and re.fullmatch(r"\d{4}", gold.get("year", ""))):
        err(f"year {gold.get('year')!r} is not YYYY")

    for section, (req, opt) in REQ.items():
        items = gold.get(section, [])
        if not isinstance(items, list):
            err(f"{section} is not a list")
            gold[section] = []
            continue
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                err(f"{section}[{i}] is not an object")
                continue
            for k in req - set(item):
                err(f"{section}[{i}] missing field '{k}'")
            for k in set(item) - req - opt:
                err(f"{section}[{i}] unknown field '{k}'")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_aliases(section, i, item):
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list):
            err(f"{section}[{i}] aliases is not a list")
            return []
        for a in aliases:
            if not occurs(a):
                err(f"{section}[{i}] alias {a!r} does not occur in the text")
        if len(set(aliases)) != len(aliases):
            err(f"{section}[{i}] has duplicate aliases")
        return aliases

    def check_iso(code, where, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO_ALPHA2:
            err(f"{where}: invalid ISO code {code!r}")

    # persons
    person_ids = set()
    for i, p in enumerate(gold.get("persons", [])):
        if not isinstance(p, dict):
            continue
        pid = p.get("id")
        if not isinstance(pid, str) or not SLUG.match(pid):
            err(f"persons[{i}] id {pid!r} is not a slug")
        if pid in person_ids:
            err(f"persons: duplicate id {pid!r}")
        person_ids.add(pid)
        aliases = check_aliases("persons", i, p)
        if not (occurs(p.get("name")) or any(occurs(a) for a in aliases)):
            err(f"persons[{i}] {pid}: neither name nor any alias occurs in the text")
        office = p.get("office")
        if office is not None and not occurs(office):
            err(f"persons[{i}] {pid}: office {office!r} does not occur in the text")
        check_iso(p.get("country"), f"persons[{i}] {pid} country")
        person_names.setdefault(pid, {}).setdefault(p.get("name"), []).append(stem)

    # countries
    country_names = set()
    for i, c in enumerate(gold.get("countries", [])):
        if not isinstance(c, dict):
            continue
        check_iso(c.get("iso"), f"countries[{i}]", allow_null=False)
        aliases = check_aliases("countries", i, c) if "aliases" in c else []
        if not (occurs(c.get("name")) or any(occurs(a) for a in aliases)):
            err(f"countries[{i}] {c.get('name')!r}: neither name nor any alias occurs in the text")
        country_names.add(c.get("name"))
    isos = [c.get("iso") for c in gold.get("countries", []) if isinstance(c, dict)]
    if len(set(isos)) != len(isos):
        err("countries: duplicate ISO code")

    # regions
    for i, r in enumerate(gold.get("regions", [])):
        if not isinstance(r, dict):
            continue
        aliases = check_aliases("regions", i, r) if "aliases" in r else []
        if not (occurs(r.get("name")) or any(occurs(a) for a in aliases)):
            err(f"regions[{i}] {r.get('name')!r}: neither name nor any alias occurs in the text")

    # agreements
    agreement_ids = set()
    for i, a in enumerate(gold.get("agreements", [])):
        if not isinstance(a, dict):
            continue
        aid = a.get("id")
        if not isinstance(aid, str) or not SLUG.match(aid):
            err(f"agreements[{i}] id {aid!r} is not a slug")
        if aid in agreement_ids:
            err(f"agreements: duplicate id {aid!r}")
        agreement_ids.add(aid)
        aliases = check_aliases("agreements", i, a)
        if not (occurs(a.get("name")) or any(occurs(x) for x in aliases)):
            err(f"agreements[{i}] {aid}: neither name nor any alias occurs in the text")
        parties = a.get("parties", [])
        if not isinstance(parties, list):
            err(f"agreements[{i}] parties is not a list")
        else:
            for code in parties:
                check_iso(code, f"agreements[{i}] {aid} parties", allow_null=False)

    # organizations
    org_ids = set()
    for i, o in enumerate(gold.get("organizations", [])):
        if not isinstance(o, dict):
            continue
        oid = o.get("id")
        if not isinstance(oid, str) or not SLUG.match(oid):
            err(f"organizations[{i}] id {oid!r} is not a slug")
        if oid in org_ids:
            err(f"organizations: duplicate id {oid!r}")
        org_ids.add(oid)
        aliases = check_aliases("organizations", i, o)
        if not (occurs(o.get("name")) or any(occurs(x) for x in aliases)):
            err(f"organizations[{i}] {oid}: neither name nor any alias occurs in the text")
        check_iso(o.get("country"), f"organizations[{i}] {oid} country")

    # places
    place_names = set()
    for i, pl in enumerate(gold.get("places", [])):
        if not isinstance(pl, dict):
            continue
        if pl.get("name") in place_names:
            err(f"places: duplicate name {pl.get('name')!r}")
        place_names.add(pl.get("name"))
        aliases = check_aliases("places", i, pl)
        if not (occurs(pl.get("name")) or any(occurs(x) for x in aliases)):
            err(f"places[{i}] {pl.get('name')!r}: neither name nor any alias occurs in the text")
        check_iso(pl.get("country"), f"places[{i}] {pl.get('name')!r} country")

    # meetings
    for i, m in enumerate(gold.get("meetings", [])):
        if not isinstance(m, dict):
            continue
        where = f"meetings[{i}]"
        if m.get("kind") not in MEETING_KINDS:
            err(f"{where}: kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants", []) or []:
            if pid not in person_ids:
                err(f"{where}: participant {pid!r} is not a listed person")
        if len(set(m.get("participants", []) or [])) != len(m.get("participants", []) or []):
            err(f"{where}: duplicate participant")
        for code in m.get("countries", []) or []:
            check_iso(code, f"{where} countries", allow_null=False)
        if not valid_date(m.get("date")):
            err(f"{where}: invalid date {m.get('date')!r}")
        place = m.get("place")
        if place is not None and place not in place_names and place not in country_names:
            err(f"{where}: place {place!r} is not a listed place or country name")
        for t in m.get("topics", []) or []:
            if t not in TOPICS:
                err(f"{where}: topic {t!r} not allowed")
        for aid in m.get("agreements", []) or []:
            if aid not in agreement_ids:
                err(f"{where}: agreement {aid!r} is not a listed agreement")
        if not occurs(m.get("evidence")):
            err(f"{where}: evidence does not occur verbatim in the text: {str(m.get('evidence'))[:70]!r}")
        extra = m.get("evidence_extra", [])
        if not isinstance(extra, list):
            err(f"{where}: evidence_extra is not a list")
        else:
            for e in extra:
                if not occurs(e):
                    err(f"{where}: evidence_extra does not occur verbatim: {str(e)[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{where}: note is not a string")

    # meeting counts
    for i, c in enumerate(gold.get("meeting_counts", [])):
        if not isinstance(c, dict):
            continue
        where = f"meeting_counts[{i}]"
        if c.get("kind") not in MEETING_KINDS:
            err(f"{where}: kind {c.get('kind')!r} not allowed")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c.get("count") > 0):
            err(f"{where}: count {c.get('count')!r} is not a positive integer")
        y = c.get("year")
        if y is not None and not (isinstance(y, str) and re.fullmatch(r"\d{4}", y)):
            err(f"{where}: year {y!r} is not YYYY or null")
        if not occurs(c.get("evidence")):
            err(f"{where}: evidence does not occur verbatim in the text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    errors = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        errors.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        errors.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (ValueError, OSError) as exc:
            errors.append(f"{stem}: cannot read gold JSON: {exc}")
            continue
        check_file(stem, text, gold, errors, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(files)}" for n, files in names.items())
            errors.append(f"person id {pid!r} has different names across files: {detail}")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
