"""The events stage's data: the trigger lexicon and the word classes the readers share.

The trigger lexicon (``data/triggers.yaml``, :class:`Lexicon`) says which verbs and nouns are
events, with their PLOVER type and mode, and which uses of them are none; a user may pass their
own. The word classes (``data/words.yaml``, :class:`WordClasses`) are the function words and
verb classes the readers interpret a parse with. Both are read with the strict loader of
:mod:`kg.datafiles`, once per path.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from kg import datafiles, model
from kg._saved import saved
from kg.datafiles import Kind, Table, Words, load_datafile, load_packaged
from kg.model import ActorType, PloverType

__all__ = [
    "COOPERATIVE",
    "HOSTILE",
    "MATERIAL",
    "VIOLENT",
    "Lexicon",
    "Sense",
    "WordClasses",
    "load_lexicon",
    "word_classes",
]

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
        PloverType.DEATH,
    ]
)
VIOLENT = frozenset([PloverType.ASSAULT, PloverType.CRIME])
"""PLOVER types of cooperative, hostile, material (not only verbal) and violent events. A
violent event happens where its target is ("an attack on the market in Strasbourg"), unlike
sanctions or protests aimed at someone elsewhere; its harm may have a natural cause."""


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
    non_event_compounds: frozenset[str]
    unaccusative: frozenset[str]
    ergative: frozenset[str]
    needs_argument: frozenset[str]
    undergoer_nouns: frozenset[str]
    compound_heads: frozenset[str]
    natural_causes: frozenset[str]
    disasters: frozenset[str]
    accidents: frozenset[str]
    accident_words: frozenset[str]
    accident_verbs: frozenset[str]
    disaster_preps: frozenset[str]
    death_words: frozenset[str]
    needs_actor_object: frozenset[str]
    document_nouns: frozenset[str]
    action_nouns: frozenset[str]
    human_nouns: frozenset[str]
    light_verbs: frozenset[str]
    needs_person_object: frozenset[str]
    needs_assailant: frozenset[str]
    detonation_particles: frozenset[str]
    explosive_nouns: frozenset[str]
    damage_verbs: frozenset[str]
    damage_nouns: frozenset[str]
    cause_verbs: frozenset[str]
    emplacement_verbs: frozenset[str]
    assailant_nouns: frozenset[str]
    needs_complement: frozenset[str]
    pursuit_verbs: frozenset[str]
    pursuers: frozenset[str]
    wanted_nouns: frozenset[str]
    charge_heads: frozenset[str]
    charge_preps: frozenset[str]
    naming_verbs: frozenset[str]
    comment_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    admission_verbs: frozenset[str]
    intransitive_only: frozenset[str]
    call_preps: frozenset[str]
    fall_verbs: frozenset[str]
    self_harm_verbs: frozenset[str]
    body_parts: frozenset[str]
    rate_nouns: frozenset[str]
    contest_verbs: frozenset[str]
    play_verbs: frozenset[str]
    competition_nouns: frozenset[str]
    game_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    traffic_nouns: frozenset[str]
    cause_preps: frozenset[str]
    result_nouns: frozenset[str]
    motion_verbs: frozenset[str]
    motion_preps: frozenset[str]
    motion_adverbs: frozenset[str]
    place_object_verbs: frozenset[str]
    destination_nouns: frozenset[str]
    trade_verbs: frozenset[str]
    giving_trade_verbs: frozenset[str]
    either_trade_verbs: frozenset[str]
    located_at_modes: frozenset[str]
    object_target_modes: frozenset[str]
    agentive_of_modes: frozenset[str]
    country_left_modes: frozenset[str]
    place_target_modes: frozenset[str]
    ended_restriction_modes: frozenset[str]
    unarmed_modes: frozenset[str]
    explosive_modes: frozenset[str]
    cameo_verb_types: frozenset[str]
    cameo_verbs: dict[str, Sense]
    cameo_patterns: dict[str, Sense]


_DATA = Path(__file__).resolve().parent / "data"
_PLOVER_NAMES = frozenset(PloverType.__members__)


@cache
def _sense(value: str) -> Sense:
    """A trigger's "TYPE" or "TYPE/mode"; ValueError for a type PLOVER does not have."""
    event_type, _, mode = value.partition("/")
    if event_type not in _PLOVER_NAMES:
        allowed = ", ".join(PloverType)
        raise ValueError(f"unknown PLOVER type {event_type!r} (use one of {allowed})")
    return Sense(PloverType(event_type), mode or None)


_CAMEO_SECTIONS: dict[str, Kind[Any]] = {  # the tables of data/cameo_verbs.yaml
    "cameo_synsets": Table(Words(lower=True), lower=True),
    "cameo_verbs": Table(_sense, lower=True),
    "cameo_patterns": Table(_sense, lower=True),
}
_CAMEO_FIELDS = tuple(f.name for f in fields(Lexicon) if f.name in _CAMEO_SECTIONS)
_SENSE_TABLES = tuple(
    f.name for f in fields(Lexicon) if f.type == "dict[str, Sense]" and f.name not in _CAMEO_FIELDS
)
_MODE_GROUPS = tuple(f.name for f in fields(Lexicon) if f.name.endswith("_modes"))
_LEXICON_SECTIONS: dict[str, Kind[Any]] = {
    f.name: Table(_sense, lower=True) if f.name in _SENSE_TABLES else Words(lower=True)
    for f in fields(Lexicon)
    if f.name not in _CAMEO_FIELDS
}
_LEXICON_SECTIONS["cameo_verb_types"] = Words(allowed=frozenset(PloverType))


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a trigger lexicon; the packaged one when *path* is None.

    Every section of the packaged ``triggers.yaml`` must be present; an unknown or misspelt
    section, a repeated entry, an unknown PLOVER type or a mode group naming no trigger's mode
    raises ``InputError`` with the line. Loads are cached per path
    (``load_lexicon.cache_clear()`` forgets them)."""

    def read(sections: dict[str, Kind[Any]]) -> dict[str, Any]:
        if path is None:
            return load_packaged("kg.events", "data/triggers.yaml", sections)
        return load_datafile(path, sections)

    data = read(_LEXICON_SECTIONS)
    modes = frozenset(
        sense.mode for table in _SENSE_TABLES for sense in data[table].values() if sense.mode
    )
    if any(not data[group] <= modes for group in _MODE_GROUPS):
        # read again, the groups now checked against the modes, for the error's line
        read(_LEXICON_SECTIONS | {g: Words(lower=True, allowed=modes) for g in _MODE_GROUPS})
    return Lexicon(**data, **_cameo())


@cache
def _cameo() -> dict[str, Any]:
    """The CAMEO verbs and patterns (``data/cameo_verbs.yaml``, converted from PETRARCH2's
    dictionary by ``scripts/convert_cameo_verbs.py``): the breadth beneath every lexicon's own
    entries, consulted only for a word the lexicon has no sense for. A pattern "give &weapon"
    stands for the verb with each word of the synset. The tables, some 58,000 words, are read
    and checked once per installation and saved (see :mod:`kg._saved`)."""
    sources = [_DATA / "cameo_verbs.yaml", Path(__file__), Path(datafiles.__file__),
               Path(model.__file__)]  # the model's PLOVER types check the senses
    tables = saved("cameo", sources, _cameo_tables)
    return {name: {word: _sense(value) for word, value in table.items()}
            for name, table in tables.items()}


def _cameo_tables() -> dict[str, dict[str, str]]:
    """The CAMEO tables as the text of each word's sense ("TYPE/mode"), patterns expanded."""
    data = load_packaged("kg.events", "data/cameo_verbs.yaml", _CAMEO_SECTIONS)
    synsets = data.pop("cameo_synsets")
    patterns: dict[str, Sense] = {}
    for key, sense in data["cameo_patterns"].items():
        head, amp, synset = key.partition("&")
        for word in sorted(synsets[synset]) if amp else [""]:
            patterns.setdefault(head + word, sense)
    data["cameo_patterns"] = patterns
    return {name: {word: _sense_text(sense) for word, sense in table.items()}
            for name, table in data.items()}


def _sense_text(sense: Sense) -> str:
    return f"{sense.type}/{sense.mode}" if sense.mode else str(sense.type)


@dataclass(frozen=True)
class WordClasses:
    """Word classes the event readers share, read from ``kg/events/data/words.yaml``; one
    field per section (see the file for what each class is for)."""

    reporting_verbs: frozenset[str]
    alleging_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    rejecting_verbs: frozenset[str]
    hedges: frozenset[str]
    hedging_passives: frozenset[str]
    future_aux: frozenset[str]
    commitment_aux: frozenset[str]
    modal_aux: frozenset[str]
    possibility_aux: frozenset[str]
    deontic_aux: frozenset[str]
    demand_heads: frozenset[str]
    intent_heads: frozenset[str]
    commitment_heads: frozenset[str]
    accusing_verbs: frozenset[str]
    accused_preps: frozenset[str]
    claim_nouns: frozenset[str]
    claim_making_verbs: frozenset[str]
    author_preps: frozenset[str]
    correlatives: frozenset[str]
    negative_pronouns: frozenset[str]
    negative_prepositions: frozenset[str]
    conditional_marks: frozenset[str]
    raising_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    undergoing_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    device_verbs: frozenset[str]
    responding_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    cause_marks: frozenset[str]
    complementisers: frozenset[str]
    participation_verbs: frozenset[str]
    target_preps: frozenset[str]
    aiming_verbs: frozenset[str]
    series_nouns: frozenset[str]
    locative_preps: frozenset[str]
    instrument_preps: frozenset[str]
    list_preps: frozenset[str]
    personal_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    first_person_pronouns: frozenset[str]
    speaking_roles: frozenset[str]
    speaking_for_preps: frozenset[str]
    role_body_preps: frozenset[str]
    opening_quotes: frozenset[str]
    closing_quotes: frozenset[str]
    relative_pronouns: frozenset[str]
    it_pronouns: frozenset[str]
    plural_possessives: frozenset[str]
    definite_determiners: frozenset[str]
    group_nouns: frozenset[str]
    pronoun_types: dict[str, frozenset[str]]  # "they" -> {"organisation", "group"}
    typed_target_preps: dict[str, frozenset[str]]  # "to" -> {"AID", "SUPPORT", ...}
    purpose_preps: dict[str, frozenset[str]]  # "in" -> {"PROTEST", "DISAPPROVE"}
    person_roles: frozenset[str]
    origin_nouns: frozenset[str]
    number_words: dict[str, int]  # "three" -> 3


_WORD_SECTIONS: dict[str, Kind[Any]] = {
    f.name: Words(lower=True) for f in fields(WordClasses) if f.type == "frozenset[str]"
} | {
    "pronoun_types": Table(Words(lower=True, allowed=frozenset(ActorType)), lower=True),
    "typed_target_preps": Table(Words(allowed=frozenset(PloverType)), lower=True),
    "purpose_preps": Table(Words(allowed=frozenset(PloverType)), lower=True),
    "number_words": Table(int, lower=True),
}


@cache
def word_classes() -> WordClasses:
    """The packaged word classes, read once (``word_classes.cache_clear()`` reads them again)."""
    return WordClasses(**load_packaged("kg.events", "data/words.yaml", _WORD_SECTIONS))
