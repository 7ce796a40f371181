"""spaCy, imported without its command line: ``import spacy`` runs ``from .cli.info import
info``, which imports every ``spacy`` command and their libraries (typer, weasel, httpx,
requests: about 0.2-0.3 s of a start-up's CPU) that parsing never uses.

Importing this module imports spaCy with a stand-in for ``spacy.cli.info`` whose ``info``
imports the real one when called; the stand-in is removed once spaCy is imported, so a later
``import spacy.cli`` (or ``python -m spacy``) gets the real modules. When spaCy is imported
already, or its layout changes, this is a plain ``import spacy``.

It also hands catalogue (spaCy's registries) the installed entry points as a plain dict by
group: given Python's ``SelectableGroups``, catalogue looks a group up by scanning every
entry point of every package, some 250 times while a pipeline loads (0.04 s); by group, it
takes the same entry points from the dict.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from kg._imports import standing_in

__all__ = ["spacy"]

_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported at the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _imported() -> types.ModuleType:
    """The ``spacy`` package, imported (the first time) without ``spacy.cli``."""
    if "spacy" in sys.modules or _INFO in sys.modules:
        import spacy

        return spacy
    stand_in = types.ModuleType(_INFO)
    stand_in.info = _info  # type: ignore[attr-defined]
    with standing_in(_INFO, stand_in):
        import spacy
    _grouped_entry_points()
    return spacy


def _grouped_entry_points() -> None:
    """catalogue's entry points as a dict of each group's, when they are a ``SelectableGroups``
    (a dict by group with a ``select`` that catalogue prefers, and that scans them all)."""
    catalogue = sys.modules.get("catalogue")
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if isinstance(found, dict) and hasattr(found, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = dict(dict.items(found))  # type: ignore[union-attr]


spacy = _imported()
