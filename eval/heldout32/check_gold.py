#!/usr/bin/env python3
"""Consistency checker for the heldout32 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
The set directory defaults to the directory of this script and must contain
texts/*.txt and gold/*.json. Prints one line per problem, then
"checked N files: M errors", and exits 1 if there were errors.
"""
import datetime
import json
import os
import re
import sys

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

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
              "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return 1 <= int(s[5:7]) <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, req, opt=frozenset()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = set(obj)
    for k in sorted(req - keys):
        err(fname, f"{where}: missing field '{k}'")
    for k in sorted(keys - req - set(opt)):
        err(fname, f"{where}: unexpected field '{k}'")
    return req <= keys


def str_list(fname, where, val):
    if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
        err(fname, f"{where}: must be a list of strings")
        return []
    return val


def check_iso(fname, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def check_file(fname, text, data, person_names):
    if not isinstance(data, dict):
        err(fname, "top level is not an object")
        return
    if list(data.keys()) != TOP_FIELDS:
        if set(data.keys()) != set(TOP_FIELDS):
            err(fname, f"top-level fields {sorted(data.keys())} differ from {TOP_FIELDS}")
            return
    stem = os.path.splitext(fname)[0]
    if data["doc"] != stem + ".txt":
        err(fname, f"doc is {data['doc']!r}, expected {stem + '.txt'!r}")
    if not (isinstance(data["year"], str) and YEAR.match(data["year"])):
        err(fname, f"year {data['year']!r} is not YYYY")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    # persons
    pids = set()
    for i, p in enumerate(data["persons"]):
        w = f"persons[{i}]"
        if not check_keys(fname, w, p, PERSON_FIELDS):
            continue
        w = f"person {p['id']}"
        if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
            err(fname, f"{w}: id is not a slug")
        if p["id"] in pids:
            err(fname, f"{w}: duplicate id")
        pids.add(p["id"])
        aliases = str_list(fname, w + " aliases", p["aliases"])
        for a in aliases:
            if not occurs(a):
                err(fname, f"{w}: alias {a!r} not in text")
        if not (occurs(p["name"]) or any(occurs(a) for a in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        if p["office"] is not None and not occurs(p["office"]):
            err(fname, f"{w}: office {p['office']!r} not in text")
        check_iso(fname, w + " country", p["country"], allow_null=True)
        prev = person_names.get(p["id"])
        if prev is not None and prev[0] != p["name"]:
            err(fname, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
        elif prev is None:
            person_names[p["id"]] = (p["name"], fname)

    # countries
    cnames = set()
    isos = set()
    for i, c in enumerate(data["countries"]):
        w = f"countries[{i}]"
        if not check_keys(fname, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        w = f"country {c['name']}"
        check_iso(fname, w, c["iso"])
        if c["iso"] in isos:
            err(fname, f"{w}: duplicate iso {c['iso']}")
        isos.add(c["iso"])
        cnames.add(c["name"])
        aliases = str_list(fname, w + " aliases", c.get("aliases", []))
        for a in aliases:
            if not occurs(a):
                err(fname, f"{w}: alias {a!r} not in text")
        if not (occurs(c["name"]) or any(occurs(a) for a in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")

    # regions
    rnames = set()
    for i, r in enumerate(data["regions"]):
        w = f"regions[{i}]"
        if not check_keys(fname, w, r, REGION_REQ, REGION_OPT):
            continue
        w = f"region {r['name']}"
        if r["name"] in rnames:
            err(fname, f"{w}: duplicate region")
        rnames.add(r["name"])
        aliases = str_list(fname, w + " aliases", r.get("aliases", []))
        for a in aliases:
            if not occurs(a):
                err(fname, f"{w}: alias {a!r} not in text")
        if not (occurs(r["name"]) or any(occurs(a) for a in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")

    # agreements
    aids = set()
    for i, a in enumerate(data["agreements"]):
        w = f"agreements[{i}]"
        if not check_keys(fname, w, a, AGREEMENT_FIELDS):
            continue
        w = f"agreement {a['id']}"
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            err(fname, f"{w}: id is not a slug")
        if a["id"] in aids:
            err(fname, f"{w}: duplicate id")
        aids.add(a["id"])
        aliases = str_list(fname, w + " aliases", a["aliases"])
        for al in aliases:
            if not occurs(al):
                err(fname, f"{w}: alias {al!r} not in text")
        if not (occurs(a["name"]) or any(occurs(al) for al in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        for code in str_list(fname, w + " parties", a["parties"]):
            check_iso(fname, w + " parties", code)

    # organizations
    oids = set()
    for i, o in enumerate(data["organizations"]):
        w = f"organizations[{i}]"
        if not check_keys(fname, w, o, ORG_FIELDS):
            continue
        w = f"organization {o['id']}"
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            err(fname, f"{w}: id is not a slug")
        if o["id"] in oids:
            err(fname, f"{w}: duplicate id")
        oids.add(o["id"])
        aliases = str_list(fname, w + " aliases", o["aliases"])
        for al in aliases:
            if not occurs(al):
                err(fname, f"{w}: alias {al!r} not in text")
        if not (occurs(o["name"]) or any(occurs(al) for al in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        check_iso(fname, w + " country", o["country"], allow_null=True)

    # places
    pnames = set()
    for i, pl in enumerate(data["places"]):
        w = f"places[{i}]"
        if not check_keys(fname, w, pl, PLACE_FIELDS):
            continue
        w = f"place {pl['name']}"
        if pl["name"] in pnames:
            err(fname, f"{w}: duplicate place")
        pnames.add(pl["name"])
        aliases = str_list(fname, w + " aliases", pl["aliases"])
        for al in aliases:
            if not occurs(al):
                err(fname, f"{w}: alias {al!r} not in text")
        if not (occurs(pl["name"]) or any(occurs(al) for al in aliases)):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        check_iso(fname, w + " country", pl["country"], allow_null=True)

    # meetings
    for i, m in enumerate(data["meetings"]):
        w = f"meetings[{i}]"
        if not check_keys(fname, w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(fname, f"{w}: kind {m['kind']!r} not allowed")
        for pid in str_list(fname, w + " participants", m["participants"]):
            if pid not in pids:
                err(fname, f"{w}: participant {pid!r} not in persons")
        if len(set(m["participants"])) != len(m["participants"]):
            err(fname, f"{w}: duplicate participant")
        for code in str_list(fname, w + " countries", m["countries"]):
            check_iso(fname, w + " countries", code)
        if not valid_date(m["date"]):
            err(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(fname, f"{w}: place {m['place']!r} is not a listed place or country")
        for t in str_list(fname, w + " topics", m["topics"]):
            if t not in TOPICS:
                err(fname, f"{w}: topic {t!r} not allowed")
        for aid in str_list(fname, w + " agreements", m["agreements"]):
            if aid not in aids:
                err(fname, f"{w}: agreement {aid!r} not in agreements")
        if not occurs(m["evidence"]):
            err(fname, f"{w}: evidence not verbatim in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m:
            for e in str_list(fname, w + " evidence_extra", m["evidence_extra"]):
                if not occurs(e):
                    err(fname, f"{w}: evidence_extra not verbatim in text: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{w}: note must be a string")

    # meeting counts
    for i, c in enumerate(data["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not check_keys(fname, w, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            err(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(fname, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            err(fname, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            err(fname, f"{w}: evidence not verbatim in text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    texts = {os.path.splitext(f)[0] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {os.path.splitext(f)[0] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")
    person_names = {}
    n = 0
    for stem in sorted(texts & golds):
        fname = stem + ".json"
        n += 1
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
                text = f.read()
        except UnicodeDecodeError:
            err(stem + ".txt", "not valid UTF-8")
            continue
        try:
            with open(os.path.join(gdir, fname), encoding="utf-8") as f:
                data = json.load(f)
        except (ValueError, UnicodeDecodeError) as e:
            err(fname, f"invalid JSON: {e}")
            continue
        check_file(fname, text, data, person_names)
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
