"""extract's own steps: the arguments an event keeps."""

from __future__ import annotations

from kg.events.extract import _one_reading_per_span
from kg.model import Argument, Mention, MentionLabel, Role


def _arg(actor: str, start: int, end: int, label: MentionLabel, role: Role = Role.TARGET
         ) -> Argument:
    return Argument(role, actor, Mention("d", start, end, "x" * (end - start), 0, label))


def test_words_read_as_two_actors_keep_the_named_reading() -> None:
    officer = _arg("police-d", 2, 25, MentionLabel.PARTICIPANT)
    town = _arg("woodburn", 2, 25, MentionLabel.ORG)
    other = _arg("state-police", 30, 42, MentionLabel.PARTICIPANT)
    assert _one_reading_per_span([officer, town, other]) == [town, other]


def test_two_actors_read_under_one_label_are_both_kept() -> None:
    troops = _arg("troops-united-states", 0, 9, MentionLabel.GPE, Role.SOURCE)
    country = _arg("united-states", 0, 9, MentionLabel.GPE, Role.SOURCE)
    assert _one_reading_per_span([troops, country]) == [troops, country]


def test_one_actor_in_two_roles_on_the_same_words_is_kept_twice() -> None:
    source = _arg("nrfa", 0, 4, MentionLabel.ORG, Role.SOURCE)
    claimant = _arg("nrfa", 0, 4, MentionLabel.ORG, Role.CLAIMED_BY)
    unmentioned = Argument(Role.LOCATION, "kabul", None)
    assert _one_reading_per_span([source, claimant, unmentioned]) == [source, claimant,
                                                                       unmentioned]
