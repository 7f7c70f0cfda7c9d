#!/usr/bin/env python3
"""Consistency checker for the heldout16 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, d):
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False

def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)

def check_file(f, d, text, person_names):
    if not isinstance(d, dict):
        err(f, "top level is not an object"); return
    if list(d.keys()) != TOP:
        if set(d.keys()) != set(TOP):
            err(f, f"top-level fields {sorted(d.keys())} differ from {TOP}")
    if d.get("doc") != f.replace(".json", ".txt"):
        err(f, f"doc is {d.get('doc')!r}, expected {f.replace('.json', '.txt')!r}")
    if not (isinstance(d.get("year"), str) and re.match(r"^\d{4}$", d.get("year", ""))):
        err(f, f"year {d.get('year')!r} is not YYYY")
    for key, (req, opt) in FIELDS.items():
        items = d.get(key)
        if not isinstance(items, list):
            err(f, f"{key} is not a list"); continue
        seen = set()
        for i, e in enumerate(items):
            where = f"{key}[{i}]"
            if not isinstance(e, dict):
                err(f, f"{where} is not an object"); continue
            keys = set(e.keys())
            if not req <= keys or not keys <= req | opt:
                err(f, f"{where} has fields {sorted(keys)}; required {sorted(req)}, optional {sorted(opt)}")
            name = e.get("name")
            if not isinstance(name, str) or not name:
                err(f, f"{where} has no name"); continue
            aliases = e.get("aliases", [])
            if not is_str_list(aliases):
                err(f, f"{where} aliases is not a list of strings"); aliases = []
            for a in aliases:
                if a not in text:
                    err(f, f"{where} ({name}) alias {a!r} not in text")
            if name not in text and not any(a in text for a in aliases):
                err(f, f"{where} neither name {name!r} nor any alias occurs in text")
            if "id" in req:
                eid = e.get("id")
                if not isinstance(eid, str) or not SLUG.match(eid):
                    err(f, f"{where} id {eid!r} is not a slug")
                elif eid in seen:
                    err(f, f"{where} duplicate id {eid!r}")
                seen.add(eid)
            else:
                if name in seen:
                    err(f, f"{where} duplicate name {name!r}")
                seen.add(name)
            if key == "persons":
                off = e.get("office")
                if off is not None and (not isinstance(off, str) or off not in text):
                    err(f, f"{where} ({name}) office {off!r} not in text")
                pid = e.get("id")
                if pid in person_names and person_names[pid][0] != name:
                    err(f, f"{where} person {pid} named {name!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
                person_names.setdefault(pid, (name, f))
            if key == "countries":
                if e.get("iso") not in ISO:
                    err(f, f"{where} ({name}) iso {e.get('iso')!r} invalid")
            if key in ("persons", "organizations", "places"):
                c = e.get("country")
                if c is not None and c not in ISO:
                    err(f, f"{where} ({name}) country {c!r} invalid")
            if key == "agreements":
                p = e.get("parties")
                if not is_str_list(p) or any(x not in ISO for x in p):
                    err(f, f"{where} ({name}) parties {p!r} invalid")
    pids = {p.get("id") for p in d.get("persons", []) if isinstance(p, dict)}
    aids = {a.get("id") for a in d.get("agreements", []) if isinstance(a, dict)}
    pnames = {p.get("name") for p in d.get("places", []) if isinstance(p, dict)} | \
             {c.get("name") for c in d.get("countries", []) if isinstance(c, dict)}
    meetings = d.get("meetings")
    if not isinstance(meetings, list):
        err(f, "meetings is not a list"); meetings = []
    for i, m in enumerate(meetings):
        where = f"meetings[{i}]"
        if not isinstance(m, dict):
            err(f, f"{where} is not an object"); continue
        keys = set(m.keys())
        if not MEETING_REQ <= keys or not keys <= MEETING_REQ | MEETING_OPT:
            err(f, f"{where} has fields {sorted(keys)}")
        if m.get("kind") not in KINDS:
            err(f, f"{where} kind {m.get('kind')!r} not allowed")
        for p in m.get("participants", []) if is_str_list(m.get("participants")) else []:
            if p not in pids:
                err(f, f"{where} participant {p!r} not in persons")
        if not is_str_list(m.get("participants")):
            err(f, f"{where} participants is not a list of strings")
        if not is_str_list(m.get("countries")) or any(c not in ISO for c in m.get("countries", [])):
            err(f, f"{where} countries {m.get('countries')!r} invalid")
        if not valid_date(m.get("date")):
            err(f, f"{where} date {m.get('date')!r} invalid")
        pl = m.get("place")
        if pl is not None and pl not in pnames:
            err(f, f"{where} place {pl!r} not in places or countries")
        if not is_str_list(m.get("topics")) or any(t not in TOPICS for t in m.get("topics", [])):
            err(f, f"{where} topics {m.get('topics')!r} invalid")
        if not is_str_list(m.get("agreements")) or any(a not in aids for a in m.get("agreements", [])):
            err(f, f"{where} agreements {m.get('agreements')!r} not all in agreements")
        ev = m.get("evidence")
        if not isinstance(ev, str) or not ev or ev not in text:
            err(f, f"{where} evidence not verbatim in text: {str(ev)[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f, f"{where} evidence_extra is not a list of strings")
            else:
                for x in m["evidence_extra"]:
                    if not x or x not in text:
                        err(f, f"{where} evidence_extra not verbatim: {x[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f, f"{where} note is not a string")
    counts = d.get("meeting_counts")
    if not isinstance(counts, list):
        err(f, "meeting_counts is not a list"); counts = []
    for i, c in enumerate(counts):
        where = f"meeting_counts[{i}]"
        if not isinstance(c, dict) or set(c.keys()) != COUNT_FIELDS:
            err(f, f"{where} fields invalid"); continue
        if c["kind"] not in KINDS:
            err(f, f"{where} kind {c['kind']!r} not allowed")
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            err(f, f"{where} count {c['count']!r} invalid")
        if not (isinstance(c["year"], str) and re.match(r"^\d{4}$", c["year"])):
            err(f, f"{where} year {c['year']!r} invalid")
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            err(f, f"{where} evidence not verbatim in text")

def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")
    person_names = {}
    n = 0
    for s in sorted(texts & golds):
        f = s + ".json"
        n += 1
        try:
            text = open(os.path.join(tdir, s + ".txt"), encoding="utf-8").read()
        except UnicodeDecodeError:
            err(s + ".txt", "not UTF-8"); continue
        try:
            d = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            err(f, f"invalid JSON: {e}"); continue
        check_file(f, d, text, person_names)
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
