"""Dependency labels and prepositions the event extraction stages share."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}
TARGET_PREPS = {"on", "against", "upon", "into", "at"}
"""Prepositions whose object is an event's target ("attack on X", "sanctions against Y")."""

FINAL_PUNCTUATION = ".!?:;\"”’')"
"""What ends a sentence line; a line without it is a heading or a list item."""


def starts_line(t: Token) -> bool:
    """Whether *t* is the first token of the text or of a line."""
    return t.i == 0 or "\n" in t.doc[t.i - 1].text + t.doc[t.i - 1].whitespace_


def line_bounds(t: Token) -> tuple[int, int]:
    """The character offsets of the line *t* stands in, without its newline."""
    text = t.doc.text
    end = text.find("\n", t.idx)
    return text.rfind("\n", 0, t.idx) + 1, len(text) if end < 0 else end
