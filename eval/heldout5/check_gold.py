#!/usr/bin/env python3
"""Consistency checker for the heldout5 gold annotations.

Standard library only. Checks every gold/<stem>.json against texts/<stem>.txt
and against the format described in gold/README.md:

  * one gold file per text and vice versa; `doc` names the text file;
  * top-level fields, and the fields of every entry, are exactly the documented ones;
  * `year` is YYYY; dates are YYYY, YYYY-MM or YYYY-MM-DD and are real dates;
  * ISO codes are well-formed ISO 3166-1 alpha-2 codes (plus SU for the Soviet Union);
  * ids are slugs and unique within a file; the same id has the same name in every file;
  * every alias occurs verbatim in the text, and every entity has at least one
    surface form (name or alias) in the text; every stated office occurs in the text;
  * meeting kinds and topics are from the allowed lists;
  * every participant is a listed person, every meeting agreement a listed agreement,
    every meeting place a listed place or country name;
  * every evidence / evidence_extra quote occurs verbatim in the text;
  * meeting_counts have a positive integer count and an evidence quote from the text.

Usage:  python3 eval/heldout5/check_gold.py [heldout5 directory]
Exit status 0 when there are no errors.
"""
import datetime
import json
import os
import re
import sys

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
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
SU
""".split())

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
       "places", "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics",
                  "agreements", "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, {"note"}),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.names_by_id = {}  # (section, id) -> {name: [files]}

    def err(self, f, msg):
        self.errors.append(f"{f}: {msg}")

    def warn(self, f, msg):
        self.warnings.append(f"{f}: {msg}")

    def check_date(self, f, where, d, allow_null=True):
        if d is None:
            if not allow_null:
                self.err(f, f"{where}: date/year must not be null")
            return
        if not isinstance(d, str):
            self.err(f, f"{where}: date {d!r} is not a string")
            return
        m = DATE.match(d)
        if not m:
            self.err(f, f"{where}: malformed date {d!r}")
            return
        y, mo, da = m.group(1), m.group(2), m.group(3)
        try:
            datetime.date(int(y), int(mo or 1), int(da or 1))
        except ValueError:
            self.err(f, f"{where}: impossible date {d!r}")
            return
        if not 1900 <= int(y) <= 2030:
            self.warn(f, f"{where}: unusual year in {d!r}")

    def check_iso(self, f, where, code, allow_null=True):
        if code is None:
            if not allow_null:
                self.err(f, f"{where}: ISO code must not be null")
            return
        if not isinstance(code, str) or code not in ISO:
            self.err(f, f"{where}: invalid ISO code {code!r}")

    def check_fields(self, f, section, i, entry):
        req, opt = FIELDS[section]
        if not isinstance(entry, dict):
            self.err(f, f"{section}[{i}] is not an object")
            return False
        keys = set(entry)
        missing = req - keys
        extra = keys - req - opt
        if missing:
            self.err(f, f"{section}[{i}] missing fields {sorted(missing)}")
        if extra:
            self.err(f, f"{section}[{i}] unknown fields {sorted(extra)}")
        return not missing

    def check_surfaces(self, f, text, section, i, entry, label):
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            self.err(f, f"{section}[{i}] ({label}): aliases must be a list of strings")
            aliases = []
        if len(set(aliases)) != len(aliases):
            self.err(f, f"{section}[{i}] ({label}): duplicate aliases")
        for a in aliases:
            if a not in text:
                self.err(f, f"{section}[{i}] ({label}): alias {a!r} not in text")
        if entry.get("name") not in text and not any(a in text for a in aliases):
            self.err(f, f"{section}[{i}] ({label}): neither name nor any alias occurs in text")

    def record_name(self, f, section, ident, name):
        self.names_by_id.setdefault((section, ident), {}).setdefault(name, []).append(f)

    def check_file(self, gold_path, text_path):
        f = os.path.basename(gold_path)
        try:
            with open(gold_path, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            self.err(f, f"cannot parse JSON: {e}")
            return
        with open(text_path, encoding="utf-8") as fh:
            text = fh.read()

        if not isinstance(g, dict):
            self.err(f, "top level is not an object")
            return
        if list(g) != TOP:
            if set(g) != set(TOP):
                self.err(f, f"top-level fields {sorted(g)} differ from {TOP}")
            else:
                self.warn(f, "top-level fields are not in the documented order")
        if g.get("doc") != os.path.basename(text_path):
            self.err(f, f"doc is {g.get('doc')!r}, expected {os.path.basename(text_path)!r}")
        year = g.get("year")
        if not (isinstance(year, str) and re.fullmatch(r"\d{4}", year)):
            self.err(f, f"year {year!r} is not YYYY")
        for sec in TOP[2:]:
            if not isinstance(g.get(sec), list):
                self.err(f, f"{sec} must be a list")
                g[sec] = []

        # persons
        person_ids = set()
        for i, p in enumerate(g["persons"]):
            if not self.check_fields(f, "persons", i, p):
                continue
            pid = p["id"]
            if not isinstance(pid, str) or not SLUG.match(pid):
                self.err(f, f"persons[{i}]: bad id {pid!r}")
            if pid in person_ids:
                self.err(f, f"persons[{i}]: duplicate id {pid!r}")
            person_ids.add(pid)
            if not isinstance(p["name"], str) or not p["name"]:
                self.err(f, f"persons[{i}] ({pid}): empty name")
            self.check_surfaces(f, text, "persons", i, p, pid)
            if p["office"] is not None:
                if not isinstance(p["office"], str):
                    self.err(f, f"persons[{i}] ({pid}): office must be a string or null")
                elif p["office"].lower() not in text.lower():
                    self.err(f, f"persons[{i}] ({pid}): office {p['office']!r} not stated in text")
            self.check_iso(f, f"persons[{i}] ({pid}).country", p["country"])
            self.record_name(f, "persons", pid, p["name"])

        # countries
        country_names = set()
        isos = set()
        for i, c in enumerate(g["countries"]):
            if not self.check_fields(f, "countries", i, c):
                continue
            self.check_iso(f, f"countries[{i}].iso", c["iso"], allow_null=False)
            if c["iso"] in isos:
                self.err(f, f"countries[{i}]: duplicate iso {c['iso']!r}")
            isos.add(c["iso"])
            if c["name"] in country_names:
                self.err(f, f"countries[{i}]: duplicate name {c['name']!r}")
            country_names.add(c["name"])
            self.check_surfaces(f, text, "countries", i, c, c["name"])

        # regions
        seen = set()
        for i, r in enumerate(g["regions"]):
            if not self.check_fields(f, "regions", i, r):
                continue
            if r["name"] in seen:
                self.err(f, f"regions[{i}]: duplicate name {r['name']!r}")
            seen.add(r["name"])
            self.check_surfaces(f, text, "regions", i, r, r["name"])

        # agreements
        agreement_ids = set()
        for i, a in enumerate(g["agreements"]):
            if not self.check_fields(f, "agreements", i, a):
                continue
            aid = a["id"]
            if not isinstance(aid, str) or not SLUG.match(aid):
                self.err(f, f"agreements[{i}]: bad id {aid!r}")
            if aid in agreement_ids:
                self.err(f, f"agreements[{i}]: duplicate id {aid!r}")
            agreement_ids.add(aid)
            self.check_surfaces(f, text, "agreements", i, a, aid)
            if not isinstance(a["parties"], list) or not a["parties"]:
                self.err(f, f"agreements[{i}] ({aid}): parties must be a non-empty list")
            else:
                for code in a["parties"]:
                    self.check_iso(f, f"agreements[{i}] ({aid}).parties", code, allow_null=False)

        # organizations
        org_ids = set()
        for i, o in enumerate(g["organizations"]):
            if not self.check_fields(f, "organizations", i, o):
                continue
            oid = o["id"]
            if not isinstance(oid, str) or not SLUG.match(oid):
                self.err(f, f"organizations[{i}]: bad id {oid!r}")
            if oid in org_ids:
                self.err(f, f"organizations[{i}]: duplicate id {oid!r}")
            org_ids.add(oid)
            self.check_surfaces(f, text, "organizations", i, o, oid)
            self.check_iso(f, f"organizations[{i}] ({oid}).country", o["country"])

        # places
        place_names = set()
        for i, pl in enumerate(g["places"]):
            if not self.check_fields(f, "places", i, pl):
                continue
            if pl["name"] in place_names:
                self.err(f, f"places[{i}]: duplicate name {pl['name']!r}")
            place_names.add(pl["name"])
            self.check_surfaces(f, text, "places", i, pl, pl["name"])
            self.check_iso(f, f"places[{i}] ({pl['name']}).country", pl["country"])

        # meetings
        for i, m in enumerate(g["meetings"]):
            if not self.check_fields(f, "meetings", i, m):
                continue
            where = f"meetings[{i}] ({m.get('kind')}, {m.get('date')})"
            if m["kind"] not in KINDS:
                self.err(f, f"{where}: kind {m['kind']!r} not allowed")
            if not isinstance(m["participants"], list):
                self.err(f, f"{where}: participants must be a list")
            else:
                if len(set(m["participants"])) != len(m["participants"]):
                    self.err(f, f"{where}: duplicate participants")
                for pid in m["participants"]:
                    if pid not in person_ids:
                        self.err(f, f"{where}: participant {pid!r} is not a listed person")
            if not isinstance(m["countries"], list):
                self.err(f, f"{where}: countries must be a list")
            else:
                if len(set(m["countries"])) != len(m["countries"]):
                    self.err(f, f"{where}: duplicate countries")
                for code in m["countries"]:
                    self.check_iso(f, f"{where}.countries", code, allow_null=False)
            self.check_date(f, where, m["date"])
            if m["place"] is not None and m["place"] not in place_names | country_names:
                self.err(f, f"{where}: place {m['place']!r} is not a listed place or country")
            if not isinstance(m["topics"], list):
                self.err(f, f"{where}: topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        self.err(f, f"{where}: topic {t!r} not allowed")
                if len(set(m["topics"])) != len(m["topics"]):
                    self.err(f, f"{where}: duplicate topics")
            if not isinstance(m["agreements"], list):
                self.err(f, f"{where}: agreements must be a list")
            else:
                for aid in m["agreements"]:
                    if aid not in agreement_ids:
                        self.err(f, f"{where}: agreement {aid!r} is not a listed agreement")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(f, f"{where}: evidence must be a non-empty string")
            elif m["evidence"] not in text:
                self.err(f, f"{where}: evidence not found in text: {m['evidence'][:80]!r}")
            extra = m.get("evidence_extra", [])
            if not isinstance(extra, list):
                self.err(f, f"{where}: evidence_extra must be a list")
            else:
                for e in extra:
                    if not isinstance(e, str) or e not in text:
                        self.err(f, f"{where}: evidence_extra not found in text: {str(e)[:80]!r}")
            if "note" in m and not isinstance(m["note"], str):
                self.err(f, f"{where}: note must be a string")

        # meeting_counts
        for i, c in enumerate(g["meeting_counts"]):
            if not self.check_fields(f, "meeting_counts", i, c):
                continue
            where = f"meeting_counts[{i}]"
            if c["kind"] not in KINDS:
                self.err(f, f"{where}: kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] < 1:
                self.err(f, f"{where}: count must be a positive integer")
            self.check_date(f, where, c["year"])
            if c["year"] is not None and not re.fullmatch(r"\d{4}", str(c["year"])):
                self.err(f, f"{where}: year must be YYYY or null")
            if not isinstance(c["evidence"], str) or c["evidence"] not in text:
                self.err(f, f"{where}: evidence not found in text")

        for sec in ("agreements", "organizations"):
            for a in g[sec]:
                if isinstance(a, dict) and "id" in a:
                    self.record_name(f, sec, a["id"], a.get("name"))

    def cross_file(self):
        for (sec, ident), names in sorted(self.names_by_id.items()):
            if sec == "persons" and len(names) > 1:
                self.err("(cross-file)", f"person id {ident!r} has different names: {sorted(names)}")
            # Agreement and organization names are the fullest form *in that text*
            # (gold/README.md), so the same id may legitimately carry different
            # names in different files; that is not reported.


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir = os.path.join(base, "texts")
    gdir = os.path.join(base, "gold")
    texts = {os.path.splitext(n)[0] for n in os.listdir(tdir) if n.endswith(".txt")}
    golds = {os.path.splitext(n)[0] for n in os.listdir(gdir) if n.endswith(".json")}
    ck = Checker()
    for stem in sorted(texts - golds):
        ck.err(stem, "text has no gold file")
    for stem in sorted(golds - texts):
        ck.err(stem, "gold file has no text")
    for stem in sorted(texts & golds):
        if not stem.startswith("h5_"):
            ck.warn(stem, "stem does not start with h5_")
        ck.check_file(os.path.join(gdir, stem + ".json"), os.path.join(tdir, stem + ".txt"))
    ck.cross_file()
    for w in ck.warnings:
        print("WARNING", w)
    for e in ck.errors:
        print("ERROR", e)
    n = len(texts & golds)
    print(f"checked {n} file(s): {len(ck.errors)} error(s), {len(ck.warnings)} warning(s)")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
