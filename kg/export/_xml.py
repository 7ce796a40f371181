"""Sanitising shared by the GraphML and GEXF writers: flat typed values, legal XML, stable ids.

Values are flattened first: None, empty strings and non-finite floats are dropped, characters
XML 1.0 forbids are removed, and lists and sets (sets sorted) become ``|``-joined strings for
GraphML, which has no lists, or stay lists for GEXF (``liststring``, written ``["a", "b"]``).
Each attribute name gets one type across all nodes (or all edges): ``boolean``, ``long``,
``double``, ``string`` or ``liststring`` (names valid in both formats; Gephi, graphology,
networkx and APOC all read them). Mixed ``long``/``double`` widens to ``double``, text with
lists to ``liststring``, any other mix to ``string``.

Attributes named ``type`` or ``id`` are written as ``type_`` and ``id_``: sigma.js (Gephi Lite)
picks a renderer from ``type`` and throws on unknown values, and GEXF readers take ``id`` as the
element id.

The writers emit markup as text (:func:`write_xml`, a chunk per node or edge) rather than
through an XML library, which costs more per element than the sanitising itself. The escaping
(:func:`escape_text`, :func:`escape_attr`) is libxml2's, so the bytes are those lxml's
``xmlfile`` wrote for the same graph.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import math
import numbers
import operator
import os
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, cast

import networkx as nx

from kg.export._atomic import open_dest, write_chunks

__all__ = [
    "DECLARATION",
    "Scalar",
    "Shape",
    "Table",
    "clean_text",
    "complete",
    "edge_id",
    "escape_attr",
    "escape_text",
    "flat_shapes",
    "flatten",
    "flatten_attrs",
    "format_value",
    "name_token",
    "nmtoken",
    "parse_color",
    "shapes",
    "sorted_edges",
    "sorted_nodes",
    "write_xml",
]

Scalar = bool | int | float | str | tuple[str, ...]
"""A flat value; a tuple of strings is a list, kept only when the format has lists."""

_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_COLOR = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_RESERVED = {"type": "type_", "id": "id_"}
_ALWAYS_DOUBLE = frozenset({"latitude", "longitude", "x", "y", "z", "size", "weight"})
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1
_TYPE_NAMES = {bool: "boolean", int: "long", float: "double", str: "string",
               tuple: "liststring"}
_CACHE = 4096


def clean_text(text: str) -> str:
    """Remove the characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE, U+FFFF)."""
    return _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text


def flatten(value: Any, lists: bool = False) -> Scalar | None:
    """One writable value for *value*, or None when there is nothing to write; with *lists*,
    a list or set stays a tuple of strings."""
    cls = type(value)
    if cls is str:
        return _ILLEGAL.sub("", value) or None
    if cls is float:
        return value if math.isfinite(value) else None
    if cls is int:
        return value if _LONG_MIN <= value <= _LONG_MAX else str(value)
    if value is None or cls is bool:
        return value
    if isinstance(value, numbers.Integral):
        number = int(value)
        return number if _LONG_MIN <= number <= _LONG_MAX else str(number)
    if isinstance(value, numbers.Real):
        real = float(value)
        return real if math.isfinite(real) else None
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        parts = tuple(part for v in items if v is not None and (part := clean_text(str(v))))
        if lists:
            return parts or None
        value = "|".join(parts)
    return clean_text(str(value)) or None


def flatten_attrs(data: Mapping[Any, Any], lists: bool = False) -> dict[str, Scalar]:
    """Flattened attributes of one node, edge or graph, reserved names renamed, empty ones gone
    (lists kept as tuples with *lists*)."""
    out: dict[str, Scalar] = {}
    # The common cases of flatten() inline: this runs once per attribute of the graph.
    for key, value in zip(_keys(tuple(data)), data.values(), strict=True):
        cls = type(value)
        if cls is str:
            if not (value.isprintable() or not _ILLEGAL.search(value)):
                value = _ILLEGAL.sub("", value)
            if value:
                out[key] = value
        elif cls is float:
            if value - value == 0.0:  # finite: inf - inf and nan - nan are nan
                out[key] = value
        elif cls is int:
            out[key] = value if _LONG_MIN <= value <= _LONG_MAX else str(value)
        elif (flat := flatten(value, lists)) is not None:
            out[key] = flat
    out.pop("", None)
    return out


def _key(name: Any) -> str:
    key = clean_text(str(name))
    return _RESERVED.get(key, key)


@functools.lru_cache(maxsize=_CACHE)
def _keys(names: tuple[Any, ...]) -> tuple[str, ...]:
    """The written names of an element's attributes (``""`` for a name that cleans to nothing);
    elements share a handful of name sets, so this is computed once per set."""
    return tuple(map(_key, names))


def _type_of_class(cls: type) -> str:
    if issubclass(cls, bool):
        return "boolean"
    if issubclass(cls, int):
        return "long"
    if issubclass(cls, tuple):
        return "liststring"
    return "double" if issubclass(cls, float) else "string"


_NUMERIC = {"long", "double"}
_TEXT = {"string", "liststring"}


def _resolve_types(found: Mapping[str, set[type]]) -> dict[str, str]:
    """One attribute type per name from the classes of its values, sorted, ``label`` first."""
    types: dict[str, str] = {}
    for name, classes in found.items():
        kinds = {_TYPE_NAMES.get(cls) or _type_of_class(cls) for cls in classes}
        # Widening is order-free: one type stays, long with double is double, else string.
        if len(kinds) == 1:
            types[name] = kinds.pop()
        else:
            types[name] = ("double" if kinds == _NUMERIC else
                           "liststring" if kinds == _TEXT else "string")
    for name in _ALWAYS_DOUBLE & types.keys():
        if types[name] == "long":
            types[name] = "double"
    return dict(sorted(types.items(), key=lambda item: (item[0] != "label", item[0])))


_LIST_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                               "\t": "\\t"})


def format_list(items: tuple[str, ...]) -> str:
    """A GEXF 1.3 list: ``["a", "b, c"]``, each item quoted and escaped as in JSON, which the
    GEXF primer's list syntax, Gephi and graphology-gexf read."""
    return "[" + ", ".join(f'"{item.translate(_LIST_ESCAPES)}"' for item in items) + "]"


def format_value(value: Scalar, attr_type: str) -> str:
    """The text of *value* in a column of *attr_type*: ``true``/``false``, floats as ``repr``,
    lists as :func:`format_list` (``|``-joined in a ``string`` column)."""
    if attr_type == "liststring":
        return format_list(value if isinstance(value, tuple) else (str(value),))
    if isinstance(value, tuple):
        return "|".join(value)
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
    return _parse_color(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=_CACHE)
def _parse_color(value: str) -> tuple[int, int, int] | None:
    match = _COLOR.fullmatch(value)
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
    adjacency = graph._adj  # networkx's dict of dicts: iterating its views costs more
    if graph.is_directed() and graph.is_multigraph():
        edges = [(u, v, k, d) for u, nbrs in adjacency.items() for v, keys in nbrs.items()
                 for k, d in keys.items()]
    elif graph.is_directed():
        edges = [(u, v, None, d) for u, nbrs in adjacency.items() for v, d in nbrs.items()]
    elif graph.is_multigraph():
        edges = list(graph.edges(keys=True, data=True))
    else:
        edges = [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    text = {node: str(node) for node in graph}
    return sorted(edges, key=lambda e: (text[e[0]], text[e[1]], str(e[2])))


DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
"""The XML declaration both writers open with (as lxml writes it)."""


# References for the characters that must not stand literally, ``&`` first.
_TEXT_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTR_REFS = (*_TEXT_REFS, ('"', "&quot;"), ("\t", "&#9;"), ("\n", "&#10;"))


_Refs = tuple[tuple[str, str], ...]


def _replace(text: str, refs: _Refs) -> str:
    for char, ref in refs:
        if char in text:
            text = text.replace(char, ref)
    return text


_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_SPECIAL = re.compile('[&<>\r"\t\n]')


def escape_text(text: str) -> str:
    """*text* as element content: ``&``, ``<``, ``>`` and CR escaped (CR would be read as LF)."""
    return _replace(text, _TEXT_REFS) if _TEXT_SPECIAL.search(text) else text


def escape_attr(text: str) -> str:
    """*text* as a double-quoted attribute value: also ``"``, and TAB, LF, CR as references.

    Attribute-value normalisation turns literal whitespace into spaces, so TAB, LF and CR are
    written as ``&#9;``, ``&#10;`` and ``&#13;`` to survive a round trip.
    """
    return _replace(text, _ATTR_REFS) if _ATTR_SPECIAL.search(text) else text


_SEP = "\x00"
"""Joins a column's texts into one to escape at once: XML 1.0 forbids it, so :func:`flatten`
never leaves it in a value (checked all the same)."""

_REFS: dict[Callable[[str], str], _Refs] = {escape_text: _TEXT_REFS, escape_attr: _ATTR_REFS}
_BOOLEAN: dict[Scalar, str] = {True: "true", False: "false"}


def _escaped(texts: Sequence[str], escape: Callable[[str], str]) -> Sequence[str]:
    """*texts* through *escape*, escaped as one joined text (the escapes replace characters one
    by one, so joining does not change them); *texts* itself when nothing needs escaping."""
    blob = _SEP.join(texts)
    refs = _REFS.get(escape)
    if refs is None or blob.count(_SEP) != len(texts) - 1:
        return list(map(escape, texts))
    escaped = _replace(blob, refs)
    return texts if escaped is blob else escaped.split(_SEP)


def _column(values: Sequence[Scalar], kind: str, escape: Callable[[str], str]
            ) -> Sequence[str]:
    """The text of each of *values* in a column of *kind* (:func:`format_value`), escaped
    in text columns; converted as a whole column when all values have the column's class."""
    classes = set(map(type, values))
    if kind == "double" and classes <= {float}:
        return list(map(repr, values))
    if kind == "long" and classes <= {int}:
        return list(map(str, values))
    texts: Sequence[str]
    if kind == "string" and classes <= {str}:
        texts = cast(Sequence[str], values)
    elif kind == "boolean" and classes <= {bool}:
        texts = list(map(_BOOLEAN.__getitem__, values))
    else:
        texts = [format_value(value, kind) for value in values]
    return _escaped(texts, escape) if kind in _TEXT else texts


Shape = tuple[tuple[str, ...], list[int], list[Sequence[Any]]]
"""Rows with the same attribute names: the names, the rows' indices and a column per name."""

_values = operator.methodcaller("values")


def shapes(rows: Sequence[Mapping[Any, Any]]) -> list[Shape]:
    """*rows* grouped by their attribute names (in order), as columns."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, names in enumerate(map(tuple, rows)):
        groups.setdefault(names, []).append(i)
    return [(names, where, list(zip(*map(_values, map(rows.__getitem__, where)), strict=True)))
            for names, where in groups.items()]


def _flat_column(column: Sequence[Any], lists: bool) -> Sequence[Scalar | None]:
    """:func:`flatten` of each value (None where nothing is written), tested as a whole column
    when all values have one class: texts, finite floats, ints in range and booleans stay."""
    classes = set(map(type, column))
    if classes == {str}:
        if "" not in column and not _ILLEGAL.search("".join(column)):
            return column
    elif classes == {float}:
        if all(map(math.isfinite, column)):
            return column
    elif classes == {int}:
        if min(column) >= _LONG_MIN and max(column) <= _LONG_MAX:
            return column
    elif classes == {bool}:
        return column
    return [flatten(value, lists) for value in column]


def complete(shape: Shape) -> list[Shape]:
    """*shape* split so that each part has every value (None in a column is a missing value)."""
    names, where, columns = shape
    holes = [c for c, column in enumerate(columns) if None in column]
    if not holes:
        return [shape]
    parts: dict[tuple[bool, ...], list[int]] = {}
    for j, present in enumerate(zip(*([v is not None for v in columns[c]] for c in holes),
                                    strict=True)):
        parts.setdefault(present, []).append(j)
    out: list[Shape] = []
    for present, rows in parts.items():
        missing = {c for c, here in zip(holes, present, strict=True) if not here}
        kept = [c for c in range(len(names)) if c not in missing]
        out.append((tuple(names[c] for c in kept), [where[j] for j in rows],
                    [[columns[c][j] for j in rows] for c in kept]))
    return out


def flat_shapes(rows: Sequence[Mapping[Any, Any]], lists: bool = False) -> list[Shape]:
    """:func:`flatten_attrs` of each of *rows*, worked out column by column, as shapes."""
    out = []
    for names, where, columns in shapes(rows):
        merged: dict[str, Sequence[Scalar | None]] = {}
        for key, column in zip(_keys(names), columns, strict=True):
            flat = _flat_column(column, lists)
            # Names that clean to one key: the last value written wins, as in flatten_attrs.
            merged[key] = flat if key not in merged else [
                new if new is not None else old for old, new in zip(merged[key], flat,
                                                                   strict=True)]
        merged.pop("", None)
        out += complete((tuple(merged), where, list(merged.values())))
    return out


class Table:
    """Rows of flat attributes (one per node or edge) written column by column.

    Rows mostly share a few sets of attribute names (:data:`Shape`). Each column is converted
    and escaped as a whole, and each row is one join of its texts with the markup made once
    per shape: per-value work was most of a writer's time.
    """

    def __init__(self, shapes: list[Shape], size: int) -> None:
        self._size = size
        self._shapes = shapes
        classes: dict[str, set[type]] = {}
        for names, _, columns in self._shapes:
            for name, column in zip(names, columns, strict=True):
                classes.setdefault(name, set()).update(map(type, column))
        self.types = _resolve_types(classes)
        """One attribute type per name, sorted by name, ``label`` first (see the module doc)."""

    def column(self, name: str) -> list[Scalar | None]:
        """The value of *name* in each row, None where it has none."""
        values: list[Scalar | None] = [None] * self._size
        for names, where, columns in self._shapes:
            if name in names:
                for i, value in zip(where, columns[names.index(name)], strict=True):
                    values[i] = value
        return values

    @classmethod
    def of_rows(cls, rows: Sequence[Mapping[str, Scalar]]) -> Table:
        """The table of *rows* of flat attributes (from :func:`flatten_attrs`)."""
        return cls(shapes(rows), len(rows))

    def render(self, before: Callable[[str], str], escape: Callable[[str], str], after: str,
               starts: Sequence[str] | None = None, end: str = "") -> Iterator[str]:
        """Per row: its start (from *starts*), the markup of its values in declared order,
        and *end*. A value is written ``before(name)``, its text (text columns through
        *escape*, :func:`escape_text` or :func:`escape_attr`), *after*. Rows are made a block
        at a time, so the markup in memory stays bounded.
        """
        rank = {name: i for i, name in enumerate(self.types)}
        heads = {name: before(name) for name in self.types}
        for first in range(0, self._size, _BLOCK):
            last = min(first + _BLOCK, self._size)
            by_row: dict[int, str] = {}
            for names, where, columns in self._shapes:
                lo, hi = bisect.bisect_left(where, first), bisect.bisect_left(where, last)
                if lo == hi:
                    continue
                rows = where[lo:hi]
                # Each row is joined from its start, then per value the markup before it (with
                # the previous value's *after*) and its text, then *after* and *end*.
                parts: list[Iterable[str]] = [
                    itertools.repeat("") if starts is None else map(starts.__getitem__, rows)]
                glue = ""
                for name, column in sorted(zip(names, columns, strict=True),
                                           key=lambda item: rank[item[0]]):
                    parts += (itertools.repeat(glue + heads[name]),
                              _column(column[lo:hi], self.types[name], escape))
                    glue = after
                parts.append(itertools.repeat(glue + end, len(rows)))
                joined = zip(*parts, strict=False)  # the markup between values repeats unbounded
                by_row.update(zip(rows, map("".join, joined), strict=True))
            yield from map(by_row.__getitem__, range(first, last))


_BLOCK = 16384
"""Rows :meth:`Table.render` makes at a time."""


def write_xml(dest: str | os.PathLike[str] | IO[bytes], chunks: Iterable[str]) -> None:
    """Write the UTF-8 encoded *chunks* to *dest* (atomically to a path), a batch at a time."""
    with open_dest(dest) as out:
        write_chunks(out, chunks)
