#!/usr/bin/env python3
"""Checker for the heldout112 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
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
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"],
                 ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []
def bad(f, msg):
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
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False

def check_fields(f, sect, i, e):
    req, opt = FIELDS[sect]
    if not isinstance(e, dict):
        bad(f, f"{sect}[{i}] is not an object")
        return False
    keys = list(e.keys())
    if keys[:len(req)] != req:
        bad(f, f"{sect}[{i}] fields {keys} do not start with {req}")
        return False
    rest = keys[len(req):]
    if [k for k in rest if k not in opt] or rest != [k for k in opt if k in rest]:
        bad(f, f"{sect}[{i}] has unexpected or misordered extra fields {rest}")
        return False
    return True

def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        bad(f, f"{where}: invalid ISO code {code!r}")

def main():
    texts = {n[:-4] for n in os.listdir(TEXTS) if n.endswith(".txt")}
    golds = {n[:-5] for n in os.listdir(GOLD) if n.endswith(".json")}
    for s in sorted(texts - golds):
        bad(s, "text has no gold file")
    for s in sorted(golds - texts):
        bad(s, "gold file has no text")
    person_names = {}
    for stem in sorted(texts & golds):
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            bad(f, f"text has {n} words (need 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as ex:
            bad(f, f"invalid JSON: {ex}")
            continue
        if list(g.keys()) != TOP:
            bad(f, f"top-level fields {list(g.keys())} != {TOP}")
            continue
        if g["doc"] != stem + ".txt":
            bad(f, f"doc {g['doc']!r} does not name the text")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
            bad(f, f"year {g['year']!r} is not YYYY")
        for sect in TOP[2:]:
            if not isinstance(g[sect], list):
                bad(f, f"{sect} is not a list")
                g[sect] = []
        def occurs(s):
            return isinstance(s, str) and s != "" and s in text
        def check_surface(sect, i, e, name_key="name"):
            al = e.get("aliases", [])
            if not isinstance(al, list):
                bad(f, f"{sect}[{i}] aliases is not a list")
                al = []
            for a in al:
                if not occurs(a):
                    bad(f, f"{sect}[{i}] alias {a!r} not in text")
            if not (occurs(e.get(name_key)) or any(occurs(a) for a in al)):
                bad(f, f"{sect}[{i}] neither name {e.get(name_key)!r} nor an alias occurs in text")
        ids = {}
        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            if not check_fields(f, "persons", i, p):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                bad(f, f"persons[{i}] id {p['id']!r} is not a slug")
            if p["id"] in pids:
                bad(f, f"duplicate person id {p['id']}")
            pids.add(p["id"])
            check_surface("persons", i, p)
            if p["office"] is not None and not occurs(p["office"]):
                bad(f, f"persons[{i}] office {p['office']!r} not in text")
            check_iso(f, f"persons[{i}] country", p["country"], allow_null=True)
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]:
                bad(f, f"person {p['id']} name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
        cnames = set()
        for i, c in enumerate(g["countries"]):
            if not check_fields(f, "countries", i, c):
                continue
            check_iso(f, f"countries[{i}] iso", c["iso"])
            check_surface("countries", i, c)
            cnames.add(c["name"])
        for i, r in enumerate(g["regions"]):
            if check_fields(f, "regions", i, r):
                check_surface("regions", i, r)
        aids = set()
        for i, a in enumerate(g["agreements"]):
            if not check_fields(f, "agreements", i, a):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                bad(f, f"agreements[{i}] id {a['id']!r} is not a slug")
            if a["id"] in aids:
                bad(f, f"duplicate agreement id {a['id']}")
            aids.add(a["id"])
            check_surface("agreements", i, a)
            if not isinstance(a["parties"], list):
                bad(f, f"agreements[{i}] parties is not a list")
            else:
                for c in a["parties"]:
                    check_iso(f, f"agreements[{i}] party", c)
        oids = set()
        for i, o in enumerate(g["organizations"]):
            if not check_fields(f, "organizations", i, o):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                bad(f, f"organizations[{i}] id {o['id']!r} is not a slug")
            if o["id"] in oids:
                bad(f, f"duplicate organization id {o['id']}")
            oids.add(o["id"])
            check_surface("organizations", i, o)
            check_iso(f, f"organizations[{i}] country", o["country"], allow_null=True)
        pnames = set()
        for i, pl in enumerate(g["places"]):
            if not check_fields(f, "places", i, pl):
                continue
            check_surface("places", i, pl)
            check_iso(f, f"places[{i}] country", pl["country"], allow_null=True)
            if pl["name"] in pnames:
                bad(f, f"duplicate place {pl['name']}")
            pnames.add(pl["name"])
        for i, m in enumerate(g["meetings"]):
            if not check_fields(f, "meetings", i, m):
                continue
            if m["kind"] not in KINDS:
                bad(f, f"meetings[{i}] kind {m['kind']!r} not allowed")
            for pid in m["participants"]:
                if pid not in pids:
                    bad(f, f"meetings[{i}] participant {pid!r} not in persons")
            for c in m["countries"]:
                check_iso(f, f"meetings[{i}] country", c)
            if not valid_date(m["date"]):
                bad(f, f"meetings[{i}] invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                bad(f, f"meetings[{i}] place {m['place']!r} not in places or countries")
            for t in m["topics"]:
                if t not in TOPICS:
                    bad(f, f"meetings[{i}] topic {t!r} not allowed")
            for a in m["agreements"]:
                if a not in aids:
                    bad(f, f"meetings[{i}] agreement {a!r} not in agreements")
            if not occurs(m["evidence"]):
                bad(f, f"meetings[{i}] evidence not verbatim in text: {m['evidence'][:60]!r}")
            for x in m.get("evidence_extra", []):
                if not occurs(x):
                    bad(f, f"meetings[{i}] evidence_extra not verbatim in text: {x[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                bad(f, f"meetings[{i}] note is not a string")
        for i, k in enumerate(g["meeting_counts"]):
            if not check_fields(f, "meeting_counts", i, k):
                continue
            if k["kind"] not in KINDS:
                bad(f, f"meeting_counts[{i}] kind {k['kind']!r} not allowed")
            if not (isinstance(k["count"], int) and not isinstance(k["count"], bool) and k["count"] > 0):
                bad(f, f"meeting_counts[{i}] count {k['count']!r} is not a positive integer")
            if not (isinstance(k["year"], str) and re.fullmatch(r"\d{4}", k["year"])):
                bad(f, f"meeting_counts[{i}] year {k['year']!r} is not YYYY")
            if not occurs(k["evidence"]):
                bad(f, f"meeting_counts[{i}] evidence not verbatim in text")
    for p in problems:
        print(p)
    print(f"checked {len(texts | golds)} files: {len(problems)} errors")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
