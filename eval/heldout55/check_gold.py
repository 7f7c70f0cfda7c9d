#!/usr/bin/env python3
"""Consistency checker for the heldout55 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py

It prints one line per problem, then "checked N files: M errors", and exits
with status 1 when there is at least one error (0 otherwise).
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

NAME_RE = re.compile(r"^h55_0[1-8]_[a-z0-9]+(?:_[a-z0-9]+)*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR_RE = re.compile(r"^\d{4}$")
MIN_WORDS, MAX_WORDS = 550, 950

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing",
         "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes) plus SU for the Soviet Union.
ISO = set("""
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


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"),
                    ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, value):
            try:
                datetime.datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def check_keys(ck, where, obj, required, optional=frozenset()):
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


def check_iso(ck, where, code, allow_null):
    if code is None and allow_null:
        return
    if code not in ISO:
        ck.err(where, "invalid ISO code %r" % (code,))


def check_verbatim(ck, where, text, strings, what):
    for s in strings:
        if s not in text:
            ck.err(where, "%s %r does not occur verbatim in the text" % (what, s))


def check_file(ck, stem, text, data, person_names):
    f = stem + ".json"
    if not isinstance(data, dict):
        ck.err(f, "top level is not an object")
        return
    if list(data) != TOP_KEYS:
        if set(data) != set(TOP_KEYS):
            ck.err(f, "top-level fields %s differ from documented %s" % (sorted(data), TOP_KEYS))
        else:
            ck.err(f, "top-level fields are not in the documented order")
    if data.get("doc") != stem + ".txt":
        ck.err(f, "doc is %r, expected %r" % (data.get("doc"), stem + ".txt"))
    year = data.get("year")
    if not (isinstance(year, str) and YEAR_RE.match(year)):
        ck.err(f, "year %r is not YYYY" % (year,))
    elif int(year) % 2 != 1:
        ck.err(f, "year %s is not odd" % year)

    # persons
    pids = set()
    for i, p in enumerate(data.get("persons", [])):
        w = "%s persons[%d]" % (f, i)
        if not check_keys(ck, w, p, PERSON_KEYS):
            continue
        pid = p["id"]
        w = "%s person %s" % (f, pid)
        if not (isinstance(pid, str) and SLUG_RE.match(pid)):
            ck.err(w, "id is not a slug")
        if pid in pids:
            ck.err(w, "duplicate person id")
        pids.add(pid)
        if not isinstance(p["name"], str) or not p["name"]:
            ck.err(w, "empty name")
        if not is_str_list(p["aliases"]):
            ck.err(w, "aliases must be a list of non-empty strings")
        else:
            check_verbatim(ck, w, text, p["aliases"], "alias")
            if p["name"] not in text and not any(a in text for a in p["aliases"]):
                ck.err(w, "neither the name nor any alias occurs in the text")
        if p["office"] is not None:
            check_verbatim(ck, w, text, [p["office"]], "office")
        check_iso(ck, w, p["country"], True)
        person_names.setdefault(pid, set()).add((p["name"], f))

    # countries
    isos, country_names = set(), set()
    for i, c in enumerate(data.get("countries", [])):
        w = "%s countries[%d]" % (f, i)
        if not check_keys(ck, w, c, COUNTRY_REQ, COUNTRY_OPT):
            continue
        w = "%s country %s" % (f, c["name"])
        check_iso(ck, w, c["iso"], False)
        if c["iso"] in isos:
            ck.err(w, "duplicate country iso")
        isos.add(c["iso"])
        country_names.add(c["name"])
        aliases = c.get("aliases", [])
        if not is_str_list(aliases):
            ck.err(w, "aliases must be a list of non-empty strings")
            aliases = []
        check_verbatim(ck, w, text, aliases, "alias")
        if c["name"] not in text and not any(a in text for a in aliases):
            ck.err(w, "neither the name nor any alias occurs in the text")

    # regions
    rnames = set()
    for i, r in enumerate(data.get("regions", [])):
        w = "%s regions[%d]" % (f, i)
        if not check_keys(ck, w, r, REGION_REQ, REGION_OPT):
            continue
        w = "%s region %s" % (f, r["name"])
        if r["name"] in rnames:
            ck.err(w, "duplicate region")
        rnames.add(r["name"])
        aliases = r.get("aliases", [])
        if not is_str_list(aliases):
            ck.err(w, "aliases must be a list of non-empty strings")
            aliases = []
        check_verbatim(ck, w, text, aliases, "alias")
        if r["name"] not in text and not any(a in text for a in aliases):
            ck.err(w, "neither the name nor any alias occurs in the text")

    # agreements
    aids = set()
    for i, a in enumerate(data.get("agreements", [])):
        w = "%s agreements[%d]" % (f, i)
        if not check_keys(ck, w, a, AGREEMENT_KEYS):
            continue
        w = "%s agreement %s" % (f, a["id"])
        if not (isinstance(a["id"], str) and SLUG_RE.match(a["id"])):
            ck.err(w, "id is not a slug")
        if a["id"] in aids:
            ck.err(w, "duplicate agreement id")
        aids.add(a["id"])
        if not is_str_list(a["aliases"]):
            ck.err(w, "aliases must be a list of non-empty strings")
        else:
            check_verbatim(ck, w, text, a["aliases"], "alias")
            if a["name"] not in text and not any(x in text for x in a["aliases"]):
                ck.err(w, "neither the name nor any alias occurs in the text")
        if not isinstance(a["parties"], list):
            ck.err(w, "parties must be a list")
        else:
            for code in a["parties"]:
                check_iso(ck, w, code, False)

    # organizations
    oids = set()
    for i, o in enumerate(data.get("organizations", [])):
        w = "%s organizations[%d]" % (f, i)
        if not check_keys(ck, w, o, ORG_KEYS):
            continue
        w = "%s organization %s" % (f, o["id"])
        if not (isinstance(o["id"], str) and SLUG_RE.match(o["id"])):
            ck.err(w, "id is not a slug")
        if o["id"] in oids:
            ck.err(w, "duplicate organization id")
        oids.add(o["id"])
        if not is_str_list(o["aliases"]):
            ck.err(w, "aliases must be a list of non-empty strings")
        else:
            check_verbatim(ck, w, text, o["aliases"], "alias")
            if o["name"] not in text and not any(x in text for x in o["aliases"]):
                ck.err(w, "neither the name nor any alias occurs in the text")
        check_iso(ck, w, o["country"], True)

    # places
    pnames = set()
    for i, pl in enumerate(data.get("places", [])):
        w = "%s places[%d]" % (f, i)
        if not check_keys(ck, w, pl, PLACE_KEYS):
            continue
        w = "%s place %s" % (f, pl["name"])
        if pl["name"] in pnames:
            ck.err(w, "duplicate place")
        pnames.add(pl["name"])
        if not is_str_list(pl["aliases"]):
            ck.err(w, "aliases must be a list of non-empty strings")
        else:
            check_verbatim(ck, w, text, pl["aliases"], "alias")
            if pl["name"] not in text and not any(x in text for x in pl["aliases"]):
                ck.err(w, "neither the name nor any alias occurs in the text")
        check_iso(ck, w, pl["country"], True)

    # meetings
    for i, m in enumerate(data.get("meetings", [])):
        w = "%s meetings[%d]" % (f, i)
        if not check_keys(ck, w, m, MEETING_REQ, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            ck.err(w, "kind %r not allowed" % (m["kind"],))
        if not isinstance(m["participants"], list):
            ck.err(w, "participants must be a list")
        else:
            for pid in m["participants"]:
                if pid not in pids:
                    ck.err(w, "participant %r is not a person of this file" % (pid,))
            if len(set(m["participants"])) != len(m["participants"]):
                ck.err(w, "duplicate participant")
        if not isinstance(m["countries"], list):
            ck.err(w, "countries must be a list")
        else:
            for code in m["countries"]:
                check_iso(ck, w, code, False)
                if code not in isos:
                    ck.err(w, "meeting country %r is not in this file's countries" % (code,))
        if not valid_date(m["date"]):
            ck.err(w, "invalid date %r" % (m["date"],))
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in country_names:
            ck.err(w, "place %r is neither a place nor a country of this file" % (m["place"],))
        if not isinstance(m["topics"], list):
            ck.err(w, "topics must be a list")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    ck.err(w, "topic %r not allowed" % (t,))
        if not isinstance(m["agreements"], list):
            ck.err(w, "agreements must be a list")
        else:
            for a in m["agreements"]:
                if a not in aids:
                    ck.err(w, "agreement %r is not an agreement of this file" % (a,))
        if not isinstance(m["evidence"], str) or not m["evidence"]:
            ck.err(w, "evidence must be a non-empty string")
        else:
            check_verbatim(ck, w, text, [m["evidence"]], "evidence")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                ck.err(w, "evidence_extra must be a list of non-empty strings")
            else:
                check_verbatim(ck, w, text, m["evidence_extra"], "evidence_extra")
        if "note" in m and not (isinstance(m["note"], str) and m["note"]):
            ck.err(w, "note must be a non-empty string")

    # meeting counts
    for i, c in enumerate(data.get("meeting_counts", [])):
        w = "%s meeting_counts[%d]" % (f, i)
        if not check_keys(ck, w, c, COUNT_KEYS):
            continue
        if c["kind"] not in KINDS:
            ck.err(w, "kind %r not allowed" % (c["kind"],))
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            ck.err(w, "count must be a positive integer")
        if c["year"] is not None and not (isinstance(c["year"], str) and YEAR_RE.match(c["year"])):
            ck.err(w, "year %r is neither YYYY nor null" % (c["year"],))
        if not isinstance(c["evidence"], str) or not c["evidence"]:
            ck.err(w, "evidence must be a non-empty string")
        else:
            check_verbatim(ck, w, text, [c["evidence"]], "evidence")


def main():
    ck = Checker()
    texts = sorted(n[:-4] for n in os.listdir(TEXTS) if n.endswith(".txt"))
    golds = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith(".json"))
    for n in os.listdir(TEXTS):
        if not n.endswith(".txt"):
            ck.err("texts/" + n, "unexpected file")
    for n in os.listdir(GOLD):
        if not n.endswith(".json"):
            ck.err("gold/" + n, "unexpected file")
    for s in sorted(set(texts) - set(golds)):
        ck.err("texts/%s.txt" % s, "has no gold file")
    for s in sorted(set(golds) - set(texts)):
        ck.err("gold/%s.json" % s, "has no text file")
    if len(texts) != 8:
        ck.err("texts", "expected 8 texts, found %d" % len(texts))

    person_names = {}
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        if not NAME_RE.match(stem):
            ck.err(stem, "file stem does not follow h55_0N_<slug>")
        try:
            with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            ck.err(stem + ".txt", "not valid UTF-8")
            continue
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            ck.err(stem + ".txt", "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (ValueError, UnicodeDecodeError) as exc:
            ck.err(stem + ".json", "cannot be parsed: %s" % exc)
            continue
        checked += 1
        check_file(ck, stem, text, data, person_names)

    for pid, entries in sorted(person_names.items()):
        names = {n for n, _ in entries}
        if len(names) > 1:
            ck.err("person " + pid, "has different names across files: %s" %
                   "; ".join("%s in %s" % (n, f) for n, f in sorted(entries)))

    for e in ck.errors:
        print(e)
    print("checked %d files: %d errors" % (checked, len(ck.errors)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
