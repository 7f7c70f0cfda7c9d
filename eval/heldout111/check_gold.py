#!/usr/bin/env python3
"""Checker for the heldout111 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
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
ZM ZW""".split()) | {"SU"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
SLUG = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r'\d{4}', s):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', s):
            datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            datetime.date.fromisoformat(s); return True
    except ValueError:
        return False
    return False

def check_fields(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    allowed = req + opt
    for k in keys:
        if k not in allowed:
            err(f, f"{where}: unexpected field {k!r}")
    for k in req:
        if k not in obj:
            err(f, f"{where}: missing field {k!r}")
    order = [k for k in allowed if k in obj]
    if [k for k in keys if k in allowed] != order:
        err(f, f"{where}: fields out of documented order {keys}")
    return True

def check_iso(f, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")

def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text

texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith('.txt')}
golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith('.json')}
for s in sorted(texts - golds):
    err(s, "text has no gold file")
for s in sorted(golds - texts):
    err(s, "gold file has no text")

person_names = {}
checked = 0
for stem in sorted(golds):
    f = stem + '.json'
    checked += 1
    try:
        with open(os.path.join(GOLD, f), encoding='utf-8') as fh:
            g = json.load(fh)
    except Exception as e:
        err(f, f"cannot parse JSON: {e}"); continue
    text = ''
    tp = os.path.join(TEXTS, stem + '.txt')
    if os.path.exists(tp):
        with open(tp, encoding='utf-8') as fh:
            text = fh.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (need 550-950)")
    if not isinstance(g, dict):
        err(f, "top level is not an object"); continue
    if list(g.keys()) != TOP:
        err(f, f"top-level fields {list(g.keys())} != {TOP}")
    if g.get('doc') != stem + '.txt':
        err(f, f"doc {g.get('doc')!r} does not name the text")
    if not (isinstance(g.get('year'), str) and re.fullmatch(r'\d{4}', g.get('year', ''))):
        err(f, f"year {g.get('year')!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(g.get(sec), list):
            err(f, f"{sec} is not a list"); g[sec] = []

    ids = set()
    def check_id(where, i):
        if not (isinstance(i, str) and SLUG.match(i)):
            err(f, f"{where}: id {i!r} is not a slug")
        if i in ids:
            err(f, f"{where}: duplicate id {i!r}")
        ids.add(i)

    def check_aliases(where, e, need_name_or_alias=True):
        al = e.get('aliases', [])
        if not isinstance(al, list):
            err(f, f"{where}: aliases not a list"); al = []
        for a in al:
            if not in_text(text, a):
                err(f, f"{where}: alias {a!r} not in text")
        if need_name_or_alias and not (in_text(text, e.get('name')) or any(in_text(text, a) for a in al)):
            err(f, f"{where}: neither name nor any alias occurs in text")

    person_ids = set()
    for k, p in enumerate(g['persons']):
        w = f"persons[{k}]"
        if not check_fields(f, w, p, *FIELDS['persons']): continue
        check_id(w, p.get('id')); person_ids.add(p.get('id'))
        check_aliases(w, p)
        if p.get('office') is not None and not in_text(text, p.get('office')):
            err(f, f"{w}: office {p.get('office')!r} not in text")
        check_iso(f, w, p.get('country'))
        pid, nm = p.get('id'), p.get('name')
        if pid in person_names and person_names[pid][0] != nm:
            err(f, f"{w}: person {pid!r} named {nm!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
        else:
            person_names.setdefault(pid, (nm, f))
    cnames = set()
    for k, c in enumerate(g['countries']):
        w = f"countries[{k}]"
        if not check_fields(f, w, c, *FIELDS['countries']): continue
        check_iso(f, w, c.get('iso'), nullable=False)
        check_aliases(w, c); cnames.add(c.get('name'))
    for k, r in enumerate(g['regions']):
        w = f"regions[{k}]"
        if not check_fields(f, w, r, *FIELDS['regions']): continue
        check_aliases(w, r)
    agr_ids = set()
    for k, a in enumerate(g['agreements']):
        w = f"agreements[{k}]"
        if not check_fields(f, w, a, *FIELDS['agreements']): continue
        check_id(w, a.get('id')); agr_ids.add(a.get('id'))
        check_aliases(w, a)
        if not isinstance(a.get('parties'), list):
            err(f, f"{w}: parties not a list")
        else:
            for c in a['parties']:
                check_iso(f, w, c, nullable=False)
    for k, o in enumerate(g['organizations']):
        w = f"organizations[{k}]"
        if not check_fields(f, w, o, *FIELDS['organizations']): continue
        check_id(w, o.get('id')); check_aliases(w, o); check_iso(f, w, o.get('country'))
    pnames = set()
    for k, p in enumerate(g['places']):
        w = f"places[{k}]"
        if not check_fields(f, w, p, *FIELDS['places']): continue
        check_aliases(w, p); check_iso(f, w, p.get('country')); pnames.add(p.get('name'))
    for k, m in enumerate(g['meetings']):
        w = f"meetings[{k}]"
        if not check_fields(f, w, m, *FIELDS['meetings']): continue
        if m.get('kind') not in KINDS:
            err(f, f"{w}: kind {m.get('kind')!r} not allowed")
        for pid in m.get('participants') or []:
            if pid not in person_ids:
                err(f, f"{w}: participant {pid!r} not in persons")
        if not isinstance(m.get('participants'), list): err(f, f"{w}: participants not a list")
        if not isinstance(m.get('countries'), list): err(f, f"{w}: countries not a list")
        for c in m.get('countries') or []:
            check_iso(f, w, c, nullable=False)
        if not valid_date(m.get('date')):
            err(f, f"{w}: invalid date {m.get('date')!r}")
        pl = m.get('place')
        if pl is not None and pl not in pnames and pl not in cnames:
            err(f, f"{w}: place {pl!r} not in places or countries")
        for t in m.get('topics') or []:
            if t not in TOPICS:
                err(f, f"{w}: topic {t!r} not allowed")
        for a in m.get('agreements') or []:
            if a not in agr_ids:
                err(f, f"{w}: agreement {a!r} not in agreements")
        if not in_text(text, m.get('evidence')):
            err(f, f"{w}: evidence not verbatim in text")
        if 'evidence_extra' in m:
            if not isinstance(m['evidence_extra'], list):
                err(f, f"{w}: evidence_extra not a list")
            else:
                for e in m['evidence_extra']:
                    if not in_text(text, e):
                        err(f, f"{w}: evidence_extra not verbatim: {str(e)[:60]!r}")
        if 'note' in m and not isinstance(m['note'], str):
            err(f, f"{w}: note not a string")
    for k, c in enumerate(g['meeting_counts']):
        w = f"meeting_counts[{k}]"
        if not check_fields(f, w, c, *FIELDS['meeting_counts']): continue
        if c.get('kind') not in KINDS:
            err(f, f"{w}: kind {c.get('kind')!r} not allowed")
        if not (isinstance(c.get('count'), int) and not isinstance(c.get('count'), bool) and c['count'] > 0):
            err(f, f"{w}: count {c.get('count')!r} not a positive integer")
        if not (isinstance(c.get('year'), str) and re.fullmatch(r'\d{4}', c['year'])):
            err(f, f"{w}: year {c.get('year')!r} not YYYY")
        if not in_text(text, c.get('evidence')):
            err(f, f"{w}: evidence not verbatim in text")

for e in errors:
    print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
