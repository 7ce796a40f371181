"""The actor stage's word lists: read from kg/actors/data/words.yaml, strictly."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import fields
from importlib import resources

import pytest

from kg.actors import mentions
from kg.actors.words import _SECTIONS, ActorWords, actor_words
from kg.datafiles import parse_datafile
from kg.errors import InputError
from kg.model import RelationType

PACKAGED = resources.files("kg.actors").joinpath("data/words.yaml").read_text("utf-8")


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_every_section_is_read_and_none_is_empty() -> None:
    words = actor_words()
    for f in fields(ActorWords):
        assert getattr(words, f.name), f.name
    assert words.role_relations["son"] is RelationType.CHILD_OF
    assert "Lt. Gen" in words.titles and "monday" in words.weekdays


def test_the_rules_read_the_file() -> None:
    assert actor_words().person_roles == mentions.PERSON_ROLES
    assert "sunday" in mentions._NOT_NAMES  # the weekdays are never names either
    assert mentions.TITLES.index("Lt. Gen") < mentions.TITLES.index("Lt.")  # longest first


def test_the_time_zones_are_the_iana_database_abbreviations() -> None:
    found = set()
    for name in zoneinfo.available_timezones():
        zone = zoneinfo.ZoneInfo(name)
        for year in (2000, 2012, 2024):
            for month in (1, 7):
                abbreviation = dt.datetime(year, month, 1, tzinfo=zone).tzname() or ""
                if abbreviation.isalpha() and abbreviation.isupper():
                    found.add(abbreviation.lower())
    zones = actor_words().time_zones
    assert zones <= found and {"gmt", "hkt", "edt", "cet"} <= zones


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("person_roles:", "person_rols:", "unknown section 'person_rols'"),
        ("son: child_of", "son: sibling_of", "'sibling_of' is not a valid RelationType"),
        ("weekdays: [monday,", "weekdays: [Monday,", "'Monday' must be written in lower case"),
        ("weekdays: [monday,", "weekdays: [sunday,", "'sunday' repeated"),
    ],
)
def test_a_bad_file_fails_with_its_path_and_line(old: str, new: str, message: str) -> None:
    assert PACKAGED.count(old) == 1
    text = PACKAGED.replace(old, new)
    with pytest.raises(InputError) as caught:
        parse_datafile(text, "words.yaml", _SECTIONS)
    line = _line_of(text, new)
    assert str(caught.value).startswith(f"words.yaml:{line}: ")
    assert message in str(caught.value)


def test_a_missing_section_is_named() -> None:
    start = PACKAGED.index("place_suffixes:")
    with pytest.raises(InputError, match=r"missing section.*place_suffixes"):
        parse_datafile(PACKAGED[:start], "words.yaml", _SECTIONS)
