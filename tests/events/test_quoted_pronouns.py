"""Pronouns inside a direct quotation (kg/events/fillers.py): "he", "she" or "they" in a quote
is someone the speaker speaks of, never the speaker of the quote or of the sentence before it."""

from __future__ import annotations

from kg.model import Role
from tests.events.conftest import labels


def _roles(x, kind):  # type: ignore[no-untyped-def]
    """(role, actor label) of the sources and targets of the events of *kind*."""
    return [
        (a.role, x.actors[a.actor].label)
        for e in x.events
        if e.type == kind
        for a in e.arguments
        if a.role in {Role.SOURCE, Role.TARGET}
    ]


def test_a_quoted_he_is_not_the_speaker_after_the_quote(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Police chased the suspect for an hour, Undersheriff James Gage said.\n"
        '"He probably realized he was going to be shot," Gage said.'
    )
    assert "James Gage" not in {label for role, label in _roles(x, "ASSAULT")}


def test_a_quoted_her_is_not_the_witness_speaking(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Witness Angela Benson saw the driver speed away.\n"
        "`` He hit her and rolled over her, '' Benson said."
    )
    assert "Angela Benson" not in {label for role, label in _roles(x, "ASSAULT")}


def test_a_quote_continued_after_its_speaker_keeps_him_out(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "The Saints placed Reggie Bush on injured reserve.\n"
        "`` Right now, for him, it is going to be rehab, '' coach Sean Payton said.\n"
        "`` We discussed it with him and we decided to release him. ''"
    )
    assert ("target", "Sean Payton") not in {
        (r.value, label) for r, label in _roles(x, "CONSULT")
    }


def test_narrative_reported_speech_still_binds_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Annan announced that he will withdraw the troops from Kabul.")
    assert any("Kofi Annan" in labels(x, e.sources) or "Annan" in labels(x, e.sources)
               for e in x.events)


def test_a_quoted_he_still_names_someone_else(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "Deputy Jerry Ortiz was killed on Friday.\n"
        '"He was shot in the head," Sheriff Lee Baca said.'
    )
    assert ("target", "Jerry Ortiz") in {(r.value, label) for r, label in _roles(x, "ASSAULT")}


def test_a_quoted_we_is_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    x = read("\"We attacked the convoy at dawn,\" rebel commander Jack Holloway said.")
    assert ("source", "Jack Holloway") in {(r.value, label) for r, label in _roles(x, "ASSAULT")}


def test_a_quoted_me_is_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    x = read("\"They tried to assassinate me today,\" Mayor Peter Kowalczyk said.")
    assert ("target", "Peter Kowalczyk") in {(r.value, label) for r, label in _roles(x, "ASSAULT")}


def test_a_first_person_pronoun_outside_a_quote_fills_nothing(read) -> None:  # type: ignore[no-untyped-def]
    x = read("We attacked the convoy at dawn, Jack Holloway said.")
    assert "Jack Holloway" not in {label for _, label in _roles(x, "ASSAULT")}


def test_a_quoted_our_is_not_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "`` I've instructed emergency steps be taken to help our brothers, '' "
        "Governor Peter Kowalczyk said."
    )
    assert ("target", "Peter Kowalczyk") not in {
        (r.value, label) for r, label in _roles(x, "AID")
    }


def test_a_quoted_we_of_a_spokesman_is_his_organisation(read) -> None:  # type: ignore[no-untyped-def]
    x = read('"We will attack the city," a Taliban spokesman said.')
    assert (Role.SOURCE, "Taliban") in _roles(x, "THREATEN")


def test_a_quoted_we_of_a_named_spokesman_is_his_organisation_i_is_himself(read) -> None:  # type: ignore[no-untyped-def]
    x = read('"We will sue Apple," said Samsung spokesman James Chung.\n'
             '"I will sue Google," said Samsung spokesman James Chung.')
    sued = {e.trigger.text + " " + x.actors[a.actor].label for e in x.events
            for a in e.arguments if a.role == Role.SOURCE}
    assert sued == {"sue Samsung", "sue James Chung"}


def test_a_quoted_we_of_a_member_named_with_his_organisation_is_the_organisation(read) -> None:  # type: ignore[no-untyped-def]
    x = read('"We will sue the Forest Service," said Andrew Welzler of the Sierra Club.')
    assert (Role.SOURCE, "Sierra Club") in _roles(x, "DISAPPROVE")


def test_a_role_in_a_relative_clause_is_not_whom_the_speaker_speaks_for(read) -> None:  # type: ignore[no-untyped-def]
    x = read('"We will sue Intel," said Feldman, who will become general manager at Oracle.')
    assert "Oracle" not in {label for _, label in _roles(x, "DISAPPROVE")}
