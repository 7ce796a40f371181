"""Benchmark: the events stage's cost on one long document grows linearly with its length.

    .venv/bin/python bench/bench_events.py [--articles 5 10 20 40]

Concatenates the first N ECB+ articles (../shared/corpora/ecbplus.jsonl) into one document,
parses it and resolves its actors once, then times ``extract_events`` alone (best of 3) and
prints milliseconds per 1,000 tokens at each length: a flat column is linear cost, a growing
one quadratic. Then the cross-document merge (``merge_events``) over the events of 1x, 2x and
4x the articles, ids renamed per copy so none merge, per 1,000 events.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from kg.actors import find_candidates, resolve_actors  # noqa: E402
from kg.actors.gazetteer import ActorDictionary  # noqa: E402
from kg.config import Settings  # noqa: E402
from kg.events import ActorIndex, Lexicon, extract_events, load_lexicon, merge_events  # noqa: E402
from kg.model import Document, Event, Mention  # noqa: E402
from kg.nlp import load_pipeline, sentence_index  # noqa: E402
from kg.pipeline import _large_place  # noqa: E402

ECB = ROOT.parent / "shared" / "corpora" / "ecbplus.jsonl"


def _best(func: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def _articles(n: int) -> list[str]:
    with ECB.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(n), f, strict=False)]


def _events(
    doc: Doc, document: Document, mentions: list[tuple[Mention, str, str]], lexicon: Lexicon
) -> list[Event]:
    index = ActorIndex(mentions).index(doc)
    return extract_events(doc, document, index, lexicon, sentence_index(doc))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[5, 10, 20, 40])
    args = parser.parse_args()
    nlp = load_pipeline(None)
    dictionary = ActorDictionary.load(Settings().dictionaries)
    lexicon = load_lexicon()
    print("articles  tokens  events  extract_events s  ms per 1k tokens")
    events: list[Event] = []
    for n in args.articles:
        document = Document("long", "\n\n".join(_articles(n)), dt.date(2012, 1, 1), "option")
        doc = nlp(document.text)
        candidates = {document.id: find_candidates(doc, dictionary.knows, _large_place)}
        resolved = resolve_actors(candidates, dictionary, {document.id: document.text})
        mentions = sorted(
            (
                Mention(document.id, c.start, c.end, c.text, c.sentence, c.label),
                resolved.by_mention[(document.id, c.start)],
                str(resolved.actors[resolved.by_mention[(document.id, c.start)]].type),
            )
            for c in candidates[document.id]
            if (document.id, c.start) in resolved.by_mention
        )
        run = partial(_events, doc, document, mentions, lexicon)
        seconds = _best(run)
        events = run()
        print(
            f"{n:8d}  {len(doc):6d}  {len(events):6d}  {seconds:16.3f}"
            f"  {1000 * seconds / len(doc) * 1000:16.2f}"
        )
    print("\ncopies  events  merge_events s  ms per 1k events")
    for copies in (1, 2, 4):
        many = [
            dataclasses.replace(
                e,
                trigger=dataclasses.replace(e.trigger, document_id=f"copy{k}"),
                mentions=list(e.mentions),
                arguments=list(e.arguments),
            )
            for k in range(copies * 20)
            for e in events
        ]
        seconds = _best(partial(merge_events, many), repeat=1)
        per_1k = seconds / len(many) * 1e6
        print(f"{copies * 20:6d}  {len(many):6d}  {seconds:14.3f}  {per_1k:16.2f}")


if __name__ == "__main__":
    main()
