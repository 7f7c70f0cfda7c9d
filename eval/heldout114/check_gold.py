#!/usr/bin/env python3
"""Checker for the heldout114 gold files (Python 3 standard library only)."""
import datetime, json, os, re, sys

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
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
errors = []
def err(f, msg): errors.append(f"{f}: {msg}")

def valid_date(s):
    if s is None: return True
    if not isinstance(s, str): return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, s):
            try: datetime.datetime.strptime(s, fmt); return True
            except ValueError: return False
    return False

def is_str_list(x): return isinstance(x, list) and all(isinstance(i, str) for i in x)

texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
for t in texts:
    if t not in golds: err(t, "text has no gold file")
for g in golds:
    if g not in texts: err(g, "gold file has no text")
person_names = {}
for stem in golds:
    if stem not in texts: continue
    f = stem + ".json"
    text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
    n = len(text.split())
    if not 550 <= n <= 950: err(f, f"text has {n} words (need 550-950)")
    try:
        d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if list(d.keys()) != TOP: err(f, f"top-level fields {list(d.keys())} != {TOP}"); continue
    if d["doc"] != stem + ".txt": err(f, f"doc {d['doc']!r} does not name the text")
    if not (isinstance(d["year"], str) and re.match(r"^\d{4}$", d["year"])): err(f, f"year {d['year']!r} is not YYYY")
    def occurs(s): return isinstance(s, str) and s != "" and s in text
    for sect, (req, opt) in FIELDS.items():
        if not isinstance(d[sect], list): err(f, f"{sect} is not a list"); continue
        for i, e in enumerate(d[sect]):
            where = f"{sect}[{i}]"
            if not isinstance(e, dict): err(f, f"{where} not an object"); continue
            keys = list(e.keys())
            if keys[:len(req)] != req: err(f, f"{where} fields {keys} do not start with {req}")
            extra = keys[len(req):]
            allowed = [k for k in opt]
            if any(k not in allowed for k in extra) or extra != [k for k in allowed if k in extra]:
                err(f, f"{where} has unexpected or misordered fields {extra}")
    ids = {}
    for sect in ("persons", "agreements", "organizations"):
        for e in d[sect]:
            i = e.get("id")
            if not (isinstance(i, str) and SLUG.match(i)): err(f, f"{sect} id {i!r} is not a slug")
            if (sect, i) in ids: err(f, f"duplicate {sect} id {i}")
            ids[(sect, i)] = e
    # entities: aliases, names
    for sect in ("persons", "countries", "regions", "agreements", "organizations", "places"):
        for e in d[sect]:
            name = e.get("name"); al = e.get("aliases", [])
            if not isinstance(name, str) or not name: err(f, f"{sect} entry without name: {e}")
            if not is_str_list(al): err(f, f"{sect} {name}: aliases not a list of strings"); al = []
            for a in al:
                if not occurs(a): err(f, f"{sect} {name}: alias {a!r} not in text")
            if not (occurs(name) or any(occurs(a) for a in al)): err(f, f"{sect} {name}: neither name nor alias in text")
    for e in d["persons"]:
        if e.get("office") is not None and not occurs(e["office"]): err(f, f"person {e.get('id')}: office {e['office']!r} not in text")
        if e.get("country") is not None and e["country"] not in ISO: err(f, f"person {e.get('id')}: bad country {e['country']!r}")
        pid = e.get("id")
        if pid in person_names and person_names[pid][0] != e.get("name"):
            err(f, f"person {pid}: name {e.get('name')!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (e.get("name"), f))
    for e in d["countries"]:
        if e.get("iso") not in ISO: err(f, f"country {e.get('name')}: bad iso {e.get('iso')!r}")
    for e in d["agreements"]:
        if not is_str_list(e.get("parties")) or any(p not in ISO for p in e.get("parties", [])):
            err(f, f"agreement {e.get('id')}: bad parties {e.get('parties')!r}")
    for sect in ("organizations", "places"):
        for e in d[sect]:
            if e.get("country") is not None and e["country"] not in ISO: err(f, f"{sect} {e.get('name')}: bad country {e['country']!r}")
    pids = {e.get("id") for e in d["persons"]}
    aids = {e.get("id") for e in d["agreements"]}
    placenames = {e.get("name") for e in d["places"]} | {e.get("name") for e in d["countries"]}
    for i, m in enumerate(d["meetings"]):
        w = f"meetings[{i}]"
        if m.get("kind") not in KINDS: err(f, f"{w}: bad kind {m.get('kind')!r}")
        for p in m.get("participants", []) if is_str_list(m.get("participants")) else [None]:
            if p not in pids: err(f, f"{w}: participant {p!r} not a listed person")
        if not is_str_list(m.get("countries")) or any(c not in ISO for c in m.get("countries", [])):
            err(f, f"{w}: bad countries {m.get('countries')!r}")
        if not valid_date(m.get("date")): err(f, f"{w}: bad date {m.get('date')!r}")
        if m.get("place") is not None and m["place"] not in placenames: err(f, f"{w}: place {m['place']!r} not in places/countries")
        if not is_str_list(m.get("topics")) or any(t not in TOPICS for t in m.get("topics", [])):
            err(f, f"{w}: bad topics {m.get('topics')!r}")
        if not is_str_list(m.get("agreements")) or any(a not in aids for a in m.get("agreements", [])):
            err(f, f"{w}: agreements {m.get('agreements')!r} do not resolve")
        if not occurs(m.get("evidence")): err(f, f"{w}: evidence not in text: {str(m.get('evidence'))[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]): err(f, f"{w}: evidence_extra not a list of strings")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x): err(f, f"{w}: evidence_extra not in text: {x[:70]!r}")
        if "note" in m and not isinstance(m["note"], str): err(f, f"{w}: note not a string")
    for i, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS: err(f, f"{w}: bad kind {c.get('kind')!r}")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0): err(f, f"{w}: count not a positive integer")
        if not (isinstance(c.get("year"), str) and re.match(r"^\d{4}$", c["year"])): err(f, f"{w}: year not YYYY")
        if not occurs(c.get("evidence")): err(f, f"{w}: evidence not in text")

for e in errors: print(e)
print(f"checked {len(golds)} files: {len(errors)} errors")
sys.exit(1 if errors else 0)
