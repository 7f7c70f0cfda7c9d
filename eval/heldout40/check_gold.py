#!/usr/bin/env python3
"""Consistency checker for the heldout40 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]

Checks every texts/<stem>.txt against gold/<stem>.json for the format of
/work/main/gold/README.md. Prints one line per problem, then
"checked N files: M errors", and exits with status 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB
GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE
SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC
VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

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


def valid_date(s):
    if not isinstance(s, str):
        return False
    for fmt, pat in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(pat, s):
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


def check_file(stem, text, gold, err, person_names):
    def e(msg):
        err.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        e("gold is not a JSON object")
        return
    keys = list(gold.keys())
    if set(keys) != set(TOP):
        e(f"top-level fields {sorted(keys)} differ from {TOP}")
    if gold.get("doc") != stem + ".txt":
        e(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and re.match(r"^\d{4}$", gold.get("year", ""))):
        e(f"year {gold.get('year')!r} is not YYYY")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def code_ok(c, where, nullable=True):
        if c is None and nullable:
            return
        if c not in ISO:
            e(f"{where}: invalid country code {c!r}")

    for sec in TOP[2:]:
        items = gold.get(sec)
        if not isinstance(items, list):
            e(f"{sec} is not a list")
            gold[sec] = []
            continue
        req, opt = FIELDS[sec]
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                e(f"{sec}[{i}] is not an object")
                continue
            ks = set(it.keys())
            if not req <= ks or not ks <= req | opt:
                e(f"{sec}[{i}] fields {sorted(ks)} differ from required {sorted(req)} (+optional {sorted(opt)})")

    # ids unique and slugs
    for sec in ("persons", "agreements", "organizations"):
        seen = set()
        for it in gold.get(sec, []):
            i = it.get("id")
            if not (isinstance(i, str) and SLUG.match(i)):
                e(f"{sec}: id {i!r} is not a slug")
            if i in seen:
                e(f"{sec}: duplicate id {i!r}")
            seen.add(i)

    # names and aliases occur
    def check_names(sec, it, label):
        name = it.get("name")
        aliases = it.get("aliases", [])
        if not isinstance(name, str) or not name:
            e(f"{sec} {label}: missing name")
        if not is_str_list(aliases) and aliases != []:
            e(f"{sec} {label}: aliases must be a list of non-empty strings")
            aliases = []
        for a in aliases:
            if not occurs(a):
                e(f"{sec} {label}: alias {a!r} does not occur in text")
        if len(set(aliases)) != len(aliases):
            e(f"{sec} {label}: duplicate aliases")
        if not occurs(name) and not any(occurs(a) for a in aliases):
            e(f"{sec} {label}: neither name nor any alias occurs in text")

    persons = {}
    for p in gold.get("persons", []):
        label = p.get("id")
        persons[label] = p
        check_names("persons", p, label)
        off = p.get("office")
        if off is not None and not occurs(off):
            e(f"persons {label}: office {off!r} does not occur in text")
        code_ok(p.get("country"), f"persons {label}")
        if label in person_names and person_names[label][0] != p.get("name"):
            e(f"persons {label}: name {p.get('name')!r} differs from {person_names[label][0]!r} in {person_names[label][1]}")
        else:
            person_names.setdefault(label, (p.get("name"), stem))

    country_names = set()
    isos = set()
    for c in gold.get("countries", []):
        check_names("countries", c, c.get("name"))
        code_ok(c.get("iso"), f"countries {c.get('name')}", nullable=False)
        if c.get("iso") in isos:
            e(f"countries: duplicate iso {c.get('iso')!r}")
        isos.add(c.get("iso"))
        country_names.add(c.get("name"))
    for r in gold.get("regions", []):
        check_names("regions", r, r.get("name"))
    agreements = set()
    for a in gold.get("agreements", []):
        agreements.add(a.get("id"))
        check_names("agreements", a, a.get("id"))
        parties = a.get("parties")
        if not isinstance(parties, list) or not parties:
            e(f"agreements {a.get('id')}: parties must be a non-empty list")
        else:
            for c in parties:
                code_ok(c, f"agreements {a.get('id')} parties", nullable=False)
    for o in gold.get("organizations", []):
        check_names("organizations", o, o.get("id"))
        code_ok(o.get("country"), f"organizations {o.get('id')}")
    place_names = set()
    for pl in gold.get("places", []):
        check_names("places", pl, pl.get("name"))
        code_ok(pl.get("country"), f"places {pl.get('name')}")
        if pl.get("name") in place_names:
            e(f"places: duplicate place {pl.get('name')!r}")
        place_names.add(pl.get("name"))

    for i, m in enumerate(gold.get("meetings", [])):
        lab = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            e(f"{lab}: invalid kind {m.get('kind')!r}")
        parts = m.get("participants")
        if not isinstance(parts, list):
            e(f"{lab}: participants must be a list")
            parts = []
        for p in parts:
            if p not in persons:
                e(f"{lab}: participant {p!r} is not a listed person")
        if len(set(parts)) != len(parts):
            e(f"{lab}: duplicate participants")
        cs = m.get("countries")
        if not isinstance(cs, list):
            e(f"{lab}: countries must be a list")
            cs = []
        for c in cs:
            code_ok(c, f"{lab} countries", nullable=False)
        if m.get("date") is not None and not valid_date(m.get("date")):
            e(f"{lab}: invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in place_names and pl not in country_names:
            e(f"{lab}: place {pl!r} is not a listed place or country")
        tps = m.get("topics")
        if not isinstance(tps, list):
            e(f"{lab}: topics must be a list")
            tps = []
        for t in tps:
            if t not in TOPICS:
                e(f"{lab}: invalid topic {t!r}")
        ags = m.get("agreements")
        if not isinstance(ags, list):
            e(f"{lab}: agreements must be a list")
            ags = []
        for a in ags:
            if a not in agreements:
                e(f"{lab}: agreement {a!r} is not a listed agreement")
        if not occurs(m.get("evidence")):
            e(f"{lab}: evidence does not occur verbatim: {str(m.get('evidence'))[:60]!r}")
        ex = m.get("evidence_extra")
        if ex is not None:
            if not is_str_list(ex):
                e(f"{lab}: evidence_extra must be a list of strings")
            else:
                for s in ex:
                    if not occurs(s):
                        e(f"{lab}: evidence_extra does not occur verbatim: {s[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            e(f"{lab}: note must be a string")

    for i, mc in enumerate(gold.get("meeting_counts", [])):
        lab = f"meeting_counts[{i}]"
        if mc.get("kind") not in KINDS:
            e(f"{lab}: invalid kind {mc.get('kind')!r}")
        if not (isinstance(mc.get("count"), int) and not isinstance(mc.get("count"), bool) and mc.get("count") > 0):
            e(f"{lab}: count must be a positive integer")
        if not (isinstance(mc.get("year"), str) and re.match(r"^\d{4}$", mc.get("year"))):
            e(f"{lab}: year {mc.get('year')!r} is not YYYY")
        if not occurs(mc.get("evidence")):
            e(f"{lab}: evidence does not occur verbatim")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    errors = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        errors.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        errors.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            errors.append(f"{stem}: text is not valid UTF-8")
            continue
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (ValueError, UnicodeDecodeError) as ex:
            errors.append(f"{stem}: invalid JSON: {ex}")
            continue
        check_file(stem, text, gold, errors, person_names)
    # a person's name is the fullest form found in the set's texts: it must occur in at least one text
    alltext = ""
    for stem in sorted(texts):
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                alltext += fh.read().lower() + "\n"
        except UnicodeDecodeError:
            pass
    for pid, (name, stem) in sorted(person_names.items()):
        if isinstance(name, str) and name.lower() not in alltext:
            errors.append(f"{stem}: persons {pid}: name {name!r} occurs in no text of the set")
    for line in errors:
        print(line)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
