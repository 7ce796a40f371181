"""scripts/convert_nicknames.py on a small hand-written excerpt in the ``nicknames`` format, the
committed first_names.csv read back, and first names one a nickname of the other joining one
person across documents."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from kg.actors.gazetteer import ActorDictionary
from kg.actors.mentions import Candidate
from kg.actors.resolve import resolve_actors
from kg.actors.words import first_name_variants
from tests.actors.conftest import GAZETTEER
from tests.conftest import assert_script_reproduces, load_script

NAMES = """\
name1,relationship,name2
john,has_nickname,jon
jon,has_nickname,john
william,has_nickname,bill
Bill,has_nickname,Billy
al,has_nickname,a
eve,has_nickname,eve
kate,is_similar_to,katie
"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("convert_nicknames")


def test_pairs_are_deduplicated_ordered_and_only_nicknames(script: ModuleType) -> None:
    assert script.convert(NAMES.splitlines()) == [
        ("bill", "billy"), ("bill", "william"), ("john", "jon")]


def test_a_table_without_its_header_is_refused(script: ModuleType) -> None:
    with pytest.raises(ValueError, match="name1,relationship,name2"):
        script.convert(["john,has_nickname,jon"])


def test_the_written_file_says_where_it_comes_from(script: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "names.csv"
    source.write_text(NAMES, encoding="utf-8")
    script.main(source, tmp_path / "first_names.csv")
    text = (tmp_path / "first_names.csv").read_text(encoding="utf-8")
    assert "Apache License 2.0" in text and "carltonnorthern/nicknames" in text
    assert text.splitlines()[-4:] == ["name,variant", "bill,billy", "bill,william", "john,jon"]


def test_committed_file_is_the_scripts_output_of_the_package(
    script: ModuleType, tmp_path: Path,
) -> None:
    assert_script_reproduces(script, "nicknames", "first_names.csv", tmp_path)


def test_the_committed_pairs_are_read_both_ways() -> None:
    variants = first_name_variants()
    assert "john" in variants["jon"] and "jon" in variants["john"]
    assert "william" in variants["bill"]


def _resolve(docs: dict[str, tuple[str, list[str]]]):  # type: ignore[no-untyped-def]
    candidates = {}
    for d, (text, names) in docs.items():
        found, at = [], 0
        for name in names:
            start = text.index(name, at)
            found.append(Candidate(start, start + len(name), name, 0, "PERSON"))
            at = start + len(name)
        candidates[d] = found
    return resolve_actors(candidates, ActorDictionary.load(), {d: t for d, (t, _) in
                                                               docs.items()}, GAZETTEER)


def _actor(r, doc: str, text: str, name: str):  # type: ignore[no-untyped-def]
    return r.actors[r.by_mention[doc, text.index(name)]]


def test_a_nickname_of_a_first_name_is_one_person_across_documents() -> None:
    a, b = "Jon Halvorsen spoke.", "John Halvorsen said no."
    r = _resolve({"a": (a, ["Jon Halvorsen"]), "b": (b, ["John Halvorsen"])})
    assert _actor(r, "a", a, "Jon Halvorsen") is _actor(r, "b", b, "John Halvorsen")


def test_a_document_naming_both_keeps_two_people() -> None:
    a = "Bill Halvorsen and William Halvorsen, his father, spoke."
    b = "Bill Halvorsen said no."
    r = _resolve({"a": (a, ["Bill Halvorsen", "William Halvorsen"]), "b": (b, ["Bill Halvorsen"])})
    assert _actor(r, "a", a, "Bill Halvorsen") is not _actor(r, "a", a, "William Halvorsen")


def test_a_document_naming_both_in_two_sentences_names_one_person() -> None:
    a = "William Halvorsen was fired. Bill Halvorsen had led the team. Anna Halvorsen wept."
    found = []
    for name in ("William Halvorsen", "Bill Halvorsen", "Anna Halvorsen"):
        start = a.index(name)
        found.append(Candidate(start, start + len(name), name, a[:start].count(". "), "PERSON"))
    r = resolve_actors({"a": found}, ActorDictionary.load(), {"a": a}, GAZETTEER)
    assert _actor(r, "a", a, "Bill Halvorsen") is _actor(r, "a", a, "William Halvorsen")
    assert _actor(r, "a", a, "Anna Halvorsen") is not _actor(r, "a", a, "William Halvorsen")


def test_first_names_that_are_no_nicknames_of_each_other_stay_apart() -> None:
    a, b = "Mark Halvorsen spoke.", "Ruth Halvorsen said no."
    r = _resolve({"a": (a, ["Mark Halvorsen"]), "b": (b, ["Ruth Halvorsen"])})
    assert _actor(r, "a", a, "Mark Halvorsen") is not _actor(r, "b", b, "Ruth Halvorsen")


def test_a_nickname_joins_the_full_name_its_formal_name_is_written_for() -> None:
    a = "Benjamin Halvorsen Trask, 40, died."
    b = "Benjamin Trask was the CEO."
    c = "Our CEO, Ben Trask, died."
    r = _resolve({"a": (a, ["Benjamin Halvorsen Trask"]), "b": (b, ["Benjamin Trask"]),
                  "c": (c, ["Ben Trask"])})
    person = _actor(r, "a", a, "Benjamin Halvorsen Trask")
    assert _actor(r, "b", b, "Benjamin Trask") is person
    assert _actor(r, "c", c, "Ben Trask") is person


def test_a_nickname_the_dataset_lacks_is_read_both_ways_from_the_word_lists() -> None:
    """"Mo" is short for "Maurice" (words.yaml's ``first_name_nicknames``), not in the dataset."""
    assert "maurice" in first_name_variants()["mo"] and "mo" in first_name_variants()["maurice"]
    a, b = "Mo Halvorsen spoke.", "Maurice Halvorsen said no."
    r = _resolve({"a": (a, ["Mo Halvorsen"]), "b": (b, ["Maurice Halvorsen"])})
    assert _actor(r, "a", a, "Mo Halvorsen") is _actor(r, "b", b, "Maurice Halvorsen")
