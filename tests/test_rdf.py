"""RDF export against the ontology: SHACL conformance, evidence, stable IRIs, formats, and the round trip."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

import kg
from kg.meetings import KINDS
from kg.rdf import KG, OA, from_rdf, iri, node_id, serialize, to_rdf, to_turtle
from kg.reader import read_document

from .conftest import ROOT, SEEDS

ONTOLOGY = ROOT / "ontology"


@pytest.fixture(scope="module")
def rdf(seeds_graph):
    return to_rdf(seeds_graph.to_networkx())


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ONTOLOGY / "kg.ttl")


def _shacl(data: Graph, ontology: Graph) -> tuple[bool, str]:
    conforms, _, text = validate(data, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"), ont_graph=ontology,
                                 inference="none")
    return conforms, text


def test_fresh_build_conforms_to_shapes(rdf, ontology):
    conforms, report = _shacl(rdf, ontology)
    assert conforms, report


def test_shipped_graph_conforms_to_shapes(ontology):
    conforms, report = _shacl(Graph().parse(ROOT / "output" / "graph.ttl"), ontology)
    assert conforms, report


@pytest.mark.parametrize("damage", ["no participants", "bad date", "no iso code", "no evidence"])
def test_shapes_reject_broken_graphs(rdf, ontology, damage):
    broken = Graph() + rdf
    meeting = next(broken.subjects(RDF.type, KG.Meeting))
    if damage == "no participants":
        broken.remove((meeting, URIRef("https://schema.org/attendee"), None))
        broken.remove((meeting, KG.party, None))
    elif damage == "bad date":
        broken.add((meeting, URIRef("https://schema.org/startDate"), Literal("2019-13")))
    elif damage == "no iso code":
        broken.remove((None, KG.isoCode, None))
    else:
        broken.remove((None, OA.hasBody, meeting))
    assert not _shacl(broken, ontology)[0]


def test_every_term_used_is_declared_in_the_ontology(rdf, ontology):
    declared = {s for s, o in ontology.subject_objects(RDF.type)
                if o in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)}
    used = {p for p in rdf.predicates() if p != RDF.type} | set(rdf.objects(None, RDF.type))
    assert used - declared == set()
    for term in declared | set(ontology.subjects(RDF.type, KG.MeetingKind)):
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term


def test_every_meeting_kind_is_an_ontology_individual(rdf, ontology):
    kinds = set(ontology.subjects(RDF.type, KG.MeetingKind))
    assert {KG[kind] for kind in KINDS} == kinds
    assert set(rdf.objects(None, KG.meetingKind)) <= kinds


def test_topics_keep_the_scheme_iris(rdf):
    scheme = Graph().parse(ONTOLOGY / "topics.ttl")
    concepts = set(scheme.subjects(RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#Concept")))
    assert set(rdf.objects(None, URIRef("https://schema.org/about"))) <= concepts


def test_evidence_quotes_the_original_file_at_its_offsets(rdf):
    texts = {path.name: read_document(path).text for path in SEEDS.glob("*.txt")}
    checked = 0
    for annotation in rdf.subjects(RDF.type, OA.Annotation):
        target = rdf.value(annotation, OA.hasTarget)
        doc = node_id(rdf.value(target, OA.hasSource)).split(":", 1)[1]
        selectors = {rdf.value(s, RDF.type): s for s in rdf.objects(target, OA.hasSelector)}
        start = int(rdf.value(selectors[OA.TextPositionSelector], OA.start))
        end = int(rdf.value(selectors[OA.TextPositionSelector], OA.end))
        assert texts[doc][start:end] == str(rdf.value(selectors[OA.TextQuoteSelector], OA.exact))
        checked += 1
    assert checked > 0


def test_turtle_has_no_blank_nodes_and_is_stable(seeds_graph, rdf):
    assert not any(isinstance(term, BNode) for triple in rdf for term in triple)
    graph = seeds_graph.to_networkx()
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(graph.graph)
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert to_turtle(shuffled) == to_turtle(graph)


def test_load_round_trips_the_networkx_graph(seeds_graph, tmp_path):
    seeds_graph.write(tmp_path)
    loaded = kg.load(tmp_path / "graph.ttl")
    original = seeds_graph.to_networkx()
    assert dict(loaded.graph.nodes(data=True)) == dict(original.nodes(data=True))
    assert sorted(loaded.graph.edges(keys=True, data=True)) == sorted(original.edges(keys=True, data=True))
    assert loaded.graph.graph == original.graph
    assert loaded.summary() == seeds_graph.summary()


def test_jsonld_and_ntriples_hold_the_same_graph(seeds_graph, rdf, tmp_path):
    written = seeds_graph.write(tmp_path, rdf_formats=["jsonld", "nt"])
    assert {"graph.ttl", "graph.jsonld", "graph.nt"} <= set(written)
    for name, fmt in (("graph.jsonld", "json-ld"), ("graph.nt", "nt")):
        assert Graph().parse(tmp_path / name, format=fmt).isomorphic(rdf), name
    assert json.loads((tmp_path / "graph.jsonld").read_text())["@context"]["kg"] == str(KG)
    assert serialize(rdf, "nt") == (tmp_path / "graph.nt").read_text()


ODD_NAMES = ['Ann "Quoted" O\'Neil', "<script>alert(1)</script>", "two  spaces\tand tab", "emoji 🤝🇯🇵",
             "محمد بن سلمان", "a/b?c#d%20e", "back\\slash {braces} |pipe| ^caret^ `tick`", "ends with dot.", ""]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_iris_stay_valid_and_reversible_for_any_name(name):
    graph = nx.MultiDiGraph()
    person, meeting = f"person:{name}", f"meeting:{name} talks"
    graph.add_node(person, type="Person", label=name or "?", aliases=[name], offices=[], mentions=[],
                   meeting_count=1)
    graph.add_node(meeting, type="Meeting", label=f"{name} talks", kind="other", cameo="040", date=None,
                   topics=[], named_issues=[], evidence=[])
    graph.add_edge(meeting, person, key="attendee", relation="attendee")
    assert node_id(iri(person)) == person
    text = to_turtle(graph)
    strict = ox.Store()
    strict.load(text.encode(), format=ox.RdfFormat.TURTLE)  # Oxigraph rejects invalid IRIs
    assert len(strict) == len(to_rdf(graph))
    assert sorted(from_rdf(Graph().parse(data=text, format="turtle")).nodes) == sorted([person, meeting])
