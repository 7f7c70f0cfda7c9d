#!/usr/bin/env python3
"""Checker for the heldout123 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []


def err(f, msg):
    problems.append(f"{f}: {msg}")


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


def check_fields(f, section, i, entry):
    req, opt = FIELDS[section]
    if not isinstance(entry, dict):
        err(f, f"{section}[{i}] is not an object")
        return False
    keys = list(entry.keys())
    if keys[:len(req)] != req:
        err(f, f"{section}[{i}] fields {keys} do not start with {req}")
        return False
    rest = keys[len(req):]
    order = [k for k in opt if k in rest]
    if rest != order or any(k not in opt for k in rest):
        err(f, f"{section}[{i}] has unexpected or misordered fields {rest}")
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


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
        f = stem + ".json"
        checked += 1
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"cannot parse JSON: {e}")
            continue
        tpath = os.path.join(TEXTS, stem + ".txt")
        text = open(tpath, encoding="utf-8").read() if os.path.exists(tpath) else ""
        if text:
            n = len(text.split())
            if not 550 <= n <= 950:
                err(f, f"text has {n} words (allowed 550-950)")
        if list(g.keys()) != TOP:
            err(f, f"top-level fields {list(g.keys())} != {TOP}")
            continue
        if g["doc"] != stem + ".txt":
            err(f, f"doc {g['doc']!r} does not name the text")
        if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year {g['year']!r} is not YYYY")
        for sec in TOP[2:]:
            if not isinstance(g[sec], list):
                err(f, f"{sec} is not a list")
                g[sec] = []

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        ids = set()
        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            if not check_fields(f, "persons", i, p):
                continue
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(f, f"person id {p['id']!r} is not a slug")
            if p["id"] in pids:
                err(f, f"duplicate person id {p['id']}")
            pids.add(p["id"])
            if not is_str_list(p["aliases"]):
                err(f, f"person {p['id']} aliases not a list of strings")
                p["aliases"] = []
            for a in p["aliases"]:
                if not occurs(a):
                    err(f, f"person {p['id']} alias {a!r} not in text")
            if not (occurs(p["name"]) or any(occurs(a) for a in p["aliases"])):
                err(f, f"person {p['id']}: neither name nor any alias occurs")
            if p["office"] is not None and not occurs(p["office"]):
                err(f, f"person {p['id']} office {p['office']!r} not in text")
            if p["country"] is not None and p["country"] not in ISO:
                err(f, f"person {p['id']} country {p['country']!r} not ISO")
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"person {p['id']} name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
            else:
                person_names.setdefault(p["id"], (p["name"], f))
        # countries
        cnames = set()
        for i, c in enumerate(g["countries"]):
            if not check_fields(f, "countries", i, c):
                continue
            if c["iso"] not in ISO:
                err(f, f"country {c['name']} iso {c['iso']!r} not ISO")
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(f, f"country {c['name']} aliases not a list of strings")
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f"country {c['name']} alias {a!r} not in text")
            if not (occurs(c["name"]) or any(occurs(a) for a in al)):
                err(f, f"country {c['name']}: neither name nor any alias occurs")
            cnames.add(c["name"])
        for i, r in enumerate(g["regions"]):
            if not check_fields(f, "regions", i, r):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(f, f"region {r['name']} aliases not a list of strings")
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f"region {r['name']} alias {a!r} not in text")
            if not (occurs(r["name"]) or any(occurs(a) for a in al)):
                err(f, f"region {r['name']}: neither name nor any alias occurs")
        aids = set()
        for i, a in enumerate(g["agreements"]):
            if not check_fields(f, "agreements", i, a):
                continue
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(f, f"agreement id {a['id']!r} is not a slug")
            if a["id"] in aids:
                err(f, f"duplicate agreement id {a['id']}")
            aids.add(a["id"])
            if not is_str_list(a["aliases"]):
                err(f, f"agreement {a['id']} aliases not a list of strings")
                a["aliases"] = []
            for s in a["aliases"]:
                if not occurs(s):
                    err(f, f"agreement {a['id']} alias {s!r} not in text")
            if not (occurs(a["name"]) or any(occurs(s) for s in a["aliases"])):
                err(f, f"agreement {a['id']}: neither name nor any alias occurs")
            if not is_str_list(a["parties"]) or any(x not in ISO for x in a["parties"]):
                err(f, f"agreement {a['id']} parties {a['parties']!r} not ISO codes")
        oids = set()
        for i, o in enumerate(g["organizations"]):
            if not check_fields(f, "organizations", i, o):
                continue
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(f, f"organization id {o['id']!r} is not a slug")
            if o["id"] in oids:
                err(f, f"duplicate organization id {o['id']}")
            oids.add(o["id"])
            if not is_str_list(o["aliases"]):
                err(f, f"organization {o['id']} aliases not a list of strings")
                o["aliases"] = []
            for s in o["aliases"]:
                if not occurs(s):
                    err(f, f"organization {o['id']} alias {s!r} not in text")
            if not (occurs(o["name"]) or any(occurs(s) for s in o["aliases"])):
                err(f, f"organization {o['id']}: neither name nor any alias occurs")
            if o["country"] is not None and o["country"] not in ISO:
                err(f, f"organization {o['id']} country {o['country']!r} not ISO")
        plnames = set()
        for i, p in enumerate(g["places"]):
            if not check_fields(f, "places", i, p):
                continue
            if not is_str_list(p["aliases"]):
                err(f, f"place {p['name']} aliases not a list of strings")
                p["aliases"] = []
            for s in p["aliases"]:
                if not occurs(s):
                    err(f, f"place {p['name']} alias {s!r} not in text")
            if not (occurs(p["name"]) or any(occurs(s) for s in p["aliases"])):
                err(f, f"place {p['name']}: neither name nor any alias occurs")
            if p["country"] is not None and p["country"] not in ISO:
                err(f, f"place {p['name']} country {p['country']!r} not ISO")
            if p["name"] in plnames:
                err(f, f"duplicate place {p['name']}")
            plnames.add(p["name"])
        for i, m in enumerate(g["meetings"]):
            if not check_fields(f, "meetings", i, m):
                continue
            tag = f"meeting[{i}]"
            if m["kind"] not in KINDS:
                err(f, f"{tag} kind {m['kind']!r} not allowed")
            if not is_str_list(m["participants"]):
                err(f, f"{tag} participants not a list of strings")
            else:
                for p in m["participants"]:
                    if p not in pids:
                        err(f, f"{tag} participant {p!r} not in persons")
            if not is_str_list(m["countries"]) or any(c not in ISO for c in m["countries"]):
                err(f, f"{tag} countries {m['countries']!r} not ISO codes")
            if not valid_date(m["date"]):
                err(f, f"{tag} date {m['date']!r} invalid")
            if m["place"] is not None and m["place"] not in plnames and m["place"] not in cnames:
                err(f, f"{tag} place {m['place']!r} not in places or countries")
            if not is_str_list(m["topics"]) or any(t not in TOPICS for t in m["topics"]):
                err(f, f"{tag} topics {m['topics']!r} not allowed")
            if not is_str_list(m["agreements"]) or any(a not in aids for a in m["agreements"]):
                err(f, f"{tag} agreements {m['agreements']!r} do not resolve")
            if not occurs(m["evidence"]):
                err(f, f"{tag} evidence not found verbatim in text")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, f"{tag} evidence_extra not a list of strings")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(f, f"{tag} evidence_extra {e[:60]!r} not found verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{tag} note is not a string")
        for i, c in enumerate(g["meeting_counts"]):
            if not check_fields(f, "meeting_counts", i, c):
                continue
            if c["kind"] not in KINDS:
                err(f, f"meeting_counts[{i}] kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"meeting_counts[{i}] count {c['count']!r} not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"meeting_counts[{i}] year {c['year']!r} not YYYY")
            if not occurs(c["evidence"]):
                err(f, f"meeting_counts[{i}] evidence not found verbatim")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
