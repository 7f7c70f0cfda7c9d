#!/usr/bin/env python3
"""Consistency checker for the heldout54 gold annotations (standard library only).

Usage: python3 check_gold.py            (run from any directory)
Prints one line per problem, then `checked N files: M errors`; exits 1 on errors.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT = {"id", "name", "aliases", "parties"}
ORG = {"id", "name", "aliases", "country"}
PLACE = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes) plus SU for the Soviet Union.
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
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def valid_date(s):
    if not DATE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        m = parts[1]
        y = parts[0]
        days = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
                31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        if not 1 <= parts[2] <= days:
            return False
    return True


def check_keys(f, where, obj, req, opt=frozenset()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = set(obj)
    miss = req - keys
    extra = keys - req - set(opt)
    if miss:
        err(f, f"{where}: missing fields {sorted(miss)}")
    if extra:
        err(f, f"{where}: unexpected fields {sorted(extra)}")
    return not miss


def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def check_surface(f, where, text, name, aliases):
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        err(f, f"{where}: aliases must be a list of strings")
        return
    for a in aliases:
        if a not in text:
            err(f, f"{where}: alias {a!r} not in text")
    if name not in text and not any(a in text for a in aliases):
        err(f, f"{where}: neither name {name!r} nor any alias occurs in text")
    if len(set(aliases)) != len(aliases):
        err(f, f"{where}: duplicate aliases")


def main():
    person_names = {}  # id -> (name, file)
    texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    tstems = {x[:-4] for x in texts}
    gstems = {x[:-5] for x in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    n = 0
    for g in golds:
        stem = g[:-5]
        if stem not in tstems:
            continue
        n += 1
        f = g
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        try:
            d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except ValueError as e:
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or list(d) != TOP:
            err(f, f"top-level fields must be exactly {TOP} in this order")
            if not isinstance(d, dict):
                continue
        if d.get("doc") != stem + ".txt":
            err(f, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        year = d.get("year")
        if not (isinstance(year, str) and re.match(r"^\d{4}$", year)):
            err(f, f"year {year!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(d.get(k), list):
                err(f, f"{k} must be a list")
                d[k] = []
        ids = set()

        def reg_id(where, i):
            if not isinstance(i, str) or not SLUG.match(i):
                err(f, f"{where}: id {i!r} is not a slug")
            if i in ids:
                err(f, f"{where}: duplicate id {i!r}")
            ids.add(i)

        pids = set()
        for j, p in enumerate(d["persons"]):
            w = f"persons[{j}]"
            if not check_keys(f, w, p, PERSON):
                continue
            reg_id(w, p["id"])
            pids.add(p["id"])
            check_surface(f, w + f" ({p['id']})", text, p["name"], p["aliases"])
            if p["office"] is not None and p["office"] not in text:
                err(f, f"{w} ({p['id']}): office {p['office']!r} not in text")
            check_iso(f, w, p["country"], allow_null=True)
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p["id"]] = (p["name"], f)
        cnames = set()
        for j, c in enumerate(d["countries"]):
            w = f"countries[{j}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            check_iso(f, w, c["iso"])
            check_surface(f, w + f" ({c['name']})", text, c["name"], c.get("aliases", []))
            cnames.add(c["name"])
        for j, r in enumerate(d["regions"]):
            w = f"regions[{j}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            check_surface(f, w + f" ({r['name']})", text, r["name"], r.get("aliases", []))
        aids = set()
        for j, a in enumerate(d["agreements"]):
            w = f"agreements[{j}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            reg_id(w, a["id"])
            aids.add(a["id"])
            check_surface(f, w + f" ({a['id']})", text, a["name"], a["aliases"])
            if not isinstance(a["parties"], list):
                err(f, f"{w}: parties must be a list")
            else:
                for p in a["parties"]:
                    check_iso(f, w + " parties", p)
        for j, o in enumerate(d["organizations"]):
            w = f"organizations[{j}]"
            if not check_keys(f, w, o, ORG):
                continue
            reg_id(w, o["id"])
            check_surface(f, w + f" ({o['id']})", text, o["name"], o["aliases"])
            check_iso(f, w, o["country"], allow_null=True)
        plnames = set()
        for j, p in enumerate(d["places"]):
            w = f"places[{j}]"
            if not check_keys(f, w, p, PLACE):
                continue
            check_surface(f, w + f" ({p['name']})", text, p["name"], p["aliases"])
            check_iso(f, w, p["country"], allow_null=True)
            plnames.add(p["name"])
        for j, m in enumerate(d["meetings"]):
            w = f"meetings[{j}]"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: kind {m['kind']!r} not allowed")
            for p in m["participants"]:
                if p not in pids:
                    err(f, f"{w}: participant {p!r} is not a person of this file")
            if len(set(m["participants"])) != len(m["participants"]):
                err(f, f"{w}: duplicate participants")
            for c in m["countries"]:
                check_iso(f, w + " countries", c)
            if m["date"] is not None and not (isinstance(m["date"], str) and valid_date(m["date"])):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in plnames | cnames:
                err(f, f"{w}: place {m['place']!r} is not in places or countries")
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, f"{w}: topic {t!r} not allowed")
            for a in m["agreements"]:
                if a not in aids:
                    err(f, f"{w}: agreement {a!r} not listed")
            if not isinstance(m["evidence"], str) or m["evidence"] not in text:
                err(f, f"{w}: evidence not verbatim in text")
            for e in m.get("evidence_extra", []):
                if e not in text:
                    err(f, f"{w}: evidence_extra not verbatim: {e[:60]!r}")
        for j, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{j}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or c["count"] < 1:
                err(f, f"{w}: count must be a positive integer")
            if c["year"] is not None and not (isinstance(c["year"], str) and valid_date(c["year"])):
                err(f, f"{w}: invalid year {c['year']!r}")
            if c["evidence"] not in text:
                err(f, f"{w}: evidence not verbatim in text")
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
