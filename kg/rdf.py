"""The NetworkX graph as RDF against ontology/kg.ttl, and back (`from_rdf`).

Every IRI is minted from the graph's node ids by percent-encoding, so any name gives a valid IRI and
`from_rdf` recovers the id exactly. Evidence becomes W3C Web Annotations whose IRIs are hashes of their
content: no blank nodes, so the Turtle is byte-identical between runs.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO, SKOS

from kg.graph import meetings_of

KG = Namespace("https://w3id.org/kg-diplomacy/ontology#")
KGR = Namespace("https://w3id.org/kg-diplomacy/resource/")
KGT = Namespace("https://w3id.org/kg-diplomacy/topic/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {"kg": KG, "kgr": KGR, "kgt": KGT, "schema": SDO, "skos": SKOS, "prov": PROV, "oa": OA, "wd": WD,
            "owl": OWL, "xsd": XSD, "rdf": RDF}

CLASSES = {"Person": SDO.Person, "Country": SDO.Country, "Organization": SDO.Organization, "Place": SDO.Place,
           "Region": KG.Region, "Agreement": KG.Agreement, "Meeting": KG.Meeting}
TYPES = {cls: name for name, cls in CLASSES.items()}
RELATIONS = {"attendee": SDO.attendee, "party": KG.party, "location": SDO.location, "about": SDO.about,
             "agreement": KG.agreement, "represents": KG.represents, "country": KG.country, "met": KG.met}
PREDICATES = {predicate: name for name, predicate in RELATIONS.items()}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def _encode(text: str) -> str:
    return quote(text, safe="-._~")


def iri(node_id: str) -> URIRef:
    """`person:Ann O'Neil` -> kgr:person/Ann%20O%27Neil; topics live in the kgt: scheme."""
    kind, _, local = node_id.partition(":")
    if kind == "topic":
        return KGT[_encode(local)]
    return KGR[f"{_encode(kind)}/{_encode(local)}"]


def node_id(term: URIRef) -> str:
    """The inverse of `iri`."""
    text = str(term)
    if text.startswith(str(KGT)):
        return "topic:" + unquote(text[len(KGT):])
    kind, _, local = text[len(KGR):].partition("/")
    return f"{unquote(kind)}:{unquote(local)}"


def document_iri(doc: str) -> URIRef:
    return KGR["document/" + _encode(doc)]


def _digest(*parts) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def _date(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES.get(len(value), XSD.date))


def _annotate(rdf: Graph, body: URIRef, evidence: dict, motivation: URIRef) -> None:
    """One piece of evidence: the quote and its offsets in the original document."""
    annotation = KGR["annotation/" + _digest(str(body), str(motivation), evidence)]
    target, quote_selector, position = (URIRef(f"{annotation}/{part}") for part in ("target", "quote", "position"))
    rdf.add((annotation, RDF.type, OA.Annotation))
    rdf.add((annotation, OA.hasBody, body))
    rdf.add((annotation, OA.motivatedBy, motivation))
    rdf.add((annotation, OA.hasTarget, target))
    rdf.add((annotation, KG.sentence, Literal(evidence["sentence"])))
    rdf.add((target, RDF.type, OA.SpecificResource))
    rdf.add((target, OA.hasSource, document_iri(evidence["doc"])))
    rdf.add((target, OA.hasSelector, quote_selector))
    rdf.add((target, OA.hasSelector, position))
    rdf.add((quote_selector, RDF.type, OA.TextQuoteSelector))
    rdf.add((quote_selector, OA.exact, Literal(evidence["quote"])))
    rdf.add((position, RDF.type, OA.TextPositionSelector))
    rdf.add((position, OA.start, Literal(evidence["start"], datatype=XSD.nonNegativeInteger)))
    rdf.add((position, OA.end, Literal(evidence["end"], datatype=XSD.nonNegativeInteger)))
    rdf.add((body, PROV.wasDerivedFrom, document_iri(evidence["doc"])))


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """Nodes, relations, evidence, documents, meeting counts and topics as RDF triples."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for doc, meta in graph.graph.get("documents", {}).items():
        subject = document_iri(doc)
        for cls in (KG.Document, PROV.Entity, SDO.CreativeWork):
            rdf.add((subject, RDF.type, cls))
        rdf.add((subject, SDO.name, Literal(meta["title"])))
        if meta.get("year"):
            rdf.add((subject, KG.year, Literal(meta["year"], datatype=XSD.gYear)))
    for topic, label in graph.graph.get("topics", {}).items():
        rdf.add((iri(topic), RDF.type, SKOS.Concept))
        rdf.add((iri(topic), SKOS.inScheme, KG.Topics))
        rdf.add((iri(topic), SKOS.prefLabel, Literal(label, lang="en")))
    for count in graph.graph.get("meeting_counts", []):
        subject = KGR["meeting-count/" + _digest(count)]
        rdf.add((subject, RDF.type, KG.MeetingCount))
        rdf.add((subject, KG.meetingKind, KG[count["kind"]]))
        rdf.add((subject, KG.numberOfMeetings, Literal(count["count"])))
        if count.get("year"):
            rdf.add((subject, KG.year, Literal(count["year"], datatype=XSD.gYear)))
        _annotate(rdf, subject, count["evidence"], OA.describing)
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] != "Topic":
            _add_node(rdf, iri(node), attrs)
    for u, v, key in graph.edges(keys=True):
        rdf.add((iri(u), RELATIONS[key], iri(v)))
    return rdf


def class_of(type_: str) -> URIRef:
    """The class of a node type; a type from a user's patterns becomes a kg: class declared in the data."""
    return CLASSES.get(type_) or KG[quote(type_, safe="")]


def _add_node(rdf: Graph, subject: URIRef, attrs: dict) -> None:
    cls = class_of(attrs["type"])
    rdf.add((subject, RDF.type, cls))
    if attrs["type"] not in CLASSES:
        rdf.add((cls, RDFS.subClassOf, SDO.Thing))
        rdf.add((cls, RDFS.label, Literal(attrs["type"])))
    rdf.add((subject, SDO.name, Literal(attrs["label"])))
    for alias in attrs.get("aliases", []):
        rdf.add((subject, SDO.alternateName, Literal(alias)))
    for office in attrs.get("offices", []):
        rdf.add((subject, SDO.jobTitle, Literal(office)))
    for mention in attrs.get("mentions", []):
        _annotate(rdf, subject, mention, OA.identifying)
    if "meeting_count" in attrs:
        rdf.add((subject, KG.meetingCount, Literal(attrs["meeting_count"])))
    if attrs["type"] == "Country":
        if attrs.get("iso"):
            rdf.add((subject, KG.isoCode, Literal(attrs["iso"])))
        if attrs.get("wikidata"):
            rdf.add((subject, SKOS.exactMatch, WD[attrs["wikidata"]]))
        rdf.add((subject, KG.historical, Literal(bool(attrs.get("historical")))))
    if attrs["type"] == "Meeting":
        rdf.add((subject, RDF.type, SDO.Event))
        rdf.add((subject, KG.meetingKind, KG[attrs["kind"]]))
        rdf.add((subject, KG.cameoCode, Literal(attrs["cameo"])))
        if attrs.get("date"):
            rdf.add((subject, SDO.startDate, _date(attrs["date"])))
        for issue in attrs.get("named_issues", []):
            rdf.add((subject, KG.namedIssue, Literal(issue)))
        for evidence in attrs.get("evidence", []):
            _annotate(rdf, subject, evidence, OA.describing)


def to_turtle(graph: nx.MultiDiGraph) -> str:
    return serialize(to_rdf(graph), "ttl")


def serialize(rdf: Graph, fmt: str) -> str:
    """Deterministic text in one of FORMATS: triples sorted here, then written by Oxigraph (Turtle) or rdflib."""
    if fmt == "ttl":
        return _turtle(rdf)
    if fmt == "nt":
        lines = sorted(line for line in rdf.serialize(format="nt").splitlines() if line)
        return "\n".join(lines) + "\n"
    if fmt == "jsonld":
        data = json.loads(rdf.serialize(format="json-ld", context={p: str(n) for p, n in PREFIXES.items()}))
        return json.dumps(_sorted_json(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")


def oxigraph_triples(rdf: Graph) -> list:
    """The graph's triples as pyoxigraph terms, sorted, so whatever is written from them is deterministic."""
    import pyoxigraph as ox

    def term(node):
        if isinstance(node, URIRef):
            return ox.NamedNode(str(node))
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string)))
        raise ValueError(f"kg writes no blank nodes, got {node!r}")

    triples = sorted(rdf, key=lambda t: (str(t[0]), str(t[1]), type(t[2]).__name__, str(t[2]),
                                         str(getattr(t[2], "datatype", "") or getattr(t[2], "language", "") or "")))
    return [ox.Triple(term(s), term(p), term(o)) for s, p, o in triples]


def _turtle(rdf: Graph) -> str:
    """Oxigraph's Turtle serializer: linear time, where rdflib's takes minutes on a few hundred thousand
    triples."""
    import pyoxigraph as ox

    # Resource IRIs are written whole: their local parts come from arbitrary names, and a prefixed name
    # ending in "." (as Oxigraph writes it) is not read back by rdflib.
    prefixes = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items()) if prefix != "kgr"}
    data = ox.serialize(oxigraph_triples(rdf), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return data.decode("utf-8")


def _sorted_json(value):
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def from_rdf(rdf: Graph) -> nx.MultiDiGraph:
    """Rebuild the NetworkX schema of kg/graph.py from triples written by `to_rdf`."""
    graph = nx.MultiDiGraph()
    evidence = _evidence_by_body(rdf)
    graph.graph["documents"] = {
        node_id(doc)[len("document:"):]: {"title": str(rdf.value(doc, SDO.name)), "year": _text(rdf.value(doc, KG.year))}
        for doc in sorted(rdf.subjects(RDF.type, KG.Document))}
    graph.graph["meeting_counts"] = sorted(
        ({"doc": evidence[c][0]["doc"], "kind": _local(rdf.value(c, KG.meetingKind)),
          "count": int(rdf.value(c, KG.numberOfMeetings)), "year": _text(rdf.value(c, KG.year)), "evidence": evidence[c][0]}
         for c in rdf.subjects(RDF.type, KG.MeetingCount)),
        key=lambda c: (c["doc"], c["evidence"]["start"], c["kind"]))
    graph.graph["topics"] = {node_id(t): str(rdf.value(t, SKOS.prefLabel))
                             for t in sorted(rdf.subjects(SKOS.inScheme, KG.Topics))}
    user_types = {cls: str(rdf.value(cls, RDFS.label)) for cls in rdf.subjects(RDFS.subClassOf, SDO.Thing)}
    for cls, type_ in sorted({**TYPES, **user_types}.items()):
        for subject in sorted(rdf.subjects(RDF.type, cls)):
            graph.add_node(node_id(subject), **_node_attrs(rdf, subject, type_, evidence))
    for predicate, relation in sorted(PREDICATES.items()):
        for u, v in sorted(rdf.subject_objects(predicate)):
            if relation == "about":
                graph.add_node(node_id(v), type="Topic", label=graph.graph["topics"][node_id(v)])
            graph.add_edge(node_id(u), node_id(v), key=relation, relation=relation)
    for u, v, attrs in graph.edges(data=True):
        if attrs["relation"] == "met":
            attrs["meetings"] = sorted(set(meetings_of(graph, u)) & set(meetings_of(graph, v)))
        if attrs["relation"] in ("represents", "country"):
            graph.nodes[u]["country"] = v
    return graph


def _text(term) -> str | None:
    return None if term is None else str(term)


def _local(term: URIRef) -> str:
    return str(term)[len(KG):]


def _evidence_by_body(rdf: Graph) -> dict[URIRef, list[dict]]:
    found: dict[URIRef, list[dict]] = {}
    for annotation, body in rdf.subject_objects(OA.hasBody):
        target = rdf.value(annotation, OA.hasTarget)
        selectors = {rdf.value(s, RDF.type): s for s in rdf.objects(target, OA.hasSelector)}
        position, quoted = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        found.setdefault(body, []).append({
            "doc": node_id(rdf.value(target, OA.hasSource))[len("document:"):],
            "start": int(rdf.value(position, OA.start)), "end": int(rdf.value(position, OA.end)),
            "quote": str(rdf.value(quoted, OA.exact)), "sentence": str(rdf.value(annotation, KG.sentence))})
    return {body: sorted(items, key=lambda e: (e["doc"], e["start"], e["end"], e["quote"], e["sentence"]))
            for body, items in found.items()}


def _node_attrs(rdf: Graph, subject: URIRef, type_: str, evidence: dict) -> dict:
    attrs = {"type": type_, "label": str(rdf.value(subject, SDO.name))}
    if type_ == "Meeting":
        date = rdf.value(subject, SDO.startDate)
        return {**attrs, "kind": _local(rdf.value(subject, KG.meetingKind)),
                "cameo": str(rdf.value(subject, KG.cameoCode)), "date": _text(date),
                "topics": sorted(node_id(t) for t in rdf.objects(subject, SDO.about)),
                "named_issues": sorted(str(i) for i in rdf.objects(subject, KG.namedIssue)),
                "evidence": evidence.get(subject, [])}
    attrs["aliases"] = sorted(str(a) for a in rdf.objects(subject, SDO.alternateName))
    attrs["mentions"] = evidence.get(subject, [])
    if type_ == "Person":
        attrs["offices"] = sorted(str(o) for o in rdf.objects(subject, SDO.jobTitle))
    if type_ == "Country":
        wikidata = rdf.value(subject, SKOS.exactMatch)
        attrs.update(iso=_text(rdf.value(subject, KG.isoCode)), historical=bool(rdf.value(subject, KG.historical)),
                     wikidata=str(wikidata)[len(WD):] if wikidata else None)
    if (subject, KG.meetingCount, None) in rdf:
        attrs["meeting_count"] = int(rdf.value(subject, KG.meetingCount))
    return attrs


def load_graph(path) -> nx.MultiDiGraph:
    """The NetworkX graph of a graph.ttl (or .nt / .jsonld) written by `kg build`."""
    rdf = Graph()
    rdf.parse(str(path))
    return from_rdf(rdf)
