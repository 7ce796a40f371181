"""Unnamed participants ("three soldiers", "the gunman", "Afghan civilians") as actors, on short
texts written for these tests (real spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.actors.mentions import PARTICIPANT, participant_nouns
from kg.actors.resolve import UNNAMED
from kg.evaluation import NOMINAL
from kg.model import Actor, ActorType, Document, Extraction
from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow

DAY = dt.date(2022, 3, 1)


@pytest.fixture(scope="module")
def two(nlp):  # type: ignore[no-untyped-def]
    """Extract several documents at once (actors resolved across them)."""
    from kg.pipeline import extract

    def run(*texts: str) -> Extraction:
        return extract([Document(f"d{i}", t, DAY, "header") for i, t in enumerate(texts)], nlp)

    return run


def _unnamed(x: Extraction) -> list[Actor]:
    return [a for a in x.actors.values() if {m.ner_label for m in a.mentions} == {PARTICIPANT}]


def test_lexicon_is_data() -> None:
    nouns = participant_nouns()
    assert nouns["civilian"] == "any" and nouns["troop"] == "plural"
    assert nouns["police"] == "collective" and nouns["people"] == "any"
    assert "official" not in nouns and "casualty" not in nouns


def test_group_is_an_actor_and_an_argument(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Gunmen killed three soldiers near the border.")
    e = only(x, "ASSAULT")
    assert labels(x, e.sources) == {"gunmen"} and labels(x, e.targets) == {"soldiers"}
    soldiers = x.actors[e.targets[0]]
    assert (soldiers.type, soldiers.subtype) == (ActorType.GROUP, "military")
    assert {m.ner_label for m in soldiers.mentions} == {PARTICIPANT}
    assert [a.mention.text for a in e.arguments if a.role == "target"] == ["three soldiers"]


def test_repeated_group_is_one_node_in_a_document(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested five protesters on Monday. The protesters were released later.")
    protesters = [a for a in _unnamed(x) if a.label == "protesters"]
    assert len(protesters) == 1 and len(protesters[0].mentions) == 2


def test_indefinite_groups_are_new_ones(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Gunmen attacked a bus. Hours later, gunmen attacked a market. The police came.")
    assert sorted(len(a.mentions) for a in _unnamed(x) if a.label == "gunmen") == [1, 1]
    assert [a.type for a in _unnamed(x) if a.label == "police"] == [ActorType.GROUP]


def test_a_group_label_keeps_the_case_of_a_capitalised_modifier(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A man was arrested by Palmer police. Local police said he fled.")
    assert sorted(a.label for a in _unnamed(x) if a.subtype == "police") == [
        "Palmer police", "local police"]


def test_document_scoped_groups_never_merge_across_documents(two) -> None:  # type: ignore[no-untyped-def]
    x = two("Rebels attacked the soldiers in the north.", "The soldiers fired on a crowd.")
    soldiers = [a for a in _unnamed(x) if a.label == "soldiers"]
    assert len(soldiers) == 2
    assert {m.document_id for a in soldiers for m in a.mentions} == {"d0", "d1"}


def test_country_qualified_group_merges_across_documents(two) -> None:  # type: ignore[no-untyped-def]
    x = two("US troops left Kabul on Monday.", "Rockets hit US troops near Baghdad.")
    troops = [a for a in _unnamed(x) if a.label == "troops (United States)"]
    assert len(troops) == 1 and troops[0].country == "USA"
    assert {m.document_id for m in troops[0].mentions} == {"d0", "d1"}


def test_demonym_qualifies_by_country(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Afghan civilians fled the fighting.")
    civilians = [a for a in _unnamed(x) if a.label.startswith("civilians")]
    assert [(a.label, a.country) for a in civilians] == [("civilians (Afghanistan)", "AFG")]
    assert civilians[0].subtype == UNNAMED  # civilians are of no sector


def test_named_organisation_keeps_its_fighters(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hamas fighters attacked an army post.")
    assert not [a for a in _unnamed(x) if "fighters" in a.label]
    assert "Hamas" in labels(x, only(x, "ASSAULT").sources)


def test_a_person_from_a_town_is_no_town(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested a Tulsa man in Dallas.")
    assert labels(x, only(x, "COERCE").targets) == set()  # someone from Tulsa, not Tulsa
    x = read("Gunmen attacked Tulsa residents.")
    assert labels(x, only(x, "ASSAULT").targets) == {"residents (Tulsa)"}  # a group from there
    x = read("Police arrested a British man in Dallas.")
    assert "United Kingdom" in labels(x, only(x, "COERCE").targets)  # a country's national
    x = read("A 31-year-old Brooklyn mom was shot in the arm.")
    assert labels(x, only(x, "ASSAULT").targets) == set()  # a mother from Brooklyn
    x = read("Gunmen shot a Tulsa father and his son.")
    assert "Tulsa" not in labels(x, only(x, "ASSAULT").targets)


def test_singular_participants(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "A gunman shot a journalist. Later a journalist was injured. The gunman was arrested."
    )
    gunmen = [a for a in _unnamed(x) if a.label == "gunman"]
    journalists = [a for a in _unnamed(x) if a.label == "journalist"]
    assert len(gunmen) == 1 and len(gunmen[0].mentions) == 2  # "the gunman" is the one before
    assert len(journalists) == 2  # each "a journalist" is someone new
    assert {a.type for a in gunmen + journalists} == {ActorType.PERSON}


def test_not_participants(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "The police station was closed. Ahmed Khan, a soldier, spoke. The rebels withdrew "
        "their fighters."
    )
    # "police station" is a place (see the unnamed places below), not the police
    assert {a.label for a in _unnamed(x) if a.type != ActorType.PLACE} == {"rebels"}


def test_participants_are_not_named_mentions() -> None:
    from kg import evaluation as ev

    assert ev.PARTICIPANT == PARTICIPANT and PARTICIPANT != NOMINAL


def test_more_people_nouns_are_participants(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Rebels wounded two local politicians and a shop employee in the market.")
    e = only(x, "ASSAULT")
    targets = {a.mention.text for a in e.arguments if a.role == "target" and a.mention}
    assert any("politicians" in t for t in targets) and any("employee" in t for t in targets)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The gunmen killed four soldiers and injured another 12.", "12"),
        ("By the end of the week, 45 had been killed.", "45"),
        ("Scores died in the fighting.", "Scores"),
    ],
)
def test_bare_count_of_victims_is_an_argument(read, text: str, count: str) -> None:  # type: ignore[no-untyped-def]
    x = read(text)
    spans = {
        a.mention.text
        for e in x.events
        for a in e.arguments
        if a.role == "target" and a.mention is not None
    }
    assert any(count in s for s in spans), spans
    for actor in x.actors.values():  # numbers are never actors: the count names "people"
        assert not any(ch.isdigit() for ch in actor.label), actor.label
        assert not any(alias.isdigit() or alias == "Scores" for alias in actor.aliases)
    assert any(a.label == "people" for a in x.actors.values())


def test_a_count_of_things_is_no_participant(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police seized 40 rifles and found 12 in a car.")
    assert not [m for a in x.actors.values() for m in a.mentions if m.text in {"40", "12"}]


def test_a_count_modified_by_a_participle_of_harm(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Of the 40 wounded, nine were police officers.")
    assert any(m.text == "40" for a in x.actors.values() for m in a.mentions)


def test_a_participant_noun_opening_a_sentence_is_one_though_tagged_a_name(read) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads a capitalised plural opening a sentence as a proper noun (NNPS)
    x = read("Rebels attacked the base.")
    e = only(x, "ASSAULT")
    assert labels(x, e.sources) == {"rebels"}
    assert x.actors[e.sources[0]].type == ActorType.GROUP


def _places(x: Extraction) -> dict[str, ActorType]:
    return {a.label: a.type for a in _unnamed(x) if a.type == ActorType.PLACE}


def test_an_unnamed_building_an_attack_is_aimed_at_is_its_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Rebels launched an attack on the embassy.")
    e = only(x, "ASSAULT")
    assert labels(x, e.targets) == {"embassy"} and _places(x) == {"embassy": ActorType.PLACE}


def test_an_unnamed_place_an_act_is_not_aimed_at_is_where_it_happened(read) -> None:  # type: ignore[no-untyped-def]
    # PLOVER codes the people of the camp, if any, as the target: the camp is where
    x = read("A camp for refugees was attacked by gunmen.")
    e = only(x, "ASSAULT")
    assert e.targets == [] and labels(x, e.locations) == {"camp"}


def test_an_unnamed_area_after_a_preposition_is_where_the_event_happened(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Two soldiers were killed in the same district.")
    e = only(x, "ASSAULT")
    assert [x.actors[a].type for a in e.locations] == [ActorType.PLACE]


def test_a_place_noun_is_no_place_as_a_subject_nor_after_a_name(read) -> None:  # type: ignore[no-untyped-def]
    # "the hospital said": its staff; "Kandahar province", "the US embassy": the name says which
    x = read("The hospital said militants attacked the US embassy in Kandahar province.")
    assert _places(x) == {}
    assert labels(x, only(x, "ASSAULT").targets) == {"United States"}
    # a proper noun the recognizer did not make a name still says which place
    x = read("Gunmen opened fire in the Baytown area.")
    assert _places(x) == {}


def test_an_unnamed_place_does_no_act(read) -> None:  # type: ignore[no-untyped-def]
    # the relative pronoun stands for the cafe, which did not bomb anyone
    x = read("A bomb hit the cafe, which killed nobody.")
    assert all(x.actors[a].type != ActorType.PLACE for e in x.events for a in e.sources)


def test_a_town_after_an_unnamed_place_is_where_too(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police are investigating a fire at a supermarket in Wellington.")
    assert labels(x, only(x, "INVESTIGATE").locations) == {"supermarket", "Wellington"}


def test_words_said_of_an_unnamed_building_are_said_of_no_place(read) -> None:  # type: ignore[no-untyped-def]
    # the church criticised is its congregation, not where the criticism was made
    x = read("The church was criticised by the mayor.")
    assert all(x.actors[a].type != ActorType.PLACE for e in x.events for a in e.locations)


def test_a_counted_or_vague_place_noun_is_no_place(read) -> None:  # type: ignore[no-untyped-def]
    x = read("He was arrested five buildings away. He was struck in the chest area.")
    assert _places(x) == {}


def test_an_unnamed_place_no_event_happens_at_is_no_actor(read) -> None:  # type: ignore[no-untyped-def]
    x = read("He lived in a quiet house for years. Rebels launched an attack on the embassy.")
    assert _places(x) == {"embassy": ActorType.PLACE}
