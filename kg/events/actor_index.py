"""The actor index: a document's resolved actor mentions, looked up by token or position."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.model import Mention

__all__ = ["ActorIndex"]


@dataclass
class ActorIndex:
    """The resolved actor mentions of one document, looked up by token."""

    mentions: list[tuple[Mention, str, str]]  # (mention, actor IRI, actor type), by position
    _by_token: dict[int, int] = field(default_factory=dict)

    def index(self, doc: Doc) -> ActorIndex:
        for n, (m, _, _) in enumerate(self.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self._by_token[t.i] = n
        return self

    def at(self, token: Token) -> tuple[Mention, str, str] | None:
        n = self._by_token.get(token.i)
        return self.mentions[n] if n is not None else None

    def before(
        self, token: Token, kinds: set[str], subjects: bool = False, only_subjects: bool = False
    ) -> tuple[Mention, str, str] | None:
        """The nearest mention before *token* of one of *kinds* (pronoun antecedent).

        With *subjects*, a mention that is a clause subject in the last three sentences wins
        over a nearer one that is not: definite descriptions ("the terror group") refer back
        to the actor the text is about.
        """
        best = None
        salient = None
        doc = token.doc
        window = token.sent.start_char - 600
        for m in self.mentions:
            if m[0].start >= token.idx:
                break
            if m[2] in kinds:
                best = m
                span = doc.char_span(m[0].start, m[0].end, alignment_mode="expand")
                if (
                    subjects
                    and m[0].start >= window
                    and span is not None
                    and span.root.dep_ in {"nsubj", "nsubjpass"}
                ):
                    salient = m
        return salient if only_subjects else salient or best
