#!/usr/bin/env python3
"""Consistency checker for the heldout48 gold annotations.

Standard library only. Run from anywhere:

    python3 check_gold.py

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there are errors (0 otherwise).
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "texts")
GOLD_DIR = os.path.join(HERE, "gold")

TOP_FIELDS = ["doc", "year", "persons", "countries", "regions", "agreements",
              "organizations", "places", "meetings", "meeting_counts"]
PERSON_FIELDS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_FIELDS = {"id", "name", "aliases", "parties"}
ORG_FIELDS = {"id", "name", "aliases", "country"}
PLACE_FIELDS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
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

# ISO 3166-1 alpha-2 (officially assigned codes) plus SU for the Soviet Union.
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

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def valid_date(value):
    """None, YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
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


def check_str_list(ck, where, value):
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        ck.err(where, "must be a list of strings")
        return []
    if len(set(value)) != len(value):
        ck.err(where, "contains duplicates")
    return value


def check_iso(ck, where, code, allow_null):
    if code is None:
        if not allow_null:
            ck.err(where, "ISO code must not be null")
        return
    if code not in ISO_CODES:
        ck.err(where, "invalid ISO 3166-1 alpha-2 code %r" % (code,))


def check_surface(ck, where, text, name, aliases, name_may_be_absent=True):
    """Aliases must occur verbatim; the name or an alias must occur."""
    for a in aliases:
        if a not in text:
            ck.err(where, "alias %r does not occur in the text" % a)
    if name not in text and not any(a in text for a in aliases):
        ck.err(where, "neither the name %r nor an alias occurs in the text" % name)
    if not name_may_be_absent and name not in text:
        ck.err(where, "name %r does not occur in the text" % name)


def check_file(ck, stem, text, data, person_names):
    f = stem + ".json"
    if not isinstance(data, dict):
        ck.err(f, "top level is not an object")
        return
    if list(data.keys()) != TOP_FIELDS:
        missing = [k for k in TOP_FIELDS if k not in data]
        extra = [k for k in data if k not in TOP_FIELDS]
        if missing or extra:
            ck.err(f, "top-level fields differ: missing %s, undocumented %s"
                   % (missing, extra))
        else:
            ck.err(f, "top-level fields are not in the documented order")
    if data.get("doc") != stem + ".txt":
        ck.err(f, "doc is %r, expected %r" % (data.get("doc"), stem + ".txt"))
    if not isinstance(data.get("year"), str) or not YEAR.match(data.get("year", "")):
        ck.err(f, "year must be a YYYY string")

    # persons
    person_ids = set()
    for i, p in enumerate(data.get("persons", [])):
        w = "%s persons[%d]" % (f, i)
        if not check_fields(ck, w, p, PERSON_FIELDS):
            continue
        pid = p["id"]
        w = "%s person %s" % (f, pid)
        if not isinstance(pid, str) or not SLUG.match(pid):
            ck.err(w, "id is not a slug")
        if pid in person_ids:
            ck.err(w, "duplicate person id")
        person_ids.add(pid)
        if not isinstance(p["name"], str) or not p["name"]:
            ck.err(w, "name must be a non-empty string")
            continue
        aliases = check_str_list(ck, w + " aliases", p["aliases"])
        check_surface(ck, w, text, p["name"], aliases)
        if p["office"] is not None:
            if not isinstance(p["office"], str):
                ck.err(w, "office must be a string or null")
            elif p["office"] not in text:
                ck.err(w, "office %r does not occur in the text" % p["office"])
        check_iso(ck, w + " country", p["country"], allow_null=True)
        person_names.setdefault(pid, []).append((f, p["name"]))

    # countries
    country_names, isos = set(), set()
    for i, c in enumerate(data.get("countries", [])):
        w = "%s countries[%d]" % (f, i)
        if not check_fields(ck, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        w = "%s country %s" % (f, c["name"])
        check_iso(ck, w, c["iso"], allow_null=False)
        if c["iso"] in isos:
            ck.err(w, "duplicate country iso %s" % c["iso"])
        isos.add(c["iso"])
        if c["name"] in country_names:
            ck.err(w, "duplicate country name")
        country_names.add(c["name"])
        aliases = check_str_list(ck, w + " aliases", c.get("aliases", []))
        check_surface(ck, w, text, c["name"], aliases)

    # regions
    region_names = set()
    for i, r in enumerate(data.get("regions", [])):
        w = "%s regions[%d]" % (f, i)
        if not check_fields(ck, w, r, REGION_REQ, REGION_OPT):
            continue
        w = "%s region %s" % (f, r["name"])
        if r["name"] in region_names:
            ck.err(w, "duplicate region name")
        region_names.add(r["name"])
        aliases = check_str_list(ck, w + " aliases", r.get("aliases", []))
        check_surface(ck, w, text, r["name"], aliases)

    # agreements
    agreement_ids = set()
    for i, a in enumerate(data.get("agreements", [])):
        w = "%s agreements[%d]" % (f, i)
        if not check_fields(ck, w, a, AGREEMENT_FIELDS):
            continue
        w = "%s agreement %s" % (f, a["id"])
        if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
            ck.err(w, "id is not a slug")
        if a["id"] in agreement_ids:
            ck.err(w, "duplicate agreement id")
        agreement_ids.add(a["id"])
        aliases = check_str_list(ck, w + " aliases", a["aliases"])
        check_surface(ck, w, text, a["name"], aliases)
        parties = check_str_list(ck, w + " parties", a["parties"])
        for code in parties:
            check_iso(ck, w + " parties", code, allow_null=False)

    # organizations
    org_ids = set()
    for i, o in enumerate(data.get("organizations", [])):
        w = "%s organizations[%d]" % (f, i)
        if not check_fields(ck, w, o, ORG_FIELDS):
            continue
        w = "%s organization %s" % (f, o["id"])
        if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
            ck.err(w, "id is not a slug")
        if o["id"] in org_ids:
            ck.err(w, "duplicate organization id")
        org_ids.add(o["id"])
        aliases = check_str_list(ck, w + " aliases", o["aliases"])
        check_surface(ck, w, text, o["name"], aliases)
        check_iso(ck, w + " country", o["country"], allow_null=True)

    # places
    place_names = set()
    for i, pl in enumerate(data.get("places", [])):
        w = "%s places[%d]" % (f, i)
        if not check_fields(ck, w, pl, PLACE_FIELDS):
            continue
        w = "%s place %s" % (f, pl["name"])
        if pl["name"] in place_names:
            ck.err(w, "duplicate place name")
        place_names.add(pl["name"])
        aliases = check_str_list(ck, w + " aliases", pl["aliases"])
        check_surface(ck, w, text, pl["name"], aliases)
        check_iso(ck, w + " country", pl["country"], allow_null=True)

    # meetings
    for i, m in enumerate(data.get("meetings", [])):
        w = "%s meetings[%d]" % (f, i)
        if not check_fields(ck, w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            ck.err(w, "kind %r is not allowed" % (m["kind"],))
        for pid in check_str_list(ck, w + " participants", m["participants"]):
            if pid not in person_ids:
                ck.err(w, "participant %r is not a person of this file" % pid)
        for code in check_str_list(ck, w + " countries", m["countries"]):
            check_iso(ck, w + " countries", code, allow_null=False)
        if not valid_date(m["date"]):
            ck.err(w, "invalid date %r" % (m["date"],))
        if m["place"] is not None and m["place"] not in place_names \
                and m["place"] not in country_names:
            ck.err(w, "place %r is neither a place nor a country of this file"
                   % (m["place"],))
        for t in check_str_list(ck, w + " topics", m["topics"]):
            if t not in TOPICS:
                ck.err(w, "topic %r is not allowed" % t)
        for aid in check_str_list(ck, w + " agreements", m["agreements"]):
            if aid not in agreement_ids:
                ck.err(w, "agreement %r is not an agreement of this file" % aid)
        if not isinstance(m["evidence"], str) or not m["evidence"]:
            ck.err(w, "evidence must be a non-empty string")
        elif m["evidence"] not in text:
            ck.err(w, "evidence does not occur verbatim: %r" % m["evidence"][:80])
        if "evidence_extra" in m:
            for e in check_str_list(ck, w + " evidence_extra", m["evidence_extra"]):
                if e not in text:
                    ck.err(w, "evidence_extra does not occur verbatim: %r" % e[:80])
        if "note" in m and not isinstance(m["note"], str):
            ck.err(w, "note must be a string")

    # meeting counts
    for i, c in enumerate(data.get("meeting_counts", [])):
        w = "%s meeting_counts[%d]" % (f, i)
        if not check_fields(ck, w, c, COUNT_FIELDS):
            continue
        if c["kind"] not in KINDS:
            ck.err(w, "kind %r is not allowed" % (c["kind"],))
        if not isinstance(c["count"], int) or isinstance(c["count"], bool) \
                or c["count"] < 1:
            ck.err(w, "count must be a positive integer")
        if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
            ck.err(w, "year must be a YYYY string")
        if not isinstance(c["evidence"], str) or c["evidence"] not in text:
            ck.err(w, "evidence does not occur verbatim")


def main():
    ck = Checker()
    texts = sorted(n[:-4] for n in os.listdir(TEXT_DIR) if n.endswith(".txt"))
    golds = sorted(n[:-5] for n in os.listdir(GOLD_DIR) if n.endswith(".json"))
    for stem in sorted(set(texts) - set(golds)):
        ck.err(stem + ".txt", "text has no gold file")
    for stem in sorted(set(golds) - set(texts)):
        ck.err(stem + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        with open(os.path.join(TEXT_DIR, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        words = len(text.split())
        if not 550 <= words <= 950:
            ck.err(stem + ".txt", "has %d words (expected 550-950)" % words)
        try:
            with open(os.path.join(GOLD_DIR, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            ck.err(stem + ".json", "cannot be read as JSON: %s" % exc)
            checked += 1
            continue
        check_file(ck, stem, text, data, person_names)
        checked += 1
    for pid, uses in sorted(person_names.items()):
        names = {n for _, n in uses}
        if len(names) > 1:
            ck.err("person " + pid, "has different names across files: %s"
                   % "; ".join("%s=%r" % u for u in uses))
    for line in ck.errors:
        print(line)
    print("checked %d files: %d errors" % (checked, len(ck.errors)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
