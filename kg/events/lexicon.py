"""The trigger lexicon: which verbs and nouns are events, with their PLOVER type and mode."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from kg.datafiles import Kind, Table, Words, load_datafile, load_packaged
from kg.model import PloverType

__all__ = [
    "COOPERATIVE",
    "FUTURE_AUX",
    "HOSTILE",
    "MATERIAL",
    "Lexicon",
    "Sense",
    "WordClasses",
    "load_lexicon",
    "word_classes",
]

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "claim",
        "reveal",
        "assert",
        "confirm",
        "announce",
        "report",
        "state",
        "add",
        "insist",
        "allege",
        "write",
        "tweet",
        "note",
        "explain",
        "argue",
        "declare",
        "maintain",
        "suggest",
        "stress",
        "warn",
        "acknowledge",
        "admit",
        "post",
    ]
)
DENIAL_VERBS = frozenset(["deny", "refute", "dismiss", "disprove", "contradict", "rebut"])
HEDGES = frozenset(["reportedly", "allegedly", "apparently", "purportedly", "supposedly"])
FUTURE_AUX = frozenset(["will", "shall", "'ll"])
"""Auxiliaries of what a sentence says will happen."""
RECEIVE_VERBS = frozenset(["get", "receive", "obtain", "accept", "gain"])
ENDING_VERBS = frozenset(
    [
        "end",
        "stop",
        "halt",
        "cease",
        "suspend",
        "lift",
        "ease",
        "cut",
        "freeze",
        "prohibit",
        "terminate",
        "shorten",
    ]
)
"""Verbs that end, lift or suspend what their object names ("lifted the blockade")."""

COOPERATIVE = frozenset(
    [
        PloverType.SUPPORT,
        PloverType.AID,
        PloverType.RETREAT,
        PloverType.CONSULT,
        PloverType.CONCEDE,
        PloverType.COOPERATE,
        PloverType.AGREE,
    ]
)
HOSTILE = frozenset(
    [
        PloverType.ASSAULT,
        PloverType.COERCE,
        PloverType.PROTEST,
        PloverType.SANCTION,
        PloverType.MOBILIZE,
    ]
)
MATERIAL = frozenset(
    [
        PloverType.ASSAULT,
        PloverType.COERCE,
        PloverType.RETREAT,
        PloverType.PROTEST,
        PloverType.MOBILIZE,
        PloverType.AID,
        PloverType.CRIME,
        PloverType.CONSULT,
    ]
)
"""PLOVER types of cooperative, hostile and material (not only verbal) events."""


class Sense(NamedTuple):
    """What a trigger word means in the lexicon: its PLOVER type and mode ("ASSAULT/killing")."""

    type: PloverType
    mode: str | None


@dataclass(frozen=True)
class Lexicon:
    """Lemma tables read from ``kg/events/data/triggers.yaml``; one field per section."""

    verbs: dict[str, Sense]
    particles: dict[str, Sense]
    nouns: dict[str, Sense]
    compounds: dict[str, Sense]
    unaccusative: frozenset[str]
    needs_argument: frozenset[str]
    undergoer_nouns: frozenset[str]
    compound_heads: frozenset[str]
    natural_causes: frozenset[str]
    needs_actor_object: frozenset[str]
    action_nouns: frozenset[str]
    human_nouns: frozenset[str]
    light_verbs: frozenset[str]
    needs_person_object: frozenset[str]
    needs_assailant: frozenset[str]
    assailant_nouns: frozenset[str]
    needs_complement: frozenset[str]
    pursuit_verbs: frozenset[str]
    pursuers: frozenset[str]
    wanted_nouns: frozenset[str]


def _sense(value: str) -> Sense:
    """A trigger's "TYPE" or "TYPE/mode"; ValueError for a type PLOVER does not have."""
    event_type, _, mode = value.partition("/")
    if event_type not in PloverType.__members__:
        allowed = ", ".join(PloverType)
        raise ValueError(f"unknown PLOVER type {event_type!r} (use one of {allowed})")
    return Sense(PloverType(event_type), mode or None)


_SENSE_TABLES = ("verbs", "particles", "nouns", "compounds")
_LEXICON_SECTIONS: dict[str, Kind[Any]] = {
    f.name: Table(_sense, lower=True) if f.name in _SENSE_TABLES else Words(lower=True)
    for f in fields(Lexicon)
}


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a trigger lexicon; the packaged one when *path* is None.

    Every section of the packaged ``triggers.yaml`` must be present; an unknown or misspelt
    section, a repeated entry or an unknown PLOVER type raises ``InputError`` with the line.
    Loads are cached per path (``load_lexicon.cache_clear()`` forgets them)."""
    if path is None:
        return Lexicon(**load_packaged("kg.events", "data/triggers.yaml", _LEXICON_SECTIONS))
    return Lexicon(**load_datafile(path, _LEXICON_SECTIONS))


@dataclass(frozen=True)
class WordClasses:
    """Word classes the event readers share, read from ``kg/events/data/words.yaml``."""

    person_roles: frozenset[str]


_WORD_SECTIONS = {"person_roles": Words(lower=True)}


@cache
def word_classes() -> WordClasses:
    """The packaged word classes, read once (``word_classes.cache_clear()`` reads them again)."""
    return WordClasses(**load_packaged("kg.events", "data/words.yaml", _WORD_SECTIONS))
