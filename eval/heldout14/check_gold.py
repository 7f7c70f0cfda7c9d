#!/usr/bin/env python3
"""Consistency checker for the heldout14 gold annotations.

Standard library only. Usage (from any directory):

    python3 check_gold.py [SET_DIR]

SET_DIR defaults to the directory of this script. It must contain texts/*.txt
and gold/*.json. Prints one line per problem, then "checked N files: M errors",
and exits with status 1 if there are errors.
"""
import datetime
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

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two",
         "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing",
         "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation",
          "trade-investment", "energy", "security-defence", "arms-control",
          "counter-terrorism", "illicit-drugs", "cyber-security",
          "maritime-security", "culture-exchange", "humanitarian", "fisheries",
          "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

# ISO 3166-1 alpha-2 officially assigned codes, plus SU for the Soviet Union.
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
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

    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        err(s + ".txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    checked = 0
    for stem in sorted(set(texts) & set(golds)):
        gf = stem + ".json"
        checked += 1
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        try:
            with open(os.path.join(gdir, gf), encoding="utf-8") as fh:
                g = json.load(fh)
        except (ValueError, OSError) as e:
            err(gf, f"cannot parse JSON: {e}")
            continue
        if not isinstance(g, dict):
            err(gf, "top level is not an object")
            continue
        if list(g.keys()) != TOP_KEYS:
            missing = [k for k in TOP_KEYS if k not in g]
            extra = [k for k in g if k not in TOP_KEYS]
            if missing or extra:
                err(gf, f"top-level keys: missing {missing}, unexpected {extra}")
        if g.get("doc") != stem + ".txt":
            err(gf, f"doc is {g.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(g.get("year"), str) and YEAR.match(g["year"])):
            err(gf, f"year {g.get('year')!r} is not a YYYY string")
        for k in TOP_KEYS[2:]:
            if not isinstance(g.get(k), list):
                err(gf, f"{k} is not a list")
                g[k] = []

        def check_keys(obj, req, opt, where):
            if not isinstance(obj, dict):
                err(gf, f"{where}: not an object")
                return False
            ks = set(obj)
            if not req <= ks:
                err(gf, f"{where}: missing keys {sorted(req - ks)}")
            if ks - req - opt:
                err(gf, f"{where}: unexpected keys {sorted(ks - req - opt)}")
            return True

        def check_iso(code, where, nullable):
            if code is None and nullable:
                return
            if code not in ISO:
                err(gf, f"{where}: invalid ISO code {code!r}")

        def check_surface(name, aliases, where):
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                err(gf, f"{where}: aliases must be a list of strings")
                aliases = []
            for a in aliases:
                if a not in text:
                    err(gf, f"{where}: alias {a!r} not found in text")
            if not isinstance(name, str) or not name:
                err(gf, f"{where}: empty or non-string name")
            elif name not in text and not any(a in text for a in aliases):
                err(gf, f"{where}: neither name {name!r} nor any alias occurs in text")

        def check_ids(items, label):
            seen = set()
            for i, it in enumerate(items):
                if not isinstance(it, dict):
                    continue
                iid = it.get("id")
                if not isinstance(iid, str) or not SLUG.match(iid):
                    err(gf, f"{label}[{i}]: id {iid!r} is not a slug")
                elif iid in seen:
                    err(gf, f"{label}[{i}]: duplicate id {iid!r}")
                seen.add(iid)
            return seen

        # persons
        pids = check_ids(g["persons"], "persons")
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}] {p.get('id') if isinstance(p, dict) else ''}"
            if not check_keys(p, PERSON_KEYS, set(), w):
                continue
            check_surface(p.get("name"), p.get("aliases", []), w)
            off = p.get("office")
            if off is not None and (not isinstance(off, str) or off not in text):
                err(gf, f"{w}: office {off!r} not found in text")
            check_iso(p.get("country"), w, True)
            pid, nm = p.get("id"), p.get("name")
            if pid in person_names and person_names[pid][0] != nm:
                err(gf, f"{w}: name {nm!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
            else:
                person_names.setdefault(pid, (nm, gf))

        # countries
        cnames = set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}] {c.get('name') if isinstance(c, dict) else ''}"
            if not check_keys(c, COUNTRY_REQ, COUNTRY_OPT, w):
                continue
            check_surface(c.get("name"), c.get("aliases", []), w)
            check_iso(c.get("iso"), w, False)
            if c.get("name") in cnames:
                err(gf, f"{w}: duplicate country")
            cnames.add(c.get("name"))

        # regions
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}] {r.get('name') if isinstance(r, dict) else ''}"
            if not check_keys(r, REGION_REQ, REGION_OPT, w):
                continue
            check_surface(r.get("name"), r.get("aliases", []), w)

        # agreements
        aids = check_ids(g["agreements"], "agreements")
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}] {a.get('id') if isinstance(a, dict) else ''}"
            if not check_keys(a, AGREEMENT_KEYS, set(), w):
                continue
            check_surface(a.get("name"), a.get("aliases", []), w)
            parties = a.get("parties")
            if not isinstance(parties, list):
                err(gf, f"{w}: parties must be a list")
            else:
                for c in parties:
                    check_iso(c, w + " parties", False)

        # organizations
        check_ids(g["organizations"], "organizations")
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}] {o.get('id') if isinstance(o, dict) else ''}"
            if not check_keys(o, ORG_KEYS, set(), w):
                continue
            check_surface(o.get("name"), o.get("aliases", []), w)
            check_iso(o.get("country"), w, True)

        # places
        plnames = set()
        for i, pl in enumerate(g["places"]):
            w = f"places[{i}] {pl.get('name') if isinstance(pl, dict) else ''}"
            if not check_keys(pl, PLACE_KEYS, set(), w):
                continue
            check_surface(pl.get("name"), pl.get("aliases", []), w)
            check_iso(pl.get("country"), w, True)
            if pl.get("name") in plnames:
                err(gf, f"{w}: duplicate place")
            plnames.add(pl.get("name"))

        # meetings
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(m, MEETING_REQ, MEETING_OPT, w):
                continue
            if m.get("kind") not in KINDS:
                err(gf, f"{w}: invalid kind {m.get('kind')!r}")
            for pid in m.get("participants") or []:
                if pid not in pids:
                    err(gf, f"{w}: participant {pid!r} is not a listed person")
            if not isinstance(m.get("participants"), list):
                err(gf, f"{w}: participants must be a list")
            if not isinstance(m.get("countries"), list):
                err(gf, f"{w}: countries must be a list")
            else:
                for c in m["countries"]:
                    check_iso(c, w + " countries", False)
            d = m.get("date")
            if d is not None and not valid_date(d):
                err(gf, f"{w}: invalid date {d!r}")
            pl = m.get("place")
            if pl is not None and pl not in plnames and pl not in cnames:
                err(gf, f"{w}: place {pl!r} is not a listed place or country name")
            if not isinstance(m.get("topics"), list):
                err(gf, f"{w}: topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(gf, f"{w}: invalid topic {t!r}")
            if not isinstance(m.get("agreements"), list):
                err(gf, f"{w}: agreements must be a list")
            else:
                for a in m["agreements"]:
                    if a not in aids:
                        err(gf, f"{w}: agreement {a!r} is not a listed agreement")
            ev = m.get("evidence")
            if not isinstance(ev, str) or not ev or ev not in text:
                err(gf, f"{w}: evidence not found verbatim in text")
            if "evidence_extra" in m:
                if not isinstance(m["evidence_extra"], list):
                    err(gf, f"{w}: evidence_extra must be a list")
                else:
                    for j, e in enumerate(m["evidence_extra"]):
                        if not isinstance(e, str) or not e or e not in text:
                            err(gf, f"{w}: evidence_extra[{j}] not found verbatim in text")
            if "note" in m and not isinstance(m["note"], str):
                err(gf, f"{w}: note must be a string")

        # meeting_counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(c, COUNT_KEYS, set(), w):
                continue
            if c.get("kind") not in KINDS:
                err(gf, f"{w}: invalid kind {c.get('kind')!r}")
            if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] < 1:
                err(gf, f"{w}: count must be a positive integer")
            if not valid_date(c.get("year")) or len(c.get("year", "")) != 4:
                err(gf, f"{w}: invalid year {c.get('year')!r}")
            ev = c.get("evidence")
            if not isinstance(ev, str) or not ev or ev not in text:
                err(gf, f"{w}: evidence not found verbatim in text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
