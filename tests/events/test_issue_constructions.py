"""Construction classes that failed before (issue 12), on hand-built parses written for the
test: negated coordination, called-off events, coordinated targets, "fired at" a country,
money given to a recipient that is no actor."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.events.extract import extract_events
from kg.events.lexicon import load_lexicon
from kg.model import Document, Event, Modality, PloverType
from tests.events.parses import actors, parse

LEXICON = load_lexicon()
MONDAY = dt.date(2021, 9, 6)


def _events(doc, index) -> list[Event]:  # type: ignore[no-untyped-def]
    return extract_events(doc, Document("d", doc.text, MONDAY), index, LEXICON, lambda _: 0)


def _coordinated(first: str, link: str) -> list[Event]:
    """"{first} Russia {link} China attacked the convoy." and its events."""
    doc = parse(
        f"""
        {first}  {first.lower()} CCONJ CC  det   1
        Russia   Russia  PROPN NNP nsubj 4
        {link}   {link}  CCONJ CC  cc    1
        China    China   PROPN NNP conj  1
        attacked attack  VERB  VBD ROOT  4
        the      the     DET   DT  det   6
        convoy   convoy  NOUN  NN  dobj  4
        .        .       PUNCT .   punct 4
        """,
        ents="O B-GPE O B-GPE O O O O",
    )
    index = actors(doc, russia=(1, "country"), china=(3, "country"))
    return _events(doc, index)


def test_neither_nor_subjects_negate_the_event() -> None:
    events = _coordinated("Neither", "nor")
    assert not [e for e in events if e.type is PloverType.ASSAULT]


def test_either_or_subjects_do_not() -> None:
    events = _coordinated("Either", "or")
    (attack,) = [e for e in events if e.type is PloverType.ASSAULT]
    assert set(attack.sources) == {"russia", "china"}


@pytest.mark.parametrize(
    ("verb", "lemma", "particle"),
    [
        ("cancelled", "cancel", None),
        ("postponed", "postpone", None),
        ("suspended", "suspend", None),
        ("called", "call", "off"),
    ],
)
def test_a_called_off_meeting_is_its_halt_never_a_meeting(
    verb: str, lemma: str, particle: str | None
) -> None:
    # "Russia and Ukraine cancelled their meeting." / "... called off their meeting."
    rows = [
        "Russia  Russia  PROPN NNP nsubj 3",
        "and     and     CCONJ CC  cc    0",
        "Ukraine Ukraine PROPN NNP conj  0",
        f"{verb} {lemma} VERB  VBD ROOT  3",
    ]
    if particle:
        rows.append(f"{particle} {particle} ADP RP prt 3")
    shift = 1 if particle else 0
    rows += [
        f"their   their   PRON  PRP$ poss  {5 + shift}",
        "meeting meeting NOUN  NN  dobj  3",
        ".       .       PUNCT .   punct 3",
    ]
    ents = "B-GPE O B-GPE O " + ("O " if particle else "") + "O O O"
    doc = parse("\n".join(rows), ents=ents)
    index = actors(doc, russia=(0, "country"), ukraine=(2, "country"))
    events = _events(doc, index)
    assert not [e for e in events if e.type is PloverType.CONSULT]
    (halt,) = events
    assert (halt.type, halt.mode, halt.modality) == (
        PloverType.SANCTION, "end-consult", Modality.ASSERTED
    )
    assert set(halt.sources) == {"russia", "ukraine"}


def test_a_speech_act_targets_every_coordinated_actor() -> None:
    # "France welcomed talks with Germany, Italy and Spain."
    doc = parse(
        """
        France   France  PROPN NNP nsubj 1
        welcomed welcome VERB  VBD ROOT  1
        talks    talk    NOUN  NNS dobj  1
        with     with    ADP   IN  prep  2
        Germany  Germany PROPN NNP pobj  3
        ,        ,       PUNCT ,   punct 4
        Italy    Italy   PROPN NNP conj  4
        and      and     CCONJ CC  cc    6
        Spain    Spain   PROPN NNP conj  6
        .        .       PUNCT .   punct 1
        """,
        ents="B-GPE O O O B-GPE O B-GPE O B-GPE O",
    )
    index = actors(
        doc, france=(0, "country"), germany=(4, "country"), italy=(6, "country"),
        spain=(8, "country"),
    )
    (welcome,) = [e for e in _events(doc, index) if e.type is PloverType.SUPPORT]
    assert welcome.sources == ["france"]
    assert set(welcome.targets) == {"germany", "italy", "spain"}


FIRED = """
    North     North     PROPN NNP compound 1
    Korea     Korea     PROPN NNP nsubj    2
    fired     fire      VERB  VBD ROOT     2
    two       two       NUM   CD  nummod   5
    artillery artillery NOUN  NN  compound 5
    shells    shell     NOUN  NNS dobj     2
    at        at        ADP   IN  prep     2
    South     South     PROPN NNP compound 8
    Korea     Korea     PROPN NNP pobj     6
    .         .         PUNCT .   punct    2
"""


@pytest.mark.parametrize(("kind", "role"), [("country", "target"), ("place", "location")])
def test_fired_at_a_country_targets_it_at_a_place_locates(kind: str, role: str) -> None:
    doc = parse(FIRED, ents="B-GPE I-GPE O O O O O B-GPE I-GPE O")
    index = actors(doc, north_korea=(0, 1, "country"), south_korea=(7, 8, kind))
    (attack,) = [e for e in _events(doc, index) if e.type is PloverType.ASSAULT]
    assert attack.sources == ["north_korea"]
    assert attack.actors(role) == ["south_korea"]  # type: ignore[arg-type]


def _withdraw(aux: str, neg: str | None) -> list[Event]:
    """"Russia {aux} {neg} withdraw its troops." """
    rows = ["Russia Russia PROPN NNP nsubj 3", f"{aux} {aux} AUX MD aux 3"]
    rows.append(f"{neg} {neg} PART RB neg 3" if neg else "just just ADV RB advmod 3")
    rows += [
        "withdraw withdraw VERB VB ROOT 3",
        "its its PRON PRP$ poss 5",
        "troops troop NOUN NNS dobj 3",
        ". . PUNCT . punct 3",
    ]
    doc = parse("\n".join(rows), ents="B-GPE O O O O O O")
    return _events(doc, actors(doc, russia=(0, "country")))


def test_a_cooperative_act_one_will_not_do_is_a_refusal() -> None:
    (refusal,) = _withdraw("will", "not")
    assert (refusal.type, refusal.mode) == (PloverType.REJECT, "retreat-withdrawal")
    assert refusal.sources == ["russia"] and refusal.modality is Modality.ASSERTED


def test_without_the_negation_it_is_a_promise_and_without_will_nothing() -> None:
    (promise,) = _withdraw("will", None)
    assert promise.type is PloverType.AGREE
    assert _withdraw("did", "not") == []


def test_the_party_of_a_relation_object_is_the_target() -> None:
    # "Hamas boycotted all contact with Egypt."
    doc = parse(
        """
        Hamas     Hamas   PROPN NNP nsubj 1
        boycotted boycott VERB  VBD ROOT  1
        all       all     DET   DT  det   3
        contact   contact NOUN  NN  dobj  1
        with      with    ADP   IN  prep  3
        Egypt     Egypt   PROPN NNP pobj  4
        .         .       PUNCT .   punct 1
        """,
        ents="B-ORG O O O O B-GPE O",
    )
    index = actors(doc, hamas=(0, "organisation"), egypt=(5, "country"))
    (boycott,) = _events(doc, index)
    assert boycott.type is PloverType.PROTEST
    assert (boycott.sources, boycott.targets) == (["hamas"], ["egypt"])


@pytest.mark.parametrize(("verb", "lemma", "kind"), [("ended", "end", "SANCTION"),
                                                      ("made", "make", "CONSULT")])
def test_an_ending_verb_ends_the_event_noun_modifying_its_object(
    verb: str, lemma: str, kind: str
) -> None:
    # "Egypt ended mediation efforts." (a halt) / "Egypt made mediation efforts." (no halt)
    doc = parse(
        f"""
        Egypt     Egypt     PROPN NNP nsubj    1
        {verb}    {lemma}   VERB  VBD ROOT     1
        mediation mediation NOUN  NN  compound 3
        efforts   effort    NOUN  NNS dobj     1
        .         .         PUNCT .   punct    1
        """,
        ents="B-GPE O O O O",
    )
    events = _events(doc, actors(doc, egypt=(0, "country")))
    assert [e.type for e in events] == [kind]
    if kind == "SANCTION":
        assert events[0].mode == "end-consult" and events[0].sources == ["egypt"]


@pytest.mark.parametrize(("amount", "ents", "events"), [
    ("dollars", "B-GPE O I-MONEY I-MONEY I-MONEY O O O O", [PloverType.AID]),
    ("points", "B-GPE O B-CARDINAL I-CARDINAL O O O O O", []),
])
def test_money_given_is_aid_whatever_receives_it(
    amount: str, ents: str, events: list[PloverType]
) -> None:
    # "Japan contributed a million dollars to the fund." / "... a million points to the fund."
    doc = parse(
        f"""
        Japan       Japan      PROPN NNP nsubj    1
        contributed contribute VERB  VBD ROOT     1
        a           a          DET   DT  quantmod 3
        million     million    NUM   CD  nummod   4
        {amount}    {amount}   NOUN  NNS dobj     1
        to          to         ADP   IN  prep     1
        the         the        DET   DT  det      7
        fund        fund       NOUN  NN  pobj     5
        .           .          PUNCT .   punct    1
        """,
        ents=ents.replace("O I-MONEY", "O B-MONEY", 1),
    )
    found = _events(doc, actors(doc, japan=(0, "country")))
    assert [e.type for e in found] == events
    assert [e.sources for e in found] == [["japan"]] * len(events)


NO_ONE = """
    No      no      DET   DT  det       1
    one     one     NOUN  NN  nsubjpass 3
    was     be      AUX   VBD auxpass   3
    injured injure  VERB  VBN ROOT      3
    .       .       PUNCT .   punct     3
"""
NOBODY = """
    Nobody  nobody  PRON  NN  nsubjpass 2
    was     be      AUX   VBD auxpass   2
    injured injure  VERB  VBN ROOT      2
    .       .       PUNCT .   punct     2
"""

NO_DASH_ONE = """
    No      no      INTJ  UH   intj      4
    -       -       PUNCT HYPH punct     2
    one     one     NOUN  NN   nsubjpass 4
    was     be      AUX   VBD  auxpass   4
    injured injure  VERB  VBN  ROOT      4
    .       .       PUNCT .    punct     4
"""


@pytest.mark.parametrize(("table", "events"), [
    (NO_ONE, []),  # "No one was injured."
    (NOBODY, []),
    (NO_DASH_ONE, []),  # "No - one was injured.", spelt over three tokens
    (NO_DASH_ONE.replace("No      no      INTJ", "So      so      INTJ"), [PloverType.ASSAULT]),
    (NO_ONE.replace("No      no ", "Some    some "), [PloverType.ASSAULT]),
])
def test_a_negative_quantifier_as_subject_negates_the_event(
    table: str, events: list[PloverType]
) -> None:
    doc = parse(table)
    assert [e.type for e in _events(doc, actors(doc))] == events


NO_REPORTS = """
    There    there    PRON  EX  expl  1
    were     be       VERB  VBD ROOT  1
    no       no       DET   DT  det   3
    reports  report   NOUN  NNS attr  1
    of       of       ADP   IN  prep  3
    injuries injury   NOUN  NNS pobj  4
    .        .        PUNCT .   punct 1
"""
NO_REPORTS_OR = """
    There    there    PRON  EX  expl  1
    were     be       VERB  VBD ROOT  1
    no       no       DET   DT  det   3
    reports  report   NOUN  NNS attr  1
    of       of       ADP   IN  prep  3
    damage   damage   NOUN  NN  pobj  4
    or       or       CCONJ CC  cc    5
    injuries injury   NOUN  NNS conj  5
    .        .        PUNCT .   punct 1
"""
WITHOUT = """
    Kyiv     Kyiv     PROPN NNP nsubj 1
    operated operate  VERB  VBD ROOT  1
    without  without  ADP   IN  prep  1
    aid      aid      NOUN  NN  pobj  2
    from     from     ADP   IN  prep  3
    Japan    Japan    PROPN NNP pobj  4
    .        .        PUNCT .   punct 1
"""


@pytest.mark.parametrize(("table", "events"), [
    (NO_REPORTS, []),  # "There were no reports of injuries."
    (NO_REPORTS.replace("no       no ", "two      two"), [PloverType.ASSAULT]),
    (NO_REPORTS_OR, []),  # "There were no reports of damage or injuries."
    (WITHOUT, []),  # "Kyiv operated without aid from Japan."
])
def test_no_report_of_an_event_or_without_it_negates_it(
    table: str, events: list[PloverType]
) -> None:
    doc = parse(table)
    named = {"kyiv": (0, "place"), "japan": (5, "country")} if "Kyiv" in doc.text else {}
    index = actors(doc, **named)
    assert [e.type for e in _events(doc, index)] == events


def test_a_person_is_no_location() -> None:
    # "Gunmen killed two men at the home of Smith.": Smith is no place the killing was at
    doc = parse(
        """
        Gunmen gunman NOUN  NNS nsubj 1
        killed kill   VERB  VBD ROOT  1
        two    two    NUM   CD  nummod 3
        men    man    NOUN  NNS dobj  1
        at     at     ADP   IN  prep  1
        Smith  Smith  PROPN NNP pobj  4
        .      .      PUNCT .   punct 1
        """,
        ents="O O O O O B-PERSON O",
    )
    (killing,) = _events(doc, actors(doc, smith=(5, "person")))
    assert killing.locations == []
    (at_kabul,) = _events(doc, actors(doc, kabul=(5, "place")))
    assert at_kabul.locations == ["kabul"]


def test_a_name_in_apposition_to_another_persons_name_is_the_next_of_a_list() -> None:
    # "Gunmen killed John Smith, Peter Jones and Mary Brown." (the parser makes the second name
    # an apposition of the first); a country's name in apposition only situates a place
    table = """
        Gunmen gunman NOUN  NNS nsubj    1
        killed kill   VERB  VBD ROOT     1
        John   John   PROPN NNP compound 3
        Smith  Smith  PROPN NNP dobj     1
        ,      ,      PUNCT ,   punct    3
        Peter  Peter  PROPN NNP compound 6
        Jones  Jones  PROPN NNP appos    3
        and    and    CCONJ CC  cc       6
        Mary   Mary   PROPN NNP compound 9
        Brown  Brown  PROPN NNP conj     6
        .      .      PUNCT .   punct    1
    """
    doc = parse(table, ents="O O B-PERSON I-PERSON O B-PERSON I-PERSON O B-PERSON I-PERSON O")
    index = actors(doc, smith=(2, 3, "person"), jones=(5, 6, "person"), brown=(8, 9, "person"))
    (killing,) = _events(doc, index)
    assert killing.targets == ["smith", "jones", "brown"]
    index = actors(doc, smith=(2, 3, "person"), jones=(5, 6, "country"), brown=(8, 9, "person"))
    (killing,) = _events(doc, index)
    assert killing.targets == ["smith"]
