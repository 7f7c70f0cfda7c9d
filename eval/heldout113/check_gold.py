#!/usr/bin/env python3
"""Check the heldout113 gold files against their texts (Python 3 standard library only)."""
import json, os, re, sys, calendar

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(HERE, "texts"), os.path.join(HERE, "gold")
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
problems = []

def err(f, msg): problems.append(f"{f}: {msg}")

def valid_date(d):
    if d is None: return True
    if not isinstance(d, str): return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m: return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12: return False
    if da is not None and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]: return False
    return True

def is_str_list(x): return isinstance(x, list) and all(isinstance(s, str) for s in x)

texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
for s in texts:
    if s not in golds: err(s, "text has no gold file")
for s in golds:
    if s not in texts: err(s, "gold file has no text")

person_names = {}
for stem in [s for s in golds if s in texts]:
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
    try:
        g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        err(f, f"top-level fields must be exactly {TOP}"); continue
    if g["doc"] != stem + ".txt": err(f, f"doc is {g['doc']!r}, expected {stem + '.txt'!r}")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])): err(f, "year must be a YYYY string")
    ok = True
    for sec, (req, opt) in FIELDS.items():
        if not isinstance(g[sec], list): err(f, f"{sec} must be a list"); ok = False; continue
        for i, e in enumerate(g[sec]):
            if not isinstance(e, dict): err(f, f"{sec}[{i}] is not an object"); ok = False; continue
            keys = list(e.keys())
            if keys[:len(req)] != req: err(f, f"{sec}[{i}] fields {keys} must start with {req}"); ok = False
            extra = keys[len(req):]
            if [k for k in opt if k in extra] != extra: err(f, f"{sec}[{i}] unexpected or misordered fields {extra}")
    if not ok: continue

    def occurs(s): return isinstance(s, str) and s != "" and s in text
    def check_entity(sec, e, label):
        al = e.get("aliases", [])
        if not is_str_list(al): err(f, f"{sec} {label}: aliases must be a list of strings"); return
        for a in al:
            if not occurs(a): err(f, f"{sec} {label}: alias {a!r} not in text")
        if not (occurs(e["name"]) or any(occurs(a) for a in al)):
            err(f, f"{sec} {label}: neither name nor any alias occurs in text")
    def check_iso(sec, label, c, nullable=True):
        if c is None and nullable: return
        if c not in ISO: err(f, f"{sec} {label}: invalid country code {c!r}")

    ids = set()
    pids, aids = set(), set()
    for e in g["persons"]:
        lab = e.get("id")
        if not (isinstance(lab, str) and SLUG.match(lab)): err(f, f"person id {lab!r} is not a slug")
        if lab in ids: err(f, f"duplicate id {lab!r}")
        ids.add(lab); pids.add(lab)
        check_entity("persons", e, lab)
        if e["office"] is not None and not occurs(e["office"]): err(f, f"person {lab}: office {e['office']!r} not in text")
        check_iso("persons", lab, e["country"])
        if lab in person_names and person_names[lab][0] != e["name"]:
            err(f, f"person {lab}: name {e['name']!r} differs from {person_names[lab][0]!r} in {person_names[lab][1]}")
        person_names.setdefault(lab, (e["name"], f))
    cnames = set()
    for e in g["countries"]:
        check_entity("countries", e, e["name"]); check_iso("countries", e["name"], e["iso"], nullable=False)
        cnames.add(e["name"])
    for e in g["regions"]: check_entity("regions", e, e["name"])
    for e in g["agreements"]:
        lab = e["id"]
        if not (isinstance(lab, str) and SLUG.match(lab)): err(f, f"agreement id {lab!r} is not a slug")
        if lab in ids: err(f, f"duplicate id {lab!r}")
        ids.add(lab); aids.add(lab)
        al = e["aliases"]
        if not is_str_list(al): err(f, f"agreement {lab}: aliases must be a list")
        else:
            for a in al:
                if not occurs(a): err(f, f"agreement {lab}: alias {a!r} not in text")
        if not is_str_list(e["parties"]): err(f, f"agreement {lab}: parties must be a list")
        else:
            for c in e["parties"]: check_iso("agreements", lab, c, nullable=False)
    for e in g["organizations"]:
        lab = e["id"]
        if not (isinstance(lab, str) and SLUG.match(lab)): err(f, f"organization id {lab!r} is not a slug")
        if lab in ids: err(f, f"duplicate id {lab!r}")
        ids.add(lab)
        check_entity("organizations", e, lab); check_iso("organizations", lab, e["country"])
    pnames = set()
    for e in g["places"]:
        check_entity("places", e, e["name"]); check_iso("places", e["name"], e["country"]); pnames.add(e["name"])
    for i, m in enumerate(g["meetings"]):
        lab = f"meetings[{i}]"
        if m["kind"] not in KINDS: err(f, f"{lab}: invalid kind {m['kind']!r}")
        for p in m["participants"]:
            if p not in pids: err(f, f"{lab}: participant {p!r} not in persons")
        for c in m["countries"]: check_iso("meetings", lab, c, nullable=False)
        if not valid_date(m["date"]): err(f, f"{lab}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(f, f"{lab}: place {m['place']!r} not in places or countries")
        for t in m["topics"]:
            if t not in TOPICS: err(f, f"{lab}: invalid topic {t!r}")
        for a in m["agreements"]:
            if a not in aids: err(f, f"{lab}: agreement {a!r} not in agreements")
        if not occurs(m["evidence"]): err(f, f"{lab}: evidence not in text: {m['evidence'][:60]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]): err(f, f"{lab}: evidence_extra must be a list")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x): err(f, f"{lab}: evidence_extra not in text: {x[:60]!r}")
        if "note" in m and not isinstance(m["note"], str): err(f, f"{lab}: note must be a string")
    for i, c in enumerate(g["meeting_counts"]):
        lab = f"meeting_counts[{i}]"
        if c["kind"] not in KINDS: err(f, f"{lab}: invalid kind {c['kind']!r}")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0): err(f, f"{lab}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])): err(f, f"{lab}: year must be YYYY")
        if not occurs(c["evidence"]): err(f, f"{lab}: evidence not in text")

for p in problems: print(p)
n_files = len(set(texts) | set(golds))
print(f"checked {n_files} files: {len(problems)} errors")
sys.exit(1 if problems else 0)
