"""Every user-facing error kg raises, in one place; each names the file and line and the fix."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ConfigError", "ExportError", "InputError", "KgError"]


class KgError(Exception):
    """Base class: the CLI prints ``Error: <message>`` and exits 1, never a traceback."""


class InputError(KgError):
    """A document, dictionary or gold file that cannot be read as expected."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ConfigError(KgError):
    """A bad option value: says which values are allowed."""


class ExportError(KgError):
    """An export that could not be written; what was exported before is left intact."""
