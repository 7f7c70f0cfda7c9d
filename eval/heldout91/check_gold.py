#!/usr/bin/env python3
"""Checker for the heldout91 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import calendar
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW SU""".split())

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
# (required fields in order, optional trailing fields in order)
SPEC = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements",
                  "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", d)
    if not m:
        return False
    y = int(m.group(1))
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return False
        if m.group(3):
            dd = int(m.group(3))
            if not 1 <= dd <= calendar.monthrange(y, mo)[1]:
                return False
    return True


def check_fields(f, where, obj, required, optional):
    if not isinstance(obj, dict):
        err(f, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(f, "%s: fields %s, expected %s first" % (where, keys, required))
        return False
    rest = keys[len(required):]
    pos = -1
    for k in rest:
        if k not in optional:
            err(f, "%s: unexpected field %r" % (where, k))
            return False
        i = optional.index(k)
        if i <= pos:
            err(f, "%s: optional fields out of order" % where)
            return False
        pos = i
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_iso(f, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, "%s: invalid ISO code %r" % (where, code))


def main():
    texts = sorted(n for n in os.listdir(TEXTS) if n.endswith(".txt"))
    golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
    tstems = {n[:-4] for n in texts}
    gstems = {n[:-5] for n in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")
    person_names = {}
    nfiles = 0
    for stem in sorted(tstems & gstems):
        nfiles += 1
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        nw = len(text.split())
        if not 550 <= nw <= 950:
            err(stem + ".txt", "%d words, outside 550-950" % nw)
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, "cannot parse JSON: %s" % e)
            continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, "top-level fields %s, expected %s" % (list(g.keys()) if isinstance(g, dict) else g, TOP))
            continue
        if g["doc"] != stem + ".txt":
            err(f, "doc %r does not name the text" % g["doc"])
        if not (isinstance(g["year"], str) and YEAR.match(g["year"])):
            err(f, "year %r is not YYYY" % g["year"])
        for sec in TOP[2:]:
            if not isinstance(g[sec], list):
                err(f, "%s is not a list" % sec)
                g[sec] = []

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = "persons[%d]" % i
            if not check_fields(f, w, p, *SPEC["persons"]):
                continue
            w = "person %s" % p["id"]
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(f, "%s: id is not a slug" % w)
            if p["id"] in pids:
                err(f, "%s: duplicate id" % w)
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                err(f, "%s: bad name" % w)
            if not is_str_list(p["aliases"]):
                err(f, "%s: aliases not a list of strings" % w)
            else:
                for a in p["aliases"]:
                    if not occurs(a):
                        err(f, "%s: alias %r not in text" % (w, a))
                if not (occurs(p["name"]) or any(occurs(a) for a in p["aliases"])):
                    err(f, "%s: neither name nor any alias occurs in text" % w)
            if p["office"] is not None and not occurs(p["office"]):
                err(f, "%s: office %r not in text" % (w, p["office"]))
            check_iso(f, w, p["country"], allow_null=True)
            prev = person_names.get(p["id"])
            if prev is not None and prev[0] != p["name"]:
                err(f, "%s: name %r differs from %r in %s" % (w, p["name"], prev[0], prev[1]))
            person_names.setdefault(p["id"], (p["name"], f))
        # countries
        cnames = set()
        for i, c in enumerate(g["countries"]):
            w = "countries[%d]" % i
            if not check_fields(f, w, c, *SPEC["countries"]):
                continue
            w = "country %s" % c["name"]
            check_iso(f, w, c["iso"])
            als = c.get("aliases", [])
            if not is_str_list(als):
                err(f, "%s: aliases not a list of strings" % w)
                als = []
            for a in als:
                if not occurs(a):
                    err(f, "%s: alias %r not in text" % (w, a))
            if not (occurs(c["name"]) or any(occurs(a) for a in als)):
                err(f, "%s: neither name nor alias occurs in text" % w)
            cnames.add(c["name"])
        # regions
        for i, r in enumerate(g["regions"]):
            w = "regions[%d]" % i
            if not check_fields(f, w, r, *SPEC["regions"]):
                continue
            als = r.get("aliases", [])
            if not is_str_list(als):
                err(f, "region %s: aliases not a list" % r["name"])
                als = []
            for a in als:
                if not occurs(a):
                    err(f, "region %s: alias %r not in text" % (r["name"], a))
            if not (occurs(r["name"]) or any(occurs(a) for a in als)):
                err(f, "region %s: neither name nor alias occurs in text" % r["name"])
        # agreements and organizations
        aids = set()
        for sec in ("agreements", "organizations"):
            ids = set()
            for i, a in enumerate(g[sec]):
                w = "%s[%d]" % (sec, i)
                if not check_fields(f, w, a, *SPEC[sec]):
                    continue
                w = "%s %s" % (sec[:-1], a["id"])
                if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                    err(f, "%s: id is not a slug" % w)
                if a["id"] in ids:
                    err(f, "%s: duplicate id" % w)
                ids.add(a["id"])
                if not is_str_list(a["aliases"]):
                    err(f, "%s: aliases not a list of strings" % w)
                    continue
                for al in a["aliases"]:
                    if not occurs(al):
                        err(f, "%s: alias %r not in text" % (w, al))
                if not (occurs(a["name"]) or any(occurs(al) for al in a["aliases"])):
                    err(f, "%s: neither name nor alias occurs in text" % w)
                if sec == "agreements":
                    if not is_str_list(a["parties"]):
                        err(f, "%s: parties not a list" % w)
                    else:
                        for pcode in a["parties"]:
                            check_iso(f, w, pcode)
                else:
                    check_iso(f, w, a["country"], allow_null=True)
            if sec == "agreements":
                aids = ids
        # places
        pnames = set()
        for i, p in enumerate(g["places"]):
            w = "places[%d]" % i
            if not check_fields(f, w, p, *SPEC["places"]):
                continue
            w = "place %s" % p["name"]
            if not is_str_list(p["aliases"]):
                err(f, "%s: aliases not a list" % w)
                continue
            for a in p["aliases"]:
                if not occurs(a):
                    err(f, "%s: alias %r not in text" % (w, a))
            if not (occurs(p["name"]) or any(occurs(a) for a in p["aliases"])):
                err(f, "%s: neither name nor alias occurs in text" % w)
            check_iso(f, w, p["country"], allow_null=True)
            pnames.add(p["name"])
        # meetings
        for i, m in enumerate(g["meetings"]):
            w = "meetings[%d]" % i
            if not check_fields(f, w, m, *SPEC["meetings"]):
                continue
            if m["kind"] not in KINDS:
                err(f, "%s: kind %r not allowed" % (w, m["kind"]))
            if not is_str_list(m["participants"]):
                err(f, "%s: participants not a list" % w)
            else:
                for pid in m["participants"]:
                    if pid not in pids:
                        err(f, "%s: participant %r not in persons" % (w, pid))
            if not is_str_list(m["countries"]):
                err(f, "%s: countries not a list" % w)
            else:
                for c in m["countries"]:
                    check_iso(f, w, c)
            if not valid_date(m["date"]):
                err(f, "%s: invalid date %r" % (w, m["date"]))
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, "%s: place %r not in places or countries" % (w, m["place"]))
            if not is_str_list(m["topics"]):
                err(f, "%s: topics not a list" % w)
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(f, "%s: topic %r not allowed" % (w, t))
            if not is_str_list(m["agreements"]):
                err(f, "%s: agreements not a list" % w)
            else:
                for a in m["agreements"]:
                    if a not in aids:
                        err(f, "%s: agreement %r not in agreements" % (w, a))
            if not occurs(m["evidence"]):
                err(f, "%s: evidence not in text: %r" % (w, m["evidence"][:80] if isinstance(m["evidence"], str) else m["evidence"]))
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, "%s: evidence_extra not a list" % w)
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(f, "%s: evidence_extra not in text: %r" % (w, e[:80]))
            if "note" in m and not isinstance(m["note"], str):
                err(f, "%s: note not a string" % w)
        # counts
        for i, c in enumerate(g["meeting_counts"]):
            w = "meeting_counts[%d]" % i
            if not check_fields(f, w, c, *SPEC["meeting_counts"]):
                continue
            if c["kind"] not in KINDS:
                err(f, "%s: kind %r not allowed" % (w, c["kind"]))
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, "%s: count is not a positive integer" % w)
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                err(f, "%s: year %r is not YYYY" % (w, c["year"]))
            if not occurs(c["evidence"]):
                err(f, "%s: evidence not in text" % w)
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (nfiles, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
