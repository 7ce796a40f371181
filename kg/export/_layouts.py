"""Component layouts kept between builds in the parts store, so that a re-run lays out only
the components it changed.

A layout function takes a mapping from a component's digest (:func:`kg.graph.component_digest`)
to what its layout returned; :class:`KeptLayouts` is that mapping over a
:class:`kg.export._parts.Parts` family, the values as JSON (floats survive it exactly, so a
kept layout gives the bytes of a new one). The store commits, prunes and survives a killed run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, MutableMapping
from typing import Any

from kg.export._parts import Parts

__all__ = ["KeptLayouts"]


class KeptLayouts(MutableMapping[str, Any]):
    """The layouts kept in *parts*, read and written by key (not listed: the store is big)."""

    def __init__(self, parts: Parts) -> None:
        self._parts = parts

    def __getitem__(self, key: str) -> Any:
        data = self._parts.get(key)
        if data is None:
            raise KeyError(key)
        return json.loads(data)

    def __setitem__(self, key: str, value: Any) -> None:
        self._parts.put(key, json.dumps(value, separators=(",", ":")).encode())

    def __delitem__(self, key: str) -> None:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0
