"""The damage an attack does and the laying of its bomb (kg.events.outcomes): more words of the
attack itself, one construction per test, on sentences written for it."""

from __future__ import annotations

import pytest

from kg.model import PloverType
from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


def _words(x, kind: str = "ASSAULT", trigger: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in only(x, kind, trigger).mentions]


def test_damage_an_explosion_caused_is_the_explosion_told_again(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A car bomb exploded in the market. The blast caused heavy damage to three shops.")
    assert "damage" in _words(x)
    assert len([e for e in x.events if e.type == PloverType.ASSAULT]) == 1


def test_a_participle_of_breaking_after_the_cause_joins_the_attack(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The explosion caused damage to the station, smashing the windows of a nearby bank.")
    assert {"damage", "smashing"} <= set(_words(x))


def test_what_a_bomb_caused_to_collapse_joins_the_bombing_told_before(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded at the hotel on Monday. The bomb caused the roof to collapse.")
    assert "collapse" in _words(x)


def test_a_participle_after_the_killings_of_an_explosion_joins_the_explosion(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The device exploded, killing four policemen and ripping through the checkpoint.")
    assert "ripping" in _words(x, trigger="exploded")
    assert "ripping" not in _words(x, trigger="killing")


def test_a_passive_by_an_explosion_joins_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A grenade attack hit the village. Two houses were wrecked by the attack.")
    assert "wrecked" in _words(x)


def test_damage_someone_else_did_is_no_part_of_the_attack(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded near the port. Later the storm smashed the windows of the harbour.")
    assert "smashed" not in _words(x)


def test_damage_denied_is_none(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded near the school. The building was not damaged by the blast.")
    assert not any(m.text == "damaged" for e in x.events for m in e.mentions)


def test_a_bomb_planted_begins_the_bombing_told_next(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The bomb had been planted in a parked van. Minutes later it exploded.")
    assert _words(x) == ["planted", "exploded"]


def test_a_bomb_placed_and_exploding_is_one_bombing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The device was placed under a bench and exploded at noon.")
    assert _words(x) == ["placed", "exploded"]


def test_a_bomb_only_tried_to_be_planted_is_not_laid(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Two men tried to plant a bomb near the bridge. The bomb exploded an hour later.")
    assert "plant" not in _words(x)


def test_placing_what_is_no_explosive_is_no_bombing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police placed barriers around the square. A bomb exploded there at noon.")
    assert "placed" not in _words(x)


def test_damage_that_befalls_someone_is_a_figure_of_speech(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A bomb exploded at the mall. The owners were devastated by the bombing.")
    assert not any(m.text == "devastated" for e in x.events for m in e.mentions)


def test_a_country_torn_apart_by_war_is_no_damage_to_a_thing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A car bomb exploded in Kabul. Afghanistan has been torn apart by the bombing.")
    assert not any(m.text == "torn" for e in x.events for m in e.mentions)


def test_a_damage_verb_with_a_particle_is_no_damage(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Fighting broke out in the north. Clashes broke out again near the border.")
    assert all(m.text != "broke" for e in x.events for m in e.mentions)


def test_a_noun_of_crying_is_no_damage(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A suicide bomber blew himself up at the gate. His mother fought tears in court.")
    assert all(m.text != "tears" for e in x.events for m in e.mentions)


def test_who_laid_the_bomb_is_the_source_of_the_bombing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The bomb was planted by Hamas and exploded at noon.")
    e = only(x, "ASSAULT")
    assert [m.text for m in e.mentions] == ["planted", "exploded"]
    assert labels(x, e.sources) == {"Hamas"}


def test_a_named_actor_planting_a_bomb_that_explodes_is_one_bombing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("ETA planted a bomb in a car outside the barracks. It exploded an hour later.")
    e = only(x, "ASSAULT")
    assert [m.text for m in e.mentions] == ["planted", "exploded"]
    assert labels(x, e.sources) == {"ETA"}
