"""What a notebook does with the API beyond a fresh build: reopen a saved graph, then query and view it."""

from __future__ import annotations

import pandas as pd

import kg


def test_a_reopened_graph_answers_and_shows_like_the_built_one(seeds_graph, tmp_path):
    """An analyst reloads output/graph.ttl (a plain str path) instead of rebuilding; nothing may change."""
    seeds_graph.write(tmp_path)
    loaded = kg.load(str(tmp_path / "graph.ttl"))
    for name, params in [("who-met-whom", {}), ("person-profile", {"person": "Vladimir Putin"}), ("timeline", {})]:
        pd.testing.assert_frame_equal(loaded.query(name, **params), seeds_graph.query(name, **params))
    assert loaded.show(height=500)._repr_html_() == seeds_graph.show(height=500)._repr_html_()
    assert len(loaded.to_rdflib()) == len(seeds_graph.to_rdflib())


def test_query_takes_sparql_text_with_bound_parameters(seeds_graph):
    """Ad-hoc SPARQL in a cell: variables become columns, a parameter (projected, as Oxigraph requires) filters."""
    sparql = """PREFIX schema: <https://schema.org/>
        SELECT ?meeting ?date ?person WHERE { ?m schema:attendee/schema:name ?person ; schema:name ?meeting .
                                      OPTIONAL { ?m schema:startDate ?date } } ORDER BY ?date"""
    table = seeds_graph.query(sparql, person="Shinzo Abe")
    graph = seeds_graph.to_networkx()
    abe = [m for m, p, k in graph.edges(keys=True) if k == "attendee" and graph.nodes[p]["label"] == "Shinzo Abe"]
    assert list(table.columns) == ["meeting", "date", "person"] and len(table) == len(abe) > 0
    assert seeds_graph.query(sparql, person="nobody of that name").empty
