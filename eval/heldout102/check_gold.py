#!/usr/bin/env python3
"""Check the heldout102 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MEETING_KEYS = ["kind", "participants", "countries", "date", "place", "topics",
                "agreements", "evidence"]
MEETING_OPTIONAL = ["evidence_extra", "note"]

problems = []


def err(where, msg):
    problems.append(f"{where}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if da is not None:
        try:
            date(int(y), int(mo), int(da))
        except ValueError:
            return False
    return True


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    expected = [k for k in list(required) + list(optional) if k in keys]
    missing = [k for k in required if k not in keys]
    extra = [k for k in keys if k not in required and k not in optional]
    if missing:
        err(where, f"missing fields {missing}")
    if extra:
        err(where, f"unexpected fields {extra}")
    if not missing and not extra and keys != expected:
        err(where, f"fields out of order {keys}, expected {expected}")
    return not missing


def check_str_list(where, value, text=None, what="alias"):
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        err(where, f"{what}es must be a list of strings" if what == "alias" else f"{what} must be a list of strings")
        return []
    if text is not None:
        for a in value:
            if a not in text:
                err(where, f"{what} not in text: {a!r}")
    return value


def check_iso(where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(where, f"invalid ISO code {code!r}")


def check_file(stem, data, text, person_names):
    w = stem
    if not isinstance(data, dict):
        err(w, "top level is not an object")
        return
    if list(data.keys()) != TOP:
        err(w, f"top-level fields {list(data.keys())} != {TOP}")
    if data.get("doc") != stem + ".txt":
        err(w, f"doc {data.get('doc')!r} does not name {stem}.txt")
    year = data.get("year")
    if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year)):
        err(w, f"year {year!r} is not YYYY")

    def entity_name_present(where, name, aliases):
        if not isinstance(name, str) or not name:
            err(where, "name missing or not a string")
            return
        if name not in text and not any(a in text for a in aliases):
            err(where, f"neither name {name!r} nor any alias occurs in text")

    # persons
    person_ids = set()
    for i, p in enumerate(data.get("persons", []) or []):
        pw = f"{w}: persons[{i}]"
        if not check_keys(pw, p, ["id", "name", "aliases", "office", "country"]):
            continue
        pid = p["id"]
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err(pw, f"bad id {pid!r}")
        if pid in person_ids:
            err(pw, f"duplicate person id {pid!r}")
        person_ids.add(pid)
        aliases = check_str_list(pw, p["aliases"], text)
        entity_name_present(pw, p["name"], aliases)
        if p["office"] is not None:
            if not isinstance(p["office"], str):
                err(pw, "office must be a string or null")
            elif p["office"] not in text:
                err(pw, f"office not in text: {p['office']!r}")
        check_iso(pw, p["country"], allow_null=True)
        person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

    # countries
    country_names = set()
    for i, c in enumerate(data.get("countries", []) or []):
        cw = f"{w}: countries[{i}]"
        if not check_keys(cw, c, ["name", "iso"], ["aliases"]):
            continue
        aliases = check_str_list(cw, c.get("aliases", []), text)
        entity_name_present(cw, c["name"], aliases)
        check_iso(cw, c["iso"])
        if c["name"] in country_names:
            err(cw, f"duplicate country {c['name']!r}")
        country_names.add(c["name"])

    # regions
    for i, r in enumerate(data.get("regions", []) or []):
        rw = f"{w}: regions[{i}]"
        if not check_keys(rw, r, ["name"], ["aliases"]):
            continue
        aliases = check_str_list(rw, r.get("aliases", []), text)
        entity_name_present(rw, r["name"], aliases)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(data.get("agreements", []) or []):
        aw = f"{w}: agreements[{i}]"
        if not check_keys(aw, a, ["id", "name", "aliases", "parties"]):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            err(aw, f"bad id {a['id']!r}")
        if a["id"] in agreement_ids:
            err(aw, f"duplicate agreement id {a['id']!r}")
        agreement_ids.add(a["id"])
        aliases = check_str_list(aw, a["aliases"], text)
        entity_name_present(aw, a["name"], aliases)
        if not isinstance(a["parties"], list):
            err(aw, "parties must be a list")
        else:
            for code in a["parties"]:
                check_iso(aw, code)

    # organizations
    org_ids = set()
    for i, o in enumerate(data.get("organizations", []) or []):
        ow = f"{w}: organizations[{i}]"
        if not check_keys(ow, o, ["id", "name", "aliases", "country"]):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            err(ow, f"bad id {o['id']!r}")
        if o["id"] in org_ids:
            err(ow, f"duplicate organization id {o['id']!r}")
        org_ids.add(o["id"])
        aliases = check_str_list(ow, o["aliases"], text)
        entity_name_present(ow, o["name"], aliases)
        check_iso(ow, o["country"], allow_null=True)

    # places
    place_names = set()
    for i, pl in enumerate(data.get("places", []) or []):
        plw = f"{w}: places[{i}]"
        if not check_keys(plw, pl, ["name", "aliases", "country"]):
            continue
        aliases = check_str_list(plw, pl["aliases"], text)
        entity_name_present(plw, pl["name"], aliases)
        check_iso(plw, pl["country"], allow_null=True)
        if pl["name"] in place_names:
            err(plw, f"duplicate place {pl['name']!r}")
        place_names.add(pl["name"])

    # meetings
    for i, m in enumerate(data.get("meetings", []) or []):
        mw = f"{w}: meetings[{i}]"
        if not check_keys(mw, m, MEETING_KEYS, MEETING_OPTIONAL):
            continue
        if m["kind"] not in KINDS:
            err(mw, f"kind {m['kind']!r} not allowed")
        for pid in check_str_list(mw, m["participants"], what="participants"):
            if pid not in person_ids:
                err(mw, f"participant {pid!r} not in persons")
        for code in check_str_list(mw, m["countries"], what="countries"):
            check_iso(mw, code)
        if not valid_date(m["date"]):
            err(mw, f"invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names and m["place"] not in country_names:
            err(mw, f"place {m['place']!r} not in places or countries")
        for t in check_str_list(mw, m["topics"], what="topics"):
            if t not in TOPICS:
                err(mw, f"topic {t!r} not allowed")
        for aid in check_str_list(mw, m["agreements"], what="agreements"):
            if aid not in agreement_ids:
                err(mw, f"agreement {aid!r} not in agreements")
        if not isinstance(m["evidence"], str) or not m["evidence"]:
            err(mw, "evidence must be a non-empty string")
        elif m["evidence"] not in text:
            err(mw, f"evidence not in text: {m['evidence'][:80]!r}")
        if "evidence_extra" in m:
            check_str_list(mw, m["evidence_extra"], text, what="evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            err(mw, "note must be a string")

    # meeting_counts
    for i, c in enumerate(data.get("meeting_counts", []) or []):
        cw = f"{w}: meeting_counts[{i}]"
        if not check_keys(cw, c, ["kind", "count", "year", "evidence"]):
            continue
        if c["kind"] not in KINDS:
            err(cw, f"kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(cw, f"count {c['count']!r} is not a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(cw, f"year {c['year']!r} is not YYYY")
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            err(cw, f"evidence not in text: {str(c['evidence'])[:80]!r}")


def main():
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(stem, f"{n} words, outside 550-950")
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            err(stem, f"cannot read gold JSON: {e}")
            continue
        check_file(stem, data, text, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            err("set", f"person id {pid!r} has different names: {detail}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
