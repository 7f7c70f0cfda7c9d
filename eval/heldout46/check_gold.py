#!/usr/bin/env python3
"""Consistency checker for the heldout46 gold annotations (standard library only).

Usage: python3 check_gold.py [set_dir]
Prints one line per problem and a final line "checked N files: M errors".
Exits 1 if any error was found.
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
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, s):
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

    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")

    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        gf = stem + ".json"
        checked += 1
        try:
            text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        except UnicodeDecodeError:
            err(gf, "text is not valid UTF-8")
            continue
        try:
            d = json.load(open(os.path.join(gdir, gf), encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            err(gf, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict):
            err(gf, "top level is not an object")
            continue
        if set(d) != set(TOP):
            err(gf, f"top-level fields {sorted(d)} differ from {TOP}")
        if d.get("doc") != stem + ".txt":
            err(gf, f"doc is {d.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(d.get("year"), str) and re.match(r"^\d{4}$", d.get("year", ""))):
            err(gf, f"year {d.get('year')!r} is not YYYY")

        # field sets
        for sec, (req, opt) in FIELDS.items():
            lst = d.get(sec)
            if not isinstance(lst, list):
                err(gf, f"{sec} is not a list")
                d[sec] = []
                continue
            for i, e in enumerate(lst):
                if not isinstance(e, dict):
                    err(gf, f"{sec}[{i}] is not an object")
                    continue
                keys = set(e)
                if not req <= keys:
                    err(gf, f"{sec}[{i}] missing fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(gf, f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")
        for sec in FIELDS:
            d[sec] = [e for e in d[sec] if isinstance(e, dict)]

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_aliases(sec, i, e):
            al = e.get("aliases", [])
            if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
                err(gf, f"{sec}[{i}] aliases is not a list of strings")
                return []
            for a in al:
                if not occurs(a):
                    err(gf, f"{sec}[{i}] alias {a!r} not in text")
            if len(set(al)) != len(al):
                err(gf, f"{sec}[{i}] duplicate aliases")
            return al

        def check_named(sec, i, e, al):
            if not isinstance(e.get("name"), str) or not e.get("name"):
                err(gf, f"{sec}[{i}] name missing or empty")
                return
            if not occurs(e["name"]) and not any(occurs(a) for a in al):
                err(gf, f"{sec}[{i}] neither name {e['name']!r} nor any alias occurs in text")

        def check_iso(where, code, nullable=True):
            if code is None and nullable:
                return
            if code not in ISO:
                err(gf, f"{where}: invalid country code {code!r}")

        ids = {}
        for sec in ("persons", "agreements", "organizations"):
            seen = set()
            for i, e in enumerate(d[sec]):
                pid = e.get("id")
                if not isinstance(pid, str) or not SLUG.match(pid):
                    err(gf, f"{sec}[{i}] id {pid!r} is not a slug")
                elif pid in seen:
                    err(gf, f"{sec}[{i}] duplicate id {pid!r}")
                seen.add(pid)
            ids[sec] = seen

        for i, e in enumerate(d["persons"]):
            al = check_aliases("persons", i, e)
            check_named("persons", i, e, al)
            off = e.get("office")
            if off is not None and not occurs(off):
                err(gf, f"persons[{i}] office {off!r} not in text")
            check_iso(f"persons[{i}]", e.get("country"))
            pid, nm = e.get("id"), e.get("name")
            if pid in person_names and person_names[pid][0] != nm:
                err(gf, f"person {pid!r} named {nm!r} but {person_names[pid][0]!r} in {person_names[pid][1]}")
            else:
                person_names.setdefault(pid, (nm, gf))

        cnames = set()
        for i, e in enumerate(d["countries"]):
            al = check_aliases("countries", i, e) if "aliases" in e else []
            check_named("countries", i, e, al)
            check_iso(f"countries[{i}]", e.get("iso"), nullable=False)
            cnames.add(e.get("name"))
        for i, e in enumerate(d["regions"]):
            al = check_aliases("regions", i, e) if "aliases" in e else []
            check_named("regions", i, e, al)
        for i, e in enumerate(d["agreements"]):
            al = check_aliases("agreements", i, e)
            check_named("agreements", i, e, al)
            parties = e.get("parties")
            if not isinstance(parties, list):
                err(gf, f"agreements[{i}] parties is not a list")
            else:
                for p in parties:
                    check_iso(f"agreements[{i}] parties", p, nullable=False)
        for i, e in enumerate(d["organizations"]):
            al = check_aliases("organizations", i, e)
            check_named("organizations", i, e, al)
            check_iso(f"organizations[{i}]", e.get("country"))
        pnames = set()
        for i, e in enumerate(d["places"]):
            al = check_aliases("places", i, e)
            check_named("places", i, e, al)
            check_iso(f"places[{i}]", e.get("country"))
            if e.get("name") in pnames:
                err(gf, f"places[{i}] duplicate place {e.get('name')!r}")
            pnames.add(e.get("name"))

        for i, m in enumerate(d["meetings"]):
            w = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(gf, f"{w} kind {m.get('kind')!r} not allowed")
            parts = m.get("participants", [])
            if not isinstance(parts, list):
                err(gf, f"{w} participants is not a list")
                parts = []
            for p in parts:
                if p not in ids["persons"]:
                    err(gf, f"{w} participant {p!r} is not a listed person")
            if len(set(parts)) != len(parts):
                err(gf, f"{w} duplicate participants")
            for c in m.get("countries", []) or []:
                check_iso(f"{w} countries", c, nullable=False)
            if not isinstance(m.get("countries"), list):
                err(gf, f"{w} countries is not a list")
            if m.get("date") is not None and not valid_date(m.get("date")):
                err(gf, f"{w} invalid date {m.get('date')!r}")
            pl = m.get("place")
            if pl is not None and pl not in pnames and pl not in cnames:
                err(gf, f"{w} place {pl!r} is not a listed place or country")
            tps = m.get("topics", [])
            if not isinstance(tps, list):
                err(gf, f"{w} topics is not a list")
                tps = []
            for t in tps:
                if t not in TOPICS:
                    err(gf, f"{w} topic {t!r} not allowed")
            ags = m.get("agreements", [])
            if not isinstance(ags, list):
                err(gf, f"{w} agreements is not a list")
                ags = []
            for a in ags:
                if a not in ids["agreements"]:
                    err(gf, f"{w} agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(gf, f"{w} evidence not found verbatim in text")
            ex = m.get("evidence_extra", [])
            if not isinstance(ex, list):
                err(gf, f"{w} evidence_extra is not a list")
                ex = []
            for j, x in enumerate(ex):
                if not occurs(x):
                    err(gf, f"{w} evidence_extra[{j}] not found verbatim in text")
            if "note" in m and not isinstance(m["note"], str):
                err(gf, f"{w} note is not a string")

        for i, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if c.get("kind") not in KINDS:
                err(gf, f"{w} kind {c.get('kind')!r} not allowed")
            if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c.get("count") < 1:
                err(gf, f"{w} count {c.get('count')!r} is not a positive integer")
            if c.get("year") is not None and not (isinstance(c.get("year"), str) and re.match(r"^\d{4}$", c["year"])):
                err(gf, f"{w} year {c.get('year')!r} is not YYYY or null")
            if not occurs(c.get("evidence")):
                err(gf, f"{w} evidence not found verbatim in text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
