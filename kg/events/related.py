"""Targets an event takes from a related event of its sentence, when nothing else names one.

PLOVER codes an act against whom it is aimed at. With no target of its own, an act takes the
target of the event it is done for ("students staged a protest to demand reforms from the
government", "police opened fire to disperse the crowd", "mobilized reservists for a war
against Iraq", "a hunger strike in protest of Moscow's refusal"), and an attack noun the
target of the harm it is the subject of ("a roadside bombing killed three soldiers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.events.lexicon import HOSTILE, word_classes
from kg.model import Argument, Event, PloverType, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["related_targets"]

_AIMED = frozenset(HOSTILE | {PloverType.DEMAND, PloverType.DISAPPROVE, PloverType.THREATEN})
"""Types of an event whose target the act done for it is aimed at too."""
_DONE_FOR = frozenset({PloverType.ASSAULT, PloverType.MOBILIZE, PloverType.PROTEST})
"""Types of an act a purpose phrase ("for a war", "in protest") tells what it is done for;
after a coercion or a sanction the phrase tells its reason ("detained dozens for protests
against the government": the government is no target)."""
_SPEECH = frozenset({PloverType.DEMAND, PloverType.DISAPPROVE, PloverType.THREATEN})
"""Types of an event a participle clause tells as an act's purpose ("marched, calling for");
another participle tells its result ("attacked the camp, killing 20")."""


def related_targets(doc: Doc, events: dict[int, Event]) -> None:
    """Give each hostile event of *events* (keyed by the index of its trigger's token in
    *doc*, each told there first) with no target the targets of the event it is done for, or
    that it did; places that become its targets are no longer its locations."""
    for i, event in events.items():
        if event.type not in HOSTILE or event.targets:
            continue
        related = _harm_done(doc[i], event, events) or _purpose(doc[i], event, events)
        if related is None:
            continue
        sources = set(event.sources)
        found = [a for a in related.arguments if a.role == Role.TARGET and a.actor not in sources]
        taken = {a.actor for a in found}
        kept = [a for a in event.arguments if not (a.role == Role.LOCATION and a.actor in taken)]
        after = sum(a.role == Role.SOURCE for a in kept)  # roles in order: sources, targets, ...
        kept[after:after] = [Argument(Role.TARGET, a.actor, a.mention) for a in found]
        event.arguments = kept


def _harm_done(token: Token, event: Event, events: dict[int, Event]) -> Event | None:
    """The violence an attack noun is the subject of: "a roadside bombing killed three
    soldiers" (the killing), with targets."""
    harm = events.get(token.head.i) if token.dep_ == "nsubj" and token.pos_ == "NOUN" else None
    if harm is None or harm is event or event.type != PloverType.ASSAULT:
        return None
    return harm if harm.type == PloverType.ASSAULT and harm.targets else None


def _purpose(token: Token, event: Event, events: dict[int, Event]) -> Event | None:
    """The event with targets that the event of trigger *token* is done for."""
    for head, kinds in _purposes(token, event.type in _DONE_FOR):
        found = events.get(head.i)
        if found is not None and found is not event and found.type in kinds and found.targets:
            return found
    return None


def _purposes(token: Token, phrases: bool) -> list[tuple[Token, frozenset[str]]]:
    """The heads of what the event of trigger *token* may be done for, each with the event
    types it may have: a to-infinitive or participle clause on it or on the verb it is the
    object of, or, with *phrases*, the noun of a purpose phrase ("for a war", "in protest")."""
    heads = [token]
    if token.dep_ == "dobj" and token.head.pos_ in {"VERB", "AUX"}:
        heads.append(token.head)  # "began a hunger strike ... to demand"
    preps = word_classes().purpose_preps
    out: list[tuple[Token, frozenset[str]]] = []
    for head in heads:
        for c in head.children:
            if c.dep_ in {"advcl", "acl", "xcomp"} and c.pos_ == "VERB" and _purpose_clause(c):
                out.append((c, _SPEECH if c.tag_ == "VBG" else _AIMED))
            elif phrases and c.dep_ == "prep" and c.lower_ in preps:
                out.extend((p, preps[c.lower_]) for p in c.children if p.dep_ == "pobj")
    return out


def _purpose_clause(verb: Token) -> bool:
    """Whether *verb* heads a clause of purpose or manner: "to demand", "calling for"."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
