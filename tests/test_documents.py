"""Tests for kg.documents: formats, headers, ids, dates, offsets, streaming, round trips.

Bad inputs, one case per test, are in test_bad_inputs.py.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import logging
import os
import re
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import Settings
from kg.documents import (
    SUFFIXES,
    DocumentFields,
    input_files,
    parse_date,
    read_documents,
    read_file,
    unique_ids,
)
from kg.documents import records as records_module
from kg.errors import InputError
from kg.model import Document
from kg.report import Report

DAY = dt.date(2021, 9, 6)
ROOT = Path(__file__).resolve().parent.parent


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def read(*paths: Path, **options: object) -> list[Document]:
    return list(read_documents(paths, **options))  # type: ignore[arg-type]


def error(*paths: Path, **options: object) -> str:
    with pytest.raises(InputError) as info:
        read(*paths, on_error="fail", **options)
    return str(info.value)


def source(path: Path) -> str:
    """The file's text as the offsets count it: decoded, byte order mark dropped, no newline
    translation."""
    raw = path.read_bytes()
    codec = "utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"
    with path.open(encoding=codec, newline="") as f:
        return f.read()


# --- plain text and Markdown ------------------------------------------------------------------


def test_seed_header_is_blanked_so_offsets_index_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "000_abc.txt", " date 2021-09-06 As Taliban attacks.\n\nMore.\n")
    [doc] = read(path)
    assert (doc.id, doc.text, doc.date, doc.date_basis) == (
        "000_abc.txt", " " * 17 + "As Taliban attacks.\n\nMore.\n", DAY, "header")
    assert (doc.path, doc.line, doc.title, doc.url) == (str(path), None, None, None)
    start = doc.text.index("Taliban")
    assert source(path)[start : start + 7] == "Taliban"
    assert list(read_documents(str(path))) == [doc]


@pytest.mark.parametrize("header", ["date 2021-09-06\n", "\n  date 2021-09-06\n\n",
                                    "Date: 2021-09-06\n", "DATE:2021-09-06T23:59:00+05:00\n"])
def test_header_variants(tmp_path: Path, header: str) -> None:
    [doc] = read(write(tmp_path / "a.txt", header + "Text here."))
    assert (doc.text.strip(), doc.date, doc.date_basis) == ("Text here.", DAY, "header")
    assert len(doc.text) == len(header + "Text here.")
    assert doc.text.count("\n") == header.count("\n")  # line breaks are kept: lines stay lines


def test_crlf_and_lone_cr_keep_every_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "date 2021-09-06 One.\r\nTwo.\rThree.\r\n")
    [doc] = read(path)
    assert doc.text == " " * 16 + "One. \nTwo.\nThree. \n"
    assert len(doc.text) == len(source(path))


def test_text_without_header_is_kept_verbatim(tmp_path: Path) -> None:
    text = "  Date palms grow.\ndate 2021-09-06 is not a header here.\n"
    [doc] = read(write(tmp_path / "a.txt", text), date=DAY)
    assert (doc.text, doc.date, doc.date_basis) == (text, DAY, "option")


def test_front_matter_is_blanked(tmp_path: Path) -> None:
    front = "---\ntitle: 'Panjshir: the fall'\ndate: 2021-09-06\nurl: https://example.org/a\n---\n"
    path = write(tmp_path / "a.md", front + "\n# Heading\nBody.\n")
    [doc] = read(path)
    assert doc.text == re.sub(r"[^\n]", " ", front) + "\n# Heading\nBody.\n"
    assert doc.text.index("Body") == source(path).index("Body")
    assert (doc.date, doc.date_basis) == (DAY, "front_matter")
    assert (doc.title, doc.url, doc.id) == ("Panjshir: the fall", "https://example.org/a", "a.md")


def test_front_matter_id_and_field_names(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\nkey: k1\npublished: 2021-09-06\n---\nBody.")
    [doc] = read(path, fields=DocumentFields(id="key", date="published"))
    assert (doc.id, doc.date) == ("k1", DAY)


def test_front_matter_bad_date_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\ntitle: T\ndate: 6 Sept\n---\nBody.")
    report = Report()
    [doc] = read_documents(path, report=report)
    assert (doc.date, doc.date_basis, doc.title) == (None, "unknown", "T")
    assert str(report.warnings["bad_date"].examples[0]).startswith(
        f"{path}:3: field 'date': '6 Sept' is not an ISO date")


def test_markdown_heading_gives_the_title_and_stays_in_the_text(tmp_path: Path) -> None:
    md = write(tmp_path / "a.markdown", "date 2021-09-06\n# Learning C# ##\nBody.")
    txt = write(tmp_path / "b.txt", "# Not a title\nBody.")
    a, b = read(md, txt, date=DAY)
    assert (a.title, a.text) == ("Learning C#", " " * 15 + "\n# Learning C# ##\nBody.")
    assert b.title is None


# --- records ----------------------------------------------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", "\n".join([
        json.dumps({"id": 7, "text": "One.", "title": "T", "url": "u", "date": "2021-09-06"}),
        "", json.dumps({"text": "Two.\r\nLines.", "date": "2021-09-06T10:00:00Z"}), ""]))
    one, two = read(path)
    assert (one.id, one.text, one.title, one.url, one.line, one.date_basis) == (
        "7", "One.", "T", "u", 1, "field")
    assert (two.id, two.text, two.date, two.line) == ("news.jsonl#3", "Two. \nLines.", DAY, 3)


def test_json_list_and_single_object(tmp_path: Path) -> None:
    many = write(tmp_path / "many.json", json.dumps([{"text": "A"}, {"text": "B", "id": "b"}],
                                                    indent=1))
    one = write(tmp_path / "one.json", json.dumps({"text": "C"}))
    a, b, c = read(many, one, date=DAY)
    assert [(d.id, d.line) for d in (a, b, c)] == [("many.json#1", 2), ("b", 5), ("one.json", None)]
    assert error(write(tmp_path / "bad.json", '[\n{"text": "A"},\n]')).startswith(
        f"{tmp_path / 'bad.json'}:3: invalid JSON: Expecting value")
    assert error(write(tmp_path / "n.json", "3")) == (
        f"{tmp_path / 'n.json'}:1: expected a JSON object or a list of objects")
    assert error(write(tmp_path / "x.json", '{"text": "a"} {}')) == (
        f"{tmp_path / 'x.json'}:1: invalid JSON: extra data after the end")


def test_json_list_read_in_small_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records_module, "CHUNK", 3)
    records = [{"text": f"Record {i} – “quoted” ✓", "id": i * 1000} for i in range(50)]
    path = write(tmp_path / "a.json", json.dumps(records, indent=2, ensure_ascii=False))
    docs = read(path)
    assert [d.text for d in docs] == [r["text"] for r in records]
    assert [d.id for d in docs] == [str(r["id"]) for r in records]
    lines = source(path).split("\n")
    assert all(lines[d.line - 1].strip() == "{" for d in docs if d.line)


def test_csv_records_with_quoted_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "news.csv", 'id,text,title,date\r\n,"One,\r\nline two",T,2021-09-06\r\n'
                 '\r\nx,Two.,,\r\n')
    one, two = read(path, date=DAY)
    assert (one.id, one.text, one.title, one.line, one.date_basis) == (
        "news.csv#2", "One, \nline two", "T", 2, "field")
    assert (two.id, two.text, two.title, two.line, two.date_basis) == (
        "x", "Two.", None, 5, "option")


def test_field_names_can_be_overridden(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps(
        {"body": "B", "key": "k", "headline": "H", "published": "2021-09-06", "link": "L"}))
    fields = DocumentFields(text="body", id="key", title="headline", date="published", url="link")
    [doc] = read(path, fields=fields)
    assert (doc.text, doc.id, doc.title, doc.date, doc.url) == ("B", "k", "H", DAY, "L")
    assert "no 'text' field" in error(path)


def test_settings_hold_one_document_fields() -> None:
    fields = DocumentFields(text="body")
    assert Settings(fields=fields).fields.text == "body"
    assert Settings().fields == DocumentFields()


# --- dates ------------------------------------------------------------------------------------


def test_undated_documents_stay_undated_whatever_the_file_time(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "a"}\n{"text": "b"}\n')
    stamp = dt.datetime(2020, 1, 2, 23, 30, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    assert {(d.date, d.date_basis) for d in read(path)} == {(None, "unknown")}
    assert {(d.date, d.date_basis) for d in read(path, date=DAY)} == {(DAY, "option")}


def test_undated_documents_are_counted_not_logged_one_by_one(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "a"}\n{"text": "b"}\n')
    report = Report()
    with caplog.at_level(logging.WARNING, logger="kg.documents"):
        read(path, report=report)
    assert caplog.text == ""  # the caller prints the summary
    assert report.summary() == [f"2 documents had no date: {path}:1, {path}:2 "
                                "(see kg-report.json)"]


def test_parse_date() -> None:
    assert parse_date(" 2021-09-06 ") == parse_date("2021-09-06T10:00:00+02:00") == DAY
    with pytest.raises(ValueError):
        parse_date("06/09/2021")


# --- files and folders ------------------------------------------------------------------------


def test_folder_ids_order_and_files_passed_over(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for name in ["b/z.txt", "a.txt", "b/a.md", "notes.pdf", ".hidden.txt", ".git/x.txt", "c.TXT",
                 "b.txt"]:
        write(root / name, f"date 2021-09-06 {name}")
    ids = [d.id for d in read(root)]
    assert ids == ["a.txt", "b/a.md", "b/z.txt", "b.txt", "c.TXT"]
    assert [p.relative_to(root).as_posix() for p, _ in input_files(root)] == ids
    [doc] = read_file(root / "b" / "z.txt", root)
    assert doc.id == "b/z.txt"


def test_every_suffix_is_read(tmp_path: Path) -> None:
    assert set(SUFFIXES) == {".txt", ".md", ".markdown", ".jsonl", ".json", ".csv", ".html",
                             ".htm", ".warc", ".warc.gz"}
    assert "unsupported file type" in error(write(tmp_path / "a.pdf", "x"))


def test_read_file_then_unique_ids_is_read_documents(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": t, "date": "2021-09-06"})
             for i, t in [("x", "one"), ("y", "two"), ("x", "other"), ("y", "two")]]
    a = write(tmp_path / "a.jsonl", "\n".join(lines[:2]))
    b = write(tmp_path / "b.jsonl", "\n".join(lines[2:]))
    whole, worker, merged = Report(), Report(), Report()
    expected = list(read_documents([a, b], report=whole))
    parts = [doc for path in (a, b) for doc in read_file(path, report=worker)]
    assert list(unique_ids(parts, report=merged)) == expected
    merged.merge(worker)
    assert merged.to_json() == whole.to_json()
    assert (whole.documents, whole.repeats, len(whole.skipped), whole.inputs) == (2, 1, 1, 2)


def test_report_as_json(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "a", "date": "x"}\n{"text": 1}\n')
    report = Report()
    read(path, report=report)
    data = json.loads(report.dumps())
    assert data == {
        "inputs": 1, "documents": 1, "repeats": 0,
        "skipped": [{"path": str(path), "line": 2, "reason": "field 'text' is a number, not a "
                     "string"}],
        "warnings": {"bad_date": {
            "count": 1,
            "about": "document had a date that is not an ISO date (YYYY-MM-DD) and was built "
                     "undated",
            "examples": [{"path": str(path), "line": 1, "reason": "field 'date': 'x' is not an "
                          "ISO date (YYYY-MM-DD); the document is built without it"}]}},
    }


# --- streaming --------------------------------------------------------------------------------


def _peak(documents: Iterator[Document]) -> tuple[int, int]:
    """(documents, peak bytes allocated) while consuming *documents* one at a time."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in documents)
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".csv"])
def test_large_files_are_read_one_record_at_a_time(tmp_path: Path, suffix: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"id": f"r{i}", "text": "Kabul fell on Sunday. " * 50} for i in range(5000)]
    path = tmp_path / f"big{suffix}"  # about 5.6 MB
    with path.open("w", newline="") as out:
        if suffix == ".jsonl":
            out.writelines(json.dumps(r) + "\n" for r in records)
        elif suffix == ".json":
            json.dump(records, out)
        else:
            writer = csv.DictWriter(out, ["id", "text"])
            writer.writeheader()
            writer.writerows(records)
    monkeypatch.setattr(records_module, "CHUNK", 1 << 16)  # JSON's buffer: two chunks
    count, peak = _peak(read_documents(path, date=DAY))
    assert count == 5000
    assert peak < path.stat().st_size / 2, f"{peak:,} bytes held for a {suffix} file"


# --- encodings --------------------------------------------------------------------------------


def test_bom_files_count_offsets_after_the_mark(tmp_path: Path) -> None:
    for codec in ("utf-8-sig", "utf-16"):
        path = write(tmp_path / f"{codec}.txt", "date 2021-09-06 Café\r\nline\r\n".encode(codec))
        [doc] = read(path)
        assert doc.text == " " * 16 + "Café \nline \n" and len(doc.text) == len(source(path))


# --- web pages and crawls ---------------------------------------------------------------------


PAGE = """<!DOCTYPE html><html><head><title>Taliban attack Panjshir - Example News</title>
<meta property="og:title" content="Taliban attack Panjshir">
{date}<link rel="canonical" href="https://example.org/news/panjshir">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Taliban attack Panjshir</h1>
<p>As Taliban intensifies its attack on Panjshir, National Resistance Front of Afghanistan (NRFA)
leader Ahmad Massoud on Monday revealed that the terror group is getting air support.</p>
<p>Massoud said the Taliban was not strong enough to attack Panjshir &amp; was aided by drones.</p>
</article><footer>Copyright 2021 Example News</footer></body></html>
"""
DATED = '<meta property="article:published_time" content="2021-09-06T10:00:00Z">\n'


def test_html_page(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE.format(date=DATED))
    [doc] = read(path)
    assert (doc.id, doc.title, doc.url, doc.date, doc.date_basis) == (
        "page.html", "Taliban attack Panjshir", "https://example.org/news/panjshir", DAY, "page")
    assert "Ahmad Massoud on Monday" in doc.text.replace("\n", " ")
    assert "Copyright" not in doc.text and "Home | World" not in doc.text
    [undated] = read(write(tmp_path / "b.htm", PAGE.format(date="")))
    assert (undated.date, undated.date_basis) == (None, "unknown")


def warc(path: Path, responses: list[tuple[str, str, bytes, str]], gz: bool) -> Path:
    """Write a WARC file of (URI, HTTP status, payload, content type) responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for uri, status, payload, content_type in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2022-01-02T03:04:05Z"}))
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "CRAWL.WARC.GZ"])
def test_warc_one_document_per_html_response(tmp_path: Path, name: str) -> None:
    path = warc(tmp_path / name, [
        ("https://example.org/a", "200 OK", PAGE.format(date=DATED).encode(), "text/html"),
        ("https://example.org/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("https://example.org/gone", "404 Not Found", b"<html>gone</html>", "text/html"),
        ("https://example.org/b", "200 OK", PAGE.format(date="").encode("latin-1"),
         "text/html; charset=iso-8859-1"),
    ], gz=name.lower().endswith(".gz"))
    a, b = read(path)
    assert (a.id, a.url, a.date, a.date_basis) == ("https://example.org/a",
                                                   "https://example.org/a", DAY, "page")
    assert (b.id, b.date, b.date_basis) == ("https://example.org/b", dt.date(2022, 1, 2), "crawl")
    assert a.title == b.title == "Taliban attack Panjshir"


# --- offsets against the source, through the whole pipeline -----------------------------------


@pytest.mark.slow
def test_every_offset_of_a_build_indexes_its_source(tmp_path: Path) -> None:
    from kg.pipeline import extract

    seed = (ROOT / "seeds" / "000_110aead6b026076a.txt").read_text(encoding="utf-8")
    body = seed.split(" ", 3)[-1]  # the seed without its " date 2021-09-06 " header
    write(tmp_path / "seed.txt", seed)
    write(tmp_path / "crlf.txt", seed.replace("\n", "\r\n"))
    write(tmp_path / "bom.txt", codecs.BOM_UTF8 + seed.encode())
    write(tmp_path / "utf16.txt", seed.replace("\n", "\r\n").encode("utf-16"))
    write(tmp_path / "front.md", f"---\ntitle: Panjshir\r\ndate: 2021-09-06\n---\n\n{body}")
    documents = read(tmp_path)
    x = extract(documents)
    texts = {d.id: source(tmp_path / d.id) for d in documents}
    names = [m for actor in x.actors.values() for m in actor.mentions]
    spans = [*names]
    spans += [m for event in x.events for m in [event.trigger, *event.mentions]]
    spans += [a.mention for event in x.events for a in event.arguments if a.mention]
    spans += [r.evidence for r in x.relations]
    wrong = [m for m in spans if texts[m.document_id][m.start : m.end] != m.text]
    assert len(spans) > 5 * 80 and not wrong
    # the analysis does not depend on the encoding, the line ends or the kind of header
    found = {doc_id: {(e.type, m.text) for e in x.events for m in e.mentions
                      if m.document_id == doc_id} for doc_id in texts}
    assert all(events == found["seed.txt"] for events in found.values())
    named = {doc_id: sorted(m.text for m in names if m.document_id == doc_id) for doc_id in texts}
    assert all(names == named["seed.txt"] for names in named.values())


# --- properties -------------------------------------------------------------------------------

TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
               min_size=1).filter(lambda t: not t[0].isspace() and bool(t.strip()))
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=TEXT, day=st.dates(), codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_text_files_round_trip_with_offsets(tmp_path: Path, text: str, day: dt.date, codec: str
                                            ) -> None:
    path = write(tmp_path / "a.txt", f"date {day.isoformat()} {text}".encode(codec))
    [doc] = read(path, on_error="fail")
    raw = source(path)
    assert (doc.date, doc.date_basis, len(doc.text)) == (day, "header", len(raw))
    start = len(f"date {day.isoformat()} ")
    assert doc.text[start:] == text.replace("\r\n", " \n").replace("\r", "\n")
    assert all(a == b or b == "\r" for a, b in zip(doc.text[start:], raw[start:], strict=True))


RECORD = st.fixed_dictionaries({
    "text": TEXT,
    "id": st.one_of(st.none(), TEXT.filter(lambda t: "#" not in t)),
    "title": st.one_of(st.none(), TEXT),
    "date": st.one_of(st.none(), st.dates().map(dt.date.isoformat)),
})


@SETTINGS
@given(records=st.lists(RECORD, max_size=5, unique_by=lambda r: r["id"] or object()),
       indent=st.sampled_from([None, 0, 2]))
def test_records_round_trip_through_jsonl_json_and_csv(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, records: list[dict], indent: int | None
        ) -> None:
    monkeypatch.setattr(records_module, "CHUNK", 7)
    write(tmp_path / "r.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    write(tmp_path / "r.json", json.dumps(records, indent=indent))
    with (tmp_path / "r.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["id", "text", "title", "date"])
        writer.writeheader()
        writer.writerows(records)
    for suffix in (".jsonl", ".json", ".csv"):
        if not records and suffix != ".csv":
            continue  # an empty JSON Lines file or JSON list is reported, tested elsewhere
        docs = read(tmp_path / f"r{suffix}", on_error="fail")
        assert len(docs) == len(records)
        for number, (r, doc) in enumerate(zip(records, docs, strict=True), 1):
            title, id_ = (r[k].replace("\r\n", "\n") if r[k] else None for k in ("title", "id"))
            assert doc.text == r["text"].replace("\r\n", " \n").replace("\r", "\n")
            assert doc.title == (title if title and title.strip() else None)
            assert doc.id == (id_ if id_ and id_.strip() else
                              f"r{suffix}#{number if suffix == '.json' else doc.line}")
            assert doc.date == (dt.date.fromisoformat(r["date"]) if r["date"] else None)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.sampled_from([b"\x1f\x8b\x08", b"WARC/1.0\r\n", b"\xff\xfe\x00",
                                       b"[", b"{", b'"', b"---\n", b"date 2021-02-30 x"])),
       suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_raise_nothing_but_input_error(tmp_path: Path, data: bytes, suffix: str
                                                       ) -> None:
    path = write(tmp_path / f"any{suffix}", data)
    report = Report()
    docs = list(read_documents(path, report=report))  # skipping never raises
    assert len(docs) == report.documents
    try:
        assert list(read_documents(path, on_error="fail")) == docs
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
