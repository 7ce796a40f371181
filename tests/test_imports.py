"""No import cycle anywhere in kg/: the package reads in one direction, stage after stage.

Imports are read with ast from every module, including those inside functions and under
``if TYPE_CHECKING:`` (a cycle hidden there still ties the modules together).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(name: str, package: str, source: str, modules: set[str]) -> set[str]:
    """The modules among *modules* that module *name* (of *package*) imports in *source*,
    wherever the import statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            # "from kg.events import coref" imports the submodule, "from kg.events import X"
            # the package
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> nx.DiGraph:
    paths = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(paths)
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        source = path.read_text(encoding="utf-8")
        graph.add_edges_from(
            (name, target) for target in _imports(name, package, source, set(paths))
        )
    return graph


def test_imports_are_read_in_functions_type_checking_and_relative() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from kg.model import Event\n"
        "def f():\n    from kg.events import coref, Lexicon\n    import kg.graph\n"
        "from . import vocab\nfrom .lexicon import load\nimport json\n"
    )
    modules = {
        "kg",
        "kg.model",
        "kg.events",
        "kg.events.coref",
        "kg.graph",
        "kg.events.vocab",
        "kg.events.lexicon",
        "kg.events.probe",
    }
    found = _imports("kg.events.probe", "kg.events", source, modules)
    assert found == modules - {"kg", "kg.events.probe"}  # json is no module of kg


def test_no_import_cycle_in_kg() -> None:
    graph = _graph()
    cycles = [c for c in nx.simple_cycles(graph) if len(c) > 1]
    shown = [" -> ".join([*c, c[0]]) for c in sorted(cycles, key=len)[:5]]
    assert not cycles, f"{len(cycles)} import cycle(s), e.g.:\n" + "\n".join(shown)
