"""Oxigraph server over HTTP: upload with the Graph Store Protocol, run the shipped queries with
the SPARQL Protocol, and get the same rows as the embedded store."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.export.rdf import to_quads, write_rdf
from kg.store import load, query, query_endpoint, upload
from tests.conftest import make_extraction, make_journeys

pytestmark = pytest.mark.external

QUERIES = sorted((Path(__file__).resolve().parent.parent / "docs" / "queries").glob("*.rq"))
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
READY_TIMEOUT = 30.0


def _oxigraph() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """Base URL of a fresh ``oxigraph serve`` on a free port; stopped after the test."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "data"), "--bind", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail("oxigraph serve exited: "
                            + (tmp_path / "oxigraph.log").read_text(errors="replace"))
            try:
                with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve not ready after {READY_TIMEOUT:.0f} s")
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    write_rdf(make_extraction(), tmp_path / "exports")
    return tmp_path / "exports"


def test_upload_then_shipped_queries_match_the_embedded_store(
        server: str, tmp_path: Path) -> None:
    write_rdf(make_journeys(), tmp_path / "exports")
    local = tmp_path / "store"
    load(make_journeys(), local)
    sent = upload(server + "/store", tmp_path / "exports" / "graph.nq")
    assert sent.graphs == 3
    assert sent.triples == len(set(to_quads(make_journeys())))
    assert query_endpoint(server + "/query", COUNT) == query(local, COUNT)
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        remote = query_endpoint(server + "/query", text)
        assert remote == query(local, text), path.name
        assert remote[1], f"{path.name} gave no rows"


def test_upload_is_idempotent_and_replace_replaces(server: str, exports: Path) -> None:
    upload(server + "/store", exports)
    upload(server + "/store", exports)
    _, before = query_endpoint(server + "/query", COUNT)
    assert before == [(str(len(set(to_quads(make_extraction())))),)]
    fewer = make_extraction()
    fewer.events = fewer.events[:1]
    write_rdf(fewer, exports)
    upload(server + "/store", exports, replace=True)
    _, events = query_endpoint(server + "/query",
                               "SELECT ?e WHERE { GRAPH ?g { ?e a sem:Event } }")
    assert events == [(fewer.events[0].id,)]


def test_endpoint_errors_carry_the_server_message(server: str) -> None:
    with pytest.raises(KgError, match=r"HTTP 400"):
        query_endpoint(server + "/query", "SELEC ?x")
    assert query_endpoint(server + "/query", "ASK { ?s ?p ?o }") == (["ask"], [("false",)])


def test_cli_load_and_query_with_endpoint(server: str, exports: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(exports), "--endpoint", server + "/store"])
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"in 2 graphs -> {server}/store\n")
    attacks = next(q for q in QUERIES if q.name == "who-attacked-whom.rq")
    result = runner.invoke(main, ["query", str(attacks), "--endpoint", server + "/query",
                                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("2021-09-06,Taliban,Panjshir,claimed,")
