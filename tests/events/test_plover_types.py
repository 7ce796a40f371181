"""PLOVER types chosen by construction: commitments, obstruction, formal protests (real model)."""

from __future__ import annotations

import pytest

from tests.events.conftest import only

pytestmark = pytest.mark.slow


def test_sworn_to_fight_parsed_as_adverbial_is_a_threat(read) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "to fight" on "sworn" as an adverbial clause, not a complement
    x = read("Ethnic Albanians have sworn to fight until they gain control of the villages, "
             "officials said.")
    assert only(x, "THREATEN").trigger.text == "fight"


def test_purpose_infinitive_of_another_verb_is_no_commitment(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Rebels crossed the river to attack the town of Kobani.")
    assert [e.type for e in x.events if e.trigger.text == "attack"] == ["ASSAULT"]


def test_foiling_an_attack_is_no_assault(read) -> None:  # type: ignore[no-untyped-def]
    # PETRARCH codes "thwart {ROCKET ATTACK}", not every foiled attack
    x = read("An Indian warship foiled a pirate attack on merchant vessels on Friday.")
    assert [(e.type, e.trigger.text) for e in x.events] == [("ASSAULT", "attack")]


def test_phrase_pattern_with_its_modifier(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russia delivered a sharp jab at Ukraine on Friday.")
    assert only(x, "DISAPPROVE").trigger.text == "delivered"
