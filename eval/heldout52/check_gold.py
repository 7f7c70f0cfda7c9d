#!/usr/bin/env python3
"""Consistency checker for the heldout52 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import datetime
import json
import os
import re
import sys

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
REQ = {
    "persons": {"id", "name", "aliases", "office", "country"},
    "countries": {"name", "iso"},
    "regions": {"name"},
    "agreements": {"id", "name", "aliases", "parties"},
    "organizations": {"id", "name", "aliases", "country"},
    "places": {"name", "aliases", "country"},
    "meetings": {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"},
    "meeting_counts": {"kind", "count", "year", "evidence"},
}
OPT = {
    "persons": set(), "countries": {"aliases"}, "regions": {"aliases"}, "agreements": set(),
    "organizations": set(), "places": set(), "meetings": {"evidence_extra", "note"},
    "meeting_counts": set(),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_WORDS, MAX_WORDS = 550, 950


def valid_date(value):
    if not isinstance(value, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def check_file(stem, text, gold, problems, person_names):
    def err(msg):
        problems.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        err("gold is not a JSON object")
        return
    if list(gold.keys()) != TOP:
        if set(gold.keys()) != set(TOP):
            err(f"top-level fields {sorted(gold.keys())} differ from {TOP}")
            return
        err("top-level fields are not in the documented order")
    if gold["doc"] != stem + ".txt":
        err(f"doc is {gold['doc']!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold["year"], str) and re.fullmatch(r"\d{4}", gold["year"])):
        err(f"year {gold['year']!r} is not YYYY")

    def in_text(s):
        return isinstance(s, str) and s != "" and s in text

    # generic field checks
    for section in REQ:
        items = gold[section]
        if not isinstance(items, list):
            err(f"{section} is not a list")
            continue
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                err(f"{section}[{i}] is not an object")
                continue
            keys = set(item.keys())
            missing = REQ[section] - keys
            extra = keys - REQ[section] - OPT[section]
            if missing:
                err(f"{section}[{i}] missing fields {sorted(missing)}")
            if extra:
                err(f"{section}[{i}] has undocumented fields {sorted(extra)}")
            if "aliases" in item and not isinstance(item["aliases"], list):
                err(f"{section}[{i}] aliases is not a list")

    def surface_ok(section, item, label, name_may_be_absent=False):
        aliases = item.get("aliases", []) or []
        for a in aliases:
            if not in_text(a):
                err(f"{section} {label}: alias {a!r} not found verbatim in text")
        if len(set(aliases)) != len(aliases):
            err(f"{section} {label}: duplicate aliases")
        if not in_text(item.get("name")) and not any(in_text(a) for a in aliases):
            err(f"{section} {label}: neither name nor any alias occurs in text")

    ids = {}
    for section in ("persons", "agreements", "organizations"):
        seen = set()
        for item in gold[section]:
            if not isinstance(item, dict) or "id" not in item:
                continue
            iid = item["id"]
            if not (isinstance(iid, str) and SLUG.match(iid)):
                err(f"{section}: id {iid!r} is not a slug")
            if iid in seen:
                err(f"{section}: duplicate id {iid!r}")
            seen.add(iid)
        ids[section] = seen

    for p in gold["persons"]:
        label = p.get("id")
        surface_ok("persons", p, label)
        if p.get("office") is not None and not in_text(p["office"]):
            err(f"persons {label}: office {p['office']!r} not found verbatim in text")
        if p.get("country") is not None and p["country"] not in ISO:
            err(f"persons {label}: country {p['country']!r} is not an ISO code")
        if isinstance(p.get("name"), str) and label:
            person_names.setdefault(label, {}).setdefault(p["name"], []).append(stem)

    country_names = set()
    isos = set()
    for c in gold["countries"]:
        label = c.get("name")
        country_names.add(label)
        if c.get("iso") not in ISO:
            err(f"countries {label}: iso {c.get('iso')!r} is not an ISO code")
        if c.get("iso") in isos:
            err(f"countries {label}: iso {c.get('iso')!r} listed twice")
        isos.add(c.get("iso"))
        surface_ok("countries", c, label)

    region_names = set()
    for r in gold["regions"]:
        label = r.get("name")
        if label in region_names:
            err(f"regions: duplicate region {label!r}")
        region_names.add(label)
        surface_ok("regions", r, label)

    for a in gold["agreements"]:
        label = a.get("id")
        surface_ok("agreements", a, label)
        for party in a.get("parties", []):
            if party not in ISO:
                err(f"agreements {label}: party {party!r} is not an ISO code")

    for o in gold["organizations"]:
        label = o.get("id")
        surface_ok("organizations", o, label)
        if o.get("country") is not None and o["country"] not in ISO:
            err(f"organizations {label}: country {o['country']!r} is not an ISO code")

    place_names = set()
    for pl in gold["places"]:
        label = pl.get("name")
        if label in place_names:
            err(f"places: duplicate place {label!r}")
        place_names.add(label)
        surface_ok("places", pl, label)
        if pl.get("country") is not None and pl["country"] not in ISO:
            err(f"places {label}: country {pl['country']!r} is not an ISO code")

    for i, m in enumerate(gold["meetings"]):
        label = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            err(f"{label}: kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants", []):
            if pid not in ids["persons"]:
                err(f"{label}: participant {pid!r} is not a person id of this file")
        if len(set(m.get("participants", []))) != len(m.get("participants", [])):
            err(f"{label}: duplicate participants")
        for c in m.get("countries", []):
            if c not in ISO:
                err(f"{label}: country {c!r} is not an ISO code")
        if m.get("date") is not None and not valid_date(m.get("date")):
            err(f"{label}: date {m.get('date')!r} is not a valid YYYY[-MM[-DD]] date")
        place = m.get("place")
        if place is not None and place not in place_names and place not in country_names:
            err(f"{label}: place {place!r} is not in this file's places or countries")
        if m.get("kind") == "telephone-talk" and place is not None:
            err(f"{label}: telephone talk with a place")
        for t in m.get("topics", []):
            if t not in TOPICS:
                err(f"{label}: topic {t!r} not allowed")
        for aid in m.get("agreements", []):
            if aid not in ids["agreements"]:
                err(f"{label}: agreement {aid!r} is not an agreement id of this file")
        if not in_text(m.get("evidence")):
            err(f"{label}: evidence not found verbatim in text: {str(m.get('evidence'))[:70]!r}")
        for ex in m.get("evidence_extra", []) or []:
            if not in_text(ex):
                err(f"{label}: evidence_extra not found verbatim in text: {str(ex)[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{label}: note is not a string")

    for i, c in enumerate(gold["meeting_counts"]):
        label = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(f"{label}: kind {c.get('kind')!r} not allowed")
        if not (isinstance(c.get("count"), int) and c["count"] > 0):
            err(f"{label}: count {c.get('count')!r} is not a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
            err(f"{label}: year {c.get('year')!r} is not YYYY")
        if not in_text(c.get("evidence")):
            err(f"{label}: evidence not found verbatim in text")

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"text has {words} words, outside {MIN_WORDS}-{MAX_WORDS}")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")}
    problems = []
    for s in sorted(texts - golds):
        problems.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        problems.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except json.JSONDecodeError as exc:
            problems.append(f"{stem}: invalid JSON ({exc})")
            continue
        checked += 1
        check_file(stem, text, gold, problems, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {','.join(f)}" for n, f in names.items())
            problems.append(f"person {pid}: different names across files: {detail}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
