"""Speech acts as events, on hand-built parses: accusations and rejections between actors,
each about the event it answers, which stays a claim."""

from __future__ import annotations

import datetime as dt

from kg.events.coref import merge_events
from kg.events.extract import extract_events
from kg.events.lexicon import load_lexicon
from kg.model import Document, Event, Mention, Modality, PloverType, Role
from tests.events.parses import actors, parse

LEXICON = load_lexicon()
MONDAY = dt.date(2021, 9, 6)


def _events(doc, index) -> list[Event]:  # type: ignore[no-untyped-def]
    return extract_events(doc, Document("d", doc.text, MONDAY), index, LEXICON, lambda _: 0)


# "Kyiv claimed that Russia shelled Odesa."
CLAIMED = parse(
    """
    Kyiv    Kyiv    PROPN NNP nsubj 1
    claimed claim   VERB  VBD ROOT  1
    that    that    SCONJ IN  mark  4
    Russia  Russia  PROPN NNP nsubj 4
    shelled shell   VERB  VBD ccomp 1
    Odesa   Odesa   PROPN NNP dobj  4
    .       .       PUNCT .   punct 1
    """,
    ents="B-GPE O O B-GPE O B-GPE O",
)


def test_a_claim_that_another_actor_acted_is_an_accusation_of_it() -> None:
    index = actors(CLAIMED, kyiv=(0, "country"), russia=(3, "country"), odesa=(5, "place"))
    shelling, accusation = sorted(_events(CLAIMED, index), key=lambda e: e.type)
    assert shelling.type is PloverType.ASSAULT and shelling.modality is Modality.CLAIMED
    assert accusation.type is PloverType.DISAPPROVE and accusation.mode == "allege"
    assert accusation.modality is Modality.ASSERTED and accusation.trigger.text == "claimed"
    assert (accusation.sources, accusation.targets) == (["kyiv"], ["russia"])
    assert accusation.about == [shelling.id]
    (target,) = [a for a in accusation.arguments if a.role is Role.TARGET]
    assert target.mention is None  # inferred from the claimed event, not read at "claimed"


def test_a_plain_report_accuses_no_one() -> None:
    said = parse(
        """
        Kyiv    Kyiv    PROPN NNP nsubj 1
        said    say     VERB  VBD ROOT  1
        Russia  Russia  PROPN NNP nsubj 3
        shelled shell   VERB  VBD ccomp 1
        Odesa   Odesa   PROPN NNP dobj  3
        .       .       PUNCT .   punct 1
        """,
        ents="B-GPE O B-GPE O B-GPE O",
    )
    index = actors(said, kyiv=(0, "country"), russia=(2, "country"), odesa=(4, "place"))
    assert [e.type for e in _events(said, index)] == [PloverType.ASSAULT]


def test_a_claim_about_ones_own_act_accuses_no_one() -> None:
    # "Russia claimed that it shelled Odesa." (the speaker is the source)
    doc = parse(
        """
        Russia  Russia  PROPN NNP nsubj 1
        claimed claim   VERB  VBD ROOT  1
        that    that    SCONJ IN  mark  4
        it      it      PRON  PRP nsubj 4
        shelled shell   VERB  VBD ccomp 1
        Odesa   Odesa   PROPN NNP dobj  4
        .       .       PUNCT .   punct 1
        """,
        ents="B-GPE O O O O B-GPE O",
    )
    index = actors(doc, russia=(0, "country"), russia_again=(3, "country"), odesa=(5, "place"))
    assert [e.type for e in _events(doc, index)] == [PloverType.ASSAULT]


# "Moscow claimed that Kyiv shelled Odesa; Kyiv denied it" is parsed in pieces; the rejection
# rule reads the events a denial disputes: those the claimant claims.
DISPUTED = parse(
    """
    Moscow  Moscow  PROPN NNP nsubj 1
    claims  claim   VERB  VBZ ROOT  1
    Kyiv    Kyiv    PROPN NNP nsubj 3
    shelled shell   VERB  VBD ccomp 1
    Odesa   Odesa   PROPN NNP dobj  3
    ,       ,       PUNCT ,   punct 1
    Kyiv    Kyiv    PROPN NNP nsubj 7
    refutes refute  VERB  VBZ conj  1
    """,
    ents="B-GPE O B-GPE O B-GPE O B-GPE O",
)


def test_denying_anothers_claim_rejects_the_claimant() -> None:
    index = actors(
        DISPUTED, moscow=(0, "country"), kyiv=(2, "country"), odesa=(4, "place"),
        kyiv_again=(6, "country"),
    )
    events = {e.type: e for e in _events(DISPUTED, index)}
    shelling, rejection = events[PloverType.ASSAULT], events[PloverType.REJECT]
    assert shelling.modality is Modality.CLAIMED and shelling.disputed_by == ["kyiv_again"]
    assert (rejection.sources, rejection.targets) == (["kyiv_again"], ["moscow"])
    assert rejection.trigger.text == "refutes" and rejection.about == [shelling.id]
    accusation = events[PloverType.DISAPPROVE]  # and Moscow's claim accuses Kyiv
    assert (accusation.sources, accusation.targets) == (["moscow"], ["kyiv"])


def test_merging_events_keeps_statements_pointing_at_them() -> None:
    def event(iri: str, start: int, **kw) -> Event:  # type: ignore[no-untyped-def]
        mention = Mention("d", start, start + 4, "word", 0, "TRIGGER")
        return Event(iri, PloverType.ASSAULT, mention, "s", date="2021-09-06",
                     date_basis="explicit", **kw)

    from kg.model import Argument

    roles = [Argument(Role.SOURCE, "a"), Argument(Role.TARGET, "b")]
    first, again = event("e1", 0, arguments=list(roles)), event("e2", 10, arguments=list(roles))
    statement = Event("s1", PloverType.DISAPPROVE, Mention("d", 20, 27, "claimed", 0, "TRIGGER"),
                      "s", arguments=[Argument(Role.SOURCE, "c"), Argument(Role.TARGET, "a")],
                      about=["e2"])
    merged = merge_events([first, again, statement])
    (attack,) = [e for e in merged if e.type is PloverType.ASSAULT]
    (said,) = [e for e in merged if e.type is PloverType.DISAPPROVE]
    assert said.about == [attack.id] and attack.id != "e1"  # renamed across documents


def _said_it(pronoun: str, speaker_type: str) -> list[Event]:
    """"Hamas said {pronoun} would attack Haifa." """
    doc = parse(
        f"""
        Hamas  Hamas  PROPN NNP nsubj 1
        said   say    VERB  VBD ROOT  1
        {pronoun} {pronoun.lower()} PRON PRP nsubj 4
        would  would  AUX   MD  aux   4
        attack attack VERB  VB  ccomp 1
        Haifa  Haifa  PROPN NNP dobj  4
        .      .      PUNCT .   punct 1
        """,
        ents="B-ORG O O O O B-GPE O",
    )
    index = actors(doc, hamas=(0, speaker_type), haifa=(5, "place"))
    return _events(doc, index)


def test_a_speaker_telling_of_its_own_act_by_a_pronoun_is_its_source() -> None:
    (threat,) = _said_it("it", "organisation")
    assert threat.type is PloverType.THREATEN and threat.mode == "assault"
    assert threat.sources == ["hamas"] and threat.claimed_by == ["hamas"]
    assert threat.modality is Modality.CLAIMED


def test_a_named_subject_is_not_replaced_by_the_speaker() -> None:
    doc = parse(
        """
        Kyiv    Kyiv    PROPN NNP nsubj 1
        said    say     VERB  VBD ROOT  1
        Russia  Russia  PROPN NNP nsubj 3
        shelled shell   VERB  VBD ccomp 1
        Odesa   Odesa   PROPN NNP dobj  3
        .       .       PUNCT .   punct 1
        """,
        ents="B-GPE O B-GPE O B-GPE O",
    )
    index = actors(doc, kyiv=(0, "country"), russia=(2, "country"), odesa=(4, "place"))
    (shelling,) = _events(doc, index)
    assert shelling.sources == ["russia"]
