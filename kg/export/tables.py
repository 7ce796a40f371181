"""CSV tables: events, actor mentions, actors and actor–actor links, for spreadsheets and pandas.

All files are UTF-8 with ``\\n`` line endings and a header row; rows are sorted so the same input
gives the same bytes, and written one at a time. Sentences are trimmed of the line breaks and
spaces around them. Actor columns hold labels and the matching ``*_id`` columns their IRIs;
a cell with several values joins them with ``|`` (values themselves are not escaped).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from kg.export._atomic import text_writer, write_files
from kg.graph import actor_links
from kg.model import Event, Extraction, Modality

__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "LINK_COLUMNS",
    "MENTION_COLUMNS",
    "SEP",
    "write_actors_csv",
    "write_events_csv",
    "write_links_csv",
    "write_mentions_csv",
    "write_tables",
]

SEP = "|"

EVENT_COLUMNS = (
    "event_id", "date", "date_basis", "type", "mode",
    "source", "source_id", "target", "target_id", "location", "location_id",
    "modality", "claimed_by", "claimed_by_id", "disputed_by", "disputed_by_id",
    "trigger", "trigger_start", "trigger_end", "sentence", "document_id", "about",
)
MENTION_COLUMNS = ("actor_id", "label", "type", "document_id", "start", "end", "text", "sentence")
ACTOR_COLUMNS = (
    "id", "label", "type", "subtype", "aliases", "wikidata", "geonames", "latitude",
    "longitude", "country", "mention_count", "document_count", "roles",
)
LINK_COLUMNS = (
    "source", "source_id", "target", "target_id", "event_type", "weight", "asserted",
    "first_date", "last_date", "event_ids",
)

Row = tuple[str, ...]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


Table = Callable[[IO[bytes]], None]


def _table(columns: Sequence[str], rows: Iterable[Row]) -> Table:
    """A writer of *columns* and then *rows*, already in order, dropping repeated rows.

    The csv module quotes only the characters of its line terminator, so a row holding a bare
    ``\r`` is written fully quoted: readers would otherwise take it for a line break.
    """

    def write(out: IO[bytes]) -> None:
        handle = text_writer(out)
        plain = csv.writer(handle, lineterminator="\n")
        quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)
        plain.writerow(columns)
        for row in dict.fromkeys(rows):
            (quoted if "\r" in "".join(row) else plain).writerow(row)
        handle.flush()
        handle.detach()

    return write


def _write(path: str | Path, table: Table) -> Path:
    target = Path(path)
    return write_files(target.parent, [(target.name, table)])[0]


def _labels(extraction: Extraction, ids: Sequence[str]) -> tuple[str, str]:
    """The ``|``-joined labels and IRIs of *ids*; an unknown IRI stands for its own label."""
    labels = [extraction.actors[i].label if i in extraction.actors else i for i in ids]
    return SEP.join(labels), SEP.join(ids)


def _event_rows(extraction: Extraction, event: Event) -> list[tuple[tuple[str | int, ...], Row]]:
    """Rows of *event*, each with its sort key: date, document, trigger offset, event, pair."""
    location, location_id = _labels(extraction, event.locations)
    claimed, claimed_id = _labels(extraction, event.claimed_by)
    disputed, disputed_id = _labels(extraction, event.disputed_by)
    rows: list[tuple[tuple[str | int, ...], Row]] = []
    for source in event.sources or [""]:
        for target in event.targets or [""]:
            s_label, s_id = _labels(extraction, [source] if source else [])
            t_label, t_id = _labels(extraction, [target] if target else [])
            key = (event.date or "", event.document_id, event.trigger.start, event.id, s_id, t_id)
            rows.append((key, (
                event.id, event.date or "", event.date_basis, event.type, event.mode or "",
                s_label, s_id, t_label, t_id, location, location_id,
                str(event.modality), claimed, claimed_id, disputed, disputed_id,
                event.trigger.text, str(event.trigger.start), str(event.trigger.end),
                event.sentence_text.strip(), event.document_id, SEP.join(event.about),
            )))
    return rows


def _events(extraction: Extraction) -> Table:
    keyed = sorted(row for event in extraction.events for row in _event_rows(extraction, event))
    return _table(EVENT_COLUMNS, (row for _, row in keyed))


def _mentions(extraction: Extraction) -> Table:
    keyed = sorted(
        (m.document_id, m.start, m.end, actor.id, actor.label, str(actor.type), m.text, m.sentence)
        for actor in extraction.actors.values()
        for m in actor.mentions
    )
    rows = [(a, label, kind, doc, str(s), str(e), text, str(sentence))
            for doc, s, e, a, label, kind, text, sentence in keyed]
    return _table(MENTION_COLUMNS, rows)


def _actors(extraction: Extraction) -> Table:
    rows = [
        tuple(_cell(v) for v in (
            a.id, a.label, str(a.type), a.subtype, SEP.join(sorted(set(a.aliases))),
            a.wikidata, a.geonames, a.latitude, a.longitude, a.country,
            len(set(a.mentions)), len({m.document_id for m in a.mentions}),
            SEP.join(str(r) for r in a.roles),
        ))
        for a in extraction.actors.values()
    ]
    return _table(ACTOR_COLUMNS, sorted(rows))


def _links(extraction: Extraction) -> Table:
    actors = extraction.actors
    rows = []
    for (s, t, etype), events in actor_links(extraction).items():
        dates = sorted(e.date.split("/")[0] for e in events if e.date)
        asserted = sum(e.modality is Modality.ASSERTED for e in events)
        rows.append((
            actors[s].label, s, actors[t].label, t, etype, str(len(events)), str(asserted),
            dates[0] if dates else "", dates[-1] if dates else "",
            SEP.join(e.id for e in events),
        ))
    return _table(LINK_COLUMNS, sorted(rows))


def write_events_csv(extraction: Extraction, path: str | Path) -> Path:
    """Write one row per event and (source, target) pair, in date and reading order.

    Parameters
    ----------
    extraction
        What was read from the documents.
    path
        The CSV file to write.

    Returns
    -------
    Path
        *path*.
    """
    return _write(path, _events(extraction))


def write_mentions_csv(extraction: Extraction, path: str | Path) -> Path:
    """Write one row per actor mention, by document and offset.

    Parameters
    ----------
    extraction
        What was read from the documents.
    path
        The CSV file to write.

    Returns
    -------
    Path
        *path*.
    """
    return _write(path, _mentions(extraction))


def write_actors_csv(extraction: Extraction, path: str | Path) -> Path:
    """Write one row per actor, by IRI, with its links and mention counts.

    Parameters
    ----------
    extraction
        What was read from the documents.
    path
        The CSV file to write.

    Returns
    -------
    Path
        *path*.
    """
    return _write(path, _actors(extraction))


def write_links_csv(extraction: Extraction, path: str | Path) -> Path:
    """Write the actor–actor projection: one row per (source, target, event type).

    ``weight`` counts the events and ``asserted`` those the text states as fact (the others are
    claimed, alleged, denied, conditional or intended); ``first_date`` and ``last_date`` span
    their dates (the start of an interval); ``event_ids`` lists them. The rows are the edges of
    :func:`kg.graph.actor_graph`.

    Parameters
    ----------
    extraction
        What was read from the documents.
    path
        The CSV file to write.

    Returns
    -------
    Path
        *path*.
    """
    return _write(path, _links(extraction))


def write_tables(extraction: Extraction, out_dir: str | Path) -> list[Path]:
    """Write events.csv, mentions.csv, actors.csv and links.csv into *out_dir*.

    Parameters
    ----------
    extraction
        What was read from the documents.
    out_dir
        Directory to write into; created if missing.

    Returns
    -------
    list of Path
        The files written, all or none.
    """
    return write_files(out_dir, [
        ("events.csv", _events(extraction)),
        ("mentions.csv", _mentions(extraction)),
        ("actors.csv", _actors(extraction)),
        ("links.csv", _links(extraction)),
    ])
