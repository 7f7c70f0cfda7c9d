"""Named SPARQL queries on the samples' graph, bound parameters, `kg query` and the `kg serve` endpoint."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pandas as pd
import pytest

from kg.cli import main
from kg.graph import meetings_of
from kg.query import named_queries, run_query, to_store
from kg.rdf import iri

from .conftest import ROOT


@pytest.fixture(scope="module")
def store(seeds_graph):
    return to_store(seeds_graph.to_rdflib())


@pytest.fixture(scope="module")
def nx_graph(seeds_graph):
    return seeds_graph.to_networkx()


@pytest.fixture(scope="module")
def graph_file(seeds_graph, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    seeds_graph.write(out)
    return out / "graph.ttl"


def _of_type(graph, type_):
    return {n for n, a in graph.nodes(data=True) if a["type"] == type_}


def test_the_five_named_queries_ship():
    assert set(named_queries()) == {"who-met-whom", "meetings-about-topic", "person-profile", "agreements", "timeline"}


def test_who_met_whom_lists_every_met_pair_of_people_with_its_meetings(store, nx_graph):
    table = run_query(store, "who-met-whom")
    assert {"person1", "person2", "meeting", "kind", "date", "place", "topics"} <= set(table.columns)
    people = _of_type(nx_graph, "Person")
    expected = {(str(iri(u)), str(iri(v)), str(iri(m))) for u, v, k, attrs in nx_graph.edges(keys=True, data=True)
                if k == "met" and u in people for m in attrs["meetings"]}
    assert set(zip(table.a, table.b, table.m)) == expected
    summits = table[(table.person1 == "Shinzo Abe") & (table.person2 == "Vladimir Putin") & (table.kind == "summit")]
    assert len(summits) >= 2
    assert summits.date.notna().all()


def test_meetings_about_topic_by_id_or_label(store, nx_graph):
    expected = {str(iri(n)) for n, a in nx_graph.nodes(data=True)
                if a["type"] == "Meeting" and "topic:security-defence" in a["topics"]}
    assert expected
    by_id = run_query(store, "meetings-about-topic", {"topic": "security-defence"})
    by_label = run_query(store, "meetings-about-topic", {"topic": "security and DEFENCE"})
    assert set(by_id.m) == set(by_label.m) == expected


def test_parameters_are_bound_not_pasted(store):
    hostile = 'energy") } SELECT * WHERE { ?s ?p ?o } #'
    assert run_query(store, "meetings-about-topic", {"topic": hostile}).empty
    with pytest.raises(ValueError, match="topic"):
        run_query(store, "meetings-about-topic", {})


def test_person_profile_gives_offices_country_meetings_and_counterparts(store, nx_graph):
    table = run_query(store, "person-profile", {"person": "sergey lavrov"})
    person = "person:sergey-lavrov"
    assert set(table.name) == {"Sergey Lavrov"}
    assert "Foreign Minister" in table.offices.iloc[0]
    assert set(table.country) == {nx_graph.nodes[nx_graph.nodes[person]["country"]]["label"]}
    assert set(table.m) == {str(iri(m)) for m in meetings_of(nx_graph, person)}
    met = {nx_graph.nodes[v if u == person else u]["label"] for u, v, k in nx_graph.edges(keys=True)
           if k == "met" and person in (u, v)}
    assert met == {name for cell in table.counterparts for name in cell.split(", ") if name}


def test_agreements_list_every_agreement_and_where_it_was_discussed(store, nx_graph):
    table = run_query(store, "agreements")
    assert set(table.g) == {str(iri(a)) for a in _of_type(nx_graph, "Agreement")}
    assert (table.mentions > 0).all()
    discussed = {(str(iri(u)), str(iri(v))) for u, v, k in nx_graph.edges(keys=True) if k == "agreement"}
    assert discussed and set(zip(table.m.dropna(), table.g[table.m.notna()])) == discussed
    row = table[table.agreement == "Japan-Soviet Joint Declaration of 1956"].iloc[0]
    assert "Japan" in row.parties and "Russia" in row.parties


def test_timeline_has_every_meeting_in_date_order(store, nx_graph):
    table = run_query(store, "timeline")
    assert set(table.m) == {str(iri(m)) for m in _of_type(nx_graph, "Meeting")}
    dated = table.date.dropna().tolist()
    assert dated == sorted(dated) and table.date.isna().sum() == len(table) - len(dated)
    assert table.date.iloc[: len(dated)].notna().all()


def test_knowledge_graph_query_returns_a_dataframe(seeds_graph):
    table = seeds_graph.query("person-profile", person="Shinzo Abe")
    assert isinstance(table, pd.DataFrame) and set(table.counterparts) >= {"Vladimir Putin"}


def test_cli_query_formats_and_errors(graph_file, capsys):
    assert main(["query", "meetings-about-topic", "--graph", str(graph_file), "--param", "topic=energy",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["topic"] == "energy" for r in rows)
    query = graph_file.parent / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert main(["query", str(query), "--graph", str(graph_file), "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 100
    assert main(["query", "no-such-query", "--graph", str(graph_file)]) == 2
    assert "named queries" in capsys.readouterr().err
    assert main(["query", "timeline", "--graph", str(graph_file.parent / "missing.ttl")]) == 2
    assert "no graph file" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ask(url: str, data: bytes | None = None, content_type: str = "") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json",
                                                              **({"Content-Type": content_type} if data else {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_serve_answers_sparql_over_http_and_refuses_updates(graph_file):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph_file), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        query = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name }"
        url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _ask(url)
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the endpoint did not start within 60 s"
                time.sleep(0.3)
        assert status == 200
        names = {b["name"]["value"] for b in json.loads(body)["results"]["bindings"]}
        assert {"Shinzo Abe", "Vladimir Putin"} <= names
        update = b"DELETE WHERE { ?s ?p ?o }"
        status, _ = _ask(f"{base}/update", update, "application/sparql-update")
        assert 400 <= status < 500
        status, body = _ask(url)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == len(names)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
    assert server.returncode is not None
