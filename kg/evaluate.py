"""How good is a build: precision, recall and F1 against the hand-made gold in gold/ (format: gold/README.md).

Scoring is corpus level, so a rule's effect on the whole sample shows in one figure:

- Entities: the gold entities are the union over the gold files, merged by id (persons, agreements,
  organisations), ISO code (countries) or name (places, regions). A predicted entity matches a gold entity of
  the same type when a normalised name or alias overlaps (see `normalise`; countries also match by ISO code).
  Each gold entity is matched once: a second predicted entity for it (one person split in two) is a false
  positive.
  Only entities the text mentions are scored: a state kg adds from general knowledge (the country of a city
  or a party named in an agreement's title) has no mention and is not a claim that the text names it.
- Persons: office and country accuracy over matched persons whose gold states them.
- Who met whom: unordered pairs of persons co-attending a meeting, predicted persons mapped to their gold ids.
- Meetings are scored per document, because the gold lists a meeting in every text that states it: a
  predicted meeting counts once for each gold document its evidence comes from. A predicted and a gold
  meeting of one document match when they are compatible (same kind, or either is a `visit`/`other`, or both
  dates given and one a prefix of the other: "2019-09" ~ "2019-09-05") and linked (a shared participant, the
  same place, or the predicted evidence sentence overlaps the gold evidence; two given dates that disagree
  need the evidence to overlap: two summits of the same leaders in different months are different events). Pairs are
  matched one to one, strongest first. Date accuracy (exact ISO string) and place accuracy (same place, or
  both none) are over matched meetings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx

ENTITY_TYPES = ("Person", "Country", "Agreement", "Organization", "Place", "Region")
GOLD_LISTS = {"persons": "Person", "countries": "Country", "agreements": "Agreement",
              "organizations": "Organization", "places": "Place", "regions": "Region"}
LOOSE_KINDS = {"visit", "other"}  # gold folds a visit into the meeting held during it
ARTICLES = re.compile(r"^(?:(?:the|a|an)\s+)+")
TITLES = re.compile(  # before a person's name
    r"^(?:(?:the|a|an|mr|ms|mrs|dr|his excellency|his holiness|h e|chinese|russian|japanese|former|then|"
    r"first deputy|deputy|vice|state|senior|prime|foreign|defen[cs]e|president|premier|"
    r"minister(?: for foreign affairs)?|"
    r"chancellor|secretary(?: general)?|chairman|chair|ambassador|general|admiral|patriarch|governor|mayor|"
    r"special envoy|envoy|king|queen|emperor)\s+)+")


def normalise(name: str, person: bool = False) -> str:
    """Lower case without articles, possessives, punctuation and (persons) titles: "President Tokayev's" -> "tokayev"."""
    text = unicodedata.normalize("NFKC", name).lower().replace("’", "'")
    text = re.sub(r"'s?\b", "", text)
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return (TITLES if person else ARTICLES).sub("", text + " ").strip() or text


def _names(*surfaces: str | None, person: bool = False) -> set[str]:
    return {normalise(s, person) for s in surfaces if s}


@dataclass
class GoldEntity:
    key: str
    type: str
    label: str
    names: set[str]
    offices: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # ISO codes


@dataclass
class GoldMeeting:
    doc: str
    kind: str
    date: str | None
    place: set[str]  # normalised names of the place; empty when none
    participants: set[str]  # gold person ids
    evidence: list[str]


@dataclass
class Gold:
    docs: list[str]
    entities: list[GoldEntity]
    meetings: list[GoldMeeting]


@dataclass
class PredictedEntity:
    id: str
    type: str
    label: str
    names: set[str]
    offices: set[str] = field(default_factory=set)
    country: str | None = None  # ISO code of the state it belongs to
    iso: str | None = None  # for countries


@dataclass
class PredictedMeeting:
    id: str
    kind: str
    date: str | None
    place: set[str]
    participants: set[str]  # predicted entity ids
    docs: set[str]
    sentences: list[str]


@dataclass
class Prediction:
    """What a system (kg or the baseline) found, in the terms the gold uses."""

    entities: list[PredictedEntity]
    meetings: list[PredictedMeeting]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Report:
    entities: dict[str, Score]
    office: Accuracy
    country: Accuracy
    pairs: Score
    meetings: Score
    date: Accuracy
    place: Accuracy


def load_gold(gold_dir: str | Path, docs: set[str] | None = None) -> Gold:
    """The gold files of a folder (only those of `docs` when given), entities merged across files."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise ValueError(f"{gold_dir}: no gold .json files")
    entities: dict[tuple[str, str], GoldEntity] = {}
    meetings: list[GoldMeeting] = []
    names = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if docs is not None and data["doc"] not in docs:
            continue
        names.append(data["doc"])
        for list_name, type_ in GOLD_LISTS.items():
            for item in data.get(list_name, []):
                key = item.get("id") or item.get("iso") or normalise(item["name"])
                entity = entities.setdefault((type_, key), GoldEntity(key, type_, item["name"], set()))
                entity.names |= _names(item["name"], *item.get("aliases", []), person=type_ == "Person")
                if item.get("office"):
                    entity.offices.add(item["office"])
                if type_ == "Person" and item.get("country"):
                    entity.countries.add(item["country"])
        places = {item["name"]: _names(item["name"], *item.get("aliases", []))
                  for item in data.get("places", []) + data.get("countries", [])}
        for meeting in data.get("meetings", []):
            place = meeting.get("place")
            meetings.append(GoldMeeting(
                doc=data["doc"], kind=meeting["kind"], date=meeting.get("date"),
                place=places.get(place, _names(place)) if place else set(),
                participants=set(meeting.get("participants", [])),
                evidence=[meeting["evidence"], *meeting.get("evidence_extra", [])]))
    return Gold(names, list(entities.values()), meetings)


def from_graph(graph: nx.MultiDiGraph) -> Prediction:
    """A kg graph (see kg.graph) as a Prediction."""
    entities, meetings = [], []
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] in ENTITY_TYPES and attrs.get("mentions", True):  # not a state known only as a city's
            country = attrs.get("country")
            entities.append(PredictedEntity(
                node, attrs["type"], attrs["label"],
                _names(attrs["label"], *attrs.get("aliases", []), person=attrs["type"] == "Person"),
                offices=set(attrs.get("offices", [])), iso=attrs.get("iso"),
                country=country.removeprefix("country:") if country else None))
        elif attrs["type"] == "Meeting":
            out = [(v, k) for _, v, k in graph.out_edges(node, keys=True)]
            place: set[str] = set()
            for target in (v for v, k in out if k == "location"):
                place |= _names(graph.nodes[target]["label"], *graph.nodes[target].get("aliases", []))
            evidence = attrs.get("evidence", [])
            meetings.append(PredictedMeeting(
                node, attrs["kind"], attrs.get("date"), place, {v for v, k in out if k == "attendee"},
                {Path(e["doc"]).name for e in evidence}, [e["sentence"] for e in evidence]))
    return Prediction(entities, meetings)


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """A graph.json written by `kg build`."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="links", directed=True, multigraph=True)


def _strength(p: PredictedEntity, g: GoldEntity) -> int:
    """0 when they do not match; higher for the label itself or more shared names."""
    shared = len(p.names & g.names) + int(p.iso is not None and p.iso == g.key)
    if not shared:
        return 0
    return shared + 10 * (normalise(p.label, p.type == "Person") == normalise(g.label, g.type == "Person"))


def match_entities(gold: Gold, predicted: Prediction) -> tuple[dict[str, Score], dict[str, str]]:
    """Per-type scores and the predicted id -> gold id mapping (one predicted entity per gold entity)."""
    scores: dict[str, Score] = {}
    mapping: dict[str, str] = {}
    for type_ in ENTITY_TYPES:
        golds = [g for g in gold.entities if g.type == type_]
        preds = [p for p in predicted.entities if p.type == type_]
        candidates = sorted(((_strength(p, g), p.id, g.key, p, g) for p in preds for g in golds),
                            key=lambda c: (-c[0], c[1], c[2]))
        taken: dict[str, str] = {}
        for strength, _, _, p, g in candidates:
            if strength and p.id not in mapping and g.key not in taken:
                mapping[p.id], taken[g.key] = g.key, p.label
        score = Score(tp=len(taken))
        for g in golds:
            if g.key not in taken:
                score.fn += 1
                score.misses.append(g.label)
        for p in preds:
            if p.id not in mapping:
                score.fp += 1
                duplicate = next((taken[g.key] for g in golds if _strength(p, g) and g.key in taken), None)
                score.false_positives.append(f"{p.label} (duplicate of {duplicate})" if duplicate else p.label)
        scores[type_] = score
    return scores, mapping


def _office(office: str) -> str:
    """Offices compare without the state they serve ("... of Japan"): the state is scored as the country."""
    from kg.people import strip_country

    return strip_country(office).lower()


def person_attributes(gold: Gold, predicted: Prediction, mapping: dict[str, str]) -> tuple[Accuracy, Accuracy]:
    """Office and country accuracy on matched persons whose gold states an office / a country."""
    golds = {g.key: g for g in gold.entities if g.type == "Person"}
    office, country = Accuracy(), Accuracy()
    for p in predicted.entities:
        g = golds.get(mapping.get(p.id, "")) if p.type == "Person" else None
        if g is None:
            continue
        if g.offices:
            office.total += 1
            if {_office(o) for o in p.offices} & {_office(o) for o in g.offices}:
                office.correct += 1
            else:
                office.wrong.append(f"{g.label}: {sorted(p.offices)} for {sorted(g.offices)}")
        if g.countries:
            country.total += 1
            if p.country in g.countries:
                country.correct += 1
            else:
                country.wrong.append(f"{g.label}: {p.country} for {'/'.join(sorted(g.countries))}")
    return office, country


def score_pairs(gold: Gold, predicted: Prediction, mapping: dict[str, str]) -> Score:
    """Who met whom: unordered person pairs co-attending a meeting, over the corpus."""
    labels = {g.key: g.label for g in gold.entities}
    labels |= {p.id: p.label for p in predicted.entities if p.id not in mapping}
    expected = {pair for m in gold.meetings for pair in combinations(sorted(m.participants), 2)}
    found = {pair for m in predicted.meetings
             for pair in combinations(sorted({mapping.get(p, p) for p in m.participants}), 2)}
    show = [f"{labels.get(a, a)} - {labels.get(b, b)}" for a, b in sorted(expected - found)]
    extra = [f"{labels.get(a, a)} - {labels.get(b, b)}" for a, b in sorted(found - expected)]
    return Score(len(expected & found), len(found - expected), len(expected - found), show, extra)


def _space(text: str) -> str:
    return " ".join(text.split())


def _dates_agree(p: PredictedMeeting, g: GoldMeeting) -> bool:
    return bool(p.date and g.date and (p.date.startswith(g.date) or g.date.startswith(p.date)))


def _compatible(p: PredictedMeeting, g: GoldMeeting) -> bool:
    return p.kind == g.kind or p.kind in LOOSE_KINDS or g.kind in LOOSE_KINDS or _dates_agree(p, g)


def _link(p: PredictedMeeting, g: GoldMeeting, mapping: dict[str, str]) -> int:
    """How strongly two meetings of one document are tied; 0 when not at all."""
    shared = len({mapping.get(x) for x in p.participants} & g.participants)
    quotes = [_space(q) for q in g.evidence]
    evidence = any(s and (s in q or q in s) for s in map(_space, p.sentences) for q in quotes)
    place = bool(p.place & g.place)
    conflicting_dates = bool(p.date and g.date) and not _dates_agree(p, g)
    if not (shared or evidence or place) or (conflicting_dates and not evidence):
        return 0
    return 4 * evidence + 2 * shared + place + (p.kind == g.kind) + (p.date == g.date)


def _describe(m: GoldMeeting | PredictedMeeting, doc: str) -> str:
    return f"{Path(doc).stem[:12]} {m.kind} {m.date or '-'}"


def score_meetings(gold: Gold, predicted: Prediction, mapping: dict[str, str]) -> tuple[Score, Accuracy, Accuracy]:
    """Meeting precision/recall per document, then date and place accuracy of the matched ones."""
    occurrences = [(p, doc) for p in predicted.meetings for doc in sorted(p.docs) if doc in gold.docs]
    candidates = sorted(((_link(p, g, mapping), i, j) for i, (p, doc) in enumerate(occurrences)
                         for j, g in enumerate(gold.meetings) if g.doc == doc and _compatible(p, g)),
                        key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    for strength, i, j in candidates:
        if strength and i not in pairs and j not in pairs.values():
            pairs[i] = j
    score = Score(tp=len(pairs))
    matched_gold = set(pairs.values())
    for j, g in enumerate(gold.meetings):
        if j not in matched_gold:
            score.fn += 1
            score.misses.append(f"{_describe(g, g.doc)}: {g.evidence[0][:80]}")
    for i, (p, doc) in enumerate(occurrences):
        if i not in pairs:
            score.fp += 1
            score.false_positives.append(f"{_describe(p, doc)}: {p.sentences[0][:80] if p.sentences else p.id}")
    date, place = Accuracy(), Accuracy()
    for i, j in sorted(pairs.items()):
        (p, doc), g = occurrences[i], gold.meetings[j]
        date.total += 1
        place.total += 1
        if p.date == g.date:
            date.correct += 1
        else:
            date.wrong.append(f"{_describe(g, doc)}: got {p.date} ({g.evidence[0][:60]})")
        if bool(p.place & g.place) or not (p.place or g.place):
            place.correct += 1
        else:
            place.wrong.append(f"{_describe(g, doc)}: got {sorted(p.place) or None} for {sorted(g.place) or None} "
                               f"({g.evidence[0][:60]})")
    return score, date, place


def score(gold: Gold, predicted: Prediction) -> Report:
    """Every figure of one system against the gold."""
    entities, mapping = match_entities(gold, predicted)
    office, country = person_attributes(gold, predicted, mapping)
    meetings, date, place = score_meetings(gold, predicted, mapping)
    return Report(entities, office, country, score_pairs(gold, predicted, mapping), meetings, date, place)


def find_texts(gold_dir: str | Path, texts: list[str | Path] | None) -> list[Path]:
    """The annotated texts: among `texts` (files or folders), or else in seeds/ here or beside the gold folder."""
    from kg.reader import collect_paths

    wanted = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in Path(gold_dir).glob("*.json")}
    if not wanted:
        raise ValueError(f"{gold_dir}: no gold .json files")
    if texts:
        found = [p for p in collect_paths(list(texts)) if p.name in wanted]
        if not found:
            raise ValueError("none of the given texts has a gold annotation")
        return found
    for folder in (Path("seeds"), Path(gold_dir).resolve().parent / "seeds", Path(gold_dir)):
        found = [folder / name for name in sorted(wanted) if (folder / name).is_file()]
        if found:
            return found
    raise ValueError(f"cannot find the texts named in {gold_dir} (looked in seeds/); give them as arguments")


def evaluate(gold_dir: str | Path, texts: list[str | Path] | None = None, graph: str | Path | None = None,
             nlp=None) -> tuple[Gold, Report, Report]:
    """kg's report (building the texts, or reading a built graph.json) and the baseline's, on the same gold."""
    from kg import baseline
    from kg.api import build

    paths = find_texts(gold_dir, texts)
    gold = load_gold(gold_dir, {p.name for p in paths})
    built = read_graph(graph) if graph else build(paths, nlp=nlp).graph
    return gold, score(gold, from_graph(built)), score(gold, baseline.predict(paths))


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(kg: Report, base: Report) -> list[tuple[str, str, str]]:
    """Rows of metric | kg | baseline."""
    rows = []
    for type_ in ENTITY_TYPES:
        for name in ("precision", "recall", "f1"):
            rows.append((f"{type_} {name}", getattr(kg.entities[type_], name), getattr(base.entities[type_], name)))
    rows += [("person office accuracy", kg.office.value, base.office.value),
             ("person country accuracy", kg.country.value, base.country.value)]
    for name in ("precision", "recall", "f1"):
        rows.append((f"who-met-whom pair {name}", getattr(kg.pairs, name), getattr(base.pairs, name)))
    for name in ("precision", "recall", "f1"):
        rows.append((f"meeting {name}", getattr(kg.meetings, name), getattr(base.meetings, name)))
    rows += [("meeting date accuracy", kg.date.value, base.date.value),
             ("meeting place accuracy", kg.place.value, base.place.value)]
    return [(metric, _number(a), _number(b)) for metric, a, b in rows]


def _listing(title: str, items: list[str], verbose: bool, limit: int = 8) -> list[str]:
    if not items:
        return []
    shown = items if verbose else items[:limit]
    more = f" (+{len(items) - len(shown)} more, --verbose)" if len(items) > len(shown) else ""
    return [f"  {title}: " + "; ".join(shown) + more]


def format_report(gold: Gold, kg: Report, base: Report, verbose: bool = False) -> str:
    """The side-by-side table, the pair-F1 ratio, then kg's errors per type."""
    lines = [f"Evaluation on {len(gold.docs)} documents: {', '.join(gold.docs)}", "",
             f"{'metric':<28} {'kg':>7} {'baseline':>9}"]
    lines += [f"{metric:<28} {a:>7} {b:>9}" for metric, a, b in table(kg, base)]
    ratio = kg.pairs.f1 / base.pairs.f1 if base.pairs.f1 else None
    lines += ["", f"who-met-whom pair F1, kg / baseline: {'n/a' if ratio is None else f'{ratio:.2f}'} (target >= 2)",
              "", "kg errors (misses = in gold, not found; false positives = found, not in gold)"]
    for type_ in ENTITY_TYPES:
        s = kg.entities[type_]
        lines += [f"{type_}: {s.tp} matched, {s.fn} missed, {s.fp} false positives"]
        lines += _listing("misses", s.misses, verbose) + _listing("false positives", s.false_positives, verbose)
    lines += ["Person attributes:"] + _listing("wrong office", kg.office.wrong, verbose)
    lines += _listing("wrong country", kg.country.wrong, verbose)
    lines += [f"Who met whom: {kg.pairs.tp} pairs found, {kg.pairs.fn} missed, {kg.pairs.fp} false positives"]
    lines += _listing("misses", kg.pairs.misses, verbose)
    lines += _listing("false positives", kg.pairs.false_positives, verbose)
    lines += [f"Meetings: {kg.meetings.tp} matched, {kg.meetings.fn} missed, {kg.meetings.fp} false positives"]
    lines += _listing("misses", kg.meetings.misses, verbose)
    lines += _listing("false positives", kg.meetings.false_positives, verbose)
    lines += _listing("wrong date", kg.date.wrong, verbose) + _listing("wrong place", kg.place.wrong, verbose)
    return "\n".join(lines) + "\n"
