"""Trade events (kg.events.trade): one construction per test, on sentences written for it."""

from __future__ import annotations

import pytest

from kg.evaluation import kairos_types
from kg.events import load_lexicon
from kg.model import Modality, PloverType
from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


def _trades(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == PloverType.TRADE]


def test_a_buyer_is_the_recipient(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Ahmed Hassan bought a shotgun in Dallas on Friday.")
    e = only(x, "TRADE")
    assert e.trigger.text == "bought" and e.modality is Modality.ASSERTED
    assert labels(x, e.targets) == {"Ahmed Hassan"} and not e.sources


def test_a_seller_is_the_giver_and_whom_he_sold_to_the_recipient(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Ahmed Hassan sold his car to Omar Saleh.")
    e = only(x, "TRADE")
    assert labels(x, e.sources) == {"Ahmed Hassan"} and labels(x, e.targets) == {"Omar Saleh"}


def test_weapons_sold_between_states_stay_cameo_cooperation(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russia sold fighter jets to Iran.")
    assert not _trades(x) and only(x, "COOPERATE").trigger.text == "sold"


def test_a_past_tense_after_a_passive_is_active(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Vincent Kowal was fired on Thursday and bought a shotgun on Friday.")
    assert labels(x, only(x, "TRADE").targets) == {"Vincent Kowal"}


def test_who_a_buyer_bought_from_is_the_giver(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Peter Novak rented the truck from Michael Brandt.")
    e = only(x, "TRADE")
    assert labels(x, e.sources) == {"Michael Brandt"} and labels(x, e.targets) == {"Peter Novak"}


def test_renting_to_someone_gives(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Michael Brandt rented the truck to Peter Novak.")
    e = only(x, "TRADE")
    assert labels(x, e.sources) == {"Michael Brandt"} and labels(x, e.targets) == {"Peter Novak"}


def test_the_buyer_of_a_passive_is_its_agent(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The property was purchased by Thomas Keller.")
    assert labels(x, only(x, "TRADE").targets) == {"Thomas Keller"}


def test_a_company_bought_is_the_buyers_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Microsoft bought Skype for 8.5 billion dollars.")
    e = only(x, "TRADE")
    assert labels(x, e.sources) == {"Microsoft"} and labels(x, e.targets) == {"Skype"}


def test_a_planned_purchase_is_intended(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Maria Lopez plans to buy a house in Madrid.")
    assert only(x, "TRADE").modality is Modality.INTENDED


def test_negated_or_particle_or_nothing_traded_is_no_trade(read) -> None:  # type: ignore[no-untyped-def]
    assert not _trades(read("Thomas Keller did not sell his car."))
    assert not _trades(read("The concert by Adele sold out in minutes."))
    assert not _trades(read("Drones are easy to buy, John Smith said."))


def test_a_purchase_with_no_actor_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    assert not _trades(read("The equipment was purchased in 2007."))


def test_trade_verbs_are_no_trigger_words_of_another_type() -> None:
    lexicon = load_lexicon()
    assert not lexicon.trade_verbs & lexicon.verbs.keys()
    assert lexicon.giving_trade_verbs | lexicon.either_trade_verbs <= lexicon.trade_verbs


def test_a_trade_is_scored_as_kairos_buying_and_selling() -> None:
    assert kairos_types("TRADE") == {"Transaction.ExchangeBuySell"}
