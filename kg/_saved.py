"""Data derived once per installation from packaged files, saved in :func:`kg.config.cache_home`
as ``marshal`` of plain values (dicts, tuples, strings, numbers) and read back in milliseconds.

The saved file's name holds a digest of every source it is derived from (the data files and
the code that reads them) and of Python's marshal format, so an edit of any of them makes a new
one; a file that is missing, unreadable or not marshal is derived again. Nothing here depends
on the documents of a build, so ``--no-cache`` does not turn it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.config import cache_home
from kg.export._atomic import atomic_open

__all__ = ["saved"]


def saved(name: str, sources: Iterable[Path], derive: Callable[[], Any], salt: str = "") -> Any:
    """The value *derive* returns, from the copy saved under *name* and a digest of *sources*
    (and of *salt*, what else the value depends on) when there is one, else derived and saved
    (when the cache folder allows)."""
    digest = hashlib.sha256(f"{marshal.version}{salt}".encode())
    for source in sources:
        digest.update(source.read_bytes())
    path = cache_home() / f"{name}-{digest.hexdigest()[:20]}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return marshal.loads(path.read_bytes())
    value = derive()
    with contextlib.suppress(OSError), atomic_open(path) as handle:
        handle.write(marshal.dumps(value))
    return value
