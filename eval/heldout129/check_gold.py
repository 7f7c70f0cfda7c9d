#!/usr/bin/env python3
"""Check the heldout129 gold files against the texts and the format of gold/README.md.

Standard library only. Prints one line per problem, then "checked N files: E errors",
and exits 1 if there are errors.
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
COUNTRY = ["name", "iso"]            # + optional aliases
REGION = ["name"]                    # + optional aliases
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]  # + optional evidence_extra, note
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

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
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


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


def keys_ok(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    base = [k for k in keys if k not in optional]
    if base != required:
        err(f, f"{where}: fields {keys} (expected {required} in order, optional {list(optional)})")
        return False
    extra = [k for k in keys if k in optional]
    # optional fields must come after the required ones, in documented order
    if keys[len(required):] != extra or extra != [k for k in optional if k in extra]:
        err(f, f"{where}: optional fields misplaced: {keys}")
        return False
    return True


def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings")
        return False
    return True


def iso_ok(f, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


person_names = {}   # id -> (name, file)


def check(stem):
    f = stem + ".json"
    tpath = os.path.join(TEXTS, stem + ".txt")
    try:
        text = open(tpath, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as e:
        err(f, f"cannot read text: {e}")
        return
    words = len(text.split())
    if not 550 <= words <= 950:
        err(f, f"text has {words} words (allowed 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f, f"cannot parse gold: {e}")
        return
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        err(f, f"top-level fields {list(g.keys()) if isinstance(g, dict) else type(g)} != {TOP}")
        return
    if g["doc"] != stem + ".txt":
        err(f, f"doc {g['doc']!r} does not name the text")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        err(f, f"year {g['year']!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(g[k], list):
            err(f, f"{k} is not a list")
            return

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    # persons
    pids = set()
    for i, p in enumerate(g["persons"]):
        w = f"persons[{i}]"
        if not keys_ok(f, w, p, PERSON):
            continue
        if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
            err(f, f"{w}: bad id {p['id']!r}")
        if p["id"] in pids:
            err(f, f"{w}: duplicate person id {p['id']}")
        pids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            err(f, f"{w}: bad name")
        if str_list(f, w + ".aliases", p["aliases"]):
            for a in p["aliases"]:
                if not occurs(a):
                    err(f, f"{w}: alias {a!r} not in text")
            if not (occurs(p["name"]) or any(occurs(a) for a in p["aliases"])):
                err(f, f"{w}: neither name nor any alias occurs in text")
        if p["office"] is not None and not occurs(p["office"]):
            err(f, f"{w}: office {p['office']!r} not in text")
        iso_ok(f, w + ".country", p["country"])
        prev = person_names.get(p["id"])
        if prev and prev[0] != p["name"]:
            err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif not prev:
            person_names[p["id"]] = (p["name"], f)

    # countries
    cnames = set()
    for i, c in enumerate(g["countries"]):
        w = f"countries[{i}]"
        if not keys_ok(f, w, c, COUNTRY, ("aliases",)):
            continue
        iso_ok(f, w + ".iso", c["iso"], allow_null=False)
        cnames.add(c["name"])
        als = c.get("aliases", [])
        if str_list(f, w + ".aliases", als):
            for a in als:
                if not occurs(a):
                    err(f, f"{w}: alias {a!r} not in text")
            if not (occurs(c["name"]) or any(occurs(a) for a in als)):
                err(f, f"{w}: neither name nor any alias of {c['name']!r} occurs in text")
    isos = [c.get("iso") for c in g["countries"] if isinstance(c, dict)]
    if len(isos) != len(set(isos)):
        err(f, "duplicate country iso")

    # regions
    for i, r in enumerate(g["regions"]):
        w = f"regions[{i}]"
        if not keys_ok(f, w, r, REGION, ("aliases",)):
            continue
        als = r.get("aliases", [])
        if str_list(f, w + ".aliases", als):
            for a in als:
                if not occurs(a):
                    err(f, f"{w}: alias {a!r} not in text")
            if not (occurs(r["name"]) or any(occurs(a) for a in als)):
                err(f, f"{w}: neither name nor any alias of {r['name']!r} occurs in text")

    # agreements
    aids = set()
    for i, a in enumerate(g["agreements"]):
        w = f"agreements[{i}]"
        if not keys_ok(f, w, a, AGREEMENT):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            err(f, f"{w}: bad id {a['id']!r}")
        if a["id"] in aids:
            err(f, f"{w}: duplicate agreement id {a['id']}")
        aids.add(a["id"])
        if str_list(f, w + ".aliases", a["aliases"]):
            for x in a["aliases"]:
                if not occurs(x):
                    err(f, f"{w}: alias {x!r} not in text")
            if not (occurs(a["name"]) or any(occurs(x) for x in a["aliases"])):
                err(f, f"{w}: neither name nor any alias occurs in text")
        if str_list(f, w + ".parties", a["parties"]):
            for x in a["parties"]:
                iso_ok(f, w + ".parties", x, allow_null=False)

    # organizations
    oids = set()
    for i, o in enumerate(g["organizations"]):
        w = f"organizations[{i}]"
        if not keys_ok(f, w, o, ORG):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            err(f, f"{w}: bad id {o['id']!r}")
        if o["id"] in oids:
            err(f, f"{w}: duplicate organization id {o['id']}")
        oids.add(o["id"])
        if str_list(f, w + ".aliases", o["aliases"]):
            for x in o["aliases"]:
                if not occurs(x):
                    err(f, f"{w}: alias {x!r} not in text")
            if not (occurs(o["name"]) or any(occurs(x) for x in o["aliases"])):
                err(f, f"{w}: neither name nor any alias occurs in text")
        iso_ok(f, w + ".country", o["country"])

    # places
    pnames = set()
    for i, p in enumerate(g["places"]):
        w = f"places[{i}]"
        if not keys_ok(f, w, p, PLACE):
            continue
        if p["name"] in pnames:
            err(f, f"{w}: duplicate place {p['name']!r}")
        pnames.add(p["name"])
        if str_list(f, w + ".aliases", p["aliases"]):
            for x in p["aliases"]:
                if not occurs(x):
                    err(f, f"{w}: alias {x!r} not in text")
            if not (occurs(p["name"]) or any(occurs(x) for x in p["aliases"])):
                err(f, f"{w}: neither name nor any alias occurs in text")
        iso_ok(f, w + ".country", p["country"])

    # meetings
    for i, m in enumerate(g["meetings"]):
        w = f"meetings[{i}]"
        if not keys_ok(f, w, m, MEETING, ("evidence_extra", "note")):
            continue
        if m["kind"] not in KINDS:
            err(f, f"{w}: bad kind {m['kind']!r}")
        if str_list(f, w + ".participants", m["participants"]):
            for x in m["participants"]:
                if x not in pids:
                    err(f, f"{w}: participant {x!r} not in persons")
            if len(set(m["participants"])) != len(m["participants"]):
                err(f, f"{w}: duplicate participant")
        if str_list(f, w + ".countries", m["countries"]):
            for x in m["countries"]:
                iso_ok(f, w + ".countries", x, allow_null=False)
        if not valid_date(m["date"]):
            err(f, f"{w}: bad date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(f, f"{w}: place {m['place']!r} not in places or countries")
        if str_list(f, w + ".topics", m["topics"]):
            for x in m["topics"]:
                if x not in TOPICS:
                    err(f, f"{w}: bad topic {x!r}")
        if str_list(f, w + ".agreements", m["agreements"]):
            for x in m["agreements"]:
                if x not in aids:
                    err(f, f"{w}: agreement {x!r} not in agreements")
        if not occurs(m["evidence"]):
            err(f, f"{w}: evidence not in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m and str_list(f, w + ".evidence_extra", m["evidence_extra"]):
            for x in m["evidence_extra"]:
                if not occurs(x):
                    err(f, f"{w}: evidence_extra not in text: {x[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{w}: note is not a string")

    # meeting counts
    for i, c in enumerate(g["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not keys_ok(f, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(f, f"{w}: bad kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            err(f, f"{w}: evidence not in text")


def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        err(s + ".txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        err(s + ".json", "gold file has no text")
    stems = sorted(set(texts) & set(golds))
    for s in stems:
        check(s)
    for e in errors:
        print(e)
    n = len(set(texts) | set(golds))
    print(f"checked {n} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
