"""The gold data sets, read and checked: WikiEvents documents (entity mentions, coreference
clusters, events) and PLOVER sentences (event type, source and target actor texts).

A malformed gold file fails with ``InputError`` naming the file and the line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluation.mappings import ACTOR_TYPES
from kg.model import Document

__all__ = [
    "PLOVER_PATH",
    "WIKIEVENTS_COREF_PATH",
    "WIKIEVENTS_PATH",
    "GoldEvent",
    "GoldMention",
    "PloverRecord",
    "WikiDoc",
    "is_named",
    "read_plover",
    "read_wikievents",
]

WIKIEVENTS_PATH = Path("wikievents/wikievents-dev.jsonl")
WIKIEVENTS_COREF_PATH = Path("wikievents/wikievents-dev-coref.jsonl")
PLOVER_PATH = Path("plover/plover-gsr-dev.json")

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "that", "this", "these", "those",
})


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


# reading gold files

def _require(cond: bool, path: Path, message: str, line: int | None) -> None:
    if not cond:
        raise InputError(path, message, line)


_EVAL_DIR_HINT = "pass --eval-dir pointing at the folder with wikievents/ and plover/"


def read_jsonl(path: Path, what: str = "the gold file",
               hint: str = _EVAL_DIR_HINT) -> Iterable[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of a JSON Lines file; an unreadable
    file or a line that is not a JSON object is an :class:`InputError` naming *what* failed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot read {what} ({exc.strerror}); {hint}") from exc
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
    for line, record in read_jsonl(path):
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
    for line, record in read_jsonl(path):
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
