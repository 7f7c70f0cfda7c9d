"""The knowledge graph as a NetworkX MultiDiGraph of plain data.

Nodes (id -> attributes), every node has `type` and `label`:
    Person        aliases, offices, country, mentions, meeting_count
    Country       aliases, iso, wikidata, historical, mentions, meeting_count
    Region | Organization | Place | Agreement   aliases, country (Organization, Place), mentions
    Meeting       kind, cameo, date, topics, named_issues, evidence
    Topic         (SKOS concept id after "topic:")
Edges (u, v, key=relation), every edge has `relation`:
    meeting -attendee-> person       meeting -party-> country     meeting -location-> place|country
    meeting -about-> topic           meeting -agreement-> agreement
    person -represents-> country     organization|place -country-> country     agreement -party-> country
    person -met-> person, country -met-> country  (u < v; `meetings` lists the meeting ids)
Graph attributes: documents (id -> title, year), meeting_counts (list), topics (id -> label).
Evidence and mentions are dicts: doc, start, end (offsets in the original file), quote, sentence.
"""

from __future__ import annotations

from dataclasses import asdict
from itertools import combinations

import networkx as nx

from kg import lexicon
from kg.meetings import topic_keywords
from kg.records import DocumentRecords, Evidence
from kg.resolve import Resolution


def _evidence(items: list[Evidence]) -> list[dict]:
    return [asdict(e) for e in sorted(items)]


def build_graph(documents: list[DocumentRecords], resolution: Resolution) -> nx.MultiDiGraph:
    """Entities, meetings and their relations as one graph."""
    graph = nx.MultiDiGraph()
    graph.graph["documents"] = {d.doc: {"title": d.title, "year": d.year} for d in documents}
    graph.graph["meeting_counts"] = sorted(
        ({"doc": c.doc, "kind": c.kind, "count": c.count, "year": c.year, "evidence": asdict(c.evidence)}
         for d in documents for c in d.counts), key=lambda c: (c["doc"], c["evidence"]["start"], c["kind"]))
    graph.graph["topics"] = {f"topic:{t}": label for t, (_, label) in topic_keywords().items()}
    for entity in sorted(resolution.entities.values(), key=lambda e: e.id):
        attrs = {"type": entity.type, "label": entity.label, "aliases": sorted(entity.aliases),
                 "mentions": _evidence(entity.mentions)}
        if entity.type == "Person":
            attrs["offices"] = sorted(entity.offices)
        if entity.type == "Country":
            country = lexicon.gazetteer().countries.get(entity.key or "")
            attrs.update(iso=entity.key, wikidata=country.wikidata if country else None,
                         historical=bool(country and country.historical))
        if entity.type in ("Person", "Organization", "Place") and entity.country:
            attrs["country"] = entity.country
        graph.add_node(entity.id, **attrs)
    for entity in resolution.entities.values():
        for party in sorted(entity.parties):
            graph.add_edge(entity.id, party, key="party", relation="party")
        if entity.country and entity.country in graph:
            relation = "represents" if entity.type == "Person" else "country"
            graph.add_edge(entity.id, entity.country, key=relation, relation=relation)
    for meeting in resolution.meetings:
        _add_meeting(graph, meeting, documents)
    _add_met_relations(graph)
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] in ("Person", "Country"):
            attrs["meeting_count"] = len(meetings_of(graph, node))
    return graph


def _add_meeting(graph: nx.MultiDiGraph, meeting, documents: list[DocumentRecords]) -> None:
    quotes = {e.sentence for e in meeting.evidence}
    issues = sorted({issue for d in documents for issue, ev in d.named_topics if ev.sentence in quotes})
    graph.add_node(meeting.id, type="Meeting", label=meeting.label, kind=meeting.kind, cameo=meeting.cameo,
                   date=meeting.date, topics=sorted(f"topic:{t}" for t in meeting.topics), named_issues=issues,
                   evidence=_evidence(meeting.evidence))
    for person in sorted(meeting.participants):
        graph.add_edge(meeting.id, person, key="attendee", relation="attendee")
    for country in sorted(meeting.countries):
        graph.add_edge(meeting.id, country, key="party", relation="party")
    if meeting.place:
        graph.add_edge(meeting.id, meeting.place, key="location", relation="location")
    for topic in sorted(meeting.topics):
        topic_id = f"topic:{topic}"
        if topic_id not in graph:
            graph.add_node(topic_id, type="Topic", label=graph.graph["topics"][topic_id])
        graph.add_edge(meeting.id, topic_id, key="about", relation="about")
    for agreement in sorted(meeting.agreements):
        graph.add_edge(meeting.id, agreement, key="agreement", relation="agreement")


def _add_met_relations(graph: nx.MultiDiGraph) -> None:
    """Who met whom: people (and states) who attended one meeting, with the meetings behind each link."""
    met: dict[tuple[str, str], list[str]] = {}
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] != "Meeting":
            continue
        for relation in ("attendee", "party"):
            members = sorted(v for _, v, k in graph.out_edges(node, keys=True) if k == relation)
            for a, b in combinations(members, 2):
                met.setdefault((a, b), []).append(node)
    for (a, b), meetings in sorted(met.items()):
        graph.add_edge(a, b, key="met", relation="met", meetings=sorted(meetings))


def meetings_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """Meeting ids a person or country took part in."""
    return sorted(u for u, _, k in graph.in_edges(node, keys=True)
                  if k in ("attendee", "party") and graph.nodes[u]["type"] == "Meeting")
