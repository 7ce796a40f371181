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
