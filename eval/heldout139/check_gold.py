#!/usr/bin/env python3
"""Checker for the heldout139 gold files (standard library only).

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
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
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
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
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
            return 1 <= int(s)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            return 1 <= m <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != list(req):
        err(f, f"{where}: fields {keys} do not match required {list(req)} in order")
        return False
    extra = [k for k in keys if k not in req]
    allowed = [k for k in opt]
    for k in extra:
        if k not in allowed:
            err(f, f"{where}: unexpected field {k!r}")
    if keys[:len(req)] != list(req):
        err(f, f"{where}: optional fields must follow the required ones")
    # optional fields in documented order
    got_opt = [k for k in keys if k in allowed]
    if got_opt != [k for k in allowed if k in got_opt]:
        err(f, f"{where}: optional fields out of order")
    return True


def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings")
        return False
    return True


def iso_ok(f, where, v, allow_null=True):
    if v is None and allow_null:
        return
    if v not in ISO:
        err(f, f"{where}: invalid ISO code {v!r}")


def in_text(f, where, s, text):
    if not isinstance(s, str) or not s:
        err(f, f"{where}: empty or non-string")
    elif s not in text:
        err(f, f"{where}: {s[:70]!r} does not occur verbatim in the text")


def main():
    texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    tstems = {x[:-4] for x in texts}
    gstems = {x[:-5] for x in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for g in golds:
        stem = g[:-5]
        f = g
        try:
            data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, f"invalid JSON: {e}")
            continue
        checked += 1
        text = ""
        tp = os.path.join(TEXTS, stem + ".txt")
        if os.path.exists(tp):
            text = open(tp, encoding="utf-8").read()
            n = len(text.split())
            if not 550 <= n <= 950:
                err(stem + ".txt", f"{n} words, outside 550-950")
        if not isinstance(data, dict) or list(data.keys()) != TOP:
            err(f, f"top-level fields {list(data.keys()) if isinstance(data, dict) else type(data)} != {TOP}")
            if not isinstance(data, dict):
                continue
        if data.get("doc") != stem + ".txt":
            err(f, f"doc {data.get('doc')!r} does not name the text {stem}.txt")
        if not (isinstance(data.get("year"), str) and re.fullmatch(r"\d{4}", data["year"])):
            err(f, f"year {data.get('year')!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(data.get(k), list):
                err(f, f"{k} must be a list")
                data[k] = []
        # persons
        pids = set()
        for i, p in enumerate(data["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(f, f"{w}: id {p['id']!r} is not a slug")
            if p["id"] in pids:
                err(f, f"{w}: duplicate person id {p['id']}")
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                err(f, f"{w}: bad name")
            if str_list(f, w + ".aliases", p["aliases"]):
                for a in p["aliases"]:
                    in_text(f, w + ".alias", a, text)
                if p["name"] not in text and not p["aliases"]:
                    err(f, f"{w}: neither name nor an alias occurs in the text")
                elif p["name"] not in text and not any(a in text for a in p["aliases"]):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
            if p["office"] is not None:
                in_text(f, w + ".office", p["office"], text)
            iso_ok(f, w + ".country", p["country"])
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p["id"]] = (p["name"], g)
        # countries
        cnames = set()
        for i, c in enumerate(data["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            iso_ok(f, w + ".iso", c["iso"], allow_null=False)
            al = c.get("aliases", [])
            if str_list(f, w + ".aliases", al):
                for a in al:
                    in_text(f, w + ".alias", a, text)
                if c["name"] not in text and not any(a in text for a in al):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
            cnames.add(c["name"])
        for i, r in enumerate(data["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            al = r.get("aliases", [])
            if str_list(f, w + ".aliases", al):
                for a in al:
                    in_text(f, w + ".alias", a, text)
                if r["name"] not in text and not any(a in text for a in al):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
        aids = set()
        for i, a in enumerate(data["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(f, f"{w}: id {a['id']!r} is not a slug")
            if a["id"] in aids:
                err(f, f"{w}: duplicate agreement id {a['id']}")
            aids.add(a["id"])
            if str_list(f, w + ".aliases", a["aliases"]):
                for x in a["aliases"]:
                    in_text(f, w + ".alias", x, text)
                if a["name"] not in text and not any(x in text for x in a["aliases"]):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
            if str_list(f, w + ".parties", a["parties"]):
                for x in a["parties"]:
                    iso_ok(f, w + ".parties", x, allow_null=False)
        oids = set()
        for i, o in enumerate(data["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(f, f"{w}: id {o['id']!r} is not a slug")
            if o["id"] in oids:
                err(f, f"{w}: duplicate organization id {o['id']}")
            oids.add(o["id"])
            if str_list(f, w + ".aliases", o["aliases"]):
                for x in o["aliases"]:
                    in_text(f, w + ".alias", x, text)
                if o["name"] not in text and not any(x in text for x in o["aliases"]):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
            iso_ok(f, w + ".country", o["country"])
        pnames = set()
        for i, p in enumerate(data["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, p, PLACE):
                continue
            if p["name"] in pnames:
                err(f, f"{w}: duplicate place {p['name']}")
            pnames.add(p["name"])
            if str_list(f, w + ".aliases", p["aliases"]):
                for x in p["aliases"]:
                    in_text(f, w + ".alias", x, text)
                if p["name"] not in text and not any(x in text for x in p["aliases"]):
                    err(f, f"{w}: neither name nor an alias occurs in the text")
            iso_ok(f, w + ".country", p["country"])
        for i, m in enumerate(data["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: unknown kind {m['kind']!r}")
            if str_list(f, w + ".participants", m["participants"]):
                for x in m["participants"]:
                    if x not in pids:
                        err(f, f"{w}: participant {x!r} is not a listed person")
            if str_list(f, w + ".countries", m["countries"]):
                for x in m["countries"]:
                    iso_ok(f, w + ".countries", x, allow_null=False)
            if not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, f"{w}: place {m['place']!r} is not in places or countries")
            if str_list(f, w + ".topics", m["topics"]):
                for x in m["topics"]:
                    if x not in TOPICS:
                        err(f, f"{w}: unknown topic {x!r}")
            if str_list(f, w + ".agreements", m["agreements"]):
                for x in m["agreements"]:
                    if x not in aids:
                        err(f, f"{w}: agreement {x!r} is not listed")
            in_text(f, w + ".evidence", m["evidence"], text)
            if "evidence_extra" in m:
                if str_list(f, w + ".evidence_extra", m["evidence_extra"]):
                    for x in m["evidence_extra"]:
                        in_text(f, w + ".evidence_extra", x, text)
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for i, c in enumerate(data["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: unknown kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year {c['year']!r} is not YYYY")
            in_text(f, w + ".evidence", c["evidence"], text)
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
