"""Event coreference: one event however often it is mentioned, in one document or many.

Within a document, events of the same type and mode with the same sources, targets and date
are one event with several mentions, and a definite event noun is one more mention of the event
it refers to, told before it or after it. Across documents, such events merge only when they name
both a source and a target and have a date read from the text, so that two similar but
distinct incidents are not folded together; the merged event keeps every mention, i.e. every
source document, instead of counting the report twice.
"""

from __future__ import annotations

from kg.events.lexicon import word_classes
from kg.events.triggers import Trigger
from kg.model import Argument, Event, Modality, PloverType, Role
from kg.vocab import event_iri

__all__ = ["antecedent_event", "antecedent_key", "definite", "fold_forward", "merge_events"]


def _key(event: Event) -> tuple[object, ...]:
    """What coreferent events share: type, mode, sources, targets, date and modality; for a
    movement also its places (one traveller's journeys on one day are as many as the places)."""
    key = (
        event.type,
        event.mode,
        tuple(sorted(event.sources)),
        tuple(sorted(event.targets)),
        event.date,
        event.modality,
    )
    return (*key, tuple(sorted(event.locations))) if event.type is PloverType.MOVE else key


def merge_events(events: list[Event]) -> list[Event]:
    """Merge coreferent events; the first mention (by document, offset) stays the trigger.

    Each event is looked up once in a table keyed by type, mode, sources, targets, date and
    modality (with the document for events that only merge within it): the cost grows with
    the number of events, never with the number of pairs."""
    merged: dict[tuple[object, ...], Event] = {}
    out: list[Event] = []
    renamed: dict[str, str] = {}  # an event's IRI before the merge -> after
    for event in sorted(events, key=lambda e: (e.document_id, e.trigger.start)):
        if not (event.sources or event.targets):
            out.append(event)
            continue
        cross = bool(event.sources and event.targets and event.date_basis == "explicit")
        key = _key(event) if cross else (event.document_id, *_key(event))
        first = merged.get(key)
        if first is None:
            if cross:
                new_id = event_iri(*_key(event))
                renamed[event.id] = new_id
                event.id = new_id
            merged[key] = event
            out.append(event)
            continue
        renamed[event.id] = first.id
        first.mentions.extend(event.mentions)
        first.about = sorted({*first.about, *event.about})
        known = {(a.role, a.actor) for a in first.arguments}
        first.arguments.extend(a for a in event.arguments if (a.role, a.actor) not in known)
    for event in out:
        if event.about:
            event.about = sorted({renamed.get(i, i) for i in event.about})
    return sorted(out, key=lambda e: e.id)


def antecedent_key(event: Event | Trigger, modality: Modality) -> tuple[str, str | None, Modality]:
    """What a definite event noun must share with the event it refers to: type, mode and
    modality. Events are grouped by it so that finding an antecedent looks at these only."""
    return event.type, event.mode, modality


def antecedent_event(
    trigger: Trigger, arguments: list[Argument], modality: Modality, events: list[Event]
) -> Event | None:
    """The earlier event a definite event noun refers back to ("Russia attacked Odesa ... the
    attack killed three"): the latest one of the same type, mode and modality whose sources and
    targets include the noun's own. A noun with roles of its own ("the fall of Kabul") may skip
    later events of its type on other actors; a bare one ("the attack") only means the latest.
    *events* are those told before, in order; those of the trigger's :func:`antecedent_key`
    suffice."""
    if not definite(trigger):
        return None
    own = _roles(arguments)
    for event in reversed(events):
        if event.type != trigger.type or event.mode != trigger.mode:
            continue
        if event.modality is not modality:
            continue
        if own <= _roles(event.arguments):
            return event
        if not own:
            return None
    return None


def definite(trigger: Trigger) -> bool:
    """Whether a trigger is a definite event noun ("the attack", "this withdrawal")."""
    determiners = word_classes().definite_determiners
    return trigger.nominal and any(
        c.dep_ == "det" and c.lower_ in determiners for c in trigger.token.children
    )


def _roles(arguments: list[Argument]) -> set[tuple[str, str]]:
    """The (role, actor) pairs of the sources and targets among *arguments*."""
    return {(a.role, a.actor) for a in arguments if a.role in {Role.SOURCE, Role.TARGET}}


def fold_forward(ahead: list[Event], events: list[Event]) -> list[Event]:
    """*events* without those of *ahead* that a later event of the document tells in full.

    *ahead* are definite event nouns with roles of their own but no date of their own that
    found no antecedent ("... fled after the fall of Kabul. The Taliban took over Kabul on
    August 15"); each joins the one later event of the same type, mode and modality whose
    sources and targets include its own, which keeps its trigger and date. With two such
    events, or none, it stays apart."""
    folded: set[str] = set()
    by_key: dict[tuple[object, ...], list[Event]] = {}
    for event in events:
        by_key.setdefault(antecedent_key(event, event.modality), []).append(event)
    for early in ahead:
        own = _roles(early.arguments)
        later = [
            e
            for e in by_key[antecedent_key(early, early.modality)]
            if e.trigger.start > early.trigger.start
            and e.id not in folded
            and own <= _roles(e.arguments)
        ]
        if len(later) != 1:
            continue
        (full,) = later
        full.mentions = sorted(full.mentions + early.mentions, key=lambda m: m.start)
        known = {(a.role, a.actor) for a in full.arguments}
        full.arguments += [a for a in early.arguments if (a.role, a.actor) not in known]
        folded.add(early.id)
    return [e for e in events if e.id not in folded]
