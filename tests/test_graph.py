"""The networkx graphs: roles as edges, the weighted actor projection, a deterministic layout."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import networkx as nx
import pytest

import kg.graph
from kg.graph import (
    FA2_MAX_NODES,
    KIND_COLORS,
    _forceatlas2,
    actor_graph,
    event_graph,
    event_label,
    layout,
)
from kg.model import Actor, ActorType, Argument, Event, Extraction, Mention
from kg.vocab import actor_iri
from tests.conftest import ROOT, make_journeys


def test_sources_point_at_events_and_events_at_targets(extraction: Extraction) -> None:
    g = event_graph(extraction)
    attack = next(e for e in extraction.events if e.type == "ASSAULT")
    taliban = next(a.id for a in extraction.actors.values() if a.label == "Taliban")
    panjshir = next(a.id for a in extraction.actors.values() if a.label == "Panjshir")
    assert g.has_edge(taliban, attack.id, key="source")
    assert g.has_edge(attack.id, panjshir, key="target")
    assert g.has_edge(attack.id, panjshir, key="location")
    assert g.nodes[attack.id]["modality"] == "claimed"
    for _, data in g.nodes(data=True):
        assert data["color"] == KIND_COLORS[data["kind"]]
        assert {"label", "x", "y", "size"} <= set(data)
        assert "type" not in data


def test_projection_counts_events_per_pair_and_type(extraction: Extraction) -> None:
    g = actor_graph(extraction)
    assert g.number_of_edges() == 2
    for _, _, data in g.edges(data=True):
        assert data["weight"] == 1.0 and data["first_date"] == data["last_date"] == "2021-09-06"
        assert data["asserted"] == 0  # one attack claimed by Massoud, one support denied


def test_a_journey_links_its_mover_to_the_people_moved_never_to_its_places() -> None:
    g = actor_graph(make_journeys())
    moves = {(g.nodes[s]["label"], g.nodes[t]["label"])
             for s, t, data in g.edges(data=True) if data["event_type"] == "MOVE"}
    assert moves == {("National Resistance Front of Afghanistan", "Ahmad Massoud")}
    assert "Rukha" not in {data["label"] for _, data in g.nodes(data=True)}


def test_a_journey_is_labelled_with_its_places() -> None:
    g = event_graph(make_journeys())
    labels = {data["label"] for _, data in g.nodes(data=True) if data.get("event_type") == "MOVE"}
    assert labels == {"National Resistance Front of Afghanistan escorted Ahmad Massoud (Rukha)",
                      "driven (Panjshir)"}


def test_a_trade_without_a_giver_is_labelled_with_its_recipient_first() -> None:
    text = "Ahmed Hassan sold a car to Omar Saleh. Omar Saleh bought a truck."
    hassan, saleh = (Actor(actor_iri(n), n, ActorType.PERSON) for n in ("Ahmed Hassan",
                                                                         "Omar Saleh"))
    actors = {hassan.id: hassan, saleh.id: saleh}

    def trade(trigger: str, *arguments: tuple[str, Actor, str]) -> Event:
        start = text.index(trigger)
        return Event("e", "TRADE", Mention("d", start, start + len(trigger), trigger, 0), text,
                     arguments=[Argument(role, a.id, Mention("d", text.index(m),
                                                             text.index(m) + len(m), m, 0))
                                for role, a, m in arguments])

    sold = trade("sold", ("source", hassan, "Ahmed Hassan"), ("target", saleh, "Omar Saleh"))
    assert event_label(sold, actors) == "Ahmed Hassan sold Omar Saleh"
    assert event_label(trade("bought", ("target", saleh, "Omar Saleh")), actors) == (
        "Omar Saleh bought")


def test_layout_is_deterministic_for_small_and_large_graphs() -> None:
    for n in (40, FA2_MAX_NODES + 100):
        g = nx.MultiDiGraph(nx.gnm_random_graph(n, 2 * n, seed=3, directed=True))
        g = nx.relabel_nodes(g, {v: f"n{v}" for v in g})
        first, second = layout(g), layout(g)
        assert first == second and len(first) == n
        assert len(set(first.values())) > n * 0.9


def test_forceatlas2_gives_the_floats_of_networkx() -> None:
    """kg's ForceAtlas2 restates networkx's on x and y apart for speed; the positions (and so
    the exports) must stay those of ``nx.forceatlas2_layout``."""
    for n, m, seed in ((2, 1, 1), (25, 30, 2), (140, 150, 3)):
        g = nx.gnm_random_graph(n, m, seed=seed)
        g.add_nodes_from(range(n, n + 3))  # isolated nodes, held by gravity
        for k, (u, v) in enumerate(g.edges):
            g.edges[u, v]["weight"] = 1.0 + k % 3
        expected = nx.forceatlas2_layout(g, max_iter=300, seed=42, weight="weight",
                                         scaling_ratio=5.0, strong_gravity=True, gravity=1.0)
        found = _forceatlas2(g)
        assert found == {node: (float(x), float(y)) for node, (x, y) in expected.items()}


def _stories(n: int, first: int = 0) -> nx.MultiDiGraph:
    """*n* disjoint stories of five nodes (a ring and a chord), more than ForceAtlas2 takes."""
    g = nx.MultiDiGraph()
    for s in range(first, first + n):
        ring = [f"s{s:03d}n{i}" for i in range(5)]
        for u, v in [*zip(ring, ring[1:] + ring[:1], strict=True), (ring[0], ring[2])]:
            g.add_edge(u, v, key="source", weight=1.0)
    return g


def _shape(pos: dict[str, tuple[float, float]], prefix: str) -> list[tuple[float, float]]:
    """The positions of one story relative to its first node."""
    nodes = sorted(n for n in pos if n.startswith(prefix))
    x0, y0 = pos[nodes[0]]
    return [(round(pos[n][0] - x0, 1), round(pos[n][1] - y0, 1)) for n in nodes]


def test_a_large_graphs_components_are_laid_out_alone() -> None:
    g = _stories(FA2_MAX_NODES // 5 + 1)
    g.add_node("zz-isolated")
    pos = layout(g)
    bigger = _stories(FA2_MAX_NODES // 5 + 1, first=500)
    bigger.add_edges_from(_stories(1).edges(keys=True, data=True))
    assert _shape(layout(bigger), "s000n") == _shape(pos, "s000n")
    assert pos["zz-isolated"][1] < min(y for n, (_, y) in pos.items() if n != "zz-isolated")


def test_known_layouts_give_the_same_positions_and_are_not_recomputed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    g = _stories(FA2_MAX_NODES // 5 + 1)
    known: dict[str, Any] = {}
    fresh = layout(g, known)
    assert fresh == layout(g) and len(known) == FA2_MAX_NODES // 5 + 1
    kept = {key: [list(xy) for xy in value] for key, value in known.items()}  # as JSON reads
    calls: list[int] = []
    compute = kg.graph.component_layout
    monkeypatch.setattr(kg.graph, "component_layout",
                        lambda *args: calls.append(1) or compute(*args))
    assert layout(g, kept) == fresh and calls == []
    g.add_edge("s000n0", "new", key="target", weight=1.0)
    again = layout(g, kept)
    assert len(calls) == 1, "only the changed story is laid out again"
    assert again == layout(g)


def test_a_plotless_layout_and_the_writers_load_no_matplotlib_until_a_picture_is_drawn() -> None:
    code = """
import sys
import networkx as nx
import kg.export.png
from kg.graph import component_layout, plotless_igraph
plotless_igraph()
simple = nx.cycle_graph([str(i) for i in range(6)])
component_layout(simple, sorted(simple))
assert "igraph" in sys.modules and "matplotlib" not in sys.modules, "matplotlib loaded"
import matplotlib
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
