"""Reading a parsed document without importing spaCy: its text, the sentence of an offset and
WordNet's word classes. The per-document analysis reads Docs through these; the modules that
only merge records (and a build served by the cache) import them without spaCy."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.config import DEFAULT_MODEL

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TEXT", "doc_text", "english_word_classes", "sentence_index"]

TEXT = "kg.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per document: spaCy joins every token's text again at each
    access (a Token object each); :func:`kg.nlp.parse` records the text it parsed."""
    text = doc.user_data.get(TEXT)
    if not isinstance(text, str):
        text = doc.user_data[TEXT] = doc.text
    return text


def sentence_index(doc: Doc) -> Callable[[int], int]:
    """A function from a character offset to the index of the sentence that holds it."""
    starts = [s.start_char for s in doc.sents]

    def index(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    return index


@cache
def english_word_classes() -> dict[str, frozenset[str]]:
    """WordNet's English words by part of speech ("adj", "adv", "noun", "verb"; base forms,
    lower case) as the lemmatizer of kg's pinned pipeline :data:`~kg.config.DEFAULT_MODEL`
    ships them (its ``lemma_index``); read once per process, empty when it is not installed."""
    from kg._spacy import spacy  # first: spaCy without its command line

    from spacy.lookups import Lookups  # isort: skip

    try:
        root = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    except (ImportError, OSError):
        return {}
    for folder in sorted(root.glob("*/lemmatizer/lookups")):
        table = Lookups().from_disk(folder).get_table("lemma_index", {})
        return {pos: frozenset(table.get(pos, ())) for pos in ("adj", "adv", "noun", "verb")}
    return {}
