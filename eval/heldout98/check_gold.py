#!/usr/bin/env python3
"""Check the heldout98 gold files against texts/ and the format of gold/README.md.

Standard library only. Prints one line per problem, then "checked N files: E errors".
Exits 1 when there are errors.
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
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics",
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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        bad(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(req) + list(opt)
    for k in keys:
        if k not in allowed:
            bad(f, f"{where}: unexpected field {k!r}")
    for k in req:
        if k not in keys:
            bad(f, f"{where}: missing field {k!r}")
    present = [k for k in allowed if k in keys]
    if [k for k in keys if k in allowed] != present:
        bad(f, f"{where}: fields out of order {keys}")
    return all(k in keys for k in req)


def check_iso(f, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        bad(f, f"{where}: invalid country code {code!r}")


def check_str_list(f, where, lst):
    if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
        bad(f, f"{where}: must be a list of strings")
        return []
    return lst


def word_count(text):
    return len(text.split())


def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds:
            bad(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            bad(g, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        if stem not in texts:
            continue
        checked += 1
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = word_count(text)
        if not 550 <= n <= 950:
            bad(f, f"text has {n} words (need 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except ValueError as e:
            bad(f, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            bad(f, f"top-level fields must be exactly {TOP}")
            if not isinstance(g, dict):
                continue
        if g.get("doc") != stem + ".txt":
            bad(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not isinstance(g.get("year"), str) or not YEAR.match(g.get("year", "")):
            bad(f, f"year {g.get('year')!r} is not YYYY")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        ids_seen = set()
        person_ids = set()
        for i, p in enumerate(g.get("persons", [])):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            pid = p["id"]
            if not isinstance(pid, str) or not SLUG.match(pid):
                bad(f, f"{w}: id {pid!r} is not a slug")
            if pid in ids_seen:
                bad(f, f"{w}: duplicate id {pid!r}")
            ids_seen.add(pid)
            person_ids.add(pid)
            aliases = check_str_list(f, w + ".aliases", p["aliases"])
            for a in aliases:
                if not occurs(a):
                    bad(f, f"{w} ({pid}): alias {a!r} not in text")
            if not (occurs(p["name"]) or any(occurs(a) for a in aliases)):
                bad(f, f"{w} ({pid}): neither name nor any alias occurs in text")
            if p["office"] is not None and not occurs(p["office"]):
                bad(f, f"{w} ({pid}): office {p['office']!r} not in text")
            check_iso(f, w + ".country", p["country"])
            if pid in person_names and person_names[pid][0] != p["name"]:
                bad(f, f"{w}: person {pid} named {p['name']!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
            person_names.setdefault(pid, (p["name"], f))

        names_countries = set()
        for i, c in enumerate(g.get("countries", [])):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            check_iso(f, w + ".iso", c["iso"], nullable=False)
            aliases = check_str_list(f, w + ".aliases", c.get("aliases", []))
            for a in aliases:
                if not occurs(a):
                    bad(f, f"{w} ({c['name']}): alias {a!r} not in text")
            if not (occurs(c["name"]) or any(occurs(a) for a in aliases)):
                bad(f, f"{w} ({c['name']}): neither name nor any alias occurs in text")
            names_countries.add(c["name"])

        for i, r in enumerate(g.get("regions", [])):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            aliases = check_str_list(f, w + ".aliases", r.get("aliases", []))
            for a in aliases:
                if not occurs(a):
                    bad(f, f"{w} ({r['name']}): alias {a!r} not in text")
            if not (occurs(r["name"]) or any(occurs(a) for a in aliases)):
                bad(f, f"{w} ({r['name']}): neither name nor any alias occurs in text")

        agreement_ids = set()
        for key, fields in (("agreements", AGREEMENT), ("organizations", ORG)):
            for i, e in enumerate(g.get(key, [])):
                w = f"{key}[{i}]"
                if not check_keys(f, w, e, fields):
                    continue
                eid = e["id"]
                if not isinstance(eid, str) or not SLUG.match(eid):
                    bad(f, f"{w}: id {eid!r} is not a slug")
                if eid in ids_seen:
                    bad(f, f"{w}: duplicate id {eid!r}")
                ids_seen.add(eid)
                if key == "agreements":
                    agreement_ids.add(eid)
                    for c in check_str_list(f, w + ".parties", e["parties"]):
                        check_iso(f, w + ".parties", c, nullable=False)
                else:
                    check_iso(f, w + ".country", e["country"])
                aliases = check_str_list(f, w + ".aliases", e["aliases"])
                for a in aliases:
                    if not occurs(a):
                        bad(f, f"{w} ({eid}): alias {a!r} not in text")
                if not (occurs(e["name"]) or any(occurs(a) for a in aliases)):
                    bad(f, f"{w} ({eid}): neither name nor any alias occurs in text")

        place_names = set()
        for i, pl in enumerate(g.get("places", [])):
            w = f"places[{i}]"
            if not check_keys(f, w, pl, PLACE):
                continue
            if pl["name"] in place_names:
                bad(f, f"{w}: duplicate place {pl['name']!r}")
            place_names.add(pl["name"])
            check_iso(f, w + ".country", pl["country"])
            aliases = check_str_list(f, w + ".aliases", pl["aliases"])
            for a in aliases:
                if not occurs(a):
                    bad(f, f"{w} ({pl['name']}): alias {a!r} not in text")
            if not (occurs(pl["name"]) or any(occurs(a) for a in aliases)):
                bad(f, f"{w} ({pl['name']}): neither name nor any alias occurs in text")

        for i, m in enumerate(g.get("meetings", [])):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                bad(f, f"{w}: kind {m['kind']!r} not allowed")
            for pid in check_str_list(f, w + ".participants", m["participants"]):
                if pid not in person_ids:
                    bad(f, f"{w}: participant {pid!r} not in persons")
            for c in check_str_list(f, w + ".countries", m["countries"]):
                check_iso(f, w + ".countries", c, nullable=False)
            if not valid_date(m["date"]):
                bad(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | names_countries:
                bad(f, f"{w}: place {m['place']!r} not in places or countries")
            for t in check_str_list(f, w + ".topics", m["topics"]):
                if t not in TOPICS:
                    bad(f, f"{w}: topic {t!r} not allowed")
            for a in check_str_list(f, w + ".agreements", m["agreements"]):
                if a not in agreement_ids:
                    bad(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m["evidence"]):
                bad(f, f"{w}: evidence not found verbatim in text")
            if "evidence_extra" in m:
                for x in check_str_list(f, w + ".evidence_extra", m["evidence_extra"]):
                    if not occurs(x):
                        bad(f, f"{w}: evidence_extra {x[:60]!r} not found verbatim")
            if "note" in m and not isinstance(m["note"], str):
                bad(f, f"{w}: note must be a string")

        for i, c in enumerate(g.get("meeting_counts", [])):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                bad(f, f"{w}: kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                bad(f, f"{w}: count must be a positive integer")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                bad(f, f"{w}: year {c['year']!r} is not YYYY")
            if not occurs(c["evidence"]):
                bad(f, f"{w}: evidence not found verbatim in text")

    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
