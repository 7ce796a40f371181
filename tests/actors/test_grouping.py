"""Grouping one document's names into actors, on short texts written for these tests (real
spaCy model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.actors.grouping import place_body
from kg.model import Actor, ActorType, Extraction
from tests.actors.conftest import GAZETTEER


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


def test_a_group_tells_its_name_and_vote_and_pickles_only_its_fields() -> None:
    import pickle

    from kg.actors.grouping import NameGroup, NameMention
    from kg.model import ActorType, MentionLabel

    mentions = (
        NameMention(0, 5, "Intel", 0, MentionLabel.ORG),
        NameMention(10, 20, "Intel Corp.", 0, MentionLabel.ORG),
        NameMention(30, 35, "Intel", 1, MentionLabel.ORG),
        NameMention(40, 52, "the chipmaker", 1, MentionLabel.NOMINAL),
        NameMention(60, 65, "Santa", 2, MentionLabel.ORG, metonym=True),
    )
    group = NameGroup("name:intel", "d1", mentions,
                      votes=((ActorType.ORGANISATION, 3.0), (ActorType.PERSON, 1.0)))
    assert group.names == {"Intel": 2, "Intel Corp.": 1}
    assert group.name == "Intel Corp."
    assert not group.voted_person
    assert group.__dict__["name"] == "Intel Corp."  # worked out once, then read
    again = pickle.loads(pickle.dumps(group))
    assert again == group and "name" not in again.__dict__
    assert again.name == "Intel Corp."
    assert replace(group, mentions=mentions[2:]).name == "Intel"  # a new group works it out


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


@pytest.mark.parametrize(
    ("name", "place", "body"),
    [
        ("Los Angeles Times", "Los Angeles", True),  # a publication head
        ("Chicago Tribune", "Chicago", True),
        ("Boston Police", "Boston", True),  # an organisation head
        ("Los Angeles County", "Los Angeles", False),  # a place head: a place
        ("Los Angeles", "Los Angeles", False),
        ("Rolando Times", "Rolando", False),  # no place
    ],
)
def test_a_body_named_after_a_place_ends_in_an_organisation_head(
    name: str, place: str, body: bool
) -> None:
    assert place_body(name, place, GAZETTEER) is body


_CITY_AND_PAPER = (
    "Two men were held in a Los Angeles Police jail on Friday, according to the Los Angeles "
    "Times. Los Angeles County deputies searched the house."
)


@pytest.mark.slow
def test_a_city_is_not_the_newspaper_or_the_county_named_after_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read(_CITY_AND_PAPER)
    assert [a.type for a in _actors_of(x, "Los Angeles")] == [ActorType.PLACE]
    assert [a.label for a in _actors_of(x, "Los Angeles")] == ["Los Angeles"]
    assert [a.type for a in _actors_of(x, "Los Angeles Times")] == [ActorType.ORGANISATION]
    assert {a.label for a in _actors_of(x, "Los Angeles County")} == {"Los Angeles County"}


@pytest.mark.slow
def test_the_city_of_one_document_is_not_the_newspaper_of_another(read) -> None:  # type: ignore[no-untyped-def]
    x = read(_CITY_AND_PAPER, "The sheriff returned to Los Angeles on Monday.",
             "The manager confirmed the offer to the Los Angeles Times.")
    (city,) = {a.id for a in _actors_of(x, "Los Angeles")}
    assert x.actors[city].label == "Los Angeles"
    assert {a.label for a in _actors_of(x, "Los Angeles Times")} == {"Los Angeles Times"}


@pytest.mark.slow
def test_an_ethnic_adjective_is_its_people_as_the_plural_is(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Kurdish fighters attacked the convoy. The Kurds said Turkey shelled their villages. "
             "The Kurdish Democratic Party condemned it.")
    assert [a.label for a in _actors_of(x, "Kurdish")] == ["Kurds"]
    assert [a.label for a in _actors_of(x, "Kurds")] == ["Kurds"]
    assert "Kurds" not in [a.label for a in _actors_of(x, "Kurdish Democratic Party")]


def _mentions_of(extraction: Extraction, label: str) -> list[str]:
    """The texts of the mentions of the actor labelled *label*, in reading order."""
    actor = next(a for a in extraction.actors.values() if a.label == label)
    return [m.text for m in sorted(actor.mentions, key=lambda m: m.start)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "John Jenkin was questioned. Police found his sister Katie Jenkin dead. "
        "Jenkin was arrested nearby.",
        "John Jenkin was questioned. Police found Jenkin's sister, Katie Jenkin, dead. "
        "Jenkin was arrested nearby.",
    ],
)
def test_a_lone_surname_is_not_the_relative_a_kin_noun_introduces(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    """A full name a noun of family relation introduces, before it or in apposition, is a
    relative's: the surname alone after it stays with the story's person named before."""
    extraction = read(text)
    assert _mentions_of(extraction, "Katie Jenkin") == ["Katie Jenkin"]
    assert _mentions_of(extraction, "John Jenkin")[-1] == "Jenkin"


@pytest.mark.slow
def test_a_lone_surname_after_two_full_names_of_strangers_is_still_the_latest(  # type: ignore[no-untyped-def]
    read,
) -> None:
    """Without a noun of family relation, recency decides as before."""
    extraction = read("John Jenkin was questioned. A neighbour, Katie Jenkin, found the dog. "
                      "Jenkin called the police.")
    assert _mentions_of(extraction, "Katie Jenkin") == ["Katie Jenkin", "Jenkin"]
