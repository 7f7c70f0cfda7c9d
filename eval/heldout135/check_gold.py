#!/usr/bin/env python3
"""Check the heldout135 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
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

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(a, str) and a for a in x)

texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
for t in texts:
    if t not in golds:
        err(t, "text has no gold file")
for g in golds:
    if g not in texts:
        err(g, "gold file has no text")

person_names = {}  # id -> (name, file)
checked = 0
for stem in golds:
    if stem not in texts:
        continue
    checked += 1
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950:
        err(f, f"text has {n} words (need 550-950)")
    try:
        d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(f, f"top-level fields must be exactly {TOP}"); continue
    if d["doc"] != stem + ".txt":
        err(f, f"doc is {d['doc']!r}, expected {stem + '.txt'!r}")
    if not (isinstance(d["year"], str) and YEAR.match(d["year"])):
        err(f, f"year {d['year']!r} is not YYYY")
    for sec, (req, opt) in FIELDS.items():
        if not isinstance(d[sec], list):
            err(f, f"{sec} is not a list"); continue
        for i, e in enumerate(d[sec]):
            if not isinstance(e, dict):
                err(f, f"{sec}[{i}] is not an object"); continue
            keys = list(e.keys())
            if keys[:len(req)] != req:
                err(f, f"{sec}[{i}] fields {keys} must start with {req} in order")
            extra = keys[len(req):]
            allowed = [k for k in opt]
            if any(k not in allowed for k in extra) or extra != [k for k in allowed if k in extra]:
                err(f, f"{sec}[{i}] has unexpected or misordered fields {extra} (optional: {opt})")
    if errors and any(x.startswith(f + ":") and "fields" in x for x in errors):
        continue

    ids = set()
    def check_id(sec, e):
        i = e.get("id")
        if not (isinstance(i, str) and SLUG.match(i)):
            err(f, f"{sec} id {i!r} is not a slug")
        elif (sec, i) in ids:
            err(f, f"duplicate {sec} id {i!r}")
        ids.add((sec, i))

    def check_surface(sec, e, label):
        al = e.get("aliases", [])
        if not is_str_list(al):
            err(f, f"{sec} {label}: aliases must be a list of non-empty strings"); al = []
        for a in al:
            if a not in text:
                err(f, f"{sec} {label}: alias {a!r} not in text")
        nm = e.get("name")
        if not (isinstance(nm, str) and nm):
            err(f, f"{sec} {label}: name missing")
        elif nm not in text and not any(a in text for a in al):
            err(f, f"{sec} {label}: neither name nor any alias occurs in text")

    def check_iso(sec, label, c, nullable):
        if c is None and nullable:
            return
        if c not in ISO:
            err(f, f"{sec} {label}: invalid country code {c!r}")

    person_ids = set()
    for p in d["persons"]:
        check_id("persons", p); person_ids.add(p.get("id"))
        check_surface("persons", p, p.get("id"))
        if p.get("office") is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                err(f, f"person {p.get('id')}: office {p.get('office')!r} not in text")
        check_iso("persons", p.get("id"), p.get("country"), True)
        pid, nm = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != nm:
            err(f, f"person {pid}: name {nm!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (nm, f))
    country_names = set()
    for c in d["countries"]:
        check_surface("countries", c, c.get("name"))
        check_iso("countries", c.get("name"), c.get("iso"), False)
        country_names.add(c.get("name"))
    for r in d["regions"]:
        check_surface("regions", r, r.get("name"))
    agr_ids = set()
    for a in d["agreements"]:
        check_id("agreements", a); agr_ids.add(a.get("id"))
        check_surface("agreements", a, a.get("id"))
        if not isinstance(a.get("parties"), list):
            err(f, f"agreement {a.get('id')}: parties not a list")
        else:
            for c in a["parties"]:
                check_iso("agreements", a.get("id"), c, False)
    for o in d["organizations"]:
        check_id("organizations", o)
        check_surface("organizations", o, o.get("id"))
        check_iso("organizations", o.get("id"), o.get("country"), True)
    place_names = set()
    for p in d["places"]:
        check_surface("places", p, p.get("name"))
        check_iso("places", p.get("name"), p.get("country"), True)
        place_names.add(p.get("name"))
    for i, m in enumerate(d["meetings"]):
        lab = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            err(f, f"{lab}: kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants", []):
            if pid not in person_ids:
                err(f, f"{lab}: participant {pid!r} not in persons")
        for c in m.get("countries", []):
            check_iso(lab, "countries", c, False)
        if not valid_date(m.get("date")):
            err(f, f"{lab}: invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in place_names and pl not in country_names:
            err(f, f"{lab}: place {pl!r} is not a name in places or countries")
        for t in m.get("topics", []):
            if t not in TOPICS:
                err(f, f"{lab}: topic {t!r} not allowed")
        for a in m.get("agreements", []):
            if a not in agr_ids:
                err(f, f"{lab}: agreement {a!r} not in agreements")
        ev = m.get("evidence")
        if not (isinstance(ev, str) and ev and ev in text):
            err(f, f"{lab}: evidence not verbatim in text: {str(ev)[:70]!r}")
        for x in m.get("evidence_extra", []):
            if not (isinstance(x, str) and x in text):
                err(f, f"{lab}: evidence_extra not verbatim in text: {str(x)[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{lab}: note is not a string")
    for i, k in enumerate(d["meeting_counts"]):
        lab = f"meeting_counts[{i}]"
        if k.get("kind") not in KINDS:
            err(f, f"{lab}: kind {k.get('kind')!r} not allowed")
        if not (isinstance(k.get("count"), int) and not isinstance(k.get("count"), bool) and k["count"] > 0):
            err(f, f"{lab}: count must be a positive integer")
        if not (isinstance(k.get("year"), str) and YEAR.match(k["year"])):
            err(f, f"{lab}: year {k.get('year')!r} is not YYYY")
        if not (isinstance(k.get("evidence"), str) and k["evidence"] in text):
            err(f, f"{lab}: evidence not verbatim in text")

for e in errors:
    print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
