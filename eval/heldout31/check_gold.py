#!/usr/bin/env python3
"""Consistency checker for the heldout31 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem and a final line "checked N files: M errors".
Exit status 1 if any error was found, else 0.
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
    "meetings": ({"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"},
                 {"evidence_extra", "note"}),
    "meeting_counts": ({"kind", "count", "year", "evidence"}, set()),
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return 1000 <= int(d) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
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

    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(texts & golds):
        fn = stem + ".json"
        checked += 1
        text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        try:
            d = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
        except (ValueError, OSError) as e:
            err(fn, f"cannot parse JSON: {e}")
            continue
        if not isinstance(d, dict):
            err(fn, "top level is not an object")
            continue
        if set(d) != set(TOP):
            err(fn, f"top-level fields differ: missing {sorted(set(TOP) - set(d))}, extra {sorted(set(d) - set(TOP))}")
        if d.get("doc") != stem + ".txt":
            err(fn, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d["year"])):
            err(fn, f"year {d.get('year')!r} is not YYYY")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        # entity lists: field sets
        for key, (req, opt) in FIELDS.items():
            items = d.get(key, [])
            if not isinstance(items, list):
                err(fn, f"{key} is not a list")
                d[key] = []
                continue
            for i, e in enumerate(items):
                if not isinstance(e, dict):
                    err(fn, f"{key}[{i}] is not an object")
                    continue
                missing, extra = req - set(e), set(e) - req - opt
                if missing or extra:
                    err(fn, f"{key}[{i}] fields: missing {sorted(missing)}, extra {sorted(extra)}")

        def aliases_ok(key, i, e):
            al = e.get("aliases", [])
            if not isinstance(al, list):
                err(fn, f"{key}[{i}] aliases is not a list")
                return []
            for a in al:
                if not occurs(a):
                    err(fn, f"{key}[{i}] alias {a!r} not found in text")
            if len(set(al)) != len(al):
                err(fn, f"{key}[{i}] duplicate aliases")
            return al

        def name_or_alias(key, i, e):
            al = e.get("aliases", []) if isinstance(e.get("aliases", []), list) else []
            if not (occurs(e.get("name")) or any(occurs(a) for a in al)):
                err(fn, f"{key}[{i}] neither name {e.get('name')!r} nor any alias occurs in text")

        def iso_ok(where, c, allow_null=True):
            if c is None and allow_null:
                return
            if c not in ISO:
                err(fn, f"{where}: {c!r} is not an ISO 3166-1 alpha-2 code (or SU)")

        def ids_unique(key):
            seen = set()
            for i, e in enumerate(d.get(key, [])):
                if not isinstance(e, dict):
                    continue
                x = e.get("id")
                if not (isinstance(x, str) and SLUG.match(x)):
                    err(fn, f"{key}[{i}] id {x!r} is not a slug")
                if x in seen:
                    err(fn, f"{key}[{i}] duplicate id {x!r}")
                seen.add(x)
            return seen

        person_ids = ids_unique("persons")
        agreement_ids = ids_unique("agreements")
        ids_unique("organizations")

        for i, p in enumerate(d.get("persons", [])):
            if not isinstance(p, dict):
                continue
            aliases_ok("persons", i, p)
            name_or_alias("persons", i, p)
            if p.get("office") is not None and not occurs(p.get("office")):
                err(fn, f"persons[{i}] office {p.get('office')!r} not found in text")
            iso_ok(f"persons[{i}].country", p.get("country"))
            pid, nm = p.get("id"), p.get("name")
            if pid in person_names and person_names[pid][0] != nm:
                err(fn, f"person {pid!r} named {nm!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
            else:
                person_names.setdefault(pid, (nm, fn))

        country_names = set()
        for i, c in enumerate(d.get("countries", [])):
            if not isinstance(c, dict):
                continue
            aliases_ok("countries", i, c)
            name_or_alias("countries", i, c)
            iso_ok(f"countries[{i}].iso", c.get("iso"), allow_null=False)
            country_names.add(c.get("name"))
        for i, r in enumerate(d.get("regions", [])):
            if isinstance(r, dict):
                aliases_ok("regions", i, r)
                name_or_alias("regions", i, r)
        for i, a in enumerate(d.get("agreements", [])):
            if not isinstance(a, dict):
                continue
            aliases_ok("agreements", i, a)
            name_or_alias("agreements", i, a)
            if not isinstance(a.get("parties"), list):
                err(fn, f"agreements[{i}] parties is not a list")
            else:
                for c in a["parties"]:
                    iso_ok(f"agreements[{i}].parties", c, allow_null=False)
        for i, o in enumerate(d.get("organizations", [])):
            if isinstance(o, dict):
                aliases_ok("organizations", i, o)
                name_or_alias("organizations", i, o)
                iso_ok(f"organizations[{i}].country", o.get("country"))
        place_names = set()
        for i, p in enumerate(d.get("places", [])):
            if isinstance(p, dict):
                aliases_ok("places", i, p)
                name_or_alias("places", i, p)
                iso_ok(f"places[{i}].country", p.get("country"))
                place_names.add(p.get("name"))
        dup = [n for n in place_names if n in country_names]
        for n in dup:
            err(fn, f"{n!r} is both a place and a country")

        for i, m in enumerate(d.get("meetings", [])):
            if not isinstance(m, dict):
                continue
            w = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(fn, f"{w} kind {m.get('kind')!r} not allowed")
            for p in m.get("participants", []) or []:
                if p not in person_ids:
                    err(fn, f"{w} participant {p!r} is not a listed person")
            if len(set(m.get("participants", []) or [])) != len(m.get("participants", []) or []):
                err(fn, f"{w} duplicate participants")
            if not isinstance(m.get("countries"), list):
                err(fn, f"{w} countries is not a list")
            else:
                for c in m["countries"]:
                    iso_ok(f"{w}.countries", c, allow_null=False)
            if not valid_date(m.get("date")):
                err(fn, f"{w} date {m.get('date')!r} invalid")
            pl = m.get("place")
            if pl is not None and pl not in place_names and pl not in country_names:
                err(fn, f"{w} place {pl!r} is not a listed place or country")
            for t in m.get("topics", []) or []:
                if t not in TOPICS:
                    err(fn, f"{w} topic {t!r} not allowed")
            for a in m.get("agreements", []) or []:
                if a not in agreement_ids:
                    err(fn, f"{w} agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(fn, f"{w} evidence not found verbatim in text: {str(m.get('evidence'))[:60]!r}")
            ex = m.get("evidence_extra", [])
            if not isinstance(ex, list):
                err(fn, f"{w} evidence_extra is not a list")
            else:
                for e in ex:
                    if not occurs(e):
                        err(fn, f"{w} evidence_extra not found verbatim: {str(e)[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(fn, f"{w} note is not a string")

        for i, c in enumerate(d.get("meeting_counts", [])):
            if not isinstance(c, dict):
                continue
            w = f"meeting_counts[{i}]"
            if c.get("kind") not in KINDS:
                err(fn, f"{w} kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
                err(fn, f"{w} count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
                err(fn, f"{w} year {c.get('year')!r} is not YYYY")
            if not occurs(c.get("evidence")):
                err(fn, f"{w} evidence not found verbatim in text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
