#!/usr/bin/env python3
"""Consistency checker for the heldout9 gold annotations (standard library only).

Usage:  python3 check_gold.py            (run from any directory)

Checks, for every text in texts/ and every gold file in gold/:
  * every text has a gold file with the same stem and vice versa;
  * the top-level fields and the fields of every entry are exactly the
    documented ones (gold/README.md), with the documented optional extras;
  * `doc` names the text, `year` is a four-digit year;
  * ids are lowercase slugs and unique within their list;
  * ISO 3166-1 alpha-2 codes are valid (SU is also accepted);
  * aliases and offices occur verbatim in the text; every entity's name or
    one of its aliases occurs in the text (names may be canonical forms);
  * aliases do not repeat the entry's own name and are not duplicated;
  * meeting kinds and topics come from the allowed lists;
  * dates are YYYY, YYYY-MM or YYYY-MM-DD and real calendar dates;
  * participants, agreements and places refer to entities listed in the file
    (a meeting's place may also be a listed country name);
  * meeting countries are valid codes and listed in the file's countries;
  * evidence, evidence_extra and meeting_counts evidence occur verbatim;
  * a person id has the same name in every file.
Prints every problem and a final count; exits 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

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
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

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
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def valid_date(s):
    m = DATE.match(s)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_file(stem, text, g, rep, person_names):
    w = stem
    if not isinstance(g, dict):
        rep.err(w, "gold is not a JSON object")
        return
    if list(g.keys()) != TOP:
        if set(g.keys()) != set(TOP):
            rep.err(w, f"top-level fields {sorted(g.keys())} != {TOP}")
            return
        rep.err(w, "top-level fields are not in the documented order")
    if g["doc"] != stem + ".txt":
        rep.err(w, f"doc {g['doc']!r} should be {stem + '.txt'!r}")
    if not (isinstance(g["year"], str) and re.fullmatch(r"\d{4}", g["year"])):
        rep.err(w, f"year {g['year']!r} is not a four-digit string")

    for section, (req, opt) in FIELDS.items():
        if not isinstance(g[section], list):
            rep.err(w, f"{section} is not a list")
            continue
        for i, e in enumerate(g[section]):
            where = f"{w}:{section}[{i}]"
            if not isinstance(e, dict):
                rep.err(where, "entry is not an object")
                continue
            keys = set(e.keys())
            if not req <= keys:
                rep.err(where, f"missing fields {sorted(req - keys)}")
            if keys - req - opt:
                rep.err(where, f"unknown fields {sorted(keys - req - opt)}")

    def aliases_ok(where, e):
        al = e.get("aliases", [])
        if not is_str_list(al):
            rep.err(where, "aliases must be a list of strings")
            return []
        if len(set(al)) != len(al):
            rep.err(where, "duplicate aliases")
        for a in al:
            if a == e.get("name"):
                rep.err(where, f"alias {a!r} repeats the name")
            if a not in text:
                rep.err(where, f"alias {a!r} not in text")
        return al

    def mentioned(where, e, al):
        if e.get("name") not in text and not any(a in text for a in al):
            rep.err(where, f"neither name {e.get('name')!r} nor any alias occurs in text")

    def ids_unique(section):
        seen = set()
        for i, e in enumerate(g[section]):
            where = f"{w}:{section}[{i}]"
            pid = e.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                rep.err(where, f"id {pid!r} is not a slug")
            if pid in seen:
                rep.err(where, f"duplicate id {pid!r}")
            seen.add(pid)
        return seen

    # persons
    person_ids = ids_unique("persons")
    for i, p in enumerate(g["persons"]):
        where = f"{w}:persons[{i}]({p.get('id')})"
        al = aliases_ok(where, p)
        if p.get("office") is not None:
            if not isinstance(p["office"], str) or p["office"] not in text:
                rep.err(where, f"office {p.get('office')!r} not in text")
        if p.get("country") is not None and p.get("country") not in ISO:
            rep.err(where, f"country {p.get('country')!r} not an ISO code")
        if not isinstance(p.get("name"), str) or not p.get("name"):
            rep.err(where, "name missing")
        if not al and p.get("name") not in text:
            rep.err(where, "person has no alias and the name is not in the text")
        pid, nm = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != nm:
            rep.err(where, f"name {nm!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (nm, stem))

    # countries
    country_codes, country_names = set(), set()
    for i, c in enumerate(g["countries"]):
        where = f"{w}:countries[{i}]({c.get('name')})"
        if c.get("iso") not in ISO:
            rep.err(where, f"iso {c.get('iso')!r} invalid")
        if c.get("iso") in country_codes:
            rep.err(where, f"duplicate country {c.get('iso')}")
        country_codes.add(c.get("iso"))
        country_names.add(c.get("name"))
        al = aliases_ok(where, c)
        mentioned(where, c, al)

    # regions
    for i, r in enumerate(g["regions"]):
        where = f"{w}:regions[{i}]({r.get('name')})"
        al = aliases_ok(where, r)
        mentioned(where, r, al)

    # agreements
    agreement_ids = ids_unique("agreements")
    for i, a in enumerate(g["agreements"]):
        where = f"{w}:agreements[{i}]({a.get('id')})"
        al = aliases_ok(where, a)
        mentioned(where, a, al)
        if not is_str_list(a.get("parties")):
            rep.err(where, "parties must be a list of codes")
        else:
            for c in a["parties"]:
                if c not in ISO:
                    rep.err(where, f"party {c!r} invalid")

    # organizations
    ids_unique("organizations")
    for i, o in enumerate(g["organizations"]):
        where = f"{w}:organizations[{i}]({o.get('id')})"
        al = aliases_ok(where, o)
        mentioned(where, o, al)
        if o.get("country") is not None and o.get("country") not in ISO:
            rep.err(where, f"country {o.get('country')!r} invalid")

    # places
    place_names = set()
    for i, pl in enumerate(g["places"]):
        where = f"{w}:places[{i}]({pl.get('name')})"
        if pl.get("name") in place_names:
            rep.err(where, "duplicate place name")
        place_names.add(pl.get("name"))
        al = aliases_ok(where, pl)
        mentioned(where, pl, al)
        if pl.get("country") is not None and pl.get("country") not in ISO:
            rep.err(where, f"country {pl.get('country')!r} invalid")

    # meetings
    for i, m in enumerate(g["meetings"]):
        where = f"{w}:meetings[{i}]"
        if m.get("kind") not in KINDS:
            rep.err(where, f"kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants", []):
            if pid not in person_ids:
                rep.err(where, f"participant {pid!r} not in persons")
        if not is_str_list(m.get("countries")):
            rep.err(where, "countries must be a list")
        else:
            for c in m["countries"]:
                if c not in ISO:
                    rep.err(where, f"country {c!r} invalid")
                elif c not in country_codes:
                    rep.err(where, f"country {c!r} not in the file's countries")
            if len(set(m["countries"])) != len(m["countries"]):
                rep.err(where, "duplicate meeting countries")
        d = m.get("date")
        if d is not None and (not isinstance(d, str) or not valid_date(d)):
            rep.err(where, f"date {d!r} malformed or not a real date")
        pl = m.get("place")
        if pl is not None and pl not in place_names and pl not in country_names:
            rep.err(where, f"place {pl!r} not a listed place or country")
        for t in m.get("topics", []):
            if t not in TOPICS:
                rep.err(where, f"topic {t!r} not allowed")
        for a in m.get("agreements", []):
            if a not in agreement_ids:
                rep.err(where, f"agreement {a!r} not listed")
        ev = m.get("evidence")
        if not isinstance(ev, str) or ev not in text:
            rep.err(where, f"evidence not in text: {str(ev)[:70]!r}")
        for ex in m.get("evidence_extra", []):
            if ex not in text:
                rep.err(where, f"evidence_extra not in text: {ex[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            rep.err(where, "note must be a string")

    # meeting counts
    for i, c in enumerate(g["meeting_counts"]):
        where = f"{w}:meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            rep.err(where, f"kind {c.get('kind')!r} not allowed")
        if not isinstance(c.get("count"), int) or c.get("count") < 1:
            rep.err(where, "count must be a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c.get("year"))):
            rep.err(where, "year must be a four-digit string")
        if c.get("evidence") not in text:
            rep.err(where, f"evidence not in text: {str(c.get('evidence'))[:70]!r}")


def main():
    rep = Report()
    texts = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(texts - golds):
        rep.err(s, "text has no gold file")
    for s in sorted(golds - texts):
        rep.err(s, "gold file has no text")
    person_names = {}
    n_files = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(GOLD, stem + ".json"), encoding="utf-8") as fh:
                g = json.load(fh)
        except json.JSONDecodeError as ex:
            rep.err(stem, f"invalid JSON: {ex}")
            continue
        n_files += 1
        check_file(stem, text, g, rep, person_names)
    for e in rep.errors:
        print("ERROR", e)
    print(f"checked {n_files} file pair(s): {len(rep.errors)} error(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
