#!/usr/bin/env python3
"""Check the heldout137 gold files against their texts and gold/README.md (standard library only)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, 'texts'), os.path.join(HERE, 'gold')

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements', 'organizations', 'places', 'meetings', 'meeting_counts']
PERSON = ['id', 'name', 'aliases', 'office', 'country']
COUNTRY_REQ, COUNTRY_OPT = ['name', 'iso'], ['aliases']
REGION_REQ, REGION_OPT = ['name'], ['aliases']
AGREEMENT = ['id', 'name', 'aliases', 'parties']
ORG = ['id', 'name', 'aliases', 'country']
PLACE = ['name', 'aliases', 'country']
MEETING_REQ = ['kind', 'participants', 'countries', 'date', 'place', 'topics', 'agreements', 'evidence']
MEETING_OPT = ['evidence_extra', 'note']
COUNT = ['kind', 'count', 'year', 'evidence']
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting', 'vice-ministerial-meeting',
         'intergovernmental-committee', 'security-dialogue', 'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment', 'energy', 'security-defence',
          'arms-control', 'counter-terrorism', 'illicit-drugs', 'cyber-security', 'maritime-security', 'culture-exchange',
          'humanitarian', 'fisheries', 'health-medical', 'science-technology', 'agriculture', 'transport-infrastructure',
          'regional-affairs', 'political-dialogue'}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split()) | {'SU'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')

errors = []
def err(f, msg): errors.append(f'{f}: {msg}')

def valid_date(s):
    if not isinstance(s, str): return False
    try:
        if re.fullmatch(r'\d{4}', s): return True
        if re.fullmatch(r'\d{4}-\d{2}', s): datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): datetime.date.fromisoformat(s); return True
    except ValueError: return False
    return False

def fields(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f'{where}: not an object'); return False
    keys = list(obj)
    want = [k for k in req] + [k for k in opt if k in obj]
    if keys != want:
        err(f, f'{where}: fields {keys} != expected {want}')
    return True

def strlist(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f'{where}: must be a list of strings'); return []
    return v

def iso_ok(f, where, v, nullable=True):
    if v is None and nullable: return
    if v not in ISO: err(f, f'{where}: bad ISO code {v!r}')

texts = sorted(n[:-4] for n in os.listdir(TEXTS) if n.endswith('.txt'))
golds = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith('.json'))
for s in sorted(set(texts) - set(golds)): err(s, 'text has no gold file')
for s in sorted(set(golds) - set(texts)): err(s, 'gold file has no text')

person_names = {}
checked = 0
for stem in sorted(set(texts) & set(golds)):
    f = stem + '.json'
    checked += 1
    text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f'text has {n} words (want 550-950)')
    try:
        d = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
    except Exception as e:
        err(f, f'invalid JSON: {e}'); continue
    if list(d) != TOP: err(f, f'top-level fields {list(d)} != {TOP}')
    if d.get('doc') != stem + '.txt': err(f, f'doc {d.get("doc")!r} does not name the text')
    if not (isinstance(d.get('year'), str) and re.fullmatch(r'\d{4}', d['year'])): err(f, 'year must be YYYY')

    def occurs(s): return isinstance(s, str) and s != '' and s in text
    ids = set()
    def check_id(where, i):
        if not (isinstance(i, str) and SLUG.match(i)): err(f, f'{where}: bad slug id {i!r}')
        if i in ids: err(f, f'{where}: duplicate id {i!r}')
        ids.add(i)

    pids = set()
    for k, p in enumerate(d.get('persons', [])):
        w = f'persons[{k}]'
        if not fields(f, w, p, PERSON): continue
        check_id(w, p['id']); pids.add(p['id'])
        al = strlist(f, w + '.aliases', p['aliases'])
        for a in al:
            if not occurs(a): err(f, f'{w}: alias {a!r} not in text')
        if not (occurs(p['name']) or any(occurs(a) for a in al)): err(f, f'{w}: neither name nor any alias in text')
        if p['office'] is not None and not occurs(p['office']): err(f, f'{w}: office {p["office"]!r} not in text')
        iso_ok(f, w + '.country', p['country'])
        prev = person_names.setdefault(p['id'], (p['name'], f))
        if prev[0] != p['name']: err(f, f'{w}: name {p["name"]!r} differs from {prev[0]!r} in {prev[1]}')

    cnames = set()
    for k, c in enumerate(d.get('countries', [])):
        w = f'countries[{k}]'
        if not fields(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
        iso_ok(f, w + '.iso', c['iso'], nullable=False)
        al = strlist(f, w + '.aliases', c.get('aliases', []))
        for a in al:
            if not occurs(a): err(f, f'{w}: alias {a!r} not in text')
        if not (occurs(c['name']) or any(occurs(a) for a in al)): err(f, f'{w}: neither name nor alias in text')
        cnames.add(c['name'])

    for k, r in enumerate(d.get('regions', [])):
        w = f'regions[{k}]'
        if not fields(f, w, r, REGION_REQ, REGION_OPT): continue
        al = strlist(f, w + '.aliases', r.get('aliases', []))
        for a in al:
            if not occurs(a): err(f, f'{w}: alias {a!r} not in text')
        if not (occurs(r['name']) or any(occurs(a) for a in al)): err(f, f'{w}: neither name nor alias in text')

    aids = set()
    for k, a in enumerate(d.get('agreements', [])):
        w = f'agreements[{k}]'
        if not fields(f, w, a, AGREEMENT): continue
        check_id(w, a['id']); aids.add(a['id'])
        al = strlist(f, w + '.aliases', a['aliases'])
        for x in al:
            if not occurs(x): err(f, f'{w}: alias {x!r} not in text')
        if not (occurs(a['name']) or any(occurs(x) for x in al)): err(f, f'{w}: neither name nor alias in text')
        for x in strlist(f, w + '.parties', a['parties']): iso_ok(f, w + '.parties', x, nullable=False)

    for k, o in enumerate(d.get('organizations', [])):
        w = f'organizations[{k}]'
        if not fields(f, w, o, ORG): continue
        check_id(w, o['id'])
        al = strlist(f, w + '.aliases', o['aliases'])
        for x in al:
            if not occurs(x): err(f, f'{w}: alias {x!r} not in text')
        if not (occurs(o['name']) or any(occurs(x) for x in al)): err(f, f'{w}: neither name nor alias in text')
        iso_ok(f, w + '.country', o['country'])

    pnames = set()
    for k, p in enumerate(d.get('places', [])):
        w = f'places[{k}]'
        if not fields(f, w, p, PLACE): continue
        al = strlist(f, w + '.aliases', p['aliases'])
        for x in al:
            if not occurs(x): err(f, f'{w}: alias {x!r} not in text')
        if not (occurs(p['name']) or any(occurs(x) for x in al)): err(f, f'{w}: neither name nor alias in text')
        iso_ok(f, w + '.country', p['country'])
        pnames.add(p['name'])

    for k, m in enumerate(d.get('meetings', [])):
        w = f'meetings[{k}]'
        if not fields(f, w, m, MEETING_REQ, MEETING_OPT): continue
        if m['kind'] not in KINDS: err(f, f'{w}: bad kind {m["kind"]!r}')
        for x in strlist(f, w + '.participants', m['participants']):
            if x not in pids: err(f, f'{w}: participant {x!r} not a listed person')
        for x in strlist(f, w + '.countries', m['countries']): iso_ok(f, w + '.countries', x, nullable=False)
        if m['date'] is not None and not valid_date(m['date']): err(f, f'{w}: bad date {m["date"]!r}')
        if m['place'] is not None and m['place'] not in pnames | cnames: err(f, f'{w}: place {m["place"]!r} not in places/countries')
        for x in strlist(f, w + '.topics', m['topics']):
            if x not in TOPICS: err(f, f'{w}: bad topic {x!r}')
        for x in strlist(f, w + '.agreements', m['agreements']):
            if x not in aids: err(f, f'{w}: agreement {x!r} not listed')
        if not occurs(m['evidence']): err(f, f'{w}: evidence not verbatim in text')
        if 'evidence_extra' in m:
            for x in strlist(f, w + '.evidence_extra', m['evidence_extra']):
                if not occurs(x): err(f, f'{w}: evidence_extra not verbatim: {x[:50]!r}')
        if 'note' in m and not isinstance(m['note'], str): err(f, f'{w}: note must be a string')

    for k, c in enumerate(d.get('meeting_counts', [])):
        w = f'meeting_counts[{k}]'
        if not fields(f, w, c, COUNT): continue
        if c['kind'] not in KINDS: err(f, f'{w}: bad kind {c["kind"]!r}')
        if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0): err(f, f'{w}: count must be a positive integer')
        if not (isinstance(c['year'], str) and re.fullmatch(r'\d{4}', c['year'])): err(f, f'{w}: year must be YYYY')
        if not occurs(c['evidence']): err(f, f'{w}: evidence not verbatim in text')

for e in errors: print(e)
print(f'checked {checked} files: {len(errors)} errors')
sys.exit(1 if errors else 0)
