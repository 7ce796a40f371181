"""The exports of 200 real articles, checked in the clients users open them with.

One build of the first 200 records of ``../shared/corpora/ecbplus.jsonl`` for this module (skipped
when ../shared is absent), then what the seed tests check, at scale: every file parses in its
real reader (rdflib, pyoxigraph, lxml against the GraphML XSD and GEXF RELAX NG schema,
networkx, igraph, graphology when node is installed, pandas, LadybugDB), every documented
query gives the rows the extraction implies, every offset indexes its source, and no event
carries a date that no text gave.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from lxml import etree

from kg.model import Extraction
from tests.conftest import ROOT, SHARED
from tests.export.test_neo4j import _run as _cypher

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")]

CORPUS = SHARED / "corpora" / "ecbplus.jsonl"
SCHEMAS = SHARED / "reference" / "schemas"
ARTICLES = 200
RDF = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.nq": "nquads", "graph.trig": "trig",
       "graph.jsonld": "json-ld"}
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


class Build:
    """The extraction of the 200 articles, its export folder and their source records."""

    def __init__(self, extraction: Extraction, out: Path, sources: dict[str, str]) -> None:
        self.extraction = extraction
        self.out = out
        self.sources = sources

    def rows(self, name: str) -> list[dict[str, str]]:
        previous = csv.field_size_limit(sys.maxsize)
        try:
            with (self.out / name).open(encoding="utf-8", newline="") as handle:
                return list(csv.DictReader(handle))
        finally:
            csv.field_size_limit(previous)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Module-scoped: the 200 articles' extraction is freed after this module, its only user."""
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is absent (the shared data folder is not beside the project)")
    import kg

    folder = tmp_path_factory.mktemp("corpus")
    head = folder / "ecbplus-200.jsonl"
    with CORPUS.open(encoding="utf-8") as source:
        head.write_text("".join(next(source) for _ in range(ARTICLES)), encoding="utf-8")
    logging.disable(logging.WARNING)
    try:
        result = kg.build(head)
        result.write(folder / "exports")
    finally:
        logging.disable(logging.NOTSET)
    lines = head.read_text(encoding="utf-8").splitlines()
    sources = {d.id: json.loads(lines[(d.line or 1) - 1])["text"]
               for d in result.extraction.documents}
    return Build(result.extraction, folder / "exports", sources)


# --- every file parses in its reader ------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RDF))
def test_rdf_parses_in_rdflib_and_pyoxigraph(corpus: Build, name: str) -> None:
    path = corpus.out / name
    in_oxigraph = set(ox.parse(path=path))
    dataset = rdflib.Dataset()
    dataset.parse(path, format=RDF[name])
    assert sum(len(g) for g in dataset.graphs()) == len(in_oxigraph) > 50_000
    if name in ("graph.nq", "graph.trig", "graph.jsonld"):
        graphs = {q.graph_name for q in in_oxigraph} - {ox.DefaultGraph()}
        assert len(graphs) == len({m.document_id for a in corpus.extraction.actors.values()
                                   for m in a.mentions} | {e.document_id
                                                           for e in corpus.extraction.events})


def _schema(kind: str) -> etree.XMLSchema | etree.RelaxNG:
    if kind == "graphml":
        return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf-1.3" / "gexf.rng")))


@pytest.mark.parametrize("name", ["graph", "actors"])
@pytest.mark.parametrize("kind", ["graphml", "gexf"])
def test_networks_validate_and_read_in_networkx_and_igraph(
    corpus: Build, name: str, kind: str
) -> None:
    import igraph

    from kg.graph import actor_graph, event_graph

    path = corpus.out / f"{name}.{kind}"
    schema = _schema(kind)
    assert schema.validate(etree.parse(str(path))), schema.error_log
    expected = (event_graph if name == "graph" else actor_graph)(corpus.extraction)
    back = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == expected.number_of_nodes()
    assert back.number_of_edges() == expected.number_of_edges()
    if kind == "graphml":
        read = igraph.Graph.Read_GraphML(str(path))
        assert (read.vcount(), read.ecount()) == (expected.number_of_nodes(),
                                                 expected.number_of_edges())


def test_networks_read_in_graphology(corpus: Build, tmp_path: Path) -> None:
    from tests.export.test_graphology import CACHE, READER, _ensure_packages

    _ensure_packages()
    script = tmp_path / "read.js"
    script.write_text(READER, encoding="utf-8")
    paths = [corpus.out / f"{n}.{k}" for n in ("graph", "actors") for k in ("graphml", "gexf")]
    done = subprocess.run(["node", str(script), *map(str, paths)], capture_output=True,
                          text=True, env=dict(os.environ, NODE_PATH=str(CACHE / "node_modules")),
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    parsed = json.loads(done.stdout)
    for name in ("graph", "actors"):
        graph = nx.read_graphml(corpus.out / f"{name}.graphml")
        for kind in ("graphml", "gexf"):
            result = parsed[f"{name}.{kind}"]
            assert (result["order"], result["size"]) == (graph.number_of_nodes(),
                                                       graph.number_of_edges())


def test_tables_read_in_pandas_with_the_documented_recipe(
    corpus: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    recipe = next(b for b in re.findall(r"```python\n(.*?)```",
                                        (ROOT / "docs" / "loading.md").read_text("utf-8"),
                                        flags=re.S) if "pd.read_csv" in b)
    monkeypatch.chdir(corpus.out.parent)
    namespace: dict[str, Any] = {}
    exec(recipe, namespace)
    assert len(namespace["actors"]) == len(corpus.extraction.actors)
    assert namespace["events"]["event_id"].nunique() == len(corpus.extraction.events)
    assert not namespace["events"]["sentence"].str.endswith(("\n", "\r", " ")).any()


@pytest.fixture(scope="module")
def ladybug_db(corpus: Build, tmp_path_factory: pytest.TempPathFactory) -> Any:
    ladybug = pytest.importorskip("ladybug")
    from kg.export.neo4j import load_ladybug

    path = tmp_path_factory.mktemp("ladybug") / "graph.lbdb"
    return ladybug.Connection(load_ladybug(corpus.out / "neo4j", path))


def test_ladybug_holds_every_actor_event_and_relationship(corpus: Build, ladybug_db: Any) -> None:
    x = corpus.extraction
    assert _cypher(ladybug_db, "MATCH (a:Actor) RETURN count(*)") == [(len(x.actors),)]
    assert _cypher(ladybug_db, "MATCH (e:Event) RETURN count(*)") == [(len(x.events),)]
    assert _cypher(ladybug_db, "MATCH (d:Document) RETURN count(*)") == [(len(x.documents),)]
    relationships = sum(len(corpus.rows(f"neo4j/{p.name}"))
                        for p in (corpus.out / "neo4j").glob("rels_*.csv"))
    assert _cypher(ladybug_db, "MATCH ()-[r]->() RETURN count(*)") == [(relationships,)]
    roles = {(a.role, e.id, a.actor) for e in x.events for a in e.arguments if a.actor in x.actors}
    assert relationships >= len(roles) + len(x.events)


# --- every documented query gives the rows the extraction implies -------------------------


@pytest.fixture(scope="module")
def store(corpus: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.store import load

    folder = tmp_path_factory.mktemp("store") / "kg-store"
    load(corpus.out, folder)
    return folder


def _query(store: Path, text: str) -> list[dict[str, str | None]]:
    from kg.store import query

    variables, rows = query(store, text)
    return [dict(zip(variables, row, strict=True)) for row in rows]


def _pairs(x: Extraction, role_a: str, role_b: str, etype: str) -> set[tuple[str, str, str]]:
    return {(e.id, a, b) for e in x.events if e.type == etype
            for a in e.actors(role_a) if a in x.actors
            for b in e.actors(role_b) if b in x.actors}


def _busiest_actor(x: Extraction) -> tuple[str, int]:
    """The actor in most (event, role) pairs, and that number."""
    counts = Counter(actor for e in x.events
                     for actor in {(a.role, a.actor) for a in e.arguments if a.actor in x.actors})
    (role_actor, _), = counts.most_common(1) or [(("", ""), 0)]
    actor = role_actor[1]
    return actor, sum(n for (_, a), n in counts.items() if a == actor)


def test_shipped_sparql_queries(corpus: Build, store: Path) -> None:
    x = corpus.extraction
    queries = {p.name: p.read_text(encoding="utf-8")
               for p in sorted((ROOT / "docs" / "queries").glob("*.rq"))}
    attacks = _pairs(x, "source", "target", "ASSAULT")
    rows = _query(store, queries.pop("who-attacked-whom.rq"))
    assert len(rows) == len(attacks) > 0
    assert {(r["event"], r["attacker"], r["target"]) for r in rows} == {
        (e, x.actors[s].label, x.actors[t].label) for e, s, t in attacks}
    contested = {(e.id, a.role, a.actor) for e in x.events for a in e.arguments
                 if a.role in ("claimed_by", "disputed_by") and a.actor in x.actors}
    assert len(_query(store, queries.pop("contested-claims.rq"))) == len(contested) > 0
    actor, expected = _busiest_actor(x)
    timeline = queries.pop("actor-timeline.rq")
    name = json.dumps(x.actors[actor].label)
    rows = _query(store, re.sub(r"VALUES \?actor \{ .* \}", f"VALUES ?actor {{ {name} }}",
                                timeline))
    assert len(rows) == expected > 1
    assert [r["date"] for r in rows] == sorted(r["date"] or "" for r in rows)
    places = Counter(a for e in x.events for a in set(e.locations) if a in x.actors)
    rows = _query(store, queries.pop("events-per-place.rq"))
    assert {r["placeNode"]: (r["place"], int(r["events"] or 0)) for r in rows} == {
        a: (x.actors[a].label, n) for a, n in places.items()}
    rows = _query(store, queries.pop("who-went-where.rq"))
    moves = [e for e in x.events if e.type == "MOVE"]
    assert len(rows) == len(moves) > 0
    assert {r["event"]: tuple(frozenset((r[k] or "").split("|")) - {""}
                              for k in ("mover", "places", "moved")) for r in rows} == {
        e.id: tuple(frozenset(x.actors[a].label for a in ids if a in x.actors)
                    for ids in (e.sources, e.locations, e.targets)) for e in moves}
    assert not queries, f"a shipped query without a check here: {sorted(queries)}"


def _blocks(language: str) -> Iterator[tuple[Path, str]]:
    for path in DOCS:
        for block in re.findall(rf"```{language}\n(.*?)```", path.read_text("utf-8"), flags=re.S):
            yield path, block


def test_documented_sparql_examples(corpus: Build, store: Path) -> None:
    x = corpus.extraction
    examples = list(_blocks("sparql"))
    assert examples
    for path, text in examples:
        rows = _query(store, text)
        if "?claimant" in text:
            attacks = _pairs(x, "source", "target", "ASSAULT")
            expected = sum(max(1, len([c for c in e.claimed_by if c in x.actors]))
                           for e in x.events for ev, _, _ in attacks if ev == e.id)
            assert len(rows) == expected > 0, path
        elif "void:subset" in text:
            graphs = {m.document_id for a in x.actors.values() for m in a.mentions} | {
                e.document_id for e in x.events} | {r.evidence.document_id for r in x.relations}
            assert len(rows) == len(graphs), path
            assert sum(int(r["triples"] or 0) for r in rows) > 10_000
        else:
            pytest.fail(f"{path}: a SPARQL example without a check here")


def test_documented_cypher_examples(corpus: Build, ladybug_db: Any) -> None:
    x = corpus.extraction
    known = x.actors
    expected = {
        "who attacked whom, with who said so": len({
            (e.id, known[s].label, known[t].label)
            for e in x.events if e.type == "ASSAULT"
            for s in e.sources if s in known for t in e.targets if t in known}),
        "contested claims: events someone claims or denies": sum(
            any(a in known for a in e.claimed_by + e.disputed_by) for e in x.events),
        "events per place": len({a for e in x.events for a in e.locations if a in known}),
        "how many articles report each type of event": len({e.type for e in x.events}),
        "who went where: every journey, with its movers, places and the people moved": sum(
            e.type == "MOVE" for e in x.events),
        "who leads whom, and where the text says so": len({
            (known[r.subject].label, known[r.object].label, r.evidence.text,
             r.evidence.document_id) for r in x.relations
            if r.predicate == "leader_of" and r.subject in known and r.object in known}),
    }
    taliban = [a for a in known.values() if a.label == "Taliban"]
    expected["an actor's timeline: every event the Taliban take part in, and their role"] = sum(
        1 for e in x.events for a in {(g.role, g.actor) for g in e.arguments}
        if taliban and a[1] == taliban[0].id)
    examples = {block.splitlines()[0].removeprefix("//").strip(): block
                for _, block in _blocks("cypher")}
    assert sorted(examples) == sorted(expected)
    for title, text in examples.items():
        assert len(_cypher(ladybug_db, text)) == expected[title], title


# --- offsets and dates ------------------------------------------------------------------


def test_every_offset_indexes_its_source_record(corpus: Build) -> None:
    for row in corpus.rows("mentions.csv"):
        text = corpus.sources[row["document_id"]]
        assert text[int(row["start"]):int(row["end"])] == row["text"], row
    for row in corpus.rows("events.csv"):
        text = corpus.sources[row["document_id"]]
        assert text[int(row["trigger_start"]):int(row["trigger_end"])] == row["trigger"], row


def test_every_nif_offset_indexes_its_document_string(corpus: Build) -> None:
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    store = ox.Store()
    store.bulk_load(path=corpus.out / "graph.nq", format=ox.RdfFormat.N_QUADS)
    strings = {row["doc"].value: row["text"].value for row in store.query(
        f"SELECT ?doc ?text WHERE {{ ?doc <{nif}isString> ?text }}")}  # type: ignore[union-attr]
    spans = list(store.query(f"""SELECT ?doc ?b ?e ?anchor WHERE {{ GRAPH ?g {{
        ?m <{nif}referenceContext> ?doc ; <{nif}beginIndex> ?b ; <{nif}endIndex> ?e ;
           <{nif}anchorOf> ?anchor }} }}"""))  # type: ignore[arg-type]
    assert len(spans) > 1000
    for span in spans:
        text = strings[span["doc"].value]
        assert text[int(span["b"].value):int(span["e"].value)] == span["anchor"].value


def test_no_event_has_a_date_no_text_gave(corpus: Build) -> None:
    """Most ECB+ records have no date and none is passed with --date: such a document stays
    undated, and its events are dated only by a full date its text writes."""
    documents = {d.id: d for d in corpus.extraction.documents}
    assert not [d.id for d in documents.values() if d.date_basis == "mtime"]
    for event in corpus.extraction.events:
        if event.date and documents[event.document_id].date is None:
            assert event.date_basis == "explicit", (event.id, event.date_basis)


def test_no_clock_time_or_phone_number_becomes_a_year(corpus: Build) -> None:
    odd = [(e.date, e.sentence_text.strip()[:80]) for e in corpus.extraction.events
           if e.date and e.date_basis == "explicit" and e.date[:4] < "1900"]
    assert not odd
