#!/usr/bin/env python3
"""Checker for the heldout107 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split()) | {"SU"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []
def bad(f, msg): problems.append(f"{f}: {msg}")

def valid_date(d):
    if d is None: return True
    if not isinstance(d, str): return False
    try:
        if re.fullmatch(r"\d{4}", d): return True
        if re.fullmatch(r"\d{4}-\d{2}", d): datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d): datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10])); return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        bad(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    expected = req + [k for k in opt if k in obj]
    if keys != expected:
        bad(f, f"{where}: fields {keys} != expected {expected}")
        return False
    return True

def is_str_list(x): return isinstance(x, list) and all(isinstance(i, str) for i in x)

texts = sorted(n for n in os.listdir(TEXTS) if n.endswith(".txt"))
golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
tstems = {n[:-4] for n in texts}; gstems = {n[:-5] for n in golds}
for s in sorted(tstems - gstems): bad(s + ".txt", "text has no gold file")
for s in sorted(gstems - tstems): bad(s + ".json", "gold file has no text")

person_names = {}  # id -> (name, file)
for g in golds:
    f = g
    stem = g[:-5]
    try:
        d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:
        bad(f, f"invalid JSON: {e}"); continue
    text = ""
    if stem in tstems:
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950: bad(stem + ".txt", f"{n} words (need 550-950)")
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        bad(f, f"top-level fields {list(d.keys()) if isinstance(d, dict) else type(d)} != {TOP}"); continue
    if d["doc"] != stem + ".txt": bad(f, f"doc {d['doc']!r} does not name the text {stem}.txt")
    if not (isinstance(d["year"], str) and YEAR.match(d["year"])): bad(f, f"year {d['year']!r} is not YYYY")
    def occurs(s): return isinstance(s, str) and s != "" and s in text
    for sec in TOP[2:]:
        if not isinstance(d[sec], list): bad(f, f"{sec} is not a list"); d[sec] = []
    ids = set()
    def check_id(where, i):
        if not (isinstance(i, str) and SLUG.match(i)): bad(f, f"{where}: id {i!r} is not a slug")
        elif i in ids: bad(f, f"{where}: duplicate id {i!r}")
        ids.add(i)
    def check_names(where, e, name_must=False):
        al = e.get("aliases", [])
        if not is_str_list(al): bad(f, f"{where}: aliases must be a list of strings"); al = []
        for a in al:
            if not occurs(a): bad(f, f"{where}: alias {a!r} not in text")
        if not isinstance(e.get("name"), str) or not e["name"]: bad(f, f"{where}: empty name")
        elif not occurs(e["name"]) and not any(occurs(a) for a in al):
            bad(f, f"{where}: neither name {e['name']!r} nor any alias occurs in text")
    def check_iso(where, c, nullable):
        if c is None and nullable: return
        if c not in ISO: bad(f, f"{where}: invalid ISO code {c!r}")
    pids = set(); aids = set(); placenames = set()
    for k, e in enumerate(d["persons"]):
        w = f"persons[{k}]"
        if not check_keys(f, w, e, *FIELDS["persons"]): continue
        check_id(w, e["id"]); pids.add(e["id"]); check_names(w, e)
        if e["office"] is not None and not occurs(e["office"]): bad(f, f"{w}: office {e['office']!r} not in text")
        check_iso(w, e["country"], True)
        prev = person_names.get(e["id"])
        if prev and prev[0] != e["name"]:
            bad(f, f"{w}: person {e['id']} named {e['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif not prev: person_names[e["id"]] = (e["name"], f)
    for k, e in enumerate(d["countries"]):
        w = f"countries[{k}]"
        if not check_keys(f, w, e, *FIELDS["countries"]): continue
        check_iso(w, e["iso"], False); check_names(w, e); placenames.add(e["name"])
    for k, e in enumerate(d["regions"]):
        w = f"regions[{k}]"
        if not check_keys(f, w, e, *FIELDS["regions"]): continue
        check_names(w, e)
    for k, e in enumerate(d["agreements"]):
        w = f"agreements[{k}]"
        if not check_keys(f, w, e, *FIELDS["agreements"]): continue
        check_id(w, e["id"]); aids.add(e["id"]); check_names(w, e)
        if not is_str_list(e["parties"]): bad(f, f"{w}: parties must be a list")
        else:
            for p in e["parties"]: check_iso(w, p, False)
    for k, e in enumerate(d["organizations"]):
        w = f"organizations[{k}]"
        if not check_keys(f, w, e, *FIELDS["organizations"]): continue
        check_id(w, e["id"]); check_names(w, e); check_iso(w, e["country"], True)
    for k, e in enumerate(d["places"]):
        w = f"places[{k}]"
        if not check_keys(f, w, e, *FIELDS["places"]): continue
        check_names(w, e); check_iso(w, e["country"], True); placenames.add(e["name"])
    for k, m in enumerate(d["meetings"]):
        w = f"meetings[{k}]"
        if not check_keys(f, w, m, *FIELDS["meetings"]): continue
        if m["kind"] not in KINDS: bad(f, f"{w}: kind {m['kind']!r} not allowed")
        if not is_str_list(m["participants"]): bad(f, f"{w}: participants must be a list")
        else:
            for p in m["participants"]:
                if p not in pids: bad(f, f"{w}: participant {p!r} is not a listed person")
        if not is_str_list(m["countries"]): bad(f, f"{w}: countries must be a list")
        else:
            for c in m["countries"]: check_iso(w, c, False)
        if not valid_date(m["date"]): bad(f, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in placenames: bad(f, f"{w}: place {m['place']!r} not in places/countries")
        if not is_str_list(m["topics"]): bad(f, f"{w}: topics must be a list")
        else:
            for t in m["topics"]:
                if t not in TOPICS: bad(f, f"{w}: topic {t!r} not allowed")
        if not is_str_list(m["agreements"]): bad(f, f"{w}: agreements must be a list")
        else:
            for a in m["agreements"]:
                if a not in aids: bad(f, f"{w}: agreement {a!r} not listed")
        if not occurs(m["evidence"]): bad(f, f"{w}: evidence not verbatim in text")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]): bad(f, f"{w}: evidence_extra must be a list")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x): bad(f, f"{w}: evidence_extra not verbatim: {x[:60]!r}")
        if "note" in m and not isinstance(m["note"], str): bad(f, f"{w}: note must be a string")
    for k, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{k}]"
        if not check_keys(f, w, c, *FIELDS["meeting_counts"]): continue
        if c["kind"] not in KINDS: bad(f, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0): bad(f, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])): bad(f, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]): bad(f, f"{w}: evidence not verbatim in text")

for p in problems: print(p)
n = len(tstems | gstems)
print(f"checked {n} files: {len(problems)} errors")
sys.exit(1 if problems else 0)
