#!/usr/bin/env python3
"""Check the heldout92 gold files against gold/README.md (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements',
       'organizations', 'places', 'meetings', 'meeting_counts']
# (required fields in order, optional trailing fields in order)
SHAPES = {
    'persons': (['id', 'name', 'aliases', 'office', 'country'], []),
    'countries': (['name', 'iso'], ['aliases']),
    'regions': (['name'], ['aliases']),
    'agreements': (['id', 'name', 'aliases', 'parties'], []),
    'organizations': (['id', 'name', 'aliases', 'country'], []),
    'places': (['name', 'aliases', 'country'], []),
    'meetings': (['kind', 'participants', 'countries', 'date', 'place', 'topics',
                  'agreements', 'evidence'], ['evidence_extra', 'note']),
    'meeting_counts': (['kind', 'count', 'year', 'evidence'], []),
}
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting',
         'vice-ministerial-meeting', 'intergovernmental-committee', 'security-dialogue',
         'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment',
          'energy', 'security-defence', 'arms-control', 'counter-terrorism', 'illicit-drugs',
          'cyber-security', 'maritime-security', 'culture-exchange', 'humanitarian', 'fisheries',
          'health-medical', 'science-technology', 'agriculture', 'transport-infrastructure',
          'regional-affairs', 'political-dialogue'}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {'SU'}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
YEAR = re.compile(r'^\d{4}$')

problems = []


def bad(fn, msg):
    problems.append(f'{fn}: {msg}')


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', s):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_shape(fn, section, i, entry):
    req, opt = SHAPES[section]
    if not isinstance(entry, dict):
        bad(fn, f'{section}[{i}] is not an object')
        return False
    keys = list(entry)
    if keys[:len(req)] != req:
        bad(fn, f'{section}[{i}] fields {keys} do not start with {req}')
        return False
    rest = keys[len(req):]
    pos = -1
    for k in rest:
        if k not in opt:
            bad(fn, f'{section}[{i}] has unexpected field {k!r}')
            return False
        if opt.index(k) <= pos:
            bad(fn, f'{section}[{i}] optional fields out of order')
            return False
        pos = opt.index(k)
    return True


def check_iso(fn, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        bad(fn, f'{where}: invalid ISO code {code!r}')


def check_surface(fn, text, where, name, aliases):
    for a in aliases:
        if not a or a not in text:
            bad(fn, f'{where}: alias {a!r} not in text')
    if name not in text and not any(a in text for a in aliases if a):
        bad(fn, f'{where}: neither name {name!r} nor any alias occurs in text')


def check_file(stem, person_names):
    fn = stem + '.json'
    text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
    words = len(text.split())
    if not 550 <= words <= 950:
        bad(stem + '.txt', f'{words} words, outside 550-950')
    try:
        d = json.load(open(os.path.join(GOLD, fn), encoding='utf-8'))
    except Exception as e:  # noqa: BLE001
        bad(fn, f'cannot parse JSON: {e}')
        return
    if not isinstance(d, dict) or list(d) != TOP:
        bad(fn, f'top-level fields {list(d) if isinstance(d, dict) else type(d)} != {TOP}')
        return
    if d['doc'] != stem + '.txt':
        bad(fn, f'doc {d["doc"]!r} does not name the text')
    if not (isinstance(d['year'], str) and YEAR.match(d['year'])):
        bad(fn, f'year {d["year"]!r} is not YYYY')
    for sec in TOP[2:]:
        if not isinstance(d[sec], list):
            bad(fn, f'{sec} is not a list')
            return

    ids = {}
    # persons
    for i, p in enumerate(d['persons']):
        if not check_shape(fn, 'persons', i, p):
            continue
        w = f'persons[{i}] {p["id"]}'
        if not (isinstance(p['id'], str) and SLUG.match(p['id'])):
            bad(fn, f'{w}: bad slug id')
        ids.setdefault('persons', []).append(p['id'])
        if not isinstance(p['name'], str) or not p['name']:
            bad(fn, f'{w}: empty name')
        if not is_str_list(p['aliases']):
            bad(fn, f'{w}: aliases not a list of strings')
            continue
        if p['office'] is not None and (not isinstance(p['office'], str) or p['office'] not in text):
            bad(fn, f'{w}: office {p["office"]!r} not in text')
        check_iso(fn, w, p['country'], allow_null=True)
        check_surface(fn, text, w, p['name'], p['aliases'])
        prev = person_names.get(p['id'])
        if prev and prev[0] != p['name']:
            bad(fn, f'{w}: name {p["name"]!r} differs from {prev[0]!r} in {prev[1]}')
        person_names.setdefault(p['id'], (p['name'], fn))
    # countries
    country_names = set()
    for i, c in enumerate(d['countries']):
        if not check_shape(fn, 'countries', i, c):
            continue
        w = f'countries[{i}] {c["name"]}'
        check_iso(fn, w, c['iso'])
        al = c.get('aliases', [])
        if not is_str_list(al):
            bad(fn, f'{w}: aliases not a list of strings')
            al = []
        check_surface(fn, text, w, c['name'], al)
        country_names.add(c['name'])
    # regions
    for i, r in enumerate(d['regions']):
        if not check_shape(fn, 'regions', i, r):
            continue
        al = r.get('aliases', [])
        if not is_str_list(al):
            bad(fn, f'regions[{i}]: aliases not a list of strings')
            al = []
        check_surface(fn, text, f'regions[{i}] {r["name"]}', r['name'], al)
    # agreements
    for i, a in enumerate(d['agreements']):
        if not check_shape(fn, 'agreements', i, a):
            continue
        w = f'agreements[{i}] {a["id"]}'
        if not (isinstance(a['id'], str) and SLUG.match(a['id'])):
            bad(fn, f'{w}: bad slug id')
        ids.setdefault('agreements', []).append(a['id'])
        if not is_str_list(a['aliases']) or not is_str_list(a['parties']):
            bad(fn, f'{w}: aliases/parties not lists of strings')
            continue
        for pc in a['parties']:
            check_iso(fn, w, pc)
        check_surface(fn, text, w, a['name'], a['aliases'])
    # organizations
    for i, o in enumerate(d['organizations']):
        if not check_shape(fn, 'organizations', i, o):
            continue
        w = f'organizations[{i}] {o["id"]}'
        if not (isinstance(o['id'], str) and SLUG.match(o['id'])):
            bad(fn, f'{w}: bad slug id')
        ids.setdefault('organizations', []).append(o['id'])
        if not is_str_list(o['aliases']):
            bad(fn, f'{w}: aliases not a list of strings')
            continue
        check_iso(fn, w, o['country'], allow_null=True)
        check_surface(fn, text, w, o['name'], o['aliases'])
    # places
    place_names = set()
    for i, pl in enumerate(d['places']):
        if not check_shape(fn, 'places', i, pl):
            continue
        w = f'places[{i}] {pl["name"]}'
        if not is_str_list(pl['aliases']):
            bad(fn, f'{w}: aliases not a list of strings')
            continue
        check_iso(fn, w, pl['country'], allow_null=True)
        check_surface(fn, text, w, pl['name'], pl['aliases'])
        if pl['name'] in place_names:
            bad(fn, f'{w}: duplicate place name')
        place_names.add(pl['name'])
    for sec, lst in ids.items():
        dup = {x for x in lst if lst.count(x) > 1}
        for x in sorted(dup):
            bad(fn, f'{sec}: duplicate id {x}')
    pids = set(ids.get('persons', []))
    aids = set(ids.get('agreements', []))
    # meetings
    for i, m in enumerate(d['meetings']):
        if not check_shape(fn, 'meetings', i, m):
            continue
        w = f'meetings[{i}]'
        if m['kind'] not in KINDS:
            bad(fn, f'{w}: kind {m["kind"]!r} not allowed')
        for key in ('participants', 'countries', 'topics', 'agreements'):
            if not is_str_list(m[key]):
                bad(fn, f'{w}: {key} not a list of strings')
                break
        else:
            for p in m['participants']:
                if p not in pids:
                    bad(fn, f'{w}: participant {p!r} not in persons')
            for c in m['countries']:
                check_iso(fn, w, c)
            for t in m['topics']:
                if t not in TOPICS:
                    bad(fn, f'{w}: topic {t!r} not allowed')
            for a in m['agreements']:
                if a not in aids:
                    bad(fn, f'{w}: agreement {a!r} not in agreements')
        if not valid_date(m['date']):
            bad(fn, f'{w}: invalid date {m["date"]!r}')
        if m['place'] is not None and m['place'] not in place_names and m['place'] not in country_names:
            bad(fn, f'{w}: place {m["place"]!r} not in places or countries')
        if not isinstance(m['evidence'], str) or not m['evidence'] or m['evidence'] not in text:
            bad(fn, f'{w}: evidence not verbatim in text')
        if 'evidence_extra' in m:
            if not is_str_list(m['evidence_extra']):
                bad(fn, f'{w}: evidence_extra not a list of strings')
            else:
                for j, e in enumerate(m['evidence_extra']):
                    if not e or e not in text:
                        bad(fn, f'{w}: evidence_extra[{j}] not verbatim in text')
        if 'note' in m and not isinstance(m['note'], str):
            bad(fn, f'{w}: note is not a string')
    # meeting counts
    for i, c in enumerate(d['meeting_counts']):
        if not check_shape(fn, 'meeting_counts', i, c):
            continue
        w = f'meeting_counts[{i}]'
        if c['kind'] not in KINDS:
            bad(fn, f'{w}: kind {c["kind"]!r} not allowed')
        if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
            bad(fn, f'{w}: count {c["count"]!r} is not a positive integer')
        if not (isinstance(c['year'], str) and YEAR.match(c['year'])):
            bad(fn, f'{w}: year {c["year"]!r} is not YYYY')
        if not isinstance(c['evidence'], str) or c['evidence'] not in text:
            bad(fn, f'{w}: evidence not verbatim in text')


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith('.txt'))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
    for t in texts:
        if t not in golds:
            bad(t + '.txt', 'no gold file')
    for g in golds:
        if g not in texts:
            bad(g + '.json', 'no text file')
    person_names = {}
    checked = 0
    for stem in texts:
        if stem in golds:
            check_file(stem, person_names)
            checked += 1
    for p in problems:
        print(p)
    print(f'checked {checked} files: {len(problems)} errors')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
