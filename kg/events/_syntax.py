"""Syntax the event readers share: dependency labels, lines, clause subjects, voice, objects.

Pure functions of the parse: they know no actors and no event words beyond the verbs that
raise or support another (the word classes and the lexicon).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.events.lexicon import Lexicon, word_classes
from kg.parsed import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.model import Mention

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}

FINAL_PUNCTUATION = ".!?:;\"”’')"
"""What ends a sentence line; a line without it is a heading or a list item."""


def unstopped(line: str) -> bool:
    """Whether *line* has words and no :data:`FINAL_PUNCTUATION` at its end: a headline, a
    heading or a list item, no sentence."""
    line = line.rstrip()
    return bool(line) and line[-1] not in FINAL_PUNCTUATION


def starts_line(t: Token) -> bool:
    """Whether *t* is the first token of the text or of a line."""
    return t.i == 0 or "\n" in t.doc[t.i - 1].text + t.doc[t.i - 1].whitespace_


@dataclass
class _Lines:
    """A document's text and where its lines start, read once per document (``doc.text``
    joins every token: reading it per token would cost the square of the document's length)."""

    text: str
    starts: list[int]  # offset of each line's first character
    memo: dict[tuple[str, int], bool] = field(default_factory=dict)


def _lines(doc: Doc) -> _Lines:
    """*doc*'s lines, indexed on first use and kept in ``doc.user_data``."""
    lines = doc.user_data.get("kg.events.lines")
    if not isinstance(lines, _Lines):
        text = doc_text(doc)
        starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
        lines = doc.user_data["kg.events.lines"] = _Lines(text, starts)
    return lines


def mention_root(doc: Doc, mention: Mention) -> Token | None:
    """The head token of *mention*'s words in *doc* (expanded to whole tokens), None where its
    offsets cover no token."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def line_bounds(t: Token) -> tuple[int, int]:
    """The character offsets of the line *t* stands in, without its newline."""
    lines = _lines(t.doc)
    n = bisect_right(lines.starts, t.idx) - 1
    end = lines.starts[n + 1] - 1 if n + 1 < len(lines.starts) else len(lines.text)
    return lines.starts[n], end


def line_text(t: Token, start: int | None = None) -> str:
    """The text of the line *t* stands in, from *start* (a character offset) if given."""
    begin, end = line_bounds(t)
    return _lines(t.doc).text[begin if start is None else start : end]


def of_line(t: Token, name: str, test: Callable[[str], bool]) -> bool:
    """``test(line)`` for the line *t* stands in, computed once per line and *name*."""
    lines = _lines(t.doc)
    key = (name, line_bounds(t)[0])
    if key not in lines.memo:
        lines.memo[key] = test(line_text(t))
    return lines.memo[key]


def clause_subject(
    verb: Token, through: frozenset[str] = frozenset({"conj", "xcomp", "advcl"})
) -> tuple[Token | None, bool]:
    """The subject of *verb*, inherited through coordination and control; (token, is_passive).

    A subject raised from an active complement acts in it: in "Hamas is said to have attacked
    the base" Hamas is the passive subject of "said" and the subject of "attacked"."""
    seen = 0
    raised = False
    own = verb
    while seen < 6:
        seen += 1
        for c in verb.children:
            if headline_speaker(c) or _markup(c):
                continue  # "Hamas: Israel bombed a school": Hamas says it, Israel did it
            if c.dep_ in SUBJECTS:
                return c, False
            if c.dep_ in PASSIVE_SUBJECTS:
                return c, not (raised and not is_passive(own))
        if verb.dep_ in through and verb.head.i != verb.i:
            if verb.dep_ == "conj" and {verb.tag_, verb.head.tag_} == {"VBZ", "VBP"}:
                return None, False  # "if the Taliban end ..., and hopes to": not their subject
            raised = raised or verb.dep_ == "xcomp"
            verb = verb.head
            continue
        if verb.dep_ == "acomp" or verb.head.pos_ == "ADJ":
            verb = verb.head
            continue
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "the IRA's decision to carry out the attacks": whose decision, who does it (a
            # name: "their plans to hijack" leaves "their" too far from its antecedent)
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            return (owner, False) if owner is not None and owner.pos_ != "PRON" else (None, False)
        return None, False
    return None, False


def _markup(t: Token) -> bool:
    """Whether *t* is no word but markup the parser took for one ("=" of a "==Attack=="
    heading run into the next sentence): never a verb's subject."""
    return not any(ch.isalnum() for ch in t.text)


def headline_speaker(t: Token) -> bool:
    """Whether *t* heads a name followed by a colon at the start of a line, the way headlines
    attribute what follows ("Hamas: Israel bombed a school")."""
    if doc_text(t.doc).find(":", t.idx) < 0:
        return False  # no colon after it: the one test most words fail, without the parse
    after = t.right_edge.i + 1
    colon = any(c.dep_ == "punct" and c.text == ":" and c.i > t.i for c in t.children)
    if not colon and (after >= len(t.doc) or t.doc[after].text != ":"):
        return False
    return starts_line(t.left_edge)


def passive_light_verb(t: Token, lexicon: Lexicon) -> Token | None:
    """The passive support verb whose subject the event noun *t* is ("warnings were given to
    the police", "the attack is believed to have been carried out by ETA")."""
    if t.dep_ not in PASSIVE_SUBJECTS:
        return None
    verb = t.head
    if verb.lemma_.lower() in word_classes().raising_verbs:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb if verb.lemma_.lower() in lexicon.light_verbs else None


def passive_support(t: Token, lexicon: Lexicon) -> Token | None:
    """The passive support verb with a by-phrase whose subject the event noun *t* is ("the
    attack was carried out by ETA", "is believed to have been carried out by ETA")."""
    verb = passive_light_verb(t, lexicon)
    if verb is not None and any(c.dep_ == "agent" for c in verb.children):
        return verb
    return None


def is_passive(verb: Token) -> bool:
    """Whether *verb* is passive: a passive auxiliary or subject, or a participle with a
    by-phrase ("Chekatt, shot dead by police")."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def absolute_subject(verb: Token) -> Token | None:
    """The noun a participle after "with" is said of ("killed, with four civilians wounded",
    "with two of them killed", "killed with two Americans injured"): what underwent it, in an
    absolute construction that has no subject of its own; None for other verbs."""
    if verb.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    if subjects and (
        any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
        or (verb.dep_ == "pcomp" and verb.head.lower_ == "with")
    ):
        return subjects[0]
    if subjects or verb.dep_ != "advcl":
        return None
    return next(
        (p for w in verb.sent if (p := absolute_object(w)) is not None
         and p.right_edge.i + 1 == verb.i),
        None,
    )


def absolute_object(prep: Token) -> Token | None:
    """The object of a "with" phrase that the participle right after it is said of ("killed
    with two Americans injured": "Americans"), which fills none of the roles of the word the
    phrase hangs on; None for other prepositions."""
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    for p in prep.children:
        after = p.right_edge.i + 1
        if p.dep_ != "pobj" or after >= len(p.doc):
            continue
        v = p.doc[after]
        if (
            v.dep_ == "advcl"
            and v.tag_ in {"VBN", "VBD"}
            and not any(x.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"aux", "auxpass"}
                        for x in v.children)
        ):
            return p
    return None


def agent_objects(verb: Token) -> list[Token]:
    """The objects of *verb*'s by-phrases ("ETA" in "carried out by ETA")."""
    return [
        p
        for agent in verb.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
    ]


def prep_objects(head: Token, words: set[str] | frozenset[str]) -> list[Token]:
    """The objects of *head*'s prepositions among *words* ("Hamas" in "blamed it on Hamas")."""
    return [
        p
        for c in head.children
        if c.dep_ in {"prep", "dative"} and c.lower_ in words
        for p in c.children
        if p.dep_ == "pobj"
    ]


def ends(verb: Token) -> bool:
    """Whether *verb* ends, halts or calls off what its object names (an ending verb, or one
    with its particle: "suspended the talks", "called off the meeting")."""
    endings = word_classes().ending_verbs
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in endings or any(f"{lemma} {p}" in endings for p in particles)
