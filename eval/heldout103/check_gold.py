#!/usr/bin/env python3
"""Check the heldout103 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import calendar, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements',
       'organizations', 'places', 'meetings', 'meeting_counts']
PERSON = ['id', 'name', 'aliases', 'office', 'country']
COUNTRY = ['name', 'iso']            # + optional aliases
REGION = ['name']                    # + optional aliases
AGREEMENT = ['id', 'name', 'aliases', 'parties']
ORG = ['id', 'name', 'aliases', 'country']
PLACE = ['name', 'aliases', 'country']
MEETING = ['kind', 'participants', 'countries', 'date', 'place', 'topics',
           'agreements', 'evidence']  # + optional evidence_extra, note
COUNT = ['kind', 'count', 'year', 'evidence']
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting',
         'vice-ministerial-meeting', 'intergovernmental-committee', 'security-dialogue',
         'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment',
          'energy', 'security-defence', 'arms-control', 'counter-terrorism', 'illicit-drugs',
          'cyber-security', 'maritime-security', 'culture-exchange', 'humanitarian',
          'fisheries', 'health-medical', 'science-technology', 'agriculture',
          'transport-infrastructure', 'regional-affairs', 'political-dialogue'}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {'SU'}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')

errors = []


def err(f, msg):
    errors.append(f'{f}: {msg}')


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r'(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?', d)
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if da is not None and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def keys_ok(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f'{where}: not an object')
        return False
    ks = list(obj.keys())
    base = [k for k in ks if k in required]
    extra = [k for k in ks if k not in required and k not in optional]
    if base != required:
        err(f, f'{where}: fields {ks} do not match required {required} in order')
        return False
    if extra:
        err(f, f'{where}: unexpected fields {extra}')
        return False
    # optional fields must come after the required ones
    if ks[:len(required)] != required:
        err(f, f'{where}: optional fields must follow the required fields')
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_iso(f, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f'{where}: invalid ISO code {code!r}')


def main():
    texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith('.txt')}
    golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith('.json')}
    for s in sorted(texts - golds):
        err(s, 'text has no gold file')
    for s in sorted(golds - texts):
        err(s, 'gold file has no text')
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        f = stem + '.json'
        checked += 1
        text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f'text has {n} words (need 550-950)')
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
        except Exception as e:
            err(f, f'invalid JSON: {e}')
            continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f'top-level fields {list(g.keys()) if isinstance(g, dict) else g!r} != {TOP}')
            continue
        if g['doc'] != stem + '.txt':
            err(f, f'doc {g["doc"]!r} does not name the text')
        if not (isinstance(g['year'], str) and re.fullmatch(r'\d{4}', g['year'])):
            err(f, f'year {g["year"]!r} is not YYYY')

        def occurs(s):
            return isinstance(s, str) and s != '' and s in text

        def check_names(where, ent):
            for a in ent.get('aliases', []):
                if not occurs(a):
                    err(f, f'{where}: alias {a!r} not in text')
            if not (occurs(ent.get('name')) or any(occurs(a) for a in ent.get('aliases', []))):
                err(f, f'{where}: neither name nor any alias occurs in text')

        ids = {}

        def check_id(where, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                err(f, f'{where}: id {i!r} is not a slug')
            elif i in ids:
                err(f, f'{where}: duplicate id {i!r} (also {ids[i]})')
            else:
                ids[i] = where

        for k in ['persons', 'countries', 'regions', 'agreements', 'organizations',
                  'places', 'meetings', 'meeting_counts']:
            if not isinstance(g[k], list):
                err(f, f'{k} is not a list')
                g[k] = []

        pids = set()
        for j, p in enumerate(g['persons']):
            w = f'persons[{j}]'
            if not keys_ok(f, w, p, PERSON):
                continue
            check_id(w, p['id'])
            pids.add(p['id'])
            if not isinstance(p['name'], str) or not p['name']:
                err(f, f'{w}: bad name')
            if not is_str_list(p['aliases']):
                err(f, f'{w}: aliases not a list of strings')
                continue
            check_names(w, p)
            if p['office'] is not None and not occurs(p['office']):
                err(f, f'{w}: office {p["office"]!r} not in text')
            check_iso(f, w, p['country'])
            prev = person_names.get(p['id'])
            if prev and prev[0] != p['name']:
                err(f, f'{w}: person {p["id"]} named {p["name"]!r} here but {prev[0]!r} in {prev[1]}')
            else:
                person_names.setdefault(p['id'], (p['name'], f))

        cnames = set()
        for j, c in enumerate(g['countries']):
            w = f'countries[{j}]'
            if not keys_ok(f, w, c, COUNTRY, ('aliases',)):
                continue
            cnames.add(c['name'])
            check_iso(f, w, c['iso'], allow_null=False)
            if 'aliases' in c and not is_str_list(c['aliases']):
                err(f, f'{w}: aliases not a list of strings')
                continue
            check_names(w, c)

        for j, r in enumerate(g['regions']):
            w = f'regions[{j}]'
            if not keys_ok(f, w, r, REGION, ('aliases',)):
                continue
            if 'aliases' in r and not is_str_list(r['aliases']):
                err(f, f'{w}: aliases not a list of strings')
                continue
            check_names(w, r)

        aids = set()
        for j, a in enumerate(g['agreements']):
            w = f'agreements[{j}]'
            if not keys_ok(f, w, a, AGREEMENT):
                continue
            check_id(w, a['id'])
            aids.add(a['id'])
            if not is_str_list(a['aliases']) or not isinstance(a['parties'], list):
                err(f, f'{w}: aliases/parties not lists')
                continue
            check_names(w, a)
            for c in a['parties']:
                check_iso(f, w + '.parties', c, allow_null=False)

        for j, o in enumerate(g['organizations']):
            w = f'organizations[{j}]'
            if not keys_ok(f, w, o, ORG):
                continue
            check_id(w, o['id'])
            if not is_str_list(o['aliases']):
                err(f, f'{w}: aliases not a list of strings')
                continue
            check_names(w, o)
            check_iso(f, w, o['country'])

        pnames = set()
        for j, p in enumerate(g['places']):
            w = f'places[{j}]'
            if not keys_ok(f, w, p, PLACE):
                continue
            pnames.add(p['name'])
            if not is_str_list(p['aliases']):
                err(f, f'{w}: aliases not a list of strings')
                continue
            check_names(w, p)
            check_iso(f, w, p['country'])

        for j, m in enumerate(g['meetings']):
            w = f'meetings[{j}]'
            if not keys_ok(f, w, m, MEETING, ('evidence_extra', 'note')):
                continue
            if m['kind'] not in KINDS:
                err(f, f'{w}: kind {m["kind"]!r} not allowed')
            for pid in m['participants']:
                if pid not in pids:
                    err(f, f'{w}: participant {pid!r} not in persons')
            for c in m['countries']:
                check_iso(f, w + '.countries', c, allow_null=False)
            if not valid_date(m['date']):
                err(f, f'{w}: invalid date {m["date"]!r}')
            if m['place'] is not None and m['place'] not in pnames | cnames:
                err(f, f'{w}: place {m["place"]!r} not in places or countries')
            for t in m['topics']:
                if t not in TOPICS:
                    err(f, f'{w}: topic {t!r} not allowed')
            for a in m['agreements']:
                if a not in aids:
                    err(f, f'{w}: agreement {a!r} not in agreements')
            if not occurs(m['evidence']):
                err(f, f'{w}: evidence not verbatim in text: {str(m["evidence"])[:60]!r}')
            for e in m.get('evidence_extra', []):
                if not occurs(e):
                    err(f, f'{w}: evidence_extra not verbatim: {str(e)[:60]!r}')
            if 'note' in m and not isinstance(m['note'], str):
                err(f, f'{w}: note is not a string')

        for j, c in enumerate(g['meeting_counts']):
            w = f'meeting_counts[{j}]'
            if not keys_ok(f, w, c, COUNT):
                continue
            if c['kind'] not in KINDS:
                err(f, f'{w}: kind {c["kind"]!r} not allowed')
            if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
                err(f, f'{w}: count {c["count"]!r} is not a positive integer')
            if not (isinstance(c['year'], str) and re.fullmatch(r'\d{4}', c['year'])):
                err(f, f'{w}: year {c["year"]!r} is not YYYY')
            if not occurs(c['evidence']):
                err(f, f'{w}: evidence not verbatim in text')

    for e in errors:
        print(e)
    print(f'checked {checked} files: {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
