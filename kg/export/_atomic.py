"""Atomic writes: one file, several files into a folder, or a whole export folder.

A crash, a bad record or a kill half way never leaves a truncated file where a good one was,
a folder holding files of two different builds, or a staging folder the next run cannot clean.

- :func:`atomic_open`: one file, through a temporary file renamed over the target.
- :func:`write_files`: several files into a folder: all are written to temporary files first
  and renamed into place only when every one succeeded (:func:`write_together`: the same for
  one writer of several files at once).
- :func:`replace_folder`: a whole export folder. The new files are staged in a sibling folder
  (``.NAME.kg-new``), the old folder is moved aside (``.NAME.kg-old``), the new one renamed into
  place, and the old one removed. A lock file (``.NAME.kg-lock``) keeps two builds apart. A run
  killed at any point leaves either the old folder in place or the new one, except between the
  two renames, when only ``.NAME.kg-old`` exists; the next run (or :func:`recover`) moves it
  back, and removes any leftover staging folder.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import errno
import gc
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from kg._gc import gc_paused, refreeze
from kg.errors import ExportError

__all__ = [
    "UNENCODABLE",
    "atomic_open",
    "gc_paused",
    "open_dest",
    "pause_at",
    "recover",
    "release",
    "replace_folder",
    "text_writer",
    "write_chunks",
    "write_files",
    "write_together",
]

UNENCODABLE = "kg-replacement-character"
"""Codec error handler writing U+FFFD for what UTF-8 cannot encode (a lone surrogate from
undecodable input): one character for one, so text offsets still hold."""

codecs.register_error(
    UNENCODABLE,
    lambda exc: ("\ufffd".encode() * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeEncodeError) else codecs.strict_errors(exc))


def text_writer(out: IO[bytes]) -> io.TextIOWrapper:
    """A UTF-8 text layer over *out* for the csv module (detach it when done)."""
    return io.TextIOWrapper(out, encoding="utf-8", errors=UNENCODABLE, newline="")

PAUSE_ENV = "KG_EXPORT_PAUSE"
"""Names a point of :func:`replace_folder` (``staging``, ``staged``, ``moved-aside``,
``swapped``) where the process stops and waits to be killed: the kill tests use it."""


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


def release() -> None:
    """Collect what the last stage left (a networkx graph is a reference cycle) and hand the
    C heap's free pages back to the system, so the next stage's peak does not stack on the
    last one's. What survives is frozen while a freeze is in progress (:func:`kg._gc.refreeze`):
    the next stage's collection walks only what that stage made."""
    gc.collect()
    refreeze()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)  # glibc only: elsewhere memory stays with the process


def write_chunks(out: IO[bytes], chunks: Iterable[str]) -> None:
    """Write the text *chunks* to *out* as UTF-8, a few thousand at a time."""
    batch: list[str] = []
    with gc_paused():
        for chunk in chunks:
            batch.append(chunk)
            if len(batch) >= 4096:
                out.write("".join(batch).encode("utf-8", UNENCODABLE))
                batch.clear()
        out.write("".join(batch).encode("utf-8", UNENCODABLE))


Writer = Callable[[IO[bytes]], object]


def write_files(folder: str | os.PathLike[str], files: Iterable[tuple[str, Writer]]) -> list[Path]:
    """Write several files into *folder*, all or none.

    Parameters
    ----------
    folder
        Where the files go; created if missing.
    files
        ``(name, writer)`` pairs; each writer gets a binary file to write the named file into
        (its ``name`` is the path of that temporary file, which a later writer may read).

    Returns
    -------
    list of Path
        The files written, in the order given. If a writer fails, no file of *folder* changed.
    """
    with _staging(folder) as stage:
        for name, writer in files:
            with open(stage(name), "wb") as handle:
                writer(handle)
    return stage.targets


def write_together(folder: str | os.PathLike[str], names: Iterable[str],
                   writer: Callable[[dict[str, IO[bytes]]], object]) -> list[Path]:
    """:func:`write_files` for one *writer* that writes several files at once: it gets a binary
    file per name (by name), and the files replace those of *folder* only if it succeeds.

    Returns
    -------
    list of Path
        The files written, in the order of *names*.
    """
    with _staging(folder) as stage, contextlib.ExitStack() as handles:
        writer({name: handles.enter_context(open(stage(name), "wb")) for name in names})
    return stage.targets


class _Stage:
    """Temporary files in a folder, each standing for a named file of it (see :func:`_staging`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.staged: list[tuple[str, Path]] = []

    def __call__(self, name: str) -> str:
        """The path of a new temporary file that will replace *name*."""
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
        os.close(fd)
        self.staged.append((tmp, self.folder / name))
        return tmp

    @property
    def targets(self) -> list[Path]:
        """The files staged, in the order they were."""
        return [target for _, target in self.staged]


@contextlib.contextmanager
def _staging(folder: str | os.PathLike[str]) -> Iterator[_Stage]:
    """Stage files in *folder* (created if missing): when the block succeeds, every staged file
    replaces its target; whatever happens, no temporary file is left behind."""
    stage = _Stage(Path(folder))
    stage.folder.mkdir(parents=True, exist_ok=True)
    try:
        yield stage
        for tmp, _ in stage.staged:
            os.chmod(tmp, 0o644)
        for tmp, target in stage.staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in stage.staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def _sibling(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.kg-{kind}"


def pause_at(point: str) -> None:
    """Stop here until killed when $KG_EXPORT_PAUSE names *point* (for the kill tests)."""
    if os.environ.get(PAUSE_ENV) == point:
        print(f"kg: paused at {point}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)


def recover(out: str | os.PathLike[str]) -> None:
    """Bring *out* back to a whole export after a killed run, and remove its leftovers.

    Moved aside but not yet replaced: the old folder goes back. Replaced but the old one not
    yet removed, or staged but not swapped: the leftover is removed, and so is the lock file.

    Raises
    ------
    ExportError
        Another kg process is writing into *out*.
    """
    target = Path(out).absolute()
    with _lock(target):
        _recover(target)


def _recover(target: Path) -> None:
    old, new = _sibling(target, "old"), _sibling(target, "new")
    if old.exists():
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(old, target)
    if new.exists():
        shutil.rmtree(new, ignore_errors=True)


@contextlib.contextmanager
def _lock(out: Path) -> Iterator[None]:
    """Hold ``.NAME.kg-lock`` beside *out*; another holder makes this fail with its pid."""
    import fcntl

    path = _sibling(out, "lock")
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            raise ExportError(
                f"{out}: another kg process (pid {holder}) is writing these exports; wait for it "
                f"to finish, or remove {path} if no such process runs") from None
        # The previous holder may have removed the file between our open and our lock.
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)


def _check(out: Path) -> None:
    """One clear error when *out* cannot be an export folder kg may replace."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder; choose a folder for --out")
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"{parent}: exists and is not a folder") from None
    except OSError as exc:
        raise ExportError(f"{parent}: cannot create the folder ({exc.strerror})") from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{parent}: permission denied; kg cannot write beside {out.name}")
    # No write bit at all is read-only even for root, who would be allowed to replace it.
    if out.exists() and (not os.access(out, os.W_OK | os.X_OK) or not out.stat().st_mode & 0o222):
        raise ExportError(f"{out}: permission denied: the folder is read-only; make it "
                          "writable or choose another --out")


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _carry_over(old: Path, new: Path) -> None:
    """Give *new* every entry of *old* it lacks (files the user put there): hard links, or
    copies across devices, so the old folder stays whole until the swap."""
    for entry in old.iterdir():
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink():
            if target.is_dir() and not target.is_symlink():
                _carry_over(entry, target)
            elif not target.exists() and not target.is_symlink():
                shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        elif not target.exists() and not target.is_symlink():
            if entry.is_symlink():
                os.symlink(os.readlink(entry), target)
            else:
                _link_or_copy(str(entry), str(target))


@contextlib.contextmanager
def replace_folder(out: str | os.PathLike[str]) -> Iterator[Path]:
    """Stage a new version of the folder *out*, then put it in place of the old one whole.

    Yields an empty staging folder beside *out*. When the block succeeds, entries of the old
    *out* that the staging folder lacks are carried over (so files of the user's own survive),
    and the staging folder replaces *out*. When it fails or is interrupted, *out* is untouched
    and the staging folder removed.

    Raises
    ------
    ExportError
        *out* is a file, a folder kg may not write, or another kg process holds its lock.
    """
    target = Path(out).absolute()
    _check(target)
    try:
        with _lock(target):
            _recover(target)
            staging = _sibling(target, "new")
            staging.mkdir()
            try:
                yield staging
                pause_at("staged")
                if target.exists():
                    _carry_over(target, staging)
                    os.rename(target, _sibling(target, "old"))
                    pause_at("moved-aside")
                os.rename(staging, target)
                pause_at("swapped")
            finally:
                _recover(target)
    except PermissionError as exc:
        raise ExportError(f"{exc.filename or target}: permission denied ({exc.strerror})") \
            from exc
