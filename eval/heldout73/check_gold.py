#!/usr/bin/env python3
"""Consistency checker for the heldout73 evaluation set (Python 3 standard library only).

Run from anywhere:  python3 /work/main/eval/heldout73/check_gold.py
Prints one line per problem, then "checked N files: M errors"; exits 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')
MIN_WORDS, MAX_WORDS = 550, 950

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements',
       'organizations', 'places', 'meetings', 'meeting_counts']
# entity kind -> (required fields in documented order, allowed optional fields)
FIELDS = {
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
          'cyber-security', 'maritime-security', 'culture-exchange', 'humanitarian',
          'fisheries', 'health-medical', 'science-technology', 'agriculture',
          'transport-infrastructure', 'regional-affairs', 'political-dialogue'}
ISO = set('''
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
'''.split()) | {'SU'}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
YEAR = re.compile(r'^\d{4}$')

problems = []


def err(where, msg):
    problems.append('%s: %s' % (where, msg))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', s):
            return 1 <= int(s) <= 9999
        if re.fullmatch(r'\d{4}-\d{2}', s):
            return 1 <= int(s[5:7]) <= 12
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_iso(where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(where, 'invalid ISO code %r' % (code,))


def check_fields(where, obj, kind):
    req, opt = FIELDS[kind]
    if not isinstance(obj, dict):
        err(where, 'entry is not an object')
        return False
    keys = list(obj)
    extra = [k for k in keys if k not in req and k not in opt]
    missing = [k for k in req if k not in obj]
    if extra:
        err(where, 'unexpected fields %s' % extra)
    if missing:
        err(where, 'missing fields %s' % missing)
    order = [k for k in keys if k in req]
    if not missing and order != req:
        err(where, 'fields not in documented order: %s' % keys)
    return not missing


def check_file(stem, text, gold, person_names):
    w = stem + '.json'
    if not isinstance(gold, dict):
        err(w, 'top level is not an object')
        return
    if list(gold) != TOP:
        err(w, 'top-level fields must be exactly %s in order, got %s' % (TOP, list(gold)))
    if gold.get('doc') != stem + '.txt':
        err(w, 'doc %r does not name the text %s.txt' % (gold.get('doc'), stem))
    if not (isinstance(gold.get('year'), str) and YEAR.match(gold['year'])):
        err(w, 'year %r is not YYYY' % gold.get('year'))
    for k in TOP[2:]:
        if not isinstance(gold.get(k), list):
            err(w, '%s is not a list' % k)
            gold[k] = []

    def occurs(s):
        return isinstance(s, str) and s != '' and s in text

    def check_surface(where, ent, name_key='name'):
        aliases = ent.get('aliases', [])
        if not is_str_list(aliases):
            err(where, 'aliases must be a list of strings')
            aliases = []
        for a in aliases:
            if not occurs(a):
                err(where, 'alias %r not found verbatim in text' % a)
        if len(set(aliases)) != len(aliases):
            err(where, 'duplicate aliases')
        if not occurs(ent.get(name_key)) and not any(occurs(a) for a in aliases):
            err(where, 'neither name %r nor any alias occurs in text' % ent.get(name_key))

    ids = {}
    person_ids, agreement_ids = set(), set()
    for i, p in enumerate(gold['persons']):
        where = '%s persons[%d]' % (w, i)
        if not check_fields(where, p, 'persons'):
            continue
        pid = p['id']
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(where, 'id %r is not a slug' % pid)
        if pid in ids:
            err(where, 'duplicate id %r' % pid)
        ids[pid] = 'person'
        person_ids.add(pid)
        if not isinstance(p['name'], str) or not p['name']:
            err(where, 'name must be a non-empty string')
        check_surface(where, p)
        if p['office'] is not None and not occurs(p['office']):
            err(where, 'office %r not found verbatim in text' % p['office'])
        check_iso(where, p['country'], allow_null=True)
        person_names.setdefault(pid, {}).setdefault(p['name'], []).append(stem)

    country_names = set()
    for i, c in enumerate(gold['countries']):
        where = '%s countries[%d]' % (w, i)
        if not check_fields(where, c, 'countries'):
            continue
        check_iso(where, c['iso'])
        check_surface(where, c)
        country_names.add(c['name'])
    isos = [c.get('iso') for c in gold['countries'] if isinstance(c, dict)]
    if len(set(isos)) != len(isos):
        err(w, 'duplicate country ISO codes')

    for i, r in enumerate(gold['regions']):
        where = '%s regions[%d]' % (w, i)
        if check_fields(where, r, 'regions'):
            check_surface(where, r)

    for i, a in enumerate(gold['agreements']):
        where = '%s agreements[%d]' % (w, i)
        if not check_fields(where, a, 'agreements'):
            continue
        if not (isinstance(a['id'], str) and SLUG.match(a['id'])):
            err(where, 'id %r is not a slug' % a['id'])
        if a['id'] in ids:
            err(where, 'duplicate id %r' % a['id'])
        ids[a['id']] = 'agreement'
        agreement_ids.add(a['id'])
        check_surface(where, a)
        if not is_str_list(a['parties']):
            err(where, 'parties must be a list of ISO codes')
        else:
            for c in a['parties']:
                check_iso(where, c)

    for i, o in enumerate(gold['organizations']):
        where = '%s organizations[%d]' % (w, i)
        if not check_fields(where, o, 'organizations'):
            continue
        if not (isinstance(o['id'], str) and SLUG.match(o['id'])):
            err(where, 'id %r is not a slug' % o['id'])
        if o['id'] in ids:
            err(where, 'duplicate id %r' % o['id'])
        ids[o['id']] = 'organization'
        check_surface(where, o)
        check_iso(where, o['country'], allow_null=True)

    place_names = set()
    for i, pl in enumerate(gold['places']):
        where = '%s places[%d]' % (w, i)
        if not check_fields(where, pl, 'places'):
            continue
        check_surface(where, pl)
        check_iso(where, pl['country'], allow_null=True)
        if pl['name'] in place_names:
            err(where, 'duplicate place %r' % pl['name'])
        place_names.add(pl['name'])

    for i, m in enumerate(gold['meetings']):
        where = '%s meetings[%d]' % (w, i)
        if not check_fields(where, m, 'meetings'):
            continue
        if m['kind'] not in KINDS:
            err(where, 'unknown kind %r' % m['kind'])
        if not is_str_list(m['participants']):
            err(where, 'participants must be a list of person ids')
        else:
            for pid in m['participants']:
                if pid not in person_ids:
                    err(where, 'participant %r is not a person in this file' % pid)
            if len(set(m['participants'])) != len(m['participants']):
                err(where, 'duplicate participants')
        if not is_str_list(m['countries']):
            err(where, 'countries must be a list of ISO codes')
        else:
            for c in m['countries']:
                check_iso(where, c)
        if not valid_date(m['date']):
            err(where, 'invalid date %r' % m['date'])
        if m['place'] is not None and m['place'] not in place_names and m['place'] not in country_names:
            err(where, 'place %r is not a name in places or countries' % m['place'])
        if not is_str_list(m['topics']):
            err(where, 'topics must be a list')
        else:
            for t in m['topics']:
                if t not in TOPICS:
                    err(where, 'unknown topic %r' % t)
        if not is_str_list(m['agreements']):
            err(where, 'agreements must be a list')
        else:
            for a in m['agreements']:
                if a not in agreement_ids:
                    err(where, 'agreement %r is not listed in this file' % a)
        if not occurs(m['evidence']):
            err(where, 'evidence not found verbatim in text: %r' % (m['evidence'][:80] if isinstance(m['evidence'], str) else m['evidence']))
        if 'evidence_extra' in m:
            if not is_str_list(m['evidence_extra']):
                err(where, 'evidence_extra must be a list of strings')
            else:
                for e in m['evidence_extra']:
                    if not occurs(e):
                        err(where, 'evidence_extra not found verbatim: %r' % e[:80])
        if 'note' in m and not isinstance(m['note'], str):
            err(where, 'note must be a string')

    for i, c in enumerate(gold['meeting_counts']):
        where = '%s meeting_counts[%d]' % (w, i)
        if not check_fields(where, c, 'meeting_counts'):
            continue
        if c['kind'] not in KINDS:
            err(where, 'unknown kind %r' % c['kind'])
        if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
            err(where, 'count must be a positive integer')
        if not (isinstance(c['year'], str) and YEAR.match(c['year'])):
            err(where, 'year %r is not YYYY' % c['year'])
        if not occurs(c['evidence']):
            err(where, 'evidence not found verbatim in text')


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith('.txt')) if os.path.isdir(TEXTS) else []
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json')) if os.path.isdir(GOLD) else []
    for s in texts:
        if s not in golds:
            err(s + '.txt', 'no gold file')
    for s in golds:
        if s not in texts:
            err(s + '.json', 'no text file')
    person_names = {}
    checked = 0
    for s in golds:
        if s not in texts:
            continue
        with open(os.path.join(TEXTS, s + '.txt'), encoding='utf-8') as f:
            text = f.read()
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(s + '.txt', 'has %d words, outside %d-%d' % (n, MIN_WORDS, MAX_WORDS))
        try:
            with open(os.path.join(GOLD, s + '.json'), encoding='utf-8') as f:
                gold = json.load(f)
        except (OSError, ValueError) as e:
            err(s + '.json', 'cannot be read as JSON: %s' % e)
            checked += 1
            continue
        check_file(s, text, gold, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            err('persons', 'id %r has different names across files: %s' % (pid, dict(names)))
    for p in problems:
        print(p)
    print('checked %d files: %d errors' % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
