#!/usr/bin/env python3
"""Check the heldout80 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
# (required fields in order, optional fields allowed after them in this order)
SHAPES = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

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

def check_keys(f, where, obj, section):
    req, opt = SHAPES[section]
    if not isinstance(obj, dict):
        bad(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        bad(f, f"{where}: fields {keys} do not start with {req}"); return False
    rest = keys[len(req):]
    if any(k not in opt for k in rest) or rest != [k for k in opt if k in rest]:
        bad(f, f"{where}: unexpected or misordered optional fields {rest} (allowed {opt})"); return False
    return True

def iso_ok(f, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        bad(f, f"{where}: invalid ISO code {code!r}")

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(f, f"{where}: must be a list of strings"); return []
    return v

texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith('.txt'))
golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith('.json'))
for t in texts:
    if t not in golds:
        bad(t, "text has no gold file")
for g in golds:
    if g not in texts:
        bad(g, "gold file has no text")

person_names = {}  # id -> (name, file)
checked = 0
for stem in golds:
    f = stem + '.json'
    try:
        d = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
    except Exception as e:
        bad(f, f"invalid JSON: {e}"); continue
    checked += 1
    tpath = os.path.join(TEXTS, stem + '.txt')
    text = open(tpath, encoding='utf-8').read() if os.path.exists(tpath) else ""
    if text:
        n = len(text.split())
        if not 550 <= n <= 950:
            bad(f, f"text has {n} words (need 550-950)")
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        bad(f, f"top-level fields {list(d.keys()) if isinstance(d, dict) else type(d)} != {TOP}"); continue
    if d["doc"] != stem + '.txt':
        bad(f, f"doc {d['doc']!r} does not name the text {stem + '.txt'!r}")
    if not (isinstance(d["year"], str) and re.fullmatch(r"\d{4}", d["year"])):
        bad(f, f"year {d['year']!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(d[sec], list):
            bad(f, f"{sec} is not a list"); d[sec] = []

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def names_check(sec, i, e, label):
        aliases = str_list(f, f"{label}.aliases", e.get("aliases", []))
        for a in aliases:
            if not occurs(a):
                bad(f, f"{label}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in aliases)):
            bad(f, f"{label}: neither name {e.get('name')!r} nor any alias occurs in text")

    ids = {}
    for sec in ["persons", "agreements", "organizations"]:
        seen = set()
        for i, e in enumerate(d[sec]):
            label = f"{sec}[{i}]"
            if not check_keys(f, label, e, sec):
                continue
            if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
                bad(f, f"{label}: id {e['id']!r} is not a slug")
            if e["id"] in seen:
                bad(f, f"{label}: duplicate id {e['id']!r}")
            seen.add(e["id"])
            if not isinstance(e["name"], str) or not e["name"]:
                bad(f, f"{label}: empty name")
            names_check(sec, i, e, f"{label} {e['id']}")
            if sec == "persons":
                if e["office"] is not None and not occurs(e["office"]):
                    bad(f, f"{label} {e['id']}: office {e['office']!r} not in text")
                iso_ok(f, f"{label}.country", e["country"])
                prev = person_names.get(e["id"])
                if prev and prev[0] != e["name"]:
                    bad(f, f"{label}: person {e['id']} named {e['name']!r} here but {prev[0]!r} in {prev[1]}")
                else:
                    person_names.setdefault(e["id"], (e["name"], f))
            elif sec == "agreements":
                for p in str_list(f, f"{label}.parties", e["parties"]):
                    iso_ok(f, f"{label}.parties", p, allow_null=False)
            else:
                iso_ok(f, f"{label}.country", e["country"])
        ids[sec] = seen

    country_names = set()
    for i, e in enumerate(d["countries"]):
        label = f"countries[{i}]"
        if not check_keys(f, label, e, "countries"):
            continue
        iso_ok(f, label, e["iso"], allow_null=False)
        names_check("countries", i, e, f"{label} {e.get('name')}")
        country_names.add(e["name"])
    for i, e in enumerate(d["regions"]):
        label = f"regions[{i}]"
        if check_keys(f, label, e, "regions"):
            names_check("regions", i, e, f"{label} {e.get('name')}")
    place_names = set()
    for i, e in enumerate(d["places"]):
        label = f"places[{i}]"
        if not check_keys(f, label, e, "places"):
            continue
        names_check("places", i, e, f"{label} {e.get('name')}")
        iso_ok(f, f"{label}.country", e["country"])
        place_names.add(e["name"])

    for i, m in enumerate(d["meetings"]):
        label = f"meetings[{i}]"
        if not check_keys(f, label, m, "meetings"):
            continue
        if m["kind"] not in KINDS:
            bad(f, f"{label}: kind {m['kind']!r} not allowed")
        for p in str_list(f, f"{label}.participants", m["participants"]):
            if p not in ids.get("persons", set()):
                bad(f, f"{label}: participant {p!r} is not a listed person")
        for c in str_list(f, f"{label}.countries", m["countries"]):
            iso_ok(f, f"{label}.countries", c, allow_null=False)
        if not valid_date(m["date"]):
            bad(f, f"{label}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            bad(f, f"{label}: place {m['place']!r} not in places or countries")
        for t in str_list(f, f"{label}.topics", m["topics"]):
            if t not in TOPICS:
                bad(f, f"{label}: topic {t!r} not allowed")
        for a in str_list(f, f"{label}.agreements", m["agreements"]):
            if a not in ids.get("agreements", set()):
                bad(f, f"{label}: agreement {a!r} is not a listed agreement")
        if not occurs(m["evidence"]):
            bad(f, f"{label}: evidence not verbatim in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m:
            for x in str_list(f, f"{label}.evidence_extra", m["evidence_extra"]):
                if not occurs(x):
                    bad(f, f"{label}: evidence_extra not verbatim in text: {x[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            bad(f, f"{label}: note is not a string")

    for i, c in enumerate(d["meeting_counts"]):
        label = f"meeting_counts[{i}]"
        if not check_keys(f, label, c, "meeting_counts"):
            continue
        if c["kind"] not in KINDS:
            bad(f, f"{label}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            bad(f, f"{label}: count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            bad(f, f"{label}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            bad(f, f"{label}: evidence not verbatim in text")

for p in problems:
    print(p)
print(f"checked {checked} files: {len(problems)} errors")
sys.exit(1 if problems else 0)
