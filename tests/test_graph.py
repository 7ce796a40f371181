"""The networkx graphs: roles as edges, the weighted actor projection, a deterministic layout."""

from __future__ import annotations

import networkx as nx

from kg.graph import FA2_MAX_NODES, KIND_COLORS, _forceatlas2, actor_graph, event_graph, layout
from kg.model import Extraction


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
