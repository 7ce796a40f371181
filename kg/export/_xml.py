"""Sanitising shared by the GraphML and GEXF writers: flat typed values, legal XML, stable ids.

Both formats hold one scalar per attribute, so a graph's values are flattened first: lists and
sets become ``|``-joined strings (sets sorted), None, empty strings and non-finite floats are
dropped, characters XML 1.0 forbids are removed, and each attribute name gets one type across
all nodes (or all edges): ``boolean``, ``long``, ``double`` or ``string`` (names valid in both
GraphML and GEXF; Gephi, graphology, networkx and APOC all read them). Mixed ``long``/``double``
widens to ``double``, any other mix to ``string``.

Attributes named ``type`` or ``id`` are written as ``type_`` and ``id_``: sigma.js (Gephi Lite)
picks a renderer from ``type`` and throws on unknown values, and GEXF readers take ``id`` as the
element id.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import numbers
import os
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import IO, Any

import networkx as nx

from kg.export._atomic import atomic_open

__all__ = [
    "Scalar",
    "attr_types",
    "clean_text",
    "edge_id",
    "flatten",
    "flatten_attrs",
    "format_value",
    "name_token",
    "nmtoken",
    "open_dest",
    "parse_color",
    "sorted_edges",
    "sorted_nodes",
]

Scalar = bool | int | float | str

_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_COLOR = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_RESERVED = {"type": "type_", "id": "id_"}
_ALWAYS_DOUBLE = frozenset({"latitude", "longitude", "x", "y", "z", "size", "weight"})
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1


def clean_text(text: str) -> str:
    """Remove the characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE, U+FFFF)."""
    return _ILLEGAL.sub("", text)


def flatten(value: Any) -> Scalar | None:
    """One writable scalar for *value*, or None when there is nothing to write."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        number = int(value)
        return number if _LONG_MIN <= number <= _LONG_MAX else str(number)
    if isinstance(value, numbers.Real):
        real = float(value)
        return real if math.isfinite(real) else None
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        value = "|".join(part for v in items if v is not None and (part := clean_text(str(v))))
    return clean_text(str(value)) or None


def flatten_attrs(data: Mapping[Any, Any]) -> dict[str, Scalar]:
    """Flattened attributes of one node, edge or graph, reserved names renamed, empty ones gone."""
    out: dict[str, Scalar] = {}
    for name, value in data.items():
        flat = flatten(value)
        key = clean_text(str(name))
        if flat is not None and key:
            out[_RESERVED.get(key, key)] = flat
    return out


def _type_of(value: Scalar) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    return "double" if isinstance(value, float) else "string"


def attr_types(rows: Iterable[Mapping[str, Scalar]]) -> dict[str, str]:
    """One attribute type per name over all *rows*, sorted by name, ``label`` first."""
    types: dict[str, str] = {}
    for row in rows:
        for name, value in row.items():
            new, old = _type_of(value), types.get(name)
            if old is None or old == new:
                types[name] = new
            else:
                types[name] = "double" if {old, new} == {"long", "double"} else "string"
    for name in _ALWAYS_DOUBLE & types.keys():
        if types[name] == "long":
            types[name] = "double"
    return dict(sorted(types.items(), key=lambda item: (item[0] != "label", item[0])))


def format_value(value: Scalar, attr_type: str) -> str:
    """The text of *value* in a column of *attr_type*: ``true``/``false``, floats as ``repr``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if attr_type == "double":
        return repr(float(value))
    return str(value)


def _escape(match: re.Match[str]) -> str:
    return "".join(f"_{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))


def _table(safe: str) -> dict[int, str]:
    return {c: f"_{c:02X}" for c in range(128) if not re.fullmatch(safe, chr(c))}


_ID_TABLE = _table(r"[A-Za-z0-9.:-]")
_NAME_TABLE = _table(r"[A-Za-z0-9._:-]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def nmtoken(text: str, table: dict[int, str] = _ID_TABLE) -> str:
    """Reversible XML NMTOKEN for an id: each byte outside ``[A-Za-z0-9.:-]`` becomes ``_XX``.

    ``https://w3id.org/kg-news/id/actor/taliban`` becomes
    ``https:_2F_2Fw3id.org_2Fkg-news_2Fid_2Factor_2Ftaliban``; the empty string becomes ``_``.
    """
    escaped = text.translate(table)
    if not escaped.isascii():
        escaped = _NON_ASCII.sub(_escape, escaped)
    return escaped or "_"


def name_token(text: str) -> str:
    """XML NMTOKEN for an attribute name: like :func:`nmtoken` but ``_`` is kept as it is."""
    return nmtoken(text, _NAME_TABLE)


def edge_id(source: Hashable, target: Hashable, key: Hashable) -> str:
    """Stable edge id: ``e`` and 16 hex digits of the SHA-1 of source, target and key."""
    digest = hashlib.sha1(
        "\x1f".join(map(str, (source, target, key))).encode("utf-8", "surrogatepass")
    )
    return "e" + digest.hexdigest()[:16]


def parse_color(value: Scalar | None) -> tuple[int, int, int] | None:
    """``(r, g, b)`` from ``#RRGGBB`` or ``#RGB``, None for anything else."""
    match = _COLOR.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return r, g, b


def sorted_nodes(graph: nx.Graph) -> list[tuple[Hashable, dict[str, Any]]]:
    """Nodes with their data, sorted by id as text."""
    return sorted(graph.nodes(data=True), key=lambda item: str(item[0]))


def sorted_edges(graph: nx.Graph) -> list[tuple[Hashable, Hashable, Hashable, dict[str, Any]]]:
    """Edges as ``(source, target, key, data)`` sorted by text; key is None in simple graphs."""
    if graph.is_multigraph():
        edges = list(graph.edges(keys=True, data=True))
    else:
        edges = [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    return sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


@contextlib.contextmanager
def open_dest(dest: str | os.PathLike[str] | IO[bytes]) -> Iterator[IO[bytes]]:
    """*dest* itself when it is a binary file, else an atomic writer onto the path."""
    if isinstance(dest, str | os.PathLike):
        with atomic_open(dest, "wb") as handle:
            yield handle
    else:
        yield dest
