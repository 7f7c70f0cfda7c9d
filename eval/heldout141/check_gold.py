#!/usr/bin/env python3
"""Check the heldout141 gold files against gold/README.md (standard library only)."""
import json, os, re, sys, datetime
from collections import OrderedDict

BASE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(BASE, "texts"), os.path.join(BASE, "gold")
TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
ENTITY_FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
}
MEETING = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
errors = []

def err(f, msg):
    errors.append("%s: %s" % (f, msg))

def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10])); return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        err(f, "%s is not an object" % where); return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        err(f, "%s: fields %s, expected %s first and in order" % (where, keys, req)); return False
    rest = keys[len(req):]
    allowed = [k for k in opt]
    for k in rest:
        if k not in allowed:
            err(f, "%s: unexpected field %r" % (where, k))
    if rest != [k for k in allowed if k in rest]:
        err(f, "%s: optional fields out of order %s" % (where, rest))
    return True

def count_words(t):
    return len(t.split())

texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
tstems = {x[:-4] for x in texts}; gstems = {x[:-5] for x in golds}
for s in sorted(tstems - gstems):
    err(s + ".txt", "no gold file")
for s in sorted(gstems - tstems):
    err(s + ".json", "no text file")

person_names = {}
for g in golds:
    f = g
    stem = g[:-5]
    if stem not in tstems:
        continue
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = count_words(text)
    if not 550 <= n <= 950:
        err(f, "text has %d words (550-950 required)" % n)
    try:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"), object_pairs_hook=OrderedDict)
    except Exception as e:
        err(f, "invalid JSON: %s" % e); continue
    if list(data.keys()) != TOP:
        err(f, "top-level fields %s, expected %s" % (list(data.keys()), TOP)); continue
    if data["doc"] != stem + ".txt":
        err(f, "doc %r does not name the text" % data["doc"])
    if not (isinstance(data["year"], str) and re.fullmatch(r"\d{4}", data["year"])):
        err(f, "year %r is not YYYY" % data["year"])
    ids = {"persons": set(), "agreements": set(), "organizations": set()}
    for sec, (req, opt) in ENTITY_FIELDS.items():
        if not isinstance(data[sec], list):
            err(f, "%s is not a list" % sec); continue
        for i, e in enumerate(data[sec]):
            where = "%s[%d]" % (sec, i)
            if not check_keys(f, where, e, req, opt):
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                err(f, where + ": empty name")
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list):
                err(f, where + ": aliases is not a list"); aliases = []
            for a in aliases:
                if not isinstance(a, str) or a not in text:
                    err(f, "%s: alias %r not in text" % (where, a))
            if sec not in ("persons", "regions") or True:
                if e["name"] not in text and not any(a in text for a in aliases):
                    err(f, "%s: neither name %r nor an alias occurs in text" % (where, e["name"]))
            if "id" in req:
                if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
                    err(f, "%s: id %r is not a slug" % (where, e["id"]))
                if e["id"] in ids[sec]:
                    err(f, "%s: duplicate id %r" % (where, e["id"]))
                ids[sec].add(e["id"])
            if sec == "persons":
                if e["office"] is not None and (not isinstance(e["office"], str) or e["office"] not in text):
                    err(f, "%s: office %r not in text" % (where, e["office"]))
                if e["country"] is not None and e["country"] not in ISO:
                    err(f, "%s: bad country %r" % (where, e["country"]))
                prev = person_names.get(e["id"])
                if prev and prev[0] != e["name"]:
                    err(f, "%s: person %s named %r here but %r in %s" % (where, e["id"], e["name"], prev[0], prev[1]))
                person_names.setdefault(e["id"], (e["name"], f))
            if sec == "countries" and e["iso"] not in ISO:
                err(f, "%s: bad iso %r" % (where, e["iso"]))
            if sec in ("organizations", "places") and e["country"] is not None and e["country"] not in ISO:
                err(f, "%s: bad country %r" % (where, e["country"]))
            if sec == "agreements":
                if not isinstance(e["parties"], list) or any(p not in ISO for p in e["parties"]):
                    err(f, "%s: bad parties %r" % (where, e["parties"]))
    placenames = {p["name"] for p in data["places"] if isinstance(p, dict) and "name" in p}
    placenames |= {c["name"] for c in data["countries"] if isinstance(c, dict) and "name" in c}
    for i, m in enumerate(data["meetings"]):
        where = "meetings[%d]" % i
        if not check_keys(f, where, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(f, "%s: bad kind %r" % (where, m["kind"]))
        for p in m["participants"]:
            if p not in ids["persons"]:
                err(f, "%s: participant %r not in persons" % (where, p))
        for c in m["countries"]:
            if c not in ISO:
                err(f, "%s: bad country %r" % (where, c))
        if not valid_date(m["date"]):
            err(f, "%s: bad date %r" % (where, m["date"]))
        if m["place"] is not None and m["place"] not in placenames:
            err(f, "%s: place %r not in places or countries" % (where, m["place"]))
        for t in m["topics"]:
            if t not in TOPICS:
                err(f, "%s: bad topic %r" % (where, t))
        for a in m["agreements"]:
            if a not in ids["agreements"]:
                err(f, "%s: agreement %r not listed" % (where, a))
        if not isinstance(m["evidence"], str) or m["evidence"] not in text:
            err(f, "%s: evidence not verbatim in text" % where)
        for x in m.get("evidence_extra", []):
            if x not in text:
                err(f, "%s: evidence_extra not verbatim: %r" % (where, x[:60]))
        if "note" in m and not isinstance(m["note"], str):
            err(f, "%s: note is not a string" % where)
    for i, c in enumerate(data["meeting_counts"]):
        where = "meeting_counts[%d]" % i
        if not check_keys(f, where, c, COUNT, []):
            continue
        if c["kind"] not in KINDS:
            err(f, "%s: bad kind %r" % (where, c["kind"]))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, "%s: count must be a positive integer" % where)
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f, "%s: year %r is not YYYY" % (where, c["year"]))
        if c["evidence"] not in text:
            err(f, "%s: evidence not verbatim in text" % where)

for e in errors:
    print(e)
print("checked %d files: %d errors" % (len(golds), len(errors)))
sys.exit(1 if errors else 0)
