"""Where the time of one ``kg build`` goes: CPU and wall seconds of each stage, in one process.

    .venv/bin/python bench/bench_stages.py build CORPUS --out OUT --cache CACHE --workers 1 ...

The arguments are those of ``kg build``; the build runs in this process with each stage timed
(the imports of kg and of its writers, reading and the cache, loading the spaCy pipeline, the
cross-document merge, the RDF files and every other writer) and the table goes to stderr at
exit. Made to see what a cached re-run still spends (bench_scale.py item 4): run it once on a
corpus with ``--cache``, add an article, run it again.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import sys
import time
from collections.abc import Callable
from typing import Any

STAGES = [
    ("kg.pipeline", "analyse_documents", "reading, cache, parsing"),
    ("kg.executors", "Worker", "  of which: spaCy pipeline and resources loaded"),
    ("kg.pipeline", "_merge", "cross-document merge"),
    ("kg.export", "_write_rdf", "RDF files"),
    ("kg.export", "event_graph", "event graph (and its layout)"),
    ("kg.export.graphml", "write_graphml", "GraphML"),
    ("kg.export.gexf", "write_gexf", "GEXF"),
    ("kg.export.html", "write_html", "HTML view"),
    ("kg.export", "make_actor_graph", "actor graph"),
    ("kg.export.png", "write_png", "PNG"),
    ("kg.export.tables", "write_tables", "CSV tables"),
    ("kg.export.neo4j", "write_neo4j", "Neo4j files"),
]

_spent: dict[str, list[float]] = {}


def _timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent = _spent.setdefault(name, [0.0, 0.0])
            spent[0] += time.process_time() - cpu
            spent[1] += time.perf_counter() - wall

    return timed


def main() -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    for module in {m for m, _, _ in STAGES}:
        importlib.import_module(module)
    _spent["imports of kg and its writers"] = [time.process_time() - cpu,
                                               time.perf_counter() - wall]
    for module, attr, name in STAGES:
        owner = sys.modules[module]
        setattr(owner, attr, _timed(name, getattr(owner, attr)))

    def report() -> None:
        print(f"{'stage':48} {'CPU s':>7} {'wall s':>7}", file=sys.stderr)
        for name in ["imports of kg and its writers", *(n for _, _, n in STAGES)]:
            c, w = _spent.get(name, (0.0, 0.0))
            print(f"{name:48} {c:7.2f} {w:7.2f}", file=sys.stderr)
        print(f"{'whole process after start-up':48} {time.process_time() - cpu:7.2f} "
              f"{time.perf_counter() - wall:7.2f}", file=sys.stderr)

    atexit.register(report)
    from kg.cli import main as kg_main

    kg_main(sys.argv[1:])


if __name__ == "__main__":
    main()
