"""GraphML for Gephi desktop, Gephi Lite (graphology-graphml), networkx and Neo4j APOC.

The file validates against the GraphML XSD: keys declared ``for="graph"``, ``"node"`` or
``"edge"`` (never ``"all"``) with one of the six standard ``attr.type`` values, key ids that are
the attribute names (never ``d0``, ``d1``...), ``edgedefault="directed"``, nodes before edges,
parallel edges kept, sorted, no timestamp: the same graph gives the same bytes.

Ids. GraphML ids must be XML NMTOKENs, which IRIs are not (``/``, ``#``, ``%``), so a node's id
is the short name of a kg IRI, ``actor:taliban`` for ``https://w3id.org/kg-news/id/actor/taliban``
and ``event:c192c578680de64a`` for an event; any other node's id is escaped by
:func:`kg.export._xml.nmtoken` (``/`` -> ``_2F``, reversible). The IRI itself is the ``iri``
node attribute. Edge ids are ``e`` plus a hash of source, target and key.

Keys. Key ids are unique in a file, so a name used by both nodes and edges keeps the bare id
on the edge key (APOC reads a relationship's type from a first ``<data key="label">``) and the
node key becomes ``node_<name>``; its ``attr.name`` stays the name, which is what Gephi,
graphology, networkx and APOC name the attribute by.

Gephi built-ins: ``label``, ``color`` (``#rrggbb``) with integer ``r``/``g``/``b``, ``size``,
``x``, ``y``; edge ``label`` and ``weight``. ``labels`` (``:Actor:Person``) gives APOC's
``readLabels: true`` its node labels.

Gephi desktop takes an edge's type from a non-standard ``label`` XML attribute on ``<edge>``
and merges parallel edges of one type. The XSD forbids that attribute, so it is written only
with ``gephi_edge_types=True`` (the file then fails the XSD). Without it Gephi may merge an
event's ``target`` and ``location`` edges to one place; the GEXF export keeps them apart.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import IO, Any

import networkx as nx

from kg import vocab
from kg.export._xml import (
    DECLARATION,
    Scalar,
    Shape,
    Table,
    clean_text,
    complete,
    edge_id,
    escape_attr,
    escape_text,
    flat_shapes,
    flatten_attrs,
    name_token,
    nmtoken,
    parse_color,
    sorted_edges,
    sorted_nodes,
    write_xml,
)

__all__ = ["NS", "node_ids", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
_DOMAINS = ("graph", "node", "edge")
_token = functools.lru_cache(maxsize=4096)(name_token)


@functools.lru_cache(maxsize=1024)
def _tokens(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The attribute names as NMTOKENs, or None when they already are (the usual case)."""
    tokens = tuple(map(name_token, names))
    return None if tokens == names else tokens


@functools.lru_cache(maxsize=4096)
def _label_word(text: str) -> str:
    return "".join(w.capitalize() for w in re.split(r"[^0-9A-Za-z]+", text))


@functools.lru_cache(maxsize=4096)
def _labels(category: Scalar | None, kind: Scalar | None) -> str | None:
    """APOC's node labels from the category and kind, ``:Actor:Person``; None without any."""
    words = [_label_word(v) for v in (category, kind) if isinstance(v, str)]
    labels = [w for w in dict.fromkeys(words) if w]
    return ":" + ":".join(labels) if labels else None


@functools.lru_cache(maxsize=4096)
def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


Columns = dict[str, Sequence[Scalar | None]]


def _node_columns(nodes: Sequence[Hashable], columns: Columns) -> None:
    """Add a shape's IRIs, normalised colours with ``r``/``g``/``b`` and ``labels``."""
    if "iri" not in columns:
        columns["iri"] = [clean_text(str(node)) or None for node in nodes]
    if "color" in columns and any(rgbs := list(map(parse_color, columns["color"]))):
        columns["color"] = [_hex(rgb) if rgb else c
                            for rgb, c in zip(rgbs, columns["color"], strict=True)]
        for channel, name in enumerate("rgb"):
            old = columns.get(name) or [None] * len(nodes)
            columns[name] = [rgb[channel] if rgb else o for rgb, o in zip(rgbs, old, strict=True)]
    if "labels" not in columns:
        none = [None] * len(nodes)
        columns["labels"] = list(map(_labels, columns.get("category", none),
                                     columns.get("kind", none)))


def _edge_columns(keys: Sequence[Hashable], columns: Columns) -> None:
    """Add a shape's edge labels from the edge keys where it has none."""
    if "label" not in columns:
        columns["label"] = [clean_text(k) or None if isinstance(k, str) else None for k in keys]


def _table(rows: Sequence[dict[str, Any]], of: Sequence[Hashable],
           add: Callable[[Sequence[Hashable], Columns], None]) -> Table:
    """The flattened *rows* with the columns *add* derives from them and their elements *of*,
    names as NMTOKENs."""
    done: list[Shape] = []
    for names, where, columns in flat_shapes(rows):
        derived = dict(zip(names, columns, strict=True))
        add([of[i] for i in where], derived)
        for part in complete((tuple(derived), where, list(derived.values()))):
            if tokens := _tokens(part[0]):
                tokenized = dict(zip(tokens, part[2], strict=True))  # a later name wins
                part = (tuple(tokenized), part[1], list(tokenized.values()))
            done.append(part)
    return Table(done, len(rows))


def _key_ids(types: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    ids: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for domain in ("edge", "node", "graph"):
        for name in types[domain]:
            key = name if name not in taken else f"{domain}_{name}"
            while key in taken:
                key += "_"
            taken.add(key)
            ids[domain, name] = key
    return ids


_SHORT = re.compile(re.escape(vocab.BASE + "id/") + r"([a-z]+)/([A-Za-z0-9.-]+)")


def node_ids(graph: nx.Graph) -> dict[Hashable, str]:
    """The GraphML id of each node: ``actor:taliban`` for a kg IRI, else its escaped text.

    Short names are used only when no two nodes would get the same id.
    """
    ids = {}
    for node in graph:
        text = str(node)
        short = _SHORT.fullmatch(text)
        ids[node] = f"{short[1]}:{short[2]}" if short else nmtoken(text)
    if len(set(ids.values())) < len(ids):
        return {node: nmtoken(str(node)) for node in graph}
    return ids


def _data_tag(ids: dict[tuple[str, str], str], domain: str, name: str) -> str:
    return f'<data key="{ids[domain, name]}">'


def _document(graph: nx.Graph, *, gephi_edge_types: bool) -> Iterator[str]:
    meta = {_token(k): v for k, v in flatten_attrs(graph.graph).items()}
    ids_of = node_ids(graph)
    nodes = sorted_nodes(graph)
    edges = sorted_edges(graph)
    tables = {
        "graph": Table.of_rows([meta]),
        "node": _table([d for _, d in nodes], [n for n, _ in nodes], _node_columns),
        "edge": _table([d for *_, d in edges], [k for _, _, k, _ in edges], _edge_columns),
    }
    types = {domain: table.types for domain, table in tables.items()}
    ids = _key_ids(types)
    node_starts = [f'<node id="{ids_of[node]}">' for node, _ in nodes]
    labels = tables["edge"].column("label") if gephi_edge_types else [None] * len(edges)
    edge_starts = [
        f'<edge id="{edge_id(u, v, k)}" source="{ids_of[u]}" target="{ids_of[v]}"'
        + (f' label="{escape_attr(str(label))}"' if label is not None else "") + ">"
        for (u, v, k, _), label in zip(edges, labels, strict=True)
    ]
    yield DECLARATION + f'<graphml xmlns="{NS}">\n'
    for domain in _DOMAINS:
        for name, attr_type in types[domain].items():
            yield (
                f'<key id="{ids[domain, name]}" for="{domain}" attr.name="{name}"'
                f' attr.type="{attr_type}"></key>\n'
            )
    edgedefault = "directed" if graph.is_directed() else "undirected"
    yield from tables["graph"].render(
        functools.partial(_data_tag, ids, "graph"), escape_text, "</data>",
        [f'<graph edgedefault="{edgedefault}">\n'])
    for domain, starts, end in (("node", node_starts, "</node>\n"),
                                ("edge", edge_starts, "</edge>\n")):
        yield from tables[domain].render(
            functools.partial(_data_tag, ids, domain), escape_text, "</data>", starts, end)
    yield "</graph></graphml>"


def write_graphml(
    graph: nx.Graph, dest: str | os.PathLike[str] | IO[bytes], *, gephi_edge_types: bool = False
) -> None:
    """Write *graph* as GraphML to a path (atomically) or a binary file.

    Parameters
    ----------
    graph
        Any networkx graph; kg's come from :func:`kg.graph.event_graph` and ``actor_graph``.
    dest
        A path, replaced only once the whole file is written, or a binary file object.
    gephi_edge_types
        Also write ``label`` as an XML attribute on ``<edge>`` so Gephi desktop keeps parallel
        edges apart; the file is then no longer valid against the GraphML XSD.

    Examples
    --------
    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("https://x.org/a", "https://x.org/b", key="source", weight=1.0)
    'source'
    >>> out = io.BytesIO()
    >>> write_graphml(g, out)
    >>> b'source="https:_2F_2Fx.org_2Fa"' in out.getvalue()
    True
    >>> g = nx.MultiDiGraph([("https://w3id.org/kg-news/id/actor/taliban", "x")])
    >>> write_graphml(g, out := io.BytesIO())
    >>> b'<node id="actor:taliban">' in out.getvalue()
    True
    """
    write_xml(dest, _document(graph, gephi_edge_types=gephi_edge_types))
