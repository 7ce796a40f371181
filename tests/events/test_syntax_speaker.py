"""headline_speaker of kg/events/_syntax.py (test_syntax.py tests its line helpers)."""

from __future__ import annotations

from kg.events._syntax import headline_speaker
from tests.events.parses import parse


def test_a_headline_speaker_is_a_line_start_before_a_colon() -> None:
    doc = parse("""
        Hamas  Hamas  PROPN NNP ROOT  0
        :      :      PUNCT :   punct 0
        Israel Israel PROPN NNP nsubj 3
        bombed bomb   VERB  VBD ROOT  3
        it     it     PRON  PRP dobj  3
        .      .      PUNCT .   punct 3
    """)
    assert [headline_speaker(t) for t in doc] == [True, False, False, False, False, False]
