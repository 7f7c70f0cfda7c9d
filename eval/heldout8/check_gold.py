#!/usr/bin/env python3
"""Consistency checker for the heldout8 gold files (standard library only).

Usage: python3 eval/heldout8/check_gold.py   (from any directory)
Prints one line per error and a final count; exit status 1 when errors exist.
"""
import datetime
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
""".split()) | {"SU"}  # SU: Soviet Union, as in gold/README.md

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return 1900 <= int(d) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def check_file(stem, errors):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    try:
        g = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
    except ValueError as e:
        err(f"invalid JSON: {e}")
        return
    if list(g.keys()) != TOP:
        err(f"top-level keys {list(g.keys())} != {TOP}")
    if g.get("doc") != stem + ".txt":
        err(f"doc is {g.get('doc')!r}")
    if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
        err(f"bad year {g.get('year')!r}")

    for sec, (req, opt) in FIELDS.items():
        items = g.get(sec)
        if not isinstance(items, list):
            err(f"{sec} is not a list")
            continue
        for i, it in enumerate(items):
            keys = set(it)
            if not req <= keys or keys - req - opt:
                err(f"{sec}[{i}] fields {sorted(keys)}; required {sorted(req)}, optional {sorted(opt)}")

    def in_text(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what}: not verbatim in text: {s!r}")

    def iso_ok(c, what, nullable=True):
        if c is None and nullable:
            return
        if c not in ISO:
            err(f"{what}: bad ISO code {c!r}")

    def unique(values, what):
        seen = set()
        for v in values:
            if v in seen:
                err(f"duplicate {what}: {v!r}")
            seen.add(v)

    persons = g.get("persons", [])
    unique([p.get("id") for p in persons], "person id")
    for p in persons:
        pid = p.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(f"person id not a slug: {pid!r}")
        if not isinstance(p.get("name"), str) or not p["name"]:
            err(f"person {pid}: empty name")
        for a in p.get("aliases", []):
            in_text(a, f"person {pid} alias")
        unique(p.get("aliases", []), f"alias of {pid}")
        if p.get("office") is not None:
            in_text(p["office"], f"person {pid} office")
        iso_ok(p.get("country"), f"person {pid}")
        forms = [p.get("name")] + list(p.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"person {pid}: neither name nor any alias occurs in text")

    countries = g.get("countries", [])
    unique([c.get("iso") for c in countries], "country iso")
    for c in countries:
        iso_ok(c.get("iso"), f"country {c.get('name')}", nullable=False)
        for a in c.get("aliases", []):
            in_text(a, f"country {c.get('name')} alias")
        forms = [c.get("name")] + list(c.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"country {c.get('name')}: neither name nor alias occurs in text")

    for r in g.get("regions", []):
        for a in r.get("aliases", []):
            in_text(a, f"region {r.get('name')} alias")
        forms = [r.get("name")] + list(r.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"region {r.get('name')}: neither name nor alias occurs in text")

    agreements = g.get("agreements", [])
    unique([a.get("id") for a in agreements], "agreement id")
    for a in agreements:
        aid = a.get("id")
        if not (isinstance(aid, str) and SLUG.match(aid)):
            err(f"agreement id not a slug: {aid!r}")
        for al in a.get("aliases", []):
            in_text(al, f"agreement {aid} alias")
        for c in a.get("parties", []):
            iso_ok(c, f"agreement {aid} party", nullable=False)
        forms = [a.get("name")] + list(a.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"agreement {aid}: neither name nor alias occurs in text")

    orgs = g.get("organizations", [])
    unique([o.get("id") for o in orgs], "organization id")
    for o in orgs:
        oid = o.get("id")
        if not (isinstance(oid, str) and SLUG.match(oid)):
            err(f"organization id not a slug: {oid!r}")
        for al in o.get("aliases", []):
            in_text(al, f"organization {oid} alias")
        iso_ok(o.get("country"), f"organization {oid}")
        forms = [o.get("name")] + list(o.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"organization {oid}: neither name nor alias occurs in text")

    places = g.get("places", [])
    unique([p.get("name") for p in places], "place name")
    for p in places:
        for al in p.get("aliases", []):
            in_text(al, f"place {p.get('name')} alias")
        iso_ok(p.get("country"), f"place {p.get('name')}")
        forms = [p.get("name")] + list(p.get("aliases", []))
        if not any(isinstance(f, str) and f in text for f in forms):
            err(f"place {p.get('name')}: neither name nor alias occurs in text")

    pids = {p.get("id") for p in persons}
    aids = {a.get("id") for a in agreements}
    place_names = {p.get("name") for p in places} | {c.get("name") for c in countries}
    for i, m in enumerate(g.get("meetings", [])):
        tag = f"meeting[{i}] ({m.get('kind')}, {m.get('date')})"
        if m.get("kind") not in KINDS:
            err(f"{tag}: bad kind")
        for pid in m.get("participants", []):
            if pid not in pids:
                err(f"{tag}: participant {pid!r} not in persons")
        unique(m.get("participants", []), f"{tag} participant")
        for c in m.get("countries", []):
            iso_ok(c, f"{tag} country", nullable=False)
        if not valid_date(m.get("date")):
            err(f"{tag}: bad date {m.get('date')!r}")
        if m.get("place") is not None and m["place"] not in place_names:
            err(f"{tag}: place {m['place']!r} not in places/countries")
        for t in m.get("topics", []):
            if t not in TOPICS:
                err(f"{tag}: bad topic {t!r}")
        unique(m.get("topics", []), f"{tag} topic")
        for a in m.get("agreements", []):
            if a not in aids:
                err(f"{tag}: agreement {a!r} not in agreements")
        in_text(m.get("evidence"), f"{tag} evidence")
        for e in m.get("evidence_extra", []):
            in_text(e, f"{tag} evidence_extra")

    for i, c in enumerate(g.get("meeting_counts", [])):
        tag = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(f"{tag}: bad kind {c.get('kind')!r}")
        if not (isinstance(c.get("count"), int) and c["count"] > 0):
            err(f"{tag}: bad count {c.get('count')!r}")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f"{tag}: bad year {c.get('year')!r}")
        in_text(c.get("evidence"), f"{tag} evidence")


def main():
    errors = []
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        errors.append(f"{s}: text without gold file")
    for s in sorted(golds - texts):
        errors.append(f"{s}: gold file without text")
    for s in sorted(texts & golds):
        check_file(s, errors)
    for e in errors:
        print(e)
    print(f"{len(texts & golds)} file pairs checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
