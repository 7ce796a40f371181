"""Pausing Python's cyclic garbage collector around work that makes many objects but no garbage
cycles worth collecting at once: loading the model and the resources, writing the exports; and
freezing what outlives a stage (the model, the resources, the extraction) out of the
collections made inside it.

While a heap grows fast, every full collection walks all of it again (loading the resources of
a build cost about 0.6 s of full collections); paused, one collection after does the same work.
The pause sets the collector's first threshold to 0 rather than disabling it, because spaCy's
model loading (``srsly``) turns the collector back on whatever its state was.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["gc_frozen", "gc_paused", "gc_sparse", "refreeze"]

_LOCK = threading.Lock()
_paused = 0  # pauses in progress, in any thread
_threshold = gc.get_threshold()  # the collector's thresholds when the first of them began
_frozen = 0  # freezes in progress


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection inside; the thresholds are restored when the last
    pause in progress (of any thread) ends."""
    global _paused, _threshold
    with _LOCK:
        if _paused == 0:
            _threshold = gc.get_threshold()
            gc.set_threshold(0, *_threshold[1:])
        _paused += 1
    try:
        yield
    finally:
        with _LOCK:
            _paused -= 1
            if _paused == 0:
                gc.set_threshold(*_threshold)


@contextlib.contextmanager
def gc_sparse(young: int = 10_000) -> Iterator[None]:
    """Young collections after *young* new objects instead of Python's 700, inside: parsing and
    analysing a document make many objects that die with it, and each young collection that
    finds them alive moves them on to the older generations, whose collections, the full ones
    included, then walk them again. A pause in progress (or begun inside) keeps its zero
    threshold, and restores this one when it ends."""
    global _threshold
    with _LOCK:
        if _paused:
            before = _threshold[0]
            _threshold = (young, *_threshold[1:])
        else:
            before = gc.get_threshold()[0]
            gc.set_threshold(young, *gc.get_threshold()[1:])
    try:
        yield
    finally:
        with _LOCK:
            if _paused:
                _threshold = (before, *_threshold[1:])
            else:
                gc.set_threshold(before, *gc.get_threshold()[1:])


@contextlib.contextmanager
def gc_frozen() -> Iterator[None]:
    """Every object that exists on entry is left out of the collections made inside (a full
    collection walks the whole heap: 0.1 s for the spaCy model and kg's resources alone), and
    put back when the last freeze in progress ends, so whatever became garbage meanwhile is
    collected then."""
    global _frozen
    with _LOCK:
        gc.freeze()
        _frozen += 1
    try:
        yield
    finally:
        with _LOCK:
            _frozen -= 1
            if _frozen == 0:
                gc.unfreeze()


def refreeze() -> None:
    """Freeze what exists now when a freeze is in progress (after a collection, the survivors):
    the next collections made inside it skip them, and its end puts them back with the rest."""
    with _LOCK:
        if _frozen:
            gc.freeze()
