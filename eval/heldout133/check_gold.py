#!/usr/bin/env python3
"""Check the heldout133 gold files against their texts and the gold/README.md format.
Python 3 standard library only. Prints one line per problem, then a summary line."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, "texts"), os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ, COUNTRY_OPT = ["name", "iso"], ["aliases"]
REGION_REQ, REGION_OPT = ["name"], ["aliases"]
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
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []
def err(f, msg): problems.append(f"{f}: {msg}")

def valid_date(s):
    if s is None: return True
    if not isinstance(s, str): return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, s):
            try: datetime.datetime.strptime(s, fmt); return True
            except ValueError: return False
    return False

def check_keys(f, what, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{what}: not an object"); return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        err(f, f"{what}: fields {keys} do not start with {req} in order"); return False
    rest = keys[len(req):]
    order = [k for k in opt if k in rest]
    if rest != order:
        err(f, f"{what}: unexpected or misordered extra fields {rest}")
    return True

def is_str_list(x): return isinstance(x, list) and all(isinstance(i, str) for i in x)

def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds): err(s, "text has no gold file")
    for s in sorted(golds - texts): err(s, "gold file has no text")
    person_names = {}
    for stem in sorted(texts & golds):
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
        try: g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e: err(f, f"invalid JSON: {e}"); continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP}"); 
            if not isinstance(g, dict): continue
        if g.get("doc") != stem + ".txt": err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.match(r"^\d{4}$", g["year"])): err(f, "year must be a YYYY string")
        for k in TOP[2:]:
            if not isinstance(g.get(k), list): err(f, f"{k} must be a list"); g[k] = []

        def occurs(s): return isinstance(s, str) and s != "" and s in text
        def check_names(what, e, need_name_or_alias=True):
            al = e.get("aliases", [])
            if not is_str_list(al): err(f, f"{what}: aliases must be a list of strings"); al = []
            for a in al:
                if not occurs(a): err(f, f"{what}: alias {a!r} not in text")
            if need_name_or_alias and not (occurs(e.get("name")) or any(occurs(a) for a in al)):
                err(f, f"{what}: neither name nor any alias occurs in text")

        ids = set()
        def check_id(what, i):
            if not (isinstance(i, str) and SLUG.match(i)): err(f, f"{what}: bad slug id {i!r}")
            if i in ids: err(f, f"{what}: duplicate id {i!r}")
            ids.add(i)

        pids = set()
        for p in g["persons"]:
            w = f"person {p.get('id') if isinstance(p, dict) else p}"
            if not check_keys(f, w, p, PERSON): continue
            check_id(w, p["id"]); pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]: err(f, f"{w}: empty name")
            check_names(w, p)
            if p["office"] is not None and not occurs(p["office"]): err(f, f"{w}: office {p['office']!r} not in text")
            if p["country"] is not None and p["country"] not in ISO: err(f, f"{w}: bad country {p['country']!r}")
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]: err(f, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
        cnames = set()
        for c in g["countries"]:
            w = f"country {c.get('name') if isinstance(c, dict) else c}"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
            if c["iso"] not in ISO: err(f, f"{w}: bad iso {c['iso']!r}")
            check_names(w, c); cnames.add(c["name"])
        for r in g["regions"]:
            w = f"region {r.get('name') if isinstance(r, dict) else r}"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT): continue
            check_names(w, r)
        aids = set()
        for a in g["agreements"]:
            w = f"agreement {a.get('id') if isinstance(a, dict) else a}"
            if not check_keys(f, w, a, AGREEMENT): continue
            check_id(w, a["id"]); aids.add(a["id"]); check_names(w, a)
            if not is_str_list(a["parties"]) or any(x not in ISO for x in a["parties"]): err(f, f"{w}: bad parties {a['parties']!r}")
        for o in g["organizations"]:
            w = f"organization {o.get('id') if isinstance(o, dict) else o}"
            if not check_keys(f, w, o, ORG): continue
            check_id(w, o["id"]); check_names(w, o)
            if o["country"] is not None and o["country"] not in ISO: err(f, f"{w}: bad country {o['country']!r}")
        plnames = set()
        for pl in g["places"]:
            w = f"place {pl.get('name') if isinstance(pl, dict) else pl}"
            if not check_keys(f, w, pl, PLACE): continue
            check_names(w, pl); plnames.add(pl["name"])
            if pl["country"] is not None and pl["country"] not in ISO: err(f, f"{w}: bad country {pl['country']!r}")
        for i, m in enumerate(g["meetings"]):
            w = f"meeting {i}"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT): continue
            if m["kind"] not in KINDS: err(f, f"{w}: bad kind {m['kind']!r}")
            if not is_str_list(m["participants"]): err(f, f"{w}: participants must be a list of strings")
            else:
                for x in m["participants"]:
                    if x not in pids: err(f, f"{w}: participant {x!r} not among persons")
            if not is_str_list(m["countries"]) or any(x not in ISO for x in m["countries"]): err(f, f"{w}: bad countries {m['countries']!r}")
            if not valid_date(m["date"]): err(f, f"{w}: bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in plnames | cnames: err(f, f"{w}: place {m['place']!r} not in places or countries")
            if not is_str_list(m["topics"]) or any(t not in TOPICS for t in m["topics"]): err(f, f"{w}: bad topics {m['topics']!r}")
            if not is_str_list(m["agreements"]) or any(a not in aids for a in m["agreements"]): err(f, f"{w}: agreements do not resolve {m['agreements']!r}")
            if not occurs(m["evidence"]): err(f, f"{w}: evidence not found verbatim in text")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]): err(f, f"{w}: evidence_extra must be a list of strings")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e): err(f, f"{w}: evidence_extra not found verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str): err(f, f"{w}: note must be a string")
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_count {i}"
            if not check_keys(f, w, c, COUNT): continue
            if c["kind"] not in KINDS: err(f, f"{w}: bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0): err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])): err(f, f"{w}: year must be YYYY")
            if not occurs(c["evidence"]): err(f, f"{w}: evidence not found verbatim in text")
    for p in problems: print(p)
    nfiles = len(texts | golds)
    print(f"checked {nfiles} files: {len(problems)} errors")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
