"""Scoring kg against gold data: WikiEvents actors, coreference and events; PLOVER event types.

Every score is defined here and, with its tables, in ``docs/evaluation.md``. Conventions: spans
are character offsets in the gold text; a ratio with a zero denominator is 0.0; F1 is the
harmonic mean of the precision and recall beside it.

A. Actors (WikiEvents, ``actors.*``). Gold: entity mentions of type PER, ORG, GPE, LOC or FAC
that are *named* (see :func:`is_named`). Predicted: every ``Actor.mentions`` entry in the
document but descriptions (``ner_label`` :data:`NOMINAL`), which are only counted
(``actors.nominal.*``), and unnamed participants (:data:`PARTICIPANT`), which are not scored
here. Spans are compared exactly after dropping a leading "the", "a" or
"an" from both.
Typed scores also need the actor type to be allowed for the gold type (:data:`ACTOR_TYPES`).
Predicted spans that equal a non-named or non-actor gold mention are false positives, counted
apart (``actors.pred_matches_gold_nominal``, ``actors.pred_matches_gold_non_actor``) and
forgiven in ``actors.untyped.precision_lenient``.

B. Coreference (``coref.*``). Over gold named mentions matched by a predicted mention, the gold
cluster (``wikievents-dev-coref.jsonl``; unclustered mentions are singletons) against the
predicted cluster (the actor holding the mention, within the document): B³ precision, recall
and F1; ``coref.split_rate``, the share of gold clusters with two or more matched mentions that
land in more than one actor; ``coref.false_merge_rate``, the share of actors with two or more
matched mentions that hold mentions of two or more gold clusters (their number is the count
``coref.false_merges``). The two rates are lower-is-better (:data:`LOWER_IS_BETTER`).

C. Events (``events.*``). Predicted triggers are all ``Event.mentions`` (or the trigger).
Identification: a predicted span is right when it overlaps a gold trigger; a gold trigger is
found when some predicted span overlaps it. Classification also needs the gold trigger's coarse
KAIROS type (first two levels) to be in :func:`kairos_types` of the event's PLOVER type and mode.
Arguments: the ``source``, ``target`` and ``location`` arguments that have a mention, of a
predicted event overlapping one or more gold triggers, against those gold events' arguments
whose entity is of an actor type. ``arg_id`` needs the mention to overlap the gold argument's
mention, ``arg_id_coref`` any mention of its coreference cluster; ``arg_class*`` also need the
gold role to be in :data:`ROLES_BY_KG_ROLE` of the kg role. Recall is over all such gold
arguments of all gold events.

D. PLOVER (``plover.*``). Each record is one document. The sentence's main event is the first
event (by trigger offset) with a mention overlapping a content word of ``eventText``, else the
first event. ``plover.type.accuracy`` is the share of sentences whose main event has the gold
type (no event: wrong), ``plover.type.precision`` that share among sentences with an event,
``plover.coverage`` the share of sentences with an event. Source and target: the mention texts
of the main event's source (target) arguments against the gold ``actorText`` list, matched one
to one, first come first served, when they share a lower-cased word that is not a stop word.

The quality gate is a baseline file of metric name -> bound: a floor, or a ceiling for the
metrics in :data:`LOWER_IS_BETTER`; :func:`check_floors` lists the metrics that miss theirs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Actor, ActorType, Document, Event, Extraction, Mention

__all__ = [
    "ACTOR_TYPES",
    "ARGUMENT_ROLES",
    "DEFAULT_BASELINE",
    "KAIROS_BY_MODE",
    "KAIROS_BY_PLOVER",
    "LOWER_IS_BETTER",
    "NOMINAL",
    "PARTICIPANT",
    "PLOVER_MERGED",
    "PLOVER_PATH",
    "ROLES_BY_KG_ROLE",
    "WIKIEVENTS_COREF_PATH",
    "WIKIEVENTS_PATH",
    "Extractor",
    "GoldEvent",
    "GoldMention",
    "PloverRecord",
    "Report",
    "WikiDoc",
    "b_cubed",
    "check_floors",
    "choose_main_event",
    "default_eval_dir",
    "evaluate",
    "format_table",
    "is_named",
    "kairos_types",
    "load_baseline",
    "match_actor_texts",
    "propose_baseline",
    "read_plover",
    "read_wikievents",
    "score_plover",
    "score_wikievents",
]

Extractor = Callable[[list[Document]], Extraction]

WIKIEVENTS_PATH = Path("wikievents/wikievents-dev.jsonl")
WIKIEVENTS_COREF_PATH = Path("wikievents/wikievents-dev-coref.jsonl")
PLOVER_MERGED = {"FIGHT": "ASSAULT"}
"""Gold types of older PLOVER drafts and the PLOVER 2021 type they were merged into."""
PLOVER_PATH = Path("plover/plover-gsr-dev.json")
_PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = _PROJECT / "tests" / "data" / "eval_baseline.json"

ACTOR_TYPES: dict[str, frozenset[ActorType]] = {
    "PER": frozenset({ActorType.PERSON}),
    "ORG": frozenset({ActorType.ORGANISATION}),
    # nationality adjectives ("Russian") are GPE in WikiEvents and groups in kg
    "GPE": frozenset({ActorType.COUNTRY, ActorType.PLACE, ActorType.GROUP}),
    "LOC": frozenset({ActorType.PLACE}),
    # airports and bases are facilities in WikiEvents; kg may call them places or organisations
    "FAC": frozenset({ActorType.PLACE, ActorType.ORGANISATION}),
}

_ATTACK_OUTCOMES = frozenset({
    "Conflict.Attack", "Life.Die", "Life.Injure",
    "ArtifactExistence.DamageDestroyDisableDismantle",
})

KAIROS_BY_PLOVER: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"Contact.Contact"}),
    "CONSULT": frozenset({"Contact.Contact"}),
    "SUPPORT": frozenset({"Contact.Contact"}),
    "CONCEDE": frozenset({"Contact.Contact"}),
    "COOPERATE": frozenset({"Contact.Contact", "Transaction.ExchangeBuySell"}),
    "AID": frozenset({
        "Transaction.Donation", "Transaction.ExchangeBuySell", "Movement.Transportation",
        "Medical.Intervention",
    }),
    "RETREAT": frozenset({
        "Justice.ReleaseParole", "Movement.Transportation", "Personnel.EndPosition",
        "Conflict.Defeat",
    }),
    "REQUEST": frozenset({"Contact.RequestCommand"}),
    "DEMAND": frozenset({"Contact.RequestCommand"}),
    "ACCUSE": frozenset({
        "Contact.Contact", "Justice.InvestigateCrime", "Justice.ChargeIndict", "Justice.Convict",
        "Cognitive.Inspection",
    }),
    "DISAPPROVE": frozenset({"Contact.Contact", "Justice.ChargeIndict", "Justice.Convict"}),
    "INVESTIGATE": frozenset({"Justice.InvestigateCrime", "Cognitive.Inspection"}),
    "REJECT": frozenset({"Contact.Contact"}),
    "THREATEN": frozenset({"Contact.ThreatenCoerce"}),
    "PROTEST": frozenset({"Conflict.Demonstrate", "Control.ImpedeInterfereWith"}),
    "SANCTION": frozenset({"Contact.Contact", "Control.ImpedeInterfereWith"}),
    "MOBILIZE": frozenset({"Movement.Transportation"}),
    "COERCE": frozenset({
        "Justice.ArrestJailDetain", "Contact.ThreatenCoerce", "Control.ImpedeInterfereWith",
        "Justice.ChargeIndict", "Justice.TrialHearing", "Justice.Convict", "Justice.Sentence",
        "Movement.Transportation", "ArtifactExistence.DamageDestroyDisableDismantle",
    }),
    "ASSAULT": _ATTACK_OUTCOMES,
    "FIGHT": frozenset({"Conflict.Attack"}),
    "CRIME": _ATTACK_OUTCOMES | {
        "GenericCrime.GenericCrime", "Justice.ArrestJailDetain", "Movement.Transportation",
        "Transaction.ExchangeBuySell",
    },
}

KAIROS_BY_MODE: dict[tuple[str, str], frozenset[str]] = {
    ("ASSAULT", "killing"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "assassinate"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "massacre"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "abduct"): frozenset({"Conflict.Attack", "Justice.ArrestJailDetain"}),
    ("COERCE", "arrest"): frozenset({"Justice.ArrestJailDetain", "Justice.ChargeIndict"}),
    ("COERCE", "detain"): frozenset({"Justice.ArrestJailDetain"}),
    ("COERCE", "deport"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "release"): frozenset({"Justice.ReleaseParole"}),
    ("RETREAT", "withdraw"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "withdrawal"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "resign"): frozenset({"Personnel.EndPosition"}),
}

ARGUMENT_ROLES = ("source", "target", "location")

ROLES_BY_KG_ROLE: dict[str, frozenset[str]] = {
    "source": frozenset({
        "Attacker", "Killer", "Injurer", "Perpetrator", "Communicator", "Participant",
        "Demonstrator", "Jailer", "Investigator", "Impeder", "Regulator", "Giver", "Transporter",
        "JudgeCourt", "Employee",
    }),
    "target": frozenset({
        "Target", "Victim", "Recipient", "Detainee", "Defendant", "Patient", "Participant",
        "Artifact", "AcquiredEntity", "PassengerArtifact",
    }),
    "location": frozenset({"Place", "Destination", "Origin"}),
}

NOMINAL = "NOMINAL"
"""``Mention.ner_label`` of a description linked to an actor ("the terror group"): counted in
``actors.nominal.*`` only, never as a named mention."""

PARTICIPANT = "PARTICIPANT"
"""``Mention.ner_label`` of an unnamed participant ("three soldiers", "the gunman"): an actor
and an event argument, never a named mention in the actor scores."""

LOWER_IS_BETTER = frozenset({"coref.split_rate", "coref.false_merge_rate"})

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "that", "this", "these", "those",
})
_STOP_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or",
    "as", "be", "is", "are", "was", "were", "will", "would", "has", "have", "had", "s", "its",
    "their", "his", "her", "that", "this", "it",
})
_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")

Span = tuple[str, int, int]


@dataclass(frozen=True)
class GoldMention:
    """A WikiEvents entity mention with character offsets and its coreference cluster."""

    id: str
    start: int
    end: int
    text: str
    entity_type: str
    named: bool
    cluster: str  # the id of its first cluster member; its own id when unclustered


@dataclass(frozen=True)
class GoldEvent:
    """A WikiEvents event mention: KAIROS type, trigger span and (entity id, role) arguments."""

    id: str
    kairos_type: str
    start: int
    end: int
    arguments: tuple[tuple[str, str], ...]

    @property
    def coarse_type(self) -> str:
        """The first two levels of the KAIROS type, e.g. ``Conflict.Attack``."""
        return ".".join(self.kairos_type.split(".")[:2])


@dataclass(frozen=True)
class WikiDoc:
    """One WikiEvents document with its gold mentions (by id) and events."""

    id: str
    text: str
    mentions: Mapping[str, GoldMention]
    events: tuple[GoldEvent, ...]

    def document(self) -> Document:
        """The document kg reads: the gold text under the gold id."""
        return Document(self.id, self.text)


@dataclass(frozen=True)
class PloverRecord:
    """One PLOVER gold sentence: event type, source and target actor texts."""

    id: str
    text: str
    event: str
    event_text: str = ""
    mode: str = ""
    date: dt.date | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    def document(self) -> Document:
        """The sentence as a document, with the record's id and date."""
        return Document(self.id, self.text, self.date, "field" if self.date else "none")


@dataclass
class Report:
    """Scores by metric name, raw counts, and diagnostics that are not gated."""

    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def merge(self, other: Report) -> Report:
        """A new report holding both reports' entries (*other* wins on a clash)."""
        return Report({**self.metrics, **other.metrics}, {**self.counts, **other.counts},
                      {**self.details, **other.details})

    def to_json(self, baseline: Mapping[str, float] | None = None) -> dict[str, Any]:
        """The report as a JSON-ready dict; with *baseline*, also its bounds and the failures."""
        data: dict[str, Any] = {"metrics": dict(self.metrics), "counts": dict(self.counts),
                                "details": dict(self.details)}
        if baseline is not None:
            data["baseline"] = dict(baseline)
            data["failed"] = check_floors(self, baseline)
        return data


# reading gold files

def _require(cond: bool, path: Path, message: str, line: int | None) -> None:
    if not cond:
        raise InputError(path, message, line)


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot read the gold file ({exc.strerror}); "
                               "pass --eval-dir pointing at the folder with wikievents/ "
                               "and plover/") from exc
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON: {exc.msg}", number) from exc
        _require(isinstance(record, dict), path, "expected a JSON object", number)
        yield number, record


def _parse_wikidoc(record: dict[str, Any], path: Path, line: int,
                   clusters: Mapping[str, str]) -> WikiDoc:
    for key, kind in (("doc_id", str), ("text", str), ("tokens", list), ("sentences", list),
                      ("entity_mentions", list), ("event_mentions", list)):
        _require(isinstance(record.get(key), kind), path,
                 f"field {key!r} missing or not a {kind.__name__}", line)
    text: str = record["text"]
    tokens: list[str] = record["tokens"]
    offsets: list[tuple[int, int]] = []
    initial: list[bool] = []
    try:
        for sentence in record["sentences"]:
            first = True
            for word, start, end in sentence[0]:
                offsets.append((int(start), int(end)))
                is_word = any(c.isalnum() for c in word)
                initial.append(first and is_word)
                first = first and not is_word
    except (TypeError, ValueError, IndexError) as exc:
        raise InputError(path, "sentences must be [[[token, start, end], ...], text] lists",
                         line) from exc
    _require(len(offsets) == len(tokens), path,
             f"sentences hold {len(offsets)} tokens but tokens has {len(tokens)}", line)
    _require(all(text[s:e] == t for (s, e), t in zip(offsets, tokens, strict=True)), path,
             "token offsets do not index the text", line)
    lower_words = {t for t in tokens if t == t.lower() and any(c.isalpha() for c in t)}

    def chars(start: Any, end: Any, what: str) -> tuple[int, int]:
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(tokens)
        _require(ok, path, f"{what}: token span {start}..{end} outside the document", line)
        return offsets[start][0], offsets[end - 1][1]

    mentions: dict[str, GoldMention] = {}
    for m in record["entity_mentions"]:
        _require(isinstance(m, dict) and isinstance(m.get("id"), str), path,
                 "entity mention without an id", line)
        start, end = chars(m.get("start"), m.get("end"), f"entity mention {m['id']}")
        entity_type = str(m.get("entity_type", ""))
        named = entity_type in ACTOR_TYPES and is_named(
            tokens[m["start"]:m["end"]], initial[m["start"]:m["end"]], lower_words)
        mentions[m["id"]] = GoldMention(m["id"], start, end, text[start:end], entity_type,
                                        named, clusters.get(m["id"], m["id"]))
    events: list[GoldEvent] = []
    for e in record["event_mentions"]:
        ok = isinstance(e, dict) and isinstance(e.get("id"), str) and isinstance(
            e.get("trigger"), dict) and isinstance(e.get("event_type"), str)
        _require(ok, path, "event mention without id, event_type or trigger", line)
        start, end = chars(e["trigger"].get("start"), e["trigger"].get("end"),
                           f"trigger of {e['id']}")
        arguments = []
        for a in e.get("arguments", []):
            _require(isinstance(a, dict) and a.get("entity_id") in mentions, path,
                     f"argument of {e['id']} names an unknown entity {a.get('entity_id')!r}",
                     line)
            arguments.append((a["entity_id"], str(a.get("role", ""))))
        events.append(GoldEvent(e["id"], e["event_type"], start, end, tuple(arguments)))
    return WikiDoc(record["doc_id"], text, mentions, tuple(events))


def _read_clusters(path: Path) -> dict[str, dict[str, str]]:
    by_doc: dict[str, dict[str, str]] = {}
    for line, record in _read_jsonl(path):
        ok = isinstance(record.get("doc_key"), str) and isinstance(record.get("clusters"), list)
        _require(ok, path, "expected doc_key (string) and clusters (list)", line)
        members: dict[str, str] = {}
        for cluster in record["clusters"]:
            ok = isinstance(cluster, list) and bool(cluster) and all(
                isinstance(x, str) for x in cluster)
            _require(ok, path, "each cluster must be a non-empty list of mention ids", line)
            for mention_id in cluster:
                members.setdefault(mention_id, cluster[0])
        by_doc[record["doc_key"]] = members
    return by_doc


def read_wikievents(path: Path, coref_path: Path | None = None) -> list[WikiDoc]:
    """Read WikiEvents JSON Lines and, if given, its coreference clusters.

    Raises
    ------
    InputError
        On an unreadable file or a malformed line, naming the file and the line.
    """
    clusters = _read_clusters(coref_path) if coref_path is not None else {}
    docs: list[WikiDoc] = []
    seen: set[str] = set()
    for line, record in _read_jsonl(path):
        doc = _parse_wikidoc(record, path, line, clusters.get(str(record.get("doc_id")), {}))
        _require(doc.id not in seen, path, f"duplicate doc_id {doc.id!r}", line)
        seen.add(doc.id)
        if coref_path is not None:
            unknown = set(clusters.get(doc.id, {})) - set(doc.mentions)
            _require(not unknown, coref_path,
                     f"clusters of {doc.id} name unknown mentions {sorted(unknown)[:3]}", None)
        docs.append(doc)
    return docs


def _actor_texts(value: Any, path: Path, where: str, line: int | None) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()  # "" or null mean no actor; one record has a stray string there
    texts = []
    for actor in value:
        ok = isinstance(actor, dict) and isinstance(actor.get("actorText"), str)
        _require(ok, path, f"{where}: each actor needs an actorText string", line)
        texts.append(actor["actorText"])
    return tuple(texts)


def read_plover(path: Path) -> list[PloverRecord]:
    """Read PLOVER gold records (a JSON array; ``DOCUMENT`` records are skipped).

    Raises
    ------
    InputError
        On an unreadable file, invalid JSON or a record without id, text or event.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot read the gold file ({exc.strerror})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON: {exc.msg}", exc.lineno) from exc
    _require(isinstance(data, list), path, "expected a JSON array of records", 1)
    records: list[PloverRecord] = []
    seen: set[str] = set()
    for index, item in enumerate(data):
        rid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(rid, str):
            raise InputError(path, f"record {index} is not an object with an id")
        at = raw.find(json.dumps(rid))
        line = raw.count("\n", 0, at) + 1 if at >= 0 else None
        where = f"record {index} ({rid})"
        if item.get("event") == "DOCUMENT":
            continue
        for key in ("text", "event"):
            _require(isinstance(item.get(key), str) and bool(item[key]), path,
                     f"{where}: {key!r} missing or empty", line)
        _require(rid not in seen, path, f"{where}: duplicate id", line)
        seen.add(rid)
        date = None
        if item.get("date"):
            try:
                date = dt.date.fromisoformat(str(item["date"]))
            except ValueError as exc:
                raise InputError(path, f"{where}: date {item['date']!r} is not YYYY-MM-DD",
                                 line) from exc
        records.append(PloverRecord(
            rid, item["text"], item["event"], str(item.get("eventText") or ""),
            str(item.get("mode") or ""), date,
            _actor_texts(item.get("source"), path, where, line),
            _actor_texts(item.get("target"), path, where, line)))
    return records


# definitions shared by the scores

def is_named(tokens: Sequence[str], initial: Sequence[bool], lower_words: set[str]) -> bool:
    """Whether a gold mention is a name rather than a pronoun or a common noun phrase.

    After dropping a leading determiner, some token must start with an upper-case letter; a
    sentence-initial token (*initial*) only counts when the document never uses it in lower
    case (*lower_words*), so "Police said" is not a name but "Maduro said" is. A mention made
    only of pronouns is not named ("He"), unless written in capitals ("US").
    """
    words, starts = list(tokens), list(initial)
    if len(words) > 1 and words[0].lower() in _DETERMINERS:
        words, starts = words[1:], starts[1:]
    if all(w.lower() in _PRONOUNS and not (len(w) > 1 and w.isupper()) for w in words):
        return False
    return any(w[:1].isupper() and (not first or w.lower() not in lower_words)
               for w, first in zip(words, starts, strict=True))


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks and a leading article: how spans are compared."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
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


def kairos_types(plover_type: str, mode: str | None = None) -> frozenset[str]:
    """The coarse KAIROS types a PLOVER event of this type and mode may be; empty if unknown."""
    if mode and (plover_type, mode) in KAIROS_BY_MODE:
        return KAIROS_BY_MODE[plover_type, mode]
    return KAIROS_BY_PLOVER.get(plover_type, frozenset())


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


# running and gating

def _pipeline_extractor(model: str | None) -> Extractor:
    from kg.nlp import load_pipeline
    from kg.pipeline import extract

    nlp = load_pipeline(model)
    return lambda documents: extract(documents, nlp)


def evaluate(eval_dir: Path, extract: Extractor | None = None, *,
             model: str | None = None) -> Report:
    """Read the gold data under *eval_dir*, run *extract* (default: the kg pipeline with spaCy
    model *model*) once on the WikiEvents documents and once on the PLOVER sentences, score.

    Raises
    ------
    InputError
        When a gold file is missing or malformed.
    """
    eval_dir = Path(eval_dir)
    wiki = read_wikievents(eval_dir / WIKIEVENTS_PATH, eval_dir / WIKIEVENTS_COREF_PATH)
    plover = read_plover(eval_dir / PLOVER_PATH)
    if extract is None:
        extract = _pipeline_extractor(model)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    wiki_extraction = extract([d.document() for d in wiki])
    seconds["wikievents"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    plover_extraction = extract([r.document() for r in plover])
    seconds["plover"] = round(time.perf_counter() - started, 3)
    report = score_wikievents(wiki, wiki_extraction).merge(score_plover(plover,
                                                                        plover_extraction))
    report.details["seconds"] = seconds
    return report


def default_eval_dir() -> Path:
    """``$KG_EVAL_DIR``, else ``shared/eval`` beside the project folder."""
    return Path(os.environ.get("KG_EVAL_DIR") or _PROJECT.parent / "shared" / "eval")


def load_baseline(path: Path | None = None) -> dict[str, float]:
    """Read a baseline file: a JSON object of metric name -> floor (ceiling if lower-is-better).

    Without *path*, the project's ``tests/data/eval_baseline.json``, or no bounds at all when
    kg runs from an installed copy that lacks it.

    Raises
    ------
    InputError
        When the file is missing, not JSON, or holds a non-numeric bound.
    """
    if path is None:
        if not DEFAULT_BASELINE.is_file():
            return {}
        path = DEFAULT_BASELINE
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(path, f"cannot read the baseline ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON: {exc.msg}", exc.lineno) from exc
    _require(isinstance(data, dict), path, "expected an object of metric name -> number", 1)
    for name, value in data.items():
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        _require(ok and math.isfinite(value), path, f"bound of {name!r} is not a number", None)
    return {name: float(value) for name, value in data.items()}


def _status(report: Report, name: str, bound: float) -> str:
    if name not in report.metrics:
        return "missing"
    value = report.metrics[name]
    if name in LOWER_IS_BETTER:
        return "ok" if value <= bound + 1e-9 else "ABOVE"
    return "ok" if value >= bound - 1e-9 else "BELOW"


def check_floors(report: Report, baseline: Mapping[str, float]) -> list[str]:
    """The baseline metrics that miss their bound or are absent from *report*, sorted."""
    return sorted(n for n, bound in baseline.items() if _status(report, n, bound) != "ok")


def propose_baseline(report: Report, slack: float = 0.02) -> dict[str, float]:
    """Bounds *slack* below (above, if lower-is-better) each metric, rounded to 3 decimals."""
    bounds = {}
    for name, value in sorted(report.metrics.items()):
        if name in LOWER_IS_BETTER:
            bounds[name] = min(1.0, math.ceil(round((value + slack) * 1000, 6)) / 1000)
        else:
            bounds[name] = max(0.0, math.floor(round((value - slack) * 1000, 6)) / 1000)
    return bounds


def format_table(report: Report, baseline: Mapping[str, float] | None = None) -> str:
    """An aligned text table: metric, value, floor (or ceiling) and status; then the counts."""
    baseline = baseline or {}
    rows = [("metric", "value", "floor", "status")]
    for name in sorted(set(report.metrics) | set(baseline)):
        value = f"{report.metrics[name]:.3f}" if name in report.metrics else "-"
        if name in baseline:
            sign = "<=" if name in LOWER_IS_BETTER else ">="
            rows.append((name, value, f"{sign} {baseline[name]:.3f}",
                         _status(report, name, baseline[name])))
        else:
            rows.append((name, value, "-", "-"))
    rows.append(("", "", "", ""))
    rows.append(("count", "value", "", ""))
    rows.extend((name, str(n), "", "") for name, n in sorted(report.counts.items()))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].rjust(widths[2]),
                 row[3].ljust(widths[3])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"
