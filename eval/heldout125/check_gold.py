#!/usr/bin/env python3
"""Check the heldout125 gold files against the texts and the format of gold/README.md.

Standard library only. Prints one line per problem, then "checked N files: E errors".
Exits 1 if there are errors.
"""
import calendar
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso", "aliases"]          # aliases optional
REGION = ["name", "aliases"]                  # aliases optional
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]          # + optional evidence_extra, note
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW SU
""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y = int(m.group(1))
    if m.group(2) is None:
        return True
    mo = int(m.group(2))
    if not 1 <= mo <= 12:
        return False
    if m.group(3) is None:
        return True
    day = int(m.group(3))
    return 1 <= day <= calendar.monthrange(y, mo)[1]


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    req = [k for k in keys if k in required]
    if req != [k for k in required if k in obj]:
        err(fname, f"{where}: fields out of order: {keys}")
    for k in required:
        if k not in obj:
            err(fname, f"{where}: missing field {k!r}")
    extra = [k for k in keys if k not in required and k not in optional]
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
    # optional fields must come after the required ones, in the documented order
    opt_present = [k for k in keys if k in optional]
    if opt_present != [k for k in optional if k in obj]:
        err(fname, f"{where}: optional fields out of order: {opt_present}")
    if opt_present and keys[-len(opt_present):] != opt_present:
        err(fname, f"{where}: optional fields must follow the required ones")
    return True


def iso_ok(fname, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def str_list(fname, where, val):
    if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
        err(fname, f"{where}: must be a list of strings")
        return []
    return val


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_names(fname, where, text, ent):
    name = ent.get("name")
    aliases = ent.get("aliases", [])
    if not isinstance(name, str) or not name:
        err(fname, f"{where}: empty or missing name")
        return
    for a in str_list(fname, f"{where} aliases", aliases):
        if not occurs(text, a):
            err(fname, f"{where}: alias {a!r} not in text")
    if not occurs(text, name) and not any(occurs(text, a) for a in aliases if isinstance(a, str)):
        err(fname, f"{where}: neither name {name!r} nor an alias occurs in text")


def main():
    texts = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    tstems = {f[:-4] for f in texts}
    gstems = {f[:-5] for f in golds}
    for s in sorted(tstems - gstems):
        err(s + ".txt", "text has no gold file")
    for s in sorted(gstems - tstems):
        err(s + ".json", "gold file has no text")

    person_names = {}  # id -> (name, file)
    nfiles = 0
    for g in golds:
        stem = g[:-5]
        if stem not in tstems:
            continue
        nfiles += 1
        with open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(g, f"text has {n} words (need 550-950)")
        try:
            with open(os.path.join(GOLD, g), encoding="utf-8") as f:
                d = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(g, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(g, f"top-level fields must be exactly {TOP}, got {list(d.keys()) if isinstance(d, dict) else type(d)}")
            if not isinstance(d, dict):
                continue
        if d.get("doc") != stem + ".txt":
            err(g, f"doc {d.get('doc')!r} does not name the text {stem + '.txt'!r}")
        if not isinstance(d.get("year"), str) or not YEAR.match(d.get("year", "")):
            err(g, f"year {d.get('year')!r} is not YYYY")
        for k in TOP[2:]:
            if not isinstance(d.get(k), list):
                err(g, f"{k} must be a list")
                d[k] = []

        # persons
        pids = set()
        for i, p in enumerate(d["persons"]):
            w = f"persons[{i}]"
            if not check_keys(g, w, p, PERSON):
                continue
            pid = p.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                err(g, f"{w}: bad id {pid!r}")
            elif pid in pids:
                err(g, f"{w}: duplicate person id {pid!r}")
            pids.add(pid)
            check_names(g, f"{w} ({pid})", text, p)
            off = p.get("office")
            if off is not None and not occurs(text, off):
                err(g, f"{w} ({pid}): office {off!r} not in text")
            iso_ok(g, f"{w} ({pid}) country", p.get("country"))
            if isinstance(pid, str):
                if pid in person_names and person_names[pid][0] != p.get("name"):
                    err(g, f"{w}: person {pid!r} named {p.get('name')!r} but {person_names[pid][0]!r} in {person_names[pid][1]}")
                person_names.setdefault(pid, (p.get("name"), g))

        # countries
        cnames = set()
        for i, c in enumerate(d["countries"]):
            w = f"countries[{i}]"
            if not check_keys(g, w, c, ["name", "iso"], ["aliases"]):
                continue
            iso_ok(g, f"{w} iso", c.get("iso"), allow_null=False)
            check_names(g, f"{w} ({c.get('name')})", text, c)
            cnames.add(c.get("name"))

        # regions (name may be canonical; a name or alias must occur)
        for i, r in enumerate(d["regions"]):
            w = f"regions[{i}]"
            if not check_keys(g, w, r, ["name"], ["aliases"]):
                continue
            check_names(g, f"{w} ({r.get('name')})", text, r)

        # agreements
        aids = set()
        for i, a in enumerate(d["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(g, w, a, AGREEMENT):
                continue
            aid = a.get("id")
            if not isinstance(aid, str) or not SLUG.match(aid):
                err(g, f"{w}: bad id {aid!r}")
            elif aid in aids:
                err(g, f"{w}: duplicate agreement id {aid!r}")
            aids.add(aid)
            check_names(g, f"{w} ({aid})", text, a)
            for pc in str_list(g, f"{w} parties", a.get("parties")):
                iso_ok(g, f"{w} ({aid}) parties", pc, allow_null=False)

        # organizations
        oids = set()
        for i, o in enumerate(d["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(g, w, o, ORG):
                continue
            oid = o.get("id")
            if not isinstance(oid, str) or not SLUG.match(oid):
                err(g, f"{w}: bad id {oid!r}")
            elif oid in oids:
                err(g, f"{w}: duplicate organization id {oid!r}")
            oids.add(oid)
            check_names(g, f"{w} ({oid})", text, o)
            iso_ok(g, f"{w} ({oid}) country", o.get("country"))

        # places
        plnames = set()
        for i, pl in enumerate(d["places"]):
            w = f"places[{i}]"
            if not check_keys(g, w, pl, PLACE):
                continue
            if pl.get("name") in plnames:
                err(g, f"{w}: duplicate place {pl.get('name')!r}")
            plnames.add(pl.get("name"))
            check_names(g, f"{w} ({pl.get('name')})", text, pl)
            iso_ok(g, f"{w} country", pl.get("country"))

        # meetings
        for i, m in enumerate(d["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(g, w, m, MEETING, ["evidence_extra", "note"]):
                continue
            if m.get("kind") not in KINDS:
                err(g, f"{w}: bad kind {m.get('kind')!r}")
            for pid in str_list(g, f"{w} participants", m.get("participants")):
                if pid not in pids:
                    err(g, f"{w}: participant {pid!r} not in persons")
            for cc in str_list(g, f"{w} countries", m.get("countries")):
                iso_ok(g, f"{w} countries", cc, allow_null=False)
            if not valid_date(m.get("date")):
                err(g, f"{w}: bad date {m.get('date')!r}")
            pl = m.get("place")
            if pl is not None and pl not in plnames and pl not in cnames:
                err(g, f"{w}: place {pl!r} not in places or countries")
            for t in str_list(g, f"{w} topics", m.get("topics")):
                if t not in TOPICS:
                    err(g, f"{w}: bad topic {t!r}")
            for aid in str_list(g, f"{w} agreements", m.get("agreements")):
                if aid not in aids:
                    err(g, f"{w}: agreement {aid!r} not in agreements")
            if not occurs(text, m.get("evidence")):
                err(g, f"{w}: evidence not in text: {str(m.get('evidence'))[:70]!r}")
            if "evidence_extra" in m:
                for e in str_list(g, f"{w} evidence_extra", m["evidence_extra"]):
                    if not occurs(text, e):
                        err(g, f"{w}: evidence_extra not in text: {e[:70]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(g, f"{w}: note must be a string")

        # meeting counts
        for i, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(g, w, c, COUNT):
                continue
            if c.get("kind") not in KINDS:
                err(g, f"{w}: bad kind {c.get('kind')!r}")
            cnt = c.get("count")
            if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt <= 0:
                err(g, f"{w}: count must be a positive integer")
            if not isinstance(c.get("year"), str) or not YEAR.match(c.get("year", "")):
                err(g, f"{w}: year {c.get('year')!r} is not YYYY")
            if not occurs(text, c.get("evidence")):
                err(g, f"{w}: evidence not in text")

    for e in errors:
        print(e)
    print(f"checked {nfiles} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
