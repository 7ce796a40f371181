"""GEXF 1.3 export: RELAX NG-valid, read back by networkx, viz, timeline, stable bytes, atomic."""

from __future__ import annotations

import io
from collections import Counter
from functools import partial
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

import kg.export.gexf as gexf_module
from kg.export._xml import clean_text
from kg.export.gexf import NS, VIZ, write_gexf
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
RNG = SHARED / "reference" / "schemas" / "gexf-1.3" / "gexf.rng"
G, V = f"{{{NS}}}", f"{{{VIZ}}}"
NASTY = 'A <b>&amp; "quoted" </script>\x07 bell\r\nnew\tline\x00 \ud800 end '
GRAPHS = {"event_graph": event_graph, "actor_graph": actor_graph}
ID = "https://w3id.org/kg-news/id/actor/"


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    if not RNG.exists():
        pytest.skip(f"GEXF 1.3 schema not found at {RNG} (the shared reference folder is missing)")
    return etree.RelaxNG(etree.parse(str(RNG)))


def to_bytes(graph: nx.Graph) -> bytes:
    out = io.BytesIO()
    write_gexf(graph, out)
    return out.getvalue()


def read(data: bytes) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(nx.read_gexf(io.BytesIO(data)))


@pytest.mark.parametrize("build", GRAPHS.values(), ids=GRAPHS.keys())
def test_valid_and_read_back_by_networkx(build, extraction: Extraction, schema) -> None:
    graph = build(extraction)
    data = to_bytes(graph)
    assert_valid(schema, data)
    back = read(data)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for node, attrs in graph.nodes(data=True):
        got = back.nodes[node]
        assert got["label"] == attrs["label"]
        assert got["kind"] == attrs["kind"]
        assert got["viz"]["size"] == attrs["size"]
        assert got["viz"]["position"] == {"x": attrs["x"], "y": attrs["y"], "z": 0.0}
        rgb = tuple(int(attrs["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert tuple(got["viz"]["color"][c] for c in "rgb") == rgb
        assert not {"color", "size", "x", "y"} & got.keys()
    sent = Counter((u, v, d["label"], d["weight"]) for u, v, d in graph.edges(data=True))
    got_edges = Counter((u, v, d["label"], d["weight"]) for u, v, d in back.edges(data=True))
    assert got_edges == sent


def test_attribute_types(extraction: Extraction, schema) -> None:
    root = assert_valid(schema, to_bytes(event_graph(extraction)))
    declared = {
        (a.getparent().get("class"), a.get("title")): a.get("type")
        for a in root.iter(G + "attribute")
    }
    assert all(a.get("id") == a.get("title") for a in root.iter(G + "attribute"))
    assert set(declared.values()) <= {"boolean", "long", "double", "string", "liststring"}
    assert declared["node", "aliases"] == declared["node", "documents"] == "liststring"
    assert declared["node", "latitude"] == declared["node", "longitude"] == "double"
    assert declared["node", "mention_count"] == declared["node", "geonames"] == "long"
    assert (
        declared["node", "date"]
        == declared["edge", "date"]
        == declared["node", "wikidata"]
        == "string"
    )
    assert not {t for _, t in declared} & {"type", "label", "weight", "color", "size", "x", "y"}
    back = read(to_bytes(event_graph(extraction)))
    panjshir = back.nodes["https://w3id.org/kg-news/id/actor/panjshir"]
    assert panjshir["latitude"] == 35.5 and panjshir["geonames"] == 6957555
    taliban = back.nodes["https://w3id.org/kg-news/id/actor/taliban"]
    assert taliban["aliases"] == '["<Taliban>", "Taliban"]' and taliban["mention_count"] == 2


def test_viz_prefix_meta_and_edge_kinds(extraction: Extraction) -> None:
    data = to_bytes(event_graph(extraction))
    assert b'xmlns:viz="http://gexf.net/1.3/viz"' in data and b"<viz:color " in data
    root = etree.fromstring(data)
    assert root.get("version") == "1.3"
    meta = root.find(G + "meta")
    assert meta.findtext(G + "creator") == "kg" and meta.get("lastmodifieddate") is None
    assert root.find(G + "graph").get("defaultedgetype") == "directed"
    edges = list(root.iter(G + "edge"))
    assert len({e.get("id") for e in edges}) == len(edges)
    by_pair: dict[tuple[str, str], list[str]] = {}
    for e in edges:
        by_pair.setdefault((e.get("source"), e.get("target")), []).append(e.get("kind"))
    assert sorted(max(by_pair.values(), key=len)) == ["location", "target"]


def test_timeline(extraction: Extraction, schema) -> None:
    extraction.events[0].date = "2021-09-01/2021-09-06"
    root = assert_valid(schema, to_bytes(event_graph(extraction)))
    graph = root.find(G + "graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spans = {
        n.get("id"): (n.get("start"), n.get("end"))
        for n in root.iter(G + "node")
        if n.find(f"{G}attvalues/{G}attvalue[@for='kind'][@value='event']") is not None
    }
    # a day lasts until the next midnight: Gephi reads the bounds as instants
    assert sorted(spans.values()) == [("2021-09-01", "2021-09-07"), ("2021-09-06", "2021-09-07")]
    assert all(e.get("start") and e.get("end") for e in root.iter(G + "edge"))
    # every event is dated, so each actor appears with its first event and stays
    actors_start = {n.get("id"): (n.get("start"), n.get("end")) for n in root.iter(G + "node")
                    if n.get("id") not in spans}
    assert actors_start[ID + "taliban"] == ("2021-09-01", None)
    assert actors_start[ID + "pakistan"] == ("2021-09-06", None)
    back = read(to_bytes(event_graph(extraction)))
    assert {back.nodes[n]["date"] for n in spans} == {"2021-09-01/2021-09-06", "2021-09-06"}
    actors = etree.fromstring(to_bytes(actor_graph(extraction)))
    edge_spans = {(e.get("kind"), e.get("start"), e.get("end")) for e in actors.iter(G + "edge")}
    assert edge_spans == {
        ("ASSAULT", "2021-09-01", "2021-09-07"),
        ("AID", "2021-09-06", "2021-09-07"),
    }


def test_actor_edges_carry_the_spells_of_their_events(extraction: Extraction, schema) -> None:
    """Two attacks on different days make one actor edge that exists on each of the days."""
    from copy import deepcopy

    again = deepcopy(extraction.events[0])
    again.id, again.date = again.id + "0", "2021-09-20"
    near = deepcopy(extraction.events[0])
    near.id, near.date = near.id + "1", "2021-09-07"
    extraction.events += [again, near]
    root = assert_valid(schema, to_bytes(actor_graph(extraction)))
    (edge,) = [e for e in root.iter(G + "edge") if e.get("kind") == "ASSAULT"]
    assert edge.get("start") is None
    assert [(s.get("start"), s.get("end")) for s in edge.iter(G + "spell")] == [
        ("2021-09-06", "2021-09-08"), ("2021-09-20", "2021-09-21")]
    back = read(to_bytes(actor_graph(extraction)))
    assert [d["spells"] for _, _, d in back.edges(data=True) if d["label"] == "ASSAULT"] == [
        [("2021-09-06", "2021-09-08"), ("2021-09-20", "2021-09-21")]]


def test_static_without_dates(schema) -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="source", date="sometime", first_date="2021-02-30")
    root = assert_valid(schema, to_bytes(graph))
    assert root.find(G + "graph").get("mode") is None
    assert read(to_bytes(graph)).number_of_edges() == 1


def test_deterministic_bytes_whatever_the_insertion_order(extraction: Extraction) -> None:
    assert_insertion_order_free(event_graph(extraction), to_bytes, seed=3)


def test_nasty_label_is_escaped_and_survives(schema) -> None:
    graph = nx.MultiDiGraph()
    node = "https://x.org/a?b=1&c=<2>"
    graph.add_node(node, label=NASTY, type="weird", note=NASTY)
    graph.add_node("b", label="plain")
    graph.add_edge(node, "b", key='role "x" <y>', label=NASTY, id="mine")
    data = to_bytes(graph)
    assert_valid(schema, data)
    assert b"</script>" not in data and b"&lt;/script&gt;" in data
    back = read(data)
    assert back.nodes[node]["label"] == clean_text(NASTY) == back.nodes[node]["note"]
    assert back.nodes[node]["type_"] == "weird" and "type" not in back.nodes[node]
    ((_, _, edge),) = back.edges(data=True)
    assert edge["label"] == clean_text(NASTY) and edge["id_"] == "mine"
    assert etree.fromstring(data).find(f".//{G}edge").get("kind") == 'role "x" <y>'


def test_write_to_path_is_atomic(tmp_path: Path, monkeypatch, extraction: Extraction) -> None:
    graph, hook = event_graph(extraction), (gexf_module, "_write_viz", 3)
    assert_atomic_write(tmp_path / "graph.gexf", monkeypatch, graph, write_gexf, hook)


@random_text({"label", "type", "id", "color", "size"})
def test_random_text_always_valid_and_round_trips(labels, notes, name, schema) -> None:
    ids = {"iri_part": clean_text, "node_id": str, "attr_name": str}
    valid = partial(assert_valid, schema)
    assert_random_text_round_trips(labels, notes, name, to_bytes, valid, read, **ids, lists=True)


def test_simple_undirected_graph(schema) -> None:
    graph = nx.karate_club_graph()
    data = to_bytes(graph)
    root = assert_valid(schema, data)
    assert root.find(G + "graph").get("defaultedgetype") == "undirected"
    assert all(e.get("kind") is None for e in root.iter(G + "edge"))
    back = nx.read_gexf(io.BytesIO(data))
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["0"]["club"] == "Mr. Hi"
