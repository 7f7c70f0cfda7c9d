#!/usr/bin/env python3
"""Consistency checker for the heldout56 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory that holds this script. The checker expects
SET_DIR/texts/*.txt and SET_DIR/gold/*.json, prints one line per problem,
then "checked N files: M errors", and exits 1 when there are errors.
"""

import datetime
import json
import os
import re
import sys

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQUIRED = {"name", "iso"}
COUNTRY_OPTIONAL = {"aliases"}
REGION_REQUIRED = {"name"}
REGION_OPTIONAL = {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORGANIZATION_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQUIRED = {"kind", "participants", "countries", "date", "place",
                    "topics", "agreements", "evidence"}
MEETING_OPTIONAL = {"evidence_extra", "note"}
COUNT_FIELDS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}

TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
""".split()) | {"SU"}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def valid_date(value):
    """Return True for YYYY, YYYY-MM or YYYY-MM-DD that denote a real date."""
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    if not parts or not YEAR_RE.match(parts[0]):
        return False
    try:
        if len(parts) == 1:
            return True
        if len(parts) == 2:
            if not re.match(r"^\d{2}$", parts[1]):
                return False
            datetime.date(int(parts[0]), int(parts[1]), 1)
            return True
        if len(parts) == 3:
            if not (re.match(r"^\d{2}$", parts[1]) and re.match(r"^\d{2}$", parts[2])):
                return False
            datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return True
    except ValueError:
        return False
    return False


def check_fields(ck, where, obj, required, optional=frozenset()):
    if not isinstance(obj, dict):
        ck.err(where, "entry is not an object")
        return False
    keys = set(obj)
    missing = required - keys
    extra = keys - required - set(optional)
    if missing:
        ck.err(where, "missing field(s) %s" % sorted(missing))
    if extra:
        ck.err(where, "undocumented field(s) %s" % sorted(extra))
    return not missing


def check_string_list(ck, where, value, name):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        ck.err(where, "%s must be a list of strings" % name)
        return []
    if len(set(value)) != len(value):
        ck.err(where, "%s contains duplicates" % name)
    return value


def check_iso(ck, where, code, allow_null):
    if code is None:
        if not allow_null:
            ck.err(where, "ISO code must not be null")
        return
    if not isinstance(code, str) or code not in ISO_CODES:
        ck.err(where, "invalid ISO 3166-1 alpha-2 code %r" % (code,))


def check_occurs(ck, where, text, surface, what):
    if surface not in text:
        ck.err(where, "%s %r does not occur verbatim in the text" % (what, surface))


def check_named_entity(ck, where, text, entry):
    """Aliases must occur verbatim; the name or at least one alias must occur."""
    aliases = check_string_list(ck, where, entry.get("aliases", []), "aliases")
    for alias in aliases:
        check_occurs(ck, where, text, alias, "alias")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        ck.err(where, "name must be a non-empty string")
        return
    if name not in text and not any(a in text for a in aliases):
        ck.err(where, "neither the name %r nor any alias occurs in the text" % name)


def check_file(ck, set_dir, stem, person_names):
    gold_path = os.path.join(set_dir, "gold", stem + ".json")
    text_path = os.path.join(set_dir, "texts", stem + ".txt")
    where0 = "gold/%s.json" % stem
    try:
        with open(text_path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        ck.err(where0, "cannot read text file: %s" % exc)
        return
    try:
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        ck.err(where0, "cannot parse JSON: %s" % exc)
        return
    if not isinstance(gold, dict):
        ck.err(where0, "top level is not an object")
        return
    missing = [k for k in TOP_FIELDS if k not in gold]
    extra = [k for k in gold if k not in TOP_FIELDS]
    if missing:
        ck.err(where0, "missing top-level field(s) %s" % missing)
        return
    if extra:
        ck.err(where0, "undocumented top-level field(s) %s" % extra)
    elif list(gold) != TOP_FIELDS:
        ck.err(where0, "top-level fields are not in the documented order")

    if gold["doc"] != stem + ".txt":
        ck.err(where0, "doc %r does not match the text file %s.txt" % (gold["doc"], stem))
    if not isinstance(gold["year"], str) or not YEAR_RE.match(gold["year"]):
        ck.err(where0, "year %r is not a four-digit string" % (gold["year"],))

    for key in TOP_FIELDS[2:]:
        if not isinstance(gold[key], list):
            ck.err(where0, "%s must be a list" % key)
            return

    # persons
    person_ids = set()
    for i, p in enumerate(gold["persons"]):
        where = "%s persons[%d]" % (where0, i)
        if not check_fields(ck, where, p, PERSON_FIELDS):
            continue
        pid = p["id"]
        where = "%s person %s" % (where0, pid)
        if not isinstance(pid, str) or not SLUG_RE.match(pid):
            ck.err(where, "id is not a lower-case slug")
        if pid in person_ids:
            ck.err(where, "duplicate person id")
        person_ids.add(pid)
        check_named_entity(ck, where, text, p)
        if p["office"] is not None:
            if not isinstance(p["office"], str):
                ck.err(where, "office must be a string or null")
            else:
                check_occurs(ck, where, text, p["office"], "office")
        check_iso(ck, where, p["country"], allow_null=True)
        if isinstance(pid, str) and isinstance(p["name"], str):
            person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

    # countries
    country_names = set()
    seen_iso = set()
    for i, c in enumerate(gold["countries"]):
        where = "%s countries[%d]" % (where0, i)
        if not check_fields(ck, where, c, COUNTRY_REQUIRED, COUNTRY_OPTIONAL):
            continue
        where = "%s country %s" % (where0, c["name"])
        check_iso(ck, where, c["iso"], allow_null=False)
        if c["iso"] in seen_iso:
            ck.err(where, "duplicate country ISO code %s" % c["iso"])
        seen_iso.add(c["iso"])
        if c["name"] in country_names:
            ck.err(where, "duplicate country name")
        country_names.add(c["name"])
        check_named_entity(ck, where, text, c)

    # regions
    region_names = set()
    for i, r in enumerate(gold["regions"]):
        where = "%s regions[%d]" % (where0, i)
        if not check_fields(ck, where, r, REGION_REQUIRED, REGION_OPTIONAL):
            continue
        where = "%s region %s" % (where0, r["name"])
        if r["name"] in region_names:
            ck.err(where, "duplicate region name")
        region_names.add(r["name"])
        check_named_entity(ck, where, text, r)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(gold["agreements"]):
        where = "%s agreements[%d]" % (where0, i)
        if not check_fields(ck, where, a, AGREEMENT_FIELDS):
            continue
        where = "%s agreement %s" % (where0, a["id"])
        if not isinstance(a["id"], str) or not SLUG_RE.match(a["id"]):
            ck.err(where, "id is not a lower-case slug")
        if a["id"] in agreement_ids:
            ck.err(where, "duplicate agreement id")
        agreement_ids.add(a["id"])
        check_named_entity(ck, where, text, a)
        parties = check_string_list(ck, where, a["parties"], "parties")
        if not parties:
            ck.err(where, "parties is empty")
        for code in parties:
            check_iso(ck, where, code, allow_null=False)

    # organizations
    org_ids = set()
    for i, o in enumerate(gold["organizations"]):
        where = "%s organizations[%d]" % (where0, i)
        if not check_fields(ck, where, o, ORGANIZATION_FIELDS):
            continue
        where = "%s organization %s" % (where0, o["id"])
        if not isinstance(o["id"], str) or not SLUG_RE.match(o["id"]):
            ck.err(where, "id is not a lower-case slug")
        if o["id"] in org_ids:
            ck.err(where, "duplicate organization id")
        org_ids.add(o["id"])
        check_named_entity(ck, where, text, o)
        check_iso(ck, where, o["country"], allow_null=True)

    # places
    place_names = set()
    for i, pl in enumerate(gold["places"]):
        where = "%s places[%d]" % (where0, i)
        if not check_fields(ck, where, pl, PLACE_FIELDS):
            continue
        where = "%s place %s" % (where0, pl["name"])
        if pl["name"] in place_names:
            ck.err(where, "duplicate place name")
        place_names.add(pl["name"])
        check_named_entity(ck, where, text, pl)
        check_iso(ck, where, pl["country"], allow_null=True)

    person_country = {p["id"]: p.get("country") for p in gold["persons"]
                      if isinstance(p, dict) and "id" in p}

    # meetings
    for i, m in enumerate(gold["meetings"]):
        where = "%s meetings[%d]" % (where0, i)
        if not check_fields(ck, where, m, MEETING_REQUIRED, MEETING_OPTIONAL):
            continue
        if m["kind"] not in KINDS:
            ck.err(where, "kind %r is not allowed" % (m["kind"],))
        participants = check_string_list(ck, where, m["participants"], "participants")
        for pid in participants:
            if pid not in person_ids:
                ck.err(where, "participant %r is not a person id of this file" % pid)
        countries = check_string_list(ck, where, m["countries"], "countries")
        for code in countries:
            check_iso(ck, where, code, allow_null=False)
        for pid in participants:
            pc = person_country.get(pid)
            if pc is not None and pc not in countries:
                ck.err(where, "participant %s has country %s, which is not in the "
                              "meeting's countries" % (pid, pc))
        if m["date"] is not None and not valid_date(m["date"]):
            ck.err(where, "invalid date %r" % (m["date"],))
        if m["place"] is not None:
            if m["place"] not in place_names and m["place"] not in country_names:
                ck.err(where, "place %r is not in this file's places or countries"
                       % (m["place"],))
        topics = check_string_list(ck, where, m["topics"], "topics")
        for t in topics:
            if t not in TOPICS:
                ck.err(where, "topic %r is not allowed" % t)
        for aid in check_string_list(ck, where, m["agreements"], "agreements"):
            if aid not in agreement_ids:
                ck.err(where, "agreement %r is not an agreement id of this file" % aid)
        if not isinstance(m["evidence"], str) or not m["evidence"]:
            ck.err(where, "evidence must be a non-empty string")
        else:
            check_occurs(ck, where, text, m["evidence"], "evidence")
        if "evidence_extra" in m:
            for ev in check_string_list(ck, where, m["evidence_extra"], "evidence_extra"):
                check_occurs(ck, where, text, ev, "evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            ck.err(where, "note must be a string")

    # meeting counts
    for i, c in enumerate(gold["meeting_counts"]):
        where = "%s meeting_counts[%d]" % (where0, i)
        if not check_fields(ck, where, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            ck.err(where, "kind %r is not allowed" % (c["kind"],))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
            ck.err(where, "count must be a positive integer")
        if not isinstance(c["year"], str) or not YEAR_RE.match(c["year"]):
            ck.err(where, "year %r is not a four-digit string" % (c["year"],))
        if not isinstance(c["evidence"], str) or not c["evidence"]:
            ck.err(where, "evidence must be a non-empty string")
        else:
            check_occurs(ck, where, text, c["evidence"], "evidence")


def main():
    set_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ck = Checker()
    texts_dir = os.path.join(set_dir, "texts")
    gold_dir = os.path.join(set_dir, "gold")
    text_stems = {f[:-4] for f in os.listdir(texts_dir) if f.endswith(".txt")} \
        if os.path.isdir(texts_dir) else set()
    gold_stems = {f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json")} \
        if os.path.isdir(gold_dir) else set()
    if not text_stems:
        ck.err("texts/", "no text files found")
    for stem in sorted(text_stems - gold_stems):
        ck.err("texts/%s.txt" % stem, "has no gold file gold/%s.json" % stem)
    for stem in sorted(gold_stems - text_stems):
        ck.err("gold/%s.json" % stem, "has no text file texts/%s.txt" % stem)

    person_names = {}
    paired = sorted(text_stems & gold_stems)
    for stem in paired:
        check_file(ck, set_dir, stem, person_names)

    for pid in sorted(person_names):
        names = person_names[pid]
        if len(names) > 1:
            desc = "; ".join("%r in %s" % (n, ", ".join(files))
                             for n, files in sorted(names.items()))
            ck.err("person %s" % pid, "has different names across files: %s" % desc)

    for line in ck.errors:
        print(line)
    n_files = len(text_stems | gold_stems)
    print("checked %d files: %d errors" % (n_files, len(ck.errors)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
