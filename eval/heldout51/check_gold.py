#!/usr/bin/env python3
"""Consistency checker for the heldout51 gold annotations (standard library only).

Usage: python3 check_gold.py [set_dir]
Prints one line per problem, then 'checked N files: M errors'; exits 1 on errors.
"""
import json, os, re, sys, datetime

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG
GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR
NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

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
MIN_WORDS, MAX_WORDS = 550, 950


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


def check_file(gpath, tpath, problems, person_names):
    name = os.path.basename(gpath)

    def err(msg):
        problems.append(f"{name}: {msg}")

    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"invalid JSON: {e}")
        return
    text = open(tpath, encoding="utf-8").read()
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"text has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        err(f"top-level fields must be exactly {TOP} in this order, got {list(g) if isinstance(g, dict) else type(g)}")
        if not isinstance(g, dict):
            return
    if g.get("doc") != os.path.basename(tpath):
        err(f"doc is {g.get('doc')!r}, expected {os.path.basename(tpath)!r}")
    if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g.get("year", ""))):
        err(f"year {g.get('year')!r} is not YYYY")

    # field shapes
    for sec, (req, opt) in FIELDS.items():
        items = g.get(sec)
        if not isinstance(items, list):
            err(f"{sec} is not a list")
            g[sec] = []
            continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                err(f"{sec}[{i}] is not an object")
                continue
            keys = set(it)
            if not req <= keys:
                err(f"{sec}[{i}] missing fields {sorted(req - keys)}")
            if keys - req - opt:
                err(f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")
            if "aliases" in it and not (isinstance(it["aliases"], list) and all(isinstance(a, str) for a in it["aliases"])):
                err(f"{sec}[{i}] aliases must be a list of strings")

    def iso_ok(code, where, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO:
            err(f"{where}: invalid ISO code {code!r}")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def entity_occurs(ent, where):
        for a in ent.get("aliases") or []:
            if not occurs(a):
                err(f"{where}: alias {a!r} not found verbatim in text")
        forms = [ent.get("name")] + list(ent.get("aliases") or [])
        if not any(occurs(f) for f in forms):
            err(f"{where}: neither name nor any alias occurs in text")

    # ids unique
    for sec in ("persons", "agreements", "organizations"):
        seen = set()
        for it in g[sec]:
            i = it.get("id")
            if not isinstance(i, str) or not SLUG.match(i):
                err(f"{sec}: id {i!r} is not a slug")
            if i in seen:
                err(f"{sec}: duplicate id {i!r}")
            seen.add(i)

    for p in g["persons"]:
        w = f"person {p.get('id')}"
        entity_occurs(p, w)
        if p.get("office") is not None and not occurs(p.get("office")):
            err(f"{w}: office {p.get('office')!r} not found verbatim in text")
        iso_ok(p.get("country"), w)
        pid, pname = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != pname:
            err(f"{w}: name {pname!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        person_names.setdefault(pid, (pname, name))

    seen = set()
    for c in g["countries"]:
        w = f"country {c.get('name')}"
        iso_ok(c.get("iso"), w, allow_null=False)
        if c.get("iso") in seen:
            err(f"{w}: duplicate iso {c.get('iso')}")
        seen.add(c.get("iso"))
        entity_occurs(c, w)
    for r in g["regions"]:
        entity_occurs(r, f"region {r.get('name')}")
    for a in g["agreements"]:
        w = f"agreement {a.get('id')}"
        entity_occurs(a, w)
        if not isinstance(a.get("parties"), list):
            err(f"{w}: parties must be a list")
        else:
            for c in a["parties"]:
                iso_ok(c, w, allow_null=False)
    for o in g["organizations"]:
        w = f"organization {o.get('id')}"
        entity_occurs(o, w)
        iso_ok(o.get("country"), w)
    seen = set()
    for pl in g["places"]:
        w = f"place {pl.get('name')}"
        if pl.get("name") in seen:
            err(f"{w}: duplicate place")
        seen.add(pl.get("name"))
        entity_occurs(pl, w)
        iso_ok(pl.get("country"), w)

    person_ids = {p.get("id") for p in g["persons"]}
    agr_ids = {a.get("id") for a in g["agreements"]}
    place_names = {p.get("name") for p in g["places"]} | {c.get("name") for c in g["countries"]}
    for i, m in enumerate(g["meetings"]):
        w = f"meeting[{i}]"
        if m.get("kind") not in KINDS:
            err(f"{w}: invalid kind {m.get('kind')!r}")
        for pid in m.get("participants") or []:
            if pid not in person_ids:
                err(f"{w}: participant {pid!r} not in persons")
        if len(set(m.get("participants") or [])) != len(m.get("participants") or []):
            err(f"{w}: duplicate participants")
        for c in m.get("countries") or []:
            iso_ok(c, w, allow_null=False)
        if not valid_date(m.get("date")):
            err(f"{w}: invalid date {m.get('date')!r}")
        if m.get("place") is not None and m.get("place") not in place_names:
            err(f"{w}: place {m.get('place')!r} not in places or countries")
        if m.get("kind") == "telephone-talk" and m.get("place") is not None:
            err(f"{w}: telephone talk must have place null")
        for t in m.get("topics") or []:
            if t not in TOPICS:
                err(f"{w}: invalid topic {t!r}")
        for a in m.get("agreements") or []:
            if a not in agr_ids:
                err(f"{w}: agreement {a!r} not in agreements")
        if not occurs(m.get("evidence")):
            err(f"{w}: evidence not found verbatim: {str(m.get('evidence'))[:70]!r}")
        for e in m.get("evidence_extra") or []:
            if not occurs(e):
                err(f"{w}: evidence_extra not found verbatim: {str(e)[:70]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{w}: note must be a string")
    for i, c in enumerate(g["meeting_counts"]):
        w = f"meeting_counts[{i}]"
        if c.get("kind") not in KINDS:
            err(f"{w}: invalid kind {c.get('kind')!r}")
        if not (isinstance(c.get("count"), int) and c.get("count") > 0):
            err(f"{w}: count must be a positive integer")
        if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c.get("year"))):
            err(f"{w}: year {c.get('year')!r} is not YYYY")
        if not occurs(c.get("evidence")):
            err(f"{w}: evidence not found verbatim")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    problems = []
    texts = {os.path.splitext(f)[0] for f in os.listdir(tdir) if f.endswith(".txt")}
    golds = {os.path.splitext(f)[0] for f in os.listdir(gdir) if f.endswith(".json")}
    for s in sorted(texts - golds):
        problems.append(f"{s}.txt: no gold file")
    for s in sorted(golds - texts):
        problems.append(f"{s}.json: no text file")
    person_names = {}
    n = 0
    for s in sorted(texts & golds):
        n += 1
        check_file(os.path.join(gdir, s + ".json"), os.path.join(tdir, s + ".txt"), problems, person_names)
    for p in problems:
        print(p)
    print(f"checked {n} files: {len(problems)} errors")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
