"""The actor stage's word lists, read from ``data/words.yaml`` with the strict loader.

Titles, role nouns, name heads and the verb and noun classes the mention, grouping and
gazetteer rules read; each section of the file is a field of :class:`ActorWords`. The file is
read once per process (:func:`actor_words`); a misspelt, missing or repeated section or a bad
entry fails with ``path:line: message``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

from kg.datafiles import Kind, Table, Words, load_packaged
from kg.model import RelationType

__all__ = ["ActorWords", "actor_words", "first_name_gender", "first_name_variants", "title_gender"]


@dataclass(frozen=True)
class ActorWords:
    """The sections of ``kg/actors/data/words.yaml``; the file's comments say what each is for."""

    titles: frozenset[str]
    office_titles: frozenset[str]
    peerage_titles: frozenset[str]
    not_names: frozenset[str]
    products: frozenset[str]
    weekdays: frozenset[str]
    time_zones: frozenset[str]
    ship_prefixes: frozenset[str]
    vessel_nouns: frozenset[str]
    vehicle_nouns: frozenset[str]
    vehicle_makes: frozenset[str]
    person_roles: frozenset[str]
    kin_nouns: frozenset[str]
    occupations: frozenset[str]
    apposition_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    speaker_after: frozenset[str]
    speaker_before: frozenset[str]
    org_name_heads: frozenset[str]
    namesake_heads: frozenset[str]
    event_name_heads: frozenset[str]
    facility_name_heads: frozenset[str]
    place_name_heads: frozenset[str]
    street_prefixes: frozenset[str]
    street_heads: frozenset[str]
    building_heads: frozenset[str]
    place_heads: frozenset[str]
    units: frozenset[str]
    unit_leaders: frozenset[str]
    unit_followers: frozenset[str]
    descriptors: frozenset[str]
    arabic_articles: frozenset[str]
    non_agent_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    addressee_verbs: frozenset[str]
    locative_prepositions: frozenset[str]
    compass_adjectives: frozenset[str]
    membership_roles: frozenset[str]
    sector_modifiers: dict[str, str]
    quantity_words: frozenset[str]
    definite_determiners: frozenset[str]
    harm_verbs: frozenset[str]
    unnamed_places: frozenset[str]
    count_nouns: frozenset[str]
    nominal_heads: frozenset[str]
    armed_modifiers: frozenset[str]
    place_descriptions: dict[str, str]
    role_relations: dict[str, RelationType]
    generic_modifiers: frozenset[str]
    armed_subtypes: frozenset[str]
    collective_endings: frozenset[str]
    place_suffixes: frozenset[str]
    name_suffixes: frozenset[str]
    company_heads: frozenset[str]
    seat_heads: frozenset[str]
    publication_heads: frozenset[str]
    acronym_skips: frozenset[str]
    headline_lowercase: frozenset[str]
    spelling_variants: dict[str, str]
    first_name_nicknames: dict[str, str]
    pronoun_sexes: dict[str, str]
    gendered_titles: dict[str, str]
    gendered_nouns: dict[str, str]


def _sex(value: str) -> str:
    """A sex written in a word list: "m" or "f"."""
    if value not in {"m", "f"}:
        raise ValueError(f"expected m or f, got {value!r}")
    return value


_TABLES: dict[str, Kind[Any]] = {
    "sector_modifiers": Table(str, lower=True),
    "place_descriptions": Table(str, lower=True),
    "role_relations": Table(RelationType, lower=True),
    "spelling_variants": Table(str, lower=True),
    "first_name_nicknames": Table(str, lower=True),
    "pronoun_sexes": Table(_sex, lower=True),
    "gendered_titles": Table(_sex, lower=True),
    "gendered_nouns": Table(_sex, lower=True),
}
# lists compared with the text's own case
_AS_WRITTEN = {"titles", "office_titles", "ship_prefixes"}
_SECTIONS: dict[str, Kind[Any]] = {
    f.name: _TABLES.get(f.name, Words(lower=f.name not in _AS_WRITTEN)) for f in fields(ActorWords)
}


@cache
def actor_words() -> ActorWords:
    """The packaged word lists (read once per process)."""
    return ActorWords(**load_packaged("kg.actors", "data/words.yaml", _SECTIONS))


@cache
def first_name_variants() -> dict[str, frozenset[str]]:
    """A first name (lower case) -> the first names it is a nickname of or that are nicknames
    of it ("jon" -> {"john", ...}, "bill" -> {"william", ...}), from ``data/first_names.csv``
    (made by ``scripts/convert_nicknames.py`` from the ``nicknames`` dataset) and the nicknames
    it lacks (``first_name_nicknames`` of ``data/words.yaml``: "mo" -> {"maurice", ...})."""
    text = resources.files("kg.actors").joinpath("data/first_names.csv").read_text("utf-8")
    rows = csv.reader(line for line in text.splitlines() if not line.startswith("#"))
    if next(rows, None) != ["name", "variant"]:
        raise ValueError("kg/actors/data/first_names.csv: expected the columns name,variant")
    out: dict[str, set[str]] = defaultdict(set)
    extra = [(nick, name) for nick, names in actor_words().first_name_nicknames.items()
             for name in names.split("|")]
    for a, b in [*rows, *extra]:
        out[a].add(b)
        out[b].add(a)
    return {name: frozenset(others) for name, others in out.items()}


@cache
def _first_name_genders() -> dict[str, str]:
    text = resources.files("kg.actors").joinpath("data/first_name_genders.csv").read_text("utf-8")
    rows = csv.reader(line for line in text.splitlines() if not line.startswith("#"))
    if next(rows, None) != ["name", "gender"]:
        raise ValueError("kg/actors/data/first_name_genders.csv: expected the columns name,gender")
    return {name: gender for name, gender in rows}


def first_name_gender(name: str) -> str:
    """The sex ("m", "f") that bears the first name *name* far more often than the other,
    from ``data/first_name_genders.csv`` (US Census first names, made by
    ``scripts/convert_first_name_genders.py``), else ""."""
    return _first_name_genders().get(name.lower().rstrip("."), "")


def title_gender(titles: list[str] | tuple[str, ...]) -> str:
    """The sex ("m", "f") a person's titles give ("Mr.", "Mrs", "Queen"; ``gendered_titles``
    of ``data/words.yaml``), else ""."""
    said = {actor_words().gendered_titles.get(t.lower().rstrip("."), "") for t in titles} - {""}
    return said.pop() if len(said) == 1 else ""
