"""Actors across documents on real news: ECB+ articles (many per topic), read from ../shared.

Properties, not answers: the same full name is one node; a node spans documents only through a
full name or the dictionary (a bare surname only joins the one full name that ends with it);
different first names with one surname stay apart.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import pytest

from kg.actors.grouping import variant
from kg.actors.resolve import normal_name
from kg.actors.words import first_name_variants
from kg.model import ActorType, Document, Extraction
from tests.conftest import SHARED

ECBPLUS = SHARED / "corpora" / "ecbplus.jsonl"
N_DOCUMENTS = 150

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extraction(nlp) -> Extraction:  # type: ignore[no-untyped-def]
    if not ECBPLUS.is_file():
        pytest.skip(f"ECB+ corpus absent: {ECBPLUS}")
    from kg.pipeline import extract

    docs = []
    with ECBPLUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs.append(Document(record["id"], record["text"], dt.date(2012, 1, 1), "fixed"))
            if len(docs) == N_DOCUMENTS:
                break
    return extract(docs, nlp)


def _people(x: Extraction):  # type: ignore[no-untyped-def]
    return [a for a in x.actors.values() if a.type is ActorType.PERSON]


def test_people_are_followed_across_documents(extraction: Extraction) -> None:
    spanning = [a for a in _people(extraction) if len({m.document_id for m in a.mentions}) > 1]
    assert len(spanning) >= 10, [a.label for a in spanning]


def test_one_full_name_is_one_node(extraction: Extraction) -> None:
    nodes = defaultdict(set)
    for a in _people(extraction):
        for m in a.mentions:
            if len(m.text.split()) >= 2 and m.ner_label == "PERSON":
                nodes[m.text].add(a.id)
    assert {name: ids for name, ids in nodes.items() if len(ids) > 1} == {}


def test_a_bare_surname_joins_another_document_only_through_a_full_name(
    extraction: Extraction,
) -> None:
    """A document that names someone by surname alone joins the node of the one full name of
    the batch that ends with it ("Comeaux" and "Arcade Joseph Comeaux Jr."), or by first name
    alone the full name it starts ("Lindsay", "Lindsay Lohan") or by a nickname blending its
    first and last names ("LiLo"); a one-word name of no full name of the node joins only the
    same word ("Portia" in stories naming the same other actors)."""
    for a in _people(extraction):
        if a.wikidata is not None:
            continue  # the dictionary knows who "Obama" is
        by_doc = defaultdict(list)
        for m in a.mentions:
            by_doc[m.document_id].append(m.text)
        if len(by_doc) > 1:
            bare = {d: t for d, t in by_doc.items() if all(len(x.split()) < 2 for x in t)}
            full = [normal_name(n) for n in [a.label, *a.aliases] if len(n.split()) >= 2]
            if not full:
                assert len({normal_name(x)[-1] for t in bare.values() for x in t}) == 1, (
                    a.label, bare)
                continue
            names = {w for n in full for w in (n[0], n[-1])}
            blends = {n[0][:i] + n[-1][:j] for n in full for i in (1, 2) for j in (2, 3)}
            assert all(normal_name(x)[-1] in names | blends for t in bare.values() for x in t), (
                a.label, bare)


def test_different_first_names_with_one_surname_stay_apart(extraction: Extraction) -> None:
    """Two first names with one surname are two people, unless one is the other spelt one
    letter apart ("Gurbanguly", "Gurbanguli Berdymukhamedov") or a nickname of it ("Ben",
    "Benjamin Banky"; :func:`kg.actors.words.first_name_variants`)."""
    for a in _people(extraction):
        full = {n for n in [a.label, *a.aliases] if len(n.split()) == 2}
        by_surname = defaultdict(set)
        for n in full:
            first, last = n.split()
            if len(first.rstrip(".")) > 1:
                by_surname[last].add(first)
        assert all(
            len(f) == 1 or (len(f) == 2 and (variant(*sorted(f)) or _nicknamed(*f)))
            for f in by_surname.values()
        ), (a.label, a.aliases)


def _nicknamed(a: str, b: str) -> bool:
    return b.lower() in first_name_variants().get(a.lower(), frozenset())
