#!/usr/bin/env python3
"""Check the heldout101 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split()) | {'SU'}

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements', 'organizations', 'places',
       'meetings', 'meeting_counts']
KINDS = {'summit', 'foreign-ministers-meeting', 'two-plus-two', 'ministerial-meeting',
         'vice-ministerial-meeting', 'intergovernmental-committee', 'security-dialogue', 'visit',
         'signing', 'telephone-talk', 'courtesy-call', 'other'}
TOPICS = {'peace-treaty', 'territorial-issues', 'economic-cooperation', 'trade-investment', 'energy',
          'security-defence', 'arms-control', 'counter-terrorism', 'illicit-drugs', 'cyber-security',
          'maritime-security', 'culture-exchange', 'humanitarian', 'fisheries', 'health-medical',
          'science-technology', 'agriculture', 'transport-infrastructure', 'regional-affairs',
          'political-dialogue'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')

# entity kind -> (required fields in order, optional trailing fields in order)
SHAPES = {
    'persons': (['id', 'name', 'aliases', 'office', 'country'], []),
    'countries': (['name', 'iso'], ['aliases']),
    'regions': (['name'], ['aliases']),
    'agreements': (['id', 'name', 'aliases', 'parties'], []),
    'organizations': (['id', 'name', 'aliases', 'country'], []),
    'places': (['name', 'aliases', 'country'], []),
    'meetings': (['kind', 'participants', 'countries', 'date', 'place', 'topics', 'agreements',
                  'evidence'], ['evidence_extra', 'note']),
    'meeting_counts': (['kind', 'count', 'year', 'evidence'], []),
}


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
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def shape_ok(kind, entry):
    req, opt = SHAPES[kind]
    keys = list(entry.keys())
    if keys[:len(req)] != req:
        return False
    rest = keys[len(req):]
    # optional fields must keep the documented order and appear at most once
    pos = [opt.index(k) if k in opt else -1 for k in rest]
    return all(p >= 0 for p in pos) and pos == sorted(pos) and len(set(pos)) == len(pos)


def main():
    problems = []

    def bad(f, msg):
        problems.append(f'{f}: {msg}')

    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith('.txt'))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
    for t in texts:
        if t not in golds:
            bad(t, 'text has no gold file')
    for g in golds:
        if g not in texts:
            bad(g, 'gold file has no text')

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in golds:
        gf = stem + '.json'
        try:
            with open(os.path.join(GOLD, gf), encoding='utf-8') as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            bad(gf, f'cannot read JSON: {e}')
            continue
        checked += 1
        tpath = os.path.join(TEXTS, stem + '.txt')
        text = open(tpath, encoding='utf-8').read() if os.path.exists(tpath) else ''
        if text:
            n = len(text.split())
            if not 550 <= n <= 950:
                bad(gf, f'text has {n} words (need 550-950)')

        if not isinstance(gold, dict) or list(gold.keys()) != TOP:
            bad(gf, f'top-level fields must be exactly {TOP}')
            if not isinstance(gold, dict):
                continue
        if gold.get('doc') != stem + '.txt':
            bad(gf, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(gold.get('year'), str) and re.fullmatch(r'\d{4}', gold.get('year', ''))):
            bad(gf, f"year {gold.get('year')!r} is not YYYY")

        def occurs(s):
            return isinstance(s, str) and s != '' and s in text

        def iso_ok(code, where, allow_null=True):
            if code is None and allow_null:
                return
            if code not in ISO:
                bad(gf, f'{where}: invalid ISO code {code!r}')

        for kind in SHAPES:
            items = gold.get(kind, [])
            if not isinstance(items, list):
                bad(gf, f'{kind} is not a list')
                gold[kind] = []
                continue
            for i, e in enumerate(items):
                if not isinstance(e, dict) or not shape_ok(kind, e):
                    bad(gf, f'{kind}[{i}]: fields {list(e.keys()) if isinstance(e, dict) else e!r} '
                            f'do not match {SHAPES[kind]}')

        # ids
        for kind in ('persons', 'agreements', 'organizations'):
            seen = set()
            for e in gold.get(kind, []):
                if not isinstance(e, dict):
                    continue
                i = e.get('id')
                if not isinstance(i, str) or not SLUG.match(i):
                    bad(gf, f'{kind}: id {i!r} is not a slug')
                if i in seen:
                    bad(gf, f'{kind}: duplicate id {i!r}')
                seen.add(i)

        # names and aliases
        for kind in ('persons', 'countries', 'regions', 'agreements', 'organizations', 'places'):
            for e in gold.get(kind, []):
                if not isinstance(e, dict):
                    continue
                name = e.get('name')
                label = f"{kind} {e.get('id', name)!r}"
                if not isinstance(name, str) or not name:
                    bad(gf, f'{label}: missing name')
                aliases = e.get('aliases', [])
                if not isinstance(aliases, list):
                    bad(gf, f'{label}: aliases is not a list')
                    aliases = []
                for a in aliases:
                    if not occurs(a):
                        bad(gf, f'{label}: alias {a!r} not in text')
                if kind != 'regions' and not (occurs(name) or any(occurs(a) for a in aliases)):
                    bad(gf, f'{label}: neither name nor any alias occurs in text')
                if kind == 'regions' and not (occurs(name) or any(occurs(a) for a in aliases)):
                    bad(gf, f'{label}: neither name nor any alias occurs in text')

        for p in gold.get('persons', []):
            if not isinstance(p, dict):
                continue
            if p.get('office') is not None and not occurs(p.get('office')):
                bad(gf, f"person {p.get('id')!r}: office {p.get('office')!r} not in text")
            iso_ok(p.get('country'), f"person {p.get('id')!r}")
            pid, pname = p.get('id'), p.get('name')
            if pid in person_names and person_names[pid][0] != pname:
                bad(gf, f'person {pid!r}: name {pname!r} differs from {person_names[pid][0]!r} '
                        f'in {person_names[pid][1]}')
            person_names.setdefault(pid, (pname, gf))
        for c in gold.get('countries', []):
            if isinstance(c, dict):
                iso_ok(c.get('iso'), f"country {c.get('name')!r}", allow_null=False)
        for a in gold.get('agreements', []):
            if isinstance(a, dict):
                if not isinstance(a.get('parties'), list):
                    bad(gf, f"agreement {a.get('id')!r}: parties is not a list")
                else:
                    for c in a['parties']:
                        iso_ok(c, f"agreement {a.get('id')!r}", allow_null=False)
        for o in gold.get('organizations', []):
            if isinstance(o, dict):
                iso_ok(o.get('country'), f"organization {o.get('id')!r}")
        for pl in gold.get('places', []):
            if isinstance(pl, dict):
                iso_ok(pl.get('country'), f"place {pl.get('name')!r}")

        pids = {p.get('id') for p in gold.get('persons', []) if isinstance(p, dict)}
        aids = {a.get('id') for a in gold.get('agreements', []) if isinstance(a, dict)}
        pnames = {p.get('name') for p in gold.get('places', []) if isinstance(p, dict)}
        pnames |= {c.get('name') for c in gold.get('countries', []) if isinstance(c, dict)}
        for i, m in enumerate(gold.get('meetings', [])):
            if not isinstance(m, dict):
                continue
            w = f'meetings[{i}]'
            if m.get('kind') not in KINDS:
                bad(gf, f"{w}: kind {m.get('kind')!r} not allowed")
            for x in m.get('participants', []) if isinstance(m.get('participants'), list) else [None]:
                if x not in pids:
                    bad(gf, f'{w}: participant {x!r} is not a listed person')
            for c in m.get('countries', []) if isinstance(m.get('countries'), list) else [None]:
                iso_ok(c, w, allow_null=False)
            if not valid_date(m.get('date')):
                bad(gf, f"{w}: invalid date {m.get('date')!r}")
            if m.get('place') is not None and m.get('place') not in pnames:
                bad(gf, f"{w}: place {m.get('place')!r} is not in places or countries")
            for t in m.get('topics', []) if isinstance(m.get('topics'), list) else [None]:
                if t not in TOPICS:
                    bad(gf, f'{w}: topic {t!r} not allowed')
            for a in m.get('agreements', []) if isinstance(m.get('agreements'), list) else [None]:
                if a not in aids:
                    bad(gf, f'{w}: agreement {a!r} is not a listed agreement')
            if not occurs(m.get('evidence')):
                bad(gf, f'{w}: evidence not found verbatim in text')
            if 'evidence_extra' in m:
                if not isinstance(m['evidence_extra'], list):
                    bad(gf, f'{w}: evidence_extra is not a list')
                else:
                    for x in m['evidence_extra']:
                        if not occurs(x):
                            bad(gf, f'{w}: evidence_extra {x[:60]!r}... not found verbatim')
            if 'note' in m and not isinstance(m['note'], str):
                bad(gf, f'{w}: note is not a string')
        for i, c in enumerate(gold.get('meeting_counts', [])):
            if not isinstance(c, dict):
                continue
            w = f'meeting_counts[{i}]'
            if c.get('kind') not in KINDS:
                bad(gf, f"{w}: kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool)
                    and c['count'] > 0):
                bad(gf, f"{w}: count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get('year'), str) and re.fullmatch(r'\d{4}', c['year'])):
                bad(gf, f"{w}: year {c.get('year')!r} is not YYYY")
            if not occurs(c.get('evidence')):
                bad(gf, f'{w}: evidence not found verbatim in text')

    for p in problems:
        print(p)
    print(f'checked {checked} files: {len(problems)} errors')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
