#!/usr/bin/env python3
"""Checker for the heldout94 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, "texts"), os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso", "aliases"], []),
    "regions": (["name", "aliases"], []),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"],
                 ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
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
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def check_fields(f, sec, i, e):
    req, opt = FIELDS[sec]
    if not isinstance(e, dict):
        err(f, f"{sec}[{i}] is not an object")
        return False
    keys = list(e.keys())
    if keys[:len(req)] != req:
        err(f, f"{sec}[{i}] fields {keys} do not start with {req} in order")
        return False
    extra = keys[len(req):]
    if any(k not in opt for k in extra) or extra != [k for k in opt if k in extra]:
        err(f, f"{sec}[{i}] has unexpected or misordered fields {extra}")
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith(".txt")}
golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith(".json")}
for s in sorted(texts - golds):
    err(s, "text has no gold file")
for s in sorted(golds - texts):
    err(s, "gold file has no text")

person_names = {}
checked = 0
for stem in sorted(golds & texts):
    checked += 1
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950:
        err(f, f"text has {n} words (need 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as ex:
        err(f, f"invalid JSON: {ex}")
        continue
    if list(g.keys()) != TOP:
        err(f, f"top-level fields {list(g.keys())} != {TOP}")
        continue
    if g["doc"] != stem + ".txt":
        err(f, f"doc {g['doc']!r} does not name the text")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        err(f, f"year {g['year']!r} is not YYYY")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_names(sec, i, e, name_must_or_alias=True):
        if not is_str_list(e["aliases"]):
            err(f, f"{sec}[{i}] aliases is not a list of strings")
            return
        for a in e["aliases"]:
            if not occurs(a):
                err(f, f"{sec}[{i}] alias {a!r} not in text")
        if name_must_or_alias and not (occurs(e["name"]) or any(occurs(a) for a in e["aliases"])):
            err(f, f"{sec}[{i}] neither name {e['name']!r} nor an alias occurs in text")

    ids = set()
    def check_id(sec, i, e):
        if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
            err(f, f"{sec}[{i}] id {e['id']!r} is not a slug")
        if e["id"] in ids:
            err(f, f"{sec}[{i}] duplicate id {e['id']!r}")
        ids.add(e["id"])

    def check_iso(sec, i, c, nullable=True):
        if c is None and nullable:
            return
        if c not in ISO:
            err(f, f"{sec}[{i}] invalid country code {c!r}")

    for sec in ["persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]:
        if not isinstance(g[sec], list):
            err(f, f"{sec} is not a list")
            g[sec] = []

    pids = set()
    for i, p in enumerate(g["persons"]):
        if not check_fields(f, "persons", i, p):
            continue
        check_id("persons", i, p)
        pids.add(p["id"])
        check_names("persons", i, p)
        if p["office"] is not None and not occurs(p["office"]):
            err(f, f"persons[{i}] office {p['office']!r} not in text")
        check_iso("persons", i, p["country"])
        prev = person_names.setdefault(p["id"], (p["name"], f))
        if prev[0] != p["name"]:
            err(f, f"person {p['id']} name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
    cnames = set()
    for i, c in enumerate(g["countries"]):
        if not check_fields(f, "countries", i, c):
            continue
        check_iso("countries", i, c["iso"], nullable=False)
        check_names("countries", i, c)
        cnames.add(c["name"])
    for i, r in enumerate(g["regions"]):
        if check_fields(f, "regions", i, r):
            check_names("regions", i, r)
    aids = set()
    for i, a in enumerate(g["agreements"]):
        if not check_fields(f, "agreements", i, a):
            continue
        check_id("agreements", i, a)
        aids.add(a["id"])
        check_names("agreements", i, a)
        if not isinstance(a["parties"], list):
            err(f, f"agreements[{i}] parties is not a list")
        else:
            for c in a["parties"]:
                check_iso("agreements", i, c, nullable=False)
    for i, o in enumerate(g["organizations"]):
        if not check_fields(f, "organizations", i, o):
            continue
        check_id("organizations", i, o)
        check_names("organizations", i, o)
        check_iso("organizations", i, o["country"])
    pnames = set()
    for i, pl in enumerate(g["places"]):
        if not check_fields(f, "places", i, pl):
            continue
        check_names("places", i, pl)
        check_iso("places", i, pl["country"])
        pnames.add(pl["name"])
    for i, m in enumerate(g["meetings"]):
        if not check_fields(f, "meetings", i, m):
            continue
        if m["kind"] not in KINDS:
            err(f, f"meetings[{i}] kind {m['kind']!r} not allowed")
        if not is_str_list(m["participants"]) or any(x not in pids for x in m["participants"]):
            err(f, f"meetings[{i}] participants {m['participants']} do not all resolve to persons")
        if not isinstance(m["countries"], list):
            err(f, f"meetings[{i}] countries is not a list")
        else:
            for c in m["countries"]:
                check_iso(f"meetings[{i}].countries", i, c, nullable=False)
        if not valid_date(m["date"]):
            err(f, f"meetings[{i}] invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(f, f"meetings[{i}] place {m['place']!r} not in places or countries")
        if not is_str_list(m["topics"]) or any(t not in TOPICS for t in m["topics"]):
            err(f, f"meetings[{i}] topics {m['topics']} not all allowed")
        if not is_str_list(m["agreements"]) or any(a not in aids for a in m["agreements"]):
            err(f, f"meetings[{i}] agreements {m['agreements']} do not all resolve")
        if not occurs(m["evidence"]):
            err(f, f"meetings[{i}] evidence not verbatim in text: {str(m['evidence'])[:60]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f, f"meetings[{i}] evidence_extra is not a list of strings")
            else:
                for s in m["evidence_extra"]:
                    if not occurs(s):
                        err(f, f"meetings[{i}] evidence_extra not verbatim: {s[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"meetings[{i}] note is not a string")
    for i, k in enumerate(g["meeting_counts"]):
        if not check_fields(f, "meeting_counts", i, k):
            continue
        if k["kind"] not in KINDS:
            err(f, f"meeting_counts[{i}] kind {k['kind']!r} not allowed")
        if not (isinstance(k["count"], int) and not isinstance(k["count"], bool) and k["count"] > 0):
            err(f, f"meeting_counts[{i}] count {k['count']!r} is not a positive integer")
        if not (isinstance(k["year"], str) and re.fullmatch(r"\d{4}", k["year"])):
            err(f, f"meeting_counts[{i}] year {k['year']!r} is not YYYY")
        if not occurs(k["evidence"]):
            err(f, f"meeting_counts[{i}] evidence not verbatim in text")

for e in errors:
    print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
