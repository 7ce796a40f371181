"""Neo4j and LadybugDB import files: node and relationship CSVs with neo4j-admin headers, and a
self-contained, re-runnable ``import.cypher``.

The property graph (docs/loading.md shows the commands and example queries)::

    (:Actor:Organisation)-[:SOURCE]->(:Event:Assault)-[:TARGET]->(:Actor:Place)
    (:Event)-[:LOCATION|CLAIMED_BY|DISPUTED_BY]->(:Actor)
    (:Actor)-[:LEADER_OF|SPOKESPERSON_OF|CHIEF_OF|COMMANDER_OF|CO_FOUNDER_OF|MEMBER_OF|CHILD_OF
             |RELATIVE_OF]->(:Actor)
    (:Event:Disapprove)-[:ABOUT]->(:Event)    a statement -> the event it accuses or rejects
    (:Document)-[:REPORTS]->(:Event)    (:Document)-[:MENTIONS]->(:Actor)

A source points at its event and every other role points from the event to its actor, as in the
GraphML and GEXF files, so ``(actor)-[:SOURCE]->(event)-[:TARGET]->(actor)`` reads as a sentence.

Files, for ``neo4j-admin database import full`` (headers follow its conventions: ``id:ID(Actor)``,
``:LABEL``, typed properties such as ``aliases:string[]`` and ``date:date``, ``:START_ID(Actor)``,
``:END_ID(Event)``, ``:TYPE``):

- ``nodes_actors.csv``, ``nodes_events.csv``, ``nodes_documents.csv``: one row per actor, event
  and document; ids are the RDF IRIs. Actors with coordinates have a WGS-84 ``location`` point.
- ``rels_source.csv``: actor -> event; ``rels_target.csv``, ``rels_location.csv``,
  ``rels_claimed_by.csv``, ``rels_disputed_by.csv``: event -> actor;
  ``rels_relations.csv``: actor -> actor (one row per relation and evidence span);
  ``rels_about.csv``: statement event -> the event it is about (an accusation's claim, the
  claim a rejection answers);
  ``rels_reports.csv``: document -> each event it reports (its first trigger there);
  ``rels_mentions.csv``: document -> actor, one per mention span.
- ``import.cypher``: the same nodes and relationships as ``MERGE`` statements with inline data,
  for ``cypher-shell -f`` on a running database; running it again changes nothing.
- ``ladybug.cypher``: the LadybugDB schema and ``COPY`` statements for the same CSVs.

Arrays (``:LABEL``, ``aliases``, ``titles``, ``instruments``) are joined with ``;``, neo4j-admin's
default ``--array-delimiter``; a ``;`` inside a value becomes ``,``. Line breaks in text become
spaces and text is trimmed, so no ``--multiline-fields`` is needed. An event has ``date:date``
only when it has a single day; an interval is kept in ``date_interval``, and every dated event
has ``date_start`` and ``date_end``. Role relationships also carry their role as a ``role``
property, so a pattern over several types can tell which one matched (LadybugDB has no
``type(r)``). Roles and relations whose actor is unknown are left out (neo4j-admin would reject
them).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import math
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from kg import vocab
from kg.export._atomic import UNENCODABLE, text_writer, write_files
from kg.graph import event_label
from kg.model import Event, Extraction, RelationType, Role, mention_key

if TYPE_CHECKING:
    import ladybug

__all__ = [
    "ACTOR_HEADER",
    "ARRAY_DELIMITER",
    "EVENT_HEADER",
    "FILES",
    "RELATION_HEADER",
    "RELATION_TYPES",
    "ROLE_EDGES",
    "ladybug_statements",
    "load_ladybug",
    "relationship_type",
    "write_neo4j",
]

ARRAY_DELIMITER = ";"

POINT = "point{crs:WGS-84}"
"""The neo4j-admin type of a place's ``location``: a WGS-84 point, for a spatial index and
``point.distance()``."""

ACTOR_HEADER = (
    "id:ID(Actor)", ":LABEL", "label", "kind", "subtype", "aliases:string[]", "titles:string[]",
    "wikidata", "geonames:long", "latitude:double", "longitude:double", f"location:{POINT}",
    "country", "mention_count:int", "document_count:int",
)
EVENT_HEADER = (
    "id:ID(Event)", ":LABEL", "label", "type", "mode", "modality", "date:date",
    "date_start:date", "date_end:date", "date_interval", "date_basis", "trigger",
    "trigger_start:int", "trigger_end:int", "sentence", "document_id", "instruments:string[]",
    "mention_count:int",
)
_ROLE_PROPERTIES = ("role", "document_id", "mention", "mention_start:int", "mention_end:int")
RELATION_HEADER = (
    ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "document_id", "evidence",
    "evidence_start:int", "evidence_end:int",
)
DOCUMENT_HEADER = (
    "id:ID(Document)", ":LABEL", "document_id", "title", "url", "date:date", "date_basis",
    "source_file", "line:int", "length:int",
)
ABOUT_HEADER = (":START_ID(Event)", ":END_ID(Event)", ":TYPE")
REPORT_HEADER = (
    ":START_ID(Document)", ":END_ID(Event)", ":TYPE", "trigger", "trigger_start:int",
    "trigger_end:int",
)
MENTION_HEADER = (
    ":START_ID(Document)", ":END_ID(Actor)", ":TYPE", "mention", "mention_start:int",
    "mention_end:int", "sentence:int", "ner_label",
)

ROLE_EDGES: dict[Role, tuple[str, str, str]] = {
    role: (f"rels_{role}.csv", role.upper(), "actor" if role is Role.SOURCE else "event")
    for role in Role
}
"""Event role -> (file, relationship type, the node the relationship starts from): a source
points at its event, the event at every other role's actor."""

FILES = (
    "nodes_actors.csv", "nodes_events.csv", "nodes_documents.csv",
    *(f for f, _, _ in ROLE_EDGES.values()), "rels_relations.csv", "rels_about.csv",
    "rels_reports.csv", "rels_mentions.csv", "import.cypher", "ladybug.cypher",
)

_FIXED_TYPES = {
    **{name: rel_type for name, rel_type, _ in ROLE_EDGES.values()},
    "rels_about.csv": "ABOUT", "rels_reports.csv": "REPORTS", "rels_mentions.csv": "MENTIONS",
}
"""Relationship files holding one type, which gets its LadybugDB table even when empty."""

_BATCH = 500
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")

Value = str | int | float | list[str] | tuple[float, float] | None
"""A cell: text, number, array, a (latitude, longitude) point, or None for empty."""
_json_string: Callable[[str], str] = json.encoder.encode_basestring
_json_ascii: Callable[[str], str] = json.encoder.encode_basestring_ascii


@dataclass(frozen=True)
class _Table:
    """One CSV file: its neo4j-admin header and rows of plain values (None for empty)."""

    name: str
    header: tuple[str, ...]
    rows: list[tuple[Value, ...]]


def _one_line(value: str) -> str:
    """*value* with each line break a space (a printable text, the most, holds none)."""
    return value if value.isprintable() else _LINE_BREAK.sub(" ", value)


def _text(value: str | None) -> str | None:
    return None if value is None else _one_line(value).strip()


def _array(values: Iterable[str]) -> list[str] | None:
    items = sorted({(_text(v) or "").replace(ARRAY_DELIMITER, ",") for v in values} - {""})
    return items or None


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


@functools.cache
def _label(name: str) -> str:
    return "".join(p.capitalize() for p in re.split(r"[^A-Za-z0-9]+", name) if p)


def _labels(*names: str) -> list[str]:
    return [label for label in dict.fromkeys(map(_label, names)) if label]


def relationship_type(predicate: str) -> str:
    """Neo4j relationship type of a relation name: ``leader_of`` -> ``LEADER_OF``."""
    return re.sub(r"[^A-Z0-9]+", "_", predicate.upper()).strip("_") or "RELATED_TO"


def _actors(extraction: Extraction) -> _Table:
    rows: list[tuple[Value, ...]] = []
    for a in sorted(extraction.actors.values(), key=lambda a: a.id):
        rows.append((
            a.id, _labels("Actor", str(a.type)), _text(a.label), str(a.type), a.subtype,
            _array(a.aliases), _array(a.titles), a.wikidata, a.geonames, _finite(a.latitude),
            _finite(a.longitude), _point(a.latitude, a.longitude), a.country, len(set(a.mentions)),
            len({m.document_id for m in a.mentions}),
        ))
    return _Table("nodes_actors.csv", ACTOR_HEADER, rows)


def _point(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
    lat, long = _finite(latitude), _finite(longitude)
    if lat is None or long is None or not (-90 <= lat <= 90 and -180 <= long <= 180):
        return None
    return lat, long


def _dates(event: Event) -> tuple[str | None, str | None, str | None, str | None]:
    """(date, date_start, date_end, date_interval) of *event*."""
    if not event.date:
        return None, None, None, None
    if "/" in event.date:
        start, end = event.date.split("/", 1)
        return None, start, end, event.date
    return event.date, event.date, event.date, None


def _events(extraction: Extraction) -> _Table:
    actors = extraction.actors
    rows: list[tuple[Value, ...]] = []
    for e in sorted(extraction.events, key=lambda e: e.id):
        rows.append((
            e.id, _labels("Event", e.type), _text(event_label(e, actors)), e.type, e.mode,
            str(e.modality),
            *_dates(e), e.date_basis, _text(e.trigger.text), e.trigger.start, e.trigger.end,
            _text(e.sentence_text), e.document_id, _array(e.instruments),
            len(set(e.mentions) | {e.trigger}),
        ))
    return _Table("nodes_events.csv", EVENT_HEADER, rows)


def _roles(extraction: Extraction) -> list[_Table]:
    by_role: dict[Role, dict[tuple[str, str], tuple[Value, ...]]] = {r: {} for r in ROLE_EDGES}
    for event in extraction.events:  # one pass for all the roles, each in the events' order
        for arg in event.arguments:
            if arg.role not in by_role or arg.actor not in extraction.actors:
                continue
            role = Role(arg.role)
            _, rel_type, starts = ROLE_EDGES[role]
            start, end = (arg.actor, event.id) if starts == "actor" else (event.id, arg.actor)
            m = arg.mention
            by_role[role].setdefault((start, end), (
                start, end, rel_type, role, event.document_id, _text(m.text) if m else None,
                m.start if m else None, m.end if m else None,
            ))
    tables = []
    for role, (name, _, starts) in ROLE_EDGES.items():
        ends = "event" if starts == "actor" else "actor"
        header = (f":START_ID({starts.capitalize()})", f":END_ID({ends.capitalize()})", ":TYPE",
                  *_ROLE_PROPERTIES)
        rows = by_role[role]
        tables.append(_Table(name, header, [rows[k] for k in sorted(rows)]))
    return tables


def _relations(extraction: Extraction) -> _Table:
    rows = {
        (r.subject, r.object, relationship_type(r.predicate), r.evidence.document_id,
         r.evidence.start, r.evidence.end, _text(r.evidence.text))
        for r in extraction.relations
        if r.subject in extraction.actors and r.object in extraction.actors
    }
    return _Table("rels_relations.csv", RELATION_HEADER,
                  [(s, o, t, d, text, b, e) for s, o, t, d, b, e, text in sorted(rows)])


def _about(extraction: Extraction) -> _Table:
    """Statement event -> each event it is about, both among the extraction's events."""
    ids = {e.id for e in extraction.events}
    rows = sorted({(e.id, i, "ABOUT") for e in extraction.events for i in e.about if i in ids})
    return _Table("rels_about.csv", ABOUT_HEADER, list(rows))


def _documents(extraction: Extraction) -> _Table:
    rows: dict[str, tuple[Value, ...]] = {}
    for d in extraction.documents:
        rows.setdefault(vocab.document_iri(d.id), (
            vocab.document_iri(d.id), ["Document"], d.id, _text(d.title), _text(d.url),
            d.date.isoformat() if d.date else None, d.date_basis, _text(d.path), d.line,
            len(d.text),
        ))
    return _Table("nodes_documents.csv", DOCUMENT_HEADER, [rows[k] for k in sorted(rows)])


def _reports(extraction: Extraction, documents: set[str]) -> _Table:
    """Document -> event, once per document that has a trigger of the event: its first."""
    rows: dict[tuple[str, str], tuple[Value, ...]] = {}
    for event in extraction.events:
        for m in sorted({event.trigger, *event.mentions}, key=mention_key):
            doc = vocab.document_iri(m.document_id)
            if doc in documents:
                rows.setdefault((doc, event.id), (
                    doc, event.id, "REPORTS", _text(m.text), m.start, m.end))
    return _Table("rels_reports.csv", REPORT_HEADER, [rows[k] for k in sorted(rows)])


def _mentions(extraction: Extraction, documents: set[str]) -> _Table:
    iris = {d.id: vocab.document_iri(d.id) for d in extraction.documents}
    rows = sorted({
        (iri, a.id, m.start, m.end, _text(m.text) or "", m.sentence, m.ner_label)
        for a in extraction.actors.values() for m in a.mentions
        if (iri := iris.get(m.document_id) or vocab.document_iri(m.document_id)) in documents
    })
    return _Table("rels_mentions.csv", MENTION_HEADER, [
        (doc, actor, "MENTIONS", text, start, end, sentence, label or None)
        for doc, actor, start, end, text, sentence, label in rows])


def _tables(extraction: Extraction) -> Iterator[_Table]:
    """Every CSV, in the order of :data:`FILES`, made as it is asked for: only one table's rows
    need be held at a time."""
    documents = _documents(extraction)
    ids = {str(row[0]) for row in documents.rows}
    yield _actors(extraction)
    yield _events(extraction)
    yield documents
    yield from _roles(extraction)
    yield _relations(extraction)
    yield _about(extraction)
    yield _reports(extraction, ids)
    yield _mentions(extraction, ids)


def _cell(value: Value) -> str:
    if type(value) is str:  # most cells: the exact type first, the checks below are slower
        return _one_line(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(value)
    if isinstance(value, tuple):
        return f"{{latitude:{value[0]!r},longitude:{value[1]!r}}}"
    if isinstance(value, float):
        return repr(value)
    return _one_line(value) if isinstance(value, str) else str(value)


def _write_csv(table: _Table, out: IO[bytes]) -> None:
    handle = text_writer(out)
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(table.header)
    writer.writerows(zip(*map(_cells, zip(*table.rows, strict=True)), strict=True))
    handle.flush()
    handle.detach()


_AS_IS = frozenset({int, float, type(None)})
"""Cells the csv module writes as :func:`_cell` does: ``str()`` (a float's ``repr``), None
as nothing."""


def _cells(column: Sequence[Value]) -> Sequence[Value]:
    """:func:`_cell` of each value of a column, as the csv module will write them; the whole
    column as it is when it holds only numbers, None and one-line text (the most)."""
    kinds = set(map(type, column))
    if kinds <= _AS_IS:
        return column
    if kinds <= _AS_IS | {str}:
        texts = [v for v in column if type(v) is str]
        if "".join(cast(list[str], texts)).isprintable():
            return column
    return list(map(_cell, column))


@functools.cache
def _column(field: str) -> tuple[str, str]:
    """(property name, type) of a header field: ``date:date`` -> (``date``, ``date``)."""
    name, _, kind = field.partition(":")
    return name, kind or "string"


def _literal(value: Value, kind: str) -> str:
    if isinstance(value, str) and kind != "date":
        return _json_string(value)  # json.dumps(value, ensure_ascii=False), without its wrapping
    if isinstance(value, tuple):
        return f"point({{latitude: {value[0]!r}, longitude: {value[1]!r}}})"
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    if kind == "date":
        return f"date({json.dumps(value)})"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


_PLAIN: dict[type, Callable[[Any], str]] = {str: _json_string, int: int.__repr__,
                                            float: float.__repr__}
"""The :func:`_literal` of a value of these exact types in a column that is no date."""


def _mapper(fields: Iterable[tuple[int, str]]) -> Callable[[Sequence[Sequence[Value]]], list[str]]:
    """The Cypher maps of rows, for the (index in the row, header field) *fields*: each named
    field's prefix and type worked out once per table, and the cells formatted a column at a
    time (one Python step per cell at most, none for a column of text or numbers alone)."""
    columns = [(i, f", {name}: ", kind, {} if kind == "date" else _PLAIN) for i, field in fields
               for name, kind in [_column(field)] if name]

    def as_maps(rows: Sequence[Sequence[Value]]) -> list[str]:
        cells = [_map_cells([row[i] for row in rows], prefix, kind, fast)
                 for i, prefix, kind, fast in columns]
        if not cells:
            return ["{}"] * len(rows)
        return ["{" + joined[2:] + "}" for joined in map("".join, zip(*cells, strict=True))]

    return as_maps


def _map_cells(values: list[Value], prefix: str, kind: str,
               fast: dict[type, Callable[[Any], str]]) -> list[str]:
    """Each value's ``, name: literal`` in a Cypher map, ``""`` for None (left out)."""
    kinds = set(map(type, values))
    if len(kinds) == 1 and (plain := fast.get(next(iter(kinds)))) is not None:
        return list(map(prefix.__add__, map(plain, values)))
    return ["" if value is None else prefix + (
        plain(value) if (plain := fast.get(type(value))) else _literal(value, kind))
        for value in values]


def _json_ids(values: list[Value]) -> list[str]:
    """``json.dumps`` of each value (which, for a text, is its ASCII JSON string)."""
    if set(map(type, values)) == {str}:
        return list(map(_json_ascii, cast(list[str], values)))
    return list(map(json.dumps, values))


def _batches(rows: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(rows), _BATCH):
        yield rows[i:i + _BATCH]


def _node_statements(table: _Table, space: str) -> Iterator[str]:
    by_labels: dict[tuple[str, ...], list[tuple[Value, ...]]] = {}
    for row in table.rows:
        labels = cast(list[str], row[1])
        by_labels.setdefault(tuple(labels[1:]), []).append(row)
    for extra, rows in sorted(by_labels.items()):
        set_labels = "".join(f", n:`{label}`" for label in extra)
        as_maps = _mapper([(0, "id"), *enumerate(table.header[2:], 2)])
        for batch in _batches(rows):
            data = ",\n  ".join(as_maps(batch))
            yield (f"UNWIND [\n  {data}\n] AS row\nMERGE (n:{space} {{id: row.id}})\n"
                   f"SET n = row{set_labels};")


def _space(field: str) -> str:
    return field[field.index("(") + 1:-1]


def _relationship_statements(table: _Table, keys: Sequence[str] = ()) -> Iterator[str]:
    """MERGE statements for *table*; *keys* are the properties that tell parallel edges apart."""
    start, end = _space(table.header[0]), _space(table.header[1])
    by_type: dict[str, list[tuple[Value, ...]]] = {}
    for row in table.rows:
        by_type.setdefault(str(row[2]), []).append(row)
    for rel_type, rows in sorted(by_type.items()):
        merge_key = (" {" + ", ".join(f"{k}: row.p.{k}" for k in keys) + "}") if keys else ""
        as_maps = _mapper(enumerate(table.header[3:], 3))
        for batch in _batches(rows):
            ends = [_json_ids([row[0] for row in batch]), _json_ids([row[1] for row in batch])]
            data = ",\n  ".join(map("{{s: {}, e: {}, p: {}}}".format, *ends, as_maps(batch)))
            yield (f"UNWIND [\n  {data}\n] AS row\nMATCH (a:{start} {{id: row.s}})\n"
                   f"MATCH (b:{end} {{id: row.e}})\nMERGE (a)-[r:{rel_type}{merge_key}]->(b)\n"
                   "SET r = row.p;")


_NODE_SPACES = {"nodes_actors.csv": "Actor", "nodes_events.csv": "Event",
                "nodes_documents.csv": "Document"}
_MERGE_KEYS = {"rels_relations.csv": ("document_id", "evidence_start"),
               "rels_mentions.csv": ("mention_start",)}


def _cypher_statements(table: _Table) -> Iterator[str]:
    """The MERGE statements of *table* in import.cypher."""
    if table.name in _NODE_SPACES:
        return _node_statements(table, _NODE_SPACES[table.name])
    return _relationship_statements(table, _MERGE_KEYS.get(table.name, ()))


SCHEMA = (
    "CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;",
    "CREATE CONSTRAINT kg_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;",
    "CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;",
    "CREATE POINT INDEX kg_actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location);",
)
"""The constraints and the spatial index of the Neo4j import, as Cypher statements."""

_CYPHER_HEAD = "\n".join([
    "// kg: actors, events and their relationships for Neo4j 5, made by `kg build`.",
    "// Run with: cypher-shell -u neo4j -p PASSWORD -f import.cypher",
    "// Every statement MERGEs on ids, so running the file again changes nothing.",
    *SCHEMA,
]) + "\n\n"

_LADYBUG_TYPES = {
    "string": "STRING", "int": "INT64", "long": "INT64", "short": "INT16", "byte": "INT8",
    "double": "DOUBLE", "float": "FLOAT", "boolean": "BOOLEAN", "date": "DATE",
    "string[]": "STRING[]",
}
_LADYBUG_SPECIAL = {":LABEL": ("labels", "STRING[]"), ":TYPE": ("rel_type", "STRING")}

RELATION_TYPES = tuple(t.upper() for t in RelationType)
"""Relationship types of the relation names kg reads; LadybugDB gets a table for each."""


def _ladybug_column(field: str) -> tuple[str, str]:
    """(property, LadybugDB type) of a neo4j-admin header field; a point has type ``""``
    (LadybugDB has no point type: latitude and longitude carry it)."""
    if field.endswith(":" + POINT):
        return field.split(":", 1)[0], ""
    if field in _LADYBUG_SPECIAL:
        return _LADYBUG_SPECIAL[field]
    if field.startswith((":START_ID", ":END_ID")):
        return field[1:field.index("(")].lower(), "STRING"
    if ":ID(" in field:
        return field.split(":", 1)[0], "STRING"
    name, kind = _column(field)
    if kind not in _LADYBUG_TYPES:
        raise ValueError(f"no LadybugDB type for the neo4j-admin header field {field!r}")
    return name, _LADYBUG_TYPES[kind]


CSV_OPTIONS = "header=true, delim=',', quote='\"', escape='\"', auto_detect=false"
"""LadybugDB's reading of kg's CSVs, spelt out: its auto-detection misreads quoted commas."""


def _ladybug_table(header: Sequence[str], rel_types: Sequence[str], path: str) -> list[str]:
    every = [_ladybug_column(f) for f in header]
    loaded = ", ".join(f"{n} {t if t not in ('STRING[]', '') else 'STRING'}" for n, t in every)
    source = f"LOAD WITH HEADERS ({loaded}) FROM '{path}' ({CSV_OPTIONS})"
    columns = [(n, t) for n, t in every if t]

    def reads(cols: Sequence[tuple[str, str]]) -> str:
        return ", ".join(f"string_split({n}, '{ARRAY_DELIMITER}')" if t == "STRING[]" else n
                         for n, t in cols)

    if not header[0].startswith(":START_ID"):
        fields = ", ".join(f"{n} {t}{' PRIMARY KEY' if i == 0 else ''}"
                           for i, (n, t) in enumerate(columns))
        space = _space(header[0])
        return [f"CREATE NODE TABLE IF NOT EXISTS {space}({fields});",
                f"COPY {space} FROM ({source} RETURN {reads(columns)});"]
    props = columns[3:]
    fields = "".join(f", {n} {t}" for n, t in props)
    statements = []
    for rel_type in rel_types:
        statements += [
            f"CREATE REL TABLE IF NOT EXISTS {rel_type}(FROM {_space(header[0])} "
            f"TO {_space(header[1])}{fields});",
            f"COPY {rel_type} FROM ({source} WHERE rel_type = '{rel_type}' "
            f"RETURN {reads([*columns[:2], *props])});",
        ]
    return statements


@contextlib.contextmanager
def _no_field_limit() -> Iterator[None]:
    """Let the csv module read fields of any length (its default stops at 131,072)."""
    previous = csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _rel_types(name: str, header: Sequence[str], types: Iterable[str]) -> list[str]:
    """The relationship tables a file feeds: its fixed type, or the types it holds (plus every
    relation type, so queries never name a missing table); none for a node file."""
    if name in _FIXED_TYPES:
        return [_FIXED_TYPES[name]]
    if header[0].startswith(":START_ID"):
        return sorted(set(types) | set(RELATION_TYPES))
    return []


def _ladybug_statements(tables: Iterable[tuple[str, Sequence[str], Iterable[str]]],
                        where: Callable[[str], str]) -> list[str]:
    statements: list[str] = []
    for name, header, types in tables:
        path = where(name).replace("\\", "\\\\").replace("'", "\\'")
        statements += _ladybug_table(header, _rel_types(name, header, types), path)
    return statements


def ladybug_statements(neo4j_dir: str | Path, relative: bool = False) -> list[str]:
    """The LadybugDB statements that create the tables and COPY the CSVs of *neo4j_dir*.

    LadybugDB has one label per node and one type per relationship table, so: a node table per
    ``id:ID(Space)`` (``:LABEL`` becomes a ``labels STRING[]`` property), a relationship table
    per ``:TYPE`` (every role type and :data:`RELATION_TYPES`, even when empty, so queries
    never name a missing table), and ``string[]`` columns become ``STRING[]``.

    Parameters
    ----------
    neo4j_dir
        A folder written by :func:`write_neo4j`.
    relative
        Name the CSVs by file name only (run from inside the folder) instead of full paths.
    """
    folder = Path(neo4j_dir)
    tables = []
    for name in FILES:
        if not name.endswith(".csv"):
            continue
        with (folder / name).open(encoding="utf-8", newline="") as handle, _no_field_limit():
            rows = csv.reader(handle)
            header = next(rows)
            types = {r[2] for r in rows if len(r) > 2} if header[:3][-1:] == [":TYPE"] else set()
        tables.append((name, header, types))

    def where(name: str) -> str:
        return name if relative else (folder / name).resolve().as_posix()

    return _ladybug_statements(tables, where)


def load_ladybug(neo4j_dir: str | Path, database: str | Path) -> ladybug.Database:
    """Create an embedded LadybugDB at *database* from the CSVs in *neo4j_dir*.

    Parameters
    ----------
    neo4j_dir
        A folder written by :func:`write_neo4j`.
    database
        Path of the new database (LadybugDB creates it).

    Returns
    -------
    ladybug.Database
        Query it with ``ladybug.Connection(db).execute("MATCH ...")``.

    Examples
    --------
    >>> import ladybug
    >>> db = load_ladybug("exports/neo4j", "graph.lbdb")  # doctest: +SKIP
    >>> ladybug.Connection(db).execute("MATCH (a:Actor) RETURN count(*)")  # doctest: +SKIP
    """
    import ladybug

    db = ladybug.Database(str(database))
    connection = ladybug.Connection(db)
    for statement in ladybug_statements(neo4j_dir):
        connection.execute(statement)
    return db


def write_neo4j(extraction: Extraction, out_dir: str | Path) -> list[Path]:
    """Write the neo4j-admin CSVs, ``import.cypher`` and ``ladybug.cypher`` into *out_dir*.

    Parameters
    ----------
    extraction
        What was read from the documents.
    out_dir
        Directory to write into (``<exports>/neo4j``); created if missing.

    Returns
    -------
    list of Path
        The files written, in the order of :data:`FILES`.
    """
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tables = _tables(extraction)
    types: list[tuple[str, Sequence[str], Iterable[str]]] = []
    with tempfile.TemporaryFile(dir=folder) as cypher:
        cypher.write(_CYPHER_HEAD.encode("utf-8"))
        separator = b""

        def write_table(name: str, out: IO[bytes]) -> None:
            """The CSV of the next table; its statements go to *cypher* meanwhile."""
            nonlocal separator
            table = next(tables)
            assert table.name == name
            _write_csv(table, out)
            types.append((table.name, table.header, {str(r[2]) for r in table.rows}))
            for statement in _cypher_statements(table):
                cypher.write(separator + statement.encode("utf-8", UNENCODABLE))
                separator = b"\n\n"

        def write_cypher(out: IO[bytes]) -> None:
            cypher.write(b"\n")
            cypher.seek(0)
            shutil.copyfileobj(cypher, out, 1 << 20)

        def write_ladybug(out: IO[bytes]) -> None:
            ladybug = [
                "// kg: LadybugDB schema and data; run from this folder (the COPY paths are "
                "relative),",
                "// or from Python: kg.export.neo4j.load_ladybug('exports/neo4j', "
                "'graph.lbdb').",
                *_ladybug_statements(types, lambda name: name),
            ]
            out.write(("\n".join(ladybug) + "\n").encode("utf-8", UNENCODABLE))

        files: list[tuple[str, Callable[[IO[bytes]], object]]] = [
            (name, functools.partial(write_table, name)) for name in FILES[:-2]]
        files += [("import.cypher", write_cypher), ("ladybug.cypher", write_ladybug)]
        return write_files(out_dir, files)
