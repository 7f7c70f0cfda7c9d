#!/usr/bin/env python3
"""Checker for the heldout126 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
import calendar

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO.add("SU")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y = int(m.group(1))
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            d = int(m.group(3))
            if not 1 <= d <= calendar.monthrange(y, mo)[1]:
                return False
    return True


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    req_present = [k for k in keys if k in required]
    if req_present != list(required):
        err(fname, f"{where}: fields {keys} do not match required {list(required)} in order")
    extra = [k for k in keys if k not in required and k not in optional]
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
    # optional fields must come after required ones
    idx_opt = [keys.index(k) for k in keys if k in optional]
    idx_req = [keys.index(k) for k in keys if k in required]
    if idx_opt and idx_req and min(idx_opt) < max(idx_req):
        err(fname, f"{where}: optional fields must follow required fields")
    return True


def str_list(fname, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(fname, f"{where}: must be a list of strings")
        return []
    return v


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


person_names = {}  # id -> (name, file)


def check_file(stem, text, data):
    fname = stem + ".json"
    if not isinstance(data, dict):
        err(fname, "top level is not an object")
        return
    if list(data.keys()) != TOP:
        err(fname, f"top-level fields {list(data.keys())} != {TOP}")
    if data.get("doc") != stem + ".txt":
        err(fname, f"doc {data.get('doc')!r} does not name the text {stem + '.txt'!r}")
    y = data.get("year")
    if not (isinstance(y, str) and re.fullmatch(r"\d{4}", y)):
        err(fname, f"year {y!r} is not YYYY")

    # persons
    pids = set()
    for i, p in enumerate(data.get("persons", [])):
        w = f"persons[{i}]"
        if not check_keys(fname, w, p, PERSON):
            continue
        pid = p.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(fname, f"{w}: bad id {pid!r}")
        if pid in pids:
            err(fname, f"{w}: duplicate person id {pid}")
        pids.add(pid)
        al = str_list(fname, f"{w}.aliases", p.get("aliases"))
        for a in al:
            if not in_text(text, a):
                err(fname, f"{w} ({pid}): alias {a!r} not in text")
        name = p.get("name")
        if not isinstance(name, str) or not name:
            err(fname, f"{w}: bad name")
        elif not (in_text(text, name) or any(in_text(text, a) for a in al)):
            err(fname, f"{w} ({pid}): neither name nor any alias occurs in text")
        off = p.get("office")
        if off is not None and not in_text(text, off):
            err(fname, f"{w} ({pid}): office {off!r} not in text")
        c = p.get("country")
        if c is not None and c not in ISO:
            err(fname, f"{w} ({pid}): bad country {c!r}")
        if isinstance(pid, str) and isinstance(name, str):
            if pid in person_names and person_names[pid][0] != name:
                err(fname, f"{w}: person {pid} named {name!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
            else:
                person_names.setdefault(pid, (name, fname))

    # countries
    cnames = set()
    for i, c in enumerate(data.get("countries", [])):
        w = f"countries[{i}]"
        if not check_keys(fname, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        if c.get("iso") not in ISO:
            err(fname, f"{w}: bad iso {c.get('iso')!r}")
        al = str_list(fname, f"{w}.aliases", c.get("aliases", []))
        for a in al:
            if not in_text(text, a):
                err(fname, f"{w}: alias {a!r} not in text")
        if not (in_text(text, c.get("name")) or any(in_text(text, a) for a in al)):
            err(fname, f"{w}: country {c.get('name')!r} (or alias) not in text")
        cnames.add(c.get("name"))

    # regions
    for i, r in enumerate(data.get("regions", [])):
        w = f"regions[{i}]"
        if not check_keys(fname, w, r, REGION_REQ, REGION_OPT):
            continue
        al = str_list(fname, f"{w}.aliases", r.get("aliases", []))
        for a in al:
            if not in_text(text, a):
                err(fname, f"{w}: alias {a!r} not in text")
        if not (in_text(text, r.get("name")) or any(in_text(text, a) for a in al)):
            err(fname, f"{w}: region {r.get('name')!r} (or alias) not in text")

    # agreements
    aids = set()
    for i, a in enumerate(data.get("agreements", [])):
        w = f"agreements[{i}]"
        if not check_keys(fname, w, a, AGREEMENT):
            continue
        aid = a.get("id")
        if not (isinstance(aid, str) and SLUG.match(aid)):
            err(fname, f"{w}: bad id {aid!r}")
        if aid in aids:
            err(fname, f"{w}: duplicate agreement id {aid}")
        aids.add(aid)
        al = str_list(fname, f"{w}.aliases", a.get("aliases"))
        for x in al:
            if not in_text(text, x):
                err(fname, f"{w}: alias {x!r} not in text")
        if not (in_text(text, a.get("name")) or any(in_text(text, x) for x in al)):
            err(fname, f"{w}: agreement {a.get('name')!r} (or alias) not in text")
        for pty in str_list(fname, f"{w}.parties", a.get("parties")):
            if pty not in ISO:
                err(fname, f"{w}: bad party {pty!r}")

    # organizations
    oids = set()
    for i, o in enumerate(data.get("organizations", [])):
        w = f"organizations[{i}]"
        if not check_keys(fname, w, o, ORG):
            continue
        oid = o.get("id")
        if not (isinstance(oid, str) and SLUG.match(oid)):
            err(fname, f"{w}: bad id {oid!r}")
        if oid in oids:
            err(fname, f"{w}: duplicate organization id {oid}")
        oids.add(oid)
        al = str_list(fname, f"{w}.aliases", o.get("aliases"))
        for x in al:
            if not in_text(text, x):
                err(fname, f"{w}: alias {x!r} not in text")
        if not (in_text(text, o.get("name")) or any(in_text(text, x) for x in al)):
            err(fname, f"{w}: organization {o.get('name')!r} (or alias) not in text")
        if o.get("country") is not None and o.get("country") not in ISO:
            err(fname, f"{w}: bad country {o.get('country')!r}")

    # places
    pnames = set()
    for i, p in enumerate(data.get("places", [])):
        w = f"places[{i}]"
        if not check_keys(fname, w, p, PLACE):
            continue
        al = str_list(fname, f"{w}.aliases", p.get("aliases"))
        for x in al:
            if not in_text(text, x):
                err(fname, f"{w}: alias {x!r} not in text")
        if not (in_text(text, p.get("name")) or any(in_text(text, x) for x in al)):
            err(fname, f"{w}: place {p.get('name')!r} (or alias) not in text")
        if p.get("country") is not None and p.get("country") not in ISO:
            err(fname, f"{w}: bad country {p.get('country')!r}")
        if p.get("name") in pnames:
            err(fname, f"{w}: duplicate place {p.get('name')!r}")
        pnames.add(p.get("name"))

    # meetings
    for i, m in enumerate(data.get("meetings", [])):
        w = f"meetings[{i}]"
        if not check_keys(fname, w, m, MEETING, MEETING_OPT):
            continue
        if m.get("kind") not in KINDS:
            err(fname, f"{w}: bad kind {m.get('kind')!r}")
        for pid in str_list(fname, f"{w}.participants", m.get("participants")):
            if pid not in pids:
                err(fname, f"{w}: participant {pid!r} not in persons")
        for c in str_list(fname, f"{w}.countries", m.get("countries")):
            if c not in ISO:
                err(fname, f"{w}: bad country {c!r}")
        if not valid_date(m.get("date")):
            err(fname, f"{w}: bad date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in pnames and pl not in cnames:
            err(fname, f"{w}: place {pl!r} not in places or countries")
        for t in str_list(fname, f"{w}.topics", m.get("topics")):
            if t not in TOPICS:
                err(fname, f"{w}: bad topic {t!r}")
        for a in str_list(fname, f"{w}.agreements", m.get("agreements")):
            if a not in aids:
                err(fname, f"{w}: agreement {a!r} not in agreements")
        if not in_text(text, m.get("evidence")):
            err(fname, f"{w}: evidence not verbatim in text: {str(m.get('evidence'))[:60]!r}")
        if "evidence_extra" in m:
            for x in str_list(fname, f"{w}.evidence_extra", m.get("evidence_extra")):
                if not in_text(text, x):
                    err(fname, f"{w}: evidence_extra not verbatim: {x[:60]!r}")
        if "note" in m and not isinstance(m.get("note"), str):
            err(fname, f"{w}: note must be a string")

    # meeting counts
    for i, c in enumerate(data.get("meeting_counts", [])):
        w = f"meeting_counts[{i}]"
        if not check_keys(fname, w, c, COUNT):
            continue
        if c.get("kind") not in KINDS:
            err(fname, f"{w}: bad kind {c.get('kind')!r}")
        n = c.get("count")
        if not (isinstance(n, int) and not isinstance(n, bool) and n > 0):
            err(fname, f"{w}: count must be a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c.get("year"))):
            err(fname, f"{w}: year must be YYYY")
        if not in_text(text, c.get("evidence")):
            err(fname, f"{w}: evidence not verbatim")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in texts:
        if s not in golds:
            err(s + ".txt", "no gold file")
    for s in golds:
        if s not in texts:
            err(s + ".json", "no text file")
    n = 0
    for s in texts:
        text = open(os.path.join(TEXTS, s + ".txt"), encoding="utf-8").read()
        wc = len(text.split())
        if not 550 <= wc <= 950:
            err(s + ".txt", f"{wc} words, outside 550-950")
        if s not in golds:
            continue
        n += 1
        try:
            data = json.load(open(os.path.join(GOLD, s + ".json"), encoding="utf-8"))
        except Exception as e:  # noqa
            err(s + ".json", f"invalid JSON: {e}")
            continue
        check_file(s, text, data)
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
