#!/usr/bin/env python3
"""Checker for the heldout115 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

BASE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(BASE, "texts")
GOLD = os.path.join(BASE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
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
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    for fmt, pat in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(pat, d):
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False

def check_keys(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != req:
        err(f, f"{where}: required fields {req} missing or out of order (got {keys})")
    extra = [k for k in keys if k not in req and k not in opt]
    if extra:
        err(f, f"{where}: unexpected fields {extra}")
    optk = [k for k in keys if k in opt]
    if keys != base + optk or optk != [k for k in opt if k in optk]:
        err(f, f"{where}: optional fields must follow required fields in documented order (got {keys})")
    return True

def iso_ok(f, where, code, allow_null=True):
    if code is None:
        if not allow_null:
            err(f, f"{where}: ISO code is null")
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")

text_files = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
gold_files = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
tstems = {x[:-4] for x in text_files}
gstems = {x[:-5] for x in gold_files}
for s in sorted(tstems - gstems):
    err(s + ".txt", "no gold file")
for s in sorted(gstems - tstems):
    err(s + ".json", "no text file")

person_names = {}
checked = 0
for gf in gold_files:
    stem = gf[:-5]
    f = gf
    checked += 1
    try:
        g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    tpath = os.path.join(TEXTS, stem + ".txt")
    text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
    if text:
        n = len(text.split())
        if not 550 <= n <= 950:
            err(stem + ".txt", f"{n} words (need 550-950)")
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        err(f, f"top-level fields must be exactly {TOP}"); 
        if not isinstance(g, dict): continue
    if g.get("doc") != stem + ".txt":
        err(f, f"doc {g.get('doc')!r} does not name the text {stem + '.txt'!r}")
    if not (isinstance(g.get("year"), str) and re.match(r"^\d{4}$", g["year"])):
        err(f, f"year {g.get('year')!r} is not YYYY")
    def occurs(s):
        return isinstance(s, str) and s != "" and s in text
    ids = {}
    for sec, (req, opt) in FIELDS.items():
        items = g.get(sec, [])
        if not isinstance(items, list):
            err(f, f"{sec} is not a list"); continue
        for i, e in enumerate(items):
            where = f"{sec}[{i}]"
            if not check_keys(f, where, e, req, opt):
                continue
            where = f"{sec}[{i}] {e.get('name')!r}"
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                err(f, f"{where}: aliases must be a list of strings"); aliases = []
            for a in aliases:
                if not occurs(a):
                    err(f, f"{where}: alias {a!r} not in text")
            if sec != "regions" and not (occurs(e.get("name")) or any(occurs(a) for a in aliases)):
                err(f, f"{where}: neither name nor any alias occurs in text")
            if sec == "regions" and not (occurs(e.get("name")) or any(occurs(a) for a in aliases)):
                err(f, f"{where}: neither name nor any alias occurs in text")
            if "id" in e:
                if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
                    err(f, f"{where}: id {e.get('id')!r} is not a slug")
                key = (sec, e["id"])
                if key in ids:
                    err(f, f"{where}: duplicate id {e['id']!r}")
                ids[key] = e
            if sec == "persons":
                if e.get("office") is not None and not occurs(e["office"]):
                    err(f, f"{where}: office {e['office']!r} not in text")
                iso_ok(f, where, e.get("country"))
                pn = person_names.setdefault(e["id"], (e["name"], f))
                if pn[0] != e["name"]:
                    err(f, f"{where}: person {e['id']} named {e['name']!r} here but {pn[0]!r} in {pn[1]}")
            elif sec == "countries":
                iso_ok(f, where, e.get("iso"), allow_null=False)
            elif sec == "agreements":
                if not isinstance(e.get("parties"), list):
                    err(f, f"{where}: parties must be a list")
                else:
                    for p in e["parties"]:
                        iso_ok(f, where + " parties", p, allow_null=False)
            elif sec in ("organizations", "places"):
                iso_ok(f, where, e.get("country"))
    pids = {e["id"] for e in g.get("persons", []) if isinstance(e, dict) and "id" in e}
    aids = {e["id"] for e in g.get("agreements", []) if isinstance(e, dict) and "id" in e}
    pnames = {e.get("name") for e in g.get("places", []) if isinstance(e, dict)} | \
             {e.get("name") for e in g.get("countries", []) if isinstance(e, dict)}
    for i, m in enumerate(g.get("meetings", [])):
        where = f"meetings[{i}]"
        if not check_keys(f, where, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(f, f"{where}: kind {m['kind']!r} not allowed")
        for p in m["participants"]:
            if p not in pids:
                err(f, f"{where}: participant {p!r} not in persons")
        for c in m["countries"]:
            iso_ok(f, where + " countries", c, allow_null=False)
        if not valid_date(m["date"]):
            err(f, f"{where}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames:
            err(f, f"{where}: place {m['place']!r} not in places or countries")
        for t in m["topics"]:
            if t not in TOPICS:
                err(f, f"{where}: topic {t!r} not allowed")
        for a in m["agreements"]:
            if a not in aids:
                err(f, f"{where}: agreement {a!r} not in agreements")
        if not occurs(m["evidence"]):
            err(f, f"{where}: evidence not verbatim in text: {str(m['evidence'])[:60]!r}")
        if "evidence_extra" in m:
            if not isinstance(m["evidence_extra"], list):
                err(f, f"{where}: evidence_extra must be a list")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x):
                        err(f, f"{where}: evidence_extra not verbatim: {str(x)[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{where}: note must be a string")
    for i, c in enumerate(g.get("meeting_counts", [])):
        where = f"meeting_counts[{i}]"
        if not check_keys(f, where, c, COUNT, []):
            continue
        if c["kind"] not in KINDS:
            err(f, f"{where}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, f"{where}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])):
            err(f, f"{where}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            err(f, f"{where}: evidence not verbatim in text")

for e in errors:
    print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
