"""Event coreference: within a document and across documents (no model needed)."""

from __future__ import annotations

from kg.events import merge_events
from kg.model import Argument, Event, Mention, Modality


def _event(doc: str, start: int, date: str, basis: str = "explicit", **kw: object) -> Event:
    m = Mention(doc, start, start + 6, "attack", 0, "TRIGGER")
    args = [Argument("source", "taliban", None), Argument("target", "panjshir", None)]
    return Event(
        id=f"{doc}#{start}",
        type="ASSAULT",
        trigger=m,
        sentence_text="",
        date=date,
        date_basis=basis,
        arguments=args,
        mentions=[m],
        **kw,  # type: ignore[arg-type]
    )


def test_same_event_in_two_documents_is_one_event_with_both_sources() -> None:
    (merged,) = merge_events([_event("a", 10, "2021-09-06"), _event("b", 40, "2021-09-06")])
    assert {m.document_id for m in merged.mentions} == {"a", "b"}


def test_different_dates_stay_apart() -> None:
    assert len(merge_events([_event("a", 10, "2021-09-06"), _event("b", 40, "2021-09-05")])) == 2


def test_document_dates_do_not_merge_across_documents() -> None:
    events = [_event("a", 10, "2021-09-06", "document"), _event("b", 4, "2021-09-06", "document")]
    assert len(merge_events(events)) == 2


def test_a_claim_and_an_assertion_stay_apart() -> None:
    events = [_event("a", 10, "2021-09-06"), _event("b", 4, "2021-09-06")]
    events[1].modality = Modality.CLAIMED
    assert len(merge_events(events)) == 2


def test_repeated_mention_in_one_document_merges() -> None:
    events = [_event("a", 10, "2021-09-06", "document"), _event("a", 90, "2021-09-06", "document")]
    (merged,) = merge_events(events)
    assert [m.start for m in merged.mentions] == [10, 90]
