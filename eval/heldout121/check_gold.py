#!/usr/bin/env python3
"""Checker for the heldout121 gold files (Python 3 standard library only).

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

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(fname, msg):
    errors.append("%s: %s" % (fname, msg))


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


def check_keys(fname, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(fname, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    extra = [k for k in keys if k not in req and k not in opt]
    if extra:
        err(fname, "%s has unexpected fields %s" % (where, extra))
    missing = [k for k in req if k not in keys]
    if missing:
        err(fname, "%s lacks fields %s" % (where, missing))
        return False
    # documented order: required fields first, in order, then optional ones in order
    order = [k for k in list(req) + list(opt) if k in keys]
    if [k for k in keys if k in order] != order:
        err(fname, "%s fields out of order: %s" % (where, keys))
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def words(text):
    return len(text.split())


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    person_names = {}  # id -> (name, file)
    for t in texts:
        with open(os.path.join(TEXTS, t), encoding="utf-8") as f:
            text = f.read()
        n = words(text)
        if not 550 <= n <= 950:
            err(t, "has %d words (must be 550-950)" % n)
    for g in golds:
        stem = g[:-5]
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        try:
            with open(os.path.join(GOLD, g), encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            err(g, "cannot load JSON: %s" % e)
            continue
        if not isinstance(d, dict):
            err(g, "top level is not an object")
            continue
        if list(d.keys()) != TOP:
            err(g, "top-level fields must be exactly %s, found %s" % (TOP, list(d.keys())))
        if d.get("doc") != stem + ".txt":
            err(g, "doc is %r, expected %r" % (d.get("doc"), stem + ".txt"))
        if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d["year"])):
            err(g, "year must be a YYYY string")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        # persons
        pids = set()
        for i, p in enumerate(d.get("persons", [])):
            w = "persons[%d]" % i
            if not check_keys(g, w, p, PERSON):
                continue
            pid = p["id"]
            if not (isinstance(pid, str) and SLUG.match(pid)):
                err(g, "%s id %r is not a slug" % (w, pid))
            if pid in pids:
                err(g, "duplicate person id %r" % pid)
            pids.add(pid)
            if not is_str_list(p["aliases"]):
                err(g, "%s aliases must be a list of strings" % w)
            else:
                for a in p["aliases"]:
                    if not occurs(a):
                        err(g, "%s (%s) alias %r not in text" % (w, pid, a))
                if not (occurs(p["name"]) or any(occurs(a) for a in p["aliases"])):
                    err(g, "%s (%s) neither name nor any alias occurs in text" % (w, pid))
            if p["office"] is not None and not occurs(p["office"]):
                err(g, "%s (%s) office %r not in text" % (w, pid, p["office"]))
            if p["country"] is not None and p["country"] not in ISO:
                err(g, "%s (%s) invalid country %r" % (w, pid, p["country"]))
            if not isinstance(p["name"], str) or not p["name"]:
                err(g, "%s (%s) name must be a non-empty string" % (w, pid))
            elif pid in person_names and person_names[pid][0] != p["name"]:
                err(g, "person %s named %r here but %r in %s" % (pid, p["name"], *person_names[pid]))
            else:
                person_names.setdefault(pid, (p["name"], g))
        # countries
        cnames = set()
        isos = set()
        for i, c in enumerate(d.get("countries", [])):
            w = "countries[%d]" % i
            if not check_keys(g, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            if c["iso"] not in ISO:
                err(g, "%s invalid iso %r" % (w, c["iso"]))
            if c["iso"] in isos:
                err(g, "duplicate country iso %r" % c["iso"])
            isos.add(c["iso"])
            cnames.add(c["name"])
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(g, "%s aliases must be a list of strings" % w)
                al = []
            for a in al:
                if not occurs(a):
                    err(g, "%s (%s) alias %r not in text" % (w, c["name"], a))
            if not (occurs(c["name"]) or any(occurs(a) for a in al)):
                err(g, "%s (%s) neither name nor any alias occurs in text" % (w, c["name"]))
        # regions
        for i, r in enumerate(d.get("regions", [])):
            w = "regions[%d]" % i
            if not check_keys(g, w, r, REGION_REQ, REGION_OPT):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(g, "%s aliases must be a list of strings" % w)
                al = []
            for a in al:
                if not occurs(a):
                    err(g, "%s (%s) alias %r not in text" % (w, r["name"], a))
            if not (occurs(r["name"]) or any(occurs(a) for a in al)):
                err(g, "%s (%s) neither name nor any alias occurs in text" % (w, r["name"]))
        # agreements
        aids = set()
        for i, a in enumerate(d.get("agreements", [])):
            w = "agreements[%d]" % i
            if not check_keys(g, w, a, AGREEMENT):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(g, "%s id %r is not a slug" % (w, a["id"]))
            if a["id"] in aids:
                err(g, "duplicate agreement id %r" % a["id"])
            aids.add(a["id"])
            if not is_str_list(a["aliases"]):
                err(g, "%s aliases must be a list of strings" % w)
            else:
                for x in a["aliases"]:
                    if not occurs(x):
                        err(g, "%s (%s) alias %r not in text" % (w, a["id"], x))
                if not (occurs(a["name"]) or any(occurs(x) for x in a["aliases"])):
                    err(g, "%s (%s) neither name nor any alias occurs in text" % (w, a["id"]))
            if not is_str_list(a["parties"]):
                err(g, "%s parties must be a list of strings" % w)
            else:
                for x in a["parties"]:
                    if x not in ISO:
                        err(g, "%s (%s) invalid party %r" % (w, a["id"], x))
        # organizations
        oids = set()
        for i, o in enumerate(d.get("organizations", [])):
            w = "organizations[%d]" % i
            if not check_keys(g, w, o, ORG):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(g, "%s id %r is not a slug" % (w, o["id"]))
            if o["id"] in oids:
                err(g, "duplicate organization id %r" % o["id"])
            oids.add(o["id"])
            if not is_str_list(o["aliases"]):
                err(g, "%s aliases must be a list of strings" % w)
            else:
                for x in o["aliases"]:
                    if not occurs(x):
                        err(g, "%s (%s) alias %r not in text" % (w, o["id"], x))
                if not (occurs(o["name"]) or any(occurs(x) for x in o["aliases"])):
                    err(g, "%s (%s) neither name nor any alias occurs in text" % (w, o["id"]))
            if o["country"] is not None and o["country"] not in ISO:
                err(g, "%s (%s) invalid country %r" % (w, o["id"], o["country"]))
        # places
        pnames = set()
        for i, p in enumerate(d.get("places", [])):
            w = "places[%d]" % i
            if not check_keys(g, w, p, PLACE):
                continue
            if p["name"] in pnames:
                err(g, "duplicate place %r" % p["name"])
            pnames.add(p["name"])
            if not is_str_list(p["aliases"]):
                err(g, "%s aliases must be a list of strings" % w)
            else:
                for x in p["aliases"]:
                    if not occurs(x):
                        err(g, "%s (%s) alias %r not in text" % (w, p["name"], x))
                if not (occurs(p["name"]) or any(occurs(x) for x in p["aliases"])):
                    err(g, "%s (%s) neither name nor any alias occurs in text" % (w, p["name"]))
            if p["country"] is not None and p["country"] not in ISO:
                err(g, "%s (%s) invalid country %r" % (w, p["name"], p["country"]))
        # meetings
        for i, m in enumerate(d.get("meetings", [])):
            w = "meetings[%d]" % i
            if not check_keys(g, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(g, "%s invalid kind %r" % (w, m["kind"]))
            if not is_str_list(m["participants"]):
                err(g, "%s participants must be a list of strings" % w)
            else:
                for x in m["participants"]:
                    if x not in pids:
                        err(g, "%s participant %r is not a listed person" % (w, x))
            if not is_str_list(m["countries"]):
                err(g, "%s countries must be a list of strings" % w)
            else:
                for x in m["countries"]:
                    if x not in ISO:
                        err(g, "%s invalid country %r" % (w, x))
            if not valid_date(m["date"]):
                err(g, "%s invalid date %r" % (w, m["date"]))
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(g, "%s place %r not in places or countries" % (w, m["place"]))
            if not is_str_list(m["topics"]):
                err(g, "%s topics must be a list of strings" % w)
            else:
                for x in m["topics"]:
                    if x not in TOPICS:
                        err(g, "%s invalid topic %r" % (w, x))
            if not is_str_list(m["agreements"]):
                err(g, "%s agreements must be a list of strings" % w)
            else:
                for x in m["agreements"]:
                    if x not in aids:
                        err(g, "%s agreement %r is not a listed agreement" % (w, x))
            if not occurs(m["evidence"]):
                err(g, "%s evidence not found verbatim in text: %r" % (w, m["evidence"]))
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(g, "%s evidence_extra must be a list of strings" % w)
                else:
                    for x in m["evidence_extra"]:
                        if not occurs(x):
                            err(g, "%s evidence_extra not found verbatim: %r" % (w, x))
            if "note" in m and not isinstance(m["note"], str):
                err(g, "%s note must be a string" % w)
        # meeting counts
        for i, c in enumerate(d.get("meeting_counts", [])):
            w = "meeting_counts[%d]" % i
            if not check_keys(g, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(g, "%s invalid kind %r" % (w, c["kind"]))
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(g, "%s count must be a positive integer" % w)
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(g, "%s year must be a YYYY string" % w)
            if not occurs(c["evidence"]):
                err(g, "%s evidence not found verbatim: %r" % (w, c["evidence"]))
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (len(golds), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
