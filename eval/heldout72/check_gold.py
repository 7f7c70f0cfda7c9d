#!/usr/bin/env python3
"""Consistency checker for the heldout72 evaluation set.

Standard library only. Run from anywhere:

    python3 /work/main/eval/heldout72/check_gold.py

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error.
"""
import calendar
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

MIN_WORDS, MAX_WORDS = 550, 950

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]

# (required fields in order, optional fields that may follow)
ENTITY_FIELDS = {
    "persons": (["id", "name", "aliases", "office", "country"], []),
    "countries": (["name", "iso"], ["aliases"]),
    "regions": (["name"], ["aliases"]),
    "agreements": (["id", "name", "aliases", "parties"], []),
    "organizations": (["id", "name", "aliases", "country"], []),
    "places": (["name", "aliases", "country"], []),
    "meetings": (["kind", "participants", "countries", "date", "place",
                  "topics", "agreements", "evidence"], ["evidence_extra", "note"]),
    "meeting_counts": (["kind", "count", "year", "evidence"], []),
}

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

# ISO 3166-1 alpha-2 officially assigned codes, plus SU for the Soviet Union.
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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def valid_date(value):
    m = DATE_RE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return True
    month = int(month)
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    day = int(day)
    return 1 <= day <= calendar.monthrange(int(year), month)[1]


def check_fields(where, obj, section):
    required, optional = ENTITY_FIELDS[section]
    if not isinstance(obj, dict):
        err(where, "entry is not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(where, f"fields {keys} do not start with {required}")
        return False
    extra = keys[len(required):]
    allowed_order = [k for k in optional if k in extra]
    if extra != allowed_order:
        err(where, f"unexpected or misordered optional fields {extra}; allowed {optional}")
        return False
    return True


def check_iso(where, code, allow_null=False):
    if code is None and allow_null:
        return
    if not isinstance(code, str) or code not in ISO_CODES:
        err(where, f"invalid ISO alpha-2 code {code!r}")


def check_str_list(where, value):
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        err(where, "must be a list of strings")
        return []
    return value


def check_file(stem, text, gold, person_names):
    where = f"gold/{stem}.json"
    keys = list(gold.keys()) if isinstance(gold, dict) else None
    if keys != TOP_FIELDS:
        err(where, f"top-level fields {keys} != {TOP_FIELDS}")
        return
    if gold["doc"] != stem + ".txt":
        err(where, f"doc {gold['doc']!r} does not name the text {stem}.txt")
    if not isinstance(gold["year"], str) or not YEAR_RE.match(gold["year"]):
        err(where, f"year {gold['year']!r} is not YYYY")
    elif int(gold["year"]) % 2 != 0:
        err(where, f"year {gold['year']} is not an even year")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_surface(w, entry, name_key="name"):
        aliases = check_str_list(w + ".aliases", entry.get("aliases", []))
        for a in aliases:
            if not occurs(a):
                err(w, f"alias {a!r} not found verbatim in text")
        if len(set(aliases)) != len(aliases):
            err(w, "duplicate aliases")
        name = entry.get(name_key)
        if not isinstance(name, str) or not name:
            err(w, "name missing")
        elif not occurs(name) and not any(occurs(a) for a in aliases):
            err(w, f"neither name {name!r} nor any alias occurs in text")

    person_ids, agreement_ids, org_ids = set(), set(), set()
    place_names = set()

    for i, p in enumerate(gold["persons"]):
        w = f"{where} persons[{i}]"
        if not check_fields(w, p, "persons"):
            continue
        pid = p["id"]
        if not isinstance(pid, str) or not SLUG_RE.match(pid):
            err(w, f"id {pid!r} is not a slug")
        if pid in person_ids:
            err(w, f"duplicate person id {pid}")
        person_ids.add(pid)
        check_surface(w, p)
        if p["office"] is not None and not occurs(p["office"]):
            err(w, f"office {p['office']!r} not found verbatim in text")
        check_iso(w + ".country", p["country"], allow_null=True)
        person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

    country_names = set()
    seen_iso = set()
    for i, c in enumerate(gold["countries"]):
        w = f"{where} countries[{i}]"
        if not check_fields(w, c, "countries"):
            continue
        check_iso(w + ".iso", c["iso"])
        if c["iso"] in seen_iso:
            err(w, f"duplicate country {c['iso']}")
        seen_iso.add(c["iso"])
        check_surface(w, c)
        country_names.add(c["name"])

    for i, r in enumerate(gold["regions"]):
        w = f"{where} regions[{i}]"
        if not check_fields(w, r, "regions"):
            continue
        check_surface(w, r)

    for i, a in enumerate(gold["agreements"]):
        w = f"{where} agreements[{i}]"
        if not check_fields(w, a, "agreements"):
            continue
        if not isinstance(a["id"], str) or not SLUG_RE.match(a["id"]):
            err(w, f"id {a['id']!r} is not a slug")
        if a["id"] in agreement_ids:
            err(w, f"duplicate agreement id {a['id']}")
        agreement_ids.add(a["id"])
        check_surface(w, a)
        parties = a["parties"]
        if not isinstance(parties, list):
            err(w, "parties must be a list")
        else:
            for code in parties:
                check_iso(w + ".parties", code)

    for i, o in enumerate(gold["organizations"]):
        w = f"{where} organizations[{i}]"
        if not check_fields(w, o, "organizations"):
            continue
        if not isinstance(o["id"], str) or not SLUG_RE.match(o["id"]):
            err(w, f"id {o['id']!r} is not a slug")
        if o["id"] in org_ids:
            err(w, f"duplicate organization id {o['id']}")
        org_ids.add(o["id"])
        check_surface(w, o)
        check_iso(w + ".country", o["country"], allow_null=True)

    for i, pl in enumerate(gold["places"]):
        w = f"{where} places[{i}]"
        if not check_fields(w, pl, "places"):
            continue
        if pl["name"] in place_names:
            err(w, f"duplicate place {pl['name']!r}")
        place_names.add(pl["name"])
        check_surface(w, pl)
        check_iso(w + ".country", pl["country"], allow_null=True)

    for i, m in enumerate(gold["meetings"]):
        w = f"{where} meetings[{i}]"
        if not check_fields(w, m, "meetings"):
            continue
        if m["kind"] not in KINDS:
            err(w, f"kind {m['kind']!r} not allowed")
        for pid in check_str_list(w + ".participants", m["participants"]):
            if pid not in person_ids:
                err(w, f"participant {pid!r} is not a person in this file")
        if len(set(m["participants"])) != len(m["participants"]):
            err(w, "duplicate participants")
        for code in check_str_list(w + ".countries", m["countries"]):
            check_iso(w + ".countries", code)
        d = m["date"]
        if d is not None and (not isinstance(d, str) or not valid_date(d)):
            err(w, f"date {d!r} is not a valid YYYY, YYYY-MM or YYYY-MM-DD")
        pl = m["place"]
        if pl is not None and pl not in place_names and pl not in country_names:
            err(w, f"place {pl!r} is not a name in places or countries")
        for t in check_str_list(w + ".topics", m["topics"]):
            if t not in TOPICS:
                err(w, f"topic {t!r} not allowed")
        for aid in check_str_list(w + ".agreements", m["agreements"]):
            if aid not in agreement_ids:
                err(w, f"agreement {aid!r} is not an agreement in this file")
        if not occurs(m["evidence"]):
            err(w, "evidence not found verbatim in text")
        for j, e in enumerate(m.get("evidence_extra", [])):
            if not occurs(e):
                err(w, f"evidence_extra[{j}] not found verbatim in text")
        if "note" in m and (not isinstance(m["note"], str) or not m["note"]):
            err(w, "note must be a non-empty string")

    for i, c in enumerate(gold["meeting_counts"]):
        w = f"{where} meeting_counts[{i}]"
        if not check_fields(w, c, "meeting_counts"):
            continue
        if c["kind"] not in KINDS:
            err(w, f"kind {c['kind']!r} not allowed")
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
            err(w, f"count {c['count']!r} is not a positive integer")
        if not isinstance(c["year"], str) or not YEAR_RE.match(c["year"]):
            err(w, f"year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            err(w, "evidence not found verbatim in text")


def main():
    texts = {f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD_DIR) if f.endswith(".json")}
    for stem in sorted(texts - golds):
        err(f"texts/{stem}.txt", "no gold file")
    for stem in sorted(golds - texts):
        err(f"gold/{stem}.json", "no text file")
    for stem in sorted(texts | golds):
        if not re.match(r"^h72_0[1-8]_[a-z0-9_]+$", stem):
            err(stem, "file stem does not follow h72_0K_<slug>")

    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(f"texts/{stem}.txt", f"{n} words, outside {MIN_WORDS}-{MAX_WORDS}")
        try:
            with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            err(f"gold/{stem}.json", f"cannot be read: {exc}")
            continue
        check_file(stem, text, gold, person_names)

    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            desc = "; ".join(f"{n!r} in {', '.join(files)}" for n, files in names.items())
            err("persons", f"id {pid} has different names across files: {desc}")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
