"""RDF export: every file parses in rdflib and pyoxigraph, named graphs, claims, determinism."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export import rdf
from kg.export.rdf import FILES, mention_iri, to_dataset, to_quads, write_rdf
from kg.model import Actor, ActorType, Document, Extraction, Mention, Modality, Relation
from kg.vocab import KG, NS, actor_iri, document_iri

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

RDFLIB_FORMATS = {
    "graph.ttl": "turtle",
    "graph.nt": "nt",
    "graph.jsonld": "json-ld",
    "graph.trig": "trig",
    "graph.nq": "nquads",
}
DATASET_FILES = ("graph.jsonld", "graph.trig", "graph.nq")
DOC = document_iri("news/a.txt")

PREFIXES = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in NS.items())


@pytest.fixture
def out(tmp_path: Path, extraction: Extraction) -> Path:
    write_rdf(extraction, tmp_path)
    return tmp_path


@pytest.fixture
def store(extraction: Extraction) -> ox.Store:
    store = ox.Store()
    store.extend(to_quads(extraction))
    return store


def _select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    result = store.query(PREFIXES + "\n" + query)
    assert isinstance(result, ox.QuerySolutions)
    return sorted(tuple(term.value for term in row) for row in result)


def _quad_set(ds: rdflib.Dataset) -> set[tuple[rdflib.term.Node | None, ...]]:
    return {(s, p, o, g) for s, p, o, g in ds.quads()}


def _rdflib_quads(path: Path) -> set[tuple[rdflib.term.Node | None, ...]]:
    """The quads rdflib reads from *path*."""
    ds = rdflib.Dataset()
    ds.parse(path, format=RDFLIB_FORMATS[path.name])
    return _quad_set(ds)


def test_quads_are_sorted_distinct_and_have_no_blank_nodes(extraction: Extraction) -> None:
    quads = to_quads(extraction)
    assert len(set(quads)) == len(quads)
    assert quads == to_quads(copy.deepcopy(extraction))
    default = [q for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
    assert quads[: len(default)] == default
    for quad in quads:
        assert not any(isinstance(t, ox.BlankNode) for t in (quad.subject, quad.object))


def test_write_rdf_writes_every_file(out: Path, extraction: Extraction) -> None:
    assert sorted(p.name for p in write_rdf(extraction, out)) == sorted(FILES)
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("name", list(RDFLIB_FORMATS))
def test_file_parses_in_rdflib_and_pyoxigraph_with_same_count(
    out: Path, extraction: Extraction, name: str
) -> None:
    quads = to_quads(extraction)
    expected: set[ox.Quad] = set(quads)
    if name not in DATASET_FILES:
        expected = {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    parsed = set(ox.parse(path=out / name))
    assert parsed == expected
    assert len(_rdflib_quads(out / name)) == len(parsed)


def test_rdflib_reads_the_same_dataset_from_jsonld_trig_and_nquads(out: Path) -> None:
    nq = _rdflib_quads(out / "graph.nq")
    assert _rdflib_quads(out / "graph.trig") == nq
    assert _rdflib_quads(out / "graph.jsonld") == nq


def test_to_dataset_matches_the_quads(out: Path, extraction: Extraction) -> None:
    ds = to_dataset(extraction)
    assert _quad_set(ds) == _rdflib_quads(out / "graph.nq")
    assert dict(ds.namespaces())["sem"] == rdflib.URIRef(NS["sem"])


def test_jsonld_embeds_the_reusable_context(out: Path) -> None:
    context = json.loads((out / "context.jsonld").read_text("utf-8"))
    graph = json.loads((out / "graph.jsonld").read_text("utf-8"))
    assert graph["@context"] == context["@context"]
    assert context["@context"]["schema"] == "https://schema.org/"
    user_doc = {**context, "@id": "http://example.org/x", "schema:name": "x"}
    assert len(list(ox.parse(json.dumps(user_doc), format=ox.RdfFormat.JSON_LD))) == 1


@pytest.mark.parametrize("name", ["graph.trig", "graph.nq", "graph.jsonld"])
def test_one_named_graph_per_document(out: Path, name: str) -> None:
    quads = list(ox.parse(path=out / name))
    graphs = {q.graph_name for q in quads}
    assert graphs == {ox.DefaultGraph(), ox.NamedNode(DOC)}
    by_graph = {
        g: {(q.subject, q.predicate) for q in quads if q.graph_name == g} for g in graphs
    }
    events = [q for q in quads if q.object == ox.NamedNode(NS["sem"] + "Event")
              and q.predicate == ox.NamedNode(NS["rdf"] + "type")]
    assert len(events) == 2
    assert {q.graph_name for q in events} == {ox.NamedNode(DOC)}
    taliban = ox.NamedNode(actor_iri("Taliban"))
    assert (taliban, ox.NamedNode(NS["schema"] + "name")) in by_graph[ox.DefaultGraph()]
    assert (taliban, ox.NamedNode(KG + "mention")) in by_graph[ox.NamedNode(DOC)]
    assert (ox.NamedNode(DOC), ox.NamedNode(NS["schema"] + "datePublished")) in by_graph[
        ox.DefaultGraph()
    ]


def test_quad_store_keeps_document_provenance(out: Path) -> None:
    store = ox.Store()
    store.load(path=out / "graph.nq")
    rows = _select(store, """
        SELECT ?g ?label WHERE { GRAPH ?g { ?e a sem:Event ; rdfs:label ?label } }
    """)
    assert rows == [(DOC, "Pakistan air support Taliban"), (DOC, "Taliban attacked Panjshir")]


def test_sparql_who_attacked_whom(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?source ?target WHERE {
          GRAPH ?doc { ?e kg:ploverType plover:ASSAULT ; kg:source ?s ; kg:target ?t }
          ?s schema:name ?source . ?t schema:name ?target .
        }
    """)
    assert rows == [("Taliban", "Panjshir")]


def test_sem_superproperties_are_materialised(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?name WHERE {
          GRAPH ?doc { ?e sem:eventType plover:ASSAULT ; sem:hasActor ?a }
          ?a schema:name ?name .
        }
    """)
    assert rows == [("Panjshir",), ("Taliban",)]


def test_claimed_event_carries_the_claimant(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?label ?who ?mode WHERE {
          GRAPH ?doc { ?e rdfs:label ?label ; kg:modality ?mode ; kg:claimedBy ?c ;
                          prov:wasAttributedTo ?c }
          ?c schema:name ?who .
        }
    """)
    assert rows == [("Taliban attacked Panjshir", "Ahmad Massoud", KG + "Claimed")]


def test_denied_event_carries_disputed_by(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?label ?who WHERE {
          GRAPH ?doc { ?e rdfs:label ?label ; kg:modality kg:Denied ; kg:disputedBy ?d }
          ?d schema:name ?who .
        }
    """)
    assert rows == [("Pakistan air support Taliban", "Pakistan")]
    asserted = _select(store, "SELECT ?e WHERE { GRAPH ?g { ?e kg:modality kg:Asserted } }")
    assert asserted == []


def test_roles_and_mentions_carry_offsets(store: ox.Store, extraction: Extraction) -> None:
    rows = _select(store, """
        SELECT ?role ?type ?text ?begin ?end WHERE {
          GRAPH ?doc { ?e kg:ploverType plover:ASSAULT ; kg:role ?role .
                       ?role sem:roleType ?type ; kg:mention ?m .
                       ?m nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end ;
                          nif:referenceContext ?doc }
        }
    """)
    event = next(e.id for e in extraction.events if e.type == "ASSAULT")
    assert (f"{event}#source-1", KG + "SourceRole", "Taliban", "4", "11") in rows
    assert (f"{event}#claimed-by-1", KG + "ClaimedByRole", "Ahmad Massoud", "53", "66") in rows


def test_actor_links_and_coordinates(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?same ?match ?lat ?long WHERE {
          ?a schema:name "Panjshir" ; schema:sameAs ?same ; skos:exactMatch ?match ;
             wgs:lat ?lat ; wgs:long ?long .
        }
    """)
    assert rows == [("https://sws.geonames.org/6957555/", "https://sws.geonames.org/6957555/",
                     "35.5", "69.75")]
    wikidata = _select(store, 'SELECT ?w WHERE { ?a schema:name "Taliban" ; schema:sameAs ?w }')
    assert wikidata == [("http://www.wikidata.org/entity/Q42954",)]
    owl = _select(store, "SELECT ?a WHERE { ?a owl:sameAs ?b }")
    assert owl == []


def test_relation_has_provenance(store: ox.Store) -> None:
    rows = _select(store, """
        SELECT ?doc ?text WHERE {
          GRAPH ?doc { ?s kg:leaderOf ?o . ?st rdf:subject ?s ; rdf:predicate kg:leaderOf ;
                       rdf:object ?o ; kg:evidence [ nif:anchorOf ?text ] }
          ?o schema:name "National Resistance Front of Afghanistan" .
        }
    """)
    assert rows == [(DOC, "NRFA leader Ahmad Massoud")]


def test_labels_with_quotes_and_angle_brackets_survive(out: Path) -> None:
    odd = "<Taliban>"
    sentence = 'Pakistan denied giving "air support" to the <Taliban> & friends.'
    for name in RDFLIB_FORMATS:
        values = {str(o) for _, _, o, _ in _rdflib_quads(out / name)}
        assert {odd, sentence} <= values, name
        values = {q.object.value for q in ox.parse(path=out / name)
                  if isinstance(q.object, ox.Literal)}
        assert {odd, sentence} <= values, name


def test_output_is_byte_identical_and_order_independent(extraction: Extraction) -> None:
    shuffled = copy.deepcopy(extraction)
    shuffled.events.reverse()
    shuffled.actors = dict(reversed(shuffled.actors.items()))
    shuffled.relations.reverse()
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, \
            tempfile.TemporaryDirectory() as c:
        write_rdf(extraction, a)
        write_rdf(extraction, b)
        write_rdf(shuffled, c)
        for name in FILES:
            first = (Path(a) / name).read_bytes()
            assert first == (Path(b) / name).read_bytes(), name
            assert first == (Path(c) / name).read_bytes(), name


def test_files_are_the_pieces_in_order_each_sorted(out: Path) -> None:
    """The vocabulary, the actors, the document (its description, then its graph), VoID."""
    quads = list(ox.parse(path=out / "graph.nq"))
    doc = ox.NamedNode(DOC)
    described = [i for i, q in enumerate(quads) if q.subject == doc]
    in_graph = [i for i, q in enumerate(quads) if q.graph_name == doc]
    void = [i for i, q in enumerate(quads) if "/id/dataset/" in q.subject.value]
    actors = [i for i, q in enumerate(quads) if "/id/actor/" in q.subject.value
              and q.graph_name != doc]
    assert max(actors) < min(described) and max(described) < min(in_graph)
    assert in_graph == list(range(min(in_graph), max(in_graph) + 1))
    assert max(in_graph) < min(void) and max(void) == len(quads) - 1
    lines = (out / "graph.nq").read_text("utf-8").splitlines()
    graph = [lines[i] for i in in_graph]
    assert graph == sorted(graph)
    nt = (out / "graph.nt").read_text("utf-8").splitlines()
    assert len(set(nt)) == len(nt)


def _relation_in_two_documents(extraction: Extraction) -> Extraction:
    """*extraction* and a second document whose one relation is the first one's."""
    relation = extraction.relations[0]
    doc = Document("news/b.txt", relation.evidence.text)
    evidence = Mention(doc.id, 0, len(doc.text), doc.text)
    twice = copy.deepcopy(extraction)
    twice.documents.append(doc)
    twice.relations.append(Relation(relation.subject, relation.predicate, relation.object,
                                    evidence))
    return twice


def test_a_triple_in_two_graphs_is_one_line_of_graph_nt_and_counted_once(
        extraction: Extraction, tmp_path: Path) -> None:
    """graph.nt and the VoID counts are over distinct triples: a relation read in two documents
    is in both their graphs but once in the union."""
    write_rdf(_relation_in_two_documents(extraction), tmp_path)
    relation = extraction.relations[0]
    line = (f"<{relation.subject}> <{rdf.relation_property(relation.predicate)}> "
            f"<{relation.object}> .")
    nt = (tmp_path / "graph.nt").read_text("utf-8").splitlines()
    assert nt.count(line) == 1
    assert len(set(nt)) == len(nt)
    nq = (tmp_path / "graph.nq").read_text("utf-8").splitlines()
    assert sum(q.startswith(line[:-1]) for q in nq) == 2
    store = ox.Store()
    store.load(path=tmp_path / "graph.nq")
    counted = _select(store, "SELECT ?n WHERE { ?d a void:Dataset ; void:triples ?n ; "
                             "void:documents ?docs }")
    void_lines = sum("/id/dataset/" in q.split(" ", 1)[0] for q in nt)
    assert counted == [(str(len(nt) - void_lines),)]


def test_the_void_counts_are_those_of_the_statements(out: Path) -> None:
    store = ox.Store()
    store.load(path=out / "graph.nq")
    counts = dict(_select(store, """
        SELECT ?p ?n WHERE { ?d a void:Dataset ; void:documents ?docs ; ?p ?n
                             FILTER(isLiteral(?n) && DATATYPE(?n) = xsd:integer) }"""))
    union = {(q.subject, q.predicate, q.object) for q in ox.parse(path=out / "graph.nq")
             if "/id/dataset/" not in q.subject.value}
    assert counts[NS["void"] + "triples"] == str(len(union))
    assert counts[NS["void"] + "distinctSubjects"] == str(len({s for s, _, _ in union}))
    assert counts[NS["void"] + "distinctObjects"] == str(len({o for _, _, o in union}))
    entities = {s for s, _, _ in union if s.value.startswith("https://w3id.org/kg-news/id/")}
    assert counts[NS["void"] + "entities"] == str(len(entities))


def test_iris_are_stable(extraction: Extraction) -> None:
    subjects = {q.subject.value for q in to_quads(extraction)
                if isinstance(q.subject, ox.NamedNode)}
    assert subjects == {q.subject.value for q in to_quads(copy.deepcopy(extraction))
                        if isinstance(q.subject, ox.NamedNode)}
    assert "https://w3id.org/kg-news/id/doc/news%2Fa.txt#char=4,11" in subjects
    assert "https://w3id.org/kg-news/id/actor/taliban" in subjects
    assert mention_iri(Mention("news/a.txt", 4, 11, "Taliban")) == DOC + "#char=4,11"
    event = next(e.id for e in extraction.events if e.type == "ASSAULT")
    assert {f"{event}#source-1", f"{event}#target-1", f"{event}#location-1"} <= subjects


def _one_actor(label: str) -> Extraction:
    doc = Document("d", label)
    mention = Mention("d", 0, len(label), label)
    actor = Actor(actor_iri(label), label, ActorType.PERSON, aliases=[label, label + "'"],
                  mentions=[mention])
    return Extraction([doc], {actor.id: actor})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_any_label_round_trips_through_ntriples_and_turtle(label: str) -> None:
    extraction = _one_actor(label)
    with tempfile.TemporaryDirectory() as tmp:
        write_rdf(extraction, tmp)
        for name in ("graph.nt", "graph.ttl", "graph.nq", "graph.jsonld"):
            path = Path(tmp) / name
            names = {q.object.value for q in ox.parse(path=path)
                     if q.predicate.value == NS["schema"] + "name"}
            assert names == {label}, name
            rdflib_names = {str(o) for _, p, o, _ in _rdflib_quads(path)
                            if str(p) == NS["schema"] + "name"}
            assert rdflib_names == {label}, name


def test_interval_dates_become_begin_and_end(extraction: Extraction) -> None:
    extraction.events[0].date = "2021-09-01/2021-09"
    store = ox.Store()
    store.extend(to_quads(extraction))
    rows = _select(store, """
        SELECT ?b ?e ?bt ?et WHERE { GRAPH ?g { ?x sem:hasBeginTimeStamp ?b ;
                                                 sem:hasEndTimeStamp ?e }
          BIND(DATATYPE(?b) AS ?bt) BIND(DATATYPE(?e) AS ?et) }
    """)
    assert rows == [("2021-09-01", "2021-09", NS["xsd"] + "date", NS["xsd"] + "gYearMonth")]


def test_documented_sparql_query_runs(extraction: Extraction, tmp_path: Path) -> None:
    """One row per attack: an unclaimed one gets no claimant, never every actor."""
    attack = extraction.events[0]
    unclaimed = copy.deepcopy(attack)
    unclaimed.id = attack.id + "0"
    unclaimed.modality = Modality.ASSERTED
    unclaimed.date = "2021-09-07"
    unclaimed.arguments = [a for a in attack.arguments if a.role != "claimed_by"]
    extraction.events.append(unclaimed)
    write_rdf(extraction, tmp_path)
    doc = (Path(__file__).resolve().parents[2] / "docs" / "model.md").read_text("utf-8")
    query = next(block.split("```", 1)[0] for block in doc.split("```sparql\n")[1:]
                 if "?claimant" in block)
    store = ox.Store()
    store.load(path=tmp_path / "graph.nq")
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    rows = [tuple(t.value if t else None for t in row) for row in result]
    assert rows == [
        ("Taliban", "Panjshir", "2021-09-06", KG + "Claimed", "Ahmad Massoud", "news/a.txt"),
        ("Taliban", "Panjshir", "2021-09-07", KG + "Asserted", None, "news/a.txt"),
    ]


def test_actor_roles_over_time_are_dated_nodes(extraction: Extraction) -> None:
    from kg.model import ActorRole

    taliban = next(a for a in extraction.actors.values() if a.label == "Taliban")
    taliban.roles = [ActorRole("insurgent group", "2001-11-13", "2021-08-15"),
                     ActorRole("de facto government of Afghanistan", "2021-08-15")]
    store = ox.Store()
    store.extend(to_quads(extraction))
    rows = list(store.query(
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
        "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label ?end WHERE { ?a kg:roleOverTime ?r . ?r a kg:ActorRole ; rdfs:label ?label ;"
        " sem:hasBeginTimeStamp ?begin FILTER(?begin <= \"2021-09-06\"^^<http://www.w3.org/2001/XMLSchema#date>)"
        " OPTIONAL { ?r sem:hasEndTimeStamp ?end } FILTER(!BOUND(?end)) }",
        use_default_graph_as_union=True,
    ))
    assert [r["label"].value for r in rows] == ["de facto government of Afghanistan"]
