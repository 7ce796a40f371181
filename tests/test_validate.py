"""SHACL shapes: the fixture's RDF conforms; broken graphs give violations naming the node."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import Literal, Namespace, URIRef

from kg.cli import main
from kg.export.rdf import ROLE_PROPERTIES, to_dataset, to_quads, write_rdf
from kg.model import Extraction, Modality
from kg.validate import SHAPES, validate, violations

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
KG = Namespace("https://w3id.org/kg-news/ontology#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = Namespace("https://w3id.org/kg-news/shapes#")
ACTOR = "https://w3id.org/kg-news/id/actor/"


@pytest.fixture
def graph(extraction: Extraction) -> rdflib.Graph:
    """The union of the fixture's graphs, ready to break."""
    union = rdflib.Graph()
    for s, p, o, _ in to_dataset(extraction).quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _event(extraction: Extraction, i: int = 0) -> URIRef:
    return URIRef(extraction.events[i].id)


def _focus_nodes(report: str) -> set[str]:
    return {line.split("Focus Node:", 1)[1].strip().strip("<>")
            for line in report.splitlines() if "Focus Node:" in line}


@pytest.mark.parametrize("form", ["extraction", "folder", "graph.nq", "graph.trig", "graph.ttl",
                                  "graph.jsonld", "dataset"])
def test_fixture_conforms(extraction: Extraction, tmp_path: Path, form: str) -> None:
    write_rdf(extraction, tmp_path)
    data: object = {"extraction": extraction, "folder": tmp_path,
                    "dataset": to_dataset(extraction)}.get(form, tmp_path / form)
    conforms, report = validate(data)  # type: ignore[arg-type]
    assert conforms, report
    assert "Conforms: True" in report


def test_event_without_a_type(graph: rdflib.Graph, extraction: Extraction) -> None:
    event = _event(extraction)
    graph.remove((event, KG.ploverType, None))
    graph.remove((event, SEM.eventType, None))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(event)}
    assert "kg:ploverType" in report


def test_event_missing_its_rdf_type_is_still_checked(graph: rdflib.Graph,
                                                     extraction: Extraction) -> None:
    event = _event(extraction)
    graph.remove((event, RDF.type, SEM.Event))
    conforms, report = validate(graph)
    assert not conforms
    assert str(event) in _focus_nodes(report)


def test_actor_without_a_label(graph: rdflib.Graph) -> None:
    taliban = URIRef(ACTOR + "taliban")
    graph.remove((taliban, RDFS.label, None))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(taliban)}
    assert "An actor needs exactly one non-empty rdfs:label." in report


def test_role_target_must_be_a_described_actor(graph: rdflib.Graph,
                                               extraction: Extraction) -> None:
    nobody = URIRef(ACTOR + "nobody")
    graph.add((_event(extraction), KG.target, nobody))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(nobody), str(_event(extraction))}
    assert "kg:target must be a sem:Actor." in report


def test_trigger_needs_offsets_that_match_its_text(graph: rdflib.Graph,
                                                   extraction: Extraction) -> None:
    trigger = next(graph.objects(_event(extraction), KG.trigger))
    graph.set((trigger, NIF.endIndex, Literal(99, datatype=XSD.nonNegativeInteger)))
    conforms, report = validate(graph)
    assert not conforms
    assert str(trigger) in _focus_nodes(report)
    assert "not end - begin characters long" in report
    graph.remove((trigger, NIF.beginIndex, None))
    assert "A mention needs one nif:beginIndex" in validate(graph)[1]


@pytest.mark.parametrize(("predicate", "value", "message"), [
    (SEM.hasTimeStamp, Literal("Monday"), "sem:hasTimeStamp must be one xsd:date"),
    (SEM.hasBeginTimeStamp, Literal("2021-09-01", datatype=XSD.date),
     "sem:hasTimeStamp, or both sem:hasBeginTimeStamp"),
    (KG.modality, KG.Maybe, "kg:modality"),
])
def test_bad_dates_and_modalities(graph: rdflib.Graph, extraction: Extraction,
                                  predicate: URIRef, value: rdflib.term.Node,
                                  message: str) -> None:
    event = _event(extraction, 1)
    graph.set((event, predicate, value))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(event)}
    assert message in report


def test_interval_dates_conform_and_must_be_ordered(extraction: Extraction) -> None:
    extraction.events[0].date = "2021-08-30/2021-09-05"
    assert validate(extraction)[0]
    extraction.events[0].date = "2021-09-05/2021-08-30"
    conforms, report = validate(extraction)
    assert not conforms
    assert "not after its end" in report


def test_coordinates_come_in_pairs(graph: rdflib.Graph) -> None:
    panjshir = URIRef(ACTOR + "panjshir")
    graph.remove((panjshir, WGS.long, None))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(panjshir)}


def test_shapes_list_every_modality_and_role_type() -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")

    def allowed(path: URIRef) -> set[str]:
        values: set[str] = set()
        for prop in shapes.subjects(SH.path, path):
            for head in shapes.objects(prop, SH["in"]):
                values |= {str(v) for v in rdflib.collection.Collection(shapes, head)}
        return values

    assert allowed(KG.modality) == {
        str(KG["".join(p.capitalize() for p in m.value.split("_"))]) for m in Modality}
    assert allowed(SEM.roleType) == {str(KG[t]) for _, _, t in ROLE_PROPERTIES.values()}


def test_cli_validate(tmp_path: Path, extraction: Extraction) -> None:
    write_rdf(extraction, tmp_path / "exports")
    runner = CliRunner()
    result = runner.invoke(main, ["validate", str(tmp_path / "exports")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    label = ox.NamedNode(str(RDFS.label))
    broken = [q for q in to_quads(extraction)
              if not (q.predicate == label and str(q.subject).endswith("/taliban>"))]
    bad = tmp_path / "bad.nq"
    bad.write_bytes(ox.serialize(broken, format=ox.RdfFormat.N_QUADS) or b"")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"Focus Node: <{ACTOR}taliban>" in result.output
    result = runner.invoke(main, ["validate", str(tmp_path / "missing")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")



def test_seed_exports_conform() -> None:
    from tests.conftest import ROOT

    conforms, report = validate(ROOT / "exports")
    assert conforms, report


def test_mention_text_must_be_the_document_text_at_its_offsets(
    graph: rdflib.Graph, extraction: Extraction
) -> None:
    trigger = next(graph.objects(_event(extraction), KG.trigger))
    graph.set((trigger, NIF.anchorOf, Literal("attacks")))
    graph.set((trigger, NIF.endIndex, Literal(
        int(graph.value(trigger, NIF.beginIndex)) + 7, datatype=XSD.nonNegativeInteger)))
    conforms, report = validate(graph)
    assert not conforms
    assert _focus_nodes(report) == {str(trigger)}
    assert "is not the text of its document (nif:isString)" in report


def test_a_corrupted_file_in_the_folder_fails_validation(
    tmp_path: Path, extraction: Extraction
) -> None:
    write_rdf(extraction, tmp_path)
    ttl = tmp_path / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes()[:-200])
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {ttl}:")
    assert "not valid RDF" in result.output and len(result.output.splitlines()) == 1


def test_violations_are_the_same_whatever_the_input_form(
    graph: rdflib.Graph, extraction: Extraction, tmp_path: Path
) -> None:
    """The SPARQL constraint run once in Oxigraph reports what pyshacl reports per node."""
    import pyshacl

    trigger = next(graph.objects(_event(extraction), KG.trigger))
    graph.set((trigger, NIF.endIndex, Literal(99, datatype=XSD.nonNegativeInteger)))
    graph.remove((URIRef(ACTOR + "taliban"), RDFS.label, None))
    _, results, _ = pyshacl.validate(graph, shacl_graph=str(SHAPES), inference="none")
    expected = {(str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultMessage)))
                for r in results.subjects(RDF.type, SH.ValidationResult)}
    found = {(v.focus.strip("<>"), v.message) for v in violations(graph)}
    assert found == expected and len(found) == 2
