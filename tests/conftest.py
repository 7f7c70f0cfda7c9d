"""Shared fixtures: the pipeline is loaded once, the samples are built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_graph(nlp):
    """The knowledge graph of the five sample texts."""
    import kg

    return kg.build([SEEDS], nlp=nlp)


@pytest.fixture
def annotate(nlp):
    """Run read -> clean -> annotate -> extract on a text written for a test."""
    from kg.clean import clean, document_meta
    from kg.extract import extract

    def run(text: str, doc_id: str = "test.txt"):
        cleaned = clean(text)
        return extract(nlp(cleaned.text), cleaned, document_meta(cleaned.text), doc_id, text)

    return run
