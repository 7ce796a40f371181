"""Imports with a module stood in for: kg leaves out, while a third-party package imports, a
module of it that a build never uses (spaCy's command line, igraph's matplotlib plotting)."""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Iterator

__all__ = ["standing_in"]


@contextlib.contextmanager
def standing_in(name: str, stand_in: types.ModuleType | None) -> Iterator[None]:
    """*stand_in* as the module *name* while the block runs (None: importing *name* fails, and
    a package that imports it optionally goes on without it), then *name* unimported again
    unless the block replaced it, so that a later import gets the real module."""
    sys.modules[name] = stand_in  # type: ignore[assignment]
    try:
        yield
    finally:
        if name in sys.modules and sys.modules[name] is stand_in:
            del sys.modules[name]
