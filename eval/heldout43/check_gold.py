#!/usr/bin/env python3
"""Consistency checker for the heldout43 gold annotations (standard library only).

Usage: python3 check_gold.py [set directory]   (default: the directory of this file)

Prints one line per problem, then "checked N files: M errors"; exits 1 on errors.
"""
import json
import os
import re
import sys

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW SU
""".split())

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
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MDAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def occurs(s, text):
    """True if s occurs in text verbatim and not inside a longer word."""
    if not isinstance(s, str) or not s:
        return False
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = DATE.match(d)
    if not m:
        return False
    y, mo, da = m.groups()
    if mo is not None:
        mo = int(mo)
        if not 1 <= mo <= 12:
            return False
        if da is not None:
            da = int(da)
            leap = int(y) % 4 == 0 and (int(y) % 100 != 0 or int(y) % 400 == 0)
            lim = MDAYS[mo - 1] if mo != 2 else (29 if leap else 28)
            if not 1 <= da <= lim:
                return False
    return True


def check_file(stem, text, gold, err, person_names):
    def e(msg):
        err.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        e("top level is not an object")
        return
    keys = list(gold.keys())
    if set(keys) != set(TOP):
        e(f"top-level fields {sorted(keys)} differ from {TOP}")
    if gold.get("doc") != stem + ".txt":
        e(f"doc is {gold.get('doc')!r}, expected {stem + '.txt'!r}")
    y = gold.get("year")
    if not (isinstance(y, str) and re.fullmatch(r"\d{4}", y)):
        e(f"year {y!r} is not YYYY")

    for sec, (req, opt) in REQ.items():
        items = gold.get(sec)
        if not isinstance(items, list):
            e(f"{sec} is not a list")
            gold[sec] = []
            continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                e(f"{sec}[{i}] is not an object")
                continue
            ks = set(it.keys())
            if not req <= ks:
                e(f"{sec}[{i}] lacks fields {sorted(req - ks)}")
            if ks - req - opt:
                e(f"{sec}[{i}] has undocumented fields {sorted(ks - req - opt)}")
            for lf in ("aliases",):
                if lf in it and not (isinstance(it[lf], list) and all(isinstance(a, str) for a in it[lf])):
                    e(f"{sec}[{i}].aliases is not a list of strings")

    # ids
    ids = {}
    for sec in ("persons", "agreements", "organizations"):
        seen = set()
        for it in gold.get(sec, []):
            if not isinstance(it, dict):
                continue
            i = it.get("id")
            if not (isinstance(i, str) and SLUG.match(i)):
                e(f"{sec}: id {i!r} is not a slug")
            if i in seen:
                e(f"{sec}: duplicate id {i!r}")
            seen.add(i)
        ids[sec] = seen

    def iso_ok(c, where, nullable=True):
        if c is None and nullable:
            return
        if c not in ISO:
            e(f"{where}: invalid ISO code {c!r}")

    # persons
    for p in gold.get("persons", []):
        if not isinstance(p, dict):
            continue
        pid = p.get("id")
        names = [p.get("name")] + list(p.get("aliases") or [])
        if not any(occurs(n, text) for n in names):
            e(f"person {pid}: neither name nor any alias occurs in the text")
        for a in p.get("aliases") or []:
            if not occurs(a, text):
                e(f"person {pid}: alias {a!r} does not occur in the text")
        off = p.get("office")
        if off is not None and not occurs(off, text):
            e(f"person {pid}: office {off!r} does not occur in the text")
        iso_ok(p.get("country"), f"person {pid}")
        nm = p.get("name")
        if pid in person_names and person_names[pid][0] != nm:
            e(f"person {pid}: name {nm!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        else:
            person_names.setdefault(pid, (nm, stem))

    def entity_occ(sec, it, label):
        names = [it.get("name")] + list(it.get("aliases") or [])
        if not any(occurs(n, text) for n in names):
            e(f"{sec} {label}: neither name nor any alias occurs in the text")
        for a in it.get("aliases") or []:
            if not occurs(a, text):
                e(f"{sec} {label}: alias {a!r} does not occur in the text")

    country_names = set()
    for c in gold.get("countries", []):
        if not isinstance(c, dict):
            continue
        entity_occ("country", c, repr(c.get("name")))
        iso_ok(c.get("iso"), f"country {c.get('name')!r}", nullable=False)
        country_names.add(c.get("name"))
    for r in gold.get("regions", []):
        if isinstance(r, dict):
            entity_occ("region", r, repr(r.get("name")))
    for a in gold.get("agreements", []):
        if not isinstance(a, dict):
            continue
        entity_occ("agreement", a, a.get("id"))
        ps = a.get("parties")
        if not isinstance(ps, list):
            e(f"agreement {a.get('id')}: parties is not a list")
        else:
            for c in ps:
                iso_ok(c, f"agreement {a.get('id')}", nullable=False)
    for o in gold.get("organizations", []):
        if not isinstance(o, dict):
            continue
        entity_occ("organization", o, o.get("id"))
        iso_ok(o.get("country"), f"organization {o.get('id')}")
    place_names = set()
    for pl in gold.get("places", []):
        if not isinstance(pl, dict):
            continue
        entity_occ("place", pl, repr(pl.get("name")))
        iso_ok(pl.get("country"), f"place {pl.get('name')!r}")
        place_names.add(pl.get("name"))

    for i, m in enumerate(gold.get("meetings", [])):
        if not isinstance(m, dict):
            continue
        lab = f"meeting[{i}]"
        if m.get("kind") not in KINDS:
            e(f"{lab}: kind {m.get('kind')!r} not allowed")
        for pid in m.get("participants") or []:
            if pid not in ids["persons"]:
                e(f"{lab}: participant {pid!r} is not a listed person")
        if not isinstance(m.get("participants"), list):
            e(f"{lab}: participants is not a list")
        if not isinstance(m.get("countries"), list):
            e(f"{lab}: countries is not a list")
        for c in m.get("countries") or []:
            iso_ok(c, lab, nullable=False)
        if not valid_date(m.get("date")):
            e(f"{lab}: invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in place_names and pl not in country_names:
            e(f"{lab}: place {pl!r} is not a listed place or country")
        for t in m.get("topics") or []:
            if t not in TOPICS:
                e(f"{lab}: topic {t!r} not allowed")
        for a in m.get("agreements") or []:
            if a not in ids["agreements"]:
                e(f"{lab}: agreement {a!r} is not a listed agreement")
        ev = m.get("evidence")
        if not (isinstance(ev, str) and ev and ev in text):
            e(f"{lab}: evidence is not a verbatim substring of the text")
        for x in m.get("evidence_extra") or []:
            if not (isinstance(x, str) and x and x in text):
                e(f"{lab}: evidence_extra {x[:50]!r} is not a verbatim substring")
        if "note" in m and not isinstance(m["note"], str):
            e(f"{lab}: note is not a string")

    for i, mc in enumerate(gold.get("meeting_counts", [])):
        if not isinstance(mc, dict):
            continue
        lab = f"meeting_counts[{i}]"
        if mc.get("kind") not in KINDS:
            e(f"{lab}: kind {mc.get('kind')!r} not allowed")
        if not (isinstance(mc.get("count"), int) and mc["count"] > 0):
            e(f"{lab}: count is not a positive integer")
        if not (isinstance(mc.get("year"), str) and re.fullmatch(r"\d{4}", mc["year"])):
            e(f"{lab}: year is not YYYY")
        ev = mc.get("evidence")
        if not (isinstance(ev, str) and ev and ev in text):
            e(f"{lab}: evidence is not a verbatim substring of the text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    err = []
    for s in sorted(texts - golds):
        err.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        err.append(f"{s}: gold file has no text")
    person_names = {}
    n = 0
    for s in sorted(texts & golds):
        n += 1
        try:
            with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(gdir, s + ".json"), encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as ex:
            err.append(f"{s}: cannot read: {ex}")
            continue
        check_file(s, text, gold, err, person_names)
    for line in err:
        print(line)
    print(f"checked {n} files: {len(err)} errors")
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
