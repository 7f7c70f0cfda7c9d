#!/usr/bin/env python3
"""Consistency checker for the heldout68 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory of this script. The script expects
SET_DIR/texts/*.txt and SET_DIR/gold/*.json. It prints one line per problem,
then "checked N files: M errors", and exits with status 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

ISO_3166_1_ALPHA2 = set("""
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
""".split())
ISO_CODES = ISO_3166_1_ALPHA2 | {"SU"}

KINDS = {
    "summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
    "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
    "visit", "signing", "telephone-talk", "courtesy-call", "other",
}
TOPICS = {
    "peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
    "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
    "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
    "health-medical", "science-technology", "agriculture", "transport-infrastructure",
    "regional-affairs", "political-dialogue",
}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
FIELDS = {
    # section: (required keys, optional keys)
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
YEAR = re.compile(r"^\d{4}$")
WORDS_MIN, WORDS_MAX = 550, 950


def valid_date(s):
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_file(stem, text, gold, problems, person_names):
    def err(msg):
        problems.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        err("top level is not an object")
        return
    keys = list(gold.keys())
    if set(keys) != set(TOP_KEYS):
        missing = [k for k in TOP_KEYS if k not in gold]
        extra = [k for k in keys if k not in TOP_KEYS]
        err(f"top-level fields differ from the format (missing {missing}, extra {extra})")
    if gold.get("doc") != stem + ".txt":
        err(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold.get("year"), str) and YEAR.match(gold.get("year"))):
        err(f"year {gold.get('year')!r} is not a YYYY string")

    # word count of the text
    n_words = len(text.split())
    if not WORDS_MIN <= n_words <= WORDS_MAX:
        err(f"text has {n_words} words, outside {WORDS_MIN}-{WORDS_MAX}")

    # field sets per section
    for section, (req, opt) in FIELDS.items():
        entries = gold.get(section)
        if not isinstance(entries, list):
            err(f"{section} is not a list")
            gold[section] = []
            continue
        for i, e in enumerate(entries):
            if not isinstance(e, dict):
                err(f"{section}[{i}] is not an object")
                continue
            ks = set(e.keys())
            if not req <= ks or not ks <= req | opt:
                err(f"{section}[{i}] fields {sorted(ks)} differ from the format "
                    f"(required {sorted(req)}, optional {sorted(opt)})")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what}: empty or not a string")
            return False
        if s not in text:
            err(f"{what} not found verbatim in text: {s[:90]!r}")
            return False
        return True

    def name_or_alias(e, what):
        names = [e.get("name")] + list(e.get("aliases") or [])
        if not any(isinstance(n, str) and n and n in text for n in names):
            err(f"{what}: neither name nor any alias occurs in text")

    def iso_ok(code, what):
        if code not in ISO_CODES:
            err(f"{what}: {code!r} is not an ISO 3166-1 alpha-2 code (or SU)")

    # persons
    person_ids = set()
    for p in gold["persons"]:
        pid = p.get("id")
        if not isinstance(pid, str) or not SLUG.match(pid):
            err(f"person id {pid!r} is not a slug")
        if pid in person_ids:
            err(f"duplicate person id {pid!r}")
        person_ids.add(pid)
        if not isinstance(p.get("name"), str) or not p.get("name"):
            err(f"person {pid}: name missing")
        else:
            person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)
        if not is_str_list(p.get("aliases")):
            err(f"person {pid}: aliases is not a list of strings")
        else:
            for a in p["aliases"]:
                verbatim(a, f"person {pid} alias")
            if len(set(p["aliases"])) != len(p["aliases"]):
                err(f"person {pid}: duplicate aliases")
        if p.get("office") is not None:
            verbatim(p.get("office"), f"person {pid} office")
        if p.get("country") is not None:
            iso_ok(p.get("country"), f"person {pid} country")
        name_or_alias(p, f"person {pid}")

    # countries
    country_names = set()
    for c in gold["countries"]:
        iso_ok(c.get("iso"), f"country {c.get('name')!r}")
        if c.get("name") in country_names:
            err(f"duplicate country {c.get('name')!r}")
        country_names.add(c.get("name"))
        if "aliases" in c:
            if not is_str_list(c["aliases"]):
                err(f"country {c.get('name')!r}: aliases is not a list of strings")
            else:
                for a in c["aliases"]:
                    verbatim(a, f"country {c.get('name')!r} alias")
        name_or_alias(c, f"country {c.get('name')!r}")
    isos = [c.get("iso") for c in gold["countries"]]
    if len(set(isos)) != len(isos):
        err("a country ISO code is listed twice")

    # regions
    region_names = set()
    for r in gold["regions"]:
        if r.get("name") in region_names:
            err(f"duplicate region {r.get('name')!r}")
        region_names.add(r.get("name"))
        if "aliases" in r:
            if not is_str_list(r["aliases"]):
                err(f"region {r.get('name')!r}: aliases is not a list of strings")
            else:
                for a in r["aliases"]:
                    verbatim(a, f"region {r.get('name')!r} alias")
        name_or_alias(r, f"region {r.get('name')!r}")

    # agreements
    agreement_ids = set()
    for a in gold["agreements"]:
        aid = a.get("id")
        if not isinstance(aid, str) or not SLUG.match(aid):
            err(f"agreement id {aid!r} is not a slug")
        if aid in agreement_ids:
            err(f"duplicate agreement id {aid!r}")
        agreement_ids.add(aid)
        if not is_str_list(a.get("aliases")):
            err(f"agreement {aid}: aliases is not a list of strings")
        else:
            for al in a["aliases"]:
                verbatim(al, f"agreement {aid} alias")
        if not is_str_list(a.get("parties")):
            err(f"agreement {aid}: parties is not a list of strings")
        else:
            for code in a["parties"]:
                iso_ok(code, f"agreement {aid} party")
        name_or_alias(a, f"agreement {aid}")

    # organizations
    org_ids = set()
    for o in gold["organizations"]:
        oid = o.get("id")
        if not isinstance(oid, str) or not SLUG.match(oid):
            err(f"organization id {oid!r} is not a slug")
        if oid in org_ids:
            err(f"duplicate organization id {oid!r}")
        org_ids.add(oid)
        if not is_str_list(o.get("aliases")):
            err(f"organization {oid}: aliases is not a list of strings")
        else:
            for al in o["aliases"]:
                verbatim(al, f"organization {oid} alias")
        if o.get("country") is not None:
            iso_ok(o.get("country"), f"organization {oid} country")
        name_or_alias(o, f"organization {oid}")

    # places
    place_names = set()
    for pl in gold["places"]:
        if pl.get("name") in place_names:
            err(f"duplicate place {pl.get('name')!r}")
        place_names.add(pl.get("name"))
        if not is_str_list(pl.get("aliases")):
            err(f"place {pl.get('name')!r}: aliases is not a list of strings")
        else:
            for al in pl["aliases"]:
                verbatim(al, f"place {pl.get('name')!r} alias")
        if pl.get("country") is not None:
            iso_ok(pl.get("country"), f"place {pl.get('name')!r} country")
        name_or_alias(pl, f"place {pl.get('name')!r}")

    # meetings
    for i, m in enumerate(gold["meetings"]):
        tag = f"meeting[{i}]"
        if m.get("kind") not in KINDS:
            err(f"{tag}: kind {m.get('kind')!r} not allowed")
        parts = m.get("participants")
        if not is_str_list(parts):
            err(f"{tag}: participants is not a list of strings")
        else:
            if len(set(parts)) != len(parts):
                err(f"{tag}: duplicate participants")
            for pid in parts:
                if pid not in person_ids:
                    err(f"{tag}: participant {pid!r} is not a person id of this file")
        if not is_str_list(m.get("countries")):
            err(f"{tag}: countries is not a list of strings")
        else:
            for code in m["countries"]:
                iso_ok(code, f"{tag} country")
            if len(set(m["countries"])) != len(m["countries"]):
                err(f"{tag}: duplicate countries")
        if m.get("date") is not None and not valid_date(m.get("date")):
            err(f"{tag}: invalid date {m.get('date')!r}")
        place = m.get("place")
        if place is not None and place not in place_names and place not in country_names:
            err(f"{tag}: place {place!r} is not in this file's places or countries")
        if not is_str_list(m.get("topics")):
            err(f"{tag}: topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f"{tag}: topic {t!r} not allowed")
        if not is_str_list(m.get("agreements")):
            err(f"{tag}: agreements is not a list of strings")
        else:
            for aid in m["agreements"]:
                if aid not in agreement_ids:
                    err(f"{tag}: agreement {aid!r} is not an agreement id of this file")
        verbatim(m.get("evidence"), f"{tag} evidence")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f"{tag}: evidence_extra is not a list of strings")
            else:
                for e in m["evidence_extra"]:
                    verbatim(e, f"{tag} evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{tag}: note is not a string")

    # meeting counts
    for i, c in enumerate(gold["meeting_counts"]):
        tag = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(f"{tag}: kind {c.get('kind')!r} not allowed")
        if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c.get("count") < 1:
            err(f"{tag}: count {c.get('count')!r} is not a positive integer")
        if not (isinstance(c.get("year"), str) and YEAR.match(c.get("year"))):
            err(f"{tag}: year {c.get('year')!r} is not a YYYY string")
        verbatim(c.get("evidence"), f"{tag} evidence")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        problems.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        problems.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, ValueError) as e:
            problems.append(f"{stem}: cannot read gold JSON ({e})")
            continue
        check_file(stem, text, gold, problems, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            problems.append(f"person id {pid!r} has different names across files: {detail}")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
