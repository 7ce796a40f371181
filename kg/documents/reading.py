"""What every reader shares: the field names, the error policy and report, the fallback date,
and how a record's fields become a Document (a bad field is a warning, not a bad record)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kg.errors import InputError
from kg.model import Document
from kg.report import Problem, Report

__all__ = [
    "MAX_LENGTH", "DocumentFields", "OnError", "Reading", "kind_of", "parse_date", "source_text",
]

log = logging.getLogger("kg.documents")

_PLACE = struct.Struct("<QQ")  # file number, line + 1 (0: no line)

MAX_LENGTH = 1_000_000
"""Documents longer than this (spaCy's default ``nlp.max_length``) are skipped."""

OnError = Literal["skip", "fail"]


@dataclass(frozen=True)
class DocumentFields:
    """The names of the fields that hold a record's text, id, title, date and URL (JSON Lines,
    JSON, CSV, and the keys of Markdown front matter)."""

    text: str = field(default="text", metadata={"help": "JSONL/JSON/CSV field of the text."})
    id: str = field(default="id", metadata={"help": "Field (or front-matter key) of the id."})
    title: str = field(default="title", metadata={"help": "Field or key of the title."})
    date: str = field(default="date", metadata={"help": "Field or key of the date (ISO 8601)."})
    url: str = field(default="url", metadata={"help": "Field or key of the URL."})


def parse_date(value: str) -> dt.date:
    """Return the date of an ISO 8601 date or date-time string; raise ``ValueError`` if not one."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()


def source_text(text: str) -> str:
    """*text* with ``"\\r\\n"`` as ``" \\n"`` and a lone ``"\\r"`` as ``"\\n"``: lines end in
    ``"\\n"`` for the analysis while every character keeps its offset."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


class Reading:
    """One run of the readers: its options, its report, what to do with a bad input, and the
    ids read so far (the first document of an id wins)."""

    def __init__(self, fields: DocumentFields = DocumentFields(),
                 date: dt.date | None = None, on_error: OnError = "skip",
                 report: Report | None = None, max_length: int | None = MAX_LENGTH,
                 unique: bool = True) -> None:
        if on_error not in ("skip", "fail"):
            raise ValueError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
        self.fields = fields
        self.date = date
        self.on_error = on_error
        self.report = report if report is not None else Report()
        self.max_length = max_length
        # id -> digest of its text and where it was read, packed (about 150 bytes an id)
        self.seen: dict[str, bytes] | None = {} if unique else None
        self.files: list[str] = []  # the files of the ids in ``seen``, numbered
        self.paths: dict[str, int] = {}

    def skip(self, error: InputError) -> None:
        """Leave out the input *error* names: raise it when failing, else warn and report it."""
        if self.on_error == "fail":
            raise error
        problem = Problem(error.path, error.line, error.reason)
        log.warning("%s (skipped)", problem)
        self.report.skip(problem)

    def warn(self, kind: str, path: Path | str, line: int | None, message: str) -> None:
        """Report a warning of *kind*; the summary tells the count. The log line is at INFO, but
        at DEBUG for a missing date, which may be every document of an archive."""
        problem = Problem(str(path), line, message)
        log.log(logging.DEBUG if kind == "no_date" else logging.INFO, "%s", problem)
        self.report.warn(kind, problem)

    def decoded(self, path: Path, guessed: str | None, problem: str | None = None,
                line: int | None = None) -> None:
        """Warn that a file was read in a *guessed* legacy encoding, or that some of its bytes
        were not in its encoding (*problem*, at *line* if known)."""
        if guessed is not None:
            self.warn("encoding", path, None, f"not UTF-8: read as {guessed}, the encoding "
                      "charset-normalizer guessed; save it as UTF-8 to be sure")
        if problem is not None:
            self.warn("bad_bytes", path, line, problem)

    def field(self, record: dict[str, Any], name: str, path: Path, line: int | None
              ) -> str | None:
        """A metadata field as text, or None when absent, empty or not a string or number."""
        value = record.get(name)
        if isinstance(value, bool) or not isinstance(value, str | int | float | None):
            self.warn("bad_field", path, line, f"field '{name}' is {kind_of(value)}, not a "
                      "string or a number; ignored")
            return None
        text = "" if value is None else str(value).replace("\r\n", "\n")
        return text if text.strip() else None

    def dated(self, value: str | None, basis: str, what: str, path: Path, line: int | None
              ) -> tuple[dt.date | None, str | None]:
        """``(date, basis)`` of a date *value* found in the document (*what* names it); a
        value that is not an ISO date gives no date, with a ``bad_date`` warning."""
        if value is None:
            return None, None
        try:
            return parse_date(value), basis
        except ValueError:
            self.warn("bad_date", path, line, f"{what}: {value!r} is not an ISO date "
                      "(YYYY-MM-DD); the document is built without it")
            return None, basis

    def document(self, path: Path, doc_id: str, text: str, date: dt.date | None,
                 basis: str | None, title: str | None = None, url: str | None = None,
                 line: int | None = None) -> Document | None:
        """The Document, or None when an earlier one had its id (see :meth:`first`).

        *basis* names where the date came from, or is None when the document gave no date
        value at all: only then is it reported as undated (a bad date was reported already).
        Without a date it is dated by the ``--date`` option, if given, else left undated.
        """
        undated = date is None and basis is None
        if date is None:
            date, basis = self.date, "option" if self.date is not None else "unknown"
        if self.max_length is not None and len(text) > self.max_length:
            self.skip(InputError(path, f"document {doc_id!r} has {len(text):,} characters, "
                                 f"more than the limit of {self.max_length:,} (--max-length)",
                                 line))
            return None
        doc = Document(doc_id, text, date, basis or "unknown", title, url, str(path), line)
        if not self.first(doc):
            return None
        if undated:
            self.warn("no_date", path, line, f"document {doc_id!r} has no date" + (
                f"; using {date.isoformat()} from the --date option" if date else ""))
        return doc

    def first(self, doc: Document) -> bool:
        """Whether *doc* is the first of its id, counting it in ``report.documents`` if so
        (always True, and not counted, when ids are not checked).

        A later document with another text is skipped (reported, or raised when failing); one
        with the same text is dropped silently, counted in ``report.repeats``.
        """
        if self.seen is None:
            return True
        if (path := self.paths.get(str(doc.path))) is None:
            path = self.paths[str(doc.path)] = len(self.files)
            self.files.append(str(doc.path))
        line = 0 if doc.line is None else doc.line + 1
        text = doc.text.encode("utf-8", "surrogatepass")
        mine = hashlib.blake2b(text, digest_size=8).digest() + _PLACE.pack(path, line)
        first = self.seen.setdefault(doc.id, mine)
        if first is mine:
            self.report.documents += 1
            return True
        if first[:8] == mine[:8]:
            self.report.repeats += 1
            return False
        number, line = _PLACE.unpack(first[8:])
        where = self.files[number] + (f":{line - 1}" if line else "")
        self.skip(InputError(doc.path or doc.id, f"duplicate document id {doc.id!r} with "
                             f"another text; the first, read from {where}, is kept", doc.line))
        return False

def kind_of(value: object) -> str:
    """What a JSON value is, for messages: "a number", "a list", "an object", ..."""
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), type(value).__name__)
