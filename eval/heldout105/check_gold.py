#!/usr/bin/env python3
"""Checker for the heldout105 gold files (Python 3 standard library only).

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
COUNTRY = ["name", "iso", "aliases"]          # aliases optional
REGION = ["name", "aliases"]                  # aliases optional
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

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
problems = []


def err(fname, msg):
    problems.append(f"{fname}: {msg}")


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
            datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
            return True
    except ValueError:
        return False
    return False


def check_keys(fname, where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(fname, f"{where}: not an object")
        return False
    keys = list(obj.keys())
    allowed = list(required) + list(optional)
    extra = [k for k in keys if k not in allowed]
    missing = [k for k in required if k not in keys]
    if extra:
        err(fname, f"{where}: unexpected fields {extra}")
    if missing:
        err(fname, f"{where}: missing fields {missing}")
    order = [k for k in allowed if k in keys]
    if not extra and keys != order:
        err(fname, f"{where}: fields out of order {keys}")
    return not missing


def str_list(fname, where, v):
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        err(fname, f"{where}: must be a list of strings")
        return []
    return v


def occurs(fname, where, s, text):
    if not isinstance(s, str) or not s:
        err(fname, f"{where}: empty or non-string")
    elif s not in text:
        err(fname, f"{where}: not found verbatim in text: {s!r}")


def check_iso(fname, where, code, allow_null=False):
    if code is None and allow_null:
        return
    if code not in ISO:
        err(fname, f"{where}: invalid ISO code {code!r}")


def check_file(stem, text, person_names):
    fname = stem + ".json"
    try:
        with open(os.path.join(GOLD, fname), encoding="utf-8") as f:
            d = json.load(f)
    except Exception as e:  # noqa
        err(fname, f"cannot parse JSON: {e}")
        return
    if not isinstance(d, dict) or list(d.keys()) != TOP:
        err(fname, f"top-level fields must be exactly {TOP}, got {list(d.keys()) if isinstance(d, dict) else type(d)}")
        if not isinstance(d, dict):
            return
    if d.get("doc") != stem + ".txt":
        err(fname, f"doc {d.get('doc')!r} does not name {stem}.txt")
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year"))):
        err(fname, f"year {d.get('year')!r} is not YYYY")
    for k in TOP[2:]:
        if not isinstance(d.get(k), list):
            err(fname, f"{k}: must be a list")
            d[k] = []

    ids = {}
    def slug(where, i, kind):
        if not isinstance(i, str) or not SLUG.match(i):
            err(fname, f"{where}: id {i!r} is not a slug")
        key = (kind, i)
        if key in ids:
            err(fname, f"{where}: duplicate {kind} id {i!r}")
        ids[key] = True

    persons = set()
    for n, p in enumerate(d["persons"]):
        w = f"persons[{n}]"
        if not check_keys(fname, w, p, PERSON):
            continue
        slug(w, p["id"], "person")
        persons.add(p["id"])
        al = str_list(fname, w + ".aliases", p["aliases"])
        for a in al:
            occurs(fname, w + ".aliases", a, text)
        if not isinstance(p["name"], str) or not p["name"]:
            err(fname, f"{w}: name must be a non-empty string")
        elif p["name"] not in text and not any(a in text for a in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        if p["office"] is not None:
            occurs(fname, w + ".office", p["office"], text)
        check_iso(fname, w + ".country", p["country"], allow_null=True)
        prev = person_names.setdefault(p["id"], (p["name"], fname))
        if prev[0] != p["name"]:
            err(fname, f"{w}: person {p['id']!r} named {p['name']!r} here but {prev[0]!r} in {prev[1]}")

    country_names = set()
    for n, c in enumerate(d["countries"]):
        w = f"countries[{n}]"
        if not check_keys(fname, w, c, ["name", "iso"], ["aliases"]):
            continue
        check_iso(fname, w + ".iso", c["iso"])
        al = str_list(fname, w + ".aliases", c.get("aliases", []))
        for a in al:
            occurs(fname, w + ".aliases", a, text)
        if c["name"] not in text and not any(a in text for a in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        country_names.add(c["name"])

    for n, r in enumerate(d["regions"]):
        w = f"regions[{n}]"
        if not check_keys(fname, w, r, ["name"], ["aliases"]):
            continue
        al = str_list(fname, w + ".aliases", r.get("aliases", []))
        for a in al:
            occurs(fname, w + ".aliases", a, text)
        if r["name"] not in text and not any(a in text for a in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")

    agreements = set()
    for n, a in enumerate(d["agreements"]):
        w = f"agreements[{n}]"
        if not check_keys(fname, w, a, AGREEMENT):
            continue
        slug(w, a["id"], "agreement")
        agreements.add(a["id"])
        al = str_list(fname, w + ".aliases", a["aliases"])
        for x in al:
            occurs(fname, w + ".aliases", x, text)
        if a["name"] not in text and not any(x in text for x in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        for c in str_list(fname, w + ".parties", a["parties"]):
            check_iso(fname, w + ".parties", c)

    for n, o in enumerate(d["organizations"]):
        w = f"organizations[{n}]"
        if not check_keys(fname, w, o, ORG):
            continue
        slug(w, o["id"], "organization")
        al = str_list(fname, w + ".aliases", o["aliases"])
        for x in al:
            occurs(fname, w + ".aliases", x, text)
        if o["name"] not in text and not any(x in text for x in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        check_iso(fname, w + ".country", o["country"], allow_null=True)

    place_names = set()
    for n, p in enumerate(d["places"]):
        w = f"places[{n}]"
        if not check_keys(fname, w, p, PLACE):
            continue
        al = str_list(fname, w + ".aliases", p["aliases"])
        for x in al:
            occurs(fname, w + ".aliases", x, text)
        if p["name"] not in text and not any(x in text for x in al):
            err(fname, f"{w}: neither name nor any alias occurs in text")
        check_iso(fname, w + ".country", p["country"], allow_null=True)
        place_names.add(p["name"])

    for n, m in enumerate(d["meetings"]):
        w = f"meetings[{n}]"
        if not check_keys(fname, w, m, MEETING, MEETING_OPT):
            continue
        if m["kind"] not in KINDS:
            err(fname, f"{w}: kind {m['kind']!r} not allowed")
        for pid in str_list(fname, w + ".participants", m["participants"]):
            if pid not in persons:
                err(fname, f"{w}: participant {pid!r} not in persons")
        for c in str_list(fname, w + ".countries", m["countries"]):
            check_iso(fname, w + ".countries", c)
        if not valid_date(m["date"]):
            err(fname, f"{w}: invalid date {m['date']!r}")
        if m["place"] is not None and m["place"] not in place_names | country_names:
            err(fname, f"{w}: place {m['place']!r} not a name in places or countries")
        for t in str_list(fname, w + ".topics", m["topics"]):
            if t not in TOPICS:
                err(fname, f"{w}: topic {t!r} not allowed")
        for a in str_list(fname, w + ".agreements", m["agreements"]):
            if a not in agreements:
                err(fname, f"{w}: agreement {a!r} not in agreements")
        occurs(fname, w + ".evidence", m["evidence"], text)
        if "evidence_extra" in m:
            for x in str_list(fname, w + ".evidence_extra", m["evidence_extra"]):
                occurs(fname, w + ".evidence_extra", x, text)
        if "note" in m and not isinstance(m["note"], str):
            err(fname, f"{w}: note must be a string")

    for n, c in enumerate(d["meeting_counts"]):
        w = f"meeting_counts[{n}]"
        if not check_keys(fname, w, c, COUNT):
            continue
        if c["kind"] not in KINDS:
            err(fname, f"{w}: kind {c['kind']!r} not allowed")
        if not (isinstance(c["count"], int) and not isinstance(c["count"], bool) and c["count"] > 0):
            err(fname, f"{w}: count must be a positive integer")
        if not (isinstance(c["year"], str) and re.fullmatch(r"\d{4}", c["year"])):
            err(fname, f"{w}: year {c['year']!r} is not YYYY")
        occurs(fname, w + ".evidence", c["evidence"], text)


def main():
    texts = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    for s in sorted(set(texts) - set(golds)):
        err(s + ".txt", "text has no gold file")
    for s in sorted(set(golds) - set(texts)):
        err(s + ".json", "gold file has no text")
    person_names = {}
    checked = 0
    for s in sorted(set(texts) | set(golds)):
        tpath = os.path.join(TEXTS, s + ".txt")
        if not os.path.exists(tpath):
            continue
        with open(tpath, encoding="utf-8") as f:
            text = f.read()
        wc = len(text.split())
        if not 550 <= wc <= 950:
            err(s + ".txt", f"{wc} words, outside 550-950")
        if os.path.exists(os.path.join(GOLD, s + ".json")):
            check_file(s, text, person_names)
        checked += 1
    for p in problems:
        print(p)
    print(f"checked {checked} files: {len(problems)} errors")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
