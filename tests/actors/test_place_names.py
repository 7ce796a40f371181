"""Place names the NER misreads, on sentences written here (real spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Actor, ActorType, Document, Extraction

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def read():  # type: ignore[no-untyped-def]
    from kg.nlp import load_pipeline
    from kg.pipeline import extract

    nlp = load_pipeline(None)
    return lambda text: extract([Document("d", text, dt.date(2024, 3, 6), "header")], nlp)


def _actor(x: Extraction, text: str) -> Actor:
    (actor,) = [a for a in x.actors.values() if any(m.text == text for m in a.mentions)]
    return actor


@pytest.mark.parametrize(
    ("text", "name", "subtype", "country"),
    [
        ("Doctors Without Borders said its hospital in Khan Younis was hit.", "Khan Younis",
         "city", "PSE"),  # another spelling of Khān Yūnis, read as a person's name
        ("Settlers attacked villages in the West Bank.", "West Bank", "region", "PSE"),
        ("John Carver, 41, of Albany, N. Y., was charged on Friday.", "N. Y", "state", "USA"),
    ],
)
def test_a_misread_place_is_a_place(read, text, name, subtype, country) -> None:  # type: ignore[no-untyped-def]
    actor = _actor(read(text), name)
    assert (actor.type, actor.subtype, actor.country) == (ActorType.PLACE, subtype, country)


def test_no_place_starts_inside_a_hyphenated_name(read) -> None:  # type: ignore[no-untyped-def]
    x = read("T-Mobile customers can buy the phone in June. Winston-Salem police said so.")
    assert not [a for a in x.actors.values() if a.label in {"Mobile", "Salem"}]


def test_a_company_named_like_a_city_is_the_city_where_the_text_uses_a_place(read) -> None:  # type: ignore[no-untyped-def]
    # "El Paso" is also El Paso Corp in PETRARCH's company dictionary
    x = read("The suspect was arrested in El Paso on Friday.")
    assert _actor(x, "El Paso").type == ActorType.PLACE
