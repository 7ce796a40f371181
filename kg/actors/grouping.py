"""Actors within one document: its candidates grouped into the actors the document names.

Mentions are grouped by acronym definitions, surnames and partial names that point back to one
full name, and dictionary aliases. The result, :class:`DocumentActors`, is a compact record of
plain values (no spaCy objects, no dictionary or gazetteer objects: entries and countries by
their label and ISO code) that :mod:`kg.actors.resolve` merges across documents. Each group
carries its share of the type vote, so that the merge never reads the text again.

Every lookup over the document's names goes through an index (by word, initials, sentence):
the cost of a document grows with its length, not with its square.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar, overload

from kg.actors.gazetteer import ActorDictionary, DictionaryEntry, Gazetteer, Place, name_key
from kg.actors.mentions import (
    ARABIC_ARTICLES,
    ARMED_MODIFIERS,
    DESCRIBES,
    FACILITY_NAME_HEADS,
    ORG_NAME_HEADS,
    PARTICIPANT,
    PLACE_NAME_HEADS,
    RELATIVE,
    Candidate,
)
from kg.actors.words import actor_words, first_name_gender, first_name_variants, title_gender
from kg.model import ActorType, Mention, MentionLabel, RelationType

__all__ = [
    "DEMONYM_PERSON",
    "METONYM",
    "UNNAMED",
    "DocumentActors",
    "NameGroup",
    "NameMention",
    "Participant",
    "StatedRelation",
    "group_document",
    "group_sex",
    "longest_name",
    "person_sexes",
    "plural_nickname",
    "team_parts",
    "team_places",
    "variant",
]

_WORDS = actor_words()  # kg/actors/data/words.yaml
_NER_TYPES = {
    MentionLabel.PERSON: ActorType.PERSON,
    MentionLabel.ORG: ActorType.ORGANISATION,
    MentionLabel.GPE: ActorType.COUNTRY,
    MentionLabel.LOC: ActorType.PLACE,
    MentionLabel.FAC: ActorType.PLACE,
    MentionLabel.NORP: ActorType.GROUP,
}
_CUE_WEIGHTS = {
    "person": (ActorType.PERSON, 4.0),
    "place": (ActorType.PLACE, 10.0),
    "speaker": (ActorType.PERSON, 0.5),
    "age": (ActorType.PERSON, 4.0),
    "organisation": (ActorType.ORGANISATION, 4.0),
    "vessel": (ActorType.ORGANISATION, 10.0),  # "INS Mysore", then "Mysore" as NER's person
    "located": (ActorType.PLACE, 2.5),
}
_ROLE_RELATIONS = _WORDS.role_relations

METONYM = "metonym"
"""Cue of a capital named for its country's government ("Moscow denied"): a mention of the
country, never one of its aliases, so that the city keeps its own node everywhere else."""

DEMONYM_PERSON = "demonym_person"
"""Cue of a definite demonym that is a noun for one person ("the New Zealand-born Australian"):
a description of the person the sentence before names, where there is one (see
:func:`_person_before`); else the people, as any demonym noun."""

CAPITALS = "capitals"
"""Cue of a one-word name in capitals the document writes no other way: an acronym or a call
sign ("ATI", "NBC10"), no person's name whatever the NER says."""

UNNAMED = "unnamed"
"""``Actor.subtype`` of an unnamed participant whose noun tells no sector ("civilians", "the
gunman"); one that does carries it instead ("US troops": ``military``)."""


# ---------------------------------------------------------------------------- the record


_T = TypeVar("_T")
_V = TypeVar("_V")


class _worked_out(Generic[_T, _V]):
    """:func:`functools.cached_property` without its lock (Python 3.11 takes one at each first
    use, and the merge makes some 40,000 first uses of its groups' properties): the value is
    kept in the instance's ``__dict__``, which attribute lookups read before this descriptor."""

    def __init__(self, func: Callable[[_T], _V]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type[_T]) -> _worked_out[_T, _V]: ...

    @overload
    def __get__(self, instance: _T, owner: type[_T]) -> _V: ...

    def __get__(self, instance: _T | None, owner: type[_T]) -> _V | _worked_out[_T, _V]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class NameMention:
    """One mention of a named actor, as the cross-document merge reads it."""

    start: int
    end: int
    text: str
    sentence: int
    label: MentionLabel
    titles: tuple[str, ...] = ()
    defined: bool = False  # an acronym the text defines ("NRFA"): never the actor's label
    metonym: bool = False  # a capital standing for its government: no alias of the country
    placed: bool = False  # where something happens, a modifier or a place: "in X", "X native"
    venue: bool = False  # where something happens: "in Indy", "at Kansas City"
    within: str = ""  # the country or US state it is placed in: "USA AK" for "Palmer, Alaska"

    def mention(self, document_id: str) -> Mention:
        return Mention(document_id, self.start, self.end, self.text, self.sentence, self.label)


@dataclass(frozen=True)
class NameGroup:
    """Mentions that one document says are the same actor, with that document's evidence.

    ``entry`` is the label of the dictionary entry the group names; ``country`` the ISO3 code
    of the country it names, ``people_of`` that of the country whose people it names ("the
    Afghans"). ``votes`` are the group's share of the type vote (see
    :func:`kg.actors.resolve.merge_actors`); ``conjuncts`` the keys of the groups its mentions
    are coordinated with ("Panjshir and Andarab")."""

    key: str
    document_id: str
    mentions: tuple[NameMention, ...]
    entry: str | None = None
    country: str | None = None
    people_of: str | None = None
    votes: tuple[tuple[ActorType, float], ...] = ()
    conjuncts: tuple[str, ...] = ()
    gender: str = ""  # a person's, by the pronouns after its mentions: "m", "f" or unknown

    @_worked_out
    def names(self) -> dict[str, int]:
        """How often each named mention text occurs (a capital standing for its country is no
        name of it): the cross-document merge asks for it many times a group."""
        names: dict[str, int] = {}  # a Counter costs more to make than to fill for so few
        for m in self.mentions:
            if m.label != MentionLabel.NOMINAL and not m.metonym:
                names[m.text] = names.get(m.text, 0) + 1
        return names

    @_worked_out
    def name(self) -> str:
        """The longest, then most frequent, of :attr:`names` ("" when it has none)."""
        return longest_name(self.names)

    @_worked_out
    def voted_person(self) -> bool:
        """Whether a person leads the group's share of the type vote."""
        votes = dict(self.votes)
        return bool(votes) and max(votes, key=lambda t: votes[t]) is ActorType.PERSON

    def __getstate__(self) -> dict[str, object]:
        """The fields alone: what the merge works out again is not pickled into records."""
        return {f: self.__dict__[f] for f in _GROUP_FIELDS}


def longest_name(names: dict[str, int]) -> str:
    """Of *names* (text -> count), the one of most words, then most frequent, then first in
    order ("" when there is none)."""
    if not names:
        return ""
    return max(sorted(names), key=lambda n: (len(words_of(n)), names[n]))


_GROUP_FIELDS = tuple(f.name for f in fields(NameGroup))


@dataclass(frozen=True)
class Participant:
    """A mention of an unnamed participant ("three soldiers", "Afghan civilians").

    ``seed`` is what the actor's IRI is minted from: the label alone for a group qualified by
    a country (one node across documents), else the label with the document id (and the start
    of an indefinite mention that repeats a phrase: someone new)."""

    seed: str
    label: str
    type: ActorType
    mention: NameMention
    sector: str | None = None
    country: str | None = None
    alias: bool = True  # whether its text is an alias of the actor (a bare count is not)


@dataclass(frozen=True)
class StatedRelation:
    """A relation a role noun states between two mentions ("NRFA leader Ahmad Massoud")."""

    subject: int  # start of the subject's mention
    predicate: RelationType
    object: int  # start of the object's mention
    evidence: NameMention  # the words that state it


@dataclass(frozen=True)
class DocumentActors:
    """Everything one document says about its actors; merged over documents by
    :func:`kg.actors.resolve.merge_actors`."""

    document_id: str
    groups: tuple[NameGroup, ...]  # sorted by key
    participants: tuple[Participant, ...] = ()  # in document order
    relations: tuple[StatedRelation, ...] = ()  # in document order
    date: dt.date | None = None  # the document's: a team's name in its day


# ---------------------------------------------------------------------------- names


def words_of(text: str) -> list[str]:
    """The words of a name, a hyphen being a word of its own ("al - Qaeda")."""
    return text.replace("-", " - ").split()


def _name_words(text: str) -> list[str]:
    """The words of a name without Arabic articles ("al-Baghdadi", "Al-Baghdadi" and
    "Baghdadi" are one surname)."""
    words = words_of(text)
    return [
        w
        for i, w in enumerate(words)
        if not (w.lower() in ARABIC_ARTICLES and words[i + 1 : i + 2] == ["-"])
        and not (w == "-" and i > 0 and words[i - 1].lower() in ARABIC_ARTICLES)
    ]


def _said_person(c: Candidate) -> bool:
    """Whether the words around a mention say it is a person's: a role, title or age."""
    return bool({"person", "age"} & set(c.cues)) or bool(c.titles)


def _team_plural(c: Candidate, gazetteer: Gazetteer) -> bool:
    """A one-word name in the plural after "the" ("the Colts", "the Tsarnaevs"): a team or a
    family, never one person, whatever the NER calls it; not a people ("the Serbs") nor a
    place ("the Caucasus")."""
    return (
        " " not in c.text
        and "determined" in c.cues
        and c.text.endswith("s")
        and not c.text.endswith(_NO_PLURAL_ENDINGS)
        and gazetteer.demonym(c.text) is None
    )


_NO_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s")
"""Endings of words that look plural but are none ("Cross", "Campus", "Paris")."""


def _person_like(c: Candidate) -> bool:
    """Whether a mention says its name is a person's: a role, title or age, or the NER's
    PERSON label unless the words around name a place ("her hometown of Wasilla") or the name
    is an acronym or a call sign (:data:`CAPITALS`)."""
    cues = set(c.cues)
    return (
        (c.label == MentionLabel.PERSON and not {"place", CAPITALS} & cues)
        or bool({"person", "age"} & cues)
        or bool(c.titles)
    )


def _mark_capitals(candidates: list[Candidate], text: str) -> None:
    """Cue :data:`CAPITALS` on each one-word name in capitals on a line in lower case that the
    document never writes in lower case letters as a name's word ("ATI", "NBC10"; not "ROSS"
    beside "Gary Ross", nor "OLER" in a line all in capitals)."""
    cased = {w.upper() for c in candidates if not c.text.isupper() for w in words_of(c.text)}
    for c in candidates:
        end = text.find("\n", c.end)
        line = text[text.rfind("\n", 0, c.start) + 1 : end if end >= 0 else len(text)]
        if (c.text.isupper() and " " not in c.text and c.text not in cased
                and _LOWER_RUN.search(line) and CAPITALS not in c.cues):
            c.cues.append(CAPITALS)


_LOWER_RUN = re.compile(r"[a-z]{3}")


def _capitalised(text: str) -> bool:
    return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words_of(text) if w != "-")


def _stem_of(adjective: str, name: str) -> bool:
    """Whether a group adjective is formed from a place name: Dagestani, Chechen, Soviet."""
    a, n = adjective.lower(), name.lower()
    if n.startswith(a + " ") or (a.startswith(n) and len(a) - len(n) <= 3):
        return True
    common = 0
    for x, y in zip(a, n, strict=False):
        if x != y:
            break
        common += 1
    return common >= 5 and common >= len(a) - 2 and " " not in n


def own_place(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows *name* as a place under that name (not another spelling);
    never an organisation word ("Police" is a town in Poland, but "Police said" is not it)."""
    if name.lower() in ORG_NAME_HEADS:
        return False
    found = gazetteer.place(name)
    # other spellings count for names of two words or more ("Khan Younis" for Khān Yūnis); a
    # single word may be a town's rare other name ("Police")
    return found is not None and (
        name_key(found.label).startswith(name_key(name)) or len(words_of(name)) >= 2
    )


_BODY_HEADS = ORG_NAME_HEADS | _WORDS.company_heads | _WORDS.publication_heads


def place_body(name: str, place: str, gazetteer: Gazetteer) -> bool:
    """Whether *name* is a body named after the place it starts with ("Los Angeles Times",
    "Boston Police", "Kabul Bank"): an organisation of that place, never the place itself."""
    words, start = words_of(name), words_of(place)
    return (
        len(words) > len(start)
        and words[: len(start)] == start
        and words[-1].lower() in _BODY_HEADS
        and own_place(place, gazetteer)
    )


def team_parts(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """A team's name split into its place and its plural ("Kansas City Chiefs" -> "kansas city",
    "chiefs"; "Philadelphia 76ers"), or None: a place the gazetteer knows, then capitalised
    words ending in a plural that is no organisation, facility or place word ("New York Times",
    "Solomon Islands" are no teams). A team the gazetteer knows by that name
    (:meth:`Gazetteer.team`: "Sixers", "Drake Bulldogs") gives the place and nickname of its
    current full name."""
    team = gazetteer.team(name)
    if team is not None and name_key(name) not in {name_key(n) for n, _, _ in team.former}:
        return team.place.lower(), team.nickname.lower()
    return _written_team_parts(name, gazetteer)


def team_places(name: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """The places that may stand for a team named *name*, each with the rest of the name:
    :func:`team_parts`, then the gazetteer's place its words start with where that differs
    ("tampa" of the "Tampa Bay Buccaneers", whose place "Tampa Bay" is none of the
    gazetteer's: "Tampa have signed a defensive end")."""
    found = [p for p in (team_parts(name, gazetteer), _written_team_parts(name, gazetteer))
             if p is not None]
    return list(dict.fromkeys(found))


def _written_team_parts(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """:func:`team_parts` read from the words alone: a place of the gazetteer, then a plural."""
    words = words_of(name)
    if len(words) < 2 or not plural_nickname(words[-1]) or own_place(name, gazetteer):
        return None
    for n in (2, 1):  # "San Diego Padres": the longer place first
        place, rest = words[:n], words[n:]
        if (
            rest
            and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
            and own_place(" ".join(place), gazetteer)
        ):
            return " ".join(place).lower(), " ".join(rest).lower()
    return None


def plural_nickname(word: str) -> bool:
    """Whether *word* may be a team's plural nickname ("Colts", "76ers"): a plural that is no
    organisation, facility, place or suffix word ("Islands", "Times", "Inc", "Paris")."""
    return (word.endswith("s") and not word.endswith(_NO_PLURAL_ENDINGS)
            and word.lower() not in _NAME_HEADS)


_NAME_HEADS = ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_NAME_HEADS | _WORDS.name_suffixes


class _Index:
    """Candidates looked up by a key, in the order they were given."""

    def __init__(self, items: list[Candidate], *keys: Callable[[Candidate], Iterable[str]]):
        self.items = items
        self._at: list[dict[str, list[int]]] = []
        for key in keys:
            at: dict[str, list[int]] = defaultdict(list)
            for n, item in enumerate(items):
                for k in dict.fromkeys(key(item)):
                    at[k].append(n)
            self._at.append(at)

    def get(self, *lookups: tuple[int, str]) -> list[Candidate]:
        """The items under key *k* of index *i* for each (i, k), in their original order."""
        found: set[int] = set()
        for i, k in lookups:
            found.update(self._at[i].get(k, ()))
        return [self.items[n] for n in sorted(found)]


def _last_words(c: Candidate) -> list[str]:
    bare = _name_words(c.text)
    return [words_of(c.text)[-1], *bare[-1:]]


def _full_names(full_people: list[Candidate]) -> _Index:
    """Full names by last word (0), first word (1), first letter of the last word (2) and
    first letters of all words (3)."""
    return _Index(
        full_people,
        _last_words,
        lambda p: words_of(p.text)[:1],
        lambda p: [words_of(p.text)[-1][:1]],
        lambda p: ["".join(w[:1] for w in words_of(p.text))],
    )


def _names(named: list[Candidate]) -> _Index:
    """Organisation and place names by first word (0), last word (1) and initials (2)."""
    return _Index(
        named,
        lambda o: words_of(o.text)[:1],
        lambda o: words_of(o.text)[-1:],
        lambda o: ["".join(w[0] for w in words_of(o.text) if w[:1].isupper())],
    )


# ---------------------------------------------------------------------------- grouping


@dataclass
class _Group:
    """Mentions that one document says are the same actor."""

    key: str
    document_id: str
    candidates: list[Candidate] = field(default_factory=list)
    entry: DictionaryEntry | None = None
    place: Place | None = None  # always a country: named, or governed from its capital
    nationality_of: Place | None = None
    person_refs: int = 0  # mentions that are a surname or first name of a full name
    gender: str = ""  # by the pronouns after its mentions (:func:`_pronouns`)


def group_document(
    document_id: str,
    candidates: list[Candidate],
    text: str,
    dictionary: ActorDictionary,
    gazetteer: Gazetteer,
) -> DocumentActors:
    """Group one document's candidates into the actors it names.

    Parameters
    ----------
    document_id : str
        The document's id.
    candidates : list of Candidate
        Its candidates (from ``find_candidates``), in document order.
    text : str
        Its text, for the evidence of relations ("NRFA leader Ahmad Massoud").
    dictionary : ActorDictionary
        Curated actors (labels, aliases, types).
    gazetteer : Gazetteer
        Countries, capitals, demonyms and places.
    """
    of = _group(document_id, candidates, text, dictionary, gazetteer)
    groups = {id(g): g for g in of.values()}.values()
    return DocumentActors(
        document_id,
        tuple(sorted((_record(g, of, gazetteer) for g in groups), key=lambda g: g.key)),
        tuple(_participants(document_id, candidates, of, gazetteer)),
        tuple(_relations(candidates, text)),
    )


def _group(
    document_id: str,
    candidates: list[Candidate],
    text: str,
    dictionary: ActorDictionary,
    gazetteer: Gazetteer,
) -> dict[int, _Group]:
    """Group one document's candidates; returns the group of each candidate (by its start)."""
    groups: dict[str, _Group] = {}
    of: dict[int, _Group] = {}
    nominals = [c for c in candidates if c.label == MentionLabel.NOMINAL]
    candidates = [c for c in candidates if c.label not in {MentionLabel.NOMINAL, PARTICIPANT}]
    _mark_capitals(candidates, text)

    def join(c: Candidate, key: str) -> _Group:
        old = of.get(c.start)
        if old is not None:
            old.candidates.remove(c)
        g = groups.setdefault(key, _Group(key, document_id))
        g.candidates.append(c)
        of[c.start] = g
        return g

    entry_of = {c.start: _entry_of(c, dictionary, gazetteer) for c in candidates}

    def known_person(c: Candidate) -> bool:
        entry = entry_of[c.start]
        return entry is not None and entry.type == "person"

    # A name is a person's in the whole document when one of its mentions says so, unless by
    # the NER's label alone for a name the text also writes as a plural ("the Colts").
    plurals = {c.text for c in candidates if _team_plural(c, gazetteer)}

    def person_mention(c: Candidate) -> bool:
        return _said_person(c) or (_person_like(c) and c.text not in plurals)

    person_texts = {c.text for c in candidates if person_mention(c)}

    def person(c: Candidate) -> bool:
        return person_mention(c) or c.text in person_texts

    # ... and a longer name is a person's when its last word alone is ("Landaeta").
    heads = ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_NAME_HEADS
    surnames = {t for t in person_texts if len(words_of(t)) == 1 and t.lower() not in heads}
    person_texts -= {t for t in person_texts if t.lower() in heads}
    full_people = _full_names(
        [
            c
            for c in candidates
            # a dictionary person is a full name too ("Kim Jong Un", whom "Kim" points back to)
            if (person(c) or words_of(c.text)[-1] in surnames or known_person(c))
            and 2 <= len(words_of(c.text)) <= 6
            and _capitalised(c.text)
            and c.label != MentionLabel.NORP
        ]
    )
    person_texts |= {c.text for c in full_people.items}
    named = _names(
        [
            c
            for c in candidates
            if c.label
            in {
                MentionLabel.ORG,
                MentionLabel.DICT,
                MentionLabel.FAC,
                MentionLabel.LOC,
                MentionLabel.GPE,
            }
            and len(words_of(c.text)) >= 2
            and not person(c)
        ]
    )
    acronyms = [c for c in candidates if c.defined_by is not None]
    alone = {c.text for c in candidates if " " not in c.text}  # one-word names of the text
    said = _pronouns([c for c in candidates if person(c)], text)
    said_of_text: dict[str, list[str]] = defaultdict(list)
    for c in candidates:
        if c.start in said:
            said_of_text[c.text].append(said[c.start])
    genders = {t: majority_gender(s) for t, s in said_of_text.items()}
    country = _country_by_name_or_code(candidates, gazetteer)
    # Longer names first, so a surname or a shortened name can join the group of its full name.
    for c in sorted(candidates, key=lambda c: (-len(words_of(c.text)), c.start)):
        if c.defined_by is not None:
            continue
        entry = entry_of[c.start]
        if entry is None and c.titles:
            entry = dictionary.lookup(f"{c.titles[0]} {c.text}")
        if entry is not None:
            join(c, "dict:" + entry.label).entry = entry
            continue
        if c.label != MentionLabel.PERSON and (cp := country(c)) is not None:
            join(c, "dict:" + cp.label).place = cp
            continue
        ship = _ship_of(c, named)
        if ship is not None and ship.start in of:
            join(c, of[ship.start].key)  # "Mysore" after "INS Mysore": the vessel
            continue
        # "Washington" in a text about George Washington is the man
        someone = person(c) or _full_name(c, full_people, alone) is not None
        if (governed := _governing(c, someone, gazetteer)) is not None:
            c.cues.append(METONYM)
            if (state := dictionary.lookup(governed.label)) is not None:
                join(c, "dict:" + state.label).entry = state
            else:
                join(c, "dict:" + governed.label).place = governed
            continue
        if (
            (c.label == MentionLabel.NORP or _determined_person(c))
            and (land := gazetteer.demonym(c.text))
            and (cp := gazetteer.country(land))
        ):
            if (
                _one_of_a_people(c)
                and text[c.start - 1 : c.start] != "-"  # "British-Pakistani": the nationality
                and not _INDEFINITE_RE.search(text[max(0, c.start - 4) : c.start])
            ):
                c.cues.append(DEMONYM_PERSON)  # "the Australian": may be a person named before
            if (
                "modifier" in c.cues
                or not (c.text.endswith("s") or {"determined", "nominal"} & set(c.cues))
                or ("determined" in c.cues and c.text.endswith(_COLLECTIVE_ENDINGS))
            ):
                # "Afghan ulemas", "US troops": the adjective names the country; so does a
                # collective "the British", "the French", "the Chinese" (the state acting).
                join(c, "dict:" + cp.label).place = cp
            else:
                # "the Afghans": the people, a group linked to its country.
                join(c, "people:" + cp.label).nationality_of = cp
            continue
        words = words_of(c.text)
        bare = _name_words(c.text)  # "Al-Baghdadi" is one word, a surname
        if (person(c) and len(bare) <= 2) or (
            # a surname the NER calls a group ("Jack Ketsoyan ... Ketsoyan"), not a demonym
            len(bare) == 1 and (c.label != MentionLabel.NORP or not gazetteer.demonym(c.text))
        ):
            full = _full_name(c, full_people, alone, lambda o: _own_gender(o, said, genders, text))
            if full is not None and _place_as_first_name(c, full, gazetteer):
                full = None
            if full is not None and full.start in of and {genders.get(c.text, ""),
                                                          genders.get(full.text, "")} != {"m", "f"}:
                g = join(c, of[full.start].key)
                g.person_refs += 1
                continue
        if c.label != MentionLabel.NORP and not person(c) and _capitalised(c.text):
            owner = _longer_name(c, named, gazetteer)
            if owner is not None and owner.start in of:
                join(c, of[owner.start].key)
                continue
        owner = _initials_of(c.text, named) if len(words) == 1 and c.text.isupper() else None
        if owner is not None and owner.start in of:
            join(c, of[owner.start].key)  # "UDA" for "Ulster Defence Association", undefined
            continue
        key = "name:" + _airbase_key(c.text.lower())
        if person(c) and len(words) == 1:
            key = f"surname:{c.text.lower()}@{document_id}"
        elif person(c) and len(words) >= 2:
            twin = next(
                (
                    o
                    for o in full_people.get((3, "".join(w[:1] for w in words)))
                    if o.start in of and variant(o.text, c.text)
                ),
                None,
            )
            if twin is None:
                twin = _nicknamed_twin(c, full_people, of)
            if twin is not None:  # "Dzokhar Tsarnaev" beside "Dzhokhar Tsarnaev"
                key = of[twin.start].key
        join(c, key)
    for c in acronyms:
        defined = of.get(c.defined_by) if c.defined_by is not None else None
        join(c, defined.key if defined is not None else "name:" + c.text.lower())
    _adjectives_of_places(candidates, of, join)
    _descriptions_of_organisations(candidates, of, join, gazetteer)
    for g in groups.values():
        g.gender = majority_gender(said[c.start] for c in g.candidates if c.start in said)
    by_sentence: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_sentence[c.sentence].append(c)
    for n in nominals:
        kind = next((c.removeprefix(DESCRIBES) for c in n.cues if c.startswith(DESCRIBES)), None)
        antecedent = (
            _antecedent(n, by_sentence, of)
            if kind is None
            else _described_place(n, kind, candidates, of, gazetteer)
        )
        if antecedent is not None:
            join(n, antecedent)
    for c in candidates:
        if DEMONYM_PERSON in c.cues:
            described = _person_before(c, by_sentence, of, person)
            if described is not None:
                c.cues.remove(DEMONYM_PERSON)
                c.label = MentionLabel.NOMINAL  # a description of the man, none of his names
                join(c, described)
    return of


def _person_before(
    c: Candidate,
    by_sentence: dict[int, list[Candidate]],
    of: dict[int, _Group],
    person: Callable[[Candidate], bool],
) -> str | None:
    """The person "the Australian" refers to: the one person the sentence before names, where
    its own sentence names none ("Duncan Rait died ... The New Zealand-born Australian was
    planning"); a demonym beside a named person is someone else ("Klitschko landed jabs on
    the American's chin")."""
    if any(person(o) for o in by_sentence.get(c.sentence, ()) if o is not c):
        return None
    keys = {of[o.start].key for o in by_sentence.get(c.sentence - 1, ())
            if o.start in of and person(o) and _named_person(of[o.start])}
    return keys.pop() if len(keys) == 1 else None


def _named_person(g: _Group) -> bool:
    """Whether a group may be one person's: no country, no people ("a Briton"), no dictionary
    entry of anything else."""
    return (
        g.place is None
        and g.nationality_of is None
        and (g.entry is None or g.entry.type is ActorType.PERSON)
    )


_CAPITAL_LABELS = frozenset(
    [MentionLabel.GPE, MentionLabel.LOC, MentionLabel.ORG, MentionLabel.DICT]
)


def _country_by_name_or_code(
    candidates: list[Candidate], gazetteer: Gazetteer
) -> Callable[[Candidate], Place | None]:
    """The country a candidate names: by its name or an alias always, by its ISO code only
    where the document also names that country another way (its name, an alias, a demonym).
    Two or three capitals alone are more often something else: "SI.com", "WDIV-TV",
    "Newport Beach, CA"."""
    named: set[str] | None = None

    def lands() -> set[str]:
        found = set()
        for c in candidates:
            land = gazetteer.demonym(c.text)
            cp = gazetteer.country(land if land else c.text, codes=False)
            if cp is not None:
                found.add(cp.label)
        return found

    def country(c: Candidate) -> Place | None:
        nonlocal named
        if (cp := gazetteer.country(c.text, codes=False)) is not None:
            return cp
        if (cp := gazetteer.country(c.text)) is None:
            return None
        if named is None:
            named = lands()
        return cp if cp.label in named else None

    return country


def _governing(c: Candidate, is_person: bool, gazetteer: Gazetteer) -> Place | None:
    """The country whose government a national capital stands for where only an actor fits
    ("Moscow denied", "Moscow's decision", "accused Washington"), as event coders read it;
    None otherwise ("in Moscow", "Moscow's streets", "Kabul was captured")."""
    if is_person or c.label not in _CAPITAL_LABELS or "actor" not in c.cues:
        return None
    return gazetteer.capital_of(c.text)


_ARMED_SUBTYPES = _WORDS.armed_subtypes
_NOMINAL_WINDOW = 3  # sentences


def _antecedent(
    n: Candidate, by_sentence: dict[int, list[Candidate]], of: dict[int, _Group]
) -> str | None:
    """The organisation a description ("the group", "the terror group") refers to, or None.

    Organisations qualify: dictionary entries of type organisation (of an armed subtype when
    the description says "terror", "militant"...), or organisations the NER found that no
    dictionary or gazetteer knows. Each mention in the last
    ``_NOMINAL_WINDOW`` sentences before the description counts 3 as a subject, 0.5 as a
    modifier ("NRFA leader"), 1 otherwise, halved for every sentence back; the best must
    score at least twice the second."""
    scores: dict[str, float] = defaultdict(float)
    armed = bool(ARMED_MODIFIERS & set(n.cues))
    window = range(n.sentence - _NOMINAL_WINDOW, n.sentence + 1)
    for o in (o for s in window for o in by_sentence.get(s, ())):
        g = of.get(o.start)
        if g is None or o.start >= n.start:
            continue
        if g.entry is not None:
            if g.entry.type is not ActorType.ORGANISATION or (
                armed and g.entry.subtype not in _ARMED_SUBTYPES
            ):
                continue
        elif g.place is not None or g.nationality_of is not None or o.label != MentionLabel.ORG:
            continue
        weight = 3.0 if "subject" in o.cues else 0.5 if "modifier" in o.cues else 1.0
        scores[g.key] += weight * 0.5 ** (n.sentence - o.sentence)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(scores, key=lambda k: scores[k])


_PLACE_LABELS = {MentionLabel.GPE, MentionLabel.LOC, MentionLabel.DICT}


def _place_kind(g: _Group, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The kind (``country``, ``city`` or ``state``: a US state) and country (ISO3) of a group
    that is a place, by its own names in the gazetteer; ``("other", iso3)`` for another place
    (a province); None for no place or a people ("the Afghans")."""
    if g.key.startswith("people:"):
        return None
    country = _country_of(g)
    if country is not None:
        return "country", country[1]
    if g.entry is not None or any(c.label not in _PLACE_LABELS for c in g.candidates):
        return None
    found = {(p.subtype, p.country) for c in g.candidates
             if c.label != MentionLabel.NOMINAL and (p := gazetteer.place(c.text)) is not None}
    if len(found) != 1:
        return ("other", None) if found or any(
            c.label in {MentionLabel.GPE, MentionLabel.LOC} for c in g.candidates) else None
    subtype, iso3 = found.pop()
    return (subtype if subtype in {"city", "state"} else "other"), iso3


def _named_place_kind(c: Candidate, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The kind and country of the place a name the NER tags a place names, by the gazetteer,
    where its group is no place (the headline's "Texas" tagged an organisation): a place
    named all the same, competing with the one a description refers to."""
    p = gazetteer.place(c.text) if c.label in {MentionLabel.GPE, MentionLabel.LOC} else None
    if p is None:
        return None
    return (p.subtype if p.subtype in {"city", "state"} else "other"), p.country


def _region(g: _Group, gazetteer: Gazetteer) -> str | None:
    """The one first-level division (a US state's code) the gazetteer gives a group's names."""
    found = {p.region for c in g.candidates
             if c.label != MentionLabel.NOMINAL and (p := gazetteer.place(c.text)) is not None}
    return found.pop() if len(found) == 1 else None


def _described_place(
    n: Candidate, kind: str, candidates: list[Candidate], of: dict[int, _Group],
    gazetteer: Gazetteer,
) -> str | None:
    """The place a bare description ("the city", "the country", "the government") refers to:
    the nearest place named (not by an adjective) before it, when it is of its kind, named
    before more often than any other of its kind (for a country: with its places), and no
    other of its kind is named in the ``_NOMINAL_WINDOW`` sentences before the description
    (the document is about it). A nearer place of another kind competes, unless it lies in
    the country or the US state described ("Caracas" before "the government" of Venezuela,
    "Anchorage" before "the state" of Alaska)."""
    kinds: dict[str, tuple[str, str | None] | None] = {}  # by group key: no join meanwhile

    def kind_of(c: Candidate) -> tuple[str, str | None] | None:
        g = of[c.start]
        if g.key not in kinds:
            kinds[g.key] = _place_kind(g, gazetteer)
        return kinds[g.key] or _named_place_kind(c, gazetteer)

    places: list[tuple[str, tuple[str, str | None]]] = []
    for c in reversed([c for c in candidates if c.start < n.start and c.start in of
                       and c.label not in {MentionLabel.NOMINAL, MentionLabel.NORP}]):
        pk = kind_of(c)
        if pk is not None:
            places.append((of[c.start].key, pk))
    found = next(((key, iso3) for key, (k, iso3) in places if k == kind), None)
    if found is None:
        return None
    key, iso3 = found
    groups = {of[c.start].key: of[c.start] for c in candidates if c.start in of}
    region = _region(groups[key], gazetteer) if kind == "state" else None
    for other, (k, country) in places:
        if other == key:
            break
        if k == kind or not (
            (kind == "country" and country == iso3)
            or (region is not None and k == "city" and _region(groups[other], gazetteer) == region)
        ):
            return None  # a nearer place competes, unless it lies in the one described
    near = {c.start for c in candidates if n.sentence - _NOMINAL_WINDOW <= c.sentence}
    rivals = {of[c.start].key for c in candidates if c.start in near and c.start < n.start
              and c.start in of and of[c.start].key != key
              and (pk := kind_of(c)) is not None and pk[0] == kind}
    return key if not rivals and _most_named(places, kind, key, iso3) else None


def _most_named(
    places: list[tuple[str, tuple[str, str | None]]], kind: str, key: str, iso3: str | None
) -> bool:
    """Whether the place *key* (of *kind*, in the country *iso3*) is named in *places* more
    often than any other of its kind; for a country, counting the places that lie in it."""
    if kind == "country":
        counts = Counter(country for _, (_, country) in places if country is not None)
        mine = iso3
    else:
        counts = Counter(other for other, (k, _) in places if k == kind)
        mine = key
    return mine is not None and all(c < counts[mine] for o, c in counts.items() if o != mine)


# Words too common in organisation names to tell one from another ("the National Army").
_GENERIC_MODIFIERS = _WORDS.generic_modifiers


def _organisation_entry(entry: DictionaryEntry | None) -> bool:
    """No dictionary entry, or one of an organisation."""
    return entry is None or entry.type is ActorType.ORGANISATION


def _descriptions_of_organisations(
    candidates: list[Candidate],
    of: dict[int, _Group],
    join: Callable[[Candidate, str], _Group],
    gazetteer: Gazetteer,
) -> None:
    """ "the Resistance Force" after "the National Resistance Front": a definite description
    whose head is a generic organisation noun and whose other words all occur in the name of
    exactly one organisation named before it in the document refers to that organisation;
    a place's name before the head makes it that place's own ("the Los Angeles Times" is no
    "Los Angeles County" body)."""
    by_word = _Index(candidates, lambda o: [w.lower() for w in words_of(o.text)])
    for c in candidates:
        g = of.get(c.start)
        words = [w.lower() for w in words_of(c.text)]
        if (
            g is None
            or g.entry is not None
            or g.place is not None
            or "determined" not in c.cues
            or c.label not in {MentionLabel.ORG, MentionLabel.FAC}
            or len(words) < 2
            or words[-1] not in ORG_NAME_HEADS
            or any(w in _GENERIC_MODIFIERS or w in ORG_NAME_HEADS for w in words[:-1])
            or place_body(c.text, " ".join(words_of(c.text)[:-1]), gazetteer)
        ):
            continue
        owners = {
            of[o.start].key
            for o in by_word.get((0, words[0]))  # every word of the description is the name's
            if o.start < c.start
            and o.start in of
            and of[o.start] is not g
            and of[o.start].key.startswith(("dict:", "name:"))
            and _organisation_entry(of[o.start].entry)
            and of[o.start].place is None
            and o.label in {MentionLabel.ORG, MentionLabel.DICT, MentionLabel.ACRONYM}
            and len(words_of(o.text)) >= 2
            and set(words[:-1]) <= {w.lower() for w in words_of(o.text)}
            and words[-1] != words_of(o.text)[-1].lower()
        }
        if len(owners) == 1:
            join(c, owners.pop())


_COLLECTIVE_ENDINGS = tuple(sorted(_WORDS.collective_endings))  # British, French, Chinese, Swiss


_INDEFINITE_RE = re.compile(r"(?:^|\W)an?\s+$", re.IGNORECASE)


def _determined_person(c: Candidate) -> bool:
    """A one-word singular name the NER calls a person after "a" or "the" ("a Briton"): no
    surname."""
    return (
        c.label == MentionLabel.PERSON
        and "determined" in c.cues
        and " " not in c.text
        and not c.text.endswith("s")
    )


def _one_of_a_people(c: Candidate) -> bool:
    """Whether a demonym is a noun for one person ("the Australian was", "a Briton"): a
    singular that no noun follows and no count precedes, neither a plural ("the Afghans", "12
    Somali") nor a collective ("the British", "the Chinese": the state or the people)."""
    return (
        not {"modifier", "counted"} & set(c.cues)
        and bool({"determined", "nominal"} & set(c.cues))
        and not c.text.endswith("s")
        and not c.text.endswith(_COLLECTIVE_ENDINGS)
    )


def _adjectives_of_places(
    candidates: list[Candidate],
    of: dict[int, _Group],
    join: Callable[[Candidate, str], _Group],
) -> None:
    """ "Chechen fighters" beside "Chechnya": a group adjective of a place named in the text."""
    places = {
        of[c.start].key: c.text
        for c in candidates
        if c.label in {MentionLabel.GPE, MentionLabel.LOC}
        and c.start in of
        and of[c.start].key.startswith("name:")
    }
    # the place names an adjective may stem from (see _stem_of): by first word, whole name,
    # and first five letters
    by_word: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, list[str]] = defaultdict(list)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for key, name in places.items():
        lowered = name.lower()
        by_word[lowered.split(" ")[0]].append(key)
        by_name[lowered].append(key)
        if len(lowered) >= 5:
            by_prefix[lowered[:5]].append(key)
    for c in candidates:
        g = of.get(c.start)
        if (
            c.label != MentionLabel.NORP
            or "modifier" not in c.cues
            or g is None
            or g.entry
            or g.place
        ):
            continue
        a = c.text.lower()
        keys = {*by_word.get(a.split(" ")[0], ()), *by_prefix.get(a[:5], ())}
        for end in range(max(0, len(a) - 3), len(a) + 1):
            keys.update(by_name.get(a[:end], ()))
        fits = {key for key in keys if _stem_of(c.text, places[key])}
        if len(fits) == 1:
            join(c, fits.pop())
            c.cues.append("adjective")  # its NER label (NORP) says nothing of the place's type


_AIRBASE_RE = re.compile(r"\s+(?:air\s*base|air\s*field|air\s+station)$")


def _airbase_key(name: str) -> str:
    """One key for the words news use interchangeably for one military airfield: "Bagram Air
    Base", "Bagram Airbase", "Bagram Airfield" (an airport, a base or a city stay apart)."""
    return _AIRBASE_RE.sub(" air base", name)


def variant(a: str, b: str) -> bool:
    """Two spellings of one full name: the same words but one, and that one (five letters or
    more) one letter apart ("Dzhokhar Tsarnaev", "Dzokhar Tsarnaev"; "Malcolm", "Malcom") or
    with two letters side by side swapped ("Klistchko", "Klitschko")."""
    wa, wb = words_of(a), words_of(b)
    if a == b or len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 5 or abs(len(x) - len(y)) > 1 or x[0] != y[0]:
        return False
    if len(x) == len(y):
        apart = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        return len(apart) == 1 or (
            len(apart) == 2 and apart[1] == apart[0] + 1 and x[apart[0]] == y[apart[1]]
            and x[apart[1]] == y[apart[0]])
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _initials_of(acronym: str, named: _Index) -> Candidate | None:
    """The one name in the text whose capitalised words' initials spell *acronym*."""
    if not 2 <= len(acronym) <= 6:
        return None
    fits = {o.text: o for o in named.get((2, acronym))}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _longer_name(c: Candidate, named: _Index, gazetteer: Gazetteer) -> Candidate | None:
    """The one longer organisation or place name that *c* shortens ("Rolando" for "Rolando
    Cafe", "Elections Council" for "National Elections Council", "Police" for "Greater
    Manchester Police"); None if none or several."""
    words = words_of(c.text)
    here = gazetteer.place(c.text)
    if here is not None and own_place(c.text, gazetteer):
        # "Boston" in a text about the "Boston Marathon" is the city; "Panjshir" beside
        # "Panjshir province" is that province when the gazetteer says both are one place;
        # "Los Angeles" beside the "Los Angeles Times" or "Los Angeles County" is the city
        same = {o.text: o for o in named.get((0, words[0]))
                if len(words_of(o.text)) > len(words) and words_of(o.text)[: len(words)] == words
                and gazetteer.place(o.text) == here}
        return next(iter(same.values())) if len(same) == 1 else None
    longer = {
        words_of(o.text)[0] if len(words) == 1 else o.text: o
        for o in named.get((0, words[0]), (1, words[-1]))
        if len(words_of(o.text)) > len(words)
        and not o.text.startswith(c.text + "-")  # "ATI" is no "ATI-Nvidia" partnership
        and (
            words_of(o.text)[: len(words)] == words
            or (
                words_of(o.text)[-len(words) :] == words
                and (
                    len(words) >= 2
                    or words[0].lower() in ORG_NAME_HEADS
                    # "the Padres" after "San Diego Padres"
                    or (team_parts(o.text, gazetteer) or ("", ""))[1] == words[0].lower()
                )
            )
        )
    }
    texts = {o.text for o in longer.values()}
    if len(texts) == 1:
        (owner,) = longer.values()
        return owner
    return None


def _ship_of(c: Candidate, named: _Index) -> Candidate | None:
    """The one vessel *c* names without its ship prefix ("Mysore" for "INS Mysore"), or None."""
    words = words_of(c.text)
    ships = {
        o.text: o
        for o in named.get((1, words[-1]))
        if (name := words_of(o.text))[0] in _WORDS.ship_prefixes and name[1:] == words
    }
    return next(iter(ships.values())) if len(ships) == 1 else None


def _nicknamed_twin(
    c: Candidate, full_people: _Index, of: dict[int, _Group]
) -> Candidate | None:
    """The one full name already grouped that is *c* but for a first name that is a
    nickname of its own or the name it is one of ("Mo Cheeks" after "Maurice Cheeks", "Bill
    Clinton" after "William Clinton"; :func:`~kg.actors.words.first_name_variants`), in
    another sentence: one naming both names two people."""
    words = words_of(c.text)
    variants = _FIRST_NAMES.get(words[0].lower(), frozenset())
    twins = {
        o.text: o
        for o in full_people.get((0, words[-1]))
        if o.start in of
        and o.sentence != c.sentence  # "Bill Halvorsen and William Halvorsen, his father"
        and words_of(o.text)[1:] == words[1:]
        and words_of(o.text)[0].lower() in variants
    }
    return next(iter(twins.values())) if len(twins) == 1 else None


_FIRST_NAMES = first_name_variants()


_GENDERED_NOUNS = frozenset(_WORDS.gendered_nouns)
_PRONOUN_SEXES = _WORDS.pronoun_sexes
_WORD_RE = re.compile(r"[A-Za-z]+|[.!?\n,;:]")


def _pronouns(people: list[Candidate], text: str) -> dict[int, str]:
    """The gender ("m", "f") the pronouns give each mention of a person, by its start: the
    first of he/him/his or she/her after it in its clause (up to a comma or the sentence's
    end), before the next person's name ("Peterson was found guilty of murdering his wife",
    "Laci Peterson disappeared from her home"; not "Hickok made the final ruling, addressing
    her husband's killer")."""
    out: dict[int, str] = {}
    starts = sorted(c.start for c in people)
    for c in people:
        n = bisect.bisect_left(starts, c.end)
        for found in _WORD_RE.finditer(text, c.end, starts[n] if n < len(starts) else len(text)):
            if (word := found.group()) in ".!?\n,;:" or (w := word.lower()) in _GENDERED_NOUNS:
                break  # "a tape of Jeffs talking to the girl when she was 14": the girl's
            if sex := _PRONOUN_SEXES.get(w):
                out[c.start] = sex
                break
    return out


def majority_gender(said: Iterable[str]) -> str:
    """The gender ("m", "f") most of *said* give, else ""."""
    listed = list(said)
    m, f = listed.count("m"), listed.count("f")
    return "" if m == f else "m" if m > f else "f"


def _told_sex(name: str, titles: Iterable[str], start: int, text: str) -> str:
    """The sex ("m", "f") a person's name and titles tell: its titles or the one written right
    before it ("Mr. Gomes"), else the first name of a name of several words ("Catherine
    Gomes")."""
    words = _name_words(name)
    return (
        title_gender(list(titles))
        or title_gender(_HONORIFIC.findall(text, max(0, start - 16), start))
        or (first_name_gender(words[0]) if len(words) > 1 else "")
    )


def _own_gender(
    c: Candidate, said: dict[int, str], genders: dict[str, str], text: str
) -> tuple[str, bool]:
    """A person mention's sex ("m", "f") and whether its words tell it (:func:`_told_sex`);
    told by no word of it, by the pronoun after it (*said*) where the pronouns after its text's
    other mentions (*genders*) do not mostly say otherwise."""
    told = _told_sex(c.text, c.titles, c.start, text)
    if told:
        return told, True
    own = said.get(c.start, "")
    return (own if genders.get(c.text, "") in {"", own} else ""), False


def group_sex(group: NameGroup, text: str = "") -> str:
    """The sex ("m", "f") of a group's person: most of its mentions' titles and first names
    (:func:`_told_sex`; honorifics before them only with the document's *text*) and the
    pronouns after them (``NameGroup.gender``), unless the two disagree; else ""."""
    told = majority_gender(_told_sex(m.text, m.titles, m.start, text) for m in group.mentions)
    sexes = {told, group.gender} - {""}
    return sexes.pop() if len(sexes) == 1 else ""


def person_sexes(document: DocumentActors, text: str) -> dict[int, str]:
    """The sex ("m", "f") of the person each mention names, by the mention's start, where the
    text tells it: most of the titles and first names of its group's mentions
    (:func:`_told_sex`) and the pronouns after them (``NameGroup.gender``), unless they
    disagree (a group that took another's surname: "Michele LaCalamita ... LaCalamita ... he");
    a description's by its head noun ("a 10-year-old girl", "the man"; ``gendered_nouns``)."""
    out: dict[int, str] = {}
    for g in document.groups:
        if sex := group_sex(g, text):
            out.update((m.start, sex) for m in g.mentions)
    for p in document.participants:
        words = p.mention.text.lower().split()
        if p.type == ActorType.PERSON and words and words[-1] in _GENDERED_NOUNS:
            out[p.mention.start] = _WORDS.gendered_nouns[words[-1]]
    return out


def _of_sex(
    fits: list[Candidate], own: str, told: bool, gender: Callable[[Candidate], tuple[str, bool]]
) -> list[Candidate]:
    """The full names of *fits* not of the other sex than *own*: all of them if the mention's
    words did not tell its sex (*told*) and none is of that sex."""
    if not own:
        return fits
    kept = [p for p in fits if gender(p)[0] in {"", own}]
    return kept if kept or told else fits


# A title of sex right before a name the NER took without it ("Mr. Gomes", "Ms Mendes").
_HONORIFIC = re.compile(
    r"\b(" + "|".join(sorted(_WORDS.gendered_titles, key=len, reverse=True)) + r")\.?\s+\Z",
    re.IGNORECASE,
)


def _place_as_first_name(c: Candidate, full: Candidate, gazetteer: Gazetteer) -> bool:
    """Whether a region or large city the NER calls a place is taken for the first word of a
    full name ("Alaska" after "Alaska Dispatch", which the NER calls a person): the place, no
    reference to it; a small town's name is more often the first name ("Chela" of "Chela
    Ortiz")."""
    if c.label not in {MentionLabel.GPE, MentionLabel.LOC} or words_of(full.text)[0] != c.text:
        return False
    found = gazetteer.place(c.text)
    return (
        found is not None
        and (found.subtype != "city" or (found.population or 0) >= _LARGE_PLACE)
        and own_place(c.text, gazetteer)
    )


_LARGE_PLACE = 100_000  # people: as kg.analysis reads a capitalised proper noun as a place


def _full_name(
    c: Candidate,
    full_people: _Index,
    alone: set[str],
    gender: Callable[[Candidate], tuple[str, bool]] | None = None,
) -> Candidate | None:
    """The full name a surname or partial name points back to: the latest one before it.

    Several full names ending the same way ("Ahmad Massoud", "Ahmad Shah Massoud") are told
    apart by recency, the way a reader does, but one whose first name the text uses alone
    (*alone*: "Scott Peterson ... Laci Peterson ... Laci's disappearance") is the one the text
    calls by that first name, not by the surname, and so is one the text introduces as a relative
    ("John Jenkin ... his sister Katie Jenkin ... Jenkin was arrested": John); with none before,
    the only one after is taken.
    A lone first name ("Dzhokhar" for "Dzhokhar Tsarnaev") is taken only when it fits one full
    name before it and no surname. With *gender*, a mention whose words tell its sex joins no
    full name of the other sex ("Mr. Gomes" after "Gary Gomes" and "Catherine Gomes" is Gary);
    one whose pronoun tells it ("Gomes had barricaded himself") joins the full names of that
    sex where the text has some.
    """
    words = _name_words(c.text)
    if not words:
        return None
    fits = [
        p
        for p in full_people.get((0, words[-1]))
        if len(_name_words(p.text)) > len(words)
        and (
            _name_words(p.text)[-len(words) :] == words
            # "John Henry" for "John W. Henry": only a middle initial left out, never a middle
            # name ("Ahmad Massoud" is not "Ahmad Shah Massoud")
            or (
                len(words) == 2
                and [words_of(p.text)[0], words_of(p.text)[-1]] == words
                and all(len(w.rstrip(".")) == 1 for w in words_of(p.text)[1:-1])
            )
        )
    ]
    if gender is not None and fits:
        fits = _of_sex(fits, *gender(c), gender)
    before = [p for p in fits if p.start < c.start]
    if len({p.text for p in before}) > 1 and len(words) == 1:
        before = [p for p in before if words_of(p.text)[0] not in alone] or before
        relatives = {p.text for p in fits if RELATIVE in p.cues}
        before = [p for p in before if p.text not in relatives] or before
    if before:
        return max(before, key=lambda p: p.start)
    if len({p.text for p in fits}) == 1:
        return fits[0]
    if fits or len(words) != 1:
        return None
    # a surname spelt one letter apart: "Tzarnaev" for "Dzhokhar Tsarnaev"
    spelt = [
        p
        for p in full_people.get((2, words[0][:1]))
        if variant(words_of(p.text)[-1], words[0])
        and words[0] != words_of(p.text)[-1] + "s"  # "the Tsarnaevs" are the family
    ]
    if len({words_of(p.text)[-1] for p in spelt}) == 1:
        before = [p for p in spelt if p.start < c.start]
        return max(before, key=lambda p: p.start) if before else spelt[0]
    # a first name points back only: "José, a bus driver" before "José Luis Rodríguez Zapatero"
    # introduces someone else
    first = [p for p in full_people.get((1, words[0])) if p.start < c.start]
    if len({p.text for p in first}) == 1:
        return first[0]
    return None


# ---------------------------------------------------------------------------- the record


def _record(g: _Group, of: dict[int, _Group], gazetteer: Gazetteer) -> NameGroup:
    conjuncts = tuple(
        of[start].key
        for c in g.candidates
        for start in c.conjuncts
        if start in of and of[start].key != g.key
    )
    return NameGroup(
        g.key,
        g.document_id,
        tuple(
            NameMention(
                c.start,
                c.end,
                c.text,
                c.sentence,
                c.label,
                tuple(c.titles),
                c.defined_by is not None,
                METONYM in c.cues,
                bool({"venue", "modifier", "place"} & set(c.cues)),
                "venue" in c.cues,
                next((cue[7:] for cue in c.cues if cue.startswith("within:")), ""),
            )
            for c in g.candidates
        ),
        g.entry.label if g.entry is not None else None,
        g.place.country if g.place is not None else None,
        g.nationality_of.country if g.nationality_of is not None else None,
        tuple(sorted(_votes(g, gazetteer).items())),
        conjuncts,
        g.gender,
    )


def _votes(g: _Group, gazetteer: Gazetteer) -> dict[ActorType, float]:
    """The group's share of the vote on its actor's type (used when no group of the actor is
    a dictionary entry, a country or a nationality): NER labels, context cues and titles."""
    votes: dict[ActorType, float] = defaultdict(float)
    for c in g.candidates:
        if "adjective" in c.cues:
            continue
        if c.label == MentionLabel.PERSON and CAPITALS in c.cues:
            votes[ActorType.ORGANISATION] += 1.0  # "NBC10", "ATI": the NER's person, a body
        elif c.label in _NER_TYPES:
            votes[_NER_TYPES[c.label]] += 1.0
        if (
            c.label != MentionLabel.PERSON
            and not _said_person(c)  # "the managing editor, Howard Simons": no team
            and team_parts(c.text, gazetteer) is not None
        ):
            votes[ActorType.ORGANISATION] += 4.0  # "Jacksonville Jaguars": a team
        for cue in c.cues:
            if cue.startswith("ner:") and cue[4:] in _NER_TYPES:
                votes[_NER_TYPES[MentionLabel(cue[4:])]] += 1.0
            elif cue in _CUE_WEIGHTS:
                kind, weight = _CUE_WEIGHTS[cue]
                votes[kind] += weight
        if c.titles:
            votes[ActorType.PERSON] += 2.0
    # A full name later used by its surname alone is how news writes about people.
    votes[ActorType.PERSON] += 2.0 * g.person_refs
    # A whole name of the group, not the surname of a full one ("Phillip Stirling ...
    # Stirling": a man, though Stirling is a town).
    whole = max((len(words_of(c.text)) for c in g.candidates if c.label != MentionLabel.NOMINAL),
                default=0)
    own = [
        c
        for c in g.candidates[:3]
        if c.label != MentionLabel.PERSON
        and len(words_of(c.text)) == whole
        and own_place(c.text, gazetteer)
    ]
    if g.place is not None or own or any(gazetteer.us_state(c.text) for c in g.candidates[:3]):
        votes[ActorType.PLACE] += 2.5  # "Albany, N. Y.": spaCy reads the initials as a name
    if any(len(words_of(c.text)) >= 2 for c in own):
        votes[ActorType.PLACE] += 2.0  # "West Bank": a whole gazetteer name, not a bank
    return votes


def _country_of(g: _Group | None) -> tuple[str, str | None] | None:
    """The country (label, ISO3) a resolved name stands for, or None when it is no country."""
    if g is None:
        return None
    if g.entry is not None:
        if g.entry.type is ActorType.COUNTRY:
            return g.entry.label, g.entry.country
        return None
    p = g.place or g.nationality_of
    if p is not None and p.subtype == "country":
        return p.label, p.country
    return None


def _entry_of(
    c: Candidate, dictionary: ActorDictionary, gazetteer: Gazetteer
) -> DictionaryEntry | None:
    """The dictionary entry a candidate names; none for a company that shares its name with a
    place where the text uses it as one ("arrested in El Paso": the city, not El Paso Corp;
    "Blue Nile state")."""
    entry = dictionary.lookup(c.text)
    if (
        entry is not None
        and entry.subtype == "company"
        and {"venue", "place"} & set(c.cues)
        and gazetteer.place(c.text) is not None
    ):
        return None
    return entry


def _place_of(g: _Group | None, gazetteer: Gazetteer) -> bool:
    """Whether a resolved name is, by its document's votes, a place that is no country (a
    city, a region): "Chechen refugees" are people from there, not the place."""
    if g is None or g.entry is not None or _country_of(g) is not None:
        return False
    votes = _votes(g, gazetteer)  # spaCy's GPE votes country: no known country is a place
    land = votes.get(ActorType.PLACE, 0.0) + votes.get(ActorType.COUNTRY, 0.0)
    return land > 0 and all(v < land for t, v in votes.items()
                            if t not in {ActorType.PLACE, ActorType.COUNTRY})


def _participants(
    document_id: str, candidates: list[Candidate], of: dict[int, _Group], gazetteer: Gazetteer
) -> Iterable[Participant]:
    """Unnamed participants of one document (type group, or person when singular; subtype the
    sector the phrase names, military, police, security or armed_group, else ``unnamed``).

    A group qualified by a country ("Afghan civilians", "US troops") is one node across
    documents, labelled "civilians (Afghanistan)" and linked to the country by ``country``;
    every other participant belongs to its document (its IRI holds the document id), where
    a definite mention ("the soldiers", "these protesters", "police") is the latest node with
    the same phrase and number ("three soldiers" ... "the soldiers"), and an indefinite one ("a
    journalist", "three soldiers", "people") is someone new. A group qualified by a place that
    is no country ("Tulsa residents") is one of its document, labelled with the place; one
    person qualified so ("a Tulsa man") is none, as the text usually names him later. A
    participant qualified by any other name ("Taliban fighters") is no actor of its own: the
    name is."""
    latest: dict[tuple[str, str | None, bool], str] = {}
    for c in candidates:
        if c.label != PARTICIPANT or c.phrase is None:
            continue
        land = None
        origin = None
        plural = "plural" in c.cues
        place = "place" in c.cues
        if c.qualified_by is not None:
            owner = of.get(c.qualified_by)
            land = _country_of(owner)
            if land is not None:
                origin = land[0]
            elif plural and owner is not None and _place_of(owner, gazetteer):
                origin = next(o.text for o in owner.candidates if o.start == c.qualified_by)
            else:
                continue
        label = f"{c.phrase} ({origin})" if origin else c.phrase
        key = (c.phrase, origin, plural)
        if plural and land:
            seed = label
        elif "indefinite" in c.cues or key not in latest:
            suffix = f" {c.start}" if key in latest else ""
            seed = f"{label} {document_id}{suffix}"
        else:
            seed = latest[key]
        latest[key] = seed
        yield Participant(
            seed,
            label,
            ActorType.PLACE if place else ActorType.GROUP if plural else ActorType.PERSON,
            NameMention(c.start, c.end, c.text, c.sentence, c.label),
            c.sector,
            land[1] if land else None,
            "counted" not in c.cues,
        )


def _relations(candidates: list[Candidate], text: str) -> Iterable[StatedRelation]:
    """Relations stated by a role noun between two names: "NRFA leader Ahmad Massoud"."""
    ends: dict[int, int] = {}
    for o in candidates:
        ends[o.start] = max(ends.get(o.start, o.end), o.end)
    for c in candidates:
        if c.role_noun not in _ROLE_RELATIONS or c.role_of_start is None:
            continue
        owner_end = ends.get(c.role_of_start, c.end)
        start, end = min(c.start, c.role_of_start), max(c.end, owner_end)
        yield StatedRelation(
            c.start,
            _ROLE_RELATIONS[c.role_noun],
            c.role_of_start,
            NameMention(start, end, text[start:end], c.sentence, MentionLabel.ROLE),
        )
