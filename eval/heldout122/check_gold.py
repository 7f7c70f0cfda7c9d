#!/usr/bin/env python3
"""Checker for the heldout122 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
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
COUNTRY = ["name", "iso"]            # + optional "aliases"
REGION = ["name"]                    # + optional "aliases"
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]  # + optional "evidence_extra", "note"
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
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO.add("SU")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if da is not None and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def check_keys(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(f, f"{where}: fields {keys} do not start with {required}")
        return False
    rest = keys[len(required):]
    allowed = list(optional)
    pos = -1
    for k in rest:
        if k not in allowed:
            err(f, f"{where}: unexpected field '{k}'")
            return False
        if allowed.index(k) <= pos:
            err(f, f"{where}: optional fields out of order")
            return False
        pos = allowed.index(k)
    return True


def check_strlist(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings")
        return False
    return True


def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def main():
    person_names = {}  # id -> (name, file)
    txts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for s in txts:
        if s not in golds:
            err(s, "text has no gold file")
    for s in golds:
        if s not in txts:
            err(s, "gold file has no text")
    checked = 0
    for stem in golds:
        f = stem + ".json"
        checked += 1
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, f"cannot parse JSON: {e}")
            continue
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        if text:
            n = len(text.split())
            if not 550 <= n <= 950:
                err(f, f"text has {n} words (need 550-950)")
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP}")
            if not isinstance(g, dict):
                continue
        if g.get("doc") != stem + ".txt":
            err(f, f"doc {g.get('doc')!r} does not name the text")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g.get("year"))):
            err(f, f"year {g.get('year')!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(g.get(k), list):
                err(f, f"{k} must be a list")
                g[k] = []
        ids = set()

        def check_id(where, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                err(f, f"{where}: id {i!r} is not a slug")
            if i in ids:
                err(f, f"{where}: duplicate id {i!r}")
            ids.add(i)

        def check_mentions(where, name, aliases, name_may_be_absent=True):
            for a in aliases:
                if not occurs(text, a):
                    err(f, f"{where}: alias {a!r} not in text")
            if not occurs(text, name) and not any(occurs(text, a) for a in aliases):
                err(f, f"{where}: neither name {name!r} nor any alias occurs in text")

        person_ids = set()
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            check_id(w, p["id"])
            person_ids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                err(f, f"{w}: bad name")
            if check_strlist(f, w + ".aliases", p["aliases"]):
                check_mentions(w, p["name"], p["aliases"])
            if p["office"] is not None and not occurs(text, p["office"]):
                err(f, f"{w}: office {p['office']!r} not in text")
            check_iso(f, w + ".country", p["country"], allow_null=True)
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p["id"]] = (p["name"], f)
        country_names = set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY, ["aliases"]):
                continue
            check_iso(f, w + ".iso", c["iso"])
            al = c.get("aliases", [])
            if check_strlist(f, w + ".aliases", al):
                check_mentions(w, c["name"], al)
            country_names.add(c["name"])
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION, ["aliases"]):
                continue
            al = r.get("aliases", [])
            if check_strlist(f, w + ".aliases", al):
                check_mentions(w, r["name"], al)
        agr_ids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            check_id(w, a["id"])
            agr_ids.add(a["id"])
            if check_strlist(f, w + ".aliases", a["aliases"]):
                check_mentions(w, a["name"], a["aliases"])
            if check_strlist(f, w + ".parties", a["parties"]):
                for c in a["parties"]:
                    check_iso(f, w + ".parties", c)
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG):
                continue
            check_id(w, o["id"])
            if check_strlist(f, w + ".aliases", o["aliases"]):
                check_mentions(w, o["name"], o["aliases"])
            check_iso(f, w + ".country", o["country"], allow_null=True)
        place_names = set()
        for i, p in enumerate(g["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, p, PLACE):
                continue
            if check_strlist(f, w + ".aliases", p["aliases"]):
                check_mentions(w, p["name"], p["aliases"])
            check_iso(f, w + ".country", p["country"], allow_null=True)
            place_names.add(p["name"])
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING, ["evidence_extra", "note"]):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: kind {m['kind']!r} not allowed")
            if check_strlist(f, w + ".participants", m["participants"]):
                for pid in m["participants"]:
                    if pid not in person_ids:
                        err(f, f"{w}: participant {pid!r} not in persons")
            if check_strlist(f, w + ".countries", m["countries"]):
                for c in m["countries"]:
                    check_iso(f, w + ".countries", c)
            if not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            if check_strlist(f, w + ".topics", m["topics"]):
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(f, f"{w}: topic {t!r} not allowed")
            if check_strlist(f, w + ".agreements", m["agreements"]):
                for a in m["agreements"]:
                    if a not in agr_ids:
                        err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(text, m["evidence"]):
                err(f, f"{w}: evidence not verbatim in text: {str(m['evidence'])[:60]!r}")
            if "evidence_extra" in m and check_strlist(f, w + ".evidence_extra", m["evidence_extra"]):
                for e in m["evidence_extra"]:
                    if not occurs(text, e):
                        err(f, f"{w}: evidence_extra not verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year must be YYYY")
            if not occurs(text, c["evidence"]):
                err(f, f"{w}: evidence not verbatim in text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
