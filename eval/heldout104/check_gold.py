#!/usr/bin/env python3
"""Checker for the heldout104 gold files (Python 3 standard library only).

Usage: python3 check_gold.py [set_directory]   (default: the directory of this script)
Prints one line per problem, then "checked N files: E errors"; exits 1 if E > 0.
"""
import json
import os
import re
import sys
from datetime import date

ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
assert len(ISO) == 249, len(ISO)
ISO_EXTRA = {"SU"}  # Soviet Union, allowed by gold/README.md

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso"]            # + optional "aliases"
REGION = ["name"]                    # + optional "aliases"
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]  # + optional "evidence_extra", "note"
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
YEAR = re.compile(r"^\d{4}$")
WORDS_MIN, WORDS_MAX = 550, 950
EXPECTED_FILES = 8


class Checker:
    def __init__(self):
        self.errors = 0

    def err(self, where, msg):
        self.errors += 1
        print(f"{where}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo is None:
        return True
    if not 1 <= int(mo) <= 12:
        return False
    if da is None:
        return True
    try:
        date(int(y), int(mo), int(da))
    except ValueError:
        return False
    return True


def valid_iso(c):
    return isinstance(c, str) and (c in ISO or c in ISO_EXTRA)


def check_keys(ck, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        ck.err(where, "not an object")
        return False
    keys = list(obj.keys())
    allowed_orders = []
    # optional fields may be present or absent, but always after the required ones, in order
    opt = list(optional)
    for mask in range(2 ** len(opt)):
        extra = [o for i, o in enumerate(opt) if mask & (1 << i)]
        allowed_orders.append(required + extra)
    if keys not in allowed_orders:
        ck.err(where, f"fields {keys} not as documented {required}" +
               (f" (+ optional {opt})" if opt else ""))
        return False
    return True


def str_list(ck, where, val, field):
    if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
        ck.err(where, f"'{field}' must be a list of strings")
        return []
    return val


def occurs(text, s):
    return isinstance(s, str) and s != "" and s in text


def check_file(ck, gold_path, text, stem, person_names):
    where0 = os.path.basename(gold_path)
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        ck.err(where0, f"cannot parse JSON: {e}")
        return
    if not isinstance(g, dict) or list(g.keys()) != TOP:
        ck.err(where0, f"top-level fields must be exactly {TOP} in order, got {list(g.keys()) if isinstance(g, dict) else type(g).__name__}")
        if not isinstance(g, dict):
            return
    if g.get("doc") != stem + ".txt":
        ck.err(where0, f"doc '{g.get('doc')}' does not name the text '{stem}.txt'")
    if not (isinstance(g.get("year"), str) and YEAR.match(g.get("year"))):
        ck.err(where0, f"year '{g.get('year')}' is not YYYY")
    for fld in TOP[2:]:
        if not isinstance(g.get(fld), list):
            ck.err(where0, f"'{fld}' must be a list")
            g[fld] = []

    # persons
    pids = set()
    for i, p in enumerate(g["persons"]):
        w = f"{where0}: persons[{i}]"
        if not check_keys(ck, w, p, PERSON):
            continue
        pid = p["id"]
        if not (isinstance(pid, str) and SLUG.match(pid)):
            ck.err(w, f"id '{pid}' is not a slug")
        if pid in pids:
            ck.err(w, f"duplicate person id '{pid}'")
        pids.add(pid)
        if not isinstance(p["name"], str) or not p["name"]:
            ck.err(w, "name must be a non-empty string")
        aliases = str_list(ck, w, p["aliases"], "aliases")
        for a in aliases:
            if not occurs(text, a):
                ck.err(w, f"alias '{a}' not found verbatim in text")
        if not occurs(text, p["name"]) and not any(occurs(text, a) for a in aliases):
            ck.err(w, f"neither name '{p['name']}' nor any alias occurs in text")
        if p["office"] is not None and not occurs(text, p["office"]):
            ck.err(w, f"office '{p['office']}' not found verbatim in text")
        if p["country"] is not None and not valid_iso(p["country"]):
            ck.err(w, f"invalid country code '{p['country']}'")
        if isinstance(pid, str):
            person_names.setdefault(pid, {}).setdefault(p["name"], []).append(where0)

    # countries
    cnames = set()
    for i, c in enumerate(g["countries"]):
        w = f"{where0}: countries[{i}]"
        if not check_keys(ck, w, c, COUNTRY, ["aliases"]):
            continue
        if not valid_iso(c["iso"]):
            ck.err(w, f"invalid iso '{c['iso']}'")
        aliases = str_list(ck, w, c.get("aliases", []), "aliases")
        for a in aliases:
            if not occurs(text, a):
                ck.err(w, f"alias '{a}' not found verbatim in text")
        if not occurs(text, c["name"]) and not any(occurs(text, a) for a in aliases):
            ck.err(w, f"neither name '{c['name']}' nor any alias occurs in text")
        cnames.add(c["name"])

    # regions
    for i, r in enumerate(g["regions"]):
        w = f"{where0}: regions[{i}]"
        if not check_keys(ck, w, r, REGION, ["aliases"]):
            continue
        aliases = str_list(ck, w, r.get("aliases", []), "aliases")
        for a in aliases:
            if not occurs(text, a):
                ck.err(w, f"alias '{a}' not found verbatim in text")
        if not occurs(text, r["name"]) and not any(occurs(text, a) for a in aliases):
            ck.err(w, f"neither name '{r['name']}' nor any alias occurs in text")

    # agreements
    aids = set()
    for i, a in enumerate(g["agreements"]):
        w = f"{where0}: agreements[{i}]"
        if not check_keys(ck, w, a, AGREEMENT):
            continue
        if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
            ck.err(w, f"id '{a['id']}' is not a slug")
        if a["id"] in aids:
            ck.err(w, f"duplicate agreement id '{a['id']}'")
        aids.add(a["id"])
        aliases = str_list(ck, w, a["aliases"], "aliases")
        for al in aliases:
            if not occurs(text, al):
                ck.err(w, f"alias '{al}' not found verbatim in text")
        if not occurs(text, a["name"]) and not any(occurs(text, al) for al in aliases):
            ck.err(w, f"neither name '{a['name']}' nor any alias occurs in text")
        for pc in str_list(ck, w, a["parties"], "parties"):
            if not valid_iso(pc):
                ck.err(w, f"invalid party code '{pc}'")

    # organizations
    oids = set()
    for i, o in enumerate(g["organizations"]):
        w = f"{where0}: organizations[{i}]"
        if not check_keys(ck, w, o, ORG):
            continue
        if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
            ck.err(w, f"id '{o['id']}' is not a slug")
        if o["id"] in oids:
            ck.err(w, f"duplicate organization id '{o['id']}'")
        oids.add(o["id"])
        aliases = str_list(ck, w, o["aliases"], "aliases")
        for al in aliases:
            if not occurs(text, al):
                ck.err(w, f"alias '{al}' not found verbatim in text")
        if not occurs(text, o["name"]) and not any(occurs(text, al) for al in aliases):
            ck.err(w, f"neither name '{o['name']}' nor any alias occurs in text")
        if o["country"] is not None and not valid_iso(o["country"]):
            ck.err(w, f"invalid country code '{o['country']}'")

    # places
    pnames = set()
    for i, pl in enumerate(g["places"]):
        w = f"{where0}: places[{i}]"
        if not check_keys(ck, w, pl, PLACE):
            continue
        if pl["name"] in pnames:
            ck.err(w, f"duplicate place '{pl['name']}'")
        pnames.add(pl["name"])
        aliases = str_list(ck, w, pl["aliases"], "aliases")
        for al in aliases:
            if not occurs(text, al):
                ck.err(w, f"alias '{al}' not found verbatim in text")
        if not occurs(text, pl["name"]) and not any(occurs(text, al) for al in aliases):
            ck.err(w, f"neither name '{pl['name']}' nor any alias occurs in text")
        if pl["country"] is not None and not valid_iso(pl["country"]):
            ck.err(w, f"invalid country code '{pl['country']}'")

    # meetings
    for i, m in enumerate(g["meetings"]):
        w = f"{where0}: meetings[{i}]"
        if not check_keys(ck, w, m, MEETING, ["evidence_extra", "note"]):
            continue
        if m["kind"] not in KINDS:
            ck.err(w, f"kind '{m['kind']}' not allowed")
        for pid in str_list(ck, w, m["participants"], "participants"):
            if pid not in pids:
                ck.err(w, f"participant '{pid}' not among persons")
        for c in str_list(ck, w, m["countries"], "countries"):
            if not valid_iso(c):
                ck.err(w, f"invalid country code '{c}'")
        if not valid_date(m["date"]):
            ck.err(w, f"invalid date '{m['date']}'")
        if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
            ck.err(w, f"place '{m['place']}' not a name in places or countries")
        for t in str_list(ck, w, m["topics"], "topics"):
            if t not in TOPICS:
                ck.err(w, f"topic '{t}' not allowed")
        for aid in str_list(ck, w, m["agreements"], "agreements"):
            if aid not in aids:
                ck.err(w, f"agreement '{aid}' not among agreements")
        if not occurs(text, m["evidence"]):
            ck.err(w, f"evidence not found verbatim: '{str(m['evidence'])[:70]}'")
        if "evidence_extra" in m:
            for e in str_list(ck, w, m["evidence_extra"], "evidence_extra"):
                if not occurs(text, e):
                    ck.err(w, f"evidence_extra not found verbatim: '{e[:70]}'")
        if "note" in m and not isinstance(m["note"], str):
            ck.err(w, "note must be a string")

    # meeting counts
    for i, mc in enumerate(g["meeting_counts"]):
        w = f"{where0}: meeting_counts[{i}]"
        if not check_keys(ck, w, mc, COUNT):
            continue
        if mc["kind"] not in KINDS:
            ck.err(w, f"kind '{mc['kind']}' not allowed")
        if not (isinstance(mc["count"], int) and not isinstance(mc["count"], bool) and mc["count"] > 0):
            ck.err(w, f"count '{mc['count']}' is not a positive integer")
        if not (isinstance(mc["year"], str) and YEAR.match(mc["year"])):
            ck.err(w, f"year '{mc['year']}' is not YYYY")
        if not occurs(text, mc["evidence"]):
            ck.err(w, f"evidence not found verbatim: '{str(mc['evidence'])[:70]}'")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    ck = Checker()
    texts = {f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")} if os.path.isdir(tdir) else set()
    golds = {f[:-5] for f in os.listdir(gdir) if f.endswith(".json")} if os.path.isdir(gdir) else set()
    for s in sorted(texts - golds):
        ck.err(s + ".txt", "text has no gold file")
    for s in sorted(golds - texts):
        ck.err(s + ".json", "gold file has no text")
    if len(texts) != EXPECTED_FILES:
        ck.err(tdir, f"expected {EXPECTED_FILES} texts, found {len(texts)}")
    person_names = {}
    checked = 0
    for stem in sorted(texts & golds):
        with open(os.path.join(tdir, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        n = len(text.split())
        if not WORDS_MIN <= n <= WORDS_MAX:
            ck.err(stem + ".txt", f"{n} words, outside {WORDS_MIN}-{WORDS_MAX}")
        check_file(ck, os.path.join(gdir, stem + ".json"), text, stem, person_names)
        checked += 1
    for pid, names in sorted(person_names.items()):
        if len(names) > 1:
            ck.err("set", f"person id '{pid}' has different names across files: " +
                   "; ".join(f"'{n}' in {', '.join(fs)}" for n, fs in names.items()))
    print(f"checked {checked} files: {ck.errors} errors")
    sys.exit(1 if ck.errors else 0)


if __name__ == "__main__":
    main()
