"""ECB+ cross-document actor scores: is one real-world actor one kg actor across documents?

Gold: ``ecbplus/ecbplus-dev.jsonl`` (actor mentions with ECB+ cross-document instance ids), the
texts in ``corpora/ecbplus.jsonl`` beside the eval folder, by the same document id. Only *named*
gold mentions with a cross-document instance are scored (not those ECB+ links only within their
document, ``…/intra…``, or not at all, ``…/single…``). Each is aligned to a kg actor mention of
its document: equal spans (both without surrounding blanks, a leading the/a/an and a trailing 's
or full stop), the gold span's or its core's (the name part: "in Beverly Hills, California" has
the core "Beverly Hills"); else a kg mention that overlaps the core and ends where it ends ("AMD
Acquires SeaMicro" for "SeaMicro"), the nearest to the core's start. Scores are kept within each
half of a topic (the ``…ecb`` and the ``…ecbplus`` documents: ECB+ names their entities apart),
the *subtopic*:

- ``ecbplus.cross_doc.split_rate``: gold instances matched in ≥ 2 documents of a subtopic whose
  matched mentions land on more than one kg actor / such instances;
- ``ecbplus.within_doc.split_rate``: (document, instance) pairs with ≥ 2 matched mentions on
  more than one kg actor / such pairs;
- ``ecbplus.false_merge_rate``: (subtopic, kg actor) pairs with ≥ 2 matched mentions that hold
  ≥ 2 gold instances / such pairs; ``ecbplus.cross_doc.false_merge_rate`` the same over pairs
  whose matched mentions lie in ≥ 2 documents;
- ``ecbplus.b3.*``: B³ over matched mentions (gold: subtopic and instance; kg: subtopic and
  actor);
- ``ecbplus.named_recall``: matched scored gold mentions / scored gold mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluation.gold import read_jsonl
from kg.evaluation.report import Report
from kg.model import Document, Extraction

__all__ = [
    "ECBPLUS_CORPUS",
    "ECBPLUS_PATH",
    "EcbDoc",
    "EcbMention",
    "read_ecbplus",
    "score_ecbplus",
]

ECBPLUS_PATH = Path("ecbplus/ecbplus-dev.jsonl")
"""The gold file, under the eval folder."""

ECBPLUS_CORPUS = Path("corpora/ecbplus.jsonl")
"""The texts, under the eval folder's parent (``shared/corpora`` beside ``shared/eval``)."""

_LEADING = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:['’]s?|\.)$")
_EXAMPLES = 40  # split instances and false merges listed in the details

Span = tuple[int, int]


@dataclass(frozen=True)
class EcbMention:
    """A gold actor mention: span, core (the name part) and cross-document instance."""

    start: int
    end: int
    text: str
    type: str
    instance: str
    core_start: int
    core_end: int
    named: bool

    @property
    def scored(self) -> bool:
        """Named, with a cross-document instance id."""
        return self.named and "/intra" not in self.instance and "/single" not in self.instance


@dataclass(frozen=True)
class EcbDoc:
    """One ECB+ document with its gold actor mentions."""

    id: str
    topic: str
    text: str
    mentions: tuple[EcbMention, ...]

    @property
    def subtopic(self) -> str:
        """The topic and its half: ``"43"`` for the ``…ecb`` documents, ``"43+"`` for
        ``…ecbplus``."""
        return self.topic + ("+" if self.id.endswith("ecbplus") else "")

    def document(self) -> Document:
        """The document kg reads: the corpus text under the gold id."""
        return Document(self.id, self.text)


def _records(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    for number, record in read_jsonl(path, "the ECB+ file", "see ../shared/README.md"):
        if not isinstance(record.get("id"), str):
            raise InputError(path, "expected a JSON object with a string 'id'", number)
        yield number, record


def _mention(raw: Any, path: Path, line: int, length: int) -> EcbMention:
    try:
        m = EcbMention(int(raw["start"]), int(raw["end"]), str(raw["text"]), str(raw["type"]),
                       str(raw["instance"]), int(raw["core_start"]), int(raw["core_end"]),
                       bool(raw["named"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(path, f"malformed mention {raw!r}: {exc}", line) from exc
    if not (0 <= m.start < m.end <= length and m.start <= m.core_start < m.core_end <= m.end):
        raise InputError(path, f"mention {m.text!r} has offsets outside its text", line)
    return m


def read_ecbplus(gold: Path, corpus: Path) -> list[EcbDoc]:
    """The gold documents of *gold* with their texts from *corpus* (JSON Lines, by ``id``).

    Raises
    ------
    InputError
        When a file is missing or malformed, or a gold document has no text in *corpus*.
    """
    texts: dict[str, tuple[str, str]] = {}
    for _, record in _records(corpus):
        text = record.get("text")
        if isinstance(text, str):
            topic = record.get("topic")
            texts[record["id"]] = (str(topic) if topic else record["id"].split("_")[0], text)
    docs = []
    for line, record in _records(gold):
        if record["id"] not in texts:
            raise InputError(gold, f"document {record['id']!r} has no text in {corpus}", line)
        topic, text = texts[record["id"]]
        raw = record.get("mentions")
        if not isinstance(raw, list):
            raise InputError(gold, "field 'mentions' missing or not a list", line)
        mentions = tuple(_mention(m, gold, line, len(text)) for m in raw)
        docs.append(EcbDoc(record["id"], topic, text, mentions))
    return docs


def _normal(text: str, start: int, end: int) -> Span:
    """The span without surrounding blanks, a leading article and a trailing 's or full stop."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
    end = start + len(piece)
    if (lead := _LEADING.match(piece)) and lead.end() < len(piece):
        start += lead.end()
        piece = piece[lead.end():]
    if (trail := _TRAILING.search(piece)) and trail.start() > 0:
        end -= len(piece) - trail.start()
    return start, end


def _align(doc: EcbDoc, spans: Mapping[Span, str], by_end: Mapping[int, list[Span]],
           g: EcbMention) -> str | None:
    """The kg actor of gold mention *g*, or None when no kg mention matches it."""
    whole = _normal(doc.text, g.start, g.end)
    core = _normal(doc.text, g.core_start, g.core_end)
    for key in (whole, core):
        if key in spans:
            return spans[key]
    near = sorted((abs(s - core[0]), s, e) for s, e in by_end.get(core[1], []) if s < core[1])
    return spans[near[0][1], near[0][2]] if near else None


def _rate(num: float, den: float) -> float:
    return num / den if den else 0.0


def score_ecbplus(docs: Sequence[EcbDoc], extraction: Extraction) -> Report:
    """The ``ecbplus.*`` scores of *extraction* (made from *docs*, all together) on *docs*."""
    from kg.evaluation.scoring import b_cubed

    by_id = {d.id: d for d in docs}
    spans: dict[str, dict[Span, str]] = defaultdict(dict)
    for held_by in sorted(extraction.actors.values(), key=lambda a: a.id):
        for m in held_by.mentions:
            if (doc := by_id.get(m.document_id)) is not None:
                spans[doc.id].setdefault(_normal(doc.text, m.start, m.end), held_by.id)
    labels = {a.id: a.label for a in extraction.actors.values()}
    named = 0
    # matched gold mention -> (document, gold instance, kg actor, gold text)
    matched: list[tuple[EcbDoc, str, str, str]] = []
    gold_of: dict[tuple[str, int, int], tuple[str, str]] = {}
    pred_of: dict[tuple[str, int, int], tuple[str, str]] = {}
    for doc in docs:
        by_end: dict[int, list[Span]] = defaultdict(list)
        for s, e in spans[doc.id]:
            by_end[e].append((s, e))
        for g in doc.mentions:
            if not g.scored:
                continue
            named += 1
            actor = _align(doc, spans[doc.id], by_end, g)
            if actor is not None:
                matched.append((doc, g.instance, actor, g.text))
                gold_of[doc.id, g.start, g.end] = (doc.subtopic, g.instance)
                pred_of[doc.id, g.start, g.end] = (doc.subtopic, actor)
    actors_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (subtopic, instance)
    docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    texts_of: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    in_doc: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, instance) -> actors
    in_doc_n: Counter[tuple[str, str]] = Counter()
    held: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (subtopic, actor)
    held_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, instance, actor, text in matched:
        key = (doc.subtopic, instance)
        actors_of[key].add(actor)
        docs_of[key].add(doc.id)
        texts_of[key][f"{text!r} -> {labels[actor]}"] += 1
        in_doc[doc.id, instance].add(actor)
        in_doc_n[doc.id, instance] += 1
        held[doc.subtopic, actor][f"{text!r} ({instance})"] += 1
        held_docs[doc.subtopic, actor].add(doc.id)
    cross = [k for k in actors_of if len(docs_of[k]) >= 2]
    cross_split = sorted(k for k in cross if len(actors_of[k]) > 1)
    within = [k for k in in_doc if in_doc_n[k] >= 2]
    within_split = [k for k in within if len(in_doc[k]) > 1]
    holding = [k for k in held if sum(held[k].values()) >= 2]
    merged = sorted(k for k in holding if len({t.rsplit(" (", 1)[1] for t in held[k]}) > 1)
    holding_cross = [k for k in holding if len(held_docs[k]) >= 2]
    merged_cross = [k for k in merged if len(held_docs[k]) >= 2]
    precision, recall = b_cubed(gold_of, pred_of)
    report = Report()
    report.metrics.update({
        "ecbplus.cross_doc.split_rate": _rate(len(cross_split), len(cross)),
        "ecbplus.cross_doc.false_merge_rate": _rate(len(merged_cross), len(holding_cross)),
        "ecbplus.within_doc.split_rate": _rate(len(within_split), len(within)),
        "ecbplus.false_merge_rate": _rate(len(merged), len(holding)),
        "ecbplus.b3.precision": precision,
        "ecbplus.b3.recall": recall,
        "ecbplus.b3.f1": _rate(2 * precision * recall, precision + recall),
        "ecbplus.named_recall": _rate(len(matched), named),
    })
    report.counts.update({
        "ecbplus.documents": len(docs),
        "ecbplus.scored_mentions": named,
        "ecbplus.matched_mentions": len(matched),
        "ecbplus.cross_doc.instances": len(cross),
        "ecbplus.cross_doc.split": len(cross_split),
        "ecbplus.within_doc.pairs": len(within),
        "ecbplus.within_doc.split": len(within_split),
        "ecbplus.actors_2plus": len(holding),
        "ecbplus.false_merges": len(merged),
        "ecbplus.cross_doc.actors_2plus": len(holding_cross),
        "ecbplus.cross_doc.false_merges": len(merged_cross),
    })
    report.details["ecbplus.cross_doc.splits"] = {
        f"{s} {i} ({len(docs_of[s, i])} docs)": "; ".join(sorted(texts_of[s, i]))
        for s, i in sorted(cross_split, key=lambda k: -len(docs_of[k]))[:_EXAMPLES]
    }
    report.details["ecbplus.false_merges"] = {
        f"{s} {labels[a]}": "; ".join(f"{t} x{n}" for t, n in sorted(held[s, a].items()))
        for s, a in merged[:_EXAMPLES]
    }
    return report
