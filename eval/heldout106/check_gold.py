#!/usr/bin/env python3
"""Checker for the heldout106 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

TOP = ['doc', 'year', 'persons', 'countries', 'regions', 'agreements',
       'organizations', 'places', 'meetings', 'meeting_counts']
PERSON = ['id', 'name', 'aliases', 'office', 'country']
COUNTRY_REQ = ['name', 'iso']; COUNTRY_OPT = ['aliases']
REGION_REQ = ['name']; REGION_OPT = ['aliases']
AGREEMENT = ['id', 'name', 'aliases', 'parties']
ORG = ['id', 'name', 'aliases', 'country']
PLACE = ['name', 'aliases', 'country']
MEETING = ['kind', 'participants', 'countries', 'date', 'place', 'topics',
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {'SU'}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')

errors = []
def err(f, msg):
    errors.append('%s: %s' % (f, msg))

def word_count(t):
    return len(t.split())

def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', d):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', d):
            return 1 <= int(d[5:]) <= 12
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:]))
            return True
    except ValueError:
        return False
    return False

def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, '%s is not an object' % where); return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != req:
        err(f, '%s: required fields %s missing or out of order (got %s)' % (where, req, keys))
    for k in keys:
        if k not in req and k not in opt:
            err(f, '%s: unexpected field %r' % (where, k))
    # optional fields must come after required ones
    idx = [keys.index(k) for k in keys if k in opt]
    if idx and base and min(idx) < keys.index(base[-1]):
        err(f, '%s: optional fields must follow the required ones' % where)
    return True

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)

def main():
    texts = sorted(n[:-4] for n in os.listdir(TEXTS) if n.endswith('.txt'))
    golds = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith('.json'))
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
        checked += 1
        try:
            data = json.load(open(os.path.join(GOLD, f), encoding='utf-8'))
        except Exception as e:
            err(f, 'cannot parse JSON: %s' % e); continue
        text = ''
        tp = os.path.join(TEXTS, stem + '.txt')
        if os.path.exists(tp):
            text = open(tp, encoding='utf-8').read()
            n = word_count(text)
            if not 550 <= n <= 950:
                err(f, 'text has %d words (need 550-950)' % n)
        if not isinstance(data, dict) or list(data.keys()) != TOP:
            err(f, 'top-level fields must be exactly %s' % TOP)
            if not isinstance(data, dict):
                continue
        if data.get('doc') != stem + '.txt':
            err(f, 'doc %r does not name the text' % data.get('doc'))
        if not (isinstance(data.get('year'), str) and re.fullmatch(r'\d{4}', data['year'])):
            err(f, 'year must be a YYYY string')
        def occurs(s):
            return isinstance(s, str) and s != '' and s in text
        # persons
        pids = set()
        for i, p in enumerate(data.get('persons', [])):
            w = 'persons[%d]' % i
            if not check_keys(f, w, p, PERSON): continue
            pid = p.get('id')
            if not (isinstance(pid, str) and SLUG.match(pid)): err(f, '%s: bad id %r' % (w, pid))
            if pid in pids: err(f, '%s: duplicate person id %r' % (w, pid))
            pids.add(pid)
            if not isinstance(p.get('name'), str) or not p['name']: err(f, '%s: bad name' % w)
            if not is_str_list(p.get('aliases')): err(f, '%s: aliases must be a list of strings' % w)
            else:
                for a in p['aliases']:
                    if not occurs(a): err(f, '%s (%s): alias %r not in text' % (w, pid, a))
                if not (occurs(p.get('name')) or any(occurs(a) for a in p['aliases'])):
                    err(f, '%s (%s): neither name nor any alias occurs in text' % (w, pid))
            off = p.get('office')
            if off is not None and not occurs(off): err(f, '%s (%s): office %r not in text' % (w, pid, off))
            c = p.get('country')
            if c is not None and c not in ISO: err(f, '%s (%s): bad country %r' % (w, pid, c))
            if isinstance(pid, str) and isinstance(p.get('name'), str):
                person_names.setdefault(pid, {}).setdefault(p['name'], []).append(stem)
        # countries
        cnames = set()
        for i, c in enumerate(data.get('countries', [])):
            w = 'countries[%d]' % i
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
            if c.get('iso') not in ISO: err(f, '%s: bad iso %r' % (w, c.get('iso')))
            al = c.get('aliases', [])
            if not is_str_list(al): err(f, '%s: aliases must be a list of strings' % w); al = []
            for a in al:
                if not occurs(a): err(f, '%s (%s): alias %r not in text' % (w, c.get('name'), a))
            if not (occurs(c.get('name')) or any(occurs(a) for a in al)):
                err(f, '%s: neither name %r nor any alias occurs' % (w, c.get('name')))
            if c.get('name') in cnames: err(f, '%s: duplicate country %r' % (w, c.get('name')))
            cnames.add(c.get('name'))
        # regions (canonical names may be absent from the text; aliases must occur)
        for i, r in enumerate(data.get('regions', [])):
            w = 'regions[%d]' % i
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT): continue
            al = r.get('aliases', [])
            if not is_str_list(al): err(f, '%s: aliases must be a list of strings' % w); al = []
            for a in al:
                if not occurs(a): err(f, '%s (%s): alias %r not in text' % (w, r.get('name'), a))
            if not (occurs(r.get('name')) or any(occurs(a) for a in al)):
                err(f, '%s: neither name %r nor any alias occurs' % (w, r.get('name')))
        # agreements
        aids = set()
        for i, a in enumerate(data.get('agreements', [])):
            w = 'agreements[%d]' % i
            if not check_keys(f, w, a, AGREEMENT): continue
            if not (isinstance(a.get('id'), str) and SLUG.match(a['id'])): err(f, '%s: bad id %r' % (w, a.get('id')))
            if a.get('id') in aids: err(f, '%s: duplicate agreement id %r' % (w, a.get('id')))
            aids.add(a.get('id'))
            al = a.get('aliases')
            if not is_str_list(al): err(f, '%s: aliases must be a list of strings' % w); al = []
            for x in al:
                if not occurs(x): err(f, '%s (%s): alias %r not in text' % (w, a.get('id'), x))
            if not (occurs(a.get('name')) or any(occurs(x) for x in al)):
                err(f, '%s (%s): neither name nor any alias occurs' % (w, a.get('id')))
            if not is_str_list(a.get('parties')) or any(x not in ISO for x in a.get('parties', [])):
                err(f, '%s: bad parties %r' % (w, a.get('parties')))
        # organizations
        oids = set()
        for i, o in enumerate(data.get('organizations', [])):
            w = 'organizations[%d]' % i
            if not check_keys(f, w, o, ORG): continue
            if not (isinstance(o.get('id'), str) and SLUG.match(o['id'])): err(f, '%s: bad id %r' % (w, o.get('id')))
            if o.get('id') in oids: err(f, '%s: duplicate organization id %r' % (w, o.get('id')))
            oids.add(o.get('id'))
            al = o.get('aliases')
            if not is_str_list(al): err(f, '%s: aliases must be a list of strings' % w); al = []
            for x in al:
                if not occurs(x): err(f, '%s (%s): alias %r not in text' % (w, o.get('id'), x))
            if not (occurs(o.get('name')) or any(occurs(x) for x in al)):
                err(f, '%s (%s): neither name nor any alias occurs' % (w, o.get('id')))
            if o.get('country') is not None and o.get('country') not in ISO:
                err(f, '%s: bad country %r' % (w, o.get('country')))
        # places
        pnames = set()
        for i, p in enumerate(data.get('places', [])):
            w = 'places[%d]' % i
            if not check_keys(f, w, p, PLACE): continue
            al = p.get('aliases')
            if not is_str_list(al): err(f, '%s: aliases must be a list of strings' % w); al = []
            for x in al:
                if not occurs(x): err(f, '%s (%s): alias %r not in text' % (w, p.get('name'), x))
            if not (occurs(p.get('name')) or any(occurs(x) for x in al)):
                err(f, '%s: neither name %r nor any alias occurs' % (w, p.get('name')))
            if p.get('country') is not None and p.get('country') not in ISO:
                err(f, '%s: bad country %r' % (w, p.get('country')))
            if p.get('name') in pnames: err(f, '%s: duplicate place %r' % (w, p.get('name')))
            pnames.add(p.get('name'))
        # meetings
        for i, m in enumerate(data.get('meetings', [])):
            w = 'meetings[%d]' % i
            if not check_keys(f, w, m, MEETING, MEETING_OPT): continue
            if m.get('kind') not in KINDS: err(f, '%s: bad kind %r' % (w, m.get('kind')))
            if not is_str_list(m.get('participants')): err(f, '%s: participants must be a list' % w)
            else:
                for x in m['participants']:
                    if x not in pids: err(f, '%s: participant %r not in persons' % (w, x))
            if not is_str_list(m.get('countries')) or any(x not in ISO for x in m.get('countries', [])):
                err(f, '%s: bad countries %r' % (w, m.get('countries')))
            if not valid_date(m.get('date')): err(f, '%s: bad date %r' % (w, m.get('date')))
            pl = m.get('place')
            if pl is not None and pl not in pnames and pl not in cnames:
                err(f, '%s: place %r not in places or countries' % (w, pl))
            if not is_str_list(m.get('topics')) or any(x not in TOPICS for x in m.get('topics', [])):
                err(f, '%s: bad topics %r' % (w, m.get('topics')))
            if not is_str_list(m.get('agreements')): err(f, '%s: agreements must be a list' % w)
            else:
                for x in m['agreements']:
                    if x not in aids: err(f, '%s: agreement %r not in agreements' % (w, x))
            if not occurs(m.get('evidence')): err(f, '%s: evidence not verbatim in text' % w)
            if 'evidence_extra' in m:
                if not is_str_list(m['evidence_extra']): err(f, '%s: evidence_extra must be a list' % w)
                else:
                    for x in m['evidence_extra']:
                        if not occurs(x): err(f, '%s: evidence_extra %r not verbatim' % (w, x[:60]))
            if 'note' in m and not isinstance(m['note'], str): err(f, '%s: note must be a string' % w)
        # meeting counts
        for i, c in enumerate(data.get('meeting_counts', [])):
            w = 'meeting_counts[%d]' % i
            if not check_keys(f, w, c, COUNT): continue
            if c.get('kind') not in KINDS: err(f, '%s: bad kind %r' % (w, c.get('kind')))
            if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool) and c['count'] > 0):
                err(f, '%s: count must be a positive integer' % w)
            if not (isinstance(c.get('year'), str) and re.fullmatch(r'\d{4}', c['year'])):
                err(f, '%s: year must be YYYY' % w)
            if not occurs(c.get('evidence')): err(f, '%s: evidence not verbatim' % w)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            err('set', 'person %r has different names across files: %s' % (pid, sorted(names)))
    for e in errors:
        print(e)
    n = max(len(texts), len(golds))
    print('checked %d files: %d errors' % (n, len(errors)))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
