#!/usr/bin/env python3
"""Checker for the heldout83 gold files (Python 3 standard library only).

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
COUNTRY = ["name", "iso"]            # + optional aliases
REGION = ["name"]                    # + optional aliases
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

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
            datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10])); return True
    except ValueError:
        return False
    return False

def check_keys(f, what, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{what} is not an object"); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in required]
    extra = [k for k in keys if k not in required and k not in optional]
    if base != required:
        err(f, f"{what}: required fields {required} missing or out of order (got {keys})")
    if extra:
        err(f, f"{what}: unexpected fields {extra}")
    # optional fields must come after the required ones, in documented order
    opt = [k for k in keys if k in optional]
    if opt != [k for k in optional if k in opt] or (opt and keys.index(opt[0]) < len(required)):
        err(f, f"{what}: optional fields misplaced (got {keys})")
    return True

def check_iso(f, what, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{what}: invalid ISO code {code!r}")

def check_str_list(f, what, lst):
    if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
        err(f, f"{what}: must be a list of strings"); return False
    return True

def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        f = stem + ".json"
        checked += 1
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"cannot parse JSON: {e}"); continue
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (must be 550-950)")
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP}"); 
            if not isinstance(g, dict): continue
        if g.get("doc") != stem + ".txt":
            err(f, f"doc {g.get('doc')!r} does not name the text")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, "year must be a YYYY string")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        ids = set()
        def check_id(what, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                err(f, f"{what}: id {i!r} is not a slug")
            if i in ids:
                err(f, f"{what}: duplicate id {i!r}")
            ids.add(i)

        pids = set()
        for k, p in enumerate(g.get("persons", [])):
            w = f"persons[{k}]"
            if not check_keys(f, w, p, PERSON): continue
            check_id(w, p["id"]); pids.add(p["id"])
            if check_str_list(f, w + ".aliases", p["aliases"]):
                for a in p["aliases"]:
                    if not occurs(a): err(f, f"{w} ({p['id']}): alias {a!r} not in text")
                if not occurs(p["name"]) and not any(occurs(a) for a in p["aliases"]):
                    err(f, f"{w} ({p['id']}): neither name nor any alias occurs in text")
            if p["office"] is not None and not occurs(p["office"]):
                err(f, f"{w} ({p['id']}): office {p['office']!r} not in text")
            check_iso(f, w + ".country", p["country"])
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]:
                err(f, f"{w}: person {p['id']} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")

        names_for_place = set()
        for k, c in enumerate(g.get("countries", [])):
            w = f"countries[{k}]"
            if not check_keys(f, w, c, COUNTRY, ("aliases",)): continue
            check_iso(f, w, c["iso"], allow_null=False)
            al = c.get("aliases", [])
            if check_str_list(f, w + ".aliases", al):
                for a in al:
                    if not occurs(a): err(f, f"{w} ({c['name']}): alias {a!r} not in text")
                if not occurs(c["name"]) and not any(occurs(a) for a in al):
                    err(f, f"{w} ({c['name']}): neither name nor alias occurs in text")
            names_for_place.add(c["name"])
        for k, r in enumerate(g.get("regions", [])):
            w = f"regions[{k}]"
            if not check_keys(f, w, r, REGION, ("aliases",)): continue
            al = r.get("aliases", [])
            if check_str_list(f, w + ".aliases", al):
                for a in al:
                    if not occurs(a): err(f, f"{w} ({r['name']}): alias {a!r} not in text")
                if not occurs(r["name"]) and not any(occurs(a) for a in al):
                    err(f, f"{w} ({r['name']}): neither name nor alias occurs in text")
        aids = set()
        for k, a in enumerate(g.get("agreements", [])):
            w = f"agreements[{k}]"
            if not check_keys(f, w, a, AGREEMENT): continue
            check_id(w, a["id"]); aids.add(a["id"])
            if check_str_list(f, w + ".aliases", a["aliases"]):
                for x in a["aliases"]:
                    if not occurs(x): err(f, f"{w} ({a['id']}): alias {x!r} not in text")
                if not occurs(a["name"]) and not any(occurs(x) for x in a["aliases"]):
                    err(f, f"{w} ({a['id']}): neither name nor alias occurs in text")
            if not isinstance(a["parties"], list):
                err(f, f"{w}: parties must be a list")
            else:
                for pc in a["parties"]: check_iso(f, w + ".parties", pc, allow_null=False)
        for k, o in enumerate(g.get("organizations", [])):
            w = f"organizations[{k}]"
            if not check_keys(f, w, o, ORG): continue
            check_id(w, o["id"])
            if check_str_list(f, w + ".aliases", o["aliases"]):
                for x in o["aliases"]:
                    if not occurs(x): err(f, f"{w} ({o['id']}): alias {x!r} not in text")
                if not occurs(o["name"]) and not any(occurs(x) for x in o["aliases"]):
                    err(f, f"{w} ({o['id']}): neither name nor alias occurs in text")
            check_iso(f, w + ".country", o["country"])
        for k, p in enumerate(g.get("places", [])):
            w = f"places[{k}]"
            if not check_keys(f, w, p, PLACE): continue
            if check_str_list(f, w + ".aliases", p["aliases"]):
                for x in p["aliases"]:
                    if not occurs(x): err(f, f"{w} ({p['name']}): alias {x!r} not in text")
                if not occurs(p["name"]) and not any(occurs(x) for x in p["aliases"]):
                    err(f, f"{w} ({p['name']}): neither name nor alias occurs in text")
            check_iso(f, w + ".country", p["country"])
            names_for_place.add(p["name"])
        for k, m in enumerate(g.get("meetings", [])):
            w = f"meetings[{k}]"
            if not check_keys(f, w, m, MEETING, MEETING_OPT): continue
            if m["kind"] not in KINDS: err(f, f"{w}: unknown kind {m['kind']!r}")
            for pid in m["participants"]:
                if pid not in pids: err(f, f"{w}: participant {pid!r} not among persons")
            if len(set(m["participants"])) != len(m["participants"]):
                err(f, f"{w}: duplicate participants")
            for c in m["countries"]: check_iso(f, w + ".countries", c, allow_null=False)
            if not valid_date(m["date"]): err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in names_for_place:
                err(f, f"{w}: place {m['place']!r} is not a name in places or countries")
            for t in m["topics"]:
                if t not in TOPICS: err(f, f"{w}: unknown topic {t!r}")
            for a in m["agreements"]:
                if a not in aids: err(f, f"{w}: agreement {a!r} not among agreements")
            if not occurs(m["evidence"]): err(f, f"{w}: evidence not in text: {str(m['evidence'])[:70]!r}")
            if "evidence_extra" in m:
                if check_str_list(f, w + ".evidence_extra", m["evidence_extra"]):
                    for e in m["evidence_extra"]:
                        if not occurs(e): err(f, f"{w}: evidence_extra not in text: {e[:70]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for k, c in enumerate(g.get("meeting_counts", [])):
            w = f"meeting_counts[{k}]"
            if not check_keys(f, w, c, COUNT): continue
            if c["kind"] not in KINDS: err(f, f"{w}: unknown kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year must be YYYY")
            if not occurs(c["evidence"]): err(f, f"{w}: evidence not in text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
