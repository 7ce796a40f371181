"""Strict loader for the word lists and tables that rules read from YAML data files.

A rule's data lives in a data file of its stage (``kg/events/data/*.yaml``, ...), not in code.
The caller declares the file's sections, each with its kind; the loader reads exactly those: an
unknown (misspelt) section, a missing one, a duplicate entry or a bad value fails with
``InputError`` as ``path:line: message``, the line taken from the YAML node. Values are read
as text (so ``no`` and ``on`` stay words, not booleans) and returned typed: frozensets, tuples
and dicts. Loads are not cached here; a stage caches its packaged file with ``functools.cache``.

>>> words = parse_datafile("verbs: [attack, bomb]\\n", "x.yaml", {"verbs": Words()})
>>> sorted(words["verbs"])
['attack', 'bomb']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

from kg.errors import InputError

__all__ = [
    "Kind",
    "Phrases",
    "Table",
    "Value",
    "Words",
    "load_datafile",
    "load_packaged",
    "parse_datafile",
]

T = TypeVar("T")

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when built: 6x faster


class _Where:
    """The file being read, to turn a node into ``InputError(path, message, line)``."""

    def __init__(self, path: str | Path) -> None:
        self.path = path

    def error(self, node: yaml.Node, message: str) -> InputError:
        return InputError(self.path, message, node.start_mark.line + 1)


class Kind(Generic[T]):
    """What one section (or one table value) holds and how it becomes a typed value."""

    def read(self, node: yaml.Node, where: _Where, name: str) -> T:
        raise NotImplementedError


def _text(node: yaml.Node, where: _Where, name: str) -> str:
    """A scalar's text: non-empty, no surrounding blanks, not a list or mapping."""
    if not isinstance(node, yaml.ScalarNode):
        raise where.error(node, f"{name}: expected a word or phrase, got a {_shape(node)}")
    text = str(node.value)
    if node.tag == "tag:yaml.org,2002:null" or not text.strip():
        raise where.error(node, f"{name}: empty entry")
    if text != text.strip():
        raise where.error(node, f"{name}: {text!r} has blanks around it")
    return text


def _shape(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "list"
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    return f"value {node.value!r}"


def _empty(node: yaml.Node) -> bool:
    """``section:`` with nothing after it: an empty section."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _items(
    node: yaml.Node, where: _Where, name: str, lower: bool, allowed: frozenset[str] | None
) -> list[str]:
    """The entries of a list section, without repeats, each among *allowed* if given."""
    if _empty(node):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise where.error(node, f"{name}: expected a list, got a {_shape(node)}")
    seen: dict[str, int] = {}
    out: list[str] = []
    for item in node.value:
        text = _text(item, where, name)
        if lower and text != text.lower():
            raise where.error(item, f"{name}: {text!r} must be written in lower case")
        if allowed is not None and text not in allowed:
            shown = ", ".join(sorted(allowed)[:12]) + (", ..." if len(allowed) > 12 else "")
            raise where.error(item, f"{name}: {text!r} is not one of the allowed values ({shown})")
        if text in seen:
            raise where.error(item, f"{name}: {text!r} repeated (first on line {seen[text]})")
        seen[text] = item.start_mark.line + 1
        out.append(text)
    return out


@dataclass(frozen=True)
class Words(Kind[frozenset[str]]):
    """A list of words or phrases, as a frozenset; ``lower=True`` rejects upper-case entries
    (for lists compared with lower-cased lemmas, where such an entry would never match);
    *allowed* rejects any entry not in it (a closed vocabulary: actor types, modes)."""

    lower: bool = False
    allowed: frozenset[str] | None = None

    def read(self, node: yaml.Node, where: _Where, name: str) -> frozenset[str]:
        return frozenset(_items(node, where, name, self.lower, self.allowed))


@dataclass(frozen=True)
class Phrases(Kind[tuple[str, ...]]):
    """A list of words or phrases whose order matters, as a tuple; options as for Words."""

    lower: bool = False
    allowed: frozenset[str] | None = None

    def read(self, node: yaml.Node, where: _Where, name: str) -> tuple[str, ...]:
        return tuple(_items(node, where, name, self.lower, self.allowed))


@dataclass(frozen=True)
class Value(Kind[T]):
    """One scalar, converted by *parse*; a ``ValueError`` it raises is reported at the value's
    line with its message."""

    parse: Callable[[str], T]

    def read(self, node: yaml.Node, where: _Where, name: str) -> T:
        text = _text(node, where, name)
        try:
            return self.parse(text)
        except ValueError as e:
            raise where.error(node, f"{name}: {e}") from None


@dataclass(frozen=True)
class Table(Kind[dict[str, T]]):
    """A mapping of word -> value, as a dict in file order. *value* reads each value: a kind
    (``Words()`` for word -> set of words) or a function of the value's text (``int``, or one
    that raises ``ValueError`` with a message for a bad value)."""

    value: Kind[T] | Callable[[str], T]
    lower: bool = False

    def read(self, node: yaml.Node, where: _Where, name: str) -> dict[str, T]:
        if _empty(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise where.error(node, f"{name}: expected a mapping, got a {_shape(node)}")
        kind = self.value if isinstance(self.value, Kind) else Value(self.value)
        out: dict[str, T] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = _text(key_node, where, name)
            if self.lower and key != key.lower():
                raise where.error(key_node, f"{name}: {key!r} must be written in lower case")
            if key in lines:
                raise where.error(
                    key_node, f"{name}: {key!r} repeated (first on line {lines[key]})"
                )
            lines[key] = key_node.start_mark.line + 1
            out[key] = kind.read(value_node, where, f"{name}: {key}")
        return out


def parse_datafile(
    text: str, path: str | Path, sections: Mapping[str, Kind[Any]]
) -> dict[str, Any]:
    """Read the data file *text* (named *path* in errors) as exactly the declared *sections*.

    Parameters
    ----------
    text : the YAML text; its top level is a mapping of section name -> section.
    path : the file's name, for ``InputError`` messages.
    sections : section name -> its kind (``Words()``, ``Phrases()``, ``Table(...)``,
        ``Value(...)``); every one must be present (an empty section may be ``[]``, ``{}`` or
        left blank) and no other may be.

    Returns
    -------
    dict
        section name -> typed value, in the order of *sections*; ``Lexicon(**result)`` builds a
        dataclass whose fields are the sections.

    Raises
    ------
    InputError
        ``path:line: message`` for a YAML syntax error, an unknown, missing or repeated section,
        a repeated entry or key, an empty entry or a value its kind rejects.
    """
    where = _Where(path)
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        raise InputError(path, f"not valid YAML: {e.problem or e}", line) from None
    if root is None or _empty(root):
        raise InputError(path, f"no sections; expected {', '.join(sections)}", 1)
    if not isinstance(root, yaml.MappingNode):
        raise where.error(root, f"expected sections (a mapping), got a {_shape(root)}")
    found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in root.value:
        name = _text(key_node, where, "section")
        if name not in sections:
            raise where.error(
                key_node, f"unknown section {name!r} (expected one of {', '.join(sections)})"
            )
        if name in found:
            first = found[name][0].start_mark.line + 1
            raise where.error(key_node, f"section {name!r} repeated (first on line {first})")
        found[name] = (key_node, value_node)
    missing = [name for name in sections if name not in found]
    if missing:
        raise InputError(path, f"missing section(s): {', '.join(missing)}", 1)
    return {name: kind.read(found[name][1], where, name) for name, kind in sections.items()}


def load_datafile(path: str | Path, sections: Mapping[str, Kind[Any]]) -> dict[str, Any]:
    """Read the data file at *path* as *sections*; see :func:`parse_datafile`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(path, f"cannot read: {e}") from None
    return parse_datafile(text, path, sections)


def load_packaged(package: str, name: str, sections: Mapping[str, Kind[Any]]) -> dict[str, Any]:
    """Read the data file *name* shipped in *package* (``"kg.events"``, ``"data/roles.yaml"``)."""
    source = resources.files(package).joinpath(name)
    shown = f"{package.replace('.', '/')}/{name}"
    return parse_datafile(source.read_text(encoding="utf-8"), shown, sections)
