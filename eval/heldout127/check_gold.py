#!/usr/bin/env python3
"""Checker for the heldout127 gold files (standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')
GOLD = os.path.join(HERE, 'gold')

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]; COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]; REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')

errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def valid_date(s):
    if s is None: return True
    if not isinstance(s, str): return False
    try:
        if re.fullmatch(r'\d{4}', s): return True
        if re.fullmatch(r'\d{4}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10])); return True
    except ValueError:
        return False
    return False

def keys_ok(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    ks = list(obj.keys())
    if ks[:len(req)] != req:
        err(f, f"{where}: fields {ks} do not start with {req}"); return False
    rest = ks[len(req):]
    order = [k for k in opt if k in rest]
    if rest != order or len(set(rest)) != len(rest):
        err(f, f"{where}: unexpected or misordered optional fields {rest}"); return False
    return True

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(f, f"{where}: must be a list of strings"); return False
    return True

def iso_ok(f, where, c, nullable=True):
    if c is None:
        if not nullable: err(f, f"{where}: ISO code may not be null")
        return
    if c not in ISO: err(f, f"{where}: invalid ISO code {c!r}")

texts = sorted(x for x in os.listdir(TEXTS) if x.endswith('.txt'))
golds = sorted(x for x in os.listdir(GOLD) if x.endswith('.json'))
tstems = {x[:-4] for x in texts}; gstems = {x[:-5] for x in golds}
for s in sorted(tstems - gstems): err(s + '.txt', "text has no gold file")
for s in sorted(gstems - tstems): err(s + '.json', "gold file has no text")

person_names = {}  # id -> (name, file)
checked = 0
for g in golds:
    stem = g[:-5]
    if stem not in tstems: continue
    checked += 1
    f = g
    text = open(os.path.join(TEXTS, stem + '.txt'), encoding='utf-8').read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
    try:
        d = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if list(d.keys()) != TOP:
        err(f, f"top-level fields {list(d.keys())} != {TOP}"); continue
    if d['doc'] != stem + '.txt': err(f, f"doc {d['doc']!r} does not name the text")
    if not (isinstance(d['year'], str) and re.fullmatch(r'\d{4}', d['year'])): err(f, "year must be YYYY string")
    for k in TOP[2:]:
        if not isinstance(d[k], list): err(f, f"{k} must be a list")
    def occurs(s): return isinstance(s, str) and s != '' and s in text

    ids = set()
    def uniq(where, i):
        if not isinstance(i, str) or not SLUG.match(i): err(f, f"{where}: bad slug id {i!r}")
        if i in ids: err(f, f"{where}: duplicate id {i!r}")
        ids.add(i)

    pids = set()
    for j, p in enumerate(d['persons']):
        w = f"persons[{j}]"
        if not keys_ok(f, w, p, PERSON): continue
        uniq(w, p['id']); pids.add(p['id'])
        if not isinstance(p['name'], str) or not p['name']: err(f, f"{w}: empty name")
        if str_list(f, w + '.aliases', p['aliases']):
            for a in p['aliases']:
                if not occurs(a): err(f, f"{w}: alias {a!r} not in text")
            if not occurs(p['name']) and not any(occurs(a) for a in p['aliases']):
                err(f, f"{w}: neither name nor any alias occurs in text")
        if p['office'] is not None and not occurs(p['office']): err(f, f"{w}: office {p['office']!r} not in text")
        iso_ok(f, w + '.country', p['country'])
        prev = person_names.get(p['id'])
        if prev and prev[0] != p['name']:
            err(f, f"{w}: id {p['id']} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif not prev: person_names[p['id']] = (p['name'], f)

    cnames = set()
    for j, c in enumerate(d['countries']):
        w = f"countries[{j}]"
        if not keys_ok(f, w, c, COUNTRY_REQ, COUNTRY_OPT): continue
        iso_ok(f, w + '.iso', c['iso'], nullable=False)
        cnames.add(c['name'])
        al = c.get('aliases', [])
        if str_list(f, w + '.aliases', al):
            for a in al:
                if not occurs(a): err(f, f"{w}: alias {a!r} not in text")
            if not occurs(c['name']) and not any(occurs(a) for a in al):
                err(f, f"{w}: neither name nor alias of {c['name']!r} occurs")
    for j, r in enumerate(d['regions']):
        w = f"regions[{j}]"
        if not keys_ok(f, w, r, REGION_REQ, REGION_OPT): continue
        al = r.get('aliases', [])
        if str_list(f, w + '.aliases', al):
            for a in al:
                if not occurs(a): err(f, f"{w}: alias {a!r} not in text")
            if not occurs(r['name']) and not any(occurs(a) for a in al):
                err(f, f"{w}: neither name nor alias of {r['name']!r} occurs")

    aids = set()
    for j, a in enumerate(d['agreements']):
        w = f"agreements[{j}]"
        if not keys_ok(f, w, a, AGREEMENT): continue
        uniq(w, a['id']); aids.add(a['id'])
        if str_list(f, w + '.aliases', a['aliases']):
            for x in a['aliases']:
                if not occurs(x): err(f, f"{w}: alias {x!r} not in text")
            if not occurs(a['name']) and not any(occurs(x) for x in a['aliases']):
                err(f, f"{w}: neither name nor alias occurs")
        if str_list(f, w + '.parties', a['parties']):
            for x in a['parties']: iso_ok(f, w + '.parties', x, nullable=False)

    for j, o in enumerate(d['organizations']):
        w = f"organizations[{j}]"
        if not keys_ok(f, w, o, ORG): continue
        uniq(w, o['id'])
        if str_list(f, w + '.aliases', o['aliases']):
            for x in o['aliases']:
                if not occurs(x): err(f, f"{w}: alias {x!r} not in text")
            if not occurs(o['name']) and not any(occurs(x) for x in o['aliases']):
                err(f, f"{w}: neither name nor alias occurs")
        iso_ok(f, w + '.country', o['country'])

    pnames = set()
    for j, p in enumerate(d['places']):
        w = f"places[{j}]"
        if not keys_ok(f, w, p, PLACE): continue
        pnames.add(p['name'])
        if str_list(f, w + '.aliases', p['aliases']):
            for x in p['aliases']:
                if not occurs(x): err(f, f"{w}: alias {x!r} not in text")
            if not occurs(p['name']) and not any(occurs(x) for x in p['aliases']):
                err(f, f"{w}: neither name nor alias occurs")
        iso_ok(f, w + '.country', p['country'])

    for j, m in enumerate(d['meetings']):
        w = f"meetings[{j}]"
        if not keys_ok(f, w, m, MEETING_REQ, MEETING_OPT): continue
        if m['kind'] not in KINDS: err(f, f"{w}: bad kind {m['kind']!r}")
        if str_list(f, w + '.participants', m['participants']):
            for x in m['participants']:
                if x not in pids: err(f, f"{w}: participant {x!r} not in persons")
        if str_list(f, w + '.countries', m['countries']):
            for x in m['countries']: iso_ok(f, w + '.countries', x, nullable=False)
        if not valid_date(m['date']): err(f, f"{w}: bad date {m['date']!r}")
        if m['place'] is not None and m['place'] not in pnames and m['place'] not in cnames:
            err(f, f"{w}: place {m['place']!r} not in places or countries")
        if str_list(f, w + '.topics', m['topics']):
            for x in m['topics']:
                if x not in TOPICS: err(f, f"{w}: bad topic {x!r}")
        if str_list(f, w + '.agreements', m['agreements']):
            for x in m['agreements']:
                if x not in aids: err(f, f"{w}: agreement {x!r} not in agreements")
        if not occurs(m['evidence']): err(f, f"{w}: evidence not in text")
        if 'evidence_extra' in m and str_list(f, w + '.evidence_extra', m['evidence_extra']):
            for x in m['evidence_extra']:
                if not occurs(x): err(f, f"{w}: evidence_extra {x[:60]!r} not in text")
        if 'note' in m and not isinstance(m['note'], str): err(f, f"{w}: note must be a string")

    for j, c in enumerate(d['meeting_counts']):
        w = f"meeting_counts[{j}]"
        if not keys_ok(f, w, c, COUNT): continue
        if c['kind'] not in KINDS: err(f, f"{w}: bad kind")
        if not (isinstance(c['count'], int) and not isinstance(c['count'], bool) and c['count'] > 0):
            err(f, f"{w}: count must be a positive integer")
        if not (isinstance(c['year'], str) and re.fullmatch(r'\d{4}', c['year'])): err(f, f"{w}: year must be YYYY")
        if not occurs(c['evidence']): err(f, f"{w}: evidence not in text")

for e in errors: print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
