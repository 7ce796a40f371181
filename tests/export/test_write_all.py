"""write_all: every format in one folder, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.export.png
from kg.export import write_all
from kg.model import Extraction
from kg.pipeline import KnowledgeGraph


def test_writes_every_format_and_leaves_no_staging(extraction: Extraction, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    written = write_all(KnowledgeGraph(extraction), out)
    assert {p.name for p in written} >= {"graph.ttl", "graph.graphml", "graph.gexf", "events.csv",
                                         "graph.html", "graph.png", "import.cypher"}
    assert all(p.is_file() and out in p.parents for p in written)
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_a_failing_writer_leaves_the_previous_exports_untouched(
    extraction: Extraction, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports"
    write_all(KnowledgeGraph(extraction), out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kg.export.png, "write_png", broken)
    changed = make_changed(extraction)
    with pytest.raises(OSError, match="disk full"):
        write_all(KnowledgeGraph(changed), out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def make_changed(extraction: Extraction) -> Extraction:
    """The same extraction with one actor renamed, so every export would differ."""
    actors = dict(extraction.actors)
    first = next(iter(actors))
    actors[first].label = actors[first].label + " (renamed)"
    return Extraction(extraction.documents, actors, extraction.events, extraction.relations)
