"""JSON Lines, JSON and CSV: one article per record, read as a stream one record at a time.

A record's offsets index its text field (``"\\r"`` as in :func:`kg.documents.reading.source_text`).
A bad record (no text, a line that is not JSON or not in the file's encoding, a CSV row with
too few fields) is skipped on its own; the records around it are read.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kg.documents.decoding import Lines, text_chunks
from kg.documents.reading import Reading, kind_of, source_text
from kg.errors import InputError
from kg.model import Document

__all__ = ["CHUNK", "MAX_RECORD", "read_csv", "read_json", "read_jsonl"]

CHUNK = 1 << 20
"""How many bytes of a JSON file are read at a time."""
MAX_RECORD = 1 << 26
"""The most characters one JSON record may span (64 Mi) before the file is taken as broken."""


def read_jsonl(reading: Reading, path: Path, rel: str, stream: BinaryIO) -> Iterator[Document]:
    """The documents of a JSON Lines file, one per non-blank line."""
    lines = Lines(path, stream)
    reading.decoded(path, lines.guessed)
    records = 0
    for number, line, problem in lines:
        if not line.strip():
            continue
        records += 1
        reading.decoded(path, None, problem, number)
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            reading.skip(InputError(path, f"invalid JSON: {exc.msg} (column {exc.colno})",
                                    number))
            continue
        except RecursionError:
            reading.skip(InputError(path, "invalid JSON: nested too deeply", number))
            continue
        if (doc := _record(reading, record, path, rel, number, number)) is not None:
            yield doc
    if not records:
        raise InputError(path, "file has no records")


def read_csv(reading: Reading, path: Path, rel: str, stream: BinaryIO) -> Iterator[Document]:
    """The documents of a CSV file with a header row, one per row (fields may span lines)."""
    lines = Lines(path, stream)
    reading.decoded(path, lines.guessed)

    def texts() -> Iterator[str]:
        for number, line, problem in lines:
            reading.decoded(path, None, problem, number)
            yield line

    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    reader = csv.reader(texts(), strict=True)
    header: list[str] | None = None
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as exc:
            reading.skip(InputError(path, f"invalid CSV: {exc}", start))
            continue
        if row is None:
            break
        if not row:
            continue
        if header is None:
            header = row
            if reading.fields.text not in header:
                raise InputError(path, f"no '{reading.fields.text}' column (columns: "
                                 f"{', '.join(header)}; use --text-field to name another)", start)
        elif len(row) != len(header):
            reading.skip(InputError(path, f"row has {len(row)} fields, the header "
                                    f"{len(header)}", start))
        elif (doc := _record(reading, dict(zip(header, row, strict=True)), path, rel, start,
                             start)) is not None:
            yield doc
    if header is None:
        raise InputError(path, "file has no header row")


def read_json(reading: Reading, path: Path, rel: str, stream: BinaryIO) -> Iterator[Document]:
    """The documents of a JSON file holding one object or a list of objects, read as a stream:
    ids count the list's records from 1, ``Document.line`` is the line a record starts on."""
    chunks, guessed = text_chunks(path, stream, CHUNK)
    reading.decoded(path, guessed)
    json_in = _JsonStream(path, chunks)
    first = json_in.peek()
    if not first:
        raise InputError(path, "file is empty")
    if first != "[":
        line = json_in.line()
        record = json_in.value()
        json_in.end()
        if not isinstance(record, dict):
            raise InputError(path, "expected a JSON object or a list of objects", line)
        if (doc := _record(reading, record, path, rel, None, None)) is not None:
            yield doc
        return
    json_in.pos += 1
    number = 0
    if json_in.peek() == "]":
        raise InputError(path, "the JSON list is empty")
    while True:
        number += 1
        json_in.peek()
        line = json_in.line()
        record = json_in.value(after=number - 1)
        if (doc := _record(reading, record, path, rel, line, number)) is not None:
            yield doc
        following = json_in.peek()
        json_in.pos += 1
        if following == "]":
            break
        if following != ",":
            raise InputError(path, f"invalid JSON: ',' or ']' expected after record {number}"
                             "; the rest of the file was not read", line)
    json_in.end()


class _JsonStream:
    """A JSON text arriving in chunks, parsed one value at a time with ``raw_decode``; a value
    cut by the end of the buffer is parsed again once more text has arrived.  The text before
    ``pos`` is dropped when more arrives, so the buffer holds about two records or chunks."""

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, path: Path, chunks: Iterator[str]) -> None:
        self.path = path
        self.chunks = chunks
        self.buffer = ""
        self.pos = 0
        self.lines = 0  # line breaks before ``counted``
        self.counted = 0
        self.done = False
        self.decoder = json.JSONDecoder()

    def more(self) -> bool:
        """Drop the text parsed, append about as much as is left; False at the end."""
        self.line()
        self.buffer, self.counted, self.pos = self.buffer[self.pos :], 0, 0
        wanted, added = max(1, len(self.buffer)), 0
        while added < wanted and not self.done:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.done = True
            else:
                self.buffer += chunk
                added += len(chunk)
        return added > 0

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            self.pos = self._SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer) or not self.more():
                return self.buffer[self.pos : self.pos + 1]

    def line(self, pos: int | None = None) -> int:
        """The line of *pos* (default: ``pos``), counted from 1; positions only move on."""
        end = self.pos if pos is None else pos
        self.lines += self.buffer.count("\n", self.counted, end)
        self.counted = max(self.counted, end)
        return self.lines + 1

    def value(self, after: int | None = None) -> Any:
        """The next JSON value, or ``InputError`` naming its line when it is not valid."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
                if end < len(self.buffer) or not self.more():  # "12" may go on as "123"
                    self.pos = end
                    return value
            except json.JSONDecodeError as exc:
                if len(self.buffer) - self.pos > MAX_RECORD or not self.more():
                    rest = "" if after is None else (
                        f" (after record {after}); the rest of the file was not read")
                    raise InputError(self.path, f"invalid JSON: {exc.msg}{rest}",
                                     self.line(exc.pos)) from None

    def end(self) -> None:
        if self.peek():
            raise InputError(self.path, "invalid JSON: extra data after the end", self.line())


def _record(reading: Reading, record: object, path: Path, rel: str, line: int | None,
            number: int | None) -> Document | None:
    """The Document of one record, or None (reported) when it has no usable text."""
    text_field = reading.fields.text
    if not isinstance(record, dict):
        reading.skip(InputError(path, f"expected a JSON object, not {kind_of(record)}", line))
        return None
    text = record.get(text_field)
    reason = None
    if text is None:
        reason = f"record has no '{text_field}' field (use --text-field to name another)"
    elif not isinstance(text, str):
        reason = f"field '{text_field}' is {kind_of(text)}, not a string"
    elif not text.strip():
        reason = f"field '{text_field}' is empty"
    if reason is not None:
        reading.skip(InputError(path, reason, line))
        return None
    assert isinstance(text, str)
    fields = reading.fields
    date, basis = reading.dated(reading.field(record, fields.date, path, line), "field",
                                f"field '{fields.date}'", path, line)
    doc_id = reading.field(record, fields.id, path, line) or (
        rel if number is None else f"{rel}#{number}")
    return reading.document(path, doc_id, source_text(text), date, basis,
                            reading.field(record, fields.title, path, line),
                            reading.field(record, fields.url, path, line), line)

