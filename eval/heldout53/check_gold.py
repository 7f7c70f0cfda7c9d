#!/usr/bin/env python3
"""Consistency checker for the heldout53 gold annotations (standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def valid_date(s):
    m = DATE.match(s) if isinstance(s, str) else None
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            datetime.date(int(y), int(mo), int(d))
        elif mo and not 1 <= int(mo) <= 12:
            return False
    except ValueError:
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_file(fname, gold, text, person_names):
    # top-level fields
    if not isinstance(gold, dict):
        err(fname, "top level is not an object")
        return
    if list(gold.keys()) != TOP:
        missing = [k for k in TOP if k not in gold]
        extra = [k for k in gold if k not in TOP]
        if missing or extra:
            err(fname, f"top-level fields: missing {missing}, unexpected {extra}")
        else:
            err(fname, "top-level fields are not in the documented order")
    stem = os.path.splitext(fname)[0]
    if gold.get("doc") != stem + ".txt":
        err(fname, f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and re.match(r"^\d{4}$", gold.get("year", ""))):
        err(fname, f"year {gold.get('year')!r} is not a four-digit string")

    for sect, (req, opt) in FIELDS.items():
        items = gold.get(sect)
        if not isinstance(items, list):
            err(fname, f"{sect} is not a list")
            gold[sect] = []
            continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                err(fname, f"{sect}[{i}] is not an object")
                continue
            keys = set(it)
            if not req <= keys:
                err(fname, f"{sect}[{i}] missing fields {sorted(req - keys)}")
            if keys - req - opt:
                err(fname, f"{sect}[{i}] unexpected fields {sorted(keys - req - opt)}")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_aliases(sect, i, it, label):
        aliases = it.get("aliases", [])
        if not is_str_list(aliases):
            err(fname, f"{sect}[{i}] {label}: aliases must be a list of strings")
            aliases = []
        for a in aliases:
            if not occurs(a):
                err(fname, f"{sect}[{i}] {label}: alias {a!r} not found verbatim in text")
        if len(set(aliases)) != len(aliases):
            err(fname, f"{sect}[{i}] {label}: duplicate aliases")
        if not occurs(it.get("name")) and not any(occurs(a) for a in aliases):
            err(fname, f"{sect}[{i}] {label}: neither name nor any alias occurs in text")

    # persons
    pids = set()
    for i, p in enumerate(gold["persons"]):
        pid = p.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(fname, f"persons[{i}]: bad id slug {pid!r}")
        if pid in pids:
            err(fname, f"persons[{i}]: duplicate id {pid!r}")
        pids.add(pid)
        check_aliases("persons", i, p, pid)
        off = p.get("office")
        if off is not None and not occurs(off):
            err(fname, f"persons[{i}] {pid}: office {off!r} not found verbatim in text")
        c = p.get("country")
        if c is not None and c not in ISO:
            err(fname, f"persons[{i}] {pid}: bad country code {c!r}")
        if pid in person_names and person_names[pid][0] != p.get("name"):
            err(fname, f"persons[{i}] {pid}: name {p.get('name')!r} differs from "
                       f"{person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (p.get("name"), fname))

    # countries
    cnames = set()
    for i, c in enumerate(gold["countries"]):
        if c.get("iso") not in ISO:
            err(fname, f"countries[{i}]: bad iso {c.get('iso')!r}")
        check_aliases("countries", i, c, c.get("name"))
        if c.get("name") in cnames:
            err(fname, f"countries[{i}]: duplicate country {c.get('name')!r}")
        cnames.add(c.get("name"))
    isos = [c.get("iso") for c in gold["countries"]]
    if len(set(isos)) != len(isos):
        err(fname, "countries: duplicate iso code")

    for i, r in enumerate(gold["regions"]):
        check_aliases("regions", i, r, r.get("name"))

    # agreements
    aids = set()
    for i, a in enumerate(gold["agreements"]):
        aid = a.get("id")
        if not (isinstance(aid, str) and SLUG.match(aid)):
            err(fname, f"agreements[{i}]: bad id slug {aid!r}")
        if aid in aids:
            err(fname, f"agreements[{i}]: duplicate id {aid!r}")
        aids.add(aid)
        check_aliases("agreements", i, a, aid)
        parties = a.get("parties")
        if not is_str_list(parties) or any(x not in ISO for x in parties):
            err(fname, f"agreements[{i}] {aid}: bad parties {parties!r}")

    # organizations
    oids = set()
    for i, o in enumerate(gold["organizations"]):
        oid = o.get("id")
        if not (isinstance(oid, str) and SLUG.match(oid)):
            err(fname, f"organizations[{i}]: bad id slug {oid!r}")
        if oid in oids:
            err(fname, f"organizations[{i}]: duplicate id {oid!r}")
        oids.add(oid)
        check_aliases("organizations", i, o, oid)
        if o.get("country") is not None and o.get("country") not in ISO:
            err(fname, f"organizations[{i}] {oid}: bad country {o.get('country')!r}")

    # places
    pnames = set()
    for i, pl in enumerate(gold["places"]):
        check_aliases("places", i, pl, pl.get("name"))
        if pl.get("country") is not None and pl.get("country") not in ISO:
            err(fname, f"places[{i}] {pl.get('name')}: bad country {pl.get('country')!r}")
        if pl.get("name") in pnames:
            err(fname, f"places[{i}]: duplicate place {pl.get('name')!r}")
        pnames.add(pl.get("name"))

    # meetings
    for i, m in enumerate(gold["meetings"]):
        lab = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            err(fname, f"{lab}: bad kind {m.get('kind')!r}")
        parts = m.get("participants")
        if not is_str_list(parts):
            err(fname, f"{lab}: participants must be a list of strings")
        else:
            for p in parts:
                if p not in pids:
                    err(fname, f"{lab}: participant {p!r} is not a person id of this file")
            if len(set(parts)) != len(parts):
                err(fname, f"{lab}: duplicate participants")
        cs = m.get("countries")
        if not is_str_list(cs) or any(c not in ISO for c in cs):
            err(fname, f"{lab}: bad countries {cs!r}")
        d = m.get("date")
        if d is not None and not valid_date(d):
            err(fname, f"{lab}: invalid date {d!r}")
        pl = m.get("place")
        if pl is not None and pl not in pnames and pl not in cnames:
            err(fname, f"{lab}: place {pl!r} is not in places or countries")
        tps = m.get("topics")
        if not is_str_list(tps) or any(t not in TOPICS for t in tps):
            err(fname, f"{lab}: bad topics {tps!r}")
        ags = m.get("agreements")
        if not is_str_list(ags) or any(a not in aids for a in ags):
            err(fname, f"{lab}: unresolved agreements {ags!r}")
        if not occurs(m.get("evidence")):
            err(fname, f"{lab}: evidence not found verbatim: {str(m.get('evidence'))[:70]!r}")
        if "evidence_extra" in m:
            ex = m["evidence_extra"]
            if not is_str_list(ex):
                err(fname, f"{lab}: evidence_extra must be a list of strings")
            else:
                for e in ex:
                    if not occurs(e):
                        err(fname, f"{lab}: evidence_extra not found verbatim: {e[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{lab}: note must be a string")

    for i, c in enumerate(gold["meeting_counts"]):
        lab = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(fname, f"{lab}: bad kind {c.get('kind')!r}")
        if not (isinstance(c.get("count"), int) and c.get("count") > 0):
            err(fname, f"{lab}: count must be a positive integer")
        if not valid_date(c.get("year")) or len(str(c.get("year"))) != 4:
            err(fname, f"{lab}: bad year {c.get('year')!r}")
        if not occurs(c.get("evidence")):
            err(fname, f"{lab}: evidence not found verbatim")


def main():
    texts = {os.path.splitext(f)[0] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {os.path.splitext(f)[0] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")
    person_names = {}
    n = 0
    for stem in sorted(texts & golds):
        fname = stem + ".json"
        n += 1
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD, fname), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            err(fname, f"cannot parse JSON: {e}")
            continue
        check_file(fname, gold, text, person_names)
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
