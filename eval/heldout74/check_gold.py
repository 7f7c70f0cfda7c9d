#!/usr/bin/env python3
"""Consistency checker for the heldout74 evaluation set (standard library only).

Run from anywhere:  python3 /work/main/eval/heldout74/check_gold.py

Prints one line per problem, then "checked N files: M errors", and exits 1
if there is any error.
"""
import calendar
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

MIN_WORDS, MAX_WORDS = 550, 950

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]

# entity type -> (required fields in order, optional fields)
ENTITY_FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place",
                  "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}

TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if int(y) < 1800 or int(y) > 2100:
        return False
    if mo is None:
        return True
    if not 1 <= int(mo) <= 12:
        return False
    if d is None:
        return True
    return 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_iso(c, where, code, allow_null):
    if code is None and allow_null:
        return
    if not isinstance(code, str) or code not in ISO2:
        c.err(where, f"invalid ISO code {code!r}")


def check_file(c, stem, text, gold, person_names):
    W = f"{stem}.json"
    if not isinstance(gold, dict):
        c.err(W, "top level is not an object")
        return
    keys = list(gold.keys())
    if keys != TOP_FIELDS:
        c.err(W, f"top-level fields {keys} != {TOP_FIELDS}")
    if gold.get("doc") != stem + ".txt":
        c.err(W, f"doc {gold.get('doc')!r} does not name {stem}.txt")
    if not isinstance(gold.get("year"), str) or not YEAR.match(gold.get("year", "")):
        c.err(W, f"year {gold.get('year')!r} is not YYYY")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    # field shape checks
    for etype, (req, opt) in ENTITY_FIELDS.items():
        items = gold.get(etype)
        if not isinstance(items, list):
            c.err(W, f"{etype} is not a list")
            continue
        for i, e in enumerate(items):
            where = f"{W} {etype}[{i}]"
            if not isinstance(e, dict):
                c.err(where, "not an object")
                continue
            ks = list(e.keys())
            if ks[:len(req)] != req:
                c.err(where, f"fields {ks} do not start with {req}")
            extra = [k for k in ks if k not in req and k not in opt]
            if extra:
                c.err(where, f"undocumented fields {extra}")
            missing = [k for k in req if k not in e]
            if missing:
                c.err(where, f"missing fields {missing}")
            if "aliases" in e and not is_str_list(e["aliases"]):
                c.err(where, "aliases is not a list of strings")

    persons = [p for p in gold.get("persons", []) if isinstance(p, dict)]
    agreements = [a for a in gold.get("agreements", []) if isinstance(a, dict)]
    orgs = [o for o in gold.get("organizations", []) if isinstance(o, dict)]
    countries = [x for x in gold.get("countries", []) if isinstance(x, dict)]
    regions = [x for x in gold.get("regions", []) if isinstance(x, dict)]
    places = [x for x in gold.get("places", []) if isinstance(x, dict)]

    # ids
    for etype, items in (("persons", persons), ("agreements", agreements), ("organizations", orgs)):
        seen = set()
        for e in items:
            i = e.get("id")
            if not isinstance(i, str) or not SLUG.match(i):
                c.err(f"{W} {etype}", f"id {i!r} is not a slug")
            if i in seen:
                c.err(f"{W} {etype}", f"duplicate id {i!r}")
            seen.add(i)

    # names unique within countries / regions / places
    for etype, items in (("countries", countries), ("regions", regions), ("places", places)):
        seen = set()
        for e in items:
            n = e.get("name")
            if n in seen:
                c.err(f"{W} {etype}", f"duplicate name {n!r}")
            seen.add(n)

    # surface forms
    for etype, items in (("persons", persons), ("countries", countries), ("regions", regions),
                         ("agreements", agreements), ("organizations", orgs), ("places", places)):
        for e in items:
            label = f"{W} {etype} {e.get('id', e.get('name'))!r}"
            if not isinstance(e.get("name"), str) or not e.get("name"):
                c.err(label, "name missing or empty")
            aliases = e.get("aliases", []) if is_str_list(e.get("aliases", [])) else []
            for a in aliases:
                if not occurs(a):
                    c.err(label, f"alias {a!r} not found in text")
            if not (occurs(e.get("name")) or any(occurs(a) for a in aliases)):
                c.err(label, "neither name nor any alias occurs in text")

    for p in persons:
        label = f"{W} persons {p.get('id')!r}"
        off = p.get("office")
        if off is not None and not occurs(off):
            c.err(label, f"office {off!r} not found in text")
        check_iso(c, label, p.get("country"), True)
        pid, pname = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != pname:
            c.err(label, f"name {pname!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        elif pid not in person_names:
            person_names[pid] = (pname, W)

    for x in countries:
        check_iso(c, f"{W} countries {x.get('name')!r}", x.get("iso"), False)
    for o in orgs:
        check_iso(c, f"{W} organizations {o.get('id')!r}", o.get("country"), True)
    for pl in places:
        check_iso(c, f"{W} places {pl.get('name')!r}", pl.get("country"), True)
    for a in agreements:
        parties = a.get("parties")
        if not isinstance(parties, list):
            c.err(f"{W} agreements {a.get('id')!r}", "parties is not a list")
        else:
            for code in parties:
                check_iso(c, f"{W} agreements {a.get('id')!r}", code, False)

    pids = {p.get("id") for p in persons}
    aids = {a.get("id") for a in agreements}
    place_names = {x.get("name") for x in places} | {x.get("name") for x in countries}

    for i, m in enumerate(gold.get("meetings", []) or []):
        if not isinstance(m, dict):
            continue
        where = f"{W} meetings[{i}]"
        if m.get("kind") not in KINDS:
            c.err(where, f"kind {m.get('kind')!r} not allowed")
        if not is_str_list(m.get("participants")):
            c.err(where, "participants is not a list of strings")
        else:
            for pid in m["participants"]:
                if pid not in pids:
                    c.err(where, f"participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                c.err(where, "duplicate participant")
        if not isinstance(m.get("countries"), list):
            c.err(where, "countries is not a list")
        else:
            for code in m["countries"]:
                check_iso(c, where, code, False)
        if not valid_date(m.get("date")):
            c.err(where, f"invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in place_names:
            c.err(where, f"place {pl!r} is not in places or countries")
        if not is_str_list(m.get("topics")):
            c.err(where, "topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    c.err(where, f"topic {t!r} not allowed")
        if not is_str_list(m.get("agreements")):
            c.err(where, "agreements is not a list of strings")
        else:
            for a in m["agreements"]:
                if a not in aids:
                    c.err(where, f"agreement {a!r} is not a listed agreement")
        if not occurs(m.get("evidence")):
            c.err(where, f"evidence not found verbatim: {str(m.get('evidence'))[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                c.err(where, "evidence_extra is not a list of strings")
            else:
                for ev in m["evidence_extra"]:
                    if not occurs(ev):
                        c.err(where, f"evidence_extra not found verbatim: {ev[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            c.err(where, "note is not a string")

    for i, mc in enumerate(gold.get("meeting_counts", []) or []):
        if not isinstance(mc, dict):
            continue
        where = f"{W} meeting_counts[{i}]"
        if mc.get("kind") not in KINDS:
            c.err(where, f"kind {mc.get('kind')!r} not allowed")
        cnt = mc.get("count")
        if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt < 1:
            c.err(where, f"count {cnt!r} is not a positive integer")
        if not isinstance(mc.get("year"), str) or not YEAR.match(mc.get("year", "")):
            c.err(where, f"year {mc.get('year')!r} is not YYYY")
        if not occurs(mc.get("evidence")):
            c.err(where, "evidence not found verbatim")


def main():
    c = Checker()
    texts = sorted(f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")) if os.path.isdir(TEXT_DIR) else []
    golds = sorted(f[:-5] for f in os.listdir(GOLD_DIR) if f.endswith(".json")) if os.path.isdir(GOLD_DIR) else []
    for s in sorted(set(texts) - set(golds)):
        c.err(f"{s}.txt", "has no gold file")
    for s in sorted(set(golds) - set(texts)):
        c.err(f"{s}.json", "has no text file")
    person_names = {}
    checked = 0
    for stem in sorted(set(texts) | set(golds)):
        tpath = os.path.join(TEXT_DIR, stem + ".txt")
        gpath = os.path.join(GOLD_DIR, stem + ".json")
        text = None
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not MIN_WORDS <= n <= MAX_WORDS:
                c.err(f"{stem}.txt", f"{n} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if text is None or not os.path.exists(gpath):
            continue
        try:
            with open(gpath, encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            c.err(f"{stem}.json", f"cannot be read as JSON: {e}")
            continue
        checked += 1
        check_file(c, stem, text, gold, person_names)
    for line in c.errors:
        print(line)
    print(f"checked {checked} files: {len(c.errors)} errors")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
