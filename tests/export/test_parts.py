"""kg.export._parts: pieces by key, each written whole or not at all, pruned, never in the way."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from kg.export._parts import Parts, digest


def _pieces(folder: Path, family: str = "rdf") -> dict[str, bytes | None]:
    """What a new build finds kept, by file name (temporary files included), pruning nothing."""
    names = sorted(p.name for p in (folder / family).glob("*/*"))
    parts = Parts(folder, family, version="v")
    found = {name: parts.get(name) if name.isalnum() else None for name in names}
    parts.close(prune=False)
    return found


def test_digest_tells_apart_sequences_that_join_to_the_same_text() -> None:
    assert digest("ab", "c") != digest("a", "bc")
    assert digest(None) != digest("")
    assert digest(1, "x") == digest("1", b"x")
    assert len(digest("a")) == 40 and digest("a").isalnum()


def test_a_piece_made_in_one_build_is_read_back_in_the_next(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.get("k1") is None
        assert parts.make("k1", lambda: b"piece") == b"piece"
        assert parts.make("k2", lambda: b"") == b""
    calls = []
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.make("k1", lambda: calls.append(1) or b"other") == b"piece"
        assert parts.get("k2") == b""
    assert calls == []


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


def _write_and_die(folder: Path) -> None:
    parts = Parts(folder, "rdf", version="v")
    parts.put("whole", b"w")
    path = folder / "rdf" / "ha" / "half"
    path.parent.mkdir()
    with open(path.with_name(f"half.{os.getpid()}.tmp"), "wb") as out:
        out.write(b"x" * 1000)
        out.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_build_leaves_no_half_written_piece_and_its_leftovers_are_pruned(
        tmp_path: Path) -> None:
    child = multiprocessing.get_context("fork").Process(target=_write_and_die, args=(tmp_path,))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert _pieces(tmp_path)["whole"] == b"w"
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.get("half") is None
        assert parts.get("whole") == b"w"
    assert _pieces(tmp_path) == {"whole": b"w"}


@pytest.mark.parametrize("damage", [b"", b"\0" * 40, b"cut short"])
def test_a_damaged_piece_is_taken_for_missing(tmp_path: Path, damage: bytes) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        parts.put("k", b"a piece of some length")
    path = next((tmp_path / "rdf").glob("*/k"))
    path.write_bytes(damage or path.read_bytes()[:-1])
    with Parts(tmp_path, "rdf", version="v") as parts:
        assert parts.get("k") is None
        assert parts.make("k", lambda: b"made") == b"made"
    assert _pieces(tmp_path) == {"k": b"made"}


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


def test_a_key_is_a_file_name(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts, pytest.raises(ValueError):
        parts.put("../outside", b"1")


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


def test_a_piece_that_cannot_be_written_stops_the_keeping_not_the_build(tmp_path: Path) -> None:
    with Parts(tmp_path, "rdf", version="v") as parts:
        os.chmod(tmp_path / "rdf", 0o500)
        try:
            assert parts.make("k", lambda: b"made") == b"made"
        finally:
            os.chmod(tmp_path / "rdf", 0o700)
        if os.geteuid() != 0:  # root writes anyway
            assert not parts.enabled
