#!/usr/bin/env python3
"""Checker for the heldout130 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, "texts"), os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE
KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ
VA VC VE VG VI VN VU WF YE YT ZA ZM ZW SU""".split())
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
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
problems = []

def err(f, msg):
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
            return 1 <= int(d[5:]) <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:]))
            return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj)
    if keys[:len(req)] != req:
        err(f, f"{where}: fields {keys} do not start with {req} in order"); return False
    rest = keys[len(req):]
    if any(k not in opt for k in rest):
        err(f, f"{where}: unexpected fields {[k for k in rest if k not in opt]}"); return False
    if [k for k in opt if k in rest] != rest:
        err(f, f"{where}: optional fields out of order {rest}")
    return True

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)

texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
for s in sorted(texts - golds):
    err(s, "text has no gold file")
for s in sorted(golds - texts):
    err(s, "gold file has no text")

person_names = {}
nfiles = 0
for stem in sorted(golds & texts):
    nfiles += 1
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950:
        err(f, f"text has {n} words (need 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if list(g) != TOP:
        err(f, f"top-level fields {list(g)} != {TOP}"); continue
    if g["doc"] != stem + ".txt":
        err(f, f"doc {g['doc']!r} does not name the text")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        err(f, f"year {g['year']!r} is not YYYY")
    ids = {"persons": set(), "agreements": set(), "organizations": set()}
    names = set()
    for sec, (req, opt) in FIELDS.items():
        if not isinstance(g[sec], list):
            err(f, f"{sec} is not a list"); continue
        for i, e in enumerate(g[sec]):
            where = f"{sec}[{i}]"
            if not check_keys(f, where, e, req, opt):
                continue
            if sec in ("persons", "agreements", "organizations"):
                if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
                    err(f, f"{where}: bad slug id {e['id']!r}")
                if e["id"] in ids[sec]:
                    err(f, f"{where}: duplicate id {e['id']}")
                ids[sec].add(e["id"])
            if sec in ("persons", "countries", "regions", "agreements", "organizations", "places"):
                if not isinstance(e["name"], str) or not e["name"]:
                    err(f, f"{where}: empty name")
                al = e.get("aliases", [])
                if not is_str_list(al):
                    err(f, f"{where}: aliases not a list of strings"); al = []
                for a in al:
                    if a not in text:
                        err(f, f"{where}: alias {a!r} not in text")
                if e["name"] not in text and not any(a in text for a in al):
                    err(f, f"{where}: neither name {e['name']!r} nor an alias occurs in text")
            if sec == "persons":
                if e["office"] is not None and (not isinstance(e["office"], str) or e["office"] not in text):
                    err(f, f"{where}: office {e['office']!r} not in text")
                if e["country"] is not None and e["country"] not in ISO:
                    err(f, f"{where}: bad country {e['country']!r}")
                prev = person_names.setdefault(e["id"], (e["name"], f))
                if prev[0] != e["name"]:
                    err(f, f"{where}: person {e['id']} named {e['name']!r} here but {prev[0]!r} in {prev[1]}")
            if sec == "countries":
                if e["iso"] not in ISO:
                    err(f, f"{where}: bad iso {e['iso']!r}")
                names.add(e["name"])
            if sec == "places":
                names.add(e["name"])
                if e["country"] is not None and e["country"] not in ISO:
                    err(f, f"{where}: bad country {e['country']!r}")
            if sec == "organizations" and e["country"] is not None and e["country"] not in ISO:
                err(f, f"{where}: bad country {e['country']!r}")
            if sec == "agreements":
                if not is_str_list(e["parties"]) or any(p not in ISO for p in e["parties"]):
                    err(f, f"{where}: bad parties {e['parties']!r}")
    for i, m in enumerate(g["meetings"]):
        where = f"meetings[{i}]"
        if not isinstance(m, dict) or list(m)[:8] != FIELDS["meetings"][0]:
            continue
        if m["kind"] not in KINDS:
            err(f, f"{where}: bad kind {m['kind']!r}")
        if not is_str_list(m["participants"]) or any(p not in ids["persons"] for p in m["participants"]):
            err(f, f"{where}: participants do not resolve: {m['participants']}")
        if not is_str_list(m["countries"]) or any(c not in ISO for c in m["countries"]):
            err(f, f"{where}: bad countries {m['countries']}")
        if not valid_date(m["date"]):
            err(f, f"{where}: bad date {m['date']!r}")
        if m["place"] is not None and m["place"] not in names:
            err(f, f"{where}: place {m['place']!r} not in places or countries")
        if not is_str_list(m["topics"]) or any(t not in TOPICS for t in m["topics"]):
            err(f, f"{where}: bad topics {m['topics']}")
        if not is_str_list(m["agreements"]) or any(a not in ids["agreements"] for a in m["agreements"]):
            err(f, f"{where}: agreements do not resolve: {m['agreements']}")
        if not isinstance(m["evidence"], str) or not m["evidence"] or m["evidence"] not in text:
            err(f, f"{where}: evidence not verbatim in text")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f, f"{where}: evidence_extra not a list of strings")
            else:
                for x in m["evidence_extra"]:
                    if x not in text:
                        err(f, f"{where}: evidence_extra not verbatim: {x[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{where}: note is not a string")
    for i, c in enumerate(g["meeting_counts"]):
        where = f"meeting_counts[{i}]"
        if not isinstance(c, dict) or list(c) != FIELDS["meeting_counts"][0]:
            continue
        if c["kind"] not in KINDS:
            err(f, f"{where}: bad kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, f"{where}: count is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f, f"{where}: year is not YYYY")
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            err(f, f"{where}: evidence not verbatim in text")

for p in problems:
    print(p)
print(f"checked {nfiles} files: {len(problems)} errors")
sys.exit(1 if problems else 0)
