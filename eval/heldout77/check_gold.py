#!/usr/bin/env python3
"""Check the heldout77 gold files against gold/README.md's format (standard library only)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s); return True
    except ValueError:
        return False
    return False

def check_fields(f, where, obj, req, opt):
    if not isinstance(obj, dict):
        bad(f, f"{where}: not an object"); return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        bad(f, f"{where}: fields {keys} do not start with {req} in order")
    extra = keys[len(req):]
    allowed = [k for k in opt]
    pos = -1
    for k in extra:
        if k not in allowed:
            bad(f, f"{where}: unexpected field {k!r}")
        else:
            if allowed.index(k) < pos:
                bad(f, f"{where}: optional fields out of order")
            pos = allowed.index(k)
    return True

def str_list(f, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(f, f"{where}: must be a list of strings"); return []
    return v

texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith(".txt")}
golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith(".json")}
for s in sorted(texts - golds): bad(s, "text has no gold file")
for s in sorted(golds - texts): bad(s, "gold file has no text")

person_names = {}
nfiles = 0
for stem in sorted(texts & golds):
    nfiles += 1
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    nw = len(text.split())
    if not 550 <= nw <= 950:
        bad(f, f"text has {nw} words (need 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        bad(f, f"invalid JSON: {e}"); continue
    if list(g.keys()) != TOP:
        bad(f, f"top-level fields {list(g.keys())} != {TOP}"); continue
    if g["doc"] != stem + ".txt":
        bad(f, f"doc {g['doc']!r} does not name the text")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        bad(f, f"year {g['year']!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(g[sec], list):
            bad(f, f"{sec} is not a list"); g[sec] = []
    def occurs(s): return isinstance(s, str) and s in text
    ids = {}
    for sec in ("persons", "agreements", "organizations"):
        for i, e in enumerate(g[sec]):
            req, opt = FIELDS[sec]
            if not check_fields(f, f"{sec}[{i}]", e, req, opt): continue
            eid = e.get("id")
            if not (isinstance(eid, str) and SLUG.match(eid)):
                bad(f, f"{sec}[{i}]: bad slug id {eid!r}")
            if eid in ids.setdefault(sec, set()):
                bad(f, f"{sec}: duplicate id {eid!r}")
            ids[sec].add(eid)
    # persons
    for e in g["persons"]:
        if not isinstance(e, dict): continue
        al = str_list(f, f"person {e.get('id')} aliases", e.get("aliases"))
        for a in al:
            if not occurs(a): bad(f, f"person {e.get('id')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"person {e.get('id')}: neither name nor any alias occurs in text")
        off = e.get("office")
        if off is not None and not occurs(off):
            bad(f, f"person {e.get('id')}: office {off!r} not in text")
        c = e.get("country")
        if c is not None and c not in ISO:
            bad(f, f"person {e.get('id')}: bad country {c!r}")
        pid, nm = e.get("id"), e.get("name")
        if pid in person_names and person_names[pid][0] != nm:
            bad(f, f"person {pid}: name {nm!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (nm, f))
    # countries
    names_c = set()
    for i, e in enumerate(g["countries"]):
        req, opt = FIELDS["countries"]
        if not check_fields(f, f"countries[{i}]", e, req, opt): continue
        if e.get("iso") not in ISO: bad(f, f"country {e.get('name')}: bad iso {e.get('iso')!r}")
        al = str_list(f, f"country {e.get('name')} aliases", e.get("aliases", []))
        for a in al:
            if not occurs(a): bad(f, f"country {e.get('name')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"country {e.get('name')}: neither name nor alias occurs")
        names_c.add(e.get("name"))
    # regions
    for i, e in enumerate(g["regions"]):
        req, opt = FIELDS["regions"]
        if not check_fields(f, f"regions[{i}]", e, req, opt): continue
        al = str_list(f, f"region {e.get('name')} aliases", e.get("aliases", []))
        for a in al:
            if not occurs(a): bad(f, f"region {e.get('name')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"region {e.get('name')}: neither name nor alias occurs")
    # agreements
    for e in g["agreements"]:
        if not isinstance(e, dict): continue
        al = str_list(f, f"agreement {e.get('id')} aliases", e.get("aliases"))
        for a in al:
            if not occurs(a): bad(f, f"agreement {e.get('id')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"agreement {e.get('id')}: neither name nor alias occurs")
        for p in str_list(f, f"agreement {e.get('id')} parties", e.get("parties")):
            if p not in ISO: bad(f, f"agreement {e.get('id')}: bad party {p!r}")
    # organizations
    for e in g["organizations"]:
        if not isinstance(e, dict): continue
        al = str_list(f, f"org {e.get('id')} aliases", e.get("aliases"))
        for a in al:
            if not occurs(a): bad(f, f"org {e.get('id')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"org {e.get('id')}: neither name nor alias occurs")
        c = e.get("country")
        if c is not None and c not in ISO: bad(f, f"org {e.get('id')}: bad country {c!r}")
    # places
    names_p = set()
    for i, e in enumerate(g["places"]):
        req, opt = FIELDS["places"]
        if not check_fields(f, f"places[{i}]", e, req, opt): continue
        al = str_list(f, f"place {e.get('name')} aliases", e.get("aliases"))
        for a in al:
            if not occurs(a): bad(f, f"place {e.get('name')}: alias {a!r} not in text")
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            bad(f, f"place {e.get('name')}: neither name nor alias occurs")
        c = e.get("country")
        if c is not None and c not in ISO: bad(f, f"place {e.get('name')}: bad country {c!r}")
        names_p.add(e.get("name"))
    # meetings
    pids = ids.get("persons", set()); aids = ids.get("agreements", set())
    for i, m in enumerate(g["meetings"]):
        req, opt = FIELDS["meetings"]
        if not check_fields(f, f"meetings[{i}]", m, req, opt): continue
        w = f"meetings[{i}]"
        if m.get("kind") not in KINDS: bad(f, f"{w}: bad kind {m.get('kind')!r}")
        for p in str_list(f, f"{w} participants", m.get("participants")):
            if p not in pids: bad(f, f"{w}: participant {p!r} not in persons")
        for c in str_list(f, f"{w} countries", m.get("countries")):
            if c not in ISO: bad(f, f"{w}: bad country {c!r}")
        if not valid_date(m.get("date")): bad(f, f"{w}: bad date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in names_p and pl not in names_c:
            bad(f, f"{w}: place {pl!r} not in places or countries")
        for t in str_list(f, f"{w} topics", m.get("topics")):
            if t not in TOPICS: bad(f, f"{w}: bad topic {t!r}")
        for a in str_list(f, f"{w} agreements", m.get("agreements")):
            if a not in aids: bad(f, f"{w}: agreement {a!r} not in agreements")
        if not occurs(m.get("evidence")): bad(f, f"{w}: evidence not verbatim in text")
        if "evidence_extra" in m:
            for x in str_list(f, f"{w} evidence_extra", m["evidence_extra"]):
                if not occurs(x): bad(f, f"{w}: evidence_extra not verbatim: {x[:60]!r}")
        if "note" in m and not isinstance(m["note"], str): bad(f, f"{w}: note must be a string")
    # counts
    for i, c in enumerate(g["meeting_counts"]):
        req, opt = FIELDS["meeting_counts"]
        if not check_fields(f, f"meeting_counts[{i}]", c, req, opt): continue
        if c.get("kind") not in KINDS: bad(f, f"meeting_counts[{i}]: bad kind")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
            bad(f, f"meeting_counts[{i}]: count must be a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            bad(f, f"meeting_counts[{i}]: year must be YYYY")
        if not occurs(c.get("evidence")): bad(f, f"meeting_counts[{i}]: evidence not verbatim")

for p in problems:
    print(p)
print(f"checked {nfiles} files: {len(problems)} errors")
sys.exit(1 if problems else 0)
