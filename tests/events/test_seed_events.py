"""The seed article's events as a careful reader lists them: roles, dates and modality."""

from __future__ import annotations

import pytest

from kg import Extraction, Modality
from kg.model import Event

pytestmark = pytest.mark.slow


def _iri(x: Extraction, label: str) -> str:
    (found,) = [a.id for a in x.actors.values() if a.label == label]
    return found


def _labels(x: Extraction, ids: list[str]) -> set[str]:
    return {x.actors[i].label for i in ids}


def _at(x: Extraction, trigger: str, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind and any(m.text == trigger for m in e.mentions)]


def test_attack_on_panjshir(seed: Extraction) -> None:
    (e,) = _at(seed, "attack", "ASSAULT")
    assert _labels(seed, e.sources) == {"Taliban"} and _labels(seed, e.targets) == {"Panjshir"}
    assert e.modality is Modality.ASSERTED and e.date == "2021-09-06"


def test_air_support_claimed_by_massoud(seed: Extraction) -> None:
    (e,) = _at(seed, "air support", "AID")
    assert e.mode == "military"
    assert "Taliban" in _labels(seed, e.targets)
    assert "Inter-Services Intelligence" in _labels(seed, e.sources)
    assert e.modality is Modality.CLAIMED and _labels(seed, e.claimed_by) == {"Ahmad Massoud"}
    (aided,) = _at(seed, "aided", "AID")
    assert _labels(seed, aided.sources) == {"Pakistan"} and aided.instruments == ["drones"]
    assert aided.modality is Modality.CLAIMED


def test_two_killings_in_panjshir(seed: Extraction) -> None:
    killings = [e for e in seed.events if e.mode == "killing" and e.type == "ASSAULT"]
    by_victim = {v: e for e in killings for v in _labels(seed, e.targets)}
    dashty, zara = by_victim["Fahim Dashty"], by_victim["Abdul Wudod Zara"]
    assert dashty is not zara
    assert (dashty.date, dashty.date_basis) == ("2021-09-05", "relative")
    panjshir = _iri(seed, "Panjshir")
    assert panjshir in dashty.locations and panjshir in zara.locations
    assert all(e.modality is Modality.ASSERTED for e in (dashty, zara))


def test_face_off_with_the_taliban(seed: Extraction) -> None:
    (e,) = _at(seed, "face-off", "ASSAULT")
    assert "Taliban" in _labels(seed, e.targets) and e.date == "2021-09-05"


def test_helicopter_attack_on_saleh_is_alleged(seed: Extraction) -> None:
    (e,) = _at(seed, "attacked", "ASSAULT")
    assert _labels(seed, e.targets) == {"Amrullah Saleh"}
    assert e.modality is Modality.ALLEGED and e.instruments == ["helicopter"]


def test_conditional_peace_offer(seed: Extraction) -> None:
    (talks,) = _at(seed, "peace talks", "CONSULT")
    assert talks.modality is Modality.CONDITIONAL
    assert _labels(seed, talks.claimed_by) == {"Ahmad Massoud"}
    (withdrawal,) = _at(seed, "withdrew", "RETREAT")
    assert withdrawal.modality is Modality.CONDITIONAL
    assert _labels(seed, withdrawal.sources) == {"Taliban"}
    assert _labels(seed, withdrawal.locations) == {"Panjshir", "Andarab"}


def test_capture_of_panjshir_claimed_and_refuted(seed: Extraction) -> None:
    (e,) = _at(seed, "capture", "COERCE")
    assert _labels(seed, e.sources) == {"Taliban"} and _labels(seed, e.targets) == {"Panjshir"}
    assert e.modality is Modality.CLAIMED and _labels(seed, e.claimed_by) == {"Taliban"}
    assert _labels(seed, e.disputed_by) == {"National Resistance Front of Afghanistan"}


def test_takeover_of_kabul_on_august_15(seed: Extraction) -> None:
    (e,) = _at(seed, "took over", "COERCE")
    assert _labels(seed, e.sources) == {"Taliban"} and _labels(seed, e.targets) == {"Kabul"}
    assert (e.date, e.date_basis) == ("2021-08-15", "explicit")
    assert e.modality is Modality.ASSERTED
    # "the fall of Kabul", told earlier in the article, is this event, not a second capture
    assert [m.text for m in e.mentions] == ["fall", "took over"]
    kabul = _iri(seed, "Kabul")
    assert [x for x in seed.events if x.type == "COERCE" and kabul in x.targets] == [e]


def test_five_cities_fell(seed: Extraction) -> None:
    (e,) = _at(seed, "fell", "COERCE")
    assert _labels(seed, e.targets) == {
        "Kandahar",
        "Herat",
        "Mazar-e-Sharif",
        "Jalalabad",
        "Lashkar Gah",
    }
    assert e.mode == "capture" and e.date == "2021-08-15"


def test_us_withdrawal_and_evacuation(seed: Extraction) -> None:
    us = _iri(seed, "United States")
    withdrawals = [e for e in seed.events if e.mode == "withdrawal" and us in e.sources]
    assert withdrawals and all(e.modality is Modality.ASSERTED for e in withdrawals)
    assert any(len(e.mentions) > 1 for e in withdrawals)  # "retreat" ... "the withdrawal"
    (evacuation,) = _at(seed, "evacuating", "RETREAT")
    assert evacuation.mode == "evacuation" and us in evacuation.sources
    assert _iri(seed, "Kabul") in evacuation.locations


def test_new_government_formation_led_by_the_taliban(seed: Extraction) -> None:
    (e,) = _at(seed, "government formation", "COOPERATE")
    assert _labels(seed, e.sources) == {"Taliban"}


def test_every_event_has_a_date_with_its_basis(seed: Extraction) -> None:
    for e in seed.events:
        assert e.date and e.date_basis in {"explicit", "relative", "document"}


def test_reporting_verbs_are_no_events_but_statements_between_actors(seed: Extraction) -> None:
    said = {"said", "revealed", "claimed", "asserted", "confirmed", "added"}
    statements = [e for e in seed.events if e.trigger.text in said]
    assert all(e.about and e.type in {"DISAPPROVE", "REJECT"} for e in statements)


def test_massoud_accuses_pakistan_of_the_aid_he_claims(seed: Extraction) -> None:
    (accusation,) = _at(seed, "claimed", "DISAPPROVE")
    assert accusation.mode == "allege" and accusation.modality is Modality.ASSERTED
    assert _labels(seed, accusation.sources) == {"Ahmad Massoud"}
    assert _labels(seed, accusation.targets) == {"Pakistan"}
    (aid,) = [e for e in seed.events if e.id in accusation.about]
    assert aid.type == "AID" and aid.modality is Modality.CLAIMED  # still a claim, no fact
    assert _labels(seed, aid.claimed_by) == {"Ahmad Massoud"}


def test_nrfa_rejects_the_taliban_claim(seed: Extraction) -> None:
    (rejection,) = _at(seed, "refutes", "REJECT")
    assert _labels(seed, rejection.sources) == {"National Resistance Front of Afghanistan"}
    assert _labels(seed, rejection.targets) == {"Taliban"}
    (capture,) = [e for e in seed.events if e.id in rejection.about]
    assert capture.mode == "capture" and capture.modality is Modality.CLAIMED
    assert _labels(seed, capture.disputed_by) == {"National Resistance Front of Afghanistan"}


def test_the_actor_network_has_massoud_and_the_nrfa(seed: Extraction) -> None:
    from kg.graph import actor_graph

    g = actor_graph(seed)
    labels = {g.nodes[n]["label"] for n in g.nodes}
    assert {"Ahmad Massoud", "National Resistance Front of Afghanistan"} <= labels
    kinds = {(g.nodes[s]["label"], g.nodes[t]["label"], k) for s, t, k in g.edges(keys=True)}
    assert ("Ahmad Massoud", "Pakistan", "DISAPPROVE") in kinds
    assert ("National Resistance Front of Afghanistan", "Taliban", "REJECT") in kinds
