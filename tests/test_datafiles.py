"""The strict data-file loader: typed sections, and path:line errors for everything else."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kg.datafiles import Phrases, Table, Value, Words, load_datafile, parse_datafile
from kg.errors import InputError

SECTIONS = {"verbs": Words(lower=True), "order": Phrases(), "types": Table(str)}


def _line(text: str) -> int | None:
    with pytest.raises(InputError) as caught:
        parse_datafile(text, "x.yaml", SECTIONS)
    assert str(caught.value).startswith(f"x.yaml:{caught.value.line}: ")
    return caught.value.line


def test_sections_become_typed_values() -> None:
    text = "verbs: [attack, bomb]\norder:\n  - first one\n  - second\ntypes:\n  war: ASSAULT\n"
    data = parse_datafile(text, "x.yaml", SECTIONS)
    assert data == {
        "verbs": frozenset({"attack", "bomb"}),
        "order": ("first one", "second"),
        "types": {"war": "ASSAULT"},
    }


def test_yaml_booleans_and_numbers_stay_words() -> None:
    data = parse_datafile("verbs: [no, on, off, yes, 1]\norder: []\ntypes: {}\n", "x", SECTIONS)
    assert data["verbs"] == {"no", "on", "off", "yes", "1"}


def test_blank_sections_are_empty() -> None:
    data = parse_datafile("verbs:\norder:\ntypes:\n", "x.yaml", SECTIONS)
    assert data == {"verbs": frozenset(), "order": (), "types": {}}


def test_misspelt_section_fails_at_its_line() -> None:
    text = "verbs: [attack]\norder: []\ntypes: {}\nverb: [bomb]\n"
    assert _line(text) == 4


def test_unknown_section_names_the_expected_ones() -> None:
    with pytest.raises(InputError, match=r"unknown section 'verb' .*verbs, order, types"):
        parse_datafile("verb: []\n", "x.yaml", SECTIONS)


def test_missing_section_is_named() -> None:
    with pytest.raises(InputError, match=r"missing section.*: order, types"):
        parse_datafile("verbs: [attack]\n", "x.yaml", SECTIONS)


def test_repeated_section_and_entries_fail_with_both_lines() -> None:
    with pytest.raises(InputError, match=r"x.yaml:3: section 'verbs' repeated \(first on line 1"):
        parse_datafile("verbs: []\norder: []\nverbs: []\ntypes: {}\n", "x.yaml", SECTIONS)
    with pytest.raises(InputError, match=r"x.yaml:4: verbs: 'bomb' repeated \(first on line 2"):
        parse_datafile(
            "verbs:\n  - bomb\n  - shoot\n  - bomb\norder: []\ntypes: {}\n", "x.yaml", SECTIONS
        )
    text = "verbs: []\norder: []\ntypes:\n  war: ASSAULT\n  war: AID\n"
    with pytest.raises(InputError, match=r"x.yaml:5: types: 'war' repeated"):
        parse_datafile(text, "x.yaml", SECTIONS)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("verbs: attack\norder: []\ntypes: {}\n", 1, "verbs: expected a list"),
        ("verbs: []\norder: {a: b}\ntypes: {}\n", 2, "order: expected a list"),
        ("verbs: []\norder: []\ntypes: [a]\n", 3, "types: expected a mapping"),
        ("verbs: [Attack]\norder: []\ntypes: {}\n", 1, "lower case"),
        ("verbs: [[a, b]]\norder: []\ntypes: {}\n", 1, "expected a word or phrase, got a list"),
        ("verbs: ['']\norder: []\ntypes: {}\n", 1, "empty entry"),
        ("verbs: [~]\norder: []\ntypes: {}\n", 1, "empty entry"),
        ("verbs: [' a']\norder: []\ntypes: {}\n", 1, "blanks"),
        ("verbs: []\norder: []\ntypes:\n  war: [a]\n", 4, "types: war: expected a word"),
        ("[a, b]\n", 1, "expected sections"),
        ("", 1, "no sections"),
        ("verbs: [a\norder: []\n", 2, "not valid YAML"),
    ],
)
def test_bad_values_fail_at_their_line(text: str, line: int, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_datafile(text, "x.yaml", SECTIONS)
    assert caught.value.line == line


def test_table_values_are_parsed_and_their_errors_located() -> None:
    def plover(text: str) -> tuple[str, str | None]:
        kind, _, mode = text.partition("/")
        if kind not in {"ASSAULT", "AID"}:
            raise ValueError(f"unknown type {kind!r}")
        return kind, mode or None

    sections = {"t": Table(plover), "n": Value(int), "g": Table(Words())}
    text = "t:\n  war: ASSAULT/war\n  help: AID\nn: 3\ng:\n  a: [b, c]\n"
    assert parse_datafile(text, "x", sections) == {
        "t": {"war": ("ASSAULT", "war"), "help": ("AID", None)},
        "n": 3,
        "g": {"a": frozenset({"b", "c"})},
    }
    with pytest.raises(InputError, match=r"x:3: t: help: unknown type 'AYD'"):
        parse_datafile(text.replace("AID", "AYD"), "x", sections)
    with pytest.raises(InputError, match=r"x:4: n: invalid literal"):
        parse_datafile(text.replace("n: 3", "n: three"), "x", sections)
    with pytest.raises(InputError, match=r"x:6: g: a: 'b' repeated"):
        parse_datafile(text.replace("[b, c]", "[b, b]"), "x", sections)


def test_load_datafile_reads_a_file_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("verbs: [attack]\norder: []\ntypes: {}\nextra: []\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:4: unknown section 'extra'"):
        load_datafile(path, SECTIONS)
    with pytest.raises(InputError, match="cannot read"):
        load_datafile(tmp_path / "absent.yaml", SECTIONS)


_word = (
    st.text(st.sampled_from("abcdefghij -'"), min_size=1, max_size=8)
    .map(str.strip)
    .filter(lambda w: bool(w) and not w.startswith(("-", "'")))
)


@given(st.lists(_word, unique=True, max_size=12), st.lists(_word, unique=True, max_size=12))
def test_written_sections_read_back(verbs: list[str], order: list[str]) -> None:
    types = {w: w.upper() for w in order}
    text = yaml.safe_dump({"verbs": verbs, "order": order, "types": types}, sort_keys=False)
    data = parse_datafile(text, "x.yaml", SECTIONS)
    assert data == {"verbs": frozenset(verbs), "order": tuple(order), "types": types}


@given(
    st.lists(_word, unique=True, min_size=1, max_size=10),
    st.data(),
)
def test_a_repeat_anywhere_fails_at_its_own_line(words: list[str], data: st.DataObject) -> None:
    first = data.draw(st.integers(0, len(words) - 1))
    at = data.draw(st.integers(first + 1, len(words)))
    entries = [*words[:at], words[first], *words[at:]]
    text = "order: []\ntypes: {}\nverbs:\n" + "".join(f"  - {w!r}\n" for w in entries)
    with pytest.raises(InputError, match=rf"repeated \(first on line {4 + first}\)") as caught:
        parse_datafile(text, "x.yaml", SECTIONS)
    assert caught.value.line == 4 + at


@given(st.text(st.sampled_from("abcdefgh_"), min_size=1, max_size=10))
def test_any_undeclared_section_fails(name: str) -> None:
    text = "verbs: []\norder: []\ntypes: {}\n" + f"{name}: []\n"
    if name in SECTIONS:
        assert _line(text) == 4  # repeated
    else:
        with pytest.raises(InputError, match=f"x.yaml:4: unknown section '{name}'"):
            parse_datafile(text, "x.yaml", SECTIONS)


def test_allowed_values_are_a_closed_vocabulary() -> None:
    sections = {"types": Table(Words(allowed=frozenset({"person", "group"})))}
    text = "types:\n  he: [person]\n  they: [group, persn]\n"
    with pytest.raises(InputError, match=r"x:3: types: they: 'persn' is not one of the allowed"):
        parse_datafile(text, "x", sections)
    assert parse_datafile("types:\n  he: [person]\n", "x", sections) == {
        "types": {"he": frozenset({"person"})}
    }
