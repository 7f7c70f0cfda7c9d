#!/usr/bin/env python3
"""Checker for the heldout84 gold files (Python 3 standard library only).

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
COUNTRY = ["name", "iso", "aliases"]          # aliases optional
REGION = ["name", "aliases"]                  # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]          # + optional evidence_extra, note
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def valid_date(s):
    if s is None: return True
    if not isinstance(s, str): return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, s):
            try: datetime.datetime.strptime(s, fmt); return True
            except ValueError: return False
    return False

def keys_ok(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    ks = list(obj.keys())
    exp = [k for k in required + list(optional) if k in ks or k in required]
    if ks != exp:
        err(f, f"{where}: fields {ks} expected {exp} (order: {required + list(optional)})"); return False
    return True

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings"); return []
    return v

def iso_ok(f, where, v, nullable=True):
    if v is None and nullable: return
    if v not in ISO: err(f, f"{where}: invalid ISO code {v!r}")

def in_text(f, where, s, text):
    if not isinstance(s, str) or not s: err(f, f"{where}: empty or not a string"); return
    if s not in text: err(f, f"{where}: not found verbatim in text: {s!r}")

texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
tstems = {x[:-4] for x in texts}; gstems = {x[:-5] for x in golds}
for s in sorted(tstems - gstems): err(s, "text has no gold file")
for s in sorted(gstems - tstems): err(s, "gold file has no text")

person_names = {}  # id -> (name, file)
checked = 0
for g in golds:
    stem = g[:-5]; f = g
    if stem not in tstems: continue
    checked += 1
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
    try:
        d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(f, f"top-level fields {list(d.keys()) if isinstance(d, dict) else type(d)} expected {TOP}"); continue
    if d["doc"] != stem + ".txt": err(f, f"doc {d['doc']!r} does not name the text")
    if not (isinstance(d["year"], str) and re.match(r"^\d{4}$", d["year"])): err(f, f"year {d['year']!r} not YYYY")
    for k in TOP[2:]:
        if not isinstance(d[k], list): err(f, f"{k} must be a list")
    ids = set()
    def check_id(where, i):
        if not isinstance(i, str) or not SLUG.match(i): err(f, f"{where}: bad slug id {i!r}")
        if i in ids: err(f, f"{where}: duplicate id {i!r}")
        ids.add(i)
    def names_ok(where, e, text):
        al = str_list(f, where + ".aliases", e.get("aliases", []))
        for a in al: in_text(f, f"{where} alias", a, text)
        if not isinstance(e.get("name"), str) or not e["name"]:
            err(f, f"{where}: empty name")
        elif e["name"] not in text and not any(a in text for a in al):
            err(f, f"{where}: neither name nor any alias occurs in text")
    pids = set()
    for i, p in enumerate(d["persons"]):
        w = f"persons[{i}]"
        if not keys_ok(f, w, p, PERSON): continue
        check_id(w, p["id"]); pids.add(p["id"])
        names_ok(w, p, text)
        if p["office"] is not None: in_text(f, w + " office", p["office"], text)
        iso_ok(f, w + ".country", p["country"])
        prev = person_names.get(p["id"])
        if prev and prev[0] != p["name"]:
            err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif not prev: person_names[p["id"]] = (p["name"], f)
    cnames = set()
    for i, c in enumerate(d["countries"]):
        w = f"countries[{i}]"
        if not keys_ok(f, w, c, COUNTRY[:2], ["aliases"]): continue
        iso_ok(f, w + ".iso", c["iso"], nullable=False)
        names_ok(w, c, text); cnames.add(c["name"])
    for i, r in enumerate(d["regions"]):
        w = f"regions[{i}]"
        if not keys_ok(f, w, r, REGION[:1], ["aliases"]): continue
        names_ok(w, r, text)
    aids = set()
    for i, a in enumerate(d["agreements"]):
        w = f"agreements[{i}]"
        if not keys_ok(f, w, a, AGREEMENT): continue
        check_id(w, a["id"]); aids.add(a["id"])
        names_ok(w, a, text)
        for c in str_list(f, w + ".parties", a["parties"]): iso_ok(f, w + ".parties", c, nullable=False)
    for i, o in enumerate(d["organizations"]):
        w = f"organizations[{i}]"
        if not keys_ok(f, w, o, ORG): continue
        check_id(w, o["id"]); names_ok(w, o, text); iso_ok(f, w + ".country", o["country"])
    plnames = set()
    for i, p in enumerate(d["places"]):
        w = f"places[{i}]"
        if not keys_ok(f, w, p, PLACE): continue
        names_ok(w, p, text); iso_ok(f, w + ".country", p["country"]); plnames.add(p["name"])
    for i, m in enumerate(d["meetings"]):
        w = f"meetings[{i}]"
        if not keys_ok(f, w, m, MEETING, MEETING_OPT): continue
        if m["kind"] not in KINDS: err(f, f"{w}: bad kind {m['kind']!r}")
        for p in str_list(f, w + ".participants", m["participants"]):
            if p not in pids: err(f, f"{w}: participant {p!r} not in persons")
        for c in str_list(f, w + ".countries", m["countries"]): iso_ok(f, w + ".countries", c, nullable=False)
        if not valid_date(m["date"]): err(f, f"{w}: bad date {m['date']!r}")
        if m["place"] is not None and m["place"] not in plnames | cnames:
            err(f, f"{w}: place {m['place']!r} not in places or countries")
        for t in str_list(f, w + ".topics", m["topics"]):
            if t not in TOPICS: err(f, f"{w}: bad topic {t!r}")
        for a in str_list(f, w + ".agreements", m["agreements"]):
            if a not in aids: err(f, f"{w}: agreement {a!r} not in agreements")
        in_text(f, w + ".evidence", m["evidence"], text)
        if "evidence_extra" in m:
            for e in str_list(f, w + ".evidence_extra", m["evidence_extra"]): in_text(f, w + ".evidence_extra", e, text)
        if "note" in m and not isinstance(m["note"], str): err(f, f"{w}: note must be a string")
    for i, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not keys_ok(f, w, c, COUNT): continue
        if c["kind"] not in KINDS: err(f, f"{w}: bad kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])): err(f, f"{w}: year not YYYY")
        in_text(f, w + ".evidence", c["evidence"], text)

for e in errors: print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
