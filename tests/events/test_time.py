"""Time expressions resolved against the document date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.events.time import resolve_date

MONDAY = dt.date(2021, 9, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday", ("2021-09-06", "relative")),
        ("on Monday", ("2021-09-06", "relative")),
        ("Sunday night", ("2021-09-05", "relative")),
        ("last Monday", ("2021-08-30", "relative")),
        ("yesterday", ("2021-09-05", "relative")),
        ("today", ("2021-09-06", "relative")),
        ("last week", ("2021-08-30/2021-09-05", "relative")),
        ("three days ago", ("2021-09-03", "relative")),
        ("August 15", ("2021-08-15", "explicit")),
        ("15 August", ("2021-08-15", "explicit")),
        ("Aug. 15", ("2021-08-15", "explicit")),
        ("December 25", ("2020-12-25", "explicit")),
        ("March 3, 2019", ("2019-03-03", "explicit")),
        ("March 2019", ("2019-03-01/2019-03-31", "explicit")),
        ("2017", ("2017-01-01/2017-12-31", "explicit")),
        ("2021-08-31", ("2021-08-31", "explicit")),
    ],
)
def test_expressions(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, MONDAY) == expected


@pytest.mark.parametrize("text", ["20 years", "decades", "the past", "February 30"])
def test_durations_and_impossible_dates_are_not_dates(text: str) -> None:
    assert resolve_date(text, MONDAY) is None


def test_relative_needs_a_document_date() -> None:
    assert resolve_date("Monday", None) is None
    assert resolve_date("August 15, 2021", None) == ("2021-08-15", "explicit")


@given(
    st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
)
def test_weekday_is_the_latest_on_or_before_the_document_date(ref: dt.date, day: str) -> None:
    resolved = resolve_date(day, ref)
    assert resolved is not None
    got = dt.date.fromisoformat(resolved[0])
    assert got.strftime("%A") == day and 0 <= (ref - got).days < 7
