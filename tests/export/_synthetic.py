"""A news-like actor–event graph of any size, for the viewer's scale tests and benchmark.

Stories of about 25 actors each; every event takes a source and often a target, mostly inside
its story, sometimes (5 %) a well-known actor from anywhere (a Pareto draw, so a few actors
become hubs that join stories into one large component); a share of events and actors stays
isolated, as unlinked mentions do in real extractions. Dates span two years.
"""

from __future__ import annotations

import datetime as dt
import random

import networkx as nx

from kg.graph import KIND_COLORS

ACTOR_KINDS = ("person", "organisation", "country", "place", "group")
STORY = 25
START = dt.date(2020, 1, 1)


def news_like_graph(n_nodes: int, seed: int = 7, unlinked: float = 0.2) -> nx.MultiDiGraph:
    """*n_nodes* nodes, 45 % actors and 55 % events, roles as edges as in ``event_graph``."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(name=f"synthetic {n_nodes}")
    n_actors = max(STORY, int(n_nodes * 0.45))
    for i in range(n_actors):
        kind = ACTOR_KINDS[i % len(ACTOR_KINDS)]
        graph.add_node(f"a{i}", label=f"Actor {i}", kind=kind, color=KIND_COLORS[kind],
                       documents=[f"doc{i // STORY}"])
    for j in range(n_nodes - n_actors):
        date = START + dt.timedelta(days=(j * 37) % 730)
        event = f"e{j}"
        graph.add_node(event, label=f"event {j}", kind="event", color=KIND_COLORS["event"],
                       event_type="ASSAULT", date=date.isoformat(), date_basis="explicit",
                       sentence=f"Sentence of event {j}.", document_id=f"doc{j // STORY}")
        if rng.random() < unlinked:
            continue
        story = rng.randrange(n_actors // STORY)
        for role in ("source", "target")[: rng.choice((1, 2, 2))]:
            if rng.random() < 0.05:
                actor = f"a{int(rng.paretovariate(1.2)) % n_actors}"
            else:
                actor = f"a{story * STORY + int(rng.paretovariate(1.5)) % STORY}"
            ends = (actor, event) if role == "source" else (event, actor)
            graph.add_edge(*ends, key=role, role=role, label=role, weight=1.0)
    return graph
