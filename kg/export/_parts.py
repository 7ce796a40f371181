"""Formatted pieces of export files kept between builds, so that a re-run formats only what changed.

A writer family (``rdf``, ``graphml``, ...) keeps its pieces in ``<parts>/<family>/``: bytes by
key, where a key is a :func:`digest` of everything the piece is made from. A writer asks for a
piece by key and formats it only when it is missing::

    with Parts(parts_folder, "rdf") as parts:
        data = parts.make(digest("document", document_key, label), lambda: format_document(...))

Guarantees:

- **Atomic.** A piece is a file written under a temporary name and renamed into place, with its
  length and a mark at its end: a killed run never leaves a half-written piece that is read
  back, and a piece cut short or zeroed by a crash is taken for missing.
- **Bounded.** When the block succeeds, the pieces it neither read nor wrote are deleted, and so
  are temporary files a killed run left: the folder holds the pieces of the latest build only.
- **Never in the way.** A folder that is missing, unwritable, damaged or written by other code
  (``version``) only means pieces are formatted again: :meth:`Parts.get` answers None, and
  :meth:`Parts.put` forgets. A folder of None keeps nothing.

A piece must be a pure function of its key: a key that misses one of the piece's inputs makes
stale files. Pieces are files rather than rows of a database because a writer reads back
hundreds of megabytes of them: a file is read at the speed of a memory copy.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

__all__ = ["Parts", "digest"]

log = logging.getLogger("kg.export.parts")

_FORMAT = "kg-parts 2"
"""Bump when the layout of the folder or of a piece changes."""

_MARK = b"kg-part\n"
"""What every piece ends with, after its length (8 bytes, little-endian)."""

_END = len(_MARK) + 8


def digest(*values: str | bytes | int | None) -> str:
    """A key for a piece: a digest of *values*, each length-prefixed so that no two different
    sequences of values give the same bytes (``None`` differs from ``""``)."""
    hasher = hashlib.blake2b(digest_size=20)
    for value in values:
        if value is None:
            hasher.update(b"\xff")
            continue
        if isinstance(value, int):
            value = str(value)
        data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


@functools.cache
def _code() -> str:
    """A digest of kg's code and data: pieces made by other code are never reused."""
    from kg.cache import code_digest

    return code_digest()


class Parts:
    """The pieces of one writer family, by key; a context manager that prunes when done.

    Parameters
    ----------
    folder
        The build's parts folder (``<cache>/parts``), or None to keep nothing.
    family
        The writer family: its pieces live in ``folder/family/``.
    version
        What else the pieces depend on beside their keys (default: a digest of kg's code);
        the pieces of another version are deleted.
    """

    def __init__(self, folder: str | Path | None, family: str, version: str | None = None) -> None:
        self._used: set[str] = set()
        self._folder: str | None = None
        if folder is not None:
            prepared = _prepare(Path(folder) / family,
                                f"{_FORMAT}\n{_code() if version is None else version}\n")
            self._folder = None if prepared is None else str(prepared)

    @property
    def enabled(self) -> bool:
        """True when pieces are kept (a usable folder was given)."""
        return self._folder is not None

    def _path(self, key: str) -> str | None:
        """Where the piece of *key* is kept, if pieces are kept."""
        if not key.isalnum() or not key.isascii():
            raise ValueError(f"a piece's key is letters and digits: {key!r}")
        if self._folder is None:
            return None
        return os.path.join(self._folder, key[:2], key)

    def get(self, key: str) -> bytes | None:
        """The piece of *key*, or None when it is not kept (or not whole)."""
        path = self._path(key)
        self._used.add(key)
        if path is None:
            return None
        try:
            with open(path, "rb") as piece:
                size = os.fstat(piece.fileno()).st_size - _END
                data, end = piece.read(max(size, 0)), piece.read()
        except OSError:
            return None
        if size < 0 or end != size.to_bytes(8, "little") + _MARK:
            return None
        return data

    def put(self, key: str, data: bytes) -> None:
        """Keep *data* as the piece of *key*."""
        path = self._path(key)
        self._used.add(key)
        if path is None:
            return
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as out:
                out.write(data)
                out.write(len(data).to_bytes(8, "little"))
                out.write(_MARK)
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            log.warning("parts: cannot keep a piece (%s); pieces are formatted anew", exc)
            self._folder = None

    def make(self, key: str, build: Callable[[], bytes]) -> bytes:
        """The piece of *key*: the kept one, or ``build()`` kept."""
        found = self.get(key)
        if found is None:
            found = build()
            self.put(key, found)
        return found

    def close(self, prune: bool = True) -> None:
        """Stop keeping pieces; with *prune*, delete every piece this instance neither read nor
        wrote, and any temporary file left by a killed run."""
        folder, self._folder = self._folder, None
        if folder is None or not prune:
            return
        with contextlib.suppress(OSError):
            for sub in os.scandir(folder):
                if not sub.is_dir(follow_symlinks=False):
                    continue
                for entry in os.scandir(sub.path):
                    if entry.name not in self._used:
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, failed: type[BaseException] | None, *_: object) -> None:
        self.close(prune=failed is None)


def _prepare(folder: Path, version: str) -> Path | None:
    """*folder*, emptied if it holds pieces of another version, or None if it cannot be used."""
    stamp = folder / "VERSION"
    try:
        try:
            current = stamp.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            current = None
        if current != version:
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            tmp = folder / f"VERSION.{os.getpid()}.tmp"
            tmp.write_text(version, encoding="utf-8")
            os.replace(tmp, stamp)
        return folder
    except OSError as exc:
        log.warning("parts: %s: %s; pieces are not kept", folder, exc)
        return None
