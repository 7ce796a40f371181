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
import os
import re
from collections.abc import Hashable, Sequence
from typing import IO, Any

import networkx as nx
from lxml import etree

from kg.export._xml import (
    Scalar,
    attr_types,
    clean_text,
    edge_id,
    flatten_attrs,
    format_value,
    open_dest,
    parse_color,
    sorted_edges,
    sorted_nodes,
)

__all__ = ["NS", "VIZ", "write_gexf"]

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_G = f"{{{NS}}}"
_V = f"{{{VIZ}}}"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NODE_BUILTINS = frozenset({"label", "color", "size", "x", "y", "z"})
_EDGE_BUILTINS = frozenset({"label", "color", "weight"})

_Element = tuple[str, dict[str, str], dict[str, Scalar], dict[str, Scalar]]


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _interval(attrs: dict[str, Scalar]) -> dict[str, str]:
    date = attrs.get("date")
    bounds: Sequence[Scalar | None] = date.split("/") if isinstance(date, str) else []
    if len(bounds) > 2 or not bounds:
        bounds = [attrs.get("first_date"), attrs.get("last_date")]
    dates = sorted(d for d in map(_iso_date, bounds) if d)
    return {"start": dates[0], "end": dates[-1]} if dates else {}


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
    native = {k: v for k, v in attrs.items() if k in builtins and _fits(k, v)}
    lost = builtins & {"weight"}
    return native, {k: v for k, v in attrs.items() if k not in native and k not in lost}


def _node(node: Hashable, data: dict[str, Any]) -> _Element:
    viz, values = _split(flatten_attrs(data), _NODE_BUILTINS)
    xml = {"id": clean_text(str(node))}
    if "label" in viz:
        xml["label"] = str(viz["label"])
    return "node", xml | _interval(values), viz, values


def _edge(u: Hashable, v: Hashable, key: Hashable, data: dict[str, Any]) -> _Element:
    viz, values = _split(flatten_attrs(data), _EDGE_BUILTINS)
    xml = {"id": edge_id(u, v, key), "source": clean_text(str(u)), "target": clean_text(str(v))}
    if "label" in viz:
        xml["label"] = str(viz["label"])
    if "weight" in viz:
        xml["weight"] = repr(float(viz["weight"]))
    if key is not None and (kind := clean_text(str(key))):
        xml["kind"] = kind
    return "edge", xml | _interval(values), viz, values


def _write_viz(xf: Any, viz: dict[str, Scalar]) -> None:
    if rgb := parse_color(viz.get("color")):
        with xf.element(_V + "color", r=str(rgb[0]), g=str(rgb[1]), b=str(rgb[2])):
            pass
    if (size := _number(viz.get("size"))) is not None and size >= 0:
        with xf.element(_V + "size", value=repr(size)):
            pass
    position = {a: repr(n) for a in ("x", "y", "z") if (n := _number(viz.get(a))) is not None}
    if "x" in position and "y" in position:
        with xf.element(_V + "position", position):
            pass


def _write_elements(xf: Any, tag: str, elements: list[_Element], types: dict[str, str]) -> None:
    with xf.element(_G + tag + "s", count=str(len(elements))):
        xf.write("\n")
        for name, xml, viz, values in elements:
            with xf.element(_G + name, xml):
                _write_viz(xf, viz)
                if values:
                    with xf.element(_G + "attvalues"):
                        for title, attr_type in types.items():
                            if title in values:
                                value = format_value(values[title], attr_type)
                                with xf.element(_G + "attvalue", {"for": title, "value": value}):
                                    pass
            xf.write("\n")


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
    nodes = [_node(n, d) for n, d in sorted_nodes(graph)]
    edges = [_edge(u, v, k, d) for u, v, k, d in sorted_edges(graph)]
    dynamic = any("start" in xml for _, xml, _, _ in nodes + edges)
    graph_attrs = {"defaultedgetype": "directed" if graph.is_directed() else "undirected"}
    if dynamic:
        graph_attrs |= {"mode": "dynamic", "timeformat": "date"}
    types = {
        "node": attr_types(values for *_, values in nodes),
        "edge": attr_types(values for *_, values in edges),
    }
    with open_dest(dest) as out, etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(_G + "gexf", nsmap={None: NS, "viz": VIZ}, version="1.3"):
            xf.write("\n")
            with xf.element(_G + "meta"):
                with xf.element(_G + "creator"):
                    xf.write("kg")
                if name := clean_text(str(graph.graph.get("name", ""))):
                    with xf.element(_G + "description"):
                        xf.write(name)
            xf.write("\n")
            with xf.element(_G + "graph", graph_attrs):
                xf.write("\n")
                for cls in ("node", "edge"):
                    if types[cls]:
                        with xf.element(_G + "attributes", {"class": cls}):
                            for title, attr_type in types[cls].items():
                                attribute = {"id": title, "title": title, "type": attr_type}
                                with xf.element(_G + "attribute", attribute):
                                    pass
                        xf.write("\n")
                _write_elements(xf, "node", nodes, types["node"])
                xf.write("\n")
                _write_elements(xf, "edge", edges, types["edge"])
                xf.write("\n")
