"""Movement events (kg's MOVE): an actor travelling to, into, from, across or through a place.

PLOVER has no type for it (MOBILIZE is troops deployed as a show of force), yet who went where
is what conflict analysts track: officials' travel, fighters crossing a border, an army moving
into a town, a suspect's journey. A verb of motion (``motion_verbs`` in ``triggers.yaml``) is
one when the parse gives it a place it goes to or comes from; the mover, its subject, is the
source and the place the location. A verb of motion alone ("prices rose", "the talks went
well") and a thing moving ("aid reached Yemen", "power lines leading into Kabul") are none. A
journey for a meeting kg found ("negotiators return to Geneva for talks", "flew back to Belfast
for their emergency meeting") is a visit, which PLOVER codes as CONSULT (CAMEO 042, make a
visit), not a MOVE.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from kg.actors.words import actor_words
from kg.events._syntax import OBJECTS, agent_objects, clause_subject
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors
from kg.events.lexicon import Lexicon
from kg.events.modality import is_negated
from kg.events.people import may_be_someone, own_actors
from kg.model import ActorRef, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Movement", "movements"]

_PLACES = frozenset({ActorType.PLACE, ActorType.COUNTRY})
_MOVABLE = frozenset({ActorType.PERSON, ActorType.GROUP})
_PLACE_LABELS = frozenset({"FAC", "LOC"})  # spaCy's labels of facilities and other places


class Movement(NamedTuple):
    """A verb of motion with who moves (its active subject's actors), whom it moves (its
    object's people: "transported the hostages"), the places, and whether it is a visit: a
    journey for a meeting kg found."""

    verb: Token
    movers: list[ActorRef]
    moved: list[ActorRef]
    places: list[ActorRef]
    visit: bool = False


def movements(
    tokens: Iterable[Token],
    index: ActorIndex,
    lexicon: Lexicon,
    taken: Collection[int],
    meetings: Collection[int],
) -> Iterator[Movement]:
    """The movements among *tokens*: verbs of motion with a place, not negated and not at a
    character offset in *taken* (another event's trigger: "fled", "marched"); one for a
    meeting at an offset in *meetings* is a visit ("negotiators return to Geneva for talks")."""
    for t in tokens:
        if t.pos_ != "VERB" or t.lemma_.lower() not in lexicon.motion_verbs or t.idx in taken:
            continue
        if is_negated(t, lexicon.light_verbs):
            continue
        subject, passive = clause_subject(t)
        if subject is None and t.dep_ == "acl":
            subject, passive = t.head, False  # "the suspect heading toward Lyon"
        movers = _movers(t, subject, passive, index)
        if not (movers or passive or subject is None or may_be_someone(subject, lexicon, index)):
            continue  # a thing: "aid reached Yemen", "power lines leading into Kabul"
        if not _carries_someone(t, index, lexicon):
            continue  # "ran the business from behind bars"
        heads = _destinations(t, lexicon)
        places = _places(heads, index)
        if places or any(h.dep_ == "pobj" and _a_place(h, lexicon) for h in heads):
            movers = [a for a in movers if a.type != ActorType.PLACE]
            moved = _moved(t, lexicon, index, subject if passive else None)
            yield Movement(t, movers, moved, places, _for_meeting(t, meetings))


def _movers(verb: Token, subject: Token | None, passive: bool, index: ActorIndex) -> list[ActorRef]:
    """Who moves: the actors of *verb*'s active subject, or of a passive's by-phrase ("the
    hostages were transported to Raqqa by the militants")."""
    if subject is None:
        return []
    if passive:
        return [a for o in agent_objects(verb) for a in own_actors(o, index)]
    return own_actors(subject, index)


def _destinations(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The heads of the phrases *verb* goes to, into, from, across or through ("crossed into
    Dagestan", "moved in to the Bogside", "walked out of the restaurant"), or its object for a
    verb whose object is the place ("crossed the border", "left Kabul")."""
    heads: list[Token] = []
    for c in verb.children:
        if (c.dep_ == "prep" and c.lower_ in lexicon.motion_preps) or (
            c.dep_ in {"prt", "advmod"} and c.lower_ in lexicon.motion_adverbs
        ):
            heads += [o for o in c.children if o.dep_ == "pobj"]
            heads += [o for p in c.children if p.dep_ == "prep" for o in p.children
                      if o.dep_ == "pobj"]
        elif c.dep_ in OBJECTS and verb.lemma_.lower() in lexicon.place_object_verbs:
            heads.append(c)
    return heads


def _places(heads: Iterable[Token], index: ActorIndex) -> list[ActorRef]:
    """The place and country actors the phrases of *heads* name."""
    found: dict[str, ActorRef] = {}
    for head in heads:
        for a in actors(head, index):
            if a.type in _PLACES:
                found.setdefault(a.actor, a)
    return list(found.values())


def _a_place(head: Token, lexicon: Lexicon) -> bool:
    """Whether *head* is a place though no place actor stands for it: a name spaCy tags as a
    facility or a location (not a country or city, FAC and LOC: "migrated to the Valley"; a GPE
    name kg took for no place is someone's: "when it comes to Tyler"), or a common noun of a
    place (``destination_nouns``, the actor words' unnamed places and nouns of place names:
    "the bus depot", "Elliott's shop", "the river")."""
    words = actor_words()
    nouns = (lexicon.destination_nouns | words.unnamed_places | words.place_name_heads
             | words.place_heads | words.building_heads)
    return head.ent_type_ in _PLACE_LABELS or (
        head.pos_ == "NOUN" and head.lemma_.lower() in nouns
    )


def _moved(
    verb: Token, lexicon: Lexicon, index: ActorIndex, passive_subject: Token | None
) -> list[ActorRef]:
    """The people *verb* moves, its object's or its passive subject's actors ("escorted the
    envoy", "transported the hostages", "residents were moved from their homes"), unless its
    object is the place."""
    if verb.lemma_.lower() in lexicon.place_object_verbs:
        return []
    heads = [c for c in verb.children if c.dep_ in OBJECTS]
    heads += [] if passive_subject is None else [passive_subject]
    return [a for h in heads for a in own_actors(h, index) if a.type in _MOVABLE]


def _carries_someone(verb: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Whether what *verb* acts on, if anything, is someone or a vehicle it moves ("drove the
    truck to Geary Lake", "escorted the envoy to Kabul"); not a thing run or kept ("ran the
    business from behind bars"). The object of a verb whose object is the place is the place."""
    if verb.lemma_.lower() in lexicon.place_object_verbs:
        return True
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    vehicles = lexicon.traffic_nouns | actor_words().vessel_nouns
    return all(
        any(a.type in _MOVABLE for a in own_actors(o, index))
        or o.lemma_.lower() in vehicles
        or (o.pos_ != "PROPN" and may_be_someone(o, lexicon, index))
        for o in objects
    )


def _for_meeting(verb: Token, meetings: Collection[int]) -> bool:
    """Whether *verb*'s for-phrase or to-infinitive is a meeting kg found ("return to Geneva
    for talks", "flew to Doha to negotiate")."""
    purposes = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                for o in c.children if o.dep_ == "pobj"]
    purposes += [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(p.idx in meetings for p in purposes)
