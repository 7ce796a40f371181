"""One gazetteer for the actor tests (its indexes are built once, on first use), and a reader
of short texts written for the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kg.actors.gazetteer import Gazetteer
from kg.model import Document, Extraction

GAZETTEER = Gazetteer()


@pytest.fixture(scope="module")
def read(nlp) -> Callable[..., Extraction]:  # type: ignore[no-untyped-def]
    """The extraction of *texts*, documents ``d0``, ``d1``, ... of 1 March 2022."""
    from kg.pipeline import extract

    def run(*texts: str) -> Extraction:
        day = dt.date(2022, 3, 1)
        return extract([Document(f"d{i}", t, day, "header") for i, t in enumerate(texts)], nlp)

    return run
