"""The actor index: a document's resolved actor mentions, looked up by token or position."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from kg.events._syntax import mention_root
from kg.model import ActorRef, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ActorIndex"]


class ActorIndex:
    """The resolved actor mentions of one document, looked up by token.

    *mentions* are ``(mention, actor, actor type)`` triples (:class:`kg.model.ActorRef`), kept
    in order of position; *sexes* the sex ("m", "f") of the people the text tells it of, by
    actor; :meth:`index` maps the tokens of the parsed document onto them. Each lookup costs
    the logarithm of the number of mentions, or the mentions in a window before a token, never
    all of them.
    """

    def __init__(
        self, mentions: Iterable[tuple[Mention, str, str]], sexes: Mapping[str, str] | None = None
    ) -> None:
        self.mentions = sorted((ActorRef._make(m) for m in mentions), key=lambda a: a.mention.start)
        self._sexes = dict(sexes or {})  # actor -> "m" or "f", where the text tells it
        self._by_token: dict[int, int] = {}
        self._by_type: dict[str, tuple[list[int], list[int]]] = {}  # type -> (starts, positions)
        for n, ref in enumerate(self.mentions):
            starts, positions = self._by_type.setdefault(ref.type, ([], []))
            starts.append(ref.mention.start)
            positions.append(n)
        self._sentence_starts: list[int] = []

    def index(self, doc: Doc) -> ActorIndex:
        """Map the tokens of *doc* that each mention covers to it; returns the index."""
        for n, ref in enumerate(self.mentions):
            m = ref.mention
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self._by_token[t.i] = n
        self._sentence_starts = [s.start for s in doc.sents]
        return self

    def sex(self, actor: str) -> str:
        """The sex ("m", "f") the text tells of *actor*, else ""."""
        return self._sexes.get(actor, "")

    def at(self, token: Token) -> ActorRef | None:
        """The actor mention *token* stands in, if any."""
        n = self._by_token.get(token.i)
        return self.mentions[n] if n is not None else None

    def sentence(self, token: Token) -> int:
        """The index of the sentence *token* stands in (of the document indexed)."""
        return bisect_right(self._sentence_starts, token.i) - 1

    def before(
        self,
        token: Token,
        types: Collection[str],
        subjects: bool = False,
        only_subjects: bool = False,
        sex: str = "",
    ) -> ActorRef | None:
        """The nearest mention before *token* of an actor of one of *types* (a pronoun's
        antecedent), passing over people of the other sex than *sex* ("he" is not the "Julie
        Brandau" named last).

        With *subjects*, a mention that is a clause subject in the last three sentences wins
        over a nearer one that is not: definite descriptions ("the terror group") refer back
        to the actor the text is about.
        """
        best = salient = -1
        window = token.sent.start_char - 600
        for actor_type in set(types):
            starts, positions = self._by_type.get(actor_type, ([], []))
            k = bisect_left(starts, token.idx) - 1
            while k >= 0 and self._other_sex(self.mentions[positions[k]], sex):
                k -= 1
            if k < 0:
                continue
            best = max(best, positions[k])
            while subjects and k >= 0 and starts[k] >= window:
                if self._other_sex(self.mentions[positions[k]], sex):
                    k -= 1
                    continue
                if self._subject(token.doc, self.mentions[positions[k]]):
                    salient = max(salient, positions[k])
                    break
                k -= 1
        found = salient if only_subjects or salient >= 0 else best
        return self.mentions[found] if found >= 0 else None

    def _other_sex(self, ref: ActorRef, sex: str) -> bool:
        """Whether *ref* names a person the text tells is not of *sex* (given)."""
        return bool(sex) and self._sexes.get(ref.actor, sex) != sex

    @staticmethod
    def _subject(doc: Doc, ref: ActorRef) -> bool:
        root = mention_root(doc, ref.mention)
        return root is not None and root.dep_ in {"nsubj", "nsubjpass"}
