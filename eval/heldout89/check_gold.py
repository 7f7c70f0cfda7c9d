#!/usr/bin/env python3
"""Checker for the heldout89 gold files (Python 3 standard library only).

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

KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting', 'vice-ministerial-meeting',
         'intergovernmental-committee', 'security-dialogue', 'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment', 'energy', 'security-defence',
          'arms-control', 'counter-terrorism', 'illicit-drugs', 'cyber-security', 'maritime-security', 'culture-exchange',
          'humanitarian', 'fisheries', 'health-medical', 'science-technology', 'agriculture', 'transport-infrastructure',
          'regional-affairs', 'political-dialogue'}
TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements', 'organizations', 'places', 'meetings', 'meeting_counts']
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')

errors = []
def err(f, msg): errors.append(f'{f}: {msg}')

def valid_date(s):
    if s is None: return True
    if not isinstance(s, str): return False
    try:
        if re.fullmatch(r'\d{4}', s): return True
        if re.fullmatch(r'\d{4}-\d{2}', s): datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): datetime.date.fromisoformat(s); return True
    except ValueError:
        return False
    return False

def check_fields(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f'{where}: not an object'); return False
    keys = list(obj.keys())
    req = [k for k in keys if k in required]
    if req != list(required):
        err(f, f'{where}: fields {keys} do not contain {list(required)} in order')
    extra = [k for k in keys if k not in required and k not in optional]
    if extra: err(f, f'{where}: unexpected fields {extra}')
    opt = [k for k in keys if k in optional]
    if keys != list(required) + opt:
        err(f, f'{where}: optional fields must follow the required ones')
    return True

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f'{where}: must be a list of strings'); return []
    return v

texts = sorted(x for x in os.listdir(TEXTS) if x.endswith('.txt'))
golds = sorted(x for x in os.listdir(GOLD) if x.endswith('.json'))
for t in texts:
    if t[:-4] + '.json' not in golds: err(t, 'no gold file')
for g in golds:
    if g[:-5] + '.txt' not in texts: err(g, 'no text file')

person_names = {}
checked = 0
for g in golds:
    tf = g[:-5] + '.txt'
    if tf not in texts: continue
    text = open(os.path.join(TEXTS, tf), encoding='utf-8').read()
    checked += 1
    n = len(text.split())
    if not 550 <= n <= 950: err(tf, f'{n} words (needs 550-950)')
    try:
        d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    except Exception as e:
        err(g, f'invalid JSON: {e}'); continue
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(g, f'top-level fields must be exactly {TOP} in order'); 
        if not isinstance(d, dict): continue
    if d.get('doc') != tf: err(g, f'doc {d.get("doc")!r} does not name {tf}')
    if not (isinstance(d.get('year'), str) and re.fullmatch(r'\d{4}', d['year'])): err(g, 'year must be YYYY')
    def occurs(s): return isinstance(s, str) and s != '' and s in text
    ids = set()
    def check_id(where, i):
        if not (isinstance(i, str) and SLUG.match(i)): err(g, f'{where}: bad slug id {i!r}')
        elif i in ids: err(g, f'{where}: duplicate id {i!r}')
        ids.add(i)
    def check_entity_names(where, e):
        al = str_list(g, where + '.aliases', e.get('aliases', []))
        for a in al:
            if not occurs(a): err(g, f'{where}: alias {a!r} not in text')
        if not occurs(e.get('name')) and not any(occurs(a) for a in al):
            err(g, f'{where}: neither name {e.get("name")!r} nor an alias occurs in text')
    def check_iso(where, c, nullable):
        if c is None and nullable: return
        if c not in ISO: err(g, f'{where}: invalid ISO code {c!r}')

    persons = d.get('persons', [])
    for k, p in enumerate(persons):
        w = f'persons[{k}]'
        if not check_fields(g, w, p, ['id', 'name', 'aliases', 'office', 'country']): continue
        check_id(w, p.get('id'))
        check_entity_names(w, p)
        if p.get('office') is not None and not occurs(p['office']): err(g, f'{w}: office {p["office"]!r} not in text')
        check_iso(w, p.get('country'), True)
        pid = p.get('id')
        if pid in person_names and person_names[pid][0] != p.get('name'):
            err(g, f'{w}: person {pid} named {p.get("name")!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}')
        person_names.setdefault(pid, (p.get('name'), g))
    pids = {p.get('id') for p in persons if isinstance(p, dict)}

    countries = d.get('countries', [])
    for k, c in enumerate(countries):
        w = f'countries[{k}]'
        if not check_fields(g, w, c, ['name', 'iso'], ['aliases']): continue
        check_iso(w, c.get('iso'), False)
        check_entity_names(w, c)
    for k, r in enumerate(d.get('regions', [])):
        w = f'regions[{k}]'
        if not check_fields(g, w, r, ['name'], ['aliases']): continue
        check_entity_names(w, r)
    agreements = d.get('agreements', [])
    for k, a in enumerate(agreements):
        w = f'agreements[{k}]'
        if not check_fields(g, w, a, ['id', 'name', 'aliases', 'parties']): continue
        check_id(w, a.get('id'))
        check_entity_names(w, a)
        for c in str_list(g, w + '.parties', a.get('parties')): check_iso(w, c, False)
    aids = {a.get('id') for a in agreements if isinstance(a, dict)}
    for k, o in enumerate(d.get('organizations', [])):
        w = f'organizations[{k}]'
        if not check_fields(g, w, o, ['id', 'name', 'aliases', 'country']): continue
        check_id(w, o.get('id'))
        check_entity_names(w, o)
        check_iso(w, o.get('country'), True)
    places = d.get('places', [])
    for k, p in enumerate(places):
        w = f'places[{k}]'
        if not check_fields(g, w, p, ['name', 'aliases', 'country']): continue
        check_entity_names(w, p)
        check_iso(w, p.get('country'), True)
    place_names = {p.get('name') for p in places if isinstance(p, dict)} | {c.get('name') for c in countries if isinstance(c, dict)}

    for k, m in enumerate(d.get('meetings', [])):
        w = f'meetings[{k}]'
        if not check_fields(g, w, m, ['kind', 'participants', 'countries', 'date', 'place', 'topics', 'agreements', 'evidence'],
                            ['evidence_extra', 'note']): continue
        if m.get('kind') not in KINDS: err(g, f'{w}: bad kind {m.get("kind")!r}')
        for x in str_list(g, w + '.participants', m.get('participants')):
            if x not in pids: err(g, f'{w}: participant {x!r} not in persons')
        for c in str_list(g, w + '.countries', m.get('countries')): check_iso(w, c, False)
        if not valid_date(m.get('date')): err(g, f'{w}: bad date {m.get("date")!r}')
        if m.get('place') is not None and m.get('place') not in place_names: err(g, f'{w}: place {m.get("place")!r} not in places/countries')
        for x in str_list(g, w + '.topics', m.get('topics')):
            if x not in TOPICS: err(g, f'{w}: bad topic {x!r}')
        for x in str_list(g, w + '.agreements', m.get('agreements')):
            if x not in aids: err(g, f'{w}: agreement {x!r} not in agreements')
        if not occurs(m.get('evidence')): err(g, f'{w}: evidence not found verbatim')
        if 'evidence_extra' in m:
            for x in str_list(g, w + '.evidence_extra', m['evidence_extra']):
                if not occurs(x): err(g, f'{w}: evidence_extra not found verbatim: {x[:60]!r}')
        if 'note' in m and not isinstance(m['note'], str): err(g, f'{w}: note must be a string')
    for k, c in enumerate(d.get('meeting_counts', [])):
        w = f'meeting_counts[{k}]'
        if not check_fields(g, w, c, ['kind', 'count', 'year', 'evidence']): continue
        if c.get('kind') not in KINDS: err(g, f'{w}: bad kind {c.get("kind")!r}')
        if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool) and c['count'] > 0): err(g, f'{w}: count must be a positive integer')
        if not (isinstance(c.get('year'), str) and re.fullmatch(r'\d{4}', c['year'])): err(g, f'{w}: year must be YYYY')
        if not occurs(c.get('evidence')): err(g, f'{w}: evidence not found verbatim')

for e in errors: print(e)
print(f'checked {checked} files: {len(errors)} errors')
sys.exit(1 if errors else 0)
