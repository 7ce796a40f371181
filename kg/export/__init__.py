"""Exporters: one module per format, each writing atomically so a failure leaves old files intact.

``write_all`` writes every format of a build into one folder: RDF (Turtle, N-Triples, JSON-LD,
TriG, N-Quads), GraphML and GEXF (full graph and actor projection), the CSV tables, the
interactive ``graph.html`` (full graph) and the static ``graph.png`` (actor projection), and
the Neo4j and LadybugDB import files in ``neo4j/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Protocol

import networkx as nx

from kg.model import Extraction

__all__ = ["write_all"]


class KnowledgeGraph(Protocol):
    """What write_all writes: an extraction and its graphs, as kg.pipeline.KnowledgeGraph
    holds them (a protocol, so that the exporters do not import the pipeline that calls them)."""

    @property
    def extraction(self) -> Extraction: ...

    @property
    def graph(self) -> nx.MultiDiGraph: ...

    @property
    def actor_graph(self) -> nx.MultiDiGraph: ...


def write_all(result: KnowledgeGraph, out: Path) -> list[Path]:
    """Write every export of *result* into *out*; returns the paths written, sorted.

    Everything is first written into a staging folder beside *out* and moved into place only
    when all formats succeeded, so a failure never leaves a mix of old and new files.
    """
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        staged = _write_into(result, staging)
        written = []
        for path in staged:
            target = out / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(written)


def _write_into(result: KnowledgeGraph, out: Path) -> list[Path]:
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.html import write_html
    from kg.export.neo4j import write_neo4j
    from kg.export.png import write_png
    from kg.export.rdf import write_rdf
    from kg.export.tables import (
        write_actors_csv,
        write_events_csv,
        write_links_csv,
        write_mentions_csv,
    )

    out.mkdir(parents=True, exist_ok=True)
    extraction = result.extraction
    written = [Path(p) for p in write_rdf(extraction, out) or []]
    full, actors = result.graph, result.actor_graph
    for name, graph in (("graph", full), ("actors", actors)):
        write_graphml(graph, out / f"{name}.graphml")
        write_gexf(graph, out / f"{name}.gexf")
        written += [out / f"{name}.graphml", out / f"{name}.gexf"]
    write_html(full, out / "graph.html")
    write_png(actors, out / "graph.png")
    written += [out / "graph.html", out / "graph.png"]
    for writer, name in (
        (write_events_csv, "events.csv"),
        (write_mentions_csv, "mentions.csv"),
        (write_actors_csv, "actors.csv"),
        (write_links_csv, "links.csv"),
    ):
        writer(extraction, out / name)
        written.append(out / name)
    written += write_neo4j(extraction, out / "neo4j")
    return sorted(set(written))
