"""Name cleaning: titles, determiners, possessives; acronyms; never a date as an actor."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from kg.actors.mentions import _initials_match, find_candidates, strip_name


@pytest.mark.parametrize(
    ("raw", "name", "titles"),
    [
        ("Mullah Mohammad Omar's", "Mohammad Omar", ["Mullah"]),
        ("Lt. Gen Faiz Hamid", "Faiz Hamid", ["Lt. Gen"]),
        ("Gen Faiz Hamid", "Faiz Hamid", ["Gen"]),
        ("the Northern Resistance's", "Northern Resistance", []),
        ("President Amrullah Saleh", "Amrullah Saleh", ["President"]),
        ("'caretaker'", "caretaker", []),
        ("Taliban", "Taliban", []),
        ("the United Nations", "United Nations", []),
        ("Prime Minister Imran Khan", "Imran Khan", ["Prime Minister"]),
    ],
)
def test_strip_name(raw: str, name: str, titles: list[str]) -> None:
    got, left, right, found = strip_name(raw)
    assert (got, found) == (name, titles)
    assert raw[left : len(raw) - right] == name


@given(st.text())
def test_strip_name_offsets_always_index_the_name(raw: str) -> None:
    name, left, right, _ = strip_name(raw)
    assert raw[left : len(raw) - right] == name


def test_a_title_alone_is_kept_as_a_name() -> None:
    assert strip_name("General")[0] == "General"


@pytest.mark.parametrize(
    ("acronym", "name", "fits"),
    [
        ("NRFA", "National Resistance Front of Afghanistan", True),
        ("UN", "United Nations", True),
        ("ISI", "Inter-Services Intelligence", True),
        ("NATO", "United Nations", False),
    ],
)
def test_initials(acronym: str, name: str, fits: bool) -> None:
    assert _initials_match(acronym, name) is fits


def _doc(text: str, ents: list[tuple[str, str]]) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans = []
    for needle, label in ents:
        start = text.index(needle)
        span = doc.char_span(start, start + len(needle), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


def test_candidates_drop_dates_split_lists_and_find_acronyms() -> None:
    text = (
        "The Democratic Forces of Liberation (DFL) said on Monday that Kandahar, Herat fell. "
        "DFL fighters left 20 years ago."
    )
    doc = _doc(
        text,
        [
            ("Democratic Forces of Liberation", "ORG"),
            ("Monday", "DATE"),
            ("Kandahar, Herat", "ORG"),
            ("20 years", "DATE"),
        ],
    )
    found = [(c.text, c.label) for c in find_candidates(doc)]
    assert ("Kandahar", "ORG") in found and ("Herat", "ORG") in found
    assert [t for t, lab in found if lab == "ACRONYM"] == ["DFL", "DFL"]
    assert not any(t in {"Monday", "20 years"} for t, _ in found)
