#!/usr/bin/env python3
"""Checker for the heldout128 gold files (Python 3 standard library only).

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

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


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


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    allowed = list(req) + list(opt)
    for k in keys:
        if k not in allowed:
            err(f, "%s has unexpected field %r" % (where, k))
    for k in req:
        if k not in obj:
            err(f, "%s lacks field %r" % (where, k))
    # order: required fields first in documented order, optional ones after, in documented order
    order = [k for k in allowed if k in obj]
    if [k for k in keys if k in allowed] != order:
        err(f, "%s fields out of documented order: %s" % (where, keys))
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_iso(f, where, code, nullable=True):
    if code is None:
        if not nullable:
            err(f, "%s: null ISO code" % where)
        return
    if not isinstance(code, str) or code not in ISO:
        err(f, "%s: invalid ISO code %r" % (where, code))


def occurs(f, where, s, text):
    if not isinstance(s, str) or not s:
        err(f, "%s: empty or non-string %r" % (where, s))
        return False
    if s not in text:
        err(f, "%s: %r does not occur in the text" % (where, s))
        return False
    return True


def main():
    texts = sorted(n[:-4] for n in os.listdir(TEXTS) if n.endswith(".txt"))
    golds = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        if stem not in texts:
            continue
        checked += 1
        f = stem + ".json"
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, "text has %d words (need 550-950)" % n)
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, "invalid JSON: %s" % e)
            continue
        if not isinstance(d, dict):
            err(f, "top level is not an object")
            continue
        if list(d.keys()) != TOP:
            err(f, "top-level fields must be exactly %s, got %s" % (TOP, list(d.keys())))
        if d.get("doc") != stem + ".txt":
            err(f, "doc %r does not name the text" % d.get("doc"))
        if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year"))):
            err(f, "year %r is not YYYY" % d.get("year"))
        for k in TOP[2:]:
            if not isinstance(d.get(k), list):
                err(f, "%s is not a list" % k)
                d[k] = []
        # persons
        pids = set()
        for i, p in enumerate(d["persons"]):
            w = "persons[%d]" % i
            if not check_keys(f, w, p, PERSON):
                continue
            pid = p.get("id")
            if not (isinstance(pid, str) and SLUG.match(pid)):
                err(f, "%s: bad id %r" % (w, pid))
            if pid in pids:
                err(f, "%s: duplicate id %r" % (w, pid))
            pids.add(pid)
            if not isinstance(p.get("name"), str) or not p.get("name"):
                err(f, "%s: bad name" % w)
            if not is_str_list(p.get("aliases")):
                err(f, "%s: aliases must be a list of strings" % w)
                p["aliases"] = []
            for a in p["aliases"]:
                occurs(f, "%s alias" % w, a, text)
            if p.get("office") is not None:
                occurs(f, "%s office" % w, p.get("office"), text)
            check_iso(f, w + " country", p.get("country"))
            if not (p.get("name") in text or any(a in text for a in p["aliases"])):
                err(f, "%s: neither name nor any alias occurs" % w)
            if isinstance(pid, str):
                prev = person_names.get(pid)
                if prev and prev[0] != p.get("name"):
                    err(f, "%s: person %s named %r here but %r in %s" % (w, pid, p.get("name"), prev[0], prev[1]))
                elif not prev:
                    person_names[pid] = (p.get("name"), f)
        # countries
        cnames = set()
        for i, c in enumerate(d["countries"]):
            w = "countries[%d]" % i
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            check_iso(f, w + " iso", c.get("iso"), nullable=False)
            als = c.get("aliases", [])
            if not is_str_list(als):
                err(f, "%s: aliases must be a list of strings" % w)
                als = []
            for a in als:
                occurs(f, "%s alias" % w, a, text)
            if not (c.get("name") in text or any(a in text for a in als)):
                err(f, "%s: neither name nor any alias occurs" % w)
            cnames.add(c.get("name"))
        # regions
        for i, r in enumerate(d["regions"]):
            w = "regions[%d]" % i
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            als = r.get("aliases", [])
            if not is_str_list(als):
                err(f, "%s: aliases must be a list of strings" % w)
                als = []
            for a in als:
                occurs(f, "%s alias" % w, a, text)
            if not (r.get("name") in text or any(a in text for a in als)):
                err(f, "%s: neither name nor any alias occurs" % w)
        # agreements
        aids = set()
        for i, a in enumerate(d["agreements"]):
            w = "agreements[%d]" % i
            if not check_keys(f, w, a, AGREEMENT):
                continue
            aid = a.get("id")
            if not (isinstance(aid, str) and SLUG.match(aid)):
                err(f, "%s: bad id %r" % (w, aid))
            if aid in aids:
                err(f, "%s: duplicate id %r" % (w, aid))
            aids.add(aid)
            als = a.get("aliases")
            if not is_str_list(als):
                err(f, "%s: aliases must be a list of strings" % w)
                als = []
            for s in als:
                occurs(f, "%s alias" % w, s, text)
            if not (a.get("name") in text or any(s in text for s in als)):
                err(f, "%s: neither name nor any alias occurs" % w)
            if not isinstance(a.get("parties"), list):
                err(f, "%s: parties must be a list" % w)
            else:
                for c in a["parties"]:
                    check_iso(f, w + " party", c, nullable=False)
        # organizations
        oids = set()
        for i, o in enumerate(d["organizations"]):
            w = "organizations[%d]" % i
            if not check_keys(f, w, o, ORG):
                continue
            oid = o.get("id")
            if not (isinstance(oid, str) and SLUG.match(oid)):
                err(f, "%s: bad id %r" % (w, oid))
            if oid in oids:
                err(f, "%s: duplicate id %r" % (w, oid))
            oids.add(oid)
            als = o.get("aliases")
            if not is_str_list(als):
                err(f, "%s: aliases must be a list of strings" % w)
                als = []
            for s in als:
                occurs(f, "%s alias" % w, s, text)
            if not (o.get("name") in text or any(s in text for s in als)):
                err(f, "%s: neither name nor any alias occurs" % w)
            check_iso(f, w + " country", o.get("country"))
        # places
        pnames = set()
        for i, p in enumerate(d["places"]):
            w = "places[%d]" % i
            if not check_keys(f, w, p, PLACE):
                continue
            als = p.get("aliases")
            if not is_str_list(als):
                err(f, "%s: aliases must be a list of strings" % w)
                als = []
            for s in als:
                occurs(f, "%s alias" % w, s, text)
            if not (p.get("name") in text or any(s in text for s in als)):
                err(f, "%s: neither name nor any alias occurs" % w)
            check_iso(f, w + " country", p.get("country"))
            if p.get("name") in pnames:
                err(f, "%s: duplicate place %r" % (w, p.get("name")))
            pnames.add(p.get("name"))
        # meetings
        for i, m in enumerate(d["meetings"]):
            w = "meetings[%d]" % i
            if not check_keys(f, w, m, MEETING, MEETING_OPT):
                continue
            if m.get("kind") not in KINDS:
                err(f, "%s: kind %r not allowed" % (w, m.get("kind")))
            if not is_str_list(m.get("participants")):
                err(f, "%s: participants must be a list of strings" % w)
            else:
                for pid in m["participants"]:
                    if pid not in pids:
                        err(f, "%s: participant %r is not a listed person" % (w, pid))
                if len(set(m["participants"])) != len(m["participants"]):
                    err(f, "%s: duplicate participant" % w)
            if not isinstance(m.get("countries"), list):
                err(f, "%s: countries must be a list" % w)
            else:
                for c in m["countries"]:
                    check_iso(f, w + " country", c, nullable=False)
            if not valid_date(m.get("date")):
                err(f, "%s: invalid date %r" % (w, m.get("date")))
            pl = m.get("place")
            if pl is not None and pl not in pnames and pl not in cnames:
                err(f, "%s: place %r is not in places or countries" % (w, pl))
            if not is_str_list(m.get("topics")):
                err(f, "%s: topics must be a list of strings" % w)
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(f, "%s: topic %r not allowed" % (w, t))
            if not is_str_list(m.get("agreements")):
                err(f, "%s: agreements must be a list of strings" % w)
            else:
                for a in m["agreements"]:
                    if a not in aids:
                        err(f, "%s: agreement %r is not listed" % (w, a))
            occurs(f, w + " evidence", m.get("evidence"), text)
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, "%s: evidence_extra must be a list of strings" % w)
                else:
                    for e in m["evidence_extra"]:
                        occurs(f, w + " evidence_extra", e, text)
            if "note" in m and not isinstance(m["note"], str):
                err(f, "%s: note must be a string" % w)
        # meeting counts
        for i, c in enumerate(d["meeting_counts"]):
            w = "meeting_counts[%d]" % i
            if not check_keys(f, w, c, COUNT):
                continue
            if c.get("kind") not in KINDS:
                err(f, "%s: kind %r not allowed" % (w, c.get("kind")))
            cnt = c.get("count")
            if not (isinstance(cnt, int) and not isinstance(cnt, bool) and cnt > 0):
                err(f, "%s: count %r is not a positive integer" % (w, cnt))
            if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c.get("year"))):
                err(f, "%s: year %r is not YYYY" % (w, c.get("year")))
            occurs(f, w + " evidence", c.get("evidence"), text)
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
