"""Movement events (kg.events.motion): one construction per test, on sentences written for it."""

from __future__ import annotations

import pytest

from kg.evaluation import kairos_types
from kg.events import load_lexicon
from kg.model import Modality, PloverType
from tests.events.conftest import labels, only

pytestmark = pytest.mark.slow


def _moves(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == PloverType.MOVE]


def test_crossing_into_a_country_names_the_mover_and_the_place(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Syrian rebels crossed into Turkey on Sunday.")
    e = only(x, "MOVE")
    assert e.trigger.text == "crossed" and e.modality is Modality.ASSERTED
    assert labels(x, e.locations) == {"Turkey"}
    assert e.sources and e.date == "2021-09-05"


def test_place_as_the_object_of_a_verb_of_crossing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Russian troops entered Georgia.")
    e = only(x, "MOVE")
    assert e.trigger.text == "entered" and labels(x, e.locations) == {"Georgia"}


def test_travel_of_a_named_official_with_its_destination(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Antony Blinken flew to Kyiv.")
    e = only(x, "MOVE")
    assert labels(x, e.sources) == {"Antony Blinken"} and labels(x, e.locations) == {"Kyiv"}


def test_place_left_is_the_location_too(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Hundreds of refugees returned from Lebanon.")
    assert labels(x, only(x, "MOVE").locations) == {"Lebanon"}


def test_planned_travel_is_intended(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Emmanuel Macron will travel to Beijing next week.")
    assert only(x, "MOVE").modality is Modality.INTENDED


def test_a_verb_of_motion_without_a_place_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Oil prices rose sharply in Germany."))
    assert not _moves(read("The talks went well, Angela Merkel said."))


def test_a_place_where_is_no_destination(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Joe Biden walked in Paris."))


def test_negated_movement_is_no_event(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Vladimir Putin did not travel to Ankara."))


def test_a_thing_moving_is_no_movement(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Rebels cut the power lines leading into Kabul."))
    assert not _moves(read("Aid reached war-torn Yemen."))
    assert not _moves(read("Thousands of tons of grain reached Egypt."))
    assert not _moves(read("Rubble from the roof, which had plunged into the basement, burned."))


def test_moving_someone_or_a_vehicle_is_a_movement(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The militants transported the hostages to Raqqa.")
    e = only(x, "MOVE")
    assert labels(x, e.locations) == {"Raqqa"}
    assert [a.mention.text for a in e.arguments if a.role.value == "target"] == ["hostages"]
    assert only(read("Ahmed Hassan drove the truck to Mosul."), "MOVE").trigger.text == "drove"


def test_running_a_thing_from_a_place_is_no_movement(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Carlos Mendes ran the business from Lisbon."))


def test_a_person_noun_moves_when_no_actor_is_found_for_it(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The president will travel to Paris next week.")
    assert labels(x, only(x, "MOVE").locations) == {"Paris"}


def test_a_journey_for_talks_is_a_visit_beside_the_talks(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Iranian negotiators returned to Vienna for talks with the European Union.")
    assert not _moves(x)
    visit = only(x, "CONSULT", "returned")
    assert visit.mode == "visit" and labels(x, visit.locations) == {"Vienna"}
    assert visit.sources and only(x, "CONSULT", "talks").mode != "visit"


def test_a_journey_to_a_meeting_is_a_visit_of_its_travellers(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Olaf Scholz flew to Paris on Monday for a meeting with Emmanuel Macron.")
    visit = only(x, "CONSULT", "flew")
    assert visit.mode == "visit" and labels(x, visit.sources) == {"Olaf Scholz"}
    assert labels(x, visit.locations) == {"Paris"} and not _moves(x)


def test_a_visit_is_scored_as_contact_or_transportation() -> None:
    assert kairos_types("CONSULT", "visit") == {"Contact.Contact", "Movement.Transportation"}


def test_a_verb_kg_already_types_stays_its_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands of civilians fled to Poland.")
    assert not _moves(x) and only(x, "RETREAT").trigger.text == "fled"


def test_each_journey_of_one_traveller_is_its_own_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Olaf Scholz flew to Washington on Monday. Olaf Scholz then flew to Ottawa on Monday.")
    assert [labels(x, e.locations) for e in _moves(x)] in (
        [{"Washington"}, {"Ottawa"}], [{"Ottawa"}, {"Washington"}]
    )


def test_motion_verbs_are_no_trigger_words_of_another_type() -> None:
    lexicon = load_lexicon()
    assert not lexicon.motion_verbs & lexicon.verbs.keys()
    assert lexicon.place_object_verbs <= lexicon.motion_verbs


def test_a_movement_is_scored_as_kairos_transportation() -> None:
    assert kairos_types("MOVE") == {"Movement.Transportation"}


def test_a_place_after_back_is_the_destination(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Ashraf Ghani flew back to Kabul on Sunday.")
    e = only(x, "MOVE")
    assert e.trigger.text == "flew" and labels(x, e.locations) == {"Kabul"}
    assert labels(x, e.sources) == {"Ashraf Ghani"}


def test_back_without_a_place_is_no_movement(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("The Rangers came back to win the game."))
    assert not _moves(read("The Yankees headed back to the playoffs."))


def test_a_thing_of_someone_s_is_no_one_moving_or_moved(read) -> None:  # type: ignore[no-untyped-def]
    # the possessor of a business or a truck is not what goes or is carried
    assert not _moves(read("Tom Reed ran his company from Leeds for a decade."))
    assert not _moves(read("Acme Logistics said their trucks travelled to Kabul."))
    x = read("Tom Reed drove his wife to Leeds.")
    assert labels(x, only(x, "MOVE").locations) == {"Leeds"}


def test_a_common_noun_of_a_place_is_a_destination(read) -> None:  # type: ignore[no-untyped-def]
    # no actor stands for "the bus depot": the journey has its mover and no location
    x = read("Tom Reed walked to the bus depot on Monday.")
    e = only(x, "MOVE")
    assert e.trigger.text == "walked" and labels(x, e.sources) == {"Tom Reed"}
    assert not e.locations
    assert only(read("The van was driven from Tom Reed's garage."), "MOVE").trigger.text == "driven"


def test_a_noun_of_no_journey_s_place_is_no_destination(read) -> None:  # type: ignore[no-untyped-def]
    assert not _moves(read("Tom Reed went to court over the debt."))
    assert not _moves(read("The Labour Party moved to the centre."))
    assert not _moves(read("Tom Reed went to the meeting."))
    assert not _moves(read("Forensic officers went to a web site."))


def test_leaving_office_is_no_journey(read) -> None:  # type: ignore[no-untyped-def]
    # a place-object verb's object must be a place actor; a common noun is no destination there
    assert not _moves(read("Tom Reed left office in 2019."))


def test_a_passive_moves_its_subject_and_its_by_phrase_moves(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The hostages were transported to Raqqa by the militants.")
    e = only(x, "MOVE")
    assert [a.mention.text for a in e.arguments if a.role.value == "target"] == ["hostages"]
    assert [a.mention.text for a in e.arguments if a.role.value == "source"] == ["militants"]
    x = read("The truck was driven to Mosul by Ahmed Hassan.")
    e = only(x, "MOVE")
    assert labels(x, e.sources) == {"Ahmed Hassan"} and labels(x, e.locations) == {"Mosul"}
    assert not e.targets
