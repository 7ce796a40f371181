"""The command line: a thin skin over the Python API; each command parses options, calls one
function and prints. Errors print ``Error: ...`` naming the file and line, never a traceback."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.config import DEFAULT_MODEL, Settings
from kg.errors import KgError
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
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s"
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Folder to write the exports into.",
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
@click.option("--text-field", default="text", show_default=True, help="JSONL/CSV text field.")
@click.option("--id-field", default="id", show_default=True, help="JSONL/CSV id field.")
@click.option("--title-field", default="title", show_default=True, help="JSONL/CSV title field.")
@click.option("--date-field", default="date", show_default=True, help="JSONL/CSV date field.")
@click.option("--url-field", default="url", show_default=True, help="JSONL/CSV url field.")
@_friendly
def build(
    inputs: tuple[Path, ...],
    out: Path,
    model: str | None,
    dictionaries: tuple[Path, ...],
    date: dt.date | None,
    text_field: str,
    id_field: str,
    title_field: str,
    date_field: str,
    url_field: str,
) -> None:
    """Build the knowledge graph of INPUTS (files or folders) into --out.

    Reads .txt/.md (first line `date YYYY-MM-DD` or YAML front matter), .jsonl/.json and .csv.
    """
    from kg.pipeline import build as build_graph

    settings = Settings(
        model=model or Settings().model,
        dictionaries=dictionaries,
        date=date,
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        date_field=date_field,
        url_field=url_field,
    )
    result = build_graph(inputs, settings)
    written = result.write(out)
    x = result.extraction
    click.echo(
        f"{len(x.documents)} documents, {len(x.actors)} actors, {len(x.events)} events, "
        f"{len(x.relations)} relations -> {len(written)} files in {out}"
    )


@main.command()
@click.option(
    "--eval-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Gold data folder (default: ../shared/eval beside the project).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", default=None, help="spaCy pipeline to evaluate.")
@_friendly
def evaluate(eval_dir: Path | None, as_json: bool, model: str | None) -> None:
    """Score extraction against WikiEvents and PLOVER gold data; exit 1 below a floor."""
    from kg import evaluation as ev

    report = ev.evaluate(eval_dir or ev.default_eval_dir(), model=model)
    baseline = ev.load_baseline()
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
    else:
        click.echo(ev.format_table(report, baseline))
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
    if endpoint:
        variables, rows = store.query_endpoint(endpoint, text)
    else:
        variables, rows = store.query(store_dir, text, union_default_graph=union_default_graph)
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
