#!/usr/bin/env python3
"""Consistency checker for the heldout7 gold files (standard library only).

Usage:
    python3 eval/heldout7/check_gold.py            # check, print errors, exit 1 on errors
    python3 eval/heldout7/check_gold.py --stats    # also print per-file statistics

Checks (format of gold/README.md):
  * every gold file has a text and every text has a gold file; `doc` names the text;
  * top-level and entry fields are exactly the documented ones (optional extras:
    `aliases` in countries/regions, `evidence_extra` and `note` in meetings);
  * `year` and meeting dates are well formed (YYYY, YYYY-MM, YYYY-MM-DD) and real;
  * ISO 3166-1 alpha-2 codes are valid (plus SU for the Soviet Union);
  * ids are slugs, unique within a file, and every id has one name across files;
  * every alias, and every stated office, occurs verbatim in the text; every entity
    is mentioned (its name or one of its aliases occurs in the text);
  * meeting kinds and topics come from the allowed lists;
  * participants, agreements and places refer to entities listed in the same file;
  * every evidence / evidence_extra quote occurs verbatim in the text.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

KINDS = {
    "summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
    "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
    "visit", "signing", "telephone-talk", "courtesy-call", "other",
}
TOPICS = {
    "peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
    "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
    "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
    "fisheries", "health-medical", "science-technology", "agriculture",
    "transport-infrastructure", "regional-affairs", "political-dialogue",
}
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
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


def valid_date(s, allow_null=True):
    if s is None:
        return allow_null
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1800 <= int(s) <= 2100
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
    return isinstance(x, list) and all(isinstance(i, str) and i for i in x)


def check_file(stem, gold, text, errs, warns, id_names):
    def err(msg):
        errs.append(f"{stem}: {msg}")

    def warn(msg):
        warns.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        err("top level is not an object")
        return
    if list(gold.keys()) != TOP:
        if set(gold.keys()) != set(TOP):
            err(f"top-level fields {sorted(gold.keys())} != {TOP}")
            return
        warn("top-level fields not in documented order")
    if gold["doc"] != stem + ".txt":
        err(f"doc {gold['doc']!r} != {stem + '.txt'!r}")
    if not (isinstance(gold["year"], str) and re.fullmatch(r"\d{4}", gold["year"])):
        err(f"bad year {gold['year']!r}")

    for sec, (req, opt) in FIELDS.items():
        if not isinstance(gold[sec], list):
            err(f"{sec} is not a list")
            return
        for i, e in enumerate(gold[sec]):
            if not isinstance(e, dict):
                err(f"{sec}[{i}] is not an object")
                continue
            keys = set(e.keys())
            if not req <= keys or not keys <= req | opt:
                err(f"{sec}[{i}] fields {sorted(keys)}; required {sorted(req)}, optional {sorted(opt)}")

    def occurs(s):
        return isinstance(s, str) and s in text

    def check_aliases(sec, e, label):
        al = e.get("aliases", [])
        if not is_str_list(al) and al != []:
            err(f"{sec} {label}: aliases must be a list of non-empty strings")
            return
        if len(set(al)) != len(al):
            err(f"{sec} {label}: duplicate aliases")
        for a in al:
            if not occurs(a):
                err(f"{sec} {label}: alias {a!r} not in text")
        if not occurs(e.get("name")) and not any(occurs(a) for a in al):
            err(f"{sec} {label}: neither name nor any alias occurs in text")

    def check_id(sec, e, seen):
        i = e.get("id")
        if not (isinstance(i, str) and SLUG.match(i)):
            err(f"{sec}: id {i!r} is not a slug")
            return
        if i in seen:
            err(f"{sec}: duplicate id {i!r}")
        seen.add(i)
        prev = id_names.setdefault((sec, i), (e.get("name"), stem))
        if sec == "persons" and prev[0] != e.get("name"):
            err(f"persons: id {i!r} has name {e.get('name')!r} here but {prev[0]!r} in {prev[1]}")

    def check_iso(code, label, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO:
            err(f"{label}: invalid ISO code {code!r}")

    person_ids, agreement_ids, seen = set(), set(), set()
    for p in gold["persons"]:
        check_id("persons", p, seen)
        person_ids.add(p.get("id"))
        if not (isinstance(p.get("name"), str) and p.get("name")):
            err(f"persons {p.get('id')}: empty name")
        check_aliases("persons", p, p.get("id"))
        if p.get("office") is not None and not occurs(p.get("office")):
            err(f"persons {p.get('id')}: office {p.get('office')!r} not in text")
        check_iso(p.get("country"), f"persons {p.get('id')}")

    names_cp = set()
    for c in gold["countries"]:
        check_iso(c.get("iso"), f"countries {c.get('name')}", allow_null=False)
        check_aliases("countries", c, c.get("name"))
        names_cp.add(c.get("name"))
    isos = [c.get("iso") for c in gold["countries"]]
    if len(set(isos)) != len(isos):
        err("countries: duplicate iso")
    for r in gold["regions"]:
        check_aliases("regions", r, r.get("name"))
    seen = set()
    for a in gold["agreements"]:
        check_id("agreements", a, seen)
        agreement_ids.add(a.get("id"))
        check_aliases("agreements", a, a.get("id"))
        if not isinstance(a.get("parties"), list):
            err(f"agreements {a.get('id')}: parties not a list")
        else:
            for c in a["parties"]:
                check_iso(c, f"agreements {a.get('id')} parties", allow_null=False)
    seen = set()
    for o in gold["organizations"]:
        check_id("organizations", o, seen)
        check_aliases("organizations", o, o.get("id"))
        check_iso(o.get("country"), f"organizations {o.get('id')}")
    pnames = set()
    for pl in gold["places"]:
        check_aliases("places", pl, pl.get("name"))
        check_iso(pl.get("country"), f"places {pl.get('name')}")
        if pl.get("name") in pnames:
            err(f"places: duplicate {pl.get('name')!r}")
        pnames.add(pl.get("name"))
        names_cp.add(pl.get("name"))

    listed_isos = set(isos)
    for i, m in enumerate(gold["meetings"]):
        lab = f"meetings[{i}] ({m.get('kind')}, {m.get('date')})"
        if m.get("kind") not in KINDS:
            err(f"{lab}: bad kind")
        if not isinstance(m.get("participants"), list):
            err(f"{lab}: participants not a list")
        else:
            for p in m["participants"]:
                if p not in person_ids:
                    err(f"{lab}: participant {p!r} not in persons")
            if len(set(m["participants"])) != len(m["participants"]):
                err(f"{lab}: duplicate participants")
        if not isinstance(m.get("countries"), list):
            err(f"{lab}: countries not a list")
        else:
            for c in m["countries"]:
                check_iso(c, f"{lab} countries", allow_null=False)
                if c not in listed_isos:
                    warn(f"{lab}: country {c} not in countries list")
        if not valid_date(m.get("date")):
            err(f"{lab}: bad date {m.get('date')!r}")
        if m.get("place") is not None and m.get("place") not in names_cp:
            err(f"{lab}: place {m.get('place')!r} not a listed place or country name")
        if not isinstance(m.get("topics"), list):
            err(f"{lab}: topics not a list")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f"{lab}: bad topic {t!r}")
        if not isinstance(m.get("agreements"), list):
            err(f"{lab}: agreements not a list")
        else:
            for a in m["agreements"]:
                if a not in agreement_ids:
                    err(f"{lab}: agreement {a!r} not in agreements")
        if not occurs(m.get("evidence")):
            err(f"{lab}: evidence not in text: {str(m.get('evidence'))[:80]!r}")
        for q in m.get("evidence_extra", []):
            if not occurs(q):
                err(f"{lab}: evidence_extra not in text: {q[:80]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{lab}: note not a string")
    for i, c in enumerate(gold["meeting_counts"]):
        lab = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(f"{lab}: bad kind")
        if not (isinstance(c.get("count"), int) and c["count"] > 0):
            err(f"{lab}: bad count")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f"{lab}: bad year")
        if not occurs(c.get("evidence")):
            err(f"{lab}: evidence not in text")


def main():
    stats = "--stats" in sys.argv
    errs, warns = [], []
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        errs.append(f"{s}: text without gold file")
    for s in sorted(golds - texts):
        errs.append(f"{s}: gold file without text")
    id_names = {}
    rows = []
    for stem in sorted(texts & golds):
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            errs.append(f"{stem}: cannot read JSON: {e}")
            continue
        check_file(stem, gold, text, errs, warns, id_names)
        if isinstance(gold, dict) and set(gold.keys()) == set(TOP):
            rows.append((stem, gold, len(text.split())))
    if stats:
        tot = {}
        print("file | year | words | persons | countries | regions | agreements | organizations | places | meetings | counts")
        for stem, g, w in rows:
            vals = [w] + [len(g[k]) for k in ("persons", "countries", "regions", "agreements",
                                              "organizations", "places", "meetings", "meeting_counts")]
            for k, v in enumerate(vals):
                tot[k] = tot.get(k, 0) + v
            print(" | ".join([stem, g["year"]] + [str(v) for v in vals]))
        print(" | ".join(["total", ""] + [str(tot[k]) for k in sorted(tot)]))
        kinds = {}
        for _, g, _ in rows:
            for m in g["meetings"]:
                kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        print("meeting kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])))
    for w in warns:
        print("warning:", w)
    for e in errs:
        print("ERROR:", e)
    print(f"{len(rows)} files checked, {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
