#!/usr/bin/env python3
"""Check the heldout108 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from any directory)
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

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


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
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + [k for k in optional]
    for k in keys:
        if k not in allowed:
            err(fname, f"{where}: unexpected field '{k}'")
    present_required = [k for k in keys if k in required]
    if present_required != list(required):
        err(fname, f"{where}: fields {keys} do not match required order {list(required)}")
        return False
    # optional fields must come after the required ones, in documented order
    opt_present = [k for k in keys if k in optional]
    if keys != list(required) + opt_present or opt_present != [k for k in optional if k in keys]:
        err(fname, f"{where}: optional fields out of order: {keys}")
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_names(fname, text, where, name, aliases):
    for a in aliases or []:
        if not occurs(text, a):
            err(fname, f"{where}: alias not in text: {a!r}")
    if not occurs(text, name) and not any(occurs(text, a) for a in aliases or []):
        err(fname, f"{where}: neither name nor any alias occurs in text: {name!r}")


def check_iso(fname, where, code, nullable=False):
    if code is None and nullable:
        return
    if code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(golds & texts):
        checked += 1
        fname = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(fname, f"text has {n} words (needs 550-950)")
        try:
            d = json.load(open(os.path.join(GOLD, fname), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(fname, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(fname, f"top-level fields {list(d.keys()) if isinstance(d, dict) else d!r} != {TOP}")
            if not isinstance(d, dict):
                continue
        if d.get("doc") != stem + ".txt":
            err(fname, f"doc {d.get('doc')!r} does not name the text")
        if not (isinstance(d.get("year"), str) and YEAR.match(d["year"])):
            err(fname, f"year {d.get('year')!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(d.get(k), list):
                err(fname, f"{k} is not a list")
                d[k] = []

        ids = set()
        person_ids, agreement_ids = set(), set()
        for i, p in enumerate(d["persons"]):
            w = f"persons[{i}]"
            if not check_keys(fname, w, p, PERSON):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(fname, f"{w}: bad id {p['id']!r}")
            if p["id"] in ids:
                err(fname, f"{w}: duplicate id {p['id']}")
            ids.add(p["id"])
            person_ids.add(p["id"])
            if not is_str_list(p["aliases"]):
                err(fname, f"{w}: aliases not a list of strings")
            check_names(fname, text, w, p["name"], p["aliases"])
            if p["office"] is not None and not occurs(text, p["office"]):
                err(fname, f"{w}: office not in text: {p['office']!r}")
            check_iso(fname, w, p["country"], nullable=True)
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(fname, f"{w}: id {p['id']} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            person_names.setdefault(p["id"], (p["name"], fname))

        country_names = set()
        for i, c in enumerate(d["countries"]):
            w = f"countries[{i}]"
            if not check_keys(fname, w, c, COUNTRY[:2], COUNTRY[2:]):
                continue
            check_iso(fname, w, c["iso"])
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(fname, f"{w}: aliases not a list of strings")
                al = []
            check_names(fname, text, w, c["name"], al)
            country_names.add(c["name"])

        for i, r in enumerate(d["regions"]):
            w = f"regions[{i}]"
            if not check_keys(fname, w, r, REGION[:1], REGION[1:]):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(fname, f"{w}: aliases not a list of strings")
                al = []
            check_names(fname, text, w, r["name"], al)

        for i, a in enumerate(d["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(fname, w, a, AGREEMENT):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(fname, f"{w}: bad id {a['id']!r}")
            if a["id"] in ids:
                err(fname, f"{w}: duplicate id {a['id']}")
            ids.add(a["id"])
            agreement_ids.add(a["id"])
            if not is_str_list(a["aliases"]):
                err(fname, f"{w}: aliases not a list of strings")
            check_names(fname, text, w, a["name"], a["aliases"])
            if not isinstance(a["parties"], list):
                err(fname, f"{w}: parties not a list")
            else:
                for pc in a["parties"]:
                    check_iso(fname, w + ".parties", pc)

        for i, o in enumerate(d["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(fname, w, o, ORG):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(fname, f"{w}: bad id {o['id']!r}")
            if o["id"] in ids:
                err(fname, f"{w}: duplicate id {o['id']}")
            ids.add(o["id"])
            if not is_str_list(o["aliases"]):
                err(fname, f"{w}: aliases not a list of strings")
            check_names(fname, text, w, o["name"], o["aliases"])
            check_iso(fname, w, o["country"], nullable=True)

        place_names = set()
        for i, pl in enumerate(d["places"]):
            w = f"places[{i}]"
            if not check_keys(fname, w, pl, PLACE):
                continue
            if not is_str_list(pl["aliases"]):
                err(fname, f"{w}: aliases not a list of strings")
            check_names(fname, text, w, pl["name"], pl["aliases"])
            check_iso(fname, w, pl["country"], nullable=True)
            place_names.add(pl["name"])

        for i, m in enumerate(d["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(fname, w, m, MEETING, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(fname, f"{w}: bad kind {m['kind']!r}")
            for pid in m["participants"]:
                if pid not in person_ids:
                    err(fname, f"{w}: participant {pid!r} not in persons")
            for cc in m["countries"]:
                check_iso(fname, w + ".countries", cc)
            if not valid_date(m["date"]):
                err(fname, f"{w}: bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                err(fname, f"{w}: place {m['place']!r} not in places or countries")
            for tp in m["topics"]:
                if tp not in TOPICS:
                    err(fname, f"{w}: bad topic {tp!r}")
            for aid in m["agreements"]:
                if aid not in agreement_ids:
                    err(fname, f"{w}: agreement {aid!r} not in agreements")
            if not occurs(text, m["evidence"]):
                err(fname, f"{w}: evidence not in text: {str(m['evidence'])[:80]!r}")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(fname, f"{w}: evidence_extra not a list of strings")
                else:
                    for ex in m["evidence_extra"]:
                        if not occurs(text, ex):
                            err(fname, f"{w}: evidence_extra not in text: {ex[:80]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(fname, f"{w}: note is not a string")

        for i, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(fname, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(fname, f"{w}: bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(fname, f"{w}: count is not a positive integer")
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                err(fname, f"{w}: year {c['year']!r} is not YYYY")
            if not occurs(text, c["evidence"]):
                err(fname, f"{w}: evidence not in text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
