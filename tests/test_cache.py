"""The record cache: keys, fingerprints, transactions, damage and pruning (no spaCy needed)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg.cache
from kg.cache import RecordCache, code_digest, document_key, fingerprint, unpack
from kg.model import Document

DOC = Document("a.txt", "The Taliban attacked Panjshir.", dt.date(2021, 9, 6), "header")


def test_document_key_changes_with_every_field_the_analysis_reads() -> None:
    keys = {
        document_key(DOC),
        document_key(replace(DOC, id="b.txt")),
        document_key(replace(DOC, text=DOC.text + " ")),
        document_key(replace(DOC, date=dt.date(2021, 9, 7))),
        document_key(replace(DOC, date_basis="option")),
        document_key(replace(DOC, title="Panjshir")),
        document_key(replace(DOC, url="https://example.org/a")),
    }
    assert len(keys) == 7
    assert document_key(replace(DOC)) == document_key(DOC)


@given(st.text(), st.text())
def test_document_key_has_no_field_boundary_ambiguity(a: str, b: str) -> None:
    one = Document(a, b)
    other = Document(a + b[:1], b[1:])
    assert (document_key(one) == document_key(other)) == (one == other)


def test_fingerprint_depends_on_model_and_dictionaries(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("actors: []\n", encoding="utf-8")
    base = fingerprint("some_model")
    assert fingerprint("some_model") == base
    assert fingerprint("other_model") != base
    with_dict = fingerprint("some_model", [extra])
    assert with_dict != base
    extra.write_text("actors: [{label: X, type: person}]\n", encoding="utf-8")
    assert fingerprint("some_model", [extra]) != with_dict


def test_code_digest_follows_every_package_file_but_compiled_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "kg"
    (package / "actors" / "data").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "mentions.py").write_text("COMPASS = False\n", encoding="utf-8")
    words = package / "actors" / "data" / "words.yaml"
    words.write_text("compass_adjectives: []\n", encoding="utf-8")
    monkeypatch.setattr(kg.cache, "_PACKAGE", package)
    base = code_digest()
    (package / "__pycache__" / "mentions.cpython-311.pyc").write_bytes(b"stale")
    assert code_digest() == base
    words.write_text("compass_adjectives: [eastern]\n", encoding="utf-8")
    assert code_digest() != base
    words.write_text("compass_adjectives: []\n", encoding="utf-8")
    assert code_digest() == base
    (package / "mentions.py").write_text("COMPASS = True\n", encoding="utf-8")
    assert code_digest() != base


def test_records_round_trip_and_other_fingerprints_are_invisible(tmp_path: Path) -> None:
    with RecordCache(tmp_path / "c", "f1") as cache:
        cache.put({"k1": {"events": [1, 2]}, "k2": ("x", None)})
        assert cache.get(["k1", "k2", "k3"]) == {"k1": {"events": [1, 2]}, "k2": ("x", None)}
        assert len(cache) == 2
    with RecordCache(tmp_path / "c", "f2") as other:
        assert other.get(["k1"]) == {}
        other.put({"k1": "new"})
        assert other.prune() == 2  # f1's records
        assert sorted(other.keys()) == ["k1"]


def test_prune_keeps_only_what_is_asked(tmp_path: Path) -> None:
    with RecordCache(tmp_path, "f") as cache:
        cache.put({f"k{i}": i for i in range(5)})
        assert cache.prune(keep=["k1", "k3"]) == 3
        assert sorted(cache.keys()) == ["k1", "k3"]


def test_a_damaged_record_counts_as_missing(tmp_path: Path) -> None:
    with RecordCache(tmp_path, "f") as cache:
        cache.put({"good": 1, "bad": 2})
    db = sqlite3.connect(tmp_path / "records.sqlite")
    with db:
        db.execute("UPDATE records SET data = ? WHERE key = 'bad'", [b"not zlib"])
    db.close()
    with RecordCache(tmp_path, "f") as cache:
        assert cache.get(["good", "bad"]) == {"good": 1}
        assert {k: unpack(v) for k, v in cache.get_packed(["good", "bad"]).items()} == {"good": 1}


def test_a_record_with_one_byte_changed_counts_as_missing(tmp_path: Path) -> None:
    """The check reads no record whole: a byte changed inside one is found all the same."""
    with RecordCache(tmp_path, "f") as cache:
        cache.put({"good": list(range(100)), "bad": list(range(100))})
    db = sqlite3.connect(tmp_path / "records.sqlite")
    with db:
        (data,) = db.execute("SELECT data FROM records WHERE key = 'bad'").fetchone()
        changed = bytearray(data)
        changed[len(changed) // 2] ^= 0x10
        db.execute("UPDATE records SET data = ? WHERE key = 'bad'", [bytes(changed)])
    db.close()
    with RecordCache(tmp_path, "f") as cache:
        assert list(cache.get_packed(["good", "bad"])) == ["good"]
        assert cache.get(["good", "bad"]) == {"good": list(range(100))}


def test_an_unusable_folder_is_a_one_line_error(tmp_path: Path) -> None:
    from kg.errors import ConfigError

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot use this folder as the cache"):
        RecordCache(blocker / "cache", "f")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_writer_leaves_every_committed_record(tmp_path: Path) -> None:
    """A process killed in the middle of writing batches: the batches it committed are all
    there, whole, and the cache opens and takes new records."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from kg.cache import RecordCache
        cache = RecordCache({str(tmp_path)!r}, "f")
        for batch in range(50):
            cache.put({{f"{{batch}}-{{i}}": "x" * 1000 for i in range(100)}})
            if batch == 20:
                print("committed", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, check=False,
                          env={**os.environ, "PYTHONPATH": "."})
    assert proc.returncode == -9 and "committed" in proc.stdout, proc.stderr
    with RecordCache(tmp_path, "f") as cache:
        keys = set(cache.keys())
        assert len(keys) == 21 * 100
        assert all(v == "x" * 1000 for v in cache.get(keys).values())
        cache.put({"after": 1})
        assert cache.get(["after"]) == {"after": 1}
