"""The networkx graphs built from an extraction: the full actor–event graph and its projection.

Node and edge attributes are plain scalars or lists of strings (the writers flatten lists);
every node carries ``label``, ``kind`` (actor type or ``event``), ``color``, ``size``, ``x``, ``y``
so Gephi opens the files readable with no dialog tweaks.
"""

from __future__ import annotations

import functools
import hashlib
import math
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from typing import Any

import networkx as nx

from kg._imports import standing_in
from kg.model import Actor, Event, Extraction, Modality, PloverType

__all__ = [
    "FA2_MAX_NODES",
    "KIND_COLORS",
    "actor_graph",
    "actor_links",
    "event_graph",
    "event_label",
    "layout",
    "plotless_igraph",
]

KIND_COLORS: dict[str, str] = {
    "person": "#1f77b4",
    "organisation": "#d62728",
    "country": "#2ca02c",
    "place": "#8c564b",
    "group": "#9467bd",
    "event": "#ff7f0e",
}

_LAYOUT_SEED = 42
FA2_MAX_NODES = 500
_FR_ITERATIONS = 500
_GRID_LAYOUT_NODES = 1000
_GAP = 2.0  # between packed components, in median link lengths
_ASPECT = 1.6  # width / height of the packed layout, a landscape screen
_COMMUNITY_SEED = 42
_BRIDGE_WEIGHT = 0.1  # attraction of a link between two communities, against 1 inside one


def _actor_attrs(actor: Actor) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": actor.label,
        "kind": str(actor.type),
        "category": "actor",
        "subtype": actor.subtype,
        "aliases": sorted(set(actor.aliases)),
        "titles": sorted(set(actor.titles)),
        "mention_count": len(actor.mentions),
        "documents": sorted({m.document_id for m in actor.mentions}),
        "wikidata": actor.wikidata,
        "geonames": actor.geonames,
        "latitude": actor.latitude,
        "longitude": actor.longitude,
        "country": actor.country,
        "roles": [str(r) for r in actor.roles],
    }
    return {k: v for k, v in attrs.items() if v not in (None, [], "")}


def event_label(event: Event, actors: dict[str, Actor]) -> str:
    """A readable event name: sources, trigger, targets ("Taliban attack Panjshir"); a MOVE
    adds its places in brackets, where it went being its point ("Blinken flew (Kyiv)"); a
    TRADE with no giver named has its recipient lead ("Michele LaCalamita bought", not
    "bought Michele LaCalamita")."""

    def names(ids: list[str]) -> str:
        return ", ".join(actors[i].label for i in ids if i in actors)

    parts = [names(event.sources), event.trigger.text, names(event.targets)]
    if event.type == PloverType.TRADE and not parts[0]:
        parts = [parts[2], parts[1]]
    if event.type == PloverType.MOVE and (places := names(event.locations)):
        parts.append(f"({places})")
    return " ".join(p for p in parts if p)


def _event_attrs(event: Event, actors: dict[str, Actor]) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": event_label(event, actors),
        "kind": "event",
        "category": "event",
        "event_type": event.type,
        "mode": event.mode,
        "date": event.date,
        "date_basis": event.date_basis,
        "modality": str(event.modality),
        "trigger": event.trigger.text,
        "document_id": event.document_id,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence": event.sentence_text.strip(),
        "mention_count": len(event.mentions) or 1,
    }
    return {k: v for k, v in attrs.items() if v not in (None, [], "")}


_ROLES = ("sources", "targets", "locations", "claimed_by", "disputed_by")
_ROLE_NAMES = {
    "sources": "source",
    "targets": "target",
    "locations": "location",
    "claimed_by": "claimed_by",
    "disputed_by": "disputed_by",
}


def event_graph(extraction: Extraction,
                known: MutableMapping[str, View] | None = None) -> nx.MultiDiGraph:
    """Actors and events as nodes, roles as edges (key = role).

    A source points at its event (actor -> event); every other role points from the event to the
    actor, so "Taliban -> attack -> Panjshir" reads left to right in Gephi. A statement points
    at the event it is about (key ``about``: "Massoud -> claimed -> Pakistan", "claimed ->
    aided").
    """
    g = nx.MultiDiGraph(name="kg events")
    for iri in sorted(extraction.actors):
        g.add_node(iri, **_actor_attrs(extraction.actors[iri]))
    for event in sorted(extraction.events, key=lambda e: e.id):
        g.add_node(event.id, **_event_attrs(event, extraction.actors))
        for field_name in _ROLES:
            role = _ROLE_NAMES[field_name]
            for actor_id in getattr(event, field_name):
                if actor_id not in extraction.actors:
                    continue
                edge = {"role": role, "label": role, "weight": 1.0}
                if event.date:
                    edge["date"] = event.date
                if role == "source":
                    g.add_edge(actor_id, event.id, key=role, **edge)
                else:
                    g.add_edge(event.id, actor_id, key=role, **edge)
    ids = {e.id for e in extraction.events}
    for event in sorted(extraction.events, key=lambda e: e.id):
        for other in event.about:
            if other in ids:
                g.add_edge(event.id, other, key="about", role="about", label="about", weight=1.0)
    _style(g, known)
    return g


def actor_links(extraction: Extraction) -> dict[tuple[str, str, str], list[Event]]:
    """The events behind each (source, target, event type) actor pair, sorted by IRI.

    Self-loops and arguments that are not actors of *extraction* are left out; an event with two
    sources and two targets counts for all four pairs.
    """
    pairs: dict[tuple[str, str, str], dict[str, Event]] = defaultdict(dict)
    for event in extraction.events:
        for s in event.sources:
            for t in event.targets:
                if s != t and s in extraction.actors and t in extraction.actors:
                    pairs[(s, t, event.type)].setdefault(event.id, event)
    return {key: [found[i] for i in sorted(found)] for key, found in sorted(pairs.items())}


def actor_graph(extraction: Extraction,
                known: MutableMapping[str, View] | None = None) -> nx.MultiDiGraph:
    """Actor–actor projection: one edge per (source, target, event type), weighted by events.

    Edge attributes: ``event_type``, ``weight`` (number of events), ``asserted`` (how many of
    them the text states as fact, not claimed, alleged, denied, conditional or intended: filter
    on ``asserted > 0`` for the links the articles vouch for), ``first_date``, ``last_date``,
    ``dates`` (the distinct dates or intervals of the events, sorted: the GEXF timeline's
    spells), ``events`` (their IRIs).
    """
    g = nx.MultiDiGraph(name="kg actors")
    pairs = actor_links(extraction)
    used = {n for s, t, _ in pairs for n in (s, t)}
    for iri in sorted(used):
        g.add_node(iri, **_actor_attrs(extraction.actors[iri]))
    for (s, t, etype), events in pairs.items():
        dates = sorted(e.date.split("/")[0] for e in events if e.date)
        attrs: dict[str, Any] = {
            "event_type": etype,
            "label": etype,
            "weight": float(len(events)),
            "asserted": sum(e.modality is Modality.ASSERTED for e in events),
            "events": [e.id for e in events],
        }
        if dates:
            attrs["first_date"], attrs["last_date"] = dates[0], dates[-1]
            attrs["dates"] = sorted({e.date for e in events if e.date})
        g.add_edge(s, t, key=etype, **attrs)
    _style(g, known)
    return g


Positions = list[tuple[float, float]]
"""The positions of a component's nodes, in its sorted order."""
View = tuple[list[int], Positions]
"""A component laid out: each node's community (numbered within the component) and position,
in the component's sorted order."""


def layout(g: nx.MultiDiGraph,
           known: MutableMapping[str, View] | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic positions, rounded so they are byte-stable across machines.

    Up to :data:`FA2_MAX_NODES` nodes: ForceAtlas2 of the whole graph (the layout Gephi users
    know, as networkx computes it). Above, its all-pairs forces cost minutes: each connected
    component is laid out alone (:func:`component_view`) and the components are packed in
    rows, largest first, isolated nodes in a grid below (:func:`pack`). A component's layout
    depends on it alone, so *known* (layouts by :func:`component_digest`, read and filled
    here, see :func:`kept_view`) spares a re-run the components it has seen.
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for u, v, w in g.edges(data="weight", default=1.0):
        prev = simple.get_edge_data(u, v, {}).get("weight", 0.0)
        simple.add_edge(u, v, weight=prev + w)
    if simple.number_of_nodes() <= FA2_MAX_NODES:
        nodes = list(simple)
        _, coords = _kept(known, simple, nodes, "fa2", functools.partial(_forceatlas2_view,
                                                                          simple))
        return {n: (round(x * 100, 1), round(y * 100, 1))
                for n, (x, y) in zip(nodes, coords, strict=True)}
    groups = ranked(nx.connected_components(simple))
    boxes = [(group, kept_view(simple, group, known)[1]) for group in groups if len(group) > 1]
    isolated = sorted(group[0] for group in groups if len(group) == 1)
    pos = pack(boxes, isolated)
    return {n: (round(x * 10, 1) + 0.0, round(y * 10, 1) + 0.0) for n, (x, y) in pos.items()}


def ranked(groups: Iterable[Iterable[str]]) -> list[list[str]]:
    """Groups of nodes, each sorted, largest first and then by first node: a stable order."""
    return sorted((sorted(group) for group in groups), key=lambda g: (-len(g), g[0]))


def component_digest(simple: nx.Graph, group: list[str], *extra: object) -> str:
    """A digest of what a layout of *group* reads: its nodes in order, the links between them
    (self-loops too) with their weights, and *extra* (the method)."""
    index = {node: i for i, node in enumerate(group)}
    links = sorted((index[u], index[v], repr(w)) for u in group
                   for v, w in simple.adj[u].items() if index[v] >= index[u])
    text = "\x1e".join(map(str, (*extra, "\x1f".join(group), links)))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def kept_view(simple: nx.Graph, group: list[str],
              known: MutableMapping[str, View] | None) -> View:
    """:func:`component_view` of *group* in *simple* (links weighted by ``weight``), from
    *known* when kept there, else computed and kept there. The event graph's layout and its
    HTML view read the same components, so they share what *known* keeps."""
    return _kept(known, simple, group, "view", functools.partial(component_view, simple, group))


def _kept(known: MutableMapping[str, View] | None, simple: nx.Graph, group: list[str],
          method: str, compute: Callable[[], View]) -> View:
    if known is None:
        return compute()
    key = component_digest(simple, group, method)
    found = known.get(key)
    if found is None or len(found[1]) != len(group):
        found = known[key] = compute()
    return found


def _forceatlas2_view(simple: nx.Graph) -> View:
    return [], [(float(x), float(y)) for x, y in _forceatlas2(simple).values()]


def component_view(simple: nx.Graph, group: list[str]) -> View:
    """Louvain communities (seeded) and Fruchterman–Reingold positions of one connected
    component, from it alone. Links inside a community pull harder than links between two, so
    communities form visible clusters in a large component.
    """
    if len(group) == 1:
        return [0], [(0.0, 0.0)]
    alone = nx.Graph()  # in sorted order: Louvain's result depends on the order it reads
    alone.add_nodes_from(group)
    alone.add_weighted_edges_from((u, v, w) for u in group for v, w in
                                  sorted((v, d["weight"]) for v, d in simple.adj[u].items())
                                  if v >= u)
    member = {key: rank for rank, part in enumerate(ranked(nx.community.louvain_communities(
        alone, weight="weight", seed=_COMMUNITY_SEED))) for key in part}
    labels = [member[key] for key in group]
    weights = [1.0 if labels[i] == labels[j] else _BRIDGE_WEIGHT
               for i, j in component_links(simple, group)]
    return labels, component_layout(simple, group, weights)


def component_layout(simple: nx.Graph, group: list[str],
                     weights: Sequence[float] | None = None) -> Positions:
    """igraph's Fruchterman–Reingold positions of one connected component, seeded alone (so
    they depend on the component only), scaled to a median link of 1; *weights* per link in
    :func:`component_links` order."""
    igraph = _igraph()
    pairs = component_links(simple, group)
    graph = igraph.Graph(n=len(group), edges=pairs)
    igraph.set_random_number_generator(random.Random(_LAYOUT_SEED))
    try:
        found = graph.layout_fruchterman_reingold(
            weights=None if weights is None else list(weights), niter=_FR_ITERATIONS,
            grid=len(group) > _GRID_LAYOUT_NODES).coords
    finally:
        igraph.set_random_number_generator(random)
    coords = [(float(x), float(y)) for x, y in found]
    lengths = sorted(math.dist(coords[i], coords[j]) for i, j in pairs)
    scale = 1.0 / ((lengths[len(lengths) // 2] if lengths else 0.0) or 1.0)
    return [(x * scale, y * scale) for x, y in coords]


_PLOTLESS = False
"""Import igraph with matplotlib hidden (see :func:`plotless_igraph`)."""


def plotless_igraph() -> None:
    """Have kg import igraph with matplotlib hidden, unless matplotlib is loaded already: its
    plotting loads matplotlib's pyplot at import, 0.4 s of CPU that a layout never needs, and
    igraph is then left without matplotlib plotting in this process. For processes kg runs
    (the command line), not for callers of the API, whose igraph may plot."""
    global _PLOTLESS
    _PLOTLESS = True


def _igraph() -> Any:
    """igraph, imported as :func:`plotless_igraph` tells."""
    if _PLOTLESS and "igraph" not in sys.modules and "matplotlib" not in sys.modules:
        with standing_in("matplotlib", None):  # igraph goes on without its plotting
            import igraph
    import igraph

    return igraph


def component_links(simple: nx.Graph, group: list[str]) -> list[tuple[int, int]]:
    """The links of *group* as pairs of indices into it, each once, no self-loops, sorted."""
    index = {node: i for i, node in enumerate(group)}
    return sorted((index[u], index[v]) for u in group for v in simple.adj[u]
                  if index[v] > index[u])


def pack(boxes: Sequence[tuple[list[str], Positions]],
         isolated: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Components packed in rows in the order given, a gap of :data:`_GAP` apart, and the
    isolated nodes in a grid below; a function of the components' positions alone."""
    shifted: list[tuple[list[str], Positions, float, float]] = []
    for group, coords in boxes:
        left = min(x for x, _ in coords)
        top = max(y for _, y in coords)
        moved = [(x - left, y - top) for x, y in coords]
        shifted.append((group, moved, max(x for x, _ in moved), -min(y for _, y in moved)))
    area = sum((w + _GAP) * (h + _GAP) for _, _, w, h in shifted) + len(isolated)
    row_width = max([math.sqrt(area * _ASPECT)] + [w for _, _, w, _ in shifted])
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for group, coords, width, height in shifted:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height - _GAP, 0.0
        for node, (cx, cy) in zip(group, coords, strict=True):
            pos[node] = (x + cx, y + cy)
        x += width + _GAP
        row_height = max(row_height, height)
    if shifted:
        y -= row_height + 2 * _GAP
    per_row = math.floor(row_width) + 1
    for i, node in enumerate(isolated):
        row, col = divmod(i, per_row)
        pos[node] = (float(col), y - row)
    return pos


def _forceatlas2(simple: nx.Graph, iterations: int = 300, scaling: float = 5.0,
                 gravity: float = 1.0) -> dict[str, tuple[float, float]]:
    """``nx.forceatlas2_layout(simple, max_iter=300, seed=42, weight="weight",
    scaling_ratio=5.0, strong_gravity=True, gravity=1.0)``, the same floats (a test compares),
    five times faster: networkx forms the pairwise differences as one n×n×2 array and reduces
    it with 3-d ``einsum`` and ``norm``; here x and y are n×n arrays apart. Strong gravity keeps
    isolated actors near the rest instead of on the far edge."""
    import numpy as np

    nodes = list(simple)
    pos = np.array(list(nx.random_layout(simple, dim=2, seed=_LAYOUT_SEED).values()))
    mass = np.array([simple.degree(n) + 1 for n in nodes], dtype=float)
    weights = nx.to_numpy_array(simple, weight="weight")
    masses = mass[:, None] @ mass[None]
    np.fill_diagonal(masses, 0)
    speed = efficiency = swing = traction = 1.0
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx, dy = x[:, None] - x[None], y[:, None] - y[None]
        distance = np.sqrt(dx * dx + dy * dy)
        attraction = -np.stack([np.einsum("ij,ij->i", dx, weights),
                                np.einsum("ij,ij->i", dy, weights)], axis=1)
        d2 = distance**2
        np.fill_diagonal(d2, 1)
        factor = (masses / d2) * scaling
        repulsion = np.stack([np.einsum("ij,ij->i", dx, factor),
                              np.einsum("ij,ij->i", dy, factor)], axis=1)
        gravities = -gravity * mass[:, None] * (pos - np.mean(pos, axis=0))
        update = attraction + repulsion + gravities
        swing += (mass * np.linalg.norm(pos - update, axis=-1)).sum()
        traction += (0.5 * mass * np.linalg.norm(pos + update, axis=-1)).sum()
        speed, efficiency = _fa2_speed(len(nodes), swing, traction, speed, efficiency)
        swinging = mass * np.linalg.norm(update, axis=-1)
        step = update * (speed / (1 + np.sqrt(speed * swinging)))[:, None]
        pos += step
        if abs(step).sum() < 1e-10:
            break
    return {n: (float(px), float(py)) for n, (px, py) in zip(nodes, pos, strict=True)}


def _fa2_speed(n: int, swing: float, traction: float, speed: float,
               efficiency: float) -> tuple[float, float]:
    """networkx's ForceAtlas2 step size from the swing and traction so far (jitter tolerance 1)."""
    optimal = 0.05 * math.sqrt(n)
    jitter = max(math.sqrt(optimal), min(10.0, optimal * traction / n**2))
    if swing / traction > 2.0:
        if efficiency > 0.05:
            efficiency *= 0.5
        jitter = max(jitter, 1.0)
    target = math.inf if swing == 0 else jitter * efficiency * traction / swing
    if swing > jitter * traction:
        if efficiency > 0.05:
            efficiency *= 0.7
    elif speed < 1000:
        efficiency *= 1.3
    return speed + min(target - speed, 0.5 * speed), efficiency


def _style(g: nx.MultiDiGraph, known: MutableMapping[str, View] | None) -> None:
    """Colour by kind, size by degree, positions from the layout (components' positions kept
    in *known*, see :func:`layout`)."""
    pos = layout(g, known)
    for node, data in g.nodes(data=True):
        data["color"] = KIND_COLORS.get(data.get("kind", ""), "#7f7f7f")
        data["size"] = round(10.0 + 4.0 * g.degree(node), 1)
        data["x"], data["y"] = pos[node]
