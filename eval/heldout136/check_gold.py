#!/usr/bin/env python3
"""Checker for the heldout136 gold files (Python 3 standard library only).

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
COUNTRY = ["name", "iso", "aliases"]
COUNTRY_REQ = ["name", "iso"]
REGION = ["name", "aliases"]
REGION_REQ = ["name"]
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
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


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
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    for k in keys:
        if k not in allowed:
            err(where, "unexpected field %r" % k)
    for k in required:
        if k not in obj:
            err(where, "missing field %r" % k)
    order = [k for k in allowed if k in obj]
    if [k for k in keys if k in allowed] != order:
        err(where, "fields out of order: %s" % keys)
    return all(k in obj for k in required)


def str_list(where, v, field):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(where, "%s must be a list of strings" % field)
        return []
    return v


def check_file(stem, text, d, person_names):
    w = stem
    if not isinstance(d, dict):
        err(w, "top level is not an object")
        return
    if list(d.keys()) != TOP:
        err(w, "top-level fields must be exactly %s, got %s" % (TOP, list(d.keys())))
    if d.get("doc") != stem + ".txt":
        err(w, "doc is %r, expected %r" % (d.get("doc"), stem + ".txt"))
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year"))):
        err(w, "year must be a YYYY string")
    ids = set()

    def uid(where, i):
        if not isinstance(i, str) or not SLUG.match(i):
            err(where, "id %r is not a slug" % (i,))
        elif i in ids:
            err(where, "duplicate id %r" % i)
        ids.add(i)

    def occurs(where, s, what):
        if not isinstance(s, str) or not s:
            err(where, "%s must be a non-empty string" % what)
        elif s not in text:
            err(where, "%s %r does not occur in the text" % (what, s))

    def iso_ok(where, c, nullable=True):
        if c is None and nullable:
            return
        if c not in ISO:
            err(where, "invalid ISO code %r" % (c,))

    persons = {}
    for n, p in enumerate(d.get("persons", [])):
        pw = "%s persons[%d]" % (w, n)
        if not check_keys(pw, p, PERSON):
            continue
        uid(pw, p["id"])
        persons[p["id"]] = p
        als = str_list(pw, p["aliases"], "aliases")
        for a in als:
            occurs(pw, a, "alias")
        if p["office"] is not None:
            occurs(pw, p["office"], "office")
        iso_ok(pw, p["country"])
        if not isinstance(p["name"], str) or not p["name"]:
            err(pw, "name must be a non-empty string")
        elif p["name"] not in text and not any(a in text for a in als):
            err(pw, "neither name nor any alias occurs in the text")
        prev = person_names.get(p["id"])
        if prev is not None and prev[0] != p["name"]:
            err(pw, "person %s has name %r here but %r in %s" % (p["id"], p["name"], prev[0], prev[1]))
        elif prev is None:
            person_names[p["id"]] = (p["name"], stem)

    country_names = set()
    for n, c in enumerate(d.get("countries", [])):
        cw = "%s countries[%d]" % (w, n)
        if not check_keys(cw, c, COUNTRY_REQ, ["aliases"]):
            continue
        iso_ok(cw, c["iso"], nullable=False)
        als = str_list(cw, c.get("aliases", []), "aliases")
        for a in als:
            occurs(cw, a, "alias")
        if c["name"] not in text and not any(a in text for a in als):
            err(cw, "neither name nor any alias occurs in the text")
        country_names.add(c["name"])

    for n, r in enumerate(d.get("regions", [])):
        rw = "%s regions[%d]" % (w, n)
        if not check_keys(rw, r, REGION_REQ, ["aliases"]):
            continue
        als = str_list(rw, r.get("aliases", []), "aliases")
        for a in als:
            occurs(rw, a, "alias")
        if r["name"] not in text and not any(a in text for a in als):
            err(rw, "neither name nor any alias occurs in the text")

    agreements = set()
    for n, a in enumerate(d.get("agreements", [])):
        aw = "%s agreements[%d]" % (w, n)
        if not check_keys(aw, a, AGREEMENT):
            continue
        uid(aw, a["id"])
        agreements.add(a["id"])
        als = str_list(aw, a["aliases"], "aliases")
        for x in als:
            occurs(aw, x, "alias")
        if a["name"] not in text and not any(x in text for x in als):
            err(aw, "neither name nor any alias occurs in the text")
        for c in str_list(aw, a["parties"], "parties"):
            iso_ok(aw, c, nullable=False)

    for n, o in enumerate(d.get("organizations", [])):
        ow = "%s organizations[%d]" % (w, n)
        if not check_keys(ow, o, ORG):
            continue
        uid(ow, o["id"])
        als = str_list(ow, o["aliases"], "aliases")
        for x in als:
            occurs(ow, x, "alias")
        if o["name"] not in text and not any(x in text for x in als):
            err(ow, "neither name nor any alias occurs in the text")
        iso_ok(ow, o["country"])

    place_names = set()
    for n, p in enumerate(d.get("places", [])):
        plw = "%s places[%d]" % (w, n)
        if not check_keys(plw, p, PLACE):
            continue
        als = str_list(plw, p["aliases"], "aliases")
        for x in als:
            occurs(plw, x, "alias")
        if p["name"] not in text and not any(x in text for x in als):
            err(plw, "neither name nor any alias occurs in the text")
        iso_ok(plw, p["country"])
        place_names.add(p["name"])

    for n, m in enumerate(d.get("meetings", [])):
        mw = "%s meetings[%d]" % (w, n)
        if not check_keys(mw, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(mw, "kind %r not allowed" % (m["kind"],))
        for pid in str_list(mw, m["participants"], "participants"):
            if pid not in persons:
                err(mw, "participant %r is not a listed person" % pid)
        for c in str_list(mw, m["countries"], "countries"):
            iso_ok(mw, c, nullable=False)
        if not valid_date(m["date"]):
            err(mw, "invalid date %r" % (m["date"],))
        if m["place"] is not None and m["place"] not in place_names and m["place"] not in country_names:
            err(mw, "place %r is not in places or countries" % (m["place"],))
        for t in str_list(mw, m["topics"], "topics"):
            if t not in TOPICS:
                err(mw, "topic %r not allowed" % t)
        for a in str_list(mw, m["agreements"], "agreements"):
            if a not in agreements:
                err(mw, "agreement %r is not listed" % a)
        occurs(mw, m["evidence"], "evidence")
        if "evidence_extra" in m:
            for x in str_list(mw, m["evidence_extra"], "evidence_extra"):
                occurs(mw, x, "evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            err(mw, "note must be a string")

    for n, c in enumerate(d.get("meeting_counts", [])):
        cw = "%s meeting_counts[%d]" % (w, n)
        if not check_keys(cw, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(cw, "kind %r not allowed" % (c["kind"],))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            err(cw, "count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(cw, "year must be a YYYY string")
        occurs(cw, c["evidence"], "evidence")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in texts:
        if s not in golds:
            err(s, "text has no gold file")
    for s in golds:
        if s not in texts:
            err(s, "gold file has no text")
    person_names = {}
    checked = 0
    for s in texts:
        with open(os.path.join(TEXTS, s + ".txt"), encoding="utf-8") as f:
            text = f.read()
        nw = len(text.split())
        if not 550 <= nw <= 950:
            err(s, "text has %d words (must be 550-950)" % nw)
        if s not in golds:
            continue
        try:
            with open(os.path.join(GOLD, s + ".json"), encoding="utf-8") as f:
                d = json.load(f)
        except (ValueError, OSError) as e:
            err(s, "cannot read gold: %s" % e)
            continue
        checked += 1
        check_file(s, text, d, person_names)
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
