"""SPARQL stores: load kg's RDF into an embedded Oxigraph store or a server, and query them.

The embedded store is a folder holding a persistent :class:`pyoxigraph.Store` (RocksDB). Each
document's assertions stay in their own named graph, as in ``graph.nq`` and ``graph.trig``;
the default graph holds the ontology, actor descriptions and document metadata (see
docs/model.md). Loading is idempotent: a store is a set of quads, and the named graphs being
loaded are replaced, so loading a rebuilt export again updates its documents without duplicates.
An export folder is read whole: every RDF file in it must parse and hold the same data, so a
damaged file is reported rather than silently passed over.

Servers are reached over plain HTTP with the W3C protocols: the SPARQL 1.1 Graph Store Protocol
to upload (one ``POST ?graph=IRI`` or ``POST ?default`` per graph, as Turtle, which Oxigraph
server, Fuseki and GraphDB/RDF4J all accept) and the SPARQL 1.1 Protocol to query.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import vocab
from kg.errors import InputError, KgError
from kg.model import Extraction

__all__ = [
    "DEFAULT_STORE",
    "EXPORT_FILES",
    "PREFIXES",
    "LoadSummary",
    "UploadSummary",
    "format_rows",
    "load",
    "load_nquads",
    "query",
    "query_endpoint",
    "rdf_files",
    "read_rdf",
    "upload",
]

DEFAULT_STORE = Path("kg-store")
"""Where ``kg load`` and ``kg query`` keep the embedded store unless told otherwise."""

EXPORT_FILES = ("graph.nq", "graph.trig", "graph.jsonld", "graph.nt", "graph.ttl")
"""RDF files of an export folder, best first: all are checked, the first one found is loaded."""

PREFIXES: dict[str, str] = dict(sorted(vocab.NS.items()))
"""Prefixes every local query may use without declaring them."""

Rows = list[tuple[str | None, ...]]
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class LoadSummary:
    """What :func:`load` did: files read, quads and named graphs loaded, store size after."""

    files: tuple[Path, ...]
    quads: int
    graphs: int
    store_size: int


@dataclass(frozen=True)
class UploadSummary:
    """What :func:`upload` sent: files read, triples sent and one request per graph."""

    files: tuple[Path, ...]
    triples: int
    graphs: int


def _sources(sources: PathLike | Iterable[PathLike]) -> list[list[Path]]:
    """Groups of RDF files that hold the same data: a folder's export files, or one file."""
    items = [sources] if isinstance(sources, str | os.PathLike) else list(sources)
    groups: list[list[Path]] = []
    for item in map(Path, items):
        if item.is_dir():
            files = [item / n for n in EXPORT_FILES if (item / n).is_file()]
            if not files:
                raise KgError(f"{item}: no RDF export here (looked for {', '.join(EXPORT_FILES)});"
                              " run `kg build INPUTS --out FOLDER` first")
            groups.append(files)
        elif item.is_file():
            _format(item)
            groups.append([item])
        else:
            raise KgError(f"{item}: no such file or folder")
    return groups


def rdf_files(sources: PathLike | Iterable[PathLike]) -> list[Path]:
    """The RDF files read for *sources*: files as given, and every RDF export file of a folder
    (:data:`EXPORT_FILES`, best first).

    Raises
    ------
    KgError
        A source is missing, an unknown format, or a folder with no RDF export.
    """
    return list(dict.fromkeys(f for group in _sources(sources) for f in group))


_FORMATS = {
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
}


def _format(path: Path) -> ox.RdfFormat:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise KgError(f"{path}: unknown RDF format; use {', '.join(_FORMATS)}")
    return fmt


_POSITION = re.compile(r"(?:Parser error )?(?:between line \d+ column \d+ and line \d+ column "
                       r"\d+|at line \d+ column \d+): ?")


def _read(path: Path) -> list[ox.Quad]:
    """The quads of one RDF file; a syntax error names the file, line and column."""
    try:
        return list(ox.parse(path=str(path), format=_format(path)))
    except SyntaxError as exc:
        reason = _POSITION.sub("", str(exc.msg if exc.args else exc)) or "syntax error"
        where = f"{path}:{exc.lineno}:{exc.offset}" if exc.lineno else str(path)
        raise KgError(f"{where}: not valid RDF: {reason}") from exc
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot read: {exc}") from exc


def _triples(quads: Iterable[ox.Quad]) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def _check_agree(best: Path, quads: list[ox.Quad], other: Path, theirs: list[ox.Quad]) -> None:
    """Raise if *other* does not hold what *best* holds (as triples when it has no graphs)."""
    if _format(other) in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
        mine: set[ox.Quad] | set[ox.Triple] = _triples(quads)
        found: set[ox.Quad] | set[ox.Triple] = set(_triples(theirs))
    else:
        mine, found = set(quads), set(theirs)
    if mine != found:
        raise KgError(f"{other}: does not hold the same RDF as {best.name} ({len(found - mine)} "
                      f"statements more, {len(mine - found)} fewer); the export folder is "
                      "damaged or mixed: rebuild it with `kg build`")


def read_rdf(sources: PathLike | Iterable[PathLike]) -> tuple[list[Path], list[ox.Quad]]:
    """The RDF files read for *sources* and their quads.

    Every RDF file of an export folder is parsed and must hold the same data as the folder's
    best file (``graph.nq`` first), whose quads are returned; single files are read as given.

    Raises
    ------
    KgError
        A file is missing, cannot be parsed (its line and column are named), or disagrees with
        the rest of its folder.
    """
    files: list[Path] = []
    quads: list[ox.Quad] = []
    for best, *others in _sources(sources):
        found = _read(best)
        for other in others:
            _check_agree(best, found, other, _read(other))
        files += [best, *others]
        quads += found
    return list(dict.fromkeys(files)), quads


def _quads(source: Extraction | PathLike | Iterable[PathLike]) -> tuple[list[Path], list[ox.Quad]]:
    if isinstance(source, Extraction):
        from kg.export.rdf import to_quads

        return [], to_quads(source)
    return read_rdf(source)


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file() and (path / "IDENTITY").is_file()


@contextmanager
def _open(store_dir: PathLike, *, write: bool) -> Iterator[ox.Store]:
    """Open the store in *store_dir*; its RocksDB lock lasts as long as the store object."""
    path = Path(store_dir)
    if not _is_store(path):
        if not write:
            raise KgError(f"{path}: no kg store here; run `kg load EXPORT_DIR --store {path}` "
                          "first")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise KgError(f"{path}: exists and is not an Oxigraph store; choose a new or empty "
                          "folder for --store")
    try:
        store = ox.Store(str(path)) if write else ox.Store.read_only(str(path))
    except OSError as exc:
        raise KgError(f"{path}: cannot open the store ({exc}); is another process "
                      "(an oxigraph server?) using it?") from exc
    yield store


def load(source: Extraction | PathLike | Iterable[PathLike],
         store_dir: PathLike = DEFAULT_STORE) -> LoadSummary:
    """Load an extraction or RDF files into the persistent store in *store_dir*.

    Named graphs present in the data are replaced, other graphs are kept, and the default
    graph is merged, so loading the same data twice leaves the store unchanged. An extraction
    goes straight from kg's N-Quads into Oxigraph's bulk loader, with no RDF term built in
    Python: what ``kg build --store DIR`` calls.

    Parameters
    ----------
    source
        An :class:`~kg.model.Extraction`, or RDF files and export folders (every RDF file of a
        folder is checked; its ``graph.nq``, else ``graph.trig``, ... is loaded; see
        :data:`EXPORT_FILES`).
    store_dir
        Folder of the store; created if missing.

    Returns
    -------
    LoadSummary

    Examples
    --------
    >>> from kg.store import load, query
    >>> load("exports/", "kg-store")  # doctest: +SKIP
    >>> query("kg-store", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event } }")
    ... # doctest: +SKIP
    (['n'], [('2',)])
    """
    if isinstance(source, Extraction):
        from kg.export.rdf import nquads

        data = nquads(source)
        names = sorted({vocab.document_iri(d.id) for d in source.documents})
        with _open(store_dir, write=True) as store:
            _clear(store, [ox.NamedNode(n) for n in names])
            store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            store.flush()
            size = len(store)
        return LoadSummary((), data.count(b"\n"), len(names), size)
    files, quads = read_rdf(source)
    graphs = sorted({q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode)},
                    key=str)
    with _open(store_dir, write=True) as store:
        _clear(store, graphs)
        store.bulk_extend(quads)
        store.flush()
        size = len(store)
    return LoadSummary(tuple(files), len(set(quads)), len(graphs), size)


def load_nquads(path: PathLike, graphs: Iterable[str],
                store_dir: PathLike = DEFAULT_STORE) -> LoadSummary:
    """Bulk-load an N-Quads file kg wrote (``graph.nq``) straight from disk, first clearing
    the named *graphs* it holds: what ``kg build --store DIR`` calls after writing the exports,
    so the quads are not generated twice.
    """
    path = Path(path)
    names = sorted(set(graphs))
    with _open(store_dir, write=True) as store:
        _clear(store, [ox.NamedNode(n) for n in names])
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        store.flush()
        size = len(store)
    with path.open("rb") as lines:
        quads = sum(chunk.count(b"\n") for chunk in iter(lambda: lines.read(1 << 20), b""))
    return LoadSummary((path,), quads, len(names), size)


def _clear(store: ox.Store, graphs: Iterable[ox.NamedNode]) -> None:
    for graph in graphs:
        if store.contains_named_graph(graph):
            store.clear_graph(graph)


def _value(term: Any) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _results(result: Any) -> tuple[list[str], Rows]:
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [(str(bool(result)).lower(),)]
    if isinstance(result, ox.QuerySolutions):
        variables = list(result.variables)
        return ([v.value for v in variables],
                [tuple(_value(solution[v]) for v in variables) for solution in result])
    return (["subject", "predicate", "object"],
            [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result])


def query(store_dir: PathLike, sparql: str, *,
          union_default_graph: bool = False) -> tuple[list[str], Rows]:
    """Run a SPARQL query on the store in *store_dir*.

    The prefixes of :data:`PREFIXES` (``kg:``, ``sem:``, ``plover:``, ...) need no declaration.

    Parameters
    ----------
    store_dir
        Folder of a store written by :func:`load`.
    sparql
        A SELECT, ASK, CONSTRUCT or DESCRIBE query.
    union_default_graph
        Match patterns outside ``GRAPH`` against all graphs, not only the default graph.

    Returns
    -------
    variables : list of str
        Column names: the SELECT variables, ``["ask"]``, or subject, predicate, object.
    rows : list of tuple
        Values as strings (IRI, lexical form, ``_:id``); None where a variable is unbound.
        Rows come in the query's order (use ORDER BY for a stable one).

    Raises
    ------
    KgError
        No store in *store_dir*, or the query is not valid SPARQL (the parser's message).
    """
    with _open(store_dir, write=False) as store:
        try:
            result = store.query(sparql, prefixes=PREFIXES,
                                 use_default_graph_as_union=union_default_graph)
            return _results(result)
        except SyntaxError as exc:
            raise _query_error(exc) from exc
        except (OSError, ValueError, TypeError) as exc:
            raise KgError(f"query failed: {exc}") from exc


_QUERY_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.DOTALL)


def _query_error(exc: SyntaxError) -> KgError:
    """``invalid SPARQL at line 3, column 2: expected ...`` from Oxigraph's parser error."""
    text = str(exc.msg if exc.args else exc)
    found = _QUERY_POSITION.match(text)
    if not found:
        return KgError(f"invalid SPARQL: {text}")
    line, column, reason = found.groups()
    return KgError(f"invalid SPARQL at line {line}, column {column}: {reason or 'syntax error'}")


def _with_query(url: str, param: str) -> str:
    return url + ("&" if "?" in url else "?") + param


def _http(request: urllib.request.Request, timeout: float) -> tuple[str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip()
        raise KgError(f"{request.get_method()} {request.full_url}: HTTP {exc.code} {exc.reason}"
                      + (f": {body[:500]}" if body else "")) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KgError(f"cannot reach {request.full_url}: {reason}; is the server running?") \
            from exc


def upload(endpoint_url: str, sources: PathLike | Iterable[PathLike], *,
           replace: bool = False, timeout: float = 60.0) -> UploadSummary:
    """Send RDF files to a server with the SPARQL 1.1 Graph Store Protocol.

    Each graph of the data goes in its own request, as Turtle: ``POST <endpoint>?default`` for
    the default graph and ``POST <endpoint>?graph=<IRI>`` for each document graph (``PUT`` with
    *replace*, which replaces that graph on the server; the default graph is always merged).

    Parameters
    ----------
    endpoint_url
        The Graph Store Protocol endpoint: ``http://localhost:7878/store`` (Oxigraph server),
        ``http://localhost:3030/DATASET/data`` (Fuseki),
        ``http://localhost:7200/repositories/REPO/rdf-graphs/service`` (GraphDB).
    sources
        RDF files or export folders, as for :func:`load`; ``graph.nq`` keeps the named graphs.
    replace
        Replace each named graph instead of adding to it.
    timeout
        Seconds to wait for each request.

    Returns
    -------
    UploadSummary
    """
    files, quads = _quads(sources)
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in dict.fromkeys(quads):
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name.value)
        by_graph[name].append(ox.Triple(q.subject, q.predicate, q.object))
    for name in sorted(by_graph):
        body = ox.serialize(by_graph[name], format=ox.RdfFormat.TURTLE) or b""
        param = "graph=" + urllib.parse.quote(name, safe="") if name else "default"
        method = "PUT" if replace and name else "POST"
        request = urllib.request.Request(
            _with_query(endpoint_url, param), data=body, method=method,
            headers={"Content-Type": "text/turtle; charset=utf-8"})
        _http(request, timeout)
    return UploadSummary(tuple(files), sum(map(len, by_graph.values())), len(by_graph))


_DECLARED = re.compile(r"\bPREFIX\s+([\w.-]*):", re.IGNORECASE)


def query_endpoint(endpoint_url: str, sparql: str, *,
                   timeout: float = 60.0) -> tuple[list[str], Rows]:
    """Run a SPARQL query on a server with the SPARQL 1.1 Protocol; same result as :func:`query`.

    Prefixes of :data:`PREFIXES` that the query does not declare are declared for it.

    Parameters
    ----------
    endpoint_url
        The query endpoint: ``http://localhost:7878/query`` (Oxigraph server),
        ``http://localhost:3030/DATASET/query`` (Fuseki),
        ``http://localhost:7200/repositories/REPO`` (GraphDB).
    sparql
        A SELECT, ASK, CONSTRUCT or DESCRIBE query.
    timeout
        Seconds to wait for the answer.
    """
    declared = {m.lower() for m in _DECLARED.findall(sparql)}
    prologue = "".join(f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items()
                       if p.lower() not in declared)
    request = urllib.request.Request(
        endpoint_url, data=(prologue + "\n" + sparql).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8",
                 "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    content_type, body = _http(request, timeout)
    if content_type == "application/n-triples":
        triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        return _results(ox.Triple(q.subject, q.predicate, q.object) for q in triples)
    data = json.loads(body)
    if "boolean" in data:
        return ["ask"], [(str(bool(data["boolean"])).lower(),)]
    variables = list(data["head"]["vars"])

    def cell(binding: dict[str, Any] | None) -> str | None:
        if binding is None:
            return None
        return f"_:{binding['value']}" if binding["type"] == "bnode" else str(binding["value"])

    return variables, [tuple(cell(b.get(v)) for v in variables)
                       for b in data["results"]["bindings"]]


def format_rows(variables: Sequence[str], rows: Sequence[Sequence[str | None]],
                fmt: str = "table") -> str:
    """Render query results as an aligned ``table``, ``csv`` or ``json`` (a list of objects).

    Examples
    --------
    >>> print(format_rows(["who", "n"], [("Taliban", "2"), ("Pakistan", None)]))
    who       n
    --------  -
    Taliban   2
    Pakistan
    (2 rows)
    """
    if fmt == "json":
        records = [dict(zip(variables, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        return buffer.getvalue().rstrip("\n")
    if fmt != "table":
        raise KgError(f"unknown format {fmt!r}; use table, csv or json")
    cells = [["" if v is None else " ".join(v.split()) for v in row] for row in rows]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(variables)]
    lines = [list(variables), ["-" * w for w in widths], *cells]
    text = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            for line in lines]
    text.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(text)
