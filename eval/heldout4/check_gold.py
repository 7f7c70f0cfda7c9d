#!/usr/bin/env python3
"""Consistency checker for the heldout4 gold annotations.

Checks every gold/<stem>.json against texts/<stem>.txt and against the format
of gold/README.md (the seed gold conventions). Standard library only.

Usage:
    python3 eval/heldout4/check_gold.py            # check, exit 1 on errors
    python3 eval/heldout4/check_gold.py --table    # also print summary tables
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
KINDS = ["summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"]
TOPICS = ["peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"]
PRONOUNS = {"i", "me", "my", "we", "us", "our", "he", "she", "him", "her",
            "his", "they", "them"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO_RE = re.compile(r"^[A-Z]{2}$")
YEAR_RE = re.compile(r"^\d{4}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MIN_WORDS, MAX_WORDS = 350, 1300


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, stem, msg):
        self.errors.append(f"{stem}: {msg}")

    def warn(self, stem, msg):
        self.warnings.append(f"{stem}: {msg}")


def valid_date(s):
    m = DATE_RE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo is None:
        return True
    if not 1 <= int(mo) <= 12:
        return False
    if d is None:
        return True
    try:
        datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return False
    return True


def check_keys(ck, stem, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        ck.err(stem, f"{where}: not an object")
        return False
    keys = set(obj)
    missing = [k for k in required if k not in keys]
    extra = [k for k in keys if k not in required and k not in optional]
    if missing:
        ck.err(stem, f"{where}: missing keys {missing}")
    if extra:
        ck.err(stem, f"{where}: unexpected keys {extra}")
    return not missing


def check_str_list(ck, stem, where, val):
    if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
        ck.err(stem, f"{where}: must be a list of strings")
        return False
    if len(set(val)) != len(val):
        ck.err(stem, f"{where}: duplicate entries {val}")
    return True


def check_surface(ck, stem, where, text, name, aliases, name_may_be_absent):
    """Every alias must occur in the text; the name must occur unless allowed."""
    for a in aliases:
        if a not in text:
            ck.err(stem, f"{where}: alias {a!r} not found in text")
        if a.strip().lower() in PRONOUNS:
            ck.err(stem, f"{where}: pronoun {a!r} used as alias")
    if not name_may_be_absent and name not in text:
        ck.err(stem, f"{where}: name {name!r} not found in text")
    if name not in text and not any(a in text for a in aliases):
        ck.err(stem, f"{where}: neither name nor any alias occurs in text")


def check_file(ck, stem, text, gold, all_texts):
    if not check_keys(ck, stem, "top level", gold, TOP_KEYS):
        return
    if gold["doc"] != stem + ".txt":
        ck.err(stem, f"doc is {gold['doc']!r}, expected {stem + '.txt'!r}")
    if not isinstance(gold["year"], str) or not YEAR_RE.match(gold["year"]):
        ck.err(stem, f"year {gold['year']!r} is not YYYY")

    # persons
    person_ids = {}
    for i, p in enumerate(gold["persons"]):
        w = f"persons[{i}]"
        if not check_keys(ck, stem, w, p, ["id", "name", "aliases", "office", "country"]):
            continue
        w = f"person {p['id']}"
        if not ID_RE.match(p["id"]):
            ck.err(stem, f"{w}: id is not a slug")
        if p["id"] in person_ids:
            ck.err(stem, f"{w}: duplicate id")
        person_ids[p["id"]] = p
        if check_str_list(ck, stem, w + " aliases", p["aliases"]):
            # the name may come from another text of the set (README: fullest
            # form found anywhere in the set)
            # (case-insensitive: MOFA prints family names in capitals,
            # e.g. "MOTEGI Toshimitsu"; the gold name uses normal case)
            in_set = any(p["name"].lower() in t.lower() for t in all_texts.values())
            if not in_set:
                ck.err(stem, f"{w}: name {p['name']!r} occurs in no text of the set")
            check_surface(ck, stem, w, text, p["name"], p["aliases"], True)
        if p["office"] is not None:
            if not isinstance(p["office"], str):
                ck.err(stem, f"{w}: office must be a string or null")
            elif p["office"] not in text:
                ck.warn(stem, f"{w}: office {p['office']!r} not verbatim in text")
        if p["country"] is not None and not ISO_RE.match(p["country"]):
            ck.err(stem, f"{w}: country {p['country']!r} is not an ISO code")

    # countries
    isos = set()
    country_names = set()
    for i, c in enumerate(gold["countries"]):
        w = f"countries[{i}]"
        if not check_keys(ck, stem, w, c, ["name", "iso"], ["aliases"]):
            continue
        w = f"country {c['name']}"
        if not ISO_RE.match(c["iso"]):
            ck.err(stem, f"{w}: iso {c['iso']!r} invalid")
        if c["iso"] in isos:
            ck.err(stem, f"{w}: duplicate iso {c['iso']}")
        isos.add(c["iso"])
        country_names.add(c["name"])
        aliases = c.get("aliases", [])
        if check_str_list(ck, stem, w + " aliases", aliases):
            check_surface(ck, stem, w, text, c["name"], aliases, True)

    # regions
    for i, r in enumerate(gold["regions"]):
        w = f"regions[{i}]"
        if not check_keys(ck, stem, w, r, ["name"], ["aliases"]):
            continue
        aliases = r.get("aliases", [])
        if check_str_list(ck, stem, f"region {r['name']} aliases", aliases):
            check_surface(ck, stem, f"region {r['name']}", text, r["name"], aliases, True)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(gold["agreements"]):
        w = f"agreements[{i}]"
        if not check_keys(ck, stem, w, a, ["id", "name", "aliases", "parties"]):
            continue
        w = f"agreement {a['id']}"
        if not ID_RE.match(a["id"]):
            ck.err(stem, f"{w}: id is not a slug")
        if a["id"] in agreement_ids:
            ck.err(stem, f"{w}: duplicate id")
        agreement_ids.add(a["id"])
        if check_str_list(ck, stem, w + " aliases", a["aliases"]):
            check_surface(ck, stem, w, text, a["name"], a["aliases"], True)
        if check_str_list(ck, stem, w + " parties", a["parties"]):
            for iso in a["parties"]:
                if not ISO_RE.match(iso):
                    ck.err(stem, f"{w}: party {iso!r} invalid")

    # organizations
    org_ids = set()
    for i, o in enumerate(gold["organizations"]):
        w = f"organizations[{i}]"
        if not check_keys(ck, stem, w, o, ["id", "name", "aliases", "country"]):
            continue
        w = f"organization {o['id']}"
        if not ID_RE.match(o["id"]):
            ck.err(stem, f"{w}: id is not a slug")
        if o["id"] in org_ids:
            ck.err(stem, f"{w}: duplicate id")
        org_ids.add(o["id"])
        if check_str_list(ck, stem, w + " aliases", o["aliases"]):
            check_surface(ck, stem, w, text, o["name"], o["aliases"], True)
        if o["country"] is not None and not ISO_RE.match(o["country"]):
            ck.err(stem, f"{w}: country {o['country']!r} invalid")

    # places
    place_names = set()
    for i, pl in enumerate(gold["places"]):
        w = f"places[{i}]"
        if not check_keys(ck, stem, w, pl, ["name", "aliases", "country"]):
            continue
        w = f"place {pl['name']}"
        if pl["name"] in place_names:
            ck.err(stem, f"{w}: duplicate place")
        place_names.add(pl["name"])
        if check_str_list(ck, stem, w + " aliases", pl["aliases"]):
            check_surface(ck, stem, w, text, pl["name"], pl["aliases"], True)
        if pl["country"] is not None and not ISO_RE.match(pl["country"]):
            ck.err(stem, f"{w}: country {pl['country']!r} invalid")

    # meetings
    seen = set()
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if not check_keys(ck, stem, w, m,
                          ["kind", "participants", "countries", "date", "place",
                           "topics", "agreements", "evidence"],
                          ["evidence_extra", "note"]):
            continue
        w = f"meetings[{i}] ({m['kind']} {m['date']})"
        if m["kind"] not in KINDS:
            ck.err(stem, f"{w}: kind {m['kind']!r} not allowed")
        if check_str_list(ck, stem, w + " participants", m["participants"]):
            for pid in m["participants"]:
                if pid not in person_ids:
                    ck.err(stem, f"{w}: participant {pid!r} is not a listed person")
        if check_str_list(ck, stem, w + " countries", m["countries"]):
            for iso in m["countries"]:
                if iso not in isos:
                    ck.err(stem, f"{w}: country {iso!r} not in the countries list")
            for pid in m["participants"]:
                pc = person_ids.get(pid, {}).get("country")
                if pc and pc not in m["countries"]:
                    ck.err(stem, f"{w}: participant {pid} ({pc}) not among meeting countries")
        if m["date"] is not None:
            if not isinstance(m["date"], str) or not valid_date(m["date"]):
                ck.err(stem, f"{w}: date {m['date']!r} malformed")
        if m["place"] is not None:
            if m["place"] not in place_names and m["place"] not in country_names:
                ck.err(stem, f"{w}: place {m['place']!r} not in places or countries")
        if check_str_list(ck, stem, w + " topics", m["topics"]):
            for t in m["topics"]:
                if t not in TOPICS:
                    ck.err(stem, f"{w}: topic {t!r} not allowed")
        if check_str_list(ck, stem, w + " agreements", m["agreements"]):
            for a in m["agreements"]:
                if a not in agreement_ids:
                    ck.err(stem, f"{w}: agreement {a!r} not listed")
        if not isinstance(m["evidence"], str) or m["evidence"] not in text:
            ck.err(stem, f"{w}: evidence not found in text: {m['evidence']!r}")
        for e in m.get("evidence_extra", []):
            if e not in text:
                ck.err(stem, f"{w}: evidence_extra not found in text: {e!r}")
        if "note" in m and not isinstance(m["note"], str):
            ck.err(stem, f"{w}: note must be a string")
        key = (m["kind"], m["date"], m["place"], tuple(sorted(m["participants"])))
        if key in seen:
            ck.err(stem, f"{w}: looks like a duplicate meeting")
        seen.add(key)

    # meeting_counts
    for i, mc in enumerate(gold["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if not check_keys(ck, stem, w, mc, ["kind", "count", "year", "evidence"]):
            continue
        if mc["kind"] not in KINDS:
            ck.err(stem, f"{w}: kind {mc['kind']!r} not allowed")
        if not isinstance(mc["count"], int) or mc["count"] < 1:
            ck.err(stem, f"{w}: count must be a positive integer")
        if mc["year"] is not None and (not isinstance(mc["year"], str)
                                       or not YEAR_RE.match(mc["year"])):
            ck.err(stem, f"{w}: year {mc['year']!r} is not YYYY")
        if mc["evidence"] not in text:
            ck.err(stem, f"{w}: evidence not found in text: {mc['evidence']!r}")


def main():
    ck = Checker()
    texts = {f[:-4]: open(os.path.join(TEXTS, f), encoding="utf-8").read()
             for f in sorted(os.listdir(TEXTS)) if f.endswith(".txt")}
    golds = {}
    for f in sorted(os.listdir(GOLD)):
        if f.endswith(".json"):
            try:
                with open(os.path.join(GOLD, f), encoding="utf-8") as fh:
                    golds[f[:-5]] = json.load(fh)
            except json.JSONDecodeError as e:
                ck.err(f[:-5], f"invalid JSON: {e}")
    for stem in texts:
        if not re.match(r"^h4_0[1-8]_", stem):
            ck.err(stem, "stem does not start with h4_01_ .. h4_08_")
        if stem not in golds:
            ck.err(stem, "no gold file")
        n = len(texts[stem].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            ck.err(stem, f"text has {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    for stem in golds:
        if stem not in texts:
            ck.err(stem, "gold file without text")
    for stem in sorted(set(texts) & set(golds)):
        check_file(ck, stem, texts[stem], golds[stem], texts)

    # cross-file consistency: same person id -> same name; same agreement /
    # organisation id -> same parties / country
    names, parties, orgc = {}, {}, {}
    for stem, g in sorted(golds.items()):
        for p in g.get("persons", []):
            if isinstance(p, dict) and "id" in p:
                names.setdefault(p["id"], set()).add(p.get("name"))
        for a in g.get("agreements", []):
            if isinstance(a, dict) and "id" in a:
                parties.setdefault(a["id"], set()).add(tuple(sorted(a.get("parties", []))))
        for o in g.get("organizations", []):
            if isinstance(o, dict) and "id" in o:
                orgc.setdefault(o["id"], set()).add(o.get("country"))
    for pid, ns in names.items():
        if len(ns) > 1:
            ck.err("cross-file", f"person {pid} has different names {sorted(ns)}")
    for aid, ps in parties.items():
        if len(ps) > 1:
            ck.err("cross-file", f"agreement {aid} has different parties {sorted(ps)}")
    for oid, cs in orgc.items():
        if len(cs) > 1:
            ck.err("cross-file", f"organization {oid} has different countries {sorted(map(str, cs))}")

    for w in ck.warnings:
        print("WARNING", w)
    for e in ck.errors:
        print("ERROR", e)

    if "--table" in sys.argv:
        print_tables(texts, golds)

    if ck.errors:
        print(f"FAILED: {len(ck.errors)} error(s), {len(ck.warnings)} warning(s)")
        return 1
    print(f"OK: {len(golds)} gold files consistent with their texts "
          f"({len(ck.warnings)} warning(s))")
    return 0


def print_tables(texts, golds):
    print()
    print("| file | year | words | persons | meetings | counts |")
    print("|---|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    kinds = {}
    for stem in sorted(golds):
        g = golds[stem]
        w = len(texts.get(stem, "").split())
        row = [w, len(g["persons"]), len(g["meetings"]), len(g["meeting_counts"])]
        tot = [a + b for a, b in zip(tot, row)]
        print(f"| {stem} | {g['year']} | " + " | ".join(map(str, row)) + " |")
        for m in g["meetings"]:
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print("| total | | " + " | ".join(map(str, tot)) + " |")
    print()
    print("| kind | meetings |")
    print("|---|---|")
    for k in KINDS:
        if k in kinds:
            print(f"| {k} | {kinds[k]} |")
    print(f"| total | {sum(kinds.values())} |")


if __name__ == "__main__":
    sys.exit(main())
