"""The Python API: `build(paths)` and `load(path)` give a `KnowledgeGraph`."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

import networkx as nx

from kg.cache import DocumentCache
from kg.clean import clean, document_meta
from kg.extract import extract
from kg.graph import build_graph
from kg.pipeline import DEFAULT_MODEL, load_pipeline
from kg.reader import InputError, collect_paths, read_document
from kg.records import DocumentRecords
from kg.resolve import resolve

OUTPUT_FILES = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
# spaCy gets a long document in parts of at most this many characters, cut at paragraph or sentence
# boundaries: it refuses texts over nlp.max_length (1,000,000) and its memory grows with the part's length.
MAX_PART_CHARS = 100_000


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

    def show(self, height: int = 720):
        """The interactive view inline in Jupyter: the offline page in an isolated iframe."""
        from IPython.display import HTML

        from kg.view import iframe, to_html

        return HTML(iframe(to_html(self.graph), height))

    def query(self, name_or_sparql: str, **params: str) -> pandas.DataFrame:  # noqa: F821 (imported lazily)
        """Run a named query (kg/queries/*.rq), a .rq file or SPARQL text; params are bound, not pasted."""
        from kg.query import run_query

        return run_query(self.to_rdflib(), name_or_sparql, params)

    def write(self, out_dir: str | Path, rdf_formats: Iterable[str] = (), rdf=None) -> dict[str, Path]:
        """Write every output format atomically (plus graph.nt / graph.jsonld on request).

        `rdf`: the graph's rdflib view when the caller already has it, so it is not made twice."""
        from kg.rdf import serialize
        from kg.view import to_html

        out = Path(out_dir)
        check_output_folder(out)
        rdf = rdf if rdf is not None else self.to_rdflib()
        renderers: dict[str, Callable[[], str]] = {
            "graph.ttl": lambda: serialize(rdf, "ttl"),
            "graph.json": lambda: to_json(self.graph),
            "graph.graphml": lambda: to_graphml(self.graph),
            "graph.html": lambda: to_html(self.graph),
        }
        for fmt in sorted(set(rdf_formats) - {"ttl"}):
            renderers[f"graph.{fmt}"] = lambda fmt=fmt: serialize(rdf, fmt)
        contents = {name: render() for name, render in renderers.items()}
        out.mkdir(parents=True, exist_ok=True)
        return write_all(out, contents)


def check_output_folder(out: Path) -> None:
    """Raise a clear OSError when `out` cannot be a folder: it, or a folder above it, is a file."""
    for folder in (out, *out.parents):
        if folder.exists():
            if not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, f"{folder} is a file, not a folder", str(out))
            return


def write_all(folder: Path, contents: dict[str, str]) -> dict[str, Path]:
    """Write every file next to its target, then rename them all into place.

    A failure (or Ctrl-C) before the renames leaves every earlier file as it was and no temporary file;
    the renames themselves are atomic and, in one folder, do not fail for want of space.
    """
    temporaries: dict[str, str] = {}
    try:
        for name, text in contents.items():
            if (folder / name).is_dir():
                raise IsADirectoryError(errno.EISDIR, f"{folder / name} is a folder, not a file", str(folder / name))
            temporaries[name] = _write_temporary(folder / name, text)
        for name in list(temporaries):
            os.replace(temporaries.pop(name), folder / name)
    finally:
        for temporary in temporaries.values():
            Path(temporary).unlink(missing_ok=True)
    return {name: folder / name for name in contents}


def _write_temporary(path: Path, text: str) -> str:
    """A complete, synced copy of `text` beside `path`, with the permissions a new file would get."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


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


def annotate_documents(paths: Iterable[Path], nlp, on_error: Callable[[str], None], n_process: int = 1,
                       progress: bool = False, cache: DocumentCache | None = None) -> list[DocumentRecords]:
    """Read, clean, annotate and extract each document; unreadable ones are reported and skipped.

    `nlp` is a spaCy pipeline or a function loading one, called only if some document is not in `cache`.
    """
    records: list[DocumentRecords | None] = []
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
        records.append(cache.get(doc_id, raw.text) if cache else None)
        if records[-1] is None:
            cleaned = clean(raw.text)
            prepared.append((len(records) - 1, doc_id, raw.text, cleaned, document_meta(cleaned.text)))
    if not prepared:
        return records
    nlp = nlp if hasattr(nlp, "pipe") else nlp()
    size = min(MAX_PART_CHARS, nlp.max_length)
    parts = [(n, start, end) for n, (*_, cleaned, _) in enumerate(prepared) for start, end in cleaned.chunks(size)]
    texts = ((prepared[n][3].text[start:end], (n, start, end)) for n, start, end in parts)
    docs = nlp.pipe(texts, batch_size=8, as_tuples=True, n_process=n_process)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(parts), unit="part", desc="annotating", leave=False)
    for doc, (n, start, end) in docs:
        index, doc_id, original, cleaned, meta = prepared[n]
        found = extract(doc, cleaned.part(start, end), meta, doc_id, original)
        if records[index] is None:
            records[index] = found
        else:
            _append_records(records[index], found)
    for index, doc_id, original, *_ in prepared:
        if cache:
            cache.put(doc_id, original, records[index])
    return records


def _append_records(into: DocumentRecords, more: DocumentRecords) -> None:
    """Add the records of a later part of the same document (every list field: mentions, meetings, ...)."""
    for item in fields(into):
        if isinstance(getattr(into, item.name), list):
            getattr(into, item.name).extend(getattr(more, item.name))


def load(path: str | Path) -> KnowledgeGraph:
    """Reopen a graph written by `kg build` (graph.ttl, or graph.nt / graph.jsonld) without rebuilding it."""
    from kg.rdf import load_graph

    return KnowledgeGraph(load_graph(path))


def build(paths: Iterable[str | Path] | str | Path, model: str = DEFAULT_MODEL, patterns: str | Path | None = None,
          progress: bool = False, nlp=None, cache: str | Path | None = None, n_process: int = 1) -> KnowledgeGraph:
    """Build the knowledge graph of the .txt files (and folders of them) given.

    With `cache` (a folder), documents parsed by an earlier build with the same pipeline are not parsed again;
    `n_process` > 1 parses in that many processes (spaCy's own multiprocessing; worth it for large corpora).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    skipped: list[str] = []
    files = collect_paths(list(paths), on_missing=skipped.append)
    store = DocumentCache.open(cache, model, patterns) if cache else None
    documents = annotate_documents(files, nlp or (lambda: load_pipeline(model, patterns)), skipped.append,
                                   n_process=n_process, progress=progress, cache=store)
    resolution = resolve(documents)
    return KnowledgeGraph(build_graph(documents, resolution), skipped=skipped)
