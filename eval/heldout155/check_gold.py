#!/usr/bin/env python3
"""Checker for the heldout155 gold files (Python 3 standard library only).

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
COUNTRY_REQ, COUNTRY_OPT = ['name', 'iso'], ['aliases']
REGION_REQ, REGION_OPT = ['name'], ['aliases']
AGREEMENT = ['id', 'name', 'aliases', 'parties']
ORG = ['id', 'name', 'aliases', 'country']
PLACE = ['name', 'aliases', 'country']
MEETING_REQ = ['kind', 'participants', 'countries', 'date', 'place', 'topics',
               'agreements', 'evidence']
MEETING_OPT = ['evidence_extra', 'note']
COUNT = ['kind', 'count', 'year', 'evidence']
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting',
         'vice-ministerial-meeting', 'intergovernmental-committee', 'security-dialogue',
         'visit', 'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment',
          'energy', 'security-defence', 'arms-control', 'counter-terrorism', 'illicit-drugs',
          'cyber-security', 'maritime-security', 'culture-exchange', 'humanitarian',
          'fisheries', 'health-medical', 'science-technology', 'agriculture',
          'transport-infrastructure', 'regional-affairs', 'political-dialogue'}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')

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


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f'{where}: not an object')
        return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        err(f, f'{where}: fields {keys} do not start with {req} in order')
        return False
    rest = keys[len(req):]
    allowed = [k for k in opt]
    if any(k not in allowed for k in rest) or rest != [k for k in allowed if k in rest]:
        err(f, f'{where}: unexpected or misordered extra fields {rest}')
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith('.txt'))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
    for t in texts:
        if t not in golds:
            err(t, 'text has no gold file')
    for g in golds:
        if g not in texts:
            err(g, 'gold file has no text')
    person_names = {}
    checked = 0
    for stem in golds:
        f = stem + '.json'
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
        except Exception as e:
            err(f, f'cannot parse JSON: {e}')
            continue
        checked += 1
        tpath = os.path.join(TEXTS, stem + '.txt')
        text = open(tpath, encoding='utf-8').read() if os.path.exists(tpath) else ''
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f'text has {n} words (need 550-950)')
        if list(d.keys()) != TOP:
            err(f, f'top-level fields {list(d.keys())} != {TOP}')
            continue
        if d['doc'] != stem + '.txt':
            err(f, f'doc {d["doc"]!r} does not name the text')
        if not (isinstance(d['year'], str) and re.fullmatch(r'\d{4}', d['year'])):
            err(f, f'year {d["year"]!r} is not YYYY')

        def occurs(s):
            return isinstance(s, str) and s != '' and s in text

        # persons
        pids = set()
        for i, p in enumerate(d['persons']):
            w = f'persons[{i}]'
            if not check_keys(f, w, p, PERSON):
                continue
            if not SLUG.match(p['id'] or ''):
                err(f, f'{w}: bad id {p["id"]!r}')
            if p['id'] in pids:
                err(f, f'{w}: duplicate id {p["id"]}')
            pids.add(p['id'])
            if not is_str_list(p['aliases']):
                err(f, f'{w}: aliases must be a list of strings')
                continue
            for a in p['aliases']:
                if not occurs(a):
                    err(f, f'{w}: alias {a!r} not in text')
            if not (occurs(p['name']) or any(occurs(a) for a in p['aliases'])):
                err(f, f'{w}: neither name nor any alias occurs')
            if p['office'] is not None and not occurs(p['office']):
                err(f, f'{w}: office {p["office"]!r} not in text')
            if p['country'] is not None and p['country'] not in ISO:
                err(f, f'{w}: bad country {p["country"]!r}')
            prev = person_names.get(p['id'])
            if prev is not None and prev[0] != p['name']:
                err(f, f'{w}: id {p["id"]} has name {p["name"]!r} here but {prev[0]!r} in {prev[1]}')
            elif prev is None:
                person_names[p['id']] = (p['name'], f)
        # countries
        cnames = set()
        for i, c in enumerate(d['countries']):
            w = f'countries[{i}]'
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            if c['iso'] not in ISO:
                err(f, f'{w}: bad iso {c["iso"]!r}')
            al = c.get('aliases', [])
            if not is_str_list(al):
                err(f, f'{w}: aliases must be a list of strings')
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f'{w}: alias {a!r} not in text')
            if not (occurs(c['name']) or any(occurs(a) for a in al)):
                err(f, f'{w}: neither name nor any alias occurs')
            cnames.add(c['name'])
        # regions
        for i, r in enumerate(d['regions']):
            w = f'regions[{i}]'
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            al = r.get('aliases', [])
            if not is_str_list(al):
                err(f, f'{w}: aliases must be a list of strings')
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f'{w}: alias {a!r} not in text')
            if not (occurs(r['name']) or any(occurs(a) for a in al)):
                err(f, f'{w}: neither name nor any alias occurs')
        # agreements
        aids = set()
        for i, a in enumerate(d['agreements']):
            w = f'agreements[{i}]'
            if not check_keys(f, w, a, AGREEMENT):
                continue
            if not SLUG.match(a['id'] or ''):
                err(f, f'{w}: bad id {a["id"]!r}')
            if a['id'] in aids:
                err(f, f'{w}: duplicate id {a["id"]}')
            aids.add(a['id'])
            if not is_str_list(a['aliases']):
                err(f, f'{w}: aliases must be a list of strings')
                continue
            for x in a['aliases']:
                if not occurs(x):
                    err(f, f'{w}: alias {x!r} not in text')
            if not (occurs(a['name']) or any(occurs(x) for x in a['aliases'])):
                err(f, f'{w}: neither name nor any alias occurs')
            if not is_str_list(a['parties']) or any(x not in ISO for x in a['parties']):
                err(f, f'{w}: bad parties {a["parties"]!r}')
        # organizations
        oids = set()
        for i, o in enumerate(d['organizations']):
            w = f'organizations[{i}]'
            if not check_keys(f, w, o, ORG):
                continue
            if not SLUG.match(o['id'] or ''):
                err(f, f'{w}: bad id {o["id"]!r}')
            if o['id'] in oids:
                err(f, f'{w}: duplicate id {o["id"]}')
            oids.add(o['id'])
            if not is_str_list(o['aliases']):
                err(f, f'{w}: aliases must be a list of strings')
                continue
            for x in o['aliases']:
                if not occurs(x):
                    err(f, f'{w}: alias {x!r} not in text')
            if not (occurs(o['name']) or any(occurs(x) for x in o['aliases'])):
                err(f, f'{w}: neither name nor any alias occurs')
            if o['country'] is not None and o['country'] not in ISO:
                err(f, f'{w}: bad country {o["country"]!r}')
        # places
        pnames = set()
        for i, p in enumerate(d['places']):
            w = f'places[{i}]'
            if not check_keys(f, w, p, PLACE):
                continue
            if not is_str_list(p['aliases']):
                err(f, f'{w}: aliases must be a list of strings')
                continue
            for x in p['aliases']:
                if not occurs(x):
                    err(f, f'{w}: alias {x!r} not in text')
            if not (occurs(p['name']) or any(occurs(x) for x in p['aliases'])):
                err(f, f'{w}: neither name nor any alias occurs')
            if p['country'] is not None and p['country'] not in ISO:
                err(f, f'{w}: bad country {p["country"]!r}')
            pnames.add(p['name'])
        # meetings
        for i, m in enumerate(d['meetings']):
            w = f'meetings[{i}]'
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m['kind'] not in KINDS:
                err(f, f'{w}: bad kind {m["kind"]!r}')
            if not is_str_list(m['participants']):
                err(f, f'{w}: participants must be a list of strings')
            else:
                for x in m['participants']:
                    if x not in pids:
                        err(f, f'{w}: participant {x!r} not in persons')
                if len(set(m['participants'])) != len(m['participants']):
                    err(f, f'{w}: duplicate participants')
            if not is_str_list(m['countries']) or any(x not in ISO for x in m['countries']):
                err(f, f'{w}: bad countries {m["countries"]!r}')
            if not valid_date(m['date']):
                err(f, f'{w}: bad date {m["date"]!r}')
            if m['place'] is not None and m['place'] not in pnames | cnames:
                err(f, f'{w}: place {m["place"]!r} not in places or countries')
            if not is_str_list(m['topics']) or any(x not in TOPICS for x in m['topics']):
                err(f, f'{w}: bad topics {m["topics"]!r}')
            if not is_str_list(m['agreements']) or any(x not in aids for x in m['agreements']):
                err(f, f'{w}: agreements {m["agreements"]!r} do not resolve')
            if not occurs(m['evidence']):
                err(f, f'{w}: evidence not in text')
            if 'evidence_extra' in m:
                if not is_str_list(m['evidence_extra']):
                    err(f, f'{w}: evidence_extra must be a list of strings')
                else:
                    for x in m['evidence_extra']:
                        if not occurs(x):
                            err(f, f'{w}: evidence_extra {x[:60]!r} not in text')
            if 'note' in m and not isinstance(m['note'], str):
                err(f, f'{w}: note must be a string')
        # meeting counts
        for i, c in enumerate(d['meeting_counts']):
            w = f'meeting_counts[{i}]'
            if not check_keys(f, w, c, COUNT):
                continue
            if c['kind'] not in KINDS:
                err(f, f'{w}: bad kind {c["kind"]!r}')
            if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
                err(f, f'{w}: count must be a positive integer')
            if not (isinstance(c['year'], str) and re.fullmatch(r'\d{4}', c['year'])):
                err(f, f'{w}: year must be YYYY')
            if not occurs(c['evidence']):
                err(f, f'{w}: evidence not in text')
    for e in errors:
        print(e)
    print(f'checked {checked} files: {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
