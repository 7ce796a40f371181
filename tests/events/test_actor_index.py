"""ActorIndex: lookups by token and the antecedent search, against a plain scan of all mentions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Token

from kg.events.actor_index import ActorIndex
from kg.model import ActorRef, Mention
from tests.events.parses import VOCAB

TYPES = ("person", "organisation", "place")


def _scan(index: ActorIndex, token: Token, types: set[str], subjects: bool, only: bool):  # type: ignore[no-untyped-def]
    """The antecedent search as a scan over every mention before *token* (the reference)."""
    best = salient = None
    window = token.sent.start_char - 600
    for ref in index.mentions:
        if ref.mention.start >= token.idx:
            break
        if ref.type in types:
            best = ref
            span = token.doc.char_span(ref.mention.start, ref.mention.end)
            if subjects and ref.mention.start >= window and span.root.dep_ == "nsubj":
                salient = ref
    return salient if only else salient or best


@st.composite
def documents(draw: st.DrawFn) -> tuple[Doc, ActorIndex]:
    """Sentences of 2 to 40 words (long enough for the 600-character window to matter), each
    headed by its first word; some words are actor mentions of a random type, subjects or not."""
    lengths = draw(st.lists(st.integers(2, 40), min_size=1, max_size=12))
    words: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    for length in lengths:
        root = len(words)
        for k in range(length):
            words.append(f"w{len(words)}" + "x" * draw(st.integers(0, 25)))
            heads.append(root)
            deps.append("ROOT" if k == 0 else draw(st.sampled_from(["nsubj", "dobj", "dep"])))
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    chosen = draw(st.sets(st.integers(0, len(doc) - 1), max_size=len(doc)))
    refs = [
        ActorRef(Mention("d", doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text), f"a{i}", t)
        for i in sorted(chosen)
        for t in [draw(st.sampled_from(TYPES))]
    ]
    return doc, ActorIndex(refs).index(doc)


@settings(max_examples=60, deadline=None)
@given(documents(), st.sets(st.sampled_from(TYPES), min_size=1), st.booleans(), st.booleans())
def test_before_finds_what_a_scan_of_all_mentions_finds(
    found: tuple[Doc, ActorIndex], types: set[str], subjects: bool, only: bool
) -> None:
    doc, index = found
    for token in doc:
        expected = _scan(index, token, types, subjects, only)
        assert index.before(token, types, subjects, only) == expected, token.i


def test_at_and_sentence() -> None:
    doc = Doc(VOCAB, words=["a", "b", "c", "d"], heads=[0, 0, 2, 2], deps=["ROOT", "dep"] * 2)
    ref = ActorRef(Mention("d", 2, 3, "b"), "b", "person")
    index = ActorIndex([ref]).index(doc)
    assert index.at(doc[1]) == ref and index.at(doc[0]) is None
    assert [index.sentence(t) for t in doc] == [0, 0, 1, 1]
