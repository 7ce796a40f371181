"""Reading articles from disk: files and folders in, one :class:`~kg.model.Document` at a time out.

Formats: plain text and Markdown (one article per file, headed by a ``date YYYY-MM-DD`` line or
YAML front matter), JSON Lines, JSON and CSV (one article per record), saved web pages and WARC
crawls.  Files of many records (JSON Lines, JSON, CSV, WARC) are read as a stream, one record
at a time, so that no file or corpus is ever held whole.

A bad input costs only itself: with ``on_error="skip"`` (the default) a file, line or record
that cannot be read is left out with one warning naming it (``path:line: reason``) and listed
in the :class:`~kg.report.Report`; with ``"fail"`` the first one raises ``InputError``.  A bad
field is not a bad record: an unreadable date leaves the document undated, with a warning.

Offsets into ``Document.text`` are offsets into the source: for .txt/.md the file's text as
``open(path, encoding=..., newline="").read()`` gives it (byte order mark excluded; the header
is blanked with spaces, ``"\\r\\n"`` read as ``" \\n"`` and a lone ``"\\r"`` as ``"\\n"``, so every
character keeps its place); for JSON Lines, JSON and CSV the record's text field; for HTML and
WARC the text trafilatura extracted.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.documents.reading import (
    MAX_LENGTH,
    DocumentFields,
    OnError,
    Reading,
    log,
    parse_date,
)
from kg.documents.records import read_csv, read_json, read_jsonl
from kg.documents.text import read_text
from kg.documents.web import read_html, read_warc
from kg.errors import InputError
from kg.model import Document
from kg.report import Report

__all__ = [
    "MAX_LENGTH",
    "SUFFIXES",
    "DocumentFields",
    "OnError",
    "input_files",
    "parse_date",
    "read_documents",
    "read_file",
    "unique_ids",
]

_WHOLE: dict[str, Callable[[Reading, Path, str, bytes], Document | None]] = {
    ".txt": read_text, ".md": read_text, ".markdown": read_text,
    ".html": read_html, ".htm": read_html,
}
_STREAMED: dict[str, Callable[[Reading, Path, str, BinaryIO], Iterator[Document]]] = {
    ".jsonl": read_jsonl, ".json": read_json, ".csv": read_csv,
    ".warc": read_warc, ".warc.gz": read_warc,
}
SUFFIXES = (*_WHOLE, *_STREAMED)
"""The file name endings kg reads (case-insensitive)."""


def read_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    date: dt.date | None = None,
    fields: DocumentFields = DocumentFields(),  # noqa: B008 (frozen, so one shared default)
    on_error: OnError = "skip",
    report: Report | None = None,
    max_length: int | None = MAX_LENGTH,
) -> Iterator[Document]:
    """Yield the documents of files and folders (walked recursively, sorted), in input order.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders; a folder's hidden entries and files of other types are passed over.
    date : datetime.date, optional
        The date of documents that give none (``date_basis="option"``); without it they stay
        undated (``date=None``, ``date_basis="unknown"``), never dated by the file's time.
    fields : DocumentFields
        The record fields (and front-matter keys) that hold text, id, title, date and URL.
    on_error : {"skip", "fail"}
        Skip a bad file, line or record with a warning, or raise ``InputError`` at the first.
    report : Report, optional
        Filled with what was read, skipped and warned about; without one, a summary line per
        kind of warning is logged once all documents have been read.
    max_length : int or None
        Documents longer than this many characters are skipped (reported, or raised when
        failing); shorter long ones are parsed in pieces (see :mod:`kg.executors`).

    Ids are relative to each input: a file's name, or its path within the folder given, with
    ``#<n>`` for records without an id (the JSON Lines line, the CSV record's first line, the
    JSON list position).  The first document of an id wins: a later one with another text is
    skipped and reported, one with the same text is dropped silently (``report.repeats``).
    """
    own = report is None
    reading = Reading(fields, date, on_error, report, max_length)
    for path, root in _input_files(reading, paths):
        yield from _read(reading, path, root)
    if own:
        for line in reading.report.summary(see=None):
            log.warning("%s", line)


def read_file(
    path: str | os.PathLike[str],
    root: str | os.PathLike[str] | None = None,
    *,
    date: dt.date | None = None,
    fields: DocumentFields = DocumentFields(),  # noqa: B008
    on_error: OnError = "skip",
    report: Report | None = None,
    max_length: int | None = MAX_LENGTH,
) -> Iterator[Document]:
    """Yield the documents of one file, with ids relative to *root* (default: its folder).

    The options are those of :func:`read_documents`, but ids are not checked and documents
    not counted: to read files apart (in parallel), pass what they yield, in input order,
    through :func:`unique_ids` (and :meth:`~kg.report.Report.merge` the reports).
    """
    path = Path(path)
    reading = Reading(fields, date, on_error, report, max_length, unique=False)
    if not path.is_file():
        reading.skip(InputError(path, "no such file"))
        return
    yield from _read(reading, path, Path(root) if root is not None else path.parent)


def unique_ids(
    documents: Iterable[Document],
    *,
    on_error: OnError = "skip",
    report: Report | None = None,
) -> Iterator[Document]:
    """Yield the first document of each id, in order, as :func:`read_documents` does;
    *report* counts them (``documents``), the repeats and the duplicates skipped."""
    reading = Reading(on_error=on_error, report=report, max_length=None)
    yield from (doc for doc in documents if reading.first(doc))


def input_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    on_error: OnError = "skip",
    report: Report | None = None,
) -> Iterator[tuple[Path, Path]]:
    """Yield ``(file, root)`` for every file to read, in order; ids are relative to *root*.

    Folders are walked recursively in name order, symbolic links followed once (a folder
    reached again through a link is passed over, with a warning); an unreadable folder or a
    missing path is a skipped input.
    """
    yield from _input_files(Reading(on_error=on_error, report=report), paths)


def _input_files(reading: Reading,
                 paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
                 ) -> Iterator[tuple[Path, Path]]:
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in map(Path, paths):
        if given.is_dir():
            found = 0
            for path in _walk(reading, given, set()):
                found += 1
                yield path, given
            if not found:
                reading.skip(InputError(given, f"no {', '.join(SUFFIXES)} files in this folder"))
        elif given.is_file():
            yield given, given.parent
        else:
            reading.skip(InputError(given, "not a file or folder" if given.exists()
                                    else "no such file or folder"))


def _suffix(path: Path) -> str | None:
    """The ending of *path* that names a format kg reads (``.warc.gz`` included), or None."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    ending = Path(name).suffix
    return ending if ending in SUFFIXES else None


def _walk(reading: Reading, folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path]:
    """The files under *folder* in name order; *seen* holds the folders already walked."""
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        reading.skip(InputError(folder, f"cannot read this folder: {exc.strerror}"))
        return
    if (info.st_dev, info.st_ino) in seen:
        reading.warn("folder_repeat", folder, None, "folder already read through another path "
                     "(a symbolic link); not read again")
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(reading, path, seen)
        elif _suffix(path) is not None:
            yield path
        elif entry.is_file() or entry.is_symlink():
            what = "broken symbolic link" if not path.exists() else "file of another type"
            reading.warn("ignored", path, None, f"{what}: not read")


def _read(reading: Reading, path: Path, root: Path) -> Iterator[Document]:
    """The documents of one file; a file that cannot be read is skipped (or raises)."""
    ending = _suffix(path)
    reading.report.inputs += 1
    try:
        rel = path.relative_to(root).as_posix()
        if ending is None:
            raise InputError(path, "unsupported file type; kg reads "
                             f"{', '.join(SUFFIXES)} files")
        if ending in _WHOLE:
            with path.open("rb") as stream:
                data = stream.read()
            if (doc := _WHOLE[ending](reading, path, rel, data)) is not None:
                yield doc
        else:
            with path.open("rb") as stream:
                yield from _STREAMED[ending](reading, path, rel, stream)
    except InputError as exc:
        reading.skip(exc)
    except OSError as exc:
        reading.skip(InputError(path, f"cannot read: {exc.strerror or exc}"))
    except RecursionError:  # JSON or YAML nested thousands deep
        reading.skip(InputError(path, "nested too deeply to read"))

