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
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s"
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("exports"),
              show_default=True, help="Folder to write the exports into.")
@click.option("--model", default=None, help=f"spaCy pipeline (default {DEFAULT_MODEL}, "
              "or $KG_SPACY_MODEL): an installed package name or a folder.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(path_type=Path),
              help="Extra actor dictionary (YAML, see docs/dictionary.md); repeatable.")
@click.option("--date", callback=_date, help="Date for documents that give none (YYYY-MM-DD).")
@click.option("--text-field", default="text", show_default=True, help="JSONL/CSV text field.")
@click.option("--id-field", default="id", show_default=True, help="JSONL/CSV id field.")
@click.option("--title-field", default="title", show_default=True, help="JSONL/CSV title field.")
@click.option("--date-field", default="date", show_default=True, help="JSONL/CSV date field.")
@click.option("--url-field", default="url", show_default=True, help="JSONL/CSV url field.")
@_friendly
def build(inputs: tuple[Path, ...], out: Path, model: str | None, dictionaries: tuple[Path, ...],
          date: dt.date | None, text_field: str, id_field: str, title_field: str,
          date_field: str, url_field: str) -> None:
    """Build the knowledge graph of INPUTS (files or folders) into --out.

    Reads .txt/.md (first line `date YYYY-MM-DD` or YAML front matter), .jsonl/.json and .csv.
    """
    from kg.pipeline import build as build_graph

    settings = Settings(dictionaries=dictionaries, date=date, text_field=text_field,
                        id_field=id_field, title_field=title_field, date_field=date_field,
                        url_field=url_field, **({"model": model} if model else {}))
    result = build_graph(inputs, settings)
    written = result.write(out)
    x = result.extraction
    click.echo(f"{len(x.documents)} documents, {len(x.actors)} actors, {len(x.events)} events, "
               f"{len(x.relations)} relations -> {len(written)} files in {out}")


@main.command()
@click.option("--eval-dir", type=click.Path(path_type=Path), default=None,
              help="Gold data folder (default: ../shared/eval beside the project).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", default=None, help="spaCy pipeline to evaluate.")
@_friendly
def evaluate(eval_dir: Path | None, as_json: bool, model: str | None) -> None:
    """Score extraction against WikiEvents and PLOVER gold data; exit 1 below a floor."""
    from kg import evaluate as ev

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


if __name__ == "__main__":  # pragma: no cover
    main()
