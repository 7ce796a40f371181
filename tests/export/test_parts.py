"""kg.export._parts: pieces by key, committed at the end of a build, pruned, never in the way."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from kg.export._parts import Parts, digest


def _pieces(folder: Path, family: str = "rdf") -> dict[str, bytes]:
    """What a new build finds kept, without pruning anything."""
    parts = Parts(folder, family, version="v")
    found = {}
    assert parts._db is not None
    for (key,) in parts._db.execute("SELECT key FROM pieces ORDER BY key").fetchall():
        found[key] = parts.get(key)
    parts.close(prune=False)
    return found


def test_digest_tells_apart_sequences_that_join_to_the_same_text() -> None:
    assert digest("ab", "c") != digest("a", "bc")
    assert digest(None) != digest("")
    assert digest(1, "x") == digest("1", b"x")
    assert len(digest("a")) == 40


def test_a_piece_made_in_one_build_is_read_back_in_the_next(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.get("k") is None
        assert parts.make("k", lambda: b"piece") == b"piece"
    calls = []
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.make("k", lambda: calls.append(1) or b"other") == b"piece"
    assert calls == []
    assert (tmp_path / "rdf" / "pieces.sqlite").is_file()


def test_pieces_the_latest_build_did_not_use_are_pruned(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("old", b"1")
        parts.put("kept", b"2")
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.get("kept")
        parts.put("new", b"3")
    assert _pieces(tmp_path) == {"kept": b"2", "new": b"3"}


def test_a_failed_build_keeps_what_it_made_and_prunes_nothing(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("old", b"1")
    with pytest.raises(RuntimeError), Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("new", b"2")
        raise RuntimeError
    assert _pieces(tmp_path) == {"old": b"1", "new": b"2"}


def _put_and_die(folder: Path) -> None:
    parts = Parts(folder, "rdf", version="v")
    parts.put("half", b"x" * 100_000)
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_build_adds_nothing(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("old", b"1")
    child = multiprocessing.get_context("fork").Process(target=_put_and_die, args=(tmp_path,))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert _pieces(tmp_path) == {"old": b"1"}


def test_pieces_of_another_version_are_never_read(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v1") as parts:
        parts.put("k", b"old code")
    with Parts(tmp_path, "rdf", version="v2") as parts:
        assert parts.get("k") is None


def test_families_keep_their_own_pieces(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("k", b"rdf")
    with Parts(tmp_path, "graphml", version="v") as parts:
        assert parts.get("k") is None
        parts.put("k", b"graphml")
    assert _pieces(tmp_path, "rdf") == {"k": b"rdf"}


def test_a_damaged_store_is_made_anew(tmp_path: Path) -> None:
    (tmp_path / "rdf").mkdir()
    (tmp_path / "rdf" / "pieces.sqlite").write_bytes(b"not a database" * 100)
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.enabled
        assert parts.make("k", lambda: b"made") == b"made"
    assert _pieces(tmp_path) == {"k": b"made"}


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    with Parts(None, "rdf") as parts:
        assert not parts.enabled
        parts.put("k", b"1")
        assert parts.get("k") is None
        assert parts.make("k", lambda: b"2") == b"2"
    assert list(tmp_path.iterdir()) == []


def test_an_unusable_folder_only_means_nothing_is_kept(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with Parts(blocker, "rdf", version="v") as parts:
        assert not parts.enabled
        assert parts.make("k", lambda: b"made") == b"made"


def test_a_store_locked_by_another_build_is_not_waited_for_forever(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as first:
        first.put("a", b"1")  # holds the write lock until the block ends
        second = Parts(tmp_path, "rdf", version="v")
        second._db.execute("PRAGMA busy_timeout = 10")  # type: ignore[union-attr]
        second.put("b", b"2")
        assert not second.enabled
        assert second.make("b", lambda: b"2") == b"2"
        second.close()
    assert _pieces(tmp_path) == {"a": b"1"}
