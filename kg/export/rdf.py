"""RDF export: the extraction as quads, and the Turtle, N-Triples, JSON-LD, TriG, N-Quads files.

The model (described in docs/model.md) reuses SEM for events and actors, schema.org
(``https://schema.org/``) for names and types, PROV-O for provenance and attribution, NIF for
mention offsets and GeoSPARQL beside WGS84 for positions. Each document's assertions (events,
roles, mentions, relations) live in a named graph whose IRI is the document's IRI; the default
graph holds the small ``kg:`` ontology, actor descriptions, document metadata and text, and a
VoID description of the whole dataset. Every node has an IRI derived from content, so the
output is byte-identical for the same input and diffs cleanly between runs.

Every file is a concatenation of the same pieces (the vocabulary, groups of actors, each
document with its named graph; see :func:`write_rdf`), each piece a pure function of what it
is made of. Given a parts folder, the writer keeps each piece's formatted bytes under a digest
of its inputs (:mod:`kg.export._parts`), so a re-run formats only the pieces whose inputs
changed: the files are byte for byte those of a build without it. Statements are built as
N-Triples lines, which cost a string each in Python, rather than as RDF term objects; Turtle
and TriG are made of them by pyoxigraph's serialisers, and JSON-LD is written a node per line.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import io
import json
import math
import pickle
import re
import struct
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

import pyoxigraph as ox

from kg import vocab
from kg.errors import ExportError
from kg.export._atomic import UNENCODABLE, write_together
from kg.export._parts import Parts, digest
from kg.graph import event_label
from kg.model import (
    Actor,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
    Relation,
    RelationType,
    Role,
)

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "CONTEXT",
    "FILES",
    "LANGUAGE",
    "ROLE_PROPERTIES",
    "dataset_iri",
    "mention_iri",
    "nquads",
    "ntriples",
    "relation_property",
    "to_dataset",
    "to_quads",
    "write_rdf",
]

FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "context.jsonld", "graph.trig", "graph.nq")

LANGUAGE = "en"
"""Language tag of labels, names and sentences: kg reads English text."""

ONTOLOGY = vocab.BASE + "ontology"
RELATION_BASE = vocab.BASE + "id/relation/"
DATASET_BASE = vocab.BASE + "id/dataset/"

CONTEXT: dict[str, str] = dict(sorted(vocab.NS.items()))
"""The JSON-LD context written to context.jsonld and embedded in graph.jsonld: the prefixes."""

_NS = vocab.NS


def _iri(prefix: str, local: str) -> str:
    return _NS[prefix] + local


RDF_TYPE = "rdf:type"
RDF_VALUE = "rdf:value"
RDFS_LABEL = "rdfs:label"
RDFS_COMMENT = "rdfs:comment"
RDFS_SUBPROPERTY = "rdfs:subPropertyOf"

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

_DATE_TYPES = (
    (re.compile(r"-?\d{4,}-\d{2}-\d{2}"), "date"),
    (re.compile(r"-?\d{4,}-\d{2}"), "gYearMonth"),
    (re.compile(r"-?\d{4,}"), "gYear"),
)

# --- N-Triples terms ----------------------------------------------------------------------

_ESCAPES = {chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
                 '"': '\\"', "\\": "\\\\"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff\ud800-\udfff]')


def _escape(match: re.Match[str]) -> str:
    """The escape of one character, U+FFFD for a lone surrogate."""
    return _ESCAPES.get(match[0], "\ufffd")


class _Literal(str):
    """A literal already written as N-Triples (``"text"@en``, ``"1"^^<...#integer>``)."""


def _quoted(value: str) -> str:
    """*value* as an N-Triples string, escaped as pyoxigraph writes it; a lone surrogate
    (undecodable input) becomes U+FFFD, one character for one, so offsets still hold."""
    return f'"{_NEEDS_ESCAPE.sub(_escape, value)}"'


def _lit(value: str) -> _Literal:
    return _Literal(_quoted(value))


def _text(value: str) -> _Literal:
    """Natural-language text: tagged with :data:`LANGUAGE`."""
    return _Literal(f"{_quoted(value)}@{LANGUAGE}")


def _typed(value: str, datatype: str) -> _Literal:
    return _Literal(f"{_quoted(value)}^^<{_NS['xsd']}{datatype}>")


_INTEGER = f'"^^<{_NS["xsd"]}integer>'
_NON_NEGATIVE = f'"^^<{_NS["xsd"]}nonNegativeInteger>'


def _int(value: int) -> _Literal:
    return _Literal(f'"{int(value)}{_INTEGER}')  # digits need no escape


def _nni(value: int) -> _Literal:
    return _Literal(f'"{int(value)}{_NON_NEGATIVE}')


def _decimal_text(value: float) -> str:
    return format(Decimal(repr(float(value))), "f")


def _camel(name: str, upper: bool) -> str:
    parts = [p for p in vocab.slugify(name).split("-") if p]
    head, tail = parts[0], parts[1:]
    head = head[:1].upper() + head[1:] if upper else head
    return head + "".join(p[:1].upper() + p[1:] for p in tail)


def _fragment(iri: str, fragment: str) -> str:
    return f"{iri}{'-' if '#' in iri else '#'}{fragment}"


def mention_iri(mention: Mention) -> str:
    """IRI of a text span, RFC 5147 style: ``<document IRI>#char=start,end``."""
    return _mention_node(vocab.document_iri(mention.document_id), mention)


def _mention_node(document: str, mention: Mention) -> str:
    return f"{document}#char={mention.start},{mention.end}"


def relation_property(predicate: str) -> str:
    """IRI of the ``kg:`` property for a relation name: ``leader_of`` -> ``kg:leaderOf``."""
    return vocab.KG + _camel(predicate, upper=False)


def dataset_iri(extraction: Extraction) -> str:
    """IRI of the VoID description of *extraction*: a hash of its document ids."""
    ids = "\x1f".join(sorted(d.id for d in extraction.documents))
    return DATASET_BASE + hashlib.sha1(ids.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@functools.cache  # a few values, met at every actor or event
def _actor_type_iri(value: str) -> str:
    return vocab.KG + _camel(value, upper=True)


@functools.cache  # a few values, met at every actor or event
def _modality_iri(modality: Modality | str) -> str:
    return vocab.KG + _camel(str(modality), upper=True)


def _plover_iri(event_type: str) -> str:
    """The IRI of an event type: its name percent-encoded, a "." or "-" where a Turtle prefixed
    name may not have it bare (first or last) and any "~" too, since pyoxigraph would write them
    escaped (``plover:\\.``), which rdflib's Turtle parser rejects."""
    name = vocab.local_name(event_type).replace("~", "%7E")
    if name[:1] in {".", "-"}:
        name = f"%{ord(name[0]):02X}{name[1:]}"
    if name.endswith("."):
        name = name[:-1] + "%2E"
    return _iri("plover", name)


def _time_literal(value: str) -> _Literal:
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return _typed(value, datatype)
    return _lit(value)


_TERMS = 100_000
"""Entries a term cache holds before it is emptied: most terms (mention nodes, literals) occur
in one document only, so a cache of every term would grow with the graph for little gain."""


class _Terms(dict[str, str]):
    """IRI or CURIE -> the N-Triples term ``<iri>``, made and checked on first use: an invalid
    IRI raises :class:`ExportError`, naming it. A dict, so a known term costs one lookup."""

    def __missing__(self, iri: str) -> str:
        full = iri
        if "://" not in iri and ":" in iri and iri.split(":", 1)[0] in _NS:
            prefix, local = iri.split(":", 1)
            full = _NS[prefix] + local
        try:
            ox.NamedNode(full)
        except ValueError as exc:
            raise ExportError(f"cannot write the IRI {full!r} in RDF: {exc}") from exc
        if len(self) >= _TERMS:
            self.clear()
        found = self[iri] = f"<{full}>"
        return found


class _Unit:
    """The statements of one piece of the files, as N-Triples lines: the default graph's, one
    named graph's (*graph*: statements of any other graph are dropped, to be made by that
    graph's piece), and which of them are relation triples, which graph.nt lists once however
    many graphs hold them.

    In :meth:`add`, a graph is ``""`` (the default graph) or an IRI; a subject is an IRI; a
    predicate a CURIE over :data:`kg.vocab.NS` (``"schema:name"``) or an IRI; an object an
    IRI or a :class:`_Literal`. Each IRI is checked once, so a bad one fails here, naming it.
    """

    def __init__(self, terms: _Terms, graph: str | None = None) -> None:
        self.terms = terms
        self.graph = graph
        self.default: set[str] = set()
        self.named: set[str] = set()
        self.shared: set[str] = set()

    def term(self, iri: str) -> str:
        """``<iri>``, checked: an invalid IRI raises :class:`ExportError`."""
        return self.terms[iri]

    @staticmethod
    def document(document_id: str) -> str:
        return _document_iri(document_id)

    def _lines(self, graph: str) -> set[str] | None:
        if not graph:
            return self.default
        return self.named if graph == self.graph else None

    def add(self, graph: str, s: str, p: str, o: str) -> None:
        lines = self._lines(graph)
        if lines is not None:
            terms = self.terms
            lines.add(f"{terms[s]} {terms[p]} {o if type(o) is _Literal else terms[o]} .")

    def add_all(self, graph: str, s: str, statements: Iterable[tuple[str, str]]) -> None:
        """:meth:`add` of each (predicate, object) of *statements* about *s* in *graph*."""
        lines = self._lines(graph)
        if lines is not None:
            terms = self.terms
            s = terms[s]
            for p, o in statements:
                lines.add(f"{s} {terms[p]} {o if type(o) is _Literal else terms[o]} .")

    def add_shared(self, graph: str, s: str, p: str, o: str) -> None:
        """:meth:`add` of a triple other graphs may hold too (a relation between actors)."""
        if graph and graph == self.graph:
            terms = self.terms
            line = f"{terms[s]} {terms[p]} {terms[o]} ."
            self.named.add(line)
            self.shared.add(line)


@functools.lru_cache(maxsize=4096)
def _document_iri(document_id: str) -> str:
    return vocab.document_iri(document_id)


class _Counts:
    """What the VoID description counts: distinct triples over all graphs, their subjects,
    entities, objects, properties and classes, and each graph's statements.

    Subjects, entities and objects are told apart by 64-bit digests (:func:`_digests`), so that
    a piece keeps them in 8 bytes each and a re-run counts them without reading them: a count
    is off only if two of the graph's terms share a digest, odds of about 1 in 10^9 for a
    million terms."""

    def __init__(self) -> None:
        self.triples = 0
        self._entities: set[int] = set()
        self._others: set[int] = set()
        self._objects: set[int] = set()
        self.properties: dict[str, int] = defaultdict(int)
        self.classes: dict[str, int] = defaultdict(int)
        self.graphs: dict[str, int] = defaultdict(int)

    def add(self, stats: bytes, graph: str | None) -> None:
        """Add a piece's :func:`_stats`; *graph*: the term of its named graph, if any."""
        size = int.from_bytes(stats[:8], "little")
        numbers = json.loads(stats[8:8 + size])
        self.triples += numbers["triples"]
        self.graphs[""] += numbers["default"]
        if graph is not None and numbers["named"]:
            self.graphs[graph] += numbers["named"]
        for key, count in numbers["properties"].items():
            self.properties[key] += count
        for key, count in numbers["classes"].items():
            self.classes[key] += count
        at = 8 + size
        for name in ("entities", "others", "objects"):
            end = at + 8 * numbers[name]
            self.__dict__["_" + name].update(array("Q", stats[at:end]))
            at = end

    @property
    def subjects(self) -> int:
        return len(self._entities) + len(self._others)

    @property
    def entities(self) -> int:
        return len(self._entities)

    @property
    def objects(self) -> int:
        return len(self._objects)


def _digests(terms: Iterable[str]) -> bytes:
    """A 64-bit digest of each of *terms*, one after the other."""
    return b"".join([hashlib.blake2b(term.encode("utf-8", "surrogatepass"),
                                     digest_size=8).digest() for term in terms])


def _stats(default: int, named: int, union: list[str]) -> bytes:
    """What :class:`_Counts` needs of a piece: its statements in the default and in its named
    graph, and over its *union* lines (sorted, distinct; no line in another piece's union):
    triples, properties, classes, and the digests of its subjects (entities, those in kg's
    ``id/`` space, apart from the others) and objects."""
    properties: dict[str, int] = defaultdict(int)
    classes: dict[str, int] = defaultdict(int)
    subjects: dict[str, None] = {}
    objects: dict[str, None] = {}
    type_term = f"<{_NS['rdf']}type>"
    for line in union:
        s, p, o = line[:-2].split(" ", 2)
        subjects[s] = None
        objects[o] = None
        properties[p] += 1
        if p == type_term:
            classes[o] += 1
    entity = f"<{vocab.BASE}id/"
    entities = [s for s in subjects if s.startswith(entity)]
    others = [s for s in subjects if not s.startswith(entity)]
    head = json.dumps({"default": default, "named": named, "triples": len(union),
                       "properties": properties, "classes": classes, "entities": len(entities),
                       "others": len(others), "objects": len(objects)},
                      ensure_ascii=False).encode("utf-8", "surrogatepass")
    return b"".join((len(head).to_bytes(8, "little"), head, _digests(entities),
                     _digests(others), _digests(objects)))


_DEFAULT = ""


def _ontology(q: _Unit, relation_names: Iterable[str]) -> None:
    """The small ``kg:`` vocabulary: labels, comments and subproperty links to SEM and PROV-O."""
    g = _DEFAULT
    onto = ONTOLOGY
    q.add(g, onto, RDF_TYPE, "owl:Ontology")
    q.add(g, onto, RDFS_LABEL, _text("kg news event ontology"))
    properties: list[tuple[str, str, str, tuple[str, ...]]] = [
        ("source", "source", "Actor that initiates the event.", ("sem:hasActor",)),
        ("target", "target", "Actor the event is directed at.", ("sem:hasActor",)),
        ("location", "location", "Place where the event happens.", ("sem:hasPlace",)),
        ("claimedBy", "claimed by",
         "Actor the report of the event is attributed to; the event is not asserted as fact.",
         ("prov:wasAttributedTo", "sem:accordingTo")),
        ("disputedBy", "disputed by", "Actor that denies or refutes the event.", ()),
        ("about", "about",
         "The event a statement is about: the claim an accusation makes, the claim a "
         "rejection answers. That event keeps its own modality.", ("schema:about",)),
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
        q.add(g, prop, RDF_TYPE, "rdf:Property")
        q.add(g, prop, RDFS_LABEL, _text(label))
        q.add(g, prop, RDFS_COMMENT, _text(comment))
        for sup in supers:
            q.add(g, prop, RDFS_SUBPROPERTY, sup)
    q.add(g, "kg:Modality", RDF_TYPE, "rdfs:Class")
    q.add(g, "kg:Modality", RDFS_LABEL, _text("modality"))
    q.add(g, "kg:ActorRole", RDF_TYPE, "rdfs:Class")
    q.add(g, "kg:ActorRole", RDFS_LABEL, _text("actor role over time"))
    for modality in Modality:
        node = _modality_iri(modality)
        q.add(g, node, RDF_TYPE, "kg:Modality")
        q.add(g, node, RDFS_LABEL, _text(str(modality)))
    for role, (_, _, role_type) in ROLE_PROPERTIES.items():
        node = _iri("kg", role_type)
        q.add(g, node, RDF_TYPE, "sem:RoleType")
        q.add(g, node, RDFS_LABEL, _text(role.replace("_", " ")))


def _document(q: _Unit, doc: Document) -> None:
    """A document's description, in the default graph."""
    node = vocab.document_iri(doc.id)
    for cls in ("schema:NewsArticle", "nif:Context", "prov:Entity"):
        q.add(_DEFAULT, node, RDF_TYPE, cls)
    q.add(_DEFAULT, node, "schema:identifier", _lit(doc.id))
    q.add(_DEFAULT, node, "nif:beginIndex", _nni(0))
    q.add(_DEFAULT, node, "nif:endIndex", _nni(len(doc.text)))
    q.add(_DEFAULT, node, "nif:isString", _lit(doc.text))
    if doc.date is not None:
        q.add(_DEFAULT, node, "schema:datePublished", _typed(doc.date.isoformat(), "date"))
    q.add(_DEFAULT, node, "kg:dateBasis", _lit(doc.date_basis))
    if doc.title:
        q.add(_DEFAULT, node, "schema:headline", _text(doc.title))
    if doc.url:
        url: str = doc.url
        try:
            q.term(url)
        except ExportError:
            url = _typed(doc.url, "anyURI")
        q.add(_DEFAULT, node, "schema:url", url)
    if doc.path:
        q.add(_DEFAULT, node, "kg:sourceFile", _lit(doc.path))
    if doc.line is not None:
        q.add(_DEFAULT, node, "kg:line", _int(doc.line))


def _actor(q: _Unit, actor: Actor) -> None:
    """An actor's description, in the default graph (its mentions are in the documents')."""
    g, node = _DEFAULT, actor.id
    q.add(g, node, RDF_TYPE, "sem:Actor")
    for cls in _ACTOR_CLASSES.get(actor.type, ()):
        q.add(g, node, RDF_TYPE, cls)
    q.add(g, node, RDFS_LABEL, _text(actor.label))
    q.add(g, node, "schema:name", _lit(actor.label))
    for alias in sorted(set(actor.aliases) - {actor.label}):
        q.add(g, node, "schema:alternateName", _text(alias))
    for title in sorted(set(actor.titles)):
        q.add(g, node, "schema:honorificPrefix", _text(title))
    for kind in _kinds(actor):
        q.add(g, node, "sem:actorType", _actor_type_iri(kind))
    links = []
    if actor.wikidata and (wikidata := vocab.wikidata_iri(actor.wikidata)):
        links.append(wikidata)
    if actor.geonames is not None:
        links.append(f"{vocab.NS['gn']}{actor.geonames}/")
    for link in links:
        q.add(g, node, "schema:sameAs", link)
        q.add(g, node, "skos:exactMatch", link)
    if actor.latitude is not None and actor.longitude is not None \
            and math.isfinite(actor.latitude) and math.isfinite(actor.longitude):
        lat, long = _decimal_text(actor.latitude), _decimal_text(actor.longitude)
        q.add(g, node, "wgs:lat", _typed(lat, "decimal"))
        q.add(g, node, "wgs:long", _typed(long, "decimal"))
        geometry = _fragment(actor.id, "geometry")
        q.add(g, node, RDF_TYPE, "geo:Feature")
        q.add(g, node, "geo:hasGeometry", geometry)
        q.add(g, node, "geo:hasDefaultGeometry", geometry)
        q.add(g, geometry, RDF_TYPE, "geo:Geometry")
        q.add(g, geometry, "geo:asWKT",
              _Literal(f'"POINT({long} {lat})"^^<{_NS["geo"]}wktLiteral>'))
    if actor.country:
        q.add(g, node, "kg:countryCode", _lit(actor.country))
    for n, role in enumerate(actor.roles, start=1):
        role_node = _fragment(actor.id, f"role-{n}")
        q.add(g, node, "kg:roleOverTime", role_node)
        q.add(g, role_node, RDF_TYPE, "kg:ActorRole")
        q.add(g, role_node, RDFS_LABEL, _text(role.role))
        if role.since:
            q.add(g, role_node, "sem:hasBeginTimeStamp", _time_literal(role.since))
        if role.until:
            q.add(g, role_node, "sem:hasEndTimeStamp", _time_literal(role.until))


def _kinds(actor: Actor) -> list[str]:
    """The actor types (``sem:ActorType`` concepts) of *actor*: its type and subtype."""
    return [kind for kind in (str(actor.type), actor.subtype) if kind]


def _mention(q: _Unit, mention: Mention) -> str:
    """Describe *mention* as a nif:Phrase in its document's graph and return its node."""
    doc = q.document(mention.document_id)
    node = _mention_node(doc, mention)
    statements = [
        (RDF_TYPE, "nif:Phrase"),
        (RDF_TYPE, "nif:OffsetBasedString"),
        ("nif:beginIndex", _nni(mention.start)),
        ("nif:endIndex", _nni(mention.end)),
        ("nif:anchorOf", _lit(mention.text)),
        ("nif:referenceContext", doc),
        ("kg:sentenceIndex", _int(mention.sentence)),
    ]
    if mention.ner_label:
        statements.append(("kg:nerLabel", _lit(mention.ner_label)))
    q.add_all(doc, node, statements)
    return node


def _event(q: _Unit, event: Event, label: str) -> None:
    """An event's statements (*label*: its :func:`kg.graph.event_label`)."""
    g = q.document(event.document_id)
    node = event.id
    q.add(g, node, RDF_TYPE, "sem:Event")
    q.add(g, node, RDFS_LABEL, _text(label))
    plover = _plover_iri(event.type)
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
    q.add(g, node, "kg:sentence", _text(event.sentence_text.strip() or event.sentence_text))
    for instrument in sorted(set(event.instruments)):
        q.add(g, node, "kg:instrument", _text(instrument))
    for other in event.about:
        q.add(g, node, "kg:about", other)
        q.add(g, node, "schema:about", other)
    q.add(g, node, "kg:trigger", _mention(q, event.trigger))
    for mention in dict.fromkeys([event.trigger, *event.mentions]):
        mention_node = _mention(q, mention)
        doc = q.document(mention.document_id)
        q.add(doc, node, "kg:mention", mention_node)
        q.add(doc, node, "prov:wasDerivedFrom", doc)
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
        q.add(g, role, RDF_TYPE, "sem:Role")
        q.add(g, role, "sem:roleType", _iri("kg", role_type))
        q.add(g, role, RDF_VALUE, argument.actor)
        if argument.mention is not None:
            q.add(g, role, "kg:mention", _mention(q, argument.mention))


def _relation(q: _Unit, relation: Relation) -> None:
    evidence = relation.evidence
    doc = q.document(evidence.document_id)
    g = doc
    prop = relation_property(relation.predicate)
    q.add_shared(g, relation.subject, prop, relation.object)
    key = "\x1f".join(map(str, (relation.subject, relation.predicate, relation.object,
                                evidence.document_id, evidence.start, evidence.end)))
    node = RELATION_BASE + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    q.add(g, node, RDF_TYPE, "rdf:Statement")
    q.add(g, node, "rdf:subject", relation.subject)
    q.add(g, node, "rdf:predicate", prop)
    q.add(g, node, "rdf:object", relation.object)
    q.add(g, node, "kg:evidence", _mention(q, evidence))
    q.add(g, node, "prov:wasDerivedFrom", doc)


def _void(q: _Unit, extraction: Extraction, counts: _Counts) -> None:
    """A VoID description of the statements *counts* was made from, added to *q*'s default
    graph: counts, vocabularies, classes, properties and one subset per named graph."""
    classes, properties = counts.classes, counts.properties
    g, ds = _DEFAULT, dataset_iri(extraction)
    q.add(g, ds, RDF_TYPE, "void:Dataset")
    q.add(g, ds, "dcterms:title", _text("kg news knowledge graph"))
    q.add(g, ds, "dcterms:description", _text(
        f"Actors and events read from {len(extraction.documents)} documents by kg; one named "
        "graph per document, actors, documents and the kg ontology in the default graph."))
    q.add(g, ds, "void:uriSpace", _lit(vocab.BASE + "id/"))
    for fmt in ("N-Quads", "TriG", "Turtle", "N-Triples", "JSON-LD"):
        q.add(g, ds, "void:feature", f"http://www.w3.org/ns/formats/{fmt.replace('-', '_')}")
    numbers = {
        "triples": counts.triples, "entities": counts.entities,
        "classes": len(classes), "properties": len(properties),
        "distinctSubjects": counts.subjects, "distinctObjects": counts.objects,
        "documents": len(extraction.documents),
    }
    for name, count in numbers.items():
        q.add(g, ds, f"void:{name}", _int(count))
    used = {t[1:-1] for t in (*properties, *classes)}
    for namespace in sorted(set(_NS.values())):
        if any(iri.startswith(namespace) for iri in used):
            q.add(g, ds, "void:vocabulary", namespace)
    for term, members in sorted(classes.items()):
        part = _fragment(ds, "class-" + _part_name(term[1:-1]))
        q.add(g, ds, "void:classPartition", part)
        q.add(g, part, "void:class", term[1:-1])
        q.add(g, part, "void:entities", _int(members))
    for term, count in sorted(properties.items()):
        part = _fragment(ds, "property-" + _part_name(term[1:-1]))
        q.add(g, ds, "void:propertyPartition", part)
        q.add(g, part, "void:property", term[1:-1])
        q.add(g, part, "void:triples", _int(count))
    for graph, size in sorted(counts.graphs.items()):
        name = graph[1:-1]
        part = _fragment(ds, "graph-" + vocab.local_name(name) if graph else "default-graph")
        q.add(g, ds, "void:subset", part)
        q.add(g, part, RDF_TYPE, "void:Dataset")
        q.add(g, part, RDF_TYPE, "sd:NamedGraph" if graph else "sd:Graph")
        if graph:
            q.add(g, part, "sd:name", name)
        q.add(g, part, "void:triples", _int(size))


def _part_name(iri: str) -> str:
    """``sem-Event`` for ``sem:Event``: a readable, IRI-safe name for a partition."""
    curie = _compact(iri)
    return vocab.local_name(curie.replace(":", "-") if curie != iri else iri)


# --- pieces and files ---------------------------------------------------------------------

_SECTIONS = ("graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "cuts", "stats")
"""What a piece holds: its part of each file, in this order, for a document's named graph
where its document's description goes in its N-Triples and Turtle (:func:`_cut`), and its
:func:`_stats`, always last."""

_DESCRIBED = _SECTIONS.index("cuts")
"""A description's sections: each file's (see :class:`_DocumentChunk`)."""

_CUTS = _SECTIONS.index("cuts")

_CHUNK = 64
"""Actors per piece, on average: a piece ends after an actor whose IRI's CRC-32 is a multiple of
this, so adding or changing an actor re-formats its piece only, not the ones after it."""


class _Piece(NamedTuple):
    """A piece of the files: its key (a digest of all it is made of), the IRI of its named graph
    (None: the default graph only) and how to make its statements."""

    key: str
    graph: str | None
    make: Callable[[], _Unit]


def _pickled(value: object) -> bytes:
    """*value* pickled without the memo: equal values give equal bytes whether or not they
    share objects (which differs between a build from the cache and one that parsed)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


# What a key is made of: every field of the model's objects but an actor's mentions (those
# are in the documents' pieces), as tuples of strings and numbers, each enumeration by its
# value (pickling an enumeration member costs a Python call: three times the whole tuple).
# tests/export/test_rdf_parts.py checks that these name every field of their classes.

def _mention_fields(mention: Mention) -> tuple[object, ...]:
    return (mention.document_id, mention.start, mention.end, mention.text, mention.sentence,
            str(mention.ner_label))


def _argument_fields(argument: Argument) -> tuple[object, ...]:
    return (str(argument.role), argument.actor,
            None if argument.mention is None else _mention_fields(argument.mention))


def _event_fields(event: Event) -> tuple[object, ...]:
    return (event.id, str(event.type), _mention_fields(event.trigger), event.sentence_text,
            event.mode, event.date, event.date_basis, str(event.modality),
            [_argument_fields(argument) for argument in event.arguments], event.instruments,
            [_mention_fields(mention) for mention in event.mentions], event.about)


def _relation_fields(relation: Relation) -> tuple[object, ...]:
    return (relation.subject, str(relation.predicate), relation.object,
            _mention_fields(relation.evidence))


def _actor_fields(actor: Actor) -> tuple[object, ...]:
    return (actor.id, actor.label, str(actor.type), actor.subtype, actor.aliases, None,
            actor.titles, actor.wikidata, actor.geonames, actor.latitude, actor.longitude,
            actor.country, [(role.role, role.since, role.until) for role in actor.roles])


def _pieces(extraction: Extraction, terms: _Terms) -> Iterator[_Piece | _DocumentChunk]:
    """Every piece of the files but the relation triples and the VoID description, in file
    order: the vocabulary, the actors, then each document (its description and its named
    graph, in two pieces, see :class:`_DocumentChunk`) by IRI."""
    actors = extraction.actors
    yield _vocabulary(extraction, terms)
    chunk: list[Actor] = []
    for iri in sorted(actors):
        chunk.append(actors[iri])
        if zlib.crc32(iri.encode("utf-8", "surrogatepass")) % _CHUNK == 0:
            yield _actors(chunk, terms)
            chunk = []
    if chunk:
        yield _actors(chunk, terms)
    yield from _documents(extraction, terms)


def _vocabulary(extraction: Extraction, terms: _Terms) -> _Piece:
    """The ``kg:`` ontology, the actor types and the event types used."""
    names = sorted({*map(str, RelationType), *(str(r.predicate) for r in extraction.relations)})
    kinds = sorted({kind for actor in extraction.actors.values() for kind in _kinds(actor)})
    types = sorted({str(event.type) for event in extraction.events})

    def make() -> _Unit:
        q = _Unit(terms)
        _ontology(q, names)
        for kind in kinds:
            node = _actor_type_iri(kind)
            q.add(_DEFAULT, node, RDF_TYPE, "sem:ActorType")
            q.add(_DEFAULT, node, RDF_TYPE, "skos:Concept")
            q.add(_DEFAULT, node, RDFS_LABEL, _text(kind.replace("_", " ")))
        for etype in types:
            node = _plover_iri(etype)
            q.add(_DEFAULT, node, RDF_TYPE, "sem:EventType")
            q.add(_DEFAULT, node, RDF_TYPE, "skos:Concept")
            q.add(_DEFAULT, node, RDFS_LABEL, _text(etype))
        return q

    return _Piece(digest("vocabulary", _pickled((names, kinds, types))), None, make)


def _actors(chunk: list[Actor], terms: _Terms) -> _Piece:
    """The descriptions of the actors of *chunk* (every field but their mentions, which are
    in the documents' pieces)."""
    fields = [_actor_fields(actor) for actor in chunk]

    def make() -> _Unit:
        q = _Unit(terms)
        for actor in chunk:
            _actor(q, actor)
        return q

    return _Piece(digest("actors", _pickled(fields)), None, make)


class _DocumentChunk(NamedTuple):
    """Documents in a row, by IRI: one piece of their descriptions (in the default graph:
    where each was read from, its text), made by ``describe(jsonld, wanted)`` as each one's
    sections (:data:`_DESCRIBED` apiece) and their stats, and a piece per named graph. Kept
    apart from the named graphs, so that a moved or renamed corpus file formats only the
    small descriptions again (in chunks, as the actors: a piece per description costs a
    file read per document); :func:`_document_sections` puts each document's together."""

    key: str
    describe: Callable[[_JsonLd, Collection[str]], list[bytes]]
    graphs: list[_Piece]


def _documents(extraction: Extraction, terms: _Terms) -> Iterator[_DocumentChunk]:
    """The pieces of the documents, in chunks: their descriptions, and their named graphs,
    made of the events, actor mentions and relations read there (with the labels of the
    events, which name actors: a new article that renames an actor changes the pieces whose
    events it is in)."""
    documents: dict[str, list[Document]] = defaultdict(list)
    events: dict[str, list[Event]] = defaultdict(list)
    mentions: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    relations: dict[str, list[Relation]] = defaultdict(list)
    for doc in extraction.documents:
        documents[doc.id].append(doc)
    for event in extraction.events:
        for document_id in _documents_of(event):
            events[document_id].append(event)
    for iri in sorted(extraction.actors):
        actor = extraction.actors[iri]
        for mention in actor.mentions:
            mentions[mention.document_id].append((actor.id, mention))
    for relation in extraction.relations:
        relations[relation.evidence.document_id].append(relation)
    ids = sorted({*documents, *events, *mentions, *relations}, key=_document_iri)
    chunk: list[str] = []
    for document_id in ids:
        chunk.append(document_id)
        if document_id == ids[-1] or zlib.crc32(_document_iri(document_id).encode(
                "utf-8", "surrogatepass")) % _CHUNK == 0:
            yield _DocumentChunk(*_descriptions([documents[i] for i in chunk], terms), [
                _graph_piece(i, sorted(events[i], key=lambda e: e.id), mentions[i],
                             sorted(relations[i], key=_relation_order), extraction.actors,
                             terms)
                for i in chunk])
            chunk = []


def _descriptions(chunk: list[list[Document]], terms: _Terms) -> tuple[
        str, Callable[[_JsonLd, Collection[str]], list[bytes]]]:
    """The key of the descriptions of a chunk's documents (each a list of the records of one
    id), and what makes their sections: each one's, then the stats of all."""
    key = digest("descriptions", _pickled([[vars(doc) for doc in docs] for docs in chunk]))

    def describe(jsonld: _JsonLd, wanted: Collection[str]) -> list[bytes]:
        sections: list[bytes] = []
        lines: list[str] = []
        for docs in chunk:
            q = _Unit(terms)
            for doc in docs:
                _document(q, doc)
            sections += _format_unit(q, jsonld, wanted)[:_DESCRIBED]
            lines += q.default
        return [*sections, _stats(len(lines), 0, sorted(lines))]

    return key, describe


def _documents_of(event: Event) -> set[str]:
    """The documents whose graphs hold statements of *event*: its own and its mentions'."""
    found = {event.document_id, event.trigger.document_id}
    found.update(mention.document_id for mention in event.mentions)
    found.update(argument.mention.document_id for argument in event.arguments
                 if argument.mention is not None)
    return found


def _relation_order(relation: Relation) -> tuple[str, str, str, Mention]:
    return relation.subject, str(relation.predicate), relation.object, relation.evidence


def _graph_piece(document_id: str, events: list[Event], mentions: list[tuple[str, Mention]],
                 relations: list[Relation], actors: dict[str, Actor], terms: _Terms) -> _Piece:
    graph = _document_iri(document_id)
    labels = [event_label(event, actors) for event in events]
    key = digest("graph", document_id, _pickled((
        [_event_fields(event) for event in events], labels,
        [(actor, _mention_fields(mention)) for actor, mention in mentions],
        [_relation_fields(relation) for relation in relations])))

    def make() -> _Unit:
        q = _Unit(terms, graph)
        for event, label in zip(events, labels, strict=True):
            _event(q, event, label)
        for actor, mention in mentions:
            q.add(graph, actor, "kg:mention", _mention(q, mention))
        for relation in relations:
            _relation(q, relation)
        return q

    return _Piece(key, graph, make)


def _format(default: list[str], graph: str | None, named: list[str], union: list[str],
            jsonld: _JsonLd, wanted: Collection[str]) -> list[bytes]:
    """The sections of a piece (see :data:`_SECTIONS`) from its sorted lines: *default* and
    *named* (of the graph *graph*, a term) for the files of named graphs, *union* for graph.nt
    and graph.ttl; the files not *wanted* get nothing."""
    sections = dict.fromkeys(_SECTIONS, b"")
    if "graph.nt" in wanted or "graph.ttl" in wanted:
        cut = len(union) if graph is None else _cut(union, graph)
        before = _utf8("".join([line + "\n" for line in union[:cut]]))
        after = _utf8("".join([line + "\n" for line in union[cut:]]))
        sections["graph.nt"] = before + after
        turtle = [_serialized(lines, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)
                  for lines in (before, after)]
        sections["graph.ttl"] = b"".join(turtle)
        if graph is not None:
            sections["cuts"] = struct.pack("<2Q", len(before), len(turtle[0]))
    if "graph.nq" in wanted or "graph.trig" in wanted:
        suffix = f" {graph} .\n"
        sections["graph.nq"] = _utf8("".join([
            *[line + "\n" for line in default], *[line[:-2] + suffix for line in named]]))
        sections["graph.trig"] = _serialized(sections["graph.nq"], ox.RdfFormat.N_QUADS,
                                             ox.RdfFormat.TRIG)
    if "graph.jsonld" in wanted:
        sections["graph.jsonld"] = _utf8(_jsonld_nodes(jsonld, default, graph, named))
    sections["stats"] = _stats(len(default), len(named), union)
    return list(sections.values())


def _cut(union: list[str], graph: str) -> int:
    """Where, among a document's named graph's sorted lines *union*, the lines about the
    document itself (its description, whose subject is *graph*) go: the named graph holds
    none, and each subject's lines are together in sorted lines."""
    return bisect.bisect_left(union, graph + " ")


def _format_unit(unit: _Unit, jsonld: _JsonLd, wanted: Collection[str]) -> list[bytes]:
    default, named = sorted(unit.default), sorted(unit.named)
    union = sorted(unit.default.union(unit.named).difference(unit.shared))
    graph = unit.terms[unit.graph] if unit.graph else None
    return _format(default, graph, named, union, jsonld, wanted)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", UNENCODABLE)


_HEADERS: dict[str, bytes] = {}


def _header(fmt: ox.RdfFormat) -> bytes:
    """The prefix lines pyoxigraph starts a Turtle or TriG file with."""
    found = _HEADERS.get(fmt.name)
    if found is None:
        body = b"<urn:kg:s> <urn:kg:p> <urn:kg:o> .\n"
        made = ox.serialize(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), format=fmt,
                            prefixes=dict(_NS)) or b""
        found = _HEADERS[fmt.name] = made[:made.rindex(body)]
    return found


def _serialized(lines: bytes, source: ox.RdfFormat, fmt: ox.RdfFormat) -> bytes:
    """*lines* (our own N-Triples or N-Quads) as *fmt* by pyoxigraph, without the prefix lines.

    The parse is lenient: every IRI was checked when its line was made (:class:`_Terms`) and
    the literals are written by :func:`_quoted`, so pyoxigraph's second validation would only
    repeat that work (it was half the time of Turtle and TriG); the bytes are the same.
    """
    if not lines:
        return b""
    made = ox.serialize(ox.parse(lines, format=source, lenient=True), format=fmt,
                        prefixes=dict(_NS)) or b""
    header = _header(fmt)
    if not made.startswith(header):
        raise ExportError(f"pyoxigraph wrote {fmt.name} without the expected prefixes")
    return made[len(header):]


def _jsonld_nodes(jsonld: _JsonLd, default: list[str], graph: str | None,
                  named: list[str]) -> str:
    """The JSON-LD node objects of a piece, one per line: its default graph's subjects, and its
    named graph as the ``@graph`` of the node of the same IRI (the document's)."""
    nodes = []
    pending = graph if named else None
    inner = ""
    if pending is not None:
        inner = ',"@graph":[' + ",".join(n + "}" for _, n in jsonld.nodes(named)) + "]}"
    for subject, node in jsonld.nodes(default):
        if pending is not None and pending < subject:
            nodes.append('{"@id":' + jsonld.iri_text(pending) + inner)
            pending = None
        if pending is not None and pending == subject:
            nodes.append(node + inner)
            pending = None
        else:
            nodes.append(node + "}")
    if pending is not None:
        nodes.append('{"@id":' + jsonld.iri_text(pending) + inner)
    return ",\n".join(nodes)


def _pack(sections: list[bytes]) -> bytes:
    return struct.pack(f"<{len(sections) + 1}Q", len(sections), *map(len, sections)) + \
        b"".join(sections)


def _document_sections(description: Sequence[bytes | memoryview],
                       graph: Sequence[bytes | memoryview], graph_iri: str,
                       jsonld: _JsonLd, terms: _Terms) -> list[list[bytes | memoryview]]:
    """A document's sections (each file's, as chunks) from its description's and its named
    graph's: the description's lines where they sort among the graph's in graph.nt and
    graph.ttl, before them in graph.nq and graph.trig, and the JSON-LD document node with
    its named graph as ``@graph``."""
    nt, ttl = struct.unpack("<2Q", graph[_CUTS]) if len(graph[_CUTS]) else (0, 0)
    sections: list[list[bytes | memoryview]] = [
        [graph[0][:nt], description[0], graph[0][nt:]],
        [graph[1][:ttl], description[1], graph[1][ttl:]],
        [description[2], graph[2]],
        [description[3], graph[3]],
        [description[4], graph[4]],
    ]
    if len(description[4]) and len(graph[4]):  # '{"@id":IRI,...}' and '{"@id":IRI,"@graph":...'
        head = len(_utf8('{"@id":' + jsonld.iri_text(terms[graph_iri])))
        sections[4] = [description[4][:-1], graph[4][head:]]
    return sections


def _unpack(blob: bytes | None) -> list[memoryview] | None:
    """The sections :func:`_pack` made *blob* of, or None if it is not whole."""
    if blob is None or len(blob) < 8:
        return None
    (count,) = struct.unpack_from("<Q", blob)
    at = 8 * (count + 1)
    if len(blob) < at:
        return None
    lengths = struct.unpack_from(f"<{count}Q", blob, 8)
    if at + sum(lengths) != len(blob):
        return None
    view, sections = memoryview(blob), []
    for length in lengths:
        sections.append(view[at:at + length])
        at += length
    return sections


_PREFIXED = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.trig": ox.RdfFormat.TRIG}
"""The files that start with pyoxigraph's prefix lines, once."""

_JSONLD_HEAD = (json.dumps({"@context": CONTEXT}, indent=1)[:-2] + ',\n "@graph": [\n').encode()
_JSONLD_TAIL = b"\n]}\n"
_CONTEXT_FILE = (json.dumps({"@context": CONTEXT}, indent=1) + "\n").encode()


def _write(extraction: Extraction, parts: Parts, outs: Mapping[str, IO[bytes]]) -> None:
    """Write the files of *outs* (by name, of :data:`FILES`) piece after piece: each piece kept
    in *parts* is read from there, each other one made, formatted and kept. The VoID
    description, counted over all pieces, comes last."""
    terms, jsonld, counts = _Terms(), _JsonLd(), _Counts()
    wanted = set(_SECTIONS) if parts.enabled else {*outs, "stats"}
    files = [(name, out, _SECTIONS.index(name)) for name, out in outs.items()
             if name in _SECTIONS]
    started: set[str] = set()

    def emit(sections: Sequence[bytes | memoryview | list[bytes | memoryview]]) -> None:
        for name, out, index in files:
            data = sections[index]
            chunks = data if isinstance(data, list) else [data]
            if not any(map(len, chunks)):
                continue
            if name not in started:
                started.add(name)
                if name in _PREFIXED:
                    out.write(_header(_PREFIXED[name]))
            elif name == "graph.jsonld":
                out.write(b",\n")
            for chunk in chunks:
                out.write(chunk)

    def kept(key: str, graph: str | None,
             make: Callable[[], list[bytes]]) -> Sequence[bytes | memoryview]:
        sections: Sequence[bytes | memoryview] | None = _unpack(parts.get(key))
        if sections is None:
            sections = make()
            parts.put(key, _pack(list(sections)))
        counts.add(bytes(sections[-1]), terms[graph] if graph else None)
        return sections

    def piece_sections(piece: _Piece) -> Sequence[bytes | memoryview]:
        return kept(piece.key, piece.graph,
                    lambda: _format_unit(piece.make(), jsonld, wanted))

    if "graph.jsonld" in outs:
        outs["graph.jsonld"].write(_JSONLD_HEAD)
    if "context.jsonld" in outs:
        outs["context.jsonld"].write(_CONTEXT_FILE)
    for piece in _pieces(extraction, terms):
        if isinstance(piece, _DocumentChunk):
            described = kept(piece.key, None, functools.partial(piece.describe, jsonld, wanted))
            for i, graph in enumerate(piece.graphs):
                emit(_document_sections(described[i * _DESCRIBED:(i + 1) * _DESCRIBED],
                                        piece_sections(graph), graph.graph or "", jsonld, terms))
        else:
            emit(piece_sections(piece))
    relations = sorted({f"{terms[r.subject]} {terms[relation_property(r.predicate)]} "
                        f"{terms[r.object]} ." for r in extraction.relations})
    shared = _format([], None, [], relations, jsonld, wanted)
    counts.add(shared[-1], None)
    emit(shared)
    void = _Unit(terms)
    _void(void, extraction, counts)
    emit(_format_unit(void, jsonld, wanted))
    if "graph.jsonld" in outs:
        outs["graph.jsonld"].write(_JSONLD_TAIL)


def nquads(extraction: Extraction) -> bytes:
    """The extraction as N-Quads: what graph.nq holds (see :func:`write_rdf` for its order).

    What :func:`to_quads` and :func:`to_dataset` start from; load it into a store with
    ``pyoxigraph.Store.bulk_load(data, format=RdfFormat.N_QUADS)``.
    """
    out = io.BytesIO()
    _write(extraction, Parts(None, "rdf"), {"graph.nq": out})
    return out.getvalue()


def ntriples(extraction: Extraction) -> bytes:
    """The union of all graphs as N-Triples, each triple once: what graph.nt holds."""
    out = io.BytesIO()
    _write(extraction, Parts(None, "rdf"), {"graph.nt": out})
    return out.getvalue()


def to_quads(extraction: Extraction) -> list[ox.Quad]:
    """The extraction as RDF quads: the default graph first, then one graph per document.

    Parameters
    ----------
    extraction
        What was read from the documents.

    Returns
    -------
    list of pyoxigraph.Quad
        Distinct quads in a deterministic order.
    """
    quads = list(ox.parse(nquads(extraction), format=ox.RdfFormat.N_QUADS))
    default = [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
    return default + [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]


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
    import rdflib  # 0.08 s to import, for API users only: the writers never need it

    ds = rdflib.Dataset()
    for prefix, namespace in _NS.items():
        ds.bind(prefix, namespace, override=True, replace=True)
    ds.parse(data=nquads(extraction).decode("utf-8"), format="nquads")
    return ds


_LONGEST_FIRST = sorted(CONTEXT.items(), key=lambda item: -len(item[1]))
"""The context's prefixes, longest namespace first (ties in context order): the first that
matches an IRI is the longest."""


def _compact(iri: str) -> str:
    """*iri* as a CURIE of the longest matching namespace, or itself if none matches."""
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            return iri if local.startswith("//") else f"{prefix}:{local}"
    return iri


_UNESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPED = re.compile(r"\\(?:u([0-9A-F]{4})|U([0-9A-F]{8})|(.))")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPED.sub(
        lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
        else _UNESCAPES[m.group(3)], text)


class _JsonLd:
    """Compact JSON-LD, as JSON text, from N-Triples terms.

    Each IRI is compacted once, and each object term converted to its JSON text once: the same
    classes, documents, actors, numbers and dates recur on many lines. A node object's text is
    put together from these texts (what ``json.dumps`` writes for a dict is its keys' and
    values' texts joined), so no node is made as a dict and encoded.
    """

    def __init__(self) -> None:
        self._compact: dict[str, str] = {}
        self._texts: dict[str, str] = {}

    def iri(self, term: str) -> str:
        found = self._compact.get(term)
        if found is None:
            if len(self._compact) >= _TERMS:
                self._compact.clear()
            found = self._compact[term] = _compact(term[1:-1])
        return found

    def value(self, term: str) -> str:
        """The JSON text of the JSON-LD value of an object term (an IRI or a literal), made
        once: the texts ``json.dumps`` writes for its value, put together."""
        found = self._texts.get(term)
        if found is None:
            if len(self._texts) >= _TERMS:
                self._texts.clear()
            found = self._texts[term] = self._value(term)
        return found

    def _value(self, term: str) -> str:
        if term[0] == "<":
            return '{"@id":' + _string(self.iri(term)) + "}"
        end = term.rindex('"')
        value, suffix = _string(_unescape(term[1:end])), term[end + 1:]
        if not suffix:
            return value
        if suffix[0] == "@":
            return '{"@value":' + value + ',"@language":' + _string(suffix[1:]) + "}"
        return '{"@value":' + value + ',"@type":' + _string(self.iri(suffix[2:])) + "}"

    def iri_text(self, term: str) -> str:
        """The JSON text of the compact IRI of *term*."""
        key = "\0" + term  # an IRI term's own entry is the text of its value, {"@id": ...}
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= _TERMS:
                self._texts.clear()
            found = self._texts[key] = _string(self.iri(term))
        return found

    def nodes(self, lines: Iterable[str]) -> Iterator[tuple[str, str]]:
        """``(subject, node object)`` per subject of *lines* (sorted N-Triples lines), the node
        as JSON text without its closing brace (a document's ``@graph`` may follow)."""
        iri_text, value, texts = self.iri_text, self.value, self._texts
        type_term = f"<{_NS['rdf']}type>"
        subject = ""
        properties: dict[str, list[str]] = {}
        for line in lines:
            s, p, o = line[:-2].split(" ", 2)
            if s != subject:
                if subject:
                    yield subject, _node(iri_text(subject), properties)
                subject, properties = s, {}
            if p == type_term and o[0] == "<":
                key, item = _TYPE_KEY, iri_text(o)
            else:
                key = iri_text(p)
                item = texts.get(o) or value(o)
            items = properties.get(key)
            if items is None:
                properties[key] = [item]
            else:
                items.append(item)
        if subject:
            yield subject, _node(iri_text(subject), properties)


_TYPE_KEY = '"@type"'


def _node(iri: str, properties: dict[str, list[str]]) -> str:
    """A node object's text but its closing brace: its ``@id``, then each property, a single
    value not in a list (*iri* and *properties* are JSON texts)."""
    parts = ['{"@id":', iri]
    for key, items in properties.items():
        parts.append(f",{key}:{items[0]}" if len(items) == 1 else f",{key}:[{','.join(items)}]")
    return "".join(parts)


_string: Callable[[str], str] = json.encoder.encode_basestring
"""A string's JSON text, as ``json.dumps(..., ensure_ascii=False)`` writes it: the same
function its encoder calls for every string, key or value."""



def write_rdf(extraction: Extraction, out_dir: str | Path,
              parts: str | Path | None = None) -> list[Path]:
    """Write graph.ttl, graph.nt, graph.jsonld, context.jsonld, graph.trig and graph.nq.

    Turtle and N-Triples hold the union of all graphs, each triple once; TriG, N-Quads and
    JSON-LD keep one named graph per document. Each file is the same pieces in the same order:
    the ``kg:`` vocabulary with the actor and event types, the actors (by IRI), each document
    (by IRI: its description, then its named graph; the JSON-LD document node holds its graph
    as ``@graph``), the relations between actors (Turtle and N-Triples only: the documents'
    graphs hold them too) and the VoID description. Within a piece, statements are sorted.
    The files are written all or none (:func:`write_together`).

    Parameters
    ----------
    extraction
        What was read from the documents.
    out_dir
        Directory to write into; created if missing.
    parts
        A folder to keep the formatted pieces in between builds (in ``rdf/``): a piece whose
        inputs did not change is read back, not made again. The files are the same without.

    Returns
    -------
    list of Path
        The files written, in the order of :data:`FILES`.
    """
    with Parts(parts, "rdf") as kept:
        written = write_together(out_dir, FILES, lambda outs: _write(extraction, kept, outs))
    return sorted(written, key=lambda path: FILES.index(path.name))
