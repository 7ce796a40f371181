"""Plain text and Markdown: one article per file, headed by a date line or YAML front matter.

The header is blanked, not cut: every character of it but the line breaks becomes a space, so
``Document.text`` has the length of the file's text and an offset in it is an offset in the
file (see :func:`kg.documents.reading.source_text` for ``"\\r"``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kg.documents.decoding import decode
from kg.documents.reading import Reading, source_text
from kg.errors import InputError
from kg.model import Document

__all__ = ["read_text"]

_HEADER = re.compile(r"\A\s*date(?::[ \t]*|[ \t]+)(\d+[-/.]\d+[-/.]\d+\S*)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*$\n?", re.DOTALL | re.MULTILINE)
_MD_TITLE = re.compile(r"\A\s*#[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_NOT_NEWLINE = re.compile(r"[^\n]")


def read_text(reading: Reading, path: Path, rel: str, data: bytes) -> Document | None:
    """The document of a .txt or .md file's bytes; ``InputError`` if it has no text."""
    if not data:
        raise InputError(path, "file is empty")
    text, guessed, problem = decode(path, data)
    reading.decoded(path, guessed, problem)
    text = source_text(text)
    fields = reading.fields
    meta: dict[str, Any] = {}
    lines: dict[str, int] = {}
    date, basis, end = None, None, 0
    if front := _FRONT_MATTER.match(text):
        meta = _front_matter(reading, path, front.group(1))
        lines = {key: _key_line(front.group(1), key) for key in meta}
        line = lines.get(fields.date, 1)
        date, basis = reading.dated(reading.field(meta, fields.date, path, line),
                                    "front_matter", f"field '{fields.date}'", path, line)
        end = front.end()
    elif header := _HEADER.match(text):
        line = text[: header.start(1)].count("\n") + 1
        date, basis = reading.dated(header.group(1), "header", "header date", path, line)
        end = header.end()
    text = _NOT_NEWLINE.sub(" ", text[:end]) + text[end:]
    if not text.strip():
        raise InputError(path, "file has no text" + (" after its header" if end else ""))

    def field(name: str) -> str | None:
        return reading.field(meta, name, path, lines.get(name))

    title = field(fields.title)
    markdown = path.suffix.lower() in (".md", ".markdown")
    if title is None and markdown and (heading := _MD_TITLE.match(text)):
        title = heading.group(1) or None
    return reading.document(path, field(fields.id) or rel, text, date, basis, title,
                            field(fields.url))


def _front_matter(reading: Reading, path: Path, block: str) -> dict[str, Any]:
    """The front matter's keys and values; a block that is not a YAML mapping is a warning."""
    try:
        meta = yaml.load(block, Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "cannot parse"
        reading.warn("bad_field", path, mark.line + 2 if mark is not None else 2,
                     f"front matter is not valid YAML: {problem}; its fields are ignored")
        return {}
    if not isinstance(meta, dict):
        reading.warn("bad_field", path, 2, "front matter is not a list of 'key: value' lines; "
                     "its fields are ignored")
        return {}
    return meta


def _key_line(block: str, key: str) -> int:
    found = re.search(rf"^{re.escape(key)}[ \t]*:", block, re.MULTILINE)
    return block[: found.start()].count("\n") + 2 if found else 1
