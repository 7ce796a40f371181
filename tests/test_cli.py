"""The command line: builds, helps, and fails with one clear line naming the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in main.commands:
        assert command in result.output
        sub = CliRunner().invoke(main, [command, "--help"])
        assert sub.exit_code == 0 and "Usage:" in sub.output
        assert f"kg {command}" in readme, f"README does not show `kg {command}`"


def test_a_bad_record_is_skipped_named_and_reported_with_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "out"
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "a", "text": "Fine.", "date": "2021-09-06"})
                    + "\n{not json\n")
    result = CliRunner().invoke(main, ["build", str(news), "--out", str(out), "--no-cache"])
    assert result.exit_code == 1, result.output
    assert f"{news}:2: invalid JSON" in result.output and "Traceback" not in result.output
    assert "1 input skipped" in result.output
    report = json.loads((out / "kg-report.json").read_text())
    assert report["documents"] == 1
    assert [(p["path"], p["line"]) for p in report["skipped"]] == [(str(news), 2)]


def test_a_mixed_folder_builds_the_good_files_and_reports_the_bad_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text("date 2021-09-06\nThe Taliban attacked Panjshir.\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    cut = json.dumps({"id": "r1", "text": "Russia attacked Ukraine.", "date": "2022-02-24"})
    (folder / "news.jsonl").write_text(cut + "\n" + cut.replace("r1", "r2")[:30])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--no-cache",
                                       "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for name in ("empty.txt", "binary.txt", "news.jsonl:2"):
        assert str(folder / name) in result.output, name
    report = json.loads((out / "kg-report.json").read_text())
    assert report["documents"] == 2
    assert len(report["skipped"]) == 3
    labels = (out / "actors.csv").read_text()
    assert "Panjshir" in labels and "Ukraine" in labels


def test_on_error_fail_stops_at_the_first_bad_record_and_keeps_old_exports(
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous export\n")
    bad = tmp_path / "news.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "Fine."}) + "\n{not json\n")
    result = CliRunner().invoke(main, ["build", str(bad), "--out", str(out), "--on-error",
                                       "fail", "--no-cache"])
    assert result.exit_code == 2
    assert f"{bad}:2" in result.output and "Traceback" not in result.output
    assert (out / "graph.ttl").read_text() == "previous export\n"


def test_missing_input_is_a_clear_error_with_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(out)])
    assert result.exit_code == 2 and "nope" in result.output and "Traceback" not in result.output
    assert "no document could be read" in result.output
    assert not out.exists()


def test_a_folder_with_nothing_to_read_keeps_old_exports(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous export\n")
    empty = tmp_path / "typo"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    result = CliRunner().invoke(main, ["build", str(empty), "--out", str(out)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "no document could be read" in result.output
    assert (out / "graph.ttl").read_text() == "previous export\n"


@pytest.mark.parametrize("where", [".", "sub"])
def test_out_inside_an_input_folder_is_a_usage_error(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text("date 2021-09-06 The Taliban attacked Kabul.")
    out = tmp_path / where
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 2 and "inside the input folder" in result.output
    assert not (tmp_path / "kg-report.json").exists()


def test_unknown_model_is_a_clear_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("date 2021-09-06 The Taliban attacked Kabul.")
    result = CliRunner().invoke(
        main, ["build", str(doc), "--out", str(tmp_path / "o"), "--model", "no_such_model",
               "--no-cache"]
    )
    assert result.exit_code == 2 and "no_such_model" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_build_writes_every_format(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("date 2021-09-06 The Taliban attacked Kabul on Monday, officials said.\n")
    result = CliRunner().invoke(main, ["build", str(doc), "--out", str(tmp_path / "out"),
                                       "--no-cache", "--workers", "1"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"graph.ttl", "graph.nt", "graph.jsonld", "context.jsonld", "graph.trig", "graph.nq",
            "graph.graphml", "graph.gexf", "actors.graphml", "actors.gexf", "events.csv",
            "mentions.csv", "actors.csv", "links.csv", "kg-report.json"} <= names
    assert "1 documents" in result.output
