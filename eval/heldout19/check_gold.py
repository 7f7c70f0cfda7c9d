#!/usr/bin/env python3
"""Consistency checker for the heldout19 gold annotations.

Uses only the Python standard library. Run from anywhere:

    python3 check_gold.py            # checks texts/ and gold/ next to this file
    python3 check_gold.py DIR        # checks DIR/texts and DIR/gold

Prints one line per problem, then "checked N files: M errors".
Exits with status 1 if there is any error, 0 otherwise.
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
    "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
    "health-medical", "science-technology", "agriculture", "transport-infrastructure",
    "regional-affairs", "political-dialogue",
}
# ISO 3166-1 alpha-2 (officially assigned codes) plus SU for the Soviet Union.
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
""".split()) | {"SU"}

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
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_date(value):
    if not isinstance(value, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return 1 <= int(value) <= 9999
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
        self.person_names = {}  # id -> (name, file)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def keys(self, where, obj, required, optional=frozenset()):
        if not isinstance(obj, dict):
            self.err(where, "is not an object")
            return False
        missing = required - obj.keys()
        extra = obj.keys() - required - optional
        if missing:
            self.err(where, f"missing fields {sorted(missing)}")
        if extra:
            self.err(where, f"undocumented fields {sorted(extra)}")
        return not missing

    def str_list(self, where, value):
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            self.err(where, "must be a list of non-empty strings")
            return []
        return value

    def iso(self, where, code, allow_null):
        if code is None and allow_null:
            return
        if code not in ISO:
            self.err(where, f"invalid ISO 3166-1 alpha-2 code {code!r}")

    def occurs(self, where, text, s, what):
        if s not in text:
            self.err(where, f"{what} {s!r} does not occur verbatim in the text")

    def name_or_alias(self, where, text, name, aliases):
        forms = [name] + list(aliases)
        if not any(isinstance(f, str) and f and f in text for f in forms):
            self.err(where, f"neither name {name!r} nor any alias occurs in the text")

    def unique(self, where, items, label):
        seen = set()
        for it in items:
            if it in seen:
                self.err(where, f"duplicate {label} {it!r}")
            seen.add(it)

    def check_file(self, stem, text, path):
        w = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            self.err(w, f"cannot be read as JSON ({exc})")
            return
        if not isinstance(d, dict):
            self.err(w, "top level is not an object")
            return
        if list(d.keys()) != TOP_KEYS:
            if set(d.keys()) != set(TOP_KEYS):
                self.err(w, f"top-level fields {sorted(d.keys())} differ from {TOP_KEYS}")
                if not set(TOP_KEYS) <= set(d.keys()):
                    return
        if d.get("doc") != stem + ".txt":
            self.err(w, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d["year"])):
            self.err(w, f"year {d.get('year')!r} is not YYYY")
        for key in TOP_KEYS[2:]:
            if not isinstance(d[key], list):
                self.err(w, f"{key} is not a list")
                return

        # persons
        pids = []
        for i, p in enumerate(d["persons"]):
            pw = f"{w}: persons[{i}]"
            if not self.keys(pw, p, PERSON_KEYS):
                continue
            pid = p["id"]
            pids.append(pid)
            if not (isinstance(pid, str) and SLUG.match(pid)):
                self.err(pw, f"id {pid!r} is not a slug")
            if not (isinstance(p["name"], str) and p["name"]):
                self.err(pw, "name must be a non-empty string")
                continue
            aliases = self.str_list(pw + ".aliases", p["aliases"])
            for a in aliases:
                self.occurs(pw, text, a, "alias")
            self.name_or_alias(pw, text, p["name"], aliases)
            if p["office"] is not None:
                if not isinstance(p["office"], str) or not p["office"]:
                    self.err(pw, "office must be a non-empty string or null")
                else:
                    self.occurs(pw, text, p["office"], "office")
            self.iso(pw + ".country", p["country"], True)
            prev = self.person_names.get(pid)
            if prev and prev[0] != p["name"]:
                self.err(pw, f"id {pid!r} has name {p['name']!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                self.person_names[pid] = (p["name"], w)
        self.unique(w + ": persons", pids, "person id")

        # countries
        cnames = []
        for i, c in enumerate(d["countries"]):
            cw = f"{w}: countries[{i}]"
            if not self.keys(cw, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            cnames.append(c["name"])
            self.iso(cw + ".iso", c["iso"], False)
            aliases = self.str_list(cw + ".aliases", c.get("aliases", []))
            for a in aliases:
                self.occurs(cw, text, a, "alias")
            self.name_or_alias(cw, text, c["name"], aliases)
        self.unique(w + ": countries", cnames, "country name")
        self.unique(w + ": countries", [c.get("iso") for c in d["countries"] if isinstance(c, dict)], "country iso")

        # regions
        rnames = []
        for i, r in enumerate(d["regions"]):
            rw = f"{w}: regions[{i}]"
            if not self.keys(rw, r, REGION_REQ, REGION_OPT):
                continue
            rnames.append(r["name"])
            aliases = self.str_list(rw + ".aliases", r.get("aliases", []))
            for a in aliases:
                self.occurs(rw, text, a, "alias")
            self.name_or_alias(rw, text, r["name"], aliases)
        self.unique(w + ": regions", rnames, "region name")

        # agreements
        aids = []
        for i, a in enumerate(d["agreements"]):
            aw = f"{w}: agreements[{i}]"
            if not self.keys(aw, a, AGREEMENT_KEYS):
                continue
            aids.append(a["id"])
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                self.err(aw, f"id {a['id']!r} is not a slug")
            aliases = self.str_list(aw + ".aliases", a["aliases"])
            for al in aliases:
                self.occurs(aw, text, al, "alias")
            self.name_or_alias(aw, text, a["name"], aliases)
            for code in self.str_list(aw + ".parties", a["parties"]):
                self.iso(aw + ".parties", code, False)
        self.unique(w + ": agreements", aids, "agreement id")

        # organizations
        oids = []
        for i, o in enumerate(d["organizations"]):
            ow = f"{w}: organizations[{i}]"
            if not self.keys(ow, o, ORG_KEYS):
                continue
            oids.append(o["id"])
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                self.err(ow, f"id {o['id']!r} is not a slug")
            aliases = self.str_list(ow + ".aliases", o["aliases"])
            for al in aliases:
                self.occurs(ow, text, al, "alias")
            self.name_or_alias(ow, text, o["name"], aliases)
            self.iso(ow + ".country", o["country"], True)
        self.unique(w + ": organizations", oids, "organization id")

        # places
        plnames = []
        for i, pl in enumerate(d["places"]):
            plw = f"{w}: places[{i}]"
            if not self.keys(plw, pl, PLACE_KEYS):
                continue
            plnames.append(pl["name"])
            aliases = self.str_list(plw + ".aliases", pl["aliases"])
            for al in aliases:
                self.occurs(plw, text, al, "alias")
            self.name_or_alias(plw, text, pl["name"], aliases)
            self.iso(plw + ".country", pl["country"], True)
        self.unique(w + ": places", plnames, "place name")

        pidset, aidset = set(pids), set(aids)
        placeset = set(plnames) | set(cnames)

        # meetings
        for i, m in enumerate(d["meetings"]):
            mw = f"{w}: meetings[{i}]"
            if not self.keys(mw, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                self.err(mw, f"kind {m['kind']!r} is not allowed")
            for pid in self.str_list(mw + ".participants", m["participants"]):
                if pid not in pidset:
                    self.err(mw, f"participant {pid!r} is not a person of this file")
            self.unique(mw, m["participants"] if isinstance(m["participants"], list) else [], "participant")
            if not isinstance(m["countries"], list):
                self.err(mw, "countries must be a list")
            else:
                for code in m["countries"]:
                    self.iso(mw + ".countries", code, False)
                self.unique(mw, m["countries"], "country")
            if m["date"] is not None and not valid_date(m["date"]):
                self.err(mw, f"invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in placeset:
                self.err(mw, f"place {m['place']!r} is not in this file's places or countries")
            if not isinstance(m["topics"], list):
                self.err(mw, "topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        self.err(mw, f"topic {t!r} is not allowed")
                self.unique(mw, m["topics"], "topic")
            for aid in self.str_list(mw + ".agreements", m["agreements"]) if m["agreements"] else []:
                if aid not in aidset:
                    self.err(mw, f"agreement {aid!r} is not an agreement of this file")
            if not isinstance(m["evidence"], str) or not m["evidence"]:
                self.err(mw, "evidence must be a non-empty string")
            else:
                self.occurs(mw, text, m["evidence"], "evidence")
            if "evidence_extra" in m:
                for e in self.str_list(mw + ".evidence_extra", m["evidence_extra"]):
                    self.occurs(mw, text, e, "evidence_extra")
            if "note" in m and not (isinstance(m["note"], str) and m["note"]):
                self.err(mw, "note must be a non-empty string")

        # meeting counts
        for i, c in enumerate(d["meeting_counts"]):
            cw = f"{w}: meeting_counts[{i}]"
            if not self.keys(cw, c, COUNT_KEYS):
                continue
            if c["kind"] not in KINDS:
                self.err(cw, f"kind {c['kind']!r} is not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                self.err(cw, f"count {c['count']!r} is not a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                self.err(cw, f"year {c['year']!r} is not YYYY")
            if not isinstance(c["evidence"], str) or not c["evidence"]:
                self.err(cw, "evidence must be a non-empty string")
            else:
                self.occurs(cw, text, c["evidence"], "evidence")

    def run(self):
        tdir = os.path.join(self.root, "texts")
        gdir = os.path.join(self.root, "gold")
        texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
        golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
        if not texts:
            self.err("texts", "no text files found")
        for stem in sorted(texts - golds):
            self.err(stem + ".txt", "has no gold file")
        for stem in sorted(golds - texts):
            self.err(stem + ".json", "has no text file")
        checked = 0
        for stem in sorted(texts & golds):
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
            self.check_file(stem, text, os.path.join(gdir, stem + ".json"))
            checked += 1
        for e in self.errors:
            print(e)
        print(f"checked {checked} files: {len(self.errors)} errors")
        return 1 if self.errors else 0


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(Checker(root).run())
