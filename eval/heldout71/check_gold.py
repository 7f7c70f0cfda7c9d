#!/usr/bin/env python3
"""Consistency checker for the heldout71 gold files (standard library only).

Run from anywhere:  python3 /work/main/eval/heldout71/check_gold.py
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
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

# section -> (required fields in order, optional fields in order)
FIELDS = {
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

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}

TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

problems = []


def err(where, msg):
    problems.append("%s: %s" % (where, msg))


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    m = DATE_RE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return True
    mo = int(month)
    if not 1 <= mo <= 12:
        return False
    if day is None:
        return True
    return 1 <= int(day) <= calendar.monthrange(int(year), mo)[1]


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def check_keys(where, obj, section):
    required, optional = FIELDS[section]
    if not isinstance(obj, dict):
        err(where, "entry is not an object")
        return False
    keys = list(obj.keys())
    if keys[:len(required)] != required:
        err(where, "fields %s, expected %s first (in this order)" % (keys, required))
        return False
    rest = keys[len(required):]
    allowed = [k for k in optional if k in rest]
    if rest != allowed:
        err(where, "unexpected or misordered optional fields %s (allowed, in order: %s)" % (rest, optional))
        return False
    return True


def check_iso(where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO_CODES:
        err(where, "invalid ISO 3166-1 alpha-2 code %r" % (code,))


def check_in_text(where, text, s, what):
    if not isinstance(s, str) or not s:
        err(where, "%s is empty or not a string" % what)
    elif s not in text:
        err(where, "%s not found verbatim in text: %r" % (what, s))


def check_file(stem, text, gold, person_names):
    w = stem
    if list(gold.keys()) != TOP_FIELDS:
        err(w, "top-level fields %s, expected %s" % (list(gold.keys()), TOP_FIELDS))
        return
    if gold["doc"] != stem + ".txt":
        err(w, "doc %r does not name the text %r" % (gold["doc"], stem + ".txt"))
    if not (isinstance(gold["year"], str) and YEAR_RE.match(gold["year"])):
        err(w, "year %r is not YYYY" % (gold["year"],))
    for section in TOP_FIELDS[2:]:
        if not isinstance(gold[section], list):
            err(w, "%s is not a list" % section)
            return

    # ---- entities -------------------------------------------------------
    ids = {"persons": set(), "agreements": set(), "organizations": set()}
    for section in ("persons", "agreements", "organizations"):
        for i, e in enumerate(gold[section]):
            where = "%s %s[%d]" % (w, section, i)
            if not check_keys(where, e, section):
                continue
            eid = e["id"]
            if not (isinstance(eid, str) and SLUG_RE.match(eid)):
                err(where, "id %r is not a slug" % (eid,))
            if eid in ids[section]:
                err(where, "duplicate id %r" % (eid,))
            ids[section].add(eid)
    for section in ("countries", "regions", "places"):
        for i, e in enumerate(gold[section]):
            check_keys("%s %s[%d]" % (w, section, i), e, section)

    names = {"countries": set(), "places": set()}
    for section in ("persons", "countries", "regions", "agreements", "organizations", "places"):
        for i, e in enumerate(gold[section]):
            if not isinstance(e, dict) or "name" not in e:
                continue
            where = "%s %s[%d] (%s)" % (w, section, i, e.get("name"))
            name = e["name"]
            if not isinstance(name, str) or not name:
                err(where, "name is empty or not a string")
                continue
            aliases = e.get("aliases", [])
            if not is_str_list(aliases):
                err(where, "aliases is not a list of strings")
                aliases = []
            for a in aliases:
                check_in_text(where, text, a, "alias")
            if len(set(aliases)) != len(aliases):
                err(where, "duplicate aliases")
            if name not in text and not any(a in text for a in aliases):
                err(where, "neither the name nor any alias occurs in the text")
            if section in names:
                if name in names[section]:
                    err(where, "duplicate %s name" % section[:-1])
                names[section].add(name)
            if section == "persons":
                if e.get("office") is not None:
                    check_in_text(where, text, e["office"], "office")
                check_iso(where, e.get("country"), allow_null=True)
                pid = e.get("id")
                if pid in person_names and person_names[pid][0] != name:
                    err(where, "person %s has name %r here but %r in %s"
                        % (pid, name, person_names[pid][0], person_names[pid][1]))
                person_names.setdefault(pid, (name, stem))
            elif section == "countries":
                check_iso(where, e.get("iso"))
            elif section == "agreements":
                parties = e.get("parties")
                if not is_str_list(parties):
                    err(where, "parties is not a list of strings")
                else:
                    for p in parties:
                        check_iso(where, p)
            elif section in ("organizations", "places"):
                check_iso(where, e.get("country"), allow_null=True)

    place_names = names["places"] | names["countries"]

    # ---- meetings ---------------------------------------------------------
    for i, m in enumerate(gold["meetings"]):
        where = "%s meetings[%d]" % (w, i)
        if not check_keys(where, m, "meetings"):
            continue
        if m["kind"] not in KINDS:
            err(where, "kind %r not allowed" % (m["kind"],))
        if not is_str_list(m["participants"]):
            err(where, "participants is not a list of strings")
        else:
            for p in m["participants"]:
                if p not in ids["persons"]:
                    err(where, "participant %r is not a listed person" % (p,))
            if len(set(m["participants"])) != len(m["participants"]):
                err(where, "duplicate participants")
        if not is_str_list(m["countries"]):
            err(where, "countries is not a list of strings")
        else:
            for c in m["countries"]:
                check_iso(where, c)
        if not valid_date(m["date"]):
            err(where, "invalid date %r" % (m["date"],))
        if m["place"] is not None and m["place"] not in place_names:
            err(where, "place %r is not a name in places or countries" % (m["place"],))
        if not is_str_list(m["topics"]):
            err(where, "topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(where, "topic %r not allowed" % (t,))
        if not is_str_list(m["agreements"]):
            err(where, "agreements is not a list of strings")
        else:
            for a in m["agreements"]:
                if a not in ids["agreements"]:
                    err(where, "agreement %r is not a listed agreement" % (a,))
        check_in_text(where, text, m["evidence"], "evidence")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(where, "evidence_extra is not a list of strings")
            else:
                for s in m["evidence_extra"]:
                    check_in_text(where, text, s, "evidence_extra")
        if "note" in m and not isinstance(m["note"], str):
            err(where, "note is not a string")

    # ---- meeting counts -------------------------------------------------
    for i, c in enumerate(gold["meeting_counts"]):
        where = "%s meeting_counts[%d]" % (w, i)
        if not check_keys(where, c, "meeting_counts"):
            continue
        if c["kind"] not in KINDS:
            err(where, "kind %r not allowed" % (c["kind"],))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(where, "count %r is not a positive integer" % (c["count"],))
        if not (isinstance(c["year"], str) and YEAR_RE.match(c["year"])):
            err(where, "year %r is not YYYY" % (c["year"],))
        check_in_text(where, text, c["evidence"], "evidence")


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt")) if os.path.isdir(TEXT_DIR) else []
    golds = sorted(f[:-5] for f in os.listdir(GOLD_DIR) if f.endswith(".json")) if os.path.isdir(GOLD_DIR) else []
    for stem in texts:
        if stem not in golds:
            err(stem, "text has no gold file")
    for stem in golds:
        if stem not in texts:
            err(stem, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in texts:
        with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(stem, "text has %d words, outside %d-%d" % (n, MIN_WORDS, MAX_WORDS))
        if stem not in golds:
            continue
        checked += 1
        try:
            with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as exc:
            err(stem, "cannot read gold file: %s" % exc)
            continue
        if not isinstance(gold, dict):
            err(stem, "gold file is not a JSON object")
            continue
        check_file(stem, text, gold, person_names)
    for p in problems:
        print(p)
    print("checked %d files: %d errors" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
