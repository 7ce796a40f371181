"""Hand-built parses for rule tests: a spaCy Doc from a table of tokens, no statistical model.

A rule test states the parse it is about, so it keeps testing the rule when the model's parse
of the same sentence changes.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.events.actor_index import ActorIndex
from kg.model import ActorRef, Mention

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct), no model


def parse(table: str, ents: str = "") -> Doc:
    """A Doc from one line per token: ``word lemma POS TAG dep head`` (the head's index;
    the root is its own head). *ents* gives each token's IOB entity tag ("B-GPE O ..."),
    default all "O". Tokens are separated by a space, none before punctuation."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {".", ",", "'s", ":", "?", "!"}
        for i in range(len(words))
    ]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[int(r[5]) for r in rows],
        ents=ents.split() if ents else ["O"] * len(rows),
    )


def actors(doc: Doc, **spans: tuple[int, int, str] | tuple[int, str]) -> ActorIndex:
    """An ActorIndex of *doc*: actor key -> (first token, last token, type) or (token, type),
    e.g. ``actors(doc, russia=(0, "country"), kyiv_gov=(3, 4, "organisation"))``."""
    refs = []
    for key, where in spans.items():
        first, last, actor_type = (where[0], where[0], where[1]) if len(where) == 2 else where
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        label = doc[first].ent_type_ or "NOMINAL"
        mention = Mention("d", start, end, doc.text[start:end], 0, label)
        refs.append(ActorRef(mention, key, str(actor_type)))
    return ActorIndex(sorted(refs)).index(doc)
