"""kg._gc: no automatic collection inside a pause, even when a library re-enables the collector."""

from __future__ import annotations

import gc
import weakref

from kg._gc import gc_frozen, gc_paused, gc_sparse, refreeze


def test_a_pause_holds_when_the_collector_is_enabled_inside_and_ends_with_the_last_one() -> None:
    before = gc.get_threshold()
    with gc_paused():
        gc.enable()  # what srsly does while spaCy loads a model
        assert gc.get_threshold()[0] == 0  # a zero first threshold: no automatic collection
        with gc_paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


def test_a_freeze_leaves_old_objects_out_until_the_last_one_ends_and_then_collects_them() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self

    old = Node()
    alive = weakref.ref(old)
    with gc_frozen():
        with gc_frozen():
            pass
        del old  # a garbage cycle now, but frozen on entry: collections inside leave it
        gc.collect()
        assert alive() is not None
    gc.collect()
    assert alive() is None


def test_sparse_young_collections_give_way_to_a_pause_and_end_as_they_began() -> None:
    before = gc.get_threshold()
    with gc_sparse(5_000):
        assert gc.get_threshold() == (5_000, *before[1:])
        with gc_paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 5_000
    assert gc.get_threshold() == before
    with gc_paused():
        with gc_sparse(5_000):
            assert gc.get_threshold()[0] == 0  # the pause holds
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


def test_refreeze_freezes_the_survivors_only_inside_a_freeze() -> None:
    before = gc.get_freeze_count()
    refreeze()  # no freeze in progress: nothing is frozen for good
    assert gc.get_freeze_count() == before
    with gc_frozen():
        frozen = gc.get_freeze_count()
        made = [[] for _ in range(1000)]
        refreeze()
        assert gc.get_freeze_count() >= frozen + len(made)
    assert gc.get_freeze_count() == before
