#!/usr/bin/env python3
"""Checker for the heldout76 gold files (Python 3 standard library only).

Usage:  python3 check_gold.py [set_directory]

The set directory (default: the directory of this script) must contain
texts/*.txt and gold/*.json. Every problem found is printed on its own line,
followed by "checked N files: E errors". The exit status is 1 if there are
errors and 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

TOP_LEVEL = ["doc", "year", "persons", "countries", "regions", "agreements",
             "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = ["id", "name", "aliases", "office", "country"]
COUNTRY_KEYS = ["name", "iso"]            # + optional "aliases"
REGION_KEYS = ["name"]                    # + optional "aliases"
AGREEMENT_KEYS = ["id", "name", "aliases", "parties"]
ORG_KEYS = ["id", "name", "aliases", "country"]
PLACE_KEYS = ["name", "aliases", "country"]
MEETING_KEYS = ["kind", "participants", "countries", "date", "place", "topics",
                "agreements", "evidence"]  # + optional "evidence_extra", "note"
MEETING_OPTIONAL = ["evidence_extra", "note"]
COUNT_KEYS = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 (officially assigned codes), plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(value):
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


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def keys(self, where, obj, required, optional=()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        got = list(obj.keys())
        opt_present = [k for k in optional if k in obj]
        expected = list(required) + opt_present
        if got != expected:
            self.err(where, f"fields {got} != expected {expected} (optional: {list(optional)})")
            return False
        return True

    def str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(where, "must be a list of strings")
            return False
        return True

    def iso(self, where, code, allow_null=True):
        if code is None and allow_null:
            return
        if not isinstance(code, str) or code not in ISO:
            self.err(where, f"invalid ISO code {code!r}")

    def occurs(self, where, text, s):
        if s not in text:
            self.err(where, f"not found verbatim in text: {s!r}")

    def check_file(self, stem, text, gold, person_names):
        f = stem + ".json"
        if not isinstance(gold, dict):
            self.err(f, "top level is not an object")
            return
        if list(gold.keys()) != TOP_LEVEL:
            self.err(f, f"top-level fields {list(gold.keys())} != {TOP_LEVEL}")
            return
        if gold["doc"] != stem + ".txt":
            self.err(f, f"doc {gold['doc']!r} does not name the text {stem + '.txt'!r}")
        if not isinstance(gold["year"], str) or not YEAR.match(gold["year"]):
            self.err(f, f"year {gold['year']!r} is not YYYY")
        for key in TOP_LEVEL[2:]:
            if not isinstance(gold[key], list):
                self.err(f, f"{key} is not a list")
                return

        def names_present(where, name, aliases):
            if name not in text and not any(a in text for a in aliases):
                self.err(where, f"neither name {name!r} nor any alias occurs in the text")

        # persons
        ids = set()
        for i, p in enumerate(gold["persons"]):
            w = f"{f} persons[{i}]"
            if not self.keys(w, p, PERSON_KEYS):
                continue
            if not isinstance(p["id"], str) or not SLUG.match(p["id"]):
                self.err(w, f"bad id {p['id']!r}")
            if p["id"] in ids:
                self.err(w, f"duplicate person id {p['id']!r}")
            ids.add(p["id"])
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(w, "name must be a non-empty string")
            if self.str_list(w + " aliases", p["aliases"]):
                for a in p["aliases"]:
                    self.occurs(w + " alias", text, a)
                names_present(w, p["name"], p["aliases"])
            if p["office"] is not None:
                if not isinstance(p["office"], str):
                    self.err(w, "office must be a string or null")
                else:
                    self.occurs(w + " office", text, p["office"])
            self.iso(w + " country", p["country"])
            person_names.setdefault(p["id"], set()).add((p["name"], f))
        person_ids = ids

        # countries
        country_names = set()
        for i, c in enumerate(gold["countries"]):
            w = f"{f} countries[{i}]"
            if not self.keys(w, c, COUNTRY_KEYS, ["aliases"]):
                continue
            self.iso(w + " iso", c["iso"], allow_null=False)
            aliases = c.get("aliases", [])
            if self.str_list(w + " aliases", aliases):
                for a in aliases:
                    self.occurs(w + " alias", text, a)
                names_present(w, c["name"], aliases)
            if c["name"] in country_names:
                self.err(w, f"duplicate country {c['name']!r}")
            country_names.add(c["name"])

        # regions
        seen = set()
        for i, r in enumerate(gold["regions"]):
            w = f"{f} regions[{i}]"
            if not self.keys(w, r, REGION_KEYS, ["aliases"]):
                continue
            aliases = r.get("aliases", [])
            if self.str_list(w + " aliases", aliases):
                for a in aliases:
                    self.occurs(w + " alias", text, a)
                names_present(w, r["name"], aliases)
            if r["name"] in seen:
                self.err(w, f"duplicate region {r['name']!r}")
            seen.add(r["name"])

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            w = f"{f} agreements[{i}]"
            if not self.keys(w, a, AGREEMENT_KEYS):
                continue
            if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                self.err(w, f"bad id {a['id']!r}")
            if a["id"] in agreement_ids:
                self.err(w, f"duplicate agreement id {a['id']!r}")
            agreement_ids.add(a["id"])
            if self.str_list(w + " aliases", a["aliases"]):
                for al in a["aliases"]:
                    self.occurs(w + " alias", text, al)
                names_present(w, a["name"], a["aliases"])
            if self.str_list(w + " parties", a["parties"]):
                for p in a["parties"]:
                    self.iso(w + " party", p, allow_null=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            w = f"{f} organizations[{i}]"
            if not self.keys(w, o, ORG_KEYS):
                continue
            if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
                self.err(w, f"bad id {o['id']!r}")
            if o["id"] in org_ids:
                self.err(w, f"duplicate organization id {o['id']!r}")
            org_ids.add(o["id"])
            if self.str_list(w + " aliases", o["aliases"]):
                for al in o["aliases"]:
                    self.occurs(w + " alias", text, al)
                names_present(w, o["name"], o["aliases"])
            self.iso(w + " country", o["country"])

        # places
        place_names = set()
        for i, p in enumerate(gold["places"]):
            w = f"{f} places[{i}]"
            if not self.keys(w, p, PLACE_KEYS):
                continue
            if self.str_list(w + " aliases", p["aliases"]):
                for al in p["aliases"]:
                    self.occurs(w + " alias", text, al)
                names_present(w, p["name"], p["aliases"])
            self.iso(w + " country", p["country"])
            if p["name"] in place_names:
                self.err(w, f"duplicate place {p['name']!r}")
            place_names.add(p["name"])

        # meetings
        for i, m in enumerate(gold["meetings"]):
            w = f"{f} meetings[{i}]"
            if not self.keys(w, m, MEETING_KEYS, MEETING_OPTIONAL):
                continue
            if m["kind"] not in KINDS:
                self.err(w, f"kind {m['kind']!r} not allowed")
            if self.str_list(w + " participants", m["participants"]):
                for pid in m["participants"]:
                    if pid not in person_ids:
                        self.err(w, f"participant {pid!r} is not a listed person")
                if len(set(m["participants"])) != len(m["participants"]):
                    self.err(w, "duplicate participant")
            if self.str_list(w + " countries", m["countries"]):
                for c in m["countries"]:
                    self.iso(w + " country", c, allow_null=False)
                if len(set(m["countries"])) != len(m["countries"]):
                    self.err(w, "duplicate country")
            if not valid_date(m["date"]):
                self.err(w, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in place_names and m["place"] not in country_names:
                self.err(w, f"place {m['place']!r} is not a name in places or countries")
            if self.str_list(w + " topics", m["topics"]):
                for t in m["topics"]:
                    if t not in TOPICS:
                        self.err(w, f"topic {t!r} not allowed")
            if self.str_list(w + " agreements", m["agreements"]):
                for a in m["agreements"]:
                    if a not in agreement_ids:
                        self.err(w, f"agreement {a!r} is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.occurs(w + " evidence", text, m["evidence"])
            if "evidence_extra" in m and self.str_list(w + " evidence_extra", m["evidence_extra"]):
                for e in m["evidence_extra"]:
                    self.occurs(w + " evidence_extra", text, e)
            if "note" in m and not isinstance(m["note"], str):
                self.err(w, "note must be a string")

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            w = f"{f} meeting_counts[{i}]"
            if not self.keys(w, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(w, f"kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                self.err(w, f"count {c['count']!r} is not a positive integer")
            if not isinstance(c["year"], str) or not YEAR.match(c["year"]):
                self.err(w, f"year {c['year']!r} is not YYYY")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(w, "evidence must be a non-empty string")
            else:
                self.occurs(w + " evidence", text, c["evidence"])


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = sorted(n[:-4] for n in os.listdir(tdir) if n.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(n[:-5] for n in os.listdir(gdir) if n.endswith(".json")) if os.path.isdir(gdir) else []
    for s in texts:
        if s not in golds:
            ck.err(s + ".txt", "text has no gold file")
    for s in golds:
        if s not in texts:
            ck.err(s + ".json", "gold file has no text")
    person_names = {}
    for s in texts:
        with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            ck.err(s + ".txt", f"{n} words, outside 550-950")
        if s not in golds:
            continue
        try:
            with open(os.path.join(gdir, s + ".json"), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            ck.err(s + ".json", f"cannot be read as JSON: {e}")
            continue
        ck.check_file(s, text, gold, person_names)
    for pid, names in sorted(person_names.items()):
        distinct = {n for n, _ in names}
        if len(distinct) > 1:
            detail = "; ".join(f"{n!r} in {fn}" for n, fn in sorted(names))
            ck.err("set", f"person id {pid!r} has different names across files: {detail}")
    for p in ck.problems:
        print(p)
    print(f"checked {len(texts)} files: {len(ck.problems)} errors")
    sys.exit(1 if ck.problems else 0)


if __name__ == "__main__":
    main()
