"""Where the time of one ``kg build`` goes: CPU and wall seconds of each stage, in one process.

    .venv/bin/python bench/bench_stages.py build CORPUS --out OUT --cache CACHE --workers 1 ...

The arguments are those of ``kg build``; the build runs in this process with each stage timed
(the imports of kg and of its writers, reading and the cache, loading the spaCy pipeline, the
cross-document merge, the RDF files and every other writer) and the table goes to stderr at
exit. Made to see what a cached re-run still spends (bench_scale.py item 4): run it once on a
corpus with ``--cache``, add an article, run it again. With ``--workers 2`` or more, the writers
forked by ``kg.export.write_all`` are timed apart, one row each (their CPU is not this
process's): the longest of them and this process's writers set the export's wall time.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
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

    forked = _time_forked_writers()

    def report_all() -> None:
        report()
        for line in sorted(p.read_text() for p in forked.iterdir()):
            print(line, file=sys.stderr)
        for p in forked.iterdir():
            p.unlink()
        forked.rmdir()

    atexit.register(report_all)
    from kg.cli import main as kg_main

    kg_main(sys.argv[1:])


def _time_forked_writers() -> Path:
    """A folder where each forked group of writers leaves its row (CPU since the fork, wall)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    main_pid = os.getpid()
    import kg.export as export

    write_group = export._write_group

    def timed(tasks: list[export.Task], networks: bool, *args: Any) -> list[Path]:
        wall = time.perf_counter()
        result = write_group(tasks, networks, *args)
        if os.getpid() != main_pid:
            name = "  forked: " + ", ".join(t.__name__.removeprefix("_write_") for t in tasks)
            (folder / str(os.getpid())).write_text(
                f"{name:48} {time.process_time():7.2f} {time.perf_counter() - wall:7.2f}")
        return result

    setattr(export, "_write_group", timed)  # noqa: B010 (mypy: a narrower signature)
    return folder


if __name__ == "__main__":
    main()
