"""Pausing Python's cyclic garbage collector around work that makes many objects but no garbage
cycles worth collecting at once: loading the model and the resources, writing the exports.

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

__all__ = ["gc_paused"]

_LOCK = threading.Lock()
_paused = 0  # pauses in progress, in any thread
_threshold = gc.get_threshold()  # the collector's thresholds when the first of them began


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
