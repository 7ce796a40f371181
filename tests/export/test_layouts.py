"""kg.export._layouts: component layouts kept in the parts store, exactly as computed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.export._layouts import KeptLayouts
from kg.export._parts import Parts


def test_a_layout_comes_back_with_the_same_floats_in_the_next_build(tmp_path: Path) -> None:
    view = ([0, 1, 0], [(0.1, -2.0000000000000004), (1e-17, 3.0), (-0.0, 12345.678901234567)])
    with Parts(tmp_path, "layout", version="v") as parts:
        KeptLayouts(parts)["k"] = view
    with Parts(tmp_path, "layout", version="v") as parts:
        labels, coords = KeptLayouts(parts)["k"]
    assert labels == view[0]
    assert [tuple(xy) for xy in coords] == view[1]


def test_a_missing_layout_is_none_and_an_unused_one_is_pruned(tmp_path: Path) -> None:
    with Parts(tmp_path, "layout", version="v") as parts:
        known = KeptLayouts(parts)
        known["old"] = ([0], [(0.0, 0.0)])
        assert known.get("new") is None
        with pytest.raises(KeyError):
            known["new"]
    with Parts(tmp_path, "layout", version="v") as parts:
        KeptLayouts(parts)["new"] = ([0], [(1.0, 1.0)])
    with Parts(tmp_path, "layout", version="v") as parts:
        assert KeptLayouts(parts).get("old") is None


def test_without_a_parts_folder_nothing_is_kept() -> None:
    with Parts(None, "layout") as parts:
        known = KeptLayouts(parts)
        known["k"] = ([0], [(0.0, 0.0)])
        assert known.get("k") is None
