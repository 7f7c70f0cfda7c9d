#!/usr/bin/env python3
"""Checker for the heldout119 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import calendar
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
COUNTRY = ["name", "iso", "aliases"]            # aliases optional
REGION = ["name", "aliases"]                    # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]            # + optional evidence_extra, note
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
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO.add("SU")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


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


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        bad(where, "not an object")
        return False
    keys = list(obj.keys())
    req = [k for k in keys if k in required]
    if req != list(required):
        bad(where, f"fields {keys} do not match required {list(required)} in order")
        return False
    rest = keys[len(required):]
    if keys[:len(required)] != list(required):
        bad(where, f"required fields not first / in order: {keys}")
        return False
    opt_order = [k for k in optional if k in rest]
    if rest != opt_order:
        bad(where, f"unexpected or misordered optional fields: {rest}")
        return False
    return True


def str_list(where, v, name):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        bad(where, f"{name} must be a list of strings")
        return False
    return True


def check_iso(where, code, allow_null=True):
    if code is None:
        if not allow_null:
            bad(where, "ISO code is null")
        return
    if code not in ISO:
        bad(where, f"invalid ISO code {code!r}")


def surface(where, text, ent, kind):
    name = ent.get("name")
    aliases = ent.get("aliases", []) or []
    for a in aliases:
        if isinstance(a, str) and a not in text:
            bad(where, f"{kind} alias {a!r} not found verbatim in text")
    if not (isinstance(name, str) and name in text) and not any(isinstance(a, str) and a in text for a in aliases):
        bad(where, f"{kind} {name!r}: neither name nor any alias occurs in text")


def main():
    txts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in sorted(set(txts) - set(golds)):
        bad(s, "text has no gold file")
    for s in sorted(set(golds) - set(txts)):
        bad(s, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        gpath = os.path.join(GOLD, stem + ".json")
        tpath = os.path.join(TEXTS, stem + ".txt")
        where = stem
        try:
            with open(gpath, encoding="utf-8") as fh:
                g = json.load(fh)
        except Exception as e:  # noqa
            bad(where, f"cannot parse JSON: {e}")
            continue
        checked += 1
        text = ""
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as fh:
                text = fh.read()
            n = len(text.split())
            if not 550 <= n <= 950:
                bad(where, f"text has {n} words (need 550-950)")
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            bad(where, f"top-level fields {list(g.keys()) if isinstance(g, dict) else type(g)} != {TOP}")
            if not isinstance(g, dict):
                continue
        if g.get("doc") != stem + ".txt":
            bad(where, f"doc {g.get('doc')!r} does not name the text {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g["year"])):
            bad(where, f"year {g.get('year')!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(g.get(k), list):
                bad(where, f"{k} must be a list")
                g[k] = []
        ids = set()
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"{where} persons[{i}]"
            if not check_keys(w, p, PERSON):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                bad(w, f"id {p['id']!r} is not a slug")
            if p["id"] in pids:
                bad(w, f"duplicate person id {p['id']}")
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                bad(w, "name must be a non-empty string")
            str_list(w, p["aliases"], "aliases")
            if p["office"] is not None:
                if not isinstance(p["office"], str):
                    bad(w, "office must be string or null")
                elif p["office"] not in text:
                    bad(w, f"office {p['office']!r} not found verbatim in text")
            check_iso(w, p["country"])
            surface(w, text, p, "person")
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                bad(w, f"person {p['id']} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            else:
                person_names.setdefault(p["id"], (p["name"], stem))
        cnames = set()
        for i, c in enumerate(g["countries"]):
            w = f"{where} countries[{i}]"
            if not check_keys(w, c, COUNTRY[:2], ["aliases"]):
                continue
            check_iso(w, c["iso"], allow_null=False)
            if "aliases" in c:
                str_list(w, c["aliases"], "aliases")
            cnames.add(c["name"])
            surface(w, text, c, "country")
        for i, r in enumerate(g["regions"]):
            w = f"{where} regions[{i}]"
            if not check_keys(w, r, REGION[:1], ["aliases"]):
                continue
            if "aliases" in r:
                str_list(w, r["aliases"], "aliases")
            surface(w, text, r, "region")
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"{where} agreements[{i}]"
            if not check_keys(w, a, AGREEMENT):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                bad(w, f"id {a['id']!r} is not a slug")
            if a["id"] in aids:
                bad(w, f"duplicate agreement id {a['id']}")
            aids.add(a["id"])
            str_list(w, a["aliases"], "aliases")
            if str_list(w, a["parties"], "parties"):
                for code in a["parties"]:
                    check_iso(w, code, allow_null=False)
            surface(w, text, a, "agreement")
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"{where} organizations[{i}]"
            if not check_keys(w, o, ORG):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                bad(w, f"id {o['id']!r} is not a slug")
            if o["id"] in oids:
                bad(w, f"duplicate organization id {o['id']}")
            oids.add(o["id"])
            str_list(w, o["aliases"], "aliases")
            check_iso(w, o["country"])
            surface(w, text, o, "organization")
        plnames = set()
        for i, pl in enumerate(g["places"]):
            w = f"{where} places[{i}]"
            if not check_keys(w, pl, PLACE):
                continue
            str_list(w, pl["aliases"], "aliases")
            check_iso(w, pl["country"])
            if pl["name"] in plnames:
                bad(w, f"duplicate place {pl['name']}")
            plnames.add(pl["name"])
            surface(w, text, pl, "place")
        for i, m in enumerate(g["meetings"]):
            w = f"{where} meetings[{i}]"
            if not check_keys(w, m, MEETING, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                bad(w, f"kind {m['kind']!r} not allowed")
            if str_list(w, m["participants"], "participants"):
                for pid in m["participants"]:
                    if pid not in pids:
                        bad(w, f"participant {pid!r} is not a person in this file")
                if len(set(m["participants"])) != len(m["participants"]):
                    bad(w, "duplicate participant")
            if str_list(w, m["countries"], "countries"):
                for code in m["countries"]:
                    check_iso(w, code, allow_null=False)
            if not valid_date(m["date"]):
                bad(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in plnames | cnames:
                bad(w, f"place {m['place']!r} is not in places or countries")
            if str_list(w, m["topics"], "topics"):
                for t in m["topics"]:
                    if t not in TOPICS:
                        bad(w, f"topic {t!r} not allowed")
            if str_list(w, m["agreements"], "agreements"):
                for aid in m["agreements"]:
                    if aid not in aids:
                        bad(w, f"agreement {aid!r} is not listed in agreements")
            if not (isinstance(m["evidence"], str) and m["evidence"] and m["evidence"] in text):
                bad(w, f"evidence not found verbatim: {str(m['evidence'])[:80]!r}")
            if "evidence_extra" in m and str_list(w, m["evidence_extra"], "evidence_extra"):
                for e in m["evidence_extra"]:
                    if e not in text:
                        bad(w, f"evidence_extra not found verbatim: {e[:80]!r}")
            if "note" in m and not isinstance(m["note"], str):
                bad(w, "note must be a string")
        for i, c in enumerate(g["meeting_counts"]):
            w = f"{where} meeting_counts[{i}]"
            if not check_keys(w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                bad(w, f"kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                bad(w, f"count {c['count']!r} is not a positive integer")
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                bad(w, f"year {c['year']!r} is not YYYY")
            if not (isinstance(c["evidence"], str) and c["evidence"] in text):
                bad(w, "evidence not found verbatim")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
