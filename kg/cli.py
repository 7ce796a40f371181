"""The command line: a thin skin over the Python API; each command parses options, calls one
function and prints. Errors print ``Error: ...`` naming the file and line, never a traceback."""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import functools
import gc
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import click

from kg.config import DEFAULT_MODEL, Settings
from kg.documents import MAX_LENGTH, DocumentFields, OnError
from kg.errors import KgError
from kg.report import Report
from kg.store import DEFAULT_STORE

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Turn kg's own errors into one clear line and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2021-09-06") from exc


def _field_options(func: F) -> F:
    """Add ``--text-field``, ``--id-field``, ... (one per DocumentFields field) and pass the
    command one ``fields: DocumentFields``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        names = {f.name: kwargs.pop(f"{f.name}_field") for f in dataclasses.fields(DocumentFields)}
        return func(*args, fields=DocumentFields(**names), **kwargs)

    for f in reversed(dataclasses.fields(DocumentFields)):
        wrapper = click.option(
            f"--{f.name}-field", default=f.default, show_default=True, help=f.metadata["help"]
        )(wrapper)
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """kg: news articles in, a knowledge graph of actors and events out.

    \b
    kg build seeds/ --out exports/     build RDF, GraphML, GEXF and CSV exports
    kg evaluate                        score extraction against the shared gold data
    kg load exports/                   load the RDF into a local SPARQL store
    kg query docs/queries/x.rq         query it (SPARQL text, .rq file or -)
    kg validate exports/               check the RDF against the SHACL shapes
    """
    logger = logging.getLogger("kg")
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.handlers = [h for h in logger.handlers if not isinstance(h, _Stderr)] + [_Stderr()]


class _Stderr(logging.Handler):
    """kg's log lines on the standard error stream click writes to at the time."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Folder to write the exports into (not inside an input folder).",
)
@click.option(
    "--model",
    default=None,
    help=f"spaCy pipeline (default {DEFAULT_MODEL}, "
    "or $KG_SPACY_MODEL): an installed package name or a folder.",
)
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra actor dictionary (YAML, see docs/dictionary.md); repeatable.",
)
@click.option("--date", callback=_date, help="Date for documents that give none (YYYY-MM-DD).")
@_field_options
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that parse and analyse documents (default: the number of cores).",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Analyse on a Dask cluster: its scheduler (tcp://host:8786), or 'local' for a "
    "local cluster of --workers processes (see docs/scale.md).",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the record cache (default: .kg-cache beside --out).",
)
@click.option("--no-cache", is_flag=True, help="Analyse every document; keep no records.")
@click.option(
    "--on-error",
    type=click.Choice(["skip", "fail"]),
    default="skip",
    show_default=True,
    help="Skip a bad file, line or record (reported in kg-report.json), or stop at the first.",
)
@click.option(
    "--max-length",
    type=click.IntRange(min=1),
    default=MAX_LENGTH,
    show_default=True,
    help="Skip documents longer than this many characters.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="A progress bar on stderr (default: when stderr is a terminal).",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also bulk-load the quads into the embedded Oxigraph store in this folder "
    "(each document's named graph replaced; query it with `kg query --store`).",
)
@_friendly
def build(
    inputs: tuple[Path, ...],
    out: Path,
    model: str | None,
    dictionaries: tuple[Path, ...],
    date: dt.date | None,
    fields: DocumentFields,
    workers: int | None,
    dask: str | None,
    cache_dir: Path | None,
    no_cache: bool,
    on_error: OnError,
    max_length: int,
    progress: bool | None,
    store_dir: Path | None,
) -> None:
    """Build the knowledge graph of INPUTS (files or folders) into --out.

    Reads .txt/.md (first line `date YYYY-MM-DD` or YAML front matter), .jsonl/.json, .csv,
    .html/.htm and WARC (.warc, .warc.gz).

    \b
    Exit status: 0 all inputs built; 1 built, but some inputs were skipped (see
    kg-report.json in --out); 2 nothing built (a usage error, no usable input, or the
    exports could not be written; --out is then left as it was).
    """
    from kg.executors import default_workers
    from kg.graph import plotless_igraph
    from kg.pipeline import REPORT_NAME
    from kg.pipeline import build as build_graph

    _check_out(out, inputs)
    # the interpreter's last full collection walks every object of the build (0.1 s per 200
    # articles); frozen at exit, they are left to the process's end instead
    atexit.register(gc.freeze)
    plotless_igraph()
    settings = Settings(
        model=model or Settings().model,
        dictionaries=dictionaries,
        date=date,
        fields=fields,
        on_error=on_error,
        max_length=max_length,
        workers=workers or default_workers(),
        dask=dask,
        cache=None if no_cache else cache_dir or out.absolute().parent / ".kg-cache",
    )
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with _Progress(inputs, show) as bar:
            result = build_graph(inputs, settings, progress=bar.update)
        written = result.write(out, processes=settings.workers)
        if store_dir is not None:
            from kg import store
            from kg.vocab import document_iri

            graphs = (document_iri(d) for d in result.document_ids)
            loaded = store.load_nquads(out / "graph.nq", graphs, store_dir)
    except KgError as exc:
        raise _BuildFailed(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo(f"Interrupted: {out} is as it was before this build.", err=True)
        sys.exit(130)
    n = result.counts
    for line in result.report.summary(see=str(out / REPORT_NAME)):
        click.echo(line, err=True)
    click.echo(
        f"{n.documents} documents, {n.actors} actors, {n.events} events, "
        f"{n.relations} relations -> {len(written)} files in {out}"
    )
    if store_dir is not None:
        click.echo(f"{loaded.quads} quads -> {store_dir} (the store holds "
                   f"{loaded.store_size} quads)")
    if result.report.skipped:
        sys.exit(1)


class _BuildFailed(click.ClickException):
    """A build that wrote nothing: exit status 2."""

    exit_code = 2


def _check_out(out: Path, inputs: tuple[Path, ...]) -> None:
    """--out may not be an input folder or lie inside one: the next build would read kg's own
    CSV and JSON files as articles."""
    target = out.resolve()
    for given in inputs:
        folder = given.resolve()
        if folder.is_dir() and (target == folder or folder in target.parents):
            raise click.UsageError(f"--out {out} is inside the input folder {given}: the next "
                                   "build would read the exports as articles; choose a folder "
                                   "outside it")


class _Progress:
    """Documents done, per second and the time left, on stderr; quiet when not shown, except
    that ``-v`` logs a line every 10 seconds."""

    def __init__(self, inputs: tuple[Path, ...], show: bool) -> None:
        self.inputs = inputs
        self.show = show
        self.bar: Any = None
        self.done = 0
        self.logged = time.monotonic()

    def __enter__(self) -> _Progress:
        if self.show:
            from tqdm import tqdm

            self.bar = tqdm(total=_estimate(self.inputs), unit="doc", file=sys.stderr,
                            dynamic_ncols=True, smoothing=0.1, leave=False)
        return self

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif time.monotonic() - self.logged >= 10:
            self.logged = time.monotonic()
            logging.getLogger("kg.pipeline").info("%d documents analysed", self.done)

    def __exit__(self, *_: object) -> None:
        if self.bar is not None:
            self.bar.close()


def _estimate(inputs: tuple[Path, ...]) -> int | None:
    """About how many documents the inputs hold (a line per JSON Lines or CSV record), for
    the time left; None when the inputs cannot be listed."""
    from kg.documents import input_files

    total = 0
    try:
        for path, _ in input_files(inputs, report=Report()):
            if path.suffix.lower() in {".jsonl", ".csv"}:
                with path.open("rb") as handle:
                    chunks = iter(lambda: handle.read(1 << 20), b"")
                    total += sum(chunk.count(b"\n") for chunk in chunks)
            else:
                total += 1
    except OSError:
        return None
    return total or None


@main.command()
@click.option(
    "--eval-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Gold data folder (default: ../shared/eval beside the project).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", default=None, help="spaCy pipeline to evaluate.")
@click.option("--half", type=click.Choice(["a", "b"]), default=None,
              help="Score one fixed half of each gold set (floors are not enforced).")
@_friendly
def evaluate(eval_dir: Path | None, as_json: bool, model: str | None,
             half: Literal["a", "b"] | None) -> None:
    """Score extraction against WikiEvents, PLOVER and ECB+ gold data; exit 1 below a floor."""
    from kg import evaluation as ev

    report = ev.evaluate(eval_dir or ev.default_eval_dir(), model=model, half=half)
    baseline = ev.load_baseline()
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
    else:
        click.echo(ev.format_table(report, baseline))
    code = report.details["code"]
    click.echo(f"scored kg from {code['package']} (code {code['digest']})", err=True)
    if half is not None:
        click.echo(f"half {half}: floors are set on the whole dev sets and not enforced here",
                   err=True)
        return
    failed = ev.check_floors(report, baseline)
    if failed:
        click.echo("below floor: " + ", ".join(failed), err=True)
        sys.exit(1)


_STORE_OPTION = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_STORE,
    envvar="KG_STORE",
    show_default=True,
    help="Folder of the embedded Oxigraph store (or $KG_STORE).",
)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_STORE_OPTION
@click.option(
    "--endpoint",
    metavar="URL",
    help="Upload to this SPARQL Graph Store Protocol "
    "endpoint instead, e.g. http://localhost:7878/store (see docs/loading.md).",
)
@click.option(
    "--replace",
    is_flag=True,
    help="With --endpoint: replace each document's graph on the server (PUT).",
)
@_friendly
def load(sources: tuple[Path, ...], store_dir: Path, endpoint: str | None, replace: bool) -> None:
    """Load RDF exports into a SPARQL store: export folders or .nq/.trig/.ttl/.nt/.jsonld files.

    Loading again replaces each document's named graph, so nothing is duplicated.
    """
    from kg import store

    if endpoint:
        sent = store.upload(endpoint, sources, replace=replace)
        click.echo(f"{sent.triples} triples in {sent.graphs} graphs -> {endpoint}")
        return
    loaded = store.load(sources, store_dir)
    graphs = f"{loaded.graphs} document graph{'' if loaded.graphs == 1 else 's'}"
    click.echo(
        f"{loaded.quads} quads in {graphs} -> {store_dir} "
        f"(the store holds {loaded.store_size} quads)"
    )


def _query_text(sparql: str) -> str:
    """The query itself, read from a .rq/.sparql file or stdin (``-``) when it names one."""
    if sparql == "-":
        return sys.stdin.read()
    if "\n" not in sparql and Path(sparql).suffix in {".rq", ".sparql"}:
        path = Path(sparql)
        if not path.is_file():
            raise KgError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return sparql


@main.command()
@click.argument("sparql")
@_STORE_OPTION
@click.option(
    "--endpoint",
    metavar="URL",
    help="Query this SPARQL endpoint instead, e.g. http://localhost:7878/query.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--union-default-graph",
    is_flag=True,
    help="Match patterns outside GRAPH against all graphs (local store only).",
)
@_friendly
def query(
    sparql: str, store_dir: Path, endpoint: str | None, fmt: str, union_default_graph: bool
) -> None:
    """Run a SPARQL query (the text, a .rq file, or - for stdin) on the store.

    Prefixes kg:, sem:, plover:, rdfs:, schema:, prov:, nif: ... need no PREFIX line.
    Example queries: docs/queries/*.rq.
    """
    from kg import store

    text = _query_text(sparql)
    try:
        if endpoint:
            variables, rows = store.query_endpoint(endpoint, text)
        else:
            variables, rows = store.query(store_dir, text, union_default_graph=union_default_graph)
    except KgError as exc:
        if text is not sparql and sparql != "-" and str(exc).startswith("invalid SPARQL"):
            raise KgError(f"{sparql}: {exc}") from exc
        raise
    click.echo(store.format_rows(variables, rows, fmt))


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path), default=Path("exports"))
@click.option(
    "--shapes",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="SHACL shapes file (default: kg's own, kg/shapes/kg-shapes.ttl).",
)
@_friendly
def validate(path: Path, shapes: Path | None) -> None:
    """Check an RDF export (folder, default exports/, or file) against SHACL shapes.

    Prints the violations, each naming its focus node, and exits 1 when there is one.
    """
    from kg.validate import validate as validate_rdf

    conforms, report = validate_rdf(path, **({"shapes": shapes} if shapes else {}))
    if not conforms:
        click.echo(report)
        sys.exit(1)
    click.echo(f"{path}: conforms to the SHACL shapes")


if __name__ == "__main__":  # pragma: no cover
    main()
