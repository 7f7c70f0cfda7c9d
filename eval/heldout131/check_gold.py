#!/usr/bin/env python3
"""Checker for the heldout131 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
from datetime import date

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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS
YE YT ZA ZM ZW SU""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            date(int(y), int(mo), int(d))
        elif mo and not 1 <= int(mo) <= 12:
            return False
    except ValueError:
        return False
    return True


def check_keys(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in required if k not in keys]
    if extra:
        err(f, f"{where}: unexpected fields {extra}")
    if missing:
        err(f, f"{where}: missing fields {missing}")
    order = [k for k in allowed if k in keys]
    if not extra and not missing and keys != order:
        err(f, f"{where}: fields out of order {keys}")
    return not missing


def check_iso(f, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def check_strlist(f, where, lst):
    if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
        err(f, f"{where}: must be a list of strings")
        return []
    return lst


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        f = stem + ".json"
        if stem not in texts:
            continue
        checked += 1
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (need 550-950)")
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP}, got {list(d.keys()) if isinstance(d, dict) else type(d)}")
            if not isinstance(d, dict):
                continue
        if d.get("doc") != stem + ".txt":
            err(f, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and YEAR.match(d["year"])):
            err(f, f"year {d.get('year')!r} is not YYYY")

        def names_ok(where, e):
            forms = [e.get("name")] + list(e.get("aliases") or [])
            if not any(in_text(text, x) for x in forms):
                err(f, f"{where}: neither name nor any alias occurs in the text")
            for a in e.get("aliases") or []:
                if not in_text(text, a):
                    err(f, f"{where}: alias {a!r} not in text")

        ids = set()
        pids = set()
        for i, p in enumerate(d.get("persons", [])):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(f, f"{w}: bad id {p['id']!r}")
            if p["id"] in ids:
                err(f, f"{w}: duplicate id {p['id']}")
            ids.add(p["id"]); pids.add(p["id"])
            check_strlist(f, w + ".aliases", p["aliases"])
            names_ok(w + f" ({p['id']})", p)
            if p["office"] is not None and not in_text(text, p["office"]):
                err(f, f"{w}: office {p['office']!r} not in text")
            check_iso(f, w, p["country"])
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p["id"]] = (p["name"], f)
        cnames = set()
        for i, c in enumerate(d.get("countries", [])):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY[:2], COUNTRY[2:]):
                continue
            check_iso(f, w, c["iso"], nullable=False)
            check_strlist(f, w + ".aliases", c.get("aliases", []))
            names_ok(w + f" ({c['name']})", c)
            cnames.add(c["name"])
        for i, r in enumerate(d.get("regions", [])):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION[:1], REGION[1:]):
                continue
            check_strlist(f, w + ".aliases", r.get("aliases", []))
            names_ok(w + f" ({r['name']})", r)
        aids = set()
        for i, a in enumerate(d.get("agreements", [])):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(f, f"{w}: bad id {a['id']!r}")
            if a["id"] in ids:
                err(f, f"{w}: duplicate id {a['id']}")
            ids.add(a["id"]); aids.add(a["id"])
            check_strlist(f, w + ".aliases", a["aliases"])
            names_ok(w + f" ({a['id']})", a)
            for pc in check_strlist(f, w + ".parties", a["parties"]):
                check_iso(f, w + ".parties", pc, nullable=False)
        for i, o in enumerate(d.get("organizations", [])):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(f, f"{w}: bad id {o['id']!r}")
            if o["id"] in ids:
                err(f, f"{w}: duplicate id {o['id']}")
            ids.add(o["id"])
            check_strlist(f, w + ".aliases", o["aliases"])
            names_ok(w + f" ({o['id']})", o)
            check_iso(f, w, o["country"])
        pnames = set()
        for i, p in enumerate(d.get("places", [])):
            w = f"places[{i}]"
            if not check_keys(f, w, p, PLACE):
                continue
            check_strlist(f, w + ".aliases", p["aliases"])
            names_ok(w + f" ({p['name']})", p)
            check_iso(f, w, p["country"])
            pnames.add(p["name"])
        for i, m in enumerate(d.get("meetings", [])):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: kind {m['kind']!r} not allowed")
            for p in check_strlist(f, w + ".participants", m["participants"]):
                if p not in pids:
                    err(f, f"{w}: participant {p!r} is not a listed person")
            for c in check_strlist(f, w + ".countries", m["countries"]):
                check_iso(f, w + ".countries", c, nullable=False)
            if not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames | cnames:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            for t in check_strlist(f, w + ".topics", m["topics"]):
                if t not in TOPICS:
                    err(f, f"{w}: topic {t!r} not allowed")
            for a in check_strlist(f, w + ".agreements", m["agreements"]):
                if a not in aids:
                    err(f, f"{w}: agreement {a!r} is not a listed agreement")
            if not in_text(text, m["evidence"]):
                err(f, f"{w}: evidence not found verbatim")
            if "evidence_extra" in m:
                for x in check_strlist(f, w + ".evidence_extra", m["evidence_extra"]):
                    if not in_text(text, x):
                        err(f, f"{w}: evidence_extra {x[:60]!r} not found verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for i, c in enumerate(d.get("meeting_counts", [])):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                err(f, f"{w}: year {c['year']!r} is not YYYY")
            if not in_text(text, c["evidence"]):
                err(f, f"{w}: evidence not found verbatim")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
