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


@pytest.mark.parametrize(
    ("raw", "name"),
    [("U.S.", "U.S."), ("the U.S.'s", "U.S."), ("Kan.", "Kan"), ("Peter W.", "Peter W")],
)
def test_abbreviations_keep_their_last_dot(raw: str, name: str) -> None:
    assert strip_name(raw)[0] == name


def test_names_never_run_over_a_line_or_a_footnote_mark() -> None:
    text = "Officer Lena M. Dorval[12] died.\nBOSTON police said Kestrel Review\nLONDON was calm."
    doc = _doc(text, [("Lena M. Dorval[12]", "PERSON"), ("Kestrel Review\nLONDON", "ORG")])
    found = [c.text for c in find_candidates(doc)]
    assert "Lena M. Dorval" in found
    assert "Kestrel Review" in found and "LONDON" in found


def test_context_cues_age_apposition_determiner_and_place_heads() -> None:
    text = (
        "Deran Oskol, 20, is held. Mira Tesk, an opposition leader, spoke. "
        "The Velmari left. Boats crossed the Velstra River."
    )
    doc = _doc(
        text,
        [
            ("Deran Oskol", "ORG"),
            ("Mira Tesk", "ORG"),
            ("Velmari", "NORP"),
            ("Velstra River", "ORG"),
        ],
    )
    cues = {c.text: c.cues for c in find_candidates(doc)}
    assert "age" in cues["Deran Oskol"]
    assert "person" in cues["Mira Tesk"]
    assert "determined" in cues["Velmari"]
    assert "place" in cues["Velstra River"]


@pytest.mark.parametrize(
    ("text", "tag", "name"),
    [
        ("Naturally Scott Boras said no.", "RB", "Scott Boras"),
        ("Producer Delia Marsh said no.", "NNP", "Delia Marsh"),
        ("GM Theo Epstein said no.", "NNP", "Theo Epstein"),
        ("Abdul Wudod Zara said no.", "NNP", "Abdul Wudod Zara"),
    ],
)
def test_a_leading_word_that_is_no_name_is_cut_from_a_person(
    text: str, tag: str, name: str
) -> None:
    span = text[: text.index(" said")]
    doc = _doc(text, [(span, "PERSON")])
    doc[0].tag_ = tag
    assert [c.text for c in find_candidates(doc)] == [name]


def test_never_actors_weekday_names_headings_and_common_words_at_sentence_start() -> None:
    text = (
        "It became known as Bloody Friday. == References == was the heading. "
        "Shootings went on. The shootings were loud. Bloody Sunday followed."
    )
    doc = _doc(
        text,
        [
            ("Bloody", "ORG"),
            ("References", "PERSON"),
            ("Shootings", "PERSON"),
            ("Bloody Sunday", "ORG"),
        ],
    )
    assert find_candidates(doc) == []


def test_a_surname_the_ner_missed_is_found_again() -> None:
    text = "Azamat Korlev was charged. Korlev faces prison. Korlevs are many."
    doc = _doc(text, [("Azamat Korlev", "PERSON")])
    found = [(c.text, c.label) for c in find_candidates(doc)]
    assert found == [("Azamat Korlev", "PERSON"), ("Korlev", "SURNAME")]
