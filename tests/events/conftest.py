"""Helpers for event tests: extract from a few sentences of one's own with the real model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kg.model import Document, Event, Extraction

MONDAY = dt.date(2021, 9, 6)


@pytest.fixture(scope="session")
def read(nlp) -> Callable[[str], Extraction]:  # type: ignore[no-untyped-def]
    """Extract one document dated Monday 2021-09-06."""
    from kg.pipeline import extract

    def run(text: str) -> Extraction:
        return extract([Document("t", text, MONDAY, "header")], nlp)

    return run


def labels(x: Extraction, ids: list[str]) -> set[str]:
    return {x.actors[i].label for i in ids}


def only(x: Extraction, kind: str, trigger: str | None = None) -> Event:
    """The one event of *kind* (with a mention reading *trigger*, if given)."""
    found = [
        e
        for e in x.events
        if e.type == kind and (trigger is None or any(m.text == trigger for m in e.mentions))
    ]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in x.events]
    return found[0]
