"""The Python API: `build(paths)` and `load(path)` give a `KnowledgeGraph`."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.clean import clean, document_meta
from kg.extract import extract
from kg.graph import build_graph
from kg.pipeline import DEFAULT_MODEL, load_pipeline
from kg.reader import InputError, collect_paths, read_document
from kg.records import DocumentRecords
from kg.resolve import resolve

OUTPUT_FILES = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")


@dataclass
class KnowledgeGraph:
    """A built graph: the NetworkX view for analysis, the rdflib view for SPARQL and export."""

    graph: nx.MultiDiGraph
    skipped: list[str] = field(default_factory=list)  # one message per input that could not be used

    def to_networkx(self) -> nx.MultiDiGraph:
        return self.graph

    def to_rdflib(self):
        from kg.rdf import to_rdf

        return to_rdf(self.graph)

    def summary(self) -> dict:
        """Documents read, entities per type, meetings, met links."""
        types: dict[str, int] = {}
        for _, attrs in self.graph.nodes(data=True):
            types[attrs["type"]] = types.get(attrs["type"], 0) + 1
        return {"documents": len(self.graph.graph.get("documents", {})),
                "entities": {t: n for t, n in sorted(types.items()) if t not in ("Meeting", "Topic")},
                "meetings": types.get("Meeting", 0),
                "met_links": sum(1 for *_, k in self.graph.edges(keys=True) if k == "met")}

    def write(self, out_dir: str | Path) -> dict[str, Path]:
        """Write every output format atomically; an error leaves earlier outputs intact."""
        from kg.rdf import to_turtle
        from kg.view import to_html

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        renderers: dict[str, Callable[[], str]] = {
            "graph.ttl": lambda: to_turtle(self.graph),
            "graph.json": lambda: to_json(self.graph),
            "graph.graphml": lambda: to_graphml(self.graph),
            "graph.html": lambda: to_html(self.graph),
        }
        contents = {name: render() for name, render in renderers.items()}
        written = {}
        for name, text in contents.items():
            written[name] = atomic_write(out / name, text)
        return written


def atomic_write(path: Path, text: str) -> Path:
    """Write to a temporary file in the same folder, then rename over the target."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def to_json(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="links")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def to_graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML holds scalars only: lists and dicts are stored as JSON strings."""
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in attrs.items() if v is not None})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _scalar(val) for k, val in attrs.items() if val is not None})
    return "\n".join(nx.generate_graphml(flat)) + "\n"


def _scalar(value):
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def annotate_documents(paths: Iterable[Path], nlp, on_error: Callable[[str], None],
                       progress: bool = False) -> list[DocumentRecords]:
    """Read, clean, annotate and extract each document; unreadable ones are reported and skipped."""
    prepared = []
    seen_ids: set[str] = set()
    for path in paths:
        try:
            raw = read_document(path)
        except InputError as error:
            on_error(str(error))
            continue
        doc_id = raw.id if raw.id not in seen_ids else str(path)
        seen_ids.add(doc_id)
        cleaned = clean(raw.text)
        prepared.append((doc_id, raw.text, cleaned, document_meta(cleaned.text)))
    records = []
    texts = (cleaned.text for _, _, cleaned, _ in prepared)
    docs = nlp.pipe(texts, batch_size=8)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(prepared), unit="doc", desc="annotating", leave=False)
    for (doc_id, original, cleaned, meta), doc in zip(prepared, docs):
        records.append(extract(doc, cleaned, meta, doc_id, original))
    return records


def build(paths: Iterable[str | Path] | str | Path, model: str = DEFAULT_MODEL, patterns: str | Path | None = None,
          progress: bool = False, nlp=None) -> KnowledgeGraph:
    """Build the knowledge graph of the .txt files (and folders of them) given."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = collect_paths(list(paths))
    skipped: list[str] = []
    nlp = nlp or load_pipeline(model, patterns)
    documents = annotate_documents(files, nlp, skipped.append, progress=progress)
    resolution = resolve(documents)
    return KnowledgeGraph(build_graph(documents, resolution), skipped=skipped)
