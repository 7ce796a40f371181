"""Neo4j import files: neo4j-admin headers, referential integrity, import.cypher data, and a real
load into an embedded LadybugDB that runs the Cypher examples of the docs."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.export import neo4j
from kg.export.neo4j import (
    ACTOR_HEADER,
    DOCUMENT_HEADER,
    EVENT_HEADER,
    FILES,
    MENTION_HEADER,
    RELATION_HEADER,
    REPORT_HEADER,
    SCHEMA,
    ladybug_statements,
    load_ladybug,
    relationship_type,
    write_neo4j,
)
from kg.model import Argument, Extraction
from kg.pipeline import KnowledgeGraph
from kg.vocab import event_iri
from tests.conftest import JOURNEY_TEXT, TEXT, make_extraction, make_journeys

ladybug = pytest.importorskip("ladybug")

ROOT = Path(__file__).resolve().parents[2]
ID = "https://w3id.org/kg-news/id/"
ATTACK, SUPPORT = ID + "event/c192c578680de64a", ID + "event/7608b1f6c9458901"
DAY = dt.date(2021, 9, 6)

ROLE_HEADER = ("role", "document_id", "mention", "mention_start:int", "mention_end:int")
HEADERS = {
    "nodes_actors.csv": ACTOR_HEADER,
    "nodes_events.csv": EVENT_HEADER,
    "rels_source.csv": (":START_ID(Actor)", ":END_ID(Event)", ":TYPE", *ROLE_HEADER),
    "rels_target.csv": (":START_ID(Event)", ":END_ID(Actor)", ":TYPE", *ROLE_HEADER),
    "rels_location.csv": (":START_ID(Event)", ":END_ID(Actor)", ":TYPE", *ROLE_HEADER),
    "rels_claimed_by.csv": (":START_ID(Event)", ":END_ID(Actor)", ":TYPE", *ROLE_HEADER),
    "rels_disputed_by.csv": (":START_ID(Event)", ":END_ID(Actor)", ":TYPE", *ROLE_HEADER),
    "rels_relations.csv": RELATION_HEADER,
    "nodes_documents.csv": DOCUMENT_HEADER,
    "rels_reports.csv": REPORT_HEADER,
    "rels_mentions.csv": MENTION_HEADER,
}

# neo4j-admin's header grammar: name[:type], :LABEL, :TYPE, name:ID(space), :START_ID(space)...
_FIELD = re.compile(
    r"(?P<name>[a-z_]+)(:(?P<type>string|int|long|double|float|boolean|date|string\[\]"
    r"|point\{crs:WGS-84\}))?"
    r"|(?:[a-z_]+):ID\((?P<space>[A-Z][a-z]+)\)|:LABEL|:TYPE|:(START|END)_ID\([A-Z][a-z]+\)"
)

EXAMPLES: dict[str, list[tuple[Any, ...]]] = {
    "who attacked whom, with who said so": [
        ("Taliban", "Panjshir", DAY, "claimed", ["Ahmad Massoud"],
         event_iri("news/a.txt", TEXT.index("attacked"), "ASSAULT")),
    ],
    "contested claims: events someone claims or denies": [
        ("Pakistan air support Taliban", "AID", "denied", [], ["Pakistan"]),
        ("Taliban attacked Panjshir", "ASSAULT", "claimed", ["Ahmad Massoud"], []),
    ],
    "an actor's timeline: every event the Taliban take part in, and their role": [
        (DAY, "source", "ASSAULT", "Taliban attacked Panjshir"),
        (DAY, "target", "AID", "Pakistan air support Taliban"),
    ],
    "events per place": [("Panjshir", ID + "actor/panjshir", 1)],
    "how many articles report each type of event": [("AID", 1), ("ASSAULT", 1)],
    "who leads whom, and where the text says so": [
        ("Ahmad Massoud", "National Resistance Front of Afghanistan",
         "NRFA leader Ahmad Massoud", "news/a.txt"),
    ],
}
"""Rows each Cypher example of docs/model.md and docs/loading.md gives on the fixture."""

JOURNEYS: dict[str, list[tuple[Any, ...]]] = {
    "who went where: every journey, with its movers, places and the people moved": sorted([
        (dt.date(2021, 9, 7), ["National Resistance Front of Afghanistan"], ["Rukha"],
         ["Ahmad Massoud"], "asserted", "escorted", "news/b.txt",
         event_iri("news/b.txt", JOURNEY_TEXT.index("escorted"), "MOVE")),
        (dt.date(2021, 9, 7), [], ["Panjshir"], [], "asserted", "driven", "news/b.txt",
         event_iri("news/b.txt", JOURNEY_TEXT.index("driven"), "MOVE")),
    ], key=lambda row: row[-1]),
}
"""Rows the Cypher examples about MOVE give on the fixture with its journeys."""


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _records(path: Path) -> list[dict[str, str]]:
    rows = _read(path)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _cypher_examples() -> dict[str, str]:
    examples = {}
    for doc in ("model.md", "loading.md"):
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        for block in re.findall(r"```cypher\n(.*?)```", text, flags=re.S):
            title = block.splitlines()[0].removeprefix("//").strip()
            examples[title] = block
    return examples


@pytest.fixture
def out(tmp_path: Path, extraction: Extraction) -> Path:
    write_neo4j(extraction, tmp_path / "neo4j")
    return tmp_path / "neo4j"


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("ladybug")
    write_neo4j(make_extraction(), folder / "neo4j")
    return ladybug.Connection(load_ladybug(folder / "neo4j", folder / "graph.lbdb"))


def _run(connection: Any, cypher: str) -> list[tuple[Any, ...]]:
    result = connection.execute(cypher)
    rows = []
    while result.has_next():
        rows.append(tuple(result.get_next()))
    return rows


def test_files_and_headers_follow_neo4j_admin_conventions(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    for name, header in HEADERS.items():
        assert tuple(_read(out / name)[0]) == header, name
        for field in header:
            assert _FIELD.fullmatch(field), f"{name}: {field!r}"


def test_node_rows(out: Path) -> None:
    actors = {r["id:ID(Actor)"]: r for r in _records(out / "nodes_actors.csv")}
    assert list(actors) == sorted(actors)
    taliban, panjshir = actors[ID + "actor/taliban"], actors[ID + "actor/panjshir"]
    assert taliban[":LABEL"] == "Actor;Organisation"
    assert taliban["aliases:string[]"] == "<Taliban>;Taliban"
    assert taliban["mention_count:int"] == "2"
    geonames = make_extraction().actors[ID + "actor/panjshir"].geonames
    assert (panjshir[":LABEL"], panjshir["latitude:double"], panjshir["geonames:long"]) == (
        "Actor;Place", "35.5", str(geonames))
    assert actors[ID + "actor/ahmad-massoud"][":LABEL"] == "Actor;Person"
    events = {r["id:ID(Event)"]: r for r in _records(out / "nodes_events.csv")}
    attack = events[ATTACK]
    assert (attack[":LABEL"], attack["type"], attack["modality"]) == (
        "Event;Assault", "ASSAULT", "claimed")
    assert (attack["date:date"], attack["date_start:date"], attack["date_interval"]) == (
        "2021-09-06", "2021-09-06", "")
    assert events[SUPPORT]["sentence"] == (
        'Pakistan denied giving "air support" to the <Taliban> & friends.')


def test_role_directions_and_types(out: Path) -> None:
    def pairs(name: str) -> list[tuple[str, str, str, str]]:
        return [(r[0].rsplit("/", 1)[1], r[1].rsplit("/", 1)[1], r[2], r[3])
                for r in _read(out / name)[1:]]

    assert pairs("rels_source.csv") == [
        ("pakistan", "7608b1f6c9458901", "SOURCE", "source"),
        ("taliban", "c192c578680de64a", "SOURCE", "source")]
    assert pairs("rels_target.csv") == [
        ("7608b1f6c9458901", "taliban", "TARGET", "target"),
        ("c192c578680de64a", "panjshir", "TARGET", "target")]
    assert pairs("rels_claimed_by.csv") == [
        ("c192c578680de64a", "ahmad-massoud", "CLAIMED_BY", "claimed_by")]
    assert pairs("rels_disputed_by.csv") == [
        ("7608b1f6c9458901", "pakistan", "DISPUTED_BY", "disputed_by")]
    relation = _records(out / "rels_relations.csv")
    assert [(r[":TYPE"], r["evidence"], r["evidence_start:int"]) for r in relation] == [
        ("LEADER_OF", "NRFA leader Ahmad Massoud", "41")]


def test_every_relationship_ends_at_a_node_of_its_id_space(out: Path) -> None:
    ids = {"Actor": {r[0] for r in _read(out / "nodes_actors.csv")[1:]},
           "Event": {r[0] for r in _read(out / "nodes_events.csv")[1:]},
           "Document": {r[0] for r in _read(out / "nodes_documents.csv")[1:]}}
    for name in HEADERS:
        rows = _read(out / name)
        if not rows[0][0].startswith(":START_ID"):
            continue
        start, end = (re.search(r"\((\w+)\)", f)[1] for f in rows[0][:2])  # type: ignore[index]
        for row in rows[1:]:
            assert row[0] in ids[start] and row[1] in ids[end], (name, row)


def test_intervals_unknown_actors_and_awkward_text(tmp_path: Path) -> None:
    extraction = make_extraction()
    attack = extraction.events[0]
    attack.date = "2021-08-30/2021-09-05"
    attack.sentence_text = "line one\nline two;\r\nthree"
    attack.arguments.append(Argument("target", ID + "actor/unknown"))
    extraction.actors[ID + "actor/taliban"].aliases.append("A;B")
    write_neo4j(extraction, tmp_path)
    row = {r["id:ID(Event)"]: r for r in _records(tmp_path / "nodes_events.csv")}[ATTACK]
    assert (row["date:date"], row["date_start:date"], row["date_end:date"]) == (
        "", "2021-08-30", "2021-09-05")
    assert row["date_interval"] == "2021-08-30/2021-09-05"
    assert row["sentence"] == "line one line two; three"
    taliban = _records(tmp_path / "nodes_actors.csv")[-1]
    assert taliban["aliases:string[]"] == "<Taliban>;A,B;Taliban"
    assert "unknown" not in (tmp_path / "rels_target.csv").read_text(encoding="utf-8")
    assert "unknown" not in (tmp_path / "import.cypher").read_text(encoding="utf-8")


def test_output_is_deterministic_and_atomic(tmp_path: Path) -> None:
    write_neo4j(make_extraction(), tmp_path / "a")
    write_neo4j(make_extraction(), tmp_path / "b")
    for name in FILES:
        if name != "ladybug.cypher":
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert not list((tmp_path / "a").glob(".*"))


def _statements(text: str) -> list[str]:
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    return [s.strip() for s in body.split(";\n") if s.strip()]


def _unwind_data(statement: str) -> list[dict[str, Any]]:
    """The rows of an ``UNWIND [...] AS row`` statement, read back as JSON."""
    data = statement[len("UNWIND "):statement.index("\n] AS row") + 2]
    data = re.sub(r'date\(("[0-9-]+")\)', r"\1", data)
    data = re.sub(r"point\(\{latitude: ([^,]+), longitude: ([^}]+)\}\)", r"[\1, \2]", data)
    data = re.sub(r'([{,]\s*)([a-z_]+): ', r'\1"\2": ', data)
    return json.loads(data)


def test_import_cypher_merges_the_same_data(out: Path) -> None:
    statements = _statements((out / "import.cypher").read_text(encoding="utf-8"))
    assert statements[:len(SCHEMA)] == [s.removesuffix(";") for s in SCHEMA]
    rest = statements[len(SCHEMA):]
    assert all(s.startswith("UNWIND [") and "MERGE (" in s for s in rest)
    assert not any(re.search(r"\bCREATE\b", s) for s in rest)
    nodes = [r for s in rest if "MERGE (n:" in s for r in _unwind_data(s)]
    csv_rows = [row for name in ("nodes_actors.csv", "nodes_events.csv", "nodes_documents.csv")
                for row in _records(out / name)]
    assert sorted(r["id"] for r in nodes) == sorted(
        r.get("id:ID(Actor)") or r.get("id:ID(Event)") or r["id:ID(Document)"]
        for r in csv_rows)
    support = next(r for r in nodes if r["id"] == SUPPORT)
    assert support["sentence"] == 'Pakistan denied giving "air support" to the <Taliban> & friends.'
    assert support["date"] == "2021-09-06" and "date_interval" not in support
    assert "SET n = row, n:`Aid`" in next(s for s in rest if SUPPORT in s)
    edges = {m for s in rest for m in re.findall(r"MERGE \(a\)-\[r:(\w+)", s)}
    assert edges == {"SOURCE", "TARGET", "LOCATION", "CLAIMED_BY", "DISPUTED_BY", "LEADER_OF",
                     "REPORTS", "MENTIONS"}
    leader = next(s for s in rest if ":LEADER_OF" in s)
    assert "{document_id: row.p.document_id, evidence_start: row.p.evidence_start}" in leader


def _cypher_syntax_errors(text: str) -> list[str]:
    """Errors of the openCypher grammar (antlr4-cypher) on *text*; [] when it parses."""
    antlr4 = pytest.importorskip("antlr4")
    grammar = pytest.importorskip("antlr4_cypher")
    errors: list[str] = []

    class Collect(antlr4.error.ErrorListener.ErrorListener):
        def syntaxError(self, recognizer: Any, symbol: Any, line: int, column: int,
                        message: str, error: Any) -> None:
            errors.append(f"{line}:{column} {message}")

    lexer = grammar.CypherLexer(antlr4.InputStream(text))
    parser = grammar.CypherParser(antlr4.CommonTokenStream(lexer))
    for recognizer in (lexer, parser):
        recognizer.removeErrorListeners()
        recognizer.addErrorListener(Collect())
    parser.script()
    return errors


def test_import_cypher_parses_as_opencypher(out: Path) -> None:
    statements = _statements((out / "import.cypher").read_text(encoding="utf-8"))
    assert _cypher_syntax_errors("MATCH (n RETURN n")
    for statement in statements[len(SCHEMA):]:
        assert _cypher_syntax_errors(statement) == [], statement


@pytest.mark.parametrize("title", sorted(EXAMPLES))
def test_cypher_example_parses_as_opencypher(title: str) -> None:
    assert _cypher_syntax_errors(_cypher_examples()[title]) == []


def test_relationship_type() -> None:
    assert relationship_type("leader_of") == "LEADER_OF"
    assert relationship_type("co-founder of") == "CO_FOUNDER_OF"
    assert relationship_type("--") == "RELATED_TO"


def test_ladybug_schema_follows_the_headers(out: Path) -> None:
    statements = ladybug_statements(out, relative=True)
    assert statements[0].startswith("CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY,"
                                    " labels STRING[], label STRING")
    assert "CREATE REL TABLE IF NOT EXISTS SOURCE(FROM Actor TO Event, role STRING" in "\n".join(
        statements)
    assert (out / "ladybug.cypher").read_text(encoding="utf-8").splitlines()[2:] == statements


def test_ladybug_loads_every_row(connection: Any) -> None:
    assert _run(connection, "MATCH (a:Actor) RETURN count(*)") == [(5,)]
    assert _run(connection, "MATCH (e:Event) RETURN count(*)") == [(2,)]
    assert _run(connection, "MATCH (d:Document) RETURN count(*)") == [(1,)]
    assert _run(connection, "MATCH ()-[r]->() RETURN count(*)") == [(8 + 2 + 6,)]
    assert _run(connection, "MATCH (a:Actor {label: 'Taliban'}) RETURN a.labels, a.aliases, "
                            "a.wikidata, a.latitude") == [
        (["Actor", "Organisation"], ["<Taliban>", "Taliban"], "Q42954", None)]


def test_who_attacked_whom_in_ladybug(connection: Any) -> None:
    rows = _run(connection, "MATCH (s:Actor)-[:SOURCE]->(e:Event)-[:TARGET]->(t:Actor) "
                            "WHERE e.type = 'ASSAULT' RETURN s.label, t.label, e.date")
    assert rows == [("Taliban", "Panjshir", DAY)]


def test_every_cypher_example_in_the_docs_has_expected_rows() -> None:
    assert sorted(_cypher_examples()) == sorted(EXAMPLES | JOURNEYS)


@pytest.mark.parametrize("title", sorted(EXAMPLES))
def test_cypher_example_runs_in_ladybug(connection: Any, title: str) -> None:
    assert _run(connection, _cypher_examples()[title]) == EXAMPLES[title]


def test_events_per_place_keeps_places_of_one_name_apart(tmp_path: Path) -> None:
    """Two unnamed places called "building" in two articles are two places, not one."""
    import copy

    extraction = make_extraction()
    other = copy.deepcopy(extraction.actors[ID + "actor/panjshir"])
    other.id = ID + "actor/panjshir-2"
    extraction.actors[other.id] = other
    event = copy.deepcopy(extraction.events[0])
    event.id = ATTACK + "0"
    event.arguments = [Argument("location", other.id)]
    extraction.events.append(event)
    write_neo4j(extraction, tmp_path / "neo4j")
    db = ladybug.Connection(load_ladybug(tmp_path / "neo4j", tmp_path / "graph.lbdb"))
    assert _run(db, _cypher_examples()["events per place"]) == [
        ("Panjshir", ID + "actor/panjshir", 1), ("Panjshir", other.id, 1)]


@pytest.mark.parametrize("title", sorted(JOURNEYS))
def test_journey_example_runs_in_ladybug(tmp_path: Path, title: str) -> None:
    write_neo4j(make_journeys(), tmp_path / "neo4j")
    journeys = ladybug.Connection(load_ladybug(tmp_path / "neo4j", tmp_path / "graph.lbdb"))
    assert _run(journeys, _cypher_examples()[title]) == JOURNEYS[title]


def test_write_all_writes_the_neo4j_folder(tmp_path: Path, extraction: Extraction) -> None:
    written = KnowledgeGraph(extraction).write(tmp_path)
    assert {p for p in written if p.parent.name == "neo4j"} == {
        tmp_path / "neo4j" / name for name in FILES}


def test_ladybug_recipe_in_the_docs_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "docs" / "loading.md").read_text(encoding="utf-8")
    recipe = next(b for b in re.findall(r"```python\n(.*?)```", text, flags=re.S)
                  if "load_ladybug" in b)
    write_neo4j(make_extraction(), tmp_path / "exports" / "neo4j")
    monkeypatch.chdir(tmp_path)
    exec(recipe, {})
    assert capsys.readouterr().out.splitlines() == [
        "['Pakistan', 'AID', 'Taliban']", "['Taliban', 'ASSAULT', 'Panjshir']"]


def test_documents_report_events_and_mention_actors(out: Path) -> None:
    (doc,) = _records(out / "nodes_documents.csv")
    assert (doc["id:ID(Document)"], doc[":LABEL"], doc["document_id"], doc["date:date"],
            doc["date_basis"], doc["length:int"]) == (
        ID + "doc/news%2Fa.txt", "Document", "news/a.txt", "2021-09-06", "header",
        str(len(make_extraction().documents[0].text)))
    reports = _records(out / "rels_reports.csv")
    assert sorted((r[":END_ID(Event)"], r["trigger"]) for r in reports) == [
        (SUPPORT, "air support"), (ATTACK, "attacked")]
    mentions = _records(out / "rels_mentions.csv")
    assert len(mentions) == sum(len(a.mentions) for a in make_extraction().actors.values())
    assert {(r[":END_ID(Actor)"].rsplit("/", 1)[1], r["mention"], r["mention_start:int"])
            for r in mentions} >= {("taliban", "Taliban", "4"),
                                   ("national-resistance-front-of-afghanistan", "NRFA", "41")}


def test_places_have_a_wgs84_point(out: Path) -> None:
    actors = {r["id:ID(Actor)"]: r for r in _records(out / "nodes_actors.csv")}
    assert actors[ID + "actor/panjshir"]["location:point{crs:WGS-84}"] == (
        "{latitude:35.5,longitude:69.75}")
    assert actors[ID + "actor/taliban"]["location:point{crs:WGS-84}"] == ""
    script = (out / "import.cypher").read_text(encoding="utf-8")
    assert "location: point({latitude: 35.5, longitude: 69.75})" in script
    assert "CREATE POINT INDEX kg_actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location);" \
        in script


def test_ladybug_script_runs_as_is_from_its_folder(
    out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = ladybug.Connection(ladybug.Database(str(tmp_path / "db")))
    monkeypatch.chdir(out)
    for statement in _statements((out / "ladybug.cypher").read_text(encoding="utf-8")):
        connection.execute(statement)
    assert _run(connection, "MATCH ()-[r]->() RETURN count(*)") == [(16,)]
    assert _run(connection, "MATCH (d:Document)-[:REPORTS]->(e:Event)-[:TARGET]->(a:Actor) "
                            "RETURN a.label ORDER BY a.label") == [("Panjshir",), ("Taliban",)]


def test_quoted_commas_quotes_and_long_fields_load_into_ladybug(tmp_path: Path) -> None:
    """LadybugDB's CSV sniffing split "up to 1,000 people"; a sentence over the csv module's
    131,072-character field limit broke the writer, which read its own CSV back."""
    extraction = make_extraction()
    taliban = extraction.actors[ID + "actor/taliban"]
    taliban.aliases += ["up to 1,000 people", 'the "students"']
    extraction.events[1].sentence_text = "word, " * 40_000
    write_neo4j(extraction, tmp_path / "neo4j")
    connection = ladybug.Connection(load_ladybug(tmp_path / "neo4j", tmp_path / "db"))
    assert _run(connection, "MATCH (a:Actor {label: 'Taliban'}) RETURN a.aliases") == [
        (["<Taliban>", "Taliban", 'the "students"', "up to 1,000 people"],)]
    assert _run(connection, "MATCH (e:Event) RETURN max(size(e.sentence))") == [
        (len(("word, " * 40_000).strip()),)]
    assert _run(connection, "MATCH ()-[r]->() RETURN count(*)") == [(16,)]


def test_cypher_maps_are_formatted_a_column_at_a_time_as_cell_by_cell() -> None:
    """Each row's map is the one made cell by cell (:func:`neo4j._literal`, None left out),
    whatever the mix of types in a column: text, numbers, None, dates, lists, points."""
    header = ("id", "name", "count:int", "share:double", "date:date", "tags:string[]",
              "location:point{crs:WGS-84}", "flag:boolean", ":IGNORED")
    rows = [
        ("a", "Émile \"E\"", 3, 0.5, "2021-09-06", ["x", "y;z"], (35.5, 69.75), True, "q"),
        ("b", None, None, None, None, None, None, None, None),
        ("c", "plain", 7, 2.0, "2021-09-07", None, None, False, None),
        ("d", "tab\there", None, 1e-9, None, ["ü"], (-1.0, 2.0), None, None),
    ]
    fields = list(enumerate(header))

    def by_cell(row: tuple[Any, ...]) -> str:
        cells = [f"{name}: {neo4j._literal(row[i], kind)}" for i, field in fields
                 for name, kind in [neo4j._column(field)] if name and row[i] is not None]
        return "{" + ", ".join(cells) + "}"

    assert neo4j._mapper(fields)(rows) == [by_cell(row) for row in rows]
    assert neo4j._mapper([(8, ":IGNORED")])(rows) == ["{}"] * len(rows)
    assert neo4j._json_ids(["a\u00e9", "b"]) == [json.dumps("a\u00e9"), json.dumps("b")]
