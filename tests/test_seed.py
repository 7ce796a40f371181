"""The seed article end to end: the actors and events a careful reader lists are in the graph."""

from __future__ import annotations

import pytest

from kg import Extraction, Modality

pytestmark = pytest.mark.slow


def _actor(x: Extraction, label: str):  # type: ignore[no-untyped-def]
    found = [a for a in x.actors.values() if a.label == label]
    assert len(found) == 1, f"{label!r}: {len(found)} nodes"
    return found[0]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Taliban", "organisation"),
        ("National Resistance Front of Afghanistan", "organisation"),
        ("Pakistan", "country"),
        ("Inter-Services Intelligence", "organisation"),
        ("Panjshir", "place"),
        ("Ahmad Massoud", "person"),
        ("Ahmad Shah Massoud", "person"),
        ("Amrullah Saleh", "person"),
        ("Fahim Dashty", "person"),
        ("Kabul", "place"),
    ],
)
def test_named_actors_exist_with_their_type(seed: Extraction, label: str, kind: str) -> None:
    assert _actor(seed, label).type == kind


def test_acronym_and_surnames_resolve_without_false_merges(seed: Extraction) -> None:
    assert "NRFA" in _actor(seed, "National Resistance Front of Afghanistan").aliases
    assert "ISI" in _actor(seed, "Inter-Services Intelligence").aliases
    son, father = _actor(seed, "Ahmad Massoud"), _actor(seed, "Ahmad Shah Massoud")
    assert son.id != father.id
    assert "Massoud" in son.aliases and "Massoud" not in father.aliases
    assert "Dashty" in _actor(seed, "Fahim Dashty").aliases


def test_titles_and_possessives_are_stripped(seed: Extraction) -> None:
    names = {m.text for a in seed.actors.values() for m in a.mentions}
    assert {"Faiz Hamid", "Mohammad Omar", "Abdul Ghani Baradar"} <= names
    assert not any("'s" in n or "Mullah" in n or n.startswith("Gen") for n in names)
    omar = next(a for a in seed.actors.values() if "Mohammad Omar" in {m.text for m in a.mentions})
    assert "Mullah" in omar.titles


def test_no_dates_or_numbers_are_actors(seed: Extraction) -> None:
    for actor in seed.actors.values():
        assert not any(ch.isdigit() for ch in actor.label), actor.label
        assert actor.label not in {"Monday", "Sunday night", "August 15", "20 years"}


def _events(x: Extraction, kind: str, source: str | None = None, target: str | None = None):  # type: ignore[no-untyped-def]
    out = []
    for e in x.events:
        srcs = {x.actors[i].label for i in e.sources}
        tgts = {x.actors[i].label for i in e.targets}
        if (
            e.type == kind
            and (source is None or source in srcs)
            and (target is None or target in tgts)
        ):
            out.append(e)
    return out


def test_attack_on_panjshir(seed: Extraction) -> None:
    (attack,) = _events(seed, "ASSAULT", "Taliban", "Panjshir")
    assert attack.date == "2021-09-06"


def test_pakistan_air_support_is_claimed_by_massoud(seed: Extraction) -> None:
    support = _events(seed, "AID", "Pakistan", "Taliban")
    assert support
    massoud = _actor(seed, "Ahmad Massoud").id
    assert all(e.modality is Modality.CLAIMED and massoud in e.claimed_by for e in support)


def test_fahim_dashty_killed_in_panjshir_on_sunday(seed: Extraction) -> None:
    (killing,) = _events(seed, "ASSAULT", target="Fahim Dashty")
    assert killing.mode == "killing"
    assert killing.date == "2021-09-05" and killing.date_basis == "relative"
    assert _actor(seed, "Panjshir").id in killing.locations


def test_capture_of_panjshir_is_claimed_by_taliban_and_disputed(seed: Extraction) -> None:
    (capture,) = _events(seed, "COERCE", "Taliban", "Panjshir")
    assert capture.modality is Modality.CLAIMED
    assert _actor(seed, "Taliban").id in capture.claimed_by
    assert _actor(seed, "National Resistance Front of Afghanistan").id in capture.disputed_by


def test_takeover_of_kabul_on_august_15(seed: Extraction) -> None:
    (takeover,) = _events(seed, "COERCE", "Taliban", "Kabul")
    assert takeover.date == "2021-08-15" and takeover.date_basis == "explicit"


def test_relations_from_descriptions(seed: Extraction) -> None:
    labels = {
        (seed.actors[r.subject].label, r.predicate, seed.actors[r.object].label)
        for r in seed.relations
    }
    assert ("Ahmad Massoud", "leader_of", "National Resistance Front of Afghanistan") in labels
    assert ("Fahim Dashty", "spokesperson_of", "National Resistance Front of Afghanistan") in labels
