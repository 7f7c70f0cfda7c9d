#!/usr/bin/env python3
"""Consistency checker for the heldout27 gold annotations (standard library only).

Usage: python3 check_gold.py [SET_DIR]   (default: the directory of this script)
Prints one line per problem and a final line "checked N files: M errors".
Exits 1 when there are errors, 0 otherwise.
"""
import datetime
import json
import os
import re
import sys

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()) | {"SU"}

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
FIELDS = {
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


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def check_file(path, text, errors, person_names):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        err(f"cannot parse JSON: {e}")
        return
    if not isinstance(d, dict):
        err("top level is not an object")
        return
    if list(d.keys()) != TOP:
        err(f"top-level fields {list(d.keys())} differ from {TOP}")
    stem = name[:-len(".json")]
    if d.get("doc") != stem + ".txt":
        err(f"doc {d.get('doc')!r} does not match {stem + '.txt'!r}")
    if not (isinstance(d.get("year"), str) and re.fullmatch(r"\d{4}", d.get("year", ""))):
        err(f"invalid year {d.get('year')!r}")

    def occurs(s):
        return isinstance(s, str) and s != "" and s in text

    # field shapes
    for sec, (req, opt) in FIELDS.items():
        items = d.get(sec)
        if not isinstance(items, list):
            err(f"{sec} is not a list")
            d[sec] = []
            continue
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                err(f"{sec}[{i}] is not an object")
                continue
            keys = set(it.keys())
            if not req <= keys:
                err(f"{sec}[{i}] missing fields {sorted(req - keys)}")
            if keys - req - opt:
                err(f"{sec}[{i}] unknown fields {sorted(keys - req - opt)}")
            if "aliases" in it and not is_str_list(it["aliases"]):
                err(f"{sec}[{i}] aliases is not a list of strings")
    # ids unique and slug-shaped
    for sec in ("persons", "agreements", "organizations"):
        seen = set()
        for it in d[sec]:
            if not isinstance(it, dict):
                continue
            i = it.get("id")
            if not (isinstance(i, str) and SLUG.match(i)):
                err(f"{sec}: id {i!r} is not a slug")
            if i in seen:
                err(f"{sec}: duplicate id {i!r}")
            seen.add(i)
    for sec in ("countries", "regions", "places"):
        seen = set()
        for it in d[sec]:
            if isinstance(it, dict):
                n = it.get("name")
                if n in seen:
                    err(f"{sec}: duplicate name {n!r}")
                seen.add(n)

    # entity mentions
    for sec in ("persons", "countries", "regions", "agreements", "organizations", "places"):
        for it in d[sec]:
            if not isinstance(it, dict):
                continue
            label = it.get("id", it.get("name"))
            aliases = it.get("aliases", []) if is_str_list(it.get("aliases", [])) else []
            for a in aliases:
                if not occurs(a):
                    err(f"{sec} {label!r}: alias {a!r} not found in text")
            if not (occurs(it.get("name")) or any(occurs(a) for a in aliases)):
                err(f"{sec} {label!r}: neither name nor any alias occurs in text")
    for p in d["persons"]:
        if not isinstance(p, dict):
            continue
        off = p.get("office")
        if off is not None and not occurs(off):
            err(f"person {p.get('id')!r}: office {off!r} not found in text")
        c = p.get("country")
        if c is not None and c not in ISO:
            err(f"person {p.get('id')!r}: invalid country {c!r}")
        pid, pname = p.get("id"), p.get("name")
        if pid in person_names and person_names[pid][0] != pname:
            err(f"person {pid!r}: name {pname!r} differs from {person_names[pid][0]!r} in {person_names[pid][1]}")
        else:
            person_names.setdefault(pid, (pname, name))
    for c in d["countries"]:
        if isinstance(c, dict) and c.get("iso") not in ISO:
            err(f"country {c.get('name')!r}: invalid iso {c.get('iso')!r}")
    for a in d["agreements"]:
        if isinstance(a, dict):
            if not is_str_list(a.get("parties")):
                err(f"agreement {a.get('id')!r}: parties is not a list")
            else:
                for c in a["parties"]:
                    if c not in ISO:
                        err(f"agreement {a.get('id')!r}: invalid party {c!r}")
    for sec in ("organizations", "places"):
        for it in d[sec]:
            if isinstance(it, dict):
                c = it.get("country")
                if c is not None and c not in ISO:
                    err(f"{sec} {it.get('id', it.get('name'))!r}: invalid country {c!r}")

    pids = {p.get("id") for p in d["persons"] if isinstance(p, dict)}
    aids = {a.get("id") for a in d["agreements"] if isinstance(a, dict)}
    pnames = {p.get("name") for p in d["places"] if isinstance(p, dict)}
    cnames = {c.get("name") for c in d["countries"] if isinstance(c, dict)}

    for i, m in enumerate(d["meetings"]):
        if not isinstance(m, dict):
            continue
        lab = f"meeting[{i}]"
        if m.get("kind") not in KINDS:
            err(f"{lab}: invalid kind {m.get('kind')!r}")
        for x in m.get("participants", []) if is_str_list(m.get("participants")) else []:
            if x not in pids:
                err(f"{lab}: participant {x!r} is not a listed person")
        if not is_str_list(m.get("participants")):
            err(f"{lab}: participants is not a list")
        if not is_str_list(m.get("countries")):
            err(f"{lab}: countries is not a list")
        else:
            for c in m["countries"]:
                if c not in ISO:
                    err(f"{lab}: invalid country {c!r}")
        if m.get("date") is not None and not valid_date(m.get("date")):
            err(f"{lab}: invalid date {m.get('date')!r}")
        pl = m.get("place")
        if pl is not None and pl not in pnames and pl not in cnames:
            err(f"{lab}: place {pl!r} is not in places or countries")
        if not is_str_list(m.get("topics")):
            err(f"{lab}: topics is not a list")
        else:
            for t in m["topics"]:
                if t not in TOPICS:
                    err(f"{lab}: invalid topic {t!r}")
        if not is_str_list(m.get("agreements")):
            err(f"{lab}: agreements is not a list")
        else:
            for a in m["agreements"]:
                if a not in aids:
                    err(f"{lab}: agreement {a!r} is not listed")
        if not occurs(m.get("evidence")):
            err(f"{lab}: evidence not found verbatim: {str(m.get('evidence'))[:60]!r}")
        if "evidence_extra" in m:
            if not is_str_list(m["evidence_extra"]):
                err(f"{lab}: evidence_extra is not a list of strings")
            else:
                for e in m["evidence_extra"]:
                    if not occurs(e):
                        err(f"{lab}: evidence_extra not found verbatim: {e[:60]!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(f"{lab}: note is not a string")

    for i, mc in enumerate(d["meeting_counts"]):
        if not isinstance(mc, dict):
            continue
        if mc.get("kind") not in KINDS:
            err(f"meeting_counts[{i}]: invalid kind {mc.get('kind')!r}")
        if not (isinstance(mc.get("count"), int) and not isinstance(mc.get("count"), bool) and mc["count"] > 0):
            err(f"meeting_counts[{i}]: invalid count {mc.get('count')!r}")
        if not (isinstance(mc.get("year"), str) and valid_date(mc.get("year")) and len(mc["year"]) == 4):
            err(f"meeting_counts[{i}]: invalid year {mc.get('year')!r}")
        if not occurs(mc.get("evidence")):
            err(f"meeting_counts[{i}]: evidence not found verbatim")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir, gdir = os.path.join(base, "texts"), os.path.join(base, "gold")
    errors = []
    texts = sorted(f[:-4] for f in os.listdir(tdir) if f.endswith(".txt")) if os.path.isdir(tdir) else []
    golds = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json")) if os.path.isdir(gdir) else []
    for s in sorted(set(texts) - set(golds)):
        errors.append(f"{s}.txt: no gold file")
    for s in sorted(set(golds) - set(texts)):
        errors.append(f"{s}.json: no text file")
    person_names = {}
    n = 0
    for s in golds:
        if s not in texts:
            continue
        with open(os.path.join(tdir, s + ".txt"), encoding="utf-8") as f:
            text = f.read()
        check_file(os.path.join(gdir, s + ".json"), text, errors, person_names)
        n += 1
    for e in errors:
        print(e)
    print(f"checked {n} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
