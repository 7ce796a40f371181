"""Bad inputs, one case per test: each costs only itself, with one line naming file and line.

Every case is read in a folder beside a good article, with the default ``on_error="skip"``:
the good article is still read, the bad input is skipped (or, for a bad field, built with a
warning) and the report says so.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import logging
import os
import zipfile
from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.errors import InputError
from kg.model import Document
from kg.report import Report

GOOD = b"date 2021-09-06 The Taliban attacked Panjshir on Monday.\n"


def build(folder: Path, files: dict[str, bytes | str]) -> tuple[list[Document], Report]:
    """Write *files* and a good article into *folder* and read it all with a report."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_bytes(GOOD)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    report = Report()
    docs = list(read_documents(folder, report=report))
    assert "good.txt" in [d.id for d in docs], "the good article must always be read"
    return docs, report


def skipped(report: Report) -> list[str]:
    return [str(p) for p in report.skipped]


def only_skip(report: Report) -> str:
    [problem] = skipped(report)
    assert "\n" not in problem
    return problem


def ids(docs: list[Document]) -> list[str]:
    return [d.id for d in docs]


def warned(report: Report, kind: str) -> list[str]:
    return [str(p) for p in report.warnings[kind].examples] if kind in report.warnings else []


# --- files that are not text ------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"empty.txt": b""})
    assert only_skip(report) == f"{tmp_path / 'empty.txt'}: file is empty"
    assert ids(docs) == ["good.txt"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"blank.md": b"  \n\t\r\n\n"})
    assert only_skip(report) == f"{tmp_path / 'blank.md'}: file has no text"


def test_header_without_text(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"e.txt": b"date 2021-09-06 \n"})
    assert only_skip(report).endswith("e.txt: file has no text after its header")


def test_empty_jsonl(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.jsonl": b"\n \n"})
    assert only_skip(report) == f"{tmp_path / 'a.jsonl'}: file has no records"


def test_binary_file_named_txt(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"binary.txt": bytes(range(256))})
    assert only_skip(report).startswith(f"{tmp_path / 'binary.txt'}: a binary file, not text "
                                        "(NUL byte at byte 0)")


def test_gzip_file_named_jsonl(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"news.jsonl": gzip.compress(b'{"text": "a"}\n')})
    assert only_skip(report) == (f"{tmp_path / 'news.jsonl'}: a gzip-compressed file, not "
                                 "text: decompress it first (gunzip)")


def test_pdf_file_named_txt(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"})
    assert "a PDF file, not text: extract its text first" in only_skip(report)


def test_png_file_named_txt(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert only_skip(report).endswith("a.txt: a PNG image, not text: remove it from the input")


def test_zip_file_named_jsonl(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("news.jsonl", '{"text": "a"}\n')
    _, report = build(tmp_path, {"news.jsonl": data.getvalue()})
    assert "news.jsonl: a zip archive (or .docx, .xlsx, .epub), not text" in only_skip(report)


def test_utf16_without_bom_is_refused_as_binary(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.txt": "Kabul fell.".encode("utf-16-le")})
    assert "a binary file, not text" in only_skip(report)
    assert "save it as UTF-8 or with a byte order mark" in only_skip(report)


def test_nul_byte_in_a_jsonl_line_costs_that_line(tmp_path: Path) -> None:
    lines = b'{"text": "one"}\n{"text": "t\x00wo"}\n{"text": "three"}\n'
    docs, report = build(tmp_path, {"a.jsonl": lines.replace(b"\x00", b"\\u0000")})
    assert ids(docs) == ["a.jsonl#1", "a.jsonl#2", "a.jsonl#3", "good.txt"]
    # a raw NUL far into the file is no magic number: only the line that holds it is bad
    docs, report = build(tmp_path / "raw", {"a.jsonl": b'{"text": "x"}\n' * 1000 + lines})
    assert len(docs) == 1000 + 2 + 1
    assert only_skip(report).endswith("a.jsonl:1002: invalid JSON: Invalid control character "
                                      "at (column 12)")


# --- encodings ---------------------------------------------------------------------------------


def test_utf8_without_bom(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.txt": "date 2021-09-06 Café in Kabul.".encode()})
    assert docs[0].text == " " * 16 + "Café in Kabul." and not report.skipped
    assert not report.warnings.get("encoding")


def test_utf8_with_bom(tmp_path: Path) -> None:
    docs, _ = build(tmp_path, {"a.txt": codecs.BOM_UTF8 + "date 2021-09-06 Café.".encode()})
    assert (docs[0].text, docs[0].date) == (" " * 16 + "Café.", dt.date(2021, 9, 6))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    text = "date 2021-09-06 Kabul – Kundus.\r\n"
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[codec]
    docs, report = build(tmp_path, {"a.txt": bom + text.encode(codec)})
    assert docs[0].text == " " * 16 + "Kabul – Kundus. \n" and not report.skipped


def test_utf16_jsonl_with_bom(tmp_path: Path) -> None:
    lines = '{"text": "Über"}\n{"text": "Ünal"}\n'.encode("utf-16")
    docs, report = build(tmp_path, {"a.jsonl": lines})
    assert [d.text for d in docs if d.id != "good.txt"] == ["Über", "Ünal"]
    assert not report.skipped and set(report.warnings) == {"no_date"}


def test_latin1_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Le café était très bon, dit l'élève à Genève."
    docs, report = build(tmp_path, {"a.txt": text.encode("latin-1")})
    assert docs[0].text == text and not report.skipped
    [warning] = warned(report, "encoding")
    assert warning.startswith(f"{tmp_path / 'a.txt'}: not UTF-8: read as cp1252")


def test_cyrillic_windows_1251_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Талибан атаковал Панджшер в понедельник, сообщил Ахмад Масуд."
    docs, report = build(tmp_path, {"a.txt": text.encode("cp1251")})
    assert docs[0].text == text
    assert "read as cp1251" in warned(report, "encoding")[0]


def test_latin1_csv_is_decoded_with_a_warning(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.csv": 'text\n"Café à Genève, très bien"\n'.encode("cp1252")})
    assert docs[0].text == "Café à Genève, très bien"
    assert warned(report, "encoding")


def test_bad_utf8_byte_in_a_jsonl_line_is_read_as_a_replacement(tmp_path: Path) -> None:
    body = b'{"text": "caf\xc3\xa9"}\n' * 100 + b'{"text": "caf\xe9"}\n{"text": "ok"}\n'
    docs, report = build(tmp_path, {"a.jsonl": body})
    assert [d.text for d in docs[99:102]] == ["café", "caf\ufffd", "ok"]
    assert not report.skipped and "encoding" not in report.warnings
    assert warned(report, "bad_bytes") == [
        f"{tmp_path / 'a.jsonl'}:101: bytes that are not UTF-8 (the first at byte 13: invalid "
        "continuation byte) are read as U+FFFD"]


def test_bad_utf8_byte_in_a_csv_record_is_read_as_a_replacement(tmp_path: Path) -> None:
    body = b"id,text\n" + b"a,caf\xc3\xa9\n" + b'b,"two\ncaf\xe9"\nc,ok\n'
    docs, report = build(tmp_path, {"a.csv": body})
    assert [d.text for d in docs] == ["café", "two\ncaf\ufffd", "ok", GOOD.decode()[15:].rjust(
        len(GOOD))]
    assert warned(report, "bad_bytes")[0].startswith(f"{tmp_path / 'a.csv'}:4: bytes that are "
                                                     "not UTF-8")


def test_bad_utf8_byte_in_a_text_file_is_read_as_a_replacement(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.txt": "Café in Kabul, café in Herat: ".encode() + b"\xff."})
    assert docs[0].text == "Café in Kabul, café in Herat: \ufffd."
    assert warned(report, "bad_bytes")[0].startswith(f"{tmp_path / 'a.txt'}: bytes that are not "
                                                     "UTF-8 (the first at byte 32")


# --- bad fields: the record is built, with a warning -------------------------------------------


def test_bad_header_date_builds_the_document_undated(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.txt": b"\n date 2021-13-45 Kabul fell."})
    assert (docs[0].date, docs[0].date_basis) == (None, "unknown")
    assert docs[0].text == "\n" + " " * 16 + " Kabul fell."
    assert warned(report, "bad_date") == [
        f"{tmp_path / 'a.txt'}:2: header date: '2021-13-45' is not an ISO date (YYYY-MM-DD); "
        "the document is built without it"]
    assert "no_date" not in report.warnings and not report.skipped


def test_bad_record_date_on_line_550_builds_it_undated(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": f"Article {i}.", "date": "2012-01-01"}
               for i in range(1, 983)]
    records[549]["date"] = "2012-13-65"
    body = "".join(json.dumps(r) + "\n" for r in records)
    docs, report = build(tmp_path, {"ecbplus.jsonl": body})
    assert len(docs) == 982 + 1 and not report.skipped
    line_550 = docs[549]
    assert (line_550.id, line_550.date, line_550.line) == ("r550", None, 550)
    assert report.warnings["bad_date"].count == 1
    assert warned(report, "bad_date")[0].startswith(f"{tmp_path / 'ecbplus.jsonl'}:550: field "
                                                    "'date': '2012-13-65' is not an ISO date")


def test_bad_date_with_the_date_option_takes_the_option(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a", "date": "yesterday"}\n')
    [doc] = read_documents(path, date=dt.date(2020, 1, 1))
    assert (doc.date, doc.date_basis) == (dt.date(2020, 1, 1), "option")


def test_title_that_is_a_list_is_ignored(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.jsonl": '{"text": "a", "title": ["x"], "url": {"u": 1}}\n'})
    assert (docs[0].title, docs[0].url) == (None, None)
    assert report.warnings["bad_field"].count == 2


def test_invalid_front_matter_keeps_the_text(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.md": "---\ntitle: T\n  - x: [\n---\nBody.\n"})
    assert docs[0].text.strip() == "Body." and docs[0].title is None
    assert warned(report, "bad_field") == [f"{tmp_path / 'a.md'}:3: front matter is not valid "
                                           "YAML: mapping values are not allowed here; its fields "
                                           "are ignored"]


# --- bad records: skipped alone ---------------------------------------------------------------


def test_jsonl_line_cut_in_half_between_good_lines(tmp_path: Path) -> None:
    good = [json.dumps({"text": f"Article {i}."}) for i in range(5)]
    body = "\n".join([*good[:2], good[2][: len(good[2]) // 2], *good[3:]]) + "\n"
    docs, report = build(tmp_path, {"a.jsonl": body})
    assert ids(docs) == ["a.jsonl#1", "a.jsonl#2", "a.jsonl#4", "a.jsonl#5", "good.txt"]
    assert only_skip(report).startswith(f"{tmp_path / 'a.jsonl'}:3: invalid JSON: Unterminated "
                                        "string")


def test_last_jsonl_line_cut_in_half(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.jsonl": '{"text": "one"}\n{"text": "tw'})
    assert ids(docs) == ["a.jsonl#1", "good.txt"]
    assert only_skip(report).startswith(f"{tmp_path / 'a.jsonl'}:2: invalid JSON")


@pytest.mark.parametrize(("record", "reason"), [
    ({"body": "a"}, "record has no 'text' field (use --text-field to name another)"),
    ({"text": None}, "record has no 'text' field (use --text-field to name another)"),
    ({"text": ""}, "field 'text' is empty"),
    ({"text": " \n\t"}, "field 'text' is empty"),
    ({"text": 3}, "field 'text' is a number, not a string"),
    ({"text": ["a"]}, "field 'text' is a list, not a string"),
    ({"text": {"a": 1}}, "field 'text' is an object, not a string"),
    ({"text": True}, "field 'text' is true/false, not a string"),
    (["a"], "expected a JSON object, not a list"),
    ("a", "expected a JSON object, not str"),
], ids=["missing", "null", "empty", "blank", "number", "list", "object", "bool", "array",
        "string"])
def test_record_without_usable_text(tmp_path: Path, record: object, reason: str) -> None:
    body = "\n".join(json.dumps(r) for r in [{"text": "before"}, record, {"text": "after"}])
    docs, report = build(tmp_path, {"a.jsonl": body})
    assert ids(docs) == ["a.jsonl#1", "a.jsonl#3", "good.txt"]
    assert only_skip(report) == f"{tmp_path / 'a.jsonl'}:2: {reason}"


def test_json_list_with_a_bad_record(tmp_path: Path) -> None:
    body = '[\n  {"text": "A"},\n  {"title": "no text"},\n  {"text": "C"}\n]\n'
    docs, report = build(tmp_path, {"a.json": body})
    assert [(d.id, d.line) for d in docs][:2] == [("a.json#1", 2), ("a.json#3", 4)]
    assert only_skip(report) == f"{tmp_path / 'a.json'}:3: record has no 'text' field (use " \
                                "--text-field to name another)"


def test_json_list_cut_off_keeps_the_records_before(tmp_path: Path) -> None:
    body = '[\n  {"text": "A"},\n  {"text": "B"},\n  {"text": "C'
    docs, report = build(tmp_path, {"a.json": body})
    assert ids(docs) == ["a.json#1", "a.json#2", "good.txt"]
    assert only_skip(report) == (f"{tmp_path / 'a.json'}:4: invalid JSON: Unterminated string "
                                 "starting at (after record 2); the rest of the file was not read")


def test_csv_row_with_a_missing_field(tmp_path: Path) -> None:
    body = "id,text,date\na,One.,2021-09-06\nb,Two.\nc,Three.,\n"
    docs, report = build(tmp_path, {"a.csv": body})
    assert ids(docs) == ["a", "c", "good.txt"]
    assert only_skip(report) == f"{tmp_path / 'a.csv'}:3: row has 2 fields, the header 3"


def test_csv_field_over_131072_characters(tmp_path: Path) -> None:
    long_text = "Kabul fell. " * 20_000  # 240,000 characters, over csv's default field limit
    out = io.StringIO()
    csv.writer(out).writerows([["id", "text"], ["long", long_text], ["short", "Short."]])
    docs, report = build(tmp_path, {"a.csv": out.getvalue()})
    assert [len(d.text) for d in docs[:2]] == [len(long_text), 6] and not report.skipped


def test_csv_without_the_text_column(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.csv": "id,body\n1,x\n"})
    assert only_skip(report) == (f"{tmp_path / 'a.csv'}:1: no 'text' column (columns: id, body; "
                                 "use --text-field to name another)")


def test_csv_with_a_stray_quote_costs_that_row(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.csv": 'id,text\na,One.\nb,"Two" and more\nc,Three.\n'})
    assert ids(docs) == ["a", "c", "good.txt"]
    assert only_skip(report).startswith(f"{tmp_path / 'a.csv'}:3: invalid CSV")


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.jsonl": '{"id": "x", "text": "First."}\n'
                                               '{"id": "x", "text": "Second."}\n'})
    assert [(d.id, d.text) for d in docs][:1] == [("x", "First.")] and len(docs) == 2
    assert only_skip(report) == (f"{tmp_path / 'a.jsonl'}:2: duplicate document id 'x' with "
                                 f"another text; the first, read from {tmp_path / 'a.jsonl'}:1, "
                                 "is kept")


def test_number_id_next_to_the_same_string_id(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"a.jsonl": '{"id": 1, "text": "One."}\n'
                                               '{"id": "1", "text": "Other."}\n'})
    assert ids(docs) == ["1", "good.txt"]
    assert "duplicate document id '1'" in only_skip(report)


def test_identical_repeat_counts_once_silently(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                               ) -> None:
    record = '{"id": "x", "text": "Same.", "date": "2021-09-06"}\n'
    with caplog.at_level(logging.WARNING, logger="kg.documents"):
        docs, report = build(tmp_path, {"a.jsonl": record * 3})
    assert ids(docs) == ["x", "good.txt"]
    assert (report.repeats, report.skipped, caplog.text) == (2, [], "")


def test_same_file_name_in_two_folders_given(tmp_path: Path) -> None:
    first, second = tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"
    for path, text in ((first, "date 2021-09-06 x"), (second, "date 2021-09-06 y")):
        path.parent.mkdir()
        path.write_text(text)
    report = Report()
    assert [d.path for d in read_documents([first, second], report=report)] == [str(first)]
    assert str(report.skipped[0]) == (f"{second}: duplicate document id 'a.txt' with another "
                                      f"text; the first, read from {first}, is kept")


# --- files and folders ------------------------------------------------------------------------


def unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make *path* unreadable: chmod 000, and a mock where root reads it all the same."""
    path.chmod(0)
    if not os.access(path, os.R_OK):
        return
    if path.is_dir():
        scandir = os.scandir

        def refuse_folder(folder: str | os.PathLike[str]) -> object:
            if Path(folder) == path:
                raise PermissionError(13, "Permission denied", str(folder))
            return scandir(folder)

        monkeypatch.setattr(os, "scandir", refuse_folder)
    else:
        open_path = Path.open

        def refuse_file(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return open_path(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse_file)


def test_unreadable_file_in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "secret.txt").write_text("date 2021-09-06 Secret.")
    unreadable(tmp_path / "secret.txt", monkeypatch)
    docs, report = build(tmp_path, {"z.txt": "date 2021-09-06 After."})
    assert ids(docs) == ["good.txt", "z.txt"]
    assert only_skip(report) == f"{tmp_path / 'secret.txt'}: cannot read: Permission denied"


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("date 2021-09-06 Locked.")
    unreadable(tmp_path / "locked", monkeypatch)
    try:
        docs, report = build(tmp_path, {"z.txt": "date 2021-09-06 After."})
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert ids(docs) == ["good.txt", "z.txt"]
    assert only_skip(report) == (f"{tmp_path / 'locked'}: cannot read this folder: Permission "
                                 "denied")


def test_symlinked_subfolder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text("date 2021-09-06 Linked.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    docs, report = build(tmp_path / "in", {})
    assert ids(docs) == ["good.txt", "linked/a.txt"] and not report.warnings


def test_symlink_cycle_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("date 2021-09-06 Once.")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, report = build(tmp_path, {})
    assert ids(docs) == ["good.txt", "sub/a.txt"]
    assert warned(report, "folder_repeat") == [f"{tmp_path / 'sub' / 'loop'}: folder already "
                                               "read through another path (a symbolic link); "
                                               "not read again"]


def test_broken_symlink_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    _, report = build(tmp_path, {})
    assert only_skip(report) == f"{tmp_path / 'gone.txt'}: cannot read: No such file or directory"


def test_files_of_other_types_in_a_folder_are_reported(tmp_path: Path) -> None:
    docs, report = build(tmp_path, {"notes.pdf": b"%PDF-1.4", ".hidden.txt": "x"})
    assert ids(docs) == ["good.txt"] and not report.skipped
    assert warned(report, "ignored") == [f"{tmp_path / 'notes.pdf'}: file of another type: not "
                                         "read"]


def test_missing_input_is_skipped_beside_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(GOOD)
    report = Report()
    docs = list(read_documents([tmp_path / "nope.jsonl", tmp_path / "good.txt"], report=report))
    assert ids(docs) == ["good.txt"]
    assert skipped(report) == [f"{tmp_path / 'nope.jsonl'}: no such file or folder"]


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    report = Report()
    assert list(read_documents(tmp_path / "empty", report=report)) == []
    assert skipped(report)[0].startswith(f"{tmp_path / 'empty'}: no .txt, .md")


# --- web pages and crawls ---------------------------------------------------------------------


def test_html_page_without_article_text(tmp_path: Path) -> None:
    page = "<html><head><title>x</title></head><body></body></html>"
    _, report = build(tmp_path, {"a.html": page})
    assert only_skip(report) == f"{tmp_path / 'a.html'}: no article text found in this web page"


def test_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.warc": "date 2021-09-06 plain text\n"})
    assert only_skip(report).startswith(f"{tmp_path / 'a.warc'}: not a readable WARC file")


def test_warc_with_a_broken_header(tmp_path: Path) -> None:
    _, report = build(tmp_path, {"a.warc": "WARC/1.0\r\nWARC-Type: response\r\nbad\r\n\r\n"})
    assert only_skip(report).startswith(f"{tmp_path / 'a.warc'}: not a readable WARC file")


# --- policy and size --------------------------------------------------------------------------


def test_fail_raises_at_the_first_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a"}\n{"text": 3}\n{"text": []}\n')
    with pytest.raises(InputError) as info:
        list(read_documents(path, on_error="fail"))
    assert str(info.value) == f"{path}:2: field 'text' is a number, not a string"


def test_document_over_the_size_limit_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("date 2021-09-06 " + "Kabul fell. " * 100)
    (tmp_path / "short.txt").write_text("date 2021-09-06 Kabul fell.")
    report = Report()
    [doc] = read_documents(tmp_path, report=report, max_length=1000)
    assert doc.id == "short.txt"
    assert only_skip(report) == (f"{tmp_path / 'long.txt'}: document 'long.txt' has 1,216 "
                                 "characters, more than the limit of 1,000 (--max-length)")


def test_one_summary_line_per_kind_instead_of_one_per_document(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"text": f"t{i}"}) + "\n" for i in range(800)))
    with caplog.at_level(logging.WARNING, logger="kg.documents"):
        assert len(list(read_documents(path, date=dt.date(2021, 9, 6)))) == 800
    assert [r.getMessage() for r in caplog.records] == [
        f"800 documents had no date: {path}:1, {path}:2, {path}:3, {path}:4, {path}:5, ..."]


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    docs, report = build(tmp_path, {"a.jsonl": f'{{"text": "ok"}}\n{deep}\n', "b.json": deep})
    assert ids(docs) == ["a.jsonl#1", "good.txt"]
    assert skipped(report) == [f"{tmp_path / 'a.jsonl'}:2: invalid JSON: nested too deeply",
                               f"{tmp_path / 'b.json'}: nested too deeply to read"]


def test_the_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n')
    report = Report()
    assert len(list(read_documents([path, tmp_path, path], report=report))) == 2
    assert (report.documents, report.repeats, report.skipped) == (2, 4, [])
