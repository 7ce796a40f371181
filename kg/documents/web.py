"""Saved web pages and crawls: ``.html``/``.htm`` files and WARC archives (``.warc``,
``.warc.gz``), their main text, title, date and URL extracted by trafilatura, offline.

Offsets index the extracted text (``Document.text``), not the HTML.  A page's date is the
publication date its markup gives (``page``); a WARC response without one is dated by its
``WARC-Date``, the day it was crawled (``crawl``).  trafilatura and warcio are imported when
the first page is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kg.documents.decoding import HEAD, check_binary
from kg.documents.reading import Reading, source_text
from kg.errors import InputError
from kg.model import Document

__all__ = ["read_html", "read_warc"]

# only the date the markup states, never one guessed from the text; a fixed latest date keeps
# the result the same whatever day kg runs
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _extract(page: bytes, url: str | None) -> tuple[Any, str | None]:
    """trafilatura's main text and metadata of one page, or None and why there are none."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False,
            date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # a page trafilatura trips on is one bad page, not a crash
        return None, f"cannot extract the page's text ({type(exc).__name__}: {exc})"
    if not (getattr(found, "text", None) or "").strip():
        return None, "no article text found in this web page"
    return found, None


def read_html(reading: Reading, path: Path, rel: str, data: bytes) -> Document | None:
    """The document of one saved web page."""
    if not data.strip():
        raise InputError(path, "file is empty")
    check_binary(path, data[:HEAD])
    found, problem = _extract(data, None)
    if problem is not None:
        raise InputError(path, problem)
    date, basis = reading.dated(found.date or None, "page", "page date", path, None)
    return reading.document(path, rel, source_text(found.text), date, basis,
                            found.title or None, found.url or None)


def read_warc(reading: Reading, path: Path, rel: str, stream: BinaryIO) -> Iterator[Document]:
    """The documents of a WARC file, one per successful HTML response, read as a stream.

    Ids are the responses' target URIs; messages name a record by its number in the file.
    """
    for number, uri, crawled, page in _html_responses(path, stream):
        found, problem = _extract(page, uri)
        if problem is not None:
            reading.skip(InputError(path, f"record {number} ({uri}): {problem}"))
            continue
        what = f"record {number}: page date"
        date, basis = reading.dated(found.date or None, "page", what, path, None)
        if date is None and crawled:
            what = f"record {number}: WARC-Date"
            date, basis = reading.dated(crawled, "crawl", what, path, None)
        doc = reading.document(path, uri or f"{rel}#{number}", source_text(found.text), date,
                               basis, found.title or None, uri)
        if doc is not None:
            yield doc


def _html_responses(path: Path, stream: BinaryIO
                    ) -> Iterator[tuple[int, str | None, str | None, bytes]]:
    """``(number, target URI, WARC-Date, payload)`` of each 2xx HTML response of a WARC file;
    whatever warcio cannot read ends the file with ``InputError``."""
    from warcio.archiveiterator import ArchiveIterator

    check_binary(path, stream.read(HEAD), archive=True)
    stream.seek(0)
    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status.startswith("2") and content_type.startswith(_HTML_TYPES):
                headers = record.rec_headers
                yield (number, headers.get_header("WARC-Target-URI"),
                       headers.get_header("WARC-Date"), record.content_stream().read())
    except Exception as exc:  # warcio raises what its parsers meet, AttributeError included
        after = f" after record {number}" if number else ""
        raise InputError(path, f"not a readable WARC file{after} ({type(exc).__name__}: "
                         f"{exc})") from None
