"""A `kg build` killed at any moment leaves its export folder all old or all new.

Each case runs a real ``kg build`` into a folder that holds the exports of another input, stops
it at a chosen point of the folder swap ($KG_EXPORT_PAUSE makes it wait there: no timing
guesses), kills it with SIGKILL or SIGINT, and compares every file's bytes with the two builds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.export._atomic import PAUSE_ENV, recover

pytestmark = pytest.mark.slow

TIMEOUT = 300


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(source: Path, out: Path, pause: str | None = None,
           workers: int = 1) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != PAUSE_ENV}
    if pause:
        env[PAUSE_ENV] = pause
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(source), "--out", str(out), "--no-cache",
         "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _run(source: Path, out: Path) -> None:
    process = _build(source, out)
    _, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err.decode(errors="replace")


def _wait_for_pause(process: subprocess.Popen[bytes], point: str) -> None:
    """Read stderr until the build says it paused at *point*; fail if it ends first."""
    timer = threading.Timer(TIMEOUT, process.kill)
    timer.start()
    try:
        assert process.stderr is not None
        seen = []
        for line in iter(process.stderr.readline, b""):
            seen.append(line.decode(errors="replace"))
            if line.strip() == f"kg: paused at {point}".encode():
                return
        pytest.fail(f"kg build ended before pausing at {point}: {''.join(seen)[-2000:]}")
    finally:
        timer.cancel()


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two inputs and the exports of each, built once."""
    root = tmp_path_factory.mktemp("kill")
    paths = {}
    for name, text in (("old", "The Taliban attacked Kabul on Monday."),
                       ("new", "Pakistan denied giving air support to the Taliban.")):
        source = root / f"{name}-input"
        source.mkdir()
        (source / "a.txt").write_text(f"date 2021-09-06\n{text}\n", encoding="utf-8")
        _run(source, root / f"{name}-exports")
        paths[name] = source
        paths[f"{name}-exports"] = root / f"{name}-exports"
    return paths


def _killed(builds: dict[str, Path], tmp_path: Path, point: str, sig: signal.Signals,
            workers: int = 1) -> Path:
    """A folder of old exports, after a build of the new input was killed at *point*."""
    out = tmp_path / "exports"
    shutil.copytree(builds["old-exports"], out)
    process = _build(builds["new"], out, pause=point, workers=workers)
    _wait_for_pause(process, point)
    process.send_signal(sig)
    process.communicate(timeout=TIMEOUT)
    assert process.returncode != 0
    return out


@pytest.mark.parametrize(("point", "sig", "expect"), [
    ("staging", signal.SIGKILL, "old"),
    ("staging", signal.SIGINT, "old"),
    ("staged", signal.SIGINT, "old"),
    ("moved-aside", signal.SIGINT, "old"),
    ("swapped", signal.SIGKILL, "new"),
])
def test_killed_build_leaves_all_old_or_all_new(
    builds: dict[str, Path], tmp_path: Path, point: str, sig: signal.Signals, expect: str
) -> None:
    out = _killed(builds, tmp_path, point, sig)
    assert _hashes(out) == _hashes(builds[f"{expect}-exports"])
    if sig == signal.SIGINT:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]
    recover(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]
    assert _hashes(out) == _hashes(builds[f"{expect}-exports"])


def test_killed_between_the_renames_the_next_run_restores_and_completes(
    builds: dict[str, Path], tmp_path: Path
) -> None:
    out = _killed(builds, tmp_path, "moved-aside", signal.SIGKILL)
    old = tmp_path / ".exports.kg-old"
    assert not out.exists()
    assert _hashes(old) == _hashes(builds["old-exports"])
    _run(builds["new"], out)
    assert _hashes(out) == _hashes(builds["new-exports"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def _running_with(argument: str) -> list[int]:
    """Processes whose command line holds *argument* (a forked writer keeps its parent's)."""
    found = []
    for proc in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if proc.name.isdigit() and argument.encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked writers: Linux only")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_killed_build_leaves_no_writer_process_behind(
    builds: dict[str, Path], tmp_path: Path, sig: signal.Signals
) -> None:
    out = _killed(builds, tmp_path, "networks", sig, workers=2)  # where the forked one waits
    deadline = time.monotonic() + 10
    while _running_with(str(out)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _running_with(str(out)) == []
    assert _hashes(out) == _hashes(builds["old-exports"])
    _run(builds["new"], out)
    assert _hashes(out) == _hashes(builds["new-exports"])


def test_ctrl_c_prints_one_line_and_exits_130(builds: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "exports"
    shutil.copytree(builds["old-exports"], out)
    process = _build(builds["new"], out, pause="staged")
    _wait_for_pause(process, "staged")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=TIMEOUT)
    lines = err.decode().strip().splitlines()
    assert process.returncode == 130
    assert lines == [f"Interrupted: {out} is as it was before this build."]
    assert _hashes(out) == _hashes(builds["old-exports"])
