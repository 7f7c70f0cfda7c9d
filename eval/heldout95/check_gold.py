#!/usr/bin/env python3
"""Check the heldout95 gold files against gold/README.md (standard library only)."""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
GOLD = os.path.join(HERE, "gold")

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE
GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP
KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF
NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW SU""".split())

KINDS = {"summit", "foreign-ministers-meeting", "two-plus-two", "ministerial-meeting", "vice-ministerial-meeting",
         "intergovernmental-committee", "security-dialogue", "visit", "signing", "telephone-talk", "courtesy-call", "other"}
TOPICS = {"peace-treaty", "territorial-issues", "economic-cooperation", "trade-investment", "energy", "security-defence",
          "arms-control", "counter-terrorism", "illicit-drugs", "cyber-security", "maritime-security", "culture-exchange",
          "humanitarian", "fisheries", "health-medical", "science-technology", "agriculture", "transport-infrastructure",
          "regional-affairs", "political-dialogue"}
TOP = ["doc", "year", "persons", "countries", "regions", "agreements", "organizations", "places", "meetings", "meeting_counts"]
PERSON = ["id", "name", "aliases", "office", "country"]
COUNTRY_REQ, COUNTRY_OPT = ["name", "iso"], ["aliases"]
REGION_REQ, REGION_OPT = ["name"], ["aliases"]
AGREEMENT = ["id", "name", "aliases", "parties"]
ORG = ["id", "name", "aliases", "country"]
PLACE = ["name", "aliases", "country"]
MEETING_REQ = ["kind", "participants", "countries", "date", "place", "topics", "agreements", "evidence"]
MEETING_OPT = ["evidence_extra", "note"]
COUNT = ["kind", "count", "year", "evidence"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

problems = []


def err(f, msg):
    problems.append(f"{f}: {msg}")


def check_keys(f, where, obj, req, opt=()):
    if not isinstance(obj, dict):
        err(f, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(req) + [k for k in opt if k in keys]
    # required fields in order, optional ones after them in documented order
    expected = list(req) + [k for k in opt if k in keys]
    if keys != expected:
        err(f, f"{where}: fields {keys} != expected {expected}")
        return False
    return True


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(i, str) for i in x)


def main():
    texts = sorted(n[:-4] for n in os.listdir(TEXTS) if n.endswith(".txt"))
    golds = sorted(n[:-5] for n in os.listdir(GOLD) if n.endswith(".json"))
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
        checked += 1
        text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        n = len(text.split())
        if not 550 <= n <= 950:
            err(f, f"text has {n} words (need 550-950)")
        try:
            d = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or list(d.keys()) != TOP:
            err(f, f"top-level fields {list(d.keys()) if isinstance(d, dict) else type(d)} != {TOP}")
            continue
        if d["doc"] != stem + ".txt":
            err(f, f"doc {d['doc']!r} does not name the text")
        if not (isinstance(d["year"], str) and re.fullmatch(r"\d{4}", d["year"])):
            err(f, f"year {d['year']!r} is not YYYY")
        occurs = lambda s: isinstance(s, str) and s != "" and s in text

        def check_iso(where, code, allow_null):
            if code is None and allow_null:
                return
            if code not in ISO:
                err(f, f"{where}: invalid ISO code {code!r}")

        def check_entity_names(where, e):
            if "aliases" in e:
                if not is_str_list(e["aliases"]):
                    err(f, f"{where}: aliases must be a list of strings")
                else:
                    for a in e["aliases"]:
                        if not occurs(a):
                            err(f, f"{where}: alias {a!r} not found in text")
            if not (occurs(e.get("name")) or any(occurs(a) for a in e.get("aliases", []) if isinstance(a, str))):
                err(f, f"{where}: neither name nor any alias occurs in text")

        # persons
        pids = set()
        for i, p in enumerate(d["persons"]):
            w = f"persons[{i}]"
            if not check_keys(f, w, p, PERSON):
                continue
            w = f"person {p['id']}"
            if not (isinstance(p["id"], str) and SLUG.match(p["id"])):
                err(f, f"{w}: id is not a slug")
            if p["id"] in pids:
                err(f, f"{w}: duplicate id")
            pids.add(p["id"])
            check_entity_names(w, p)
            if p["office"] is not None and not occurs(p["office"]):
                err(f, f"{w}: office {p['office']!r} not found in text")
            check_iso(w, p["country"], True)
            prev = person_names.get(p["id"])
            if prev and prev[0] != p["name"]:
                err(f, f"{w}: name {p['name']!r} differs from {prev[0]!r} in {prev[1]}")
            else:
                person_names.setdefault(p["id"], (p["name"], f))
        # countries
        cnames = set()
        for i, c in enumerate(d["countries"]):
            w = f"countries[{i}]"
            if not check_keys(f, w, c, COUNTRY_REQ, COUNTRY_OPT):
                continue
            check_iso(f"country {c['name']}", c["iso"], False)
            check_entity_names(f"country {c['name']}", c)
            cnames.add(c["name"])
        for i, r in enumerate(d["regions"]):
            w = f"regions[{i}]"
            if not check_keys(f, w, r, REGION_REQ, REGION_OPT):
                continue
            check_entity_names(f"region {r['name']}", r)
        aids = set()
        for i, a in enumerate(d["agreements"]):
            w = f"agreements[{i}]"
            if not check_keys(f, w, a, AGREEMENT):
                continue
            w = f"agreement {a['id']}"
            if not (isinstance(a["id"], str) and SLUG.match(a["id"])):
                err(f, f"{w}: id is not a slug")
            if a["id"] in aids:
                err(f, f"{w}: duplicate id")
            aids.add(a["id"])
            check_entity_names(w, a)
            if not is_str_list(a["parties"]):
                err(f, f"{w}: parties must be a list")
            else:
                for c in a["parties"]:
                    check_iso(w, c, False)
        oids = set()
        for i, o in enumerate(d["organizations"]):
            w = f"organizations[{i}]"
            if not check_keys(f, w, o, ORG):
                continue
            w = f"organization {o['id']}"
            if not (isinstance(o["id"], str) and SLUG.match(o["id"])):
                err(f, f"{w}: id is not a slug")
            if o["id"] in oids:
                err(f, f"{w}: duplicate id")
            oids.add(o["id"])
            check_entity_names(w, o)
            check_iso(w, o["country"], True)
        pnames = set()
        for i, pl in enumerate(d["places"]):
            w = f"places[{i}]"
            if not check_keys(f, w, pl, PLACE):
                continue
            if pl["name"] in pnames:
                err(f, f"place {pl['name']}: duplicate name")
            pnames.add(pl["name"])
            check_entity_names(f"place {pl['name']}", pl)
            check_iso(f"place {pl['name']}", pl["country"], True)
        for i, m in enumerate(d["meetings"]):
            w = f"meetings[{i}]"
            if not check_keys(f, w, m, MEETING_REQ, MEETING_OPT):
                continue
            if m["kind"] not in KINDS:
                err(f, f"{w}: kind {m['kind']!r} not allowed")
            if not is_str_list(m["participants"]):
                err(f, f"{w}: participants must be a list")
            else:
                for p in m["participants"]:
                    if p not in pids:
                        err(f, f"{w}: participant {p!r} not in persons")
            if not is_str_list(m["countries"]):
                err(f, f"{w}: countries must be a list")
            else:
                for c in m["countries"]:
                    check_iso(w, c, False)
            if not valid_date(m["date"]):
                err(f, f"{w}: invalid date {m['date']!r}")
            if m["place"] is not None and m["place"] not in pnames and m["place"] not in cnames:
                err(f, f"{w}: place {m['place']!r} not in places or countries")
            if not is_str_list(m["topics"]):
                err(f, f"{w}: topics must be a list")
            else:
                for t in m["topics"]:
                    if t not in TOPICS:
                        err(f, f"{w}: topic {t!r} not allowed")
            if not is_str_list(m["agreements"]):
                err(f, f"{w}: agreements must be a list")
            else:
                for a in m["agreements"]:
                    if a not in aids:
                        err(f, f"{w}: agreement {a!r} not in agreements")
            if not occurs(m["evidence"]):
                err(f, f"{w}: evidence not found verbatim in text")
            if "evidence_extra" in m:
                if not is_str_list(m["evidence_extra"]):
                    err(f, f"{w}: evidence_extra must be a list of strings")
                else:
                    for e in m["evidence_extra"]:
                        if not occurs(e):
                            err(f, f"{w}: evidence_extra not found verbatim: {e[:60]!r}")
            if "note" in m and not isinstance(m["note"], str):
                err(f, f"{w}: note must be a string")
        for i, c in enumerate(d["meeting_counts"]):
            w = f"meeting_counts[{i}]"
            if not check_keys(f, w, c, COUNT):
                continue
            if c["kind"] not in KINDS:
                err(f, f"{w}: kind {c['kind']!r} not allowed")
            if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
                err(f, f"{w}: count must be a positive integer")
            if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
                err(f, f"{w}: year must be YYYY")
            if not occurs(c["evidence"]):
                err(f, f"{w}: evidence not found verbatim in text")
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
