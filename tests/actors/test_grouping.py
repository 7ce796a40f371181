"""Grouping one document's names into actors, on short texts written for these tests (real
spaCy model)."""

from __future__ import annotations

import pytest

from kg.model import Actor, ActorType, Extraction


def _actors_of(x: Extraction, word: str) -> list[Actor]:
    return [a for a in x.actors.values() for m in a.mentions if m.text == word]


@pytest.mark.slow
def test_a_country_code_alone_names_no_country(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The singer checked into a clinic in Newport Beach, CA, her spokesman said.")
    found = _actors_of(x, "CA")
    assert found and all(a.label != "Canada" for a in found)


@pytest.mark.slow
def test_a_country_code_names_the_country_the_document_names(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Canada sent two frigates. CA officials said the ships would stay a month.")
    assert [a.label for a in _actors_of(x, "CA")] == ["Canada"]


@pytest.mark.slow
def test_a_country_alias_needs_no_other_name(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The US sent two frigates to the gulf on Monday.")
    assert [a.label for a in _actors_of(x, "US")] == ["United States"]


@pytest.mark.slow
def test_the_demonym_after_a_sentence_naming_one_person_is_that_person(read) -> None:  # type: ignore[no-untyped-def]
    x = read("On Friday, Duncan Rait died after a fall from a ridge. "
             "The New Zealand-born Australian was planning to ski.")
    (person,) = _actors_of(x, "Australian")
    assert person.label == "Duncan Rait" and person.type is ActorType.PERSON
    assert "Australian" not in person.aliases  # a description, none of his names


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # a named person beside it in its own sentence: someone else
        ("Thompson met Klitschko. Klitschko landed jabs on the American's chin.", "American",
         "United States (people)"),
        ("Police said so. A Briton was held. The Briton denied it.", "Briton",
         "United Kingdom (people)"),  # the sentence before names no person
        ("The Afghans protested in Kabul.", "Afghans", "Afghanistan (people)"),  # a plural
        ("Admiral Sunil Lanba spoke. Twenty-three personnel (12 Somali and 11 Yemeni) "
         "surrendered on boarding.", "Somali", "Somalia (people)"),  # counted: many
        ("The British said no to the plan.", "British", "United Kingdom"),  # a collective
    ],
)
@pytest.mark.slow
def test_a_demonym_with_no_person_to_refer_to_is_the_people_or_the_country(  # type: ignore[no-untyped-def]
    read, text: str, word: str, label: str
) -> None:
    assert {a.label for a in _actors_of(read(text), word)} == {label}
