#!/usr/bin/env python3
"""Consistency checker for the heldout25 gold set (standard library only).

Usage: python3 check_gold.py [set_dir]
Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split()) | {"SU"}
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
        checked += 1
        f = stem + ".json"
        text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        try:
            g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict) or list(g.keys()) != TOP:
            err(f, f"top-level fields must be exactly {TOP} in this order, got {list(g) if isinstance(g, dict) else type(g)}")
            if not isinstance(g, dict):
                continue
        if g.get("doc") != stem + ".txt":
            err(f, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year must be a YYYY string, got {g.get('year')!r}")
        for sec, (req, opt) in FIELDS.items():
            items = g.get(sec, [])
            if not isinstance(items, list):
                err(f, f"{sec} must be a list")
                g[sec] = []
                continue
            for i, it in enumerate(items):
                if not isinstance(it, dict):
                    err(f, f"{sec}[{i}] is not an object")
                    continue
                keys = set(it)
                if not req <= keys:
                    err(f, f"{sec}[{i}] missing fields {sorted(req - keys)}")
                if keys - req - opt:
                    err(f, f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_surface(sec, it, label, _unused=None):
            als = it.get("aliases", [])
            if not isinstance(als, list):
                err(f, f"{sec} {label}: aliases must be a list")
                als = []
            for a in als:
                if not occurs(a):
                    err(f, f"{sec} {label}: alias {a!r} not in text")
            if len(set(als)) != len(als):
                err(f, f"{sec} {label}: duplicate aliases")
            if not occurs(it.get("name")) and not any(occurs(a) for a in als):
                err(f, f"{sec} {label}: neither name nor any alias occurs in text")

        ids = {}
        # persons
        pids = set()
        for p in g.get("persons", []):
            pid = p.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                err(f, f"person id {pid!r} is not a slug")
            if pid in pids:
                err(f, f"duplicate person id {pid}")
            pids.add(pid)
            check_surface("person", p, pid, True)
            if p.get("office") is not None and not occurs(p.get("office")):
                err(f, f"person {pid}: office {p.get('office')!r} not in text")
            if p.get("country") is not None and p.get("country") not in ISO:
                err(f, f"person {pid}: invalid country {p.get('country')!r}")
            if pid in person_names and person_names[pid][0] != p.get("name"):
                err(f, f"person {pid}: name {p.get('name')!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
            person_names.setdefault(pid, (p.get("name"), f))
        # countries
        cnames, isos = set(), set()
        for c in g.get("countries", []):
            if c.get("iso") not in ISO:
                err(f, f"country {c.get('name')!r}: invalid iso {c.get('iso')!r}")
            if c.get("iso") in isos:
                err(f, f"duplicate country iso {c.get('iso')}")
            isos.add(c.get("iso"))
            cnames.add(c.get("name"))
            check_surface("country", c, c.get("name"), False)
        # regions
        rn = set()
        for r in g.get("regions", []):
            if r.get("name") in rn:
                err(f, f"duplicate region {r.get('name')!r}")
            rn.add(r.get("name"))
            check_surface("region", r, r.get("name"), True)
        # agreements
        aids = set()
        for a in g.get("agreements", []):
            aid = a.get("id")
            if not isinstance(aid, str) or not SLUG.match(aid):
                err(f, f"agreement id {aid!r} is not a slug")
            if aid in aids:
                err(f, f"duplicate agreement id {aid}")
            aids.add(aid)
            check_surface("agreement", a, aid, True)
            for pcode in a.get("parties", []) or []:
                if pcode not in ISO:
                    err(f, f"agreement {aid}: invalid party {pcode!r}")
            if not isinstance(a.get("parties"), list):
                err(f, f"agreement {aid}: parties must be a list")
        # organizations
        oids = set()
        for o in g.get("organizations", []):
            oid = o.get("id")
            if not isinstance(oid, str) or not SLUG.match(oid):
                err(f, f"organization id {oid!r} is not a slug")
            if oid in oids:
                err(f, f"duplicate organization id {oid}")
            oids.add(oid)
            check_surface("organization", o, oid, True)
            if o.get("country") is not None and o.get("country") not in ISO:
                err(f, f"organization {oid}: invalid country {o.get('country')!r}")
        # places
        pn = set()
        for pl in g.get("places", []):
            if pl.get("name") in pn:
                err(f, f"duplicate place {pl.get('name')!r}")
            pn.add(pl.get("name"))
            check_surface("place", pl, pl.get("name"), False)
            if pl.get("country") is not None and pl.get("country") not in ISO:
                err(f, f"place {pl.get('name')!r}: invalid country {pl.get('country')!r}")
        # meetings
        for i, m in enumerate(g.get("meetings", [])):
            lab = f"meetings[{i}]"
            if m.get("kind") not in KINDS:
                err(f, f"{lab}: invalid kind {m.get('kind')!r}")
            for p in m.get("participants", []) or []:
                if p not in pids:
                    err(f, f"{lab}: participant {p!r} is not a listed person")
            if len(set(m.get("participants", []) or [])) != len(m.get("participants", []) or []):
                err(f, f"{lab}: duplicate participants")
            for c in m.get("countries", []) or []:
                if c not in ISO:
                    err(f, f"{lab}: invalid country code {c!r}")
            if not valid_date(m.get("date")):
                err(f, f"{lab}: invalid date {m.get('date')!r}")
            if m.get("place") is not None and m.get("place") not in pn | cnames:
                err(f, f"{lab}: place {m.get('place')!r} is not a listed place or country")
            for t in m.get("topics", []) or []:
                if t not in TOPICS:
                    err(f, f"{lab}: invalid topic {t!r}")
            for a in m.get("agreements", []) or []:
                if a not in aids:
                    err(f, f"{lab}: agreement {a!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(f, f"{lab}: evidence not verbatim in text")
            for e in m.get("evidence_extra", []) or []:
                if not occurs(e):
                    err(f, f"{lab}: evidence_extra not verbatim: {str(e)[:60]!r}")
        for i, c in enumerate(g.get("meeting_counts", [])):
            if c.get("kind") not in KINDS:
                err(f, f"meeting_counts[{i}]: invalid kind {c.get('kind')!r}")
            if not (isinstance(c.get("count"), int) and c.get("count") > 0):
                err(f, f"meeting_counts[{i}]: count must be a positive integer")
            if not (isinstance(c.get("year"), str) and valid_date(c.get("year"))):
                err(f, f"meeting_counts[{i}]: invalid year {c.get('year')!r}")
            if not occurs(c.get("evidence")):
                err(f, f"meeting_counts[{i}]: evidence not verbatim in text")
    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
