"""A naive baseline for `kg evaluate`: what off-the-shelf spaCy gives without any of kg's rules.

Entities are the model's own, one per distinct surface string: PERSON -> Person, GPE -> Country when it is a
country name (else Place), ORG -> Organization, LOC/FAC -> Place, LAW -> Agreement. A sentence with a meeting
word and a PERSON is a meeting of the persons in it (kind `other`, no date, no place), so who met whom is every
pair of persons co-occurring in such a sentence. kg has to beat this to be worth its rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg import lexicon
from kg.evaluate import PredictedEntity, PredictedMeeting, Prediction, normalise
from kg.pipeline import DEFAULT_MODEL
from kg.reader import read_document

MEETING_WORDS = re.compile(r"\b(?:meet|meets|met|meeting|meetings|summit|summits|talks|visit|visits|visited|"
                           r"visiting|conference|dialogue|consultations?|call|calls)\b", re.I)
TYPES = {"PERSON": "Person", "ORG": "Organization", "LOC": "Place", "FAC": "Place", "LAW": "Agreement"}


def _entity(label: str, text: str) -> PredictedEntity | None:
    text = " ".join(text.split())
    iso = lexicon.gazetteer().by_name.get(text.removeprefix("the ")) if label == "GPE" else None
    type_ = ("Country" if iso else "Place") if label == "GPE" else TYPES.get(label)
    if type_ is None:
        return None
    return PredictedEntity(f"baseline:{type_}:{text}", type_, text, {normalise(text, type_ == "Person")}, iso=iso)


def predict(paths: list[Path], model: str = DEFAULT_MODEL) -> Prediction:
    """The baseline's entities and meetings for the given text files."""
    import spacy

    nlp = spacy.load(model)
    entities: dict[str, PredictedEntity] = {}
    meetings: list[PredictedMeeting] = []
    raws = [read_document(p) for p in paths]
    for raw, doc in zip(raws, nlp.pipe(r.text for r in raws)):
        for ent in doc.ents:
            entity = _entity(ent.label_, ent.text)
            if entity:
                entities.setdefault(entity.id, entity)
        for number, sent in enumerate(doc.sents):
            people = {f"baseline:Person:{' '.join(e.text.split())}" for e in sent.ents if e.label_ == "PERSON"}
            if people and MEETING_WORDS.search(sent.text):
                meetings.append(PredictedMeeting(f"baseline:meeting:{raw.id}:{number}", "other", None, set(),
                                                 people, {raw.id}, [sent.text]))
    return Prediction(list(entities.values()), meetings)
