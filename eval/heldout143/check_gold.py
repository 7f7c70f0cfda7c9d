#!/usr/bin/env python3
"""Checker for the heldout143 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split()) | {'SU'}

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements', 'organizations', 'places', 'meetings', 'meeting_counts']
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting', 'vice-ministerial-meeting',
         'intergovernmental-committee', 'security-dialogue', 'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment', 'energy', 'security-defence',
          'arms-control', 'counter-terrorism', 'illicit-drugs', 'cyber-security', 'maritime-security', 'culture-exchange',
          'humanitarian', 'fisheries', 'health-medical', 'science-technology', 'agriculture', 'transport-infrastructure',
          'regional-affairs', 'political-dialogue'}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
MEETING_REQ = ['kind', 'participants', 'countries', 'date', 'place', 'topics', 'agreements', 'evidence']
MEETING_OPT = ['evidence_extra', 'note']

errors = []
def err(f, msg):
    errors.append(f'{f}: {msg}')

def check_keys(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f'{where}: not an object'); return False
    keys = list(obj.keys())
    req = [k for k in keys if k in required]
    if req != list(required):
        err(f, f'{where}: required fields {list(required)} missing or out of order (got {keys})')
    extra = [k for k in keys if k not in required and k not in optional]
    if extra:
        err(f, f'{where}: unexpected fields {extra}')
    # optional fields must come after the required ones, in documented order
    opt = [k for k in keys if k in optional]
    if opt != [k for k in optional if k in opt]:
        err(f, f'{where}: optional fields out of order {opt}')
    if keys[:len(req)] != req and not extra:
        err(f, f'{where}: optional fields must follow required fields')
    return True

def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    for fmt, rx in (('%Y', r'^\d{4}$'), ('%Y-%m', r'^\d{4}-\d{2}$'), ('%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}$')):
        if re.match(rx, s):
            try:
                datetime.datetime.strptime(s, fmt); return True
            except ValueError:
                return False
    return False

def strlist(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)

def occurs(text, s):
    return isinstance(s, str) and s != '' and s in text

def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f'{where}: invalid ISO code {code!r}')

def main():
    texts = sorted(x[:-4] for x in os.listdir(TEXTS) if x.endswith('.txt'))
    golds = sorted(x[:-5] for x in os.listdir(GOLD) if x.endswith('.json'))
    for t in texts:
        if t not in golds: err(t, 'text has no gold file')
    for g in golds:
        if g not in texts: err(g, 'gold file has no text')
    person_names = {}
    checked = 0
    for stem in golds:
        if stem not in texts:
            continue
        checked += 1
        f = stem + '.json'
        text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f'text has {n} words (need 550-950)')
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
        except Exception as e:
            err(f, f'invalid JSON: {e}'); continue
        if list(d.keys()) != TOP:
            err(f, f'top-level fields {list(d.keys())} != {TOP}'); 
            if not all(k in d for k in TOP): continue
        if d['doc'] != stem + '.txt':
            err(f, f'doc {d["doc"]!r} does not name the text')
        if not (isinstance(d['year'], str) and re.match(r'^\d{4}$', d['year'])):
            err(f, f'year {d["year"]!r} is not YYYY')
        for k in TOP[2:]:
            if not isinstance(d[k], list):
                err(f, f'{k} is not a list'); d[k] = []
        ids = {}
        def need_id(kind, i, e):
            v = e.get('id')
            if not (isinstance(v, str) and SLUG.match(v)):
                err(f, f'{kind}[{i}]: id {v!r} is not a slug')
            key = (kind, v)
            if key in ids:
                err(f, f'{kind}[{i}]: duplicate id {v!r}')
            ids[key] = e
        def names_occur(kind, i, e):
            al = e.get('aliases', [])
            if not strlist(al):
                err(f, f'{kind}[{i}]: aliases not a list of strings'); al = []
            for a in al:
                if not occurs(text, a):
                    err(f, f'{kind}[{i}]: alias {a!r} does not occur in text')
            nm = e.get('name')
            if not isinstance(nm, str) or not nm:
                err(f, f'{kind}[{i}]: name missing')
            elif not occurs(text, nm) and not any(occurs(text, a) for a in al):
                err(f, f'{kind}[{i}]: neither name {nm!r} nor an alias occurs in text')
        # persons
        for i, p in enumerate(d['persons']):
            if not check_keys(f, f'persons[{i}]', p, ['id', 'name', 'aliases', 'office', 'country']): continue
            need_id('persons', i, p); names_occur('persons', i, p)
            if p.get('office') is not None and not occurs(text, p['office']):
                err(f, f'persons[{i}]: office {p["office"]!r} does not occur in text')
            check_iso(f, f'persons[{i}].country', p.get('country'), allow_null=True)
            pid, nm = p.get('id'), p.get('name')
            if pid in person_names and person_names[pid][0] != nm:
                err(f, f'persons[{i}]: id {pid!r} has name {nm!r} but {person_names[pid][0]!r} in {person_names[pid][1]}')
            else:
                person_names.setdefault(pid, (nm, f))
        for i, c in enumerate(d['countries']):
            if not check_keys(f, f'countries[{i}]', c, ['name', 'iso'], ['aliases']): continue
            check_iso(f, f'countries[{i}].iso', c.get('iso'))
            names_occur('countries', i, c)
        for i, r in enumerate(d['regions']):
            if not check_keys(f, f'regions[{i}]', r, ['name'], ['aliases']): continue
            names_occur('regions', i, r)
        for i, a in enumerate(d['agreements']):
            if not check_keys(f, f'agreements[{i}]', a, ['id', 'name', 'aliases', 'parties']): continue
            need_id('agreements', i, a); names_occur('agreements', i, a)
            if not strlist(a.get('parties')):
                err(f, f'agreements[{i}]: parties not a list')
            else:
                for c in a['parties']: check_iso(f, f'agreements[{i}].parties', c)
        for i, o in enumerate(d['organizations']):
            if not check_keys(f, f'organizations[{i}]', o, ['id', 'name', 'aliases', 'country']): continue
            need_id('organizations', i, o); names_occur('organizations', i, o)
            check_iso(f, f'organizations[{i}].country', o.get('country'), allow_null=True)
        for i, pl in enumerate(d['places']):
            if not check_keys(f, f'places[{i}]', pl, ['name', 'aliases', 'country']): continue
            names_occur('places', i, pl)
            check_iso(f, f'places[{i}].country', pl.get('country'), allow_null=True)
        pids = {p.get('id') for p in d['persons'] if isinstance(p, dict)}
        aids = {a.get('id') for a in d['agreements'] if isinstance(a, dict)}
        pnames = {x.get('name') for x in d['places'] + d['countries'] if isinstance(x, dict)}
        for i, m in enumerate(d['meetings']):
            w = f'meetings[{i}]'
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT): continue
            if m.get('kind') not in KINDS: err(f, f'{w}: kind {m.get("kind")!r} not allowed')
            if not strlist(m.get('participants')): err(f, f'{w}: participants not a list')
            else:
                for p in m['participants']:
                    if p not in pids: err(f, f'{w}: participant {p!r} not among persons')
            if not strlist(m.get('countries')): err(f, f'{w}: countries not a list')
            else:
                for c in m['countries']: check_iso(f, f'{w}.countries', c)
            if not valid_date(m.get('date')): err(f, f'{w}: invalid date {m.get("date")!r}')
            if m.get('place') is not None and m['place'] not in pnames:
                err(f, f'{w}: place {m["place"]!r} not in places or countries')
            if not strlist(m.get('topics')): err(f, f'{w}: topics not a list')
            else:
                for t in m['topics']:
                    if t not in TOPICS: err(f, f'{w}: topic {t!r} not allowed')
            if not strlist(m.get('agreements')): err(f, f'{w}: agreements not a list')
            else:
                for a in m['agreements']:
                    if a not in aids: err(f, f'{w}: agreement {a!r} not among agreements')
            if not occurs(text, m.get('evidence')): err(f, f'{w}: evidence does not occur in text')
            if 'evidence_extra' in m:
                if not strlist(m['evidence_extra']): err(f, f'{w}: evidence_extra not a list of strings')
                else:
                    for e in m['evidence_extra']:
                        if not occurs(text, e): err(f, f'{w}: evidence_extra {e[:60]!r} does not occur in text')
            if 'note' in m and not isinstance(m['note'], str): err(f, f'{w}: note not a string')
        for i, c in enumerate(d['meeting_counts']):
            w = f'meeting_counts[{i}]'
            if not check_keys(f, w, c, ['kind', 'count', 'year', 'evidence']): continue
            if c.get('kind') not in KINDS: err(f, f'{w}: kind {c.get("kind")!r} not allowed')
            if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool) and c['count'] > 0):
                err(f, f'{w}: count must be a positive integer')
            if not (isinstance(c.get('year'), str) and re.match(r'^\d{4}$', c['year'])):
                err(f, f'{w}: year {c.get("year")!r} is not YYYY')
            if not occurs(text, c.get('evidence')): err(f, f'{w}: evidence does not occur in text')
    for e in errors:
        print(e)
    print(f'checked {checked} files: {len(errors)} errors')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
