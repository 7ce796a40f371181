"""write_all: every format in one folder, all old or all new, one writer at a time."""

from __future__ import annotations

import copy
import dataclasses
import errno
import os
import shutil
from pathlib import Path
from typing import IO

import pytest

import kg.export
import kg.export.png
import kg.graph
from kg.errors import ExportError
from kg.export import write_all
from kg.export._atomic import recover, replace_folder, write_files, write_together
from kg.model import Actor, ActorType, Argument, Extraction, Role
from kg.vocab import actor_iri


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_writes_every_format_and_leaves_no_staging(extraction: Extraction, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    written = write_all(extraction, out)
    assert {p.name for p in written} >= {"graph.ttl", "graph.graphml", "graph.gexf", "events.csv",
                                         "graph.html", "graph.png", "import.cypher"}
    assert all(p.is_file() and out in p.parents for p in written)
    assert sorted(written) == sorted(out / name for name in _files(out))
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_a_failing_writer_leaves_the_previous_exports_untouched(
    extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports"
    write_all(extraction, out)
    before = _files(out)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kg.export.png, "write_png", broken)
    with pytest.raises(OSError, match="disk full"):
        write_all(make_changed(extraction), out)
    assert _files(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


@pytest.mark.parametrize("processes", [2, 3, 4])
def test_more_processes_write_the_same_files(
    extraction: Extraction, tmp_path: Path, processes: int
) -> None:
    one = write_all(extraction, tmp_path / "one")
    more = write_all(extraction, tmp_path / "more", processes=processes)
    assert [p.name for p in one] == [p.name for p in more]
    assert _files(tmp_path / "one") == _files(tmp_path / "more")


@pytest.mark.parametrize("processes", [1, 2, 3, 8])
def test_every_writer_runs_once_whatever_the_processes(processes: int) -> None:
    groups = kg.export._groups(processes)
    assert 1 <= len(groups) <= max(processes, 1)
    assert sorted(t.__name__ for g in groups for t in g) == sorted(
        t.__name__ for t in kg.export._groups(1)[0])
    assert groups[0][0] is kg.export._write_rdf


def test_a_forked_writer_hands_memory_back_between_its_writers_not_after_the_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done: list[str] = []
    released: list[list[str]] = []
    monkeypatch.setattr(kg.export, "release", lambda: released.append(list(done)))

    def _write_actor_graph(*_args: object) -> list[Path]:
        done.append("actors")
        return []

    def _write_event_graph(*_args: object) -> list[Path]:
        done.append("graph")
        return []

    def _write_tables(*_args: object) -> list[Path]:
        done.append("tables")
        return []

    tasks = [_write_actor_graph, _write_tables, _write_event_graph]
    kg.export._write_group(tasks, False, Extraction(), None, None, tmp_path, None)
    assert released == [["actors"], ["actors", "tables", "graph"]]  # this process goes on
    done.clear()
    released.clear()
    kg.export._write_group(tasks, False, Extraction(), None, None, tmp_path, None,
                           True)
    assert released == [["actors"]]  # a forked writer ends with its last writer


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_a_failing_writer_in_either_process_is_raised_and_changes_nothing(
    extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    out = tmp_path / "exports"
    write_all(extraction, out)
    before = _files(out)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ExportError("graph.png: disk full")

    monkeypatch.setattr(kg.export.png, "write_png", broken)  # the forked process's writer
    with pytest.raises(ExportError, match="disk full"):
        write_all(make_changed(extraction), out, processes=processes)
    assert _files(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_a_new_build_replaces_every_file_and_keeps_the_users_own(
    extraction: Extraction, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    write_all(extraction, out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "neo4j" / "my-query.cypher").write_text("MATCH (n) RETURN n", encoding="utf-8")
    stale = out / "graph.ttl"
    stale.write_text("stale", encoding="utf-8")
    written = write_all(make_changed(extraction), out, extra={"kg-report.json": b"{}\n"})
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "neo4j" / "my-query.cypher").is_file()
    assert stale.read_text(encoding="utf-8") != "stale"
    assert out / "kg-report.json" in written
    assert "(renamed)" in (out / "actors.csv").read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_graphs_given_by_the_caller_are_the_ones_written(
    extraction: Extraction, tmp_path: Path
) -> None:
    from kg.graph import actor_graph, event_graph

    full, actors = event_graph(extraction), actor_graph(extraction)
    full.nodes[next(iter(full.nodes))]["label"] = "given by the caller"
    write_all(extraction, tmp_path / "out", graph=full, actor_graph=actors)
    assert b"given by the caller" in (tmp_path / "out" / "graph.graphml").read_bytes()


def test_out_naming_a_file_is_one_clear_error(extraction: Extraction, tmp_path: Path) -> None:
    target = tmp_path / "exports"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError, match="exists and is not a folder"):
        write_all(extraction, target)


def test_out_in_a_missing_folder_is_created(extraction: Extraction, tmp_path: Path) -> None:
    write_all(extraction, tmp_path / "a" / "b" / "exports")
    assert (tmp_path / "a" / "b" / "exports" / "graph.nq").is_file()


def test_a_read_only_export_folder_is_one_clear_error(
    extraction: Extraction, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    write_all(extraction, out)
    before = _files(out)
    out.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_all(make_changed(extraction), out)
    finally:
        out.chmod(0o755)
    assert _files(out) == before


def test_permission_denied_while_staging_is_one_clear_error(
    extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also as root: an EACCES from the file system is reported, not raised as a traceback."""
    real_mkdir = Path.mkdir

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        if self.name.endswith(".kg-new"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", denied)
    with pytest.raises(ExportError, match=r"kg-new: permission denied"):
        write_all(extraction, tmp_path / "exports")
    assert not (tmp_path / "exports").exists()


def test_a_second_writer_into_the_same_folder_fails_naming_the_first(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    with replace_folder(out) as staging:
        (staging / "a.txt").write_text("first", encoding="utf-8")
        with pytest.raises(ExportError, match=rf"another kg process \(pid {os.getpid()}\)"), \
                replace_folder(out):
            pass
    assert (out / "a.txt").read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_a_lock_left_by_a_dead_process_does_not_block(tmp_path: Path) -> None:
    (tmp_path / ".exports.kg-lock").write_text("999999\n", encoding="ascii")
    with replace_folder(tmp_path / "exports") as staging:
        (staging / "a.txt").write_text("new", encoding="utf-8")
    assert (tmp_path / "exports" / "a.txt").is_file()


def _old_and_new(tmp_path: Path) -> tuple[Path, Path, Path]:
    out, old, new = (tmp_path / "exports", tmp_path / ".exports.kg-old",
                     tmp_path / ".exports.kg-new")
    for folder, text in ((old, "old"), (new, "new")):
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
    return out, old, new


def test_recover_puts_back_a_folder_moved_aside(tmp_path: Path) -> None:
    out, old, new = _old_and_new(tmp_path)
    recover(out)
    assert (out / "a.txt").read_text(encoding="utf-8") == "old"
    assert not old.exists() and not new.exists()


def test_recover_removes_the_old_folder_once_replaced(tmp_path: Path) -> None:
    out, _, new = _old_and_new(tmp_path)
    shutil.copytree(new, out)
    shutil.rmtree(new)
    recover(out)
    assert (out / "a.txt").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_the_next_write_cleans_up_what_a_killed_one_left(
    extraction: Extraction, tmp_path: Path
) -> None:
    out, _, _ = _old_and_new(tmp_path)
    write_all(extraction, out)
    assert (out / "a.txt").read_text(encoding="utf-8") == "old"
    assert (out / "graph.nq").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_write_files_is_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"old a")

    def fail(_handle: object) -> None:
        raise ValueError("bad record")

    with pytest.raises(ValueError, match="bad record"):
        write_files(tmp_path, [("a.txt", lambda f: f.write(b"new a")), ("b.txt", fail)])
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"old a"
    assert write_files(tmp_path, [("a.txt", lambda f: f.write(b"new a"))]) == [tmp_path / "a.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"new a"


def test_write_together_is_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"old a")

    def fail(handles: dict[str, IO[bytes]]) -> None:
        handles["a.txt"].write(b"new a")
        raise ValueError("bad record")

    with pytest.raises(ValueError, match="bad record"):
        write_together(tmp_path, ["a.txt", "b.txt"], fail)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"old a"

    def both(handles: dict[str, IO[bytes]]) -> None:
        handles["b.txt"].write(b"b")
        handles["a.txt"].write(b"new a")

    assert write_together(tmp_path, ["a.txt", "b.txt"], both) == [tmp_path / "a.txt",
                                                                  tmp_path / "b.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"new a"
    assert (tmp_path / "b.txt").read_bytes() == b"b"


def make_changed(extraction: Extraction) -> Extraction:
    """The same extraction with one actor renamed, so every export would differ."""
    actors = dict(extraction.actors)
    first = next(iter(actors))
    actors[first].label = actors[first].label + " (renamed)"
    return Extraction(extraction.documents, actors, extraction.events, extraction.relations)


def _variants(base: Extraction) -> list[Extraction]:
    """Changes a new article can make: a longer actor name, another actor type, two actors
    merged into one, an event that links two components, an event gone."""
    first, second, *_ = sorted(base.actors)
    renamed = copy.deepcopy(base)
    renamed.actors[first].label += " of the Northern Provinces"
    retyped = copy.deepcopy(base)
    retyped.actors[second].type = ActorType.GROUP
    merged = copy.deepcopy(base)
    gone = merged.actors.pop(second)
    merged.actors[first].mentions += gone.mentions
    for event in merged.events:
        event.arguments = [dataclasses.replace(a, actor=first) if a.actor == second else a
                           for a in event.arguments]
    linked = copy.deepcopy(base)
    lone = Actor(actor_iri("Kabul"), "Kabul", ActorType.PLACE)
    linked.actors[lone.id] = lone
    extra = copy.deepcopy(linked.events[0])
    extra.id += "-2"
    extra.arguments = [*extra.arguments, Argument(Role.LOCATION, lone.id)]
    linked.events.append(extra)
    fewer = copy.deepcopy(base)
    fewer.events = fewer.events[1:]
    return [renamed, retyped, merged, linked, fewer, base]


@pytest.mark.parametrize(("whole_graph_below", "processes"),
                         [(kg.graph.FA2_MAX_NODES, 1), (0, 1), (0, 3)])
def test_a_parts_folder_gives_the_bytes_of_a_build_without(
    extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    whole_graph_below: int, processes: int,
) -> None:
    """Kept pieces and layouts never change a byte: each change after a build with kept parts
    writes what a build without them writes (0: every graph laid out by components), with any
    number of writing processes."""
    monkeypatch.setattr(kg.graph, "FA2_MAX_NODES", whole_graph_below)
    parts = tmp_path / "parts"
    write_all(extraction, tmp_path / "kept", parts=parts, processes=processes)
    for changed in _variants(extraction):
        write_all(changed, tmp_path / "kept", parts=parts, processes=processes)
        write_all(changed, tmp_path / "fresh")
        assert _files(tmp_path / "kept") == _files(tmp_path / "fresh")
    assert any(p.is_file() for p in (parts / "layout").rglob("*")), "layouts are kept"
