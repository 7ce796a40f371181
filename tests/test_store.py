"""Embedded SPARQL store: load, idempotent reload, the shipped queries, errors and the CLI."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.export.rdf import to_quads, write_rdf
from kg.store import EXPORT_FILES, format_rows, load, load_nquads, query, rdf_files, upload
from kg.vocab import event_iri
from tests.conftest import JOURNEY_TEXT, make_extraction, make_journeys

QUERIES = Path(__file__).resolve().parent.parent / "docs" / "queries"
ID = "https://w3id.org/kg-news/id/"
DOC = ID + "doc/news%2Fa.txt"
ATTACK = ID + "event/c192c578680de64a"
SUPPORT = ID + "event/7608b1f6c9458901"
DOC_B = ID + "doc/news%2Fb.txt"
ESCORT = event_iri("news/b.txt", JOURNEY_TEXT.index("escorted"), "MOVE")
DRIVE = event_iri("news/b.txt", JOURNEY_TEXT.index("driven"), "MOVE")

EXPECTED: dict[str, list[tuple[str | None, ...]]] = {
    "who-attacked-whom.rq": [
        ("2021-09-06", "Taliban", "Panjshir", "claimed", "attacked", ATTACK, DOC),
    ],
    "contested-claims.rq": [
        (ATTACK, "Taliban attacked Panjshir", "ASSAULT", "claimed", "claimed by",
         "Ahmad Massoud", DOC),
        (SUPPORT, "Pakistan air support Taliban", "AID", "denied", "disputed by", "Pakistan",
         DOC),
    ],
    "actor-timeline.rq": [
        ("2021-09-06", "Taliban", "source", "ASSAULT", "Taliban attacked Panjshir", "claimed",
         ATTACK, DOC),
        ("2021-09-06", "Taliban", "target", "AID", "Pakistan air support Taliban", "denied",
         SUPPORT, DOC),
    ],
    "events-per-place.rq": [
        ("Panjshir", "2", "2021-09-06", "2021-09-07", ID + "actor/panjshir"),
        ("Rukha", "1", "2021-09-07", "2021-09-07", ID + "actor/rukha"),
    ],
    "who-went-where.rq": [
        ("2021-09-07", "National Resistance Front of Afghanistan", "Rukha", "Ahmad Massoud",
         "asserted", "escorted", ESCORT, DOC_B),
        ("2021-09-07", "", "Panjshir", "", "asserted", "driven", DRIVE, DOC_B),
    ],
}
"""Rows each shipped query gives on the fixture with its journeys, in order."""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    load(make_journeys(), tmp_path / "store")
    return tmp_path / "store"


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    write_rdf(make_extraction(), tmp_path / "exports")
    return tmp_path / "exports"


def _count(store: Path) -> int:
    _, rows = query(store, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
                           "{ GRAPH ?g { ?s ?p ?o } } }")
    return int(rows[0][0] or 0)


def test_every_shipped_query_has_expected_rows() -> None:
    assert sorted(p.name for p in QUERIES.glob("*.rq")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_query_rows(store: Path, name: str) -> None:
    variables, rows = query(store, (QUERIES / name).read_text(encoding="utf-8"))
    assert len(variables) == len(EXPECTED[name][0])
    assert [tuple(v or "" for v in row) for row in rows] == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shipped_queries_do_not_depend_on_the_default_graph_mode(store: Path, name: str) -> None:
    text = (QUERIES / name).read_text(encoding="utf-8")
    assert query(store, text, union_default_graph=True) == query(store, text)


def test_actor_timeline_is_parameterised_by_its_values_line(store: Path) -> None:
    text = (QUERIES / "actor-timeline.rq").read_text(encoding="utf-8")
    assert 'VALUES ?actor { "Taliban" }' in text
    text = text.replace('VALUES ?actor { "Taliban" }', 'VALUES ?actor { "Pakistan" }')
    _, rows = query(store, text)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Pakistan", "disputed by", "AID"), ("Pakistan", "source", "AID")]


def test_load_counts_and_reload_is_idempotent(tmp_path: Path) -> None:
    quads = set(to_quads(make_extraction()))
    first = load(make_extraction(), tmp_path / "s")
    again = load(make_extraction(), tmp_path / "s")
    assert first.quads == again.quads == len(quads)
    assert first.graphs == 1
    assert first.store_size == again.store_size == len(quads) == _count(tmp_path / "s")


def test_reload_replaces_a_document_graph_and_keeps_the_rest(tmp_path: Path) -> None:
    store = tmp_path / "s"
    load(make_extraction(), store)
    fewer = make_extraction()
    fewer.events = fewer.events[:1]
    load(fewer, store)
    _, rows = query(store, "SELECT ?e WHERE { GRAPH ?g { ?e a sem:Event } }")
    assert rows == [(ATTACK,)]
    _, rows = query(store, "SELECT ?l WHERE { ?a a sem:Actor ; rdfs:label ?l } ORDER BY ?l")
    assert ("Pakistan",) in rows


def test_load_export_folder_and_files_give_the_same_store(tmp_path: Path, exports: Path) -> None:
    size = load(make_extraction(), tmp_path / "a").store_size
    from_folder = load(exports, tmp_path / "b")
    assert from_folder.files == tuple(exports / name for name in EXPORT_FILES)
    assert from_folder.store_size == size
    assert load([exports / "graph.trig"], tmp_path / "c").store_size == size


def test_triple_files_load_into_the_default_graph(tmp_path: Path, exports: Path) -> None:
    summary = load(exports / "graph.ttl", tmp_path / "s")
    assert summary.graphs == 0
    _, rows = query(tmp_path / "s", "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event }")
    assert rows == [("2",)]


def test_rdf_files_errors(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no RDF export here"):
        rdf_files(tmp_path)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(KgError, match="unknown RDF format"):
        rdf_files(tmp_path / "notes.txt")
    with pytest.raises(KgError, match="no such file"):
        rdf_files(tmp_path / "missing.nq")


def test_invalid_rdf_names_the_file_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://a/s> <http://a/p> <http://a/o> .\n<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.nq:2:\d+: not valid RDF: "):
        load(bad, tmp_path / "s")


@pytest.mark.parametrize("name", EXPORT_FILES)
def test_a_corrupted_file_in_an_export_folder_is_reported(
    tmp_path: Path, exports: Path, name: str
) -> None:
    path = exports / name
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(KgError, match=rf"{name}\b"):
        load(exports, tmp_path / "s")
    assert not (tmp_path / "s").exists()


def test_an_export_file_with_other_data_is_reported(tmp_path: Path, exports: Path) -> None:
    """A graph.ttl of another build next to this graph.nq: the folder is mixed."""
    other = make_extraction()
    other.actors[next(iter(other.actors))].label = "Someone else"
    write_rdf(other, tmp_path / "other")
    (exports / "graph.ttl").write_bytes((tmp_path / "other" / "graph.ttl").read_bytes())
    with pytest.raises(KgError, match=r"graph\.ttl: does not hold the same RDF as graph\.nq"):
        load(exports, tmp_path / "s")


def test_query_errors(store: Path, tmp_path: Path) -> None:
    with pytest.raises(KgError, match=r"invalid SPARQL at line 1, column \d+: "):
        query(store, "SELEC ?x WHERE {}")
    with pytest.raises(KgError, match=r"invalid SPARQL at line 3, column \d+: "):
        query(store, "SELECT ?x\nWHERE { ?x ?y ?z\n}}")
    with pytest.raises(KgError, match="kg load"):
        query(tmp_path / "nowhere", "ASK {}")
    assert not (tmp_path / "nowhere").exists()


def test_load_refuses_a_folder_that_is_not_a_store(exports: Path) -> None:
    with pytest.raises(KgError, match="not an Oxigraph store"):
        load(make_extraction(), exports)


def test_ask_and_construct_results(store: Path) -> None:
    assert query(store, "ASK { GRAPH ?g { ?e kg:ploverType plover:ASSAULT } }") == (
        ["ask"], [("true",)])
    variables, rows = query(store, "CONSTRUCT { ?a kg:attacked ?t } WHERE { GRAPH ?g { "
                                   "?e kg:ploverType plover:ASSAULT ; kg:source ?a ; kg:target ?t"
                                   " } }")
    assert variables == ["subject", "predicate", "object"]
    assert rows == [(ID + "actor/taliban", "https://w3id.org/kg-news/ontology#attacked",
                     ID + "actor/panjshir")]


def test_format_rows() -> None:
    variables, rows = ["who", "n"], [("Taliban", "2"), ("Pakistan", None)]
    assert format_rows(variables, rows).splitlines() == [
        "who       n", "--------  -", "Taliban   2", "Pakistan", "(2 rows)"]
    assert format_rows(variables, rows, "csv") == "who,n\nTaliban,2\nPakistan,"
    assert json.loads(format_rows(variables, rows, "json")) == [
        {"who": "Taliban", "n": "2"}, {"who": "Pakistan", "n": None}]
    with pytest.raises(KgError, match="unknown format"):
        format_rows(variables, rows, "xml")


def test_upload_to_a_closed_port_says_the_server_is_unreachable(exports: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(KgError, match=r"cannot reach .*is the server running"):
        upload(f"http://127.0.0.1:{port}/store", exports, timeout=2)


# --- CLI -----------------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_load_then_query(runner: CliRunner, exports: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    result = runner.invoke(main, ["load", str(exports), "--store", store])
    assert result.exit_code == 0, result.output
    assert "quads in 1 document graph" in result.output
    again = runner.invoke(main, ["load", str(exports), "--store", store])
    assert again.output == result.output
    result = runner.invoke(main, ["query", str(QUERIES / "who-attacked-whom.rq"), "--store", store])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["date", "attacker", "target"]
    assert lines[2].split()[:3] == ["2021-09-06", "Taliban", "Panjshir"]
    assert lines[-1] == "(1 row)"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_cli_query_formats(runner: CliRunner, store: Path, fmt: str) -> None:
    text = "SELECT ?name WHERE { ?a a sem:Actor ; rdfs:label ?name } ORDER BY ?name LIMIT 2"
    result = runner.invoke(main, ["query", text, "--store", str(store), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert result.output == "name\nAhmad Massoud\nNational Resistance Front of Afghanistan\n"
    else:
        assert json.loads(result.output) == [
            {"name": "Ahmad Massoud"}, {"name": "National Resistance Front of Afghanistan"}]


def test_cli_query_reads_stdin(runner: CliRunner, store: Path) -> None:
    result = runner.invoke(main, ["query", "-", "--store", str(store), "--format", "csv"],
                           input="ASK { ?a schema:name 'Taliban' ; rdfs:label 'Taliban'@en }")
    assert result.output == "ask\ntrue\n"


def test_cli_query_errors(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "SELECT WHERE", "--store", str(store)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: invalid SPARQL at line 1, column ")
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    result = runner.invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run `kg load EXPORT_DIR" in result.output
    result = runner.invoke(main, ["query", "missing.rq", "--store", str(store)])
    assert result.exit_code == 1
    assert "missing.rq: no such query file" in result.output
    bad = tmp_path / "bad.rq"
    bad.write_text("# a comment\nSELECT ?x WHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(bad), "--store", str(store)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: invalid SPARQL at line 5, column 1: ")


def test_cli_help_lists_the_store_commands(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    for command in ("load", "query", "validate"):
        assert f"kg {command} " in result.output
        assert runner.invoke(main, [command, "--help"]).exit_code == 0


def test_cli_build_with_store_loads_what_it_exports(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("date 2021-09-06\n\nRebels attacked the army in Kabul.\n",
                                  encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(main, ["build", str(source), "--out", str(tmp_path / "out"),
                                  "--no-cache", "--workers", "1", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"-> {store}" in result.output
    sparql = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o ?g"
    built = query(store, sparql)
    loaded = tmp_path / "loaded"
    load(tmp_path / "out", loaded)
    assert built == query(loaded, sparql)
    assert len(built[1]) > 10


def test_load_nquads_replaces_the_graphs_it_is_given(tmp_path: Path) -> None:
    graph = "http://example.org/doc/1"
    first = tmp_path / "first.nq"
    first.write_text(f'<http://e/a> <http://e/p> "old" <{graph}> .\n', encoding="utf-8")
    second = tmp_path / "second.nq"
    second.write_text(f'<http://e/a> <http://e/p> "new" <{graph}> .\n'
                      f'<http://e/b> <http://e/p> "kept" <http://e/other> .\n', encoding="utf-8")
    store = tmp_path / "store"
    assert load_nquads(first, [graph], store).store_size == 1
    loaded = load_nquads(second, [graph], store)
    assert (loaded.quads, loaded.graphs, loaded.store_size) == (2, 1, 2)
    _, rows = query(store, f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert rows == [("new",)]
