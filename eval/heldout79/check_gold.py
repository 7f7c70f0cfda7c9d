#!/usr/bin/env python3
"""Checker for the heldout79 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, 'texts'), os.path.join(HERE, 'gold')

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())

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
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def valid_date(d):
    if d is None: return True
    if not isinstance(d, str): return False
    try:
        if re.fullmatch(r'\d{4}', d): return True
        if re.fullmatch(r'\d{4}-\d{2}', d): datetime.date(int(d[:4]), int(d[5:7]), 1); return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): datetime.date.fromisoformat(d); return True
    except ValueError:
        return False
    return False

def check_fields(f, sec, i, e):
    req, opt = FIELDS[sec]
    if not isinstance(e, dict): err(f, f"{sec}[{i}] is not an object"); return False
    keys = list(e.keys())
    if keys[:len(req)] != req: err(f, f"{sec}[{i}] fields {keys} do not start with {req} in order")
    extra = keys[len(req):]
    allowed = [k for k in opt]
    if [k for k in extra if k not in allowed]: err(f, f"{sec}[{i}] unexpected fields {[k for k in extra if k not in allowed]}")
    if extra != [k for k in allowed if k in extra]: err(f, f"{sec}[{i}] optional fields out of order {extra}")
    return True

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where} must be a list of strings"); return []
    return v

texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith('.txt'))
golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith('.json'))
for s in sorted(set(texts) - set(golds)): err(s, "text has no gold file")
for s in sorted(set(golds) - set(texts)): err(s, "gold file has no text")

person_names = {}
checked = 0
for stem in sorted(set(texts) & set(golds)):
    f = stem + '.json'
    text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f"text has {n} words (needs 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
    except Exception as ex:
        err(f, f"invalid JSON: {ex}"); continue
    checked += 1
    if list(g.keys()) != TOP: err(f, f"top-level fields {list(g.keys())} != {TOP}"); 
    if g.get('doc') != stem + '.txt': err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(g.get('year'), str) and re.fullmatch(r'\d{4}', g['year'])): err(f, "year must be a YYYY string")
    for sec in TOP[2:]:
        if not isinstance(g.get(sec), list): err(f, f"{sec} must be a list"); g[sec] = []
    def occurs(s): return isinstance(s, str) and s in text
    # persons
    pids = set()
    for i, p in enumerate(g['persons']):
        if not check_fields(f, 'persons', i, p): continue
        pid = p.get('id')
        if not (isinstance(pid, str) and SLUG.match(pid)): err(f, f"person id {pid!r} is not a slug")
        if pid in pids: err(f, f"duplicate person id {pid}")
        pids.add(pid)
        al = str_list(f, f"person {pid} aliases", p.get('aliases'))
        for a in al:
            if not occurs(a): err(f, f"person {pid} alias {a!r} not in text")
        if not (occurs(p.get('name')) or any(occurs(a) for a in al)): err(f, f"person {pid}: neither name nor any alias in text")
        if p.get('office') is not None and not occurs(p['office']): err(f, f"person {pid} office {p['office']!r} not in text")
        if p.get('country') is not None and p['country'] not in ISO: err(f, f"person {pid} country {p['country']!r} not ISO")
        if pid in person_names and person_names[pid][0] != p.get('name'):
            err(f, f"person {pid} name {p.get('name')!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (p.get('name'), f))
    # countries
    cnames = set()
    for i, c in enumerate(g['countries']):
        if not check_fields(f, 'countries', i, c): continue
        if c.get('iso') not in ISO: err(f, f"country {c.get('name')!r} iso {c.get('iso')!r} not ISO")
        al = str_list(f, f"country {c.get('name')} aliases", c.get('aliases', []))
        for a in al:
            if not occurs(a): err(f, f"country alias {a!r} not in text")
        if not (occurs(c.get('name')) or any(occurs(a) for a in al)): err(f, f"country {c.get('name')!r}: neither name nor alias in text")
        cnames.add(c.get('name'))
    for i, r in enumerate(g['regions']):
        if not check_fields(f, 'regions', i, r): continue
        al = str_list(f, f"region {r.get('name')} aliases", r.get('aliases', []))
        for a in al:
            if not occurs(a): err(f, f"region alias {a!r} not in text")
        if not (occurs(r.get('name')) or any(occurs(a) for a in al)): err(f, f"region {r.get('name')!r}: neither name nor alias in text")
    aids = set()
    for i, a in enumerate(g['agreements']):
        if not check_fields(f, 'agreements', i, a): continue
        aid = a.get('id')
        if not (isinstance(aid, str) and SLUG.match(aid)): err(f, f"agreement id {aid!r} is not a slug")
        if aid in aids: err(f, f"duplicate agreement id {aid}")
        aids.add(aid)
        for x in str_list(f, f"agreement {aid} aliases", a.get('aliases')):
            if not occurs(x): err(f, f"agreement {aid} alias {x!r} not in text")
        for x in str_list(f, f"agreement {aid} parties", a.get('parties')):
            if x not in ISO: err(f, f"agreement {aid} party {x!r} not ISO")
    oids = set()
    for i, o in enumerate(g['organizations']):
        if not check_fields(f, 'organizations', i, o): continue
        oid = o.get('id')
        if not (isinstance(oid, str) and SLUG.match(oid)): err(f, f"organization id {oid!r} is not a slug")
        if oid in oids: err(f, f"duplicate organization id {oid}")
        oids.add(oid)
        al = str_list(f, f"organization {oid} aliases", o.get('aliases'))
        for x in al:
            if not occurs(x): err(f, f"organization {oid} alias {x!r} not in text")
        if not (occurs(o.get('name')) or any(occurs(x) for x in al)): err(f, f"organization {oid}: neither name nor alias in text")
        if o.get('country') is not None and o['country'] not in ISO: err(f, f"organization {oid} country not ISO")
    pnames = set()
    for i, p in enumerate(g['places']):
        if not check_fields(f, 'places', i, p): continue
        al = str_list(f, f"place {p.get('name')} aliases", p.get('aliases'))
        for x in al:
            if not occurs(x): err(f, f"place alias {x!r} not in text")
        if not (occurs(p.get('name')) or any(occurs(x) for x in al)): err(f, f"place {p.get('name')!r}: neither name nor alias in text")
        if p.get('country') is not None and p['country'] not in ISO: err(f, f"place {p.get('name')!r} country not ISO")
        if p.get('name') in pnames: err(f, f"duplicate place {p.get('name')!r}")
        pnames.add(p.get('name'))
    for i, m in enumerate(g['meetings']):
        if not check_fields(f, 'meetings', i, m): continue
        w = f"meeting[{i}]"
        if m.get('kind') not in KINDS: err(f, f"{w} kind {m.get('kind')!r} not allowed")
        for x in str_list(f, f"{w} participants", m.get('participants')):
            if x not in pids: err(f, f"{w} participant {x!r} not a listed person")
        for x in str_list(f, f"{w} countries", m.get('countries')):
            if x not in ISO: err(f, f"{w} country {x!r} not ISO")
        if not valid_date(m.get('date')): err(f, f"{w} invalid date {m.get('date')!r}")
        if m.get('place') is not None and m['place'] not in pnames and m['place'] not in cnames:
            err(f, f"{w} place {m['place']!r} not in places or countries")
        for x in str_list(f, f"{w} topics", m.get('topics')):
            if x not in TOPICS: err(f, f"{w} topic {x!r} not allowed")
        for x in str_list(f, f"{w} agreements", m.get('agreements')):
            if x not in aids: err(f, f"{w} agreement {x!r} not a listed agreement")
        if not occurs(m.get('evidence')): err(f, f"{w} evidence not in text")
        if 'evidence_extra' in m:
            for x in str_list(f, f"{w} evidence_extra", m['evidence_extra']):
                if not occurs(x): err(f, f"{w} evidence_extra {x[:50]!r} not in text")
        if 'note' in m and not isinstance(m['note'], str): err(f, f"{w} note must be a string")
    for i, c in enumerate(g['meeting_counts']):
        if not check_fields(f, 'meeting_counts', i, c): continue
        if c.get('kind') not in KINDS: err(f, f"count[{i}] kind not allowed")
        if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool) and c['count'] > 0): err(f, f"count[{i}] count must be a positive integer")
        if not (isinstance(c.get('year'), str) and re.fullmatch(r'\d{4}', c['year'])): err(f, f"count[{i}] year must be YYYY")
        if not occurs(c.get('evidence')): err(f, f"count[{i}] evidence not in text")

for e in errors: print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
