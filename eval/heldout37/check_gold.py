#!/usr/bin/env python3
"""Consistency checker for the heldout37 gold annotations (standard library only).

Usage: python3 check_gold.py [set_directory]
Prints one line per problem and a final line "checked N files: M errors".
Exits with status 1 if any error was found.
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

TOP_KEYS = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations",
            "places", "meetings", "meeting_counts"]
PERSON_KEYS = {"id", "name", "aliases", "office", "country"}
COUNTRY_REQ, COUNTRY_OPT = {"name", "iso"}, {"aliases"}
REGION_REQ, REGION_OPT = {"name"}, {"aliases"}
AGREEMENT_KEYS = {"id", "name", "aliases", "parties"}
ORG_KEYS = {"id", "name", "aliases", "country"}
PLACE_KEYS = {"name", "aliases", "country"}
MEETING_REQ = {"kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"}
MEETING_OPT = {"evidence_extra", "note"}
COUNT_KEYS = {"kind", "count", "year", "evidence"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return 1000 <= int(d) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def check_file(stem, text, gold, err, person_names):
    def e(msg):
        err.append(f"{stem}: {msg}")

    if not isinstance(gold, dict):
        e("top level is not an object")
        return
    if list(gold.keys()) != TOP_KEYS:
        if set(gold.keys()) != set(TOP_KEYS):
            e(f"top-level keys {sorted(gold.keys())} differ from {TOP_KEYS}")
            return
    if gold["doc"] != stem + ".txt":
        e(f"doc is {gold['doc']!r}, expected {stem + '.txt'!r}")
    if not (isinstance(gold["year"], str) and YEAR.match(gold["year"])):
        e(f"year {gold['year']!r} is not YYYY")
    for key in TOP_KEYS[2:]:
        if not isinstance(gold[key], list):
            e(f"{key} is not a list")
            return

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    def check_iso(code, where, allow_null=True):
        if code is None and allow_null:
            return
        if code not in ISO:
            e(f"{where}: invalid ISO code {code!r}")

    def check_aliases(ent, where):
        al = ent.get("aliases", [])
        if not is_str_list(al):
            e(f"{where}: aliases is not a list of strings")
            return []
        for a in al:
            if not occurs(a):
                e(f"{where}: alias {a!r} does not occur in the text")
        if len(set(al)) != len(al):
            e(f"{where}: duplicate aliases")
        return al

    def check_name_or_alias(ent, where):
        al = ent.get("aliases", []) if is_str_list(ent.get("aliases", [])) else []
        if not (occurs(ent.get("name")) or any(occurs(a) for a in al)):
            e(f"{where}: neither name nor any alias occurs in the text")

    # persons
    pids = set()
    for p in gold["persons"]:
        where = f"person {p.get('id')!r}"
        if not isinstance(p, dict) or set(p.keys()) != PERSON_KEYS:
            e(f"{where}: keys {sorted(p.keys()) if isinstance(p, dict) else p} differ from {sorted(PERSON_KEYS)}")
            continue
        if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
            e(f"{where}: id is not a slug")
        if p["id"] in pids:
            e(f"{where}: duplicate person id")
        pids.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"]:
            e(f"{where}: empty name")
        check_aliases(p, where)
        check_name_or_alias(p, where)
        if p["office"] is not None and not occurs(p["office"]):
            e(f"{where}: office {p['office']!r} does not occur in the text")
        check_iso(p["country"], where)
        person_names.setdefault(p["id"], {}).setdefault(p["name"], []).append(stem)

    # countries
    cnames = set()
    isos = set()
    for c in gold["countries"]:
        where = f"country {c.get('name')!r}"
        keys = set(c.keys()) if isinstance(c, dict) else set()
        if not (COUNTRY_REQ <= keys <= COUNTRY_REQ | COUNTRY_OPT):
            e(f"{where}: keys {sorted(keys)} not allowed")
            continue
        check_iso(c["iso"], where, allow_null=False)
        if c["iso"] in isos:
            e(f"{where}: duplicate iso {c['iso']}")
        isos.add(c["iso"])
        check_aliases(c, where)
        check_name_or_alias(c, where)
        cnames.add(c["name"])

    # regions
    rnames = set()
    for r in gold["regions"]:
        where = f"region {r.get('name')!r}"
        keys = set(r.keys()) if isinstance(r, dict) else set()
        if not (REGION_REQ <= keys <= REGION_REQ | REGION_OPT):
            e(f"{where}: keys {sorted(keys)} not allowed")
            continue
        if r["name"] in rnames:
            e(f"{where}: duplicate region")
        rnames.add(r["name"])
        check_aliases(r, where)
        check_name_or_alias(r, where)

    # agreements
    aids = set()
    for a in gold["agreements"]:
        where = f"agreement {a.get('id')!r}"
        if not isinstance(a, dict) or set(a.keys()) != AGREEMENT_KEYS:
            e(f"{where}: keys differ from {sorted(AGREEMENT_KEYS)}")
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            e(f"{where}: id is not a slug")
        if a["id"] in aids:
            e(f"{where}: duplicate agreement id")
        aids.add(a["id"])
        check_aliases(a, where)
        check_name_or_alias(a, where)
        if not is_str_list(a["parties"]):
            e(f"{where}: parties is not a list of strings")
        else:
            for code in a["parties"]:
                check_iso(code, where, allow_null=False)

    # organizations
    oids = set()
    for o in gold["organizations"]:
        where = f"organization {o.get('id')!r}"
        if not isinstance(o, dict) or set(o.keys()) != ORG_KEYS:
            e(f"{where}: keys differ from {sorted(ORG_KEYS)}")
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            e(f"{where}: id is not a slug")
        if o["id"] in oids:
            e(f"{where}: duplicate organization id")
        oids.add(o["id"])
        check_aliases(o, where)
        check_name_or_alias(o, where)
        check_iso(o["country"], where)

    # places
    pnames = set()
    for pl in gold["places"]:
        where = f"place {pl.get('name')!r}"
        if not isinstance(pl, dict) or set(pl.keys()) != PLACE_KEYS:
            e(f"{where}: keys differ from {sorted(PLACE_KEYS)}")
            continue
        if pl["name"] in pnames:
            e(f"{where}: duplicate place")
        pnames.add(pl["name"])
        check_aliases(pl, where)
        check_name_or_alias(pl, where)
        check_iso(pl["country"], where)

    # meetings
    for i, m in enumerate(gold["meetings"]):
        where = f"meeting #{i + 1}"
        keys = set(m.keys()) if isinstance(m, dict) else set()
        if not (MEETING_REQ <= keys <= MEETING_REQ | MEETING_OPT):
            e(f"{where}: keys {sorted(keys)} not allowed")
            continue
        if m["kind"] not in KINDS:
            e(f"{where}: kind {m['kind']!r} not allowed")
        if not is_str_list(m["participants"]):
            e(f"{where}: participants is not a list of strings")
        else:
            for pid in m["participants"]:
                if pid not in pids:
                    e(f"{where}: participant {pid!r} is not a listed person")
            if len(set(m["participants"])) != len(m["participants"]):
                e(f"{where}: duplicate participants")
        if not is_str_list(m["countries"]):
            e(f"{where}: countries is not a list of strings")
        else:
            for code in m["countries"]:
                check_iso(code, where, allow_null=False)
        if not valid_date(m["date"]):
            e(f"{where}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            e(f"{where}: place {m['place']!r} is not a listed place or country")
        if not is_str_list(m["topics"]):
            e(f"{where}: topics is not a list of strings")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    e(f"{where}: topic {t!r} not allowed")
        if not is_str_list(m["agreements"]):
            e(f"{where}: agreements is not a list of strings")
        else:
            for aid in m["agreements"]:
                if aid not in aids:
                    e(f"{where}: agreement {aid!r} is not a listed agreement")
        if not occurs(m["evidence"]):
            e(f"{where}: evidence does not occur verbatim in the text")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                e(f"{where}: evidence_extra is not a list of strings")
            else:
                for x in m["evidence_extra"]:
                    if not occurs(x):
                        e(f"{where}: evidence_extra {x[:60]!r}... does not occur verbatim")
        if "note" in m and not isinstance(m["note"], str):
            e(f"{where}: note is not a string")

    # meeting counts
    for i, c in enumerate(gold["meeting_counts"]):
        where = f"meeting_count #{i + 1}"
        if not isinstance(c, dict) or set(c.keys()) != COUNT_KEYS:
            e(f"{where}: keys differ from {sorted(COUNT_KEYS)}")
            continue
        if c["kind"] not in KINDS:
            e(f"{where}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            e(f"{where}: count must be a positive integer")
        if not (isinstance(c["year"], str) and YEAR.match(c["year"])):
            e(f"{where}: year {c['year']!r} is not YYYY")
        if not occurs(c["evidence"]):
            e(f"{where}: evidence does not occur verbatim in the text")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    err = []
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        err.append(f"{s}: text has no gold file")
    for s in sorted(golds - texts):
        err.append(f"{s}: gold file has no text")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        checked += 1
        try:
            text = open(os.path.join(tdir, stem + ".txt"), encoding="utf-8").read()
        except UnicodeDecodeError:
            err.append(f"{stem}: text is not valid UTF-8")
            continue
        try:
            gold = json.load(open(os.path.join(gdir, stem + ".json"), encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as ex:
            err.append(f"{stem}: invalid JSON ({ex})")
            continue
        check_file(stem, text, gold, err, person_names)
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            detail = "; ".join(f"{n!r} in {', '.join(fs)}" for n, fs in names.items())
            err.append(f"person id {pid!r} has different names: {detail}")
    for line in err:
        print(line)
    print(f"checked {checked} files: {len(err)} errors")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
