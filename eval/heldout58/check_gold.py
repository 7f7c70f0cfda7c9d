#!/usr/bin/env python3
"""Consistency checker for the heldout58 gold annotations.

Standard library only. Run from any directory:

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory that contains this script. The script expects
SET_DIR/texts/*.txt and SET_DIR/gold/*.json. It prints one line per problem,
then "checked N files: M errors", and exits with status 1 if there were errors.
"""

import calendar
import json
import os
import re
import sys

# ISO 3166-1 alpha-2 codes (officially assigned), plus SU for the Soviet Union.
ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

MEETING_KINDS = {
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

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_KEYS = {"name", "iso", "aliases"}
REGION_KEYS = {"name", "aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQUIRED = {"kind", "participants", "countries", "date", "place", "topics",
                    "agreements", "evidence"}
MEETING_OPTIONAL = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")

MIN_WORDS, MAX_WORDS = 550, 950


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def valid_date(value):
    """Return True for YYYY, YYYY-MM or YYYY-MM-DD that denote a real date."""
    if not isinstance(value, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return False
    year = int(m.group(1))
    if m.group(2) is None:
        return 1000 <= year <= 2100
    month = int(m.group(2))
    if not 1 <= month <= 12:
        return False
    if m.group(3) is None:
        return True
    day = int(m.group(3))
    return 1 <= day <= calendar.monthrange(year, month)[1]


def check_keys(ck, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        ck.err(where, "entry is not an object")
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        ck.err(where, f"missing fields {sorted(missing)}")
    if extra:
        ck.err(where, f"unexpected fields {sorted(extra)}")
    return not missing


def check_str_list(ck, where, value):
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        ck.err(where, "must be a list of strings")
        return []
    if len(set(value)) != len(value):
        ck.err(where, "contains duplicates")
    return value


def check_iso(ck, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO_CODES:
        ck.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")


def check_in_text(ck, where, s, text):
    if not isinstance(s, str) or not s:
        ck.err(where, "empty or non-string value")
    elif s not in text:
        ck.err(where, f"not found verbatim in text: {s!r}")


def check_entity_surface(ck, where, ent, text):
    """Aliases must occur verbatim; the name or at least one alias must occur."""
    aliases = check_str_list(ck, f"{where}.aliases", ent.get("aliases", []))
    for a in aliases:
        check_in_text(ck, f"{where}.aliases", a, text)
    name = ent.get("name")
    if not isinstance(name, str) or not name:
        ck.err(where, "name must be a non-empty string")
        return
    if name not in text and not any(a in text for a in aliases):
        ck.err(where, f"neither name {name!r} nor any alias occurs in the text")


def check_file(ck, gold_path, text_path, person_names):
    stem = os.path.splitext(os.path.basename(gold_path))[0]
    try:
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError:
        ck.err(stem, "text is not valid UTF-8")
        return
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        ck.err(stem, f"invalid JSON: {e}")
        return

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        ck.err(stem, f"text has {words} words (allowed {MIN_WORDS}-{MAX_WORDS})")

    if not isinstance(gold, dict):
        ck.err(stem, "top level is not an object")
        return
    if list(gold) != TOP_KEYS:
        ck.err(stem, f"top-level fields must be exactly {TOP_KEYS} in that order, got {list(gold)}")
    if gold.get("doc") != os.path.basename(text_path):
        ck.err(stem, f"doc {gold.get('doc')!r} does not name the text file")
    year = gold.get("year")
    if not isinstance(year, str) or not YEAR_RE.match(year):
        ck.err(stem, f"year {year!r} is not a YYYY string")

    for key in TOP_KEYS[2:]:
        if not isinstance(gold.get(key), list):
            ck.err(stem, f"{key} must be a list")
            gold[key] = []

    # persons
    person_ids = set()
    for i, p in enumerate(gold["persons"]):
        w = f"{stem}.persons[{i}]"
        if not check_keys(ck, w, p, PERSON_KEYS):
            continue
        pid = p["id"]
        w = f"{stem}.persons[{pid}]"
        if not isinstance(pid, str) or not SLUG_RE.match(pid):
            ck.err(w, f"id {pid!r} is not a slug")
        if pid in person_ids:
            ck.err(w, "duplicate person id")
        person_ids.add(pid)
        check_entity_surface(ck, w, p, text)
        if p["office"] is not None:
            check_in_text(ck, f"{w}.office", p["office"], text)
        check_iso(ck, f"{w}.country", p["country"], allow_null=True)
        person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

    # countries
    country_names = set()
    country_isos = set()
    for i, c in enumerate(gold["countries"]):
        w = f"{stem}.countries[{i}]"
        if not check_keys(ck, w, c, COUNTRY_KEYS):
            continue
        w = f"{stem}.countries[{c['name']}]"
        check_iso(ck, f"{w}.iso", c["iso"])
        if c["iso"] in country_isos:
            ck.err(w, f"duplicate country iso {c['iso']}")
        if c["name"] in country_names:
            ck.err(w, "duplicate country name")
        country_isos.add(c["iso"])
        country_names.add(c["name"])
        check_entity_surface(ck, w, c, text)

    # regions
    region_names = set()
    for i, r in enumerate(gold["regions"]):
        w = f"{stem}.regions[{i}]"
        if not check_keys(ck, w, r, REGION_KEYS):
            continue
        w = f"{stem}.regions[{r['name']}]"
        if r["name"] in region_names:
            ck.err(w, "duplicate region name")
        region_names.add(r["name"])
        check_entity_surface(ck, w, r, text)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(gold["agreements"]):
        w = f"{stem}.agreements[{i}]"
        if not check_keys(ck, w, a, AGREEMENT_KEYS):
            continue
        w = f"{stem}.agreements[{a['id']}]"
        if not isinstance(a["id"], str) or not SLUG_RE.match(a["id"]):
            ck.err(w, f"id {a['id']!r} is not a slug")
        if a["id"] in agreement_ids:
            ck.err(w, "duplicate agreement id")
        agreement_ids.add(a["id"])
        check_entity_surface(ck, w, a, text)
        for code in check_str_list(ck, f"{w}.parties", a["parties"]):
            check_iso(ck, f"{w}.parties", code)

    # organizations
    org_ids = set()
    for i, o in enumerate(gold["organizations"]):
        w = f"{stem}.organizations[{i}]"
        if not check_keys(ck, w, o, ORG_KEYS):
            continue
        w = f"{stem}.organizations[{o['id']}]"
        if not isinstance(o["id"], str) or not SLUG_RE.match(o["id"]):
            ck.err(w, f"id {o['id']!r} is not a slug")
        if o["id"] in org_ids:
            ck.err(w, "duplicate organization id")
        org_ids.add(o["id"])
        check_entity_surface(ck, w, o, text)
        check_iso(ck, f"{w}.country", o["country"], allow_null=True)

    # places
    place_names = set()
    for i, pl in enumerate(gold["places"]):
        w = f"{stem}.places[{i}]"
        if not check_keys(ck, w, pl, PLACE_KEYS):
            continue
        w = f"{stem}.places[{pl['name']}]"
        if pl["name"] in place_names:
            ck.err(w, "duplicate place name")
        place_names.add(pl["name"])
        check_entity_surface(ck, w, pl, text)
        check_iso(ck, f"{w}.country", pl["country"], allow_null=True)

    # meetings
    for i, m in enumerate(gold["meetings"]):
        w = f"{stem}.meetings[{i}]"
        if not check_keys(ck, w, m, MEETING_REQUIRED, MEETING_OPTIONAL):
            continue
        if m["kind"] not in MEETING_KINDS:
            ck.err(w, f"invalid kind {m['kind']!r}")
        for pid in check_str_list(ck, f"{w}.participants", m["participants"]):
            if pid not in person_ids:
                ck.err(w, f"participant {pid!r} is not a person id of this file")
        for code in check_str_list(ck, f"{w}.countries", m["countries"]):
            check_iso(ck, f"{w}.countries", code)
        if m["date"] is not None and not valid_date(m["date"]):
            ck.err(w, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            ck.err(w, f"place {m['place']!r} is not in places or countries")
        for t in check_str_list(ck, f"{w}.topics", m["topics"]):
            if t not in TOPICS:
                ck.err(w, f"invalid topic {t!r}")
        for aid in check_str_list(ck, f"{w}.agreements", m["agreements"]):
            if aid not in agreement_ids:
                ck.err(w, f"agreement {aid!r} is not an agreement id of this file")
        check_in_text(ck, f"{w}.evidence", m["evidence"], text)
        if "evidence_extra" in m:
            for e in check_str_list(ck, f"{w}.evidence_extra", m["evidence_extra"]):
                check_in_text(ck, f"{w}.evidence_extra", e, text)
        if "note" in m and not isinstance(m["note"], str):
            ck.err(w, "note must be a string")

    # meeting counts
    for i, c in enumerate(gold["meeting_counts"]):
        w = f"{stem}.meeting_counts[{i}]"
        if not check_keys(ck, w, c, COUNT_KEYS):
            continue
        if c["kind"] not in MEETING_KINDS:
            ck.err(w, f"invalid kind {c['kind']!r}")
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            ck.err(w, f"count {c['count']!r} is not a positive integer")
        if not isinstance(c["year"], str) or not YEAR_RE.match(c["year"]):
            ck.err(w, f"year {c['year']!r} is not a YYYY string")
        check_in_text(ck, f"{w}.evidence", c["evidence"], text)


def main():
    set_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    text_dir = os.path.join(set_dir, "texts")
    gold_dir = os.path.join(set_dir, "gold")
    ck = Checker()

    texts = {os.path.splitext(f)[0] for f in os.listdir(text_dir) if f.endswith(".txt")}
    golds = {os.path.splitext(f)[0] for f in os.listdir(gold_dir) if f.endswith(".json")}
    for stem in sorted(texts - golds):
        ck.err(stem, "text has no gold file")
    for stem in sorted(golds - texts):
        ck.err(stem, "gold file has no text")
    for f in sorted(os.listdir(text_dir)) + sorted(os.listdir(gold_dir)):
        if not (f.endswith(".txt") or f.endswith(".json")):
            ck.err(f, "unexpected file in texts/ or gold/")

    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        check_file(ck, os.path.join(gold_dir, stem + ".json"),
                   os.path.join(text_dir, stem + ".txt"), person_names)
        checked += 1

    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(stems)}" for n, stems in names.items())
            ck.err("persons", f"id {pid!r} has different names across files: {detail}")

    for line in ck.errors:
        print(line)
    print(f"checked {checked} files: {len(ck.errors)} errors")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
