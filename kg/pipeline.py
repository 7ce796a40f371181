"""The whole run: documents -> spaCy -> actors -> events -> graph -> exports.

``build`` is what the CLI's ``kg build`` and the Python API call: documents are read one at a
time, each is parsed and analysed on its own (from the record cache when it holds it, else by
an executor: this process, worker processes or a Dask cluster), and the records are assembled
into one extraction (see :mod:`kg.analysis`). ``extract`` is the same on documents in memory,
which evaluation reuses on gold documents.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import networkx as nx

from kg._gc import gc_frozen, gc_paused
from kg.cache import (
    ExportsManifest,
    RecordCache,
    document_key,
    exports_key,
    fingerprint,
    pack,
    unpack,
)
from kg.config import Settings, check_model
from kg.documents import read_documents
from kg.errors import InputError
from kg.export._atomic import release
from kg.graph import actor_graph, event_graph
from kg.model import Document, Extraction
from kg.report import Report

if TYPE_CHECKING:
    import rdflib
    from spacy.language import Language

    from kg.analysis import DocumentRecord, Resources
    from kg.executors import Batch, Done, Executor

__all__ = [
    "REPORT_NAME",
    "Counts",
    "KnowledgeGraph",
    "analyse_documents",
    "build",
    "extract",
]

log = logging.getLogger("kg.pipeline")

REPORT_NAME = "kg-report.json"
"""The build report written beside the exports (see :class:`kg.report.Report`)."""


def extract(
    documents: Sequence[Document],
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract actors, events and relations from documents.

    Parameters
    ----------
    documents : sequence of Document
        The articles, e.g. from :func:`kg.read_documents`.
    nlp : spacy.Language, optional
        A loaded pipeline; loaded from ``settings.model`` when omitted.
    settings : Settings, optional
        Model, dictionaries and batch size.
    """
    from kg.analysis import Resources, analyse, assemble
    from kg.nlp import load_pipeline, parse

    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    resources = Resources.load(settings)
    parsed = parse(nlp, documents, settings.batch_size)
    records = [
        analyse(document, doc, resources) for document, doc in zip(documents, parsed, strict=True)
    ]
    return assemble(records, resources)


class KnowledgeGraph:
    """The result of a build: the extraction, its graphs, the report and the writers.

    *extraction* may be given as a function that makes it: the build's cross-document merge,
    run the first time :attr:`extraction` is asked for, so that a re-run whose exports are
    current (:meth:`write` writes nothing) never merges at all.

    *manifest*, set by a build with a cache, knows the digest of everything the exports depend
    on (kg's code and data, model, dictionaries, every document, the report): :meth:`write`
    skips writing when the folder still holds what a build of the same digest wrote.
    """

    def __init__(
        self,
        extraction: Extraction | Callable[[], Extraction],
        report: Report | None = None,
        manifest: ExportsManifest | None = None,
        *,
        document_ids: Sequence[str] | None = None,
    ) -> None:
        self._make = extraction
        self.report = report if report is not None else Report()
        self.manifest = manifest
        self._document_ids = document_ids
        self._written: Counts | None = None

    @cached_property
    def extraction(self) -> Extraction:
        """What was extracted from the documents (merged across them on first use)."""
        made = self._make
        if isinstance(made, Extraction):
            return made
        extraction = self._make = made()  # the merge's inputs are let go with its function
        return extraction

    @property
    def document_ids(self) -> list[str]:
        """The documents' ids, in order (known without the merge when the build gave them)."""
        if self._document_ids is not None and "extraction" not in self.__dict__:
            return list(self._document_ids)
        return [d.id for d in self.extraction.documents]

    @property
    def counts(self) -> Counts:
        """Documents, actors, events and relations: the extraction's, or, when :meth:`write`
        found the exports current without it, those recorded with the exports."""
        if self._written is not None and "extraction" not in self.__dict__:
            return self._written
        x = self.extraction
        return Counts(len(x.documents), len(x.actors), len(x.events), len(x.relations))

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """Actors and events as nodes, roles as edges (see :func:`kg.graph.event_graph`)."""
        return event_graph(self.extraction)

    @cached_property
    def actor_graph(self) -> nx.MultiDiGraph:
        """The actor–actor projection weighted by number of events."""
        return actor_graph(self.extraction)

    def to_rdf(self) -> rdflib.Dataset:
        """The RDF dataset: one named graph per document (see ``docs/model.md``)."""
        from kg.export.rdf import to_dataset

        return to_dataset(self.extraction)

    def write(self, out: str | os.PathLike[str] = "exports", *, processes: int = 1) -> list[Path]:
        """Write every export format, and the report as ``kg-report.json``, into *out* (all
        old or all new, see :func:`kg.export.write_all`); returns the files written.

        With *processes* of 2 or more, RDF and the other formats are written at the same time.
        Nothing is written, nor merged, when *out* still holds, untouched, the exports of a
        build with the same inputs (recorded in the cache folder's ``exports.json``, see
        :attr:`manifest`).
        """
        from kg.export import write_all

        started = time.perf_counter()
        current = self.manifest.unchanged(out) if self.manifest is not None else None
        if current is not None and (counts := Counts.read(current[1])) is not None:
            log.info("%s holds the exports of these inputs already: nothing written", out)
            self._written = counts
            return current[0]
        report = self.report.dumps().encode("utf-8")
        # graphs not asked for yet are made by the process that writes them
        written = write_all(self.extraction, out, graph=self.__dict__.get("graph"),
                            actor_graph=self.__dict__.get("actor_graph"),
                            extra={REPORT_NAME: report}, processes=processes,
                            parts=self.manifest.parts if self.manifest is not None else None)
        if self.manifest is not None:
            self.manifest.record(out, self.counts._asdict())
        log.info("%d files written in %.1f s", len(written), time.perf_counter() - started)
        return written


class Counts(NamedTuple):
    """How many documents, actors, events and relations a build has."""

    documents: int
    actors: int
    events: int
    relations: int

    @classmethod
    def read(cls, given: Mapping[str, object]) -> Counts | None:
        """The counts *given* by name (as :meth:`_asdict` gave them), or None if they are not."""
        values = [given.get(name) for name in cls._fields]
        if set(given) != set(cls._fields) or not all(type(v) is int for v in values):
            return None
        return cls(*values)  # type: ignore[arg-type]


_Source = tuple[str | None, int | None]
"""The file and line a document was read from (:attr:`Document.path`, :attr:`Document.line`)."""

Progress = Callable[[int], None]
"""Called with the number of documents just analysed or taken from the cache."""


def analyse_documents(
    documents: Iterable[Document],
    executor: Executor,
    cache: RecordCache | None = None,
    progress: Progress | None = None,
    batch_size: int = 32,
) -> tuple[dict[str, tuple[str, bytes, _Source]], int]:
    """The record of every document, from *cache* when it has it, else from *executor*
    (records it makes are added to *cache*); returns the records by document key, in any
    order, each as its document's id, the record packed (:func:`kg.cache.pack`: a tenth of
    its size as objects) and the file and line the document was read from this time, and how
    many came from the cache. Documents are read as batches are sent, never all ahead.
    """
    records: dict[str, tuple[str, bytes, _Source]] = {}
    sources: dict[str, _Source] = {}
    hits = 0

    def batches() -> Iterator[Batch]:
        nonlocal hits
        pending: Batch = []
        stream = iter(documents)
        while chunk := list(islice(stream, 256)):
            keyed = [(document_key(d), d) for d in chunk]
            found = cache.get_packed(k for k, _ in keyed) if cache is not None else {}
            hits += len(found)
            sources.update((k, (d.path, d.line)) for k, d in keyed)
            ids = {k: d.id for k, d in keyed}
            records.update((k, (ids[k], data, sources[k])) for k, data in found.items())
            if progress is not None and found:
                progress(len(found))
            for key, document in keyed:
                if key not in found:
                    pending.append((key, document))
                    if len(pending) >= batch_size:
                        yield pending
                        pending = []
        if pending:
            yield pending

    for done in executor.map(batches()):
        packed = {key: (record.document.id, pack(record), sources[key]) for key, record in done}
        if cache is not None:
            cache.put_packed({key: data for key, (_, data, _) in packed.items()})
        records.update(packed)
        if progress is not None:
            progress(len(done))
    return records, hits


def build(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    nlp: Language | None = None,
    *,
    report: Report | None = None,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Read documents from files or folders and build their knowledge graph.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders (see :func:`kg.read_documents`).
    settings : Settings, optional
        Model, dictionaries, fallback date, field names, ``workers``, ``dask``, ``cache``,
        ``on_error`` and ``max_length``.
    nlp : spacy.Language, optional
        A loaded pipeline, used when the documents are analysed in this process.
    report : Report, optional
        Filled with what was read, skipped and warned about (also ``KnowledgeGraph.report``).
    progress : callable, optional
        Called with the number of documents done, as they are done.

    Raises
    ------
    kg.errors.InputError
        No document could be read (or, with ``on_error="fail"``, the first bad input).

    Examples
    --------
    >>> import kg
    >>> result = kg.build("seeds/")  # doctest: +SKIP
    >>> result.write("exports/")  # doctest: +SKIP
    """
    settings = settings or Settings()
    report = report if report is not None else Report()
    if nlp is None:
        check_model(settings.model)
    documents = read_documents(paths, date=settings.date, fields=settings.fields,
                               on_error=settings.on_error, report=report,
                               max_length=settings.max_length)
    started = time.perf_counter()
    # the merge needs the resources too: loaded beside the analysis, not after it (and, with
    # a cache, only once a document is missing from it: a re-run may need no merge)
    loading = _Loading(settings)
    with contextlib.ExitStack() as stack:
        cache = None
        if settings.cache is not None:
            cache = stack.enter_context(
                RecordCache(settings.cache, fingerprint(settings.model, settings.dictionaries))
            )
        else:
            loading.start()
        executor: Executor
        if settings.dask:
            from kg._dask import DaskExecutor

            executor = DaskExecutor(settings, settings.dask, settings.workers)
        else:
            from kg.executors import executor_for

            in_process = settings.workers == 1
            executor = executor_for(settings, nlp, loading.result if in_process else None)
        stack.callback(executor.close)
        executor = _StartingWith(executor, loading.start)
        records, hits = analyse_documents(documents, executor, cache, progress,
                                          settings.batch_size)
    analysed = time.perf_counter()
    log.info("%d documents analysed in %.1f s (%d from the cache)", len(records),
             analysed - started, hits)
    if not records:
        raise InputError(", ".join(map(str, _as_list(paths))), "no document could be read"
                         + (f" ({len(report.skipped)} inputs skipped)" if report.skipped else ""))
    ordered = sorted(records.values(), key=lambda item: item[0])
    keys = [f"{key}\0{path}\0{line}" for key, (_, _, (path, line)) in records.items()]
    del records
    manifest = None
    if cache is not None:
        manifest = ExportsManifest(cache.folder, exports_key(cache.fingerprint, keys, report))
    ids = [item[0] for item in ordered]
    return KnowledgeGraph(functools.partial(_merge, ordered, loading.result), report, manifest,
                          document_ids=ids)


def _merge(ordered: list[tuple[str, bytes, _Source]],
           resources: Callable[[], Resources]) -> Extraction:
    """The extraction of the packed records *ordered* (by document id), which it empties."""
    from kg.analysis import assemble_read

    started = time.perf_counter()
    # what outlives the merge (the resources, the model) is not walked by its collections;
    # the merge makes many objects but no garbage cycles (its records die by reference count),
    # so the extraction joins them, frozen until the outer freeze ends, and release() walks
    # nothing it made on the way to handing the records' memory back
    with gc_frozen():
        with gc_paused():
            extraction = assemble_read(lambda: map(_unpacked, ordered), resources())
            ordered.clear()
            gc.freeze()
        release()
    log.info("assembled in %.1f s: %d actors, %d events", time.perf_counter() - started,
             len(extraction.actors), len(extraction.events))
    return extraction


class _Loading:
    """:meth:`Resources.load` in a thread of its own, begun by :meth:`start` or, at the latest,
    by :meth:`result`."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._future: Future[Resources] | None = None

    def start(self) -> None:
        if self._future is None:
            from kg.analysis import Resources

            pool = ThreadPoolExecutor(1)
            self._future = pool.submit(Resources.load, self._settings)
            pool.shutdown(wait=False)  # the thread ends with its task: none is left to fork

    def result(self) -> Resources:
        self.start()
        assert self._future is not None
        return self._future.result()


@dataclass
class _StartingWith:
    """*executor*, calling *start* before it is given its first batch (the first document
    the cache lacks)."""

    executor: Executor
    start: Callable[[], None]

    def map(self, batches: Iterable[Batch]) -> Iterator[Done]:
        def started() -> Iterator[Batch]:
            for batch in batches:
                self.start()
                yield batch

        return self.executor.map(started())

    def close(self) -> None:
        self.executor.close()


def _unpacked(item: tuple[str, bytes, _Source]) -> DocumentRecord:
    """The record packed in *item*, its document's file and line those it was read from this
    time: they are no part of the cache key, so a record made before the file was renamed, or
    the document's line moved, still serves, and the exports say where the document is now."""
    _, data, (path, line) = item
    record: DocumentRecord = unpack(data)
    document = record.document
    if document.path != path or document.line != line:
        record = dataclasses.replace(record, document=dataclasses.replace(
            document, path=path, line=line))
    return record


def _as_list(paths: Any) -> list[Any]:
    return [paths] if isinstance(paths, str | os.PathLike) else list(paths)
