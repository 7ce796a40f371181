"""Resolution rules on small hand-written candidate lists: one node per actor, no false merges."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kg.actors.gazetteer import ActorDictionary
from kg.actors.grouping import DocumentActors, group_document
from kg.actors.mentions import Candidate
from kg.actors.resolve import ResolvedActors, merge_actors, resolve_actors
from kg.model import Actor, ActorRole, ActorType
from tests.actors.conftest import GAZETTEER


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def _cands(text: str, spans: list[tuple[str, str] | tuple[str, str, list[str]]]) -> list[Candidate]:
    """Candidates for the given (needle, label[, cues]) in order; each needle found after the
    previous one."""
    out, at = [], 0
    for span in spans:
        needle, label = span[0], span[1]
        cues = list(span[2]) if len(span) > 2 else []  # type: ignore[misc]
        start = text.index(needle, at)
        out.append(Candidate(start, start + len(needle), needle, 0, label, cues=cues))
        at = start + len(needle)
    return out


def _resolve(
    dictionary: ActorDictionary,
    **docs: tuple[str, list[tuple[str, str] | tuple[str, str, list[str]]]],
) -> ResolvedActors:
    return resolve_actors(
        {d: _cands(*spec) for d, spec in docs.items()},
        dictionary,
        {d: spec[0] for d, spec in docs.items()},
        GAZETTEER,
    )


def _of(result: ResolvedActors, doc: str, text: str, needle: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return result.actors[result.by_mention[(doc, start)]]


def test_surname_with_another_ner_label_joins_the_full_name(dictionary: ActorDictionary) -> None:
    text = "Korvel Brandimir was charged. Prosecutors said Brandimir lied. Brandimir denied it."
    r = _resolve(
        dictionary,
        d1=(text, [("Korvel Brandimir", "PERSON"), ("Brandimir", "GPE"), ("Brandimir", "ORG")]),
    )
    person = _of(r, "d1", text, "Korvel Brandimir")
    assert person.type is ActorType.PERSON
    assert {m.text for m in person.mentions} == {"Korvel Brandimir", "Brandimir"}
    assert len(r.actors) == 1


def test_surname_usage_makes_an_org_tagged_name_a_person(dictionary: ActorDictionary) -> None:
    text = "Talia Vornesco spoke. Vornesco left. Vornesco came back. Vornesco smiled."
    spans: list[tuple[str, str] | tuple[str, str, list[str]]] = [("Talia Vornesco", "ORG")]
    spans += [("Vornesco", "PERSON"), ("Vornesco", "ORG"), ("Vornesco", "ORG")]
    r = _resolve(dictionary, d1=(text, spans))
    (actor,) = r.actors.values()
    assert actor.type is ActorType.PERSON


def test_a_vessel_named_without_its_prefix_joins_it_and_stays_an_organisation(
    dictionary: ActorDictionary,
) -> None:
    text = "INS Korvada fired at the skiffs. Korvada then escorted the ship. Korvada left."
    spans: list[tuple[str, str] | tuple[str, str, list[str]]] = [("INS Korvada", "ORG", ["vessel"])]
    spans += [("Korvada", "PERSON"), ("Korvada", "PERSON")]
    r = _resolve(dictionary, d1=(text, spans))
    (vessel,) = r.actors.values()
    assert vessel.type is ActorType.ORGANISATION and vessel.label == "INS Korvada"


def test_first_name_joins_the_one_full_name_it_starts(dictionary: ActorDictionary) -> None:
    text = "Brothers Ozan Kelmet and Ruslat Kelmet fled. Ozan was caught; Ruslat died."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Ozan Kelmet", "PERSON"),
                ("Ruslat Kelmet", "PERSON"),
                ("Ozan", "GPE"),
                ("Ruslat", "PERSON"),
            ],
        ),
    )
    assert _of(r, "d1", text, "Ozan", 1).label == "Ozan Kelmet"
    assert _of(r, "d1", text, "Ruslat", 1).label == "Ruslat Kelmet"
    assert len(r.actors) == 2


def test_two_full_names_sharing_a_surname_stay_apart(dictionary: ActorDictionary) -> None:
    text = "Omid Darvel met Omid Sina Darvel. Darvel said no."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [("Omid Darvel", "PERSON"), ("Omid Sina Darvel", "PERSON"), ("Darvel", "PERSON")],
        ),
    )
    assert _of(r, "d1", text, "Darvel", 2).label == "Omid Sina Darvel"  # the latest before it
    assert _of(r, "d1", text, "Omid Darvel").id != _of(r, "d1", text, "Omid Sina Darvel").id


def test_demonym_adjective_is_the_country_plural_noun_the_people(
    dictionary: ActorDictionary,
) -> None:
    text = "Afghan clerics met in Afghanistan. The Afghans cheered. US troops left."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Afghan", "NORP", ["modifier"]),
                ("Afghanistan", "GPE"),
                ("Afghans", "NORP", ["determined"]),
                ("US", "GPE", ["modifier"]),
            ],
        ),
    )
    country = _of(r, "d1", text, "Afghan")
    assert country.label == "Afghanistan" and country.type is ActorType.COUNTRY
    assert _of(r, "d1", text, "Afghanistan").id == country.id
    people = _of(r, "d1", text, "Afghans")
    assert people.type is ActorType.GROUP and people.country == "AFG"
    assert people.id != country.id
    assert _of(r, "d1", text, "US").label == "United States"


def test_adjective_of_a_region_named_in_the_text_joins_it(dictionary: ActorDictionary) -> None:
    text = "Fighting in Zorvania spread; Zorvanian rebels fled."
    r = _resolve(
        dictionary,
        d1=(text, [("Zorvania", "GPE"), ("Zorvanian", "NORP", ["modifier"])]),
    )
    assert _of(r, "d1", text, "Zorvanian").id == _of(r, "d1", text, "Zorvania").id
    assert _of(r, "d1", text, "Zorvania").type is ActorType.PLACE


def test_short_organisation_name_joins_its_full_name_but_a_city_does_not(
    dictionary: ActorDictionary,
) -> None:
    text = (
        "The Kestrel Cafe was bombed. The Kestrel attack shocked Boston after the Boston Marathon."
    )
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Kestrel Cafe", "ORG"),
                ("Kestrel", "ORG"),
                ("Boston", "GPE"),
                ("Boston Marathon", "ORG"),
            ],
        ),
    )
    assert _of(r, "d1", text, "Kestrel", 1).label == "Kestrel Cafe"
    assert _of(r, "d1", text, "Boston").label != "Boston Marathon"


def test_acronym_of_a_name_in_the_text_without_a_definition(dictionary: ActorDictionary) -> None:
    text = "The Velmar Defence League struck. Police blamed the VDL."
    r = _resolve(dictionary, d1=(text, [("Velmar Defence League", "ORG"), ("VDL", "ORG")]))
    assert len(r.actors) == 1


def test_same_actor_in_two_documents_is_one_node_with_aliases_unioned(
    dictionary: ActorDictionary,
) -> None:
    a = "Mireille Castagnet resigned. Castagnet said it was time."
    b = "Former minister Mireille Castagnet, 61, spoke."
    r = _resolve(
        dictionary,
        a=(a, [("Mireille Castagnet", "PERSON"), ("Castagnet", "PERSON")]),
        b=(b, [("Mireille Castagnet", "ORG", ["person"])]),
    )
    one = _of(r, "a", a, "Mireille Castagnet")
    assert one.id == _of(r, "b", b, "Mireille Castagnet").id
    assert {m.document_id for m in one.mentions} == {"a", "b"}
    assert "Castagnet" in one.aliases


def test_same_surname_of_two_people_in_two_documents_stays_apart(
    dictionary: ActorDictionary,
) -> None:
    a = "Pavel Hornak was elected. Hornak thanked voters."
    b = "Jana Hornak won the race. Hornak cried."
    r = _resolve(
        dictionary,
        a=(a, [("Pavel Hornak", "PERSON"), ("Hornak", "PERSON")]),
        b=(b, [("Jana Hornak", "PERSON"), ("Hornak", "PERSON")]),
    )
    assert _of(r, "a", a, "Hornak", 1).label == "Pavel Hornak"
    assert _of(r, "b", b, "Hornak", 1).label == "Jana Hornak"
    assert _of(r, "a", a, "Hornak", 1).id != _of(r, "b", b, "Hornak", 1).id


def test_lone_surnames_in_two_documents_are_not_merged(dictionary: ActorDictionary) -> None:
    a = "Mr Quellan spoke."
    b = "Quellan, 40, was arrested."
    r = _resolve(
        dictionary,
        a=(a, [("Quellan", "PERSON", ["person"])]),
        b=(b, [("Quellan", "PERSON", ["age"])]),
    )
    assert _of(r, "a", a, "Quellan").id != _of(r, "b", b, "Quellan").id


def test_roles_over_time_come_from_the_dictionary(dictionary: ActorDictionary) -> None:
    text = "The Taliban entered the city."
    r = _resolve(dictionary, d1=(text, [("Taliban", "ORG")]))
    taliban = _of(r, "d1", text, "Taliban")
    assert ActorRole("insurgent group", "2001-11-13", "2021-08-15") in taliban.roles
    assert ActorRole("de facto government of Afghanistan", "2021-08-15", None) in taliban.roles
    assert str(taliban.roles[-1]) == "de facto government of Afghanistan [2021-08-15, ..)"


def test_person_cues_outvote_a_wrong_ner_label(dictionary: ActorDictionary) -> None:
    text = "Deran Oskol, 20, is held. Her lawyer met Deran Oskol."
    r = _resolve(
        dictionary,
        d1=(text, [("Deran Oskol", "GPE", ["age"]), ("Deran Oskol", "ORG", ["person"])]),
    )
    assert _of(r, "d1", text, "Deran Oskol").type is ActorType.PERSON


def test_surname_with_and_without_its_arabic_article_joins_the_full_name(
    dictionary: ActorDictionary,
) -> None:
    text = "Karim Yusuf al-Hadrami spoke. Hadrami said no. Al-Hadrami left."
    r = _resolve(dictionary, d1=(text, [("Karim Yusuf al-Hadrami", "PERSON"),
                                        ("Hadrami", "PERSON"), ("Al-Hadrami", "ORG")]))
    full = _of(r, "d1", text, "Karim Yusuf al-Hadrami")
    assert _of(r, "d1", text, "Hadrami", 1).id == _of(r, "d1", text, "Al-Hadrami").id == full.id


def test_first_name_joins_a_dictionary_person_written_family_name_first(
    dictionary: ActorDictionary,
) -> None:
    text = "Kim Jong Un met envoys. Kim said the talks went well."
    r = _resolve(dictionary, d1=(text, [("Kim Jong Un", "DICT"), ("Kim", "PERSON")]))
    assert _of(r, "d1", text, "Kim", 1).label == "Kim Jong Un"


def test_state_initials_read_as_a_name_are_a_place(dictionary: ActorDictionary) -> None:
    text = "Lena Hart, 23, of Albany, N. Y., was charged."
    r = _resolve(dictionary, d1=(text, [("Lena Hart", "PERSON"), ("Albany", "GPE"),
                                        ("N. Y", "PERSON")]))
    state = _of(r, "d1", text, "N. Y")
    assert (state.type, state.subtype, state.country) == (ActorType.PLACE, "state", "USA")
    assert _of(r, "d1", text, "Lena Hart").type is ActorType.PERSON


def test_a_whole_gazetteer_name_outvotes_an_organisation_word_in_it(
    dictionary: ActorDictionary,
) -> None:
    text = "Settlers attacked villages in the West Bank."
    r = _resolve(dictionary, d1=(text, [("West Bank", "GPE", ["organisation"])]))
    assert _of(r, "d1", text, "West Bank").type is ActorType.PLACE


def test_a_place_head_in_the_name_makes_a_place(dictionary: ActorDictionary) -> None:
    text = "Boats crossed the Velstra River."
    r = _resolve(dictionary, d1=(text, [("Velstra River", "ORG", ["place"])]))
    assert _of(r, "d1", text, "Velstra River").type is ActorType.PLACE


def test_a_left_out_middle_initial_joins_but_a_middle_name_does_not(
    dictionary: ActorDictionary,
) -> None:
    text = "Harlan T. Voss and Harlan Voss; Karim Shah Tadeq and Karim Tadeq."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Harlan T. Voss", "PERSON"),
                ("Harlan Voss", "PERSON"),
                ("Karim Shah Tadeq", "PERSON"),
                ("Karim Tadeq", "PERSON"),
            ],
        ),
    )
    assert _of(r, "d1", text, "Harlan Voss").label == "Harlan T. Voss"
    assert _of(r, "d1", text, "Karim Tadeq").id != _of(r, "d1", text, "Karim Shah Tadeq").id


def test_a_son_named_with_jr_stays_apart_from_his_father(dictionary: ActorDictionary) -> None:
    """A document naming "Harlan Voss" and "Harlan Voss Jr." tells father and son apart, in
    the batch too; where no document does, "Jr." is only a way of writing the name."""
    obituary = "R. Harlan Voss died. Harlan Voss led the bureau. Voss leaves a son, Harlan Voss Jr."
    news = "Harlan Voss spoke."
    other = "Dorian Pike Jr. won. Dorian Pike thanked them."
    r = _resolve(
        dictionary,
        d1=(obituary, [("R. Harlan Voss", "PERSON"), ("Harlan Voss", "PERSON"),
                       ("Voss", "PERSON"), ("Harlan Voss Jr.", "PERSON")]),
        d2=(news, [("Harlan Voss", "PERSON")]),
        d3=(other, [("Dorian Pike Jr.", "PERSON")]),
        d4=("Dorian Pike lost.", [("Dorian Pike", "PERSON")]),
    )
    father = _of(r, "d1", obituary, "Harlan Voss", 1)
    son = _of(r, "d1", obituary, "Harlan Voss Jr.")
    assert son.id != father.id and son.label == "Harlan Voss Jr."
    assert _of(r, "d1", obituary, "R. Harlan Voss").id == father.id
    assert _of(r, "d2", news, "Harlan Voss").id == father.id
    pike = _of(r, "d4", "Dorian Pike lost.", "Dorian Pike")
    assert _of(r, "d3", other, "Dorian Pike Jr.").id == pike.id


def test_a_one_word_name_voted_a_person_is_not_merged_across_documents(
    dictionary: ActorDictionary,
) -> None:
    a = "Quorvan said yes."
    b = "Quorvan said no."
    r = _resolve(
        dictionary,
        a=(a, [("Quorvan", "SURNAME", ["speaker"])]),
        b=(b, [("Quorvan", "SURNAME", ["speaker"])]),
    )
    one, two = _of(r, "a", a, "Quorvan"), _of(r, "b", b, "Quorvan")
    assert one.type is ActorType.PERSON and one.id != two.id


def test_two_spellings_of_one_full_name_are_one_person(dictionary: ActorDictionary) -> None:
    text = "Dzhokhar Varnaev was held. Dzokhar Varnaev denied it. Darko Varnaev and Marko Varnaev."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Dzhokhar Varnaev", "PERSON"),
                ("Dzokhar Varnaev", "PERSON"),
                ("Darko Varnaev", "PERSON"),
                ("Marko Varnaev", "PERSON"),
            ],
        ),
    )
    assert _of(r, "d1", text, "Dzokhar Varnaev").id == _of(r, "d1", text, "Dzhokhar Varnaev").id
    assert _of(r, "d1", text, "Darko Varnaev").id != _of(r, "d1", text, "Marko Varnaev").id


def test_air_base_and_airfield_are_one_facility_a_city_stays_apart(
    dictionary: ActorDictionary,
) -> None:
    text = "Velkar Air Base was hit. Velkar Airfield is big. Velkar was calm. Boston Airport shut."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Velkar Air Base", "FAC"),
                ("Velkar Airfield", "FAC"),
                ("Velkar", "GPE"),
                ("Boston Airport", "FAC"),
            ],
        ),
    )
    base = _of(r, "d1", text, "Velkar Air Base")
    assert _of(r, "d1", text, "Velkar Airfield") is base
    assert _of(r, "d1", text, "Velkar", 2) is base
    assert len(r.actors) == 2


def test_a_surname_spelt_one_letter_apart_joins_but_a_family_plural_does_not(
    dictionary: ActorDictionary,
) -> None:
    text = "Dzhokhar Korvenko was held. Friends took Korwenko's bag. The Korvenkos left."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [("Dzhokhar Korvenko", "PERSON"), ("Korwenko", "ORG"), ("Korvenkos", "ORG")],
        ),
    )
    person = _of(r, "d1", text, "Dzhokhar Korvenko")
    assert _of(r, "d1", text, "Korwenko") is person
    assert _of(r, "d1", text, "Korvenkos") is not person


def test_a_surname_that_is_also_a_town_does_not_make_the_person_a_place(
    dictionary: ActorDictionary,
) -> None:
    text = "Prosecutor Phillip Stirling spoke. Stirling said the case was closed."
    r = _resolve(dictionary, d1=(text, [("Phillip Stirling", "PERSON"), ("Stirling", "GPE")]))
    person = _of(r, "d1", text, "Phillip Stirling")
    assert person.type is ActorType.PERSON
    assert _of(r, "d1", text, "Stirling", 1) is person


def test_a_region_is_no_first_name_of_a_name_the_ner_calls_a_person(
    dictionary: ActorDictionary,
) -> None:
    text = "Alaska Dispatch reported it. The plant in Alaska closed. Chela Ortiz wept. Chela spoke."
    r = _resolve(dictionary, d1=(text, [("Alaska Dispatch", "PERSON"), ("Alaska", "GPE"),
                                        ("Chela Ortiz", "PERSON"), ("Chela", "GPE")]))
    assert _of(r, "d1", text, "Alaska", 1).label == "Alaska"
    assert _of(r, "d1", text, "Chela", 1).label == "Chela Ortiz"  # a small town's name


def test_a_first_name_points_back_only(dictionary: ActorDictionary) -> None:
    text = "Mirel, a bus driver, said no. Mirel Dantos Varga spoke. Later Mirel left."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [("Mirel", "PERSON"), ("Mirel Dantos Varga", "PERSON"), ("Mirel", "PERSON")],
        ),
    )
    full = _of(r, "d1", text, "Mirel Dantos Varga")
    assert _of(r, "d1", text, "Mirel") is not full
    assert _of(r, "d1", text, "Mirel", 2) is full


def test_a_definite_description_sharing_words_with_a_named_organisation(
    dictionary: ActorDictionary,
) -> None:
    text = (
        "The Velmar Resistance Front fought. Then the Resistance Force agreed. "
        "The National Velmar Army and the National Force met."
    )
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Velmar Resistance Front", "ORG"),
                ("Resistance Force", "ORG", ["determined"]),
                ("National Velmar Army", "ORG"),
                ("National Force", "ORG", ["determined"]),
            ],
        ),
    )
    front = _of(r, "d1", text, "Velmar Resistance Front")
    assert _of(r, "d1", text, "Resistance Force") is front
    assert _of(r, "d1", text, "National Force") is not _of(r, "d1", text, "National Velmar Army")


def test_a_province_named_with_and_without_its_unit_word(dictionary: ActorDictionary) -> None:
    text = "Fighting in the Panjshir province. Panjshir held. Idlib province and Idlib city."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Panjshir province", "LOC"),
                ("Panjshir", "ORG"),
                ("Idlib province", "GPE"),
                ("Idlib", "GPE"),
            ],
        ),
    )
    panjshir = _of(r, "d1", text, "Panjshir province")
    assert _of(r, "d1", text, "Panjshir", 1) is panjshir and panjshir.label == "Panjshir"
    assert _of(r, "d1", text, "Idlib province") is not _of(r, "d1", text, "Idlib", 1)


def test_a_person_tagged_name_where_things_happen_is_a_place(dictionary: ActorDictionary) -> None:
    text = "Two were shot in Velmoor. The Bogside area of Velmoor burned."
    r = _resolve(dictionary, d1=(text, [("Velmoor", "PERSON", ["located"]), ("Velmoor", "PERSON")]))
    assert _of(r, "d1", text, "Velmoor").type is ActorType.PLACE


def test_a_description_refers_to_the_most_salient_group(dictionary: ActorDictionary) -> None:
    text = (
        "As the Taliban advanced, NRFA leader Ahmad Massoud said the terror group had help. "
        "The Velmar Front and the Korvan League met; the group said no."
    )
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("Taliban", "ORG", ["subject"]),
                ("NRFA", "ORG", ["modifier"]),
                ("Ahmad Massoud", "PERSON"),
                ("terror group", "NOMINAL", ["terror"]),
                ("Velmar Front", "ORG", ["subject"]),
                ("Korvan League", "ORG", ["subject"]),
                ("group", "NOMINAL"),
            ],
        ),
    )
    taliban = _of(r, "d1", text, "Taliban")
    assert _of(r, "d1", text, "terror group") is taliban
    assert "terror group" not in taliban.aliases and taliban.label == "Taliban"
    assert ("d1", text.index("group said")) not in r.by_mention  # two groups: unclear


def test_a_collective_demonym_with_the_is_the_country(dictionary: ActorDictionary) -> None:
    text = "British troops came. The British delayed it. The Afghans left. The British-Pakistani."
    r = _resolve(
        dictionary,
        d1=(
            text,
            [
                ("British", "NORP", ["modifier"]),
                ("British", "NORP", ["determined", "nominal"]),
                ("Afghans", "NORP", ["determined", "nominal"]),
                ("British-Pakistani", "NORP", ["determined", "nominal"]),
            ],
        ),
    )
    uk = _of(r, "d1", text, "British")
    assert uk.type is ActorType.COUNTRY and _of(r, "d1", text, "British", 1) is uk
    assert _of(r, "d1", text, "Afghans").type is ActorType.GROUP
    assert _of(r, "d1", text, "British-Pakistani") is not uk


def test_an_organisation_word_alone_joins_the_one_name_it_ends(
    dictionary: ActorDictionary,
) -> None:
    text = "The Velmar County Police searched. Police said more. Police is a town, but not here."
    r = _resolve(
        dictionary,
        d1=(text, [("Velmar County Police", "ORG"), ("Police", "ORG"), ("Police", "ORG")]),
    )
    force = _of(r, "d1", text, "Velmar County Police")
    assert _of(r, "d1", text, "Police", 1) is force and force.type is ActorType.ORGANISATION
    assert len(r.actors) == 1


def test_a_relation_keeps_the_words_that_state_it(dictionary: ActorDictionary) -> None:
    text = "Vorn Front leader Kael Dorran spoke."
    front, leader = _cands(text, [("Vorn Front", "ORG"), ("Kael Dorran", "PERSON")])
    leader.role_noun, leader.role_of_start = "leader", front.start
    r = resolve_actors({"d1": [front, leader]}, dictionary, {"d1": text}, GAZETTEER)
    (relation,) = r.relations
    assert relation.predicate == "leader_of"
    assert relation.evidence.text == "Vorn Front leader Kael Dorran"


@pytest.mark.parametrize(
    ("first", "second"),
    [("Иван Petrov", "Пётр Petrov"), ("AT&T Group", "AT-T Group")],
)
def test_two_names_with_one_slug_are_two_actors_with_two_iris(
    dictionary: ActorDictionary, first: str, second: str
) -> None:
    text = f"{first} met {second}."
    label = "PERSON" if "Petrov" in first else "ORG"
    r = _resolve(dictionary, d1=(text, [(first, label), (second, label)]))
    one, two = _of(r, "d1", text, first), _of(r, "d1", text, second)
    assert (one.label, two.label) == (first, second)
    assert one.id != two.id and len(r.actors) == 2
    assert {m.text for m in one.mentions} == {first}


def test_the_suffix_of_a_shared_slug_does_not_depend_on_the_order_of_documents(
    dictionary: ActorDictionary,
) -> None:
    texts = {"a": "AT-T Group grew.", "b": "AT&T Group fell.", "c": "Profits of AT&T Group."}
    spans = {d: [(t.split(" G")[0].split()[-1] + " Group", "ORG")] for d, t in texts.items()}
    iris = []
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]):
        found = {d: _cands(texts[d], spans[d]) for d in order}  # type: ignore[arg-type]
        r = resolve_actors(found, dictionary, texts, GAZETTEER)
        iris.append({a.label: a.id for a in r.actors.values()})
    assert iris[0] == iris[1] == iris[2]
    assert len(set(iris[0].values())) == 2
    # the first label in sorted order keeps the plain slug, the other one gets a suffix
    assert iris[0]["AT&T Group"].endswith("/at-t-group")
    assert iris[0]["AT-T Group"].endswith("/at-t-group-2")


def test_one_name_written_two_ways_stays_one_actor(dictionary: ActorDictionary) -> None:
    text = "Kandahār fell. Later Kandahar was calm."
    r = _resolve(
        dictionary,
        d1=(text, [("Kandahār", "GPE", ["place"])]),
        d2=(text, [("Kandahar", "GPE", ["place"])]),
    )
    assert len(r.actors) == 1


# --- across documents: suffixes, acronyms, surnames and short names, through indexes


def test_a_name_suffix_and_dots_do_not_tell_two_actors_apart(dictionary: ActorDictionary) -> None:
    a = "Corvallen Dynamics Inc. hired staff. The U. S. Bureau of Tides agreed."
    b = "Corvallen Dynamics said so. The US Bureau of Tides disagreed."
    r = _resolve(
        dictionary,
        a=(a, [("Corvallen Dynamics Inc.", "ORG"), ("U. S. Bureau of Tides", "ORG")]),
        b=(b, [("Corvallen Dynamics", "ORG"), ("US Bureau of Tides", "ORG")]),
    )
    assert _of(r, "a", a, "Corvallen Dynamics Inc.").id == _of(r, "b", b, "Corvallen Dynamics").id
    assert _of(r, "a", a, "U. S. Bureau").id == _of(r, "b", b, "US Bureau").id


def test_an_acronym_joins_the_one_name_it_abbreviates_in_another_document(
    dictionary: ActorDictionary,
) -> None:
    a = "Shares of Varnell Micro Systems rose."
    b = "VMS bought a rival. VMS said it was pleased."
    r = _resolve(
        dictionary,
        a=(a, [("Varnell Micro Systems", "ORG")]),
        b=(b, [("VMS", "ORG"), ("VMS", "ORG")]),
    )
    assert _of(r, "b", b, "VMS").id == _of(r, "a", a, "Varnell Micro Systems").id
    assert _of(r, "b", b, "VMS").label == "Varnell Micro Systems"


def test_an_acronym_of_two_names_joins_neither(dictionary: ActorDictionary) -> None:
    a = "Varnell Micro Systems and Vostok Mining Syndicate met."
    b = "VMS bought a rival."
    r = _resolve(
        dictionary,
        a=(a, [("Varnell Micro Systems", "ORG"), ("Vostok Mining Syndicate", "ORG")]),
        b=(b, [("VMS", "ORG")]),
    )
    assert _of(r, "b", b, "VMS").label == "VMS"


def test_a_two_letter_acronym_joins_a_name_of_another_document_only_in_its_context(
    dictionary: ActorDictionary,
) -> None:
    a = "Varnell Pictures hired Dorota Kellsey."
    b = "The failed VP bid hurt her."  # nothing else in common: two letters alone are no evidence
    c = "VP said Dorota Kellsey would direct."  # the same other actor: the company
    first = (a, [("Varnell Pictures", "ORG"), ("Dorota Kellsey", "PERSON")])
    r = _resolve(dictionary, a=first, b=(b, [("VP", "ORG")]))  # type: ignore[arg-type]
    assert _of(r, "b", b, "VP").id != _of(r, "a", a, "Varnell Pictures").id
    r = _resolve(dictionary, a=first,  # type: ignore[arg-type]
                 c=(c, [("VP", "ORG"), ("Dorota Kellsey", "PERSON")]))
    assert _of(r, "c", c, "VP").id == _of(r, "a", a, "Varnell Pictures").id


def test_a_nationality_is_no_acronym_s_name(dictionary: ActorDictionary) -> None:
    a = "The Central Asian nation voted."
    b = "She was treated in Newport Beach, CA, her agent said."
    r = _resolve(
        dictionary,
        a=(a, [("Central Asian", "NORP", ["modifier"])]),
        b=(b, [("Newport Beach", "GPE"), ("CA", "ORG")]),
    )
    assert _of(r, "b", b, "CA").id != _of(r, "a", a, "Central Asian").id


def test_a_lone_surname_joins_the_one_full_name_of_the_batch(dictionary: ActorDictionary) -> None:
    a = "Arvel Joseph Tranquil Jr. escaped from custody."
    b = "Police said Tranquil was armed. Tranquil, 52, fled."
    r = _resolve(
        dictionary,
        a=(a, [("Arvel Joseph Tranquil Jr.", "PERSON")]),
        b=(b, [("Tranquil", "PERSON", ["speaker"]), ("Tranquil", "ORG", ["age"])]),
    )
    person = _of(r, "a", a, "Arvel Joseph Tranquil Jr.")
    assert _of(r, "b", b, "Tranquil").id == person.id
    assert _of(r, "b", b, "Tranquil", 1).id == person.id
    assert person.type is ActorType.PERSON


def test_a_surname_of_two_full_names_joins_neither(dictionary: ActorDictionary) -> None:
    """Father and son: "Ahmad Massoud" is not "Ahmad Shah Massoud", and a bare "Massoud" could
    be either."""
    a = "Idris Khan Marvoud led the front. Idris Marvoud, his son, spoke."
    b = "Marvoud, 40, was seen."
    r = _resolve(
        dictionary,
        a=(a, [("Idris Khan Marvoud", "PERSON"), ("Idris Marvoud", "PERSON")]),
        b=(b, [("Marvoud", "PERSON", ["age"])]),
    )
    father, son = _of(r, "a", a, "Idris Khan Marvoud"), _of(r, "a", a, "Idris Marvoud")
    assert father.id != son.id
    assert _of(r, "b", b, "Marvoud").id not in {father.id, son.id}


def test_a_team_name_without_its_city_joins_the_one_full_name(dictionary: ActorDictionary) -> None:
    a = "The Indianapolis Herons won. Indianapolis is a city."
    b = "The Herons lost."
    r = _resolve(
        dictionary,
        a=(a, [("Indianapolis Herons", "ORG"), ("Indianapolis", "GPE", ["place"])]),
        b=(b, [("Herons", "ORG")]),
    )
    team = _of(r, "a", a, "Indianapolis Herons")
    assert _of(r, "b", b, "Herons").id == team.id
    assert team.type is ActorType.ORGANISATION
    city = _of(r, "a", a, "Indianapolis", 1)  # the city stays a place of its own
    assert city.id != team.id and city.type is ActorType.PLACE


def test_a_short_name_ending_two_names_or_a_lower_case_phrase_joins_none(
    dictionary: ActorDictionary,
) -> None:
    a = "Dell resells Zorvix. The Zorvix Labs and Zorvix Capital grew."
    b = "Zorvix said so."
    r = _resolve(
        dictionary,
        a=(a, [("Dell resells Zorvix", "ORG")]),
        b=(b, [("Zorvix", "ORG")]),
    )
    assert _of(r, "b", b, "Zorvix").label == "Zorvix"


def test_a_surname_the_ner_calls_a_group_joins_the_full_name(dictionary: ActorDictionary) -> None:
    text = "Publicist Dario Pellovan spoke. Pellovan would not say more. Afghans waited."
    r = _resolve(dictionary, d1=(text, [("Dario Pellovan", "PERSON"), ("Pellovan", "NORP"),
                                        ("Afghans", "NORP")]))
    assert _of(r, "d1", text, "Pellovan", 1).label == "Dario Pellovan"
    assert _of(r, "d1", text, "Afghans").type is ActorType.GROUP  # a demonym stays the people


@pytest.mark.parametrize(
    ("a", "name_a", "label_a", "b", "name_b", "label_b"),
    [
        # an acronym leaves out the company suffix
        ("Varnell Micro Systems Inc. rose.", "Varnell Micro Systems Inc.", "ORG",
         "VMS fell.", "VMS", "ORG"),
        # an acronym spells a short acronym in the name in full
        ("The US Tidal Survey said the wave was small.", "US Tidal Survey", "ORG",
         "USTS recorded the wave.", "USTS", "ORG"),
        # British and American spellings of a name are one name
        ("She entered the Corvane Treatment Centre.", "Corvane Treatment Centre", "FAC",
         "The Corvane Treatment Center said she left.", "Corvane Treatment Center", "FAC"),
        # an abbreviation and the word it shortens
        ("Two climbers died on Mt Velderhorn.", "Mt Velderhorn", "LOC",
         "Mount Velderhorn was closed.", "Mount Velderhorn", "LOC"),
    ],
)
def test_two_spellings_in_two_documents_are_one_actor(
    dictionary: ActorDictionary, a: str, name_a: str, label_a: str, b: str, name_b: str,
    label_b: str,
) -> None:
    r = _resolve(dictionary, a=(a, [(name_a, label_a)]), b=(b, [(name_b, label_b)]))
    assert _of(r, "a", a, name_a).id == _of(r, "b", b, name_b).id


def test_a_one_word_name_taken_for_a_person_joins_the_organisation_spelt_alike(
    dictionary: ActorDictionary,
) -> None:
    """"Zorvix said" reads like a person; "Zorvix Corp." in another document is the company,
    and nothing else is called Zorvix."""
    a = "Zorvix Corp. rose. Zorvix Corp. hired."
    b = "Zorvix said it would grow, Zorvix added."
    r = _resolve(
        dictionary,
        a=(a, [("Zorvix Corp.", "ORG"), ("Zorvix Corp.", "ORG")]),
        b=(b, [("Zorvix", "PERSON", ["speaker"]), ("Zorvix", "PERSON", ["speaker"])]),
    )
    assert _of(r, "b", b, "Zorvix").id == _of(r, "a", a, "Zorvix Corp.").id
    assert _of(r, "a", a, "Zorvix Corp.").type is ActorType.ORGANISATION


def test_a_surname_of_two_full_names_joins_the_one_its_story_names_with(
    dictionary: ActorDictionary,
) -> None:
    """Two men share a surname across the batch; a document naming only the surname, beside
    the actors the stories of one of them name, is about that one."""
    a = "Tyler Varnbrook scored for the Corbin Herons against Dalmere College."
    b = "Tyler Varnbrook led the Corbin Herons past Dalmere College."
    c = "Gene Varnbrook opened a bakery in Oslavia."
    d = "Varnbrook scored again as the Corbin Herons beat Dalmere College."
    e = "Varnbrook, 40, was seen in Teruval."
    herons, dalmere = ("Corbin Herons", "ORG"), ("Dalmere College", "ORG")
    r = _resolve(
        dictionary,
        a=(a, [("Tyler Varnbrook", "PERSON"), herons, dalmere]),
        b=(b, [("Tyler Varnbrook", "PERSON"), herons, dalmere]),
        c=(c, [("Gene Varnbrook", "PERSON"), ("Oslavia", "GPE")]),
        d=(d, [("Varnbrook", "PERSON", ["speaker"]), herons, dalmere]),
        e=(e, [("Varnbrook", "PERSON", ["age"]), ("Teruval", "GPE")]),
    )
    tyler, gene = _of(r, "a", a, "Tyler Varnbrook"), _of(r, "c", c, "Gene Varnbrook")
    assert tyler.id != gene.id
    assert _of(r, "d", d, "Varnbrook").id == tyler.id
    assert _of(r, "e", e, "Varnbrook").id not in {tyler.id, gene.id}  # nothing in common


def test_a_middle_initial_joins_across_documents_unless_two_initials_compete(
    dictionary: ActorDictionary,
) -> None:
    a = "Raj K. Tolvane was killed."
    b = "Raj Tolvane, a taxi driver, was killed."
    c = "Mira P. Sandor spoke. Mira Q. Sandor listened."
    d = "Mira Sandor left."
    r = _resolve(
        dictionary,
        a=(a, [("Raj K. Tolvane", "PERSON")]),
        b=(b, [("Raj Tolvane", "PERSON")]),
        c=(c, [("Mira P. Sandor", "PERSON"), ("Mira Q. Sandor", "PERSON")]),
        d=(d, [("Mira Sandor", "PERSON")]),
    )
    assert _of(r, "a", a, "Raj K. Tolvane").id == _of(r, "b", b, "Raj Tolvane").id
    sandors = {_of(r, "c", c, "Mira P. Sandor").id, _of(r, "c", c, "Mira Q. Sandor").id,
               _of(r, "d", d, "Mira Sandor").id}
    assert len(sandors) == 3


def test_words_before_a_full_name_of_the_batch_are_no_part_of_it(
    dictionary: ActorDictionary,
) -> None:
    """A demonym or a word no name of the batch starts with, before a person's full name
    named elsewhere, is a description; a first name of the batch is not."""
    a = "Englishman Dorian Quelch fell. Quarterback Tobin Varley threw."
    b = "Dorian Quelch was found. Tobin Varley won. Mary Ostrander and Ann Ostrander spoke."
    c = "Mary Ann Ostrander left."
    r = _resolve(
        dictionary,
        a=(a, [("Englishman Dorian Quelch", "PERSON"), ("Quarterback Tobin Varley", "PERSON")]),
        b=(b, [("Dorian Quelch", "PERSON"), ("Tobin Varley", "PERSON"),
               ("Mary Ostrander", "PERSON"), ("Ann Ostrander", "PERSON")]),
        c=(c, [("Mary Ann Ostrander", "PERSON")]),
    )
    quelch = _of(r, "b", b, "Dorian Quelch")
    assert _of(r, "a", a, "Englishman Dorian Quelch").id == quelch.id
    assert quelch.label == "Dorian Quelch"
    assert _of(r, "a", a, "Quarterback Tobin Varley").id == _of(r, "b", b, "Tobin Varley").id
    assert _of(r, "c", c, "Mary Ann").id != _of(r, "b", b, "Ann Ostrander").id


def test_a_company_named_alone_elsewhere_is_no_part_of_its_product_name(
    dictionary: ActorDictionary,
) -> None:
    """"Zorvex Opteryn" is a product when the batch names Zorvex alone; a name ending in an
    organisation or facility word ("Rolando Cafe") keeps its short form."""
    a = ("The Zorvex Opteryn chip shipped. Zorvex said sales rose. Rolando Cafe opened. "
         "Rolando hired.")
    b = "Zorvex bought a rival. Rolando closed early."
    r = _resolve(
        dictionary,
        a=(a, [("Zorvex Opteryn", "ORG"), ("Zorvex", "ORG"), ("Rolando Cafe", "ORG"),
               ("Rolando", "ORG")]),
        b=(b, [("Zorvex", "ORG"), ("Rolando", "ORG")]),
    )
    company = _of(r, "b", b, "Zorvex")
    assert _of(r, "a", a, "Zorvex said").id == company.id
    assert _of(r, "a", a, "Zorvex Opteryn").id != company.id
    assert _of(r, "a", a, "Rolando hired").id == _of(r, "a", a, "Rolando Cafe").id


def test_a_full_name_spelt_one_letter_apart_in_another_document_is_one_person(
    dictionary: ActorDictionary,
) -> None:
    a = "Jermaine Tolliver was arrested."
    b = "Police said Jerymaine Tolliver fired."
    c = "Jermaine Tolliver, 19, and Jermaine Toliver, 20, and Jermaine Tollivar met."
    r = _resolve(dictionary, a=(a, [("Jermaine Tolliver", "PERSON")]),
                 b=(b, [("Jerymaine Tolliver", "PERSON")]))
    assert _of(r, "a", a, "Jermaine").id == _of(r, "b", b, "Jerymaine").id
    r = _resolve(dictionary, a=(a, [("Jermaine Tolliver", "PERSON")]),
                 c=(c, [("Jermaine Toliver", "PERSON"), ("Jermaine Tollivar", "PERSON")]))
    assert _of(r, "c", c, "Jermaine Toliver").id != _of(r, "c", c, "Jermaine Tollivar").id


def test_a_short_team_name_ending_two_names_joins_the_one_its_story_names_with(
    dictionary: ActorDictionary,
) -> None:
    a = "The Corbin Herons beat Dalmere College. The Corbin Herons lead."
    b = "The Corbin Herons lost to Dalmere College."
    c = "Fans Beat Herons Drum in Oslavia."
    d = "The Herons beat Dalmere College again."
    r = _resolve(
        dictionary,
        a=(a, [("Corbin Herons", "ORG"), ("Dalmere College", "ORG"), ("Corbin Herons", "ORG")]),
        b=(b, [("Corbin Herons", "ORG"), ("Dalmere College", "ORG")]),
        c=(c, [("Beat Herons", "ORG"), ("Oslavia", "GPE")]),
        d=(d, [("Herons", "ORG"), ("Dalmere College", "ORG")]),
    )
    assert _of(r, "d", d, "Herons").id == _of(r, "a", a, "Corbin Herons").id


def test_a_person_tagged_name_in_a_place_phrase_is_no_surname(dictionary: ActorDictionary) -> None:
    """A name the NER calls a person's where the words say it is a place ("her hometown of
    Velmoor", "of Velmoor, Ohio") is the town of the other documents, not a lone surname."""
    one, two = "She grew up in her hometown of Velmoor.", "The fire in Velmoor spread."
    r = _resolve(
        dictionary,
        d1=(one, [("Velmoor", "PERSON", ["place"])]),
        d2=(two, [("Velmoor", "GPE")]),
    )
    town = _of(r, "d1", one, "Velmoor")
    assert town is _of(r, "d2", two, "Velmoor") and town.type is ActorType.PLACE


# --- teams and their places


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Omaha Herons", ("omaha", "herons")),
        ("San Diego Padres", ("san diego", "padres")),
        ("Kansas City Chiefs", ("kansas city", "chiefs")),
        ("New York Times", None),  # a newspaper: an organisation word
        ("Solomon Islands", None),  # a place word
        ("Omaha Heron", None),  # no plural
        ("Velmoor Herons", None),  # no place
    ],
)
def test_a_team_is_a_place_then_a_plural(name: str, parts: tuple[str, str] | None) -> None:
    from kg.actors.grouping import team_parts

    assert team_parts(name, GAZETTEER) == parts


def test_a_place_standing_for_its_team_is_the_team(dictionary: ActorDictionary) -> None:
    """Where a document names a team of a place, the place named as a side ("Omaha beat
    Tulsa") is the team, but not where the game is played ("in Omaha") nor as a modifier ("an
    Omaha native"); a place without a team of the batch ("Tulsa") stays the place."""
    one = "The Omaha Herons signed a kicker."
    two = "Omaha beat Tulsa 20-13 in Omaha. The Herons play next. An Omaha native scored."
    r = _resolve(
        dictionary,
        d1=(one, [("Omaha Herons", "ORG")]),
        d2=(two, [("Omaha", "GPE", ["actor"]), ("Tulsa", "GPE"), ("Omaha", "GPE", ["venue"]),
                  ("Herons", "PERSON", ["determined"]), ("Omaha", "GPE", ["modifier"])]),
    )
    team = _of(r, "d1", one, "Omaha Herons")
    assert team.type is ActorType.ORGANISATION
    assert _of(r, "d2", two, "Omaha") is team and _of(r, "d2", two, "Herons") is team
    assert "Omaha" not in team.aliases
    city = _of(r, "d2", two, "Omaha", 1)
    assert city is not team and city.type is ActorType.PLACE
    assert _of(r, "d2", two, "Omaha", 2) is city
    assert _of(r, "d2", two, "Tulsa").type is ActorType.PLACE


def test_a_place_stays_the_place_where_no_team_of_it_is_named(
    dictionary: ActorDictionary,
) -> None:
    one = "The Omaha Herons signed a kicker."
    two = "Omaha approved a budget. The New York Times said so."
    r = _resolve(
        dictionary,
        d1=(one, [("Omaha Herons", "ORG")]),
        d2=(two, [("Omaha", "GPE", ["actor"]), ("New York Times", "ORG")]),
    )
    assert _of(r, "d2", two, "Omaha").type is ActorType.PLACE
    assert _of(r, "d2", two, "Omaha") is not _of(r, "d1", one, "Omaha Herons")


def test_a_plural_after_the_is_no_person(dictionary: ActorDictionary) -> None:
    """"the Herons" tagged a person is the team the batch names in full, not a surname."""
    one = "The San Diego Herons signed a kicker."
    two = "The Herons won. Herons fans cheered."
    r = _resolve(
        dictionary,
        d1=(one, [("San Diego Herons", "ORG")]),
        d2=(two, [("Herons", "PERSON", ["determined"]), ("Herons", "PERSON", ["modifier"])]),
    )
    team = _of(r, "d1", one, "San Diego Herons")
    assert _of(r, "d2", two, "Herons") is team and _of(r, "d2", two, "Herons", 1) is team


def test_a_surname_is_not_the_one_the_text_calls_by_first_name(
    dictionary: ActorDictionary,
) -> None:
    """Two full names share a surname; the text calls one of them by the first name alone, so
    the bare surname is the other, even right after her full name."""
    text = (
        "Tomas Velder was charged. His wife Mira Velder vanished in May. Lawyers explained "
        "Velder's conduct and Mira's absence."
    )
    r = _resolve(
        dictionary,
        d1=(text, [("Tomas Velder", "PERSON"), ("Mira Velder", "PERSON"),
                   ("Velder", "PERSON"), ("Mira", "PERSON")]),
    )
    assert _of(r, "d1", text, "Velder", 2) is _of(r, "d1", text, "Tomas Velder")
    assert _of(r, "d1", text, "Mira", 1) is _of(r, "d1", text, "Mira Velder")


def test_a_surname_after_two_full_names_is_the_latest_when_no_first_name_is_alone(
    dictionary: ActorDictionary,
) -> None:
    text = "Tomas Velder was charged. His wife Mira Velder vanished. Velder wept."
    r = _resolve(
        dictionary,
        d1=(text, [("Tomas Velder", "PERSON"), ("Mira Velder", "PERSON"), ("Velder", "PERSON")]),
    )
    assert _of(r, "d1", text, "Velder", 2) is _of(r, "d1", text, "Mira Velder")


def test_a_left_out_middle_name_joins_across_documents_unless_a_document_names_both(
    dictionary: ActorDictionary,
) -> None:
    """"Tomas Velder" in one article is the one "Tomas Orin Velder" of another; a document
    naming both tells them apart ("Ivo Brand", son of "Ivo Karel Brand")."""
    one, two = "Tomas Orin Velder was charged.", "Lawyer Tomas Velder spoke."
    three = "Ivo Brand, son of Ivo Karel Brand, spoke."
    r = _resolve(
        dictionary,
        d1=(one, [("Tomas Orin Velder", "PERSON")]),
        d2=(two, [("Tomas Velder", "PERSON")]),
        d3=(three, [("Ivo Brand", "PERSON"), ("Ivo Karel Brand", "PERSON")]),
    )
    velder = _of(r, "d1", one, "Tomas Orin Velder")
    assert _of(r, "d2", two, "Tomas Velder") is velder and velder.label == "Tomas Orin Velder"
    assert _of(r, "d3", three, "Ivo Brand") is not _of(r, "d3", three, "Ivo Karel Brand")


def test_a_first_name_alone_joins_the_full_name_its_story_names_with(
    dictionary: ActorDictionary,
) -> None:
    """"Lena" in another article is the one "Lena Marsh" of the batch, whom the news also call
    "Marsh", where that article names the same other actors; not in an unrelated article,
    and never a "full name" nobody is called by its last word as a person ("Lena BMG")."""
    one = "Lena Marsh was arrested. Marsh denied it. Ovis Crane presided."
    two = "Lena wept as Ovis Crane spoke."
    three = "Lena sang at a festival in Rotterdam."
    four = "Nadia BMG grew. BMG said so. Ovis Crane spoke."
    five = "Nadia wept as Ovis Crane spoke."
    r = _resolve(
        dictionary,
        d1=(one, [("Lena Marsh", "PERSON"), ("Marsh", "PERSON"), ("Ovis Crane", "PERSON")]),
        d2=(two, [("Lena", "PERSON"), ("Ovis Crane", "PERSON")]),
        d3=(three, [("Lena", "PERSON"), ("Rotterdam", "GPE")]),
        d4=(four, [("Nadia BMG", "PERSON"), ("BMG", "ORG"), ("Ovis Crane", "PERSON")]),
        d5=(five, [("Nadia", "PERSON"), ("Ovis Crane", "PERSON")]),
    )
    lena = _of(r, "d1", one, "Lena Marsh")
    assert _of(r, "d2", two, "Lena") is lena
    assert _of(r, "d3", three, "Lena") is not lena
    assert _of(r, "d5", five, "Nadia") is not _of(r, "d4", four, "Nadia BMG")


def test_one_misspelt_full_name_joins_beside_a_third_name_with_its_surname(
    dictionary: ActorDictionary,
) -> None:
    """"Malcom Tucker" is "Malcolm Tucker" even where the batch also names "Dar Tucker"."""
    one, two = "Malcolm Tucker shouted.", "Malcom Tucker shouted again."
    three = "Dar Tucker scored."
    r = _resolve(
        dictionary,
        d1=(one, [("Malcolm Tucker", "PERSON")]),
        d2=(two, [("Malcom Tucker", "PERSON")]),
        d3=(three, [("Dar Tucker", "PERSON")]),
    )
    assert _of(r, "d2", two, "Malcom Tucker") is _of(r, "d1", one, "Malcolm Tucker")
    assert _of(r, "d3", three, "Dar Tucker") is not _of(r, "d1", one, "Malcolm Tucker")


def test_a_place_by_its_first_word_joins_the_one_facility_it_starts(
    dictionary: ActorDictionary,
) -> None:
    """"Brookvale" after "the Brookvale Rehab Center" elsewhere is the centre; an organisation
    named alone is no centre of its own, nor is a city the gazetteer knows."""
    a = "She entered the Brookvale Rehab Center. The Zorvix Security Center warned. Boston Hall."
    b = "She left Brookvale. Zorvix said so. Boston voted."
    r = _resolve(
        dictionary,
        a=(a, [("Brookvale Rehab Center", "FAC"), ("Zorvix Security Center", "ORG"),
               ("Boston Hall", "FAC")]),
        b=(b, [("Brookvale", "GPE", ["venue"]), ("Zorvix", "ORG"), ("Boston", "GPE")]),
    )
    centre = _of(r, "a", a, "Brookvale Rehab Center")
    assert _of(r, "b", b, "Brookvale") is centre
    assert _of(r, "b", b, "Zorvix") is not _of(r, "a", a, "Zorvix Security Center")
    assert _of(r, "b", b, "Boston") is not _of(r, "a", a, "Boston Hall")


def test_a_place_by_its_first_word_joins_no_facility_when_two_start_with_it(
    dictionary: ActorDictionary,
) -> None:
    a = "The Brookvale Rehab Center and the Brookvale Stadium opened."
    b = "She left Brookvale."
    r = _resolve(
        dictionary,
        a=(a, [("Brookvale Rehab Center", "FAC"), ("Brookvale Stadium", "FAC")]),
        b=(b, [("Brookvale", "GPE", ["venue"])]),
    )
    assert _of(r, "b", b, "Brookvale").label == "Brookvale"


def test_another_name_of_a_place_in_the_gazetteer_joins_the_name_the_batch_uses(
    dictionary: ActorDictionary,
) -> None:
    """"Philly" and "Berne" are the gazetteer's other names of Philadelphia and Bern; an
    organisation called "Philly" (the team) is no place."""
    a = "Philadelphia and Bern voted."
    b = "Talks in Philly and in Berne ended."
    r = _resolve(
        dictionary,
        a=(a, [("Philadelphia", "GPE"), ("Bern", "GPE")]),
        b=(b, [("Philly", "GPE", ["venue"]), ("Berne", "GPE", ["venue"])]),
    )
    assert _of(r, "b", b, "Philly") is _of(r, "a", a, "Philadelphia")
    assert _of(r, "b", b, "Berne") is _of(r, "a", a, "Bern")
    c = "Philly won the game."
    r = _resolve(dictionary, a=(a, [("Philadelphia", "GPE")]), c=(c, [("Philly", "ORG")]))
    assert _of(r, "c", c, "Philly") is not _of(r, "a", a, "Philadelphia")  # the team


def test_a_name_with_a_word_after_a_whole_name_of_the_batch_leaves_that_name_to_it(
    dictionary: ActorDictionary,
) -> None:
    """"Omaha Herons RB Carl Mott": the NER's "Omaha Herons RB" is no team of its own; the
    document's "Omaha Herons" and "Herons" are the team the other documents name."""
    a = "Omaha Herons RB Carl Mott is out. The Omaha Herons said the Herons will miss him."
    b = "The Omaha Herons lost."
    r = _resolve(
        dictionary,
        a=(a, [("Omaha Herons RB", "ORG"), ("Carl Mott", "PERSON"), ("Omaha Herons", "ORG"),
               ("Herons", "ORG")]),
        b=(b, [("Omaha Herons", "ORG")]),
    )
    team = _of(r, "b", b, "Omaha Herons")
    assert _of(r, "a", a, "Omaha Herons", 1) is team
    assert _of(r, "a", a, "Herons", 2) is team
    assert team.label == "Omaha Herons"




def test_a_state_abbreviation_is_left_to_the_place_rules(dictionary: ActorDictionary) -> None:
    """"Junction City, Kan." qualifies a town: no other name of the batch's "Kansas"."""
    a = "He drove to a lake in Kansas."
    b = "A shop in Junction City, Kan., rented the truck."
    r = _resolve(
        dictionary,
        a=(a, [("Kansas", "GPE")]),
        b=(b, [("Junction City", "GPE"), ("Kan", "GPE")]),
    )
    assert _of(r, "b", b, "Kan") is not _of(r, "a", a, "Kansas")


def test_a_team_the_ner_calls_a_person_takes_its_place_named_as_a_side(
    dictionary: ActorDictionary,
) -> None:
    one = "The Omaha Herons signed a kicker."
    two = "Harrison out against Herons\nHe missed the win over Omaha on Thursday."
    r = _resolve(
        dictionary,
        d1=(one, [("Omaha Herons", "ORG")]),
        d2=(two, [("Herons", "PERSON"), ("Omaha", "GPE", ["actor"])]),
    )
    team = _of(r, "d1", one, "Omaha Herons")
    assert _of(r, "d2", two, "Herons") is team
    assert _of(r, "d2", two, "Omaha") is team


def test_a_place_in_a_game_story_is_its_one_team_met_beside_the_rival_elsewhere(
    dictionary: ActorDictionary,
) -> None:
    """A story naming the Tulsa Otters only ("the Otters overcame Omaha") reads Omaha as its
    one team of the batch, the Herons, named beside the Otters in another story; a story of
    another sport, whose team never meets the Herons, keeps the city."""
    one = "The Tulsa Otters beat the Omaha Herons."
    two = "The Otters overcame Omaha 31-24 on Thursday."
    three = "The Reno Foxes said Omaha had more fans."
    r = _resolve(
        dictionary,
        d1=(one, [("Tulsa Otters", "ORG"), ("Omaha Herons", "ORG")]),
        d2=(two, [("Otters", "ORG"), ("Omaha", "GPE", ["actor"])]),
        d3=(three, [("Reno Foxes", "ORG"), ("Omaha", "GPE", ["actor"])]),
    )
    herons = _of(r, "d1", one, "Omaha Herons")
    assert _of(r, "d2", two, "Omaha") is herons
    assert _of(r, "d3", three, "Omaha") is not herons
    assert _of(r, "d3", three, "Omaha").type is ActorType.PLACE


def test_a_blended_nickname_joins_the_one_person_whose_names_it_starts(
    dictionary: ActorDictionary,
) -> None:
    """"KaVo" is "Karla Voss" (first letters of the first and last names); with two such
    people in the batch it joins neither."""
    a = "Karla Voss checked in. Voss said so."
    b = "KaVo was seen at a mall. KaVo left."
    r = _resolve(dictionary, a=(a, [("Karla Voss", "PERSON"), ("Voss", "PERSON")]),
                 b=(b, [("KaVo", "PERSON"), ("KaVo", "PERSON")]))
    assert _of(r, "b", b, "KaVo") is _of(r, "a", a, "Karla Voss")
    c = "Kate Vogel spoke. Vogel left."
    r = _resolve(dictionary, a=(a, [("Karla Voss", "PERSON"), ("Voss", "PERSON")]),
                 b=(b, [("KaVo", "PERSON"), ("KaVo", "PERSON")]),
                 c=(c, [("Kate Vogel", "PERSON"), ("Vogel", "PERSON")]))
    assert _of(r, "b", b, "KaVo").label == "KaVo"


def test_a_lone_surname_is_no_place_standing_for_a_team(dictionary: ActorDictionary) -> None:
    """"Gordon Advisors" reads like a place and a plural, but the lone surname "Gordon" of
    another story is a person, never that firm."""
    one = "Gordon Advisors and the Omaha Herons met."
    two = "Gordon said the Herons beat Omaha. Gordon left."
    r = _resolve(
        dictionary,
        d1=(one, [("Gordon Advisors", "ORG"), ("Omaha Herons", "ORG")]),
        d2=(two, [("Gordon", "PERSON"), ("Herons", "ORG"), ("Omaha", "GPE", ["actor"]),
                  ("Gordon", "PERSON")]),
    )
    assert _of(r, "d2", two, "Gordon") is not _of(r, "d1", one, "Gordon Advisors")


# --- the teams of the curated table (kg/actors/data/sports_teams.csv)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Sixers", ("philadelphia", "76ers")),  # an alias: the full name's parts
        ("Miami Heat", ("miami", "heat")),  # a nickname in the singular
        ("Drake Bulldogs", ("drake", "bulldogs")),  # a college no gazetteer place
        ("Seattle SuperSonics", ("seattle", "supersonics")),  # a former name: its own parts
    ],
)
def test_a_team_of_the_table_gives_its_place_and_nickname(
    name: str, parts: tuple[str, str]
) -> None:
    from kg.actors.grouping import team_parts

    assert team_parts(name, GAZETTEER) == parts


def test_a_team_alias_joins_its_full_name_and_the_nickname_follows(
    dictionary: ActorDictionary,
) -> None:
    a = "The Miami Heat beat the Sixers 101-99."
    b = "The Philadelphia 76ers fired their coach. The Heat rested."
    r = _resolve(
        dictionary,
        a=(a, [("Miami Heat", "ORG"), ("Sixers", "ORG")]),
        b=(b, [("Philadelphia 76ers", "ORG"), ("Heat", "ORG")]),
    )
    sixers = _of(r, "a", a, "Sixers")
    assert sixers.label == "Philadelphia 76ers" and sixers.type is ActorType.ORGANISATION
    assert _of(r, "b", b, "Philadelphia 76ers") is sixers
    assert _of(r, "b", b, "Heat") is _of(r, "a", a, "Miami Heat")


def test_a_short_form_joins_the_one_team_of_the_batch_it_stands_for(
    dictionary: ActorDictionary,
) -> None:
    """"Jags" joins the Jacksonville Jaguars the batch names; without them it stays itself;
    "Bucs", short for two teams of the batch, joins neither."""
    a = "The Jacksonville Jaguars lost at home."
    b = "The Jags need a kicker."
    r = _resolve(dictionary, a=(a, [("Jacksonville Jaguars", "ORG")]), b=(b, [("Jags", "ORG")]))
    assert _of(r, "b", b, "Jags") is _of(r, "a", a, "Jacksonville Jaguars")
    r = _resolve(dictionary, b=(b, [("Jags", "ORG")]))
    assert _of(r, "b", b, "Jags").label == "Jags"
    c = "The Tampa Bay Buccaneers and the Pittsburgh Pirates sold tickets."
    d = "The Bucs won."
    r = _resolve(
        dictionary,
        c=(c, [("Tampa Bay Buccaneers", "ORG"), ("Pittsburgh Pirates", "ORG")]),
        d=(d, [("Bucs", "ORG")]),
    )
    assert _of(r, "d", d, "Bucs").label == "Bucs"


def test_a_city_by_its_other_name_stands_for_its_team_like_the_city(
    dictionary: ActorDictionary,
) -> None:
    """In a story naming the Sixers, "Philly" as a side is the team; "in Philly" the city."""
    a = "The Sixers lost again. Philly traded its guard. Fans in Philly booed."
    r = _resolve(
        dictionary,
        a=(a, [("Sixers", "ORG"), ("Philly", "GPE", ["actor"]), ("Philly", "GPE", ["venue"])]),
    )
    team = _of(r, "a", a, "Sixers")
    assert _of(r, "a", a, "Philly") is team
    assert _of(r, "a", a, "Philly", 1) is not team


def test_a_city_nickname_taken_for_a_person_is_the_team_its_documents_name_else_the_city(
    dictionary: ActorDictionary,
) -> None:
    """"PHILLY" with a person's vote is no person: the 76ers where its story names them (the
    Eagles of another story are no rival), the city elsewhere."""
    a = "The Philadelphia 76ers and the Philadelphia Eagles sold out."
    b = "FIRED IN PHILLY\nThe Sixers fired their coach."
    c = "Philadelphia voted. A storm hit Philly."
    r = _resolve(
        dictionary,
        a=(a, [("Philadelphia 76ers", "ORG"), ("Philadelphia Eagles", "ORG")]),
        b=(b, [("PHILLY", "PERSON"), ("Sixers", "ORG")]),
        c=(c, [("Philadelphia", "GPE"), ("Philly", "PERSON")]),
    )
    assert _of(r, "b", b, "PHILLY") is _of(r, "a", a, "Philadelphia 76ers")
    assert _of(r, "c", c, "Philly") is _of(r, "c", c, "Philadelphia")
    assert _of(r, "c", c, "Philly").type is not ActorType.PERSON


def test_a_team_short_form_where_something_happens_stays_the_city(
    dictionary: ActorDictionary,
) -> None:
    """"Indy led 13-3" is the Colts the batch names; "never won in Indy" the city."""
    a = "The Indianapolis Colts won again."
    b = "Indy led 13-3 at the half."
    c = "The Texans have never won in Indy."
    d = "Indianapolis is a city in Indiana."
    r = _resolve(
        dictionary,
        a=(a, [("Indianapolis Colts", "ORG")]),
        b=(b, [("Indy", "GPE")]),
        c=(c, [("Texans", "ORG"), ("Indy", "GPE", ["venue"])]),
        d=(d, [("Indianapolis", "GPE")]),
    )
    assert _of(r, "b", b, "Indy") is _of(r, "a", a, "Indianapolis Colts")
    assert _of(r, "c", c, "Indy") is _of(r, "d", d, "Indianapolis")
    e = "Indianapolis hosted. The Texans never won in Indy."
    r = _resolve(
        dictionary,
        a=(a, [("Indianapolis Colts", "ORG")]),
        e=(e, [("Indianapolis", "GPE"), ("Texans", "ORG"), ("Indy", "GPE", ["venue"])]),
    )
    assert _of(r, "e", e, "Indy") is _of(r, "e", e, "Indianapolis")
    assert _of(r, "e", e, "Indy").type is not ActorType.ORGANISATION


def test_a_city_nickname_read_as_a_lone_surname_is_the_team_its_story_names(
    dictionary: ActorDictionary,
) -> None:
    """"Philly ran its sets" beside "the Sixers" is the 76ers, though the NER took one
    "Philly" for a person's name (a lone surname of its document, no place to stand for a team)."""
    a = "The Philadelphia 76ers lost."
    b = "The Sixers signed a guard. Philly ran its halfcourt sets. Philly looks slower."
    r = _resolve(
        dictionary,
        a=(a, [("Philadelphia 76ers", "ORG")]),
        b=(b, [("Sixers", "ORG"), ("Philly", "PERSON"), ("Philly", "ORG")]),
    )
    assert _of(r, "b", b, "Philly") is _of(r, "a", a, "Philadelphia 76ers")


def test_a_team_under_a_former_name_in_its_day_is_labelled_by_it_with_the_same_iri(
    dictionary: ActorDictionary,
) -> None:
    """Stories of 2009 on the "San Diego Chargers" label the team so; one of 2020 beside
    them gives the current name; the node is one and the same."""
    a = "The San Diego Chargers beat the Colts."
    b = "The Chargers lost again."

    def dated(doc: str, text: str, name: str, year: int) -> DocumentActors:
        found = group_document(doc, _cands(text, [(name, "ORG")]), text, dictionary, GAZETTEER)
        return replace(found, date=dt.date(year, 1, 3))

    then = merge_actors([dated("a", a, "San Diego Chargers", 2009)], dictionary, GAZETTEER)
    team = then.actors[then.by_mention["a", 4]]
    assert team.label == "San Diego Chargers"
    both = merge_actors([dated("a", a, "San Diego Chargers", 2009),
                         dated("b", b, "Chargers", 2020)], dictionary, GAZETTEER)
    now = both.actors[both.by_mention["a", 4]]
    assert now.label == "Los Angeles Chargers" and now.id == team.id


def test_a_qualifier_before_a_name_two_other_documents_use_alone_joins_that_name(
    dictionary: ActorDictionary,
) -> None:
    """"Malibu Harbor Recovery Center" once, "Harbor Recovery Center" in two other stories:
    one place, labelled by the shorter name; with one other story, or a nationality before
    the name ("Chinese Workers Alliance"), they stay apart."""
    a = "She entered Malibu Harbor Recovery Center and the Chinese Workers Alliance met."
    b = "Harbor Recovery Center said she is well. The Workers Alliance met."
    c = "Harbor Recovery Center staff spoke. The Workers Alliance voted."
    spans_a: list[tuple[str, str] | tuple[str, str, list[str]]] = [
        ("Malibu Harbor Recovery Center", "ORG"), ("Chinese Workers Alliance", "ORG")]
    spans_b: list[tuple[str, str] | tuple[str, str, list[str]]] = [
        ("Harbor Recovery Center", "ORG"), ("Workers Alliance", "ORG")]
    r = _resolve(dictionary, a=(a, spans_a), b=(b, spans_b), c=(c, spans_b))
    center = _of(r, "b", b, "Harbor Recovery Center")
    assert _of(r, "a", a, "Malibu Harbor Recovery Center") is center
    assert center.label == "Harbor Recovery Center"
    assert _of(r, "a", a, "Chinese Workers Alliance") is not _of(r, "b", b, "Workers Alliance")
    r = _resolve(dictionary, a=(a, spans_a), b=(b, spans_b))
    assert _of(r, "a", a, "Malibu Harbor Recovery Center") is not _of(
        r, "b", b, "Harbor Recovery Center")


def test_a_surname_with_two_letters_swapped_is_the_full_name_it_misspells(
    dictionary: ActorDictionary,
) -> None:
    """"Klistchko" beside "Wladimir Klitschko" is him, in one story and across two
    ("Wladimir Kiltschko"); a letter moved further ("Klitchsko") is no slip of one."""
    a = "Wladimir Klitschko won the fight. Klistchko said he was ready."
    b = "Wladimir Kiltschko will fight again."
    c = "Wladimir Klitchsko left."
    r = _resolve(
        dictionary,
        a=(a, [("Wladimir Klitschko", "PERSON"), ("Klistchko", "PERSON")]),
        b=(b, [("Wladimir Kiltschko", "PERSON")]),
        c=(c, [("Wladimir Klitchsko", "PERSON")]),
    )
    him = _of(r, "a", a, "Wladimir Klitschko")
    assert _of(r, "a", a, "Klistchko") is him
    assert _of(r, "b", b, "Wladimir Kiltschko") is him
    assert _of(r, "c", c, "Wladimir Klitchsko") is not him


def test_a_word_taken_for_a_surname_that_starts_a_longer_name_of_its_story_is_short_for_it(
    dictionary: ActorDictionary,
) -> None:
    """"Morningside" beside "Morningside Recovery" is the clinic, though the NER called it a
    person; not where the batch writes the word as a place ("Wasilla"), nor where it is a
    person's surname of the batch ("Obama" of "Barack Obama")."""
    a = "She entered Morningside Recovery on Monday. Morningside is unlicensed."
    b = "Wasilla Bible Church burned. Wasilla mourned."
    c = "Police in Wasilla said so."
    d = "The Obama Foundation opened. Obama spoke."
    e = "Barack Obama left."
    r = _resolve(
        dictionary,
        a=(a, [("Morningside Recovery", "ORG"), ("Morningside", "PERSON")]),
        b=(b, [("Wasilla Bible Church", "ORG"), ("Wasilla", "PERSON")]),
        c=(c, [("Wasilla", "GPE", ["venue"])]),
        d=(d, [("Obama Foundation", "ORG"), ("Obama", "PERSON")]),
        e=(e, [("Barack Obama", "PERSON")]),
    )
    assert _of(r, "a", a, "Morningside", 1) is _of(r, "a", a, "Morningside Recovery")
    assert _of(r, "b", b, "Wasilla", 1) is not _of(r, "b", b, "Wasilla Bible Church")
    assert _of(r, "d", d, "Obama", 1) is not _of(r, "d", d, "Obama Foundation")


def test_a_surname_whose_pronouns_differ_from_a_full_name_s_is_someone_else(
    dictionary: ActorDictionary,
) -> None:
    """"Laci Peterson disappeared from her home" and "Peterson was found guilty of murdering
    his wife" are two people, in one story and across stories; "Lohan ... she" is the "Lindsay
    Lohan" of "her lawyer"."""
    a = ("Laci Peterson disappeared from her home. Peterson was found guilty of murdering his "
         "wife. The jury found Peterson guilty, and sentenced him.")
    b = "Scott Peterson said he was innocent."
    c = "Laci Peterson left her home in Modesto."
    d = "Peterson said his lawyer lied."
    e = "Lindsay Lohan called her lawyer. Lohan said she is fine."
    f = "Lindsay Lohan called her lawyer. Lohan wrote, citing his law."
    r = _resolve(
        dictionary,
        a=(a, [("Laci Peterson", "PERSON"), ("Peterson", "PERSON"), ("Peterson", "PERSON")]),
        b=(b, [("Scott Peterson", "PERSON")]),
        c=(c, [("Laci Peterson", "PERSON"), ("Modesto", "GPE")]),
        d=(d, [("Peterson", "PERSON")]),
        e=(e, [("Lindsay Lohan", "PERSON"), ("Lohan", "PERSON")]),
        f=(f, [("Lindsay Lohan", "PERSON"), ("Lohan", "PERSON")]),
    )
    laci = _of(r, "a", a, "Laci Peterson")
    assert _of(r, "a", a, "Peterson", 1) is not laci
    assert _of(r, "a", a, "Peterson", 1) is _of(r, "a", a, "Peterson", 2)
    assert _of(r, "d", d, "Peterson") is _of(r, "b", b, "Scott Peterson")
    assert _of(r, "e", e, "Lohan", 1) is _of(r, "e", e, "Lindsay Lohan")
    assert _of(r, "f", f, "Lohan", 1) is _of(r, "f", f, "Lindsay Lohan")  # "his" past a comma


def test_a_surname_across_stories_joins_the_full_name_of_its_sex_by_first_name(
    dictionary: ActorDictionary,
) -> None:
    """Across stories a person's sex is told as within one: by the first name too, not by the
    pronouns alone. "Peterson said his lawyer lied" is the "Scott Peterson" of another story,
    not the "Laci Peterson" of a third, though neither story has a pronoun for its name."""
    a = "Laci Peterson vanished in Modesto."
    b = "Scott Peterson was arrested in Fresno."
    c = "Peterson said his lawyer lied."
    r = _resolve(
        dictionary,
        a=(a, [("Laci Peterson", "PERSON"), ("Modesto", "GPE")]),
        b=(b, [("Scott Peterson", "PERSON"), ("Fresno", "GPE")]),
        c=(c, [("Peterson", "PERSON")]),
    )
    assert _of(r, "c", c, "Peterson") is _of(r, "b", b, "Scott Peterson")
    assert _of(r, "a", a, "Laci Peterson") is not _of(r, "b", b, "Scott Peterson")


def test_a_surname_joins_the_latest_full_name_of_its_sex(dictionary: ActorDictionary) -> None:
    """A son and his mother share a surname: "Mr. Gomes", or "Gomes" with "himself", is the
    son named before the mother, not the latest full name, whose first name is a woman's;
    "Ms. Gomes" is the mother; with no sex told, the latest full name is still taken; a pronoun
    past a woman's description ("the girl ... she") tells nothing of the name before it."""
    a = ("Gary Gomes was arrested. Police found Catherine Gomes dead. Mr. Gomes was held. "
         "Ms. Gomes was the tenant. Gomes had barricaded himself. Gomes lived there.")
    b = ("Warren Kalbfleisch spoke. A tape of Kalbfleisch talking to the girl when she was "
         "14 was played.")
    r = _resolve(
        dictionary,
        a=(a, [("Gary Gomes", "PERSON"), ("Catherine Gomes", "PERSON")]
           + [("Gomes", "PERSON")] * 4),
        b=(b, [("Warren Kalbfleisch", "PERSON"), ("Kalbfleisch", "PERSON")]),
    )
    gary, catherine = _of(r, "a", a, "Gary Gomes"), _of(r, "a", a, "Catherine Gomes")
    assert gary is not catherine
    assert _of(r, "a", a, "Gomes", 2) is gary  # "Mr. Gomes"
    assert _of(r, "a", a, "Gomes", 3) is catherine  # "Ms. Gomes"
    assert _of(r, "a", a, "Gomes", 4) is gary  # "himself"
    assert _of(r, "a", a, "Gomes", 5) is catherine  # the latest
    assert _of(r, "b", b, "Kalbfleisch", 1) is _of(r, "b", b, "Warren Kalbfleisch")


def test_a_first_name_alone_joins_a_full_name_its_stories_call_by_that_first_name(
    dictionary: ActorDictionary,
) -> None:
    """"Laci" is the "Laci Peterson" whose stories say "Laci" alone, where the stories name
    the same others."""
    a = "Laci Peterson vanished from Modesto. Laci was pregnant."
    b = "Police in Modesto said Laci was found."
    r = _resolve(
        dictionary,
        a=(a, [("Laci Peterson", "PERSON"), ("Modesto", "GPE"), ("Laci", "PERSON")]),
        b=(b, [("Modesto", "GPE"), ("Laci", "PERSON")]),
    )
    assert _of(r, "b", b, "Laci") is _of(r, "a", a, "Laci Peterson")


def test_a_person_s_name_where_something_happens_is_the_place_of_its_story_named_after_them(
    dictionary: ActorDictionary,
) -> None:
    """"Treated at Walter Reed" beside "Walter Reed Army Medical Center" is the hospital (no
    person is where things happen); "George Washington wrote" beside "George Washington
    University" stays the man."""
    a = "The Walter Reed Army Medical Center admitted him. He was treated at Walter Reed."
    b = "George Washington University opened a library. George Washington wrote the letters."
    r = _resolve(
        dictionary,
        a=(a, [("Walter Reed Army Medical Center", "ORG"), ("Walter Reed", "PERSON", ["venue"])]),
        b=(b, [("George Washington University", "ORG"), ("George Washington", "PERSON")]),
    )
    hospital = _of(r, "a", a, "Walter Reed Army Medical Center")
    assert _of(r, "a", a, "Walter Reed", 1) is hospital
    assert hospital.type is not ActorType.PERSON
    assert _of(r, "b", b, "George Washington", 1) is not _of(r, "b", b, "George Washington Univ")


def test_a_college_named_alone_joins_its_team_but_a_person_of_that_name_does_not(
    dictionary: ActorDictionary,
) -> None:
    a = "The Drake Bulldogs lost in the quarterfinals."
    b = "Drake fell behind early."
    c = "Drake said the album is done."
    r = _resolve(dictionary, a=(a, [("Drake Bulldogs", "ORG")]), b=(b, [("Drake", "ORG")]))
    assert _of(r, "b", b, "Drake") is _of(r, "a", a, "Drake Bulldogs")
    r = _resolve(
        dictionary, a=(a, [("Drake Bulldogs", "ORG")]), c=(c, [("Drake", "PERSON", ["said"])])
    )
    assert _of(r, "c", c, "Drake") is not _of(r, "a", a, "Drake Bulldogs")


def test_a_former_name_of_a_team_is_the_franchise_and_its_place_stood_for_it(
    dictionary: ActorDictionary,
) -> None:
    """"San Diego Chargers" (1961-2016) is the Los Angeles Chargers' franchise; in a story
    naming them so, "San Diego" as a side is the team."""
    a = "The San Diego Chargers signed a kicker."
    b = "The Los Angeles Chargers won."
    c = "The Chargers lost a game. San Diego fell to 8-8."
    r = _resolve(
        dictionary,
        a=(a, [("San Diego Chargers", "ORG")]),
        b=(b, [("Los Angeles Chargers", "ORG")]),
        c=(c, [("Chargers", "ORG"), ("San Diego", "GPE", ["actor"])]),
    )
    team = _of(r, "b", b, "Los Angeles Chargers")
    assert _of(r, "a", a, "San Diego Chargers") is team
    assert _of(r, "c", c, "Chargers") is team and _of(r, "c", c, "San Diego") is team


def test_a_college_the_ner_takes_for_a_person_is_its_team_in_a_sports_story(
    dictionary: ActorDictionary,
) -> None:
    """"Drake" tagged a person, in a story naming a team of the batch, is the Drake Bulldogs
    the batch names; not where a full name of the batch ends with it ("Nate Drake")."""
    a = "The Drake Bulldogs lost in the quarterfinals."
    b = "The Creighton Bluejays defeated Drake 65-53."
    one = (a, [("Drake Bulldogs", "ORG")])
    two = (b, [("Creighton Bluejays", "ORG"), ("Drake", "PERSON")])
    r = _resolve(dictionary, a=one, b=two)
    assert _of(r, "b", b, "Drake") is _of(r, "a", a, "Drake Bulldogs")
    c = "Nate Drake scored twice."
    r = _resolve(dictionary, a=one, b=two, c=(c, [("Nate Drake", "PERSON")]))
    assert _of(r, "b", b, "Drake") is not _of(r, "a", a, "Drake Bulldogs")


def test_the_city_a_team_s_region_starts_with_stands_for_it_too(
    dictionary: ActorDictionary,
) -> None:
    """"Tampa have signed a kicker", in a story naming the Tampa Bay Buccaneers (their place
    "Tampa Bay" no place of the gazetteer), is the team; "in Tampa" the city."""
    a = "The Tampa Bay Buccaneers lost. Tampa have signed a kicker. He lives in Tampa."
    r = _resolve(
        dictionary,
        a=(a, [("Tampa Bay Buccaneers", "ORG"), ("Tampa", "GPE", ["actor"]),
               ("Tampa", "GPE", ["venue"])]),
    )
    team = _of(r, "a", a, "Tampa Bay Buccaneers")
    assert _of(r, "a", a, "Tampa", 1) is team
    assert _of(r, "a", a, "Tampa", 2) is not team


def test_the_label_is_the_most_used_spelling_of_a_name(dictionary: ActorDictionary) -> None:
    a = "VelaCore sold servers. VelaCore grew. VelaCore hired."
    b = "Vela Core made chips."
    r = _resolve(dictionary, a=(a, [("VelaCore", "ORG")] * 3), b=(b, [("Vela Core", "ORG")]))
    assert _of(r, "b", b, "Vela Core") is _of(r, "a", a, "VelaCore")
    assert _of(r, "a", a, "VelaCore").label == "VelaCore"



def test_a_place_written_with_its_unit_is_the_place_alone(dictionary: ActorDictionary) -> None:
    """"the City of Palmer" is the "Palmer" of other stories and of its own, "West Papua
    province" the "West Papua"; a province named after its city ("Mary province", the city
    "Mary") and a unit after a word that names no place ("Northern Province") stay apart."""
    a = "A fire burned in Palmer on Tuesday."
    b = "In Palmer, the building is a total loss according to the City of Palmer."
    c = "A quake struck West Papua province."
    d = "Rescuers reached West Papua on Monday."
    e = "Fighting spread in Mary province."
    f = "Police in Mary arrested two men."
    g = "The quake hit the Northern Province."
    h = "Northern said the talks failed."
    r = _resolve(
        dictionary,
        a=(a, [("Palmer", "GPE")]),
        b=(b, [("Palmer", "GPE"), ("City of Palmer", "GPE")]),
        c=(c, [("West Papua province", "GPE")]),
        d=(d, [("West Papua", "GPE")]),
        e=(e, [("Mary province", "GPE")]),
        f=(f, [("Mary", "GPE")]),
        g=(g, [("Northern Province", "LOC")]),
        h=(h, [("Northern", "ORG")]),
    )
    palmer = _of(r, "a", a, "Palmer")
    assert _of(r, "b", b, "City of Palmer") is palmer is _of(r, "b", b, "Palmer")
    assert palmer.label == "Palmer"
    assert _of(r, "c", c, "West Papua province") is _of(r, "d", d, "West Papua")
    assert _of(r, "e", e, "Mary province") is not _of(r, "f", f, "Mary")
    assert _of(r, "g", g, "Northern Province") is not _of(r, "h", h, "Northern")


def _listed(text: str, names: list[tuple[str, str]]) -> list[Candidate]:
    """Candidates of names listed in one coordination, each a conjunct of the others."""
    cands = _cands(text, list(names))
    for c in cands:
        c.conjuncts = [o.start for o in cands if o is not c]
    return cands


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Britney Spears", ActorType.PERSON),  # a first name: listed among people, one of them
        ("Promises Malibu", ActorType.ORGANISATION),  # no first name
        ("Sterling Heights", ActorType.PLACE),  # a first name, but a place word and the gazetteer
    ],
)
def test_a_name_listed_among_people_is_a_person_when_written_as_one(
    dictionary: ActorDictionary, name: str, kind: ActorType
) -> None:
    text = f"Stars such as {name}, Lindsay Lohan and Ben Affleck were treated there."
    cands = _listed(text, [(name, "ORG"), ("Lindsay Lohan", "PERSON"), ("Ben Affleck", "PERSON")])
    r = resolve_actors({"d1": cands}, dictionary, {"d1": text}, GAZETTEER)
    assert _of(r, "d1", text, name).type is kind


@pytest.mark.parametrize(
    ("cues", "kind"),
    [
        (["age"], ActorType.PERSON),  # "Alan Steinberg, 48, of ...": more than the NER says so
        ([], ActorType.PLACE),  # the NER's label alone: listed among places, one of them
    ],
)
def test_a_list_of_places_makes_no_place_of_a_name_told_a_person(
    dictionary: ActorDictionary, cues: list[str], kind: ActorType
) -> None:
    text = "Men from Sterling Heights, Royal Oak and Orvan Delk, 48, were held."
    cands = _listed(text, [("Sterling Heights", "GPE"), ("Royal Oak", "GPE"),
                           ("Orvan Delk", "PERSON")])
    cands[-1].cues = list(cues)
    r = resolve_actors({"d1": cands}, dictionary, {"d1": text}, GAZETTEER)
    assert _of(r, "d1", text, "Orvan Delk").type is kind


@pytest.mark.parametrize(
    ("cues", "kind"),
    [
        (["person"], ActorType.PERSON),  # "the managing editor, Howard Simons": no team
        ([], ActorType.ORGANISATION),  # a place and a plural, nothing else: a team's name
    ],
)
def test_a_person_named_like_a_team_is_a_person(
    dictionary: ActorDictionary, cues: list[str], kind: ActorType
) -> None:
    text = "The editor, Howard Simons, gave him the name."
    r = _resolve(dictionary, d1=(text, [("Howard Simons", "ORG", cues)]))
    assert _of(r, "d1", text, "Howard Simons").type is kind


def test_a_company_short_form_joins_its_name_in_the_text_and_across_documents(
    dictionary: ActorDictionary,
) -> None:
    a = "Brendle Systems will buy KVX Technologies. KVX makes chips."
    b = "Investors sold KVX on Monday. A KVX Opteron chip shipped."
    c = "KVX Opteron sales rose."
    r = _resolve(
        dictionary,
        a=(a, [("Brendle Systems", "ORG"), ("KVX Technologies", "ORG"), ("KVX", "ORG")]),
        b=(b, [("KVX", "ORG")]),
        c=(c, [("KVX Opteron", "ORG")]),
    )
    company = _of(r, "a", a, "KVX Technologies")
    assert _of(r, "a", a, "KVX", 1).id == company.id
    assert _of(r, "b", b, "KVX").id == company.id
    assert _of(r, "c", c, "KVX Opteron").id != company.id  # a product's name, no company's


def test_an_acronym_the_ner_calls_a_person_joins_the_company_it_starts(
    dictionary: ActorDictionary,
) -> None:
    text = "Brendle will buy KVX Technologies. KVX said so. KVX workers cheered."
    r = _resolve(dictionary, d1=(text, [("Brendle", "ORG"), ("KVX Technologies", "ORG"),
                                        ("KVX", "PERSON"), ("KVX", "ORG")]))
    company = _of(r, "d1", text, "KVX Technologies")
    assert _of(r, "d1", text, "KVX", 1).id == company.id
    assert company.type is ActorType.ORGANISATION


def test_a_call_sign_the_ner_calls_a_person_is_an_organisation(
    dictionary: ActorDictionary,
) -> None:
    text = "Dora Pell told KVTV10 about it.\nPOLICE HELD ORR AND PELL\nPELL was held."
    r = _resolve(dictionary, d1=(text, [("Dora Pell", "PERSON"), ("KVTV10", "PERSON"),
                                        ("ORR", "PERSON"), ("PELL", "PERSON"),
                                        ("PELL", "PERSON")]))
    assert _of(r, "d1", text, "KVTV10").type is ActorType.ORGANISATION
    assert _of(r, "d1", text, "Dora Pell").type is ActorType.PERSON
    assert _of(r, "d1", text, "PELL", 1).label == "Dora Pell"  # her name in capitals
    assert _of(r, "d1", text, "ORR").type is ActorType.PERSON  # a line all in capitals


def test_a_name_written_as_often_in_capitals_as_not_is_labelled_as_written_in_text(
    dictionary: ActorDictionary,
) -> None:
    text = "TWO MORE OTTERS OUT\nThe Otters lost again."
    r = _resolve(dictionary, d1=(text, [("OTTERS", "ORG"), ("Otters", "ORG")]))
    assert _of(r, "d1", text, "OTTERS").label == "Otters"


def test_a_participant_of_several_documents_is_one_actor_with_all_its_mentions(
    dictionary: ActorDictionary,
) -> None:
    """Unnamed participants of one seed across documents: their mentions in order, their texts
    as aliases (not the label, nor a bare count's), the first sector and country told."""
    from kg.actors.grouping import NameMention, Participant
    from kg.model import MentionLabel

    def police(doc: str, start: int, text: str, **given: object) -> DocumentActors:
        mention = NameMention(start, start + len(text), text, 0, MentionLabel.PARTICIPANT)
        told = Participant("Afghan police", "Afghan police", ActorType.GROUP, mention, **given)
        return DocumentActors(doc, (), (told,))

    docs = [police("d2", 40, "Afghan police", sector="police", country="AFG"),
            police("d1", 7, "police officers"), police("d1", 90, "3", alias=False),
            police("d3", 5, "Afghan policemen", country="PAK")]
    for order in (docs, docs[::-1]):
        result = merge_actors(order, dictionary, GAZETTEER)
        (actor,) = result.actors.values()
        assert [(m.document_id, m.start) for m in actor.mentions] == [
            ("d1", 7), ("d1", 90), ("d2", 40), ("d3", 5)]
        assert actor.aliases == ["Afghan policemen", "police officers"]
        assert (actor.label, actor.subtype, actor.country) == ("Afghan police", "police", "AFG")


def test_a_name_with_a_quoted_nickname_is_the_name_without_it(dictionary: ActorDictionary) -> None:
    """'Orvin "The Hook" Brascatti' in one article is the "Orvin Brascatti" of another, and
    "the Hook" alone or "Hook" in a third is his: the quotes say whose nickname it is."""
    a = 'Mob boss Orvin "The Hook" Brascatti died. Brascatti was 77.'
    b = "Orvin Brascatti was buried on Sunday."
    c = "Agents said the Hook was feigning illness. Hook laughed."
    d = "Tullio `` Lucky '' Marandi ran the docks."
    e = "Lucky Marandi was deported."
    r = _resolve(
        dictionary,
        a=(a, [('Orvin "The Hook" Brascatti', "PERSON"), ("Brascatti", "PERSON")]),
        b=(b, [("Orvin Brascatti", "PERSON")]),
        c=(c, [("Hook", "PERSON"), ("Hook", "PERSON")]),
        d=(d, [("Tullio `` Lucky '' Marandi", "PERSON")]),
        e=(e, [("Lucky Marandi", "PERSON")]),
    )
    boss = _of(r, "b", b, "Orvin Brascatti")
    assert _of(r, "a", a, 'Orvin "The Hook" Brascatti').id == boss.id
    assert boss.label == "Orvin Brascatti"
    assert _of(r, "c", c, "Hook").id == boss.id
    assert _of(r, "e", e, "Lucky Marandi").id == _of(r, "d", d, "Tullio").id


def test_a_nickname_that_is_a_first_name_or_given_twice_joins_no_one(
    dictionary: ActorDictionary,
) -> None:
    """'Luis "Jerry" Orozco' makes a lone "Jerry" no one's (many are called Jerry), but
    "Jerry Orozco" his; a nickname two full names give in quotes is neither's."""
    a = 'Luis "Jerry" Orozco lost his son. Sal "The Hook" Pardo and Nico "The Hook" Varda met.'
    b = "Jerry spoke to reporters. Jerry Orozco wept."
    c = "The Hook was arrested."
    r = _resolve(
        dictionary,
        a=(a, [('Luis "Jerry" Orozco', "PERSON"), ('Sal "The Hook" Pardo', "PERSON"),
               ('Nico "The Hook" Varda', "PERSON")]),
        b=(b, [("Jerry", "PERSON"), ("Jerry Orozco", "PERSON")]),
        c=(c, [("Hook", "PERSON")]),
    )
    father = _of(r, "a", a, "Luis")
    assert _of(r, "b", b, "Jerry Orozco").id == father.id
    assert _of(r, "b", b, "Jerry").id != father.id or _of(r, "b", b, "Jerry").label != "Jerry"
    hook = _of(r, "c", c, "Hook").id
    assert hook not in {_of(r, "a", a, "Sal").id, _of(r, "a", a, "Nico").id}


def test_a_one_word_name_joins_across_documents_of_one_story(dictionary: ActorDictionary) -> None:
    """"Ellira" alone in two stories about the same people (Dana Vorcek, the Kestrel Awards) is
    one person; in a story naming none of them, or where a full name of the batch starts or
    ends with the word, she may be someone else and stays apart."""
    a = "Dana Vorcek will host the Kestrel Awards. Ellira cheered."
    b = "Ellira was at the Kestrel Awards with Dana Vorcek."
    c = "Ellira, 30, was arrested in Lisbon."
    d = "Tomas spoke at the Kestrel Awards beside Dana Vorcek."
    e = "Tomas said Dana Vorcek of the Kestrel Awards was right. Tomas Reyk agreed."
    r = _resolve(
        dictionary,
        a=(a, [("Dana Vorcek", "PERSON"), ("Kestrel Awards", "ORG"), ("Ellira", "PERSON")]),
        b=(b, [("Ellira", "PERSON"), ("Kestrel Awards", "ORG"), ("Dana Vorcek", "PERSON")]),
        c=(c, [("Ellira", "PERSON", ["age"]), ("Lisbon", "GPE")]),
        d=(d, [("Tomas", "PERSON"), ("Kestrel Awards", "ORG"), ("Dana Vorcek", "PERSON")]),
        e=(e, [("Tomas", "PERSON"), ("Dana Vorcek", "PERSON"), ("Kestrel Awards", "ORG"),
               ("Tomas Reyk", "PERSON")]),
    )
    ellira = _of(r, "a", a, "Ellira")
    assert _of(r, "b", b, "Ellira").id == ellira.id
    assert _of(r, "c", c, "Ellira").id != ellira.id
    assert _of(r, "d", d, "Tomas").id != _of(r, "e", e, "Tomas").id


def test_a_company_by_the_first_word_of_its_incorporated_name(dictionary: ActorDictionary) -> None:
    """"Quorvane" is the "Quorvane Telecom Group Plc" of another article (a legal form says the
    name is a company's) and "Pellacor" the "Pellacor Foods" (a company's head word); a product
    ("Brimble Curve") or two companies starting with the word ("Tessarin Globalcom Ltd",
    "Tessarin Power Ltd") give the word to no one."""
    a = "Quorvane Telecom Group Plc and Pellacor Foods signed. Tessarin Globalcom Ltd and " \
        "Tessarin Power Ltd did not. Brimble Curve sold well."
    b = "Quorvane said the cable was cut. Pellacor closed a plant. Tessarin declined. Brimble " \
        "shares fell."
    r = _resolve(
        dictionary,
        a=(a, [("Quorvane Telecom Group Plc", "ORG"), ("Pellacor Foods", "ORG"),
               ("Tessarin Globalcom Ltd", "ORG"), ("Tessarin Power Ltd", "ORG"),
               ("Brimble Curve", "ORG")]),
        b=(b, [("Quorvane", "ORG"), ("Pellacor", "ORG"), ("Tessarin", "ORG"),
               ("Brimble", "ORG")]),
    )
    assert _of(r, "b", b, "Quorvane").id == _of(r, "a", a, "Quorvane Telecom Group Plc").id
    assert _of(r, "b", b, "Pellacor").id == _of(r, "a", a, "Pellacor Foods").id
    assert _of(r, "b", b, "Tessarin").id not in {_of(r, "a", a, "Tessarin Globalcom Ltd").id,
                                                  _of(r, "a", a, "Tessarin Power Ltd").id}
    assert _of(r, "b", b, "Brimble").id != _of(r, "a", a, "Brimble Curve").id


def test_an_organisation_name_spelt_one_letter_apart_joins_unless_one_text_names_both(
    dictionary: ActorDictionary,
) -> None:
    """"Harrow Advisers" in one article is the "Harrow Advisors" of two others (one letter
    apart); "Vellum Holdings Trust" and "Vellum Holding Trust" named in one text are two."""
    a = "Harrow Advisors hired him. Harrow Advisors fired him."
    b = "He worked at Harrow Advisors."
    c = "A former Harrow Advisers employee. Vellum Holdings Trust sued Vellum Holding Trust."
    r = _resolve(
        dictionary,
        a=(a, [("Harrow Advisors", "ORG"), ("Harrow Advisors", "ORG")]),
        b=(b, [("Harrow Advisors", "ORG")]),
        c=(c, [("Harrow Advisers", "ORG"), ("Vellum Holdings Trust", "ORG"),
               ("Vellum Holding Trust", "ORG")]),
    )
    firm = _of(r, "a", a, "Harrow Advisors")
    assert _of(r, "c", c, "Harrow Advisers").id == firm.id and firm.label == "Harrow Advisors"
    assert _of(r, "c", c, "Vellum Holdings Trust").id != _of(r, "c", c, "Vellum Holding Trust").id


def test_organisations_whose_names_differ_by_a_place_spelt_alike_stay_apart(
    dictionary: ActorDictionary,
) -> None:
    """"Bank of Ireland" and "Bank of Iceland" are one letter apart, in one word, and no text
    names both, yet they are two banks: the word that differs names a country."""
    a = "Bank of Ireland cut jobs. Bank of Ireland said so."
    b = "Bank of Iceland cut jobs."
    r = _resolve(
        dictionary,
        a=(a, [("Bank of Ireland", "ORG"), ("Bank of Ireland", "ORG")]),
        b=(b, [("Bank of Iceland", "ORG")]),
    )
    assert _of(r, "a", a, "Bank of Ireland").id != _of(r, "b", b, "Bank of Iceland").id


def test_a_body_joins_its_name_with_a_seat_word_but_a_place_or_person_does_not(
    dictionary: ActorDictionary,
) -> None:
    """"Dalby Police" is the "Dalby Police Department" of another article, "Orrin Recovery"
    the "Orrin Recovery Center"; the person "Mira Holt" is not the "Mira Holt Center", nor the
    place "Kelso Hill" the "Kelso Hill Center"."""
    a = "The Dalby Police Department arrested him at the Orrin Recovery Center. Mira Holt " \
        "Center and Kelso Hill Center closed."
    b = "Dalby Police said he had left Orrin Recovery. Mira Holt spoke in Kelso Hill."
    r = _resolve(
        dictionary,
        a=(a, [("Dalby Police Department", "ORG"), ("Orrin Recovery Center", "ORG"),
               ("Mira Holt Center", "ORG"), ("Kelso Hill Center", "ORG")]),
        b=(b, [("Dalby Police", "ORG"), ("Orrin Recovery", "ORG"), ("Mira Holt", "PERSON"),
               ("Kelso Hill", "GPE")]),
    )
    assert _of(r, "b", b, "Dalby Police").id == _of(r, "a", a, "Dalby Police Department").id
    assert _of(r, "b", b, "Orrin Recovery").id == _of(r, "a", a, "Orrin Recovery Center").id
    assert _of(r, "b", b, "Mira Holt").id != _of(r, "a", a, "Mira Holt Center").id
    assert _of(r, "b", b, "Kelso Hill").id != _of(r, "a", a, "Kelso Hill Center").id


def test_a_left_out_leading_given_name_joins_in_the_same_story(dictionary: ActorDictionary) -> None:
    """"J. Orwin Maddock" is the "Orwin Maddock" of another article on the same story (the
    Bureau, Dale Pike), and so is "Walter Orwin Maddock" though other names of the batch start
    with "Walter"; in an article on another story the longer name may be a namesake and stays
    apart."""
    a = "J. Orwin Maddock ran the Bureau. Dale Pike worked for him."
    b = "Orwin Maddock led the Bureau; Dale Pike said so."
    c = "Walter Orwin Maddock, of the Bureau, hired Dale Pike."
    d = "Tess Orwin Maddock won the Lisbon regatta for the Tagus Club."
    e = "Tess Varga and Walter Brenn sailed."
    r = _resolve(
        dictionary,
        a=(a, [("J. Orwin Maddock", "PERSON"), ("Bureau", "ORG"), ("Dale Pike", "PERSON")]),
        b=(b, [("Orwin Maddock", "PERSON"), ("Bureau", "ORG"), ("Dale Pike", "PERSON")]),
        c=(c, [("Walter Orwin Maddock", "PERSON"), ("Bureau", "ORG"), ("Dale Pike", "PERSON")]),
        d=(d, [("Tess Orwin Maddock", "PERSON"), ("Lisbon", "GPE"), ("Tagus Club", "ORG")]),
        e=(e, [("Tess Varga", "PERSON"), ("Walter Brenn", "PERSON")]),
    )
    chief = _of(r, "b", b, "Orwin Maddock")
    assert _of(r, "a", a, "J. Orwin Maddock").id == chief.id
    assert _of(r, "c", c, "Walter Orwin Maddock").id == chief.id
    assert _of(r, "d", d, "Tess Orwin Maddock").id != chief.id


def test_a_lone_name_typed_a_place_by_its_own_document_joins_that_place(
    dictionary: ActorDictionary,
) -> None:
    """"Biloxi" the NER calls a person once in one article ("a Biloxi newspaper"), where "in
    Biloxi" makes it a place, is the city of other articles; a lone surname its document types a
    person's ("Biloxi, 44, denied it") stays apart from the city."""
    a = "The Biloxi council met. Biloxi has 5,000 residents."
    b = "He died in Biloxi. He lived in Biloxi. The Herald, a Biloxi newspaper, said so."
    c = "Biloxi said he was innocent. Biloxi, 44, denied it."
    r = _resolve(
        dictionary,
        a=(a, [("Biloxi", "GPE"), ("Biloxi", "GPE")]),
        b=(b, [("Biloxi", "GPE", ["venue"]), ("Biloxi", "GPE", ["venue"]),
               ("Biloxi", "PERSON", ["modifier"])]),
        c=(c, [("Biloxi", "PERSON", ["speaker"]), ("Biloxi", "PERSON", ["age"])]),
    )
    city = _of(r, "a", a, "Biloxi")
    assert city.type is ActorType.PLACE
    assert _of(r, "b", b, "Biloxi").id == city.id
    assert _of(r, "c", c, "Biloxi").id != city.id
