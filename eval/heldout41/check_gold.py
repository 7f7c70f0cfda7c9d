#!/usr/bin/env python3
"""Consistency checker for the heldout41 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
The set directory (default: the directory of this script) must contain texts/ and gold/.
Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if there are errors.
"""
import json
import os
import re
import sys
from datetime import date

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

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
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"},
                 {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def valid_date(s):
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            date(int(y), int(mo), int(d))
        elif mo:
            if not 1 <= int(mo) <= 12:
                return False
    except ValueError:
        return False
    return 1900 <= int(y) <= 2100


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_iso(f, where, code, allow_null):
    if code is None:
        if not allow_null:
            err(f, f"{where}: country code is null")
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    texts = {os.path.splitext(n)[0] for n in os.listdir(tdir) if n.endswith(".txt")}
    golds = {os.path.splitext(n)[0] for n in os.listdir(gdir) if n.endswith(".json")}
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")
    person_names = {}   # id -> (name, file)
    org_names = {}
    agr_names = {}
    checked = 0
    for stem in sorted(golds & texts):
        f = stem + ".json"
        checked += 1
        text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        try:
            g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(f, "top level is not an object")
            continue
        if list(g.keys()) != TOP:
            if set(g.keys()) != set(TOP):
                err(f, f"top-level fields {sorted(g.keys())} differ from {TOP}")
        if g.get("doc") != stem + ".txt":
            err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year {g.get('year')!r} is not YYYY")
        for sec, (req, opt) in FIELDS.items():
            items = g.get(sec)
            if not isinstance(items, list):
                err(f, f"{sec} is not a list")
                g[sec] = []
                continue
            for i, it in enumerate(items):
                if not isinstance(it, dict):
                    err(f, f"{sec}[{i}] is not an object")
                    continue
                keys = set(it.keys())
                if not req <= keys:
                    err(f, f"{sec}[{i}] missing fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(f, f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_entity(sec, it, label):
            name = it.get("name")
            aliases = it.get("aliases", [])
            if not isinstance(name, str) or not name:
                err(f, f"{label}: name missing or empty")
            if not is_str_list(aliases):
                err(f, f"{label}: aliases is not a list of strings")
                aliases = []
            for a in aliases:
                if not occurs(a):
                    err(f, f"{label}: alias {a!r} does not occur in the text")
            if len(set(aliases)) != len(aliases):
                err(f, f"{label}: duplicate aliases")
            if not occurs(name) and not any(occurs(a) for a in aliases):
                err(f, f"{label}: neither name nor any alias occurs in the text")

        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            if not isinstance(p, dict):
                continue
            pid = p.get("id")
            label = f"persons[{i}] {pid}"
            if not isinstance(pid, str) or not SLUG.match(pid):
                err(f, f"{label}: id is not a slug")
            if pid in pids:
                err(f, f"{label}: duplicate person id")
            pids.add(pid)
            check_entity("persons", p, label)
            off = p.get("office")
            if off is not None and not occurs(off):
                err(f, f"{label}: office {off!r} does not occur in the text")
            check_iso(f, label, p.get("country"), True)
            if isinstance(pid, str):
                if pid in person_names and person_names[pid][0] != p.get("name"):
                    err(f, f"{label}: name {p.get('name')!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
                else:
                    person_names.setdefault(pid, (p.get("name"), f))
        # countries
        cnames, isos = set(), set()
        for i, c in enumerate(g["countries"]):
            if not isinstance(c, dict):
                continue
            label = f"countries[{i}] {c.get('name')}"
            check_entity("countries", c, label)
            check_iso(f, label, c.get("iso"), False)
            if c.get("iso") in isos:
                err(f, f"{label}: duplicate country iso")
            isos.add(c.get("iso"))
            cnames.add(c.get("name"))
        # regions
        for i, r in enumerate(g["regions"]):
            if isinstance(r, dict):
                check_entity("regions", r, f"regions[{i}] {r.get('name')}")
        # agreements
        aids = set()
        for i, a in enumerate(g["agreements"]):
            if not isinstance(a, dict):
                continue
            aid = a.get("id")
            label = f"agreements[{i}] {aid}"
            if not isinstance(aid, str) or not SLUG.match(aid):
                err(f, f"{label}: id is not a slug")
            if aid in aids:
                err(f, f"{label}: duplicate agreement id")
            aids.add(aid)
            check_entity("agreements", a, label)
            parties = a.get("parties")
            if not is_str_list(parties):
                err(f, f"{label}: parties is not a list of strings")
            else:
                for c in parties:
                    check_iso(f, label + " parties", c, False)
            if isinstance(aid, str):
                if aid in agr_names and agr_names[aid][0] != a.get("name"):
                    err(f, f"{label}: name differs from {agr_names[aid][0]!r} in {agr_names[aid][1]}")
                else:
                    agr_names.setdefault(aid, (a.get("name"), f))
        # organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            if not isinstance(o, dict):
                continue
            oid = o.get("id")
            label = f"organizations[{i}] {oid}"
            if not isinstance(oid, str) or not SLUG.match(oid):
                err(f, f"{label}: id is not a slug")
            if oid in oids:
                err(f, f"{label}: duplicate organization id")
            oids.add(oid)
            check_entity("organizations", o, label)
            check_iso(f, label, o.get("country"), True)
            if isinstance(oid, str):
                if oid in org_names and org_names[oid][0] != o.get("name"):
                    err(f, f"{label}: name differs from {org_names[oid][0]!r} in {org_names[oid][1]}")
                else:
                    org_names.setdefault(oid, (o.get("name"), f))
        # places
        plnames = set()
        for i, p in enumerate(g["places"]):
            if not isinstance(p, dict):
                continue
            label = f"places[{i}] {p.get('name')}"
            check_entity("places", p, label)
            check_iso(f, label, p.get("country"), True)
            if p.get("name") in plnames:
                err(f, f"{label}: duplicate place")
            plnames.add(p.get("name"))
        # meetings
        for i, m in enumerate(g["meetings"]):
            if not isinstance(m, dict):
                continue
            label = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(f, f"{label}: kind {m.get('kind')!r} not allowed")
            parts = m.get("participants")
            if not is_str_list(parts):
                err(f, f"{label}: participants is not a list of strings")
            else:
                for p in parts:
                    if p not in pids:
                        err(f, f"{label}: participant {p!r} is not a listed person")
                if len(set(parts)) != len(parts):
                    err(f, f"{label}: duplicate participants")
            cs = m.get("countries")
            if not is_str_list(cs):
                err(f, f"{label}: countries is not a list of strings")
            else:
                for c in cs:
                    check_iso(f, label + " countries", c, False)
            d = m.get("date")
            if d is not None and not valid_date(d):
                err(f, f"{label}: invalid date {d!r}")
            pl = m.get("place")
            if pl is not None and pl not in plnames and pl not in cnames:
                err(f, f"{label}: place {pl!r} is not a listed place or country name")
            tps = m.get("topics")
            if not is_str_list(tps):
                err(f, f"{label}: topics is not a list of strings")
            else:
                for t in tps:
                    if t not in TOPICS:
                        err(f, f"{label}: topic {t!r} not allowed")
            ags = m.get("agreements")
            if not is_str_list(ags):
                err(f, f"{label}: agreements is not a list of strings")
            else:
                for a in ags:
                    if a not in aids:
                        err(f, f"{label}: agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(f, f"{label}: evidence does not occur verbatim in the text")
            if "evidence_extra" in m:
                ex = m["evidence_extra"]
                if not is_str_list(ex):
                    err(f, f"{label}: evidence_extra is not a list of strings")
                else:
                    for e in ex:
                        if not occurs(e):
                            err(f, f"{label}: evidence_extra {e[:60]!r} does not occur verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{label}: note is not a string")
        # meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            if not isinstance(c, dict):
                continue
            label = f"meeting_counts[{i}]"
            if c.get("kind") not in KINDS:
                err(f, f"{label}: kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
                err(f, f"{label}: count is not a positive integer")
            if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{label}: year {c.get('year')!r} is not YYYY")
            if not occurs(c.get("evidence")):
                err(f, f"{label}: evidence does not occur verbatim in the text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
