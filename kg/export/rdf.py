"""RDF export: the extraction as quads, and the Turtle, N-Triples, JSON-LD, TriG, N-Quads files.

The model (described in docs/model.md) reuses SEM for events and actors, schema.org
(``https://schema.org/``) for names and types, PROV-O for provenance and attribution, NIF for
mention offsets and GeoSPARQL beside WGS84 for positions. Each document's assertions (events,
roles, mentions, relations) live in a named graph whose IRI is the document's IRI; the default
graph holds the small ``kg:`` ontology, actor descriptions, document metadata and text, and a
VoID description of the whole dataset. Every node has an IRI derived from content, so the
output is byte-identical for the same input and diffs cleanly between runs.

Statements are built as N-Triples lines, which cost a string each in Python, rather than as
RDF term objects; the N-Triples and N-Quads files are those lines sorted, Turtle and TriG are
streamed through pyoxigraph's serialisers, and JSON-LD is written a node per line.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import io
import json
import math
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import islice, takewhile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

from kg import vocab
from kg.errors import ExportError
from kg.export._atomic import write_chunks, write_files
from kg.graph import event_label
from kg.model import (
    Actor,
    ActorType,
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
    return _iri("plover", vocab.local_name(event_type))


def _time_literal(value: str) -> _Literal:
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return _typed(value, datatype)
    return _lit(value)


_RUN = 500_000
"""Statements held in memory before a sorted run of them is written to disk: a graph of fewer
statements is sorted in memory, a larger one costs this much memory whatever its size."""

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


class _Keys:
    """Sorted, distinct statement keys, re-readable: a list, or a file of one key per line."""

    def __init__(self, keys: list[str] | None = None, path: Path | None = None) -> None:
        self._keys = keys if keys is not None else []
        self._path = path

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys) if self._path is None else _read_keys(self._path)


def _read_keys(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="surrogatepass", newline="\n") as handle:
        for line in handle:
            yield line[:-1]


def _write_keys(path: Path, keys: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8", errors="surrogatepass", newline="\n") as handle:
        while batch := list(islice(keys, 4096)):
            handle.write("\n".join(batch))
            handle.write("\n")


def _distinct(keys: Iterable[str]) -> Iterator[str]:
    """*keys* (sorted) without the repeats."""
    previous = None
    for key in keys:
        if key != previous:
            yield key
            previous = key


def _by_triple(by_graph: Iterable[str]) -> list[str]:
    """``line\\tgraph`` keys, sorted, from ``graph\\tline`` keys."""
    keys = []
    for key in by_graph:
        graph, _, line = key.partition("\t")
        keys.append(f"{line}\t{graph}")
    keys.sort()
    return keys


def _merge_small(keys: Iterable[str], few: list[str]) -> Iterator[str]:
    """Sorted distinct *keys* and the sorted distinct *few*, merged, each key once: one
    comparison per key, cheaper than :func:`heapq.merge` when *few* is short."""
    pending = iter(few)
    head = next(pending, None)
    for key in keys:
        while head is not None and head <= key:
            if head != key:
                yield head
            head = next(pending, None)
        yield key
    if head is not None:
        yield head
        yield from pending


class _Quads:
    """The statements under construction, as keys sorted two ways.

    In :meth:`add`, a graph is ``""`` (the default graph) or an IRI; a subject is an IRI; a
    predicate a CURIE over :data:`kg.vocab.NS` (``"schema:name"``) or an IRI; an object an
    IRI or a :class:`_Literal`. Each IRI is checked once, so a bad one fails here, naming it.

    A statement is kept as its N-Triples line in its graph's set, and sorted as the key
    ``<graph>\\t<N-Triples line>`` (the default graph's name is empty; neither a term nor a
    line holds a tab or a line break). Sorted, these keys give each
    graph's lines in order (TriG, JSON-LD); swapped to ``<line>\\t<graph>`` they give the
    triples in order, each followed by its graphs (N-Triples, N-Quads, the VoID counts). Up to
    :data:`_RUN` keys are held in memory; beyond that, each full batch is sorted both ways and
    written to a temporary folder in *spill* (the system's when None), and :meth:`finish` merges
    the runs.
    """

    def __init__(self, spill: Path | None = None, run: int | None = None) -> None:
        self.terms = _Terms()
        self._documents: dict[str, str] = {}
        self._run: dict[str, set[str]] = {}  # graph term ("" the default graph) -> its lines
        self._size = 0  # distinct statements in the run
        self._limit = run or _RUN
        self._spill = spill
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._runs: list[tuple[Path, Path]] = []

    def term(self, iri: str) -> str:
        """``<iri>``, checked: an invalid IRI raises :class:`ExportError`."""
        return self.terms[iri]

    def document(self, document_id: str) -> str:
        """:func:`kg.vocab.document_iri` of *document_id*, made once per document."""
        found = self._documents.get(document_id)
        if found is None:
            found = self._documents[document_id] = vocab.document_iri(document_id)
        return found

    def _lines(self, graph: str) -> set[str]:
        """The lines of *graph* held in the current run."""
        graph = self.terms[graph] if graph else ""
        lines = self._run.get(graph)
        if lines is None:
            lines = self._run[graph] = set()
        return lines

    def add(self, graph: str, s: str, p: str, o: str) -> None:
        terms = self.terms
        s, p = terms[s], terms[p]
        if type(o) is not _Literal:
            o = terms[o]
        lines = self._lines(graph)
        held = len(lines)
        lines.add(f"{s} {p} {o} .")
        self._size += len(lines) - held
        if self._size >= self._limit:
            self._write_run()

    def add_all(self, graph: str, s: str, statements: Iterable[tuple[str, str]]) -> None:
        """:meth:`add` of each (predicate, object) of *statements* about *s* in *graph*."""
        terms = self.terms
        s = terms[s]
        lines = self._lines(graph)
        held = len(lines)
        for p, o in statements:
            lines.add(f"{s} {terms[p]} {o if type(o) is _Literal else terms[o]} .")
        self._size += len(lines) - held
        if self._size >= self._limit:
            self._write_run()

    def _sorted_run(self) -> list[str]:
        """The run's keys sorted, and the run emptied. Each graph's lines are sorted apart: the
        same order as the keys', as no graph term is a prefix of another, and several times
        faster than one sort of all keys, whose long shared prefixes and scattered strings
        make every comparison a cache miss."""
        keys: list[str] = []
        for graph, lines in sorted(self._run.items()):
            prefix = graph + "\t"
            keys.extend([prefix + line for line in sorted(lines)])
        self._run, self._size = {}, 0
        return keys

    def _write_run(self) -> None:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix=".kg-rdf-sort-", dir=self._spill)
        by_graph = self._sorted_run()
        name = Path(self._folder.name, str(len(self._runs)))
        paths = (name.with_suffix(".g"), name.with_suffix(".t"))
        _write_keys(paths[0], iter(by_graph))
        _write_keys(paths[1], iter(_by_triple(by_graph)))
        self._runs.append(paths)

    def finish(self, counts: _Counts) -> tuple[_Keys, _Keys]:
        """The statement keys sorted by graph and by triple, each key once; the keys by triple
        are passed through *counts* on the way."""
        if not self._runs:
            by_graph = self._sorted_run()
            by_triple = _by_triple(by_graph)
            for _ in counts.count(by_triple):
                pass
            return _Keys(by_graph), _Keys(by_triple)
        self._write_run()
        assert self._folder is not None
        merged = []
        for order, suffix in enumerate(("g", "t")):
            path = Path(self._folder.name, f"all.{suffix}")
            keys = _distinct(heapq.merge(*(_read_keys(paths[order]) for paths in self._runs)))
            _write_keys(path, counts.count(keys) if order else keys)
            for paths in self._runs:
                paths[order].unlink()
            merged.append(_Keys(path=path))
        return merged[0], merged[1]

    def close(self) -> None:
        """Remove the runs written to disk, if any."""
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


class _Counts:
    """What the VoID description counts, from the keys sorted by triple: distinct triples over
    all graphs, their subjects, objects, properties and classes, and each graph's statements."""

    def __init__(self) -> None:
        self.triples = self.subjects = self.entities = self.objects = 0
        self.properties: dict[str, int] = {}
        self.classes: dict[str, int] = {}
        self.graphs: dict[str, int] = {}

    def count(self, by_triple: Iterable[str]) -> Iterator[str]:
        """*by_triple* (distinct keys sorted by triple, all of them), counted as it passes."""
        graphs: dict[str, int] = defaultdict(int)
        properties: dict[str, int] = defaultdict(int)
        classes: dict[str, int] = defaultdict(int)
        objects: set[str] = set()
        triples = subjects = entities = 0
        entity = f"<{vocab.BASE}id/"
        type_term = f"<{_NS['rdf']}type>"
        previous = subject = ""
        for key in by_triple:
            yield key
            line, _, graph = key.partition("\t")
            graphs[graph] += 1
            if line == previous:
                continue
            previous = line
            triples += 1
            s, p, o = line[:-2].split(" ", 2)
            if s != subject:
                subject = s
                subjects += 1
                entities += s.startswith(entity)
            objects.add(o)
            properties[p] += 1
            if p == type_term:
                classes[o] += 1
        self.triples, self.subjects, self.entities = triples, subjects, entities
        self.objects = len(objects)
        self.properties = dict(properties)
        self.classes = dict(classes)
        self.graphs = dict(graphs)


_DEFAULT = ""


def _ontology(q: _Quads, relation_names: Iterable[str]) -> None:
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


def _document(q: _Quads, extraction: Extraction) -> None:
    for doc in extraction.documents:
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


def _actor(q: _Quads, actor: Actor, concepts: set[str]) -> None:
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
    for kind in (str(actor.type), actor.subtype):
        if kind:
            q.add(g, node, "sem:actorType", _actor_type_iri(kind))
            concepts.add(kind)
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


def _mention(q: _Quads, mention: Mention) -> str:
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


def _event(q: _Quads, event: Event, actors: dict[str, Actor], types: set[str]) -> None:
    g = q.document(event.document_id)
    node = event.id
    q.add(g, node, RDF_TYPE, "sem:Event")
    q.add(g, node, RDFS_LABEL, _text(event_label(event, actors)))
    plover = _plover_iri(event.type)
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


def _relation(q: _Quads, relation: Relation) -> None:
    evidence = relation.evidence
    doc = q.document(evidence.document_id)
    g = doc
    prop = relation_property(relation.predicate)
    q.add(g, relation.subject, prop, relation.object)
    key = "\x1f".join(map(str, (relation.subject, relation.predicate, relation.object,
                                evidence.document_id, evidence.start, evidence.end)))
    node = RELATION_BASE + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    q.add(g, node, RDF_TYPE, "rdf:Statement")
    q.add(g, node, "rdf:subject", relation.subject)
    q.add(g, node, "rdf:predicate", prop)
    q.add(g, node, "rdf:object", relation.object)
    q.add(g, node, "kg:evidence", _mention(q, evidence))
    q.add(g, node, "prov:wasDerivedFrom", doc)


def _void(q: _Quads, extraction: Extraction, counts: _Counts) -> None:
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


def _statements(q: _Quads, extraction: Extraction) -> None:
    """Add every statement of *extraction* but the VoID description to *q*."""
    _ontology(q, [*RelationType, *(r.predicate for r in extraction.relations)])
    _document(q, extraction)
    concepts: set[str] = set()
    for iri in sorted(extraction.actors):
        actor = extraction.actors[iri]
        _actor(q, actor, concepts)
        for mention in actor.mentions:
            q.add(q.document(mention.document_id), actor.id, "kg:mention",
                  _mention(q, mention))
    for kind in sorted(concepts):
        node = _actor_type_iri(kind)
        q.add(_DEFAULT, node, RDF_TYPE, "sem:ActorType")
        q.add(_DEFAULT, node, RDF_TYPE, "skos:Concept")
        q.add(_DEFAULT, node, RDFS_LABEL, _text(kind.replace("_", " ")))
    types: set[str] = set()
    for event in extraction.events:
        _event(q, event, extraction.actors, types)
    for etype in sorted(types):
        node = _plover_iri(etype)
        q.add(_DEFAULT, node, RDF_TYPE, "sem:EventType")
        q.add(_DEFAULT, node, RDF_TYPE, "skos:Concept")
        q.add(_DEFAULT, node, RDFS_LABEL, _text(etype))
    for relation in extraction.relations:
        _relation(q, relation)


class _Statements:
    """Every statement of an extraction, its VoID description included, sorted two ways;
    a context manager that removes what was written to disk on the way."""

    def __init__(self, extraction: Extraction, spill: Path | None = None) -> None:
        self._quads = q = _Quads(spill)
        try:
            _statements(q, extraction)
            counts = _Counts()
            self._by_graph, self._by_triple = q.finish(counts)
            void = _Quads(run=sys.maxsize)  # small: held in memory
            _void(void, extraction, counts)
            self._void_graph, self._void_triple = (list(keys) for keys in void.finish(_Counts()))
        except BaseException:
            q.close()
            raise

    def by_graph(self) -> Iterator[str]:
        """``graph\\tline`` keys: the default graph's lines, then each named graph's."""
        return _merge_small(self._by_graph, self._void_graph)

    def by_triple(self) -> Iterator[str]:
        """``line\\tgraph`` keys: each triple, once for each graph holding it."""
        return _merge_small(self._by_triple, self._void_triple)

    def graph_quads(self) -> Iterator[str]:
        """N-Quads lines graph by graph (the default graph first), each graph's sorted."""
        for key in self.by_graph():
            graph, _, line = key.partition("\t")
            yield f"{line[:-2]} {graph} .\n" if graph else line + "\n"

    def sorted_quads(self) -> Iterator[str]:
        """N-Quads lines, sorted (a triple's lines are next to each other)."""
        for key in self.by_triple():
            line, _, graph = key.partition("\t")
            yield f"{line[:-2]} {graph} .\n" if graph else line + "\n"

    def triples(self) -> Iterator[str]:
        """The distinct triples of all graphs as N-Triples lines, sorted."""
        previous = ""
        for key in self.by_triple():
            line = key[:key.index("\t")]
            if line != previous:
                yield line + "\n"
                previous = line

    def close(self) -> None:
        self._quads.close()

    def __enter__(self) -> _Statements:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def nquads(extraction: Extraction) -> bytes:
    """The extraction as N-Quads: the default graph, then one graph per document, each sorted.

    What :func:`to_quads`, :func:`to_dataset` and :func:`write_rdf` all start from; load it into
    a store with ``pyoxigraph.Store.bulk_load(data, format=RdfFormat.N_QUADS)``.
    """
    with _Statements(extraction) as statements:
        return "".join(statements.graph_quads()).encode("utf-8")


class _Lines(io.RawIOBase):
    """Text lines read as one UTF-8 byte stream, encoded a few thousand lines at a time: what
    pyoxigraph parses without the whole graph ever being one string in memory."""

    def __init__(self, lines: Iterable[str]) -> None:
        super().__init__()
        self._lines = iter(lines)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            batch = list(islice(self._lines, 4096))
            if not batch:
                return 0
            self._buffer = "".join(batch).encode("utf-8")
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def ntriples(extraction: Extraction) -> bytes:
    """The union of all graphs as N-Triples, lines sorted: what graph.nt holds."""
    with _Statements(extraction) as statements:
        return "".join(statements.triples()).encode("utf-8")


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
    return list(ox.parse(nquads(extraction), format=ox.RdfFormat.N_QUADS))


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


def _named_graphs(by_graph: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """(graph, its lines) for each named graph, in order, from keys sorted by graph."""
    graph, lines = "", list[str]()
    for key in by_graph:
        name, _, line = key.partition("\t")
        if name != graph:
            if graph:
                yield graph, lines
            graph, lines = name, []
        lines.append(line)
    if graph:
        yield graph, lines


def _write_jsonld(statements: _Statements, out: IO[bytes]) -> None:
    """Compact JSON-LD with the context embedded, so no parser needs the network: one node
    object per line, a document's graph as the ``@graph`` of its document node.

    The default graph's nodes and the named graphs both come sorted, so they are merged as
    they are read, a node at a time."""
    jsonld = _JsonLd()
    head = json.dumps({"@context": CONTEXT}, indent=1)[:-2]
    out.write(f'{head},\n "@graph": [\n'.encode())
    default = (key[1:] for key in takewhile(lambda key: key[0] == "\t", statements.by_graph()))
    named = _named_graphs(statements.by_graph())
    pending = next(named, None)
    separator = ""

    def write(node: str) -> None:
        nonlocal separator
        out.write((separator + node).encode("utf-8"))
        separator = ",\n"

    def graph(lines: list[str]) -> str:
        return ',"@graph":[' + ",".join(n + "}" for _, n in jsonld.nodes(lines)) + "]}"

    for subject, node in jsonld.nodes(default):
        while pending is not None and pending[0] < subject:
            write('{"@id":' + jsonld.iri_text(pending[0]) + graph(pending[1]))
            pending = next(named, None)
        if pending is not None and pending[0] == subject:
            write(node + graph(pending[1]))
            pending = next(named, None)
        else:
            write(node + "}")
    while pending is not None:
        write('{"@id":' + jsonld.iri_text(pending[0]) + graph(pending[1]))
        pending = next(named, None)
    out.write(b"\n]}\n")


def _serialize(lines: Iterable[str], fmt: ox.RdfFormat, out: IO[bytes],
               source: ox.RdfFormat) -> None:
    """*lines* (our own N-Triples or N-Quads, each ending with a line break) re-serialised by
    pyoxigraph as *fmt*, streamed.

    The parse is lenient: every IRI was checked when its line was made (:meth:`_Quads.term`)
    and the literals are written by :func:`_quoted`, so pyoxigraph's second validation would
    only repeat that work (it was half the time of Turtle and TriG); the bytes are the same.
    """
    _serialize_file(io.BufferedReader(_Lines(lines), buffer_size=1 << 20), fmt, out, source)


def _serialize_file(data: IO[bytes], fmt: ox.RdfFormat, out: IO[bytes],
                    source: ox.RdfFormat) -> None:
    """:func:`_serialize` of the lines in the binary file *data*."""
    ox.serialize(ox.parse(data, format=source, lenient=True), out, format=fmt,
                 prefixes=dict(_NS))


def write_rdf(extraction: Extraction, out_dir: str | Path) -> list[Path]:
    """Write graph.ttl, graph.nt, graph.jsonld, context.jsonld, graph.trig and graph.nq.

    Turtle and N-Triples hold the union of all graphs; TriG, N-Quads and JSON-LD keep one named
    graph per document. The files are written all or none (:func:`write_files`).

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
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    staged: dict[str, str] = {}

    def triples(f: IO[bytes]) -> None:
        write_chunks(f, statements.triples())
        staged["graph.nt"] = f.name

    def turtle(f: IO[bytes]) -> None:  # from the N-Triples just written: the same lines
        with open(staged["graph.nt"], "rb") as lines:
            _serialize_file(lines, ox.RdfFormat.TURTLE, f, ox.RdfFormat.N_TRIPLES)

    with _Statements(extraction, spill=folder) as statements:
        writers: dict[str, Callable[[IO[bytes]], object]] = {
            "graph.nt": triples,
            "graph.ttl": turtle,
            "graph.jsonld": lambda f: _write_jsonld(statements, f),
            "context.jsonld": lambda f: f.write(
                (json.dumps({"@context": CONTEXT}, indent=1) + "\n").encode("utf-8")),
            "graph.trig": lambda f: _serialize(statements.graph_quads(), ox.RdfFormat.TRIG, f,
                                               ox.RdfFormat.N_QUADS),
            "graph.nq": lambda f: write_chunks(f, statements.sorted_quads()),
        }
        written = write_files(out_dir, list(writers.items()))
    return sorted(written, key=lambda path: FILES.index(path.name))
