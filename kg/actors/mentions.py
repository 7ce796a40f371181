"""Actor mentions in one parsed document: named-entity spans cleaned, split and completed.

The statistical NER proposes spans; this stage drops what is never an actor (dates, numbers,
works of art), strips titles, determiners and possessives (kept as attributes), splits
coordinated and dashed names, and adds what the NER misses: acronyms defined in the text and
names from the actor dictionary.
"""

from __future__ import annotations

import calendar
import csv
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from itertools import accumulate
from typing import TYPE_CHECKING

from kg.actors.gazetteer import Gazetteer, name_key
from kg.actors.words import actor_words, first_name_gender, first_name_variants
from kg.model import MentionLabel
from kg.parsed import doc_text, english_word_classes, sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ACTOR_LABELS",
    "PARTICIPANT",
    "Candidate",
    "find_candidates",
    "participant_nouns",
    "participant_sectors",
    "strip_name",
]

_WORDS = actor_words()  # kg/actors/data/words.yaml

ACTOR_LABELS = frozenset(
    {
        MentionLabel.PERSON,
        MentionLabel.ORG,
        MentionLabel.GPE,
        MentionLabel.LOC,
        MentionLabel.FAC,
        MentionLabel.NORP,
    }
)

# Longest first so "Lt. Gen" wins over "Lt.".
TITLES = sorted(_WORDS.titles, key=lambda t: (-len(t), t))
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+)+", re.IGNORECASE
)
_DETERMINER_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?:['’]s|s['’])$")
_QUOTES = "\"'‘’“”`"
_NOT_NAMES = _WORDS.not_names | _WORDS.weekdays
_ABBREVIATION_END_RE = re.compile(r"(?:^|\.)[A-Za-z]\.$")  # "U.S.", "D.C.", not "Kan."
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[^\w-])(?:a|an|the) $", re.IGNORECASE)
"""An article right before a name, as a word of its own: "the Colts", "A Briton" opening the
text; not the end of a word ("Bosnian Serbs")."""
_AGE_RE = re.compile(r"^,\s*(?:now\s+|aged\s+)?\d{1,3}\s*[,.;]")  # "Tsarnaev, 20, ..."
_APPOSITION_RE = re.compile(
    r"^,\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS.apposition_nouns))
    + r")\b"
)  # "Henrique Capriles, an opposition leader"
_OCCUPATION_APPOSITION_RE = re.compile(
    r"^,\s+(?:a|an|the|another)?\s*(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS.occupations, key=lambda w: (-len(w), w)))
    + r")(?=\s*[,.;:)]|\s+(?:of|for|at|with|who|whose|in)\b)"
)  # "Lon Wood, another retired Victoria journalist who ...": the phrase ends with the job
_UNIT_AFTER_RE = re.compile(
    r"\s(?:(?:"
    + "|".join(sorted(_WORDS.units))
    + r")|(?:"
    + "|".join(sorted(u.capitalize() for u in _WORDS.units))
    + r")(?!\s+[A-Z]))\b(?!\s+(?:"
    + "|".join(sorted(_WORDS.unit_followers))
    + r")\b)"
)  # "Helmand Province", "Idlib province"; not "U.S. District Judge", "district of Barking"
_APPOSITION_OPEN_RE = re.compile(r"^\s*(?:[-–—]|,)\s*(?:the\s+)?")
_OWNER_ROLE_RE = re.compile(r"^['’]s?\s+([A-Za-z][\w-]*)\b(?!\s+[A-Z])")
# "X, the group's leader"; not "X, the group's leader Amrullah Saleh": the role is Saleh's
_BUILDING_AFTER_RE = re.compile(
    r"\s(?:" + "|".join(sorted(_WORDS.building_heads)) + r")\b(?![-’'])"
)
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
_STREET_AFTER_RE = re.compile(r"\s(?:" + "|".join(sorted(_WORDS.street_heads)) + r")\b")
_STREET_NAME_AFTER_RE = re.compile(
    r"\s(?:" + "|".join(sorted(h.title() for h in _WORDS.street_heads)) + r")\b"
)
_PRODUCT_RE = re.compile(
    rf"(?:{'|'.join(re.escape(p) for p in sorted(_WORDS.products))})(?:\s.*|\s?\d[\w.]*)?$",
    re.IGNORECASE | re.DOTALL,
)
"""A product's name, alone or before a version or an edition ("IE6", "Windows XP")."""
_TRAILING_LOWER_RE = re.compile(r"(?<=[A-Za-z])(?:\s+[a-z][a-z-]*)+$")
# A number after a name that goes on as a score, a decimal or a measure ("Evansville 51 - 50",
# "Magnitude 4. 6", "the Indy 27 - yd line", "Charles' 80-yard run"): no part of the name.
_SCORE_RE = re.compile(
    r"\s+\d+(?:\s*[-–]\s*(?:\d|(?:yd|yds|yard|yards|ft|foot|feet|inch|inches|meter|meters|metre"
    r"|metres|km|mile|miles|lb|lbs|pound|point|points|minute|minutes|second|seconds)\b)|\.\s?\d)"
)
_CLOCK_BEFORE_RE = re.compile(
    r"(?<![\d:.])(?:\d{1,2} ?[:.] ?\d{2}|\d{4}|\d{1,2}\s?[ap]\.?m\.?)\s*$", re.IGNORECASE
)
_MONTHS = "|".join(sorted({m.lower() for m in (*calendar.month_name, *calendar.month_abbr, "Sept")
                           if m}, key=len, reverse=True))
_DATE_OR_TIME_RE = re.compile(
    # "Jan 5", "March 3rd, 2011", "Dec 2012": a date; "8.49pm", "10:30 a.m.": a time of day
    rf"(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}})"
    r"|.*(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?.*",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")  # every date or time has one: tried before the slow pattern
_SPEECH_VERBS = _WORDS.speech_verbs
_VESSEL_APPOSITION_RE = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w,-]+\s+){0,3}?(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS.vessel_nouns))
    + r")(?:\s*[,.;:)]|\s+(?:of|that|which|with|in|off|on|at|from|to|was|is|and)\b)"
)  # "the Mysore, a 6,900-tonne destroyer, ..."; not "Sam Kerry, a ship captain"
_ACRONYM_DEF_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")

PERSON_ROLES = _WORDS.person_roles
RELATIVE = "relative"  # the cue of a name a noun of family relation introduces
ORG_NAME_HEADS = _WORDS.org_name_heads
_SHIP_BEFORE_RE = re.compile(
    r"(?<![\w/])(?:" + "|".join(re.escape(p) for p in sorted(_WORDS.ship_prefixes)) + r") $"
)
EVENT_NAME_HEADS = _WORDS.event_name_heads
FACILITY_NAME_HEADS = _WORDS.facility_name_heads
PLACE_NAME_HEADS = _WORDS.place_name_heads
PLACE_HEADS = _WORDS.place_heads
_BODY_HEADS = ORG_NAME_HEADS | FACILITY_NAME_HEADS
_NAMESAKE_HEADS = ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_HEADS | _WORDS.namesake_heads


@dataclass
class Candidate:
    """A cleaned span that may name an actor, with the evidence for its type."""

    start: int
    end: int
    text: str
    sentence: int
    label: MentionLabel  # the NER label, or the rule that added the span (DICT, ACRONYM, ...)
    titles: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)  # person / place / group cues from context
    role_noun: str | None = None  # "leader" in "NRFA leader Ahmad Massoud"
    role_of_start: int | None = None  # char start of the actor the role noun is attached to
    conjuncts: list[int] = field(default_factory=list)  # starts of coordinated candidates
    defined_by: int | None = None  # for an acronym: start of the name it abbreviates
    # unnamed participants (label PARTICIPANT) only: the phrase that identifies them in their
    # document ("soldiers", "security forces", "gunman"), and the start of the name that
    # qualifies them ("Afghan" in "Afghan civilians")
    phrase: str | None = None
    qualified_by: int | None = None
    sector: str | None = None  # military, police, security, armed_group: see participant_sectors


def strip_name(text: str) -> tuple[str, int, int, list[str]]:
    """Strip quotes, determiners, titles and possessives from a name.

    Returns the name, the number of characters removed on the left and on the right, and the
    titles found (``"Mullah Mohammad Omar's"`` -> ``("Mohammad Omar", 7, 2, ["Mullah"])``).
    """
    left, right = 0, 0
    titles: list[str] = []
    while True:
        before = (left, right)
        stripped = text.lstrip(_QUOTES + " ")
        left += len(text) - len(stripped)
        text = stripped
        stripped = text.rstrip(_QUOTES + " .,;:-–—")
        if _ABBREVIATION_END_RE.search(text[: len(stripped) + 1]):
            stripped = text[: len(stripped) + 1]  # "U.S." keeps its last dot
        right += len(text) - len(stripped)
        text = stripped
        if m := _DETERMINER_RE.match(text):
            left, text = left + m.end(), text[m.end() :]
        if (m := _TITLE_RE.match(text)) and m.end() < len(text) and not _body_name(text):
            titles.extend(t for t in re.split(r"\s+", m.group(0).strip()) if t)
            left, text = left + m.end(), text[m.end() :]
        if m := _POSSESSIVE_RE.search(text):
            cut = len(m.group(0)) if m.group(0)[0] in "'’" else 1
            right, text = right + cut, text[:-cut]
        if (left, right) == before:
            return text, left, right, _merge_titles(titles)


def _body_name(name: str) -> bool:
    """Whether a name is an organisation's or a facility's by its head word (the last word
    before "of"/"for", else the last): a title word starting it is part of the name ("General
    Directorate of Security", "Justice Department"), not a person's title."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in {"of", "for"} and i > 0), len(words))
    head = words[cut - 1].lower().rstrip(".,;:'’")
    return head in _BODY_HEADS


def _merge_titles(parts: list[str]) -> list[str]:
    joined = " ".join(parts)
    return [joined] if joined else []


def _is_name(text: str) -> bool:
    if not text or not any(map(str.isalpha, text)):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    lower = text.lower()
    if lower in _NOT_NAMES or lower in PLACE_HEADS or lower in PERSON_ROLES:
        return False
    if _PLURAL_ACRONYM_RE.fullmatch(text):
        return False  # "UAVs", "NGOs", "IEDs": a common noun's plural, no one's name
    if _DIGIT_RE.search(text) and _DATE_OR_TIME_RE.fullmatch(text):
        return False  # "Jan 5", "8.49pm": a date or a time of day
    return not text.replace(",", "").replace(".", "").isdigit()


_NEXT_NAME_RE = re.compile(r"\.?\s+[A-Z]")


def _title_of_next_name(text: str, start: int, end: int) -> bool:
    """Whether the span is only a title or rank ("Sgt", "Det", "Rev") before a capitalised
    word: the title of the name that follows ("Sgt. Shayne La Croix"), no one's name."""
    return bool(
        (m := _TITLE_RE.match(text[start:end] + " ")) and m.end() == end - start + 1
        and _NEXT_NAME_RE.match(text, end)
    )


_ROMAN = re.compile(r"[IVXLC]+")


def _pieces(span: Span, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Character ranges of the names inside an entity span, split at dashes, commas, "and",
    slashes ("Advanced Micro Devices / ATI Technologies"), colons, parentheses, a possessive
    after a country or place ("Syria's National Defense Forces") and an abbreviation of a
    role between two names ("Chiefs WR Terrance Copper", "ATI India MD Dasaradha Gude"; not a
    regnal number, "Pope Benedict XVI Visits", nor a country, "the US Geological Survey")."""
    text = span.text
    cuts = [0]
    for m in re.finditer(
        r"\s+[-–—]\s+|,\s+(?:and\s+)?|\s+and\s+|\s*\n\s*|\[[^\]]*\]?|\s*\([^)]*\)?"
        r"|['’]s\s+|\s+/\s+|:\s+|\s+[A-Z]{2,3}\s+(?=[A-Z][\w'’.-]*\s+[A-Z])",
        text,
    ):
        after = text[m.end() : m.end() + 1]
        piece = text[cuts[-1] : m.start()]
        if (word := m.group(0).strip()).isupper() and word.isalpha():
            if (
                _ROMAN.fullmatch(word) is None
                and piece[:1].isupper()
                and not piece.isupper()  # "RED SOX MAKE HUGE OFFER": a headline in capitals
                and gazetteer.country(word) is None
                and gazetteer.us_state(word) is None
            ):
                cuts.extend([m.start(), m.end()])  # "Chiefs WR Terrance Copper": team, player
        elif "\n" in m.group(0) or m.group(0).lstrip().startswith(("[", "(")):
            # a name never runs over a line, a footnote mark or a parenthesis ("(FANB)")
            cuts.extend([m.start(), m.end()])
        elif m.group(0).strip() in {"-", "–", "—"} and after.isdigit():
            cuts.extend([m.start(), len(text)])  # "Mary province - 30", "Up - 1 Dead": a count
            break
        elif m.group(0)[:1] in "'’":
            if after.isupper() and (
                gazetteer.country(piece) is not None or gazetteer.place(piece) is not None
            ):
                cuts.extend([m.start(), m.end()])  # "Syria's National Defense Forces"
        elif (
            m.group(0).strip() == "and"
            and span.label_ == MentionLabel.ORG
            and re.search(r"\s[a-z]+\s", piece)
        ):
            continue  # "European Centre for Disease Prevention and Control" is one name
        elif after.isupper() and span.label_ in {
            MentionLabel.GPE,
            MentionLabel.LOC,
            MentionLabel.ORG,
            MentionLabel.PERSON,
            MentionLabel.FAC,
        }:
            cuts.extend([m.start(), m.end()])
    cuts.append(len(text))
    base = span.start_char
    return [
        (base + cuts[i], base + cuts[i + 1])
        for i in range(0, len(cuts), 2)
        if cuts[i] < cuts[i + 1]
    ]


_RANK_AFTER_HEAD_RE = re.compile(
    r"\s(?:" + "|".join(sorted(h.capitalize() for h in ORG_NAME_HEADS)) + r")"
    r"(\s+(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?)(?=\s+[A-Z]|$)"
)


def _ranked(
    text: str, start: int, end: int, label: MentionLabel
) -> list[tuple[int, int, MentionLabel]]:
    """A span cut where a rank follows an organisation's head word: "Palmer Police Sergeant
    Shayne La Croix" is the organisation "Palmer Police" and the person "Sergeant Shayne La
    Croix"; "Woodburn Police Sgt", the organisation alone."""
    if (
        label not in {MentionLabel.ORG, MentionLabel.PERSON}
        or not (m := _RANK_AFTER_HEAD_RE.search(text[start:end]))
        or any(w.lower() in _NAME_HEADS for w in text[start + m.end(1) : end].split())
    ):
        return [(start, end, label)]  # "Army General Hospital" is one name
    pieces = [(start, start + m.start(1), MentionLabel.ORG)]
    if start + m.end(1) < end:
        pieces.append((start + m.start(1), end, MentionLabel.PERSON))
    return pieces


@dataclass(frozen=True)
class _Reading:
    """One document being read: its parse, its text (read once: spaCy rebuilds ``doc.text`` on
    every access), the sentence of a character offset, and the gazetteer."""

    doc: Doc
    text: str
    sent: Callable[[int], int]
    gazetteer: Gazetteer

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens, made once (``doc[i]`` makes a new Token object every time)."""
        return list(self.doc)

    @cached_property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def proper(self) -> list[bool]:
        """Whether each token is tagged a proper noun."""
        return [t.pos_ == "PROPN" for t in self.tokens]


def _make(r: _Reading, start: int, end: int, label: MentionLabel) -> Candidate | None:
    """The candidate a span makes once cleaned, or None."""
    doc, text = r.doc, r.text
    raw = text[start:end]
    name, left, right, titles = strip_name(raw)
    if not _is_name(name):
        return None
    s, e = start + left, end - right
    if _title_of_next_name(text, s, e):
        return None
    if label in {MentionLabel.ORG, MentionLabel.NORP, MentionLabel.GPE, MentionLabel.PERSON} and (
        m := _TRAILING_LOWER_RE.search(text[s:e])
    ):
        e = s + m.start()  # "Russian military" names Russia, "Herbert Flynn Jr told" a man
    if (m := _SCORE_RE.search(text[s : e + 12])) and m.start() < e - s:
        e = s + m.start()  # "Evansville 51 - 50": a team and its score
        team, _, right, _ = strip_name(text[s:e])
        if not _is_name(team):
            return None
        e -= right  # "Charles' 80-yard run": Charles
    if label not in {MentionLabel.PERSON, MentionLabel.NORP} and (
        m := _UNIT_AFTER_RE.match(text[e : e + 16])
    ):
        e += m.end()  # "Idlib province", "Arghandab district": the province, not the city
    if label in {MentionLabel.FAC, MentionLabel.LOC} and (
        m := _STREET_AFTER_RE.match(text[e : e + 12])
    ):
        e += m.end()  # "Victor Hugo street": the street, not the man
    elif label == MentionLabel.ORG and (m := _BUILDING_AFTER_RE.match(text[e : e + 12])):
        e += m.end()  # "El Tobogan restaurant", "Didsbury mosque": the building
        label = MentionLabel.FAC
    if label != MentionLabel.NORP and (m := _STREET_NAME_AFTER_RE.match(text[e : e + 12])):
        e += m.end()  # "Oxford Street", "Victor Hugo Street": the street, not the town or man
        label = MentionLabel.FAC
    if label == MentionLabel.ORG and (shop := _possessive_business(doc, s, e)):
        e = shop
    if "=" in text[max(0, s - 2) : e + 2]:
        return None  # a wiki section heading: "==References=="
    if _PRODUCT_RE.match(text[s:e]) and not _body_name(text[s:e]):
        return None  # "IE6", "Windows Server 2008": a product (not "Linux Foundation")
    after = text[e : e + 12].split()
    words = text[s:e].split()
    ship = None
    if words[-1].lower() in _WEEKDAYS or (
        after and after[0].strip(".,;:").lower() in _WEEKDAYS and _names_a_day(r, words)
    ):
        return None  # an event or a day: "Bloody Sunday", "Bloody Friday"
    if len(words) == 1 and _common_word_at_sentence_start(doc, s, e):
        return None
    if name.isupper() and name.lower() in _WORDS.time_zones and (
        _CLOCK_BEFORE_RE.search(text[max(0, s - 12) : s])
    ):
        return None  # a time of day: "(1852 HKT)", "10:30 GMT"
    vessel = label != MentionLabel.DICT and (
        (len(words) >= 2 and words[0] in _WORDS.ship_prefixes)
        or (ship := _SHIP_BEFORE_RE.search(text[max(0, s - 8) : s])) is not None
    )
    if vessel:
        s -= len(ship.group(0)) if ship else 0
        words = text[s:e].split()
        label = MentionLabel.ORG  # "INS Mysore", "MV Gibe": a vessel and its crew, no person
    if label != MentionLabel.DICT and (event := _event_name(words, r.gazetteer)) is not None:
        if not event:
            return None  # "World Cup", "Hampering Boston Bomb Probe": no actor
        e = s + len(event)  # "Boston Marathon", "Boston Bombing Suspect": the place is the actor
    found = Candidate(s, e, text[s:e], r.sent(s), label, titles)
    if vessel:
        found.cues.append("vessel")
    return found


def _names_a_day(r: _Reading, words: list[str]) -> bool:
    """Whether a name before a weekday is the first word of the day's name ("Bloody Friday",
    "Super Tuesday": one English adjective or noun, no place the gazetteer knows), not a name
    followed by the date ("in Moscow Friday", "Kandahar province Friday night")."""
    if len(words) != 1:
        return False
    word, common = words[0], english_word_classes()
    return (word.lower() in common.get("adj", ()) or word.lower() in common.get("noun", ())) and (
        r.gazetteer.place(word) is None and r.gazetteer.country(word) is None
    )


_OFFICE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(t) for t in sorted(_WORDS.office_titles, key=lambda t: (-len(t), t)))
    + r")(?![\w'’-])"
)  # not "the Attorney General's Office"
_PORTFOLIO_LINKS = {"the", "and", "&"}


def _offices(r: _Reading) -> list[tuple[int, int]]:
    """Character spans of the offices the text names ("Secretary of the Interior", "Minister of
    Communications and Information Technology"), an open portfolio only where its holder's name
    is seen after it."""
    spans = []
    for m in _OFFICE_RE.finditer(r.text):
        end: int | None = m.end()
        if m.group(0).endswith((" of", " for")):
            end = _portfolio_end(r, m.end())
        if end is not None:
            spans.append((m.start(), end))
    return spans


def _portfolio_end(r: _Reading, start: int) -> int | None:
    """Where the capitalised portfolio after "Minister of" starting at *start* ends: before a
    person's name the NER begins or a first name before another capitalised word; None when no
    holder's name follows."""
    end = None
    tokens = r.tokens
    i = next((t.i for t in tokens if t.idx >= start), len(tokens))
    for t in tokens[i:]:
        if end is not None and (
            (t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
            or (
                t.lower_ in _FIRST_NAMES
                and t.i + 1 < len(tokens)
                and tokens[t.i + 1].text[:1].isupper()
            )
        ):
            return end
        if t.text[:1].isupper():
            end = t.idx + len(t.text)
        elif t.lower_ not in _PORTFOLIO_LINKS or end is None:
            return None
    return None


def _holders(
    r: _Reading,
    found: list[Candidate],
    offices: list[tuple[int, int]],
    aliases: Callable[[str], bool] | None,
) -> list[Candidate]:
    """*found* without the portfolios inside an office ("the Interior" in "Secretary of the
    Interior"), unless the dictionary knows the portfolio's department ("Defense": the Defense
    Department), and a name running past an office cut to its holder, a person with the office
    as title ("Ken Salazar" of "Secretary of the Interior Ken Salazar")."""
    if not offices:
        return found
    kept = []
    for c in found:
        office = next(((a, b) for a, b in offices if c.start < b and a < c.end), None)
        if office is None:
            kept.append(c)
            continue
        a, b = office
        if c.end > b:
            start = b + len(r.text[b : c.end]) - len(r.text[b : c.end].lstrip())
            if holder := _make(r, start, c.end, MentionLabel.PERSON):
                holder.titles = [r.text[a:b]]
                kept.append(holder)
        elif c.start <= a or (aliases is not None and _department(c.text, aliases)):
            kept.append(c)  # "the Secretary of State said", "the Office of the Surgeon General"
    return kept


def _department(portfolio: str, aliases: Callable[[str], bool]) -> bool:
    """Whether the dictionary knows a department or ministry of *portfolio*."""
    return any(
        aliases(name)
        for name in (
            f"{portfolio} Department",
            f"Department of {portfolio}",
            f"{portfolio} Ministry",
            f"Ministry of {portfolio}",
        )
    )


def _without_things(
    r: _Reading,
    chosen: list[Candidate],
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None,
) -> list[Candidate]:
    """*chosen* without the one-word person names the text only uses as a thing, such as an
    award ("won an Oscar", "an Emmy nomination", "Oscar night", "Oscar-winning"): never as
    anyone's name elsewhere ("son Oscar, 8"), nor as a word of a longer name ("the Gigante
    family" beside "Vincent Gigante"), not a plural (a team: "a Colts win"), and unknown to the
    dictionary and the gazetteer ("a Biloxi newspaper")."""
    longer = {w for c in chosen if " " in c.text for w in c.text.split()}
    uses: dict[str, list[bool]] = {}
    for c in chosen:
        if c.label == MentionLabel.PERSON and " " not in c.text and not c.text.endswith("s"):
            uses.setdefault(c.text, []).append(_thing_use(r, c))  # a plural is a team: "Colts"
    things = {
        name
        for name, used in uses.items()
        if all(used)
        and name not in longer
        and not (aliases is not None and aliases(name))
        and not (places is not None and places(name))
        and r.gazetteer.country(name) is None
        and r.gazetteer.demonym(name) is None
        and r.gazetteer.place(name) is None
    }
    return [c for c in chosen if not (c.label == MentionLabel.PERSON and c.text in things)]


def _vehicle_modified(r: _Reading, c: Candidate) -> bool:
    """Whether a name modifies a vehicle's or a weapon's noun after it ("the Ryder truck", "an
    RAF Chinook helicopter"; not "a Ryder truck rental"; ``vehicle_nouns`` of
    ``data/words.yaml``)."""
    tokens = _tokens(r.doc, c)
    if not tokens:
        return False
    last = tokens[-1]
    head = last.head
    return (
        last.dep_ in {"compound", "nmod", "amod"}
        and head.i > last.i
        and head.text.islower()
        and head.lemma_.lower() in _WORDS.vehicle_nouns
        and "\n" not in r.text[last.idx : head.idx]
    )


def _known_name(
    r: _Reading,
    name: str,
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None,
    demonyms: bool = True,
) -> bool:
    """Whether the dictionary (*aliases*), the user's places or the gazetteer knows *name* as an
    actor's, a country's, a place's or (with *demonyms*) a people's."""
    return bool(
        (aliases is not None and aliases(name))
        or (places is not None and places(name))
        or r.gazetteer.country(name)
        or (demonyms and r.gazetteer.demonym(name))
        or r.gazetteer.place(name)
    )


def _without_makes(
    r: _Reading,
    chosen: list[Candidate],
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None,
) -> list[Candidate]:
    """*chosen* without the names written as a vehicle's or a weapon's make ("the Ryder truck",
    "an Antonov plane"): no actor of the story. A name the dictionary or the
    gazetteer knows stays ("a UN helicopter", "Russian tanks"), so does a body's ("Sudan Armed
    Forces planes"), and one that starts with a known name is cut to it ("an RAF Chinook
    helicopter": the RAF, whose helicopter it is)."""
    out = []
    for c in chosen:
        if c.defined_by is not None or not _vehicle_modified(r, c) or (
            _known_name(r, c.text, aliases, places)
        ) or _body_name(c.text):
            out.append(c)
            continue
        tokens = _tokens(r.doc, c)
        for k in range(len(tokens) - 1, 0, -1):
            end = tokens[k - 1].idx + len(tokens[k - 1])
            if _known_name(r, r.text[c.start : end], aliases, places):
                out.append(replace(c, end=end, text=r.text[c.start : end]))
                break
    return out


_BEFORE_MAKE = frozenset({"DET", "ADJ", "NUM", "PRON", "NOUN"})


def _model_words(r: _Reading, c: Candidate) -> int:
    """How many first words of a name are a vehicle's make and model, not the name's ("the silver
    Ford Fusion LaCalamita was driving": the model "Fusion" after the make "Ford"; "a 2013 Toyota
    Camry": both, or the make alone if the name is it): 0 unless the make follows a year or a
    determiner, an adjective or a noun in lower case ("the silver", "his", not "Betty Ford
    Center" or "said") and the model is no known first name, or a model year counts it
    (:func:`_model_year`). ``vehicle_makes`` of ``data/words.yaml``."""
    tokens = _tokens(r.doc, c)
    if not tokens:
        return 0
    inside = tokens[0].lower_ in _WORDS.vehicle_makes
    make = tokens[0] if inside else r.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if make is None or make.lower_ not in _WORDS.vehicle_makes or not make.text[:1].isupper():
        return 0
    after = r.doc[make.i + 1] if make.i + 1 < len(r.doc) else None
    model = (tokens[1] if len(tokens) > 1 else after) if inside else tokens[0]
    before = r.doc[make.i - 1] if make.i > 0 else None
    if before is not None and _model_year(before, make, tokens):
        return min(2, len(tokens)) if inside else 1
    if model is None or before is None:
        return 0
    if not (before.like_num or (before.is_lower and before.pos_ in _BEFORE_MAKE)):
        return 0
    if not model.text[:1].isupper() or model.lower_ in _FIRST_NAMES or first_name_gender(
        model.text
    ):
        return 0
    return min(2, len(tokens)) if inside else 1


_MODEL_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _model_year(before: Token, make: Token, tokens: list[Token]) -> bool:
    """Whether the word before a vehicle's make is its model year, a number that counts it ("a
    2008 GMC Sierra", "his 2008 Bentley"): a vehicle whatever its model is called ("Sierra" is
    also a first name); not a year of its own ("In 2008 Ford sold Jaguar")."""
    return (
        bool(_MODEL_YEAR_RE.fullmatch(before.text))
        and before.dep_ == "nummod"
        and (before.head == make or any(before.head == t for t in tokens))
    )


def _without_models(
    r: _Reading,
    chosen: list[Candidate],
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None,
) -> list[Candidate]:
    """*chosen* with a vehicle's make and model cut from the names that start with them or
    follow the make (:func:`_model_words`; "the silver Ford Fusion LaCalamita" -> "LaCalamita"),
    and without the names nothing is left of ("a grey Toyota Camry": "Toyota Camry", or the make
    "Toyota" alone before its model). A name the dictionary or the gazetteer knows stays unless
    it is the make alone (Toyota is a Japanese city), so does one with a body's or a place's head
    word ("the Ford Foundation")."""
    out = []
    for c in chosen:
        cut = 0 if c.defined_by is not None else _model_words(r, c)
        if cut and (
            _body_name(c.text) or any(w.lower() in _NAME_HEADS for w in c.text.split())
            or (c.text.lower() not in _WORDS.vehicle_makes
                and _known_name(r, c.text, aliases, places, demonyms=False))
        ):
            cut = 0  # a name kg knows (but a make alone), or a body's or a place's
        if not cut:
            out.append(c)
            continue
        rest = _tokens(r.doc, c)[cut:]
        if rest:
            out.append(replace(c, start=rest[0].idx, text=r.text[rest[0].idx : c.end]))
    return out


def _capitalised_noun(
    r: _Reading,
    c: Candidate,
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None,
) -> bool:
    """Whether a one-word name in capitals is an English common noun (WordNet) that an article
    or an adjective in capitals determines, as a headline or a lead's first words write one ("A
    FIRE has damaged", "KILLED BY DRUNK DRIVER"; not a noun's modifier, "A SWAT unit"), and no
    name the dictionary or the gazetteer knows."""
    tokens = _tokens(r.doc, c)
    if len(tokens) != 1 or not (c.text.isupper() and c.text.isalpha() and len(c.text) > 1):
        return False
    tok, nouns = tokens[0], english_word_classes().get("noun", frozenset())
    if c.text.lower() not in nouns or (aliases is not None and aliases(c.text)) or (
        places is not None and places(c.text)
    ) or r.gazetteer.country(c.text) or r.gazetteer.place(c.text) or r.gazetteer.demonym(c.text):
        return False
    if tok.dep_ in {"compound", "nmod", "amod"} and tok.head.i > tok.i:
        return False  # the article is its head's: "A SWAT unit"
    left = r.doc[tok.i - 1] if tok.i > 0 else None
    return left is not None and left.text.isupper() and (
        left.lower_ in {"a", "an", "the"}
        or left.lower_ in english_word_classes().get("adj", frozenset())
    )


def _thing_use(r: _Reading, c: Candidate) -> bool:
    """Whether a one-word name is used as a common noun after "a"/"an" ("won an Oscar") or as a
    common noun's modifier ("an Emmy nomination", "Oscar night", "Oscar-winning"), not as a
    body's, a family's or a place's name ("the Gigante family", "the Nixon administration",
    "his Pagliarelli prison cell", "Hormuzgan province", "a Cobb resident")."""
    tokens = _tokens(r.doc, c)
    if len(tokens) != 1:
        return False
    tok, doc = tokens[0], r.doc
    if any(ch.dep_ == "det" and ch.lower_ in {"a", "an"} for ch in tok.children):
        return True
    if tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-":
        return True
    head = tok.head
    return (
        tok.dep_ in {"compound", "nmod", "amod"}
        and head.pos_ == "NOUN"
        and head.i > tok.i
        and head.text.islower()
        and "\n" not in r.text[tok.idx : head.idx]  # a headline run into the next line
        and not any(w.lemma_.lower() in _NAMESAKE_HEADS for w in doc[tok.i + 1 : head.i + 1])
    )


def _possessive_business(doc: Doc, start: int, end: int) -> int | None:
    """The end of an organisation named by a possessive with no noun after it ("manager of the
    McDonald's", "sold at Christie's") or after an indefinite article ("a McDonald's
    restaurant"), the "'s" included; None for an ordinary possessor ("Reuters' report")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    last, after = span[-1], doc[span.end]
    if after.tag_ != "POS" or after.head != last or after.text not in {"'s", "’s"}:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in last.children)
    if last.dep_ == "poss" and not indefinite:
        return None
    return after.idx + len(after)


def _street_name(text: str) -> bool:
    """Whether an entity the NER gave another label is a street's name: a street word of
    another language before a capitalised word ("Rue Victor Hugo", "Calle del Correo") or a
    capitalised name before a street word ("the Cavehill Road")."""
    words = _DETERMINER_RE.sub("", text.strip()).split()
    if len(words) < 2:
        return False
    return (words[0].lower() in _WORDS.street_prefixes and words[0][:1].isupper()
            and any(w[:1].isupper() for w in words[1:])) or (
        words[-1].lower() in _WORDS.street_heads and _capitalised(" ".join(words)))


def _event_name(words: list[str], gazetteer: Gazetteer) -> str | None:
    """For the name of an event ("Boston Marathon", "Women's World Cup"), the country or place
    it starts with ("Boston"), or "" when it names none; None when *words* name no event."""
    for i in range(1, len(words)):
        if words[i].lower() in EVENT_NAME_HEADS and all(
            w.lower() in PERSON_ROLES for w in words[i + 1 :]
        ):
            prefix = " ".join(words[:i])
            if (
                gazetteer.country(prefix, codes=False) is not None
                or gazetteer.place(prefix) is not None
            ):
                return prefix
            return ""
    return None


_WEEKDAYS = _WORDS.weekdays


def _body_run(ent: Span) -> bool:
    """Whether an entity the NER gives no actor's label (a title, a product, an event) is a run
    of capitalised proper nouns ending in an organisation's or a company's word ("ATI
    Technologies", "The Washington Post"): a body's name."""
    return (
        ent.label_ not in _NOT_ACTOR_ENTS
        and len(ent) >= 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent if t.lower_ != "the")
        and (ent[-1].lower_ in ORG_NAME_HEADS or ent[-1].lower_ in _WORDS.company_heads)
    )


def _common_word_at_sentence_start(doc: Doc, start: int, end: int) -> bool:
    """A capitalised first word of a sentence that the text also writes in lower case
    ("Shootings in Belfast ..." beside "the shootings"), or a gerund ("Capturing drones ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or not span[0].is_sent_start:
        return False
    word = span[0]
    if word.tag_ == "VBG":
        return True
    lower = word.text.lower()
    if "kg_lower_words" not in doc.user_data:
        doc.user_data["kg_lower_words"] = {t.text for t in doc if t.text.islower()}
    return lower != word.text and lower in doc.user_data["kg_lower_words"]


def _acronyms(text: str, candidates: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms defined as "Long Name (ACR)" right after a candidate, mapped to that candidate."""
    by_end = {c.end: c for c in candidates}
    found: dict[str, Candidate] = {}
    for m in _ACRONYM_DEF_RE.finditer(text):
        owner = by_end.get(m.start() - 1) or by_end.get(m.start())
        if owner and _initials_match(m.group(1), owner.text):
            found.setdefault(m.group(1), owner)
    return found


def _initials_match(acronym: str, name: str) -> bool:
    """ "NRFA" fits "National Resistance Front of Afghanistan": initials in order, gaps allowed."""
    letters = [w[0].upper() for w in re.findall(r"[A-Za-z][\w]*", name)]
    if not letters or acronym[0].upper() != letters[0]:
        return False
    it = iter(letters)
    return all(ch in it for ch in acronym.upper())


def find_candidates(
    doc: Doc,
    gazetteer: Gazetteer,
    aliases: Callable[[str], bool] | None = None,
    places: Callable[[str], bool] | None = None,
    verbs: Collection[str] = (),
) -> list[Candidate]:
    """Actor candidates of one parsed document, sorted by position, never overlapping.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    gazetteer : Gazetteer
        Countries, demonyms and places, for names the NER splits or misses.
    aliases : callable, optional
        Tells whether a capitalised token sequence is a known actor name (the dictionary); such
        sequences become candidates even where the NER missed them.
    places : callable, optional
        Tells whether a proper-noun sequence is a known large place (the gazetteer); used the
        same way, but only on tokens tagged as proper nouns.
    verbs : collection of str, optional
        Verb lemmas (the event lexicon's): a headline name is cut before one of them inflected
        ("Lindsay Lohan Checks Into Rehab"), see :func:`_headline_parts`.
    """
    sent = sentence_index(doc)
    text = doc_text(doc)
    r = _Reading(doc, text, sent, gazetteer)
    found: list[Candidate] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in ACTOR_LABELS and _body_run(ent):
            label = MentionLabel.ORG  # "ATI Technologies", "The Washington Post" as a title
        elif label not in ACTOR_LABELS:
            after = doc[ent.end].lower_ if ent.end < len(doc) else ""
            if not _street_name(ent.text) and not (
                after in _WORDS.street_heads and _capitalised(ent.text)
            ):
                continue
            label = MentionLabel.FAC  # "Rue Victor Hugo" tagged an event: a street
        if (read := _demonym_read(doc, ent, gazetteer)) is not ent:
            ent, label = read, read.label_
        ent = _completed(doc, ent)
        for piece in _pieces(ent, gazetteer):
            for start, end, kind in _ranked(text, *piece, MentionLabel(label)):
                if kind == MentionLabel.PERSON and start == piece[0]:
                    start = _person_start(doc, start, end)
                if cand := _make(r, start, end, kind):
                    found.append(_with_peerage(r, cand))
    for acronym, owner in sorted(_acronyms(text, found).items()):
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            found.append(
                Candidate(
                    m.start(),
                    m.end(),
                    acronym,
                    sent(m.start()),
                    MentionLabel.ACRONYM,
                    defined_by=owner.start,
                )
            )
    known, placed = _dictionary_spans(r, aliases, places)
    found += known + placed
    found.extend(_demonym_tokens(r))
    found.extend(_proper_runs(r, found))
    offices = _offices(r)
    chosen = _without_overlaps(_holders(r, found, offices, aliases))
    whole = {(c.start, c.end) for c in chosen}
    lines = _headline_lines(text)
    forms, lemmas = _body_verbs(doc, lines)
    chosen = _headline_parts(text, chosen, aliases, lambda n: gazetteer.country(n) is not None
                             or (places is not None and places(n)), forms, lemmas | set(verbs))
    cut = [c for c in chosen if (c.start, c.end) not in whole
           and any(a <= c.start < b for a, b in lines)]  # a headline's name, cut to its part
    chosen = _without_overlaps(
        _holders(r, chosen + _more_surnames(r, chosen) + _more_uses(r, cut), offices, aliases)
    )
    chosen = _without_things(r, chosen, aliases, places)
    chosen = [c for c in chosen if not _capitalised_noun(r, c, aliases, places)]
    chosen = _hyphen_pairs(chosen)
    chosen = sorted(chosen + _more_names(r, chosen), key=lambda c: c.start)
    chosen = _without_makes(r, chosen, aliases, places)
    chosen = _without_models(r, chosen, aliases, places)
    _add_context(doc, text, chosen)
    _add_possessed_people(text, chosen, gazetteer)
    _add_states(text, chosen, gazetteer)
    _add_settings(text, chosen, gazetteer)
    names = _Spans((c.start, c.end) for c in chosen)
    nominals = [n for n in _nominals(r) + _place_descriptions(r)
                if not names.overlap(n.start, n.end)]
    taken = _Spans((c.start, c.end) for c in chosen + nominals)
    participants = _participants(r, chosen, taken)
    return sorted(chosen + nominals + participants, key=lambda c: c.start)


PARTICIPANT = MentionLabel.PARTICIPANT
"""Label of an unnamed human participant ("three soldiers", "the gunman", "Afghan civilians")."""


@cache
def participant_nouns() -> dict[str, str]:
    """Lemma -> number (``any``, ``plural``, ``collective``) from
    ``kg/actors/data/participants.csv``."""
    text = resources.files("kg.actors").joinpath("data/participants.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {row["lemma"].strip().lower(): row["number"].strip() for row in csv.DictReader(lines)}


@cache
def participant_sectors() -> dict[str, str]:
    """Lemma -> sector (``military``, ``police``, ``armed_group``) of the participant nouns that
    tell one, from the ``sector`` column of ``kg/actors/data/participants.csv``."""
    text = resources.files("kg.actors").joinpath("data/participants.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {
        row["lemma"].strip().lower(): row["sector"].strip()
        for row in csv.DictReader(lines)
        if (row.get("sector") or "").strip()
    }


# Modifiers that are no participant nouns but name the sector of the one they modify
# ("security forces", "army officers"); the participant nouns' own sectors count too ("police
# officers", "rebel forces").
_SECTOR_MODIFIERS = _WORDS.sector_modifiers


def _sector(tok: Token) -> str | None:
    """The sector of a participant head: that of a modifier of its own that names one
    ("security forces", "police officers"), else the noun's ("troops": military); None for
    "civilians", "people". Only the head's own modifiers count: "military age men" are men."""
    sectors = participant_sectors()
    for child in tok.children:
        if child.dep_ in {"amod", "compound"} and child.i < tok.i:
            word = child.lemma_.lower()
            if found := _SECTOR_MODIFIERS.get(word) or sectors.get(word):
                return found
    return sectors.get(tok.lemma_.lower()) or sectors.get(tok.lower_)


# Words before a participant noun that say how many, not who ("many people", "other soldiers").
_QUANTITY_WORDS = _WORDS.quantity_words
_PARTICIPANT_LEFT_DEPS = frozenset(["amod", "compound", "nummod", "quantmod", "advmod", "nmod"])


def _participants(r: _Reading, named: list[Candidate], taken: _Spans) -> list[Candidate]:
    """Noun phrases that name unnamed human participants: a head noun of
    :func:`participant_nouns` ("soldiers", "the gunman", "police officers") outside every name.

    Not a participant: a noun modifying another noun ("police station"), a predicate or an
    apposition of a name ("Smith, a soldier"), a noun owned by a pronoun ("their fighters":
    the owner's), or a noun with two names before it ("US and Afghan troops": the names are
    the actors). A name before it ("Afghan civilians", "Taliban
    fighters") is recorded in ``qualified_by``: resolution keeps the participant when the name
    is a country and leaves the name alone as the actor otherwise."""
    doc, tokens, text, sent = r.doc, r.tokens, r.text, r.sent
    nouns = participant_nouns()
    by_token: dict[int, Candidate] = {}
    for c in named:
        for t in _tokens(doc, c):
            by_token[t.i] = c

    def inside(i: int) -> bool:
        tok = tokens[i]
        return taken.overlap(tok.idx, tok.idx + len(tok))

    out = []
    for tok in tokens:
        lemma = tok.lemma_.lower()
        tag = _common_tag(tok, nouns)
        if tok.pos_ == "PROPN" and tag == "NNS":
            lemma = tok.lower_[:-1]  # "Rebels" opening a sentence: "rebel"
        number = nouns.get(lemma) or nouns.get(tok.lower_)
        counted = _counted_victims(tok) and not inside(tok.i)
        place = number is None and _unnamed_place(tok)
        if counted:
            number = "plural"  # "injured another 15", "496 had been killed", "scores died"
        elif place:
            if inside(tok.i) or any(c.dep_ == "appos" and c.i in by_token for c in tok.children):
                continue  # "the central street Rue Victor Hugo": the name is the place
            number = "any"
        elif (
            number is None
            or tag not in {"NN", "NNS"}
            or (number == "plural" and tag != "NNS")
            or tok.dep_ in {"compound", "attr", "appos", "npadvmod"}
            or inside(tok.i)
            or any(c.dep_ == "appos" and c.i in by_token for c in tok.children)
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        ):
            continue  # "their fighters", "its troops": the owner's, resolved as the pronoun
        qualifiers = {
            by_token[t.i].start for t in tokens[tok.left_edge.i : tok.i] if t.i in by_token
        }
        if len(qualifiers) > 1 or (place and qualifiers):
            continue  # "Kandahar province", "the US embassy": the name says which place
        qualified_by = None
        if qualifiers:
            owner = by_token[next(t.i for t in tokens[tok.left_edge.i : tok.i] if t.i in by_token)]
            direct = any(
                c.i in by_token and by_token[c.i] is owner and c.dep_ in _QUALIFIER_DEPS
                for c in tok.children
            )
            if not direct:
                continue  # "U.S.-led forces": led by the United States, not its forces
            qualified_by = owner.start
        j = tok.i
        while (
            j - 1 >= tok.left_edge.i
            and not inside(j - 1)
            and tokens[j - 1].dep_ in _PARTICIPANT_LEFT_DEPS
            and tokens[j - 1].head.i >= j
            and tokens[j - 1].whitespace_
        ):
            j -= 1
        first, j = _hyphened_from(tokens, j, tok.i, inside)
        start, end = tokens[first].idx, tok.idx + len(tok)
        words = ["".join(t.lower_ for t in tokens[first:j])] if first < j else []
        words += [
            t.text if t.text[:1].isupper() and not t.is_sent_start else t.lower_  # "Troy police"
            for t in tokens[j : tok.i]
            if t.dep_ in {"amod", "compound"}
            and not t.like_num
            and t.lower_ not in _QUANTITY_WORDS
            and t.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}
        ]
        cand = Candidate(start, end, text[start:end], sent(start), PARTICIPANT)
        # A bare count names people, never a node called "12": numbers are never actors.
        cand.phrase = "people" if counted else " ".join([*words, tok.lower_])
        if counted:
            cand.cues.append("counted")
        cand.qualified_by = qualified_by
        cand.sector = None if counted or place else _sector(tok)
        if place:
            cand.cues.append("place")
        plural = number == "collective" or tag == "NNS"
        cand.cues.append("plural" if plural else "singular")
        determiner = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
        definite = (
            determiner in _WORDS.definite_determiners
            or any(c.dep_ == "poss" for c in tok.children)
            or (number == "collective" and determiner is None)  # "police said"
        )
        if not definite:
            cand.cues.append("indefinite")  # "a soldier", "three soldiers", "people": new ones
        out.append(cand)
    return out


_QUALIFIER_DEPS = frozenset(["compound", "amod", "nmod", "poss"])
_HYPHENS = frozenset(["-", "\u2010", "\u2011", "\u2013"])


def _hyphened_from(
    tokens: list[Token], j: int, head: int, inside: Callable[[int], bool]
) -> tuple[int, int]:
    """Where a participant's span starts and where the modifiers after a hyphened word start,
    when its first modifier is the last piece of one ("a 10-year-old girl", "11 - year - old
    girl", "under-aged girls", "anti-government protesters"): span and phrase take the whole
    word ("12-year-old girl", not "old girl"), since its last piece alone says something else."""
    if j >= head or not _after_hyphen(tokens, j, inside):
        return j, j
    first = j
    while _after_hyphen(tokens, first, inside):
        first -= 2
    return first, j + 1


def _after_hyphen(tokens: list[Token], i: int, inside: Callable[[int], bool]) -> bool:
    """Whether token *i* follows a hyphen after a word outside every name (not a bullet's:
    "- CUMBRIA POLICE")."""
    return (
        i >= 2
        and tokens[i - 1].text in _HYPHENS
        and not (tokens[i - 2].is_space or tokens[i - 2].is_punct or inside(i - 2))
    )


def _common_tag(tok: Token, nouns: dict[str, str]) -> str | None:
    """*tok*'s tag as a common noun: its own for a noun, ``NN``/``NNS`` for a participant
    noun the tagger took for a name only because it opens the sentence ("Rebels attacked the
    base", "Protesters said"); None for other words."""
    if tok.pos_ == "NOUN":
        return tok.tag_
    if tok.pos_ != "PROPN" or not tok.is_sent_start or not tok.text[1:].islower():
        return None
    lower = tok.lower_
    if tok.tag_ == "NNPS" and lower.endswith("s") and lower[:-1] in nouns:
        return "NNS"
    return "NN" if tok.tag_ == "NNP" and lower in nouns else None


def _unnamed_place(tok: Token) -> bool:
    """Whether *tok* heads an unnamed place: a common noun of ``unnamed_places`` that is the
    object of a preposition or of a verb ("killed in the same province", "an attack on the
    embassy", "bombed the hotel"), where it is a place; not the staff of one ("the hospital
    said"), a modifier ("school bus"), someone's ("his house": an attack on it is on him), a
    count ("five buildings away") nor one a proper noun qualifies ("the Baytown district",
    "Aceh province": a name's)."""
    return (
        tok.lemma_.lower() in _WORDS.unnamed_places
        and tok.pos_ == "NOUN"
        and tok.tag_ in {"NN", "NNS"}
        and tok.dep_ in {"pobj", "dobj", "nsubjpass"}
        and not any(c.dep_ == "poss" for c in tok.children)  # "attacked his house": him
        and not any(c.dep_ == "nummod" for c in tok.children)  # "five buildings away"
        and not any(w.pos_ == "PROPN" for w in tok.doc[tok.left_edge.i : tok.i])
    )


# Verbs whose bare count is a count of people: "killed 23", "five were wounded", "scores died".
_HARM_VERBS = _WORDS.harm_verbs
_COUNT_NOUNS = _WORDS.count_nouns


def _counted_victims(tok: Token) -> bool:
    """A bare number (no noun after it) that is the subject or object of a verb of harm, or
    that such a participle modifies ("of the 130 injured", "the 12 killed")."""
    if not (tok.pos_ == "NUM" or tok.lower_ in _COUNT_NOUNS) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        return False  # "two of them": the count of a group named elsewhere
    harmed = tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.pos_ == "VERB"
    if harmed and tok.head.lemma_.lower() in _HARM_VERBS:
        return True
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HARM_VERBS
        for c in tok.children
    )


# Heads of definite descriptions that may refer back to a named armed or political group, and
# the modifiers that say which kind ("the terror group", "the militant outfit").
NOMINAL_HEADS = _WORDS.nominal_heads
ARMED_MODIFIERS = _WORDS.armed_modifiers


def _nominals(r: _Reading) -> list[Candidate]:
    """Definite descriptions of a group: "the group", "the terror group", "the militant outfit".

    Only "the" + modifiers of :data:`ARMED_MODIFIERS` (none or more) + a head of
    :data:`NOMINAL_HEADS`, not followed by "of"; resolution links each to the organisation it
    refers to or drops it (label ``NOMINAL``; the modifiers are its cues)."""
    tokens, text, sent = r.tokens, r.text, r.sent
    out = []
    for tok in tokens:
        if tok.lower_ not in NOMINAL_HEADS or tok.tag_ != "NN" or tok.i < 2:
            continue
        j = tok.i - 1
        while j >= 0 and tokens[j].lower_ in ARMED_MODIFIERS:
            j -= 1
        followed_by_of = tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower_ == "of"
        if j < 0 or tokens[j].lower_ != "the" or followed_by_of:
            continue  # "the group", "the terror group"; not "the group of students"
        start = tokens[j + 1].idx
        end = tok.idx + len(tok.text)
        cand = Candidate(start, end, text[start:end], sent(start), MentionLabel.NOMINAL)
        cand.cues.extend(t.lower_ for t in tokens[j + 1 : tok.i])
        out.append(cand)
    return out


PLACE_DESCRIPTIONS = _WORDS.place_descriptions
DESCRIBES = "describes:"
"""Cue prefix of a place description: ``describes:city`` for "the city"."""


def _place_descriptions(r: _Reading) -> list[Candidate]:
    """Bare definite descriptions of a place named before: "the city", "the country", "the
    government" (:data:`PLACE_DESCRIPTIONS`), label ``NOMINAL`` with the cue ``describes:KIND``.

    Only "the" right before the head, which modifies no other noun and is not followed by
    "of" or a name: "the city of Aleppo", "the Syrian government", "the city council" are not
    descriptions."""
    tokens, text, sent = r.tokens, r.text, r.sent
    out = []
    for tok in tokens:
        kind = PLACE_DESCRIPTIONS.get(tok.lower_)
        if kind is None or tok.tag_ not in {"NN", "NNS"} or tok.i < 1 or tok.dep_ == "compound":
            continue
        after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
        if tokens[tok.i - 1].lower_ != "the" or (
            after is not None and (after.lower_ == "of" or after.pos_ == "PROPN")
        ):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        cand = Candidate(start, end, text[start:end], sent(start), MentionLabel.NOMINAL)
        cand.cues.append(DESCRIBES + kind)
        out.append(cand)
    return out


def _dictionary_spans(
    r: _Reading, aliases: Callable[[str], bool] | None, places: Callable[[str], bool] | None
) -> tuple[list[Candidate], list[Candidate]]:
    """Capitalised token runs (up to six tokens, the longest first) that the dictionary knows
    (*aliases*), and runs of proper nouns (and hyphens, apostrophes) that are known places
    (*places*); one pass for both, since they try the same names."""
    tokens, words, proper = r.tokens, r.words, r.proper
    n = len(tokens)
    # the first token at or after each one that ends a run of proper nouns
    stop = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        stop[k] = k if not proper[k] and words[k] not in "-'" else stop[k + 1]
    known: list[Candidate] = []
    placed: list[Candidate] = []
    for i, tok in enumerate(tokens):
        if not (words[i][:1].isupper() or words[i][:1].isdigit()) or (
            tok.ent_type_ in _NOT_ACTOR_ENTS
        ):
            continue
        if i > 0 and words[i - 1][:1].isupper() and proper[i - 1]:
            continue
        if (
            i > 1
            and words[i - 1] == "-"
            and not tokens[i - 2].whitespace_
            and not tokens[i - 1].whitespace_
            and words[i - 2][:1].isupper()
        ):
            continue  # "T-Mobile", "Winston-Salem": no name starts inside a hyphenated word
        start = tok.idx
        alias, place = aliases, places if stop[i] > i else None
        for j in range(min(n, i + 6), i, -1):
            if place is not None and j > stop[i] and alias is None:
                continue
            end = tokens[j - 1].idx + len(words[j - 1])
            name = r.text[start:end]
            if not name[-1:].isalnum():
                continue
            # the dictionary first: it rules out most runs faster than _is_name
            known_alias = alias is not None and alias(name)
            if not (known_alias or (place is not None and j <= stop[i])) or not _is_name(name):
                continue
            if known_alias:
                if cand := _make(r, start, end, MentionLabel.DICT):
                    known.append(cand)
                alias = None
            if place is not None and j <= stop[i] and place(name):
                if cand := _make(r, start, end, MentionLabel.DICT):
                    placed.append(cand)
                place = None
            if alias is None and place is None:
                break
    return known, placed


# letters, an apostrophe within them ("Ka'Loni", "D'Angelo"): a word of a name
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _name_word(tok: Token) -> bool:
    """A capitalised proper-noun token outside any entity that may continue a name."""
    return (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.text[:1].isupper()
        and _LETTERS_RE.fullmatch(tok.text.replace("-", "")) is not None
        and tok.lower_ not in _TITLE_WORDS
        and tok.lower_ not in PERSON_ROLES
        and tok.lower_ not in _NOT_NAMES
        and tok.lower_ not in EVENT_NAME_HEADS
    )


def _demonym_read(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Span:
    """A nationality word the NER tagged alone, read as what it is: the start of the place name
    the capitalised words after it complete ("Hawaiian" + "Gardens", a city of the gazetteer
    under that name),
    or, a demonym tagged a person but parsed as an adjective ("enter Somali territory"), a
    nationality."""
    if len(ent) != 1 or ent.label_ not in {MentionLabel.NORP, MentionLabel.PERSON}:
        return ent
    if ent.label_ == MentionLabel.PERSON and gazetteer.demonym(ent.text) is None:
        return ent
    end = ent.end
    while (end < len(doc) and end - ent.end < 3 and doc[end - 1].whitespace_ == " "
           and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        end += 1
    from spacy.tokens import Span  # imported where Docs are read, not with the module

    for stop in range(end, ent.end, -1):
        name = doc[ent.start : stop].text
        place = gazetteer.place(name)
        # the place's own name, not an alias ("French Lick", an old name of Nashville)
        if place is not None and name_key(place.label) == name_key(name):
            return Span(doc, ent.start, stop, label="GPE")
    if ent.label_ == MentionLabel.PERSON and ent[0].pos_ == "ADJ":
        return Span(doc, ent.start, ent.end, label=MentionLabel.NORP)
    return ent


def _completed(doc: Doc, ent: Span) -> Span:
    """A person's span grown over adjacent capitalised proper nouns that the NER left out of
    it, on the same line ("Tarek" + "William Saab", "José Luis" + "Rodríguez Zapatero",
    "Bagram" + "Airfield"); a sentence's first word is never taken in."""
    start, end = ent.start, ent.end
    if ent.label_ != MentionLabel.PERSON or ent[0].lower_.rstrip(".") in _TITLE_WORDS:
        return ent
    while (
        start > 0
        and _name_word(doc[start - 1])
        and doc[start - 1].lower_ not in _OCCUPATIONS  # "Coroner Gary Hargrove"
        and not doc[start - 1].is_sent_start
        and doc[start - 1].whitespace_ == " "
    ):
        start -= 1
    while end < len(doc) and _name_word(doc[end]) and doc[end - 1].whitespace_ == " ":
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span  # imported where Docs are read, not with the module

    return Span(doc, start, end, label=ent.label_)


def _proper_runs(r: _Reading, found: list[Candidate]) -> list[Candidate]:
    """Names the NER missed: runs of two or more capitalised proper nouns outside any entity,
    on one line and not starting a sentence, that either end in an organisation or place word
    ("Greater Manchester Police", "Cavehill Road") or are coordinated with a person's name
    ("Alejandro Pérez, Brayan Oropeza, Luis Guerra" with only "Luis Guerra" tagged)."""
    doc, tokens = r.doc, r.tokens
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while (
            j < len(tokens)
            and _name_word(tokens[j])
            and (j == i or tokens[j - 1].whitespace_ == " ")
        ):
            j += 1
        if j - i >= 2 and not tokens[i].is_sent_start:
            runs.append((i, j))
        i = max(j, i + 1)
    taken = _Spans((c.start, c.end) for c in found)
    runs = [
        (i, j)
        for i, j in runs
        if not taken.overlap(tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1]))
    ]
    people = {t.i for c in found if c.label == MentionLabel.PERSON for t in _tokens(doc, c)}
    labels: dict[tuple[int, int], MentionLabel] = {}
    for i, j in runs:
        head = tokens[j - 1].lower_
        if head in ORG_NAME_HEADS:
            labels[i, j] = MentionLabel.ORG
        elif head in PLACE_NAME_HEADS or head in FACILITY_NAME_HEADS:
            labels[i, j] = MentionLabel.FAC
    changed = True
    while changed:  # a list of names spreads the person label along its conjuncts
        changed = False
        for i, j in runs:
            if (i, j) in labels:
                continue
            inside = set(range(i, j))
            linked = {t.head.i for t in tokens[i:j] if t.dep_ == "conj" and t.head.i not in inside}
            linked |= {c.i for t in tokens[i:j] for c in t.children if c.dep_ == "conj"}
            if (linked - inside) & people:
                labels[i, j] = MentionLabel.PERSON
                people |= inside
                changed = True
    out = []
    for (i, j), label in sorted(labels.items()):
        end = tokens[j - 1].idx + len(tokens[j - 1])
        if cand := _make(r, tokens[i].idx, end, label):
            cand.cues.append("propn")
            out.append(cand)
    return out


def _tokens(doc: Doc, c: Candidate) -> list[Token]:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return list(span) if span is not None else []


# Descriptions that headlines capitalise before a name ("Historic Mat Maid warehouse burns",
# "Embattled Mayor Quits"), where spaCy tags them as proper nouns.
_DESCRIPTORS = _WORDS.descriptors


_PEERAGE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(t.capitalize() for t in _WORDS.peerage_titles)) + r") $"
)


def _with_peerage(r: _Reading, c: Candidate) -> Candidate:
    """A one-word person's name with the peerage title written before it ("Lord Carrington",
    the name the peer is known by; ``peerage_titles`` of ``data/words.yaml``), the title kept
    among its titles too; any other candidate as it is."""
    m = _PEERAGE_BEFORE_RE.search(r.text, max(0, c.start - 12), c.start)
    if c.label != MentionLabel.PERSON or " " in c.text or m is None:
        return c
    return replace(c, start=m.start(), text=r.text[m.start() : c.end],
                   titles=[*c.titles, m.group(0).strip()])


def _person_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in a PERSON span: after a leading word that is no name
    ("Having Jackman", "Naturally Scott Boras", "Producer Moffat", "GM Theo Epstein",
    "Historic Mat Maid", "Following Gigante's conviction")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    first = span[0]
    if (
        first.tag_ in {"VBG", "RB", "JJ", "NN", "NNS", "VB", "VBD", "VBN", "VBZ"}
        or first.lower_ in PERSON_ROLES
        or first.lower_ in _DESCRIPTORS
        or first.lower_ in _HEADLINE_LOWER  # "Without Felt's information, ..."
        or (first.text.isupper() and len(first.text) > 1 and first.is_alpha)
        or _headline_word(first, span[1])
    ) and span[1].text[:1].isupper():
        i = 1
    else:
        i = 0
    job = i
    while i < len(span) and (n := _occupation_at(span, i)):
        i += n  # "Head Coach Roy Williams", "Coroner Gary Hargrove": the job, then the name
    if i > job and all(t.is_stop for t in span[i:]):
        i = job  # "Juror No. 4": no name after the job
    return span[i].idx if i else start


def _headline_word(word: Token, after: Token) -> bool:
    """Whether a capitalised word before a first name is a headline's adjective or verb, no
    name ("Fired Jim O'Brien", "Star Chris Webber"): an English adjective, or a verb that is
    no noun (WordNet, :func:`~kg.nlp.english_word_classes`), and no first name itself. Before
    a word that is no first name it may be one ("Unique Armstead")."""
    word_classes = english_word_classes()
    lower = word.lower_
    if not word.is_alpha or lower in _FIRST_NAMES or after.lower_ not in _FIRST_NAMES:
        return False
    return bool(word_classes) and (
        lower in word_classes["adj"]  # "Saint Joseph", "Fort Worth": a noun and verb stays
        or (lower in word_classes["verb"] and lower not in word_classes["noun"])
    )


def _occupation_at(span: Span, i: int) -> int:
    """The number of words of an occupation (``occupations`` in the word lists, the last word
    also in the plural) at word *i* of a span that a capitalised word follows, else 0."""
    for n in range(min(_LONGEST_OCCUPATION, len(span) - i - 1), 0, -1):
        words = [t.lower_ for t in span[i : i + n]]
        if words[-1].endswith("s") and " ".join([*words[:-1], words[-1][:-1]]) in _OCCUPATIONS:
            words[-1] = words[-1][:-1]
        if " ".join(words) in _OCCUPATIONS and span[i + n].text[:1].isupper():
            return n
    return 0


_OCCUPATIONS = _WORDS.occupations | PERSON_ROLES
_LONGEST_OCCUPATION = max(len(w.split()) for w in _OCCUPATIONS)


def _person_entry(doc: Doc, c: Candidate) -> bool:
    """A dictionary name that spaCy reads as a person's ("Abu Bakr al-Baghdadi")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return (
        c.label == MentionLabel.DICT
        and span is not None
        and span.root.ent_type_ == MentionLabel.PERSON
    )


ARABIC_ARTICLES = _WORDS.arabic_articles
"""Articles written before a name with a hyphen ("al-Baghdadi"), no part of the surname."""
_ARTICLE_RE = re.compile(rf"^(?:{'|'.join(sorted(ARABIC_ARTICLES))})-", re.IGNORECASE)


def _more_surnames(r: _Reading, candidates: list[Candidate]) -> list[Candidate]:
    """Other uses of a person's surname that the NER missed ("Tazhayakov faces ..." in a text
    about "Azamat Tazhayakov"; "Mr Whitelaw's juniors" beside "Mr Whitelaw")."""
    doc, sent = r.doc, r.sent
    surnames = {
        form
        for c in candidates
        if (c.label == MentionLabel.PERSON or c.titles or _person_entry(doc, c))
        and (len(c.text.split()) >= 2 or c.titles)
        # "Baghdadi" for "Abu Bakr al-Baghdadi": the surname with and without its article
        for form in dict.fromkeys([c.text.split()[-1], _ARTICLE_RE.sub("", c.text.split()[-1])])
        if form[:1].isupper()
        and len(form) > 2
        and form.lower() not in PERSON_ROLES
        and form.lower() not in _NAME_HEADS
    }
    taken = _Spans((c.start, c.end) for c in candidates)
    out = []
    for tok in r.tokens:
        if tok.text in surnames and tok.ent_type_ not in _NOT_ACTOR_ENTS:
            s, e = tok.idx, tok.idx + len(tok.text)
            if not taken.overlap(s, e):
                out.append(Candidate(s, e, tok.text, sent(s), MentionLabel.SURNAME))
    return out


def _more_uses(r: _Reading, cut: list[Candidate]) -> list[Candidate]:
    """Other uses of a name cut out of a headline (:func:`_headline_parts`) that the NER
    missed: "Chiefs" in "dispatched the Chiefs" after "Colts Beat Chiefs"."""
    out = []
    for name, label in {c.text: c.label for c in cut}.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", r.text):
            out.append(Candidate(m.start(), m.end(), name, r.sent(m.start()), label))
    return out


_REPEATED = (MentionLabel.PERSON, MentionLabel.ORG, MentionLabel.GPE, MentionLabel.LOC,
             MentionLabel.FAC, MentionLabel.DICT)
_NAME_JOINS = frozenset({"of", "de", "for"})  # "Party of Venezuela": one name across the word


def _more_names(r: _Reading, chosen: list[Candidate]) -> list[Candidate]:
    """Other uses of a name found in the document that the NER missed, labelled as its first
    find: one name, one sense within a document ("ATI" tagged once of five uses), and so the
    first word of a company's name ("ATI" of "ATI Technologies"). Not a common word's
    ("Interior"), nor a use inside a longer name ("Cafetería Rolando", "U.S. Secretary")
    outside the headline."""
    lower = {t.text for t in r.doc if t.text.islower()}
    common = english_word_classes()
    labels: dict[str, MentionLabel] = {}
    for c in chosen:
        words = c.text.split()
        # a company's name stands for it by its first word too ("ATI" of "ATI Technologies")
        short = (words[0] if c.label in {MentionLabel.ORG, MentionLabel.DICT} and len(words) == 2
                 and words[1].lower() in _WORDS.company_heads else None)
        for name in (c.text, short):
            if name is None:
                continue
            key = name.lower()
            if (
                c.label in _REPEATED
                and name[:1].isupper()
                and len(name) > 2
                and (" " in name or name.isupper()
                     or not (key in lower or key in common.get("noun", ())
                             or key in common.get("adj", ())))
                and key not in PERSON_ROLES
                and name.split()[-1].lower() not in _NAME_HEADS
                and not (c.label == MentionLabel.PERSON and name.isupper())  # "ATI" no person
            ):
                labels.setdefault(name, c.label)
    nicknames = _team_nicknames(r, chosen)
    for nickname in nicknames:
        labels.setdefault(nickname, MentionLabel.ORG)
    taken = _Spans((c.start, c.end) for c in chosen)
    lines = _headline_lines(r.text)
    starts = {t.idx: t for t in r.tokens}
    out = []
    for name, label in labels.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", r.text):
            tok = starts.get(m.start())
            in_line = any(a <= m.start() < b for a, b in lines)
            if (
                tok is not None
                and not taken.overlap(m.start(), m.end())
                and tok.ent_type_ not in _NOT_ACTOR_ENTS
                and (tok.pos_ == "PROPN" or tok.text.isupper() or in_line or name in nicknames)
                and (in_line or not _inside_name(r.doc, tok.i, tok.i + len(name.split())))
            ):
                out.append(Candidate(m.start(), m.end(), name, r.sent(m.start()), label))
    return _without_overlaps(out)


def _team_nicknames(r: _Reading, chosen: list[Candidate]) -> set[str]:
    """The nicknames ("Colts") of the sports teams (``sports_teams.csv``) that the document
    names in full ("Indianapolis Colts"): within it, the nickname is that team."""
    out = set()
    for c in chosen:
        if " " in c.text and (team := r.gazetteer.team(c.text)) is not None and (
            c.text.removeprefix("the ").removeprefix("The ") == team.name
        ):
            out.add(team.nickname)
    return out


def _hyphen_pairs(chosen: list[Candidate]) -> list[Candidate]:
    """Candidates with a name joined by a hyphen to another ("an ATI-Nvidia partnership")
    split in two where the document names both alone too (not "Hewlett-Packard")."""
    label = {c.text: c.label for c in chosen if "-" not in c.text}
    out = []
    for c in chosen:
        parts = c.text.split("-")
        if len(parts) == 2 and all(p in label for p in parts):
            cut = c.start + len(parts[0]) + 1
            for start, end, part in ((c.start, cut - 1, parts[0]), (cut, c.end, parts[1])):
                out.append(Candidate(start, end, part, c.sentence, label[part]))
        else:
            out.append(c)
    return out


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` run on from or into capitalised words of a longer name, or
    come before a head noun that makes them another thing's name (a weekday or a month is no
    part of one, "Athens Saturday", nor a sentence's first word)."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in _NAME_JOINS and start > 1:
        before = doc[start - 2]
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in _NAMESAKE_HEADS | _WORDS.building_heads:
        return True  # "the Rolando cafe", "the Gigante family": the name of another thing
    return any(
        t is not None and t.text[:1].isupper() and t.is_alpha
        and t.lower_ not in _WORDS.weekdays and t.lower_ not in _WORDS.not_names
        and not t.is_sent_start
        for t in (before, after)
    )


def _demonym_tokens(r: _Reading) -> list[Candidate]:
    """Capitalised demonyms the NER missed ("pro-Syrian forces", "British-Pakistani")."""
    out = []
    for tok, word in zip(r.tokens, r.words, strict=True):
        if (
            word[:1].isupper()
            and len(word) > 3
            and not tok.ent_type_
            and r.gazetteer.demonym(word)
        ):
            out.append(
                Candidate(tok.idx, tok.idx + len(word), word, r.sent(tok.idx), MentionLabel.NORP)
            )
    return out


_PRIORITY = {MentionLabel.DICT: 0, MentionLabel.ACRONYM: 0}
_NAME_HEADS = ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_NAME_HEADS
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


class _Spans:
    """Character spans, asked whether any of them overlaps a range, in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max, initial=-1))[1:]

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span starts before *end* and ends after *start*."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’]{3,}")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]{3,}(?![\w])")
_SENTENCE_ENDS = ".!?\"“”:"


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() for w in name.split())
_WORD_SPAN = re.compile(r"\S+")


_HEADLINE_LOWER = _WORDS.headline_lowercase
_DATELINE = re.compile(r"\d")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the title lines: the first lines of the document written in
    headline case, three words or more, and every word of four letters or more capitalised
    but prepositions and conjunctions ("AMD Acquires SeaMicro For $334 Million", "Lohan Checks
    into Betty Ford"); a dateline of fewer words before them is passed over."""
    out: list[tuple[int, int]] = []
    at = 0
    for n, line in enumerate(text.split("\n")):
        words = _HEADLINE_WORD.findall(line)
        if len(words) >= 3 and all(w[0].isupper() or w.lower() in _HEADLINE_LOWER
                                   for w in words):
            out.append((at, at + len(line)))
        elif line.strip() and (out or n > 1 or len(words) >= 3 or not _DATELINE.search(line)):
            break
        at += len(line) + 1
    return out


def _headline_parts(
    text: str,
    chosen: list[Candidate],
    aliases: Callable[[str], bool] | None,
    places: Callable[[str], bool] | None = None,
    forms: frozenset[str] = frozenset(),
    stems: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Names in a headline-case line cut down to the names the rest of the document uses, and
    a common noun that starts a sentence cut from the name after it.

    In "AMD Acquires SeaMicro" or "Buys SeaMicro" the NER reads the capitalised verb as part of
    a name. A headline candidate (all its words capitalised) that the body never uses as a name
    is replaced by the runs of its words, longest first from left to right, that the body (or
    the dictionary) uses as names, or that start it with a first name and a surname the body
    uses alone (:func:`_first_name`); a run inside it only when a word left out is one the text
    writes in lower case or a verb (:func:`_headline_verb`: one of the body's verb *forms*, or
    one of the verb *stems* inflected: "Overturn Bush Rules"). When it holds no run, it is none
    when that verb is its second word ("Gunman Kills"), cut before the verb when it starts with
    a first name ("Lindsay Lohan Checks Into Rehab"), else it stays as it is.
    """
    lines = _headline_lines(text)
    ends = [e for _, e in lines]

    def in_headline(c: Candidate) -> bool:
        i = bisect_left(ends, c.start)
        return i < len(lines) and lines[i][0] <= c.start and c.end <= lines[i][1]

    body = {c.text for c in chosen if not in_headline(c)}
    people = {c.text for c in chosen if not in_headline(c) and " " not in c.text
              and c.label in {MentionLabel.PERSON, MentionLabel.SURNAME}}

    def known(name: str) -> bool:
        return name in body or (aliases is not None and aliases(name))

    lower: set[str] | None = None
    out: list[Candidate] = []
    for c in chosen:
        words = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(c.text)]
        before = text[max(0, c.start - 8):c.start].rstrip()
        if len(words) >= 2 and not in_headline(c) and c.text[words[1][0]:] in body and (
            not before or before[-1] in _SENTENCE_ENDS
        ):
            if lower is None:
                lower = set(_LOWER_WORD.findall(text))
            whole_known = (aliases is not None and aliases(c.text)) or (
                places is not None and places(c.text))  # "South Sudan" is not "south" + a name
            if c.text[: words[0][1]].lower() in lower and not whole_known:
                # "Chipmaker Varn said": a common noun capitalised by the sentence, before a name
                # the body uses alone
                a = words[1][0]
                out.append(replace(c, start=c.start + a, text=c.text[a:], cues=list(c.cues),
                                   titles=list(c.titles)))
                continue
        if len(words) < 2 or c.text in body or not in_headline(c) or not _capitalised(c.text):
            out.append(c)
            continue
        if lower is None:
            lower = set(_LOWER_WORD.findall(text))
        piece = [c.text[a:b] for a, b in words]
        runs = []
        n, i = len(words), 0
        while i < n:
            j = next((j for j in range(n, i, -1) if known(c.text[words[i][0]:words[j - 1][1]])
                      or (i == 0 and j == 2 and _first_name(piece[0], piece[1], people, lower))),
                     None)
            if j is None:
                i += 1
                continue
            runs.append((i, j))
            i = j
        kept = {k for i, j in runs for k in range(i, j)}
        verb = _headline_verb(piece, forms, stems)
        common = (verb is not None and verb not in kept) or any(
            piece[k].lower() in lower or piece[k].lower() in _HEADLINE_LOWER
            for k in range(n) if k not in kept)
        # a run inside the name is taken only beside words the text writes in lower case:
        # "Flips Bush Endangered Species Ruling", never "Comeaux" in "Arcade Joseph Comeaux Jr"
        parts = [(words[i][0], words[j - 1][1]) for i, j in runs if i == 0 or j == n or common]
        if not parts and _verb_before_name(text, piece, c.text[words[1][0]:], lines):
            parts = [(words[1][0], words[-1][1])]
        if not parts and not runs and verb is not None:
            # "Lindsay Lohan Checks Into Rehab": a person's name before the headline's verb;
            # one word the body never names is none ("Gunman Kills L. A. Deputy")
            if verb == 1:
                continue
            if piece[0].lower() in _FIRST_NAMES or first_name_gender(piece[0]):
                parts = [(words[0][0], words[verb - 1][1])]
        if not parts:
            out.append(c)
        for a, b in parts:
            out.append(replace(c, start=c.start + a, end=c.start + b, text=c.text[a:b],
                               cues=list(c.cues), titles=list(c.titles)))
    return out


def _verb_before_name(text: str, words: list[str], rest: str,
                      lines: list[tuple[int, int]]) -> bool:
    """Whether the first word of a headline name is a word before a name the body writes
    after "the" ("Colts Beat Chiefs" beside "dispatched the Chiefs", "Colts Top Jags" beside
    "defeating the Jags"): the headline's verb, not part of the name. A person's name is never
    written after "the" ("Tara Reid" beside "told Reid"); never a first name either, nor a
    word the body writes after "the" itself ("Royal Otters" beside "the Royal Otters")."""
    first = words[0]
    if not first.isalpha() or first.lower() in _FIRST_NAMES or _after_the(text, first, lines):
        return False
    return _after_the(text, rest, lines)


def _after_the(text: str, name: str, lines: list[tuple[int, int]]) -> bool:
    """Whether *text* writes *name* after a lower-case "the" outside the headline *lines*."""
    for m in re.finditer(rf"(?<![\w.])the ({re.escape(name)})(?![\w'’-])", text):
        if not any(a <= m.start(1) < b for a, b in lines):
            return True
    return False


_FIRST_NAMES = first_name_variants()


_VERB_ENDINGS = ("s", "es", "ed", "d")


def _headline_verb(words: list[str], forms: frozenset[str], stems: frozenset[str]) -> int | None:
    """The index of the first word after the first of a headline name that is a verb: one of
    *forms* (the body writes "caught": "Suspect Caught"), or one of *stems* with an ending of
    the third person or the past ("Checks", "Kills", "Damaged"); None if there is none."""
    for k, word in enumerate(words[1:], 1):
        low = word.lower()
        if low in forms or any(low.endswith(e) and low[: -len(e)] in stems
                               for e in _VERB_ENDINGS):
            return k
    return None


def _body_verbs(doc: Doc, lines: list[tuple[int, int]]) -> tuple[frozenset[str], frozenset[str]]:
    """The forms and the lemmas of the verbs of a document outside its headline lines."""
    first = lines[-1][1] if lines else 0
    verbs = [t for t in doc if t.idx >= first and t.pos_ == "VERB"]
    return frozenset(t.lower_ for t in verbs), frozenset(t.lemma_.lower() for t in verbs)


def _first_name(word: str, after: str, surnames: set[str], lower: set[str]) -> bool:
    """Whether a headline word is a first name before a surname the body uses alone
    ("Lindsay Lohan Checks into Rehab" beside "Lohan said"): a word the text never writes in
    lower case."""
    return after in surnames and word.isalpha() and word.lower() not in lower


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest span where spans overlap; on equal spans prefer dictionary evidence."""
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.label, 1), c.start))
    taken: list[Candidate] = []
    starts: list[int] = []  # of the spans taken, which never overlap: their ends ascend too
    ends: list[int] = []
    for c in ranked:
        i = bisect_left(starts, c.end)
        if i == 0 or ends[i - 1] <= c.start:
            taken.append(c)
            starts.insert(i, c.start)
            ends.insert(i, c.end)
    ner = {(c.start, c.end): c.label for c in found if c.label not in _PRIORITY}
    for c in taken:
        if c.label in _PRIORITY and (c.start, c.end) in ner:
            c.cues.append("ner:" + ner[(c.start, c.end)])
    return sorted(taken, key=lambda c: c.start)


def _add_context(doc: Doc, text: str, candidates: list[Candidate]) -> None:
    """Cues from the words around each candidate: role nouns, place heads, coordination."""
    by_token: dict[int, Candidate] = {}
    for c in candidates:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            by_token[t.i] = c
        first, last, root = span[0], span[-1], span.root
        before = _word_before(doc, first.i)
        if before is not None and before.lower_ in PERSON_ROLES:
            c.cues.append("person")
            c.role_noun = before.lower_
            owner = _word_before(doc, before.i)
            if owner is not None and owner.i in by_token:
                c.role_of_start = by_token[owner.i].start
        if _kin_introduced(before, root):
            c.cues.append(RELATIVE)
        if (before is not None and before.lower_ in _WORDS.vessel_nouns) or (
            _VESSEL_APPOSITION_RE.match(text[c.end : c.end + 60])
        ):
            c.cues.append("vessel")  # "merchant vessel Gibe", "Mysore, a destroyer"
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ in PLACE_HEADS and after.pos_ in {"NOUN", "PROPN"}:
            c.cues.append("place")
        elif before is not None and before.text in _WORDS.compass_adjectives:
            c.cues.append("place")  # "Syria's eastern Badia", "east London"
        if after is not None and after.lower_ in _WORDS.speaker_after:
            c.cues.append("speaker")
        elif before is not None and before.lower_ in _WORDS.speaker_before:
            c.cues.append("speaker")  # "..., said Gisele Sanchez"
        elif root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in _SPEECH_VERBS:
            c.cues.append("speaker")
        if (
            c.label == MentionLabel.PERSON
            and root.dep_ == "pobj"
            and root.head.lower_ in _LOCATIVE_PREPOSITIONS
            and text[c.end : c.end + 2] not in {"'s", "’s"}
        ):
            c.cues.append("located")  # "killed in Derry": no person is where things happen
        if (root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPOSITIONS
                and "\n" not in text[root.head.idx:c.start]):
            # "in Jacksonville", "at Kansas City": the place, no team; never a headline's last
            # word read as governing the next line's first name ("... in Victory\nTop-ranked
            # North Carolina waited")
            c.cues.append("venue")
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lower_ in _MEMBERSHIP_ROLES
        ):
            c.cues.append("organisation")  # "leader of Ulster Vanguard"
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.i == first.i - 1
            and root.head.head.lower_ in PLACE_HEADS
        ):
            c.cues.append("place")  # "the town of Bireun"; not "the city of X's Medal of Valor"
        if _APPOSITION_RE.match(text[c.end : c.end + 60]) or (
            first_name_gender(c.text.split()[0])
            and _OCCUPATION_APPOSITION_RE.match(text[c.end : c.end + 80])
        ):
            # "Henrique Capriles, an opposition leader"; a first name and a job after it,
            # "Lon Wood, another retired journalist who" (a company can be "a contractor")
            c.cues.append("person")
        elif (
            root.dep_ == "appos"
            and root.head.i < first.i
            and text[max(0, c.start - 2) : c.start] == ", "  # not "Task Manager (Ctrl+Shift+Esc)"
            and (
                root.head.lower_ in _WORDS.apposition_nouns
                or (first_name_gender(c.text.split()[0]) and root.head.lower_ in _WORDS.occupations)
            )
        ):
            c.cues.append("person")  # the same before: "the managing editor, Howard Simons"
        head_word = c.text.split()[-1].lower()
        if head_word in PLACE_NAME_HEADS | FACILITY_NAME_HEADS and " " in c.text:
            c.cues.append("place")  # "Euphrates River", "Caspian Sea", "Bagram Airfield"
        elif head_word in ORG_NAME_HEADS and " " in c.text:
            c.cues.append("organisation")  # "National Elections Council"
        if _ARTICLE_BEFORE_RE.search(text[max(0, c.start - 5) : c.start]):
            c.cues.append("determined")
        if _AGE_RE.match(text[c.end : c.end + 12]):
            c.cues.append("age")  # "Dzhokhar Tsarnaev, 20, is held in ..."
        if _actor_use(span):
            c.cues.append("actor")  # "Moscow denied ...", "Moscow's decision": only an actor fits
        if (
            last.dep_ in {"amod", "compound", "nmod"}
            and last.head.i > last.i
            and last.head.pos_ in {"NOUN", "PROPN", "ADJ"}
        ) or text[c.end : c.end + 1] == "-":
            c.cues.append("modifier")  # "Afghan ulemas", "US troops", "Kurdish-led"
        elif root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}:
            c.cues.append("nominal")  # "the British-Pakistani, who ...", "an Afghan was hurt"
            if any(t.dep_ == "nummod" and t.like_num and t.lower_ not in {"one", "1"}
                   for t in root.lefts):
                c.cues.append("counted")  # "(12 Somali and 11 Yemeni)": many, singular or not
            if root.dep_ in {"nsubj", "nsubjpass"}:
                c.cues.append("subject")  # the most salient antecedent of a description
    for c in candidates:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        for other in [*head.conjuncts]:
            if other.i in by_token and by_token[other.i] is not c:
                c.conjuncts.append(by_token[other.i].start)
    by_start = {c.start: c for c in candidates}
    by_end = {c.end: c for c in candidates}
    for c in candidates:
        # "Troy Police Chief Charles Craft": the rank between says whose member (chief) he is
        org = next((by_end[k] for k in range(c.start - 1, c.start - 16, -1) if k in by_end), None)
        rank = _TITLE_RE.fullmatch(text[org.end : c.start].lstrip()) if org else None
        if org and rank and c.role_noun is None and org.text.split()[-1].lower() in ORG_NAME_HEADS:
            c.role_noun = "chief" if rank.group(0).strip() == "Chief" else "member"
            c.role_of_start = org.start
    for c in candidates:
        # "Abdul Zara - Ahmad Shah Massoud's nephew", "Ali Haidar, the group's leader"
        gap = _APPOSITION_OPEN_RE.match(text[c.end : c.end + 8])
        holder = by_start.get(c.end + gap.end()) if gap else None
        if holder is None or c.role_noun is not None:
            continue
        role = _OWNER_ROLE_RE.match(text[holder.end : holder.end + 30])
        if role and role.group(1).lower() in PERSON_ROLES:
            c.role_noun, c.role_of_start = role.group(1).lower(), holder.start
            c.cues.append("person")


_PLACE_WORDS = _NAME_HEADS | PLACE_HEADS | _WORDS.unit_leaders | _WORDS.street_heads


def _add_possessed_people(text: str, candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """A person cue for a first name and a surname right after another name's possessive,
    whatever the NER says: "NBC10's Rosemary Connors", "Microsoft's Dustin Childs" (not a
    team, "NBA's Charlotte Bobcats", nor a body or a place, "County's Bruce Township")."""
    owners = {c.end for c in candidates}
    for c in candidates:
        words = c.text.split()
        if (
            text[c.start - 3 : c.start] in {"'s ", "’s "}
            and c.start - 3 in owners
            and 2 <= len(words) <= 3
            and first_name_gender(words[0])
            and words[-1].lower() not in _PLACE_WORDS
            and gazetteer.team(c.text) is None
        ):
            c.cues.append("person")


_STATE_AFTER_RE = re.compile(r",\s+((?:[A-Z][A-Za-z]*\.?\s?){1,3})")


def _add_states(text: str, candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """A one-word name followed by a comma and a US state that ends the phrase ("of Schenectady,
    N. Y., allegedly", "in Wasilla, Alaska.") is a place's, whatever the NER called it: the AP
    style of naming a town."""
    for c in candidates:
        if " " in c.text or "place" in c.cues:
            continue
        found = _STATE_AFTER_RE.match(text, c.end)
        if found is None:
            continue
        words = list(re.finditer(r"\S+", found.group(1)))
        for n in range(len(words), 0, -1):
            name = " ".join(w.group(0) for w in words[:n])
            rest = text[found.start(1) + words[n - 1].end() :].lstrip(" ")
            if rest[:1].isalnum() or rest[:1] in {"'", "’", "-"}:
                continue  # "Perry, Texas governor", "Jones, Alaska's senator"
            state = gazetteer.place(name.rstrip("."))
            if gazetteer.us_state(name) is not None or (
                state is not None and state.subtype == "state" and state.country == "USA"
            ):
                c.cues.append("place")
                break


_APPOSITION_COMMA = re.compile(r",[ \t]*")


def _add_settings(text: str, candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """A name followed by a comma and a state, province or country that holds a place of that
    name ("Palmer, Alaska", "Tripoli, Lebanon", "Maracay, Aragua state") is that place: the
    cue ``within:`` and the country's code, with a US state's after a space, tells the merge
    where to look (the gazetteer knows the first-level division of US states only)."""
    starts = {c.start: c for c in candidates}
    for c in candidates:
        comma = _APPOSITION_COMMA.match(text, c.end)
        after = starts.get(comma.end()) if comma is not None and comma.end() > c.end else None
        if after is None:
            continue
        state = gazetteer.us_state(after.text) or gazetteer.place(after.text)
        if state is not None and state.country and state.subtype not in {"city", "continent"}:
            setting: tuple[str, str | None] = (state.country, state.region)
        elif (land := gazetteer.country(after.text, codes=False)) is not None and land.country:
            setting = (land.country, None)
        else:
            continue
        if gazetteer.place_within(c.text, *setting) is not None:
            c.cues.append("within:" + " ".join(filter(None, setting)))


# Verbs whose subject may be a place as such: being, location, weather, what befalls it
# ("Moscow is ...", "Kabul lies ...", "Moscow saw snow", "Kabul fell").
_NON_AGENT_VERBS = _WORDS.non_agent_verbs
# Nouns that a possessive name acts through ("Moscow's decision"), not a place's parts or
# people ("Moscow's streets", "Kabul's residents", "Moscow's mayor").
_AGENT_NOUNS = _WORDS.agent_nouns


# Verbs whose object must be an actor: one accused, warned, urged or told ("Tehran accused
# Washington", "Moscow was warned"), never a place attacked or reached.
_ADDRESSEE_VERBS = _WORDS.addressee_verbs


def _actor_use(span: Span) -> bool:
    """Whether a name is used where only an actor fits: the subject of a verb of doing or
    saying (not of :data:`_NON_AGENT_VERBS`; also a conjunct of such a subject, or the "by" of
    a passive), the possessor of one of :data:`_AGENT_NOUNS`, or the one a verb of
    :data:`_ADDRESSEE_VERBS` addresses. Event coders read a capital used so as its country's
    government ("Moscow denied"), and a capital used otherwise as the city ("in Moscow")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Washington and Moscow agreed"
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in _AGENT_NOUNS and root.head.pos_ == "NOUN"
    if root.dep_ in {"dobj", "nsubjpass"}:
        return root.head.pos_ == "VERB" and root.head.lemma_.lower() in _ADDRESSEE_VERBS
    if root.dep_ == "nsubj":
        verb = root.head
        if any(
            c.dep_ == "agent" or (c.lower_ == "by" and c.i == verb.i + 1) for c in verb.children
        ) and not any(c.dep_ == "dobj" for c in verb.children):
            return False  # "Paris hit by jewel heist": a headline's passive, the city undergoes
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head  # "sanctions imposed by Washington"
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _NON_AGENT_VERBS


_LOCATIVE_PREPOSITIONS = _WORDS.locative_prepositions
# where a game is played: "lost at Kansas City", "the win in Jacksonville", "march into Motown"
_VENUE_PREPOSITIONS = _LOCATIVE_PREPOSITIONS | {"at", "into"}
_MEMBERSHIP_ROLES = _WORDS.membership_roles
_TITLE_WORDS = frozenset(w.lower().rstrip(".") for t in TITLES for w in t.split())


def _kin_introduced(before: Token | None, root: Token) -> bool:
    """Whether a name is introduced by a noun of family relation, before it ("his sister Katie
    Jenkin") or as its apposition ("Jeffs' nephew, Brent Jeffs")."""
    kin = _WORDS.kin_nouns
    return (before is not None and before.lower_ in kin) or (
        root.dep_ == "appos" and root.head.lower_ in kin
    )


def _word_before(doc: Doc, i: int) -> Token | None:
    """The word before token *i*, skipping possessives, titles and hyphenated prefixes."""
    j = i - 1
    while j >= 0 and (
        doc[j].text in {"'s", "’s", "'", "’", ".", "-"}
        or (doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in _TITLE_WORDS)
        or (j + 1 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_)
    ):
        j -= 1
    return doc[j] if j >= 0 else None
