"""Formatted pieces of export files kept between builds, so that a re-run formats only what changed.

A writer family (``rdf``, ``graphml``, ...) keeps its pieces in ``<parts>/<family>/pieces.sqlite``:
bytes by key, where a key is a :func:`digest` of everything the piece is made from. A writer asks
for a piece by key and formats it only when it is missing::

    with Parts(parts_folder, "rdf") as parts:
        data = parts.make(digest(document_key, label, ...), lambda: format_document(...))

Guarantees:

- **Atomic.** The pieces a build adds are committed in one SQLite transaction when the ``with``
  block ends: a killed run adds nothing, and a half-written piece is never read back.
- **Bounded.** When the block succeeds, the pieces it neither read nor wrote are deleted: the
  store holds the pieces of the latest build only.
- **Never in the way.** A store that is missing, damaged, locked by another build or made by other
  code (``version``) only means pieces are formatted again: :meth:`Parts.get` answers None, and
  :meth:`Parts.put` forgets. A folder of None keeps nothing.

A piece must be a pure function of its key: a key that misses one of the piece's inputs makes
stale files.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

__all__ = ["Parts", "digest"]

log = logging.getLogger("kg.export.parts")

_FORMAT = "1"
"""Bump when the table layout changes."""


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
    """The pieces of one writer family, by key; a context manager that commits and prunes.

    Parameters
    ----------
    folder
        The build's parts folder (``<cache>/parts``), or None to keep nothing.
    family
        The writer family: its pieces live in ``folder/family/``.
    version
        What else the pieces depend on beside their keys (default: a digest of kg's code);
        a store of another version is emptied.
    """

    def __init__(self, folder: str | Path | None, family: str, version: str | None = None) -> None:
        self._used: set[str] = set()
        self._db: sqlite3.Connection | None = None
        self._dirty = False
        if folder is not None:
            self._db = _open(Path(folder) / family / "pieces.sqlite",
                             _code() if version is None else version)

    @property
    def enabled(self) -> bool:
        """True when pieces are kept (a usable folder was given)."""
        return self._db is not None

    def get(self, key: str) -> bytes | None:
        """The piece of *key*, or None when it is not kept."""
        self._used.add(key)
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT data FROM pieces WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        return None if row is None else bytes(row[0])

    def put(self, key: str, data: bytes) -> None:
        """Keep *data* as the piece of *key* (committed when the block ends)."""
        self._used.add(key)
        if self._db is None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO pieces VALUES (?, ?)", (key, data))
            self._dirty = True
        except sqlite3.Error as exc:
            self._fail(exc)

    def make(self, key: str, build: Callable[[], bytes]) -> bytes:
        """The piece of *key*: the kept one, or ``build()`` kept."""
        found = self.get(key)
        if found is None:
            found = build()
            self.put(key, found)
        return found

    def close(self, prune: bool = True) -> None:
        """Commit the pieces put and, with *prune*, delete every piece this instance neither
        read nor wrote."""
        db, self._db = self._db, None
        if db is None:
            return
        try:
            if prune:
                db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                db.executemany("INSERT OR IGNORE INTO used VALUES (?)",
                               ((key,) for key in self._used))
                db.execute("DELETE FROM pieces WHERE key NOT IN (SELECT key FROM used)")
                self._dirty = True
            if self._dirty:
                db.commit()
        except sqlite3.Error as exc:
            log.warning("parts: cannot keep the pieces of this build (%s)", exc)
        finally:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def _fail(self, exc: sqlite3.Error) -> None:
        """Stop keeping pieces after a storage error: the build goes on without them."""
        log.warning("parts: %s; pieces are formatted anew", exc)
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.rollback()
                db.close()

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, failed: type[BaseException] | None, *_: object) -> None:
        self.close(prune=failed is None)


def _open(path: Path, version: str) -> sqlite3.Connection | None:
    """The store at *path* for pieces of *version* (emptied if of another one, made anew if
    damaged), or None when it cannot be used."""
    for attempt in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5, isolation_level="DEFERRED")
            try:
                _prepare(db, version)
            except BaseException:
                db.close()
                raise
            return db
        except sqlite3.DatabaseError as exc:
            if attempt or isinstance(exc, sqlite3.OperationalError):  # locked, read-only, ...
                log.warning("parts: %s: %s; pieces are not kept", path, exc)
                return None
            log.warning("parts: %s is damaged (%s); it is made anew", path, exc)
            for leftover in (path, path.with_name(path.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        except OSError as exc:
            log.warning("parts: %s: %s; pieces are not kept", path, exc)
            return None
    return None


def _prepare(db: sqlite3.Connection, version: str) -> None:
    """Create the tables, and empty them when they hold pieces of another version."""
    db.execute("PRAGMA synchronous=NORMAL")
    with db:
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS pieces (key TEXT PRIMARY KEY, data BLOB NOT NULL)"
                   " WITHOUT ROWID")
        row = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        wanted = f"{_FORMAT}:{version}"
        if row is None or row[0] != wanted:
            db.execute("DELETE FROM pieces")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (wanted,))
