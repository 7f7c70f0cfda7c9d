#!/usr/bin/env python3
"""Consistency checker for the heldout26 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors".
Exit status is 1 if there are errors, else 0.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
REQ = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements",
                  "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(d):
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return 1900 <= int(d) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) and i for i in x)


def check_file(stem, text, gold, err, names_seen):
    def e(msg):
        err.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        e("top level is not an object")
        return
    keys = list(gold.keys())
    if set(keys) != set(TOP_KEYS):
        e(f"top-level fields {sorted(keys)} differ from {sorted(TOP_KEYS)}")
    if gold.get("doc") != stem + ".txt":
        e(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and YEAR.match(gold["year"])):
        e(f"year {gold.get('year')!r} is not YYYY")

    # field shapes
    for sec, (req, opt) in REQ.items():
        items = gold.get(sec)
        if not isinstance(items, list):
            e(f"{sec} is not a list")
            gold[sec] = []
            continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                e(f"{sec}[{i}] is not an object")
                continue
            ks = set(it)
            if not req <= ks:
                e(f"{sec}[{i}] lacks {sorted(req - ks)}")
            if ks - req - opt:
                e(f"{sec}[{i}] has undocumented fields {sorted(ks - req - opt)}")
            if "aliases" in it and not (isinstance(it["aliases"], list) and all(isinstance(a, str) and a for a in it["aliases"])):
                e(f"{sec}[{i}] aliases is not a list of non-empty strings")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_entity_names(sec, label):
        for it in gold.get(sec, []):
            if not isinstance(it, dict):
                continue
            name = it.get("name")
            al = it.get("aliases", []) if isinstance(it.get("aliases"), list) else []
            for a in al:
                if not occurs(a):
                    e(f"{sec} {label(it)}: alias {a!r} not in text")
            if not (occurs(name) or any(occurs(a) for a in al)):
                e(f"{sec} {label(it)}: neither name nor any alias occurs in text")

    # ids
    for sec in ("persons", "agreements", "organizations"):
        seen = set()
        for it in gold.get(sec, []):
            if not isinstance(it, dict):
                continue
            i = it.get("id")
            if not (isinstance(i, str) and SLUG.match(i)):
                e(f"{sec}: id {i!r} is not a slug")
            if i in seen:
                e(f"{sec}: duplicate id {i!r}")
            seen.add(i)

    # persons
    for p in gold.get("persons", []):
        if not isinstance(p, dict):
            continue
        pid = p.get("id")
        if p.get("office") is not None and not occurs(p.get("office")):
            e(f"person {pid}: office {p.get('office')!r} not in text")
        c = p.get("country")
        if c is not None and c not in ISO:
            e(f"person {pid}: country {c!r} is not a valid code")
        if not isinstance(p.get("name"), str) or not p.get("name"):
            e(f"person {pid}: name missing")
        else:
            names_seen.setdefault(pid, {}).setdefault(p["name"], []).append(stem)
    check_entity_names("persons", lambda it: it.get("id"))

    # countries
    isos = set()
    cnames = set()
    for c in gold.get("countries", []):
        if not isinstance(c, dict):
            continue
        if c.get("iso") not in ISO:
            e(f"country {c.get('name')!r}: iso {c.get('iso')!r} is not a valid code")
        if c.get("iso") in isos:
            e(f"country iso {c.get('iso')!r} listed twice")
        isos.add(c.get("iso"))
        cnames.add(c.get("name"))
    check_entity_names("countries", lambda it: repr(it.get("name")))
    check_entity_names("regions", lambda it: repr(it.get("name")))

    # agreements
    for a in gold.get("agreements", []):
        if not isinstance(a, dict):
            continue
        ps = a.get("parties")
        if not (isinstance(ps, list) and all(p in ISO for p in ps)):
            e(f"agreement {a.get('id')}: parties {ps!r} contain invalid codes")
    check_entity_names("agreements", lambda it: it.get("id"))

    # organizations and places
    for sec in ("organizations", "places"):
        for o in gold.get(sec, []):
            if not isinstance(o, dict):
                continue
            c = o.get("country")
            if c is not None and c not in ISO:
                e(f"{sec} {o.get('id', o.get('name'))!r}: country {c!r} is not a valid code")
    check_entity_names("organizations", lambda it: it.get("id"))
    check_entity_names("places", lambda it: repr(it.get("name")))
    pnames = [p.get("name") for p in gold.get("places", []) if isinstance(p, dict)]
    if len(pnames) != len(set(pnames)):
        e("duplicate place names")

    person_ids = {p.get("id") for p in gold.get("persons", []) if isinstance(p, dict)}
    agr_ids = {a.get("id") for a in gold.get("agreements", []) if isinstance(a, dict)}
    place_names = set(pnames) | cnames

    # meetings
    for i, m in enumerate(gold.get("meetings", [])):
        if not isinstance(m, dict):
            continue
        tag = f"meeting[{i}]"
        if m.get("kind") not in KINDS:
            e(f"{tag}: kind {m.get('kind')!r} not allowed")
        parts = m.get("participants")
        if not isinstance(parts, list):
            e(f"{tag}: participants is not a list")
        else:
            for p in parts:
                if p not in person_ids:
                    e(f"{tag}: participant {p!r} is not a listed person")
            if len(parts) != len(set(parts)):
                e(f"{tag}: duplicate participants")
        cs = m.get("countries")
        if not (isinstance(cs, list) and all(c in ISO for c in cs)):
            e(f"{tag}: countries {cs!r} contain invalid codes")
        d = m.get("date")
        if d is not None and not valid_date(d):
            e(f"{tag}: date {d!r} is not valid")
        pl = m.get("place")
        if pl is not None and pl not in place_names:
            e(f"{tag}: place {pl!r} is not a listed place or country")
        ts = m.get("topics")
        if not isinstance(ts, list):
            e(f"{tag}: topics is not a list")
        else:
            for t in ts:
                if t not in TOPICS:
                    e(f"{tag}: topic {t!r} not allowed")
        ags = m.get("agreements")
        if not isinstance(ags, list):
            e(f"{tag}: agreements is not a list")
        else:
            for a in ags:
                if a not in agr_ids:
                    e(f"{tag}: agreement {a!r} is not a listed agreement")
        if not occurs(m.get("evidence")):
            e(f"{tag}: evidence not verbatim in text: {str(m.get('evidence'))[:60]!r}")
        if "evidence_extra" in m:
            ex = m["evidence_extra"]
            if not is_str_list(ex):
                e(f"{tag}: evidence_extra is not a list of strings")
            else:
                for x in ex:
                    if not occurs(x):
                        e(f"{tag}: evidence_extra not verbatim in text: {x[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            e(f"{tag}: note is not a string")

    # meeting counts
    for i, c in enumerate(gold.get("meeting_counts", [])):
        if not isinstance(c, dict):
            continue
        tag = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            e(f"{tag}: kind {c.get('kind')!r} not allowed")
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
            e(f"{tag}: count {c.get('count')!r} is not a positive integer")
        y = c.get("year")
        if y is not None and not (isinstance(y, str) and YEAR.match(y)):
            e(f"{tag}: year {y!r} is not YYYY or null")
        if not occurs(c.get("evidence")):
            e(f"{tag}: evidence not verbatim in text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    err = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        err.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        err.append(f"{s}: gold file has no text")
    names_seen = {}
    n = 0
    for stem in sorted(texts & golds):
        n += 1
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
                text = f.read()
        except UnicodeDecodeError:
            err.append(f"{stem}: text is not UTF-8")
            continue
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (ValueError, UnicodeDecodeError) as ex:
            err.append(f"{stem}: gold is not valid JSON ({ex})")
            continue
        check_file(stem, text, gold, err, names_seen)
    for pid, names in sorted(names_seen.items()):
        if len(names) > 1:
            err.append(f"person {pid}: different names across files: "
                       + "; ".join(f"{k!r} in {','.join(v)}" for k, v in names.items()))
    for line in err:
        print(line)
    print(f"checked {n} files: {len(err)} errors")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
