"""The cheap tests find_triggers runs before it reads a token's sentence, line or children."""

from __future__ import annotations

from dataclasses import replace

from kg.events import load_lexicon
from kg.events.lexicon import Sense
from kg.events.triggers import _compound_heads, _may_fold
from kg.model import PloverType
from tests.events.parses import parse

SENSE = Sense(PloverType.ASSAULT, None)


def test_compound_heads_are_every_ending_after_a_space() -> None:
    lexicon = replace(load_lexicon(), compounds={"air strike": SENSE, "car bomb attack": SENSE})
    assert _compound_heads(lexicon) == {"strike", "bomb attack", "attack"}


def test_only_a_capitalised_noun_or_third_person_verb_may_fold() -> None:
    lexicon = replace(load_lexicon(), nouns={"shooting": SENSE}, verbs={"convict": SENSE})
    doc = parse("""
        Shootings shooting PROPN NNP ROOT  0
        Convicts  convicts PROPN NNP ROOT  1
        SHOOTING  shooting PROPN NNP ROOT  2
        Boston    boston   PROPN NNP ROOT  3
        Shooting  shooting PROPN NNP ROOT  4
    """)
    assert [_may_fold(t, lexicon) for t in doc] == [True, True, False, False, True]
