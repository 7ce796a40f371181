"""Reading articles from disk: file formats, date headers, front matter, ids, fallback dates.

Plain text and Markdown files hold one article each, optionally headed by the seed convention
(``date YYYY-MM-DD`` on the first line, text on the same or the next lines) or by YAML front
matter (``title:``, ``date:``, ``url:``, ``id:``).  In Markdown without a title, a leading
``# Heading`` line gives the title and stays in the text.  JSON Lines, JSON and CSV files hold
one article per record.  ``Document.text`` is exactly what is analysed: only the header and
the white space after it are removed, and ``"\\r\\n"`` becomes ``"\\n"``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Document

__all__ = ["SUFFIXES", "parse_date", "read_documents", "read_file"]

log = logging.getLogger("kg.documents")

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".json", ".csv")
_HEADER = re.compile(r"\A\s*date(?::[ \t]*|[ \t]+)(\d+[-/.]\d+[-/.]\d+\S*)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*$\n?", re.DOTALL | re.MULTILINE)
_MD_TITLE = re.compile(r"\A\s*#[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class _Options:
    date: dt.date | None = None
    text: str = "text"
    id: str = "id"
    title: str = "title"
    date_field: str = "date"
    url: str = "url"


def parse_date(value: str) -> dt.date:
    """Return the date of an ISO 8601 date or date-time string; raise ``ValueError`` if not one."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()


def read_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    date: dt.date | None = None,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "title",
    date_field: str = "date",
    url_field: str = "url",
) -> Iterator[Document]:
    """Yield the documents of files and folders (walked recursively, sorted), in input order.

    Ids are relative to each input: a file's name, or its path within the folder given, with
    ``#<line>`` for records without an id (the JSON Lines line, the CSV record's first line or
    the JSON list position, counted from 1).  A repeated id raises ``InputError``.
    """
    opts = _Options(date, text_field, id_field, title_field, date_field, url_field)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    seen: dict[str, str] = {}
    for given in map(Path, paths):
        if given.is_dir():
            files = [(given / rel, given) for rel in _walk(given)]
            if not files:  # a mistyped folder must not replace good exports with empty ones
                raise InputError(given, f"no {', '.join(SUFFIXES)} files in this folder")
        elif given.is_file():
            files = [(given, given.parent)]
        else:
            raise InputError(given, "no such file or folder")
        for path, root in files:
            for doc in _read(path, root, opts):
                place = f"{path}:{doc.line}" if doc.line is not None else str(path)
                if doc.id in seen:
                    raise InputError(path, f"duplicate document id {doc.id!r}, "
                                     f"first read from {seen[doc.id]}", doc.line)
                seen[doc.id] = place
                yield doc


def read_file(
    path: str | os.PathLike[str],
    root: str | os.PathLike[str] | None = None,
    *,
    date: dt.date | None = None,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "title",
    date_field: str = "date",
    url_field: str = "url",
) -> Iterator[Document]:
    """Yield the documents of one file, with ids relative to *root* (default: its folder)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    opts = _Options(date, text_field, id_field, title_field, date_field, url_field)
    yield from _read(path, Path(root) if root is not None else path.parent, opts)


def _walk(folder: Path) -> list[Path]:
    found = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = Path(top).relative_to(folder)
        found += [rel / n for n in names if not n.startswith(".") and _suffix(Path(n))]
    return sorted(found, key=lambda p: p.parts)


def _suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return suffix if suffix in SUFFIXES else None


def _read(path: Path, root: Path, opts: _Options) -> Iterator[Document]:
    suffix = _suffix(path)
    if suffix is None:
        raise InputError(path, f"unsupported file type; kg reads {', '.join(SUFFIXES)} files")
    try:
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    rel = path.relative_to(root).as_posix()
    records = {".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}.get(suffix)
    if records is not None:
        yield from records(path, rel, text, opts)
    else:
        yield _read_text(path, rel, text, suffix, opts)


def _read_text(path: Path, rel: str, text: str, suffix: str, opts: _Options) -> Document:
    meta: dict[str, Any] = {}
    lines: dict[str, int] = {}
    date, basis = None, "none"
    if front := _FRONT_MATTER.match(text):
        try:
            meta = yaml.load(front.group(1), Loader=yaml.BaseLoader) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or "cannot parse"
            raise InputError(path, f"front matter is not valid YAML: {problem}",
                             mark.line + 2 if mark is not None else 1) from None
        if not isinstance(meta, dict):
            raise InputError(path, "front matter is not a list of 'key: value' lines", 2)
        lines = {key: _key_line(front.group(1), key) for key in (opts.title, opts.url, opts.id)}
        date = _date(meta, opts.date_field, path, _key_line(front.group(1), opts.date_field))
        basis, text = "front_matter", text[front.end() :].lstrip()
    elif header := _HEADER.match(text):
        line = text[: header.start(1)].count("\n") + 1
        try:
            date = parse_date(header.group(1))
        except ValueError:
            raise InputError(path, f"header date {header.group(1)!r} is not an ISO date "
                             "(YYYY-MM-DD)", line) from None
        basis, text = "header", text[header.end() :].lstrip()
    if not text.strip():
        raise InputError(path, "file has no text")
    title = _field(meta, opts.title, path, lines.get(opts.title))
    if title is None and suffix in (".md", ".markdown") and (heading := _MD_TITLE.match(text)):
        title = heading.group(1) or None
    doc_id = _field(meta, opts.id, path, lines.get(opts.id)) or rel
    url = _field(meta, opts.url, path, lines.get(opts.url))
    return _document(path, doc_id, text, date, basis, title, url, None, opts)


def _key_line(block: str, key: str) -> int:
    found = re.search(rf"^{re.escape(key)}[ \t]*:", block, re.MULTILINE)
    return block[: found.start()].count("\n") + 2 if found else 1


def _read_jsonl(path: Path, rel: str, text: str, opts: _Options) -> Iterator[Document]:
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"invalid JSON: {exc.msg}", number) from None
            yield _record(record, path, rel, number, opts)


def _read_json(path: Path, rel: str, text: str, opts: _Options) -> Iterator[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
    if isinstance(data, dict):
        yield _record(data, path, rel, None, opts)
    elif isinstance(data, list):
        for index, record in enumerate(data, 1):
            yield _record(record, path, rel, index, opts)
    else:
        raise InputError(path, "expected a JSON object or a list of objects")


def _read_csv(path: Path, rel: str, text: str, opts: _Options) -> Iterator[Document]:
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    reader = csv.reader(io.StringIO(text), strict=True)
    header: list[str] | None = None
    start = 1
    try:
        while True:
            start = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                return
            if not row:
                continue
            if header is None:
                header = row
                if opts.text not in header:
                    raise InputError(path, f"no '{opts.text}' column (columns: "
                                     f"{', '.join(header)}; use --text-field to name another)",
                                     start)
            elif len(row) != len(header):
                raise InputError(path, f"row has {len(row)} fields, the header {len(header)}",
                                 start)
            else:
                yield _record(dict(zip(header, row, strict=True)), path, rel, start, opts)
    except csv.Error as exc:
        raise InputError(path, f"invalid CSV: {exc}", start) from None


def _record(record: object, path: Path, rel: str, line: int | None, opts: _Options) -> Document:
    if not isinstance(record, dict):
        raise InputError(path, "expected a JSON object", line)
    text = record.get(opts.text)
    if text is not None and not isinstance(text, str):
        raise InputError(path, f"field '{opts.text}' must be a string", line)
    if not text or not text.strip():
        raise InputError(path, f"record has no '{opts.text}' field "
                         "(use --text-field to name another)", line)
    date = _date(record, opts.date_field, path, line)
    doc_id = _field(record, opts.id, path, line) or (rel if line is None else f"{rel}#{line}")
    return _document(path, doc_id, text.replace("\r\n", "\n"), date, "field",
                     _field(record, opts.title, path, line), _field(record, opts.url, path, line),
                     line, opts)


def _field(record: dict[str, Any], name: str, path: Path, line: int | None) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str | int | float):
        raise InputError(path, f"field '{name}' must be a string or a number", line)
    text = str(value).replace("\r\n", "\n") if value is not None else ""
    return text if text.strip() else None


def _date(record: dict[str, Any], name: str, path: Path, line: int | None) -> dt.date | None:
    value = _field(record, name, path, line)
    try:
        return parse_date(value) if value is not None else None
    except ValueError:
        raise InputError(path, f"field '{name}': {value!r} is not an ISO date (YYYY-MM-DD)",
                         line) from None


def _document(path: Path, doc_id: str, text: str, date: dt.date | None, basis: str,
              title: str | None, url: str | None, line: int | None, opts: _Options) -> Document:
    if date is None:
        if opts.date is not None:
            date, basis, source = opts.date, "option", "the --date option"
        else:
            mtime = path.stat().st_mtime
            date, basis = dt.datetime.fromtimestamp(mtime, dt.UTC).date(), "mtime"
            source = "the file's modification time"
        where = f"{path}:{line}" if line is not None else str(path)
        log.warning("%s: document %r has no date; using %s from %s", where, doc_id,
                    date.isoformat(), source)
    return Document(doc_id, text, date, basis, title, url, str(path), line)
