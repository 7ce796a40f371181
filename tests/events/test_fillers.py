"""Role fillers of kg.events.fillers: the actors a pronoun or phrase names, on short texts
written for these tests (real spaCy model)."""

from __future__ import annotations

import pytest

from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


def test_it_stands_for_a_named_actor_not_for_unnamed_people(read) -> None:  # type: ignore[no-untyped-def]
    # unnamed people ("soldiers", "police") are "they": the "it" here is no one named
    x = read("Soldiers surrounded the village. Later it attacked two convoys.")
    assert only(x, "ASSAULT", "attacked").sources == []
    x = read("Hamas fired rockets. Later it attacked Sderot.")
    assert labels(x, only(x, "ASSAULT", "attacked").sources) == {"Hamas"}
    # one unnamed body in the singular is "it"
    x = read("India's navy sank a trawler, but the navy says it fired in self-defence.")
    assert labels(x, only(x, "ASSAULT", "fired").sources) == {"navy (India)"}


def test_he_continues_the_he_of_the_sentence_before_not_a_noun_named_there(read) -> None:  # type: ignore[no-untyped-def]
    # the second "He" continues the first, whose antecedent is Tom Reed, not "a child"
    x = read(
        "Tom Reed escaped from a van on Monday. He was jailed in 1979 for the rape of a child. "
        "He attacked a guard in 1984."
    )
    assert labels(x, only(x, "ASSAULT", "attacked").sources) == {"Tom Reed"}


def test_they_after_people_who_were_the_subject_is_not_a_body_named_before(read) -> None:  # type: ignore[no-untyped-def]
    # "They" follows "Anna Berg and her father" as the subject: not the crowd named before them
    x = read(
        "Police dispersed the crowd outside the court. Anna Berg and her father attended the "
        "trial. They travelled to Leeds on Monday."
    )
    assert only(x, "MOVE").sources == []
    x = read("Police dispersed the crowd outside the court. They travelled to Leeds on Monday.")
    assert only(x, "MOVE").sources


def test_a_relative_pronoun_on_an_appositive_stands_for_the_name(read) -> None:  # type: ignore[no-untyped-def]
    # "the British-Libyan who ...": the appositive tells of the person named, not of Libya
    x = read("Police named Salman Abedi, the British-Libyan who carried out the bombing.")
    assert labels(x, only(x, "ASSAULT", "bombing").sources) == {"Salman Abedi"}


def test_an_office_holder_named_by_an_organisation_stands_for_it(read) -> None:  # type: ignore[no-untyped-def]
    # "a Hezbollah commander": the organisation's agent, as "an Argentine judge" is the country's
    x = read("Israeli troops killed a Hezbollah commander in Lebanon.")
    assert labels(x, only(x, "ASSAULT", "killed").targets) == {"Hezbollah"}
    x = read("Police arrested his Saudi wife.")
    assert not only(x, "COERCE", "arrested").targets
