"""The Python API and the shipped output/ build."""

from __future__ import annotations

import networkx as nx

import kg

from .conftest import ROOT, SEEDS


def test_build_returns_graph_with_people_countries_and_meetings(seeds_graph):
    graph = seeds_graph.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    types = {attrs["type"] for _, attrs in graph.nodes(data=True)}
    assert {"Person", "Country", "Meeting", "Agreement", "Organization", "Place"} <= types
    assert seeds_graph.summary()["documents"] == 5
    assert len(seeds_graph.to_rdflib()) > 100


def test_write_creates_all_formats(seeds_graph, tmp_path):
    written = seeds_graph.write(tmp_path)
    assert sorted(p.name for p in written.values()) == sorted(kg.api.OUTPUT_FILES)


def test_shipped_output_is_the_current_build_of_the_seeds(seeds_graph, tmp_path):
    """output/ never goes stale, and the build is deterministic: byte-identical Turtle."""
    seeds_graph.write(tmp_path)
    for name in kg.api.OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (ROOT / "output" / name).read_bytes(), f"output/{name} is stale"


def test_two_builds_give_identical_turtle(nlp, tmp_path):
    first = kg.build([SEEDS / "003_77b9480813bc5e87.txt"], nlp=nlp)
    second = kg.build([SEEDS / "003_77b9480813bc5e87.txt"], nlp=nlp)
    first.write(tmp_path / "a")
    second.write(tmp_path / "b")
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
