"""kg._spacy: spaCy imported without its command line, which stays importable and working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    """What *code* prints in a fresh interpreter (nothing imported before it)."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done.stdout.strip()


def test_kg_nlp_imports_spacy_without_its_command_line() -> None:
    printed = _run("import sys, kg.nlp; print(sorted(m for m in sys.modules "
                   "if m.startswith('spacy.cli') or m in ('typer', 'weasel', 'httpx')))")
    assert printed == "[]"


def test_the_command_line_is_the_real_one_when_imported_after() -> None:
    printed = _run("import sys, kg.nlp, spacy.cli; info = sys.modules['spacy.cli.info']; "
                   "print(callable(spacy.cli.info), info.__file__.endswith('info.py'), "
                   "hasattr(info, 'info_model'))")
    assert printed == "True True True"


def test_spacy_info_calls_the_real_one() -> None:
    printed = _run("import kg.nlp, spacy; print(spacy.info()['spacy_version'] == "
                   "spacy.__version__)")
    assert printed == "True"


def test_a_spacy_imported_before_is_left_as_it_is() -> None:
    printed = _run("import spacy, sys; import kg._spacy as s; print(s.spacy is spacy, "
                   "'spacy.cli.info' in sys.modules)")
    assert printed == "True True"


def test_catalogue_finds_the_same_entry_points_by_group() -> None:
    """Each group's entry points, as catalogue's registries look them up in the dict by group,
    are those importlib.metadata selects for the group; a group with none has none."""
    printed = _run(
        "import importlib.metadata as m, catalogue, kg._spacy\n"
        "every = m.entry_points()\n"
        "groups = [*sorted(dict.keys(every)), 'kg_none']\n"
        "print(type(catalogue.AVAILABLE_ENTRY_POINTS).__name__, len(groups) > 1, all(\n"
        "    list(catalogue.Registry(tuple(g.split('_', 1)), entry_points=True)\n"
        "         ._get_entry_points()) == list(every.select(group=g))\n"
        "    for g in groups if '_' in g))")
    assert printed == "dict True True"
