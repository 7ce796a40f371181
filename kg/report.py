"""What a run met on its way: inputs read, documents yielded, inputs skipped, warnings by kind.

The readers fill a :class:`Report` as they go; the CLI prints :meth:`Report.summary` (one line
per kind of warning instead of one line per document) and writes :meth:`Report.to_json` as
``kg-report.json`` beside the exports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EXAMPLES", "Problem", "Report", "WarningGroup"]

EXAMPLES = 5
"""How many examples each group of warnings keeps (the count covers them all)."""

_KINDS = {  # kind -> what each warning is about, for one and for several
    "no_date": ("document had no date", "documents had no date"),
    "bad_date": ("document had a date that is not an ISO date (YYYY-MM-DD) and was built "
                 "undated", "documents had a date that is not an ISO date (YYYY-MM-DD) and "
                 "were built undated"),
    "bad_field": ("record had a field of the wrong type, which was ignored",
                  "records had a field of the wrong type, which was ignored"),
    "encoding": ("file was not UTF-8 and was decoded with a guessed encoding",
                 "files were not UTF-8 and were decoded with a guessed encoding"),
    "bad_bytes": ("file or record had bytes that are not in its encoding, read as U+FFFD",
                  "files or records had bytes that are not in their encoding, read as U+FFFD"),
    "ignored": ("file in the folders given is not of a type kg reads and was not read",
                "files in the folders given are not of a type kg reads and were not read"),
    "folder_repeat": ("folder was reached twice through symbolic links and read once",
                      "folders were reached twice through symbolic links and read once"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: its file, its line (or record) and what is wrong."""

    path: str
    line: int | None
    message: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "reason": self.message}


@dataclass
class WarningGroup:
    """All warnings of one kind: how many, and the first few."""

    kind: str
    count: int = 0
    examples: list[Problem] = field(default_factory=list)

    @property
    def about(self) -> str:
        """What the warnings are about, e.g. "documents had no date"."""
        one, many = _KINDS.get(self.kind, (self.kind.replace("_", " "),) * 2)
        return one if self.count == 1 else many


@dataclass
class Report:
    """What the readers met: filled while documents are read, complete once they all are.

    ``inputs`` counts the files opened, ``documents`` the documents yielded, ``repeats`` the
    records dropped silently because an earlier one had the same id and the same text.
    """

    inputs: int = 0
    documents: int = 0
    repeats: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: dict[str, WarningGroup] = field(default_factory=dict)

    def skip(self, problem: Problem) -> None:
        """Record an input (file, line or record) that was left out, and why."""
        self.skipped.append(problem)

    def warn(self, kind: str, problem: Problem) -> None:
        """Record a warning of *kind* (``no_date``, ``bad_date``, ``encoding``, ...)."""
        group = self.warnings.setdefault(kind, WarningGroup(kind))
        group.count += 1
        if len(group.examples) < EXAMPLES:
            group.examples.append(problem)

    def merge(self, other: Report) -> None:
        """Add what *other* (e.g. a worker's report) met to this report."""
        self.inputs += other.inputs
        self.documents += other.documents
        self.repeats += other.repeats
        self.skipped += other.skipped
        for kind, group in other.warnings.items():
            mine = self.warnings.setdefault(kind, WarningGroup(kind))
            mine.count += group.count
            mine.examples += group.examples[: EXAMPLES - len(mine.examples)]

    def summary(self, see: str | None = "kg-report.json") -> list[str]:
        """One line per kind of warning and one for the skipped inputs, e.g.
        ``312 documents had no date: a.jsonl:1, a.jsonl:2, ... (see kg-report.json)``."""
        tail = f" (see {see})" if see else ""
        lines = []
        for kind in sorted(self.warnings):
            group = self.warnings[kind]
            places = ", ".join(p.where for p in group.examples)
            more = ", ..." if group.count > len(group.examples) else ""
            lines.append(f"{group.count} {group.about}: {places}{more}{tail}")
        if self.skipped:
            lines.append(f"{len(self.skipped)} input{'' if len(self.skipped) == 1 else 's'} "
                         f"skipped, each named above{tail}")
        return lines

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON data, for ``kg-report.json``."""
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "repeats": self.repeats,
            "skipped": [p.to_json() for p in self.skipped],
            "warnings": {
                kind: {
                    "count": group.count,
                    "about": group.about,
                    "examples": [p.to_json() for p in group.examples],
                }
                for kind, group in sorted(self.warnings.items())
            },
        }

    def dumps(self) -> str:
        """:meth:`to_json` as indented, key-sorted JSON text ending with a line break."""
        return json.dumps(self.to_json(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
