#!/usr/bin/env python3
"""Consistency checker for the heldout29 gold annotations (standard library only).

Usage: python3 check_gold.py [set_dir]
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
The allowed meeting kinds and topic ids are those listed in /work/main/gold/README.md.
"""
import datetime, glob, json, os, re, sys

SET_DIR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
TEXT_DIR = os.path.join(SET_DIR, "texts")
GOLD_DIR = os.path.join(SET_DIR, "gold")

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"},
                 {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1900 <= int(s) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1); return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s); return True
    except ValueError:
        return False
    return False

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i for i in x)

texts = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(TEXT_DIR, "*.txt"))}
golds = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(GOLD_DIR, "*.json"))}
for s in sorted(texts - golds):
    err(s, "text has no gold file")
for s in sorted(golds - texts):
    err(s, "gold file has no text")

person_names = {}   # id -> (name, file)
checked = 0
for stem in sorted(golds & texts):
    f = stem + ".json"
    checked += 1
    with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    try:
        with open(os.path.join(GOLD_DIR, f), encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(g, dict):
        err(f, "top level is not an object"); continue
    if list(g.keys()) != TOP:
        if set(g.keys()) != set(TOP):
            err(f, f"top-level fields {sorted(g.keys())} differ from {TOP}")
    if g.get("doc") != stem + ".txt":
        err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
        err(f, f"year {g.get('year')!r} is not YYYY")
    for sec, (req, opt) in FIELDS.items():
        items = g.get(sec)
        if not isinstance(items, list):
            err(f, f"{sec} is not a list"); g[sec] = []; continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                err(f, f"{sec}[{i}] is not an object"); continue
            keys = set(it)
            if not req <= keys:
                err(f, f"{sec}[{i}] missing fields {sorted(req - keys)}")
            if keys - req - opt:
                err(f, f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")

    def occurs(s):
        return isinstance(s, str) and s and s in text

    def check_entity(sec, it, idx):
        label = f"{sec}[{idx}] {it.get('id', it.get('name'))!r}"
        al = it.get("aliases", [])
        if not is_str_list(al):
            err(f, f"{label}: aliases must be a list of non-empty strings"); al = []
        for a in al:
            if not occurs(a):
                err(f, f"{label}: alias {a!r} not in text")
        if len(set(al)) != len(al):
            err(f, f"{label}: duplicate aliases")
        name = it.get("name")
        if not isinstance(name, str) or not name:
            err(f, f"{label}: name missing")
        elif not occurs(name) and not any(occurs(a) for a in al):
            err(f, f"{label}: neither name nor any alias occurs in text")

    ids = {}
    for sec in ("persons", "agreements", "organizations"):
        for i, it in enumerate(g["persons"] if sec == "persons" else g[sec]):
            if not isinstance(it, dict): continue
            pid = it.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                err(f, f"{sec}[{i}]: id {pid!r} is not a slug")
            elif pid in ids.get(sec, set()):
                err(f, f"{sec}[{i}]: duplicate id {pid!r}")
            ids.setdefault(sec, set()).add(pid)
            check_entity(sec, it, i)

    for i, p in enumerate(g["persons"]):
        if not isinstance(p, dict): continue
        off = p.get("office")
        if off is not None and not occurs(off):
            err(f, f"persons[{i}] {p.get('id')!r}: office {off!r} not in text")
        c = p.get("country")
        if c is not None and c not in ISO:
            err(f, f"persons[{i}] {p.get('id')!r}: country {c!r} not a valid code")
        pid, nm = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != nm:
            err(f, f"person {pid!r} named {nm!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (nm, f))

    isos = set()
    for i, c in enumerate(g["countries"]):
        if not isinstance(c, dict): continue
        if c.get("iso") not in ISO:
            err(f, f"countries[{i}] {c.get('name')!r}: iso {c.get('iso')!r} not valid")
        if c.get("iso") in isos:
            err(f, f"countries[{i}]: duplicate iso {c.get('iso')!r}")
        isos.add(c.get("iso"))
        check_entity("countries", c, i)
    for i, r in enumerate(g["regions"]):
        if isinstance(r, dict): check_entity("regions", r, i)
    for i, a in enumerate(g["agreements"]):
        if not isinstance(a, dict): continue
        if not isinstance(a.get("parties"), list) or any(x not in ISO for x in a.get("parties", [])):
            err(f, f"agreements[{i}] {a.get('id')!r}: bad parties {a.get('parties')!r}")
    for sec in ("organizations", "places"):
        for i, o in enumerate(g[sec]):
            if not isinstance(o, dict): continue
            if o.get("country") is not None and o.get("country") not in ISO:
                err(f, f"{sec}[{i}] {o.get('name')!r}: country {o.get('country')!r} not valid")
            if sec == "places":
                check_entity(sec, o, i)

    person_ids = ids.get("persons", set())
    agr_ids = ids.get("agreements", set())
    place_names = {p.get("name") for p in g["places"] if isinstance(p, dict)} | \
                  {c.get("name") for c in g["countries"] if isinstance(c, dict)}
    for i, m in enumerate(g["meetings"]):
        if not isinstance(m, dict): continue
        lab = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            err(f, f"{lab}: kind {m.get('kind')!r} not allowed")
        for x in m.get("participants", []) if isinstance(m.get("participants"), list) else [None]:
            if x not in person_ids:
                err(f, f"{lab}: participant {x!r} not a listed person")
        if not isinstance(m.get("countries"), list) or any(x not in ISO for x in m.get("countries", [])):
            err(f, f"{lab}: bad countries {m.get('countries')!r}")
        if not valid_date(m.get("date")):
            err(f, f"{lab}: invalid date {m.get('date')!r}")
        if m.get("place") is not None and m.get("place") not in place_names:
            err(f, f"{lab}: place {m.get('place')!r} not a listed place or country")
        tp = m.get("topics")
        if not isinstance(tp, list) or any(t not in TOPICS for t in tp):
            err(f, f"{lab}: bad topics {tp!r}")
        for a in m.get("agreements", []) if isinstance(m.get("agreements"), list) else [None]:
            if a not in agr_ids:
                err(f, f"{lab}: agreement {a!r} not listed")
        if not occurs(m.get("evidence")):
            err(f, f"{lab}: evidence not verbatim in text: {str(m.get('evidence'))[:60]!r}")
        ex = m.get("evidence_extra", [])
        if not is_str_list(ex):
            err(f, f"{lab}: evidence_extra must be a list of strings")
        else:
            for e in ex:
                if not occurs(e):
                    err(f, f"{lab}: evidence_extra not verbatim: {e[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{lab}: note must be a string")
    for i, c in enumerate(g["meeting_counts"]):
        if not isinstance(c, dict): continue
        if c.get("kind") not in KINDS:
            err(f, f"meeting_counts[{i}]: kind {c.get('kind')!r} not allowed")
        if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] < 1:
            err(f, f"meeting_counts[{i}]: count must be a positive integer")
        y = c.get("year")
        if y is not None and not (isinstance(y, str) and re.fullmatch(r"\d{4}", y)):
            err(f, f"meeting_counts[{i}]: year {y!r} is not YYYY or null")
        if not occurs(c.get("evidence")):
            err(f, f"meeting_counts[{i}]: evidence not verbatim")

for e in errors:
    print(e)
print(f"checked {checked} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
