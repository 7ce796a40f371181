"""Time expressions resolved against the document date."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.events.time import event_date, resolve_date
from tests.events.parses import parse

MONDAY = dt.date(2021, 9, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday", ("2021-09-06", "relative")),
        ("on Monday", ("2021-09-06", "relative")),
        ("Sunday night", ("2021-09-05", "relative")),
        ("last Monday", ("2021-08-30", "relative")),
        ("yesterday", ("2021-09-05", "relative")),
        ("today", ("2021-09-06", "relative")),
        ("last week", ("2021-08-30/2021-09-05", "relative")),
        ("three days ago", ("2021-09-03", "relative")),
        ("August 15", ("2021-08-15", "explicit")),
        ("15 August", ("2021-08-15", "explicit")),
        ("Aug. 15", ("2021-08-15", "explicit")),
        ("December 25", ("2020-12-25", "explicit")),
        ("March 3, 2019", ("2019-03-03", "explicit")),
        ("March 2019", ("2019-03-01/2019-03-31", "explicit")),
        ("2017", ("2017-01-01/2017-12-31", "explicit")),
        ("2021-08-31", ("2021-08-31", "explicit")),
        ("in December", ("2020-12-01/2020-12-31", "explicit")),  # told in September
        ("early September", ("2021-09-01/2021-09-06", "explicit")),  # not over yet
        ("earlier this month", ("2021-09-01/2021-09-06", "relative")),
        ("last month", ("2021-08-01/2021-08-31", "relative")),
        ("this year", ("2021-01-01/2021-09-06", "relative")),
        ("last year", ("2020-01-01/2020-12-31", "relative")),
        ("next Tuesday", ("2021-09-07", "relative")),
        ("next Monday", ("2021-09-13", "relative")),
        ("tomorrow", ("2021-09-07", "relative")),
        ("next week", ("2021-09-13/2021-09-19", "relative")),
    ],
)
def test_expressions(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, MONDAY) == expected


@pytest.mark.parametrize("text", ["20 years", "decades", "the past", "February 30"])
def test_durations_and_impossible_dates_are_not_dates(text: str) -> None:
    assert resolve_date(text, MONDAY) is None


def test_relative_needs_a_document_date() -> None:
    assert resolve_date("Monday", None) is None
    assert resolve_date("August 15, 2021", None) == ("2021-08-15", "explicit")


@given(
    st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
)
def test_weekday_is_the_latest_on_or_before_the_document_date(ref: dt.date, day: str) -> None:
    resolved = resolve_date(day, ref)
    assert resolved is not None
    got = dt.date.fromisoformat(resolved[0])
    assert got.strftime("%A") == day and 0 <= (ref - got).days < 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday", ("2021-09-10", "relative")),
        ("on Monday", ("2021-09-06", "relative")),
        ("last Friday", ("2021-09-03", "relative")),
        ("August 15", ("2022-08-15", "explicit")),
        ("December", ("2021-12-01/2021-12-31", "explicit")),
    ],
)
def test_a_future_sentence_looks_forward(text: str, expected: tuple[str, str]) -> None:
    assert resolve_date(text, MONDAY, future=True) == expected


@given(
    st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
)
def test_next_weekday_is_within_the_coming_week(ref: dt.date, day: str) -> None:
    resolved = resolve_date(f"next {day}", ref)
    assert resolved is not None
    got = dt.date.fromisoformat(resolved[0])
    assert got.strftime("%A") == day and 0 < (got - ref).days <= 7


@given(
    st.dates(min_value=dt.date(1900, 2, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from([m.lower() for m in calendar.month_name if m]),
)
def test_a_bare_month_is_a_past_interval_ending_by_the_document_date(
    ref: dt.date, month: str
) -> None:
    resolved = resolve_date(month, ref)
    assert resolved is not None
    start, end = (dt.date.fromisoformat(x) for x in resolved[0].split("/"))
    assert start.day == 1 and start <= end <= ref and (ref - start).days < 366


@pytest.mark.slow
def test_an_event_told_in_the_future_tense_is_dated_ahead(read) -> None:  # type: ignore[no-untyped-def]
    x = read("The rebels will attack Goma on Friday. The rebels attacked Bukavu on Friday.")
    dates = {e.date for e in x.events}
    assert dates == {"2021-09-10", "2021-09-03"}  # the document is dated Monday 2021-09-06


@pytest.mark.parametrize("text", ["0845", "0999", "May 0845", "3 May 0845", "0845-03-01", "999"])
def test_a_year_has_four_digits_and_no_leading_zero(text: str) -> None:
    assert resolve_date(text, None) is None


@pytest.mark.parametrize(
    ("text", "year"), [("1852", "1852"), ("in 2014", "2014"), ("2100", "2100")]
)
def test_a_year_in_the_range_news_name(text: str, year: str) -> None:
    assert resolve_date(text, None) == (f"{year}-01-01/{year}-12-31", "explicit")
    assert resolve_date(text, MONDAY, bare_year=False) is None  # no year context
    assert resolve_date("2101", MONDAY) is None


def test_without_a_document_date_only_what_the_text_dates_has_a_date() -> None:
    for relative in ("yesterday", "on Tuesday", "last week", "in December", "three days ago"):
        assert resolve_date(relative, None) is None, relative
    assert resolve_date("2 May 2011", None) == ("2011-05-02", "explicit")


def _dated(table: str, ents: str, reference: dt.date | None = MONDAY) -> tuple[str | None, str]:
    doc = parse(table, ents)
    (verb,) = [t for t in doc if t.pos_ == "VERB"]
    return event_date(verb, reference)


def test_a_phone_number_is_no_year() -> None:
    # "Call police on 0845 125 2222." (the model tags the number a DATE)
    table = """
        Call   call   VERB  VB  ROOT    0
        police police NOUN  NN  dobj    0
        on     on     ADP   IN  prep    0
        0845   0845   NUM   CD  nummod  5
        125    125    NUM   CD  nummod  5
        2222   2222   NUM   CD  pobj    2
        .      .      PUNCT .   punct   0
    """
    assert _dated(table, "O O O B-DATE I-DATE I-DATE O") == ("2021-09-06", "document")
    assert _dated(table, "O O O B-DATE O O O") == ("2021-09-06", "document")
    # "on 1800 123 456": a year's digits followed by more digits are a phone number too
    one_eight = table.replace("0845   0845", "1800   1800")
    assert _dated(one_eight, "O O O B-DATE O O O") == ("2021-09-06", "document")


def test_a_clock_time_is_no_year() -> None:
    # "POSTED: 1052 GMT (1852 HKT), a man was shot" (the model tags 1852 a DATE)
    table = """
        POSTED POST  VERB  VBN ROOT   0
        :      :     PUNCT :   punct  0
        1052   1052  NUM   CD  nummod 3
        GMT    GMT   PROPN NNP dobj   0
        (      (     PUNCT -LRB- punct 3
        1852   1852  NUM   CD  nummod 6
        HKT    HKT   PROPN NNP appos  3
        )      )     PUNCT -RRB- punct 3
    """
    assert _dated(table, "O O B-CARDINAL B-ORG O B-DATE B-ORG O") == ("2021-09-06", "document")


def test_a_year_after_a_preposition_determiner_or_possessive() -> None:
    # "Rebels attacked the town in 1852." / "... the 2014 attack" style modifiers
    table = """
        Rebels   rebel    NOUN  NNS nsubj 1
        attacked attack   VERB  VBD ROOT  1
        the      the      DET   DT  det   3
        town     town     NOUN  NN  dobj  1
        in       in       ADP   IN  prep  1
        1852     1852     NUM   CD  pobj  4
        .        .        PUNCT .   punct 1
    """
    assert _dated(table, "O O O O O B-DATE O") == ("1852-01-01/1852-12-31", "explicit")
    assert _dated(table, "O O O O B-DATE I-DATE O") == ("1852-01-01/1852-12-31", "explicit")
    assert _dated(table, "O O O O O B-TIME O") == ("2021-09-06", "document")


def test_an_undated_document_gives_undated_events() -> None:
    table = """
        Rebels   rebel    NOUN  NNS nsubj 1
        attacked attack   VERB  VBD ROOT  1
        on       on       ADP   IN  prep  1
        Tuesday  Tuesday  PROPN NNP pobj  2
        .        .        PUNCT .   punct 1
    """
    assert _dated(table, "O O O B-DATE O", reference=None) == (None, "unknown")
    assert _dated(table, "O O O B-DATE O") == ("2021-08-31", "relative")


def test_a_date_describing_a_noun_does_not_date_the_event() -> None:
    # "Rebels, a group formed in 1990, attacked the town.": the group was formed in 1990
    table = """
        Rebels   rebel    NOUN  NNS nsubj 8
        ,        ,        PUNCT ,   punct 0
        a        a        DET   DT  det   3
        group    group    NOUN  NN  appos 0
        formed   form     VERB  VBN acl   3
        in       in       ADP   IN  prep  4
        1990     1990     NUM   CD  pobj  5
        ,        ,        PUNCT ,   punct 0
        attacked attack   VERB  VBD ROOT  8
        the      the      DET   DT  det   10
        town     town     NOUN  NN  dobj  8
        .        .        PUNCT .   punct 8
    """
    ents = "O O O O O O B-DATE O O O O O"
    doc = parse(table, ents)
    assert event_date(doc[8], MONDAY) == ("2021-09-06", "document")
    # the same words hung from the verb ("Rebels, in 1990, attacked the town") date it
    doc = parse(table.replace("ADP   IN  prep  4", "ADP   IN  prep  8"), ents)
    assert event_date(doc[8], MONDAY) == ("1990-01-01/1990-12-31", "explicit")


def test_a_date_in_a_relative_clause_set_off_by_commas_does_not_date_the_event() -> None:
    # "Reed, who won in 1990, died." / "A man who won in 1990 died.": the aside tells its own past
    table = """
        Reed   Reed  PROPN NNP nsubj 6
        ,      ,     PUNCT ,   punct 0
        who    who   PRON  WP  nsubj 3
        won    win   VERB  VBD relcl 0
        in     in    ADP   IN  prep  3
        1990   1990  NUM   CD  pobj  4
        died   die   VERB  VBD ROOT  6
        .      .     PUNCT .   punct 6
    """
    ents = "B-PERSON O O O O B-DATE O O"
    assert event_date(parse(table, ents)[6], MONDAY) == ("2021-09-06", "document")
    restrictive = """
        The    the   DET   DT  det   1
        man    man   NOUN  NN  nsubj 6
        who    who   PRON  WP  nsubj 3
        won    win   VERB  VBD relcl 1
        in     in    ADP   IN  prep  3
        1990   1990  NUM   CD  pobj  4
        died   die   VERB  VBD ROOT  6
        .      .     PUNCT .   punct 6
    """
    doc = parse(restrictive, "O O O O O B-DATE O O")
    assert event_date(doc[6], MONDAY) == ("1990-01-01/1990-12-31", "explicit")
    about_the_event = """
        Reed    Reed   PROPN NNP nsubj 1
        ended   end    VERB  VBD ROOT  1
        attacks attack NOUN  NNS dobj  1
        ,       ,      PUNCT ,   punct 2
        which   which  PRON  WDT dobj  6
        he      he     PRON  PRP nsubj 6
        began   begin  VERB  VBD relcl 2
        in      in     ADP   IN  prep  6
        1990    1990   NUM   CD  pobj  7
        .       .      PUNCT .   punct 1
    """
    doc = parse(about_the_event, "B-PERSON O O O O O O O B-DATE O")
    assert event_date(doc[2], MONDAY) == ("1990-01-01/1990-12-31", "explicit")  # when they began
