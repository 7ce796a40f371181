"""kg._gc: no automatic collection inside a pause, even when a library re-enables the collector."""

from __future__ import annotations

import gc

from kg._gc import gc_paused


def test_a_pause_holds_when_the_collector_is_enabled_inside_and_ends_with_the_last_one() -> None:
    before = gc.get_threshold()
    with gc_paused():
        gc.enable()  # what srsly does while spaCy loads a model
        assert gc.get_threshold()[0] == 0  # a zero first threshold: no automatic collection
        with gc_paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before
