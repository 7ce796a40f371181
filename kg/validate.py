"""SHACL validation of kg's RDF against the shapes in kg/shapes/kg-shapes.ttl, with pyshacl.

The shapes describe the model of :mod:`kg.export.rdf`. Validation runs on the union of all graphs,
because an event in a document's named graph points at actors described in the default graph.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.errors import KgError
from kg.model import Extraction

__all__ = ["SHAPES", "validate"]

SHAPES = Path(__file__).resolve().parent / "shapes" / "kg-shapes.ttl"
"""The SHACL shapes shipped with kg."""


def _union(quads: list[ox.Quad]) -> rdflib.Graph:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    return graph


def _data_graph(data: str | os.PathLike[str] | rdflib.Graph | Extraction) -> rdflib.Graph:
    if isinstance(data, Extraction):
        from kg.export.rdf import to_quads

        return _union(to_quads(data))
    if isinstance(data, rdflib.Dataset | rdflib.ConjunctiveGraph):
        graph = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    if isinstance(data, rdflib.Graph):
        return data
    from kg.store import _read, rdf_files

    return _union([q for f in rdf_files(data) for q in _read(f)])


def validate(data: str | os.PathLike[str] | rdflib.Graph | Extraction,
             shapes: str | os.PathLike[str] = SHAPES) -> tuple[bool, str]:
    """Check RDF against kg's SHACL shapes.

    Parameters
    ----------
    data
        An RDF file (.nq, .trig, .ttl, .nt, .jsonld), an export folder (its ``graph.nq`` is
        read), an rdflib Graph or Dataset (its graphs are merged) or an Extraction.
    shapes
        A SHACL shapes file; kg's own by default.

    Returns
    -------
    conforms : bool
        True when there is no violation.
    report : str
        pyshacl's report: one block per result naming the focus node, path and message.

    Raises
    ------
    KgError
        pyshacl is not installed, or the data cannot be read.

    Examples
    --------
    >>> from kg.validate import validate
    >>> conforms, report = validate("exports/")  # doctest: +SKIP
    """
    try:
        import pyshacl
    except ImportError as exc:
        raise KgError("validation needs pyshacl: pip install pyshacl") from exc
    graph = _data_graph(data)
    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    conforms, _, report = pyshacl.validate(
        graph, shacl_graph=shapes_graph, inference="none", advanced=False,
        allow_infos=True, allow_warnings=False)
    return bool(conforms), str(report)
