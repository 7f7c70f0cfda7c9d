#!/usr/bin/env python3
"""Checker for the heldout134 gold files (Python 3 standard library only).

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
FIELDS = {
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

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if da is not None and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def check_order(f, where, obj, required, optional):
    if not isinstance(obj, dict):
        err(f, "%s is not an object" % where)
        return False
    keys = list(obj.keys())
    allowed = required + optional
    for k in keys:
        if k not in allowed:
            err(f, "%s has unexpected field %r" % (where, k))
    for k in required:
        if k not in obj:
            err(f, "%s lacks field %r" % (where, k))
    order = [k for k in allowed if k in obj]
    if [k for k in keys if k in allowed] != order:
        err(f, "%s fields out of order: %s" % (where, keys))
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


texts = sorted(n for n in os.listdir(TEXTS) if n.endswith(".txt"))
golds = sorted(n for n in os.listdir(GOLD) if n.endswith(".json"))
tstems = {n[:-4] for n in texts}
gstems = {n[:-5] for n in golds}
for s in sorted(tstems - gstems):
    err(s, "text has no gold file")
for s in sorted(gstems - tstems):
    err(s, "gold file has no text")

person_names = {}  # id -> (name, file)

for g in golds:
    stem = g[:-5]
    f = g
    try:
        d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    except Exception as e:  # noqa
        err(f, "cannot parse JSON: %s" % e)
        continue
    text = ""
    if stem in tstems:
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        nw = len(text.split())
        if not 550 <= nw <= 950:
            err(f, "text has %d words (needs 550-950)" % nw)
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(f, "top-level fields must be exactly %s, got %s" % (TOP, list(d.keys()) if isinstance(d, dict) else type(d)))
        if not isinstance(d, dict):
            continue
    if d.get("doc") != stem + ".txt":
        err(f, "doc %r does not name the text" % d.get("doc"))
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year"))):
        err(f, "year %r is not YYYY" % d.get("year"))

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    ids = set()
    for sec in ["persons", "countries", "regions", "agreements", "organizations", "places",
                "meetings", "meeting_counts"]:
        if not isinstance(d.get(sec), list):
            err(f, "%s is not a list" % sec)
            d[sec] = []
    # entities
    for sec in ["persons", "countries", "regions", "agreements", "organizations", "places"]:
        req, opt = FIELDS[sec]
        if sec in ("regions", "countries"):
            pass
        for i, e in enumerate(d[sec]):
            where = "%s[%d]" % (sec, i)
            if not check_order(f, where, e, req, opt):
                continue
            name = e.get("name")
            if not isinstance(name, str) or not name:
                err(f, "%s has no name" % where)
            al = e.get("aliases", [])
            if not is_str_list(al):
                err(f, "%s aliases not a list of strings" % where)
                al = []
            for a in al:
                if not occurs(a):
                    err(f, "%s alias %r not in text" % (where, a))
            if not (occurs(name) or any(occurs(a) for a in al)):
                err(f, "%s: neither name %r nor an alias occurs in text" % (where, name))
            if "id" in e:
                if not (isinstance(e["id"], str) and SLUG.match(e["id"])):
                    err(f, "%s id %r is not a slug" % (where, e["id"]))
                if e["id"] in ids:
                    err(f, "%s duplicate id %r" % (where, e["id"]))
                ids.add(e["id"])
            if sec == "persons":
                off = e.get("office")
                if off is not None and not occurs(off):
                    err(f, "%s office %r not in text" % (where, off))
                c = e.get("country")
                if c is not None and c not in ISO:
                    err(f, "%s country %r not ISO" % (where, c))
                pid = e.get("id")
                if pid in person_names and person_names[pid][0] != name:
                    err(f, "person %s named %r here but %r in %s" % (pid, name, person_names[pid][0], person_names[pid][1]))
                person_names.setdefault(pid, (name, f))
            if sec == "countries":
                if e.get("iso") not in ISO:
                    err(f, "%s iso %r not ISO" % (where, e.get("iso")))
            if sec in ("organizations", "places"):
                c = e.get("country")
                if c is not None and c not in ISO:
                    err(f, "%s country %r not ISO" % (where, c))
            if sec == "agreements":
                p = e.get("parties")
                if not is_str_list(p):
                    err(f, "%s parties not a list" % where)
                else:
                    for c in p:
                        if c not in ISO:
                            err(f, "%s party %r not ISO" % (where, c))
    pids = {e.get("id") for e in d["persons"] if isinstance(e, dict)}
    aids = {e.get("id") for e in d["agreements"] if isinstance(e, dict)}
    place_names = {e.get("name") for e in d["places"] if isinstance(e, dict)} | \
                  {e.get("name") for e in d["countries"] if isinstance(e, dict)}
    for i, m in enumerate(d["meetings"]):
        where = "meetings[%d]" % i
        if not check_order(f, where, m, *FIELDS["meetings"]):
            continue
        if m.get("kind") not in KINDS:
            err(f, "%s kind %r not allowed" % (where, m.get("kind")))
        if not is_str_list(m.get("participants")):
            err(f, "%s participants not a list" % where)
        else:
            for p in m["participants"]:
                if p not in pids:
                    err(f, "%s participant %r not in persons" % (where, p))
        if not is_str_list(m.get("countries")):
            err(f, "%s countries not a list" % where)
        else:
            for c in m["countries"]:
                if c not in ISO:
                    err(f, "%s country %r not ISO" % (where, c))
        if not valid_date(m.get("date")):
            err(f, "%s bad date %r" % (where, m.get("date")))
        if m.get("place") is not None and m.get("place") not in place_names:
            err(f, "%s place %r not in places/countries" % (where, m.get("place")))
        if not is_str_list(m.get("topics")):
            err(f, "%s topics not a list" % where)
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f, "%s topic %r not allowed" % (where, t))
        if not is_str_list(m.get("agreements")):
            err(f, "%s agreements not a list" % where)
        else:
            for a in m["agreements"]:
                if a not in aids:
                    err(f, "%s agreement %r not in agreements" % (where, a))
        if not occurs(m.get("evidence")):
            err(f, "%s evidence not verbatim in text: %r" % (where, m.get("evidence")))
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f, "%s evidence_extra not a list" % where)
            else:
                for s in m["evidence_extra"]:
                    if not occurs(s):
                        err(f, "%s evidence_extra not verbatim: %r" % (where, s))
        if "note" in m and not isinstance(m["note"], str):
            err(f, "%s note not a string" % where)
    for i, c in enumerate(d["meeting_counts"]):
        where = "meeting_counts[%d]" % i
        if not check_order(f, where, c, *FIELDS["meeting_counts"]):
            continue
        if c.get("kind") not in KINDS:
            err(f, "%s kind %r not allowed" % (where, c.get("kind")))
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
            err(f, "%s count %r not a positive integer" % (where, c.get("count")))
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f, "%s year %r not YYYY" % (where, c.get("year")))
        if not occurs(c.get("evidence")):
            err(f, "%s evidence not verbatim: %r" % (where, c.get("evidence")))

for e in errors:
    print(e)
n = len(set(texts) | {g[:-5] + ".txt" for g in golds})
print("checked %d files: %d errors" % (n, len(errors)))
sys.exit(1 if errors else 0)
