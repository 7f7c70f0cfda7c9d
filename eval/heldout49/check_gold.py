#!/usr/bin/env python3
"""Consistency checker for the heldout49 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks ./texts and ./gold next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

It prints one line per problem, then "checked N files: M errors",
and exits with status 1 when there is at least one error.

What is checked (format of gold/README.md of the main project):
  * every texts/*.txt has a gold/*.json with the same stem and vice versa;
  * the top-level fields and the fields of every entry are exactly the
    documented ones (optional: countries/regions "aliases", meetings
    "evidence_extra" and "note"), with the documented value types;
  * "doc" names the paired text file, "year" is a four-digit year;
  * dates are YYYY, YYYY-MM or YYYY-MM-DD (real calendar dates) or null;
  * every country code is an ISO 3166-1 alpha-2 code (or SU);
  * ids are slugs ([a-z0-9] words joined by "-") and unique per list;
  * every alias and every office occurs verbatim in the text, and for every
    entity its name or at least one alias occurs in the text;
  * meeting kinds, meeting-count kinds and topics come from the allowed lists;
  * participants, agreements and places of meetings resolve to entries of
    the same file (place: a name in "places" or "countries");
  * evidence, evidence_extra and meeting-count evidence are verbatim
    substrings of the text;
  * a person id has the same name in every file.
"""
import datetime
import json
import os
import re
import sys

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
         "intergovernmental-committee", "security-dialogue", "visit", "signing",
         "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

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
        self.errors.append(f"{where}: {msg}")

    # ---------- small helpers ----------
    def is_str(self, where, value, nullable=False):
        if value is None and nullable:
            return True
        if not isinstance(value, str) or not value.strip():
            self.err(where, f"expected a non-empty string{' or null' if nullable else ''}, got {value!r}")
            return False
        return True

    def str_list(self, where, value):
        if not isinstance(value, list):
            self.err(where, f"expected a list, got {type(value).__name__}")
            return []
        out = []
        for i, v in enumerate(value):
            if self.is_str(f"{where}[{i}]", v):
                out.append(v)
        if len(set(out)) != len(out):
            self.err(where, "duplicate values in list")
        return out

    def fields(self, where, entry, required, optional=frozenset()):
        if not isinstance(entry, dict):
            self.err(where, "entry is not an object")
            return False
        keys = set(entry)
        missing = required - keys
        extra = keys - required - set(optional)
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"undocumented fields {sorted(extra)}")
        return not missing

    def iso(self, where, code, nullable=False):
        if code is None and nullable:
            return
        if code not in ISO_CODES:
            self.err(where, f"not an ISO 3166-1 alpha-2 code (or SU): {code!r}")

    def date(self, where, value):
        if value is None:
            return
        if not isinstance(value, str):
            self.err(where, f"date must be a string or null, got {value!r}")
            return
        for fmt, pat in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"),
                         ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
            if re.match(pat, value):
                try:
                    datetime.datetime.strptime(value, fmt)
                    return
                except ValueError:
                    break
        self.err(where, f"invalid date {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)")

    def verbatim(self, where, s, text):
        if isinstance(s, str) and s and s not in text:
            self.err(where, f"not found verbatim in text: {s[:90]!r}")

    def ids(self, where, entries):
        seen = set()
        for i, e in enumerate(entries):
            if not isinstance(e, dict) or "id" not in e:
                continue
            v = e["id"]
            if not isinstance(v, str) or not SLUG.match(v):
                self.err(f"{where}[{i}].id", f"not a slug: {v!r}")
            if v in seen:
                self.err(f"{where}[{i}].id", f"duplicate id {v!r}")
            seen.add(v)
        return seen

    def named_entity(self, where, e, text):
        """aliases verbatim; name or one alias must occur."""
        name = e.get("name")
        self.is_str(f"{where}.name", name)
        aliases = self.str_list(f"{where}.aliases", e.get("aliases", []))
        for j, a in enumerate(aliases):
            self.verbatim(f"{where}.aliases[{j}]", a, text)
        forms = [name] + aliases if isinstance(name, str) else aliases
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither the name nor any alias of {name!r} occurs in the text")

    # ---------- one file ----------
    def check_file(self, stem, text, gold, person_names):
        w = stem
        if not isinstance(gold, dict):
            self.err(w, "gold file is not a JSON object")
            return
        if list(gold.keys()) != TOP_FIELDS:
            if set(gold.keys()) != set(TOP_FIELDS):
                self.err(w, f"top-level fields {sorted(gold.keys())} differ from {TOP_FIELDS}")
            else:
                self.err(w, "top-level fields are not in the documented order")
        if gold.get("doc") != stem + ".txt":
            self.err(f"{w}.doc", f"expected {stem + '.txt'!r}, got {gold.get('doc')!r}")
        if not (isinstance(gold.get("year"), str) and YEAR.match(gold["year"])):
            self.err(f"{w}.year", f"year must be a YYYY string, got {gold.get('year')!r}")
        for key in TOP_FIELDS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(f"{w}.{key}", "must be a list")
                gold[key] = []

        # persons
        person_ids = self.ids(f"{w}.persons", gold["persons"])
        for i, p in enumerate(gold["persons"]):
            pw = f"{w}.persons[{i}]"
            if not self.fields(pw, p, PERSON_FIELDS):
                continue
            self.named_entity(pw, p, text)
            if self.is_str(f"{pw}.office", p["office"], nullable=True) and p["office"]:
                self.verbatim(f"{pw}.office", p["office"], text)
            self.iso(f"{pw}.country", p["country"], nullable=True)
            pid, name = p.get("id"), p.get("name")
            if isinstance(pid, str) and isinstance(name, str):
                if pid in person_names and person_names[pid][0] != name:
                    self.err(pw, f"person {pid!r} is named {name!r} here but "
                                 f"{person_names[pid][0]!r} in {person_names[pid][1]}")
                person_names.setdefault(pid, (name, stem))

        # countries
        isos = set()
        country_names = set()
        for i, c in enumerate(gold["countries"]):
            cw = f"{w}.countries[{i}]"
            if not self.fields(cw, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.named_entity(cw, c, text)
            self.iso(f"{cw}.iso", c["iso"])
            if c["iso"] in isos:
                self.err(f"{cw}.iso", f"duplicate country {c['iso']!r}")
            isos.add(c["iso"])
            country_names.add(c["name"])

        # regions
        for i, r in enumerate(gold["regions"]):
            rw = f"{w}.regions[{i}]"
            if self.fields(rw, r, REGION_REQ, REGION_OPT):
                self.named_entity(rw, r, text)

        # agreements
        agreement_ids = self.ids(f"{w}.agreements", gold["agreements"])
        for i, a in enumerate(gold["agreements"]):
            aw = f"{w}.agreements[{i}]"
            if not self.fields(aw, a, AGREEMENT_FIELDS):
                continue
            self.named_entity(aw, a, text)
            for j, code in enumerate(self.str_list(f"{aw}.parties", a["parties"])):
                self.iso(f"{aw}.parties[{j}]", code)

        # organizations
        self.ids(f"{w}.organizations", gold["organizations"])
        for i, o in enumerate(gold["organizations"]):
            ow = f"{w}.organizations[{i}]"
            if not self.fields(ow, o, ORG_FIELDS):
                continue
            self.named_entity(ow, o, text)
            self.iso(f"{ow}.country", o["country"], nullable=True)

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            plw = f"{w}.places[{i}]"
            if not self.fields(plw, pl, PLACE_FIELDS):
                continue
            self.named_entity(plw, pl, text)
            self.iso(f"{plw}.country", pl["country"], nullable=True)
            if pl["name"] in place_names:
                self.err(f"{plw}.name", f"duplicate place {pl['name']!r}")
            place_names.add(pl["name"])

        # meetings
        for i, m in enumerate(gold["meetings"]):
            mw = f"{w}.meetings[{i}]"
            if not self.fields(mw, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(f"{mw}.kind", f"unknown kind {m['kind']!r}")
            for j, pid in enumerate(self.str_list(f"{mw}.participants", m["participants"])):
                if pid not in person_ids:
                    self.err(f"{mw}.participants[{j}]", f"unknown person id {pid!r}")
            for j, code in enumerate(self.str_list(f"{mw}.countries", m["countries"])):
                self.iso(f"{mw}.countries[{j}]", code)
            self.date(f"{mw}.date", m["date"])
            if m["place"] is not None:
                if self.is_str(f"{mw}.place", m["place"]) and \
                        m["place"] not in place_names and m["place"] not in country_names:
                    self.err(f"{mw}.place", f"{m['place']!r} is not in places or countries")
            for j, t in enumerate(self.str_list(f"{mw}.topics", m["topics"])):
                if t not in TOPICS:
                    self.err(f"{mw}.topics[{j}]", f"unknown topic {t!r}")
            for j, aid in enumerate(self.str_list(f"{mw}.agreements", m["agreements"])):
                if aid not in agreement_ids:
                    self.err(f"{mw}.agreements[{j}]", f"unknown agreement id {aid!r}")
            if self.is_str(f"{mw}.evidence", m["evidence"]):
                self.verbatim(f"{mw}.evidence", m["evidence"], text)
            if "evidence_extra" in m:
                for j, e in enumerate(self.str_list(f"{mw}.evidence_extra", m["evidence_extra"])):
                    self.verbatim(f"{mw}.evidence_extra[{j}]", e, text)
            if "note" in m:
                self.is_str(f"{mw}.note", m["note"])

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            cw = f"{w}.meeting_counts[{i}]"
            if not self.fields(cw, c, COUNT_FIELDS):
                continue
            if c["kind"] not in KINDS:
                self.err(f"{cw}.kind", f"unknown kind {c['kind']!r}")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(f"{cw}.count", f"count must be a positive integer, got {c['count']!r}")
            if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
                self.err(f"{cw}.year", f"year must be a YYYY string, got {c['year']!r}")
            if self.is_str(f"{cw}.evidence", c["evidence"]):
                self.verbatim(f"{cw}.evidence", c["evidence"], text)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        ck.err(f"texts/{s}.txt", "has no gold file")
    for s in sorted(golds - texts):
        ck.err(f"gold/{s}.json", "has no text file")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            ck.err(f"gold/{stem}.json", f"cannot be read as JSON: {e}")
            continue
        ck.check_file(stem, text, gold, person_names)
    for line in ck.errors:
        print(line)
    print(f"checked {checked} files: {len(ck.errors)} errors")
    sys.exit(1 if ck.errors else 0)


if __name__ == "__main__":
    main()
