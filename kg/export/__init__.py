"""Exporters: one module per format, each writing atomically so a failure leaves old files intact.

``write_all`` writes every format of a build into one folder: RDF (Turtle, N-Triples, JSON-LD,
TriG, N-Quads), GraphML and GEXF (full graph and actor projection), the CSV tables, the
interactive ``graph.html`` (full graph) and the static ``graph.png`` (actor projection), and
the Neo4j and LadybugDB import files in ``neo4j/``. With ``processes`` of 2 or more, groups of
formats are written at once by as many processes (forked, so nothing is copied or pickled).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Mapping, MutableMapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import networkx as nx

from kg._gc import gc_frozen, gc_paused
from kg.errors import ExportError
from kg.export._atomic import pause_at, release, replace_folder
from kg.export._layouts import KeptLayouts
from kg.export._parts import Parts
from kg.graph import View, event_graph
from kg.graph import actor_graph as make_actor_graph
from kg.model import Extraction

__all__ = ["write_all"]


def write_all(
    extraction: Extraction,
    out: str | os.PathLike[str],
    *,
    graph: nx.MultiDiGraph | None = None,
    actor_graph: nx.MultiDiGraph | None = None,
    extra: Mapping[str, bytes] | None = None,
    processes: int = 1,
    parts: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Write every export of *extraction* into the folder *out*, all old or all new.

    The files are staged in a folder beside *out* that replaces it whole once every format is
    written (see :func:`kg.export._atomic.replace_folder`): a failure, Ctrl-C or a kill leaves
    the previous exports as they were (or the next run puts them back), and two builds into
    one folder at once fail with a clear error instead of mixing their files. Files in *out*
    that kg does not write are kept.

    Parameters
    ----------
    extraction
        What was read from the documents.
    out
        The export folder; created if missing.
    graph, actor_graph
        The networks of :func:`kg.graph.event_graph` and :func:`kg.graph.actor_graph`, when
        the caller already has them; built from *extraction* otherwise.
    extra
        More files to publish with the exports, by name (e.g. a build report).
    processes
        2 or more: write the RDF files (and, with 2, the CSV tables) in this process and the
        other formats in forked ones at the same time, up to 3 processes (on Linux; elsewhere
        one after the other). The files are the same.
    parts
        A folder where writers keep the formatted pieces of their files between builds (a
        document's statements, an actor's rows), so that a re-run formats only what changed;
        the files are byte for byte those of a build without it. ``None``: nothing kept.

    Returns
    -------
    list of Path
        The files written, sorted.

    Raises
    ------
    kg.errors.ExportError
        *out* is a file or not writable, or another kg process is writing into it.
    """
    target = Path(out).absolute()
    with replace_folder(target) as staging, gc_paused(), gc_frozen():
        args = (extraction, graph, actor_graph, staging,
                None if parts is None else Path(parts).absolute())
        groups = _groups(processes if _can_fork() else 1)
        with contextlib.ExitStack() as forks:
            forked = [forks.enter_context(_Forked(_write_group, (group, True, *args, True)))
                      for group in groups[1:]]
            staged = _write_group(groups[0], len(groups) == 1, *args)
            for fork in forked:
                staged += fork.result()
        for name, content in (extra or {}).items():
            (staging / name).write_bytes(content)
            staged.append(staging / name)
        names = sorted({p.relative_to(staging) for p in staged})
    return [target / name for name in names]


Task = Callable[[Extraction, nx.MultiDiGraph | None, nx.MultiDiGraph | None, Path, Path | None],
               list[Path]]
"""A writer of some formats: (extraction, event graph, actor graph, folder, parts folder) ->
files written."""


def _groups(processes: int) -> list[list[Task]]:
    """The writers each process runs, this one's first: with two, the RDF files and the CSV
    tables here and the rest in the other (about half the CPU time each on a large corpus);
    with three or more, the event graph's formats in a third."""
    if processes <= 1:
        return [[_write_rdf, _write_event_graph, _write_actor_graph, _write_tables,
                 _write_neo4j]]
    if processes == 2:
        return [[_write_rdf, _write_tables], [_write_event_graph, _write_actor_graph,
                                              _write_neo4j]]
    return [[_write_rdf], [_write_event_graph], [_write_actor_graph, _write_tables,
                                                 _write_neo4j]]


def _write_group(tasks: list[Task], networks: bool, extraction: Extraction,
                 graph: nx.MultiDiGraph | None, actor_graph: nx.MultiDiGraph | None,
                 out: Path, parts: Path | None, exits: bool = False) -> list[Path]:
    """Run *tasks* one after the other, the memory each left handed back to the system before
    the next (:func:`release`), and after the last unless the process *exits* when done (a
    forked writer: its collection would walk the graph it wrote, about 0.1-0.3 s, for
    nothing); *networks*: this group stands where the kill tests expect the writer of the
    networks to wait when done."""
    written: list[Path] = []
    for n, task in enumerate(tasks, 1):
        written += task(extraction, graph, actor_graph, out, parts)
        if task.__name__ in _RELEASING and not (exits and n == len(tasks)):
            release()
    if networks:
        pause_at("networks")
    return written


def _write_rdf(extraction: Extraction, _graph: nx.MultiDiGraph | None,
               _actor_graph: nx.MultiDiGraph | None, out: Path,
               parts: Path | None) -> list[Path]:
    from kg.export.rdf import write_rdf

    written = list(write_rdf(extraction, out, parts))
    pause_at("staging")
    return written


def _write_event_graph(extraction: Extraction, graph: nx.MultiDiGraph | None,
                       _actor_graph: nx.MultiDiGraph | None, out: Path,
                       parts: Path | None) -> list[Path]:
    """GraphML, GEXF and the HTML view of the full graph, which is let go after: the graphs
    are the largest objects here. Their components' layouts are kept in *parts*."""
    from kg.export.html import write_html

    with Parts(parts, "layout") as layouts:  # the graph's and the page's: the same components
        known: MutableMapping[str, View] = {} if parts is None else KeptLayouts(layouts)
        full = graph if graph is not None else event_graph(extraction, known)
        written = _write_network(full, out, "graph")
        write_html(full, out / "graph.html", known)
        del full
    return [*written, out / "graph.html"]


def _write_actor_graph(extraction: Extraction, _graph: nx.MultiDiGraph | None,
                       actor_graph: nx.MultiDiGraph | None, out: Path,
                       parts: Path | None) -> list[Path]:
    """GraphML, GEXF and the PNG of the actor projection (the picture kept in *parts*)."""
    from kg.export.png import write_png

    with Parts(parts if actor_graph is None else None, "layout-actors") as positions:
        actors = (actor_graph if actor_graph is not None
                  else make_actor_graph(extraction, KeptLayouts(positions)))
    written = _write_network(actors, out, "actors")
    with Parts(parts, "png") as pictures:
        write_png(actors, out / "graph.png", parts=pictures)
    del actors
    return [*written, out / "graph.png"]


def _write_tables(extraction: Extraction, _graph: nx.MultiDiGraph | None,
                  _actor_graph: nx.MultiDiGraph | None, out: Path,
                  _parts: Path | None) -> list[Path]:
    from kg.export.tables import write_tables

    return write_tables(extraction, out)


def _write_neo4j(extraction: Extraction, _graph: nx.MultiDiGraph | None,
                 _actor_graph: nx.MultiDiGraph | None, out: Path,
                 _parts: Path | None) -> list[Path]:
    from kg.export.neo4j import write_neo4j

    return write_neo4j(extraction, out / "neo4j")


def _write_network(network: nx.MultiDiGraph, out: Path, name: str) -> list[Path]:
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml

    write_graphml(network, out / f"{name}.graphml")
    write_gexf(network, out / f"{name}.gexf")
    return [out / f"{name}.graphml", out / f"{name}.gexf"]


_RELEASING = frozenset({"_write_rdf", "_write_event_graph", "_write_actor_graph"})
"""The writers (by name, so that a wrapped one still counts) that leave much memory to hand
back: the RDF writer, and the network graphs (reference cycles, freed by a collection only)."""


def _can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


class _Forked:
    """``func(*args)`` in a forked child that dies with this process (so a killed build leaves
    no writer behind); :meth:`result` returns its value or raises its exception."""

    def __init__(self, func: Callable[..., list[Path]], args: tuple[Any, ...]) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._child = context.Process(target=_run_child, args=(os.getpid(), send, func, args),
                                      daemon=True)
        self._child.start()
        send.close()

    def result(self) -> list[Path]:
        try:
            status, value = self._receive.recv()
        except EOFError:
            self._child.join()
            raise ExportError(f"the process writing the networks died (exit status "
                              f"{self._child.exitcode})") from None
        if status == "error":
            raise value
        return list(value)

    def __enter__(self) -> _Forked:
        return self

    def __exit__(self, failed: type[BaseException] | None, *_: object) -> None:
        self._receive.close()
        if failed is not None and self._child.is_alive():
            self._child.kill()
        self._child.join()


def _run_child(parent: int, send: Connection, func: Callable[..., list[Path]],
               args: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
    if os.getppid() != parent:  # the parent died before prctl
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        send.send(("ok", func(*args)))
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            send.send(("error", exc))
        except Exception:  # not picklable: its text will do
            send.send(("error", ExportError(f"{type(exc).__name__}: {exc}")))
    finally:
        send.close()
