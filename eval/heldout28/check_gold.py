#!/usr/bin/env python3
"""Consistency checker for the heldout28 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors".
Exits with status 1 if any error was found, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def valid_date(s):
    if not isinstance(s, str):
        return False
    m = DATE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            datetime.date(int(y), int(mo), int(d))
        elif mo:
            if not 1 <= int(mo) <= 12:
                return False
    except ValueError:
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i for i in x)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    errors = []

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        err(s + ".txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        f = stem + ".json"
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, f), encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as e:
            err(f, f"cannot parse JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(f, "top level is not an object")
            continue
        if list(g.keys()) != TOP_KEYS:
            err(f, f"top-level keys {list(g.keys())} differ from {TOP_KEYS}")
        if g.get("doc") != stem + ".txt":
            err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g.get("year", ""))):
            err(f, f"year {g.get('year')!r} is not YYYY")
        for k in TOP_KEYS[2:]:
            if not isinstance(g.get(k), list):
                err(f, f"{k} is not a list")
                g[k] = []

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_iso(where, code, allow_null=True):
            if code is None and allow_null:
                return
            if code not in ISO:
                err(f, f"{where}: invalid country code {code!r}")

        def check_names(where, e):
            aliases = e.get("aliases", [])
            if not is_str_list(aliases):
                err(f, f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            for a in aliases:
                if not occurs(a):
                    err(f, f"{where}: alias {a!r} not in text")
            if len(set(aliases)) != len(aliases):
                err(f, f"{where}: duplicate aliases")
            if not (occurs(e.get("name")) or any(occurs(a) for a in aliases)):
                err(f, f"{where}: neither name {e.get('name')!r} nor any alias occurs in text")

        def check_keys(where, e, req, opt=frozenset()):
            if not isinstance(e, dict):
                err(f, f"{where}: not an object")
                return False
            keys = set(e)
            if not req <= keys or not keys <= req | opt:
                err(f, f"{where}: keys {sorted(keys)} (required {sorted(req)}, optional {sorted(opt)})")
            if not isinstance(e.get("name", ""), str) or not e.get("name", "x"):
                err(f, f"{where}: name must be a non-empty string")
            return True

        # persons
        pids = set()
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}]"
            if not check_keys(w, p, PERSON_KEYS):
                continue
            pid = p.get("id")
            w = f"person {pid}"
            if not (isinstance(pid, str) and SLUG.match(pid)):
                err(f, f"{w}: id is not a slug")
            if pid in pids:
                err(f, f"{w}: duplicate person id")
            pids.add(pid)
            check_names(w, p)
            office = p.get("office")
            if office is not None and not occurs(office):
                err(f, f"{w}: office {office!r} not in text")
            check_iso(w, p.get("country"))
            prev = person_names.get(pid)
            if prev and prev[0] != p.get("name"):
                err(f, f"{w}: name {p.get('name')!r} differs from {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[pid] = (p.get("name"), f)

        # countries
        cnames, cisos = set(), set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}]"
            if not check_keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            w = f"country {c.get('name')}"
            check_iso(w, c.get("iso"), allow_null=False)
            if c.get("iso") in cisos:
                err(f, f"{w}: duplicate iso {c.get('iso')}")
            cisos.add(c.get("iso"))
            cnames.add(c.get("name"))
            check_names(w, c)

        # regions
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}]"
            if check_keys(w, r, REGION_REQ, REGION_OPT):
                check_names(f"region {r.get('name')}", r)

        # agreements
        aids = set()
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(w, a, AGREEMENT_KEYS):
                continue
            aid = a.get("id")
            w = f"agreement {aid}"
            if not (isinstance(aid, str) and SLUG.match(aid)):
                err(f, f"{w}: id is not a slug")
            if aid in aids:
                err(f, f"{w}: duplicate agreement id")
            aids.add(aid)
            check_names(w, a)
            parties = a.get("parties")
            if not isinstance(parties, list):
                err(f, f"{w}: parties is not a list")
            else:
                for code in parties:
                    check_iso(w, code, allow_null=False)

        # organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(w, o, ORG_KEYS):
                continue
            oid = o.get("id")
            w = f"organization {oid}"
            if not (isinstance(oid, str) and SLUG.match(oid)):
                err(f, f"{w}: id is not a slug")
            if oid in oids:
                err(f, f"{w}: duplicate organization id")
            oids.add(oid)
            check_names(w, o)
            check_iso(w, o.get("country"))

        # places
        pnames = set()
        for i, pl in enumerate(g["places"]):
            w = f"places[{i}]"
            if not check_keys(w, pl, PLACE_KEYS):
                continue
            w = f"place {pl.get('name')}"
            if pl.get("name") in pnames:
                err(f, f"{w}: duplicate place")
            pnames.add(pl.get("name"))
            check_names(w, pl)
            check_iso(w, pl.get("country"))

        # meetings
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not isinstance(m, dict):
                err(f, f"{w}: not an object")
                continue
            keys = set(m)
            if not MEETING_REQ <= keys or not keys <= MEETING_REQ | MEETING_OPT:
                err(f, f"{w}: keys {sorted(keys)}")
            if m.get("kind") not in KINDS:
                err(f, f"{w}: invalid kind {m.get('kind')!r}")
            parts = m.get("participants")
            if not isinstance(parts, list):
                err(f, f"{w}: participants is not a list")
                parts = []
            for pid in parts:
                if pid not in pids:
                    err(f, f"{w}: participant {pid!r} is not a listed person")
            if len(set(parts)) != len(parts):
                err(f, f"{w}: duplicate participants")
            mc = m.get("countries")
            if not isinstance(mc, list):
                err(f, f"{w}: countries is not a list")
            else:
                for code in mc:
                    check_iso(w, code, allow_null=False)
            d = m.get("date")
            if d is not None and not valid_date(d):
                err(f, f"{w}: invalid date {d!r}")
            place = m.get("place")
            if place is not None and place not in pnames and place not in cnames:
                err(f, f"{w}: place {place!r} is not a listed place or country name")
            tops = m.get("topics")
            if not isinstance(tops, list):
                err(f, f"{w}: topics is not a list")
            else:
                for t in tops:
                    if t not in TOPICS:
                        err(f, f"{w}: invalid topic {t!r}")
            ags = m.get("agreements")
            if not isinstance(ags, list):
                err(f, f"{w}: agreements is not a list")
            else:
                for a in ags:
                    if a not in aids:
                        err(f, f"{w}: agreement {a!r} is not listed")
            if not occurs(m.get("evidence")):
                err(f, f"{w}: evidence not verbatim in text: {str(m.get('evidence'))[:60]!r}")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, f"{w}: evidence_extra must be a list of strings")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(f, f"{w}: evidence_extra not verbatim in text: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")

        # meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not isinstance(c, dict) or set(c) != COUNT_KEYS:
                err(f, f"{w}: keys must be {sorted(COUNT_KEYS)}")
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: invalid kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year {c['year']!r} is not YYYY")
            if not occurs(c["evidence"]):
                err(f, f"{w}: evidence not verbatim in text")

    for e in errors:
        print(e)
    n = len(set(texts) | set(golds))
    print(f"checked {n} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
