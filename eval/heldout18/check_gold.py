#!/usr/bin/env python3
"""Consistency checker for the heldout18 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]

Checks the pairing of texts/*.txt with gold/*.json and the format described in
/work/main/gold/README.md. Prints one line per problem, then
"checked N files: M errors", and exits with status 1 when there are errors.
"""
import calendar
import json
import os
import re
import sys

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements",
            "organizations", "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics",
               "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def valid_date(s):
    m = DATE.match(s) if isinstance(s, str) else None
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is not None:
        mo = int(month)
        if not 1 <= mo <= 12:
            return False
        if day is not None:
            d = int(day)
            if not 1 <= d <= calendar.monthrange(int(year), mo)[1]:
                return False
    return True


def main():
    base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []

    def err(where, msg):
        problems.append(f"{where}: {msg}")

    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    for stem in sorted(set(texts) - set(golds)):
        err(stem, "text has no gold file")
    for stem in sorted(set(golds) - set(texts)):
        err(stem, "gold file has no text")
    for d, files in ((tdir, texts), (gdir, golds)):
        if os.path.isdir(d):
            for f in os.listdir(d):
                if not (f.endswith(".txt") or f.endswith(".json")):
                    err(f, f"unexpected file in {os.path.basename(d)}/")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        checked += 1
        where = stem
        try:
            with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            err(where, "text is not valid UTF-8")
            continue
        try:
            with open(os.path.join(gdir, stem + ".json"), encoding="utf-8") as fh:
                g = json.load(fh)
        except (ValueError, UnicodeDecodeError) as e:
            err(where, f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(where, "top level is not an object")
            continue
        keys = set(g)
        for k in TOP_KEYS:
            if k not in keys:
                err(where, f"missing top-level field '{k}'")
        for k in sorted(keys - set(TOP_KEYS)):
            err(where, f"unknown top-level field '{k}'")
        if g.get("doc") != stem + ".txt":
            err(where, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and re.match(r"^\d{4}$", g.get("year", ""))):
            err(where, f"year {g.get('year')!r} is not a YYYY string")
        for k in TOP_KEYS[2:]:
            if k in g and not isinstance(g[k], list):
                err(where, f"'{k}' is not a list")
                g[k] = []

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        def check_keys(obj, req, opt, label):
            if not isinstance(obj, dict):
                err(where, f"{label} is not an object")
                return False
            for k in sorted(req - set(obj)):
                err(where, f"{label} missing field '{k}'")
            for k in sorted(set(obj) - req - opt):
                err(where, f"{label} unknown field '{k}'")
            return True

        def check_aliases(obj, label):
            al = obj.get("aliases", [])
            if not isinstance(al, list):
                err(where, f"{label} aliases is not a list")
                return []
            if len(al) != len(set(al)):
                err(where, f"{label} has duplicate aliases")
            for a in al:
                if not occurs(a):
                    err(where, f"{label} alias {a!r} does not occur in text")
            return al

        def check_named(obj, label):
            al = check_aliases(obj, label)
            if not isinstance(obj.get("name"), str) or not obj.get("name"):
                err(where, f"{label} has no name")
            elif not occurs(obj["name"]) and not any(occurs(a) for a in al):
                err(where, f"{label} neither name nor any alias occurs in text")

        def check_iso(code, label, allow_null=True):
            if code is None:
                if not allow_null:
                    err(where, f"{label} is null")
                return
            if code not in ISO:
                err(where, f"{label} {code!r} is not a valid ISO 3166-1 alpha-2 code (or SU)")

        def check_ids(items, label):
            seen = set()
            for it in items:
                i = it.get("id") if isinstance(it, dict) else None
                if not isinstance(i, str) or not SLUG.match(i):
                    err(where, f"{label} id {i!r} is not a slug")
                elif i in seen:
                    err(where, f"duplicate {label} id {i!r}")
                seen.add(i)
            return seen

        persons = g.get("persons", [])
        person_ids = set()
        for p in persons:
            label = f"person {p.get('id') if isinstance(p, dict) else p!r}"
            if not check_keys(p, PERSON_KEYS, set(), label):
                continue
            check_named(p, label)
            if p.get("office") is not None and not occurs(p["office"]):
                err(where, f"{label} office {p['office']!r} does not occur in text")
            check_iso(p.get("country"), f"{label} country")
            pid, name = p.get("id"), p.get("name")
            if isinstance(pid, str) and isinstance(name, str):
                if pid in person_names and person_names[pid][0] != name:
                    err(where, f"{label} name {name!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
                person_names.setdefault(pid, (name, stem))
        person_ids = check_ids([p for p in persons if isinstance(p, dict)], "person")

        country_names, country_isos = set(), set()
        for c in g.get("countries", []):
            label = f"country {c.get('name') if isinstance(c, dict) else c!r}"
            if not check_keys(c, COUNTRY_REQ, COUNTRY_OPT, label):
                continue
            check_named(c, label)
            check_iso(c.get("iso"), f"{label} iso", allow_null=False)
            if c.get("name") in country_names:
                err(where, f"duplicate country name {c.get('name')!r}")
            if c.get("iso") in country_isos:
                err(where, f"duplicate country iso {c.get('iso')!r}")
            country_names.add(c.get("name"))
            country_isos.add(c.get("iso"))

        region_names = set()
        for r in g.get("regions", []):
            label = f"region {r.get('name') if isinstance(r, dict) else r!r}"
            if not check_keys(r, REGION_REQ, REGION_OPT, label):
                continue
            check_named(r, label)
            if r.get("name") in region_names:
                err(where, f"duplicate region {r.get('name')!r}")
            region_names.add(r.get("name"))

        agreements = g.get("agreements", [])
        for a in agreements:
            label = f"agreement {a.get('id') if isinstance(a, dict) else a!r}"
            if not check_keys(a, AGREEMENT_KEYS, set(), label):
                continue
            check_named(a, label)
            if not isinstance(a.get("parties"), list):
                err(where, f"{label} parties is not a list")
            else:
                for code in a["parties"]:
                    check_iso(code, f"{label} party", allow_null=False)
        agreement_ids = check_ids([a for a in agreements if isinstance(a, dict)], "agreement")

        orgs = g.get("organizations", [])
        for o in orgs:
            label = f"organization {o.get('id') if isinstance(o, dict) else o!r}"
            if not check_keys(o, ORG_KEYS, set(), label):
                continue
            check_named(o, label)
            check_iso(o.get("country"), f"{label} country")
        check_ids([o for o in orgs if isinstance(o, dict)], "organization")

        place_names = set()
        for pl in g.get("places", []):
            label = f"place {pl.get('name') if isinstance(pl, dict) else pl!r}"
            if not check_keys(pl, PLACE_KEYS, set(), label):
                continue
            check_named(pl, label)
            check_iso(pl.get("country"), f"{label} country")
            if pl.get("name") in place_names:
                err(where, f"duplicate place {pl.get('name')!r}")
            place_names.add(pl.get("name"))

        for n, m in enumerate(g.get("meetings", []), 1):
            label = f"meeting #{n}"
            if not check_keys(m, MEETING_REQ, MEETING_OPT, label):
                continue
            if m.get("kind") not in KINDS:
                err(where, f"{label} kind {m.get('kind')!r} not allowed")
            for pid in m.get("participants", []) or []:
                if pid not in person_ids:
                    err(where, f"{label} participant {pid!r} is not a listed person")
            if not isinstance(m.get("participants"), list):
                err(where, f"{label} participants is not a list")
            if not isinstance(m.get("countries"), list):
                err(where, f"{label} countries is not a list")
            else:
                for code in m["countries"]:
                    check_iso(code, f"{label} country", allow_null=False)
            if m.get("date") is not None and not valid_date(m.get("date")):
                err(where, f"{label} date {m.get('date')!r} is not valid")
            pl = m.get("place")
            if pl is not None and pl not in place_names and pl not in country_names:
                err(where, f"{label} place {pl!r} is not a listed place or country name")
            if not isinstance(m.get("topics"), list):
                err(where, f"{label} topics is not a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(where, f"{label} topic {t!r} not allowed")
            if not isinstance(m.get("agreements"), list):
                err(where, f"{label} agreements is not a list")
            else:
                for aid in m["agreements"]:
                    if aid not in agreement_ids:
                        err(where, f"{label} agreement {aid!r} is not a listed agreement")
            if not occurs(m.get("evidence")):
                err(where, f"{label} evidence does not occur verbatim in text")
            if "evidence_extra" in m:
                if not isinstance(m["evidence_extra"], list):
                    err(where, f"{label} evidence_extra is not a list")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(where, f"{label} evidence_extra {e[:60]!r} does not occur verbatim")
            if "note" in m and not isinstance(m["note"], str):
                err(where, f"{label} note is not a string")

        for n, c in enumerate(g.get("meeting_counts", []), 1):
            label = f"meeting_count #{n}"
            if not check_keys(c, COUNT_KEYS, set(), label):
                continue
            if c.get("kind") not in KINDS:
                err(where, f"{label} kind {c.get('kind')!r} not allowed")
            if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] < 1:
                err(where, f"{label} count {c.get('count')!r} is not a positive integer")
            if not (isinstance(c.get("year"), str) and re.match(r"^\d{4}$", c["year"])):
                err(where, f"{label} year {c.get('year')!r} is not a YYYY string")
            if not occurs(c.get("evidence")):
                err(where, f"{label} evidence does not occur verbatim in text")

    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
