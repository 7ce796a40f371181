"""Per-document records and their assembly: plain values, order-free, the same as one run."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import gc
import pickle
import weakref
from collections.abc import Iterator

import pytest

from kg.analysis import (
    DocumentRecord,
    Resources,
    _global_events,
    analyse,
    assemble,
    assemble_read,
)
from kg.cache import pack, unpack
from kg.model import Argument, Document, Event, Extraction, Mention, PloverType, Role
from kg.pipeline import extract

pytestmark = pytest.mark.slow

DOCUMENTS = [
    Document(
        "b/2.txt",
        "Taliban fighters attacked Kandahar on Monday, Governor Karim Vossler said. Vossler "
        "said the Taliban also shelled Herat. Pakistan denied helping the group.",
        dt.date(2021, 8, 2),
        "header",
    ),
    Document(
        "a/1.txt",
        "Karim Vossler, the governor of Kandahar, met US troops in Kabul on Tuesday. "
        "The Taliban captured Herat, Afghan officials said.",
        dt.date(2021, 8, 3),
        "header",
    ),
    Document(
        "c/3.txt",
        "Vossler resigned. Two soldiers were killed when the Taliban attacked a checkpoint.",
        dt.date(2021, 8, 4),
        "header",
    ),
]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="module")
def records(nlp, resources: Resources) -> list[DocumentRecord]:  # type: ignore[no-untyped-def]
    parsed = nlp.pipe(d.text for d in DOCUMENTS)
    return [analyse(d, doc, resources) for d, doc in zip(DOCUMENTS, parsed, strict=True)]


def _leaves(value: object) -> Iterator[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _leaves(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(k)
            yield from _leaves(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


def test_a_record_holds_plain_values_only(records: list[DocumentRecord]) -> None:
    plain = (str, int, float, bool, type(None), enum.Enum, dt.date)
    for record in records:
        odd = {type(v).__name__ for v in _leaves(record) if not isinstance(v, plain)}
        assert odd == set()
        assert pickle.loads(pickle.dumps(record)) == record


def test_events_name_document_local_actors(records: list[DocumentRecord]) -> None:
    for record in records:
        keys = set(record.actor_ids.values())
        assert record.events
        assert {a.actor for e in record.events for a in e.arguments} <= keys


def test_assembly_does_not_depend_on_the_order_of_records(
    records: list[DocumentRecord], resources: Resources
) -> None:
    before = pickle.dumps(records)
    first = assemble(records, resources)
    assert assemble(reversed(records), resources) == first
    assert assemble([records[1], records[2], records[0]], resources) == first
    assert pickle.dumps(records) == before  # the records are read, never changed
    assert [d.id for d in first.documents] == ["a/1.txt", "b/2.txt", "c/3.txt"]


def test_packed_records_read_twice_assemble_the_same(
    records: list[DocumentRecord], resources: Resources
) -> None:
    """A build holds its records packed and its merge reads them twice (actors, then events)."""
    packed = [pack(r) for r in sorted(records, key=lambda r: r.document.id)]
    assert assemble_read(lambda: map(unpack, packed), resources) == assemble(records, resources)


def test_assembly_merges_actors_across_documents(
    records: list[DocumentRecord], resources: Resources
) -> None:
    x = assemble(records, resources)
    (governor,) = [a for a in x.actors.values() if a.label == "Karim Vossler"]
    # "Vossler" alone in c/3.txt joins the one full name of the batch that ends with it
    assert {m.document_id for m in governor.mentions} == {"a/1.txt", "b/2.txt", "c/3.txt"}
    taliban = next(a for a in x.actors.values() if a.label == "Taliban")
    assert {m.document_id for m in taliban.mentions} == {d.id for d in DOCUMENTS}
    iris = set(x.actors)
    assert {a.actor for e in x.events for a in e.arguments} <= iris


def test_extract_is_analyse_then_assemble(
    nlp, records: list[DocumentRecord], resources: Resources  # type: ignore[no-untyped-def]
) -> None:
    assert extract(DOCUMENTS, nlp) == assemble(records, resources)


def test_a_single_document_keeps_its_own_resolution(
    nlp, resources: Resources  # type: ignore[no-untyped-def]
) -> None:
    record = analyse(DOCUMENTS[0], nlp(DOCUMENTS[0].text), resources)
    x: Extraction = assemble([record], resources)
    local = {a.actor for e in record.events for a in e.arguments}
    assert local == {a.actor for e in x.events for a in e.arguments}  # local keys are the IRIs


def test_analysing_keeps_no_gazetteer_alive(nlp) -> None:  # type: ignore[no-untyped-def]
    """What analyse remembers about places dies with its gazetteer (each holds indexes of some
    60 MB), and the packaged resources are read once per process."""
    from kg.actors.gazetteer import ActorDictionary, Gazetteer
    from kg.events import load_lexicon

    gazetteer = Gazetteer()
    resources = Resources(ActorDictionary.load(gazetteer=gazetteer), gazetteer, load_lexicon())
    record = analyse(DOCUMENTS[0], nlp(DOCUMENTS[0].text), resources)
    assert any(m.text == "Kandahar" for g in record.actors.groups for m in g.mentions)
    kept = weakref.ref(gazetteer)
    del gazetteer, resources
    gc.collect()
    assert kept() is None
    assert Resources.load() is Resources.load()


def test_a_place_the_merge_reads_as_its_team_is_no_location() -> None:
    # "they journey to Denver" where the merge moved "Denver" to the Denver Broncos
    chiefs, denver = Mention("d", 0, 4, "They"), Mention("d", 16, 22, "Denver")
    event = Event("e", PloverType.MOVE, Mention("d", 5, 12, "journey"), "They journey to Denver",
                  arguments=[Argument(Role.SOURCE, "chiefs", chiefs),
                             Argument(Role.LOCATION, "denver", denver)])
    ids = {0: "chiefs", 16: "denver"}
    by_mention = {("d", 0): "iri:chiefs", ("d", 16): "iri:broncos"}
    (found,) = _global_events("d", ids, [event], by_mention, teams={"iri:broncos"})
    assert found.sources == ["iri:chiefs"] and found.locations == []
    (kept,) = _global_events("d", ids, [event], by_mention)
    assert kept.locations == ["iri:broncos"]
