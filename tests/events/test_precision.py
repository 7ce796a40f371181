"""Words of the trigger lexicon in senses or constructions that are no event of their own, and
argument constructions added for precision (short sentences written for the tests)."""

from __future__ import annotations

import pytest

from kg.model import Event, Extraction
from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


def kinds(x: Extraction) -> list[tuple[str, str]]:
    return sorted((e.type, m.text) for e in x.events for m in e.mentions)


def roles(e: Event) -> set[tuple[str, str]]:
    return {(a.role, a.mention.text) for a in e.arguments if a.mention is not None}


def mentions(x: Extraction, kind: str) -> list[str]:
    return sorted(m.text for e in x.events if e.type == kind for m in e.mentions)


# triggers that are no event


def test_compound_trigger_is_one_mention(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Rebels carried out an assassination attempt on Governor Smith.")
    assert mentions(x, "ASSAULT") == ["assassination attempt"]


def test_event_noun_classifying_another_noun_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russia held war games near Estonia. Moscow issued 27 arrest warrants.")
    assert mentions(x, "ASSAULT") == [] and mentions(x, "COERCE") == []


def test_event_noun_naming_a_part_of_the_event_stays(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police in Boston arrested the bombing suspect on Friday.")
    assert "bombing" in mentions(x, "ASSAULT")


def test_naming_an_event_is_no_new_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("On Friday, Emmanuel Macron called the explosion an attack.")
    assert mentions(x, "ASSAULT") == ["explosion"] and mentions(x, "DEMAND") == []
    assert only(x, "ASSAULT").sources == []


def test_list_items_and_headings_are_no_events(read) -> None:  # type: ignore[no-untyped-def]
    x = read("See also\n* 2014 Kabul bombing\n* 2016 Kabul bombing\nCollapsed ceasefire\n")
    assert x.events == []


def test_attributive_participle_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Anjem Choudary, a convicted recruiter, spoke in London.")
    assert mentions(x, "COERCE") == []


def test_fire_someone_is_no_shooting(read) -> None:  # type: ignore[no-untyped-def]
    x = read("If they do not vote, the ministry will fire them. She was fired in May.")
    assert mentions(x, "ASSAULT") == []
    assert mentions(read("Soldiers fired on the protesters in Minsk."), "ASSAULT") == ["fired"]
    assert mentions(read("The club fired Tom Reed on Monday."), "ASSAULT") == []
    assert mentions(read("Soldiers fired at protesters on Monday."), "ASSAULT") == ["fired"]


@pytest.mark.parametrize(("text", "shootings"), [
    ("Tomas Virk, who was fired in March as head coach of the Ravens, joined the Owls.", []),
    ("The mayor pressured the director to fire his deputy.", []),
    ("Before the trial he fired seven lawyers.", []),
    ("Kim Sola was hired in 2009 and fired in 2011.", []),
    ("A clerk who was fired last week from his job at a bakery came back.", []),
    ("Shots were fired from the roof at the police.", ["fired"]),
    ("The soldier who was fired upon by the rebels survived.", ["fired"]),
    ("The officer who was fired at survived.", ["fired"]),
    ("The gunman, who fired at the guards, was caught.", ["fired"]),
])
def test_fire_reached_through_a_relative_clause_or_coordination_is_a_dismissal(  # type: ignore[no-untyped-def]
    read, text, shootings
) -> None:
    assert mentions(read(text), "ASSAULT") == shootings


@pytest.mark.parametrize(("text", "protests"), [
    ("Apple demonstrated the new laptop in Paris.", []),
    ("Officials want to demonstrate that the vote is fair.", []),
    ("The firm was praised for demonstrating commitment to safety.", []),
    ("Thousands of students demonstrated in Tunis on Friday.", ["demonstrated"]),
])
def test_demonstrate_something_is_no_protest(read, text: str, protests: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "PROTEST") == protests


def test_a_word_of_a_name_is_no_noun_of_a_cameo_pattern(read) -> None:  # type: ignore[no-untyped-def]
    # "launch research" is PETRARCH's launching an investigation
    x = read("Vexa Mobile will launch Research In Motion's new phone in May.")
    assert mentions(x, "INVESTIGATE") == []


@pytest.mark.parametrize(("text", "formed"), [
    ("The Avars form the largest ethnic group in the republic.", []),
    ("Kurds form the second-largest group in the country.", []),
    ("Hamas and Fatah formed the most powerful group in parliament.", []),
    ("Hamas and Fatah formed an economic group.", ["formed"]),  # CAMEO's {ECONOMIC GROUP}
])
def test_a_superlative_object_ranks_and_names_no_cameo_pattern(  # type: ignore[no-untyped-def]
    read, text: str, formed: list[str]
) -> None:
    # "form group" is PETRARCH's forming one; "the largest group" is one that exists
    assert mentions(read(text), "COOPERATE") == formed


@pytest.mark.parametrize(("text", "injured"), [
    ("Bush suffered a left knee injury against Carolina on October 19.", []),
    ("Thomas hurt his ankle in practice and missed two games.", []),
    ("Two soldiers suffered head injuries in the blast.", ["injuries"]),  # the blast's
    ("The gunman shot him and he suffered a head injury.", ["injury"]),
    ("The rebels injured his left leg with a machete.", ["injured"]),
])
def test_an_injury_named_by_a_body_part_alone_is_no_assault(  # type: ignore[no-untyped-def]
    read, text: str, injured: list[str]
) -> None:
    found = [m for e in read(text).events if e.mode == "injury" for m in e.mentions]
    assert [m.text for m in found] == injured


@pytest.mark.parametrize(("text", "shot"), [
    ("The Jays shot 46.7 percent from the field.", []),
    ("He averaged 14 points while shooting 51.2 percent from the field.", []),
    ("Woods shot 68 in the first round.", []),
    ("The gunman shot 12 people.", ["shot"]),
    ("Police shot two.", ["shot"]),  # a count of people, no score
])
def test_a_shooting_rate_or_score_is_no_shooting(read, text: str, shot: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "ASSAULT") == shot


@pytest.mark.parametrize(("text", "fights"), [
    ("Other teams in the battle for Mark Teixeira are the Baltimore Orioles.", []),
    ("The Saints were still fighting for a playoff spot.", []),
    ("The Colts won the turnover battle over the Chiefs.", []),
    ("The army launched a battle for Mosul against the rebels.", ["battle"]),
    ("Rebels are fighting for independence from Russia.", ["fighting"]),
])
def test_a_fight_for_a_prize_or_a_player_is_a_contest(  # type: ignore[no-untyped-def]
    read, text: str, fights: list[str]
) -> None:
    assert mentions(read(text), "ASSAULT") == fights


def test_release_needs_someone_released(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("The FBI released photos of the suspects."), "RETREAT") == []
    assert mentions(read("Hamas released three hostages."), "RETREAT") == ["released"]


def test_accepting_responsibility_names_the_perpetrator(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The IRA accepted responsibility for the bombings.")
    assert mentions(x, "CONCEDE") == []
    e = only(x, "ASSAULT")
    assert [a.mention.text for a in e.arguments if a.role == "source" and a.mention] == ["IRA"]


def test_conceding_that_is_a_statement(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Carlos Perez conceded that the country faces a shortage of medicine.")
    assert mentions(x, "CONCEDE") == []


def test_refusing_to_comment_is_no_rejection(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("The IRA refused to comment on its plans."), "REJECT") == []


def test_deaths_from_illness_are_no_assault(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Eight people in Aragua died of the disease. Doctors want to attack the virus.")
    assert mentions(x, "ASSAULT") == []


def test_the_crime_someone_is_charged_with_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("In May, Juan Requesens was arrested and charged with treason.")
    assert mentions(x, "CRIME") == [] and "charged" in mentions(x, "COERCE")


def test_the_penalty_someone_is_sentenced_to_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("A Texas court sentenced Smith to death. Jones was condemned to death in 2009.")
    assert mentions(x, "ASSAULT") == [] and mentions(x, "COERCE") == ["sentenced"]


@pytest.mark.parametrize(("text", "injured"), [
    ("No one is believed to have been injured in the fire.", []),
    ("Nobody is thought to have been hurt.", []),
    ("Two men are believed to have been injured in the fire.", ["injured"]),
])
def test_a_negative_subject_of_a_raising_verb_negates_its_complement(  # type: ignore[no-untyped-def]
    read, text: str, injured: list[str]
) -> None:
    assert mentions(read(text), "ASSAULT") == injured


@pytest.mark.parametrize(("text", "beat"), [
    ("The Colts beat the Chiefs 20-13 to clinch a playoff berth.", []),
    ("Top-seeded Creighton defeated Drake, 65 - 53, on Friday.", []),
    ("Police beat the protesters with batons on 12 May.", ["beat"]),
    ("The Hawks also beat Tarsa, 83-74, in Velmora.", []),  # a score before a comma
    ("The Hawks reached the quarterfinal by beating Tarsa on Thursday.", []),  # no score
    ("The Hawks fought back from 14-0 down.", []),
    ("Rebels fought the army for two days.", ["fought"]),
])
def test_a_win_with_a_score_is_a_game_no_assault(read, text: str, beat: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "ASSAULT") == beat


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("The trouble began with the Hawks' fifth offensive play.", "ASSAULT", []),  # an adjective
    ("The army launched an offensive against the rebels.", "ASSAULT", ["offensive"]),
    ("Okafor blocked six shots in the second half.", "COERCE", []),
    ("The Hawks forced three turnovers.", "COERCE", []),
    ("Soldiers blocked the aid convoy near Velmora.", "COERCE", ["blocked"]),
    ("The gunman fired a shot at the guard.", "ASSAULT", ["fired"]),
])
def test_a_hostile_verb_on_an_object_of_play_is_no_event(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, found: list[str]
) -> None:
    assert mentions(read(text), kind) == found


def test_particle_changing_the_sense(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("Maduro backed down on Monday."), "SUPPORT") == []


# arguments


def test_it_bound_by_the_reporting_subject_takes_its_name(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Syria says it is willing to withdraw its troops from Lebanon.")
    e = next(e for e in x.events if e.trigger.text == "withdraw")
    assert [a.mention.text for a in e.arguments if a.role == "source" and a.mention] == ["Syria"]


def test_it_for_a_thing_is_no_actor(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The Taliban spoke in Kabul. As the car reached the gate, it exploded.")
    e = only(x, "ASSAULT")
    assert e.sources == [] and e.targets == []


def test_only_support_verbs_lend_their_subject(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Britain deplored the massacre in Srebrenica.")
    assert only(x, "ASSAULT").sources == []
    x = read("Serbia launched an attack on Srebrenica.")
    assert labels(x, only(x, "ASSAULT").sources) == {"Serbia"}


def test_place_modifying_an_event_noun_is_its_location(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The Manchester bombing killed 22 people.")
    e = only(x, "ASSAULT", "bombing")
    assert e.sources == [] and [a.mention.text for a in e.arguments if a.role == "location"] == [
        "Manchester"
    ]


def test_place_possessing_an_event_noun_is_its_location_a_country_its_source(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Belfast's bombings shocked the world.")
    e = only(x, "ASSAULT", "bombings")
    assert e.sources == [] and labels(x, e.locations) == {"Belfast"}
    x = read("Russia's attack on Kyiv failed.")
    assert labels(x, only(x, "ASSAULT", "attack").sources) == {"Russia"}
    x = read("Kabul's fall shocked the world.")
    assert labels(x, only(x, "COERCE", "fall").targets) == {"Kabul"}


def test_participle_adjunct_of_a_passive_does_not_take_its_subject(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Kharkiv was shelled by Russia, killing twelve people.")
    e = only(x, "ASSAULT", "killing")
    assert labels(x, e.targets) == {"people"}  # the people killed (unnamed), not Kharkiv


def test_reduced_relative_participle_targets_its_noun(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Ahmad Massoud, wounded in the fighting, left Panjshir.")
    assert labels(x, only(x, "ASSAULT", "wounded").targets) == {"Ahmad Massoud"}


def test_including_list_adds_arguments(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested ten activists, including Eva Forest and Lidia Falcon.")
    e = only(x, "COERCE")
    assert {"Eva Forest", "Lidia Falcon"} <= labels(x, e.targets)


def test_including_list_goes_on_after_a_prepositional_modifier(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Several journalists were detained, including Tom Black, the son of senator John Green,"
        " Sarah Brown, the photographer Paul White and the writer Anna Kurz."
    )
    e = only(x, "COERCE")
    found = labels(x, e.targets)
    assert {"Tom Black", "Sarah Brown", "Paul White", "Anna Kurz"} <= found
    assert "John Green" not in found


def test_including_list_keeps_out_a_coordinated_prepositional_object(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Dozens of people were wounded, including Jack Hill, wife of Ann Hill and Bob Hill,"
             " Jim Bell and Tom Reed.")
    found = labels(x, only(x, "ASSAULT").targets)
    assert {"Jack Hill", "Jim Bell", "Tom Reed"} <= found
    assert not found & {"Ann Hill", "Bob Hill"}


def test_relative_pronoun_stands_for_its_noun(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The Taliban freed Ahmad Shah, who was arrested in Kabul in May.")
    e = only(x, "COERCE")
    assert labels(x, e.targets) == {"Ahmad Shah"}
    assert [a.mention.text for a in e.arguments if a.role == "target"] == ["who"]


def test_call_on_a_date_is_no_demand(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("Emmanuel Macron called on Friday."), "DEMAND") == []


def test_support_verbs_lodge_and_do(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Serbia lodged an official protest with Albania.")
    e = only(x, "PROTEST")
    assert labels(x, e.sources) == {"Serbia"} and labels(x, e.targets) == {"Albania"}


def test_misparsed_reduced_relative_is_no_target_of_a_statement(read) -> None:  # type: ignore[no-untyped-def]
    x = read("An official Syrian newspaper called Thursday on Arabs to unite against Israel.")
    assert all(
        a.mention is None or "newspaper" not in a.mention.text
        for e in x.events
        for a in e.arguments
        if a.role == "target"
    )


def test_passive_support_verb_subject_undergoes(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Maria Lopez was given an ultimatum by Nicolas Maduro.")
    e = only(x, "THREATEN")
    assert roles(e) == {("source", "Nicolas Maduro"), ("target", "Maria Lopez")}


def test_facing_a_trial_is_undergoing_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Dzhokhar Tsarnaev faces a trial in Boston.")
    e = only(x, "COERCE")
    assert labels(x, e.targets) == {"Dzhokhar Tsarnaev"} and e.sources == []


def test_killed_at_a_place_is_where_not_whom(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Two soldiers were killed at Oxford Street station.")
    e = only(x, "ASSAULT")
    assert labels(x, e.targets) == {"soldiers"}  # the soldiers (unnamed), not the station
    assert sorted(a.role for a in e.arguments) == ["location", "target"]


def test_controlled_subject_of_a_passive_acts(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russian troops were deployed to repel the Chechen militants.")
    e = only(x, "ASSAULT")
    assert roles(e) == {("source", "Russian troops"), ("target", "Chechen militants")}


def test_offering_a_thing_is_no_promise(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("Spain offered a reward for information."), "AGREE") == []
    assert mentions(read("Israel offered concessions to Syria."), "AGREE") == ["offered"]


def test_acting_on_oneself_is_no_cooperation(read) -> None:  # type: ignore[no-untyped-def]
    assert not read("He said he would support himself by driving a taxi.").events


def test_torturing_oneself_is_no_assault(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("He spent two weeks torturing himself over the decision."),
                    "ASSAULT") == []
    assert mentions(read("Guards tortured the prisoners."), "ASSAULT") == ["tortured"]


@pytest.mark.parametrize(
    "text",
    [
        "There may be no disease to battle.",
        "Doctors said the deaths in the ward were the result of complications from an infection.",
        "Rumors spread about deaths in the clinic caused by bacteria.",
        "The storm killed 12 people.",
        "His battle against cancer ended.",
        "Crowds rushed the plane and two men fell to their deaths from its wheels.",
        "A climber plunged to his death on the north face on Sunday.",
    ],
)
def test_harm_from_natural_causes_is_no_assault(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "ASSAULT") == []


@pytest.mark.parametrize(("text", "victims"), [
    # natural disasters
    ("Twelve villagers were killed in the earthquake on Monday.", {"villagers"}),
    ("The flood killed 40 people in Sindh.", {"people"}),
    ("The cyclone that killed nine soldiers struck at dawn.", {"soldiers"}),
    # accidents
    ("Two soldiers were killed in a helicopter crash on Monday.", {"soldiers"}),
    ("Three teenagers were killed when their car crashed into a tree.", {"teenagers"}),
    ("A pedestrian was killed by a hit-and-run driver.", {"pedestrian"}),
    ("The crash killed four people.", {"people"}),
])
def test_a_killing_in_a_disaster_or_an_accident_is_a_death_no_one_caused(  # type: ignore[no-untyped-def]
    read, text, victims
) -> None:
    x = read(text)
    death = only(x, "DEATH", "killed")
    assert death.sources == [] and labels(x, death.targets) == victims
    assert mentions(x, "ASSAULT") == []


def test_harm_in_a_disaster_is_no_assault_but_a_killing_by_someone_during_one_is(  # type: ignore[no-untyped-def]
    read,
) -> None:
    assert read("Hundreds were injured in the quake.").events == []
    x = read("Rebels killed 12 soldiers during the storm.")
    assert mentions(x, "ASSAULT") == ["killed"] and mentions(x, "DEATH") == []


def test_injury_in_an_accident_is_no_assault_but_a_bomber_crashing_is_one(  # type: ignore[no-untyped-def]
    read,
) -> None:
    assert read("Two people were injured in the collision.").events == []
    x = read("A suicide bomber killed five soldiers when he crashed into their convoy.")
    assert only(x, "ASSAULT", "killed").sources and mentions(x, "DEATH") == []


@pytest.mark.parametrize(("text", "attacks"), [
    ("The ruling set off a fierce debate in parliament.", []),
    ("Smoke from the kitchen set off the fire alarm.", []),
    ("The verdict touched off riots in the capital.", []),
    ("Rebels set off a bomb in the market.", ["set off"]),
    ("Militants set off an improvised explosive device near the gate.", ["set off"]),
    ("The explosives were set off by remote control.", ["set off"]),
])
def test_setting_off_is_an_attack_only_on_an_explosive(read, text, attacks) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "ASSAULT") == attacks


def test_calling_someone_is_no_demand(read) -> None:  # type: ignore[no-untyped-def]
    assert not read("For each office, call all the staff and check the list.").events
    assert not read("A call was made from the hotel to the restaurant.").events
    assert mentions(read("Israel ignored the call by Egypt for calm."), "DEMAND") == ["call"]


def test_plural_noun_opening_a_heading_is_no_verb(read) -> None:  # type: ignore[no-untyped-def]
    text = "Troops were deployed to secure the area\nCalls for calm\nA police source said so."
    assert mentions(read(text), "DEMAND") == []


def test_negated_support_verb_negates_its_event_noun(read) -> None:  # type: ignore[no-untyped-def]
    assert not read("Turkey did not launch an attack on Kobani.").events
    assert not read("There had not been any recent threats to the church.").events


def test_traffic_accident_is_no_assault(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("The car came out of nowhere and hit her from behind."), "ASSAULT") == []
    assert mentions(read("Police said the driver who hit her was arrested."), "ASSAULT") == []


def test_legal_charge_noun_but_not_in_charge(read) -> None:  # type: ignore[no-untyped-def]
    assert (
        mentions(read("Smith named Jones special agent in charge of the Denver office."), "COERCE")
        == []
    )
    assert mentions(read("John Smith faces a charge of fraud."), "COERCE") == ["charge"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN warned that fighting could displace thousands in Rafah.",
        "Iran could retaliate against Israel within days, analysts warned.",
    ],
)
def test_warning_of_a_possibility_is_no_threat(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "THREATEN") == []


def test_warning_of_what_one_will_do_is_a_threat(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("Israel warned that Hezbollah would pay a heavy price."), "THREATEN")
    assert mentions(read("Israel warned Hezbollah that it could strike Beirut."), "THREATEN")


def test_participle_after_with_is_said_of_the_with_object(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Five Afghan soldiers were killed on Sunday with three Iraqis and a Briton wounded.")
    wounded = only(x, "ASSAULT", "wounded")
    assert roles(wounded) == {("target", "Iraqis"), ("target", "Briton")}
    assert ("target", "Iraqis") not in roles(only(x, "ASSAULT", "killed"))


def test_participle_with_its_own_subject_after_with_is_passive(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Three soldiers died in the blast, with four civilians wounded.")
    assert roles(only(x, "ASSAULT", "wounded")) == {("target", "four civilians")}


def test_the_person_a_relational_noun_is_of_is_not_the_one_it_names(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested a friend of the bombing suspect Tom Harlan in Leeds.")
    assert "Tom Harlan" not in labels(x, only(x, "COERCE").targets)
    x = read("Police arrested the spokesman of the Taliban, Zabiullah Mujahid, in Kabul.")
    assert labels(x, only(x, "COERCE").targets) == {"Zabiullah Mujahid"}


def test_a_name_in_apposition_to_one_of_them_says_who(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The Taliban freed two prisoners. One of them, Tom Reed, called for a ceasefire.")
    assert roles(only(x, "DEMAND")) == {("source", "Tom Reed")}


def test_a_name_modifying_a_person_role_noun_is_not_that_person(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Police arrested a Barack Obama aide and Tom Reed in Leeds.")
    assert labels(x, only(x, "COERCE").targets) == {"Tom Reed"}
    x = read("A former Stormont Cabinet Minister, Tom Reed, called for a ceasefire.")
    assert roles(only(x, "DEMAND")) == {("source", "Tom Reed")}


def test_a_place_naming_a_statement_noun_is_what_it_is_about(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hamas issued the Gaza ultimatum to Israel.")
    assert roles(only(x, "THREATEN")) == {("source", "Hamas")}
    x = read("The Oxford Street bombing killed six people.")
    assert "Oxford Street" in labels(x, only(x, "ASSAULT", "bombing").locations)


def test_more_after_a_count_is_part_of_the_phrase(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Two soldiers were killed and five more were wounded in Kandahar.")
    assert ("target", "five more") in roles(only(x, "ASSAULT", "wounded"))


def test_whose_decision_to_act_says_who_acts(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The IRA's decision to carry out the Derry bombings proved to be a mistake.")
    assert "Provisional Irish Republican Army" in labels(x, only(x, "ASSAULT").sources)
    x = read("Russia's decision to invade Ukraine shocked Europe.")
    assert roles(only(x, "ASSAULT")) >= {("source", "Russia"), ("target", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Harlan Voss, the former bureau chief, died on Friday at his home.", "Harlan Voss"),
        ("A suspected gang leader was found dead in his cell in Palermo on Tuesday.", None),
        ("Delia Marsh's death was confirmed by a spokeswoman for the family.", "Delia Marsh"),
    ],
)
def test_a_death_told_with_no_violence_is_a_death_not_a_killing(  # type: ignore[no-untyped-def]
    read, text: str, dead: str | None
) -> None:
    x = read(text)
    death = only(x, "DEATH")
    assert mentions(x, "ASSAULT") == [] and death.mode is None and not death.sources
    assert dead is None or labels(x, death.targets) == {dead}


def test_a_headline_death_takes_no_violence_from_the_line_after_it(  # type: ignore[no-untyped-def]
    read,
) -> None:
    x = read("Harlan Voss dies in prison at 77\nThe mob boss who ordered the killing of three "
             "rivals in Velmora was serving a life term.")
    assert mentions(x, "DEATH") == ["dies"] and mentions(x, "ASSAULT") == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died in the attack on the base in Kunduz.",
        "The guard died of gunshot wounds in a hospital in Kabul.",
        "Three people died when a bomb exploded in the market in Herat.",
    ],
)
def test_a_death_beside_violence_is_a_killing(read, text: str) -> None:  # type: ignore[no-untyped-def]
    x = read(text)
    assert [e.type for e in x.events if e.type == "DEATH"] == []
    assert any(e.type == "ASSAULT" and e.mode == "killing" for e in x.events)


def test_a_speaker_is_no_source_of_what_befell_the_one_it_speaks_of(  # type: ignore[no-untyped-def]
    read,
) -> None:
    x = read("Inspector Harlan Voss said the climbers tried to rescue him, but he died on the way.")
    assert all(not e.sources for e in x.events if e.type in {"DEATH", "ASSAULT"})


@pytest.mark.parametrize(
    ("text", "source"),
    [("A senior Iraqi official criticised Turkey on Monday.", "senior Iraqi official"),
     ("Kenya's ambassador criticised Turkey on Monday.", "Kenya's ambassador")],
)
def test_an_unnamed_office_holder_acts_for_the_country_of_the_office(read, text, source) -> None:  # type: ignore[no-untyped-def]
    x = read(text)
    e = only(x, "DISAPPROVE")
    assert ("source", source) in roles(e)
    assert len({a.actor for a in e.arguments if a.role == "source"}) == 1


def test_a_relative_or_friend_does_not_act_for_a_country(read) -> None:  # type: ignore[no-untyped-def]
    for text in ("His Kenyan wife criticised Turkey on Monday.",
                 "A friend of the Kenyan ambassador criticised Turkey on Monday."):
        x = read(text)
        assert not only(x, "DISAPPROVE").sources, text


def test_a_subject_pronoun_of_reported_speech_is_the_speaker_by_name(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The rebels said they will release the hostages on Sunday.")
    assert ("source", "rebels") in roles(only(x, "AGREE"))
    x = read("Kofi Annan announced on Monday that he will visit Iraq.")
    assert ("source", "Kofi Annan") in roles(only(x, "AGREE"))


def test_a_speaker_of_another_type_or_after_the_pronoun_leaves_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Tom Reed fled. Police said he attacked Anna Berg.")
    assert ("source", "he") in roles(only(x, "ASSAULT"))
    x = read("Tom Reed fled. He attacked Anna Berg, Jim Hall said.")
    assert ("source", "He") in roles(only(x, "ASSAULT"))


@pytest.mark.parametrize(("text", "trigger"), [
    ("A strong tremor hit the coast, killing four fishermen.", "killing"),
    ("The islands were hit by a typhoon, killing nine villagers.", "killing"),
    ("A wave of floods swept the valley and killed 30 farmers.", "killed"),
    ("Relief teams reached the town after the storm, which killed eight residents.", "killed"),
    ("A cyclone reached the coast on Friday. It killed nine fishermen.", "killed"),
    ("Two miners were killed when a landslide buried the camp.", "killed"),
    ("A boy was killed when the roof of the school collapsed.", "killed"),
])
def test_a_disaster_kills_through_adjuncts_relatives_counts_and_pronouns(  # type: ignore[no-untyped-def]
    read, text, trigger
) -> None:
    x = read(text)
    assert only(x, "DEATH", trigger).sources == []
    assert mentions(x, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "A tremor struck the province on Monday, injuring dozens of villagers.",
    "The hurricane destroyed 300 homes.",
    "Dozens of farms were flooded and 40 barns destroyed by the storm.",
    "A series of earthquakes damaged the hospital.",
])
def test_harm_a_disaster_did_to_people_or_property_is_no_event(  # type: ignore[no-untyped-def]
    read, text
) -> None:
    assert [e.type for e in read(text).events if e.type in {"ASSAULT", "COERCE"}] == []


def test_a_pronoun_for_an_attacker_still_makes_an_assault(  # type: ignore[no-untyped-def]
    read,
) -> None:
    x = read("Gunmen stormed the village on Monday. They killed twelve farmers.")
    assert mentions(x, "ASSAULT") and mentions(x, "DEATH") == []
    x = read("The militia shelled the port, destroying two warehouses.")
    assert [e.mode for e in x.events if e.type == "COERCE"] == ["destroy"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("A strong quake shook the island on Sunday. Many villagers were injured.", "injured"),
    ("The bus crash blocked the road for hours. Officials said 20 passengers were hurt.", "hurt"),
    ("Dozens were injured as the cyclone reached the coast.", "injured"),
])
def test_an_injury_told_after_a_disaster_is_no_event(  # type: ignore[no-untyped-def]
    read, text, trigger
) -> None:
    assert mentions(read(text), "ASSAULT") == []


def test_a_killing_told_after_a_disaster_is_a_death_but_after_an_attack_a_killing(  # type: ignore[no-untyped-def]
    read,
) -> None:
    x = read("Floods swept the valley on Monday. Officials said 14 farmers were killed.")
    assert only(x, "DEATH", "killed").sources == [] and mentions(x, "ASSAULT") == []
    x = read(
        "The storm passed on Monday. Then gunmen opened fire on the market. "
        "Officials said 14 shoppers were killed and 20 injured."
    )
    assert mentions(x, "DEATH") == [] and "killed" in mentions(x, "ASSAULT")
    assert "injured" in mentions(x, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The arrest will not affect the playing status of Vincent Jackson.",
    "The visit will not help Iran.",
    "The embargo would not affect Cuba.",
])
def test_an_event_that_will_not_act_is_a_prediction_no_refusal(read, text) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read(text), "REJECT") == []


def test_an_actor_that_will_not_act_still_refuses(read) -> None:  # type: ignore[no-untyped-def]
    assert mentions(read("Syria will not accept any more refugees."), "REJECT") == ["accept"]


@pytest.mark.parametrize(("text", "signed"), [
    ("The governor signed the bill into law on Friday.", []),
    ("The mayor ordered the clerks to sign a form pledging their votes.", []),
    ("Ibanez signed a three-year contract with the Phillies.", ["signed"]),
    ("The Red Sox want to sign Mark Teixeira.", ["sign"]),
])
def test_signing_a_document_is_no_agreement(  # type: ignore[no-untyped-def]
    read, text: str, signed: list[str]
) -> None:
    assert mentions(read(text), "SUPPORT") == signed


@pytest.mark.parametrize(("text", "assaults"), [
    ("The device detonated accidentally in the workshop.", []),
    ("Three militants died in two accidental explosions near Kandahar.", []),
    ("A hunter was shot by accident near Dallas.", []),
    ("Police accidentally shot a bystander in Dallas.", ["shot"]),
    ("Rebels detonated a bomb in Kabul.", ["detonated"]),
])
def test_harm_by_accident_is_no_assault(  # type: ignore[no-untyped-def]
    read, text: str, assaults: list[str]
) -> None:
    assert mentions(read(text), "ASSAULT") == assaults


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("Maduro told a campaign rally in Caracas that the vote would bring peace.", "PROTEST", []),
    ("Thousands joined a rally against the government in Caracas.", "PROTEST", ["rally"]),
    ("The State Department issued a travel warning for Venezuela.", "THREATEN", []),
    ("The Yankees won the bidding war for Sabathia.", "ASSAULT", []),
    ("Apple lost its legal battle with Samsung.", "ASSAULT", []),
    ("Rebels fought a battle with the army near Aleppo.", "ASSAULT", ["battle", "fought"]),
])
def test_a_compound_can_name_no_event_of_its_noun(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, found: list[str]
) -> None:
    assert mentions(read(text), kind) == found


def test_what_a_charge_carries_is_no_threat_made(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Tsarnaev faces charges that carry the threat of execution.")
    assert mentions(x, "THREATEN") == []
    x = read("The gunmen carried out an attack on the base.")
    assert mentions(x, "ASSAULT") == ["attack"]
