#!/usr/bin/env python3
"""Consistency checker for the heldout33 gold annotations (standard library only).

Usage: python3 check_gold.py [SET_DIR]   (default: the directory of this script)

Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if any error was found.
"""
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
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
REQ = {
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
YEAR = re.compile(r"^\d{4}$")
DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(s):
    if not isinstance(s, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if not 1850 <= int(y) <= 2100:
        return False
    if mo is not None:
        if not 1 <= int(mo) <= 12:
            return False
        if d is not None:
            dd = int(d)
            lim = DIM[int(mo) - 1]
            if int(mo) == 2 and not (int(y) % 4 == 0 and (int(y) % 100 != 0 or int(y) % 400 == 0)):
                lim = 28
            if not 1 <= dd <= lim:
                return False
    return True


def main():
    base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []

    def err(f, msg):
        problems.append(f"{f}: {msg}")

    texts = {os.path.splitext(n)[0] for n in os.listdir(tdir) if n.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {os.path.splitext(n)[0] for n in os.listdir(gdir) if n.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(golds & texts):
        fn = stem + ".json"
        checked += 1
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            err(stem + ".txt", "text is not valid UTF-8")
            continue
        try:
            with open(os.path.join(gdir, fn), encoding="utf-8") as fh:
                d = json.load(fh)
        except (ValueError, UnicodeDecodeError) as e:
            err(fn, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict):
            err(fn, "top level is not an object")
            continue
        if set(d) != set(TOP_KEYS):
            miss, extra = set(TOP_KEYS) - set(d), set(d) - set(TOP_KEYS)
            if miss:
                err(fn, f"missing top-level fields {sorted(miss)}")
            if extra:
                err(fn, f"unknown top-level fields {sorted(extra)}")
        if d.get("doc") != stem + ".txt":
            err(fn, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and YEAR.match(d["year"])):
            err(fn, f"invalid year {d.get('year')!r}")

        lists = {}
        for sec, (req, opt) in REQ.items():
            items = d.get(sec, [])
            if not isinstance(items, list):
                err(fn, f"{sec} is not a list")
                items = []
            good = []
            for i, it in enumerate(items):
                where = f"{sec}[{i}]"
                if not isinstance(it, dict):
                    err(fn, f"{where} is not an object")
                    continue
                keys = set(it)
                if req - keys:
                    err(fn, f"{where} missing fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(fn, f"{where} unknown fields {sorted(keys - req - opt)}")
                good.append(it)
            lists[sec] = good

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_surface(sec, it, where):
            name = it.get("name")
            aliases = it.get("aliases", [])
            if not isinstance(name, str) or not name.strip():
                err(fn, f"{where} has empty name")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                err(fn, f"{where} aliases is not a list of strings")
                aliases = []
            for a in aliases:
                if not occurs(a):
                    err(fn, f"{where} alias {a!r} does not occur in the text")
            if len(set(aliases)) != len(aliases):
                err(fn, f"{where} has duplicate aliases")
            if not occurs(name) and not any(occurs(a) for a in aliases):
                err(fn, f"{where} neither name {name!r} nor any alias occurs in the text")

        def check_code(code, where, allow_null=True):
            if code is None:
                if not allow_null:
                    err(fn, f"{where} is null")
                return
            if code not in ISO:
                err(fn, f"{where} {code!r} is not an ISO 3166-1 alpha-2 code (or SU)")

        ids = {}
        for sec in ("persons", "agreements", "organizations"):
            seen = set()
            for i, it in enumerate(lists[sec]):
                where = f"{sec}[{i}]"
                pid = it.get("id")
                if not (isinstance(pid, str) and SLUG.match(pid)):
                    err(fn, f"{where} id {pid!r} is not a slug")
                elif pid in seen:
                    err(fn, f"{where} duplicate id {pid!r}")
                seen.add(pid)
                check_surface(sec, it, where)
            ids[sec] = seen

        for i, p in enumerate(lists["persons"]):
            where = f"persons[{i}] ({p.get('id')})"
            off = p.get("office")
            if off is not None and not occurs(off):
                err(fn, f"{where} office {off!r} does not occur in the text")
            check_code(p.get("country"), f"{where} country")
            pid, name = p.get("id"), p.get("name")
            if isinstance(pid, str):
                if pid in person_names and person_names[pid][0] != name:
                    err(fn, f"{where} name {name!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
                else:
                    person_names.setdefault(pid, (name, fn))

        isos = set()
        for i, c in enumerate(lists["countries"]):
            where = f"countries[{i}]"
            check_code(c.get("iso"), f"{where} iso", allow_null=False)
            if c.get("iso") in isos:
                err(fn, f"{where} duplicate iso {c.get('iso')!r}")
            isos.add(c.get("iso"))
            check_surface("countries", c, where)
        for i, r in enumerate(lists["regions"]):
            check_surface("regions", r, f"regions[{i}]")
        for i, a in enumerate(lists["agreements"]):
            parties = a.get("parties")
            if not isinstance(parties, list):
                err(fn, f"agreements[{i}] parties is not a list")
            else:
                for c in parties:
                    check_code(c, f"agreements[{i}] party", allow_null=False)
        for i, o in enumerate(lists["organizations"]):
            check_code(o.get("country"), f"organizations[{i}] country")
        place_names = set()
        for i, p in enumerate(lists["places"]):
            check_surface("places", p, f"places[{i}]")
            check_code(p.get("country"), f"places[{i}] country")
            if p.get("name") in place_names:
                err(fn, f"places[{i}] duplicate place {p.get('name')!r}")
            place_names.add(p.get("name"))
        country_names = {c.get("name") for c in lists["countries"]}

        for i, m in enumerate(lists["meetings"]):
            where = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(fn, f"{where} invalid kind {m.get('kind')!r}")
            for pid in m.get("participants", []) or []:
                if pid not in ids["persons"]:
                    err(fn, f"{where} participant {pid!r} is not a listed person")
            if len(set(m.get("participants", []))) != len(m.get("participants", [])):
                err(fn, f"{where} duplicate participants")
            cs = m.get("countries", [])
            if not isinstance(cs, list):
                err(fn, f"{where} countries is not a list")
            else:
                for c in cs:
                    check_code(c, f"{where} country", allow_null=False)
            dt = m.get("date")
            if dt is not None and not valid_date(dt):
                err(fn, f"{where} invalid date {dt!r}")
            pl = m.get("place")
            if pl is not None and pl not in place_names and pl not in country_names:
                err(fn, f"{where} place {pl!r} is not in places or countries")
            for t in m.get("topics", []) or []:
                if t not in TOPICS:
                    err(fn, f"{where} invalid topic {t!r}")
            for a in m.get("agreements", []) or []:
                if a not in ids["agreements"]:
                    err(fn, f"{where} agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(fn, f"{where} evidence does not occur verbatim in the text")
            ex = m.get("evidence_extra", [])
            if not isinstance(ex, list):
                err(fn, f"{where} evidence_extra is not a list")
            else:
                for j, e in enumerate(ex):
                    if not occurs(e):
                        err(fn, f"{where} evidence_extra[{j}] does not occur verbatim in the text")
            if "note" in m and not isinstance(m["note"], str):
                err(fn, f"{where} note is not a string")

        for i, mc in enumerate(lists["meeting_counts"]):
            where = f"meeting_counts[{i}]"
            if mc.get("kind") not in KINDS:
                err(fn, f"{where} invalid kind {mc.get('kind')!r}")
            if not (isinstance(mc.get("count"), int) and not isinstance(mc.get("count"), bool) and mc["count"] > 0):
                err(fn, f"{where} count must be a positive integer")
            if not (isinstance(mc.get("year"), str) and YEAR.match(mc["year"])):
                err(fn, f"{where} invalid year {mc.get('year')!r}")
            if not occurs(mc.get("evidence")):
                err(fn, f"{where} evidence does not occur verbatim in the text")

    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
