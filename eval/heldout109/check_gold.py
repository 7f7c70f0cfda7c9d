#!/usr/bin/env python3
"""Checker for the heldout109 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

BASE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(BASE, "texts")
GOLD = os.path.join(BASE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]; COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]; REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

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
            return 1000 <= int(d) <= 2999
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10])); return True
    except ValueError:
        return False
    return False

def check_keys(f, what, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{what}: not an object"); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != list(req):
        err(f, f"{what}: fields {keys} do not match required {list(req)} in order")
        return False
    extra = [k for k in keys if k not in req and k not in opt]
    if extra:
        err(f, f"{what}: unexpected fields {extra}")
    # optional fields must follow required ones, in documented order
    optk = [k for k in keys if k in opt]
    if keys[:len(req)] != list(req):
        err(f, f"{what}: optional fields must come after required fields")
    if optk != [k for k in opt if k in optk]:
        err(f, f"{what}: optional fields out of order")
    return True

def str_list(f, what, v):
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        err(f, f"{what}: must be a list of non-empty strings"); return []
    return v

def main():
    texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith(".txt")}
    golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith(".json")}
    for s in sorted(texts - golds): err(s, "text has no gold file")
    for s in sorted(golds - texts): err(s, "gold file has no text")
    person_names = {}
    for stem in sorted(texts & golds):
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (need 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"invalid JSON: {e}"); continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields {list(g.keys()) if isinstance(g, dict) else type(g)} != {TOP}"); continue
        if g["doc"] != stem + ".txt": err(f, f"doc {g['doc']!r} does not name the text")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])): err(f, f"year {g['year']!r} not YYYY")
        for k in TOP[2:]:
            if not isinstance(g[k], list): err(f, f"{k} is not a list")
        def occurs(s): return isinstance(s, str) and s in text
        def check_entity_mentions(what, name, aliases):
            for a in aliases:
                if not occurs(a): err(f, f"{what}: alias {a!r} not in text")
            if not (occurs(name) or any(occurs(a) for a in aliases)):
                err(f, f"{what}: neither name nor any alias occurs in text")
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON): continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])): err(f, f"{w}: bad id {p['id']!r}")
            if p["id"] in pids: err(f, f"{w}: duplicate id {p['id']}")
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]: err(f, f"{w}: bad name")
            al = str_list(f, w + ".aliases", p["aliases"])
            check_entity_mentions(f"{w} {p['id']}", p["name"], al)
            if p["office"] is not None and not occurs(p["office"]): err(f, f"{w}: office {p['office']!r} not in text")
            if p["country"] is not None and p["country"] not in ISO: err(f, f"{w}: bad country {p['country']!r}")
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]: err(f, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
        cnames = set(); isos = set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
            if c["iso"] not in ISO: err(f, f"{w}: bad iso {c['iso']!r}")
            if c["iso"] in isos: err(f, f"{w}: duplicate iso {c['iso']}")
            isos.add(c["iso"]); cnames.add(c["name"])
            check_entity_mentions(f"{w} {c['name']}", c["name"], str_list(f, w + ".aliases", c.get("aliases", [])))
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT): continue
            check_entity_mentions(f"{w} {r['name']}", r["name"], str_list(f, w + ".aliases", r.get("aliases", [])))
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT): continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])): err(f, f"{w}: bad id {a['id']!r}")
            if a["id"] in aids: err(f, f"{w}: duplicate id {a['id']}")
            aids.add(a["id"])
            check_entity_mentions(f"{w} {a['id']}", a["name"], str_list(f, w + ".aliases", a["aliases"]))
            for p in str_list(f, w + ".parties", a["parties"]):
                if p not in ISO: err(f, f"{w}: bad party {p!r}")
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG): continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])): err(f, f"{w}: bad id {o['id']!r}")
            if o["id"] in oids: err(f, f"{w}: duplicate id {o['id']}")
            oids.add(o["id"])
            check_entity_mentions(f"{w} {o['id']}", o["name"], str_list(f, w + ".aliases", o["aliases"]))
            if o["country"] is not None and o["country"] not in ISO: err(f, f"{w}: bad country {o['country']!r}")
        pnames = set()
        for i, pl in enumerate(g["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, pl, PLACE): continue
            if pl["name"] in pnames: err(f, f"{w}: duplicate place {pl['name']}")
            pnames.add(pl["name"])
            check_entity_mentions(f"{w} {pl['name']}", pl["name"], str_list(f, w + ".aliases", pl["aliases"]))
            if pl["country"] is not None and pl["country"] not in ISO: err(f, f"{w}: bad country {pl['country']!r}")
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT): continue
            if m["kind"] not in KINDS: err(f, f"{w}: bad kind {m['kind']!r}")
            if not isinstance(m["participants"], list): err(f, f"{w}: participants not a list")
            else:
                for p in m["participants"]:
                    if p not in pids: err(f, f"{w}: participant {p!r} not in persons")
            for c in str_list(f, w + ".countries", m["countries"]) if m["countries"] else []:
                if c not in ISO: err(f, f"{w}: bad country {c!r}")
            if not valid_date(m["date"]): err(f, f"{w}: bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            if not isinstance(m["topics"], list): err(f, f"{w}: topics not a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS: err(f, f"{w}: bad topic {t!r}")
            if not isinstance(m["agreements"], list): err(f, f"{w}: agreements not a list")
            else:
                for a in m["agreements"]:
                    if a not in aids: err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m["evidence"]): err(f, f"{w}: evidence not verbatim in text")
            if "evidence_extra" in m:
                for e in str_list(f, w + ".evidence_extra", m["evidence_extra"]):
                    if not occurs(e): err(f, f"{w}: evidence_extra not verbatim: {e[:60]!r}")
            if "note" in m and not (isinstance(m["note"], str) and m["note"]): err(f, f"{w}: bad note")
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT): continue
            if c["kind"] not in KINDS: err(f, f"{w}: bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0): err(f, f"{w}: count not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])): err(f, f"{w}: year not YYYY")
            if not occurs(c["evidence"]): err(f, f"{w}: evidence not verbatim in text")
    for e in errors: print(e)
    print(f"checked {len(texts | golds)} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
