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
from collections.abc import Hashable, Iterator
from typing import IO, Any

import networkx as nx

from kg import vocab
from kg.export._xml import (
    DECLARATION,
    Scalar,
    Table,
    clean_text,
    edge_id,
    escape_attr,
    escape_text,
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


def _tokenized(attrs: dict[str, Scalar]) -> dict[str, Scalar]:
    tokens = _tokens(tuple(attrs))
    return attrs if tokens is None else dict(zip(tokens, attrs.values(), strict=True))


@functools.lru_cache(maxsize=4096)
def _label_word(text: str) -> str:
    return "".join(w.capitalize() for w in re.split(r"[^0-9A-Za-z]+", text))


def _node_attrs(node: Hashable, data: dict[str, Any]) -> dict[str, Scalar]:
    attrs = flatten_attrs(data)
    if iri := clean_text(str(node)):
        attrs.setdefault("iri", iri)
    if rgb := parse_color(attrs.get("color")):
        attrs["color"] = "#{:02x}{:02x}{:02x}".format(*rgb)
        attrs["r"], attrs["g"], attrs["b"] = rgb
    words = [
        _label_word(v) for v in (attrs.get("category"), attrs.get("kind")) if isinstance(v, str)
    ]
    if "labels" not in attrs and (labels := [w for w in dict.fromkeys(words) if w]):
        attrs["labels"] = ":" + ":".join(labels)
    return _tokenized(attrs)


def _edge_attrs(key: Hashable, data: dict[str, Any]) -> dict[str, Scalar]:
    attrs = flatten_attrs(data)
    if "label" not in attrs and isinstance(key, str) and (label := clean_text(key)):
        attrs["label"] = label
    return _tokenized(attrs)


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
    node_rows = [_node_attrs(n, d) for n, d in nodes]
    edge_rows = [_edge_attrs(k, d) for _, _, k, d in edges]
    tables = {"graph": Table([meta]), "node": Table(node_rows), "edge": Table(edge_rows)}
    types = {domain: table.types for domain, table in tables.items()}
    ids = _key_ids(types)
    data = {
        domain: table.render(functools.partial(_data_tag, ids, domain), escape_text, "</data>")
        for domain, table in tables.items()
    }
    yield DECLARATION + f'<graphml xmlns="{NS}">\n'
    for domain in _DOMAINS:
        for name, attr_type in types[domain].items():
            yield (
                f'<key id="{ids[domain, name]}" for="{domain}" attr.name="{name}"'
                f' attr.type="{attr_type}"></key>\n'
            )
    edgedefault = "directed" if graph.is_directed() else "undirected"
    yield f'<graph edgedefault="{edgedefault}">\n' + data["graph"][0]
    for (node, _), node_data in zip(nodes, data["node"], strict=True):
        yield f'<node id="{ids_of[node]}">{node_data}</node>\n'
    for (u, v, k, _), attrs, edge_data in zip(edges, edge_rows, data["edge"], strict=True):
        label = (f' label="{escape_attr(str(attrs["label"]))}"'
                 if gephi_edge_types and "label" in attrs else "")
        yield (f'<edge id="{edge_id(u, v, k)}" source="{ids_of[u]}" target="{ids_of[v]}"'
               f'{label}>{edge_data}</edge>\n')
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
