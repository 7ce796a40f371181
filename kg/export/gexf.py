"""GEXF 1.3 for Gephi desktop (timeline, geo layout) and Gephi Lite / sigma.js (graphology-gexf).

The file validates against the GEXF 1.3 RELAX NG schema and is byte-identical for the same
graph: nodes and edges sorted, ``<meta>`` with a creator and no ``lastmodifieddate``.

Ids. GEXF ids are plain strings, so node ids are the IRIs themselves (XML-escaped, characters
XML 1.0 forbids removed); edge ids are the same ``e`` + hash ids as in the GraphML export.

Attributes. ``label`` and ``weight`` are XML attributes; ``color`` (as ``r``/``g``/``b``: graphology
ignores ``hex``), ``size`` and ``x``/``y`` are ``viz:`` elements, with the prefix literally
``viz:`` as graphology needs; everything else is a typed ``attvalue`` whose attribute id and
title are both the name (graphology names a non-numeric id after itself, Gephi and networkx use
the title). URIs and dates are ``string`` (Gephi drops ``anyURI`` columns), ``latitude`` and
``longitude`` ``double`` for Gephi's geo layout.

Edges. ``kind`` is the multigraph key, the role in the event graph and the event type in the
actor graph: Gephi merges parallel edges only when their kind is the same.

Time. A node or edge whose ``date`` is ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD`` (actor-graph
edges: ``first_date``/``last_date``) gets ``start``/``end``, a closed interval (one day for a
plain date), and the graph becomes ``mode="dynamic" timeformat="date"``; undated actors exist
throughout. graphology ignores time, so the dates stay plain string attributes too.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Hashable, Iterator, Sequence
from typing import IO, Any

import networkx as nx

from kg.export._xml import (
    DECLARATION,
    Column,
    Scalar,
    attr_types,
    clean_text,
    columns,
    edge_id,
    escape_attr,
    escape_text,
    flatten_attrs,
    parse_color,
    sorted_edges,
    sorted_nodes,
    typed_values,
    write_xml,
)

__all__ = ["NS", "VIZ", "write_gexf"]

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NODE_BUILTINS = frozenset({"label", "color", "size", "x", "y", "z"})
_EDGE_BUILTINS = frozenset({"label", "color", "weight"})

# An element: its start tag, whether it has a time interval, its viz values and its attvalues.
_Element = tuple[str, bool, dict[str, Scalar], dict[str, Scalar]]


def _iso_date(value: Any) -> str | None:
    return _iso_text(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=4096)
def _iso_text(value: str) -> str | None:
    if not _DATE.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _interval(attrs: dict[str, Scalar]) -> str:
    """`` start="…" end="…"`` for a dated element, else the empty string."""
    date = attrs.get("date")
    bounds: Sequence[Scalar | None] = date.split("/") if isinstance(date, str) else []
    if len(bounds) > 2 or not bounds:
        bounds = [attrs.get("first_date"), attrs.get("last_date")]
    dates = sorted(d for d in map(_iso_date, bounds) if d)
    return f' start="{dates[0]}" end="{dates[-1]}"' if dates else ""


def _number(value: Scalar | None) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _fits(name: str, value: Scalar) -> bool:
    if name == "label":
        return True
    if name == "color":
        return parse_color(value) is not None
    return _number(value) is not None


def _split(
    attrs: dict[str, Scalar], builtins: frozenset[str]
) -> tuple[dict[str, Scalar], dict[str, Scalar]]:
    """Split into what GEXF writes natively and the ``attvalues``; a non-numeric weight is lost."""
    native: dict[str, Scalar] = {}
    values: dict[str, Scalar] = {}
    for k, v in attrs.items():
        if k in builtins and _fits(k, v):
            native[k] = v
        elif k != "weight" or k not in builtins:
            values[k] = v
    return native, values


@functools.lru_cache(maxsize=4096)
def _attr_text(text: str) -> str:
    """*text* cleaned and escaped for an XML attribute (ids and kinds repeat: cached)."""
    return escape_attr(clean_text(text))


def _node(node: Hashable, data: dict[str, Any]) -> _Element:
    viz, values = _split(flatten_attrs(data), _NODE_BUILTINS)
    tag = f'<node id="{escape_attr(clean_text(str(node)))}"'
    if "label" in viz:
        tag += f' label="{escape_attr(str(viz["label"]))}"'
    interval = _interval(values)
    return tag + interval + ">", bool(interval), viz, values


def _edge(
    u: Hashable, v: Hashable, key: Hashable, data: dict[str, Any], ids: dict[Hashable, str]
) -> _Element:
    viz, values = _split(flatten_attrs(data), _EDGE_BUILTINS)
    tag = f'<edge id="{edge_id(u, v, key)}" source="{ids[u]}" target="{ids[v]}"'
    if "label" in viz:
        tag += f' label="{escape_attr(str(viz["label"]))}"'
    if "weight" in viz:
        tag += f' weight="{float(viz["weight"])!r}"'
    if key is not None and (kind := _attr_text(str(key))):
        tag += f' kind="{kind}"'
    interval = _interval(values)
    return tag + interval + ">", bool(interval), viz, values


def _write_viz(parts: list[str], viz: dict[str, Scalar]) -> None:
    if rgb := parse_color(viz.get("color")):
        parts.append('<viz:color r="{}" g="{}" b="{}"></viz:color>'.format(*rgb))
    if (size := _number(viz.get("size"))) is not None and size >= 0:
        parts.append(f'<viz:size value="{size!r}"></viz:size>')
    position = {a: n for a in ("x", "y", "z") if (n := _number(viz.get(a))) is not None}
    if "x" in position and "y" in position:
        parts.append("<viz:position")
        parts += (f' {a}="{n!r}"' for a, n in position.items())
        parts.append("></viz:position>")


def _elements(tag: str, elements: list[_Element], cols: list[Column]) -> Iterator[str]:
    yield f'<{tag}s count="{len(elements)}">\n'
    for start, _, viz, values in elements:
        parts = [start]
        _write_viz(parts, viz)
        if values:
            parts.append("<attvalues>")
            typed_values(parts, values, cols)
            parts.append("</attvalues>")
        parts.append(f"</{tag}>\n")
        yield "".join(parts)
    yield f"</{tag}s>\n"


def _document(graph: nx.Graph) -> Iterator[str]:
    nodes = [_node(n, d) for n, d in sorted_nodes(graph)]
    ids = {n: escape_attr(clean_text(str(n))) for n in graph}
    edges = [_edge(u, v, k, d, ids) for u, v, k, d in sorted_edges(graph)]
    dynamic = any(timed for _, timed, _, _ in nodes) or any(timed for _, timed, _, _ in edges)
    edgetype = "directed" if graph.is_directed() else "undirected"
    types = {
        "node": attr_types(values for *_, values in nodes),
        "edge": attr_types(values for *_, values in edges),
    }
    cols = {
        cls: columns(
            types[cls],
            lambda title: f'<attvalue for="{escape_attr(title)}" value="',
            escape_attr,
            '"></attvalue>',
        )
        for cls in ("node", "edge")
    }
    yield DECLARATION + f'<gexf xmlns="{NS}" xmlns:viz="{VIZ}" version="1.3">\n'
    yield "<meta><creator>kg</creator>"
    if name := clean_text(str(graph.graph.get("name", ""))):
        yield f"<description>{escape_text(name)}</description>"
    yield "</meta>\n"
    mode = ' mode="dynamic" timeformat="date"' if dynamic else ""
    yield f'<graph defaultedgetype="{edgetype}"{mode}>\n'
    for cls in ("node", "edge"):
        if types[cls]:
            yield f'<attributes class="{cls}">'
            for title, attr_type in types[cls].items():
                name = escape_attr(title)
                yield f'<attribute id="{name}" title="{name}" type="{attr_type}"></attribute>'
            yield "</attributes>\n"
    yield from _elements("node", nodes, cols["node"])
    yield from _elements("edge", edges, cols["edge"])
    yield "</graph></gexf>"


def write_gexf(graph: nx.Graph, dest: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write *graph* as GEXF 1.3 to a path (atomically) or a binary file.

    Parameters
    ----------
    graph
        Any networkx graph; kg's come from :func:`kg.graph.event_graph` and ``actor_graph``.
    dest
        A path, replaced only once the whole file is written, or a binary file object.

    Examples
    --------
    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("https://x.org/a", "https://x.org/e", key="source", date="2021-09-06")
    'source'
    >>> out = io.BytesIO()
    >>> write_gexf(g, out)
    >>> b'kind="source" start="2021-09-06" end="2021-09-06"' in out.getvalue()
    True
    """
    write_xml(dest, _document(graph))
