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


def _demands(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The words of *doc* find_triggers reads as a demand."""
    from kg.events.triggers import find_triggers

    return [t.token.text for t in find_triggers(doc, load_lexicon()) if t.type is PloverType.DEMAND]


def test_a_reported_should_of_a_thing_s_state_is_no_demand() -> None:
    # "Telco said the situation should be back .": a forecast, no one's act
    doc = parse("""
        Telco     Telco     PROPN NNP nsubj  1
        said      say       VERB  VBD ROOT   1
        the       the       DET   DT  det    3
        situation situation NOUN  NN  nsubj  5
        should    should    AUX   MD  aux    5
        be        be        AUX   VB  ccomp  1
        back      back      ADV   RB  advmod 5
        .         .         PUNCT .   punct  1
    """)
    assert _demands(doc) == []


def test_a_reported_should_of_someone_s_act_or_state_is_a_demand() -> None:
    # "Russia said Sudan must return it .", "Russia said the troops must be careful ."
    acts = parse("""
        Russia Russia PROPN NNP nsubj 1
        said   say    VERB  VBD ROOT  1
        Sudan  Sudan  PROPN NNP nsubj 4
        must   must   AUX   MD  aux   4
        return return VERB  VB  ccomp 1
        it     it     PRON  PRP dobj  4
        .      .      PUNCT .   punct 1
    """)
    states = parse("""
        Russia  Russia  PROPN NNP nsubj 1
        said    say     VERB  VBD ROOT  1
        the     the     DET   DT  det   3
        troops  troop   NOUN  NNS nsubj 5
        must    must    AUX   MD  aux   5
        be      be      AUX   VB  ccomp 1
        careful careful ADJ   JJ  acomp 5
        .       .       PUNCT .   punct 1
    """)
    assert _demands(acts) == ["said"] and _demands(states) == ["said"]
