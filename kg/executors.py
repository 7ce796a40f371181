"""Where per-document analysis runs: in this process or in worker processes (a Dask cluster's
executor, built on the same :class:`Worker`, is in :mod:`kg._dask`).

Every executor does the same thing to a batch of documents: parse them with spaCy and turn
each parsed document into its record with :func:`kg.analysis.analyse`, dropping the ``Doc``
right away. Records come back in any order; :func:`kg.analysis.assemble` sorts them, so the
exports are the same whichever executor ran and however many workers it had.

Each worker loads the spaCy pipeline and kg's resources once, from the run's
:class:`~kg.config.Settings`, and keeps them for every batch it is given.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import gc
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from kg._gc import gc_frozen, gc_paused, gc_sparse
from kg.analysis import Resources, analyse
from kg.config import Settings
from kg.errors import KgError
from kg.model import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Batch", "Done", "Executor", "Worker", "bounded", "default_workers", "executor_for"]

log = logging.getLogger("kg.executors")

Batch = list[tuple[str, Document]]
"""Documents to analyse, each with its cache key."""

Done = list[tuple[str, Any]]
"""Records of a batch, each with the key of its document."""

def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class Worker:
    """The spaCy pipeline and kg's resources of one process, loaded once: the pipeline first,
    so that *resources*, when given (e.g. the ``result`` of a load begun in a thread), can
    finish loading meanwhile."""

    def __init__(self, settings: Settings, nlp: Language | None = None,
                 resources: Callable[[], Resources] | None = None) -> None:
        self.settings = settings
        with gc_paused():
            from kg.nlp import load_pipeline  # spaCy: imported by the first worker made

            self.nlp = nlp or load_pipeline(settings.model)
            self.resources = resources() if resources is not None else Resources.load(settings)

    def run(self, batch: Batch) -> Done:
        from kg.nlp import parse

        with gc_sparse():
            docs = parse(self.nlp, (d for _, d in batch), self.settings.batch_size)
            done = []
            for (key, document), doc in zip(batch, docs, strict=True):
                done.append((key, analyse(document, doc, self.resources)))
                self._last = doc
        return done

    _last: Doc | None = None
    """The last ``Doc`` of the batch before, kept while the next is parsed: once every ``Doc``
    of a batch is freed, malloc hands their memory back to the system and the next batch
    faults it in again (about 1 s of system time per 200 documents; spaCy's own ``nlp.pipe``
    loop keeps one too)."""


class Executor(Protocol):
    """Runs batches; ``map`` yields each batch's records as soon as they are done."""

    def map(self, batches: Iterable[Batch]) -> Iterator[Done]: ...

    def close(self) -> None: ...


@dataclass
class _InProcess:
    """This process, with the pipeline loaded at the first batch (none when the cache has
    every record) and frozen out of the garbage collections until :meth:`close`, which lets
    the worker go."""

    settings: Settings
    nlp: Language | None = None
    resources: Callable[[], Resources] | None = None
    worker: Worker | None = None
    frozen: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def map(self, batches: Iterable[Batch]) -> Iterator[Done]:
        for batch in batches:
            if self.worker is None:
                with gc_paused():  # frozen as loaded: no young collection walks it first
                    self.worker = Worker(self.settings, self.nlp, self.resources)
                    self.frozen.enter_context(gc_frozen())
            yield self.worker.run(batch)

    def close(self) -> None:
        self.worker = None
        self.frozen.close()


_PROCESS_WORKER: Worker | None = None  # a worker process's own pipeline, loaded once


def _run_in_process(batch: Batch, settings: Settings) -> Done:
    """Run *batch* in a worker process, loading the pipeline at its first batch (so that a
    failure to load is raised by the task, with kg's own message)."""
    global _PROCESS_WORKER
    if _PROCESS_WORKER is None or _PROCESS_WORKER.settings != settings:
        with gc_paused():  # frozen as loaded: no young collection walks it first
            _PROCESS_WORKER = Worker(settings)
            gc.freeze()  # the pipeline lives as long as the process: no collection walks it
    return _PROCESS_WORKER.run(batch)


def bounded(
    submit: Callable[[Batch], Any],
    wait_one: Callable[[set[Any]], tuple[set[Any], set[Any]]],
    result: Callable[[Any], Done],
    batches: Iterable[Batch],
    in_flight: int,
) -> Iterator[Done]:
    """Submit batches while at most *in_flight* are pending, so a corpus is never read ahead
    into memory; yield results as they complete."""
    pending: set[Any] = set()
    for batch in batches:
        pending.add(submit(batch))
        while len(pending) >= in_flight:
            done, pending = wait_one(pending)
            for future in done:
                yield result(future)
    while pending:
        done, pending = wait_one(pending)
        for future in done:
            yield result(future)


class _Processes:
    """A pool of worker processes on this machine, started at the first batch, each forked
    from a server process that imported kg and spaCy once (or, when that server cannot be
    reached, started afresh: slower to start, same records)."""

    def __init__(self, settings: Settings, workers: int) -> None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            context: multiprocessing.context.BaseContext = multiprocessing.get_context(
                "forkserver")
            # imported once, not once per worker
            context.set_forkserver_preload([__name__, "kg.nlp"])
        else:  # pragma: no cover - not on Linux or macOS
            context = multiprocessing.get_context("spawn")
        self.settings = settings
        self.workers = workers
        self.pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def _submit(self, batch: Batch) -> cf.Future[Done]:
        try:
            return self.pool.submit(_run_in_process, batch, self.settings)
        except OSError as exc:  # the fork server died or its socket is gone
            log.warning("worker processes could not be forked (%s); starting them afresh", exc)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = cf.ProcessPoolExecutor(max_workers=self.workers,
                                               mp_context=multiprocessing.get_context("spawn"))
            return self.pool.submit(_run_in_process, batch, self.settings)

    def map(self, batches: Iterable[Batch]) -> Iterator[Done]:
        def wait_one(pending: set[Any]) -> tuple[set[Any], set[Any]]:
            done, rest = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            return set(done), set(rest)

        yield from bounded(self._submit, wait_one, _result, batches, 2 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _result(future: cf.Future[Done]) -> Done:
    try:
        return future.result()
    except cf.process.BrokenProcessPool as exc:
        raise KgError(f"a worker process died ({exc}); if memory ran out, try fewer --workers "
                      "or a lower --max-length") from None


def executor_for(
    settings: Settings,
    nlp: Language | None = None,
    resources: Callable[[], Resources] | None = None,
) -> Executor:
    """The executor on this machine for *settings*: ``settings.workers`` worker processes when
    more than one, else this process (with *nlp* and what *resources* returns, when given,
    instead of loading them; called at the first batch, so documents found in the cache wait
    for nothing). A Dask cluster's is :class:`kg._dask.DaskExecutor`."""
    if settings.workers > 1:
        return _Processes(settings, settings.workers)
    return _InProcess(settings, nlp, resources)
