"""The trigger lexicon: which verbs and nouns are events, with their PLOVER type and mode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from kg.datafiles import Words, load_packaged
from kg.errors import InputError

__all__ = ["FUTURE_AUX", "PLOVER_TYPES", "Lexicon", "WordClasses", "load_lexicon", "word_classes"]

PLOVER_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "INVESTIGATE",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "CRIME",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)
"""The event types of the PLOVER manual (draft 0.8); FIGHT of older drafts is ASSAULT."""

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

COOPERATIVE = frozenset(["SUPPORT", "AID", "RETREAT", "CONSULT", "CONCEDE", "COOPERATE", "AGREE"])
HOSTILE = frozenset(["ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE"])
MATERIAL = frozenset(
    ["ASSAULT", "COERCE", "RETREAT", "PROTEST", "MOBILIZE", "AID", "CRIME", "CONSULT"]
)
"""PLOVER types of cooperative, hostile and material (not only verbal) events."""


@dataclass(frozen=True)
class Lexicon:
    """Lemma tables read from ``kg/events/data/triggers.yaml``."""

    verbs: dict[str, tuple[str, str | None]]
    particles: dict[str, tuple[str, str | None]]
    nouns: dict[str, tuple[str, str | None]]
    compounds: dict[str, tuple[str, str | None]]
    unaccusative: frozenset[str]
    needs_argument: frozenset[str] = frozenset()
    undergoer_nouns: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()
    needs_actor_object: frozenset[str] = frozenset()
    human_nouns: frozenset[str] = frozenset()
    action_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    needs_person_object: frozenset[str] = frozenset()
    needs_assailant: frozenset[str] = frozenset()
    assailant_nouns: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    pursuit_verbs: frozenset[str] = frozenset()
    pursuers: frozenset[str] = frozenset()
    wanted_nouns: frozenset[str] = frozenset()


def _entry(path: Path | str, key: str, value: object) -> tuple[str, str | None]:
    if not isinstance(value, str):
        raise InputError(path, f"trigger {key!r}: expected 'TYPE' or 'TYPE/mode', got {value!r}")
    kind, _, mode = value.partition("/")
    if kind not in PLOVER_TYPES:
        allowed = ", ".join(sorted(PLOVER_TYPES))
        raise InputError(
            path, f"trigger {key!r}: unknown PLOVER type {kind!r} (use one of {allowed})"
        )
    return kind, mode or None


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a trigger lexicon; the packaged one when *path* is None."""
    if path is None:
        return _packaged()
    return _read(path.read_text(encoding="utf-8"), path)


@cache
def _packaged() -> Lexicon:
    source = resources.files("kg.events").joinpath("data/triggers.yaml")
    return _read(source.read_text(encoding="utf-8"), "kg/events/data/triggers.yaml")


def _read(text: str, path: Path | str) -> Lexicon:
    data = yaml.safe_load(text) or {}
    tables = {
        section: {str(k): _entry(path, str(k), v) for k, v in (data.get(section) or {}).items()}
        for section in ("verbs", "particles", "nouns", "compounds")
    }
    return Lexicon(
        tables["verbs"],
        tables["particles"],
        tables["nouns"],
        tables["compounds"],
        frozenset(data.get("unaccusative") or ()),
        frozenset(data.get("needs_argument") or ()),
        frozenset(data.get("undergoer_nouns") or ()),
        frozenset(data.get("compound_heads") or ()),
        frozenset(data.get("natural_causes") or ()),
        frozenset(data.get("needs_actor_object") or ()),
        frozenset(data.get("human_nouns") or ()),
        frozenset(data.get("action_nouns") or ()),
        *(
            frozenset(data.get(key) or ())
            for key in (
                "light_verbs",
                "needs_person_object",
                "needs_assailant",
                "assailant_nouns",
                "needs_complement",
                "pursuit_verbs",
                "pursuers",
                "wanted_nouns",
            )
        ),
    )


@dataclass(frozen=True)
class WordClasses:
    """Word classes the event readers share, read from ``kg/events/data/words.yaml``."""

    person_roles: frozenset[str]


_WORD_SECTIONS = {"person_roles": Words(lower=True)}


@cache
def word_classes() -> WordClasses:
    """The packaged word classes, read once (``word_classes.cache_clear()`` reads them again)."""
    return WordClasses(**load_packaged("kg.events", "data/words.yaml", _WORD_SECTIONS))
