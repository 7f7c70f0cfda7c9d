#!/usr/bin/env python3
"""Consistency checker for the heldout35 gold annotations.

Uses only the Python standard library. Run from any directory:

    python3 check_gold.py [set_directory]

Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 when there are errors.
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))

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


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return 1000 <= int(value) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date.fromisoformat(value)
            return True
    except ValueError:
        return False
    return False


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []
        self.person_names = {}   # id -> (name, file)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def check_fields(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "entry is not an object")
            return False
        keys = set(obj)
        for k in sorted(required - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - required - set(optional)):
            self.err(where, f"unexpected field '{k}'")
        return required <= keys

    def check_str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(where, "must be a list of strings")
            return []
        return value

    def check_iso(self, where, code, allow_null=True):
        if code is None:
            if not allow_null:
                self.err(where, "ISO code must not be null")
            return
        if code not in ISO_CODES:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code '{code}'")

    def check_occurs(self, where, text, s, what):
        if s not in text:
            self.err(where, f"{what} '{s}' does not occur verbatim in the text")

    def check_file(self, stem, text, gold):
        w = stem
        if not isinstance(gold, dict):
            self.err(w, "gold is not a JSON object")
            return
        if list(gold.keys()) != TOP_FIELDS:
            if set(gold.keys()) != set(TOP_FIELDS):
                self.err(w, f"top-level fields must be exactly {TOP_FIELDS}, got {list(gold.keys())}")
            else:
                self.err(w, "top-level fields are not in the documented order")
        if gold.get("doc") != stem + ".txt":
            self.err(w, f"doc field '{gold.get('doc')}' does not match '{stem}.txt'")
        if not isinstance(gold.get("year"), str) or not YEAR.match(gold.get("year", "")):
            self.err(w, "year must be a YYYY string")
        elif int(gold["year"]) % 2 != 0:
            self.err(w, "year must be even for this set")
        for key in TOP_FIELDS[2:]:
            if not isinstance(gold.get(key), list):
                self.err(w, f"'{key}' must be a list")
                gold[key] = []

        # persons
        person_ids = set()
        for i, p in enumerate(gold["persons"]):
            pw = f"{w}: persons[{i}]"
            if not self.check_fields(pw, p, PERSON_FIELDS):
                continue
            pid = p["id"]
            pw = f"{w}: person '{pid}'"
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(pw, "id is not a slug")
            if pid in person_ids:
                self.err(pw, "duplicate person id")
            person_ids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(pw, "name must be a non-empty string")
            aliases = self.check_str_list(pw + " aliases", p["aliases"])
            for a in aliases:
                self.check_occurs(pw, text, a, "alias")
            if p["name"] not in text and not any(a in text for a in aliases):
                self.err(pw, "neither name nor any alias occurs in the text")
            if p["office"] is not None:
                if not isinstance(p["office"], str):
                    self.err(pw, "office must be a string or null")
                else:
                    self.check_occurs(pw, text, p["office"], "office")
            self.check_iso(pw + " country", p["country"])
            prev = self.person_names.get(pid)
            if prev and prev[0] != p["name"]:
                self.err(pw, f"name '{p['name']}' differs from '{prev[0]}' in {prev[1]}")
            elif not prev:
                self.person_names[pid] = (p["name"], stem)

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(gold["countries"]):
            cw = f"{w}: countries[{i}]"
            if not self.check_fields(cw, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            cw = f"{w}: country '{c['name']}'"
            self.check_iso(cw, c["iso"], allow_null=False)
            if c["iso"] in isos:
                self.err(cw, "duplicate country iso")
            isos.add(c["iso"])
            aliases = self.check_str_list(cw + " aliases", c.get("aliases", []))
            for a in aliases:
                self.check_occurs(cw, text, a, "alias")
            if c["name"] not in text and not any(a in text for a in aliases):
                self.err(cw, "neither name nor any alias occurs in the text")
            country_names.add(c["name"])

        # regions
        for i, r in enumerate(gold["regions"]):
            rw = f"{w}: regions[{i}]"
            if not self.check_fields(rw, r, REGION_REQ, REGION_OPT):
                continue
            rw = f"{w}: region '{r['name']}'"
            aliases = self.check_str_list(rw + " aliases", r.get("aliases", []))
            for a in aliases:
                self.check_occurs(rw, text, a, "alias")
            if r["name"] not in text and not any(a in text for a in aliases):
                self.err(rw, "neither name nor any alias occurs in the text")

        # agreements
        agreement_ids = set()
        for i, a in enumerate(gold["agreements"]):
            aw = f"{w}: agreements[{i}]"
            if not self.check_fields(aw, a, AGREEMENT_FIELDS):
                continue
            aw = f"{w}: agreement '{a['id']}'"
            if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                self.err(aw, "id is not a slug")
            if a["id"] in agreement_ids:
                self.err(aw, "duplicate agreement id")
            agreement_ids.add(a["id"])
            aliases = self.check_str_list(aw + " aliases", a["aliases"])
            for al in aliases:
                self.check_occurs(aw, text, al, "alias")
            if a["name"] not in text and not any(al in text for al in aliases):
                self.err(aw, "neither name nor any alias occurs in the text")
            parties = self.check_str_list(aw + " parties", a["parties"])
            for code in parties:
                self.check_iso(aw + " parties", code, allow_null=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(gold["organizations"]):
            ow = f"{w}: organizations[{i}]"
            if not self.check_fields(ow, o, ORG_FIELDS):
                continue
            ow = f"{w}: organization '{o['id']}'"
            if not isinstance(o["id"], str) or not SLUG.match(o["id"]):
                self.err(ow, "id is not a slug")
            if o["id"] in org_ids:
                self.err(ow, "duplicate organization id")
            org_ids.add(o["id"])
            aliases = self.check_str_list(ow + " aliases", o["aliases"])
            for al in aliases:
                self.check_occurs(ow, text, al, "alias")
            if o["name"] not in text and not any(al in text for al in aliases):
                self.err(ow, "neither name nor any alias occurs in the text")
            self.check_iso(ow + " country", o["country"])

        # places
        place_names = set()
        for i, pl in enumerate(gold["places"]):
            lw = f"{w}: places[{i}]"
            if not self.check_fields(lw, pl, PLACE_FIELDS):
                continue
            lw = f"{w}: place '{pl['name']}'"
            if pl["name"] in place_names:
                self.err(lw, "duplicate place name")
            place_names.add(pl["name"])
            aliases = self.check_str_list(lw + " aliases", pl["aliases"])
            for al in aliases:
                self.check_occurs(lw, text, al, "alias")
            if pl["name"] not in text and not any(al in text for al in aliases):
                self.err(lw, "neither name nor any alias occurs in the text")
            self.check_iso(lw + " country", pl["country"])

        # meetings
        for i, m in enumerate(gold["meetings"]):
            mw = f"{w}: meetings[{i}]"
            if not self.check_fields(mw, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(mw, f"kind '{m['kind']}' not allowed")
            for pid in self.check_str_list(mw + " participants", m["participants"]):
                if pid not in person_ids:
                    self.err(mw, f"participant '{pid}' is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                self.err(mw, "duplicate participant")
            for code in self.check_str_list(mw + " countries", m["countries"]):
                self.check_iso(mw + " countries", code, allow_null=False)
            if not valid_date(m["date"]):
                self.err(mw, f"invalid date '{m['date']}'")
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(mw, f"place '{m['place']}' is not a listed place or country name")
            for t in self.check_str_list(mw + " topics", m["topics"]):
                if t not in TOPICS:
                    self.err(mw, f"topic '{t}' not allowed")
            for aid in self.check_str_list(mw + " agreements", m["agreements"]):
                if aid not in agreement_ids:
                    self.err(mw, f"agreement '{aid}' is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(mw, "evidence must be a non-empty string")
            else:
                self.check_occurs(mw, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.check_str_list(mw + " evidence_extra", m["evidence_extra"]):
                    self.check_occurs(mw, text, e, "evidence_extra")
            if "note" in m and not isinstance(m["note"], str):
                self.err(mw, "note must be a string")

        # meeting counts
        for i, c in enumerate(gold["meeting_counts"]):
            cw = f"{w}: meeting_counts[{i}]"
            if not self.check_fields(cw, c, COUNT_FIELDS):
                continue
            if c["kind"] not in KINDS:
                self.err(cw, f"kind '{c['kind']}' not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(cw, "count must be a positive integer")
            if c["year"] is not None and (not isinstance(c["year"], str) or not YEAR.match(c["year"])):
                self.err(cw, "year must be a YYYY string or null")
            if not isinstance(c["evidence"], str):
                self.err(cw, "evidence must be a string")
            else:
                self.check_occurs(cw, text, c["evidence"], "evidence")

    def run(self):
        tdir = os.path.join(self.root, "texts")
        gdir = os.path.join(self.root, "gold")
        texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
        for s in sorted(texts - golds):
            self.err(s, "text has no gold file")
        for s in sorted(golds - texts):
            self.err(s, "gold file has no text")
        checked = 0
        for stem in sorted(texts & golds):
            try:
                with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except UnicodeDecodeError:
                self.err(stem, "text is not valid UTF-8")
                continue
            try:
                with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except (ValueError, UnicodeDecodeError) as exc:
                self.err(stem, f"gold is not valid JSON: {exc}")
                continue
            checked += 1
            self.check_file(stem, text, gold)
        for e in self.errors:
            print(e)
        print(f"checked {checked} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else ROOT
    sys.exit(Checker(root).run())
