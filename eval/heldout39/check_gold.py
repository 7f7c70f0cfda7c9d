#!/usr/bin/env python3
"""Consistency checker for the heldout39 gold annotations (standard library only).

Usage: python3 check_gold.py [SET_DIR]
SET_DIR defaults to the directory holding this script; it must contain texts/ and gold/.
Prints one line per problem, then "checked N files: M errors"; exits 1 if there are errors.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue", "visit",
         "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
FIELDS = {
    "persons": ({"id", "name", "aliases", "office", "country"}, set()),
    "countries": ({"name", "iso"}, {"aliases"}),
    "regions": ({"name"}, {"aliases"}),
    "agreements": ({"id", "name", "aliases", "parties"}, set()),
    "organizations": ({"id", "name", "aliases", "country"}, set()),
    "places": ({"name", "aliases", "country"}, set()),
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements",
                  "evidence"}, {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, s):
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def check_file(stem, text, data, problems, person_names):
    def p(msg):
        problems.append(f"{stem}: {msg}")

    if not isinstance(data, dict):
        p("top level is not an object")
        return
    if list(data.keys()) != TOP:
        if set(data.keys()) != set(TOP):
            p(f"top-level fields {sorted(data.keys())} != {TOP}")
            return
    if data["doc"] != stem + ".txt":
        p(f"doc {data['doc']!r} does not match file name {stem + '.txt'!r}")
    if not (isinstance(data["year"], str) and re.match(r"^\d{4}$", data["year"])):
        p(f"bad year {data['year']!r}")

    for section, (req, opt) in FIELDS.items():
        if not isinstance(data[section], list):
            p(f"{section} is not a list")
            continue
        for i, e in enumerate(data[section]):
            if not isinstance(e, dict):
                p(f"{section}[{i}] is not an object")
                continue
            keys = set(e.keys())
            if not req <= keys or not keys <= req | opt:
                p(f"{section}[{i}] fields {sorted(keys)}; required {sorted(req)}, optional {sorted(opt)}")

    def iso_ok(code, where, nullable=True):
        if code is None and nullable:
            return
        if code not in ISO:
            p(f"{where}: invalid country code {code!r}")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_aliases(e, where):
        al = e.get("aliases", [])
        if not isinstance(al, list):
            p(f"{where}: aliases is not a list")
            return []
        for a in al:
            if not occurs(a):
                p(f"{where}: alias {a!r} not found verbatim in text")
        if len(set(al)) != len(al):
            p(f"{where}: duplicate aliases")
        return al

    def check_named(e, where):
        al = check_aliases(e, where)
        if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
            p(f"{where}: neither name {e.get('name')!r} nor any alias occurs in text")

    ids = {}
    for sec in ("persons", "agreements", "organizations"):
        for i, e in enumerate(data[sec]):
            if not isinstance(e, dict):
                continue
            eid = e.get("id")
            if not isinstance(eid, str) or not SLUG.match(eid):
                p(f"{sec}[{i}]: id {eid!r} is not a slug")
            elif eid in ids:
                p(f"{sec}[{i}]: id {eid!r} duplicated (also in {ids[eid]})")
            else:
                ids[eid] = sec

    person_ids, agreement_ids, place_names = set(), set(), set()
    for i, e in enumerate(data["persons"]):
        where = f"persons[{i}] {e.get('id')}"
        check_named(e, where)
        if e.get("office") is not None and not occurs(e["office"]):
            p(f"{where}: office {e['office']!r} not found verbatim in text")
        iso_ok(e.get("country"), where)
        person_ids.add(e.get("id"))
        prev = person_names.get(e.get("id"))
        if prev and prev[0] != e.get("name"):
            p(f"{where}: name {e.get('name')!r} differs from {prev[0]!r} in {prev[1]}")
        else:
            person_names.setdefault(e.get("id"), (e.get("name"), stem))
    country_names = set()
    for i, e in enumerate(data["countries"]):
        where = f"countries[{i}] {e.get('name')}"
        check_named(e, where)
        iso_ok(e.get("iso"), where, nullable=False)
        country_names.add(e.get("name"))
    isos = [e.get("iso") for e in data["countries"]]
    if len(set(isos)) != len(isos):
        p("countries: duplicate iso codes")
    for i, e in enumerate(data["regions"]):
        check_named(e, f"regions[{i}] {e.get('name')}")
    for i, e in enumerate(data["agreements"]):
        where = f"agreements[{i}] {e.get('id')}"
        check_named(e, where)
        if not isinstance(e.get("parties"), list):
            p(f"{where}: parties is not a list")
        else:
            for c in e["parties"]:
                iso_ok(c, where, nullable=False)
        agreement_ids.add(e.get("id"))
    for i, e in enumerate(data["organizations"]):
        where = f"organizations[{i}] {e.get('id')}"
        check_named(e, where)
        iso_ok(e.get("country"), where)
    for i, e in enumerate(data["places"]):
        where = f"places[{i}] {e.get('name')}"
        check_named(e, where)
        iso_ok(e.get("country"), where)
        place_names.add(e.get("name"))
    if len(place_names) != len(data["places"]):
        p("places: duplicate names")

    for i, m in enumerate(data["meetings"]):
        where = f"meetings[{i}]"
        if m.get("kind") not in KINDS:
            p(f"{where}: kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants", []):
            if pid not in person_ids:
                p(f"{where}: participant {pid!r} is not a listed person")
        if len(set(m.get("participants", []))) != len(m.get("participants", [])):
            p(f"{where}: duplicate participants")
        for c in m.get("countries", []):
            iso_ok(c, where, nullable=False)
        if not valid_date(m.get("date")):
            p(f"{where}: invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in place_names and pl not in country_names:
            p(f"{where}: place {pl!r} is not a listed place or country")
        for t in m.get("topics", []):
            if t not in TOPICS:
                p(f"{where}: topic {t!r} not allowed")
        for a in m.get("agreements", []):
            if a not in agreement_ids:
                p(f"{where}: agreement {a!r} is not a listed agreement")
        if not occurs(m.get("evidence")):
            p(f"{where}: evidence not found verbatim: {str(m.get('evidence'))[:60]!r}")
        extra = m.get("evidence_extra", [])
        if not isinstance(extra, list):
            p(f"{where}: evidence_extra is not a list")
        else:
            for x in extra:
                if not occurs(x):
                    p(f"{where}: evidence_extra not found verbatim: {str(x)[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            p(f"{where}: note is not a string")
    for i, c in enumerate(data["meeting_counts"]):
        where = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            p(f"{where}: kind {c.get('kind')!r} not allowed")
        if not isinstance(c.get("count"), int) or c.get("count") < 1:
            p(f"{where}: bad count {c.get('count')!r}")
        if not (isinstance(c.get("year"), str) and re.match(r"^\d{4}$", c.get("year"))):
            p(f"{where}: bad year {c.get('year')!r}")
        if not occurs(c.get("evidence")):
            p(f"{where}: evidence not found verbatim")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        problems.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        problems.append(f"{s}: gold file has no text")
    person_names = {}
    n = 0
    for stem in sorted(texts & golds):
        n += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                data = json.load(fh)
        except (ValueError, OSError) as exc:
            problems.append(f"{stem}: cannot read gold: {exc}")
            continue
        check_file(stem, text, data, problems, person_names)
    for line in problems:
        print(line)
    print(f"checked {n} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
