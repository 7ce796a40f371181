"""Write a file all at once: to a temporary file beside it, then rename over the target.

A crash or a bad record half way never leaves a truncated export where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO]:
    """Open a temporary file next to *path* and move it onto *path* only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def open_dest(dest: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    """*dest* itself when it is a binary file, else an atomic writer onto the path."""
    if isinstance(dest, str | os.PathLike):
        with atomic_open(dest, "wb") as handle:
            yield handle
    else:
        yield dest
