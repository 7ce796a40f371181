"""The interactive ``graph.html``: one self-contained page that draws a graph with sigma.js.

The page needs no network when it is opened: sigma.js 3 and graphology (their MIT-licensed
minified builds, vendored in ``kg/export/static/``) and the viewer script are inlined, and a
Content-Security-Policy forbids every fetch. Actors are coloured by kind and sized by degree,
events show their type, date, modality and trigger sentence on hover, a search box finds a node
by name or alias and centres it, and positions are the graph's precomputed ``x``/``y``.

The graph travels as graphology's serialisation format in a ``<script type="application/json">``
block whose ``<``, ``>``, ``&``, U+2028 and U+2029 are ``\\u`` escapes, so no label can close
the block or the page. Nodes and edges are sorted and nothing depends on the clock: the same
graph gives the same bytes.
"""

from __future__ import annotations

import functools
import html
import json
import math
import numbers
import os
import re
from collections.abc import Hashable, Mapping
from importlib import resources
from typing import IO, Any

import networkx as nx

from kg.export._atomic import open_dest
from kg.graph import KIND_COLORS

__all__ = ["STATIC_FILES", "embed_json", "graph_data", "render_html", "write_html"]

STATIC_FILES = ("graphology.umd.min.js", "sigma.min.js", "viewer.js", "viewer.html")
_SCRIPTS = {"GRAPHOLOGY": "graphology.umd.min.js", "SIGMA": "sigma.min.js", "VIEWER": "viewer.js"}
_PLACEHOLDER = re.compile(r"\{\{KG_([A-Z]+)\}\}")
_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_RESERVED = {"type": "type_"}
_MAX_SAFE_INT = 2**53 - 1
_DEFAULT_TITLE = "kg graph"


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
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


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _place_missing(nodes: list[dict[str, Any]]) -> None:
    """Put nodes without a numeric x/y on a circle around the others, in their sorted order."""
    placed = [n["attributes"] for n in nodes if _has_position(n["attributes"])]
    missing = [n["attributes"] for n in nodes if not _has_position(n["attributes"])]
    if not missing:
        return
    xs = [a["x"] for a in placed] or [0.0]
    ys = [a["y"] for a in placed] or [0.0]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    radius = max(100.0, max(xs) - min(xs), max(ys) - min(ys))
    for i, attrs in enumerate(missing):
        angle = 2 * math.pi * i / len(missing)
        attrs["x"] = round(cx + radius * math.cos(angle), 1)
        attrs["y"] = round(cy + radius * math.sin(angle), 1)


def _has_position(attrs: Mapping[str, Any]) -> bool:
    return _is_number(attrs.get("x")) and _is_number(attrs.get("y"))


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


def graph_data(graph: nx.Graph) -> dict[str, Any]:
    """The page's data: graphology's serialised graph plus the legend's kinds and colours.

    Node and edge attributes are kept (lists stay lists); ``type`` becomes ``type_`` because
    sigma.js picks a renderer from ``type``; edges get keys ``e0``, ``e1``... in sorted order.
    """
    ordered = sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
    keys = _unique_keys([node for node, _ in ordered])
    nodes: list[dict[str, Any]] = [
        {"key": keys[node], "attributes": _attrs(data)} for node, data in ordered
    ]
    _place_missing(nodes)
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
    order = {kind: i for i, kind in enumerate(KIND_COLORS)}
    kinds = sorted(present.items(), key=lambda kc: (order.get(kc[0], len(order)), kc[0]))
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
    }


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def embed_json(value: Any) -> str:
    """*value* as JSON safe inside ``<script type="application/json">`` (and as JavaScript).

    Examples
    --------
    >>> embed_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return _SURROGATE.sub(_escape_surrogate, text.translate(_JSON_ESCAPES))


@functools.cache
def _static(name: str) -> str:
    return (resources.files("kg.export") / "static" / name).read_text(encoding="utf-8")


def _inline_script(source: str) -> str:
    return re.sub(r"<(/script|!--)", r"<\\\1", source, flags=re.IGNORECASE)


def _title(graph: nx.Graph) -> str:
    name = str(graph.graph.get("name") or _DEFAULT_TITLE)
    name = _CONTROL.sub("", _SURROGATE.sub("\ufffd", name))
    return html.escape(name, quote=True)


def render_html(graph: nx.Graph) -> str:
    """The whole page for *graph* as text."""
    parts = {key: _inline_script(_static(name)) for key, name in _SCRIPTS.items()}
    parts["DATA"] = embed_json(graph_data(graph))
    parts["TITLE"] = _title(graph)
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _static("viewer.html"))


def write_html(graph: nx.Graph, dest: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the interactive page for *graph* to a path (atomically) or a binary file.

    Parameters
    ----------
    graph
        Any networkx graph; kg's full graph (:func:`kg.graph.event_graph`) shows actors and
        events, its nodes carrying ``label``, ``kind``, ``color``, ``x`` and ``y``.
    dest
        A path, replaced only once the whole page is written, or a binary file object.
    """
    with open_dest(dest) as out:
        out.write(render_html(graph).encode("utf-8"))
