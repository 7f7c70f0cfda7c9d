#!/usr/bin/env python3
"""Check the heldout110 gold files against the format of gold/README.md.

Python 3 standard library only. Run from anywhere:
    python3 check_gold.py
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso"]            # + optional "aliases"
REGION = ["name"]                    # + optional "aliases"
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]  # + optional "evidence_extra", "note"
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
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


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
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = required + [k for k in optional]
    if keys[:len(required)] != required:
        err(fname, f"{where}: fields {keys} do not start with {required} in order")
        return False
    rest = keys[len(required):]
    extra = [k for k in rest if k not in optional]
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
        return False
    order = [k for k in optional if k in rest]
    if rest != order:
        err(fname, f"{where}: optional fields out of order {rest}")
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def check_iso(fname, where, code, allow_null):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_file(fname, data, text, person_names):
    if not check_keys(fname, "top level", data, TOP):
        return
    stem = fname[:-5]
    if data["doc"] != stem + ".txt":
        err(fname, f"doc {data['doc']!r} does not name {stem}.txt")
    if not (isinstance(data["year"], str) and re.fullmatch(r"\d{4}", data["year"])):
        err(fname, f"year {data['year']!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(data[k], list):
            err(fname, f"{k} is not a list")
            return

    ids = {}

    def slug_ok(kind, i, eid):
        if not (isinstance(eid, str) and SLUG.match(eid)):
            err(fname, f"{kind}[{i}]: id {eid!r} is not a slug")
        elif (kind, eid) in ids:
            err(fname, f"{kind}[{i}]: duplicate id {eid!r}")
        ids[(kind, eid)] = True

    def name_or_alias(kind, i, e):
        forms = [e.get("name")] + list(e.get("aliases") or [])
        if not any(in_text(text, f) for f in forms):
            err(fname, f"{kind}[{i}] {e.get('name')!r}: neither name nor any alias occurs in text")
        for a in e.get("aliases") or []:
            if not in_text(text, a):
                err(fname, f"{kind}[{i}] {e.get('name')!r}: alias {a!r} not in text")

    persons = set()
    for i, p in enumerate(data["persons"]):
        if not check_keys(fname, f"persons[{i}]", p, PERSON):
            continue
        slug_ok("persons", i, p["id"])
        persons.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            err(fname, f"persons[{i}]: bad name")
        if not is_str_list(p["aliases"]):
            err(fname, f"persons[{i}]: aliases not a list of strings")
            continue
        name_or_alias("persons", i, p)
        if p["office"] is not None and not in_text(text, p["office"]):
            err(fname, f"persons[{i}] {p['name']!r}: office {p['office']!r} not in text")
        check_iso(fname, f"persons[{i}]", p["country"], True)
        prev = person_names.get(p["id"])
        if prev is not None and prev[0] != p["name"]:
            err(fname, f"persons[{i}]: id {p['id']!r} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
        elif prev is None:
            person_names[p["id"]] = (p["name"], fname)

    cnames = set()
    for i, c in enumerate(data["countries"]):
        if not check_keys(fname, f"countries[{i}]", c, COUNTRY, ("aliases",)):
            continue
        cnames.add(c["name"])
        check_iso(fname, f"countries[{i}]", c["iso"], False)
        if "aliases" in c and not is_str_list(c["aliases"]):
            err(fname, f"countries[{i}]: aliases not a list of strings")
            continue
        name_or_alias("countries", i, c)

    for i, r in enumerate(data["regions"]):
        if not check_keys(fname, f"regions[{i}]", r, REGION, ("aliases",)):
            continue
        if "aliases" in r and not is_str_list(r["aliases"]):
            err(fname, f"regions[{i}]: aliases not a list of strings")
            continue
        name_or_alias("regions", i, r)

    agrs = set()
    for i, a in enumerate(data["agreements"]):
        if not check_keys(fname, f"agreements[{i}]", a, AGREEMENT):
            continue
        slug_ok("agreements", i, a["id"])
        agrs.add(a["id"])
        if not is_str_list(a["aliases"]):
            err(fname, f"agreements[{i}]: aliases not a list of strings")
            continue
        name_or_alias("agreements", i, a)
        if not isinstance(a["parties"], list):
            err(fname, f"agreements[{i}]: parties not a list")
        else:
            for c in a["parties"]:
                check_iso(fname, f"agreements[{i}] parties", c, False)

    for i, o in enumerate(data["organizations"]):
        if not check_keys(fname, f"organizations[{i}]", o, ORG):
            continue
        slug_ok("organizations", i, o["id"])
        if not is_str_list(o["aliases"]):
            err(fname, f"organizations[{i}]: aliases not a list of strings")
            continue
        name_or_alias("organizations", i, o)
        check_iso(fname, f"organizations[{i}]", o["country"], True)

    pnames = set()
    for i, pl in enumerate(data["places"]):
        if not check_keys(fname, f"places[{i}]", pl, PLACE):
            continue
        pnames.add(pl["name"])
        if not is_str_list(pl["aliases"]):
            err(fname, f"places[{i}]: aliases not a list of strings")
            continue
        name_or_alias("places", i, pl)
        check_iso(fname, f"places[{i}]", pl["country"], True)

    for i, m in enumerate(data["meetings"]):
        w = f"meetings[{i}]"
        if not check_keys(fname, w, m, MEETING, ("evidence_extra", "note")):
            continue
        if m["kind"] not in KINDS:
            err(fname, f"{w}: kind {m['kind']!r} not allowed")
        if not is_str_list(m["participants"]):
            err(fname, f"{w}: participants not a list of strings")
        else:
            for p in m["participants"]:
                if p not in persons:
                    err(fname, f"{w}: participant {p!r} not in persons")
        if not isinstance(m["countries"], list):
            err(fname, f"{w}: countries not a list")
        else:
            for c in m["countries"]:
                check_iso(fname, f"{w} countries", c, False)
        if not valid_date(m["date"]):
            err(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            err(fname, f"{w}: place {m['place']!r} not in places or countries")
        if not is_str_list(m["topics"]):
            err(fname, f"{w}: topics not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(fname, f"{w}: topic {t!r} not allowed")
        if not is_str_list(m["agreements"]):
            err(fname, f"{w}: agreements not a list of strings")
        else:
            for a in m["agreements"]:
                if a not in agrs:
                    err(fname, f"{w}: agreement {a!r} not in agreements")
        if not in_text(text, m["evidence"]):
            err(fname, f"{w}: evidence not found verbatim: {str(m['evidence'])[:70]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(fname, f"{w}: evidence_extra not a list of strings")
            else:
                for e in m["evidence_extra"]:
                    if not in_text(text, e):
                        err(fname, f"{w}: evidence_extra not found verbatim: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{w}: note not a string")

    for i, c in enumerate(data["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not check_keys(fname, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(fname, f"{w}: count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(fname, f"{w}: year {c['year']!r} is not YYYY")
        if not in_text(text, c["evidence"]):
            err(fname, f"{w}: evidence not found verbatim")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t + ".txt", "no gold file")
    for g in golds:
        if g not in texts:
            err(g + ".json", "no text file")
    person_names = {}
    checked = 0
    for g in golds:
        fname = g + ".json"
        try:
            with open(os.path.join(GOLD, fname), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            err(fname, f"cannot read JSON: {e}")
            continue
        checked += 1
        tpath = os.path.join(TEXTS, g + ".txt")
        text = ""
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not 550 <= n <= 950:
                err(g + ".txt", f"{n} words, outside 550-950")
        check_file(fname, data, text, person_names)
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
