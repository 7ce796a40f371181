"""The interactive ``graph.html``: one self-contained page that draws a graph with sigma.js.

The page needs no network when it is opened: sigma.js 3 and graphology (their MIT-licensed
minified builds, vendored in ``kg/export/static/``) and the viewer script are inlined, and a
Content-Security-Policy forbids every fetch and runs only those scripts (by their hashes).

What a reader of a thousand articles needs is computed here, once, rather than in the browser:
a layout where each connected component is laid out alone and the components are packed
largest first (one layout of a news corpus is a disc of overlapping stories), isolated nodes in
a grid below them (hidden until asked for), Louvain communities of each component with a fixed
seed (a component's communities and positions depend on it alone, so a re-run can keep those
of the components it did not change), and each
event's first and last day for the time slider. The viewer (``static/viewer.js``) filters by
kind, degree and date range, ranks the top actors of what is shown, colours by kind or
community, and keeps hover work proportional to the hovered node's neighbourhood.

The graph travels as graphology's serialisation format in a ``<script type="application/json">``
block whose ``<``, ``>``, ``&``, U+2028 and U+2029 are ``\\u`` escapes, so no label can close
the block or the page; the viewer writes every label and attribute as text and links only
``http(s)`` URLs. Nodes and edges are sorted and nothing depends on the clock: the same graph
gives the same bytes.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import functools
import hashlib
import html
import json
import math
import numbers
import os
import re
from collections.abc import Hashable, Iterator, Mapping, MutableMapping
from importlib import resources
from typing import IO, Any

import networkx as nx

from kg.export._atomic import open_dest
from kg.graph import KIND_COLORS, Positions, View, kept_view, pack, ranked

__all__ = [
    "COMMUNITY_PALETTE",
    "MAX_INITIAL_NODES",
    "STATIC_FILES",
    "embed_json",
    "graph_data",
    "render_html",
    "write_html",
]

#: Above this many linked nodes the page opens on the largest components only ("show all" is
#: one click away), so a 20,000-node graph opens on a readable overview, quickly drawn.
MAX_INITIAL_NODES = 5000
#: Community colours, in community order (largest first), reused cyclically.
COMMUNITY_PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#2f4b7c", "#a05195", "#d45087", "#665191", "#f95d6a", "#008f7a", "#845ec2",
)

STATIC_FILES = ("graphology.umd.min.js", "sigma.min.js", "viewer.js", "viewer.html")
_SCRIPTS = {"GRAPHOLOGY": "graphology.umd.min.js", "SIGMA": "sigma.min.js", "VIEWER": "viewer.js"}
_PLACEHOLDER = re.compile(r"\{\{KG_([A-Z]+)\}\}")
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)  # replaced one by one: str.translate with a table reads megabytes a character at a time
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RESERVED = {"type": "type_"}
_MAX_SAFE_INT = 2**53 - 1
_DEFAULT_TITLE = "kg graph"
_SCALE = 10.0
_LEGEND_COMMUNITIES = 12
_EPOCH = dt.date(1970, 1, 1).toordinal()
_ISO_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _json_value(value: Any) -> Any:
    kind = type(value)  # the common exact types first: the checks against ABCs below are slow
    if kind is str or kind is bool or value is None:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is int:
        return value if abs(value) <= _MAX_SAFE_INT else str(value)
    if isinstance(value, bool | str):
        return value
    if isinstance(value, numbers.Integral):
        number = int(value)
        return number if abs(number) <= _MAX_SAFE_INT else str(number)
    if isinstance(value, numbers.Real):
        real = float(value)
        return real if math.isfinite(real) else None
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [v for v in map(_json_value, items) if v is not None]
    return str(value)


def _attrs(data: Mapping[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in data.items():
        json_value = _json_value(value)
        if json_value is not None and json_value != "":
            out[_RESERVED.get(str(name), str(name))] = json_value
    return out


def _unique_keys(nodes: list[Hashable]) -> dict[Hashable, str]:
    keys: dict[Hashable, str] = {}
    taken: set[str] = set()
    for node in nodes:
        key, n = str(node), 1
        while key in taken:
            n += 1
            key = f"{node}#{n}"
        taken.add(key)
        keys[node] = key
    return keys


def graph_data(graph: nx.Graph,
               known: MutableMapping[str, View] | None = None) -> dict[str, Any]:
    """The page's data: graphology's serialised graph, the legend's kinds and colours, and the
    view's settings.

    Node and edge attributes are kept (lists stay lists); ``type`` becomes ``type_`` because
    sigma.js picks a renderer from ``type``; edges get keys ``e0``, ``e1``... in sorted order.
    ``x``/``y`` are the view's own layout, not the graph's. The viewer's derived node attributes
    start with ``_``: ``_component`` and ``_community`` (numbered largest first; absent on
    isolated nodes) and ``_t0``/``_t1`` (a dated node's first and last day since 1970-01-01).
    """
    ordered = sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
    keys = _unique_keys([node for node, _ in ordered])
    nodes: list[dict[str, Any]] = [
        {"key": keys[node], "attributes": _attrs(data)} for node, data in ordered
    ]
    if graph.is_multigraph():
        raw = [(u, v, str(k), d) for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        raw = [(u, v, "", d) for u, v, d in graph.edges(data=True)]
    raw.sort(key=lambda e: (str(e[0]), str(e[1]), e[2]))
    edges = [
        {"key": f"e{i}", "source": keys[u], "target": keys[v], "attributes": _attrs(d)}
        for i, (u, v, _, d) in enumerate(raw)
    ]
    present: dict[str, str] = {}
    for node in nodes:
        kind = node["attributes"].get("kind")
        if isinstance(kind, str) and kind not in present:
            color = node["attributes"].get("color")
            present[kind] = KIND_COLORS.get(kind, color if isinstance(color, str) else "#7f7f7f")
    kinds = sorted(present.items(), key=lambda kc: (_kind_rank(kc[0]), kc[0]))
    name = graph.graph.get("name")
    return {
        "graph": {
            "attributes": {"name": str(name)} if name else {},
            "options": {
                "type": "directed" if graph.is_directed() else "undirected",
                "multi": graph.is_multigraph(),
                "allowSelfLoops": True,
            },
            "nodes": nodes,
            "edges": edges,
        },
        "kinds": [list(kc) for kc in kinds],
        "view": _view(nodes, edges, known),
    }


def _kind_rank(kind: Any) -> int:
    order = list(KIND_COLORS)
    return order.index(kind) if kind in order else len(order)


def _view(nodes: list[dict[str, Any]], edges: list[dict[str, Any]],
          known: MutableMapping[str, View] | None = None) -> dict[str, Any]:
    """Set the layout and the derived ``_`` attributes on *nodes*; return the view's settings.
    Each component's communities and positions depend on it alone: *known* keeps them for
    the next build (see :func:`kg.graph.kept_view`)."""
    weights: dict[tuple[str, str], float] = {}
    for edge in edges:
        a, b = sorted((edge["source"], edge["target"]))
        weights[(a, b)] = weights.get((a, b), 0.0) + 1.0
    # A real graph in sorted order, not a subgraph view: a view iterates a set, by hash order.
    linked = nx.Graph()
    linked.add_nodes_from(sorted({key for pair in weights for key in pair}))
    linked.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    attrs = {node["key"]: node["attributes"] for node in nodes}
    isolated = sorted(
        (key for key in attrs if key not in linked),
        key=lambda key: (_kind_rank(attrs[key].get("kind")), str(attrs[key].get("label", "")), key),
    )
    components = ranked(nx.connected_components(linked))
    boxes: list[tuple[list[str], Positions]] = []
    parts: list[list[str]] = []
    for rank, group in enumerate(components):
        labels, coords = kept_view(linked, group, known)
        boxes.append((group, coords))
        members: dict[int, list[str]] = {}
        for key, label in zip(group, labels, strict=True):
            attrs[key]["_component"] = rank
            members.setdefault(label, []).append(key)
        parts += members.values()
    communities = ranked(parts)
    for rank, group in enumerate(communities):
        for key in group:
            attrs[key]["_community"] = rank
    pos = pack(boxes, isolated)
    for key, node_attrs in attrs.items():
        node_attrs["x"], node_attrs["y"] = _coord(pos[key][0]), _coord(pos[key][1])
        days = _days(node_attrs.get("date"))
        if days is not None:
            node_attrs["_t0"], node_attrs["_t1"] = days
    shown = scope = 0
    while scope < len(components) and (
        scope == 0 or shown + len(components[scope]) <= MAX_INITIAL_NODES
    ):
        shown += len(components[scope])
        scope += 1
    return {
        "isolated": len(isolated),
        "components": len(components),
        "scope": scope if scope < len(components) else None,
        "palette": list(COMMUNITY_PALETTE),
        "communities": [
            [rank, _community_name(group, attrs, linked), len(group)]
            for rank, group in enumerate(communities[:_LEGEND_COMMUNITIES])
        ],
    }


def _community_name(group: list[str], attrs: Mapping[str, Mapping[str, Any]],
                    graph: nx.Graph) -> str:
    """The label of the community's best-connected actor (any node when it has no actor)."""
    actors = [key for key in group if attrs[key].get("kind") != "event"] or group
    best = min(actors, key=lambda key: (-graph.degree(key), key))
    return str(attrs[best].get("label") or best)


def _coord(value: float) -> float:
    return round(value * _SCALE, 1) + 0.0  # + 0.0: no "-0.0" in the page


def _days(value: Any) -> tuple[int, int] | None:
    """An ISO date, month, year or ``start/end`` interval as its (first, last) day since 1970."""
    if not isinstance(value, str) or value.count("/") > 1:
        return None
    start, _, end = value.partition("/")
    first, last = _day(start, last=False), _day(end or start, last=True)
    if first is None or last is None or last < first:
        return None
    return first, last


def _day(text: str, *, last: bool) -> int | None:
    match = _ISO_DATE.fullmatch(text.strip())
    if not match:
        return None
    year, month = int(match["year"]), int(match["month"] or (12 if last else 1))
    try:
        if match["day"]:
            day = int(match["day"])
        else:
            day = calendar.monthrange(year, month)[1] if last else 1
        return dt.date(year, month, day).toordinal() - _EPOCH
    except ValueError:
        return None


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


_ENCODE = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
).encode  # what json.dumps with these options does, without a new encoder per node or edge


def embed_json(value: Any) -> str:
    """*value* as JSON safe inside ``<script type="application/json">`` (and as JavaScript).

    Examples
    --------
    >>> embed_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = _ENCODE(value)
    for char, escaped in _JSON_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return _SURROGATE.sub(_escape_surrogate, text)


@functools.cache
def _static(name: str) -> str:
    return (resources.files("kg.export") / "static" / name).read_text(encoding="utf-8")


def _inline_script(source: str) -> str:
    return re.sub(r"<(/script|!--)", r"<\\\1", source, flags=re.IGNORECASE)


def _title(graph: nx.Graph) -> str:
    name = str(graph.graph.get("name") or _DEFAULT_TITLE)
    name = _CONTROL.sub("", _SURROGATE.sub("\ufffd", name))
    return html.escape(name, quote=True)


def _script_hashes(page: str) -> str:
    """CSP sources allowing exactly the page's inline scripts: injected markup could not run."""
    digests = (hashlib.sha256(body.encode("utf-8")).digest() for body in _SCRIPT.findall(page))
    return " ".join(f"'sha256-{base64.b64encode(d).decode('ascii')}'" for d in digests)


_DATA = "\x00KG_DATA\x00"
"""Where the graph's JSON goes in the page; a NUL, found nowhere else in it."""


def _page(graph: nx.Graph) -> tuple[str, str]:
    """The page for *graph* before and after the graph's JSON. The JSON goes in a
    ``type="application/json"`` script, which the CSP hashes leave out."""
    parts = {key: _inline_script(_static(name)) for key, name in _SCRIPTS.items()}
    parts["DATA"] = _DATA
    parts["TITLE"] = _title(graph)
    parts["HASHES"] = "{{KG_HASHES}}"
    page = _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _static("viewer.html"))
    page = page.replace("{{KG_HASHES}}", _script_hashes(page), 1)
    before, after = page.split(_DATA)
    return before, after


def _json_parts(data: dict[str, Any]) -> Iterator[str]:
    """``embed_json(data)`` for :func:`graph_data`'s *data*, in pieces of one node or edge:
    the same text without the whole of it ever held at once (a large graph's is hundreds of
    MB in memory). Keys come in sorted order, as ``embed_json`` writes them."""
    graph = data["graph"]
    yield '{"graph":{"attributes":' + embed_json(graph["attributes"])
    for name in ("edges", "nodes"):
        yield f',"{name}":['
        for i, item in enumerate(graph[name]):
            yield ("," if i else "") + embed_json(item)
        yield "]"
    rest = embed_json({key: value for key, value in data.items() if key != "graph"})
    yield ',"options":' + embed_json(graph["options"]) + "}," + rest[1:]


def render_html(graph: nx.Graph) -> str:
    """The whole page for *graph* as text."""
    before, after = _page(graph)
    return before + embed_json(graph_data(graph)) + after


def write_html(graph: nx.Graph, dest: str | os.PathLike[str] | IO[bytes],
               known: MutableMapping[str, View] | None = None) -> None:
    """Write the interactive page for *graph* to a path (atomically) or a binary file.

    Parameters
    ----------
    graph
        Any networkx graph; kg's full graph (:func:`kg.graph.event_graph`) shows actors and
        events, its nodes carrying ``label``, ``kind``, ``color``, ``x`` and ``y``.
    dest
        A path, replaced only once the whole page is written, or a binary file object.
    known
        The components' communities and positions of an earlier page, by digest: used where
        a component is unchanged (the page is the same) and filled with the others.
    """
    before, after = _page(graph)
    data = graph_data(graph, known)
    with open_dest(dest) as out:
        out.write(before.encode("utf-8"))
        chunk: list[str] = []
        size = 0
        for part in _json_parts(data):
            chunk.append(part)
            size += len(part)
            if size >= 1 << 20:
                out.write("".join(chunk).encode("utf-8"))
                chunk, size = [], 0
        out.write("".join(chunk).encode("utf-8"))
        out.write(after.encode("utf-8"))
