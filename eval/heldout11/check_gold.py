#!/usr/bin/env python3
"""Consistency checker for the heldout11 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if there are errors.
"""
import json, os, re, sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
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
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(s):
    m = DATE.match(s) if isinstance(s, str) else None
    if not m:
        return False
    y, mo, d = m.groups()
    if mo is not None:
        mo = int(mo)
        if not 1 <= mo <= 12:
            return False
        if d is not None:
            d = int(d)
            leap = int(y) % 4 == 0 and (int(y) % 100 != 0 or int(y) % 400 == 0)
            limit = 29 if (mo == 2 and leap) else (28 if mo == 2 else DAYS[mo - 1])
            if not 1 <= d <= limit:
                return False
    return True


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
        f = stem + ".json"
        checked += 1
        text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        try:
            g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        except Exception as e:  # noqa
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(f, "top level is not an object")
            continue
        if list(g.keys()) != TOP:
            err(f, f"top-level fields {list(g.keys())} differ from {TOP}")
        if g.get("doc") != stem + ".txt":
            err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year {g.get('year')!r} is not YYYY")

        def in_text(s):
            return isinstance(s, str) and s != "" and s in text

        # field sets and types
        for sec, (req, opt) in FIELDS.items():
            items = g.get(sec)
            if not isinstance(items, list):
                err(f, f"{sec} is not a list")
                g[sec] = []
                continue
            for i, it in enumerate(items):
                if not isinstance(it, dict):
                    err(f, f"{sec}[{i}] is not an object")
                    continue
                keys = set(it.keys())
                if not req <= keys:
                    err(f, f"{sec}[{i}] lacks fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(f, f"{sec}[{i}] has undocumented fields {sorted(keys - req - opt)}")
                if "aliases" in it and not (isinstance(it["aliases"], list) and all(isinstance(a, str) for a in it["aliases"])):
                    err(f, f"{sec}[{i}] aliases is not a list of strings")
                    it["aliases"] = []

        def check_entity(sec, it, label):
            forms = [it.get("name")] + list(it.get("aliases", []))
            if not any(in_text(x) for x in forms):
                err(f, f"{sec} {label}: neither name nor any alias occurs in the text")
            for a in it.get("aliases", []):
                if not in_text(a):
                    err(f, f"{sec} {label}: alias {a!r} does not occur in the text")
            if len(set(it.get("aliases", []))) != len(it.get("aliases", [])):
                err(f, f"{sec} {label}: duplicate aliases")

        def check_ids(sec):
            seen = set()
            for it in g[sec]:
                i = it.get("id")
                if not (isinstance(i, str) and SLUG.match(i)):
                    err(f, f"{sec}: id {i!r} is not a slug")
                if i in seen:
                    err(f, f"{sec}: duplicate id {i!r}")
                seen.add(i)
            return seen

        pids = check_ids("persons")
        aids = check_ids("agreements")
        check_ids("organizations")

        for it in g["persons"]:
            lab = it.get("id")
            check_entity("persons", it, lab)
            off = it.get("office")
            if off is not None and not in_text(off):
                err(f, f"persons {lab}: office {off!r} does not occur in the text")
            c = it.get("country")
            if c is not None and c not in ISO:
                err(f, f"persons {lab}: country {c!r} is not a valid code")
            nm = it.get("name")
            if lab in person_names and person_names[lab][0] != nm:
                err(f, f"persons {lab}: name {nm!r} differs from {person_names[lab][0]!r} in {person_names[lab][1]}")
            else:
                person_names.setdefault(lab, (nm, f))

        cnames = set()
        isos = set()
        for it in g["countries"]:
            check_entity("countries", it, it.get("name"))
            if it.get("iso") not in ISO:
                err(f, f"countries {it.get('name')}: iso {it.get('iso')!r} is not a valid code")
            if it.get("iso") in isos:
                err(f, f"countries: duplicate iso {it.get('iso')!r}")
            isos.add(it.get("iso"))
            cnames.add(it.get("name"))
        rnames = set()
        for it in g["regions"]:
            check_entity("regions", it, it.get("name"))
            if it.get("name") in rnames:
                err(f, f"regions: duplicate name {it.get('name')!r}")
            rnames.add(it.get("name"))
        for it in g["agreements"]:
            check_entity("agreements", it, it.get("id"))
            ps = it.get("parties")
            if not isinstance(ps, list) or any(p not in ISO for p in ps):
                err(f, f"agreements {it.get('id')}: invalid parties {ps!r}")
        for it in g["organizations"]:
            check_entity("organizations", it, it.get("id"))
            c = it.get("country")
            if c is not None and c not in ISO:
                err(f, f"organizations {it.get('id')}: country {c!r} is not a valid code")
        pnames = set()
        for it in g["places"]:
            check_entity("places", it, it.get("name"))
            c = it.get("country")
            if c is not None and c not in ISO:
                err(f, f"places {it.get('name')}: country {c!r} is not a valid code")
            if it.get("name") in pnames:
                err(f, f"places: duplicate name {it.get('name')!r}")
            pnames.add(it.get("name"))

        for i, m in enumerate(g["meetings"]):
            lab = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(f, f"{lab}: kind {m.get('kind')!r} not allowed")
            for p in m.get("participants", []) or []:
                if p not in pids:
                    err(f, f"{lab}: participant {p!r} is not a listed person")
            if len(set(m.get("participants", []))) != len(m.get("participants", [])):
                err(f, f"{lab}: duplicate participants")
            cs = m.get("countries")
            if not isinstance(cs, list) or any(c not in ISO for c in cs):
                err(f, f"{lab}: invalid countries {cs!r}")
            d = m.get("date")
            if d is not None and not valid_date(d):
                err(f, f"{lab}: invalid date {d!r}")
            pl = m.get("place")
            if pl is not None and pl not in pnames and pl not in cnames:
                err(f, f"{lab}: place {pl!r} is not in places or countries")
            ts = m.get("topics")
            if not isinstance(ts, list) or any(t not in TOPICS for t in ts):
                err(f, f"{lab}: invalid topics {ts!r}")
            for a in m.get("agreements", []) or []:
                if a not in aids:
                    err(f, f"{lab}: agreement {a!r} is not a listed agreement")
            if not in_text(m.get("evidence")):
                err(f, f"{lab}: evidence is not a verbatim substring of the text")
            for x in m.get("evidence_extra", []):
                if not in_text(x):
                    err(f, f"{lab}: evidence_extra {x[:60]!r}... is not verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{lab}: note is not a string")
        for i, c in enumerate(g["meeting_counts"]):
            lab = f"meeting_counts[{i}]"
            if c.get("kind") not in KINDS:
                err(f, f"{lab}: kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get("count"), int) and c["count"] > 0):
                err(f, f"{lab}: count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get("year"), str) and valid_date(c["year"]) and len(c["year"]) == 4):
                err(f, f"{lab}: year {c.get('year')!r} is not YYYY")
            if not in_text(c.get("evidence")):
                err(f, f"{lab}: evidence is not a verbatim substring of the text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
