#!/usr/bin/env python3
"""Check the heldout120 gold files against gold/README.md (standard library only).

Usage: python3 check_gold.py
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import datetime
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
COUNTRY_REQ = ["name", "iso"]
COUNTRY_OPT = ["aliases"]
REGION_REQ = ["name"]
REGION_OPT = ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            y, m = map(int, d.split("-"))
            return 1 <= m <= 12
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    base = [k for k in keys if k in req]
    if base != list(req):
        err(fname, f"{where}: required fields {list(req)} missing or out of order (got {keys})")
    extra = [k for k in keys if k not in req and k not in opt]
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
    # optional fields must come after the required ones, in documented order
    optk = [k for k in keys if k in opt]
    if optk != [k for k in opt if k in optk]:
        err(fname, f"{where}: optional fields out of order {optk}")
    if optk and keys[:len(req)] != list(req):
        err(fname, f"{where}: optional fields must follow the required ones")
    return True


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def word_count(text):
    return len(text.split())


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t + ".txt", "no gold file")
    for g in golds:
        if g not in texts:
            err(g + ".json", "no text file")
    person_names = {}
    checked = 0
    for stem in golds:
        fname = stem + ".json"
        checked += 1
        try:
            with open(os.path.join(GOLD, fname), encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(fname, f"cannot parse JSON: {e}")
            continue
        text = ""
        tpath = os.path.join(TEXTS, stem + ".txt")
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as f:
                text = f.read()
            wc = word_count(text)
            if not 550 <= wc <= 950:
                err(stem + ".txt", f"{wc} words, outside 550-950")
        if not isinstance(data, dict) or list(data.keys()) != TOP:
            err(fname, f"top-level fields must be exactly {TOP}")
            if not isinstance(data, dict):
                continue
        if data.get("doc") != stem + ".txt":
            err(fname, f"doc is {data.get('doc')!r}, expected {stem + '.txt'!r}")
        if not (isinstance(data.get("year"), str) and re.fullmatch(r"\d{4}", data["year"])):
            err(fname, "year must be a YYYY string")

        def occurs(s):
            return isinstance(s, str) and s != "" and s in text

        ids = set()

        def check_id(where, i):
            if not (isinstance(i, str) and SLUG.match(i)):
                err(fname, f"{where}: id {i!r} is not a slug")
            if i in ids:
                err(fname, f"{where}: duplicate id {i!r}")
            ids.add(i)

        def check_iso(where, c, nullable):
            if c is None and nullable:
                return
            if c not in ISO:
                err(fname, f"{where}: invalid ISO code {c!r}")

        def check_entity_surface(where, name, aliases):
            for a in aliases:
                if not occurs(a):
                    err(fname, f"{where}: alias {a!r} not in text")
            if not occurs(name) and not any(occurs(a) for a in aliases):
                err(fname, f"{where}: neither name {name!r} nor any alias occurs in text")

        persons = data.get("persons", [])
        pids = set()
        for k, p in enumerate(persons if isinstance(persons, list) else []):
            w = f"persons[{k}]"
            if not check_keys(fname, w, p, PERSON):
                continue
            check_id(w, p.get("id"))
            pids.add(p.get("id"))
            if not isinstance(p.get("name"), str) or not p["name"]:
                err(fname, f"{w}: bad name")
            if not is_str_list(p.get("aliases")):
                err(fname, f"{w}: aliases must be a list of strings")
            else:
                check_entity_surface(w, p.get("name"), p["aliases"])
            if p.get("office") is not None and not occurs(p.get("office")):
                err(fname, f"{w}: office {p.get('office')!r} not in text")
            check_iso(w, p.get("country"), True)
            prev = person_names.get(p.get("id"))
            if prev and prev[0] != p.get("name"):
                err(fname, f"{w}: id {p.get('id')} named {p.get('name')!r} here but {prev[0]!r} in {prev[1]}")
            elif not prev:
                person_names[p.get("id")] = (p.get("name"), fname)

        cnames = set()
        for k, c in enumerate(data.get("countries", []) or []):
            w = f"countries[{k}]"
            if not check_keys(fname, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            cnames.add(c.get("name"))
            check_iso(w, c.get("iso"), False)
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(fname, f"{w}: aliases must be a list of strings")
                al = []
            check_entity_surface(w, c.get("name"), al)

        for k, r in enumerate(data.get("regions", []) or []):
            w = f"regions[{k}]"
            if not check_keys(fname, w, r, REGION_REQ, REGION_OPT):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(fname, f"{w}: aliases must be a list of strings")
                al = []
            check_entity_surface(w, r.get("name"), al)

        aids = set()
        for k, a in enumerate(data.get("agreements", []) or []):
            w = f"agreements[{k}]"
            if not check_keys(fname, w, a, AGREEMENT):
                continue
            check_id(w, a.get("id"))
            aids.add(a.get("id"))
            if not is_str_list(a.get("aliases")):
                err(fname, f"{w}: aliases must be a list of strings")
            else:
                check_entity_surface(w, a.get("name"), a["aliases"])
            if not isinstance(a.get("parties"), list):
                err(fname, f"{w}: parties must be a list")
            else:
                for c in a["parties"]:
                    check_iso(w, c, False)

        for k, o in enumerate(data.get("organizations", []) or []):
            w = f"organizations[{k}]"
            if not check_keys(fname, w, o, ORG):
                continue
            check_id(w, o.get("id"))
            if not is_str_list(o.get("aliases")):
                err(fname, f"{w}: aliases must be a list of strings")
            else:
                check_entity_surface(w, o.get("name"), o["aliases"])
            check_iso(w, o.get("country"), True)

        pnames = set()
        for k, pl in enumerate(data.get("places", []) or []):
            w = f"places[{k}]"
            if not check_keys(fname, w, pl, PLACE):
                continue
            pnames.add(pl.get("name"))
            if not is_str_list(pl.get("aliases")):
                err(fname, f"{w}: aliases must be a list of strings")
            else:
                check_entity_surface(w, pl.get("name"), pl["aliases"])
            check_iso(w, pl.get("country"), True)

        for k, m in enumerate(data.get("meetings", []) or []):
            w = f"meetings[{k}]"
            if not check_keys(fname, w, m, MEETING, MEETING_OPT):
                continue
            if m.get("kind") not in KINDS:
                err(fname, f"{w}: bad kind {m.get('kind')!r}")
            for pid in m.get("participants", []) if isinstance(m.get("participants"), list) else []:
                if pid not in pids:
                    err(fname, f"{w}: participant {pid!r} not in persons")
            if not isinstance(m.get("participants"), list):
                err(fname, f"{w}: participants must be a list")
            if not isinstance(m.get("countries"), list):
                err(fname, f"{w}: countries must be a list")
            else:
                for c in m["countries"]:
                    check_iso(w, c, False)
            if not valid_date(m.get("date")):
                err(fname, f"{w}: bad date {m.get('date')!r}")
            pl = m.get("place")
            if pl is not None and pl not in pnames and pl not in cnames:
                err(fname, f"{w}: place {pl!r} not in places or countries")
            if not isinstance(m.get("topics"), list):
                err(fname, f"{w}: topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(fname, f"{w}: bad topic {t!r}")
            if not isinstance(m.get("agreements"), list):
                err(fname, f"{w}: agreements must be a list")
            else:
                for a in m["agreements"]:
                    if a not in aids:
                        err(fname, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m.get("evidence")):
                err(fname, f"{w}: evidence not verbatim in text: {str(m.get('evidence'))[:60]!r}")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(fname, f"{w}: evidence_extra must be a list of strings")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(fname, f"{w}: evidence_extra not verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(fname, f"{w}: note must be a string")

        for k, c in enumerate(data.get("meeting_counts", []) or []):
            w = f"meeting_counts[{k}]"
            if not check_keys(fname, w, c, COUNT):
                continue
            if c.get("kind") not in KINDS:
                err(fname, f"{w}: bad kind {c.get('kind')!r}")
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool)
                    and c["count"] > 0):
                err(fname, f"{w}: count must be a positive integer")
            if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
                err(fname, f"{w}: year must be YYYY")
            if not occurs(c.get("evidence")):
                err(fname, f"{w}: evidence not verbatim in text")

    for e in errors:
        print(e)
    print(f"checked {checked} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
