#!/usr/bin/env python3
"""Checker for the heldout87 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

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
            datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10])); return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    n = len(req)
    if keys[:n] != req:
        err(f, f"{where}: fields {keys} do not start with {req} in order"); return False
    rest = keys[n:]
    # optional fields must be in documented order, no others
    idx = -1
    for k in rest:
        if k not in opt:
            err(f, f"{where}: unexpected field {k!r}"); return False
        i = list(opt).index(k)
        if i <= idx:
            err(f, f"{where}: optional field {k!r} out of order"); return False
        idx = i
    return True

def check_iso(f, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")

def check_str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings"); return False
    return True

def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text

person_names = {}  # id -> (name, file)

texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
tstems = {x[:-4] for x in texts}
gstems = {x[:-5] for x in golds}
for s in sorted(tstems - gstems):
    err(s + ".txt", "text has no gold file")
for s in sorted(gstems - tstems):
    err(s + ".json", "gold file has no text")

for stem in sorted(tstems & gstems):
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    nw = len(text.split())
    if not 550 <= nw <= 950:
        err(f, f"text has {nw} words (need 550-950)")
    try:
        d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(f, f"top-level fields must be exactly {TOP}"); continue
    if d["doc"] != stem + ".txt":
        err(f, f"doc {d['doc']!r} does not name the text")
    if not (isinstance(d["year"], str) and YEAR.match(d["year"])):
        err(f, f"year {d['year']!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(d[k], list):
            err(f, f"{k} is not a list")
    ids = {}
    def reg_id(kind, i):
        if not (isinstance(i, str) and SLUG.match(i)):
            err(f, f"{kind} id {i!r} is not a slug")
        key = (kind, i)
        if key in ids:
            err(f, f"duplicate {kind} id {i!r}")
        ids[key] = True

    def check_entity_text(where, name, aliases):
        for a in aliases:
            if not occurs(text, a):
                err(f, f"{where}: alias {a!r} not in text")
        if not (occurs(text, name) or any(occurs(text, a) for a in aliases)):
            err(f, f"{where}: neither name {name!r} nor any alias occurs in text")

    person_ids = set()
    for n, p in enumerate(d["persons"]):
        w = f"persons[{n}]"
        if not check_keys(f, w, p, PERSON): continue
        reg_id("person", p["id"]); person_ids.add(p["id"])
        if check_str_list(f, w + ".aliases", p["aliases"]):
            check_entity_text(w + f" ({p['id']})", p["name"], p["aliases"])
        if p["office"] is not None and not occurs(text, p["office"]):
            err(f, f"{w}: office {p['office']!r} not in text")
        check_iso(f, w + ".country", p["country"])
        prev = person_names.get(p["id"])
        if prev and prev[0] != p["name"]:
            err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif not prev:
            person_names[p["id"]] = (p["name"], f)
    place_names = set()
    for n, c in enumerate(d["countries"]):
        w = f"countries[{n}]"
        if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
        check_iso(f, w + ".iso", c["iso"], allow_null=False)
        al = c.get("aliases", [])
        if check_str_list(f, w + ".aliases", al):
            check_entity_text(w + f" ({c['name']})", c["name"], al)
        place_names.add(c["name"])
    for n, r in enumerate(d["regions"]):
        w = f"regions[{n}]"
        if not check_keys(f, w, r, REGION_REQ, REGION_OPT): continue
        al = r.get("aliases", [])
        if check_str_list(f, w + ".aliases", al):
            check_entity_text(w + f" ({r['name']})", r["name"], al)
    agr_ids = set()
    for n, a in enumerate(d["agreements"]):
        w = f"agreements[{n}]"
        if not check_keys(f, w, a, AGREEMENT): continue
        reg_id("agreement", a["id"]); agr_ids.add(a["id"])
        if check_str_list(f, w + ".aliases", a["aliases"]):
            check_entity_text(w + f" ({a['id']})", a["name"], a["aliases"])
        if check_str_list(f, w + ".parties", a["parties"]):
            for c in a["parties"]:
                check_iso(f, w + ".parties", c, allow_null=False)
    for n, o in enumerate(d["organizations"]):
        w = f"organizations[{n}]"
        if not check_keys(f, w, o, ORG): continue
        reg_id("organization", o["id"])
        if check_str_list(f, w + ".aliases", o["aliases"]):
            check_entity_text(w + f" ({o['id']})", o["name"], o["aliases"])
        check_iso(f, w + ".country", o["country"])
    for n, pl in enumerate(d["places"]):
        w = f"places[{n}]"
        if not check_keys(f, w, pl, PLACE): continue
        if check_str_list(f, w + ".aliases", pl["aliases"]):
            check_entity_text(w + f" ({pl['name']})", pl["name"], pl["aliases"])
        check_iso(f, w + ".country", pl["country"])
        if pl["name"] in place_names:
            err(f, f"{w}: duplicate place/country name {pl['name']!r}")
        place_names.add(pl["name"])
    for n, m in enumerate(d["meetings"]):
        w = f"meetings[{n}]"
        if not check_keys(f, w, m, MEETING, MEETING_OPT): continue
        if m["kind"] not in KINDS:
            err(f, f"{w}: kind {m['kind']!r} not allowed")
        if check_str_list(f, w + ".participants", m["participants"]):
            for pid in m["participants"]:
                if pid not in person_ids:
                    err(f, f"{w}: participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                err(f, f"{w}: duplicate participant")
        if check_str_list(f, w + ".countries", m["countries"]):
            for c in m["countries"]:
                check_iso(f, w + ".countries", c, allow_null=False)
        if not valid_date(m["date"]):
            err(f, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names:
            err(f, f"{w}: place {m['place']!r} not in places or countries")
        if check_str_list(f, w + ".topics", m["topics"]):
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, f"{w}: topic {t!r} not allowed")
        if check_str_list(f, w + ".agreements", m["agreements"]):
            for a in m["agreements"]:
                if a not in agr_ids:
                    err(f, f"{w}: agreement {a!r} is not a listed agreement")
        if not occurs(text, m["evidence"]):
            err(f, f"{w}: evidence not verbatim in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m and check_str_list(f, w + ".evidence_extra", m["evidence_extra"]):
            for e in m["evidence_extra"]:
                if not occurs(text, e):
                    err(f, f"{w}: evidence_extra not verbatim in text: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{w}: note must be a string")
    for n, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{n}]"
        if not check_keys(f, w, c, COUNT): continue
        if c["kind"] not in KINDS:
            err(f, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            err(f, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(text, c["evidence"]):
            err(f, f"{w}: evidence not verbatim in text")

for e in errors:
    print(e)
nfiles = len(tstems | gstems)
print(f"checked {nfiles} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
