"""The scores: kg's extraction against the WikiEvents and PLOVER gold data (see the definitions in
:mod:`kg.evaluation` and ``docs/evaluation.md``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kg.evaluation.gold import GoldEvent, GoldMention, PloverRecord, WikiDoc
from kg.evaluation.mappings import (
    ACTOR_TYPES,
    ARGUMENT_ROLES,
    PLOVER_MERGED,
    ROLES_BY_KG_ROLE,
    kairos_types,
)
from kg.evaluation.report import Report
from kg.model import Actor, Event, Extraction, Mention, MentionLabel

__all__ = [
    "NOMINAL",
    "PARTICIPANT",
    "b_cubed",
    "choose_main_event",
    "match_actor_texts",
    "score_plover",
    "score_wikievents",
]

NOMINAL = MentionLabel.NOMINAL
"""``Mention.ner_label`` of a description linked to an actor ("the terror group"): counted in
``actors.nominal.*`` only, never as a named mention."""

PARTICIPANT = MentionLabel.PARTICIPANT
"""``Mention.ner_label`` of an unnamed participant ("three soldiers", "the gunman"): an actor
and an event argument, never a named mention in the actor scores."""

_STOP_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or",
    "as", "be", "is", "are", "was", "were", "will", "would", "has", "have", "had", "s", "its",
    "their", "his", "her", "that", "this", "it",
})
_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_ABBREVIATION_STOP = re.compile(r"\.[A-Z]\.$")

Span = tuple[str, int, int]


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks, a leading article and the last full stop of an
    abbreviation ("U.S." and "U.S": WikiEvents writes both): how spans are compared."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if _ABBREVIATION_STOP.search(piece):
        piece = piece[:-1]
    end = start + len(piece)
    match = _LEADING_ARTICLE.match(piece)
    if match and match.end() < len(piece):
        start += match.end()
    return start, end


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _ratio(num: int | float, den: int | float) -> float:
    return num / den if den else 0.0


def _prf(prefix: str, correct_pred: int, n_pred: int, found_gold: int,
         n_gold: int) -> dict[str, float]:
    p, r = _ratio(correct_pred, n_pred), _ratio(found_gold, n_gold)
    return {f"{prefix}.precision": p, f"{prefix}.recall": r,
            f"{prefix}.f1": _ratio(2 * p * r, p + r)}


def b_cubed(gold: Mapping[Any, Any], predicted: Mapping[Any, Any]) -> tuple[float, float]:
    """B³ precision and recall of *predicted* against *gold* (item -> cluster, same items)."""
    gold_members: dict[Any, set[Any]] = defaultdict(set)
    pred_members: dict[Any, set[Any]] = defaultdict(set)
    for item, cluster in gold.items():
        gold_members[cluster].add(item)
    for item, cluster in predicted.items():
        pred_members[cluster].add(item)
    precision = recall = 0.0
    for item in gold:
        g, p = gold_members[gold[item]], pred_members[predicted[item]]
        precision += len(g & p) / len(p)
        recall += len(g & p) / len(g)
    return _ratio(precision, len(gold)), _ratio(recall, len(gold))


def _event_spans(event: Event) -> list[Mention]:
    return list(event.mentions) or [event.trigger]


# WikiEvents

def _actor_spans(docs: Mapping[str, WikiDoc],
                 extraction: Extraction) -> dict[Span, list[Actor]]:
    spans: dict[Span, list[Actor]] = defaultdict(list)
    for actor in sorted(extraction.actors.values(), key=lambda a: a.id):
        for m in actor.mentions:
            doc = docs.get(m.document_id)
            if doc is not None and m.ner_label not in {NOMINAL, PARTICIPANT}:
                key = (m.document_id, *_core(doc.text, m.start, m.end))
                if actor not in spans[key]:
                    spans[key].append(actor)
    return spans


def _score_actors(docs: Mapping[str, WikiDoc], spans: Mapping[Span, list[Actor]],
                  report: Report) -> dict[Span, GoldMention]:
    named: dict[Span, GoldMention] = {}
    other: dict[Span, GoldMention] = {}
    for doc in docs.values():
        for g in doc.mentions.values():
            key = (doc.id, *_core(doc.text, g.start, g.end))
            (named if g.named else other).setdefault(key, g)
    other = {k: v for k, v in other.items() if k not in named}
    hits = [k for k in spans if k in named]
    typed_pairs = list(dict.fromkeys((k, a.type) for k, actors in spans.items() for a in actors))
    typed_hits = [(k, t) for k, t in typed_pairs
                  if k in named and t in ACTOR_TYPES[named[k].entity_type]]
    nominal = [k for k in spans if k in other and other[k].entity_type in ACTOR_TYPES]
    non_actor = [k for k in spans if k in other and other[k].entity_type not in ACTOR_TYPES]
    report.metrics.update(_prf("actors.untyped", len(hits), len(spans), len(hits), len(named)))
    report.metrics.update(_prf("actors.typed", len(typed_hits), len(typed_pairs),
                               len({k for k, _ in typed_hits}), len(named)))
    report.metrics["actors.untyped.precision_lenient"] = _ratio(
        len(hits) + len(nominal) + len(non_actor), len(spans))
    report.counts.update({
        "actors.gold_named": len(named), "actors.predicted": len(spans),
        "actors.untyped.correct": len(hits), "actors.typed.correct": len(typed_hits),
        "actors.pred_matches_gold_nominal": len(nominal),
        "actors.pred_matches_gold_non_actor": len(non_actor),
    })
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for k, t in typed_pairs:
        if k in named:
            confusion[named[k].entity_type][str(t)] += 1
    report.details["actors.type_confusion"] = {g: dict(c.most_common())
                                               for g, c in sorted(confusion.items())}
    report.details["actors.pred_matches_gold_not_named"] = dict(Counter(
        f"{other[k].entity_type}:{other[k].text}" for k in nominal + non_actor).most_common())
    return named


def _score_nominals(docs: Mapping[str, WikiDoc], extraction: Extraction,
                    spans: Mapping[Span, list[Actor]], report: Report) -> None:
    """Descriptions kg linked to an actor ("the terror group"), counted apart from names: one is
    right when a gold actor mention ends with it inside its span (gold marks the head, "group")
    and that mention's cluster holds a named gold mention that the same actor holds."""
    predicted: set[tuple[Span, str]] = set()
    for actor in extraction.actors.values():
        for m in actor.mentions:
            doc = docs.get(m.document_id)
            if doc is not None and m.ner_label == NOMINAL:
                predicted.add(((m.document_id, *_core(doc.text, m.start, m.end)), actor.id))
    correct = 0
    for (key, actor_id) in predicted:
        doc = docs[key[0]]
        gold = [g for g in doc.mentions.values()  # heads: "group" in "terror group"
                if g.entity_type in ACTOR_TYPES
                and key[1] <= _core(doc.text, g.start, g.end)[0]
                and _core(doc.text, g.start, g.end)[1] == key[2]]
        clusters = {g.cluster for g in gold}
        correct += any(
            g.named and g.cluster in clusters
            and any(a.id == actor_id
                    for a in spans.get((doc.id, *_core(doc.text, g.start, g.end)), []))
            for g in doc.mentions.values())
    report.counts.update({"actors.nominal.predicted": len(predicted),
                          "actors.nominal.correct": correct})


def _score_coref(spans: Mapping[Span, list[Actor]], named: Mapping[Span, GoldMention],
                 report: Report) -> None:
    gold: dict[Span, tuple[str, str]] = {}
    pred: dict[Span, tuple[str, str]] = {}
    for key, g in named.items():
        if key in spans:
            gold[key] = (key[0], g.cluster)
            pred[key] = (key[0], spans[key][0].id)
    precision, recall = b_cubed(gold, pred)
    actors_of: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    clusters_of: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    size: Counter[tuple[str, str]] = Counter(gold.values())
    pred_size: Counter[tuple[str, str]] = Counter(pred.values())
    for key in gold:
        actors_of[gold[key]].add(pred[key])
        clusters_of[pred[key]].add(gold[key])
    multi = [c for c in actors_of if size[c] >= 2]
    split = [c for c in multi if len(actors_of[c]) > 1]
    merging = [a for a in clusters_of if pred_size[a] >= 2]
    merged = [a for a in merging if len(clusters_of[a]) > 1]
    report.metrics.update({
        "coref.b3.precision": precision, "coref.b3.recall": recall,
        "coref.b3.f1": _ratio(2 * precision * recall, precision + recall),
        "coref.split_rate": _ratio(len(split), len(multi)),
        "coref.false_merge_rate": _ratio(len(merged), len(merging)),
    })
    report.counts.update({
        "coref.matched_mentions": len(gold), "coref.gold_clusters_2plus": len(multi),
        "coref.split_clusters": len(split), "coref.false_merges": len(merged),
    })
    labels = {a.id: a.label for actors in spans.values() for a in actors}
    report.details["coref.split_clusters"] = {
        f"{doc}:{cluster}": sorted({f"{named[k].text} -> {labels[pred[k][1]]}" for k in gold
                                    if gold[k] == (doc, cluster)})
        for doc, cluster in sorted(split)
    }
    report.details["coref.false_merges"] = {
        f"{doc}:{labels[actor]}": sorted({f"{named[k].text} ({gold[k][1]})" for k in gold
                                          if pred[k] == (doc, actor)})
        for doc, actor in sorted(merged)
    }


def _score_events(docs: Mapping[str, WikiDoc], extraction: Extraction, report: Report) -> None:
    gold_triggers = [(doc.id, g) for doc in docs.values() for g in doc.events]
    events = [e for e in extraction.events if e.document_id in docs]
    span_items = {(m.document_id, m.start, m.end) for e in events for m in _event_spans(e)
                  if m.document_id in docs}
    typed_items = {(m.document_id, m.start, m.end, e.type, e.mode or "")
                   for e in events for m in _event_spans(e) if m.document_id in docs}

    def gold_at(doc_id: str, start: int, end: int) -> list[GoldEvent]:
        return [g for g in docs[doc_id].events if _overlaps(start, end, g.start, g.end)]

    id_correct = sum(1 for s in span_items if gold_at(*s))
    found: set[str] = {g.id for s in span_items for g in gold_at(*s)}
    class_correct = 0
    class_found: set[str] = set()
    for doc_id, start, end, etype, mode in typed_items:
        right = [g for g in gold_at(doc_id, start, end)
                 if g.coarse_type in kairos_types(etype, mode)]
        class_correct += bool(right)
        class_found.update(g.id for g in right)
    report.metrics.update(_prf("events.trigger_id", id_correct, len(span_items), len(found),
                               len(gold_triggers)))
    report.metrics.update(_prf("events.trigger_class", class_correct, len(typed_items),
                               len(class_found), len(gold_triggers)))
    report.counts.update({
        "events.gold_triggers": len(gold_triggers), "events.predicted_triggers": len(span_items),
        "events.trigger_id.correct": id_correct, "events.trigger_class.correct": class_correct,
    })
    _score_arguments(docs, events, gold_at, report)


def _score_arguments(docs: Mapping[str, WikiDoc], events: Sequence[Event],
                     gold_at: Callable[[str, int, int], list[GoldEvent]],
                     report: Report) -> None:
    def actor_args(doc: WikiDoc, g: GoldEvent) -> list[tuple[str, str]]:
        return [(eid, role) for eid, role in g.arguments
                if doc.mentions[eid].entity_type in ACTOR_TYPES]

    n_gold = sum(len(actor_args(doc, g)) for doc in docs.values() for g in doc.events)
    kinds = ("arg_id", "arg_id_coref", "arg_class", "arg_class_coref")
    correct: Counter[str] = Counter()
    found: dict[str, set[tuple[str, str, str]]] = {k: set() for k in kinds}
    n_pred = 0
    for event in events:
        doc = docs[event.document_id]
        matched = {g.id: g for m in _event_spans(event) if m.document_id == doc.id
                   for g in gold_at(doc.id, m.start, m.end)}
        if not matched:
            continue
        predicted = {(a.role, a.mention.start, a.mention.end) for a in event.arguments
                     if a.role in ARGUMENT_ROLES and a.mention is not None
                     and a.mention.document_id == doc.id}
        n_pred += len(predicted)
        for role, start, end in predicted:
            hit: Counter[str] = Counter()
            for g in matched.values():
                for eid, gold_role in actor_args(doc, g):
                    gm = doc.mentions[eid]
                    strict = _overlaps(start, end, gm.start, gm.end)
                    coref = strict or any(
                        _overlaps(start, end, o.start, o.end) for o in doc.mentions.values()
                        if o.cluster == gm.cluster)
                    role_ok = gold_role in ROLES_BY_KG_ROLE[role]
                    for kind, ok in zip(kinds, (strict, coref, strict and role_ok,
                                                coref and role_ok), strict=True):
                        if ok:
                            hit[kind] += 1
                            found[kind].add((g.id, eid, gold_role))
            correct.update(k for k in kinds if hit[k])
    for kind in kinds:
        report.metrics.update(_prf(f"events.{kind}", correct[kind], n_pred, len(found[kind]),
                                   n_gold))
    report.counts.update({"events.gold_arguments": n_gold, "events.predicted_arguments": n_pred})


def score_wikievents(docs: Sequence[WikiDoc], extraction: Extraction) -> Report:
    """Actor, coreference and event scores of *extraction* against WikiEvents gold."""
    by_id = {d.id: d for d in docs}
    report = Report(counts={"wikievents.documents": len(docs)})
    spans = _actor_spans(by_id, extraction)
    named = _score_actors(by_id, spans, report)
    _score_nominals(by_id, extraction, spans, report)
    _score_coref(spans, named, report)
    _score_events(by_id, extraction, report)
    return report


# PLOVER

def _content_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP_WORDS}


def choose_main_event(events: Sequence[Event], text: str, event_text: str) -> Event | None:
    """The event a PLOVER sentence is about: the first whose mention overlaps a content word
    of *event_text* in *text*, else the first event; None when there is none."""
    ordered = sorted(events, key=lambda e: (e.trigger.start, e.trigger.end, e.id))
    spans = [(m.start(), m.end()) for word in sorted(_content_words(event_text))
             for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    for event in ordered:
        if any(_overlaps(m.start, m.end, s, e) for m in _event_spans(event) for s, e in spans):
            return event
    return ordered[0] if ordered else None


def match_actor_texts(predicted: Sequence[str], gold: Sequence[str]) -> int:
    """How many gold actor texts are matched, one to one in order, by predicted texts that
    share a content word (lower-cased, stop words left out)."""
    free = [_content_words(p) for p in predicted]
    matched = 0
    for g in gold:
        words = _content_words(g)
        for i, p in enumerate(free):
            if words & p:
                free[i] = set()
                matched += 1
                break
    return matched


def score_plover(records: Sequence[PloverRecord], extraction: Extraction) -> Report:
    """Event type and source/target scores of *extraction* against PLOVER gold sentences."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in extraction.events:
        by_doc[event.document_id].append(event)
    with_event = correct = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    tally: Counter[str] = Counter()
    for record in records:
        main = choose_main_event(by_doc.get(record.id, []), record.text, record.event_text)
        confusion[record.event][main.type if main else "(none)"] += 1
        with_event += main is not None
        correct += main is not None and main.type == PLOVER_MERGED.get(record.event, record.event)
        for role, gold in (("source", record.sources), ("target", record.targets)):
            mentions = {} if main is None else {
                (a.mention.start, a.mention.end): a.mention.text for a in main.arguments
                if a.role == role and a.mention is not None}
            texts = [mentions[k] for k in sorted(mentions)]
            tally[f"{role}.predicted"] += len(texts)
            tally[f"{role}.gold"] += len(gold)
            tally[f"{role}.matched"] += match_actor_texts(texts, gold)
    report = Report()
    report.metrics.update({
        "plover.type.accuracy": _ratio(correct, len(records)),
        "plover.type.precision": _ratio(correct, with_event),
        "plover.coverage": _ratio(with_event, len(records)),
    })
    for role in ("source", "target"):
        m = tally[f"{role}.matched"]
        report.metrics.update(_prf(f"plover.{role}", m, tally[f"{role}.predicted"], m,
                                   tally[f"{role}.gold"]))
    report.counts.update({"plover.sentences": len(records), "plover.with_event": with_event,
                          "plover.type.correct": correct})
    report.counts.update({f"plover.{k}": v for k, v in sorted(tally.items())})
    report.details["plover.confusion"] = {g: dict(c.most_common())
                                          for g, c in sorted(confusion.items())}
    return report
