#!/usr/bin/env python3
"""Checker for the heldout97 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO.add("SU")

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return 1 <= int(d)
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(f, f"{where}: fields {keys} do not start with {required} in order")
        return False
    rest = keys[len(required):]
    # optional fields must appear in documented order and be known
    pos = -1
    for k in rest:
        if k not in optional:
            err(f, f"{where}: unexpected field {k!r}")
            return False
        i = optional.index(k)
        if i <= pos:
            err(f, f"{where}: optional field {k!r} out of order")
            return False
        pos = i
    return True


def check_iso(f, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def check_str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings")
        return False
    return True


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
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f, f"cannot parse JSON: {e}")
            continue
        checked += 1
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (must be 550-950)")
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP}")
            continue
        if d["doc"] != stem + ".txt":
            err(f, f"doc {d['doc']!r} does not name the text {stem + '.txt'!r}")
        if not isinstance(d["year"], str) or not YEAR.match(d["year"]):
            err(f, f"year {d['year']!r} is not YYYY")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_names(where, e):
            al = e.get("aliases", [])
            if "aliases" in e:
                check_str_list(f, where + ".aliases", al)
            for a in al if isinstance(al, list) else []:
                if not occurs(a):
                    err(f, f"{where}: alias {a!r} not found in text")
            if not occurs(e.get("name")) and not any(occurs(a) for a in al if isinstance(al, list)):
                err(f, f"{where}: neither name {e.get('name')!r} nor any alias occurs in text")

        ids = set()

        def check_id(where, i):
            if not isinstance(i, str) or not SLUG.match(i):
                err(f, f"{where}: id {i!r} is not a slug")
            if i in ids:
                err(f, f"{where}: duplicate id {i!r}")
            ids.add(i)

        pids = set()
        for k, p in enumerate(d["persons"]):
            w = f"persons[{k}]"
            if not check_keys(f, w, p, PERSON):
                continue
            check_id(w, p["id"])
            pids.add(p["id"])
            check_names(w, p)
            if p["office"] is not None and not occurs(p["office"]):
                err(f, f"{w}: office {p['office']!r} not found in text")
            check_iso(f, w + ".country", p["country"])
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            else:
                person_names.setdefault(p["id"], (p["name"], f))
        cnames = set()
        for k, c in enumerate(d["countries"]):
            w = f"countries[{k}]"
            if not check_keys(f, w, c, COUNTRY, ("aliases",)):
                continue
            check_iso(f, w + ".iso", c["iso"], nullable=False)
            check_names(w, c)
            cnames.add(c["name"])
        for k, r in enumerate(d["regions"]):
            w = f"regions[{k}]"
            if not check_keys(f, w, r, REGION, ("aliases",)):
                continue
            check_names(w, r)
        aids = set()
        for k, a in enumerate(d["agreements"]):
            w = f"agreements[{k}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            check_id(w, a["id"])
            aids.add(a["id"])
            check_names(w, a)
            if not isinstance(a["parties"], list):
                err(f, f"{w}: parties must be a list")
            else:
                for c in a["parties"]:
                    check_iso(f, w + ".parties", c, nullable=False)
        for k, o in enumerate(d["organizations"]):
            w = f"organizations[{k}]"
            if not check_keys(f, w, o, ORG):
                continue
            check_id(w, o["id"])
            check_names(w, o)
            check_iso(f, w + ".country", o["country"])
        pnames = set()
        for k, p in enumerate(d["places"]):
            w = f"places[{k}]"
            if not check_keys(f, w, p, PLACE):
                continue
            check_names(w, p)
            check_iso(f, w + ".country", p["country"])
            pnames.add(p["name"])
        for k, m in enumerate(d["meetings"]):
            w = f"meetings[{k}]"
            if not check_keys(f, w, m, MEETING, ("evidence_extra", "note")):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: unknown kind {m['kind']!r}")
            for p in m["participants"]:
                if p not in pids:
                    err(f, f"{w}: participant {p!r} is not a listed person")
            for c in m["countries"]:
                check_iso(f, w + ".countries", c, nullable=False)
            if not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames | cnames:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, f"{w}: unknown topic {t!r}")
            for a in m["agreements"]:
                if a not in aids:
                    err(f, f"{w}: agreement {a!r} not listed")
            if not occurs(m["evidence"]):
                err(f, f"{w}: evidence not found verbatim in text")
            for e in m.get("evidence_extra", []):
                if not occurs(e):
                    err(f, f"{w}: evidence_extra not found verbatim: {str(e)[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for k, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{k}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: unknown kind {c['kind']!r}")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                err(f, f"{w}: count must be a positive integer")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                err(f, f"{w}: year {c['year']!r} is not YYYY")
            if not occurs(c["evidence"]):
                err(f, f"{w}: evidence not found verbatim in text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
