"""One gazetteer for the actor tests: its indexes are built once, on first use."""

from __future__ import annotations

from kg.actors.gazetteer import Gazetteer

GAZETTEER = Gazetteer()
