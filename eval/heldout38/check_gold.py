#!/usr/bin/env python3
"""Consistency checker for the heldout38 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
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
    if not isinstance(s, str):
        return False
    for fmt, pat in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(pat, s):
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    errors = []

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    texts = {os.path.splitext(f)[0] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {os.path.splitext(f)[0] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(texts & golds):
        gf = stem + ".json"
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, gf), encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as e:
            err(gf, f"cannot read JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(gf, "top level is not an object")
            continue
        if set(g) != set(TOP):
            err(gf, f"top-level fields differ: missing {sorted(set(TOP) - set(g))}, extra {sorted(set(g) - set(TOP))}")
        if g.get("doc") != stem + ".txt":
            err(gf, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.match(r"^\d{4}$", g.get("year", ""))):
            err(gf, f"invalid year {g.get('year')!r}")

        # field shapes
        for sec, (req, opt) in FIELDS.items():
            items = g.get(sec, [])
            if not isinstance(items, list):
                err(gf, f"{sec} is not a list")
                g[sec] = []
                continue
            for i, it in enumerate(items):
                if not isinstance(it, dict):
                    err(gf, f"{sec}[{i}] is not an object")
                    continue
                keys = set(it)
                if not req <= keys:
                    err(gf, f"{sec}[{i}] missing fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(gf, f"{sec}[{i}] undocumented fields {sorted(keys - req - opt)}")
                if "aliases" in it and not (isinstance(it["aliases"], list) and all(isinstance(a, str) for a in it["aliases"])):
                    err(gf, f"{sec}[{i}] aliases must be a list of strings")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_entity(sec, it, label):
            names = [it.get("name")] + list(it.get("aliases", []) or [])
            if not any(occurs(n) for n in names):
                err(gf, f"{sec} {label}: neither name nor any alias occurs in the text")
            for a in it.get("aliases", []) or []:
                if not occurs(a):
                    err(gf, f"{sec} {label}: alias {a!r} not found verbatim in the text")

        def check_ids(sec):
            seen = set()
            for it in g.get(sec, []):
                i = it.get("id")
                if not (isinstance(i, str) and SLUG.match(i)):
                    err(gf, f"{sec}: invalid slug id {i!r}")
                if i in seen:
                    err(gf, f"{sec}: duplicate id {i!r}")
                seen.add(i)
            return seen

        def check_iso(code, where, allow_null=True):
            if code is None and allow_null:
                return
            if code not in ISO:
                err(gf, f"{where}: invalid ISO code {code!r}")

        pids = check_ids("persons")
        aids = check_ids("agreements")
        check_ids("organizations")

        for p in g.get("persons", []):
            label = p.get("id")
            check_entity("person", p, label)
            if p.get("office") is not None and not occurs(p.get("office")):
                err(gf, f"person {label}: office {p.get('office')!r} not found verbatim in the text")
            check_iso(p.get("country"), f"person {label} country")
            if isinstance(label, str):
                prev = person_names.get(label)
                if prev and prev[0] != p.get("name"):
                    err(gf, f"person {label}: name {p.get('name')!r} differs from {prev[0]!r} in {prev[1]}")
                elif not prev:
                    person_names[label] = (p.get("name"), gf)

        seen_iso = set()
        for c in g.get("countries", []):
            check_entity("country", c, c.get("name"))
            check_iso(c.get("iso"), f"country {c.get('name')}", allow_null=False)
            if c.get("iso") in seen_iso:
                err(gf, f"country {c.get('name')}: duplicate iso {c.get('iso')}")
            seen_iso.add(c.get("iso"))
        for r in g.get("regions", []):
            check_entity("region", r, r.get("name"))
        for a in g.get("agreements", []):
            check_entity("agreement", a, a.get("id"))
            if not isinstance(a.get("parties"), list):
                err(gf, f"agreement {a.get('id')}: parties must be a list")
            else:
                for c in a["parties"]:
                    check_iso(c, f"agreement {a.get('id')} parties", allow_null=False)
        for o in g.get("organizations", []):
            check_entity("organization", o, o.get("id"))
            check_iso(o.get("country"), f"organization {o.get('id')} country")
        place_names = set()
        for pl in g.get("places", []):
            check_entity("place", pl, pl.get("name"))
            check_iso(pl.get("country"), f"place {pl.get('name')} country")
            if pl.get("name") in place_names:
                err(gf, f"place {pl.get('name')}: duplicate")
            place_names.add(pl.get("name"))
        country_names = {c.get("name") for c in g.get("countries", [])}

        for i, m in enumerate(g.get("meetings", [])):
            where = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(gf, f"{where}: kind {m.get('kind')!r} not allowed")
            for t in m.get("topics", []) or []:
                if t not in TOPICS:
                    err(gf, f"{where}: topic {t!r} not allowed")
            if len(set(m.get("topics", []) or [])) != len(m.get("topics", []) or []):
                err(gf, f"{where}: duplicate topics")
            for pid in m.get("participants", []) or []:
                if pid not in pids:
                    err(gf, f"{where}: participant {pid!r} is not a listed person")
            for aid in m.get("agreements", []) or []:
                if aid not in aids:
                    err(gf, f"{where}: agreement {aid!r} is not a listed agreement")
            for c in m.get("countries", []) or []:
                check_iso(c, f"{where} countries", allow_null=False)
            d = m.get("date")
            if d is not None and not valid_date(d):
                err(gf, f"{where}: invalid date {d!r}")
            pl = m.get("place")
            if pl is not None and pl not in place_names and pl not in country_names:
                err(gf, f"{where}: place {pl!r} not in places or countries")
            if not occurs(m.get("evidence")):
                err(gf, f"{where}: evidence not found verbatim in the text")
            for x in m.get("evidence_extra", []) or []:
                if not occurs(x):
                    err(gf, f"{where}: evidence_extra not found verbatim: {x[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(gf, f"{where}: note must be a string")

        for i, mc in enumerate(g.get("meeting_counts", [])):
            where = f"meeting_counts[{i}]"
            if mc.get("kind") not in KINDS:
                err(gf, f"{where}: kind {mc.get('kind')!r} not allowed")
            if not (isinstance(mc.get("count"), int) and mc.get("count") > 0):
                err(gf, f"{where}: count must be a positive integer")
            if not (isinstance(mc.get("year"), str) and valid_date(mc.get("year")) and len(mc["year"]) == 4):
                err(gf, f"{where}: invalid year {mc.get('year')!r}")
            if not occurs(mc.get("evidence")):
                err(gf, f"{where}: evidence not found verbatim in the text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
