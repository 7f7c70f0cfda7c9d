#!/usr/bin/env python3
"""Consistency checker for the heldout69 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py

Prints one line per problem, then ``checked N files: M errors``, and exits
with status 1 when there is at least one error.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing",
         "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def valid_date(s):
    m = DATE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            date(int(y), int(mo), int(d))
        elif mo:
            if not 1 <= int(mo) <= 12:
                return False
    except ValueError:
        return False
    return True


def check_fields(where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    for k in sorted(missing):
        err(where, f"missing field '{k}'")
    for k in sorted(extra):
        err(where, f"undocumented field '{k}'")
    return not missing


def check_str_list(where, value):
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        err(where, "must be a list of strings")
        return []
    if len(set(value)) != len(value):
        err(where, "duplicate entries")
    return value


def check_iso(where, code, nullable):
    if code is None:
        if not nullable:
            err(where, "ISO code must not be null")
        return
    if code not in ISO:
        err(where, f"invalid ISO code '{code}'")


def check_surface(where, text, name, aliases):
    for a in aliases:
        if not a.strip():
            err(where, "empty alias")
        elif a not in text:
            err(where, f"alias not in text: '{a}'")
    if name not in text and not any(a in text for a in aliases):
        err(where, f"neither name '{name}' nor any alias occurs in text")


def check_file(stem, person_names):
    gpath = os.path.join(GOLD, stem + ".json")
    tpath = os.path.join(TEXTS, stem + ".txt")
    where = stem
    try:
        with open(tpath, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        err(where, f"cannot read text: {e}")
        return
    try:
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError) as e:
        err(where, f"cannot read gold: {e}")
        return
    if not isinstance(g, dict):
        err(where, "gold is not an object")
        return
    if list(g.keys()) != TOP_FIELDS:
        if set(g.keys()) != set(TOP_FIELDS):
            check_fields(where, g, set(TOP_FIELDS))
        else:
            err(where, "top-level fields not in documented order")
    if g.get("doc") != stem + ".txt":
        err(where, f"doc is '{g.get('doc')}', expected '{stem}.txt'")
    if not isinstance(g.get("year"), str) or not YEAR.match(g.get("year", "")):
        err(where, "year must be a 'YYYY' string")

    # persons
    pids = set()
    for i, p in enumerate(g.get("persons", [])):
        w = f"{where} persons[{i}]"
        if not check_fields(w, p, PERSON_FIELDS):
            continue
        pid = p["id"]
        w = f"{where} person {pid}"
        if not isinstance(pid, str) or not SLUG.match(pid):
            err(w, "id is not a slug")
        if pid in pids:
            err(w, "duplicate person id")
        pids.add(pid)
        if not isinstance(p["name"], str) or not p["name"].strip():
            err(w, "empty name")
            continue
        aliases = check_str_list(w + " aliases", p["aliases"])
        check_surface(w, text, p["name"], aliases)
        if p["office"] is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                err(w, f"office not in text: '{p['office']}'")
        check_iso(w + " country", p["country"], nullable=True)
        prev = person_names.get(pid)
        if prev is None:
            person_names[pid] = (p["name"], stem)
        elif prev[0] != p["name"]:
            err(w, f"name '{p['name']}' differs from '{prev[0]}' in {prev[1]}")

    # countries
    country_names = set()
    isos = set()
    for i, c in enumerate(g.get("countries", [])):
        w = f"{where} countries[{i}]"
        if not check_fields(w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        w = f"{where} country {c['name']}"
        check_iso(w, c["iso"], nullable=False)
        if c["iso"] in isos:
            err(w, "duplicate ISO code")
        isos.add(c["iso"])
        country_names.add(c["name"])
        aliases = check_str_list(w + " aliases", c.get("aliases", []))
        check_surface(w, text, c["name"], aliases)

    # regions
    for i, r in enumerate(g.get("regions", [])):
        w = f"{where} regions[{i}]"
        if not check_fields(w, r, REGION_REQ, REGION_OPT):
            continue
        w = f"{where} region {r['name']}"
        aliases = check_str_list(w + " aliases", r.get("aliases", []))
        check_surface(w, text, r["name"], aliases)

    # agreements
    aids = set()
    for i, a in enumerate(g.get("agreements", [])):
        w = f"{where} agreements[{i}]"
        if not check_fields(w, a, AGREEMENT_FIELDS):
            continue
        w = f"{where} agreement {a['id']}"
        if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
            err(w, "id is not a slug")
        if a["id"] in aids:
            err(w, "duplicate agreement id")
        aids.add(a["id"])
        aliases = check_str_list(w + " aliases", a["aliases"])
        check_surface(w, text, a["name"], aliases)
        parties = check_str_list(w + " parties", a["parties"])
        for c in parties:
            check_iso(w + " parties", c, nullable=False)

    # organizations
    oids = set()
    for i, o in enumerate(g.get("organizations", [])):
        w = f"{where} organizations[{i}]"
        if not check_fields(w, o, ORG_FIELDS):
            continue
        w = f"{where} organization {o['id']}"
        if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
            err(w, "id is not a slug")
        if o["id"] in oids:
            err(w, "duplicate organization id")
        oids.add(o["id"])
        aliases = check_str_list(w + " aliases", o["aliases"])
        check_surface(w, text, o["name"], aliases)
        check_iso(w + " country", o["country"], nullable=True)

    # places
    place_names = set()
    for i, pl in enumerate(g.get("places", [])):
        w = f"{where} places[{i}]"
        if not check_fields(w, pl, PLACE_FIELDS):
            continue
        w = f"{where} place {pl['name']}"
        if pl["name"] in place_names:
            err(w, "duplicate place name")
        place_names.add(pl["name"])
        aliases = check_str_list(w + " aliases", pl["aliases"])
        check_surface(w, text, pl["name"], aliases)
        check_iso(w + " country", pl["country"], nullable=True)

    # meetings
    for i, m in enumerate(g.get("meetings", [])):
        w = f"{where} meetings[{i}]"
        if not check_fields(w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(w, f"unknown kind '{m['kind']}'")
        for pid in check_str_list(w + " participants", m["participants"]):
            if pid not in pids:
                err(w, f"participant '{pid}' is not a person of this file")
        for c in check_str_list(w + " countries", m["countries"]):
            check_iso(w + " countries", c, nullable=False)
        if m["date"] is not None and (not isinstance(m["date"], str)
                                      or not valid_date(m["date"])):
            err(w, f"invalid date '{m['date']}'")
        if m["place"] is not None and m["place"] not in place_names \
                and m["place"] not in country_names:
            err(w, f"place '{m['place']}' not in places or countries")
        for t in check_str_list(w + " topics", m["topics"]):
            if t not in TOPICS:
                err(w, f"unknown topic '{t}'")
        for a in check_str_list(w + " agreements", m["agreements"]):
            if a not in aids:
                err(w, f"agreement '{a}' is not an agreement of this file")
        if not isinstance(m["evidence"], str) or not m["evidence"] \
                or m["evidence"] not in text:
            err(w, "evidence not verbatim in text")
        for j, e in enumerate(check_str_list(w + " evidence_extra",
                                             m.get("evidence_extra", []))):
            if not e or e not in text:
                err(w, f"evidence_extra[{j}] not verbatim in text")
        if "note" in m and not isinstance(m["note"], str):
            err(w, "note must be a string")

    # meeting counts
    for i, c in enumerate(g.get("meeting_counts", [])):
        w = f"{where} meeting_counts[{i}]"
        if not check_fields(w, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            err(w, f"unknown kind '{c['kind']}'")
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) \
                or c["count"] < 1:
            err(w, "count must be a positive integer")
        if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
            err(w, "year must be a 'YYYY' string")
        if not isinstance(c["evidence"], str) or not c["evidence"] \
                or c["evidence"] not in text:
            err(w, "evidence not verbatim in text")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        err(s, "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        err(s, "gold file has no text")
    person_names = {}
    stems = sorted(set(texts) & set(golds))
    for stem in stems:
        check_file(stem, person_names)
    for e in errors:
        print(e)
    print(f"checked {len(stems)} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
