"""The record cache: per-document analysis kept on disk, so a re-run parses only what changed.

A record is what the per-document stage returns for one document (mentions, actor groups,
events; see :func:`kg.analysis.analyse`). It is stored under a key made of the document's own
content and the run's *fingerprint*: kg's code and data files, the spaCy model and the user's
dictionaries. Change any of them and every record is made anew; add an article and only it is
parsed; remove one and the next build simply no longer reads its record.

Beside the records, ``exports.json`` remembers which export folders hold the exports of which
inputs, so that a build of unchanged inputs writes nothing (:class:`ExportsManifest`).

The records are one SQLite file: each batch of records is one transaction, so a run killed at any
moment leaves every record it committed intact and nothing half written. Records are pickled:
treat a cache folder like code and use only caches that kg runs of your own wrote.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.model import Document
from kg.report import Report

log = logging.getLogger("kg.cache")

__all__ = [
    "ExportsManifest",
    "RecordCache",
    "code_digest",
    "document_key",
    "exports_key",
    "fingerprint",
    "pack",
    "unpack",
]

_FORMAT = 2  # bump when the table layout or a record's bytes change
_PACKAGE = Path(__file__).resolve().parent


def document_key(document: Document) -> str:
    """A digest of everything the per-document stage reads of *document*."""
    fields = [
        document.id,
        document.text,
        document.date.isoformat() if document.date else "",
        document.date_basis,
        document.title or "",
        document.url or "",
    ]
    digest = hashlib.sha256()
    for value in fields:
        encoded = value.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()


def fingerprint(model: str, dictionaries: Iterable[str | Path] = ()) -> str:
    """A digest of what makes one record differ from another for the same document: kg's code
    and data, the spaCy model (its name, version and folder's meta.json) and the dictionaries."""
    digest = hashlib.sha256(f"kg-cache-{_FORMAT}".encode())
    _add_package(digest)
    digest.update(_model_identity(model).encode())
    for given in dictionaries:
        try:
            digest.update(hashlib.sha256(Path(given).read_bytes()).digest())
        except OSError as exc:
            raise ConfigError(f"{given}: cannot read the dictionary ({exc.strerror})") from None
    return digest.hexdigest()


def code_digest() -> str:
    """A short digest of kg's code and data as imported (every file of the package folder):
    names the code an evaluation ran, which a checkout in the working directory decides."""
    digest = hashlib.sha256(b"kg-code")
    _add_package(digest)
    return digest.hexdigest()[:16]


def _add_package(digest: Any) -> None:
    """Feed *digest* each source and data file of the package folder, by relative path."""
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and _source(p)):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _source(path: Path) -> bool:
    return "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}


def _model_identity(model: str) -> str:
    """Name, version and meta.json digest of a spaCy pipeline, without loading it."""
    folder = Path(model)
    name = model
    if not folder.is_dir():
        spec = importlib.util.find_spec(model) if model.isidentifier() else None
        if spec is None or spec.origin is None:
            return f"model:{model}"
        folder = Path(spec.origin).parent
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            name = f"{model}=={importlib.metadata.version(model.replace('_', '-'))}"
    metas = sorted(folder.rglob("meta.json"))
    meta = hashlib.sha256(metas[0].read_bytes()).hexdigest() if metas else ""
    return f"model:{name}:{meta}"


def pack(record: Any) -> bytes:
    """*record* pickled and compressed, after the CRC-32 of the compressed bytes: how the cache
    stores it, and how a build holds the records until their merge (a tenth of their size in
    memory as objects)."""
    data = zlib.compress(pickle.dumps(record, protocol=5), 1)
    return zlib.crc32(data).to_bytes(4, "little") + data


def unpack(data: bytes) -> Any:
    """The record :func:`pack` made *data* of."""
    return pickle.loads(zlib.decompress(memoryview(data)[4:]))


def _whole(data: bytes) -> bool:
    """Whether *data* is as :func:`pack` made it, by its CRC-32: a damaged record is found
    without decompressing every record read (which cost a re-run of 982 records 0.04 s)."""
    return len(data) > 4 and zlib.crc32(memoryview(data)[4:]) == int.from_bytes(data[:4], "little")


class RecordCache:
    """Records by document key, for one fingerprint, in ``<folder>/records.sqlite``.

    Parameters
    ----------
    folder : path
        Created when missing.
    fingerprint : str
        From :func:`fingerprint`; records made under another fingerprint are never returned,
        and :meth:`prune` deletes them.
    """

    def __init__(self, folder: str | Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.folder / "records.sqlite", timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS records (fingerprint TEXT NOT NULL, "
                "key TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (fingerprint, key))"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"{self.folder}: cannot use this folder as the cache ({exc}); "
                              "pass another --cache or --no-cache") from None

    def get(self, keys: Iterable[str]) -> dict[str, Any]:
        """The cached records of *keys* (those found; a damaged entry counts as missing)."""
        found: dict[str, Any] = {}
        for key, data in self.get_packed(keys).items():
            with contextlib.suppress(Exception):
                found[key] = unpack(data)
        return found

    def get_packed(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The cached records of *keys* as :func:`pack` made them, not unpickled (those found
        whole)."""
        found: dict[str, bytes] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._db.execute(
                f"SELECT key, data FROM records WHERE fingerprint = ? AND key IN "
                f"({', '.join('?' * len(chunk))})",
                [self.fingerprint, *chunk],
            )
            found.update((key, data) for key, data in rows if _whole(data))
        return found

    def put(self, records: Mapping[str, Any]) -> None:
        """Store *records* (key -> record) in one transaction."""
        self.put_packed({key: pack(record) for key, record in records.items()})

    def put_packed(self, records: Mapping[str, bytes]) -> None:
        """Store *records* (key -> :func:`pack` of the record) in one transaction."""
        rows = [(self.fingerprint, key, data) for key, data in records.items()]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows)

    def keys(self) -> Iterator[str]:
        """Keys of this fingerprint's records."""
        rows = self._db.execute("SELECT key FROM records WHERE fingerprint = ?",
                                [self.fingerprint])
        yield from (key for (key,) in rows)

    def prune(self, keep: Iterable[str] | None = None) -> int:
        """Delete records of other fingerprints and, given *keep*, this fingerprint's records
        not in it; returns how many were deleted."""
        with self._db:
            deleted = self._db.execute(
                "DELETE FROM records WHERE fingerprint != ?", [self.fingerprint]
            ).rowcount
            if keep is not None:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM keep")
                self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)",
                                     ((k,) for k in keep))
                deleted += self._db.execute(
                    "DELETE FROM records WHERE fingerprint = ? AND key NOT IN "
                    "(SELECT key FROM keep)", [self.fingerprint]
                ).rowcount
        return deleted

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def __len__(self) -> int:
        (count,) = self._db.execute(
            "SELECT COUNT(*) FROM records WHERE fingerprint = ?", [self.fingerprint]
        ).fetchone()
        return int(count)


def exports_key(fingerprint: str, records: Iterable[str], report: Report) -> str:
    """A digest of what a build's exports are made of: the *fingerprint* of kg's code, model
    and dictionaries, the document keys of *records* (with whatever else the caller adds to
    them: the build adds each document's file and line) and the *report*."""
    digest = hashlib.sha256(f"kg-exports\0{fingerprint}\0".encode())
    for key in sorted(records):
        digest.update(key.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    digest.update(report.dumps().encode("utf-8"))
    return digest.hexdigest()


class ExportsManifest:
    """``exports.json`` in the cache folder: for each export folder written with this cache,
    the :func:`exports_key` of its build, its counts and the size and modification time of
    every file;
    an instance answers for the build of *key*."""

    def __init__(self, cache: Path, key: str) -> None:
        self.path = Path(cache) / "exports.json"
        self.key = key
        self.parts = Path(cache) / "parts"
        """Where the writers keep the pieces of their files between builds (see
        :func:`kg.export.write_all`)."""

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def _files(out: Path) -> dict[str, list[int]]:
        files = {}
        for path in sorted(out.rglob("*")):
            if path.is_file():
                stat = path.stat()
                files[path.relative_to(out).as_posix()] = [stat.st_size, stat.st_mtime_ns]
        return files

    def unchanged(self, out: str | os.PathLike[str]) -> tuple[list[Path], dict[str, int]] | None:
        """The files of *out* and the counts recorded with them when they are those a build of
        this key wrote, else None."""
        folder = Path(out).resolve()
        entry = self._read().get(str(folder))
        if not isinstance(entry, dict) or entry.get("key") != self.key or not folder.is_dir():
            return None
        counts = entry.get("counts")
        if not isinstance(counts, dict):
            return None
        files = self._files(folder)
        if not files or files != entry.get("files"):
            return None
        return [folder / name for name in files], counts

    def record(self, out: str | os.PathLike[str], counts: Mapping[str, int]) -> None:
        """Remember that *out* now holds the exports of this key, with *counts* (how many
        documents, actors, ... they hold: a build that finds them current tells them without
        merging). Best effort: a manifest that cannot be written only means the next build
        writes again."""
        folder = Path(out).resolve()
        data = self._read()
        data[str(folder)] = {"key": self.key, "files": self._files(folder),
                             "counts": dict(counts)}
        staged = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            staged.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(staged, self.path)
        except OSError as exc:
            log.warning("%s: cannot record the exports (%s)", self.path, exc.strerror)
            staged.unlink(missing_ok=True)
