"""Event coreference: within a document (on sentences written here, with the model) and across
documents (no model needed)."""

from __future__ import annotations

import pytest

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


@pytest.mark.slow
def test_event_noun_with_its_own_target_refers_past_other_events(read) -> None:  # type: ignore[no-untyped-def]
    x = read(
        "The Taliban took over Kabul on August 15. Herat and Kandahar fell the same day. "
        "Thousands have fled since the fall of Kabul."
    )
    kabul = [e for e in x.events if any(x.actors[a].label == "Kabul" for a in e.targets)]
    assert len(kabul) == 1 and kabul[0].date == "2021-08-15"  # the takeover's date, not today's
    assert [m.text for m in kabul[0].mentions] == ["took over", "fall"]


@pytest.mark.slow
def test_bare_event_noun_only_means_the_latest_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Rebels attacked Goma on Monday. Russia attacked Odesa on Tuesday. The attack "
             "killed three.")
    odesa = next(e for e in x.events if any(x.actors[a].label == "Odesa" for a in e.targets))
    goma = next(e for e in x.events if any(x.actors[a].label == "Goma" for a in e.targets))
    assert [m.text for m in odesa.mentions] == ["attacked", "attack"]
    assert [m.text for m in goma.mentions] == ["attacked"]


@pytest.mark.slow
def test_event_noun_told_in_full_later_is_that_event(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands have fled since the fall of Kabul. The Taliban took over Kabul on "
             "August 15. Herat and Kandahar fell the same day.")
    (kabul,) = [e for e in x.events if any(x.actors[a].label == "Kabul" for a in e.targets)]
    assert [m.text for m in kabul.mentions] == ["fall", "took over"]
    assert (kabul.trigger.text, kabul.date, kabul.date_basis) == ("took over", "2021-08-15",
                                                                  "explicit")


@pytest.mark.slow
def test_event_noun_with_two_later_candidates_stays_apart(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Thousands fled after the attack on Goma. Rebels attacked Goma on Monday. The army "
             "attacked Goma on Tuesday.")
    goma = [e for e in x.events if any(x.actors[a].label == "Goma" for a in e.targets)]
    assert sorted(m.text for e in goma for m in e.mentions) == ["attack", "attacked", "attacked"]
    assert len(goma) == 3
