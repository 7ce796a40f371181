"""kg._saved: values derived once per installation, read back while their sources are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg._saved import saved


def test_a_value_is_derived_once_and_again_when_a_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "words.yaml"
    source.write_text("a: [x]\n", encoding="utf-8")
    calls: list[int] = []

    def derive() -> dict[str, tuple[str, ...]]:
        calls.append(1)
        return {"a": ("x", str(len(calls)))}

    first = saved("words", [source], derive)
    assert saved("words", [source], derive) == first == {"a": ("x", "1")}
    assert len(calls) == 1
    source.write_text("a: [y]\n", encoding="utf-8")
    assert saved("words", [source], derive) == {"a": ("x", "2")}
    assert len(list((tmp_path / "cache").glob("words-*.marshal"))) == 2


def test_a_damaged_saved_copy_is_derived_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "words.yaml"
    source.write_text("a: [x]\n", encoding="utf-8")
    saved("words", [source], lambda: [1, 2])
    (copy,) = (tmp_path / "cache").glob("words-*.marshal")
    copy.write_bytes(b"damaged")
    assert saved("words", [source], lambda: [3]) == [3]
    assert saved("words", [source], lambda: [4]) == [3]
