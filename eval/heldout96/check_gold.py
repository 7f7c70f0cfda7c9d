#!/usr/bin/env python3
"""Check the heldout96 gold files against the texts and the format of gold/README.md.

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
Python 3 standard library only.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]; COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]; REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def valid_date(d):
    if d is None: return True
    if not isinstance(d, str): return False
    try:
        if re.fullmatch(r"\d{4}", d): return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d); return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != req:
        err(f, f"{where}: fields {keys} do not match required {req} in order")
        return False
    extra = [k for k in keys if k not in req]
    bad = [k for k in extra if k not in opt]
    if bad: err(f, f"{where}: unexpected fields {bad}")
    # optional fields must come after the required ones, in documented order
    if keys[:len(req)] != req: err(f, f"{where}: optional fields before required ones")
    optseen = [k for k in keys[len(req):] if k in opt]
    if optseen != [k for k in opt if k in optseen]: err(f, f"{where}: optional fields out of order")
    return True

def is_str_list(x): return isinstance(x, list) and all(isinstance(s, str) for s in x)

def check_iso(f, where, code, allow_null=True):
    if code is None and allow_null: return
    if code not in ISO: err(f, f"{where}: invalid ISO code {code!r}")

def main():
    texts = sorted(x for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x for x in os.listdir(GOLD) if x.endswith(".json"))
    tstems = {x[:-4] for x in texts}; gstems = {x[:-5] for x in golds}
    for s in sorted(tstems - gstems): err(s, "text has no gold file")
    for s in sorted(gstems - tstems): err(s, "gold file has no text")
    person_names = {}
    for stem in sorted(tstems & gstems):
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"invalid JSON: {e}"); continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields {list(g.keys()) if isinstance(g, dict) else type(g)} != {TOP}"); continue
        if g["doc"] != stem + ".txt": err(f, f"doc {g['doc']!r} does not name the text")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])): err(f, f"year {g['year']!r} not YYYY")
        for k in TOP[2:]:
            if not isinstance(g[k], list): err(f, f"{k} is not a list")
        def occurs(s): return isinstance(s, str) and s != "" and s in text
        def check_surface(where, name, aliases):
            if not is_str_list(aliases): err(f, f"{where}: aliases not a list of strings"); return
            for a in aliases:
                if not occurs(a): err(f, f"{where}: alias {a!r} not in text")
            if not (occurs(name) or any(occurs(a) for a in aliases)):
                err(f, f"{where}: neither name {name!r} nor an alias occurs in text")
        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON): continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])): err(f, f"{w}: bad id {p['id']!r}")
            if p["id"] in pids: err(f, f"{w}: duplicate id {p['id']}")
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]: err(f, f"{w}: bad name")
            check_surface(f"{w} ({p['id']})", p["name"], p["aliases"])
            if p["office"] is not None and not occurs(p["office"]): err(f, f"{w}: office {p['office']!r} not in text")
            check_iso(f, w, p["country"])
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]: err(f, f"{w}: person {p['id']} named {p['name']!r} but {prev[0]!r} in {prev[1]}")
        # countries
        cnames = set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
            check_iso(f, w, c["iso"], allow_null=False)
            check_surface(f"{w} ({c['name']})", c["name"], c.get("aliases", []))
            cnames.add(c["name"])
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT): continue
            check_surface(f"{w} ({r['name']})", r["name"], r.get("aliases", []))
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT): continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])): err(f, f"{w}: bad id {a['id']!r}")
            if a["id"] in aids: err(f, f"{w}: duplicate id {a['id']}")
            aids.add(a["id"])
            check_surface(f"{w} ({a['id']})", a["name"], a["aliases"])
            if not is_str_list(a["parties"]): err(f, f"{w}: parties not a list")
            else:
                for c in a["parties"]: check_iso(f, w, c, allow_null=False)
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG): continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])): err(f, f"{w}: bad id {o['id']!r}")
            if o["id"] in oids: err(f, f"{w}: duplicate id {o['id']}")
            oids.add(o["id"])
            check_surface(f"{w} ({o['id']})", o["name"], o["aliases"])
            check_iso(f, w, o["country"])
        pnames = set()
        for i, pl in enumerate(g["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, pl, PLACE): continue
            if pl["name"] in pnames: err(f, f"{w}: duplicate place {pl['name']}")
            pnames.add(pl["name"])
            check_surface(f"{w} ({pl['name']})", pl["name"], pl["aliases"])
            check_iso(f, w, pl["country"])
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT): continue
            if m["kind"] not in KINDS: err(f, f"{w}: bad kind {m['kind']!r}")
            if not is_str_list(m["participants"]): err(f, f"{w}: participants not a list")
            else:
                for p in m["participants"]:
                    if p not in pids: err(f, f"{w}: participant {p!r} not in persons")
                if len(set(m["participants"])) != len(m["participants"]): err(f, f"{w}: duplicate participant")
            if not is_str_list(m["countries"]): err(f, f"{w}: countries not a list")
            else:
                for c in m["countries"]: check_iso(f, w, c, allow_null=False)
            if not valid_date(m["date"]): err(f, f"{w}: bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            if not is_str_list(m["topics"]): err(f, f"{w}: topics not a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS: err(f, f"{w}: bad topic {t!r}")
            if not is_str_list(m["agreements"]): err(f, f"{w}: agreements not a list")
            else:
                for a in m["agreements"]:
                    if a not in aids: err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m["evidence"]): err(f, f"{w}: evidence not verbatim in text")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]): err(f, f"{w}: evidence_extra not a list")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e): err(f, f"{w}: evidence_extra not verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str): err(f, f"{w}: note not a string")
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT): continue
            if c["kind"] not in KINDS: err(f, f"{w}: bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0): err(f, f"{w}: count not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])): err(f, f"{w}: year not YYYY")
            if not occurs(c["evidence"]): err(f, f"{w}: evidence not verbatim in text")
    for e in errors: print(e)
    nfiles = len(tstems | gstems)
    print(f"checked {nfiles} files: {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
