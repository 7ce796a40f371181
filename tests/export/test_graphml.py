"""GraphML export: XSD-valid, read back by networkx, typed keys, stable bytes, atomic writes."""

from __future__ import annotations

import io
from collections import Counter
from functools import partial
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import kg.export.graphml as graphml_module
from kg.export._xml import (
    Table,
    clean_text,
    escape_attr,
    escape_text,
    flat_shapes,
    flatten_attrs,
    format_value,
    name_token,
    nmtoken,
)
from kg.export.graphml import NS, node_ids, write_graphml
from kg.graph import actor_graph, event_graph
from kg.model import Extraction
from tests.export._xmlcheck import (
    assert_atomic_write,
    assert_insertion_order_free,
    assert_random_text_round_trips,
    assert_valid,
    random_text,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"  # as in tests/conftest.py
XSD = SHARED / "reference" / "schemas" / "graphml" / "graphml.xsd"
G = f"{{{NS}}}"
NASTY = 'A <b>&amp; "quoted" </script>\x07 bell\r\nnew line\x00 \ud800 end'
GRAPHS = {"event_graph": event_graph, "actor_graph": actor_graph}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    if not XSD.exists():
        pytest.skip(f"GraphML schema not found at {XSD} (the shared reference folder is missing)")
    return etree.XMLSchema(etree.parse(str(XSD)))


def to_bytes(graph: nx.Graph, **options: bool) -> bytes:
    out = io.BytesIO()
    write_graphml(graph, out, **options)
    return out.getvalue()


def read(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


@pytest.mark.parametrize("build", GRAPHS.values(), ids=GRAPHS.keys())
def test_valid_and_read_back_by_networkx(build, extraction: Extraction, schema) -> None:
    graph = build(extraction)
    data = to_bytes(graph)
    assert_valid(schema, data)
    back = read(data)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.is_directed()
    ids = node_ids(graph)
    assert all(i.startswith(("actor:", "event:")) for i in ids.values())
    for node, attrs in graph.nodes(data=True):
        got = back.nodes[ids[node]]
        assert got["iri"] == node
        assert got["label"] == attrs["label"]
        assert got["kind"] == attrs["kind"]
        assert got["x"] == attrs["x"] and isinstance(got["x"], float)
        assert got["size"] == attrs["size"]
        assert got["color"] == attrs["color"]
        rgb = tuple(int(attrs["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert (got["r"], got["g"], got["b"]) == rgb
    sent = Counter(
        (ids[u], ids[v], d["label"], d["weight"]) for u, v, d in graph.edges(data=True)
    )
    got_edges = Counter((u, v, d["label"], d["weight"]) for u, v, d in back.edges(data=True))
    assert got_edges == sent


def test_attribute_types_and_list_flattening(extraction: Extraction) -> None:
    graph = event_graph(extraction)
    back = read(to_bytes(graph))
    taliban = next(d for d in back.nodes.values() if d["label"] == "Taliban")
    panjshir = next(d for d in back.nodes.values() if d["label"] == "Panjshir")
    assert taliban["aliases"] == "<Taliban>|Taliban"
    assert taliban["labels"] == ":Actor:Organisation"
    assert taliban["mention_count"] == 2 and isinstance(taliban["mention_count"], int)
    assert panjshir["latitude"] == 35.5 and isinstance(panjshir["latitude"], float)
    assert panjshir["geonames"] == 6957555
    event = next(d for d in back.nodes.values() if d["kind"] == "event")
    assert event["labels"] == ":Event"
    assert event["date"] == "2021-09-06"


def test_keys_are_named_typed_and_scoped(extraction: Extraction, schema) -> None:
    root = assert_valid(schema, to_bytes(event_graph(extraction)))
    keys = root.findall(G + "key")
    assert {k.get("for") for k in keys} == {"graph", "node", "edge"}
    assert {k.get("attr.type") for k in keys} <= {"boolean", "long", "double", "string"}
    assert all(not k.get("id")[1:].isdigit() for k in keys)
    names = {(k.get("for"), k.get("attr.name")): k.get("id") for k in keys}
    assert names["edge", "label"] == "label" and names["node", "label"] == "node_label"
    assert ("node", "type") not in names and ("node", "kind") in names
    graph = root.find(G + "graph")
    assert graph.get("edgedefault") == "directed"
    tags = [etree.QName(e).localname for e in graph if etree.QName(e).localname != "data"]
    assert tags == sorted(tags, key=lambda t: t == "edge"), "nodes come before edges"
    for edge in graph.iter(G + "edge"):
        assert edge[0].get("key") == "label", "APOC takes the first label data as the type"
        assert "label" not in edge.attrib


def test_parallel_edges_kept_with_stable_ids(extraction: Extraction) -> None:
    graph = event_graph(extraction)
    root = etree.fromstring(to_bytes(graph))
    ids = [e.get("id") for e in root.iter(G + "edge")]
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    pairs = Counter((e.get("source"), e.get("target")) for e in root.iter(G + "edge"))
    assert max(pairs.values()) == 2, "event -> Panjshir as target and as location"


def test_deterministic_bytes_whatever_the_insertion_order(extraction: Extraction) -> None:
    first = assert_insertion_order_free(event_graph(extraction), to_bytes, seed=7)
    assert b"d0" not in first


def test_nasty_label_is_escaped_and_survives(schema) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("https://x.org/a?b=1&c=<2>", label=NASTY, type="weird", kind="person")
    graph.add_node("https://x.org/b", label="plain")
    graph.add_edge("https://x.org/a?b=1&c=<2>", "https://x.org/b", key="source", label=NASTY)
    data = to_bytes(graph)
    assert_valid(schema, data)
    assert b"</script>" not in data and b"&lt;/script&gt;" in data
    back = read(data)
    node = back.nodes[nmtoken("https://x.org/a?b=1&c=<2>")]
    assert node["label"] == clean_text(NASTY)
    assert clean_text(NASTY) == 'A <b>&amp; "quoted" </script> bell\r\nnew line  end'
    assert node["iri"] == "https://x.org/a?b=1&c=<2>"
    assert node["type_"] == "weird" and "type" not in node
    assert next(iter(back.edges(data=True)))[2]["label"] == clean_text(NASTY)


def test_mixed_types_widen() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", score=1, flag=True, mixed=1, none=None, empty=[], tags={"b", "a"})
    graph.add_node("b", score=2.5, flag=False, mixed="x", nan=float("nan"))
    back = read(to_bytes(graph))
    assert back.nodes["a"]["score"] == 1.0 and back.nodes["b"]["score"] == 2.5
    assert back.nodes["a"]["flag"] is True and back.nodes["b"]["flag"] is False
    assert back.nodes["a"]["mixed"] == "1" and back.nodes["b"]["mixed"] == "x"
    assert back.nodes["a"]["tags"] == "a|b"
    assert not {"none", "empty", "nan"} & (back.nodes["a"].keys() | back.nodes["b"].keys())


def test_gephi_edge_types_option_breaks_the_xsd(extraction: Extraction, schema) -> None:
    data = to_bytes(event_graph(extraction), gephi_edge_types=True)
    root = etree.fromstring(data)
    assert all(e.get("label") for e in root.iter(G + "edge"))
    assert not schema.validate(root)
    assert read(data).number_of_edges() == 7


def test_write_to_path_is_atomic(tmp_path: Path, monkeypatch, extraction: Extraction) -> None:
    graph, hook = event_graph(extraction), (graphml_module, "edge_id", 4)
    assert_atomic_write(tmp_path / "graph.graphml", monkeypatch, graph, write_graphml, hook)


@random_text({"label", "iri", "labels", "type", "id"})
def test_random_text_always_valid_and_round_trips(labels, notes, name, schema) -> None:
    ids = {"iri_part": str, "node_id": nmtoken, "attr_name": name_token}
    valid = partial(assert_valid, schema)
    assert_random_text_round_trips(labels, notes, name, to_bytes, valid, read, **ids)


def test_simple_undirected_graph(schema) -> None:
    graph = nx.karate_club_graph()
    data = to_bytes(graph)
    root = assert_valid(schema, data)
    assert root.find(G + "graph").get("edgedefault") == "undirected"
    back = nx.read_graphml(io.BytesIO(data))
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["0"]["club"] == "Mr. Hi" and back.graph["name"] == graph.graph["name"]
    assert all(isinstance(w, float) for *_, w in back.edges(data="weight"))


RAW_VALUE = st.one_of(
    st.text(max_size=8),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=4), max_size=3),
    st.frozensets(st.text(max_size=4), max_size=3),
)
RAW_ROWS = st.lists(
    st.dictionaries(st.sampled_from(["label", "note", "n", "x", "weight", "\x00", "a&b", "type",
                                     "type_", "a\x07", "a"]),
                    RAW_VALUE, max_size=7),
    max_size=12,
)


def _typed(row: dict) -> dict:
    return {name: (type(value), repr(value)) for name, value in row.items()}


@settings(max_examples=150, deadline=None)
@given(raw=RAW_ROWS, lists=st.booleans(), escape=st.sampled_from([escape_text, escape_attr]))
def test_column_flattening_and_rendering_match_value_by_value(raw, lists, escape) -> None:
    """Flattening and markup worked out column by column equal those of each value alone."""
    rows = [flatten_attrs(data, lists=lists) for data in raw]
    by_column: list[dict] = [{} for _ in raw]
    for names, where, columns in flat_shapes(raw, lists=lists):
        for i, values in zip(where, zip(*columns, strict=True), strict=bool(names)):
            by_column[i] = dict(zip(names, values, strict=True))
    assert list(map(_typed, by_column)) == list(map(_typed, rows))

    table = Table.of_rows(rows)
    text = {"string", "liststring"}

    def one(name: str, value, kind: str) -> str:
        shown = format_value(value, kind)
        return f"<{name}>{escape(shown) if kind in text else shown}</>"

    expected = ["".join(one(name, row[name], kind) for name, kind in table.types.items()
                        if name in row) for row in rows]
    assert list(table.render(lambda name: f"<{name}>", escape, "</>")) == expected
