#!/usr/bin/env python3
"""Check the heldout142 gold files against the format in gold/README.md.

Standard library only. Run from anywhere:  python3 check_gold.py
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
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
COUNTRY = ["name", "iso", "aliases"]          # aliases optional
REGION = ["name", "aliases"]                  # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]          # + optional evidence_extra, note
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        bad(where, "not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in required if k not in keys]
    if extra:
        bad(where, f"unexpected fields {extra}")
    if missing:
        bad(where, f"missing fields {missing}")
    # order: the keys present must follow the documented order
    order = [k for k in allowed if k in keys]
    if not extra and keys != order:
        bad(where, f"fields out of order: {keys}, expected {order}")
    return not missing


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i for i in x)


def check_iso(where, code, allow_null=True):
    if code is None and allow_null:
        return
    if not isinstance(code, str) or code not in ISO:
        bad(where, f"invalid ISO code {code!r}")


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_surface(where, text, ent, name_key="name"):
    aliases = ent.get("aliases", [])
    if not is_str_list(aliases) and aliases != []:
        bad(where, "aliases must be a list of non-empty strings")
        aliases = [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []
    for a in aliases:
        if not occurs(text, a):
            bad(where, f"alias not in text: {a!r}")
    if len(set(aliases)) != len(aliases):
        bad(where, "duplicate aliases")
    name = ent.get(name_key)
    if not isinstance(name, str) or not name:
        bad(where, "name must be a non-empty string")
    elif not occurs(text, name) and not any(occurs(text, a) for a in aliases):
        bad(where, f"neither name nor any alias occurs in text: {name!r}")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for t in texts:
        if t not in golds:
            bad(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            bad(g, "gold file has no text")

    person_names = {}   # id -> (name, file)
    checked = 0
    for stem in golds:
        gpath = os.path.join(GOLD, stem + ".json")
        tpath = os.path.join(TEXTS, stem + ".txt")
        try:
            with open(gpath, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as e:
            bad(stem, f"cannot read gold JSON: {e}")
            continue
        checked += 1
        text = ""
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not 550 <= n <= 950:
                bad(stem, f"text has {n} words (needs 550-950)")
        if not isinstance(g, dict):
            bad(stem, "gold is not an object")
            continue
        if list(g.keys()) != TOP:
            bad(stem, f"top-level fields {list(g.keys())} != {TOP}")
        if g.get("doc") != stem + ".txt":
            bad(stem, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g["year"])):
            bad(stem, f"year must be 'YYYY', got {g.get('year')!r}")
        for k in TOP[2:]:
            if not isinstance(g.get(k), list):
                bad(stem, f"{k} must be a list")
                g[k] = []

        ids = set()

        def new_id(where, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                bad(where, f"id is not a slug: {i!r}")
            elif i in ids:
                bad(where, f"duplicate id {i!r}")
            ids.add(i)

        person_ids = set()
        for j, p in enumerate(g["persons"]):
            w = f"{stem} persons[{j}]"
            if not check_keys(w, p, PERSON):
                continue
            new_id(w, p["id"])
            person_ids.add(p["id"])
            check_surface(w, text, p)
            if p["office"] is not None and not occurs(text, p["office"]):
                bad(w, f"office not in text: {p['office']!r}")
            check_iso(w, p["country"])
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                bad(w, f"person {p['id']!r} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p["id"]] = (p["name"], stem)

        country_names = set()
        for j, c in enumerate(g["countries"]):
            w = f"{stem} countries[{j}]"
            if not check_keys(w, c, COUNTRY[:2], COUNTRY[2:]):
                continue
            country_names.add(c["name"])
            check_iso(w, c["iso"], allow_null=False)
            check_surface(w, text, c)
        isos = [c.get("iso") for c in g["countries"] if isinstance(c, dict)]
        if len(set(isos)) != len(isos):
            bad(stem, "duplicate country iso codes")

        for j, r in enumerate(g["regions"]):
            w = f"{stem} regions[{j}]"
            if not check_keys(w, r, REGION[:1], REGION[1:]):
                continue
            check_surface(w, text, r)

        agreement_ids = set()
        for j, a in enumerate(g["agreements"]):
            w = f"{stem} agreements[{j}]"
            if not check_keys(w, a, AGREEMENT):
                continue
            new_id(w, a["id"])
            agreement_ids.add(a["id"])
            check_surface(w, text, a)
            if not isinstance(a["parties"], list):
                bad(w, "parties must be a list")
            else:
                for c in a["parties"]:
                    check_iso(w, c, allow_null=False)

        for j, o in enumerate(g["organizations"]):
            w = f"{stem} organizations[{j}]"
            if not check_keys(w, o, ORG):
                continue
            new_id(w, o["id"])
            check_surface(w, text, o)
            check_iso(w, o["country"])

        place_names = set()
        for j, pl in enumerate(g["places"]):
            w = f"{stem} places[{j}]"
            if not check_keys(w, pl, PLACE):
                continue
            if pl["name"] in place_names:
                bad(w, f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])
            check_surface(w, text, pl)
            check_iso(w, pl["country"])

        for j, m in enumerate(g["meetings"]):
            w = f"{stem} meetings[{j}]"
            if not check_keys(w, m, MEETING, ("evidence_extra", "note")):
                continue
            if m["kind"] not in KINDS:
                bad(w, f"unknown kind {m['kind']!r}")
            if not isinstance(m["participants"], list):
                bad(w, "participants must be a list")
            else:
                for pid in m["participants"]:
                    if pid not in person_ids:
                        bad(w, f"participant {pid!r} is not a listed person")
                if len(set(m["participants"])) != len(m["participants"]):
                    bad(w, "duplicate participants")
            if not isinstance(m["countries"], list):
                bad(w, "countries must be a list")
            else:
                for c in m["countries"]:
                    check_iso(w, c, allow_null=False)
            if not valid_date(m["date"]):
                bad(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                bad(w, f"place {m['place']!r} is not in places or countries")
            if not isinstance(m["topics"], list):
                bad(w, "topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        bad(w, f"unknown topic {t!r}")
            if not isinstance(m["agreements"], list):
                bad(w, "agreements must be a list")
            else:
                for a in m["agreements"]:
                    if a not in agreement_ids:
                        bad(w, f"agreement {a!r} is not a listed agreement")
            if not occurs(text, m["evidence"]):
                bad(w, f"evidence not in text: {str(m['evidence'])[:70]!r}")
            if "evidence_extra" in m:
                if not isinstance(m["evidence_extra"], list):
                    bad(w, "evidence_extra must be a list")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(text, e):
                            bad(w, f"evidence_extra not in text: {str(e)[:70]!r}")
            if "note" in m and not (isinstance(m["note"], str) and m["note"]):
                bad(w, "note must be a non-empty string")

        for j, c in enumerate(g["meeting_counts"]):
            w = f"{stem} meeting_counts[{j}]"
            if not check_keys(w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                bad(w, f"unknown kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                bad(w, f"count must be a positive integer, got {c['count']!r}")
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                bad(w, f"year must be 'YYYY', got {c['year']!r}")
            if not occurs(text, c["evidence"]):
                bad(w, f"evidence not in text: {str(c['evidence'])[:70]!r}")

    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
