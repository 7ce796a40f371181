"""Whatever the text holds, every export parses in its reader and the graph's invariants hold.

Extractions are built directly (no spaCy) from arbitrary text, names and metadata: control
characters, lone surrogates, quotes and markup, empty and odd dates, non-finite coordinates,
unknown actors in roles. Each is written by every exporter (the HTML page and the picture are
the viewer's, tested there) and read back with rdflib, pyoxigraph, lxml (against the shipped
GraphML XSD and GEXF RELAX NG schema when ../shared is present) and the csv module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.neo4j import write_neo4j
from kg.export.rdf import write_rdf
from kg.export.tables import write_tables
from kg.graph import actor_graph, event_graph
from kg.model import (
    Actor,
    ActorRole,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
    Relation,
    Role,
)
from kg.vocab import KG, NS, actor_iri, event_iri
from tests.conftest import SHARED

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*",
                                        "ignore::UserWarning:rdflib.*")

SCHEMAS = SHARED / "reference" / "schemas"
ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates and controls too
TEXT = st.text(ANY_CHAR, max_size=40)
WORDY = st.text(st.sampled_from('ab &<>"\'\n\r\t;,|{}\\:/#%é\x00\x1f\ud800\ufffe'), max_size=20)
SOME = st.one_of(TEXT, WORDY)
DATES = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
PLOVER = ("ASSAULT", "COERCE", "AID", "CONSULT", "DEMAND")


def _iso(day: dt.date) -> str:
    return day.isoformat()


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    documents = []
    for i in range(draw(st.integers(1, 3))):
        text = draw(SOME.filter(bool))
        documents.append(Document(
            f"{draw(SOME)}#{i}", text, draw(st.none() | DATES),
            draw(st.sampled_from(["header", "field", "unknown", "option"]) | SOME),
            title=draw(st.none() | SOME), url=draw(st.none() | SOME),
            path=draw(st.none() | SOME), line=draw(st.none() | st.integers(0, 10**12))))

    def mention() -> Mention:
        doc = draw(st.sampled_from(documents))
        start = draw(st.integers(0, len(doc.text) - 1))
        end = draw(st.integers(start + 1, len(doc.text)))
        return Mention(doc.id, start, end, doc.text[start:end], draw(st.integers(0, 5)),
                       draw(SOME))

    actors: dict[str, Actor] = {}
    for i in range(draw(st.integers(1, 4))):
        label = draw(SOME.filter(bool))
        iri = actor_iri(f"{label} {i}")
        floats = st.none() | st.floats(allow_nan=True, allow_infinity=True)
        actors[iri] = Actor(
            iri, label, draw(st.sampled_from(list(ActorType))), draw(st.none() | SOME),
            aliases=draw(st.lists(SOME, max_size=3)), titles=draw(st.lists(SOME, max_size=2)),
            mentions=[mention() for _ in range(draw(st.integers(0, 2)))],
            wikidata=draw(st.none() | st.sampled_from(["Q42", "Q 42", "x"]) | SOME),
            geonames=draw(st.none() | st.integers(0, 10**9)), latitude=draw(floats),
            longitude=draw(floats), country=draw(st.none() | SOME),
            roles=[ActorRole(draw(SOME), draw(st.none() | DATES.map(_iso)),
                             draw(st.none() | DATES.map(_iso)))
                   for _ in range(draw(st.integers(0, 2)))])
    ids = [*sorted(actors), actor_iri("not described")]
    events = []
    for i in range(draw(st.integers(0, 3))):
        trigger = mention()
        etype = draw(st.sampled_from(PLOVER) | SOME.filter(str.strip))
        day, other = draw(DATES), draw(DATES)
        date = draw(st.sampled_from([None, _iso(day), f"{_iso(min(day, other))}/"
                                     f"{_iso(max(day, other))}"]))
        events.append(Event(
            event_iri(trigger.document_id, trigger.start, etype, i), etype, trigger,
            draw(SOME), mode=draw(st.none() | SOME), date=date,
            date_basis=draw(st.sampled_from(["explicit", "document", "unknown"])
                            | WORDY.filter(str.strip)),
            modality=draw(st.sampled_from(list(Modality))),
            arguments=[Argument(draw(st.sampled_from(list(Role))), draw(st.sampled_from(ids)),
                                draw(st.none() | st.just(trigger)))
                       for _ in range(draw(st.integers(0, 4)))],
            instruments=draw(st.lists(SOME, max_size=2)), mentions=[trigger]))
    relations = [Relation(draw(st.sampled_from(ids)), draw(SOME), draw(st.sampled_from(ids)),
                          mention()) for _ in range(draw(st.integers(0, 2)))]
    return Extraction(documents, actors, events, relations)


def _schema(kind: str) -> etree.XMLSchema | etree.RelaxNG | None:
    if kind == "graphml":
        path = SCHEMAS / "graphml" / "graphml.xsd"
        return etree.XMLSchema(etree.parse(str(path))) if path.exists() else None
    path = SCHEMAS / "gexf-1.3" / "gexf.rng"
    return etree.RelaxNG(etree.parse(str(path))) if path.exists() else None


SCHEMA = {"graphml": _schema("graphml"), "gexf": _schema("gexf")}
RDF_FILES = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.nq": "nquads", "graph.trig": "trig",
             "graph.jsonld": "json-ld"}


def _check_rdf(out: Path, extraction: Extraction) -> None:
    counts = {}
    for name, fmt in RDF_FILES.items():
        in_oxigraph = list(ox.parse(path=out / name))
        dataset = rdflib.Dataset()
        dataset.parse(out / name, format=fmt)
        assert sum(len(g) for g in dataset.graphs()) == len(in_oxigraph), name
        counts[name] = len(set(in_oxigraph))
    assert counts["graph.nq"] == counts["graph.trig"] == counts["graph.jsonld"]
    assert counts["graph.nt"] == counts["graph.ttl"]
    quads = list(ox.parse(path=out / "graph.nq"))
    for event in extraction.events:
        node = ox.NamedNode(event.id)
        predicates = {q.predicate.value for q in quads if q.subject == node}
        assert {KG + "ploverType", KG + "dateBasis", NS["rdf"] + "type"} <= predicates


def _check_xml(data: bytes, kind: str) -> None:
    root = etree.fromstring(data)
    if SCHEMA[kind] is not None:
        assert SCHEMA[kind].validate(root), SCHEMA[kind].error_log
    local = {etree.QName(e).localname: e for e in root.iter()}
    assert local  # parsed
    nodes = {e.get("id") for e in root.iter() if etree.QName(e).localname == "node"}
    for edge in (e for e in root.iter() if etree.QName(e).localname == "edge"):
        assert edge.get("source") in nodes and edge.get("target") in nodes


def _rows(path: Path) -> list[list[str]]:
    previous = csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    finally:
        csv.field_size_limit(previous)
    assert rows and all(len(r) == len(rows[0]) for r in rows), path.name
    return rows


def _check_csv(out: Path, extraction: Extraction) -> None:
    for name in ("events.csv", "mentions.csv", "actors.csv", "links.csv"):
        _rows(out / name)
    assert len(_rows(out / "actors.csv")) == len(extraction.actors) + 1
    neo4j = out / "neo4j"
    ids = {space: {r[0] for r in _rows(neo4j / f"nodes_{space.lower()}s.csv")[1:]}
           for space in ("Actor", "Event", "Document")}
    events = {r[0]: r for r in _rows(neo4j / "nodes_events.csv")[1:]}
    assert set(events) == {e.id for e in extraction.events}
    assert all(row[3] and row[10] for row in events.values())  # a type and a date basis
    for path in sorted(neo4j.glob("rels_*.csv")):
        header, *rows = _rows(path)
        start, end = (h[h.index("(") + 1:-1] for h in header[:2])
        for row in rows:
            assert row[0] in ids[start] and row[1] in ids[end], (path.name, row)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(extraction=extractions())
def test_every_export_parses_and_keeps_the_invariants(
    extraction: Extraction, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = tmp_path_factory.mktemp("out")
    write_rdf(extraction, out)
    write_tables(extraction, out)
    write_neo4j(extraction, out / "neo4j")
    _check_rdf(out, extraction)
    _check_csv(out, extraction)
    full = event_graph(extraction)
    for node in (e.id for e in extraction.events):
        assert full.nodes[node].get("event_type") and full.nodes[node].get("date_basis")
    for graph in (full, actor_graph(extraction)):
        for writer, kind in ((write_graphml, "graphml"), (write_gexf, "gexf")):
            buffer = io.BytesIO()
            writer(graph, buffer)
            _check_xml(buffer.getvalue(), kind)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, number=st.integers(0, 10**9))
def test_minted_iris_are_valid_whatever_the_text(text: str, number: int) -> None:
    """Actor, document, event, mention and PLOVER IRIs parse in pyoxigraph and rdflib alike."""
    from kg.export.rdf import mention_iri
    from kg.vocab import document_iri, local_name, wikidata_iri

    iris = [actor_iri(text), document_iri(text), event_iri(text, number),
            mention_iri(Mention(text, number, number + 1, "x")), NS["plover"] + local_name(text)]
    for iri in iris:
        assert ox.NamedNode(iri).value == iri
        line = f"<{iri}> <http://a/p> <http://a/o> .\n"
        assert len(rdflib.Graph().parse(data=line, format="nt")) == 1
    assert wikidata_iri(text) is None or text.strip().startswith("Q")


@pytest.mark.parametrize("etype", [".", "-", "x.", ".x", "a~b", "-x-"])
def test_an_event_type_turtle_cannot_write_bare_still_parses_in_rdflib(
    etype: str, tmp_path: Path
) -> None:
    """pyoxigraph writes such a local name escaped (``plover:\\.``), which rdflib rejects."""
    mention = Mention(document_id="d", start=0, end=1, text="0", sentence=0, ner_label="")
    extraction = Extraction(
        documents=[Document(id="d", text="0")],
        events=[Event(id=event_iri("d", 0, etype), type=etype, trigger=mention,
                      sentence_text="0", mentions=[mention])],
    )
    write_rdf(extraction, tmp_path)
    expected = {t.object.value for t in ox.parse(path=tmp_path / "graph.nt")
                if t.predicate == ox.NamedNode(KG + "ploverType")}
    assert len(expected) == 1
    for name in ("graph.ttl", "graph.trig"):
        dataset = rdflib.Dataset()
        dataset.parse(tmp_path / name, format="turtle" if name.endswith("ttl") else "trig")
        types = {str(o) for _, p, o, _ in dataset.quads() if p == rdflib.URIRef(KG + "ploverType")}
        assert types == expected, name
