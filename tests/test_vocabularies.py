"""The fixed vocabularies (PLOVER types, roles, relation types, mention labels, actor types) are
defined once, in kg.model, and every place that lists them (the writers, the SHACL shapes, the
docs) lists every member."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.events.lexicon import load_lexicon
from kg.export.neo4j import RELATION_TYPES, ROLE_EDGES
from kg.export.rdf import ROLE_PROPERTIES, relation_property
from kg.model import ActorType, MentionLabel, PloverType, RelationType, Role
from kg.validate import SHAPES
from kg.vocab import BASE

ROOT = Path(__file__).resolve().parents[1]
KG = rdflib.Namespace(BASE + "ontology#")
PLOVER = rdflib.Namespace(BASE + "plover#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
MODEL = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
SHAPES_GRAPH = rdflib.Graph().parse(SHAPES, format="turtle")


def _paragraphs(marker: str) -> str:
    """The paragraph of docs/model.md that names *marker*, with the one after it (a table)."""
    paragraphs = MODEL.split("\n\n")
    found = [i for i, p in enumerate(paragraphs) if marker in p]
    assert found, f"no paragraph of docs/model.md mentions {marker}"
    return "\n\n".join(paragraphs[found[0] : found[0] + 2])


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
    types = _paragraphs("`kg.model.PloverType`")
    assert {t.value for t in PloverType} <= set(re.findall(r"\b[A-Z]{3,}\b", types))
    roles = _paragraphs("`kg.model.Role`")
    assert {r.value for r in Role} <= set(re.findall(r"`([a-z_]+)`", roles))
    for prop, _, _ in ROLE_PROPERTIES.values():
        assert f"`kg:{prop}`" in MODEL


def test_shapes_list_every_plover_type_and_role() -> None:
    shapes = SHAPES_GRAPH
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


def test_actor_values_are_the_ones_exports_have_always_written() -> None:
    assert [str(t) for t in RelationType] == [
        "leader_of", "spokesperson_of", "chief_of", "commander_of", "co_founder_of", "member_of",
        "child_of", "relative_of",
    ]  # fmt: skip
    assert all(label.value == label.name for label in MentionLabel)
    assert [str(t) for t in ActorType] == ["person", "organisation", "country", "place", "group"]


def test_docs_list_every_relation_type_and_its_property() -> None:
    listed = set(re.findall(r"`([a-z_]+)`", _paragraphs("`kg.model.RelationType`")))
    assert {t.value for t in RelationType} <= listed
    for t in RelationType:
        assert f"`kg:{relation_property(t).rsplit('#', 1)[1]}`" in MODEL


def test_docs_list_every_mention_label() -> None:
    table = _paragraphs("`kg.model.MentionLabel`")
    assert {label.value for label in MentionLabel} <= set(re.findall(r"`([A-Z]+)`", table))


def test_docs_list_every_actor_type() -> None:
    table = _paragraphs("`kg.model.ActorType`")
    assert {t.value for t in ActorType} <= set(re.findall(r"^\| `([a-z]+)`", table, re.M))


def test_shapes_list_every_relation_type_mention_label_and_actor_type() -> None:
    shapes = SHAPES_GRAPH
    assert _allowed(shapes, rdflib.RDF.predicate) == {relation_property(t) for t in RelationType}
    assert _allowed(shapes, KG.nerLabel) == {label.value for label in MentionLabel}
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
