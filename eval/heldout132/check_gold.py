#!/usr/bin/env python3
"""Checker for the heldout132 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json
import os
import re
import sys
from datetime import date

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
ORG = ["id", "name", "aliases", "country"]
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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS
YE YT ZA ZM ZW""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def err(f, msg):
    problems.append("%s: %s" % (f, msg))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    extra = [k for k in keys if k not in req and k not in opt]
    missing = [k for k in req if k not in keys]
    if extra:
        err(f, "%s has unexpected fields %s" % (where, extra))
    if missing:
        err(f, "%s lacks fields %s" % (where, missing))
    # documented order: required fields in order, then optional fields in order
    order = [k for k in list(req) + list(opt) if k in keys]
    if not extra and not missing and keys != order:
        err(f, "%s fields out of order: %s" % (where, keys))
    return not missing


def check_iso(f, where, code, nullable=True):
    if code is None and nullable:
        return
    if code not in ISO:
        err(f, "%s has invalid ISO code %r" % (where, code))


def in_text(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_aliases(f, where, text, ent):
    al = ent.get("aliases", [])
    if not isinstance(al, list):
        err(f, "%s aliases is not a list" % where)
        return
    for a in al:
        if not in_text(text, a):
            err(f, "%s alias %r not found in text" % (where, a))
    if not in_text(text, ent.get("name")) and not any(in_text(text, a) for a in al):
        err(f, "%s: neither name nor any alias occurs in text" % where)


def main():
    texts = sorted(fn[:-4] for fn in os.listdir(TEXTS) if fn.endswith(".txt"))
    golds = sorted(fn[:-5] for fn in os.listdir(GOLD) if fn.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    nfiles = 0
    for stem in golds:
        f = stem + ".json"
        nfiles += 1
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, "cannot parse JSON: %s" % e)
            continue
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        if text:
            n = len(text.split())
            if not 550 <= n <= 950:
                err(f, "text has %d words (need 550-950)" % n)
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(f, "top-level fields must be exactly %s, got %s" % (TOP, list(d.keys()) if isinstance(d, dict) else type(d)))
            if not isinstance(d, dict):
                continue
        if d.get("doc") != stem + ".txt":
            err(f, "doc %r does not name the text" % d.get("doc"))
        if not (isinstance(d.get("year"), str) and YEAR.match(d.get("year"))):
            err(f, "year %r is not YYYY" % d.get("year"))
        for k in TOP[2:]:
            if not isinstance(d.get(k), list):
                err(f, "%s is not a list" % k)
                d[k] = []
        ids = set()

        def uid(where, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                err(f, "%s id %r is not a slug" % (where, i))
            if i in ids:
                err(f, "%s id %r is not unique" % (where, i))
            ids.add(i)

        pids = set()
        for n_, p in enumerate(d["persons"]):
            w = "persons[%d]" % n_
            if not check_keys(f, w, p, PERSON):
                continue
            uid(w, p["id"])
            pids.add(p["id"])
            check_aliases(f, w + " " + str(p["id"]), text, p)
            if p["office"] is not None and not in_text(text, p["office"]):
                err(f, "%s office %r not found in text" % (w, p["office"]))
            check_iso(f, w, p["country"])
            if p["id"] in person_names and person_names[p["id"]][0] != p["name"]:
                err(f, "person %s named %r here but %r in %s" % (p["id"], p["name"], person_names[p["id"]][0], person_names[p["id"]][1]))
            person_names.setdefault(p["id"], (p["name"], f))
        cnames = set()
        for n_, c in enumerate(d["countries"]):
            w = "countries[%d]" % n_
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            check_iso(f, w, c["iso"], nullable=False)
            check_aliases(f, w + " " + str(c["name"]), text, c)
            cnames.add(c["name"])
        for n_, r in enumerate(d["regions"]):
            w = "regions[%d]" % n_
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            check_aliases(f, w + " " + str(r["name"]), text, r)
        aids = set()
        for n_, a in enumerate(d["agreements"]):
            w = "agreements[%d]" % n_
            if not check_keys(f, w, a, AGREEMENT):
                continue
            uid(w, a["id"])
            aids.add(a["id"])
            check_aliases(f, w + " " + str(a["id"]), text, a)
            if not isinstance(a["parties"], list):
                err(f, "%s parties is not a list" % w)
            else:
                for c in a["parties"]:
                    check_iso(f, w + " parties", c, nullable=False)
        for n_, o in enumerate(d["organizations"]):
            w = "organizations[%d]" % n_
            if not check_keys(f, w, o, ORG):
                continue
            uid(w, o["id"])
            check_aliases(f, w + " " + str(o["id"]), text, o)
            check_iso(f, w, o["country"])
        pnames = set()
        for n_, pl in enumerate(d["places"]):
            w = "places[%d]" % n_
            if not check_keys(f, w, pl, PLACE):
                continue
            check_aliases(f, w + " " + str(pl["name"]), text, pl)
            check_iso(f, w, pl["country"])
            pnames.add(pl["name"])
        for n_, m in enumerate(d["meetings"]):
            w = "meetings[%d]" % n_
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(f, "%s kind %r not allowed" % (w, m["kind"]))
            for p in m["participants"]:
                if p not in pids:
                    err(f, "%s participant %r not among persons" % (w, p))
            for c in m["countries"]:
                check_iso(f, w + " countries", c, nullable=False)
            if not valid_date(m["date"]):
                err(f, "%s date %r invalid" % (w, m["date"]))
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, "%s place %r not in places or countries" % (w, m["place"]))
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, "%s topic %r not allowed" % (w, t))
            for a in m["agreements"]:
                if a not in aids:
                    err(f, "%s agreement %r not among agreements" % (w, a))
            if not in_text(text, m["evidence"]):
                err(f, "%s evidence not found verbatim" % w)
            if "evidence_extra" in m:
                if not isinstance(m["evidence_extra"], list):
                    err(f, "%s evidence_extra is not a list" % w)
                else:
                    for e in m["evidence_extra"]:
                        if not in_text(text, e):
                            err(f, "%s evidence_extra not found verbatim: %r" % (w, e[:60]))
            if "note" in m and not isinstance(m["note"], str):
                err(f, "%s note is not a string" % w)
        for n_, c in enumerate(d["meeting_counts"]):
            w = "meeting_counts[%d]" % n_
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, "%s kind %r not allowed" % (w, c["kind"]))
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, "%s count %r is not a positive integer" % (w, c["count"]))
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                err(f, "%s year %r is not YYYY" % (w, c["year"]))
            if not in_text(text, c["evidence"]):
                err(f, "%s evidence not found verbatim" % w)
    for p in problems:
        print(p)
    print("checked %d files: %d errors" % (nfiles, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
