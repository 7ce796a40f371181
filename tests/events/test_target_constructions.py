"""Construction classes of an event's target (issue 12), on short sentences written for the
test (real spaCy model): an attack noun that is the subject of a harming verb, an act that
takes the target of what it is done for, prepositional phrases that name no second party,
prepositions typed by the event ("aid for X", "suspended aid to X"), an office holder of
an of-phrase standing for its country, the troops of a deployment as its source."""

from __future__ import annotations

import pytest

from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


# an attack noun as the subject of a harming verb (roles._harmed_by)


def test_an_attack_noun_targets_whom_its_verb_harmed(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A roadside bombing near Mosul killed three Iraqi policemen.")
    e = only(x, "ASSAULT", "bombing")
    assert labels(x, e.targets) == {"Iraq", "policemen (Iraq)"}


def test_not_the_objects_of_a_coordinated_verb(read) -> None:  # type: ignore[no-untyped-def]
    x = read("An explosion in the market killed two Afghan soldiers and wounded five others.")
    e = only(x, "ASSAULT", "explosion")
    assert labels(x, e.targets) == {"Afghanistan", "soldiers (Afghanistan)"}


def test_an_attack_noun_of_a_verb_that_harms_no_one_has_no_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The bombing shocked Russia.")
    assert not only(x, "ASSAULT", "bombing").targets


# the target of what an act is done for (purpose.purpose_targets)


def test_a_protest_takes_the_target_of_its_demand(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Students staged a protest to demand the resignation of President Wade.")
    assert labels(x, only(x, "PROTEST").targets) == {"Wade"}


def test_firing_takes_the_target_of_its_purpose(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police opened fire to disperse the protesters.")
    assert labels(x, only(x, "ASSAULT", "opened fire").targets) == {"protesters"}


def test_mobilising_for_a_war_against_a_country_targets_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Britain mobilized reservists for a possible war against Iraq.")
    e = only(x, "MOBILIZE")
    assert labels(x, e.sources) == {"United Kingdom"} and labels(x, e.targets) == {"Iraq"}


def test_a_strike_in_protest_of_an_act_targets_its_author_not_as_a_place(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Refugees are continuing a hunger strike in protest of the Russian government's "
        "refusal to accept the independence of Chechnya."
    )
    e = only(x, "PROTEST", "hunger strike")
    assert labels(x, e.targets) == {"Russia"}
    assert not e.actors("location")


def test_the_reason_of_a_detention_is_no_purpose(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police detained dozens for protests against the government of Kenya.")
    assert not only(x, "COERCE").targets


def test_the_attack_harm_happened_in_is_no_purpose(read) -> None:  # type: ignore[no-untyped-def]
    x = read("One guard was killed and another wounded in an attack on the Israeli embassy.")
    assert not only(x, "ASSAULT", "wounded").targets


def test_a_result_participle_is_no_purpose(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Gunmen attacked a camp at dawn, killing at least 20 people.")
    assert not only(x, "ASSAULT", "attacked").targets


def test_an_act_with_its_own_target_keeps_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Farmers protested against the European Union to demand the resignation of "
        "Prime Minister Ito."
    )
    assert labels(x, only(x, "PROTEST").targets) == {"European Union"}


# prepositional phrases beside an object that names the target (roles._object_named)


def test_a_place_after_on_beside_a_named_object_is_where(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Troops beat Palestinian detainees on the West Bank.")
    e = only(x, "ASSAULT")
    assert "West Bank" not in labels(x, e.targets)
    assert labels(x, e.actors("location")) == {"West Bank"}


def test_a_with_phrase_beside_a_named_object_is_no_party(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Soldiers beat the prisoners with the knowledge of senior officers.")
    assert labels(x, only(x, "ASSAULT").targets) == {"prisoners"}


def test_a_with_phrase_before_the_verb_is_no_party(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "With the backing of France, Mali clashed with the rebels. "
        "With the backing of Russian officials, Syria held talks."
    )
    assert labels(x, only(x, "ASSAULT").targets) == {"rebels"}
    assert not only(x, "CONSULT").targets


def test_the_partner_of_talks_stays_the_target_beside_a_named_object(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russia discussed Syria with Turkey.")
    assert "Turkey" in labels(x, only(x, "CONSULT").targets)


def test_the_partner_after_with_stays_the_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police clashed with protesters in Cairo. Russia discussed trade with Japan.")
    assert "protesters" in labels(x, only(x, "ASSAULT").targets)
    assert labels(x, only(x, "CONSULT").targets) == {"Japan"}


# prepositions typed by the event (words.yaml typed_target_preps)


def test_aid_for_an_actor_targets_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The UN announced emergency aid for refugees in Chad.")
    assert labels(x, only(x, "AID").targets) == {"refugees"}


def test_aid_cut_off_to_an_actor_targets_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Washington suspended aid to the Palestinian Authority.")
    assert labels(x, only(x, "SANCTION").targets) == {"Palestinian Authority"}


def test_for_after_a_verb_tells_why_or_for_whom_it_counts(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Smith contributed twelve points for Duke.")
    assert not any(x.actors[a].label == "Duke" for e in x.events for a in e.targets)


def test_arrested_for_is_no_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested the men for attacks on Shell.")
    assert "Shell" not in labels(x, only(x, "COERCE", "arrested").targets)


# an office holder of an of-phrase stands for its country or organisation (fillers._owner_of_role)


def test_the_minister_of_a_country_is_the_country(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Obama met the foreign minister of Japan. Police arrested the leader of Hamas.")
    assert labels(x, only(x, "CONSULT").targets) == {"Japan"}
    assert labels(x, only(x, "COERCE").targets) == {"Hamas"}


def test_a_persons_relative_is_no_owner(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Gunmen kidnapped the son of President Karzai.")
    assert not only(x, "ASSAULT").targets


# the of-phrase of a deployment is who is deployed (roles._AGENTIVE_OF)


def test_the_troops_of_a_deployment_are_its_source(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The deployment of NATO troops in Bosnia began on Monday.")
    e = only(x, "MOBILIZE")
    assert "NATO" in labels(x, e.sources) and not e.targets


# a speech act's addressees coordinated with a multi-word name (roles._with_conjuncts)


def test_a_threat_targets_every_name_coordinated_in_its_complement(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hamas threatened to deliver heavy blows to the United States and Israel.")
    assert labels(x, only(x, "THREATEN").targets) == {"United States", "Israel"}


# the party of a relation in an event noun's of-phrase (roles._relation_parties)


def test_the_party_of_a_relation_an_event_noun_acts_on_is_its_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Italy announced a suspension of air links with Serbia.")
    e = only(x, "SANCTION", "suspension")
    assert labels(x, e.sources) == {"Italy"} and labels(x, e.targets) == {"Serbia"}


def test_an_of_phrase_naming_no_relation_of_the_events_type_gives_no_target(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Italy announced a suspension of flights over Serbia.")
    assert not only(x, "SANCTION", "suspension").targets


# the addressee of a speech act noun in the clause it introduces (roles._clause_subject_of_noun)


def test_a_demand_noun_targets_the_subject_of_its_that_clause(read) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the that-clause on the verb the noun is the object of
    x = read("The ILO reiterated its demand today that Israel ease restrictions on workers.")
    e = only(x, "DEMAND", "demand")
    assert labels(x, e.targets) == {"Israel"}


def test_a_relative_clause_on_a_demand_noun_names_no_addressee(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hamas rejected the demand that Fatah made.")
    assert not [e for e in x.events if e.type == "DEMAND" and e.targets]


# "staged", "waged": light verbs the lemmatizer misreads (triggers.yaml light_verbs)


def test_who_staged_or_waged_the_event_noun_is_its_source(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands of students staged mass demonstrations on Saturday.")
    assert labels(x, only(x, "PROTEST", "demonstrations").sources) == {"students"}
    x = read("Hamas was staging attacks on the base.")
    assert labels(x, only(x, "ASSAULT", "attacks").sources) == {"Hamas"}


# an active participle on the object of a light verb (roles._support_subject)


def test_who_issued_a_declaration_demanding_is_the_demands_source(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The PKK issued a declaration demanding that the Turkish government free Ocalan.")
    e = only(x, "DEMAND", "demanding")
    assert len(e.sources) == 1 and labels(x, e.targets) == {"Turkey"}
    x = read("The Turkish government issued a declaration demanding that Iraq expel the PKK.")
    e = only(x, "DEMAND", "demanding")
    assert labels(x, e.sources) == {"Turkey"} and labels(x, e.targets) == {"Iraq"}


def test_a_letter_received_threatening_someone_is_not_the_receivers_threat(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The mayor of Boston received a letter threatening the police.")
    assert not any(e.sources for e in x.events if e.type == "THREATEN")


# the object of a trigger's own preposition ("called on X"): whom the act is aimed at


def test_whom_a_group_called_on_is_the_target_not_whom_they_should_fight(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "In 1999, an Islamic body declared an independent state in Dagestan, and called on "
        "Muslims to take up arms against Russia."
    )
    e = only(x, "DEMAND", "called on")
    assert labels(x, e.targets) == {"Muslims"}


# who takes part in an event noun (roles._participates)


def test_who_takes_part_in_an_event_is_its_source(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands of students took part in protests against the government.")
    assert labels(x, only(x, "PROTEST").sources) == {"students"}
    x = read("Hamas participated in the attack on the base.")
    assert labels(x, only(x, "ASSAULT").sources) == {"Hamas"}


def test_a_part_taken_by_someone_else_is_no_participation(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police took photographs in the protests against the government.")
    assert not only(x, "PROTEST").sources


# a protest aimed at no one is aimed at the country it is held in (roles._fallbacks)


def test_a_protest_with_no_target_targets_the_country_it_is_held_in(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hundreds of ethnic Albanians demonstrated on Tuesday in Serbia.")
    assert labels(x, only(x, "PROTEST").targets) == {"Serbia"}
    x = read("Hundreds of ethnic Albanians demonstrated on Tuesday in Belgrade.")
    assert not only(x, "PROTEST").targets


# what a speech act asks for names whom it is asked of (roles._complement_actors)


def test_calling_for_independence_from_a_country_targets_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands of Kurds demonstrated in Kirkuk calling for independence from Iraq.")
    assert labels(x, only(x, "DEMAND", "calling").targets) == {"Iraq"}


def test_the_for_phrase_of_a_blame_tells_why_not_whom(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Karen Olson blames the state for Alaska's dairy problems.")
    assert "Alaska" not in labels(x, only(x, "DISAPPROVE").targets)
