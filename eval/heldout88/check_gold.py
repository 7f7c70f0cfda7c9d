#!/usr/bin/env python3
"""Checker for the heldout88 gold files (Python 3 standard library only).

Usage: python3 check_gold.py
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
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
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
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


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


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_fields(where, entry, section):
    req, opt = FIELDS[section]
    if not isinstance(entry, dict):
        err(where, "entry is not an object")
        return False
    keys = list(entry.keys())
    expected = req + [k for k in opt if k in entry]
    if keys != expected:
        err(where, f"fields {keys} != expected {expected}")
        return False
    return True


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
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(stem, f"text has {n} words (need 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, stem + ".json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(stem, f"invalid JSON: {e}")
            continue
        if list(g.keys()) != TOP:
            err(stem, f"top-level fields {list(g.keys())} != {TOP}")
            continue
        if g["doc"] != stem + ".txt":
            err(stem, f"doc is {g['doc']!r}")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
            err(stem, f"year {g['year']!r} is not YYYY")
        for sec in TOP[2:]:
            if not isinstance(g[sec], list):
                err(stem, f"{sec} is not a list")
        # names usable as meeting places
        place_names = set()
        # ---- persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"{stem} persons[{i}]"
            if not check_fields(w, p, "persons"):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(w, f"bad id {p['id']!r}")
            if p["id"] in pids:
                err(w, f"duplicate person id {p['id']}")
            pids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                err(w, "name missing")
            if not is_str_list(p["aliases"]):
                err(w, "aliases not a list of strings")
            else:
                for a in p["aliases"]:
                    if a not in text:
                        err(w, f"alias {a!r} not in text")
                if p["name"] not in text and not any(a in text for a in p["aliases"]):
                    err(w, "neither name nor any alias occurs in text")
            if p["office"] is not None and (not isinstance(p["office"], str) or p["office"] not in text):
                err(w, f"office {p['office']!r} not in text")
            if p["country"] is not None and p["country"] not in ISO:
                err(w, f"bad country {p['country']!r}")
            prev = person_names.get(p["id"])
            if prev is not None and prev[0] != p["name"]:
                err(w, f"id {p['id']} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            person_names.setdefault(p["id"], (p["name"], stem))
        # ---- countries
        for i, c in enumerate(g["countries"]):
            w = f"{stem} countries[{i}]"
            if not check_fields(w, c, "countries"):
                continue
            if c["iso"] not in ISO:
                err(w, f"bad iso {c['iso']!r}")
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(w, "aliases not a list of strings")
                al = []
            for a in al:
                if a not in text:
                    err(w, f"alias {a!r} not in text")
            if c["name"] not in text and not any(a in text for a in al):
                err(w, f"country {c['name']!r}: neither name nor alias in text")
            place_names.add(c["name"])
        # ---- regions
        for i, r in enumerate(g["regions"]):
            w = f"{stem} regions[{i}]"
            if not check_fields(w, r, "regions"):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(w, "aliases not a list of strings")
                al = []
            for a in al:
                if a not in text:
                    err(w, f"alias {a!r} not in text")
            if r["name"] not in text and not any(a in text for a in al):
                err(w, f"region {r['name']!r}: neither name nor alias in text")
        # ---- agreements
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"{stem} agreements[{i}]"
            if not check_fields(w, a, "agreements"):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(w, f"bad id {a['id']!r}")
            if a["id"] in aids:
                err(w, f"duplicate agreement id {a['id']}")
            aids.add(a["id"])
            if not is_str_list(a["aliases"]):
                err(w, "aliases not a list of strings")
            else:
                for x in a["aliases"]:
                    if x not in text:
                        err(w, f"alias {x!r} not in text")
                if a["name"] not in text and not any(x in text for x in a["aliases"]):
                    err(w, "neither name nor alias in text")
            if not is_str_list(a["parties"]) or any(x not in ISO for x in a["parties"]):
                err(w, f"bad parties {a['parties']!r}")
        # ---- organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"{stem} organizations[{i}]"
            if not check_fields(w, o, "organizations"):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(w, f"bad id {o['id']!r}")
            if o["id"] in oids:
                err(w, f"duplicate organization id {o['id']}")
            oids.add(o["id"])
            if not is_str_list(o["aliases"]):
                err(w, "aliases not a list of strings")
            else:
                for x in o["aliases"]:
                    if x not in text:
                        err(w, f"alias {x!r} not in text")
                if o["name"] not in text and not any(x in text for x in o["aliases"]):
                    err(w, "neither name nor alias in text")
            if o["country"] is not None and o["country"] not in ISO:
                err(w, f"bad country {o['country']!r}")
        # ---- places
        for i, p in enumerate(g["places"]):
            w = f"{stem} places[{i}]"
            if not check_fields(w, p, "places"):
                continue
            if not is_str_list(p["aliases"]):
                err(w, "aliases not a list of strings")
            else:
                for x in p["aliases"]:
                    if x not in text:
                        err(w, f"alias {x!r} not in text")
                if p["name"] not in text and not any(x in text for x in p["aliases"]):
                    err(w, f"place {p['name']!r}: neither name nor alias in text")
            if p["country"] is not None and p["country"] not in ISO:
                err(w, f"bad country {p['country']!r}")
            place_names.add(p["name"])
        # ---- meetings
        for i, m in enumerate(g["meetings"]):
            w = f"{stem} meetings[{i}]"
            if not check_fields(w, m, "meetings"):
                continue
            if m["kind"] not in KINDS:
                err(w, f"bad kind {m['kind']!r}")
            if not is_str_list(m["participants"]):
                err(w, "participants not a list of strings")
            else:
                for x in m["participants"]:
                    if x not in pids:
                        err(w, f"participant {x!r} not in persons")
                if len(set(m["participants"])) != len(m["participants"]):
                    err(w, "duplicate participant")
            if not is_str_list(m["countries"]) or any(x not in ISO for x in m["countries"]):
                err(w, f"bad countries {m['countries']!r}")
            if not valid_date(m["date"]):
                err(w, f"bad date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names:
                err(w, f"place {m['place']!r} not in places or countries")
            if not is_str_list(m["topics"]) or any(t not in TOPICS for t in m["topics"]):
                err(w, f"bad topics {m['topics']!r}")
            if not is_str_list(m["agreements"]) or any(x not in aids for x in m["agreements"]):
                err(w, f"agreements {m['agreements']!r} do not resolve")
            if not isinstance(m["evidence"], str) or not m["evidence"] or m["evidence"] not in text:
                err(w, "evidence not verbatim in text")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(w, "evidence_extra not a list of strings")
                else:
                    for x in m["evidence_extra"]:
                        if x not in text:
                            err(w, f"evidence_extra not verbatim: {x[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(w, "note not a string")
        # ---- meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"{stem} meeting_counts[{i}]"
            if not check_fields(w, c, "meeting_counts"):
                continue
            if c["kind"] not in KINDS:
                err(w, f"bad kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(w, f"count {c['count']!r} is not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(w, f"year {c['year']!r} is not YYYY")
            if not isinstance(c["evidence"], str) or c["evidence"] not in text:
                err(w, "evidence not verbatim in text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
