"""Line helpers of kg/events/_syntax.py: read from a per-document index, same as a text search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg.events._syntax import line_bounds, line_text, of_line
from tests.events.parses import VOCAB

_words = st.lists(
    st.tuples(st.sampled_from(["a", "bb", "\n", "\n\n", "Ccc"]), st.booleans()), min_size=1
)


@given(_words)
def test_line_bounds_are_those_of_a_search_for_newlines(tokens: list[tuple[str, bool]]) -> None:
    doc = Doc(VOCAB, words=[w for w, _ in tokens], spaces=[s for _, s in tokens])
    text = doc.text
    for t in doc:
        end = text.find("\n", t.idx)
        expected = (text.rfind("\n", 0, t.idx) + 1, len(text) if end < 0 else end)
        assert line_bounds(t) == expected
        assert line_text(t) == text[expected[0] : expected[1]]


def test_of_line_tests_each_line_once() -> None:
    doc = Doc(VOCAB, words=["A", "b", "\n", "c", "d"], spaces=[True, False, False, True, False])
    seen: list[str] = []

    def test(line: str) -> bool:
        seen.append(line)
        return line.startswith("A")

    assert [of_line(t, "probe", test) for t in doc] == [True, True, True, False, False]
    assert seen == ["A b", "c d"]
