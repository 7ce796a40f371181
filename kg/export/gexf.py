"""GEXF 1.3 for Gephi desktop (timeline, geo layout) and Gephi Lite / sigma.js (graphology-gexf).

The file validates against the GEXF 1.3 RELAX NG schema and is byte-identical for the same
graph: nodes and edges sorted, ``<meta>`` with a creator and no ``lastmodifieddate``.

Ids. GEXF ids are plain strings, so node ids are the IRIs themselves (XML-escaped, characters
XML 1.0 forbids removed); edge ids are the same ``e`` + hash ids as in the GraphML export.

Attributes. ``label`` and ``weight`` are XML attributes; ``color`` (as ``r``/``g``/``b``: graphology
ignores ``hex``), ``size`` and ``x``/``y`` are ``viz:`` elements, with the prefix literally
``viz:`` as graphology needs; everything else is a typed ``attvalue`` whose attribute id and
title are both the name (graphology names a non-numeric id after itself, Gephi and networkx use
the title). Several values (aliases, documents, roles, event ids) are a ``liststring``,
``["a", "b"]``. URIs and dates are ``string`` (Gephi drops ``anyURI`` columns), ``latitude``
and ``longitude`` ``double`` for Gephi's geo layout.

Edges. ``kind`` is the multigraph key, the role in the event graph and the event type in the
actor graph: Gephi merges parallel edges only when their kind is the same.

Time. A node or edge with dates lives on them: ``dates`` (a list, as on actor-graph edges: one
spell per event), else ``date``, else ``first_date``/``last_date``; each date is ``YYYY-MM-DD``
or ``YYYY-MM-DD/YYYY-MM-DD``. A day runs from its midnight to the next (``start="2021-09-06"
end="2021-09-07"``: Gephi reads dates as instants, so an end equal to the start would last no
time at all); overlapping and touching days merge into one spell. One spell is written as
``start``/``end`` on the element, several as ``<spells>``, and the graph is then
``mode="dynamic" timeformat="date"``. A node with no dates of its own whose every edge is dated
appears with its first edge and stays (no end), so Gephi's timeline plays the network growing;
other undated nodes exist throughout. graphology ignores time, so the dates stay plain string
attributes too.
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
    Scalar,
    Table,
    clean_text,
    edge_id,
    escape_attr,
    escape_text,
    flatten_attrs,
    parse_color,
    sorted_edges,
    sorted_nodes,
    write_xml,
)

__all__ = ["NS", "VIZ", "write_gexf"]

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NODE_BUILTINS = frozenset({"label", "color", "size", "x", "y", "z"})
_EDGE_BUILTINS = frozenset({"label", "color", "weight"})

Spell = tuple[str, str | None]
"""A time interval: its first day and the day after its last (None: open to the end)."""

# An element: its start tag (unclosed), its spells, its viz values and its attvalues.
_Element = tuple[str, list[Spell], dict[str, Scalar], dict[str, Scalar]]


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


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _day_span(value: Scalar | None) -> tuple[str, str] | None:
    """``(first day, day after the last)`` of ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD``."""
    if not isinstance(value, str):
        return None
    days = sorted(d for d in map(_iso_date, value.split("/")) if d)
    if not days or value.count("/") > 1:
        return None
    return days[0], _next_day(days[-1])


def _spells(attrs: dict[str, Scalar]) -> list[Spell]:
    """The merged spells of an element's ``dates``, ``date`` or ``first_date``/``last_date``."""
    dates = attrs.get("dates")
    values: Sequence[Scalar | None] = (
        dates if isinstance(dates, tuple) else [dates] if dates is not None
        else [attrs["date"]] if "date" in attrs else [])
    spans = sorted(s for s in map(_day_span, values) if s)
    if not spans and "date" not in attrs and "dates" not in attrs:
        bounds = sorted(d for d in map(_iso_date, (attrs.get("first_date"),
                                                   attrs.get("last_date"))) if d)
        spans = [(bounds[0], _next_day(bounds[-1]))] if bounds else []
    merged: list[tuple[str, str]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [(start, end) for start, end in merged]


def _time(spells: list[Spell]) -> tuple[str, str]:
    """(attributes, child element) that write *spells*: one on the tag, several as <spells>."""
    def bounds(spell: Spell) -> str:
        return f' start="{spell[0]}"' + (f' end="{spell[1]}"' if spell[1] else "")

    if len(spells) == 1:
        return bounds(spells[0]), ""
    if not spells:
        return "", ""
    return "", "<spells>" + "".join(f"<spell{bounds(s)}></spell>" for s in spells) + "</spells>"


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
    viz, values = _split(flatten_attrs(data, lists=True), _NODE_BUILTINS)
    tag = f'<node id="{escape_attr(clean_text(str(node)))}"'
    if "label" in viz:
        tag += f' label="{escape_attr(str(viz["label"]))}"'
    return tag, _spells(values), viz, values


def _edge(
    u: Hashable, v: Hashable, key: Hashable, data: dict[str, Any], ids: dict[Hashable, str]
) -> _Element:
    viz, values = _split(flatten_attrs(data, lists=True), _EDGE_BUILTINS)
    tag = f'<edge id="{edge_id(u, v, key)}" source="{ids[u]}" target="{ids[v]}"'
    if "label" in viz:
        tag += f' label="{escape_attr(str(viz["label"]))}"'
    if (weight := _number(viz.get("weight"))) is not None:
        tag += f' weight="{weight!r}"'
    if key is not None and (kind := _attr_text(str(key))):
        tag += f' kind="{kind}"'
    return tag, _spells(values), viz, values


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


def _grown(nodes: list[tuple[Hashable, _Element]],
           edges: list[tuple[Hashable, Hashable, _Element]]) -> list[_Element]:
    """*nodes*, each undated one whose every edge is dated starting with its first edge."""
    first: dict[Hashable, str | None] = {}
    for u, v, (_, spells, _, _) in edges:
        start = spells[0][0] if spells else None
        for node in (u, v):
            if node in first and first[node] is None:
                continue
            seen = first.get(node)
            first[node] = None if start is None else min(start, seen) if seen else start
    return [(tag, spells or ([(start, None)] if (start := first.get(n)) else []), viz, values)
            for n, (tag, spells, viz, values) in nodes]


def _elements(tag: str, elements: list[_Element], attvalues: Iterator[str]) -> Iterator[str]:
    yield f'<{tag}s count="{len(elements)}">\n'
    for (start, spells, viz, values), markup in zip(elements, attvalues, strict=True):
        attributes, child = _time(spells)
        parts = [start, attributes, ">", child]
        _write_viz(parts, viz)
        if values:
            parts += ("<attvalues>", markup, "</attvalues>")
        parts.append(f"</{tag}>\n")
        yield "".join(parts)
    yield f"</{tag}s>\n"


def _document(graph: nx.Graph) -> Iterator[str]:
    ids = {n: escape_attr(clean_text(str(n))) for n in graph}
    keyed_edges = [(u, v, _edge(u, v, k, d, ids)) for u, v, k, d in sorted_edges(graph)]
    edges = [e for _, _, e in keyed_edges]
    nodes = _grown([(n, _node(n, d)) for n, d in sorted_nodes(graph)], keyed_edges)
    dynamic = any(spells for _, spells, _, _ in (*nodes, *edges))
    edgetype = "directed" if graph.is_directed() else "undirected"
    tables = {"node": Table.of_rows([values for *_, values in nodes]),
              "edge": Table.of_rows([values for *_, values in edges])}
    types = {cls: table.types for cls, table in tables.items()}
    attvalues = {
        cls: table.render(
            lambda title: f'<attvalue for="{escape_attr(title)}" value="',
            escape_attr,
            '"></attvalue>',
        )
        for cls, table in tables.items()
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
    yield from _elements("node", nodes, attvalues["node"])
    yield from _elements("edge", edges, attvalues["edge"])
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
    >>> b'kind="source" start="2021-09-06" end="2021-09-07"' in out.getvalue()
    True
    """
    write_xml(dest, _document(graph))
