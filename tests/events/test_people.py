"""Whether a phrase stands for people (kg.events.people), on hand-built parses
(tests/events/parses.py): each test states the parse its construction is about."""

from __future__ import annotations

from kg.events.lexicon import load_lexicon
from kg.events.people import ANY_ACTOR, may_be_someone, own_actors, someone
from tests.events.parses import actors, parse

LEXICON = load_lexicon()


def test_nouns_for_people_roles_and_trades_are_someone_and_a_thing_is_not() -> None:
    doc = parse(
        """
        Police    police    NOUN NN  nsubj 1
        hit       hit       VERB VBD ROOT  1
        officials official  NOUN NNS dobj  1
        ,         ,         PUNCT ,  punct 1
        a         a         DET  DT  det   5
        plumber   plumber   NOUN NN  appos 2
        and       and       CCONJ CC cc    5
        a         a         DET  DT  det   8
        record    record    NOUN NN  conj  5
        """
    )
    index = actors(doc)
    assert someone(doc[2], LEXICON, index)  # a role, in the plural
    assert someone(doc[5], LEXICON, index)  # a trade
    assert not someone(doc[8], LEXICON, index)


def test_a_count_is_someone_when_what_it_counts_is() -> None:
    doc = parse(
        """
        hundreds  hundred   NOUN NNS ROOT  0
        of        of        ADP  IN  prep  0
        refugees  refugee   NOUN NNS pobj  1
        and       and       CCONJ CC cc    0
        thousands thousand  NOUN NNS conj  0
        of        of        ADP  IN  prep  4
        documents document  NOUN NNS pobj  5
        """
    )
    index = actors(doc)
    assert someone(doc[0], LEXICON, index)
    assert not someone(doc[4], LEXICON, index)


def test_a_relative_pronoun_is_the_noun_it_stands_for() -> None:
    doc = parse(
        """
        the   the   DET  DT  det       1
        coach coach NOUN NN  ROOT      1
        who   who   PRON WP  nsubjpass 4
        was   be    AUX  VBD auxpass   4
        fired fire  VERB VBN relcl     1
        and   and   CCONJ CC cc        1
        milk  milk  NOUN NN  conj      1
        that  that  PRON WDT nsubj     8
        came  come  VERB VBD relcl     6
        """
    )
    index = actors(doc)
    assert someone(doc[2], LEXICON, index)
    assert not someone(doc[7], LEXICON, index)
    assert not may_be_someone(doc[7], LEXICON, index)


def test_an_actor_counts_when_of_the_kinds_asked_for() -> None:
    doc = parse(
        """
        Serbia     Serbia     PROPN NNP nsubj 1
        recognized recognize  VERB  VBD ROOT  1
        Kosovo     Kosovo     PROPN NNP dobj  1
        """,
        ents="B-GPE O B-GPE",
    )
    index = actors(doc, serbia=(0, "country"), kosovo=(2, "country"))
    assert not someone(doc[2], LEXICON, index)
    assert someone(doc[2], LEXICON, index, kinds=ANY_ACTOR)


def test_a_word_that_is_no_common_noun_may_be_someone() -> None:
    # "Smith arrived" with no actor found for "Smith": only a noun for a thing is surely none
    doc = parse(
        """
        Smith   Smith   PROPN NNP nsubj 1
        arrived arrive  VERB  VBD ROOT  1
        with    with    ADP   IN  prep  1
        aid     aid     NOUN  NN  pobj  2
        """
    )
    index = actors(doc)
    assert may_be_someone(doc[0], LEXICON, index)
    assert not someone(doc[0], LEXICON, index)
    assert not may_be_someone(doc[3], LEXICON, index)


def test_a_possessor_is_no_actor_of_a_thing_it_owns() -> None:
    doc = parse(
        """
        his     his     PRON PRP$ poss  1
        company company NOUN NN   ROOT  1
        """
    )
    index = actors(doc, reed=(0, "person"))
    assert own_actors(doc[1], index) == []
    assert not someone(doc[1], LEXICON, index)


def test_a_noun_of_someone_s_sex_or_kin_is_someone() -> None:
    doc = parse(
        """
        a           a           DET  DT det  1
        grandmother grandmother NOUN NN ROOT 1
        """
    )
    assert someone(doc[1], LEXICON, actors(doc))
