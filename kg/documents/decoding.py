"""Bytes to text: binary files refused by their magic number or NUL bytes, byte order marks,
UTF-8, and legacy encodings guessed by charset-normalizer, for whole files or line by line.

A byte order mark decides the encoding (UTF-8, UTF-16, UTF-32) and is not part of the text:
offsets count from the character after it.  Without one, text that decodes as UTF-8 is UTF-8;
anything else is given to charset-normalizer, and a file it cannot place is refused.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError

__all__ = ["HEAD", "Lines", "check_binary", "decode", "text_chunks"]

HEAD = 8192
"""How many leading bytes are checked for magic numbers and NUL bytes."""
SAMPLE = 1 << 16
"""How many leading bytes of a streamed file decide its encoding."""

_MAGIC = (
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
    (b"PK\x03\x04", "a zip archive (or .docx, .xlsx, .epub)", "extract its text first"),
    (b"PK\x05\x06", "an empty zip archive", "extract its text first"),
    (b"%PDF-", "a PDF file", "extract its text first (e.g. pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "remove it from the input"),
    (b"\xff\xd8\xff", "a JPEG image", "remove it from the input"),
    (b"GIF87a", "a GIF image", "remove it from the input"),
    (b"GIF89a", "a GIF image", "remove it from the input"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract its text first"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file", "decompress it first (unzstd)"),
    (b"\x7fELF", "an executable", "remove it from the input"),
    (b"SQLite format 3\x00", "an SQLite database", "export its text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file",
     "save it as text first"),
)
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}
# Never guessed: UTF-16/32 need a byte order mark (without one, NUL bytes mean binary), and
# the lines of EBCDIC text do not end in b"\n".
_NOT_GUESSED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le",
                "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"]


def check_binary(path: Path, head: bytes, archive: bool = False) -> None:
    """Raise ``InputError`` naming the kind of file if *head* (its first bytes) is not text,
    or, for an *archive* (a WARC file, which may be gzipped and hold binary records), if it
    is another kind of binary file."""
    for magic, kind, fix in _MAGIC:
        if head.startswith(magic) and not (archive and magic == b"\x1f\x8b"):
            raise InputError(path, f"{kind}, not text: {fix}")
    if not archive and _bom(head) is None and (nul := head.find(b"\x00")) >= 0:
        raise InputError(path, f"a binary file, not text (NUL byte at byte {nul}); if it is "
                         "UTF-16 text, save it as UTF-8 or with a byte order mark")


def _bom(head: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if head.startswith(bom)), None)


def _guess(data: bytes) -> str | None:
    """The legacy encoding charset-normalizer finds for *data*, preferring Windows-1252 (the
    usual one of English text) when it reads the bytes as well as the best guess."""
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_exclusion=_NOT_GUESSED)
    best = results.best()
    if best is None:
        return None
    for match in results:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos:
            return "cp1252"
    return str(best.encoding)


def _name(codec: str) -> str:
    return _NAMES.get(codec, "UTF-8" if codec == "utf-8" else codec)


def _not_text(codec: str, exc: UnicodeDecodeError, offset: int = 0) -> str:
    return f"not {_name(codec)} text (byte {offset + exc.start}: {exc.reason})"


def _bad_bytes(codec: str, exc: UnicodeDecodeError) -> str:
    return (f"bytes that are not {_name(codec)} (the first at byte {exc.start}: {exc.reason}) "
            "are read as U+FFFD")


def _mostly_utf8(data: bytes, final: bool) -> bool:
    """Whether *data* is UTF-8 with perhaps a few bad bytes: as many valid non-ASCII characters
    as bad sequences, or more (text in a legacy encoding is almost never valid UTF-8)."""
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(data, final=final)
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - bad >= bad


def _codec(path: Path, data: bytes, whole: bool) -> tuple[str, str | None]:
    """The codec of a file whose first bytes (all of them if *whole*) are *data*, and the
    legacy encoding guessed for it (None: UTF-8 or a byte order mark)."""
    check_binary(path, data[:HEAD])
    if (codec := _bom(data)) is not None:
        return codec, None
    if _mostly_utf8(data, whole):
        return "utf-8", None
    guessed = _guess(data)
    if guessed is None:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(data, final=whole)
        except UnicodeDecodeError as exc:
            raise InputError(path, _not_text("utf-8", exc) + " and no other encoding fits; "
                             "save it as UTF-8") from None
    return guessed or "utf-8", guessed


def decode(path: Path, data: bytes) -> tuple[str, str | None, str | None]:
    """``(text, guessed, problem)`` of a whole file: *guessed* names the legacy encoding it was
    read with (None: UTF-8 or BOM); *problem* says that bytes not in that encoding were read
    as U+FFFD (None: there were none)."""
    codec, guessed = _codec(path, data, whole=True)
    try:
        return data.decode(codec), guessed, None
    except UnicodeDecodeError as exc:
        return data.decode(codec, "replace"), guessed, _bad_bytes(codec, exc)


class Lines:
    """The lines of a file (split at ``"\n"``, which each keeps), decoded one at a time.

    The first 64 KiB decide the encoding.  Iterating yields ``(number, text, problem)``:
    *problem* is None, or says that bytes of the line not in the file's encoding were read as
    U+FFFD.
    ``guessed`` is the legacy encoding the file was read with, or None.
    """

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self.path = path
        self.stream = stream
        self.codec, self.guessed = _codec(path, stream.read(SAMPLE), whole=False)
        stream.seek(0)

    def __iter__(self) -> Iterator[tuple[int, str, str | None]]:
        if self.codec in ("utf-16", "utf-32"):  # not ASCII-compatible: bytes cannot be split
            text = io.TextIOWrapper(self.stream, encoding=self.codec, newline="\n")
            number = 0
            try:
                for number, line in enumerate(text, 1):
                    yield number, line, None
            except UnicodeDecodeError as exc:
                raise InputError(self.path, f"not {_name(self.codec)} text ({exc.reason}); "
                                 "the rest of the file was not read", number + 1) from None
            finally:
                text.detach()
            return
        codec = "utf-8" if self.codec == "utf-8-sig" else self.codec
        for number, raw in enumerate(self.stream, 1):
            if number == 1 and self.codec == "utf-8-sig":
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield number, raw.decode(codec), None
            except UnicodeDecodeError as exc:
                yield number, raw.decode(codec, "replace"), _bad_bytes(codec, exc)


def text_chunks(path: Path, stream: BinaryIO, size: int = 1 << 20
                ) -> tuple[Iterator[str], str | None]:
    """The decoded text of a file in chunks of about *size* characters, and the legacy encoding
    guessed for it (None: UTF-8 or BOM); bytes that do not decode raise ``InputError``."""
    codec, guessed = _codec(path, stream.read(SAMPLE), whole=False)
    stream.seek(0)

    def chunks() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(codec)()
        done = 0
        try:
            while data := stream.read(size):
                yield decoder.decode(data)
                done += len(data)
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise InputError(path, _not_text(codec, exc, done) + "; the rest of the file "
                             "was not read") from None

    return chunks(), guessed
