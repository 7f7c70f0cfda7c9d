#!/usr/bin/env python3
"""Checker for the heldout82 gold files (Python 3 standard library only).

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
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORGANIZATION = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics",
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

problems = []


def err(fname, msg):
    problems.append("%s: %s" % (fname, msg))


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
        err(fname, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    expected = [k for k in required]
    extra = [k for k in keys if k not in required and k not in optional]
    missing = [k for k in required if k not in keys]
    if extra:
        err(fname, "%s has unexpected fields %s" % (where, extra))
    if missing:
        err(fname, "%s lacks fields %s" % (where, missing))
    # order: required fields first in documented order, then optional ones in documented order
    order = [k for k in keys if k in required]
    if order != [k for k in expected if k in keys]:
        err(fname, "%s fields out of order: %s" % (where, keys))
    opt_present = [k for k in keys if k in optional]
    if keys[:len(order)] != order:
        err(fname, "%s optional fields must follow the required ones: %s" % (where, keys))
    if opt_present != [k for k in optional if k in keys]:
        err(fname, "%s optional fields out of order: %s" % (where, keys))
    return not extra and not missing


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_iso(fname, where, code, allow_null):
    if code is None:
        if not allow_null:
            err(fname, "%s: country code is null" % where)
        return
    if code not in ISO:
        err(fname, "%s: invalid ISO code %r" % (where, code))


def check_file(stem, text, data, person_names):
    f = stem + ".json"
    if not isinstance(data, dict):
        err(f, "top level is not an object")
        return
    if list(data.keys()) != TOP:
        err(f, "top-level fields must be exactly %s, found %s" % (TOP, list(data.keys())))
    if data.get("doc") != stem + ".txt":
        err(f, "doc %r does not name the text %s.txt" % (data.get("doc"), stem))
    if not (isinstance(data.get("year"), str) and YEAR.match(data.get("year"))):
        err(f, "year %r is not YYYY" % data.get("year"))
    for k in TOP[2:]:
        if not isinstance(data.get(k), list):
            err(f, "%s is not a list" % k)
            data[k] = []

    ids = set()

    def slug_ok(where, i):
        if not (isinstance(i, str) and SLUG.match(i)):
            err(f, "%s: id %r is not a slug" % (where, i))
        if i in ids:
            err(f, "%s: duplicate id %r" % (where, i))
        ids.add(i)

    def names_ok(where, name, aliases):
        if not isinstance(name, str) or not name:
            err(f, "%s: name missing" % where)
        if not is_str_list(aliases):
            err(f, "%s: aliases is not a list of strings" % where)
            aliases = []
        for a in aliases:
            if not occurs(text, a):
                err(f, "%s: alias %r not found in text" % (where, a))
        if not (occurs(text, name) or any(occurs(text, a) for a in aliases)):
            err(f, "%s: neither name %r nor any alias occurs in text" % (where, name))

    person_ids = set()
    for n, p in enumerate(data["persons"]):
        w = "persons[%d]" % n
        if not check_keys(f, w, p, PERSON):
            continue
        slug_ok(w, p["id"])
        person_ids.add(p["id"])
        names_ok(w + " " + str(p["id"]), p["name"], p["aliases"])
        if p["office"] is not None and not occurs(text, p["office"]):
            err(f, "%s: office %r not found in text" % (w, p["office"]))
        check_iso(f, w, p["country"], True)
        prev = person_names.setdefault(p["id"], (p["name"], f))
        if prev[0] != p["name"]:
            err(f, "%s: person %s named %r here but %r in %s" % (w, p["id"], p["name"], prev[0], prev[1]))

    place_names = set()
    for n, c in enumerate(data["countries"]):
        w = "countries[%d]" % n
        if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        check_iso(f, w, c["iso"], False)
        names_ok(w + " " + str(c["name"]), c["name"], c.get("aliases", []))
        place_names.add(c["name"])

    for n, r in enumerate(data["regions"]):
        w = "regions[%d]" % n
        if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
            continue
        names_ok(w + " " + str(r["name"]), r["name"], r.get("aliases", []))

    agreement_ids = set()
    for n, a in enumerate(data["agreements"]):
        w = "agreements[%d]" % n
        if not check_keys(f, w, a, AGREEMENT):
            continue
        slug_ok(w, a["id"])
        agreement_ids.add(a["id"])
        names_ok(w + " " + str(a["id"]), a["name"], a["aliases"])
        if not is_str_list(a["parties"]):
            err(f, "%s: parties is not a list of strings" % w)
        else:
            for c in a["parties"]:
                check_iso(f, w, c, False)

    for n, o in enumerate(data["organizations"]):
        w = "organizations[%d]" % n
        if not check_keys(f, w, o, ORGANIZATION):
            continue
        slug_ok(w, o["id"])
        names_ok(w + " " + str(o["id"]), o["name"], o["aliases"])
        check_iso(f, w, o["country"], True)

    for n, p in enumerate(data["places"]):
        w = "places[%d]" % n
        if not check_keys(f, w, p, PLACE):
            continue
        names_ok(w + " " + str(p["name"]), p["name"], p["aliases"])
        check_iso(f, w, p["country"], True)
        if p["name"] in place_names:
            err(f, "%s: place name %r duplicates a country or place" % (w, p["name"]))
        place_names.add(p["name"])

    for n, m in enumerate(data["meetings"]):
        w = "meetings[%d]" % n
        if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(f, "%s: kind %r not allowed" % (w, m["kind"]))
        if not is_str_list(m["participants"]):
            err(f, "%s: participants is not a list of strings" % w)
        else:
            for pid in m["participants"]:
                if pid not in person_ids:
                    err(f, "%s: participant %r is not a listed person" % (w, pid))
            if len(set(m["participants"])) != len(m["participants"]):
                err(f, "%s: duplicate participants" % w)
        if not is_str_list(m["countries"]):
            err(f, "%s: countries is not a list of strings" % w)
        else:
            for c in m["countries"]:
                check_iso(f, w, c, False)
        if not valid_date(m["date"]):
            err(f, "%s: invalid date %r" % (w, m["date"]))
        if m["place"] is not None and m["place"] not in place_names:
            err(f, "%s: place %r not in places or countries" % (w, m["place"]))
        if not is_str_list(m["topics"]):
            err(f, "%s: topics is not a list of strings" % w)
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, "%s: topic %r not allowed" % (w, t))
        if not is_str_list(m["agreements"]):
            err(f, "%s: agreements is not a list of strings" % w)
        else:
            for a in m["agreements"]:
                if a not in agreement_ids:
                    err(f, "%s: agreement %r is not a listed agreement" % (w, a))
        if not occurs(text, m["evidence"]):
            err(f, "%s: evidence not found verbatim: %r" % (w, str(m["evidence"])[:80]))
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f, "%s: evidence_extra is not a list of strings" % w)
            else:
                for e in m["evidence_extra"]:
                    if not occurs(text, e):
                        err(f, "%s: evidence_extra not found verbatim: %r" % (w, e[:80]))
        if "note" in m and not isinstance(m["note"], str):
            err(f, "%s: note is not a string" % w)

    for n, c in enumerate(data["meeting_counts"]):
        w = "meeting_counts[%d]" % n
        if not check_keys(f, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(f, "%s: kind %r not allowed" % (w, c["kind"]))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(f, "%s: count %r is not a positive integer" % (w, c["count"]))
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            err(f, "%s: year %r is not YYYY" % (w, c["year"]))
        if not occurs(text, c["evidence"]):
            err(f, "%s: evidence not found verbatim: %r" % (w, str(c["evidence"])[:80]))


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        words = len(text.split())
        if not 550 <= words <= 950:
            err(stem + ".txt", "%d words, outside 550-950" % words)
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (ValueError, OSError) as e:
            err(stem + ".json", "cannot load JSON: %s" % e)
            checked += 1
            continue
        check_file(stem, text, data, person_names)
        checked += 1
    for p in problems:
        print(p)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
