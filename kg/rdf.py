"""Export the NetworkX graph to RDF (rdflib) against the kg ontology; deterministic Turtle."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SDO, SKOS

KG = Namespace("https://w3id.org/kg-diplomacy/ontology#")
KGR = Namespace("https://w3id.org/kg-diplomacy/resource/")
KGT = Namespace("https://w3id.org/kg-diplomacy/topic/")
WD = Namespace("http://www.wikidata.org/entity/")

CLASSES = {"Person": SDO.Person, "Country": SDO.Country, "Organization": SDO.Organization, "Place": SDO.Place,
           "Region": KG.Region, "Agreement": KG.Agreement, "Meeting": KG.Meeting}


def iri(node_id: str) -> URIRef:
    if node_id.startswith("topic:"):
        return KGT[node_id.split(":", 1)[1]]
    kind, _, local = node_id.partition(":")
    return KGR[f"{kind}/{local}"]


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    rdf = Graph()
    rdf.bind("kg", KG)
    rdf.bind("kgr", KGR)
    rdf.bind("kgt", KGT)
    rdf.bind("schema", SDO)
    rdf.bind("skos", SKOS)
    for node, attrs in graph.nodes(data=True):
        subject = iri(node)
        if attrs["type"] == "Topic":
            continue
        rdf.add((subject, RDF.type, CLASSES.get(attrs["type"], KG[attrs["type"]])))
        rdf.add((subject, SDO.name, Literal(attrs["label"])))
        rdf.add((subject, RDFS.label, Literal(attrs["label"])))
        for alias in attrs.get("aliases", []):
            rdf.add((subject, SDO.alternateName, Literal(alias)))
        if attrs["type"] == "Meeting":
            rdf.add((subject, RDF.type, SDO.Event))
            rdf.add((subject, KG.kind, KG[attrs["kind"]]))
            if attrs.get("date"):
                date = attrs["date"]
                datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(date), XSD.date)
                rdf.add((subject, SDO.startDate, Literal(date, datatype=datatype)))
        if attrs.get("wikidata"):
            rdf.add((subject, SKOS.exactMatch, WD[attrs["wikidata"]]))
    predicates = {"attendee": SDO.attendee, "location": SDO.location, "about": SDO.about, "party": KG.party,
                  "agreement": KG.agreement, "represents": KG.represents, "country": KG.country, "met": KG.met}
    for u, v, key in graph.edges(keys=True):
        rdf.add((iri(u), predicates[key], iri(v)))
    return rdf


def to_turtle(graph: nx.MultiDiGraph) -> str:
    return to_rdf(graph).serialize(format="turtle")
