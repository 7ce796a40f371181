"""The actor stage's fixed vocabularies (relation types, mention labels, actor types) are
defined once, in kg.model, and every place that lists them (the writers, the SHACL shapes, the
docs) lists every member."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.export.neo4j import RELATION_TYPES
from kg.export.rdf import relation_property
from kg.model import ActorType, MentionLabel, RelationType
from kg.validate import SHAPES
from kg.vocab import BASE

ROOT = Path(__file__).resolve().parents[1]
KG = rdflib.Namespace(BASE + "ontology#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
MODEL = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")


def _paragraph(marker: str) -> str:
    """The paragraph of docs/model.md that names *marker*, with the one after it (a table)."""
    paragraphs = MODEL.split("\n\n")
    found = [i for i, p in enumerate(paragraphs) if marker in p]
    assert found, f"no paragraph of docs/model.md mentions {marker}"
    return "\n\n".join(paragraphs[found[0] : found[0] + 2])


def _allowed(path: rdflib.URIRef) -> set[str]:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    return {
        str(v)
        for prop in shapes.subjects(SH.path, path)
        for head in shapes.objects(prop, SH["in"])
        for v in Collection(shapes, head)
    }


def test_values_are_the_ones_exports_have_always_written() -> None:
    assert [str(t) for t in RelationType] == [
        "leader_of", "spokesperson_of", "chief_of", "commander_of", "co_founder_of", "member_of",
        "child_of", "relative_of",
    ]  # fmt: skip
    assert all(label.value == label.name for label in MentionLabel)
    assert [str(t) for t in ActorType] == ["person", "organisation", "country", "place", "group"]


def test_docs_list_every_relation_type_and_its_property() -> None:
    listed = set(re.findall(r"`([a-z_]+)`", _paragraph("`kg.model.RelationType`")))
    assert {t.value for t in RelationType} <= listed
    for t in RelationType:
        assert f"`kg:{relation_property(t).rsplit('#', 1)[1]}`" in MODEL


def test_docs_list_every_mention_label() -> None:
    table = _paragraph("`kg.model.MentionLabel`")
    assert {label.value for label in MentionLabel} <= set(re.findall(r"`([A-Z]+)`", table))


def test_docs_list_every_actor_type() -> None:
    table = _paragraph("`kg.model.ActorType`")
    assert {t.value for t in ActorType} <= set(re.findall(r"^\| `([a-z]+)`", table, re.M))


def test_shapes_list_every_relation_type_mention_label_and_actor_type() -> None:
    assert _allowed(rdflib.RDF.predicate) == {relation_property(t) for t in RelationType}
    assert _allowed(KG.nerLabel) == {label.value for label in MentionLabel}
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    kinds = {
        str(v)
        for prop in shapes.subjects(SH.path, SEM.actorType)
        for qualified in shapes.objects(prop, SH.qualifiedValueShape)
        for head in shapes.objects(qualified, SH["in"])
        for v in Collection(shapes, head)
    }
    assert kinds == {str(KG[t.value.capitalize()]) for t in ActorType}  # kg:Person, ...


def test_writers_cover_every_relation_type() -> None:
    assert tuple(t.value.upper() for t in RelationType) == RELATION_TYPES
    assert relation_property(RelationType.CO_FOUNDER_OF) == str(KG.coFounderOf)
    loading = (ROOT / "docs" / "loading.md").read_text(encoding="utf-8")
    assert all(t in loading for t in RELATION_TYPES)  # the property graph's pattern
