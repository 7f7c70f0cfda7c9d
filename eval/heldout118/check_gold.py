#!/usr/bin/env python3
"""Checker for the heldout118 gold files (Python 3 standard library only).

Usage: python3 check_gold.py   (run from any directory)
Prints one line per problem, then "checked N files: E errors"; exits 1 on errors.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

TOP = ["doc", "year", "persons", "countries", "regions", "agreements",
       "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY = ["name", "iso"]            # + optional aliases
REGION = ["name"]                    # + optional aliases
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING = ["kind", "participants", "countries", "date", "place", "topics",
           "agreements", "evidence"]  # + optional evidence_extra, note
COUNT = ["kind", "count", "year", "evidence"]

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting",
         "vice-ministerial-meeting", "intergovernmental-committee", "security-dialogue",
         "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment",
          "energy", "security-defence", "arms-control", "counter-terrorism", "illicit-drugs",
          "cyber-security", "maritime-security", "culture-exchange", "humanitarian",
          "fisheries", "health-medical", "science-technology", "agriculture",
          "transport-infrastructure", "regional-affairs", "political-dialogue"}

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU""".split())

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


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
            datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(f, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    base = [k for k in keys if k in required]
    if base != required:
        err(f, f"{where}: fields {keys} do not match required order {required}")
    extra = [k for k in keys if k not in required and k not in optional]
    if extra:
        err(f, f"{where}: unexpected fields {extra}")
    # optional fields must follow the required ones, in documented order
    opt_present = [k for k in keys if k in optional]
    if opt_present != [k for k in optional if k in opt_present]:
        err(f, f"{where}: optional fields out of order {opt_present}")
    if keys[:len(required)] != required and base == required:
        err(f, f"{where}: optional fields placed before required ones")
    return True


def iso_ok(f, where, code, allow_null=True):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(f, f"{where}: invalid ISO code {code!r}")


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def main():
    texts = sorted(p[:-4] for p in os.listdir(TEXTS) if p.endswith(".txt"))
    golds = sorted(p[:-5] for p in os.listdir(GOLD) if p.endswith(".json"))
    for t in texts:
        if t not in golds:
            err(t, "text has no gold file")
    for g in golds:
        if g not in texts:
            err(g, "gold file has no text")
    person_names = {}
    checked = 0
    for stem in golds:
        f = stem + ".json"
        if stem not in texts:
            continue
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (allowed 550-950)")
        try:
            g = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"invalid JSON: {e}")
            continue
        checked += 1
        if list(g.keys()) != TOP:
            err(f, f"top-level fields {list(g.keys())} != {TOP}")
        if g.get("doc") != stem + ".txt":
            err(f, f"doc {g.get('doc')!r} does not name the text")
        if not (isinstance(g.get("year"), str) and re.fullmatch(r"\d{4}", g["year"])):
            err(f, f"year {g.get('year')!r} is not YYYY")
        for key in TOP[2:]:
            if not isinstance(g.get(key), list):
                err(f, f"{key} is not a list")
                g[key] = []

        def occurs(s):
            return isinstance(s, str) and s in text

        ids = set()
        pids, aids = set(), set()
        place_names = set()
        # persons
        for i, p in enumerate(g["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            pid = p.get("id")
            if not (isinstance(pid, str) and SLUG.match(pid)):
                err(f, f"{w}: bad id {pid!r}")
            if pid in pids:
                err(f, f"{w}: duplicate person id {pid}")
            pids.add(pid)
            if not isinstance(p.get("name"), str) or not p["name"]:
                err(f, f"{w}: name missing")
            if not is_str_list(p.get("aliases")):
                err(f, f"{w}: aliases not a list of strings")
                p["aliases"] = []
            for a in p["aliases"]:
                if not occurs(a):
                    err(f, f"{w} ({pid}): alias {a!r} not in text")
            if not (occurs(p.get("name")) or any(occurs(a) for a in p["aliases"])):
                err(f, f"{w} ({pid}): neither name nor any alias occurs in text")
            if p.get("office") is not None and not occurs(p["office"]):
                err(f, f"{w} ({pid}): office {p['office']!r} not in text")
            iso_ok(f, w, p.get("country"))
            if pid in person_names and person_names[pid][0] != p.get("name"):
                err(f, f"{w}: person {pid} named {p.get('name')!r} here but "
                       f"{person_names[pid][0]!r} in {person_names[pid][1]}")
            person_names.setdefault(pid, (p.get("name"), f))
        # countries
        cnames = set()
        for i, c in enumerate(g["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY, ("aliases",)):
                continue
            iso_ok(f, w, c.get("iso"), allow_null=False)
            al = c.get("aliases", [])
            if not is_str_list(al):
                err(f, f"{w}: aliases not a list of strings")
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f"{w}: alias {a!r} not in text")
            if not (occurs(c.get("name")) or any(occurs(a) for a in al)):
                err(f, f"{w}: country {c.get('name')!r} not in text")
            cnames.add(c.get("name"))
        # regions
        for i, r in enumerate(g["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION, ("aliases",)):
                continue
            al = r.get("aliases", [])
            if not is_str_list(al):
                err(f, f"{w}: aliases not a list of strings")
                al = []
            for a in al:
                if not occurs(a):
                    err(f, f"{w}: alias {a!r} not in text")
            if not (occurs(r.get("name")) or any(occurs(a) for a in al)):
                err(f, f"{w}: region {r.get('name')!r} not in text")
        # agreements
        for i, a in enumerate(g["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            aid = a.get("id")
            if not (isinstance(aid, str) and SLUG.match(aid)):
                err(f, f"{w}: bad id {aid!r}")
            if aid in aids:
                err(f, f"{w}: duplicate agreement id {aid}")
            aids.add(aid)
            if not is_str_list(a.get("aliases")):
                err(f, f"{w}: aliases not a list of strings")
                a["aliases"] = []
            for s in a["aliases"]:
                if not occurs(s):
                    err(f, f"{w} ({aid}): alias {s!r} not in text")
            if not (occurs(a.get("name")) or any(occurs(s) for s in a["aliases"])):
                err(f, f"{w} ({aid}): neither name nor alias in text")
            if not isinstance(a.get("parties"), list):
                err(f, f"{w}: parties not a list")
            else:
                for code in a["parties"]:
                    iso_ok(f, w, code, allow_null=False)
        # organizations
        oids = set()
        for i, o in enumerate(g["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG):
                continue
            oid = o.get("id")
            if not (isinstance(oid, str) and SLUG.match(oid)):
                err(f, f"{w}: bad id {oid!r}")
            if oid in oids:
                err(f, f"{w}: duplicate organization id {oid}")
            oids.add(oid)
            if not is_str_list(o.get("aliases")):
                err(f, f"{w}: aliases not a list of strings")
                o["aliases"] = []
            for s in o["aliases"]:
                if not occurs(s):
                    err(f, f"{w} ({oid}): alias {s!r} not in text")
            if not (occurs(o.get("name")) or any(occurs(s) for s in o["aliases"])):
                err(f, f"{w} ({oid}): neither name nor alias in text")
            iso_ok(f, w, o.get("country"))
        # places
        for i, pl in enumerate(g["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, pl, PLACE):
                continue
            if not is_str_list(pl.get("aliases")):
                err(f, f"{w}: aliases not a list of strings")
                pl["aliases"] = []
            for s in pl["aliases"]:
                if not occurs(s):
                    err(f, f"{w}: alias {s!r} not in text")
            if not (occurs(pl.get("name")) or any(occurs(s) for s in pl["aliases"])):
                err(f, f"{w}: place {pl.get('name')!r} not in text")
            iso_ok(f, w, pl.get("country"))
            place_names.add(pl.get("name"))
        # meetings
        for i, m in enumerate(g["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING, ("evidence_extra", "note")):
                continue
            if m.get("kind") not in KINDS:
                err(f, f"{w}: kind {m.get('kind')!r} not allowed")
            for pid in m.get("participants") or []:
                if pid not in pids:
                    err(f, f"{w}: participant {pid!r} not in persons")
            if not isinstance(m.get("participants"), list):
                err(f, f"{w}: participants not a list")
            if not isinstance(m.get("countries"), list):
                err(f, f"{w}: countries not a list")
            else:
                for code in m["countries"]:
                    iso_ok(f, w, code, allow_null=False)
            if not valid_date(m.get("date")):
                err(f, f"{w}: invalid date {m.get('date')!r}")
            pl = m.get("place")
            if pl is not None and pl not in place_names and pl not in cnames:
                err(f, f"{w}: place {pl!r} not in places or countries")
            for t in m.get("topics") or []:
                if t not in TOPICS:
                    err(f, f"{w}: topic {t!r} not allowed")
            for a in m.get("agreements") or []:
                if a not in aids:
                    err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m.get("evidence")):
                err(f, f"{w}: evidence not found verbatim: {str(m.get('evidence'))[:60]!r}")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, f"{w}: evidence_extra not a list of strings")
                else:
                    for s in m["evidence_extra"]:
                        if not occurs(s):
                            err(f, f"{w}: evidence_extra not found verbatim: {s[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note not a string")
        # counts
        for i, c in enumerate(g["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c.get("kind") not in KINDS:
                err(f, f"{w}: kind {c.get('kind')!r} not allowed")
            if not (isinstance(c.get("count"), int) and not isinstance(c.get("count"), bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c.get("year"), str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year {c.get('year')!r} is not YYYY")
            if not occurs(c.get("evidence")):
                err(f, f"{w}: evidence not found verbatim")
    for e in errors:
        print(e)
    total = max(checked, len(set(texts) | set(golds)))
    print(f"checked {total} files: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
