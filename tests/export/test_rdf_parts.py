"""The RDF writer with a parts folder: a re-run formats only what changed, and its files are byte
for byte those of a build without parts, whatever was added, changed or removed before."""

from __future__ import annotations

import copy
import dataclasses
import tempfile
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.export.rdf as rdf
from kg.export import write_all
from kg.export.rdf import FILES, write_rdf
from kg.model import (
    Actor,
    ActorRole,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    MentionLabel,
    Modality,
    PloverType,
    Relation,
    RelationType,
    Role,
)
from kg.vocab import actor_iri, event_iri

NAMES = {"obama": ["Obama", "Barack Obama", "President Obama"],
         "nato": ["NATO", "the alliance", "North Atlantic Treaty Organization"],
         "kabul": ["Kabul", "the capital"]}
"""What each actor is called in the pool's documents, by turns: a document added or removed
changes the longest name, the actor's label, which other documents' event labels print."""

POOL = 6


def _doc(i: int) -> tuple[Document, dict[str, Mention], Mention]:
    """Document *i* of the pool: one name of each actor, and the trigger "met"."""
    names = {key: options[i % len(options)] for key, options in NAMES.items()}
    text = f"{names['obama']} met {names['nato']} in {names['kabul']} ({i})."
    doc = Document(f"news/{i}.txt", text, title=f"Story {i}")
    found = {key: Mention(doc.id, text.index(name), text.index(name) + len(name), name)
             for key, name in names.items()}
    trigger = Mention(doc.id, text.index("met"), text.index("met") + 3, "met")
    return doc, found, trigger


def _merged(chosen: Iterable[int]) -> Extraction:
    """The documents *chosen* from the pool, merged as kg merges: an actor's label is its
    longest name, its type depends on how many documents name it, an even document's event
    takes in the next document's trigger (cross-document coreference), and every document
    reads the same relation."""
    docs = {i: _doc(i) for i in sorted(set(chosen))}
    actors: dict[str, Actor] = {}
    for key in NAMES:
        mentions = [found[key] for _, found, _ in docs.values()]
        if not mentions:
            continue
        label = max((m.text for m in mentions), key=lambda t: (len(t), t))
        kind = ActorType.PERSON if key == "obama" else (
            ActorType.ORGANISATION if len(mentions) % 2 else ActorType.GROUP)
        actors[actor_iri(key)] = Actor(actor_iri(key), label, kind,
                                       aliases=sorted({m.text for m in mentions}),
                                       mentions=mentions)
    events, relations = [], []
    for i, (doc, found, trigger) in docs.items():
        if i % 2 == 1 and i - 1 in docs:
            continue  # merged into the previous document's event
        mentions = [trigger] + ([docs[i + 1][2]] if i % 2 == 0 and i + 1 in docs else [])
        events.append(Event(event_iri(doc.id, trigger.start, "CONSULT"), "CONSULT", trigger,
                            doc.text, date=f"2021-09-{i + 1:02d}", mentions=mentions,
                            arguments=[Argument("source", actor_iri("obama"), found["obama"]),
                                       Argument("target", actor_iri("nato"), found["nato"]),
                                       Argument("location", actor_iri("kabul"))]))
        relations.append(Relation(actor_iri("obama"), "member_of", actor_iri("nato"),
                                  found["obama"]))
    return Extraction([d for d, _, _ in docs.values()], dict(sorted(actors.items())), events,
                      relations)


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


def _scratch(extraction: Extraction) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as out:
        write_rdf(extraction, out)
        return _files(Path(out))


def _pieces(parts: Path) -> set[str]:
    return {p.name for p in (parts / "rdf").glob("*/*")}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sets(st.integers(0, POOL - 1), min_size=1), min_size=2, max_size=4))
def test_any_sequence_of_builds_writes_the_files_of_a_build_from_scratch(
        builds: list[set[int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        parts, out = Path(tmp) / "parts", Path(tmp) / "out"
        for chosen in builds:
            extraction = _merged(chosen)
            write_rdf(extraction, out, parts)
            assert _files(out) == _scratch(extraction), sorted(chosen)


def test_an_added_article_that_renames_an_actor_reformats_the_documents_naming_it(
        tmp_path: Path) -> None:
    before, after = _merged([0, 3]), _merged([0, 1, 3])
    assert before.actors[actor_iri("obama")].label != after.actors[actor_iri("obama")].label
    write_rdf(before, tmp_path / "out", tmp_path / "parts")
    kept = _pieces(tmp_path / "parts")
    write_rdf(after, tmp_path / "out", tmp_path / "parts")
    assert _files(tmp_path / "out") == _scratch(after)
    assert kept - _pieces(tmp_path / "parts")  # the pieces naming the old label are gone


def test_a_rerun_reads_every_piece_back_and_formats_only_the_void_description(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extraction = _merged(range(POOL))
    write_rdf(extraction, tmp_path / "out", tmp_path / "parts")
    kept = _pieces(tmp_path / "parts")
    made: list[bool] = []
    real = rdf._format_unit

    def counted(unit: rdf._Unit, *args: object) -> list[bytes]:
        made.append(any("/id/dataset/" in line for line in unit.default))
        return real(unit, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rdf, "_format_unit", counted)
    shuffled = copy.deepcopy(extraction)
    shuffled.documents.reverse()
    shuffled.events.reverse()
    write_rdf(shuffled, tmp_path / "again", tmp_path / "parts")
    assert made == [True]
    assert _pieces(tmp_path / "parts") == kept
    assert _files(tmp_path / "again") == _files(tmp_path / "out")


def _formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each piece formatted from now on is: a named graph's IRI, ``description`` (the
    default graph's statements about one document) or ``other``."""
    made: list[str] = []
    real = rdf._format_unit

    def counted(unit: rdf._Unit, *args: object) -> list[bytes]:
        subjects = {line.split(" ", 1)[0] for line in unit.default}
        described = len(subjects) == 1 and "/id/doc/" in next(iter(subjects))
        made.append(unit.graph or ("description" if described else "other"))
        return real(unit, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rdf, "_format_unit", counted)
    return made


def test_a_new_headline_formats_only_descriptions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_rdf(_merged([0, 2, 4]), tmp_path / "out", tmp_path / "parts")
    made = _formatted(monkeypatch)
    changed = _merged([0, 2, 4])
    changed.documents[1] = Document(changed.documents[1].id, changed.documents[1].text,
                                    title="A new headline")
    write_rdf(changed, tmp_path / "out", tmp_path / "parts")
    assert made[-1] == "other" and set(made[:-1]) == {"description"}  # a chunk's, the VoID
    assert _files(tmp_path / "out") == _scratch(changed)


def test_a_moved_corpus_file_formats_only_the_documents_descriptions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_rdf(_merged(range(POOL)), tmp_path / "out", tmp_path / "parts")
    made = _formatted(monkeypatch)
    moved = _merged(range(POOL))
    moved.documents = [dataclasses.replace(doc, path="elsewhere/corpus.jsonl", line=i + 1)
                       for i, doc in enumerate(moved.documents)]
    write_rdf(moved, tmp_path / "out", tmp_path / "parts")
    assert made == ["description"] * POOL + ["other"]
    assert _files(tmp_path / "out") == _scratch(moved)


def test_a_changed_event_formats_only_its_documents_graph(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_rdf(_merged([0, 2, 4]), tmp_path / "out", tmp_path / "parts")
    made = _formatted(monkeypatch)
    changed = _merged([0, 2, 4])
    event = next(e for e in changed.events if e.document_id == "news/2.txt")
    changed.events[changed.events.index(event)] = dataclasses.replace(event, mode="visit")
    write_rdf(changed, tmp_path / "out", tmp_path / "parts")
    assert made == [rdf._document_iri("news/2.txt"), "other"]
    assert _files(tmp_path / "out") == _scratch(changed)


def test_pieces_of_removed_documents_are_pruned(tmp_path: Path) -> None:
    write_rdf(_merged(range(POOL)), tmp_path / "out", tmp_path / "parts")
    many = _pieces(tmp_path / "parts")
    write_rdf(_merged([0]), tmp_path / "out", tmp_path / "parts")
    few = _pieces(tmp_path / "parts")
    assert len(few) < len(many)
    with tempfile.TemporaryDirectory() as fresh:
        write_rdf(_merged([0]), tmp_path / "other", fresh)
        assert few == _pieces(Path(fresh))


def test_damaged_or_missing_pieces_are_made_again(tmp_path: Path) -> None:
    extraction = _merged(range(POOL))
    write_rdf(extraction, tmp_path / "out", tmp_path / "parts")
    pieces = sorted((tmp_path / "parts" / "rdf").glob("*/*"))
    pieces[0].write_bytes(pieces[0].read_bytes()[:-3])
    pieces[1].unlink()
    pieces[2].write_bytes(b"\0" * 100)
    write_rdf(extraction, tmp_path / "out", tmp_path / "parts")
    assert _files(tmp_path / "out") == _scratch(extraction)


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_write_all_keeps_rdf_pieces_in_its_parts_folder(tmp_path: Path, processes: int) -> None:
    extraction = _merged(range(POOL))
    write_all(extraction, tmp_path / "scratch")
    write_all(_merged([1, 2]), tmp_path / "out", parts=tmp_path / "parts", processes=processes)
    write_all(extraction, tmp_path / "out", parts=tmp_path / "parts", processes=processes)
    assert _pieces(tmp_path / "parts")
    for name in FILES:
        assert (tmp_path / "out" / name).read_bytes() == \
            (tmp_path / "scratch" / name).read_bytes(), name


def _changed(value: object) -> object:
    """Another value of the same kind as *value*."""
    if isinstance(value, Enum):
        return next(member for member in type(value) if member != value)
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, float):
        return value + 0.5
    if isinstance(value, int):
        return value + 1
    if value is None:
        return "x"
    if isinstance(value, list):
        return [*value, value[0]]
    if dataclasses.is_dataclass(value):
        first = dataclasses.fields(value)[0].name
        return dataclasses.replace(value, **{first: _changed(getattr(value, first))})
    raise AssertionError(f"no other value for {value!r}")


def _samples() -> list[tuple[object, Callable[[object], object], set[str]]]:
    """An object of each class a key is made of, its key function and the fields it leaves
    out (an actor's mentions are in the documents' keys)."""
    mention = Mention("d", 1, 5, "text", 2, MentionLabel.PERSON)
    argument = Argument(Role.SOURCE, "a", mention)
    event = Event("e", PloverType.ASSAULT, mention, "sentence", "mode", "2021", "explicit",
                  Modality.CLAIMED, [argument], ["gun"], [mention], ["other"])
    actor = Actor("a", "A", ActorType.PERSON, "sub", ["A"], [mention], ["Dr"], "Q1", 1, 1.5,
                  2.5, "AFG", [ActorRole("role", "2001", "2002")])
    relation = Relation("a", RelationType.LEADER_OF, "b", mention)
    return [(mention, rdf._mention_fields, set()), (argument, rdf._argument_fields, set()),
            (event, rdf._event_fields, set()), (relation, rdf._relation_fields, set()),
            (actor, rdf._actor_fields, {"mentions"}),
            (ActorRole("role", "2001", "2002"),
             lambda role: rdf._actor_fields(dataclasses.replace(actor, roles=[role])), set())]


@pytest.mark.parametrize("index", range(6))
def test_a_key_changes_with_every_field_the_writer_may_print(index: int) -> None:
    """Guards the keys against a field added to the model and forgotten there."""
    sample, key, left_out = _samples()[index]
    for field in dataclasses.fields(sample):  # type: ignore[arg-type]
        if field.name in left_out:
            continue
        other = dataclasses.replace(sample,  # type: ignore[type-var]
                                    **{field.name: _changed(getattr(sample, field.name))})
        assert key(other) != key(sample), f"{type(sample).__name__}.{field.name}"
