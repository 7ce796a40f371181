"""The committed exports/ of seeds/ are reproducible byte for byte, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

GOLDEN = ROOT / "exports"


def _build(out: Path, hash_seed: str) -> None:
    """``kg build seeds --out OUT`` from the project root, exactly as ``make export`` runs it."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-m", "kg", "build", "seeds", "--out", str(out), "--no-cache"],
        check=True, env=env, cwd=ROOT, capture_output=True,
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("exports")
    _build(out, "1")
    return _files(out)


def test_committed_exports_are_reproduced_byte_for_byte(rebuilt: dict[str, bytes]) -> None:
    golden = _files(GOLDEN)
    assert sorted(rebuilt) == sorted(golden), "the set of exported files changed"
    changed = [name for name in golden if golden[name] != rebuilt[name]]
    assert not changed, f"regenerate with `make export` and review the diff: {changed}"


def test_output_does_not_depend_on_hash_seed(
    rebuilt: dict[str, bytes], tmp_path: Path
) -> None:
    _build(tmp_path, "12345")
    assert _files(tmp_path) == rebuilt
