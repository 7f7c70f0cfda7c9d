#!/usr/bin/env python3
"""Consistency checker for the heldout24 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if there is any error.
"""
import calendar
import json
import os
import re
import sys

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split()) | {"SU"}

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
# (required keys, optional keys)
ENTRY_KEYS = {
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
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    m = DATE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1800 <= int(year) <= 2100:
        return False
    if month is not None and not 1 <= int(month) <= 12:
        return False
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            return False
    return True


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) and x for x in value)


def check_file(stem, gold_path, text, errors, person_names):
    def err(msg):
        errors.append("%s: %s" % (stem, msg))

    try:
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        err("cannot read JSON: %s" % exc)
        return
    if not isinstance(gold, dict):
        err("top level is not an object")
        return
    if sorted(gold.keys()) != sorted(TOP_KEYS):
        err("top-level keys %s differ from %s" % (sorted(gold.keys()), sorted(TOP_KEYS)))
    if gold.get("doc") != stem + ".txt":
        err("doc is %r, expected %r" % (gold.get("doc"), stem + ".txt"))
    year = gold.get("year")
    if not (isinstance(year, str) and re.match(r"^\d{4}$", year)):
        err("year %r is not a YYYY string" % (year,))

    for section, (required, optional) in ENTRY_KEYS.items():
        entries = gold.get(section)
        if not isinstance(entries, list):
            err("%s is not a list" % section)
            gold[section] = []
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                err("%s[%d] is not an object" % (section, i))
                continue
            keys = set(entry.keys())
            missing = required - keys
            extra = keys - required - optional
            if missing:
                err("%s[%d] missing fields %s" % (section, i, sorted(missing)))
            if extra:
                err("%s[%d] undocumented fields %s" % (section, i, sorted(extra)))

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_iso(value, where, allow_null=True):
        if value is None and allow_null:
            return
        if value not in ISO:
            err("%s: invalid country code %r" % (where, value))

    def check_names(section, entry, i, name_must_occur_or_alias=True):
        where = "%s[%d] %r" % (section, i, entry.get("name"))
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            err("%s: empty name" % where)
        aliases = entry.get("aliases", [])
        if not is_str_list(aliases):
            err("%s: aliases must be a list of non-empty strings" % where)
            aliases = []
        for a in aliases:
            if a not in text:
                err("%s: alias %r does not occur in the text" % (where, a))
        if len(set(aliases)) != len(aliases):
            err("%s: duplicate aliases" % where)
        if name_must_occur_or_alias and not occurs(name) and not any(occurs(a) for a in aliases):
            err("%s: neither name nor any alias occurs in the text" % where)

    # persons
    person_ids = set()
    for i, p in enumerate(gold.get("persons", [])):
        if not isinstance(p, dict):
            continue
        pid = p.get("id")
        if not (isinstance(pid, str) and SLUG.match(pid)):
            err("persons[%d]: id %r is not a slug" % (i, pid))
        if pid in person_ids:
            err("persons[%d]: duplicate id %r" % (i, pid))
        person_ids.add(pid)
        check_names("persons", p, i)
        office = p.get("office")
        if office is not None and not occurs(office):
            err("persons[%d] %r: office %r does not occur in the text" % (i, pid, office))
        check_iso(p.get("country"), "persons[%d] %r" % (i, pid))
        if isinstance(pid, str) and isinstance(p.get("name"), str):
            person_names.setdefault(pid, {}).setdefault(p["name"], []).append(stem)

    # countries
    country_names = set()
    country_isos = set()
    for i, c in enumerate(gold.get("countries", [])):
        if not isinstance(c, dict):
            continue
        check_names("countries", c, i)
        check_iso(c.get("iso"), "countries[%d] %r" % (i, c.get("name")), allow_null=False)
        if c.get("iso") in country_isos:
            err("countries[%d]: duplicate iso %r" % (i, c.get("iso")))
        country_isos.add(c.get("iso"))
        country_names.add(c.get("name"))

    # regions
    region_names = set()
    for i, r in enumerate(gold.get("regions", [])):
        if not isinstance(r, dict):
            continue
        check_names("regions", r, i)
        if r.get("name") in region_names:
            err("regions[%d]: duplicate region %r" % (i, r.get("name")))
        region_names.add(r.get("name"))

    # agreements
    agreement_ids = set()
    for i, a in enumerate(gold.get("agreements", [])):
        if not isinstance(a, dict):
            continue
        aid = a.get("id")
        if not (isinstance(aid, str) and SLUG.match(aid)):
            err("agreements[%d]: id %r is not a slug" % (i, aid))
        if aid in agreement_ids:
            err("agreements[%d]: duplicate id %r" % (i, aid))
        agreement_ids.add(aid)
        check_names("agreements", a, i)
        parties = a.get("parties")
        if not isinstance(parties, list):
            err("agreements[%d] %r: parties is not a list" % (i, aid))
        else:
            for code in parties:
                check_iso(code, "agreements[%d] %r parties" % (i, aid), allow_null=False)

    # organizations
    org_ids = set()
    for i, o in enumerate(gold.get("organizations", [])):
        if not isinstance(o, dict):
            continue
        oid = o.get("id")
        if not (isinstance(oid, str) and SLUG.match(oid)):
            err("organizations[%d]: id %r is not a slug" % (i, oid))
        if oid in org_ids:
            err("organizations[%d]: duplicate id %r" % (i, oid))
        org_ids.add(oid)
        check_names("organizations", o, i)
        check_iso(o.get("country"), "organizations[%d] %r" % (i, oid))

    # places
    place_names = set()
    for i, pl in enumerate(gold.get("places", [])):
        if not isinstance(pl, dict):
            continue
        check_names("places", pl, i)
        if pl.get("name") in place_names:
            err("places[%d]: duplicate place %r" % (i, pl.get("name")))
        place_names.add(pl.get("name"))
        check_iso(pl.get("country"), "places[%d] %r" % (i, pl.get("name")))

    # meetings
    for i, m in enumerate(gold.get("meetings", [])):
        if not isinstance(m, dict):
            continue
        where = "meetings[%d]" % i
        if m.get("kind") not in KINDS:
            err("%s: invalid kind %r" % (where, m.get("kind")))
        parts = m.get("participants")
        if not isinstance(parts, list):
            err("%s: participants is not a list" % where)
        else:
            for pid in parts:
                if pid not in person_ids:
                    err("%s: participant %r is not a listed person" % (where, pid))
            if len(set(parts)) != len(parts):
                err("%s: duplicate participants" % where)
        codes = m.get("countries")
        if not isinstance(codes, list):
            err("%s: countries is not a list" % where)
        else:
            for code in codes:
                check_iso(code, where + " countries", allow_null=False)
        if not valid_date(m.get("date")):
            err("%s: invalid date %r" % (where, m.get("date")))
        place = m.get("place")
        if place is not None and place not in place_names and place not in country_names:
            err("%s: place %r is not in places or countries" % (where, place))
        topics = m.get("topics")
        if not isinstance(topics, list):
            err("%s: topics is not a list" % where)
        else:
            for t in topics:
                if t not in TOPICS:
                    err("%s: invalid topic %r" % (where, t))
            if len(set(topics)) != len(topics):
                err("%s: duplicate topics" % where)
        agrs = m.get("agreements")
        if not isinstance(agrs, list):
            err("%s: agreements is not a list" % where)
        else:
            for aid in agrs:
                if aid not in agreement_ids:
                    err("%s: agreement %r is not a listed agreement" % (where, aid))
        if not occurs(m.get("evidence")):
            err("%s: evidence does not occur verbatim: %r" % (where, str(m.get("evidence"))[:80]))
        if "evidence_extra" in m:
            extra = m["evidence_extra"]
            if not is_str_list(extra):
                err("%s: evidence_extra must be a list of strings" % where)
            else:
                for e in extra:
                    if e not in text:
                        err("%s: evidence_extra does not occur verbatim: %r" % (where, e[:80]))
        if "note" in m and not isinstance(m["note"], str):
            err("%s: note is not a string" % where)

    # meeting counts
    for i, c in enumerate(gold.get("meeting_counts", [])):
        if not isinstance(c, dict):
            continue
        where = "meeting_counts[%d]" % i
        if c.get("kind") not in KINDS:
            err("%s: invalid kind %r" % (where, c.get("kind")))
        if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
            err("%s: count %r is not a positive integer" % (where, c.get("count")))
        y = c.get("year")
        if y is not None and not (isinstance(y, str) and re.match(r"^\d{4}$", y)):
            err("%s: year %r is not a YYYY string or null" % (where, y))
        if not occurs(c.get("evidence")):
            err("%s: evidence does not occur verbatim" % where)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    text_dir = os.path.join(base, "texts")
    gold_dir = os.path.join(base, "gold")
    errors = []
    texts = sorted(f[:-4] for f in os.listdir(text_dir) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    for stem in texts:
        if stem not in golds:
            errors.append("%s: text has no gold file" % stem)
    for stem in golds:
        if stem not in texts:
            errors.append("%s: gold file has no text" % stem)
    person_names = {}
    checked = 0
    for stem in texts:
        if stem not in golds:
            continue
        try:
            with open(os.path.join(text_dir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            errors.append("%s: cannot read text as UTF-8: %s" % (stem, exc))
            continue
        check_file(stem, os.path.join(gold_dir, stem + ".json"), text, errors, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join("%r in %s" % (n, ",".join(files)) for n, files in sorted(names.items()))
            errors.append("person id %r has different names across files: %s" % (pid, detail))
    for e in errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
