"""The cross-document merge alone, over the records of a cache: CPU seconds of its stages, best
of several runs in one process.

    .venv/bin/python bench/bench_merge.py CACHE INPUTS... --date 2012-01-01 [--repeat 5]

INPUTS are read as ``kg build`` reads them; the record of each document must be in CACHE under
this tree's fingerprint (build INPUTS with ``--cache CACHE`` first). Made to see where the merge
of a cached re-run goes (bench_scale.py item 4: the merge is what a re-run with one article
added spends most besides spaCy): the records unpickled, the per-document passes that read the
batch's indexes, ``_identify`` (keys merged, linked across documents, labelled, given IRIs),
the actors made from their groups, and the events given IRIs and merged. The first run warms
what a real re-run has warmed by analysing its new article (the gazetteer's indexes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
import time
from collections.abc import Callable
from typing import Any

from kg import analysis, pipeline
from kg.actors import resolve
from kg.cache import RecordCache, document_key, fingerprint
from kg.config import Settings
from kg.documents import read_documents

TIMED = [
    (pipeline, "_unpacked", "records unpickled"),
    (resolve, "_unheaded", "per-document passes"),
    (resolve, "_teams", "per-document passes"),
    (resolve, "_venues", "per-document passes"),
    (resolve, "_named_after", "per-document passes"),
    (resolve, "_identify", "_identify (keys linked, labelled, IRIs)"),
    (resolve, "_cross_links", "  of which: links across documents"),
    (analysis, "merge_actors", "merge_actors"),
    (analysis, "merge_events", "  of which: coreferent events merged"),
]

_spent: dict[str, float] = {}


def _timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        cpu = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _spent[name] = _spent.get(name, 0.0) + time.process_time() - cpu

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--date", type=dt.date.fromisoformat)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    documents = {document_key(d): d for d in read_documents(args.inputs, date=args.date)}
    with RecordCache(args.cache, fingerprint(settings.model, settings.dictionaries)) as cache:
        found = cache.get_packed(documents)
    if len(found) != len(documents):
        sys.exit(f"{len(documents) - len(found)} of {len(documents)} records are not in "
                 f"{args.cache} under this tree's fingerprint: build the inputs with it first")
    resources = analysis.Resources.load(settings)
    records = sorted((documents[k].id, data, (documents[k].path, documents[k].line))
                     for k, data in found.items())
    for owner, attr, name in TIMED:
        setattr(owner, attr, _timed(name, getattr(owner, attr)))
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat + 1):
        _spent.clear()
        cpu = time.process_time()
        pipeline._merge(list(records), lambda: resources)
        runs.append({**_spent, "whole merge": time.process_time() - cpu})
    best = min(runs[1:], key=lambda r: r["whole merge"])
    passes = best["per-document passes"]
    best["actors made, participants, relations"] = (
        best["merge_actors"] - best["records unpickled"] - passes
        - best["_identify (keys linked, labelled, IRIs)"])
    best["events given IRIs and merged"] = best["whole merge"] - best["merge_actors"]
    print(f"{len(records)} records, best of {args.repeat} (CPU s)", file=sys.stderr)
    for name in ["records unpickled", "per-document passes",
                 "_identify (keys linked, labelled, IRIs)", "  of which: links across documents",
                 "actors made, participants, relations", "events given IRIs and merged",
                 "  of which: coreferent events merged", "whole merge"]:
        print(f"{name:44} {best.get(name, 0.0):7.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
