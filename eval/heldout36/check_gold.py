#!/usr/bin/env python3
"""Consistency checker for the heldout36 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem and a final line "checked N files: M errors".
Exits 1 when there is at least one error, 0 otherwise.
"""
import datetime
import glob
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
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def valid_date(value):
    if not isinstance(value, str):
        return False
    m = DATE_RE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            datetime.date(int(year), int(month), int(day))
        elif month and not 1 <= int(month) <= 12:
            return False
    except ValueError:
        return False
    return True


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    text_dir = os.path.join(base, "texts")
    gold_dir = os.path.join(base, "gold")
    problems = []

    def err(where, msg):
        problems.append("%s: %s" % (where, msg))

    texts = {os.path.splitext(os.path.basename(p))[0]: p
             for p in glob.glob(os.path.join(text_dir, "*.txt"))}
    golds = {os.path.splitext(os.path.basename(p))[0]: p
             for p in glob.glob(os.path.join(gold_dir, "*.json"))}
    for stem in sorted(set(texts) - set(golds)):
        err(stem, "text has no gold file")
    for stem in sorted(set(golds) - set(texts)):
        err(stem, "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        checked += 1
        where = stem + ".json"
        try:
            with open(texts[stem], encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            err(stem + ".txt", "text is not valid UTF-8")
            continue
        try:
            with open(golds[stem], encoding="utf-8") as fh:
                gold = json.load(fh)
        except (ValueError, UnicodeDecodeError) as exc:
            err(where, "invalid JSON: %s" % exc)
            continue
        if not isinstance(gold, dict):
            err(where, "top level is not an object")
            continue
        keys = list(gold.keys())
        if set(keys) != set(TOP_KEYS):
            missing = sorted(set(TOP_KEYS) - set(keys))
            extra = sorted(set(keys) - set(TOP_KEYS))
            err(where, "top-level keys wrong (missing %s, extra %s)" % (missing, extra))
        if gold.get("doc") != stem + ".txt":
            err(where, "doc is %r, expected %r" % (gold.get("doc"), stem + ".txt"))
        year = gold.get("year")
        if not (isinstance(year, str) and re.match(r"^\d{4}$", year)):
            err(where, "year %r is not YYYY" % (year,))

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        # field sets and types
        for section, (required, optional) in FIELDS.items():
            items = gold.get(section, [])
            if not isinstance(items, list):
                err(where, "%s is not a list" % section)
                gold[section] = []
                continue
            for i, item in enumerate(items):
                loc = "%s[%d]" % (section, i)
                if not isinstance(item, dict):
                    err(where, "%s is not an object" % loc)
                    continue
                ks = set(item.keys())
                if not required <= ks:
                    err(where, "%s missing fields %s" % (loc, sorted(required - ks)))
                if ks - required - optional:
                    err(where, "%s has undocumented fields %s" % (loc, sorted(ks - required - optional)))
                for lf in ("aliases", "participants", "countries", "topics", "agreements",
                           "parties", "evidence_extra"):
                    if lf in item and not isinstance(item[lf], list):
                        err(where, "%s.%s is not a list" % (loc, lf))
                        item[lf] = []

        def check_iso(loc, code, allow_null):
            if code is None and allow_null:
                return
            if code not in ISO_3166_1_ALPHA2:
                err(where, "%s: invalid ISO code %r" % (loc, code))

        ids = {}
        for section in ("persons", "agreements", "organizations"):
            for i, item in enumerate(gold.get(section, [])):
                if not isinstance(item, dict):
                    continue
                iid = item.get("id")
                loc = "%s[%d] %s" % (section, i, iid)
                if not (isinstance(iid, str) and SLUG.match(iid)):
                    err(where, "%s: id is not a slug" % loc)
                key = (section, iid)
                if key in ids:
                    err(where, "%s: duplicate id" % loc)
                ids[key] = item

        # persons
        person_ids = set()
        for i, p in enumerate(gold.get("persons", [])):
            if not isinstance(p, dict):
                continue
            loc = "persons[%d] %s" % (i, p.get("id"))
            person_ids.add(p.get("id"))
            forms = [p.get("name")] + list(p.get("aliases", []))
            if not any(occurs(f) for f in forms):
                err(where, "%s: neither name nor any alias occurs in the text" % loc)
            for a in p.get("aliases", []):
                if not occurs(a):
                    err(where, "%s: alias %r does not occur in the text" % (loc, a))
            office = p.get("office")
            if office is not None and not occurs(office):
                err(where, "%s: office %r does not occur in the text" % (loc, office))
            check_iso(loc + " country", p.get("country"), True)
            pid, name = p.get("id"), p.get("name")
            if pid in person_names and person_names[pid][0] != name:
                err(where, "%s: name %r differs from %r in %s" % (
                    loc, name, person_names[pid][0], person_names[pid][1]))
            else:
                person_names.setdefault(pid, (name, where))

        # countries
        country_names = set()
        for i, c in enumerate(gold.get("countries", [])):
            if not isinstance(c, dict):
                continue
            loc = "countries[%d] %s" % (i, c.get("name"))
            country_names.add(c.get("name"))
            check_iso(loc, c.get("iso"), False)
            forms = [c.get("name")] + list(c.get("aliases", []))
            if not any(occurs(f) for f in forms):
                err(where, "%s: neither name nor any alias occurs in the text" % loc)
            for a in c.get("aliases", []):
                if not occurs(a):
                    err(where, "%s: alias %r does not occur in the text" % (loc, a))

        # regions, agreements, organizations, places
        for section in ("regions", "agreements", "organizations", "places"):
            for i, e in enumerate(gold.get(section, [])):
                if not isinstance(e, dict):
                    continue
                loc = "%s[%d] %s" % (section, i, e.get("id", e.get("name")))
                forms = [e.get("name")] + list(e.get("aliases", []))
                if not any(occurs(f) for f in forms):
                    err(where, "%s: neither name nor any alias occurs in the text" % loc)
                for a in e.get("aliases", []):
                    if not occurs(a):
                        err(where, "%s: alias %r does not occur in the text" % (loc, a))
                if section in ("organizations", "places"):
                    check_iso(loc + " country", e.get("country"), True)
                if section == "agreements":
                    for code in e.get("parties", []):
                        check_iso(loc + " party", code, False)

        agreement_ids = {a.get("id") for a in gold.get("agreements", []) if isinstance(a, dict)}
        place_names = {p.get("name") for p in gold.get("places", []) if isinstance(p, dict)}

        for i, m in enumerate(gold.get("meetings", [])):
            if not isinstance(m, dict):
                continue
            loc = "meetings[%d]" % i
            if m.get("kind") not in MEETING_KINDS:
                err(where, "%s: kind %r not allowed" % (loc, m.get("kind")))
            for pid in m.get("participants", []):
                if pid not in person_ids:
                    err(where, "%s: participant %r is not a listed person" % (loc, pid))
            for code in m.get("countries", []):
                check_iso(loc + " countries", code, False)
            date = m.get("date")
            if date is not None and not valid_date(date):
                err(where, "%s: invalid date %r" % (loc, date))
            place = m.get("place")
            if place is not None and place not in place_names and place not in country_names:
                err(where, "%s: place %r is not a listed place or country" % (loc, place))
            for t in m.get("topics", []):
                if t not in TOPICS:
                    err(where, "%s: topic %r not allowed" % (loc, t))
            for aid in m.get("agreements", []):
                if aid not in agreement_ids:
                    err(where, "%s: agreement %r is not a listed agreement" % (loc, aid))
            if not occurs(m.get("evidence")):
                err(where, "%s: evidence does not occur verbatim in the text" % loc)
            for j, ex in enumerate(m.get("evidence_extra", [])):
                if not occurs(ex):
                    err(where, "%s: evidence_extra[%d] does not occur verbatim" % (loc, j))
            if "note" in m and not isinstance(m["note"], str):
                err(where, "%s: note is not a string" % loc)

        for i, c in enumerate(gold.get("meeting_counts", [])):
            if not isinstance(c, dict):
                continue
            loc = "meeting_counts[%d]" % i
            if c.get("kind") not in MEETING_KINDS:
                err(where, "%s: kind %r not allowed" % (loc, c.get("kind")))
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool)
                    and c.get("count") > 0):
                err(where, "%s: count %r is not a positive integer" % (loc, c.get("count")))
            if not (isinstance(c.get("year"), str) and valid_date(c.get("year"))
                    and len(c.get("year")) == 4):
                err(where, "%s: year %r is not YYYY" % (loc, c.get("year")))
            if not occurs(c.get("evidence")):
                err(where, "%s: evidence does not occur verbatim in the text" % loc)

    for line in problems:
        print(line)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
