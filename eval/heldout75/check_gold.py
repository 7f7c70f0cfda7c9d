#!/usr/bin/env python3
"""Check the heldout75 gold files against texts/ and the rules of gold/README.md.

Standard library only. Run from anywhere:

    python3 check_gold.py

Prints one line per problem, then "checked N files: E errors".
Exits 1 if there is at least one error, else 0.
"""
import calendar
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

MIN_WORDS, MAX_WORDS = 550, 950

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]

# (required fields in order, optional fields allowed after them in order)
SHAPES = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place",
                  "topics", "agreements", "evidence"],
                 ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}

TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


class Report:
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
    y = int(m.group(1))
    if m.group(2) is None:
        return True
    mo = int(m.group(2))
    if not 1 <= mo <= 12:
        return False
    if m.group(3) is None:
        return True
    d = int(m.group(3))
    return 1 <= d <= calendar.monthrange(y, mo)[1]


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_shape(rep, where, entry, section):
    req, opt = SHAPES[section]
    if not isinstance(entry, dict):
        rep.err(where, "entry is not an object")
        return False
    keys = list(entry.keys())
    if keys[:len(req)] != req:
        rep.err(where, f"fields {keys} do not start with {req} in this order")
        return False
    rest = keys[len(req):]
    # optional fields: only allowed ones, in documented order, no repeats
    pos = -1
    for k in rest:
        if k not in opt:
            rep.err(where, f"unexpected field '{k}'")
            return False
        i = opt.index(k)
        if i <= pos:
            rep.err(where, f"optional field '{k}' out of order")
            return False
        pos = i
    return True


def check_iso(rep, where, code, allow_null):
    if code is None:
        if not allow_null:
            rep.err(where, "country code is null")
        return
    if code not in ISO:
        rep.err(where, f"invalid ISO code {code!r}")


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_file(rep, stem, text, data, person_names):
    f = f"{stem}.json"
    if not isinstance(data, dict):
        rep.err(f, "top level is not an object")
        return
    if list(data.keys()) != TOP:
        rep.err(f, f"top-level fields {list(data.keys())} != {TOP}")
        return
    if data["doc"] != f"{stem}.txt":
        rep.err(f, f"doc {data['doc']!r} does not name {stem}.txt")
    if not (isinstance(data["year"], str) and YEAR.match(data["year"])):
        rep.err(f, f"year {data['year']!r} is not YYYY")
    for sec in TOP[2:]:
        if not isinstance(data[sec], list):
            rep.err(f, f"{sec} is not a list")
            return

    # ---- persons
    pids = set()
    for i, p in enumerate(data["persons"]):
        w = f"{f} persons[{i}]"
        if not check_shape(rep, w, p, "persons"):
            continue
        w = f"{f} person {p['id']}"
        if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
            rep.err(w, "id is not a slug")
        if p["id"] in pids:
            rep.err(w, "duplicate id")
        pids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            rep.err(w, "name missing")
        if not is_str_list(p["aliases"]):
            rep.err(w, "aliases is not a list of strings")
        else:
            for a in p["aliases"]:
                if not occurs(text, a):
                    rep.err(w, f"alias not in text: {a!r}")
            if not (occurs(text, p["name"]) or any(occurs(text, a) for a in p["aliases"])):
                rep.err(w, "neither name nor any alias occurs in text")
        if p["office"] is not None and not occurs(text, p["office"]):
            rep.err(w, f"office not in text: {p['office']!r}")
        check_iso(rep, w, p["country"], True)
        prev = person_names.get(p["id"])
        if prev is None:
            person_names[p["id"]] = (p["name"], stem)
        elif prev[0] != p["name"]:
            rep.err(w, f"name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")

    # ---- countries
    cnames = set()
    for i, c in enumerate(data["countries"]):
        w = f"{f} countries[{i}]"
        if not check_shape(rep, w, c, "countries"):
            continue
        w = f"{f} country {c['name']}"
        cnames.add(c["name"])
        if c["iso"] is None or c["iso"] not in ISO:
            rep.err(w, f"invalid ISO code {c['iso']!r}")
        al = c.get("aliases", [])
        if not is_str_list(al):
            rep.err(w, "aliases is not a list of strings")
            al = []
        for a in al:
            if not occurs(text, a):
                rep.err(w, f"alias not in text: {a!r}")
        if not (occurs(text, c["name"]) or any(occurs(text, a) for a in al)):
            rep.err(w, "neither name nor any alias occurs in text")

    # ---- regions
    for i, r in enumerate(data["regions"]):
        w = f"{f} regions[{i}]"
        if not check_shape(rep, w, r, "regions"):
            continue
        w = f"{f} region {r['name']}"
        al = r.get("aliases", [])
        if not is_str_list(al):
            rep.err(w, "aliases is not a list of strings")
            al = []
        for a in al:
            if not occurs(text, a):
                rep.err(w, f"alias not in text: {a!r}")
        if not (occurs(text, r["name"]) or any(occurs(text, a) for a in al)):
            rep.err(w, "neither name nor any alias occurs in text")

    # ---- agreements
    aids = set()
    for i, a in enumerate(data["agreements"]):
        w = f"{f} agreements[{i}]"
        if not check_shape(rep, w, a, "agreements"):
            continue
        w = f"{f} agreement {a['id']}"
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            rep.err(w, "id is not a slug")
        if a["id"] in aids:
            rep.err(w, "duplicate id")
        aids.add(a["id"])
        if not is_str_list(a["aliases"]):
            rep.err(w, "aliases is not a list of strings")
        else:
            for x in a["aliases"]:
                if not occurs(text, x):
                    rep.err(w, f"alias not in text: {x!r}")
            if not (occurs(text, a["name"]) or any(occurs(text, x) for x in a["aliases"])):
                rep.err(w, "neither name nor any alias occurs in text")
        if not is_str_list(a["parties"]):
            rep.err(w, "parties is not a list of strings")
        else:
            for c in a["parties"]:
                check_iso(rep, w, c, False)

    # ---- organizations
    oids = set()
    for i, o in enumerate(data["organizations"]):
        w = f"{f} organizations[{i}]"
        if not check_shape(rep, w, o, "organizations"):
            continue
        w = f"{f} organization {o['id']}"
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            rep.err(w, "id is not a slug")
        if o["id"] in oids:
            rep.err(w, "duplicate id")
        oids.add(o["id"])
        if not is_str_list(o["aliases"]):
            rep.err(w, "aliases is not a list of strings")
        else:
            for x in o["aliases"]:
                if not occurs(text, x):
                    rep.err(w, f"alias not in text: {x!r}")
            if not (occurs(text, o["name"]) or any(occurs(text, x) for x in o["aliases"])):
                rep.err(w, "neither name nor any alias occurs in text")
        check_iso(rep, w, o["country"], True)

    # ---- places
    pnames = set()
    for i, p in enumerate(data["places"]):
        w = f"{f} places[{i}]"
        if not check_shape(rep, w, p, "places"):
            continue
        w = f"{f} place {p['name']}"
        if p["name"] in pnames:
            rep.err(w, "duplicate place name")
        pnames.add(p["name"])
        if not is_str_list(p["aliases"]):
            rep.err(w, "aliases is not a list of strings")
        else:
            for x in p["aliases"]:
                if not occurs(text, x):
                    rep.err(w, f"alias not in text: {x!r}")
            if not (occurs(text, p["name"]) or any(occurs(text, x) for x in p["aliases"])):
                rep.err(w, "neither name nor any alias occurs in text")
        check_iso(rep, w, p["country"], True)

    # ---- meetings
    for i, m in enumerate(data["meetings"]):
        w = f"{f} meetings[{i}]"
        if not check_shape(rep, w, m, "meetings"):
            continue
        if m["kind"] not in KINDS:
            rep.err(w, f"kind {m['kind']!r} not allowed")
        if not is_str_list(m["participants"]):
            rep.err(w, "participants is not a list of strings")
        else:
            for pid in m["participants"]:
                if pid not in pids:
                    rep.err(w, f"participant {pid!r} is not a person of this file")
            if len(set(m["participants"])) != len(m["participants"]):
                rep.err(w, "duplicate participant")
        if not is_str_list(m["countries"]):
            rep.err(w, "countries is not a list of strings")
        else:
            for c in m["countries"]:
                check_iso(rep, w, c, False)
        if not valid_date(m["date"]):
            rep.err(w, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            rep.err(w, f"place {m['place']!r} is not in places or countries")
        if not is_str_list(m["topics"]):
            rep.err(w, "topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    rep.err(w, f"topic {t!r} not allowed")
        if not is_str_list(m["agreements"]):
            rep.err(w, "agreements is not a list of strings")
        else:
            for a in m["agreements"]:
                if a not in aids:
                    rep.err(w, f"agreement {a!r} is not listed")
        if not occurs(text, m["evidence"]):
            rep.err(w, f"evidence not in text: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]) or not m["evidence_extra"]:
                rep.err(w, "evidence_extra is not a non-empty list of strings")
            else:
                for e in m["evidence_extra"]:
                    if not occurs(text, e):
                        rep.err(w, f"evidence_extra not in text: {e[:70]!r}")
        if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
            rep.err(w, "note is not a non-empty string")

    # ---- meeting_counts
    for i, c in enumerate(data["meeting_counts"]):
        w = f"{f} meeting_counts[{i}]"
        if not check_shape(rep, w, c, "meeting_counts"):
            continue
        if c["kind"] not in KINDS:
            rep.err(w, f"kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            rep.err(w, f"count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            rep.err(w, f"year {c['year']!r} is not YYYY")
        if not occurs(text, c["evidence"]):
            rep.err(w, f"evidence not in text: {str(c['evidence'])[:70]!r}")


def main():
    rep = Report()
    texts = {os.path.splitext(n)[0] for n in os.listdir(TEXTS) if n.endswith(".txt")}
    golds = {os.path.splitext(n)[0] for n in os.listdir(GOLD) if n.endswith(".json")}
    for s in sorted(texts - golds):
        rep.err(f"{s}.txt", "text has no gold file")
    for s in sorted(golds - texts):
        rep.err(f"{s}.json", "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts | golds):
        tpath = os.path.join(TEXTS, stem + ".txt")
        gpath = os.path.join(GOLD, stem + ".json")
        text = None
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not MIN_WORDS <= n <= MAX_WORDS:
                rep.err(f"{stem}.txt", f"{n} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if os.path.exists(gpath):
            checked += 1
            try:
                with open(gpath, encoding="utf-8") as fh:
                    data = json.load(fh)
            except (OSError, ValueError) as e:
                rep.err(f"{stem}.json", f"cannot be read as JSON: {e}")
                continue
            if text is not None:
                check_file(rep, stem, text, data, person_names)
    for line in rep.errors:
        print(line)
    print(f"checked {checked} files: {len(rep.errors)} errors")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
