"""Exporters: one module per format, each writing atomically so a failure leaves old files intact.

``write_all`` writes every format of a build into one folder: RDF (Turtle, N-Triples, JSON-LD,
TriG, N-Quads), GraphML and GEXF (full graph and actor projection), the CSV tables, the
interactive ``graph.html`` (full graph) and the static ``graph.png`` (actor projection), and
the Neo4j and LadybugDB import files in ``neo4j/``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from kg.export._atomic import pause_at, replace_folder
from kg.graph import actor_graph as make_actor_graph
from kg.graph import event_graph
from kg.model import Extraction

__all__ = ["write_all"]


def write_all(
    extraction: Extraction,
    out: str | os.PathLike[str],
    *,
    graph: nx.MultiDiGraph | None = None,
    actor_graph: nx.MultiDiGraph | None = None,
    extra: Mapping[str, bytes] | None = None,
) -> list[Path]:
    """Write every export of *extraction* into the folder *out*, all old or all new.

    The files are staged in a folder beside *out* that replaces it whole once every format is
    written (see :func:`kg.export._atomic.replace_folder`): a failure, Ctrl-C or a kill leaves
    the previous exports as they were (or the next run puts them back), and two builds into
    one folder at once fail with a clear error instead of mixing their files. Files in *out*
    that kg does not write are kept.

    Parameters
    ----------
    extraction
        What was read from the documents.
    out
        The export folder; created if missing.
    graph, actor_graph
        The networks of :func:`kg.graph.event_graph` and :func:`kg.graph.actor_graph`, when
        the caller already has them; built from *extraction* otherwise.
    extra
        More files to publish with the exports, by name (e.g. a build report).

    Returns
    -------
    list of Path
        The files written, sorted.

    Raises
    ------
    kg.errors.ExportError
        *out* is a file or not writable, or another kg process is writing into it.
    """
    full = graph if graph is not None else event_graph(extraction)
    actors = actor_graph if actor_graph is not None else make_actor_graph(extraction)
    target = Path(out).absolute()
    with replace_folder(target) as staging:
        staged = _write_into(extraction, full, actors, staging, extra or {})
        names = [p.relative_to(staging) for p in staged]
    return sorted(target / name for name in names)


def _write_into(
    extraction: Extraction,
    full: nx.MultiDiGraph,
    actors: nx.MultiDiGraph,
    out: Path,
    extra: Mapping[str, bytes],
) -> list[Path]:
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.html import write_html
    from kg.export.neo4j import write_neo4j
    from kg.export.png import write_png
    from kg.export.rdf import write_rdf
    from kg.export.tables import write_tables

    written = list(write_rdf(extraction, out))
    pause_at("staging")
    for name, graph in (("graph", full), ("actors", actors)):
        write_graphml(graph, out / f"{name}.graphml")
        write_gexf(graph, out / f"{name}.gexf")
        written += [out / f"{name}.graphml", out / f"{name}.gexf"]
    write_html(full, out / "graph.html")
    write_png(actors, out / "graph.png")
    written += [out / "graph.html", out / "graph.png"]
    written += write_tables(extraction, out)
    written += write_neo4j(extraction, out / "neo4j")
    for name, content in extra.items():
        (out / name).write_bytes(content)
        written.append(out / name)
    return sorted(set(written))
