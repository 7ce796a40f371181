"""A place named with the US state or country it lies in ("Palmer, Alaska"): the homonym
inside that state or country, in the gazetteer and on short texts written for these tests."""

from __future__ import annotations

import pytest

from kg.actors.gazetteer import Gazetteer
from kg.model import Extraction


def _place(x: Extraction, label: str) -> tuple[str | None, int | None]:
    actor = next(a for a in x.actors.values() if a.label == label)
    return actor.country, actor.geonames


def test_place_within_finds_the_homonym_inside_the_state_or_country() -> None:
    gazetteer = Gazetteer()
    assert gazetteer.place("Palmer").region != "AK"  # alone: the larger town, in Massachusetts
    palmer = gazetteer.place_within("Palmer", "USA", "AK")
    assert palmer is not None and (palmer.country, palmer.region) == ("USA", "AK")
    assert gazetteer.place("Tripoli").country == "LBY"
    tripoli = gazetteer.place_within("Tripoli", "LBN")
    assert tripoli is not None and tripoli.country == "LBN"
    assert gazetteer.place_within("Kandahar", "USA") is None


def test_a_name_ending_in_its_state_without_a_comma_is_the_place_there() -> None:
    gazetteer = Gazetteer()
    assert gazetteer.place_and_setting("Palmer Alaska") == gazetteer.place_within(
        "Palmer", "USA", "AK")
    assert gazetteer.place_and_setting("Tripoli Lebanon") == gazetteer.place_within(
        "Tripoli", "LBN")
    assert gazetteer.place_and_setting("Palmer Arts Council") is None


@pytest.mark.slow
def test_a_town_followed_by_its_state_is_the_town_there(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A fire destroyed a warehouse in Palmer, Alaska, on Monday. Firefighters "
             "fought it for hours.")
    assert _place(x, "Palmer") == ("USA", Gazetteer().place_within("Palmer", "USA", "AK")
                                   .geonames)  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_city_followed_by_a_country_is_the_city_there(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded in a market in Tripoli, Lebanon, on Friday, killing two people.")
    assert _place(x, "Tripoli")[0] == "LBN"


@pytest.mark.slow
def test_a_province_named_after_the_comma_holds_its_country(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Gunmen attacked a bus near Tripoli, Akkar province, on Friday.")
    assert _place(x, "Tripoli")[0] == "LBN"


@pytest.mark.slow
def test_a_city_alone_keeps_the_usual_reading(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded in a market in Tripoli on Friday, killing two people.")
    assert _place(x, "Tripoli")[0] == "LBY"
