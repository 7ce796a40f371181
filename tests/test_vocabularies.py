"""The fixed vocabularies (PLOVER types, roles) are defined once, in kg.model, and every place
that lists them (the writers, the SHACL shapes, the docs) lists every member."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.events.lexicon import load_lexicon
from kg.export.neo4j import ROLE_EDGES
from kg.export.rdf import ROLE_PROPERTIES
from kg.model import PloverType, Role
from kg.validate import SHAPES
from kg.vocab import BASE

ROOT = Path(__file__).resolve().parents[1]
KG = rdflib.Namespace(BASE + "ontology#")
PLOVER = rdflib.Namespace(BASE + "plover#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


def _paragraph(text: str, marker: str) -> str:
    """The paragraph of *text* that contains *marker*."""
    found = [p for p in text.split("\n\n") if marker in p]
    assert found, f"no paragraph of docs/model.md mentions {marker}"
    return found[0]


def _allowed(shapes: rdflib.Graph, path: rdflib.URIRef) -> set[str]:
    return {
        str(v)
        for prop in shapes.subjects(SH.path, path)
        for head in shapes.objects(prop, SH["in"])
        for v in Collection(shapes, head)
    }


def test_values_are_the_ones_exports_have_always_written() -> None:
    assert [str(r) for r in Role] == ["source", "target", "location", "claimed_by", "disputed_by"]
    assert all(t.value == t.name for t in PloverType)
    assert f"{PloverType.ASSAULT}" == "ASSAULT" and f"{Role.CLAIMED_BY}" == "claimed_by"


def test_docs_list_every_plover_type_and_role() -> None:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    types = _paragraph(text, "`kg.model.PloverType`")
    assert {t.value for t in PloverType} <= set(re.findall(r"\b[A-Z]{3,}\b", types))
    roles = _paragraph(text, "`kg.model.Role`")
    assert {r.value for r in Role} <= set(re.findall(r"`([a-z_]+)`", roles))
    for prop, _, _ in ROLE_PROPERTIES.values():
        assert f"`kg:{prop}`" in text


def test_shapes_list_every_plover_type_and_role() -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    assert _allowed(shapes, KG.ploverType) == {str(PLOVER[t]) for t in PloverType}
    assert _allowed(shapes, SEM.roleType) == {str(KG[t]) for _, _, t in ROLE_PROPERTIES.values()}
    for prop, _, _ in ROLE_PROPERTIES.values():
        assert (None, SH.path, KG[prop]) in shapes, f"no shape for kg:{prop}"


def test_writers_cover_every_role() -> None:
    assert set(ROLE_PROPERTIES) == set(Role) == set(ROLE_EDGES)
    assert ROLE_PROPERTIES[Role.CLAIMED_BY] == (
        "claimedBy",
        "prov:wasAttributedTo",
        "ClaimedByRole",
    )
    assert ROLE_EDGES[Role.DISPUTED_BY] == ("rels_disputed_by.csv", "DISPUTED_BY", "event")


def test_the_lexicon_reads_types_as_the_enum() -> None:
    lexicon = load_lexicon()
    senses = [*lexicon.verbs.values(), *lexicon.nouns.values(), *lexicon.particles.values()]
    assert all(isinstance(s.type, PloverType) for s in senses)
