"""The actor index: a document's resolved actor mentions, looked up by token or position."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from kg.model import ActorRef, Mention

__all__ = ["ActorIndex"]


class ActorIndex:
    """The resolved actor mentions of one document, looked up by token.

    *mentions* are ``(mention, actor, actor type)`` triples (:class:`kg.model.ActorRef`) in
    order of position; :meth:`index` maps the tokens of the parsed document onto them.
    """

    def __init__(self, mentions: Iterable[tuple[Mention, str, str]]) -> None:
        self.mentions = [ActorRef._make(m) for m in mentions]
        self._by_token: dict[int, int] = {}

    def index(self, doc: Doc) -> ActorIndex:
        """Map the tokens of *doc* that each mention covers to it; returns the index."""
        for n, ref in enumerate(self.mentions):
            m = ref.mention
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self._by_token[t.i] = n
        return self

    def at(self, token: Token) -> ActorRef | None:
        """The actor mention *token* stands in, if any."""
        n = self._by_token.get(token.i)
        return self.mentions[n] if n is not None else None

    def before(
        self,
        token: Token,
        types: Collection[str],
        subjects: bool = False,
        only_subjects: bool = False,
    ) -> ActorRef | None:
        """The nearest mention before *token* of an actor of one of *types* (a pronoun's
        antecedent).

        With *subjects*, a mention that is a clause subject in the last three sentences wins
        over a nearer one that is not: definite descriptions ("the terror group") refer back
        to the actor the text is about.
        """
        best = None
        salient = None
        doc = token.doc
        window = token.sent.start_char - 600
        for ref in self.mentions:
            m = ref.mention
            if m.start >= token.idx:
                break
            if ref.type in types:
                best = ref
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if (
                    subjects
                    and m.start >= window
                    and span is not None
                    and span.root.dep_ in {"nsubj", "nsubjpass"}
                ):
                    salient = ref
        return salient if only_subjects else salient or best
