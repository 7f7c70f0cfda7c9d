#!/usr/bin/env python3
"""Checker for the heldout90 gold files (Python 3 standard library only).

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
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]
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

def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != req:
        err(f, f"{where}: fields {keys} do not match required {req} in order")
    extra = [k for k in keys if k not in req and k not in opt]
    if extra:
        err(f, f"{where}: unexpected fields {extra}")
    optk = [k for k in keys if k in opt]
    if optk and keys[:len(req)] != req:
        err(f, f"{where}: optional fields must follow the required ones")
    if optk != [k for k in opt if k in optk]:
        err(f, f"{where}: optional fields out of order")
    return True

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)

def words(text):
    return len(text.split())

person_names = {}   # id -> (name, file)

def check_file(stem):
    gf = os.path.join(GOLD, stem + ".json")
    tf = os.path.join(TEXTS, stem + ".txt")
    f = stem + ".json"
    try:
        text = open(tf, encoding="utf-8").read()
    except Exception as e:
        err(f, f"cannot read text: {e}"); return
    n = words(text)
    if not 550 <= n <= 950:
        err(stem + ".txt", f"{n} words, outside 550-950")
    try:
        d = json.load(open(gf, encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); return
    if not isinstance(d, dict):
        err(f, "top level is not an object"); return
    if list(d.keys()) != TOP:
        err(f, f"top-level fields {list(d.keys())} != {TOP}")
    if d.get("doc") != stem + ".txt":
        err(f, f"doc {d.get('doc')!r} does not name the text {stem + '.txt'!r}")
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d["year"])):
        err(f, f"year {d.get('year')!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(d.get(k), list):
            err(f, f"{k} is not a list"); d[k] = []

    def occurs(s):
        return isinstance(s, str) and s in text

    # persons
    pids = set()
    for i, p in enumerate(d["persons"]):
        w = f"persons[{i}]"
        if not check_keys(f, w, p, PERSON): continue
        pid = p.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(f, f"{w}: bad id {pid!r}")
        if pid in pids: err(f, f"{w}: duplicate person id {pid}")
        pids.add(pid)
        if not isinstance(p.get("name"), str) or not p["name"]:
            err(f, f"{w}: bad name")
        if not is_str_list(p.get("aliases")):
            err(f, f"{w}: aliases not a list of strings"); p["aliases"] = []
        for a in p["aliases"]:
            if not occurs(a): err(f, f"{w} ({pid}): alias {a!r} not in text")
        if not (occurs(p.get("name")) or any(occurs(a) for a in p["aliases"])):
            err(f, f"{w} ({pid}): neither name nor any alias occurs in text")
        if p.get("office") is not None and not occurs(p["office"]):
            err(f, f"{w} ({pid}): office {p['office']!r} not in text")
        if p.get("country") is not None and p["country"] not in ISO:
            err(f, f"{w} ({pid}): bad country {p['country']!r}")
        if isinstance(pid, str) and isinstance(p.get("name"), str):
            if pid in person_names and person_names[pid][0] != p["name"]:
                err(f, f"{w}: person {pid} named {p['name']!r} here but "
                       f"{person_names[pid][0]!r} in {person_names[pid][1]}")
            else:
                person_names.setdefault(pid, (p["name"], f))

    # countries
    cnames = set()
    for i, c in enumerate(d["countries"]):
        w = f"countries[{i}]"
        if not check_keys(f, w, c, ["name", "iso"], ["aliases"]): continue
        if c.get("iso") not in ISO: err(f, f"{w}: bad iso {c.get('iso')!r}")
        cnames.add(c.get("name"))
        al = c.get("aliases", [])
        if not is_str_list(al): err(f, f"{w}: aliases not a list"); al = []
        for a in al:
            if not occurs(a): err(f, f"{w} ({c.get('name')}): alias {a!r} not in text")
        if not (occurs(c.get("name")) or any(occurs(a) for a in al)):
            err(f, f"{w}: neither name nor alias of {c.get('name')!r} occurs in text")

    # regions (canonical name may be absent from the text; aliases must occur)
    for i, r in enumerate(d["regions"]):
        w = f"regions[{i}]"
        if not check_keys(f, w, r, ["name"], ["aliases"]): continue
        al = r.get("aliases", [])
        if not is_str_list(al): err(f, f"{w}: aliases not a list"); al = []
        for a in al:
            if not occurs(a): err(f, f"{w} ({r.get('name')}): alias {a!r} not in text")
        if not (occurs(r.get("name")) or any(occurs(a) for a in al)):
            err(f, f"{w}: neither name nor alias of {r.get('name')!r} occurs in text")

    def check_slugged(lst, label, fields, has_parties):
        ids = set()
        for i, a in enumerate(lst):
            w = f"{label}[{i}]"
            if not check_keys(f, w, a, fields): continue
            aid = a.get("id")
            if not (isinstance(aid, str) and SLUG.match(aid)): err(f, f"{w}: bad id {aid!r}")
            if aid in ids: err(f, f"{w}: duplicate id {aid}")
            ids.add(aid)
            al = a.get("aliases")
            if not is_str_list(al): err(f, f"{w}: aliases not a list"); al = []
            for x in al:
                if not occurs(x): err(f, f"{w} ({aid}): alias {x!r} not in text")
            if not (occurs(a.get("name")) or any(occurs(x) for x in al)):
                err(f, f"{w} ({aid}): neither name nor alias occurs in text")
            if has_parties:
                if not is_str_list(a.get("parties")) or any(x not in ISO for x in a["parties"]):
                    err(f, f"{w} ({aid}): bad parties {a.get('parties')!r}")
            else:
                if a.get("country") is not None and a["country"] not in ISO:
                    err(f, f"{w} ({aid}): bad country {a.get('country')!r}")
        return ids
    agr_ids = check_slugged(d["agreements"], "agreements", AGREEMENT, True)
    check_slugged(d["organizations"], "organizations", ORG, False)

    pnames = set()
    for i, p in enumerate(d["places"]):
        w = f"places[{i}]"
        if not check_keys(f, w, p, PLACE): continue
        if p.get("name") in pnames: err(f, f"{w}: duplicate place {p.get('name')!r}")
        pnames.add(p.get("name"))
        al = p.get("aliases")
        if not is_str_list(al): err(f, f"{w}: aliases not a list"); al = []
        for x in al:
            if not occurs(x): err(f, f"{w} ({p.get('name')}): alias {x!r} not in text")
        if not (occurs(p.get("name")) or any(occurs(x) for x in al)):
            err(f, f"{w}: neither name nor alias of {p.get('name')!r} occurs in text")
        if p.get("country") is not None and p["country"] not in ISO:
            err(f, f"{w}: bad country {p.get('country')!r}")

    for i, m in enumerate(d["meetings"]):
        w = f"meetings[{i}]"
        if not check_keys(f, w, m, MEETING, MEETING_OPT): continue
        if m.get("kind") not in KINDS: err(f, f"{w}: bad kind {m.get('kind')!r}")
        if not is_str_list(m.get("participants")): err(f, f"{w}: participants not a list")
        else:
            for x in m["participants"]:
                if x not in pids: err(f, f"{w}: participant {x!r} not in persons")
        if not is_str_list(m.get("countries")) or any(x not in ISO for x in m["countries"]):
            err(f, f"{w}: bad countries {m.get('countries')!r}")
        if not valid_date(m.get("date")): err(f, f"{w}: bad date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in pnames and pl not in cnames:
            err(f, f"{w}: place {pl!r} not in places or countries")
        if not is_str_list(m.get("topics")) or any(t not in TOPICS for t in m["topics"]):
            err(f, f"{w}: bad topics {m.get('topics')!r}")
        if not is_str_list(m.get("agreements")) or any(a not in agr_ids for a in m["agreements"]):
            err(f, f"{w}: agreements {m.get('agreements')!r} not all listed")
        if not occurs(m.get("evidence")): err(f, f"{w}: evidence not in text: {str(m.get('evidence'))[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]): err(f, f"{w}: evidence_extra not a list")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x): err(f, f"{w}: evidence_extra not in text: {x[:70]!r}")
        if "note" in m and not isinstance(m["note"], str): err(f, f"{w}: note not a string")

    for i, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not check_keys(f, w, c, COUNT): continue
        if c.get("kind") not in KINDS: err(f, f"{w}: bad kind {c.get('kind')!r}")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
            err(f, f"{w}: count not a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f, f"{w}: year not YYYY")
        if not occurs(c.get("evidence")): err(f, f"{w}: evidence not in text")

def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith(".txt"))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith(".json"))
    for t in texts:
        if t not in golds: err(t + ".txt", "no gold file")
    for g in golds:
        if g not in texts: err(g + ".json", "no text file")
    both = [s for s in texts if s in golds]
    for s in both:
        check_file(s)
    for e in errors:
        print(e)
    print(f"checked {len(both)} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
