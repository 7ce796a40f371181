"""Gephi Lite's loaders (npm graphology-graphml and graphology-gexf) read our GraphML and GEXF.

The packages are installed with npm into ``.cache/npm-graphology/`` (git-ignored; ``make test``
installs them first, this test installs them itself when they are missing) and run by a small
Node script with the options Gephi Lite passes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from typing import Any

import networkx as nx
import pytest

from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.graph import actor_graph, event_graph
from tests.conftest import ROOT, make_extraction

pytestmark = pytest.mark.external

CACHE = ROOT / ".cache" / "npm-graphology"
PACKAGES = {"graphology": "0.26.0", "graphology-graphml": "0.5.2", "graphology-gexf": "0.13.2"}

READER = """
const fs = require("fs");
const Graph = require("graphology");
const graphml = require("graphology-graphml");
const gexf = require("graphology-gexf");

function summary(graph) {
  return {
    type: graph.type,
    multi: graph.multi,
    order: graph.order,
    size: graph.size,
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) =>
      ({ key, source, target, attributes })),
  };
}

const out = {};
for (const path of process.argv.slice(2)) {
  const text = fs.readFileSync(path, "utf8");
  out[path.split("/").pop()] = summary(path.endsWith(".gexf")
    ? gexf.parse(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true })
    : graphml.parse(Graph, text, { addMissingNodes: true }));
}
process.stdout.write(JSON.stringify(out));
"""


def _installed() -> bool:
    for name, version in PACKAGES.items():
        manifest = CACHE / "node_modules" / name / "package.json"
        if not manifest.is_file() or json.loads(manifest.read_text())["version"] != version:
            return False
    return True


def _ensure_packages() -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: needed to run Gephi Lite's graphology loaders")
    if _installed():
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    command = [
        "npm", "install", "--no-audit", "--no-fund", "--no-save", "--no-package-lock",
        "--fetch-retries=1", "--fetch-timeout=30000", "--prefix", str(CACHE),
        *(f"{name}@{version}" for name, version in PACKAGES.items()),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip("npm install of graphology timed out (offline?)")
    if done.returncode != 0 or not _installed():
        pytest.skip(f"npm install of graphology failed (offline?): {done.stderr.strip()[-300:]}")


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    _ensure_packages()
    folder = tmp_path_factory.mktemp("graphology")
    extraction = make_extraction()
    paths = []
    for name, graph in (("graph", event_graph(extraction)), ("actors", actor_graph(extraction))):
        write_graphml(graph, folder / f"{name}.graphml")
        write_gexf(graph, folder / f"{name}.gexf")
        paths += [folder / f"{name}.graphml", folder / f"{name}.gexf"]
    script = folder / "read.js"
    script.write_text(READER, encoding="utf-8")
    env = dict(os.environ, NODE_PATH=str(CACHE / "node_modules"))
    done = subprocess.run(
        ["node", str(script), *map(str, paths)], capture_output=True, text=True, env=env,
        timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _graphs() -> dict[str, nx.MultiDiGraph]:
    extraction = make_extraction()
    return {"graph": event_graph(extraction), "actors": actor_graph(extraction)}


def _rgb(color: str) -> tuple[int, int, int]:
    if color.startswith("#"):
        return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)
    match = re.fullmatch(r"rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*[\d.]+)?\)", color)
    assert match, color
    r, g, b = (int(v) for v in match.groups())
    return r, g, b


@pytest.mark.parametrize("name", ["graph", "actors"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_counts_and_type(parsed: dict[str, Any], name: str, fmt: str) -> None:
    graph, result = _graphs()[name], parsed[f"{name}.{fmt}"]
    assert result["type"] == "directed"
    assert result["order"] == graph.number_of_nodes()
    assert result["size"] == graph.number_of_edges()
    if name == "graph":
        assert result["multi"] is True


@pytest.mark.parametrize("name", ["graph", "actors"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_node_attributes(parsed: dict[str, Any], name: str, fmt: str) -> None:
    graph, result = _graphs()[name], parsed[f"{name}.{fmt}"]
    by_iri = {}
    for node in result["nodes"]:
        attrs = node["attributes"]
        assert "type" not in attrs, "sigma.js (Gephi Lite) breaks on a node attribute named type"
        by_iri[attrs["iri"] if fmt == "graphml" else node["key"]] = attrs
    assert set(by_iri) == set(graph.nodes)
    for iri, data in graph.nodes(data=True):
        attrs = by_iri[iri]
        assert attrs["label"] == data["label"]
        assert attrs["kind"] == data["kind"]
        assert _rgb(attrs["color"]) == _rgb(data["color"])
        for axis in ("x", "y", "size"):
            assert isinstance(attrs[axis], int | float) and attrs[axis] == pytest.approx(data[axis])
        for geo in ("latitude", "longitude"):
            if geo in data:
                assert attrs[geo] == pytest.approx(data[geo])
    if name == "graph":
        event = next(a for a in by_iri.values() if a.get("event_type") == "AID")
        assert event["modality"] == "denied" and event["date"] == "2021-09-06"
        taliban = next(a for a in by_iri.values() if a["label"] == "Taliban")
        assert "<Taliban>" in taliban["aliases"]


@pytest.mark.parametrize("name", ["graph", "actors"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_edge_attributes(parsed: dict[str, Any], name: str, fmt: str) -> None:
    graph, result = _graphs()[name], parsed[f"{name}.{fmt}"]
    iri = {
        n["key"]: n["attributes"]["iri"] if fmt == "graphml" else n["key"] for n in result["nodes"]
    }
    field = "role" if name == "graph" else "event_type"
    got = sorted(
        (iri[e["source"]], iri[e["target"]], e["attributes"][field], e["attributes"]["weight"])
        for e in result["edges"]
    )
    want = sorted((u, v, d[field], d["weight"]) for u, v, d in graph.edges(data=True))
    assert got == want
    for edge in result["edges"]:
        assert edge["attributes"]["label"] == edge["attributes"][field]
