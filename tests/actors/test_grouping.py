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
