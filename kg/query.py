"""SPARQL over the graph with the embedded Oxigraph engine: named queries (kg/queries/*.rq) and bound parameters."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
from rdflib import Graph

from kg.rdf import oxigraph_triples

PARAMETER = re.compile(r"^# Parameter (\w+):", re.M)
XSD_INTEGERS = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in
                ("integer", "int", "long", "nonNegativeInteger", "positiveInteger")}


def named_queries() -> dict[str, str]:
    """Query name -> SPARQL text of the queries shipped in kg/queries/."""
    folder = resources.files("kg.queries")
    return {p.name[:-3]: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".rq")}


def resolve_query(name_or_path_or_sparql: str) -> str:
    """A shipped query's name, a .rq file, or SPARQL text itself."""
    queries = named_queries()
    if name_or_path_or_sparql in queries:
        return queries[name_or_path_or_sparql]
    if name_or_path_or_sparql.endswith(".rq"):
        path = Path(name_or_path_or_sparql)
        if not path.is_file():
            raise ValueError(f"no query file {path}; named queries: {', '.join(queries)}")
        return path.read_text(encoding="utf-8")
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", name_or_path_or_sparql, re.I):
        return name_or_path_or_sparql
    raise ValueError(f"unknown query {name_or_path_or_sparql!r}; named queries: {', '.join(queries)}")


def to_store(rdf: Graph | str | Path) -> ox.Store:
    """An in-memory Oxigraph store of an rdflib graph or of a graph file (.ttl, .nt)."""
    store = ox.Store()
    if isinstance(rdf, Graph):
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in oxigraph_triples(rdf))
    else:
        store.bulk_load(path=str(rdf), format=ox.RdfFormat.from_extension(Path(rdf).suffix.lstrip(".")))
    return store


def _term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value: an IRI when it looks like one, otherwise a plain string literal."""
    if re.match(r"^https?://\S+$", value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def _python(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return int(term.value) if term.datatype.value in XSD_INTEGERS else term.value
    return term.value


def run_query(rdf_or_store, name_or_path_or_sparql: str, params: dict[str, str] | None = None) -> pd.DataFrame:
    """Run a SELECT query; `params` are bound as variables (SEP-0007 substitution), never pasted into the text."""
    sparql = resolve_query(name_or_path_or_sparql)
    params = dict(params or {})
    missing = sorted(set(PARAMETER.findall(sparql)) - set(params))
    if missing:
        raise ValueError(f"query needs parameter(s): {', '.join(missing)} (give --param {missing[0]}=...)")
    store = rdf_or_store if isinstance(rdf_or_store, ox.Store) else to_store(rdf_or_store)
    try:
        solutions = store.query(sparql, substitutions={ox.Variable(k): _term(v) for k, v in params.items()})
    except SyntaxError as error:
        raise ValueError(f"invalid SPARQL: {error}") from error
    if not isinstance(solutions, ox.QuerySolutions):
        raise ValueError("only SELECT queries give a table")
    columns = [v.value for v in solutions.variables]
    rows = [[_python(solution[c]) for c in columns] for solution in solutions]
    return pd.DataFrame(rows, columns=columns)
