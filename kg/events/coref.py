"""Event coreference: one event however often it is mentioned, in one document or many.

Within a document, events of the same type and mode with the same sources, targets and date
are one event with several mentions. Across documents, such events merge only when they name
both a source and a target and have a date read from the text, so that two similar but
distinct incidents are not folded together; the merged event keeps every mention, i.e. every
source document, instead of counting the report twice.
"""

from __future__ import annotations

from kg.events.triggers import Trigger
from kg.model import Argument, Event, Modality
from kg.vocab import event_iri

__all__ = ["antecedent_event", "merge_events"]


def _key(event: Event) -> tuple[object, ...]:
    return (
        event.type,
        event.mode,
        tuple(sorted(event.sources)),
        tuple(sorted(event.targets)),
        event.date,
        event.modality,
    )


def merge_events(events: list[Event]) -> list[Event]:
    """Merge coreferent events; the first mention (by document, offset) stays the trigger."""
    merged: dict[tuple[object, ...], Event] = {}
    out: list[Event] = []
    for event in sorted(events, key=lambda e: (e.document_id, e.trigger.start)):
        if not (event.sources or event.targets):
            out.append(event)
            continue
        cross = bool(event.sources and event.targets and event.date_basis == "explicit")
        key = _key(event) if cross else (event.document_id, *_key(event))
        first = merged.get(key)
        if first is None:
            if cross:
                event.id = event_iri(*_key(event))
            merged[key] = event
            out.append(event)
            continue
        first.mentions.extend(event.mentions)
        known = {(a.role, a.actor) for a in first.arguments}
        first.arguments.extend(a for a in event.arguments if (a.role, a.actor) not in known)
    return sorted(out, key=lambda e: e.id)


def antecedent_event(
    trigger: Trigger, arguments: list[Argument], modality: Modality, events: list[Event]
) -> Event | None:
    """The earlier event a definite event noun refers back to ("Russia attacked Odesa ... the
    attack killed three"): the latest one of the same type and mode whose sources and targets
    include the noun's own, with the same modality."""
    t = trigger.token
    if not trigger.nominal or not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children
    ):
        return None
    own = {(a.role, a.actor) for a in arguments if a.role in {"source", "target"}}
    for event in reversed(events):
        if event.type != trigger.type or event.mode != trigger.mode:
            continue
        if event.modality is not modality:
            continue
        if own <= {(a.role, a.actor) for a in event.arguments}:
            return event
        return None  # the latest event of this type is another one
    return None
