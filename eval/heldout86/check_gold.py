#!/usr/bin/env python3
"""Checker for the heldout86 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {'SU'}

KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting', 'vice-ministerial-meeting',
         'intergovernmental-committee', 'security-dialogue', 'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment', 'energy', 'security-defence',
          'arms-control', 'counter-terrorism', 'illicit-drugs', 'cyber-security', 'maritime-security', 'culture-exchange',
          'humanitarian', 'fisheries', 'health-medical', 'science-technology', 'agriculture', 'transport-infrastructure',
          'regional-affairs', 'political-dialogue'}

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements', 'organizations', 'places', 'meetings', 'meeting_counts']
# list name -> (required fields in order, optional fields in order (appended after required))
SPEC = {
    'persons': (['id', 'name', 'aliases', 'office', 'country'], []),
    'countries': (['name', 'iso'], ['aliases']),
    'regions': (['name'], ['aliases']),
    'agreements': (['id', 'name', 'aliases', 'parties'], []),
    'organizations': (['id', 'name', 'aliases', 'country'], []),
    'places': (['name', 'aliases', 'country'], []),
    'meetings': (['kind', 'participants', 'countries', 'date', 'place', 'topics', 'agreements', 'evidence'],
                 ['evidence_extra', 'note']),
    'meeting_counts': (['kind', 'count', 'year', 'evidence'], []),
}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
MIN_WORDS, MAX_WORDS = 550, 950

problems = []


def bad(f, msg):
    problems.append(f'{f}: {msg}')


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', d):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def check_fields(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        bad(f, f'{where}: not an object')
        return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        bad(f, f'{where}: fields {keys} do not start with required {req}')
        return False
    rest = keys[len(req):]
    allowed = [k for k in opt if k in rest]
    if rest != allowed:
        bad(f, f'{where}: unexpected or misordered fields {rest} (optional allowed in order: {opt})')
        return False
    return True


def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(f, f'{where}: must be a list of strings')
        return []
    return v


def check_file(stem, person_names):
    f = stem + '.json'
    text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
    n = len(text.split())
    if not (MIN_WORDS <= n <= MAX_WORDS):
        bad(f, f'text has {n} words (allowed {MIN_WORDS}-{MAX_WORDS})')
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
    except Exception as e:  # noqa
        bad(f, f'invalid JSON: {e}')
        return
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        bad(f, f'top-level fields must be exactly {TOP}, got {list(g.keys()) if isinstance(g, dict) else type(g)}')
        if not isinstance(g, dict):
            return
    if g.get('doc') != stem + '.txt':
        bad(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(g.get('year'), str) and re.fullmatch(r'\d{4}', g['year'])):
        bad(f, f"year {g.get('year')!r} is not YYYY")
    for key in TOP[2:]:
        if not isinstance(g.get(key), list):
            bad(f, f'{key} must be a list')
            g[key] = []

    def occurs(s):
        return isinstance(s, str) and s != '' and s in text

    def check_names(where, e, name_must_occur=False):
        aliases = str_list(f, where + '.aliases', e.get('aliases', []))
        for a in aliases:
            if not occurs(a):
                bad(f, f'{where}: alias {a!r} not in text')
        if not isinstance(e.get('name'), str) or not e['name']:
            bad(f, f'{where}: name missing')
        elif not (occurs(e['name']) or any(occurs(a) for a in aliases)):
            bad(f, f"{where}: neither name {e['name']!r} nor any alias occurs in text")

    ids = {}
    # persons
    pids = set()
    for i, p in enumerate(g['persons']):
        w = f'persons[{i}]'
        if not check_fields(f, w, p, *SPEC['persons']):
            continue
        if not (isinstance(p['id'], str) and SLUG.match(p['id'])):
            bad(f, f"{w}: id {p['id']!r} is not a slug")
        if p['id'] in pids:
            bad(f, f"{w}: duplicate person id {p['id']}")
        pids.add(p['id'])
        check_names(w, p)
        if p['office'] is not None and not occurs(p['office']):
            bad(f, f"{w}: office {p['office']!r} not in text")
        if p['country'] is not None and p['country'] not in ISO:
            bad(f, f"{w}: bad country code {p['country']!r}")
        person_names.setdefault(p['id'], {}).setdefault(p['name'], []).append(stem)
    # countries
    cnames = set()
    for i, c in enumerate(g['countries']):
        w = f'countries[{i}]'
        if not check_fields(f, w, c, *SPEC['countries']):
            continue
        if c['iso'] not in ISO:
            bad(f, f"{w}: bad iso {c['iso']!r}")
        check_names(w, c)
        cnames.add(c['name'])
    # regions
    for i, r in enumerate(g['regions']):
        w = f'regions[{i}]'
        if check_fields(f, w, r, *SPEC['regions']):
            check_names(w, r)
    # agreements
    aids = set()
    for i, a in enumerate(g['agreements']):
        w = f'agreements[{i}]'
        if not check_fields(f, w, a, *SPEC['agreements']):
            continue
        if not (isinstance(a['id'], str) and SLUG.match(a['id'])):
            bad(f, f"{w}: id {a['id']!r} is not a slug")
        if a['id'] in aids:
            bad(f, f"{w}: duplicate agreement id {a['id']}")
        aids.add(a['id'])
        check_names(w, a)
        for c in str_list(f, w + '.parties', a['parties']):
            if c not in ISO:
                bad(f, f'{w}: bad party code {c!r}')
    # organizations
    oids = set()
    for i, o in enumerate(g['organizations']):
        w = f'organizations[{i}]'
        if not check_fields(f, w, o, *SPEC['organizations']):
            continue
        if not (isinstance(o['id'], str) and SLUG.match(o['id'])):
            bad(f, f"{w}: id {o['id']!r} is not a slug")
        if o['id'] in oids:
            bad(f, f"{w}: duplicate organization id {o['id']}")
        oids.add(o['id'])
        check_names(w, o)
        if o['country'] is not None and o['country'] not in ISO:
            bad(f, f"{w}: bad country code {o['country']!r}")
    # places
    pnames = set()
    for i, pl in enumerate(g['places']):
        w = f'places[{i}]'
        if not check_fields(f, w, pl, *SPEC['places']):
            continue
        if pl['name'] in pnames:
            bad(f, f"{w}: duplicate place {pl['name']!r}")
        pnames.add(pl['name'])
        check_names(w, pl)
        if pl['country'] is not None and pl['country'] not in ISO:
            bad(f, f"{w}: bad country code {pl['country']!r}")
    # meetings
    for i, m in enumerate(g['meetings']):
        w = f'meetings[{i}]'
        if not check_fields(f, w, m, *SPEC['meetings']):
            continue
        if m['kind'] not in KINDS:
            bad(f, f"{w}: bad kind {m['kind']!r}")
        for pid in str_list(f, w + '.participants', m['participants']):
            if pid not in pids:
                bad(f, f'{w}: participant {pid!r} not in persons')
        for c in str_list(f, w + '.countries', m['countries']):
            if c not in ISO:
                bad(f, f'{w}: bad country code {c!r}')
        if not valid_date(m['date']):
            bad(f, f"{w}: bad date {m['date']!r}")
        if m['place'] is not None and m['place'] not in pnames and m['place'] not in cnames:
            bad(f, f"{w}: place {m['place']!r} not in places or countries")
        for t in str_list(f, w + '.topics', m['topics']):
            if t not in TOPICS:
                bad(f, f'{w}: bad topic {t!r}')
        for a in str_list(f, w + '.agreements', m['agreements']):
            if a not in aids:
                bad(f, f'{w}: agreement {a!r} not in agreements')
        if not occurs(m['evidence']):
            bad(f, f'{w}: evidence not found verbatim in text')
        if 'evidence_extra' in m:
            for j, e in enumerate(str_list(f, w + '.evidence_extra', m['evidence_extra'])):
                if not occurs(e):
                    bad(f, f'{w}: evidence_extra[{j}] not found verbatim in text')
        if 'note' in m and not isinstance(m['note'], str):
            bad(f, f'{w}: note must be a string')
    # counts
    for i, c in enumerate(g['meeting_counts']):
        w = f'meeting_counts[{i}]'
        if not check_fields(f, w, c, *SPEC['meeting_counts']):
            continue
        if c['kind'] not in KINDS:
            bad(f, f"{w}: bad kind {c['kind']!r}")
        if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
            bad(f, f"{w}: count {c['count']!r} is not a positive integer")
        if not (isinstance(c['year'], str) and re.fullmatch(r'\d{4}', c['year'])):
            bad(f, f"{w}: year {c['year']!r} is not YYYY")
        if not occurs(c['evidence']):
            bad(f, f'{w}: evidence not found verbatim in text')


def main():
    texts = {x[:-4] for x in os.listdir(TEXTS) if x.endswith('.txt')}
    golds = {x[:-5] for x in os.listdir(GOLD) if x.endswith('.json')}
    for s in sorted(texts - golds):
        bad(s + '.txt', 'text has no gold file')
    for s in sorted(golds - texts):
        bad(s + '.json', 'gold file has no text')
    person_names = {}
    stems = sorted(texts & golds)
    for s in stems:
        check_file(s, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            bad('(set)', f'person id {pid} has different names across files: ' +
                '; '.join(f'{n!r} in {", ".join(v)}' for n, v in names.items()))
    for p in problems:
        print(p)
    print(f'checked {len(stems)} files: {len(problems)} errors')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
