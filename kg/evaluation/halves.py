"""Two fixed halves of every dev set: tune on one, confirm on the other.

A gold item belongs to half ``"a"`` or ``"b"`` by a hash of its key (a document or sentence id;
for ECB+, the topic, so that a topic's documents stay together). The split depends only on the
key, never on the order of the file or on the run, so the halves are the same for everyone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

__all__ = ["HALVES", "Half", "half_of", "select"]

Half = Literal["a", "b"]
HALVES: tuple[Half, Half] = ("a", "b")

T = TypeVar("T")


def half_of(key: str) -> Half:
    """The half *key* belongs to: ``"a"`` or ``"b"``, from the first byte of its SHA-256."""
    return "a" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def select(items: Iterable[T], key: Callable[[T], str], half: Half | None) -> list[T]:
    """The *items* whose ``key(item)`` falls in *half* (all of them when *half* is None)."""
    return [item for item in items if half is None or half_of(key(item)) == half]
