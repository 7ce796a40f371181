"""Tests for kg.documents: formats, headers, ids, dates, errors and round trips."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.documents import parse_date, read_documents, read_file
from kg.errors import InputError

DAY = dt.date(2021, 9, 6)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def read(*paths: Path, **options: object) -> list:
    return list(read_documents(paths, **options))  # type: ignore[arg-type]


def error(*paths: Path, **options: object) -> str:
    with pytest.raises(InputError) as info:
        read(*paths, **options)
    return str(info.value)


def test_seed_header_with_text_on_the_same_line(tmp_path: Path) -> None:
    path = write(tmp_path / "000_abc.txt", " date 2021-09-06 As Taliban attacks.\n\nMore.\n")
    [doc] = read(path)
    assert (doc.id, doc.text, doc.date, doc.date_basis) == (
        "000_abc.txt", "As Taliban attacks.\n\nMore.\n", DAY, "header")
    assert (doc.path, doc.line, doc.title, doc.url) == (str(path), None, None, None)
    assert list(read_documents(str(path))) == [doc]


@pytest.mark.parametrize("header", ["date 2021-09-06\n", "\n  date 2021-09-06\n\n",
                                    "Date: 2021-09-06\n", "DATE:2021-09-06T23:59:00+05:00\n"])
def test_header_variants(tmp_path: Path, header: str) -> None:
    [doc] = read(write(tmp_path / "a.txt", header + "Text here."))
    assert (doc.text, doc.date, doc.date_basis) == ("Text here.", DAY, "header")


def test_bad_header_date_names_path_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\n date 2021-13-45 Text.")
    assert error(path).startswith(f"{path}:2: header date '2021-13-45'")


def test_text_without_header_is_kept_verbatim(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                              ) -> None:
    text = "  Date palms grow.\ndate 2021-09-06 is not a header here.\n"
    [doc] = read(write(tmp_path / "a.txt", text), date=DAY)
    assert (doc.text, doc.date, doc.date_basis) == (text, DAY, "option")
    assert "no date" in caplog.text


def test_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\ntitle: 'Panjshir: the fall'\ndate: 2021-09-06\n"
                 "url: https://example.org/a\n---\n\n# Heading\nBody.\n")
    [doc] = read(path)
    assert (doc.text, doc.date, doc.date_basis) == ("# Heading\nBody.\n", DAY, "front_matter")
    assert (doc.title, doc.url, doc.id) == ("Panjshir: the fall", "https://example.org/a", "a.md")


def test_front_matter_errors_carry_the_line(tmp_path: Path) -> None:
    bad_date = write(tmp_path / "a.txt", "---\ntitle: T\ndate: 6 Sept\n---\nBody.")
    assert error(bad_date).startswith(f"{bad_date}:3: field 'date': '6 Sept'")
    bad_yaml = write(tmp_path / "b.txt", "---\ntitle: T\n  - x: [\n---\nBody.")
    assert error(bad_yaml) == (
        f"{bad_yaml}:3: front matter is not valid YAML: mapping values are not allowed here")
    bad_url = write(tmp_path / "d.txt", "---\ntitle: T\nurl: [a, b]\n---\nBody.")
    assert error(bad_url) == f"{bad_url}:3: field 'url' must be a string or a number"
    not_mapping = write(tmp_path / "c.txt", "---\n- a\n---\nBody.")
    assert "front matter" in error(not_mapping)


def test_markdown_heading_gives_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    md = write(tmp_path / "a.markdown", "date 2021-09-06\n# Learning C# ##\nBody.")
    txt = write(tmp_path / "b.txt", "# Not a title\nBody.")
    a, b = read(md, txt, date=DAY)
    assert (a.title, a.text) == ("Learning C#", "# Learning C# ##\nBody.")
    assert b.title is None


def test_jsonl_records(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", "\n".join([
        json.dumps({"id": 7, "text": "One.", "title": "T", "url": "u", "date": "2021-09-06"}),
        "", json.dumps({"text": "Two.\r\nLines.", "date": "2021-09-06T10:00:00Z"}), ""]))
    one, two = read(path)
    assert (one.id, one.text, one.title, one.url, one.line, one.date_basis) == (
        "7", "One.", "T", "u", 1, "field")
    assert (two.id, two.text, two.date, two.line) == ("news.jsonl#3", "Two.\nLines.", DAY, 3)


@pytest.mark.parametrize(("line", "message"), [
    ('{"text": "a"', "invalid JSON"),
    ('["a"]', "expected a JSON object"),
    ('{"body": "a"}', "record has no 'text' field (use --text-field to name another)"),
    ('{"text": "  "}', "record has no 'text' field"),
    ('{"text": 3}', "field 'text' must be a string"),
    ('{"text": "a", "date": "yesterday"}', "field 'date': 'yesterday' is not an ISO date"),
    ('{"text": "a", "title": ["x"]}', "field 'title' must be a string or a number"),
])
def test_jsonl_errors_carry_path_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "fine", "date": "2021-09-06"}\n\n' + line)
    assert error(path).startswith(f"{path}:3: {message}")


def test_json_list_and_single_object(tmp_path: Path) -> None:
    many = write(tmp_path / "many.json", json.dumps([{"text": "A"}, {"text": "B", "id": "b"}]))
    one = write(tmp_path / "one.json", json.dumps({"text": "C"}))
    a, b, c = read(many, one, date=DAY)
    assert [(d.id, d.line) for d in (a, b, c)] == [("many.json#1", 1), ("b", 2), ("one.json", None)]
    bad = write(tmp_path / "bad.json", '[\n{"text": "A"},\n]')
    assert error(bad).startswith(f"{bad}:3: invalid JSON")
    assert "expected a JSON object or a list" in error(write(tmp_path / "n.json", "3"))


def test_csv_records_with_quoted_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "news.csv", 'id,text,title,date\r\n,"One,\r\nline two",T,2021-09-06\r\n'
                 '\r\nx,Two.,,\r\n')
    one, two = read(path, date=DAY)
    assert (one.id, one.text, one.title, one.line, one.date_basis) == (
        "news.csv#2", "One,\nline two", "T", 2, "field")
    assert (two.id, two.text, two.title, two.line, two.date_basis) == (
        "x", "Two.", None, 5, "option")


def test_csv_errors(tmp_path: Path) -> None:
    no_column = write(tmp_path / "a.csv", "\nbody\nx\n")
    assert error(no_column).startswith(f"{no_column}:2: no 'text' column (columns: body;")
    ragged = write(tmp_path / "b.csv", "text,id\na,1\nb\n")
    assert error(ragged).startswith(f"{ragged}:3: row has 1 fields")
    unterminated = write(tmp_path / "c.csv", 'text\n"open\n\n')
    assert error(unterminated).startswith(f"{unterminated}:2: invalid CSV")


def test_field_names_can_be_overridden(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps(
        {"body": "B", "key": "k", "headline": "H", "published": "2021-09-06", "link": "L"}))
    [doc] = read(path, text_field="body", id_field="key", title_field="headline",
                 date_field="published", url_field="link")
    assert (doc.text, doc.id, doc.title, doc.date, doc.url) == ("B", "k", "H", DAY, "L")
    assert "no 'text' field" in error(path)


def test_missing_date_falls_back_to_option_then_mtime(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "a"}\n{"text": "b"}\n')
    stamp = dt.datetime(2020, 1, 2, 23, 30, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    with caplog.at_level(logging.WARNING, logger="kg.documents"):
        by_option = read(path, date=DAY)
        by_mtime = read(path)
    assert {(d.date, d.date_basis) for d in by_option} == {(DAY, "option")}
    assert {(d.date, d.date_basis) for d in by_mtime} == {(dt.date(2020, 1, 2), "mtime")}
    assert len(caplog.records) == 4
    assert f"{path}:2: document 'a.jsonl#2' has no date" in caplog.records[1].getMessage()


def test_folder_ids_order_and_skipped_files(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in ["b/z.txt", "a.txt", "b/a.md", "notes.pdf", ".hidden.txt", ".git/x.txt", "c.TXT"]:
        write(root / name, "date 2021-09-06 x")
    ids = [d.id for d in read(root)]
    assert ids == ["a.txt", "b/a.md", "b/z.txt", "c.TXT"]
    assert ids == [d.id for d in read(root)]
    [doc] = read_file(root / "b" / "z.txt", root)
    assert doc.id == "b/z.txt"


def test_duplicate_ids_name_both_places(tmp_path: Path) -> None:
    first = write(tmp_path / "x" / "a.txt", "date 2021-09-06 x")
    second = write(tmp_path / "y" / "a.txt", "date 2021-09-06 y")
    assert error(first, second) == (
        f"{second}: duplicate document id 'a.txt', first read from {first}")
    records = write(tmp_path / "r.jsonl", '{"id": "a.txt", "text": "z", "date": "2021-09-06"}')
    assert error(first, records).endswith(f"first read from {first}")
    assert error(first, records).startswith(f"{records}:1:")


def test_bad_paths(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert error(missing) == f"{missing}: no such file or folder"
    pdf = write(tmp_path / "a.pdf", "x")
    assert error(pdf) == f"{pdf}: unsupported file type; kg reads .txt, .md, .markdown, .jsonl, " \
                         ".json, .csv files"
    assert error(write(tmp_path / "e.txt", "date 2021-09-06 \n")).endswith("file has no text")


def test_encoding(tmp_path: Path) -> None:
    bom = write(tmp_path / "a.txt", b"\xef\xbb\xbf date 2021-09-06 Caf\xc3\xa9\r\nline\r\n")
    [doc] = read(bom)
    assert (doc.text, doc.date) == ("Café\nline\n", DAY)
    latin = write(tmp_path / "b.txt", b"Caf\xe9")
    assert error(latin).startswith(f"{latin}: not UTF-8 text")


def test_parse_date() -> None:
    assert parse_date(" 2021-09-06 ") == parse_date("2021-09-06T10:00:00+02:00") == DAY
    with pytest.raises(ValueError):
        parse_date("06/09/2021")


TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(
    lambda t: not t[0].isspace() and bool(t.strip()))
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=TEXT, day=st.dates())
def test_header_round_trip(tmp_path: Path, text: str, day: dt.date) -> None:
    path = write(tmp_path / "a.txt", f"date {day.isoformat()} {text}")
    [doc] = read(path)
    assert (doc.text, doc.date, doc.date_basis) == (text.replace("\r\n", "\n"), day, "header")


RECORD = st.fixed_dictionaries({
    "text": TEXT,
    "id": st.one_of(st.none(), TEXT.filter(lambda t: "#" not in t)),
    "title": st.one_of(st.none(), TEXT),
})


@SETTINGS
@given(records=st.lists(RECORD, max_size=5, unique_by=lambda r: r["id"] or object()))
def test_records_round_trip_through_jsonl_and_csv(tmp_path: Path, records: list[dict]) -> None:
    jsonl = write(tmp_path / "r.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    with (tmp_path / "r.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["id", "text", "title"])
        writer.writeheader()
        writer.writerows(records)
    from_jsonl, from_csv = read(jsonl, date=DAY), read(tmp_path / "r.csv", date=DAY)
    for r, a, b in zip(records, from_jsonl, from_csv, strict=True):
        text, title, id_ = (
            r[k].replace("\r\n", "\n") if r[k] else None for k in ("text", "title", "id"))
        assert (a.text, a.title, a.id) == (text, title, id_ or f"r.jsonl#{a.line}")
        assert (b.text, b.title, b.id) == (text, title, id_ or f"r.csv#{b.line}")
