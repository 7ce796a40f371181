"""Bare definite descriptions of a place named before ("the city", "the country", "the
government") resolved to that place, on short texts written for these tests (real spaCy
model)."""

from __future__ import annotations

import pytest

from kg.model import Extraction, MentionLabel


def _described(x: Extraction, word: str) -> list[str]:
    """The labels of the actors that hold *word* as a description."""
    return [a.label for a in x.actors.values() for m in a.mentions
            if m.text == word and m.ner_label == MentionLabel.NOMINAL]


@pytest.mark.slow
def test_the_city_is_the_one_city_named_before(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Protesters gathered in Aleppo on Monday. Police fired tear gas across the city.")
    assert _described(x, "city") == ["Aleppo"]


@pytest.mark.slow
def test_the_government_and_the_country_are_the_country_named_before(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Venezuela held elections on Sunday. The government arrested three opposition "
             "leaders. Thousands left the country.")
    assert _described(x, "government") == ["Venezuela"]
    assert _described(x, "country") == ["Venezuela"]
    arrest = next(e for e in x.events if e.trigger.text == "arrested")
    assert "Venezuela" in [x.actors[a].label for a in arrest.sources]


@pytest.mark.slow
def test_two_cities_named_before_compete(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Fighting broke out in Aleppo and Homs. Rebels shelled the city.")
    assert _described(x, "city") == []


@pytest.mark.slow
def test_a_description_with_its_own_modifier_or_name_is_none(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russia sent envoys to Damascus. The Syrian government condemned the vote, and "
             "the city council met. The city of Homs was calm.")
    assert _described(x, "government") == []
    assert _described(x, "city") == []


@pytest.mark.slow
def test_a_country_is_no_city_of_the_same_name(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Venezuela held elections on Sunday. Crowds filled the city.")
    assert _described(x, "city") == []


@pytest.mark.slow
def test_a_description_is_where_an_event_happens_but_not_a_qualifier_of_that_place(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Bombs exploded in Belfast on Friday. Gunmen attacked a bank in the city. "
             "Last night the leaders were meeting in a house in the city.")
    places = {e.trigger.text: [a.mention.text for a in e.arguments
                               if a.role == "location" and a.mention is not None]
              for e in x.events}
    assert "city" in places["attacked"]
    assert "city" not in places["meeting"]


@pytest.mark.slow
def test_the_country_is_none_named_last_when_the_places_lie_in_another(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A deputy was shot in Los Angeles on Monday. Police in Pasadena caught the gunman "
             "before he could flee to Mexico. Officers across the country mourned him.")
    assert _described(x, "country") == []


@pytest.mark.slow
def test_the_state_is_the_us_state_named_before(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A dairy in Palmer, Alaska, went bankrupt in 1983. The state took over the plant "
             "and ran it for twenty years. Officials in Anchorage said the state lost millions.")
    assert _described(x, "state") == ["Alaska", "Alaska"]  # a city of the state is no rival
    took = next(e for e in x.events if e.trigger.text.startswith("took"))
    assert "Alaska" in [x.actors[a].label for a in took.sources]


@pytest.mark.slow
def test_the_state_is_no_country_and_no_modifier(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Turkmenistan held elections on Sunday. All candidates were funded by the state. "
             "Texas and Ohio voted. The state budget was cut.")
    assert _described(x, "state") == []
