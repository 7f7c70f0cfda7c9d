#!/usr/bin/env python3
"""Checker for the heldout124 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU
RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA
UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}
# (required fields in order, optional fields allowed after them in this order)
SHAPES = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"],
                 ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

problems = []


def bad(fname, msg):
    problems.append(f"{fname}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def check_shape(fname, section, i, obj):
    req, opt = SHAPES[section]
    if not isinstance(obj, dict):
        bad(fname, f"{section}[{i}] is not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(req)] != req:
        bad(fname, f"{section}[{i}] fields {keys} do not start with {req}")
        return False
    rest = keys[len(req):]
    pos = -1
    for k in rest:
        if k not in opt:
            bad(fname, f"{section}[{i}] has unexpected field {k!r}")
            return False
        if opt.index(k) <= pos:
            bad(fname, f"{section}[{i}] optional fields out of order")
            return False
        pos = opt.index(k)
    return True


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_iso(fname, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        bad(fname, f"{where}: invalid ISO code {code!r}")


def check_file(stem, text, gold, person_names):
    fname = stem + ".json"
    if list(gold.keys()) != TOP:
        bad(fname, f"top-level fields {list(gold.keys())} != {TOP}")
        return
    if gold["doc"] != stem + ".txt":
        bad(fname, f"doc {gold['doc']!r} does not name the text {stem + '.txt'!r}")
    if not (isinstance(gold["year"], str) and re.fullmatch(r"\d{4}", gold["year"])):
        bad(fname, f"year {gold['year']!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(gold[sec], list):
            bad(fname, f"{sec} is not a list")
            return

    def names_ok(sec, i, ent):
        forms = [ent["name"]] + list(ent.get("aliases", []))
        if not any(in_text(text, f) for f in forms):
            bad(fname, f"{sec}[{i}] {ent['name']!r}: neither name nor any alias occurs in the text")
        for a in ent.get("aliases", []):
            if not in_text(text, a):
                bad(fname, f"{sec}[{i}] alias {a!r} does not occur verbatim")
        if not isinstance(ent.get("aliases", []), list):
            bad(fname, f"{sec}[{i}] aliases is not a list")

    ids = {}
    pids, aids, names_for_place = set(), set(), set()
    for i, p in enumerate(gold["persons"]):
        if not check_shape(fname, "persons", i, p):
            continue
        if not SLUG.match(str(p["id"])):
            bad(fname, f"persons[{i}] id {p['id']!r} is not a slug")
        if p["id"] in ids:
            bad(fname, f"duplicate id {p['id']!r}")
        ids[p["id"]] = "person"
        pids.add(p["id"])
        names_ok("persons", i, p)
        if p["office"] is not None and not in_text(text, p["office"]):
            bad(fname, f"persons[{i}] office {p['office']!r} does not occur verbatim")
        check_iso(fname, f"persons[{i}] country", p["country"])
        person_names.setdefault(p["id"], set()).add((p["name"], fname))
    for i, c in enumerate(gold["countries"]):
        if not check_shape(fname, "countries", i, c):
            continue
        check_iso(fname, f"countries[{i}] iso", c["iso"], nullable=False)
        names_ok("countries", i, c)
        names_for_place.add(c["name"])
    for i, r in enumerate(gold["regions"]):
        if check_shape(fname, "regions", i, r):
            names_ok("regions", i, r)
    for i, a in enumerate(gold["agreements"]):
        if not check_shape(fname, "agreements", i, a):
            continue
        if not SLUG.match(str(a["id"])):
            bad(fname, f"agreements[{i}] id {a['id']!r} is not a slug")
        if a["id"] in ids:
            bad(fname, f"duplicate id {a['id']!r}")
        ids[a["id"]] = "agreement"
        aids.add(a["id"])
        names_ok("agreements", i, a)
        if not isinstance(a["parties"], list):
            bad(fname, f"agreements[{i}] parties is not a list")
        else:
            for c in a["parties"]:
                check_iso(fname, f"agreements[{i}] parties", c, nullable=False)
    for i, o in enumerate(gold["organizations"]):
        if not check_shape(fname, "organizations", i, o):
            continue
        if not SLUG.match(str(o["id"])):
            bad(fname, f"organizations[{i}] id {o['id']!r} is not a slug")
        if o["id"] in ids:
            bad(fname, f"duplicate id {o['id']!r}")
        ids[o["id"]] = "organization"
        names_ok("organizations", i, o)
        check_iso(fname, f"organizations[{i}] country", o["country"])
    for i, pl in enumerate(gold["places"]):
        if not check_shape(fname, "places", i, pl):
            continue
        names_ok("places", i, pl)
        check_iso(fname, f"places[{i}] country", pl["country"])
        names_for_place.add(pl["name"])
    for i, m in enumerate(gold["meetings"]):
        if not check_shape(fname, "meetings", i, m):
            continue
        if m["kind"] not in KINDS:
            bad(fname, f"meetings[{i}] kind {m['kind']!r} not allowed")
        for pid in m["participants"]:
            if pid not in pids:
                bad(fname, f"meetings[{i}] participant {pid!r} is not a listed person")
        if len(set(m["participants"])) != len(m["participants"]):
            bad(fname, f"meetings[{i}] duplicate participant")
        for c in m["countries"]:
            check_iso(fname, f"meetings[{i}] countries", c, nullable=False)
        if not valid_date(m["date"]):
            bad(fname, f"meetings[{i}] date {m['date']!r} invalid")
        if m["place"] is not None and m["place"] not in names_for_place:
            bad(fname, f"meetings[{i}] place {m['place']!r} is not a name in places or countries")
        for t in m["topics"]:
            if t not in TOPICS:
                bad(fname, f"meetings[{i}] topic {t!r} not allowed")
        for a in m["agreements"]:
            if a not in aids:
                bad(fname, f"meetings[{i}] agreement {a!r} is not a listed agreement")
        if not in_text(text, m["evidence"]):
            bad(fname, f"meetings[{i}] evidence does not occur verbatim: {str(m['evidence'])[:60]!r}")
        for e in m.get("evidence_extra", []):
            if not in_text(text, e):
                bad(fname, f"meetings[{i}] evidence_extra does not occur verbatim: {str(e)[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            bad(fname, f"meetings[{i}] note is not a string")
    for i, c in enumerate(gold["meeting_counts"]):
        if not check_shape(fname, "meeting_counts", i, c):
            continue
        if c["kind"] not in KINDS:
            bad(fname, f"meeting_counts[{i}] kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            bad(fname, f"meeting_counts[{i}] count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            bad(fname, f"meeting_counts[{i}] year {c['year']!r} is not YYYY")
        if not in_text(text, c["evidence"]):
            bad(fname, f"meeting_counts[{i}] evidence does not occur verbatim")


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        bad(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        bad(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts | golds):
        tpath, gpath = os.path.join(TEXTS, stem + ".txt"), os.path.join(GOLD, stem + ".json")
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not 550 <= n <= 950:
                bad(stem + ".txt", f"{n} words, outside 550-950")
        else:
            text = ""
        if not os.path.exists(gpath):
            continue
        checked += 1
        try:
            with open(gpath, encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            bad(stem + ".json", f"cannot load JSON: {e}")
            continue
        if not isinstance(gold, dict):
            bad(stem + ".json", "top level is not an object")
            continue
        check_file(stem, text, gold, person_names)
    for pid, pairs in sorted(person_names.items()):
        names = {n for n, _ in pairs}
        if len(names) > 1:
            bad("(set)", f"person id {pid!r} has different names across files: {sorted(names)}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
