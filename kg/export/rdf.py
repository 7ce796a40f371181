"""RDF export: the extraction as quads, and the Turtle, N-Triples, JSON-LD, TriG, N-Quads files.

The model (described in docs/model.md) reuses SEM for events and actors, schema.org
(``https://schema.org/``) for names and types, PROV-O for provenance and attribution and NIF for
mention offsets. Each document's assertions (events, roles, mentions, relations) live in a named
graph whose IRI is the document's IRI; the default graph holds the small ``kg:`` ontology,
actor descriptions and document metadata. Every node has an IRI derived from content, so the
output is byte-identical for the same input and diffs cleanly between runs.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from kg import vocab
from kg.export._atomic import atomic_open
from kg.graph import event_label
from kg.model import Actor, ActorType, Event, Extraction, Mention, Modality, Relation, Role

__all__ = [
    "CONTEXT",
    "FILES",
    "ROLE_PROPERTIES",
    "mention_iri",
    "relation_property",
    "to_dataset",
    "to_quads",
    "write_rdf",
]

FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "context.jsonld", "graph.trig", "graph.nq")

ONTOLOGY = vocab.BASE + "ontology"
RELATION_BASE = vocab.BASE + "id/relation/"

CONTEXT: dict[str, str] = dict(sorted(vocab.NS.items()))
"""The JSON-LD context written to context.jsonld and embedded in graph.jsonld: the prefixes."""

_NS = vocab.NS


def _iri(prefix: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(_NS[prefix] + local)


RDF_TYPE = _iri("rdf", "type")
RDF_VALUE = _iri("rdf", "value")
RDFS_LABEL = _iri("rdfs", "label")
RDFS_COMMENT = _iri("rdfs", "comment")
RDFS_SUBPROPERTY = _iri("rdfs", "subPropertyOf")
XSD_DATE = _iri("xsd", "date")
XSD_STRING = _iri("xsd", "string")
XSD_DECIMAL = _iri("xsd", "decimal")
XSD_NNI = _iri("xsd", "nonNegativeInteger")
XSD_ANYURI = _iri("xsd", "anyURI")

_STANDARD_ROLE_PROPERTIES: dict[Role, str | None] = {
    Role.SOURCE: "sem:hasActor",
    Role.TARGET: "sem:hasActor",
    Role.LOCATION: "sem:hasPlace",
    Role.CLAIMED_BY: "prov:wasAttributedTo",
    Role.DISPUTED_BY: None,
}
ROLE_PROPERTIES: dict[Role, tuple[str, str | None, str]] = {
    role: (
        role.split("_")[0] + "".join(w.capitalize() for w in role.split("_")[1:]),
        _STANDARD_ROLE_PROPERTIES[role],
        "".join(w.capitalize() for w in role.split("_")) + "Role",
    )
    for role in Role
}
"""Event role -> (kg: property, materialised standard superproperty, kg: sem:RoleType):
``claimed_by`` -> (``claimedBy``, ``prov:wasAttributedTo``, ``ClaimedByRole``)."""

_ACTOR_CLASSES: dict[ActorType, tuple[str, ...]] = {
    ActorType.PERSON: ("schema:Person",),
    ActorType.ORGANISATION: ("schema:Organization",),
    ActorType.COUNTRY: ("schema:Country", "sem:Place"),
    ActorType.PLACE: ("schema:Place", "sem:Place"),
    ActorType.GROUP: (),
}

_RELATIONS = ("leader_of", "spokesperson_of", "chief_of", "co_founder_of", "member_of",
              "relative_of")

_DATE_TYPES = (
    (re.compile(r"-?\d{4,}-\d{2}-\d{2}"), "date"),
    (re.compile(r"-?\d{4,}-\d{2}"), "gYearMonth"),
    (re.compile(r"-?\d{4,}"), "gYear"),
)


def _n(curie: str) -> ox.NamedNode:
    prefix, local = curie.split(":", 1)
    return _iri(prefix, local)


def _lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def _nni(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_NNI)


def _decimal(value: float) -> ox.Literal:
    return ox.Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD_DECIMAL)


def _camel(name: str, upper: bool) -> str:
    parts = [p for p in vocab.slugify(name).split("-") if p]
    head, tail = parts[0], parts[1:]
    head = head[:1].upper() + head[1:] if upper else head
    return head + "".join(p[:1].upper() + p[1:] for p in tail)


def _fragment(iri: str, fragment: str) -> str:
    return f"{iri}{'-' if '#' in iri else '#'}{fragment}"


def mention_iri(mention: Mention) -> str:
    """IRI of a text span, RFC 5147 style: ``<document IRI>#char=start,end``."""
    return f"{vocab.document_iri(mention.document_id)}#char={mention.start},{mention.end}"


def relation_property(predicate: str) -> str:
    """IRI of the ``kg:`` property for a relation name: ``leader_of`` -> ``kg:leaderOf``."""
    return vocab.KG + _camel(predicate, upper=False)


def _actor_type_iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(vocab.KG + _camel(value, upper=True))


def _modality_iri(modality: Modality | str) -> ox.NamedNode:
    return ox.NamedNode(vocab.KG + _camel(str(modality), upper=True))


def _time_literal(value: str) -> ox.Literal:
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return ox.Literal(value, datatype=_iri("xsd", datatype))
    return _lit(value)


class _Quads:
    """A set of quads under construction.

    In :meth:`add`, a string subject or object is a full IRI and a string predicate a CURIE
    (``"schema:name"``) over :data:`kg.vocab.NS`.
    """

    def __init__(self) -> None:
        self.quads: set[ox.Quad] = set()

    def add(self, graph: ox.NamedNode | ox.DefaultGraph, s: str | ox.NamedNode,
            p: str | ox.NamedNode, o: ox.NamedNode | ox.Literal | str) -> None:
        subject = s if isinstance(s, ox.NamedNode) else ox.NamedNode(s)
        predicate = p if isinstance(p, ox.NamedNode) else _n(p)
        obj = o if isinstance(o, ox.NamedNode | ox.Literal) else ox.NamedNode(o)
        self.quads.add(ox.Quad(subject, predicate, obj, graph))


_DEFAULT = ox.DefaultGraph()


def _ontology(q: _Quads, relation_names: Iterable[str]) -> None:
    """The small ``kg:`` vocabulary: labels, comments and subproperty links to SEM and PROV-O."""
    g = _DEFAULT
    onto = ox.NamedNode(ONTOLOGY)
    q.add(g, onto, RDF_TYPE, _n("owl:Ontology"))
    q.add(g, onto, RDFS_LABEL, _lit("kg news event ontology"))
    properties: list[tuple[str, str, str, tuple[str, ...]]] = [
        ("source", "source", "Actor that initiates the event.", ("sem:hasActor",)),
        ("target", "target", "Actor the event is directed at.", ("sem:hasActor",)),
        ("location", "location", "Place where the event happens.", ("sem:hasPlace",)),
        ("claimedBy", "claimed by",
         "Actor the report of the event is attributed to; the event is not asserted as fact.",
         ("prov:wasAttributedTo", "sem:accordingTo")),
        ("disputedBy", "disputed by", "Actor that denies or refutes the event.", ()),
        ("role", "role", "A sem:Role node: role type, actor (rdf:value) and its mention.", ()),
        ("ploverType", "PLOVER type", "PLOVER event category.", ("sem:eventType",)),
        ("mode", "mode", "PLOVER mode or finer kg subtype of the event.", ()),
        ("modality", "modality",
         "How the text presents the event: asserted, claimed, alleged, denied, ...", ()),
        ("dateBasis", "date basis",
         "Where the date came from: explicit, relative, document, header, ...", ()),
        ("sentence", "sentence", "Text of the sentence the event was read from.", ()),
        ("instrument", "instrument", "Weapon or means named in the text.", ()),
        ("mention", "mention", "A nif:Phrase naming the actor or event.", ()),
        ("trigger", "trigger", "First mention of the event.", ("kg:mention",)),
        ("sentenceIndex", "sentence index", "Index of the mention's sentence in the text.", ()),
        ("nerLabel", "NER label", "Entity label or rule that found the mention.", ()),
        ("evidence", "evidence", "The mention a relation statement was read from.", ()),
        ("countryCode", "country code", "ISO 3166-1 alpha-3 code of the actor's country.", ()),
        ("roleOverTime", "role over time",
         "A kg:ActorRole the actor dictionary records: its rdfs:label and the interval in "
         "sem:hasBeginTimeStamp (inclusive) and sem:hasEndTimeStamp (exclusive); a missing "
         "end is open.", ()),
        ("sourceFile", "source file", "File the document was read from.", ()),
        ("line", "line", "Line of the record in its source file.", ()),
        ("relatedTo", "related to", "Explicit actor-actor relation read from the text.", ()),
    ]
    for name in sorted(set(relation_names)):
        label = vocab.slugify(name).replace("-", " ")
        properties.append((_camel(name, upper=False), label, f"Relation '{label}'.",
                           ("kg:relatedTo",)))
    for local, label, comment, supers in properties:
        prop = _iri("kg", local)
        q.add(g, prop, RDF_TYPE, _n("rdf:Property"))
        q.add(g, prop, RDFS_LABEL, _lit(label))
        q.add(g, prop, RDFS_COMMENT, _lit(comment))
        for sup in supers:
            q.add(g, prop, RDFS_SUBPROPERTY, _n(sup))
    q.add(g, _n("kg:Modality"), RDF_TYPE, _n("rdfs:Class"))
    q.add(g, _n("kg:Modality"), RDFS_LABEL, _lit("modality"))
    q.add(g, _n("kg:ActorRole"), RDF_TYPE, _n("rdfs:Class"))
    q.add(g, _n("kg:ActorRole"), RDFS_LABEL, _lit("actor role over time"))
    for modality in Modality:
        node = _modality_iri(modality)
        q.add(g, node, RDF_TYPE, _n("kg:Modality"))
        q.add(g, node, RDFS_LABEL, _lit(str(modality)))
    for role, (_, _, role_type) in ROLE_PROPERTIES.items():
        node = _iri("kg", role_type)
        q.add(g, node, RDF_TYPE, _n("sem:RoleType"))
        q.add(g, node, RDFS_LABEL, _lit(role.replace("_", " ")))


def _document(q: _Quads, extraction: Extraction) -> None:
    for doc in extraction.documents:
        node = vocab.document_iri(doc.id)
        for cls in ("schema:NewsArticle", "nif:Context", "prov:Entity"):
            q.add(_DEFAULT, node, RDF_TYPE, _n(cls))
        q.add(_DEFAULT, node, "schema:identifier", _lit(doc.id))
        q.add(_DEFAULT, node, "nif:beginIndex", _nni(0))
        q.add(_DEFAULT, node, "nif:endIndex", _nni(len(doc.text)))
        if doc.date is not None:
            q.add(_DEFAULT, node, "schema:datePublished",
                  ox.Literal(doc.date.isoformat(), datatype=XSD_DATE))
        q.add(_DEFAULT, node, "kg:dateBasis", _lit(doc.date_basis))
        if doc.title:
            q.add(_DEFAULT, node, "schema:headline", _lit(doc.title))
        if doc.url:
            try:
                q.add(_DEFAULT, node, "schema:url", ox.NamedNode(doc.url))
            except ValueError:
                q.add(_DEFAULT, node, "schema:url", ox.Literal(doc.url, datatype=XSD_ANYURI))
        if doc.path:
            q.add(_DEFAULT, node, "kg:sourceFile", _lit(doc.path))
        if doc.line is not None:
            q.add(_DEFAULT, node, "kg:line", ox.Literal(doc.line))


def _actor(q: _Quads, actor: Actor, concepts: set[str]) -> None:
    g, node = _DEFAULT, actor.id
    q.add(g, node, RDF_TYPE, _n("sem:Actor"))
    for cls in _ACTOR_CLASSES.get(actor.type, ()):
        q.add(g, node, RDF_TYPE, _n(cls))
    q.add(g, node, RDFS_LABEL, _lit(actor.label))
    q.add(g, node, "schema:name", _lit(actor.label))
    for alias in sorted(set(actor.aliases) - {actor.label}):
        q.add(g, node, "schema:alternateName", _lit(alias))
    for title in sorted(set(actor.titles)):
        q.add(g, node, "schema:honorificPrefix", _lit(title))
    for kind in (str(actor.type), actor.subtype):
        if kind:
            q.add(g, node, "sem:actorType", _actor_type_iri(kind))
            concepts.add(kind)
    links = []
    if actor.wikidata:
        links.append(vocab.NS["wd"] + actor.wikidata)
    if actor.geonames is not None:
        links.append(f"{vocab.NS['gn']}{actor.geonames}/")
    for link in links:
        q.add(g, node, "schema:sameAs", link)
        q.add(g, node, "skos:exactMatch", link)
    if actor.latitude is not None and actor.longitude is not None \
            and math.isfinite(actor.latitude) and math.isfinite(actor.longitude):
        q.add(g, node, "wgs:lat", _decimal(actor.latitude))
        q.add(g, node, "wgs:long", _decimal(actor.longitude))
    if actor.country:
        q.add(g, node, "kg:countryCode", _lit(actor.country))
    for n, role in enumerate(actor.roles, start=1):
        role_node = _fragment(actor.id, f"role-{n}")
        q.add(g, node, "kg:roleOverTime", role_node)
        q.add(g, role_node, RDF_TYPE, _n("kg:ActorRole"))
        q.add(g, role_node, RDFS_LABEL, _lit(role.role))
        if role.since:
            q.add(g, role_node, "sem:hasBeginTimeStamp", ox.Literal(role.since, datatype=XSD_DATE))
        if role.until:
            q.add(g, role_node, "sem:hasEndTimeStamp", ox.Literal(role.until, datatype=XSD_DATE))


def _mention(q: _Quads, mention: Mention) -> ox.NamedNode:
    """Describe *mention* as a nif:Phrase in its document's graph and return its node."""
    doc = vocab.document_iri(mention.document_id)
    g, node = ox.NamedNode(doc), ox.NamedNode(mention_iri(mention))
    q.add(g, node, RDF_TYPE, _n("nif:Phrase"))
    q.add(g, node, RDF_TYPE, _n("nif:OffsetBasedString"))
    q.add(g, node, "nif:beginIndex", _nni(mention.start))
    q.add(g, node, "nif:endIndex", _nni(mention.end))
    q.add(g, node, "nif:anchorOf", _lit(mention.text))
    q.add(g, node, "nif:referenceContext", doc)
    q.add(g, node, "kg:sentenceIndex", ox.Literal(mention.sentence))
    if mention.ner_label:
        q.add(g, node, "kg:nerLabel", _lit(mention.ner_label))
    return node


def _event(q: _Quads, event: Event, actors: dict[str, Actor], types: set[str]) -> None:
    g = ox.NamedNode(vocab.document_iri(event.document_id))
    node = event.id
    q.add(g, node, RDF_TYPE, _n("sem:Event"))
    q.add(g, node, RDFS_LABEL, _lit(event_label(event, actors)))
    plover = _iri("plover", event.type)
    types.add(event.type)
    q.add(g, node, "kg:ploverType", plover)
    q.add(g, node, "sem:eventType", plover)
    if event.mode:
        q.add(g, node, "kg:mode", _lit(event.mode))
    q.add(g, node, "kg:modality", _modality_iri(event.modality))
    if event.date:
        if "/" in event.date:
            begin, end = event.date.split("/", 1)
            q.add(g, node, "sem:hasBeginTimeStamp", _time_literal(begin))
            q.add(g, node, "sem:hasEndTimeStamp", _time_literal(end))
        else:
            q.add(g, node, "sem:hasTimeStamp", _time_literal(event.date))
    q.add(g, node, "kg:dateBasis", _lit(event.date_basis))
    q.add(g, node, "kg:sentence", _lit(event.sentence_text))
    for instrument in sorted(set(event.instruments)):
        q.add(g, node, "kg:instrument", _lit(instrument))
    q.add(g, node, "kg:trigger", _mention(q, event.trigger))
    for mention in dict.fromkeys([event.trigger, *event.mentions]):
        mention_node = _mention(q, mention)
        doc = vocab.document_iri(mention.document_id)
        q.add(ox.NamedNode(doc), node, "kg:mention", mention_node)
        q.add(ox.NamedNode(doc), node, "prov:wasDerivedFrom", doc)
    counters: dict[str, int] = defaultdict(int)
    seen: set[tuple[str, str]] = set()
    for argument in event.arguments:
        if (argument.role, argument.actor) in seen or argument.role not in ROLE_PROPERTIES:
            continue
        seen.add((argument.role, argument.actor))
        prop, standard, role_type = ROLE_PROPERTIES[argument.role]
        q.add(g, node, _iri("kg", prop), argument.actor)
        if standard:
            q.add(g, node, standard, argument.actor)
        counters[argument.role] += 1
        role = _fragment(node, f"{argument.role.replace('_', '-')}-{counters[argument.role]}")
        q.add(g, node, "kg:role", role)
        q.add(g, role, RDF_TYPE, _n("sem:Role"))
        q.add(g, role, "sem:roleType", _iri("kg", role_type))
        q.add(g, role, RDF_VALUE, argument.actor)
        if argument.mention is not None:
            q.add(g, role, "kg:mention", _mention(q, argument.mention))


def _relation(q: _Quads, relation: Relation) -> None:
    evidence = relation.evidence
    doc = vocab.document_iri(evidence.document_id)
    g = ox.NamedNode(doc)
    prop = ox.NamedNode(relation_property(relation.predicate))
    q.add(g, relation.subject, prop, relation.object)
    key = "\x1f".join(map(str, (relation.subject, relation.predicate, relation.object,
                                evidence.document_id, evidence.start, evidence.end)))
    node = RELATION_BASE + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    q.add(g, node, RDF_TYPE, _n("rdf:Statement"))
    q.add(g, node, "rdf:subject", relation.subject)
    q.add(g, node, "rdf:predicate", prop)
    q.add(g, node, "rdf:object", relation.object)
    q.add(g, node, "kg:evidence", _mention(q, evidence))
    q.add(g, node, "prov:wasDerivedFrom", doc)


def _sort_key(quad: ox.Quad) -> tuple[int, str, str, str, str]:
    default = isinstance(quad.graph_name, ox.DefaultGraph)
    predicate = "" if quad.predicate == RDF_TYPE else str(quad.predicate)
    return (0 if default else 1, "" if default else str(quad.graph_name),
            str(quad.subject), predicate, str(quad.object))


def to_quads(extraction: Extraction) -> list[ox.Quad]:
    """The extraction as RDF quads, sorted: default graph first, then one graph per document.

    Parameters
    ----------
    extraction
        What was read from the documents.

    Returns
    -------
    list of pyoxigraph.Quad
        Distinct quads in a deterministic order.
    """
    q = _Quads()
    _ontology(q, [*_RELATIONS, *(r.predicate for r in extraction.relations)])
    _document(q, extraction)
    concepts: set[str] = set()
    for iri in sorted(extraction.actors):
        actor = extraction.actors[iri]
        _actor(q, actor, concepts)
        for mention in actor.mentions:
            q.add(ox.NamedNode(vocab.document_iri(mention.document_id)), actor.id,
                  "kg:mention", _mention(q, mention))
    for kind in sorted(concepts):
        node = _actor_type_iri(kind)
        q.add(_DEFAULT, node, RDF_TYPE, _n("sem:ActorType"))
        q.add(_DEFAULT, node, RDF_TYPE, _n("skos:Concept"))
        q.add(_DEFAULT, node, RDFS_LABEL, _lit(kind.replace("_", " ")))
    types: set[str] = set()
    for event in extraction.events:
        _event(q, event, extraction.actors, types)
    for etype in sorted(types):
        node = _iri("plover", etype)
        q.add(_DEFAULT, node, RDF_TYPE, _n("sem:EventType"))
        q.add(_DEFAULT, node, RDF_TYPE, _n("skos:Concept"))
        q.add(_DEFAULT, node, RDFS_LABEL, _lit(etype))
    for relation in extraction.relations:
        _relation(q, relation)
    return sorted(q.quads, key=_sort_key)


def _rdflib_term(term: Any) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"unexpected RDF term {term!r}")


def to_dataset(extraction: Extraction) -> rdflib.Dataset:
    """The same quads as :func:`to_quads`, as an rdflib Dataset with the kg prefixes bound.

    Parameters
    ----------
    extraction
        What was read from the documents.

    Returns
    -------
    rdflib.Dataset
        Default graph plus one named graph per document.
    """
    ds = rdflib.Dataset()
    for prefix, namespace in _NS.items():
        ds.bind(prefix, namespace, override=True, replace=True)
    graphs: dict[str, rdflib.Graph] = {}
    for quad in to_quads(extraction):
        triple = (_rdflib_term(quad.subject), _rdflib_term(quad.predicate),
                  _rdflib_term(quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            ds.default_graph.add(triple)
            continue
        name = quad.graph_name.value
        if name not in graphs:
            graphs[name] = ds.graph(rdflib.URIRef(name))
        graphs[name].add(triple)
    return ds


def _compact(iri: str) -> str:
    best = ""
    for prefix, namespace in CONTEXT.items():
        if iri.startswith(namespace) and len(namespace) > len(CONTEXT.get(best, "")):
            best = prefix
    if not best:
        return iri
    local = iri[len(CONTEXT[best]):]
    return iri if local.startswith("//") else f"{best}:{local}"


def _jsonld_value(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": _compact(term.datatype.value)}


def _jsonld_nodes(triples: list[ox.Quad]) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for quad in triples:
        if not isinstance(quad.subject, ox.NamedNode):
            raise TypeError(f"unexpected subject {quad.subject!r}")
        subject = quad.subject.value
        node = nodes.setdefault(subject, {"@id": _compact(subject)})
        if quad.predicate == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(quad.object.value))
        else:
            node.setdefault(_compact(quad.predicate.value), []).append(_jsonld_value(quad.object))
    for node in nodes.values():
        for key, values in node.items():
            if isinstance(values, list) and len(values) == 1:
                node[key] = values[0]
    return nodes


def _jsonld(quads: list[ox.Quad]) -> bytes:
    """Compact JSON-LD with the context embedded, so no parser needs the network."""
    by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in quads:
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        by_graph[graph].append(quad)
    nodes = _jsonld_nodes(by_graph.pop("", []))
    for name in sorted(by_graph):
        holder = nodes.setdefault(name, {"@id": _compact(name)})
        holder["@graph"] = list(_jsonld_nodes(by_graph[name]).values())
    document = {"@context": CONTEXT, "@graph": list(nodes.values())}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _sorted_lines(data: bytes | None) -> bytes:
    return b"".join(sorted((data or b"").splitlines(keepends=True)))


def write_rdf(extraction: Extraction, out_dir: str | Path) -> list[Path]:
    """Write graph.ttl, graph.nt, graph.jsonld, context.jsonld, graph.trig and graph.nq.

    Turtle and N-Triples hold the union of all graphs; TriG, N-Quads and JSON-LD keep one named
    graph per document. Each file is written atomically.

    Parameters
    ----------
    extraction
        What was read from the documents.
    out_dir
        Directory to write into; created if missing.

    Returns
    -------
    list of Path
        The files written, in the order of :data:`FILES`.
    """
    out = Path(out_dir)
    quads = to_quads(extraction)
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in sorted({ox.Quad(q.subject, q.predicate, q.object) for q in quads},
                               key=_sort_key)]
    prefixes = dict(_NS)
    contents = {
        "graph.ttl": ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes),
        "graph.nt": _sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)),
        "graph.jsonld": _jsonld(quads),
        "context.jsonld": (json.dumps({"@context": CONTEXT}, indent=1) + "\n").encode("utf-8"),
        "graph.trig": ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes),
        "graph.nq": _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)),
    }
    paths = []
    for name in FILES:
        path = out / name
        with atomic_open(path, "wb") as handle:
            handle.write(contents[name] or b"")
        paths.append(path)
    return paths
