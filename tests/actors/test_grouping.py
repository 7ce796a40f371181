"""Grouping one document's names into actors, on short texts written for these tests (real
spaCy model)."""

from __future__ import annotations

import pytest

from kg.model import Actor, Extraction


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
    again = pickle.loads(pickle.dumps(group))
    assert again == group and "name" not in again.__dict__
    assert again.name == "Intel Corp."
