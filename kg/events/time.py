"""Event dates: time expressions resolved against the document date into ISO dates or intervals.

News reports the past: "on Monday" is the latest Monday on or before the document date, and
"August 15" without a year is the latest August 15 on or before it. What a sentence says will
happen ("will attack on Tuesday", "next week") looks forward instead. Without a document date,
only what the text dates itself ("August 15, 2021") has a date; the rest has none, on the basis
``unknown``.

A year is four digits without a leading zero, from 1000 to 2100, in a year context: with a
month or day ("March 2019", "2 May 2011"), or after a preposition, determiner or possessive
("in 1852", "since 2011", "the 2014 attack", "Russia's 2014 annexation"). A phone number
("0845 125 2222") or a clock time ("1052 GMT (1852 HKT)") is no year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.events.lexicon import word_classes
from kg.parsed import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["UNKNOWN", "YEARS", "event_date", "resolve_date"]

UNKNOWN = "unknown"
"""The date basis of an event with no date: neither the text nor the document dates it."""
YEARS = range(1000, 2101)
"""The years a news text names: "in 1852", "by 2050"."""

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"^(?:year\s+)?(\d{4})$")


def _past(candidate: dt.date, reference: dt.date) -> dt.date:
    return candidate if candidate <= reference else candidate.replace(year=candidate.year - 1)


def _next(candidate: dt.date, reference: dt.date) -> dt.date:
    return candidate if candidate >= reference else candidate.replace(year=candidate.year + 1)


def _month(year: int, month: int, until: dt.date | None = None) -> str:
    """The interval of a month, cut at *until* when the month is not over yet."""
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    end = min(last, until) if until is not None else last
    return f"{year:04d}-{month:02d}-01/{end.isoformat()}"


def _year(digits: str | None) -> int | None:
    """The year four digits write: no leading zero ("0845" is no year), within YEARS."""
    if digits is None or len(digits) != 4 or digits[0] == "0" or int(digits) not in YEARS:
        return None
    return int(digits)


def _day(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_date(
    expression: str, reference: dt.date | None, future: bool = False, bare_year: bool = True
) -> tuple[str, str] | None:
    """Resolve a time expression to ``(iso, basis)`` or None when it names no date.

    Parameters
    ----------
    expression : str
        The text of a DATE or TIME entity: "Monday", "Sunday night", "August 15", "last week".
    reference : datetime.date or None
        The document date; relative expressions need it.
    future : bool
        Whether the sentence tells what will happen: "Tuesday" and "August 15" are then the
        next ones on or after the document date (an explicit "next"/"last" always wins).
    bare_year : bool
        Whether four digits alone ("2014", "in 2014") may be a year: :func:`event_date` says
        so from the words around the expression.

    Returns
    -------
    tuple of str or None
        An ISO date ("2021-09-06") or interval ("2021-08-30/2021-09-05"), and its basis:
        ``explicit`` (the text names the date) or ``relative`` (computed from the document date).
    """
    text = expression.strip().lower()
    text = re.sub(r"^(?:on|in|at|by|since|from|the)\s+", "", text)
    if (m := _ISO.search(text)) and (d := _day(_year(m[1]), int(m[2]), int(m[3]))):
        return d.isoformat(), "explicit"
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        if m := pattern.search(text):
            day, month = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            if m[3]:
                if d := _day(_year(m[3]), _MONTHS[month.lower()], int(day)):
                    return d.isoformat(), "explicit"
            elif reference is not None:
                d = _day(reference.year, _MONTHS[month.lower()], int(day))
                if d is not None:
                    near = _next(d, reference) if future else _past(d, reference)
                    return near.isoformat(), "explicit"
    if (m := _MONTH_YEAR.search(text)) and (year := _year(m[2])) is not None:
        return _month(year, _MONTHS[m[1].lower()]), "explicit"
    if bare_year and (m := _YEAR.match(text)) and _year(m[1]) is not None:
        return f"{m[1]}-01-01/{m[1]}-12-31", "explicit"
    if reference is None:
        return None
    if m := re.fullmatch(rf"(?:early |late |mid-?)?({_MONTH_RE})\.?", text):
        month = _MONTHS[m[1]]
        year = reference.year
        if not future and month > reference.month:
            year -= 1  # "in December", told in March: the December before
        elif future and month < reference.month:
            year += 1
        current = (year, month) == (reference.year, reference.month)
        return _month(year, month, reference if current and not future else None), "explicit"
    return _relative(text, reference, future)


def _relative(text: str, reference: dt.date, future: bool) -> tuple[str, str] | None:
    """A date counted from the document date: "yesterday", "on Tuesday", "last week"."""
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", text):
        return reference.isoformat(), "relative"
    if re.search(r"\b(?:yesterday|last night)\b", text):
        return (reference - dt.timedelta(days=1)).isoformat(), "relative"
    if re.search(r"\btomorrow\b", text):
        return (reference + dt.timedelta(days=1)).isoformat(), "relative"
    for name, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            if text.startswith("next ") or (future and not text.startswith("last ")):
                ahead = (weekday - reference.weekday()) % 7
                if text.startswith("next ") and ahead == 0:
                    ahead = 7
                return (reference + dt.timedelta(days=ahead)).isoformat(), "relative"
            back = (reference.weekday() - weekday) % 7
            if text.startswith("last ") and back == 0:
                back = 7
            return (reference - dt.timedelta(days=back)).isoformat(), "relative"
    if re.search(r"\bnext week\b", text):
        monday = reference + dt.timedelta(days=7 - reference.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "relative"
    if re.search(r"\b(?:earlier )?this month\b", text):
        return _month(reference.year, reference.month, reference), "relative"
    if re.search(r"\blast month\b", text):
        first = reference.replace(day=1) - dt.timedelta(days=1)
        return _month(first.year, first.month), "relative"
    if re.search(r"\b(?:earlier )?this year\b", text):
        return f"{reference.year:04d}-01-01/{reference.isoformat()}", "relative"
    if re.search(r"\blast year\b", text):
        return f"{reference.year - 1:04d}-01-01/{reference.year - 1:04d}-12-31", "relative"
    if re.search(r"\blast week\b", text):
        monday = reference - dt.timedelta(days=reference.weekday() + 7)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "relative"
    if re.search(r"\bthis week\b", text):
        monday = reference - dt.timedelta(days=reference.weekday())
        return f"{monday.isoformat()}/{reference.isoformat()}", "relative"
    if m := re.search(r"\b(\d+|[a-z]+) days ago\b", text):
        n = int(m[1]) if m[1].isdigit() else word_classes().number_words.get(m[1])
        if n is not None:
            return (reference - dt.timedelta(days=n)).isoformat(), "relative"
    return None


def event_date(t: Token, reference: dt.date | None) -> tuple[str | None, str]:
    """The date of the time expression nearest trigger *t* in its sentence, else the document
    date; with neither, ``(None, "unknown")``."""
    expressions = [
        e for e in _sentence_ents(t) if e.label_ in {"DATE", "TIME"} and not _dates_other(e, t)
    ]
    attached = [e for e in expressions if any(a.i == t.i for a in e.root.ancestors)]
    future_aux = word_classes().future_aux
    future = any(
        c.dep_ == "aux" and c.lower_ in future_aux
        for node in (t, *list(t.ancestors)[:3])
        for c in node.children
    )
    for e in sorted(attached, key=lambda e: abs(e.start - t.i)) + sorted(
        expressions, key=lambda e: abs(e.start - t.i)
    ):
        if resolved := resolve_date(e.text, reference, future, _year_context(e)):
            return resolved
    if reference is not None:
        return reference.isoformat(), "document"
    return None, UNKNOWN


def _dates_other(e: Span, t: Token) -> bool:
    """Whether time expression *e* dates an apposition or a relative clause set off by a comma
    describing a noun, one without trigger *t*: "Mat Maid, a cooperative begun in 1936, tried
    to help" (no help in 1936), "Lowell, the 2007 World Series MVP", "Esther Williams, who swam
    to stardom in the 1940s, dies at 91". Other clauses keep their dates: "shot by a gunman who
    marched into the party Friday night", "vessels transiting the Gulf on Friday" are mostly
    the time of the event told, or the parser's attachment of it."""
    for node in e.root.ancestors:
        if node.i == t.i:
            return False
        aside = node.dep_ == "appos" or (
            node.dep_ == "relcl"
            and node.head.i != t.i  # "attacks on Gaza, which Israel launched on 27 December"
            and node.left_edge.i > 0
            and e.doc[node.left_edge.i - 1].text == ","
        )
        if aside and node.ent_type_ not in {"DATE", "TIME"}:
            on_lines = sorted((node.idx, e.start_char, t.idx))
            same_line = "\n" not in doc_text(e.doc)[on_lines[0] : on_lines[-1]]  # not a headline
            return same_line and not node.left_edge.i <= t.i <= node.right_edge.i
    return False


def _sentence_ents(t: Token) -> list[Span]:
    """``t.sent.ents``, from the document's entities read once (``doc.ents`` makes every
    entity's Span again at each access). They are kept as bounds and labels, not Spans, which
    would tie the Doc in a reference cycle and keep it in memory until a full collection."""
    from spacy.tokens import Span  # imported where Docs are read, not with the module

    doc = t.doc
    ents = doc.user_data.get("kg.events.ents")
    if not isinstance(ents, tuple):
        ents = doc.user_data["kg.events.ents"] = tuple(
            (e.start, e.end, e.label) for e in doc.ents
        )
    sent = t.sent
    found = []
    for start, end, label in ents:  # as Span.ents: inside the sentence, up to one running past
        if start >= sent.start:
            if end > sent.end:
                break
            found.append(Span(doc, start, end, label=label))
    return found


_LEADS = {"IN", "TO", "PRP$", "POS"}
"""Tags of what introduces a year: a preposition or subordinator ("since 1991", "to 2005"), a
possessive ("its 2012 report", "Russia's 2014 annexation")."""


def _year_context(e: Span) -> bool:
    """Whether four digits alone in date expression *e* are a year: a DATE after a preposition,
    determiner or possessive, its own or the word before it ("in 2014", "the 2014 attack",
    "Russia's 2014 annexation", "the year 2014"), and not followed by another number ("on 1800
    123 456"). A clock time is not ("1052 GMT (1852 HKT)", a TIME "1800 hours")."""
    doc = e.doc
    lead = e[0] if not e[0].like_num else doc[e.start - 1] if e.start > 0 else None
    after = doc[e.end] if e.end < len(doc) else None
    return (
        e.label_ == "DATE"
        and lead is not None
        and (lead.pos_ in {"ADP", "DET"} or lead.tag_ in _LEADS or lead.lower_ == "year")
        and not (after is not None and after.like_num)
    )
