#!/usr/bin/env python3
"""Consistency checker for the heldout22 gold set (standard library only).

Usage: python3 check_gold.py [set_directory]   (default: the directory of this file)
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

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
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def main():
    base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []

    def err(where, msg):
        problems.append(f"{where}: {msg}")

    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        err(s, "text has no gold file")
    for s in sorted(golds - texts):
        err(s, "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        where = stem
        try:
            text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        except UnicodeDecodeError:
            err(where, "text is not valid UTF-8")
            continue
        try:
            g = json.load(open(os.path.join(gdir, stem + ".json"), encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            err(where, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(where, "top level is not an object")
            continue
        if set(g) != set(TOP):
            err(where, f"top-level fields {sorted(g)} differ from {TOP}")
        if g.get("doc") != stem + ".txt":
            err(where, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g.get("year"))):
            err(where, f"year {g.get('year')!r} is not a YYYY string")

        def check_iso(code, ctx, nullable=True):
            if code is None and nullable:
                return
            if code not in ISO:
                err(where, f"{ctx}: invalid country code {code!r}")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        ids = {}
        for group in ["persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]:
            items = g.get(group, [])
            if not isinstance(items, list):
                err(where, f"{group} is not a list")
                continue
            req, opt = FIELDS[group]
            for i, x in enumerate(items):
                ctx = f"{group}[{i}]"
                if not isinstance(x, dict):
                    err(where, f"{ctx} is not an object")
                    continue
                keys = set(x)
                if not req <= keys:
                    err(where, f"{ctx} lacks fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(where, f"{ctx} has undocumented fields {sorted(keys - req - opt)}")
                al = x.get("aliases", [])
                if "aliases" in x and not (isinstance(al, list) and all(isinstance(a, str) for a in al)):
                    err(where, f"{ctx} aliases is not a list of strings")
                    al = []
                if group in ("persons", "countries", "regions", "agreements", "organizations", "places"):
                    for a in al:
                        if not occurs(a):
                            err(where, f"{ctx} alias {a!r} does not occur in the text")
                    if not (occurs(x.get("name")) or any(occurs(a) for a in al)):
                        err(where, f"{ctx} neither name {x.get('name')!r} nor any alias occurs in the text")
                if "id" in req:
                    eid = x.get("id")
                    if not (isinstance(eid, str) and SLUG.match(eid)):
                        err(where, f"{ctx} id {eid!r} is not a slug")
                    elif eid in ids.setdefault(group, set()):
                        err(where, f"{ctx} duplicate id {eid!r}")
                    else:
                        ids[group].add(eid)
                if group == "persons":
                    off = x.get("office")
                    if off is not None and not occurs(off):
                        err(where, f"{ctx} office {off!r} does not occur in the text")
                    check_iso(x.get("country"), ctx)
                    pid, nm = x.get("id"), x.get("name")
                    if pid in person_names and person_names[pid][0] != nm:
                        err(where, f"{ctx} person {pid!r} named {nm!r} here but {person_names[pid][0]!r} in {person_names[pid][1]}")
                    else:
                        person_names.setdefault(pid, (nm, stem))
                if group == "countries":
                    check_iso(x.get("iso"), ctx, nullable=False)
                if group in ("organizations", "places"):
                    check_iso(x.get("country"), ctx)
                if group == "agreements":
                    parties = x.get("parties")
                    if not isinstance(parties, list):
                        err(where, f"{ctx} parties is not a list")
                    else:
                        for p in parties:
                            check_iso(p, ctx + " parties", nullable=False)
        # unique names among countries / regions / places
        for group in ("countries", "regions", "places"):
            names = [x.get("name") for x in g.get(group, []) if isinstance(x, dict)]
            for n in set(names):
                if names.count(n) > 1:
                    err(where, f"{group}: duplicate name {n!r}")
        isos = [x.get("iso") for x in g.get("countries", []) if isinstance(x, dict)]
        for c in set(isos):
            if isos.count(c) > 1:
                err(where, f"countries: duplicate iso {c!r}")

        pids = ids.get("persons", set())
        aids = ids.get("agreements", set())
        place_names = {x.get("name") for x in g.get("places", []) if isinstance(x, dict)} | \
                      {x.get("name") for x in g.get("countries", []) if isinstance(x, dict)}
        for i, m in enumerate(g.get("meetings", []) if isinstance(g.get("meetings"), list) else []):
            if not isinstance(m, dict):
                continue
            ctx = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(where, f"{ctx} kind {m.get('kind')!r} not allowed")
            for p in m.get("participants", []) or []:
                if p not in pids:
                    err(where, f"{ctx} participant {p!r} is not a listed person")
            if len(set(m.get("participants") or [])) != len(m.get("participants") or []):
                err(where, f"{ctx} repeated participant")
            cs = m.get("countries")
            if not isinstance(cs, list):
                err(where, f"{ctx} countries is not a list")
            else:
                for c in cs:
                    check_iso(c, ctx + " countries", nullable=False)
            if not valid_date(m.get("date")):
                err(where, f"{ctx} invalid date {m.get('date')!r}")
            pl = m.get("place")
            if pl is not None and pl not in place_names:
                err(where, f"{ctx} place {pl!r} is not a listed place or country name")
            for t in m.get("topics", []) or []:
                if t not in TOPICS:
                    err(where, f"{ctx} topic {t!r} not allowed")
            for a in m.get("agreements", []) or []:
                if a not in aids:
                    err(where, f"{ctx} agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(where, f"{ctx} evidence does not occur verbatim in the text")
            ex = m.get("evidence_extra", [])
            if not isinstance(ex, list):
                err(where, f"{ctx} evidence_extra is not a list")
            else:
                for e in ex:
                    if not occurs(e):
                        err(where, f"{ctx} evidence_extra {str(e)[:60]!r} does not occur verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(where, f"{ctx} note is not a string")
        for i, c in enumerate(g.get("meeting_counts", []) if isinstance(g.get("meeting_counts"), list) else []):
            if not isinstance(c, dict):
                continue
            ctx = f"meeting_counts[{i}]"
            if c.get("kind") not in KINDS:
                err(where, f"{ctx} kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
                err(where, f"{ctx} count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get("year"), str) and YEAR.match(c.get("year"))):
                err(where, f"{ctx} year {c.get('year')!r} is not YYYY")
            if not occurs(c.get("evidence")):
                err(where, f"{ctx} evidence does not occur verbatim in the text")

    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
