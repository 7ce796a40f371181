"""The build: record cache (added, changed, removed documents, a killed run), worker processes
and Dask give the same exports as one process, whatever the order of the inputs."""

from __future__ import annotations

import filecmp
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import analysis
from kg.config import Settings
from kg.executors import Worker
from kg.model import Document, Extraction
from kg.nlp import _pieces
from kg.pipeline import KnowledgeGraph, build
from tests.conftest import ROOT

ARTICLES = {
    "kabul.txt": "date 2021-08-15\nThe Taliban captured Kabul on Sunday. President Ashraf Ghani "
    "fled the country, officials said.",
    "panjshir.txt": "date 2021-09-06\nThe Taliban attacked Panjshir. The NRFA said Pakistan "
    "supported the attack with drones, a claim Pakistan denied.",
    "kyiv.txt": "date 2022-02-24\nRussia attacked Ukraine. Ukrainian forces fired at Russian "
    "troops near Kharkiv.",
    "talks.txt": "date 2021-06-01\nThe United States and Iran held talks in Vienna. The European "
    "Union welcomed the talks.",
}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _differ(one: Path, other: Path) -> list[str]:
    """Files that differ between two export folders."""
    out: list[str] = []

    def walk(c: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in c.left_only + c.right_only)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out.extend(prefix + n for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(one, other), "")
    return sorted(out)


@given(st.text(min_size=0, max_size=400), st.integers(min_value=8, max_value=60))
def test_long_texts_are_cut_into_pieces_that_join_back(text: str, size: int) -> None:
    pieces = _pieces(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces[:-1])


def test_english_word_classes_are_the_pinned_pipelines_wordnet_index() -> None:
    from kg.nlp import english_word_classes

    classes = english_word_classes()
    assert set(classes) == {"adj", "adv", "noun", "verb"}
    assert "notorious" in classes["adj"] and "enter" in classes["verb"]
    assert "dallas" in classes["noun"] and "dallas" not in classes["adj"]
    assert english_word_classes() is classes  # read once


@pytest.mark.slow
def test_the_text_parse_records_is_the_parsed_text(nlp: Any) -> None:
    from kg.model import Document
    from kg.nlp import doc_text, parse

    texts = ["Troops shelled Kharkiv.\n\nKyiv  said so. ", "Nothing"]
    docs = list(parse(nlp, [Document(str(n), t) for n, t in enumerate(texts)]))
    assert [doc_text(d) for d in docs] == [d.text for d in docs] == texts
    bare = nlp("A doc kg did not parse.")
    assert doc_text(bare) == bare.text == "A doc kg did not parse."


@pytest.mark.slow
def test_remembered_lemmas_are_spacys_own(nlp: Any) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "The soldiers were killed. The army says it is attacking the towns it attacked."
    doc = nlp(text)
    assert [lemmatizer.lemmatize(t) for t in doc] == [lemmatizer.rule_lemmatize(t) for t in doc]
    # every word is remembered, function words and base forms too
    assert {(t.orth, t.pos, t.morph.key) for t in doc} <= lemmatizer.lemmatize.found.keys()
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in doc]


@pytest.mark.slow
def test_a_long_text_parsed_in_pieces_keeps_its_offsets(nlp: object) -> None:
    from kg.model import Document
    from kg.nlp import CHUNK_CHARS, doc_text, parse

    paragraph = "The Taliban attacked Panjshir on Monday. Pakistan denied any role.\n\n"
    text = paragraph * (CHUNK_CHARS // len(paragraph) + 200)
    (doc,) = parse(nlp, [Document("long", text)])  # type: ignore[arg-type]
    assert doc.text == text == doc_text(doc)
    ents = [e for e in doc.ents if e.text == "Pakistan"]
    assert len(ents) > CHUNK_CHARS // len(paragraph)
    assert all(text[e.start_char : e.end_char] == "Pakistan" for e in ents)


@pytest.mark.slow
def test_workers_and_input_order_do_not_change_the_exports(tmp_path: Path) -> None:
    inputs = _write(tmp_path / "in", ARTICLES)
    files = sorted(inputs.iterdir())
    one = build(files, Settings(workers=1))
    one.write(tmp_path / "one")
    two = build(list(reversed(files)), Settings(workers=2))
    two.write(tmp_path / "two")
    assert _differ(tmp_path / "one", tmp_path / "two") == []
    assert len(one.extraction.events) >= 4


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is Linux's default here")
def test_workers_start_afresh_when_the_fork_server_cannot_be_reached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing.forkserver

    def refused(*_args: object) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    inputs = _write(tmp_path / "in", dict(list(ARTICLES.items())[:2]))
    build(inputs, Settings(workers=1)).write(tmp_path / "one")
    monkeypatch.setattr(multiprocessing.forkserver.ForkServer, "connect_to_new_process", refused)
    build(inputs, Settings(workers=2)).write(tmp_path / "two")
    assert _differ(tmp_path / "one", tmp_path / "two") == []


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_exports(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    inputs = _write(tmp_path / "in", ARTICLES)
    build(inputs, Settings(workers=1)).write(tmp_path / "local")
    build(inputs, Settings(workers=2, dask="local")).write(tmp_path / "dask")
    assert _differ(tmp_path / "local", tmp_path / "dask") == []


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the documents the pipeline analyses in this process from now on."""
    seen: list[str] = []
    original = Worker.run

    def run(self: Worker, batch: list[tuple[str, object]]) -> object:
        seen.extend(doc.id for _, doc in batch)  # type: ignore[attr-defined]
        return original(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(Worker, "run", run)
    return seen


@pytest.mark.slow
def test_cache_parses_only_what_is_new_or_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _write(tmp_path / "in", ARTICLES)
    settings = Settings(workers=1, cache=tmp_path / "cache")
    analysed = _counting(monkeypatch)
    first = build(inputs, settings)
    assert sorted(analysed) == sorted(ARTICLES)

    analysed.clear()
    again = build(inputs, settings)
    assert analysed == []  # an unchanged corpus: no NLP at all
    first.write(tmp_path / "first")
    again.write(tmp_path / "again")
    assert _differ(tmp_path / "first", tmp_path / "again") == []

    (inputs / "new.txt").write_text("date 2021-09-07\nThe Taliban killed Fahim Dashty.",
                                    encoding="utf-8")
    analysed.clear()
    added = build(inputs, settings)
    assert analysed == ["new.txt"]
    assert any(a.label == "Fahim Dashty" for a in added.extraction.actors.values())

    (inputs / "kyiv.txt").write_text("date 2022-02-24\nRussia attacked Georgia.",
                                     encoding="utf-8")
    (inputs / "talks.txt").unlink()
    analysed.clear()
    changed = build(inputs, settings)
    assert analysed == ["kyiv.txt"]
    labels = {a.label for a in changed.extraction.actors.values()}
    assert "Georgia" in labels
    assert not labels & {"Kharkiv", "Vienna", "Iran"}  # only the old or removed texts had them
    fresh = build(inputs, replace(settings, cache=None))
    changed.write(tmp_path / "changed")
    fresh.write(tmp_path / "fresh")
    assert _differ(tmp_path / "changed", tmp_path / "fresh") == []


def _jsonl(path: Path, names: list[str]) -> Path:
    """*names* of :data:`ARTICLES` as JSON Lines records, one a line in that order."""
    lines = []
    for name in names:
        date, _, text = ARTICLES[name].partition("\n")
        lines.append(json.dumps({"id": name, "text": text, "date": date.split()[1]}))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_cached_records_take_the_file_and_line_they_are_read_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache key is the document's content: a record made from another file, or another
    line, serves again, and the exports name the file and line the document is at now, as a
    build without the cache does (and are written again when only those moved)."""
    settings = Settings(workers=1, cache=tmp_path / "cache")
    first = _jsonl(tmp_path / "old.jsonl", ["kabul.txt", "panjshir.txt"])
    build(first, settings).write(tmp_path / "out")
    moved = _jsonl(tmp_path / "new" / "corpus.jsonl", ["talks.txt", "kabul.txt", "panjshir.txt"])
    analysed = _counting(monkeypatch)
    cached = build(moved, settings)
    assert analysed == ["talks.txt"]  # the two others come from the cache
    assert {(d.id, d.path, d.line) for d in cached.extraction.documents} == {
        ("talks.txt", str(moved), 1), ("kabul.txt", str(moved), 2),
        ("panjshir.txt", str(moved), 3)}
    cached.write(tmp_path / "out")
    build(moved, replace(settings, cache=None)).write(tmp_path / "fresh")
    assert _differ(tmp_path / "out", tmp_path / "fresh") == []


def _stamps(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_unchanged_exports_are_not_written_again(tmp_path: Path, nlp: object) -> None:
    inputs = _write(tmp_path / "in", dict(list(ARTICLES.items())[:2]))
    out = tmp_path / "out"
    settings = Settings(workers=1, cache=tmp_path / "cache")
    build(inputs, settings, nlp).write(out)  # type: ignore[arg-type]
    before = _stamps(out)
    written = build(inputs, settings, nlp).write(out)  # type: ignore[arg-type]
    assert _stamps(out) == before
    assert sorted(p.name for p in written) == sorted(before)

    (out / "events.csv").write_text("edited by hand\n", encoding="utf-8")
    build(inputs, settings, nlp).write(out)  # type: ignore[arg-type]
    assert (out / "events.csv").read_text(encoding="utf-8").startswith("event")
    before = _stamps(out)

    (inputs / "new.txt").write_text("date 2021-09-07\nThe Taliban killed Fahim Dashty.",
                                    encoding="utf-8")
    build(inputs, settings, nlp).write(out)  # type: ignore[arg-type]
    assert _stamps(out)["events.csv"] != before["events.csv"]
    assert "Fahim Dashty" in (out / "actors.csv").read_text(encoding="utf-8")

    before = _stamps(out)
    build(inputs, replace(settings, cache=None), nlp).write(out)  # type: ignore[arg-type]
    assert _stamps(out)["events.csv"] != before["events.csv"]  # no cache: always written


@pytest.mark.slow
def test_current_exports_are_found_without_merging(
    tmp_path: Path, nlp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-run whose exports are current merges nothing: it tells its counts and document
    ids from the manifest and the records' keys."""
    inputs = _write(tmp_path / "in", dict(list(ARTICLES.items())[:2]))
    settings = Settings(workers=1, cache=tmp_path / "cache")
    first = build(inputs, settings, nlp)  # type: ignore[arg-type]
    first.write(tmp_path / "out")

    def merge(*_: object) -> None:
        raise AssertionError("merged again")

    monkeypatch.setattr(analysis, "merge_actors", merge)
    again = build(inputs, settings, nlp)  # type: ignore[arg-type]
    again.write(tmp_path / "out")
    assert again.counts == first.counts
    assert again.counts.documents == 2 and again.counts.actors > 0
    assert again.document_ids == [d.id for d in first.extraction.documents]
    with pytest.raises(AssertionError, match="merged again"):
        again.write(tmp_path / "elsewhere")  # not current there: merged and written


def test_a_merge_that_failed_runs_again_when_asked_again() -> None:
    """The extraction is merged on first use; a merge interrupted (Ctrl-C in an API session)
    leaves it to be merged at the next use, not empty."""
    calls: list[int] = []

    def merge() -> Extraction:
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return Extraction(documents=[Document(id="a", text="A.")])

    result = KnowledgeGraph(merge, document_ids=["a"])
    assert result.document_ids == ["a"]
    with pytest.raises(KeyboardInterrupt):
        _ = result.extraction
    assert [d.id for d in result.extraction.documents] == ["a"]
    assert result.counts == (1, 0, 0, 0)
    assert len(calls) == 2


def test_the_in_process_worker_is_frozen_as_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline and resources loaded at the first batch are frozen before any collection
    can walk them (a young collection of everything just loaded, 0.07 s for the real ones)."""
    import gc

    from kg import executors
    from kg._gc import gc_paused

    class Loaded:
        def __init__(self, *_: object) -> None:
            with gc_paused():
                self.objects = [[n] for n in range(50_000)]

        def run(self, batch: list[Any]) -> list[Any]:
            return []

    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    monkeypatch.setattr(executors, "Worker", Loaded)
    executor = executors.executor_for(Settings(workers=1))
    gc.callbacks.append(count)
    try:
        assert list(executor.map([[]])) == [[]]
    finally:
        gc.callbacks.remove(count)
        executor.close()
    assert collections == []


def test_the_merge_collects_none_of_what_it_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the merge makes outlives it (and makes no garbage cycles): when release() collects
    after the merge, the extraction is frozen with what was there before, so the collection
    walks almost nothing; it is collected as usual once it is garbage."""
    import gc
    import weakref

    from kg import pipeline
    from kg.actors.grouping import DocumentActors, NameGroup, NameMention
    from kg.analysis import DocumentRecord, Resources
    from kg.cache import pack
    from kg.model import MentionLabel

    walked: list[int] = []
    monkeypatch.setattr(pipeline, "release", lambda: walked.append(len(gc.get_objects())))
    resources = Resources.load()
    ordered = []
    for n in range(60):
        doc_id = f"d{n:02}"
        mentions = tuple(NameMention(i * 10, i * 10 + 5, f"Firm{i}", 0, MentionLabel.ORG)
                         for i in range(5))
        groups = tuple(NameGroup(f"name:firm{i}", doc_id, (m,)) for i, m in enumerate(mentions))
        record = DocumentRecord(Document(id=doc_id, text="Firm0 met Firm1."),
                                DocumentActors(doc_id, groups), {}, ())
        ordered.append((doc_id, pack(record), (None, None)))
    extraction = pipeline._merge(ordered, lambda: resources)
    assert len(extraction.actors) == 5 and not ordered
    assert walked and walked[0] < 100, walked  # the merge made hundreds of objects
    alive = weakref.ref(extraction)
    del extraction
    gc.collect()
    assert alive() is None


_SPACY_AFTER = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print(sorted(m for m in sys.modules if m.partition(".")[0] in ("spacy", "thinc")))
"""


def _modules_after_build(inputs: Path, out: Path, cache: Path) -> str:
    """The spaCy and thinc modules a ``kg build`` process imported (the last line it prints)."""
    cmd = [sys.executable, "-c", _SPACY_AFTER, "build", str(inputs), "--out", str(out),
           "--cache", str(cache), "--workers", "1"]
    done = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.slow
def test_a_build_served_by_the_cache_does_not_import_spacy(tmp_path: Path, nlp: object) -> None:
    """Neither a re-run whose exports are current nor one that only merges again (an article
    removed) needs the parser: spaCy is not imported."""
    inputs = _write(tmp_path / "in", dict(list(ARTICLES.items())[:3]))
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(inputs, Settings(workers=1, cache=cache), nlp).write(out)  # type: ignore[arg-type]
    assert _modules_after_build(inputs, out, cache) == "[]"
    (inputs / "kyiv.txt").unlink()
    assert _modules_after_build(inputs, out, cache) == "[]"
    assert "kyiv" not in (out / "graph.nt").read_text(encoding="utf-8")
    (inputs / "kyiv.txt").write_text(ARTICLES["kyiv.txt"], encoding="utf-8")
    (inputs / "new.txt").write_text("date 2021-09-07\nThe Taliban killed Fahim Dashty.",
                                    encoding="utf-8")
    assert "'spacy'" in _modules_after_build(inputs, out, cache)  # one to parse


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_build_keeps_its_cache_and_the_next_run_completes(tmp_path: Path) -> None:
    many = {f"{n:03}-{name}": text for n in range(12) for name, text in ARTICLES.items()}
    inputs = _write(tmp_path / "in", many)
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "kg", "build", str(inputs), "--out", str(tmp_path / "out"),
           "--cache", str(cache), "--workers", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(cache / "records.sqlite") as db:
                committed = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        except sqlite3.Error:
            continue
        if committed:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert committed, "the build ended before it committed a batch"
    assert not (tmp_path / "out").exists()  # killed before the exports: nothing half written
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{len(many)} documents" in done.stdout
    with sqlite3.connect(cache / "records.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM records").fetchone()[0] == len(many)
