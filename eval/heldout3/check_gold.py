#!/usr/bin/env python3
"""Consistency check for the heldout3 gold files (standard library only).

Usage: python3 eval/heldout3/check_gold.py

Checks, for every gold/<stem>.json:
  * the matching texts/<stem>.txt exists and `doc` names it;
  * every evidence, evidence_extra, meeting_counts evidence and alias string is
    an exact substring of the text;
  * meeting participants are person ids of the same file, meeting agreements are
    agreement ids of the same file, meeting place is a name from the file's
    places or countries list;
  * kinds and topic ids come from the fixed lists in gold/README.md;
  * dates have the form YYYY, YYYY-MM or YYYY-MM-DD;
  * ISO codes used in meetings/parties/persons/places/organizations are
    two upper-case letters.
Warnings (not errors): a person/organisation/place with no surface form in the
text, a meeting country that is not in the file's countries list.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ISO_RE = re.compile(r"^[A-Z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check(stem):
    errors, warnings = [], []
    gpath = os.path.join(HERE, "gold", stem + ".json")
    tpath = os.path.join(HERE, "texts", stem + ".txt")
    if not os.path.exists(tpath):
        return [f"missing text {tpath}"], []
    text = open(tpath, encoding="utf-8").read()
    g = json.load(open(gpath, encoding="utf-8"))

    def E(msg):
        errors.append(msg)

    def W(msg):
        warnings.append(msg)

    def sub(s, where):
        if not isinstance(s, str) or not s:
            E(f"{where}: empty or non-string {s!r}")
        elif s not in text:
            E(f"{where}: not a substring of the text: {s!r}")

    def iso(c, where, allow_none=True):
        if c is None and allow_none:
            return
        if not isinstance(c, str) or not ISO_RE.match(c):
            E(f"{where}: bad ISO code {c!r}")

    for f in TOP_FIELDS:
        if f not in g:
            E(f"missing top-level field {f}")
    extra = set(g) - set(TOP_FIELDS)
    if extra:
        E(f"unexpected top-level fields {sorted(extra)}")
    if g.get("doc") != stem + ".txt":
        E(f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(g.get("year"), str) and re.match(r"^\d{4}$", g["year"])):
        E(f"bad year {g.get('year')!r}")

    pids = set()
    for p in g.get("persons", []):
        for k in ("id", "name", "aliases", "office", "country"):
            if k not in p:
                E(f"person {p.get('id')}: missing {k}")
        if p["id"] in pids:
            E(f"duplicate person id {p['id']}")
        pids.add(p["id"])
        if not SLUG_RE.match(p["id"]):
            E(f"person id not a slug: {p['id']}")
        for a in p["aliases"]:
            sub(a, f"person {p['id']} alias")
        if p["name"] in p["aliases"]:
            W(f"person {p['id']}: name repeated in aliases")
        if p["name"] not in text and not p["aliases"]:
            E(f"person {p['id']}: neither name nor any alias occurs in the text")
        if p["office"] is not None and p["office"] not in text:
            W(f"person {p['id']}: office {p['office']!r} not verbatim in text")
        iso(p["country"], f"person {p['id']} country")

    cnames, cisos = set(), set()
    for c in g.get("countries", []):
        for k in ("name", "iso"):
            if k not in c:
                E(f"country entry missing {k}: {c}")
        iso(c["iso"], f"country {c['name']}", allow_none=False)
        if c["iso"] in cisos:
            E(f"duplicate country iso {c['iso']}")
        cnames.add(c["name"])
        cisos.add(c["iso"])
        for a in c.get("aliases", []):
            sub(a, f"country {c['name']} alias")
        if c["name"] not in text and not c.get("aliases"):
            E(f"country {c['name']}: no surface form in the text")

    for r in g.get("regions", []):
        if "name" not in r:
            E(f"region missing name: {r}")
        for a in r.get("aliases", []):
            sub(a, f"region {r['name']} alias")
        if r["name"] not in text and not r.get("aliases"):
            E(f"region {r['name']}: no surface form in the text")

    aids = set()
    for a in g.get("agreements", []):
        for k in ("id", "name", "aliases", "parties"):
            if k not in a:
                E(f"agreement {a.get('id')}: missing {k}")
        if a["id"] in aids:
            E(f"duplicate agreement id {a['id']}")
        aids.add(a["id"])
        if not SLUG_RE.match(a["id"]):
            E(f"agreement id not a slug: {a['id']}")
        for s in a["aliases"]:
            sub(s, f"agreement {a['id']} alias")
        if a["name"] not in text and not a["aliases"]:
            E(f"agreement {a['id']}: no surface form in the text")
        for pcode in a["parties"]:
            iso(pcode, f"agreement {a['id']} party", allow_none=False)

    oids = set()
    for o in g.get("organizations", []):
        for k in ("id", "name", "aliases", "country"):
            if k not in o:
                E(f"organization {o.get('id')}: missing {k}")
        if o["id"] in oids:
            E(f"duplicate organization id {o['id']}")
        oids.add(o["id"])
        if not SLUG_RE.match(o["id"]):
            E(f"organization id not a slug: {o['id']}")
        for s in o["aliases"]:
            sub(s, f"organization {o['id']} alias")
        if o["name"] not in text and not o["aliases"]:
            E(f"organization {o['id']}: no surface form in the text")
        elif o["name"] not in text:
            W(f"organization {o['id']}: canonical name not verbatim in text")
        iso(o["country"], f"organization {o['id']} country")

    plnames = set()
    for pl in g.get("places", []):
        for k in ("name", "aliases", "country"):
            if k not in pl:
                E(f"place {pl.get('name')}: missing {k}")
        if pl["name"] in plnames:
            E(f"duplicate place {pl['name']}")
        plnames.add(pl["name"])
        for s in pl["aliases"]:
            sub(s, f"place {pl['name']} alias")
        if pl["name"] not in text and not pl["aliases"]:
            E(f"place {pl['name']}: no surface form in the text")
        iso(pl["country"], f"place {pl['name']} country")

    mfields = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
    for i, m in enumerate(g.get("meetings", [])):
        where = f"meeting #{i} ({m.get('kind')}, {m.get('date')})"
        for k in mfields:
            if k not in m:
                E(f"{where}: missing {k}")
        extra = set(m) - mfields - {"evidence_extra", "note"}
        if extra:
            E(f"{where}: unexpected fields {sorted(extra)}")
        if m["kind"] not in KINDS:
            E(f"{where}: kind {m['kind']!r} not allowed")
        for p in m["participants"]:
            if p not in pids:
                E(f"{where}: participant {p!r} not in persons")
        if len(set(m["participants"])) != len(m["participants"]):
            E(f"{where}: duplicate participants")
        for c in m["countries"]:
            iso(c, f"{where} country", allow_none=False)
            if c not in cisos:
                W(f"{where}: country {c} not in this file's countries list")
        if m["date"] is not None and not DATE_RE.match(m["date"]):
            E(f"{where}: bad date {m['date']!r}")
        if m["place"] is not None and m["place"] not in plnames and m["place"] not in cnames:
            E(f"{where}: place {m['place']!r} not in places or countries")
        for t in m["topics"]:
            if t not in TOPICS:
                E(f"{where}: topic {t!r} not allowed")
        for a in m["agreements"]:
            if a not in aids:
                E(f"{where}: agreement {a!r} not in agreements")
        sub(m["evidence"], f"{where} evidence")
        for s in m.get("evidence_extra", []):
            sub(s, f"{where} evidence_extra")

    for i, mc in enumerate(g.get("meeting_counts", [])):
        where = f"meeting_count #{i}"
        for k in ("kind", "count", "year", "evidence"):
            if k not in mc:
                E(f"{where}: missing {k}")
        if mc["kind"] not in KINDS:
            E(f"{where}: kind {mc['kind']!r} not allowed")
        if not isinstance(mc["count"], int) or mc["count"] < 1:
            E(f"{where}: bad count {mc['count']!r}")
        if not DATE_RE.match(mc["year"]) or len(mc["year"]) != 4:
            E(f"{where}: bad year {mc['year']!r}")
        sub(mc["evidence"], f"{where} evidence")
    return errors, warnings


def main():
    stems = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "texts")) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "gold")) if f.endswith(".json"))
    total_err = 0
    if stems != golds:
        print(f"ERROR: texts {stems} and gold {golds} do not match one-to-one")
        total_err += 1
    for stem in golds:
        errs, warns = check(stem)
        total_err += len(errs)
        print(f"{stem}: {len(errs)} errors, {len(warns)} warnings")
        for e in errs:
            print("  ERROR", e)
        for w in warns:
            print("  warn ", w)
    print("TOTAL ERRORS:", total_err)
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
