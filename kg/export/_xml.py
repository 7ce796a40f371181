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

import functools
import hashlib
import math
import numbers
import os
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import IO, Any

import networkx as nx

from kg.export._atomic import open_dest, write_chunks

__all__ = [
    "DECLARATION",
    "Columns",
    "Scalar",
    "attr_types",
    "clean_text",
    "columns",
    "edge_id",
    "escape_attr",
    "escape_text",
    "flatten",
    "flatten_attrs",
    "format_value",
    "name_token",
    "nmtoken",
    "parse_color",
    "sorted_edges",
    "sorted_nodes",
    "typed_values",
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


def attr_types(rows: Iterable[Mapping[str, Scalar]]) -> dict[str, str]:
    """One attribute type per name over all *rows*, sorted by name, ``label`` first."""
    seen: set[tuple[str, type]] = set()
    for row in rows:
        seen.update(zip(row, map(type, row.values()), strict=True))
    found: dict[str, set[str]] = {}
    for name, cls in seen:
        found.setdefault(name, set()).add(_TYPE_NAMES.get(cls) or _type_of_class(cls))
    types: dict[str, str] = {}
    for name, kinds in found.items():
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


_ESCAPERS: dict[Callable[[str], str], tuple[Callable[[str], object], _Refs]] = {
    escape_text: (_TEXT_SPECIAL.search, _TEXT_REFS),
    escape_attr: (_ATTR_SPECIAL.search, _ATTR_REFS),
}
"""The escapers :class:`Columns` inlines: the test for a character to escape, and the refs."""


class Columns:
    """The declared attributes of one domain (nodes or edges) and how each value is written.

    Elements mostly share one set of attribute names, so for each set the markup of an element's
    values is worked out once: a template with a slot per value, in declared order, and the
    function that renders each value (text escaped; numbers and booleans as they print).
    """

    def __init__(self, types: Mapping[str, str], before: Callable[[str], str],
                 escape: Callable[[str], str], after: str) -> None:
        self._markup = {name: (kind, before(name), after) for name, kind in types.items()}
        self._rank = {name: i for i, name in enumerate(types)}
        self._render = _renderers(escape)
        self._plans: dict[tuple[str, ...], tuple[str, list[tuple[str, Render]]]] = {}

    def _plan(self, names: tuple[str, ...]) -> tuple[str, list[tuple[str, Render]]]:
        known = sorted((n for n in names if n in self._markup), key=self._rank.__getitem__)
        template = "".join(
            f"{_braces(self._markup[n][1])}{{}}{_braces(self._markup[n][2])}" for n in known)
        plan = self._plans[names] = (template, [(n, self._render[self._markup[n][0]])
                                                for n in known])
        return plan

    def render(self, attrs: Mapping[str, Scalar]) -> str:
        """The markup of each of *attrs* that is declared, in declared order."""
        names = tuple(attrs)
        template, renders = self._plans.get(names) or self._plan(names)
        return template.format(*[render(attrs[name]) for name, render in renders])

    def write(self, parts: list[str], attrs: Mapping[str, Scalar]) -> None:
        """Append :meth:`render` of *attrs* to *parts*."""
        parts.append(self.render(attrs))


Render = Callable[[Scalar], str]


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _renderers(escape: Callable[[str], str]) -> dict[str, Render]:
    """How a value is written in a column of each type, with *escape* for text."""
    special, refs = _ESCAPERS.get(escape, (None, None))

    def text(value: Scalar) -> str:
        if type(value) is not str:
            return escape(format_value(value, "string"))
        if special is None or refs is None:
            return escape(value)
        return _replace(value, refs) if special(value) else value

    def double(value: Scalar) -> str:
        return repr(value) if type(value) is float else format_value(value, "double")

    def long(value: Scalar) -> str:
        return str(value) if type(value) is int else format_value(value, "long")

    def other(kind: str) -> Render:
        return lambda value: format_value(value, kind)

    return {"string": text, "double": double, "long": long, "boolean": other("boolean"),
            "liststring": lambda value: escape(format_value(value, "liststring"))}


def columns(
    types: Mapping[str, str], before: Callable[[str], str], escape: Callable[[str], str], after: str
) -> Columns:
    """The declared attributes of one domain in order, each with the markup around its value."""
    return Columns(types, before, escape, after)


def typed_values(parts: list[str], attrs: Mapping[str, Scalar], cols: Columns) -> None:
    """Append to *parts* each of *attrs* that *cols* declares, in declared order, as markup."""
    cols.write(parts, attrs)


def write_xml(dest: str | os.PathLike[str] | IO[bytes], chunks: Iterable[str]) -> None:
    """Write the UTF-8 encoded *chunks* to *dest* (atomically to a path), a batch at a time."""
    with open_dest(dest) as out:
        write_chunks(out, chunks)
