"""SHACL validation of kg's RDF against the shapes in kg/shapes/kg-shapes.ttl.

Validation runs on the union of all graphs, because an event in a document's named graph points
at actors described in the default graph. pyshacl-turbo (a Rust SHACL engine with pySHACL's
API, five times faster than pySHACL on kg's graphs) checks the SHACL Core constraints; the
SHACL-SPARQL constraints (the mention offsets against the document text) run once each over the
whole data in pyoxigraph, with ``$this`` left free and the rows kept for the shape's focus
nodes: pyshacl would parse the query again for every focus node, which made validating 200
articles take minutes. Both kinds of result go into one report.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, RDFS, SH

from kg import vocab
from kg.errors import KgError
from kg.model import Extraction

__all__ = ["SHAPES", "Violation", "validate", "violations"]

SHAPES = Path(__file__).resolve().parent / "shapes" / "kg-shapes.ttl"
"""The SHACL shapes shipped with kg."""


@dataclass(frozen=True, order=True)
class Violation:
    """One validation result: the node, the shape and the message, as SHACL reports them."""

    focus: str
    path: str
    value: str
    component: str
    shape: str
    message: str
    severity: str = "Violation"


def _triples(data: str | os.PathLike[str] | rdflib.Graph | Extraction) -> bytes:
    """The union of all graphs of *data* as N-Triples."""
    if isinstance(data, Extraction):
        from kg.export.rdf import ntriples

        return ntriples(data)
    if isinstance(data, rdflib.Dataset | rdflib.ConjunctiveGraph):
        union = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union.serialize(format="nt", encoding="utf-8")
    if isinstance(data, rdflib.Graph):
        return data.serialize(format="nt", encoding="utf-8")
    from kg.store import read_rdf

    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in read_rdf(data)[1]}
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def _name(term: rdflib.term.Node | None, shapes: rdflib.Graph) -> str:
    """A term as the report shows it: a CURIE where kg's prefixes give one, else N-Triples."""
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        text = str(term)
        for prefix, namespace in (*sorted(vocab.NS.items()), ("sh", str(SH)),
                                  ("kgsh", vocab.BASE + "shapes#")):
            if text.startswith(namespace) and text != namespace:
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"
    if isinstance(term, rdflib.BNode):
        parent = shapes.value(predicate=SH.property, object=term)
        path = shapes.value(term, SH.path)
        if parent is not None:
            return f"{_name(parent, shapes)} (property {_name(path, shapes)})"
        return "[ ]"
    return term.n3()


def _ox_name(term: object, shapes: rdflib.Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _name(rdflib.URIRef(term.value), shapes)
    return str(term)


def _core(graph: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    """The SHACL Core engine's results for every constraint but the SPARQL-based ones."""
    try:
        import pyshacl_turbo
    except ImportError as exc:
        raise KgError("validation needs pyshacl-turbo: pip install pyshacl-turbo") from exc
    core = rdflib.Graph()
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    _, results, _ = pyshacl_turbo.validate(
        graph, shacl_graph=core, inference="none", advanced=False, allow_infos=True,
        allow_warnings=False)
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        def get(p: rdflib.URIRef, result: rdflib.term.Node = result) -> rdflib.term.Node | None:
            return results.value(result, p)

        component = str(get(SH.sourceConstraintComponent) or "")
        shape = get(SH.sourceShape)
        found.append(Violation(
            focus=_name(get(SH.focusNode), shapes), path=_name(get(SH.resultPath), shapes),
            value=_name(get(SH.value), shapes), component=component,
            shape=_name(shape, shapes),
            message=str(get(SH.resultMessage) or ""),
            severity=_name(get(SH.resultSeverity), shapes).removeprefix("sh:")))
    return found


def _targets(store: ox.Store, shapes: rdflib.Graph, shape: rdflib.term.Node) -> set[str]:
    """The focus nodes of *shape* in *store* (class, node, subjects-of and objects-of targets),
    as N-Triples terms."""
    patterns = []
    for cls in (*shapes.objects(shape, SH.targetClass),
                *([shape] if (shape, RDF.type, RDFS.Class) in shapes else [])):
        patterns.append(f"{{ ?this a/<{RDFS.subClassOf}>* <{cls}> }}")
    for predicate in shapes.objects(shape, SH.targetSubjectsOf):
        patterns.append(f"{{ ?this <{predicate}> ?any }}")
    for predicate in shapes.objects(shape, SH.targetObjectsOf):
        patterns.append(f"{{ ?any <{predicate}> ?this }}")
    found = {term.n3() for term in shapes.objects(shape, SH.targetNode)}
    if patterns:
        result = store.query("SELECT DISTINCT ?this WHERE { " + " UNION ".join(patterns) + " }")
        found |= {str(row["this"]) for row in result}  # type: ignore[union-attr]
    return found


def _prefixes(shapes: rdflib.Graph, constraint: rdflib.term.Node) -> str:
    declared = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(holder, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            declared.append(f"PREFIX {prefix}: <{namespace}>\n")
    return "".join(declared)


def _sparql(store: ox.Store, shapes: rdflib.Graph) -> list[Violation]:
    """The SHACL-SPARQL constraints of node shapes, each run once with ``$this`` free."""
    found = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        if (constraint, SH.deactivated, rdflib.Literal(True)) in shapes:
            continue
        focus = _targets(store, shapes, shape)
        query = _prefixes(shapes, constraint) + str(shapes.value(constraint, SH.select))
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message)
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            this = row["this"]
            if this is None or str(this) not in focus:
                continue
            names = {v.value for v in result.variables}
            value = row["value"] if "value" in names else None
            path = row["path"] if "path" in names else None
            found.append(Violation(
                focus=_ox_name(this, shapes), path=_ox_name(path, shapes),
                value=_ox_name(value if value is not None else this, shapes),
                component=str(SH.SPARQLConstraintComponent),
                shape=_name(shape, shapes), message=str(message or "")))
    return found


def violations(data: str | os.PathLike[str] | rdflib.Graph | Extraction,
               shapes: str | os.PathLike[str] = SHAPES) -> list[Violation]:
    """Every violation of the shapes by *data*, sorted (see :func:`validate`)."""
    triples = _triples(data)
    shapes_graph = rdflib.Graph().parse(str(shapes), format="turtle")
    graph = rdflib.Graph().parse(data=triples.decode("utf-8"), format="nt")
    # Oxigraph's store keeps numbers by value (xsd:nonNegativeInteger becomes xsd:integer), so
    # only the SPARQL constraints, which compare values, run there.
    store = ox.Store()
    store.bulk_load(triples, format=ox.RdfFormat.N_TRIPLES)
    return sorted(set(_core(graph, shapes_graph) + _sparql(store, shapes_graph)))


def report(found: Iterable[Violation]) -> str:
    """The text report of *found*, one block per result naming its focus node."""
    results = list(found)
    lines = ["Validation Report", f"Conforms: {not results}"]
    if results:
        lines.append(f"Results ({len(results)}):")
    for v in results:
        component = v.component.rsplit("#", 1)[-1]
        lines += [f"Constraint Violation in {component} ({v.component}):",
                  f"\tSeverity: sh:{v.severity}", f"\tSource Shape: {v.shape}",
                  f"\tFocus Node: {v.focus}"]
        if v.value and v.value != v.focus:
            lines.append(f"\tValue Node: {v.value}")
        if v.path:
            lines.append(f"\tResult Path: {v.path}")
        lines.append(f"\tMessage: {v.message}")
    return "\n".join(lines) + "\n"


def validate(data: str | os.PathLike[str] | rdflib.Graph | Extraction,
             shapes: str | os.PathLike[str] = SHAPES) -> tuple[bool, str]:
    """Check RDF against kg's SHACL shapes.

    Parameters
    ----------
    data
        An RDF file (.nq, .trig, .ttl, .nt, .jsonld), an export folder (every RDF file in it is
        read, and they must agree), an rdflib Graph or Dataset (its graphs are merged) or an
        Extraction.
    shapes
        A SHACL shapes file; kg's own by default.

    Returns
    -------
    conforms : bool
        True when there is no violation.
    report : str
        One block per result naming the focus node, the shape, the path and the message.

    Raises
    ------
    KgError
        pyshacl-turbo is not installed, or the data cannot be read.

    Examples
    --------
    >>> from kg.validate import validate
    >>> conforms, report = validate("exports/")  # doctest: +SKIP
    """
    found = violations(data, shapes)
    return not found, report(found)
