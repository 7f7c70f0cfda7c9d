#!/usr/bin/env python3
"""Consistency check for the heldout2 gold files (standard library only).

Usage:  python3 eval/heldout2/check_gold.py

Checks, for every gold/<stem>.json:
  * the JSON parses and has exactly the top-level fields of gold/README.md;
  * `doc` names an existing texts/<stem>.txt;
  * every evidence, evidence_extra and alias string is an exact substring of the text;
  * names of persons/countries/regions/agreements/organizations/places occur in
    the text directly or through an alias (reported as a warning only, because
    gold/README.md allows canonical names that do not occur verbatim);
  * meeting kinds and topic ids come from the fixed lists;
  * meeting participants are person ids of the same file, meeting agreements are
    agreement ids of the same file, meeting places are names from the file's
    `places` or `countries` lists;
  * dates and years have the form YYYY, YYYY-MM or YYYY-MM-DD;
  * ISO codes are two upper-case letters; ids are unique within a file;
  * each meeting participant is mentioned (name, alias or surname) in the
    meeting's evidence or evidence_extra (warning only).
Exit status 1 if any error is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
MEETING_KEYS = {"kind", "participants", "countries", "date", "place", "topics", "agreements",
                "evidence", "evidence_extra", "note"}
MEETING_REQUIRED = MEETING_KEYS - {"evidence_extra", "note"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO_RE = re.compile(r"^[A-Z]{2}$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def main():
    errors, warnings = [], []
    person_names = {}
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    if sorted(f[:-5] for f in files) != sorted(t[:-4] for t in texts):
        errors.append("gold files and texts do not correspond one to one")
    totals = {"persons": 0, "meetings": 0, "meeting_counts": 0}
    for fn in files:
        def err(msg):
            errors.append(f"{fn}: {msg}")

        def warn(msg):
            warnings.append(f"{fn}: {msg}")

        try:
            g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"invalid JSON: {e}")
            continue
        if list(g.keys()) != TOP:
            err(f"top-level keys {list(g.keys())} != {TOP}")
        stem = fn[:-5]
        if g.get("doc") != stem + ".txt":
            err(f"doc {g.get('doc')!r} != {stem + '.txt'!r}")
        tpath = os.path.join(TEXTS, stem + ".txt")
        if not os.path.exists(tpath):
            err("text file missing")
            continue
        text = open(tpath, encoding="utf-8").read()
        if not re.fullmatch(r"\d{4}", str(g.get("year", ""))):
            err(f"bad year {g.get('year')!r}")

        def sub(s, what):
            if not isinstance(s, str) or not s:
                err(f"{what}: empty or non-string {s!r}")
            elif s not in text:
                err(f"{what}: not a substring of the text: {s!r}")

        def entity_block(key, fields, idkey=None):
            seen = set()
            for i, e in enumerate(g.get(key, [])):
                where = f"{key}[{i}]"
                if set(e.keys()) != set(fields):
                    err(f"{where}: keys {sorted(e.keys())} != {sorted(fields)}")
                k = e.get(idkey) if idkey else e.get("name")
                if k in seen:
                    err(f"{where}: duplicate {idkey or 'name'} {k!r}")
                seen.add(k)
                if idkey and not ID_RE.match(str(k)):
                    err(f"{where}: bad id {k!r}")
                for a in e.get("aliases", []):
                    sub(a, f"{where} alias")
                if len(set(e.get("aliases", []))) != len(e.get("aliases", [])):
                    err(f"{where}: duplicate aliases")
                name = e.get("name")
                if name not in text and not any(a in text for a in e.get("aliases", [])):
                    warn(f"{where}: neither name {name!r} nor an alias occurs in the text")
                elif name not in text:
                    warn(f"{where}: name {name!r} not verbatim in text (canonical name)")
                if "country" in e and e["country"] is not None and not ISO_RE.match(e["country"]):
                    err(f"{where}: bad country {e['country']!r}")
            return seen

        pids = entity_block("persons", ["id", "name", "aliases", "office", "country"], "id")
        for p in g.get("persons", []):
            person_names.setdefault(p["id"], set()).add(p["name"])
        cnames = entity_block("countries", ["name", "iso", "aliases"])
        for c in g.get("countries", []):
            if not ISO_RE.match(str(c.get("iso"))):
                err(f"country {c.get('name')}: bad iso")
        entity_block("regions", ["name", "aliases"])
        aids = entity_block("agreements", ["id", "name", "aliases", "parties"], "id")
        for a in g.get("agreements", []):
            for p in a.get("parties", []):
                if not ISO_RE.match(p):
                    err(f"agreement {a['id']}: bad party {p!r}")
        entity_block("organizations", ["id", "name", "aliases", "country"], "id")
        plnames = entity_block("places", ["name", "aliases", "country"])
        place_ok = plnames | cnames

        persons = {p["id"]: p for p in g.get("persons", [])}
        for i, m in enumerate(g.get("meetings", [])):
            where = f"meetings[{i}] ({m.get('kind')}, {m.get('date')})"
            if not MEETING_REQUIRED <= set(m.keys()) or not set(m.keys()) <= MEETING_KEYS:
                err(f"{where}: keys {sorted(m.keys())}")
            if m.get("kind") not in KINDS:
                err(f"{where}: bad kind {m.get('kind')!r}")
            for pid in m.get("participants", []):
                if pid not in pids:
                    err(f"{where}: participant {pid!r} not in persons")
            if len(set(m.get("participants", []))) != len(m.get("participants", [])):
                err(f"{where}: duplicate participants")
            for c in m.get("countries", []):
                if not ISO_RE.match(c):
                    err(f"{where}: bad country {c!r}")
            d = m.get("date")
            if d is not None and not DATE_RE.match(d):
                err(f"{where}: bad date {d!r}")
            if m.get("place") is not None and m["place"] not in place_ok:
                err(f"{where}: place {m['place']!r} not in places/countries")
            for t in m.get("topics", []):
                if t not in TOPICS:
                    err(f"{where}: bad topic {t!r}")
            for a in m.get("agreements", []):
                if a not in aids:
                    err(f"{where}: agreement {a!r} not in agreements")
            sub(m.get("evidence"), f"{where} evidence")
            for x in m.get("evidence_extra", []):
                sub(x, f"{where} evidence_extra")
            ev = " ".join([m.get("evidence") or ""] + m.get("evidence_extra", []))
            for pid in m.get("participants", []):
                p = persons.get(pid)
                if not p:
                    continue
                forms = [p["name"]] + p["aliases"] + [p["name"].split()[-1], p["name"].split()[0]]
                if not any(f.lower() in ev.lower() for f in forms) and "I " not in ev \
                        and " me " not in ev and "two leaders" not in ev and "They" not in ev:
                    warn(f"{where}: participant {pid} not visibly mentioned in evidence")
        for i, c in enumerate(g.get("meeting_counts", [])):
            where = f"meeting_counts[{i}]"
            if set(c.keys()) != {"kind", "count", "year", "evidence"}:
                err(f"{where}: keys {sorted(c.keys())}")
            if c.get("kind") not in KINDS:
                err(f"{where}: bad kind")
            if not isinstance(c.get("count"), int) or c["count"] < 1:
                err(f"{where}: bad count")
            if not DATE_RE.match(str(c.get("year"))):
                err(f"{where}: bad year")
            sub(c.get("evidence"), f"{where} evidence")
        totals["persons"] += len(g.get("persons", []))
        totals["meetings"] += len(g.get("meetings", []))
        totals["meeting_counts"] += len(g.get("meeting_counts", []))
        print(f"{fn}: year {g.get('year')}, persons {len(g.get('persons', []))}, "
              f"meetings {len(g.get('meetings', []))}, counts {len(g.get('meeting_counts', []))}")
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            warnings.append(f"person {pid} has several names across files: {sorted(names)}")
    print(f"TOTAL: files {len(files)}, persons {totals['persons']}, "
          f"meetings {totals['meetings']}, meeting_counts {totals['meeting_counts']}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
