"""Event coreference: one event however often it is mentioned, in one document or many.

Within a document, events of the same type and mode with the same sources, targets and date
are one event with several mentions. Across documents, such events merge only when they name
both a source and a target and have a date read from the text, so that two similar but
distinct incidents are not folded together; the merged event keeps every mention, i.e. every
source document, instead of counting the report twice.
"""

from __future__ import annotations

from kg.model import Event
from kg.vocab import event_iri

__all__ = ["merge_events"]


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
