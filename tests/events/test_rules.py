"""Event rules on hand-built parses (tests/events/parses.py): triggers, role readers, modality,
attribution and dates, each on the parse it is written for, without the statistical model."""

from __future__ import annotations

import datetime as dt

from kg.events.extract import extract_events
from kg.events.lexicon import load_lexicon
from kg.events.modality import accusation_of, attribution_of, modality_of
from kg.events.roles import Roles, resolve_roles
from kg.events.time import event_date
from kg.events.triggers import Trigger, find_triggers, is_spurious
from kg.model import Document, Modality, PloverType, Role
from tests.events.parses import actors, parse

LEXICON = load_lexicon()
MONDAY = dt.date(2021, 9, 6)


def _trigger(doc_triggers: list[Trigger], word: str) -> Trigger:
    (found,) = [t for t in doc_triggers if t.token.text == word]
    return found


def _keys(roles: Roles) -> dict[str, list[str]]:
    return {
        "source": [a.actor for a in roles.source],
        "target": [a.actor for a in roles.target],
        "location": [a.actor for a in roles.location],
    }


# "Russia attacked Ukraine."
ACTIVE = parse(
    """
    Russia   Russia  PROPN NNP nsubj 1
    attacked attack  VERB  VBD ROOT  1
    Ukraine  Ukraine PROPN NNP dobj  1
    .        .       PUNCT .   punct 1
    """,
    ents="B-GPE O B-GPE O",
)

# "Ukraine was attacked by Russia in Kharkiv."
PASSIVE = parse(
    """
    Ukraine  Ukraine PROPN NNP nsubjpass 2
    was      be      AUX   VBD auxpass   2
    attacked attack  VERB  VBN ROOT      2
    by       by      ADP   IN  agent     2
    Russia   Russia  PROPN NNP pobj      3
    in       in      ADP   IN  prep      2
    Kharkiv  Kharkiv PROPN NNP pobj      5
    .        .       PUNCT .   punct     2
    """,
    ents="B-GPE O O O B-GPE O B-GPE O",
)


def test_a_verb_in_the_lexicon_is_a_trigger_of_its_type() -> None:
    (trigger,) = find_triggers(ACTIVE, LEXICON)
    assert (trigger.token.text, trigger.type, trigger.nominal) == ("attacked", "ASSAULT", False)
    assert trigger.type is PloverType.ASSAULT


def test_active_voice_subject_is_source_object_target() -> None:
    index = actors(ACTIVE, russia=(0, "country"), ukraine=(2, "country"))
    roles = resolve_roles(_trigger(find_triggers(ACTIVE, LEXICON), "attacked"), index, LEXICON)
    assert _keys(roles) == {"source": ["russia"], "target": ["ukraine"], "location": []}


def test_passive_voice_by_phrase_is_source_and_subject_target() -> None:
    index = actors(PASSIVE, ukraine=(0, "country"), russia=(4, "country"), kharkiv=(6, "place"))
    roles = resolve_roles(_trigger(find_triggers(PASSIVE, LEXICON), "attacked"), index, LEXICON)
    assert _keys(roles) == {"source": ["russia"], "target": ["ukraine"], "location": ["kharkiv"]}


def test_unaccusative_subject_undergoes_the_event() -> None:
    # "Kabul fell."
    doc = parse(
        """
        Kabul Kabul PROPN NNP nsubj 1
        fell  fall  VERB  VBD ROOT  1
        .     .     PUNCT .   punct 1
        """,
        ents="B-GPE O O",
    )
    (trigger,) = find_triggers(doc, LEXICON)
    roles = resolve_roles(trigger, actors(doc, kabul=(0, "place")), LEXICON)
    assert roles.target and roles.target[0].actor == "kabul" and not roles.source


# "Russia launched an attack on Ukraine."
LIGHT_VERB = parse(
    """
    Russia   Russia  PROPN NNP nsubj 1
    launched launch  VERB  VBD ROOT  1
    an       an      DET   DT  det   3
    attack   attack  NOUN  NN  dobj  1
    on       on      ADP   IN  prep  3
    Ukraine  Ukraine PROPN NNP pobj  4
    .        .       PUNCT .   punct 1
    """,
    ents="B-GPE O O O O B-GPE O",
)


def test_light_verb_subject_is_the_source_of_its_event_noun() -> None:
    triggers = find_triggers(LIGHT_VERB, LEXICON)
    attack = _trigger(triggers, "attack")
    assert attack.nominal
    index = actors(LIGHT_VERB, russia=(0, "country"), ukraine=(5, "country"))
    roles = resolve_roles(attack, index, LEXICON)
    assert _keys(roles) == {"source": ["russia"], "target": ["ukraine"], "location": []}


def test_possessor_of_an_event_noun_is_its_source_or_undergoer() -> None:
    # "Pakistan's support" (source) but "Kabul's fall" (undergoer)
    for possessor, noun, lemma, role in (
        ("Pakistan", "support", "support", "source"),
        ("Kabul", "fall", "fall", "target"),
    ):
        doc = parse(
            f"""
            {possessor} {possessor} PROPN NNP  poss  2
            's          's          PART  POS  case  0
            {noun}      {lemma}     NOUN  NN   ROOT  2
            """,
            ents="B-GPE O O",
        )
        (trigger,) = find_triggers(doc, LEXICON)
        roles = resolve_roles(trigger, actors(doc, x=(0, "country")), LEXICON)
        assert _keys(roles)[role] == ["x"], (noun, _keys(roles))


def test_parties_between_are_source_and_target() -> None:
    # "talks between Israel and Hamas"
    doc = parse(
        """
        talks   talk    NOUN  NNS ROOT 0
        between between ADP   IN  prep 0
        Israel  Israel  PROPN NNP pobj 1
        and     and     CCONJ CC  cc   2
        Hamas   Hamas   PROPN NNP conj 2
        """,
        ents="O O B-GPE O B-ORG",
    )
    (trigger,) = find_triggers(doc, LEXICON)
    assert trigger.type is PloverType.CONSULT
    index = actors(doc, israel=(2, "country"), hamas=(4, "organisation"))
    roles = resolve_roles(trigger, index, LEXICON)
    assert _keys(roles) == {"source": ["israel"], "target": ["hamas"], "location": []}


def test_a_killing_takes_source_and_place_from_its_cause_clause() -> None:
    # "Twelve were killed when Russian missiles hit a block in Dnipro."
    doc = parse(
        """
        Twelve   twelve   NUM   CD  nsubjpass 2
        were     be       AUX   VBD auxpass   2
        killed   kill     VERB  VBN ROOT      2
        when     when     SCONJ WRB advmod    6
        Russian  Russian  ADJ   JJ  amod      5
        missiles missile  NOUN  NNS nsubj     6
        hit      hit      VERB  VBD advcl     2
        a        a        DET   DT  det       8
        block    block    NOUN  NN  dobj      6
        in       in       ADP   IN  prep      8
        Dnipro   Dnipro   PROPN NNP pobj      9
        .        .        PUNCT .   punct     2
        """,
        ents="B-CARDINAL O O O B-NORP O O O O O B-GPE O",
    )
    killed = _trigger(find_triggers(doc, LEXICON), "killed")
    index = actors(doc, russia=(4, "country"), dnipro=(10, "place"))
    roles = resolve_roles(killed, index, LEXICON)
    assert _keys(roles) == {"source": ["russia"], "target": [], "location": ["dnipro"]}


def test_typed_target_preposition() -> None:
    # "aid to Ukraine" (AID: the recipient is the target); "aid from Germany" (the donor)
    for prep, role in (("to", "target"), ("from", "source")):
        doc = parse(
            f"""
            aid     aid     NOUN  NN  ROOT 0
            {prep}  {prep}  ADP   IN  prep 0
            Ukraine Ukraine PROPN NNP pobj 1
            """,
            ents="O O B-GPE",
        )
        (trigger,) = find_triggers(doc, LEXICON)
        roles = resolve_roles(trigger, actors(doc, x=(2, "country")), LEXICON)
        assert _keys(roles)[role] == ["x"], prep


def test_actor_object_needed_for_release() -> None:
    # "Hamas released the hostages" is an event; "Hamas released photos" is none
    for obj, lemma, spurious in (("hostages", "hostage", False), ("photos", "photo", True)):
        doc = parse(
            f"""
            Hamas    Hamas   PROPN NNP nsubj 1
            released release VERB  VBD ROOT  1
            the      the     DET   DT  det   3
            {obj}    {lemma} NOUN  NNS dobj  1
            """,
            ents="B-ORG O O O",
        )
        (trigger,) = find_triggers(doc, LEXICON)
        index = actors(doc, hamas=(0, "organisation"))
        assert is_spurious(trigger, index, LEXICON) is spurious, obj


def test_hedge_future_and_condition() -> None:
    def modality(adverb: str, adverb_dep: str, tag: str) -> Modality:
        doc = parse(
            f"""
            Russia   Russia   PROPN NNP nsubj        2
            {adverb} {adverb} ADV   RB  {adverb_dep} 2
            attacks  attack   VERB  {tag} ROOT       2
            Ukraine  Ukraine  PROPN NNP dobj         2
            """,
            ents="B-GPE O O B-GPE",
        )
        (trigger,) = find_triggers(doc, LEXICON)
        return modality_of(trigger)

    assert modality("reportedly", "advmod", "VBD") is Modality.ALLEGED
    assert modality("will", "aux", "VB") is Modality.INTENDED
    assert modality("could", "aux", "VB") is Modality.CONDITIONAL
    assert modality("then", "advmod", "VBD") is Modality.ASSERTED


# "Kyiv said Russia shelled Odesa."
REPORTED = parse(
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


def test_an_event_under_a_reporting_verb_is_claimed_by_its_subject() -> None:
    index = actors(REPORTED, kyiv=(0, "country"), russia=(2, "country"), odesa=(4, "place"))
    attribution = attribution_of(REPORTED[3], index)
    assert attribution is not None
    how, speakers, verb = attribution
    assert verb is not None and verb.i == 1
    assert how is Modality.CLAIMED and [a.actor for a in speakers] == ["kyiv"]
    document = Document("d", REPORTED.text, MONDAY)
    (event,) = extract_events(REPORTED, document, index, LEXICON, lambda _: 0)
    assert event.modality is Modality.CLAIMED
    assert event.actors(Role.CLAIMED_BY) == ["kyiv"]
    assert (event.sources, event.targets) == (["russia"], ["odesa"])


def test_a_denial_disputes() -> None:
    doc = parse(
        """
        Moscow Moscow PROPN NNP nsubj 1
        denied deny   VERB  VBD ROOT  1
        that   that   SCONJ IN  mark  4
        it     it     PRON  PRP nsubj 4
        shelled shell VERB  VBD ccomp 1
        Odesa  Odesa  PROPN NNP dobj  4
        """,
        ents="B-GPE O O O O B-GPE",
    )
    index = actors(doc, moscow=(0, "country"), odesa=(5, "place"))
    how, speakers, verb = attribution_of(doc[4], index) or (None, [], None)
    assert verb is not None and verb.i == 1
    assert how is Modality.DENIED and [a.actor for a in speakers] == ["moscow"]


def test_the_accused_is_the_source_and_the_accusers_claim() -> None:
    # "Kyiv accused Moscow of shelling the port"
    doc = parse(
        """
        Kyiv     Kyiv    PROPN NNP nsubj 1
        accused  accuse  VERB  VBD ROOT  1
        Moscow   Moscow  PROPN NNP dobj  1
        of       of      ADP   IN  prep  1
        shelling shell   VERB  VBG pcomp 3
        the      the     DET   DT  det   6
        port     port    NOUN  NN  dobj  4
        """,
        ents="B-GPE O B-GPE O O O O",
    )
    index = actors(doc, kyiv=(0, "country"), moscow=(2, "country"))
    found = accusation_of(doc[4], index)
    assert found is not None
    accused, accusers = found
    assert [a.actor for a in accused] == ["moscow"] and [a.actor for a in accusers] == ["kyiv"]


def test_a_relative_date_resolves_against_the_document_date() -> None:
    # "Russia attacked Kharkiv on Sunday." told on Monday 2021-09-06
    doc = parse(
        """
        Russia   Russia  PROPN NNP nsubj 1
        attacked attack  VERB  VBD ROOT  1
        Kharkiv  Kharkiv PROPN NNP dobj  1
        on       on      ADP   IN  prep  1
        Sunday   Sunday  PROPN NNP pobj  3
        .        .       PUNCT .   punct 1
        """,
        ents="B-GPE O B-GPE O B-DATE O",
    )
    assert event_date(doc[1], MONDAY) == ("2021-09-05", "relative")
    assert event_date(ACTIVE[1], MONDAY) == ("2021-09-06", "document")
