#!/usr/bin/env python3
"""Consistency checker for the heldout45 gold annotations (standard library only).

Usage: python3 check_gold.py [SET_DIR]
Prints one line per problem and a final line "checked N files: M errors".
Exits 1 if any error was found.
"""
import json, os, re, sys

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE
KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ
VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk",
         "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy",
          "security-defence", "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries", "health-medical",
          "science-technology", "agriculture", "transport-infrastructure", "regional-affairs",
          "political-dialogue"}

TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places",
       "meetings", "meeting_counts"]
PERSON = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT = {"id", "name", "aliases", "parties"}
ORG = {"id", "name", "aliases", "country"}
PLACE = {"name", "aliases", "country"}
MEET_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEET_OPT = {"evidence_extra", "note"}
COUNT = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def valid_date(s):
    m = DATE.match(s) if isinstance(s, str) else None
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo is not None and not 1 <= int(mo) <= 12:
        return False
    if d is not None:
        dd = int(d)
        lim = DAYS[int(mo) - 1]
        if int(mo) == 2 and not (int(y) % 4 == 0 and (int(y) % 100 != 0 or int(y) % 400 == 0)):
            lim = 28
        if not 1 <= dd <= lim:
            return False
    return True


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

    person_names = {}
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
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP} in this order, got {list(g) if isinstance(g, dict) else type(g)}")
            if not isinstance(g, dict):
                continue
        if g.get("doc") != stem + ".txt":
            err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year {g.get('year')!r} is not a YYYY string")
        for k in TOP[2:]:
            if not isinstance(g.get(k), list):
                err(f, f"{k} must be a list")
                g[k] = []

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_keys(obj, req, opt, what):
            if not isinstance(obj, dict):
                err(f, f"{what}: not an object")
                return False
            keys = set(obj)
            if not req <= keys or not keys <= req | opt:
                err(f, f"{what}: fields {sorted(keys)} differ from required {sorted(req)} (+ optional {sorted(opt)})")
                return False
            return True

        def check_aliases(obj, what):
            al = obj.get("aliases", [])
            if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
                err(f, f"{what}: aliases must be a list of strings")
                return []
            if len(set(al)) != len(al):
                err(f, f"{what}: duplicate aliases")
            for a in al:
                if not occurs(a):
                    err(f, f"{what}: alias {a!r} not found verbatim in text")
            return al

        def check_named(obj, what):
            al = obj.get("aliases", []) if isinstance(obj.get("aliases", []), list) else []
            if not (occurs(obj.get("name")) or any(occurs(a) for a in al)):
                err(f, f"{what}: neither name nor any alias occurs in text")

        def check_ids(items, what):
            ids = set()
            for it in items:
                i = it.get("id") if isinstance(it, dict) else None
                if not isinstance(i, str) or not SLUG.match(i):
                    err(f, f"{what}: id {i!r} is not a slug")
                elif i in ids:
                    err(f, f"{what}: duplicate id {i!r}")
                ids.add(i)
            return ids

        def check_iso(code, what, allow_null=True):
            if code is None and allow_null:
                return
            if code not in ISO:
                err(f, f"{what}: {code!r} is not an ISO 3166-1 alpha-2 code or SU")

        # persons
        pids = check_ids(g["persons"], "person")
        for p in g["persons"]:
            w = f"person {p.get('id') if isinstance(p, dict) else p!r}"
            if not check_keys(p, PERSON, set(), w):
                continue
            check_aliases(p, w)
            check_named(p, w)
            if p["office"] is not None and not occurs(p["office"]):
                err(f, f"{w}: office {p['office']!r} not found verbatim in text")
            check_iso(p["country"], w + " country")
            prev = person_names.setdefault(p["id"], (p["name"], f))
            if prev[0] != p["name"]:
                err(f, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")

        # countries
        cnames, cisos = set(), set()
        for c in g["countries"]:
            w = f"country {c.get('name') if isinstance(c, dict) else c!r}"
            if not check_keys(c, COUNTRY_REQ, COUNTRY_OPT, w):
                continue
            check_iso(c["iso"], w + " iso", allow_null=False)
            if c["iso"] in cisos:
                err(f, f"{w}: iso {c['iso']} listed twice")
            cisos.add(c["iso"])
            cnames.add(c["name"])
            check_aliases(c, w)
            check_named(c, w)

        # regions
        for r in g["regions"]:
            w = f"region {r.get('name') if isinstance(r, dict) else r!r}"
            if not check_keys(r, REGION_REQ, REGION_OPT, w):
                continue
            check_aliases(r, w)
            check_named(r, w)

        # agreements
        aids = check_ids(g["agreements"], "agreement")
        for a in g["agreements"]:
            w = f"agreement {a.get('id') if isinstance(a, dict) else a!r}"
            if not check_keys(a, AGREEMENT, set(), w):
                continue
            check_aliases(a, w)
            check_named(a, w)
            if not isinstance(a["parties"], list):
                err(f, f"{w}: parties must be a list")
            else:
                for iso in a["parties"]:
                    check_iso(iso, w + " party", allow_null=False)

        # organizations
        check_ids(g["organizations"], "organization")
        for o in g["organizations"]:
            w = f"organization {o.get('id') if isinstance(o, dict) else o!r}"
            if not check_keys(o, ORG, set(), w):
                continue
            check_aliases(o, w)
            check_named(o, w)
            check_iso(o["country"], w + " country")

        # places
        plnames = set()
        for pl in g["places"]:
            w = f"place {pl.get('name') if isinstance(pl, dict) else pl!r}"
            if not check_keys(pl, PLACE, set(), w):
                continue
            if pl["name"] in plnames:
                err(f, f"{w}: listed twice")
            plnames.add(pl["name"])
            check_aliases(pl, w)
            check_named(pl, w)
            check_iso(pl["country"], w + " country")

        # meetings
        for n, m in enumerate(g["meetings"], 1):
            w = f"meeting #{n}"
            if not check_keys(m, MEET_REQ, MEET_OPT, w):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: kind {m['kind']!r} not allowed")
            for pid in m["participants"] if isinstance(m["participants"], list) else []:
                if pid not in pids:
                    err(f, f"{w}: participant {pid!r} not in persons")
            if not isinstance(m["participants"], list) or len(set(m["participants"])) != len(m["participants"]):
                err(f, f"{w}: participants must be a list without duplicates")
            for iso in m["countries"] if isinstance(m["countries"], list) else []:
                check_iso(iso, w + " country", allow_null=False)
            if m["date"] is not None and not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in plnames and m["place"] not in cnames:
                err(f, f"{w}: place {m['place']!r} is not in places or countries")
            for t in m["topics"] if isinstance(m["topics"], list) else []:
                if t not in TOPICS:
                    err(f, f"{w}: topic {t!r} not allowed")
            for a in m["agreements"] if isinstance(m["agreements"], list) else []:
                if a not in aids:
                    err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m["evidence"]):
                err(f, f"{w}: evidence not found verbatim: {str(m['evidence'])[:70]!r}")
            for e in m.get("evidence_extra", []):
                if not occurs(e):
                    err(f, f"{w}: evidence_extra not found verbatim: {str(e)[:70]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")

        # meeting counts
        for n, c in enumerate(g["meeting_counts"], 1):
            w = f"meeting_count #{n}"
            if not check_keys(c, COUNT, set(), w):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: kind {c['kind']!r} not allowed")
            if not isinstance(c["count"], int) or c["count"] < 1:
                err(f, f"{w}: count must be a positive integer")
            if c["year"] is not None and not valid_date(c["year"]):
                err(f, f"{w}: invalid year {c['year']!r}")
            if not occurs(c["evidence"]):
                err(f, f"{w}: evidence not found verbatim")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
