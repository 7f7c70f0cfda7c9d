#!/usr/bin/env python3
"""Consistency checker for the heldout30 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory containing this script. It must hold
texts/*.txt and gold/*.json. One line is printed per problem, then
"checked N files: M errors". The exit status is 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

# ISO 3166-1 alpha-2 codes (officially assigned), plus SU for the Soviet Union.
ISO_CODES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
""".split()) | {"SU"}

KINDS = {
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

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # ---- helpers -------------------------------------------------------
    def check_keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "not an object")
            return False
        keys = set(obj)
        for k in sorted(required - keys):
            self.err(where, f"missing field '{k}'")
        for k in sorted(keys - required - set(optional)):
            self.err(where, f"unexpected field '{k}'")
        return True

    def check_str(self, where, value, field, nullable=False):
        if value is None and nullable:
            return
        if not isinstance(value, str) or not value.strip():
            self.err(where, f"'{field}' must be a non-empty string"
                     + (" or null" if nullable else ""))

    def check_iso(self, where, code, nullable=True):
        if code is None and nullable:
            return
        if code not in ISO_CODES:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")

    def check_date(self, where, value):
        if value is None:
            return
        if not isinstance(value, str):
            self.err(where, f"date {value!r} is not a string or null")
            return
        m = DATE_RE.match(value)
        if not m:
            self.err(where, f"date {value!r} not in YYYY, YYYY-MM or YYYY-MM-DD form")
            return
        y, mo, d = m.groups()
        try:
            datetime.date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            self.err(where, f"date {value!r} is not a valid calendar date")

    def check_in_text(self, where, s, text, what):
        if not isinstance(s, str) or not s:
            self.err(where, f"{what} is empty or not a string")
        elif s not in text:
            self.err(where, f"{what} not found verbatim in text: {s!r}")

    def check_aliases(self, where, obj, text, required=True):
        if "aliases" not in obj:
            return []
        aliases = obj["aliases"]
        if not isinstance(aliases, list):
            self.err(where, "'aliases' must be a list")
            return []
        seen = set()
        for a in aliases:
            self.check_in_text(where, a, text, "alias")
            if a in seen:
                self.err(where, f"duplicate alias {a!r}")
            seen.add(a)
        return [a for a in aliases if isinstance(a, str)]

    def check_name_or_alias(self, where, obj, aliases, text):
        name = obj.get("name")
        if isinstance(name, str) and name in text:
            return
        if any(a in text for a in aliases):
            return
        self.err(where, f"neither name {name!r} nor any alias occurs in text")

    def check_unique_slugs(self, where, items, label):
        seen = set()
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                continue
            sid = it.get("id")
            w = f"{where} {label}[{i}]"
            if not isinstance(sid, str) or not SLUG_RE.match(sid):
                self.err(w, f"id {sid!r} is not a lower-case slug")
            elif sid in seen:
                self.err(w, f"duplicate id {sid!r}")
            seen.add(sid)
        return seen

    # ---- one file ------------------------------------------------------
    def check_file(self, gold_path, text_path, person_names):
        where = os.path.basename(gold_path)
        try:
            with open(gold_path, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, ValueError) as e:
            self.err(where, f"cannot read JSON: {e}")
            return
        try:
            with open(text_path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            self.err(where, f"cannot read text {text_path}: {e}")
            return
        if not isinstance(g, dict):
            self.err(where, "top level is not an object")
            return
        if list(g.keys()) != TOP_KEYS:
            self.err(where, f"top-level fields must be exactly {TOP_KEYS} in this order, got {list(g.keys())}")
        if g.get("doc") != os.path.basename(text_path):
            self.err(where, f"'doc' is {g.get('doc')!r}, expected {os.path.basename(text_path)!r}")
        year = g.get("year")
        if not (isinstance(year, str) and re.match(r"^\d{4}$", year)):
            self.err(where, f"'year' must be a four-digit string, got {year!r}")
        for k in TOP_KEYS[2:]:
            if not isinstance(g.get(k), list):
                self.err(where, f"'{k}' must be a list")
                g[k] = []

        # persons
        person_ids = self.check_unique_slugs(where, g["persons"], "persons")
        for i, p in enumerate(g["persons"]):
            w = f"{where} persons[{i}]"
            if not self.check_keys(w, p, PERSON_KEYS):
                continue
            self.check_str(w, p.get("name"), "name")
            aliases = self.check_aliases(w, p, text)
            pid, name = p.get("id"), p.get("name")
            # the name may come from another file of the set; check it there
            if name not in text and not any(a in text for a in aliases):
                # a bare name/alias-less person is allowed only if name occurs
                self.err(w, f"neither name {name!r} nor any alias occurs in text")
            if p.get("office") is not None:
                self.check_str(w, p.get("office"), "office", nullable=True)
                if isinstance(p.get("office"), str) and p["office"] not in text:
                    self.err(w, f"office not found verbatim in text: {p['office']!r}")
            self.check_iso(w, p.get("country"))
            if isinstance(pid, str) and isinstance(name, str):
                person_names.setdefault(pid, {}).setdefault(name, []).append(where)

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(g["countries"]):
            w = f"{where} countries[{i}]"
            if not self.check_keys(w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            self.check_str(w, c.get("name"), "name")
            self.check_iso(w, c.get("iso"), nullable=False)
            if c.get("iso") in isos:
                self.err(w, f"country {c.get('iso')} listed twice")
            isos.add(c.get("iso"))
            aliases = self.check_aliases(w, c, text)
            self.check_name_or_alias(w, c, aliases, text)
            country_names.add(c.get("name"))

        # regions
        seen_regions = set()
        for i, r in enumerate(g["regions"]):
            w = f"{where} regions[{i}]"
            if not self.check_keys(w, r, REGION_REQ, REGION_OPT):
                continue
            self.check_str(w, r.get("name"), "name")
            if r.get("name") in seen_regions:
                self.err(w, f"region {r.get('name')!r} listed twice")
            seen_regions.add(r.get("name"))
            aliases = self.check_aliases(w, r, text)
            self.check_name_or_alias(w, r, aliases, text)

        # agreements
        agreement_ids = self.check_unique_slugs(where, g["agreements"], "agreements")
        for i, a in enumerate(g["agreements"]):
            w = f"{where} agreements[{i}]"
            if not self.check_keys(w, a, AGREEMENT_KEYS):
                continue
            self.check_str(w, a.get("name"), "name")
            aliases = self.check_aliases(w, a, text)
            self.check_name_or_alias(w, a, aliases, text)
            if not isinstance(a.get("parties"), list):
                self.err(w, "'parties' must be a list")
            else:
                for code in a["parties"]:
                    self.check_iso(w, code, nullable=False)

        # organizations
        self.check_unique_slugs(where, g["organizations"], "organizations")
        for i, o in enumerate(g["organizations"]):
            w = f"{where} organizations[{i}]"
            if not self.check_keys(w, o, ORG_KEYS):
                continue
            self.check_str(w, o.get("name"), "name")
            aliases = self.check_aliases(w, o, text)
            self.check_name_or_alias(w, o, aliases, text)
            self.check_iso(w, o.get("country"))

        # places
        place_names = set()
        for i, pl in enumerate(g["places"]):
            w = f"{where} places[{i}]"
            if not self.check_keys(w, pl, PLACE_KEYS):
                continue
            self.check_str(w, pl.get("name"), "name")
            if pl.get("name") in place_names:
                self.err(w, f"place {pl.get('name')!r} listed twice")
            place_names.add(pl.get("name"))
            aliases = self.check_aliases(w, pl, text)
            self.check_name_or_alias(w, pl, aliases, text)
            self.check_iso(w, pl.get("country"))

        # meetings
        evidences = set()
        for i, m in enumerate(g["meetings"]):
            w = f"{where} meetings[{i}]"
            if not self.check_keys(w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m.get("kind") not in KINDS:
                self.err(w, f"kind {m.get('kind')!r} not allowed")
            parts = m.get("participants")
            if not isinstance(parts, list):
                self.err(w, "'participants' must be a list")
            else:
                if len(set(parts)) != len(parts):
                    self.err(w, "duplicate participant")
                for pid in parts:
                    if pid not in person_ids:
                        self.err(w, f"participant {pid!r} is not a listed person")
            if not isinstance(m.get("countries"), list):
                self.err(w, "'countries' must be a list")
            else:
                if len(set(m["countries"])) != len(m["countries"]):
                    self.err(w, "duplicate country")
                for code in m["countries"]:
                    self.check_iso(w, code, nullable=False)
            self.check_date(w, m.get("date"))
            place = m.get("place")
            if place is not None and place not in place_names and place not in country_names:
                self.err(w, f"place {place!r} is not a listed place or country")
            topics = m.get("topics")
            if not isinstance(topics, list):
                self.err(w, "'topics' must be a list")
            else:
                for t in topics:
                    if t not in TOPICS:
                        self.err(w, f"topic {t!r} not allowed")
                if len(set(topics)) != len(topics):
                    self.err(w, "duplicate topic")
            ags = m.get("agreements")
            if not isinstance(ags, list):
                self.err(w, "'agreements' must be a list")
            else:
                for aid in ags:
                    if aid not in agreement_ids:
                        self.err(w, f"agreement {aid!r} is not a listed agreement")
            self.check_in_text(w, m.get("evidence"), text, "evidence")
            if "evidence_extra" in m:
                if not isinstance(m["evidence_extra"], list):
                    self.err(w, "'evidence_extra' must be a list")
                else:
                    for e in m["evidence_extra"]:
                        self.check_in_text(w, e, text, "evidence_extra")
            if "note" in m:
                self.check_str(w, m.get("note"), "note")

        # meeting counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"{where} meeting_counts[{i}]"
            if not self.check_keys(w, c, COUNT_KEYS):
                continue
            if c.get("kind") not in KINDS:
                self.err(w, f"kind {c.get('kind')!r} not allowed")
            if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] < 1:
                self.err(w, f"count {c.get('count')!r} must be a positive integer")
            if not (isinstance(c.get("year"), str) and re.match(r"^\d{4}$", c["year"])):
                self.err(w, f"year {c.get('year')!r} must be a four-digit string")
            self.check_in_text(w, c.get("evidence"), text, "evidence")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ch = Checker()
    texts = sorted(f for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        ch.err(f"{s}.txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        ch.err(f"{s}.json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in sorted(tstems & gstems):
        checked += 1
        ch.check_file(os.path.join(gdir, s + ".json"), os.path.join(tdir, s + ".txt"), person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            ch.errors.append(f"person {pid}: different names across files: {detail}")
    for e in ch.errors:
        print(e)
    print(f"checked {checked} files: {len(ch.errors)} errors")
    return 1 if ch.errors else 0


if __name__ == "__main__":
    sys.exit(main())
