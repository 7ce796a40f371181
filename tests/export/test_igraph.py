"""igraph reads our GraphML: node and edge counts, direction and typed attributes survive.

igraph 1.0 fills an edge's ``id`` attribute with a vertex id (seen with a three-line file too),
so edges are matched by their endpoints and attributes, never by ``id``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export.graphml import write_graphml
from kg.graph import actor_graph, event_graph
from kg.model import Extraction
from tests.conftest import make_extraction

ig = pytest.importorskip("igraph")

Build = Callable[[Extraction], nx.MultiDiGraph]


def _read(graph: nx.MultiDiGraph, tmp_path: Path) -> Any:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    return ig.Graph.Read_GraphML(str(path))


@pytest.mark.parametrize("build", [event_graph, actor_graph])
def test_counts_and_direction(tmp_path: Path, build: Build) -> None:
    graph = build(make_extraction())
    read = _read(graph, tmp_path)
    assert read.is_directed()
    assert read.vcount() == graph.number_of_nodes()
    assert read.ecount() == graph.number_of_edges()


def test_node_attributes(tmp_path: Path) -> None:
    graph = event_graph(make_extraction())
    read = _read(graph, tmp_path)
    by_iri = {v["iri"]: v.attributes() for v in read.vs}
    assert set(by_iri) == set(graph.nodes)
    for iri, data in graph.nodes(data=True):
        attrs = by_iri[iri]
        for name in ("label", "kind", "color"):
            assert attrs[name] == data[name]
        for name in ("x", "y", "size"):
            assert attrs[name] == pytest.approx(data[name])
        r, g, b = (int(data["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert (attrs["r"], attrs["g"], attrs["b"]) == (r, g, b)
    panjshir = next(a for a in by_iri.values() if a["label"] == "Panjshir")
    assert (panjshir["latitude"], panjshir["longitude"]) == (35.5, 69.75)
    taliban = next(a for a in by_iri.values() if a["label"] == "Taliban")
    assert math.isnan(taliban["latitude"]) and taliban["wikidata"] == "Q42954"
    event = next(a for a in by_iri.values() if a["event_type"] == "ASSAULT")
    assert event["modality"] == "claimed" and event["trigger"] == "attacked"
    assert event["trigger_start"] == graph.nodes[next(
        n for n, d in graph.nodes(data=True) if d.get("event_type") == "ASSAULT")]["trigger_start"]


@pytest.mark.parametrize(("build", "field"), [(event_graph, "role"), (actor_graph, "event_type")])
def test_edge_attributes(tmp_path: Path, build: Build, field: str) -> None:
    graph = build(make_extraction())
    read = _read(graph, tmp_path)
    iri = read.vs["iri"]
    got = sorted((iri[e.source], iri[e.target], e[field], e["weight"], e["label"]) for e in read.es)
    want = sorted((u, v, d[field], d["weight"], d["label"]) for u, v, d in graph.edges(data=True))
    assert got == want
