"""Trade events (kg's TRADE): an actor selling, buying or renting something to or from another.

PLOVER has no type for it (CAMEO codes "buy" as economic cooperation only between two actors),
yet who bought what from whom is what an analyst of an attack or a crime tracks: the truck a
bomber rented, the shotgun a gunman bought, the company a firm takes over. A verb of commerce
(``trade_verbs`` in ``triggers.yaml``) with something traded, its object or its passive
subject, is one; the giver (the seller, the one who rents out) is the source, the recipient
(the buyer, the renter) the target. A company bought is what the buyer acts on: "AMD bought
SeaMicro" goes from AMD to SeaMicro (and whoever sold it), as CAMEO codes a deal between two
actors. A verb with a particle ("sold out", "bought into") or without anything traded
("easy-to-buy") is none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from kg.events._syntax import OBJECTS, agent_objects, clause_subject, prep_objects
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors
from kg.events.lexicon import Lexicon
from kg.events.modality import is_negated
from kg.model import ActorRef, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Trade", "trades"]

_PLACES = frozenset({ActorType.PLACE})
_TRADED = frozenset({ActorType.ORGANISATION})  # "bought Skype"; not a car's possessor or a model


class Trade(NamedTuple):
    """A verb of commerce with its sources and targets (see the module)."""

    verb: Token
    sources: list[ActorRef]
    targets: list[ActorRef]


def trades(
    tokens: Iterable[Token], index: ActorIndex, lexicon: Lexicon, taken: Collection[int]
) -> Iterator[Trade]:
    """The trades among *tokens*: verbs of commerce with something traded, not negated, with
    no particle and not at a character offset in *taken* (another event's trigger: "sell
    weapons to Taiwan" is CAMEO's cooperation when kg found it so)."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in lexicon.trade_verbs or t.idx in taken:
            continue
        if is_negated(t, lexicon.light_verbs) or any(c.dep_ == "prt" for c in t.children):
            continue
        subject, passive = clause_subject(t)
        if passive and subject is not None and subject.head != t and t.tag_ == "VBD":
            passive = False  # "he was fired and bought a shotgun": the past tense is active
        things = [c for c in t.children if c.dep_ in OBJECTS]
        if passive and subject is not None:
            things.append(subject)
        if not things:
            continue
        doer = _agent(t, index) if passive else ([] if subject is None else actors(subject, index))
        doer = [a for a in doer if a.type not in _PLACES]
        to = _prep_actors(t, {"to"}, index) + [
            a for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"
            for a in actors(c, index)
        ]
        traded = [a for c in things if (a := index.at(c)) is not None and a.type in _TRADED]
        sellers = _prep_actors(t, {"from"}, index)
        if lemma in lexicon.giving_trade_verbs or (lemma in lexicon.either_trade_verbs and to):
            yield _trade(t, doer, to + traded)  # "sold his car", "leased the hall to the party"
        elif traded:
            yield _trade(t, doer, traded + sellers)  # "AMD bought SeaMicro"
        else:
            yield _trade(t, sellers, doer)  # "bought a shotgun", "rented it from Elliott"


def _trade(verb: Token, sources: list[ActorRef], targets: list[ActorRef]) -> Trade:
    """A trade with each actor once, and none of the sources also a target ("he sold his
    car": not to himself)."""
    once = {a.actor: a for a in reversed(sources)}
    rest = {a.actor: a for a in reversed(targets) if a.actor not in once}
    return Trade(verb, list(reversed(once.values())), list(reversed(rest.values())))


def _agent(verb: Token, index: ActorIndex) -> list[ActorRef]:
    """The actors of a passive verb's by-phrase ("was purchased by Bill Ingaldson")."""
    return [a for o in agent_objects(verb) for a in actors(o, index)]


def _prep_actors(verb: Token, preps: set[str], index: ActorIndex) -> list[ActorRef]:
    """The actors, no place, of *verb*'s phrases with one of *preps*."""
    return [a for o in prep_objects(verb, preps) for a in actors(o, index)
            if a.type not in _PLACES]

