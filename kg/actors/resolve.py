"""Actor resolution: candidates from every document become one Actor per real-world actor.

Within a document, mentions are grouped by acronym definitions, surnames and partial names that
point back to one full name, and dictionary aliases; across documents, groups with the same
canonical name merge (a lone surname never merges across documents). Types are decided by a vote
over all the evidence: dictionary, gazetteer, NER labels and context cues.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from kg.actors.gazetteer import (
    ActorDictionary,
    DictionaryEntry,
    Place,
    capital_of,
    country,
    demonym,
    name_key,
    place,
    us_state,
)
from kg.actors.mentions import (
    ARABIC_ARTICLES,
    ARMED_MODIFIERS,
    FACILITY_NAME_HEADS,
    ORG_NAME_HEADS,
    PARTICIPANT,
    PLACE_NAME_HEADS,
    Candidate,
)
from kg.model import Actor, ActorRole, ActorType, Mention, Relation
from kg.vocab import actor_iri

__all__ = ["ResolvedActors", "resolve_actors"]

_NER_TYPES = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANISATION,
    "GPE": ActorType.COUNTRY,
    "LOC": ActorType.PLACE,
    "FAC": ActorType.PLACE,
    "NORP": ActorType.GROUP,
}
_CUE_WEIGHTS = {
    "person": (ActorType.PERSON, 4.0),
    "place": (ActorType.PLACE, 10.0),
    "speaker": (ActorType.PERSON, 0.5),
    "age": (ActorType.PERSON, 4.0),
    "organisation": (ActorType.ORGANISATION, 4.0),
    "located": (ActorType.PLACE, 2.5),
}
_ROLE_RELATIONS = {
    "leader": "leader_of",
    "head": "leader_of",
    "chief": "chief_of",
    "commander": "commander_of",
    "spokesperson": "spokesperson_of",
    "spokesman": "spokesperson_of",
    "spokeswoman": "spokesperson_of",
    "founder": "co_founder_of",
    "co-founder": "co_founder_of",
    "cofounder": "co_founder_of",
    "president": "leader_of",
    "minister": "member_of",
    "official": "member_of",
    "member": "member_of",
    "fighter": "member_of",
    "militant": "member_of",
    "soldier": "member_of",
    "envoy": "member_of",
    "son": "child_of",
    "daughter": "child_of",
    "nephew": "relative_of",
    "niece": "relative_of",
}


@dataclass
class _Group:
    """Mentions that one document says are the same actor."""

    key: str
    document_id: str
    candidates: list[Candidate] = field(default_factory=list)
    entry: DictionaryEntry | None = None
    place: Place | None = None
    nationality_of: Place | None = None
    person_refs: int = 0  # mentions that are a surname or first name of a full name


@dataclass
class ResolvedActors:
    """The actors, and for each document the actor IRI of every mention (by char start)."""

    actors: dict[str, Actor]
    by_mention: dict[tuple[str, int], str]
    relations: list[Relation]


def _words(text: str) -> list[str]:
    return text.replace("-", " - ").split()


def _name_words(text: str) -> list[str]:
    """The words of a name without Arabic articles ("al-Baghdadi", "Al-Baghdadi" and
    "Baghdadi" are one surname)."""
    words = _words(text)
    return [
        w
        for i, w in enumerate(words)
        if not (w.lower() in ARABIC_ARTICLES and words[i + 1 : i + 2] == ["-"])
        and not (w == "-" and i > 0 and words[i - 1].lower() in ARABIC_ARTICLES)
    ]


def _person_like(c: Candidate) -> bool:
    return c.label == "PERSON" or bool({"person", "age"} & set(c.cues)) or bool(c.titles)


def _capitalised(text: str) -> bool:
    return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in _words(text) if w != "-")


def _stem_of(adjective: str, name: str) -> bool:
    """Whether a group adjective is formed from a place name: Dagestani, Chechen, Soviet."""
    a, n = adjective.lower(), name.lower()
    if n.startswith(a + " ") or (a.startswith(n) and len(a) - len(n) <= 3):
        return True
    common = 0
    for x, y in zip(a, n, strict=False):
        if x != y:
            break
        common += 1
    return common >= 5 and common >= len(a) - 2 and " " not in n


def _group_document(
    document_id: str, candidates: list[Candidate], dictionary: ActorDictionary
) -> dict[int, _Group]:
    """Group one document's candidates; returns the group of each candidate (by its start)."""
    groups: dict[str, _Group] = {}
    of: dict[int, _Group] = {}
    nominals = [c for c in candidates if c.label == "NOMINAL"]
    candidates = [c for c in candidates if c.label not in {"NOMINAL", PARTICIPANT}]

    def join(c: Candidate, key: str) -> _Group:
        old = of.get(c.start)
        if old is not None:
            old.candidates.remove(c)
        g = groups.setdefault(key, _Group(key, document_id))
        g.candidates.append(c)
        of[c.start] = g
        return g

    entry_of = {c.start: dictionary.lookup(c.text) for c in candidates}

    def known_person(c: Candidate) -> bool:
        entry = entry_of[c.start]
        return entry is not None and entry.type == "person"

    # A name is a person's in the whole document when one of its mentions says so.
    person_texts = {c.text for c in candidates if _person_like(c)}

    def person(c: Candidate) -> bool:
        return _person_like(c) or c.text in person_texts

    # ... and a longer name is a person's when its last word alone is ("Landaeta").
    heads = ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_NAME_HEADS
    surnames = {t for t in person_texts if len(_words(t)) == 1 and t.lower() not in heads}
    person_texts -= {t for t in person_texts if t.lower() in heads}
    full_people = [
        c
        for c in candidates
        # a dictionary person is a full name too ("Kim Jong Un", whom "Kim" points back to)
        if (person(c) or _words(c.text)[-1] in surnames or known_person(c))
        and 2 <= len(_words(c.text)) <= 6
        and _capitalised(c.text)
        and c.label != "NORP"
    ]
    person_texts |= {c.text for c in full_people}
    named = [
        c
        for c in candidates
        if c.label in {"ORG", "DICT", "FAC", "LOC", "GPE"}
        and len(_words(c.text)) >= 2
        and not person(c)
    ]
    acronyms = [c for c in candidates if c.defined_by is not None]
    # Longer names first, so a surname or a shortened name can join the group of its full name.
    for c in sorted(candidates, key=lambda c: (-len(_words(c.text)), c.start)):
        if c.defined_by is not None:
            continue
        entry = entry_of[c.start]
        if entry is None and c.titles:
            entry = dictionary.lookup(f"{c.titles[0]} {c.text}")
        if entry is not None:
            join(c, "dict:" + entry.label).entry = entry
            continue
        if c.label != "PERSON" and (cp := country(c.text)) is not None:
            join(c, "dict:" + cp.label).place = cp
            continue
        # "Washington" in a text about George Washington is the man
        someone = person(c) or _full_name(c, full_people) is not None
        if (governed := _governing(c, someone)) is not None:
            c.cues.append(METONYM)
            if (state := dictionary.lookup(governed.label)) is not None:
                join(c, "dict:" + state.label).entry = state
            else:
                join(c, "dict:" + governed.label).place = governed
            continue
        if c.label == "NORP" and (land := demonym(c.text)) and (cp := country(land)):
            if (
                "modifier" in c.cues
                or not (c.text.endswith("s") or {"determined", "nominal"} & set(c.cues))
                or ("determined" in c.cues and c.text.endswith(_COLLECTIVE_ENDINGS))
            ):
                # "Afghan ulemas", "US troops": the adjective names the country; so does a
                # collective "the British", "the French", "the Chinese" (the state acting).
                join(c, "dict:" + cp.label).place = cp
            else:
                # "the Afghans": the people, a group linked to its country.
                join(c, "people:" + cp.label).nationality_of = cp
            continue
        words = _words(c.text)
        bare = _name_words(c.text)  # "Al-Baghdadi" is one word, a surname
        if (person(c) and len(bare) <= 2) or (len(bare) == 1 and c.label != "NORP"):
            full = _full_name(c, full_people)
            if full is not None and full.start in of:
                g = join(c, of[full.start].key)
                g.person_refs += 1
                continue
        if c.label != "NORP" and not person(c) and _capitalised(c.text):
            owner = _longer_name(c, named)
            if owner is not None and owner.start in of:
                join(c, of[owner.start].key)
                continue
        owner = _initials_of(c.text, named) if len(words) == 1 and c.text.isupper() else None
        if owner is not None and owner.start in of:
            join(c, of[owner.start].key)  # "UDA" for "Ulster Defence Association", undefined
            continue
        key = "name:" + _airbase_key(c.text.lower())
        if person(c) and len(words) == 1:
            key = f"surname:{c.text.lower()}@{document_id}"
        elif person(c) and len(words) >= 2:
            twin = next(
                (o for o in full_people if o.start in of and _variant(o.text, c.text)), None
            )
            if twin is not None:  # "Dzokhar Tsarnaev" beside "Dzhokhar Tsarnaev"
                key = of[twin.start].key
        join(c, key)
    for c in acronyms:
        defined = of.get(c.defined_by) if c.defined_by is not None else None
        join(c, defined.key if defined is not None else "name:" + c.text.lower())
    _adjectives_of_places(candidates, of, join)
    _descriptions_of_organisations(candidates, of, join)
    for n in nominals:
        antecedent = _antecedent(n, candidates, of)
        if antecedent is not None:
            join(n, antecedent)
    return of


METONYM = "metonym"
"""Cue of a capital named for its country's government ("Moscow denied"): a mention of the
country, never one of its aliases, so that the city keeps its own node everywhere else."""
_CAPITAL_LABELS = frozenset(["GPE", "LOC", "ORG", "DICT"])


def _governing(c: Candidate, is_person: bool) -> Place | None:
    """The country whose government a national capital stands for where only an actor fits
    ("Moscow denied", "Moscow's decision", "accused Washington"), as event coders read it;
    None otherwise ("in Moscow", "Moscow's streets", "Kabul was captured")."""
    if is_person or c.label not in _CAPITAL_LABELS or "actor" not in c.cues:
        return None
    return capital_of(c.text)


_ARMED_SUBTYPES = frozenset(["armed_group", "separatist_entity", "private_military_company"])
_NOMINAL_WINDOW = 3  # sentences


def _antecedent(n: Candidate, candidates: list[Candidate], of: dict[int, _Group]) -> str | None:
    """The organisation a description ("the group", "the terror group") refers to, or None.

    Organisations qualify: dictionary entries of type organisation (of an armed subtype when
    the description says "terror", "militant"...), or organisations the NER found that no
    dictionary or gazetteer knows. Each mention in the last
    ``_NOMINAL_WINDOW`` sentences before the description counts 3 as a subject, 0.5 as a
    modifier ("NRFA leader"), 1 otherwise, halved for every sentence back; the best must
    score at least twice the second."""
    scores: dict[str, float] = defaultdict(float)
    armed = bool(ARMED_MODIFIERS & set(n.cues))
    for o in candidates:
        g = of.get(o.start)
        if g is None or o.start >= n.start or n.sentence - o.sentence > _NOMINAL_WINDOW:
            continue
        if g.entry is not None:
            if g.entry.type is not ActorType.ORGANISATION or (
                armed and g.entry.subtype not in _ARMED_SUBTYPES
            ):
                continue
        elif g.place is not None or g.nationality_of is not None or o.label != "ORG":
            continue
        weight = 3.0 if "subject" in o.cues else 0.5 if "modifier" in o.cues else 1.0
        scores[g.key] += weight * 0.5 ** (n.sentence - o.sentence)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(scores, key=lambda k: scores[k])


# Words too common in organisation names to tell one from another ("the National Army").
_GENERIC_MODIFIERS = frozenset(
    ["national", "islamic", "democratic", "people's", "peoples", "popular", "united", "liberation",
     "revolutionary", "socialist", "republican", "federal", "central", "general", "special",
     "security", "armed", "military", "new", "free", "royal", "state", "public", "international",
     "world", "global", "union", "army", "air", "defence", "defense", "police", "border", "civil",
     "north", "south", "east", "west", "northern", "southern", "eastern", "western"]
)  # fmt: skip


def _organisation_entry(entry: DictionaryEntry | None) -> bool:
    """No dictionary entry, or one of an organisation."""
    return entry is None or entry.type is ActorType.ORGANISATION


def _descriptions_of_organisations(
    candidates: list[Candidate],
    of: dict[int, _Group],
    join: Callable[[Candidate, str], _Group],
) -> None:
    """ "the Resistance Force" after "the National Resistance Front": a definite description
    whose head is a generic organisation noun and whose other words all occur in the name of
    exactly one organisation named before it in the document refers to that organisation."""
    for c in candidates:
        g = of.get(c.start)
        words = [w.lower() for w in _words(c.text)]
        if (
            g is None
            or g.entry is not None
            or g.place is not None
            or "determined" not in c.cues
            or c.label not in {"ORG", "FAC"}
            or len(words) < 2
            or words[-1] not in ORG_NAME_HEADS
            or any(w in _GENERIC_MODIFIERS or w in ORG_NAME_HEADS for w in words[:-1])
        ):
            continue
        owners = {
            of[o.start].key
            for o in candidates
            if o.start < c.start
            and o.start in of
            and of[o.start] is not g
            and of[o.start].key.startswith(("dict:", "name:"))
            and _organisation_entry(of[o.start].entry)
            and of[o.start].place is None
            and o.label in {"ORG", "DICT", "ACRONYM"}
            and len(_words(o.text)) >= 2
            and set(words[:-1]) <= {w.lower() for w in _words(o.text)}
            and words[-1] != _words(o.text)[-1].lower()
        }
        if len(owners) == 1:
            join(c, owners.pop())


_COLLECTIVE_ENDINGS = ("sh", "ch", "ese", "ss")  # British, French, Chinese, Swiss


def _adjectives_of_places(
    candidates: list[Candidate],
    of: dict[int, _Group],
    join: Callable[[Candidate, str], _Group],
) -> None:
    """ "Chechen fighters" beside "Chechnya": a group adjective of a place named in the text."""
    places = {
        of[c.start].key: c.text
        for c in candidates
        if c.label in {"GPE", "LOC"} and c.start in of and of[c.start].key.startswith("name:")
    }
    for c in candidates:
        g = of.get(c.start)
        if c.label != "NORP" or "modifier" not in c.cues or g is None or g.entry or g.place:
            continue
        fits = {key for key, name in places.items() if _stem_of(c.text, name)}
        if len(fits) == 1:
            join(c, fits.pop())
            c.cues.append("adjective")  # its NER label (NORP) says nothing of the place's type


_AIRBASE_RE = re.compile(r"\s+(?:air\s*base|air\s*field|air\s+station)$")


def _airbase_key(name: str) -> str:
    """One key for the words news use interchangeably for one military airfield: "Bagram Air
    Base", "Bagram Airbase", "Bagram Airfield" (an airport, a base or a city stay apart)."""
    return _AIRBASE_RE.sub(" air base", name)


def _variant(a: str, b: str) -> bool:
    """Two spellings of one full name: the same words but one, and that one (five letters or
    more) one letter apart ("Dzhokhar Tsarnaev", "Dzokhar Tsarnaev"; "Malcolm", "Malcom")."""
    wa, wb = _words(a), _words(b)
    if a == b or len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 5 or abs(len(x) - len(y)) > 1 or x[0] != y[0]:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _initials_of(acronym: str, named: list[Candidate]) -> Candidate | None:
    """The one name in the text whose capitalised words' initials spell *acronym*."""
    if not 2 <= len(acronym) <= 6:
        return None
    fits = {
        o.text: o
        for o in named
        if "".join(w[0] for w in _words(o.text) if w[:1].isupper()) == acronym
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _longer_name(c: Candidate, named: list[Candidate]) -> Candidate | None:
    """The one longer organisation or place name that *c* shortens ("Rolando" for "Rolando
    Cafe", "Elections Council" for "National Elections Council", "Police" for "Greater
    Manchester Police"); None if none or several."""
    words = _words(c.text)
    if len(words) == 1 and (here := place(c.text)) is not None and _own_place(c.text):
        # "Boston" in a text about the "Boston Marathon" is the city; "Panjshir" beside
        # "Panjshir province" is that province when the gazetteer says both are one place
        same = {o.text: o for o in named if _words(o.text)[0] == c.text and place(o.text) == here}
        return next(iter(same.values())) if len(same) == 1 else None
    longer = {
        _words(o.text)[0] if len(words) == 1 else o.text: o
        for o in named
        if len(_words(o.text)) > len(words)
        and (
            _words(o.text)[: len(words)] == words
            or (
                (len(words) >= 2 or words[0].lower() in ORG_NAME_HEADS)
                and _words(o.text)[-len(words) :] == words
            )
        )
    }
    texts = {o.text for o in longer.values()}
    if len(texts) == 1:
        (owner,) = longer.values()
        return owner
    return None


def _full_name(c: Candidate, full_people: list[Candidate]) -> Candidate | None:
    """The full name a surname or partial name points back to: the latest one before it.

    Several full names ending the same way ("Ahmad Massoud", "Ahmad Shah Massoud") are told
    apart by recency, the way a reader does; with none before, the only one after is taken.
    A lone first name ("Dzhokhar" for "Dzhokhar Tsarnaev") is taken only when it fits one full
    name before it and no surname.
    """
    words = _name_words(c.text)
    fits = [
        p
        for p in full_people
        if len(_name_words(p.text)) > len(words)
        and (
            _name_words(p.text)[-len(words) :] == words
            # "John Henry" for "John W. Henry": only a middle initial left out, never a middle
            # name ("Ahmad Massoud" is not "Ahmad Shah Massoud")
            or (
                len(words) == 2
                and [_words(p.text)[0], _words(p.text)[-1]] == words
                and all(len(w.rstrip(".")) == 1 for w in _words(p.text)[1:-1])
            )
        )
    ]
    before = [p for p in fits if p.start < c.start]
    if before:
        return max(before, key=lambda p: p.start)
    if len({p.text for p in fits}) == 1:
        return fits[0]
    if fits or len(words) != 1:
        return None
    # a surname spelt one letter apart: "Tzarnaev" for "Dzhokhar Tsarnaev"
    spelt = [
        p
        for p in full_people
        if _variant(_words(p.text)[-1], words[0])
        and words[0] != _words(p.text)[-1] + "s"  # "the Tsarnaevs" are the family
    ]
    if len({_words(p.text)[-1] for p in spelt}) == 1:
        before = [p for p in spelt if p.start < c.start]
        return max(before, key=lambda p: p.start) if before else spelt[0]
    # a first name points back only: "José, a bus driver" before "José Luis Rodríguez Zapatero"
    # introduces someone else
    first = [p for p in full_people if _words(p.text)[0] == words[0] and p.start < c.start]
    if len({p.text for p in first}) == 1:
        return first[0]
    return None


def _own_place(name: str) -> bool:
    """Whether the gazetteer knows *name* as a place under that name (not another spelling);
    never an organisation word ("Police" is a town in Poland, but "Police said" is not it)."""
    if name.lower() in ORG_NAME_HEADS:
        return False
    found = place(name)
    # other spellings count for names of two words or more ("Khan Younis" for Khān Yūnis); a
    # single word may be a town's rare other name ("Police")
    return found is not None and (
        name_key(found.label).startswith(name_key(name)) or len(_words(name)) >= 2
    )


def _vote(groups: list[_Group]) -> ActorType:
    """The actor type with the most evidence over all mentions of one actor."""
    for g in groups:
        if g.entry is not None:
            return ActorType(g.entry.type)
        if g.place is not None and g.place.subtype == "country":
            return ActorType.COUNTRY
        if g.nationality_of is not None:
            return ActorType.GROUP
    votes: dict[ActorType, float] = defaultdict(float)
    for g in groups:
        for c in g.candidates:
            if "adjective" in c.cues:
                continue
            if c.label in _NER_TYPES:
                votes[_NER_TYPES[c.label]] += 1.0
            for cue in c.cues:
                if cue.startswith("ner:") and cue[4:] in _NER_TYPES:
                    votes[_NER_TYPES[cue[4:]]] += 1.0
                elif cue in _CUE_WEIGHTS:
                    kind, weight = _CUE_WEIGHTS[cue]
                    votes[kind] += weight
            if c.titles:
                votes[ActorType.PERSON] += 2.0
        # A full name later used by its surname alone is how news writes about people.
        votes[ActorType.PERSON] += 2.0 * g.person_refs
        own = [c for c in g.candidates[:3] if c.label != "PERSON" and _own_place(c.text)]
        if g.place is not None or own or any(us_state(c.text) for c in g.candidates[:3]):
            votes[ActorType.PLACE] += 2.5  # "Albany, N. Y.": spaCy reads the initials as a name
        if any(len(_words(c.text)) >= 2 for c in own):
            votes[ActorType.PLACE] += 2.0  # "West Bank": a whole gazetteer name, not a bank
    if votes.get(ActorType.COUNTRY):
        # GPE that no gazetteer knows as a country is a place (province, city, region).
        votes[ActorType.PLACE] += votes.pop(ActorType.COUNTRY)
    if not votes:
        return ActorType.ORGANISATION
    return max(sorted(votes), key=lambda t: votes[t])


def _label(groups: list[_Group], kind: ActorType) -> str:
    """The canonical name: dictionary or gazetteer label, else the fullest name used."""
    for g in groups:
        if g.entry is not None:
            return g.entry.label
        if g.place is not None:
            return g.place.label
        if g.nationality_of is not None:
            return g.nationality_of.label + " (people)"
    named = [c for g in groups for c in g.candidates if c.label != "NOMINAL"]
    names = Counter(c.text for c in named if c.defined_by is None)
    if not names:
        names = Counter(c.text for c in named)
    label = max(sorted(names), key=lambda n: (len(_words(n)), names[n]))
    bare, _, unit = label.rpartition(" ")
    if unit.lower() in _UNITS and bare in names:
        return bare  # "Panjshir" beside "Panjshir province": the name the text uses
    return label


_UNITS = frozenset(["province", "district", "governorate", "oblast"])


def resolve_actors(
    candidates: dict[str, list[Candidate]],
    dictionary: ActorDictionary,
    texts: Mapping[str, str],
) -> ResolvedActors:
    """Resolve every document's candidates into actors.

    Parameters
    ----------
    candidates : dict
        Document id -> that document's candidates (from ``find_candidates``), in document order.
    dictionary : ActorDictionary
        Curated actors (labels, aliases, types, Wikidata ids).
    texts : mapping
        Document id -> its text, for the evidence of relations ("NRFA leader Ahmad Massoud").
    """
    by_key: dict[str, list[_Group]] = defaultdict(list)
    of_doc: dict[str, dict[int, _Group]] = {}
    for doc_id in sorted(candidates):
        of = _group_document(doc_id, candidates[doc_id], dictionary)
        of_doc[doc_id] = of
        for g in {id(g): g for g in of.values()}.values():
            by_key[g.key].append(g)
    # A surname that one document could not resolve stays that document's own actor.
    actors: dict[str, Actor] = {}
    iri_of_key: dict[str, str] = {}
    kinds = {key: _vote(groups) for key, groups in by_key.items()}
    kinds = _coordinated(by_key, kinds, of_doc)
    for key in [k for k in by_key if k.startswith("name:") and len(_words(k[5:])) == 1]:
        if kinds[key] is ActorType.PERSON and len(by_key[key]) > 1:
            # a one-word name that turned out to be a person's is a lone surname: never merged
            # across documents ("Bush" in two articles may be two people)
            for g in by_key.pop(key):
                g.key = f"surname:{key[5:]}@{g.document_id}"
                by_key[g.key].append(g)
                kinds[g.key] = ActorType.PERSON
    for key in sorted(by_key):
        groups = by_key[key]
        kind = kinds[key]
        label = _label(groups, kind)
        iri = actor_iri(label)
        if key.startswith("surname:"):
            iri = actor_iri(f"{label} {groups[0].document_id}")
        iri_of_key[key] = iri
        mentions = sorted(
            Mention(g.document_id, c.start, c.end, c.text, c.sentence, c.label)
            for g in groups
            for c in g.candidates
        )
        actor = actors.get(iri) or Actor(iri, label, kind)
        actor.mentions = sorted({*actor.mentions, *mentions})
        names = {
            c.text
            for g in groups
            for c in g.candidates
            if c.label != "NOMINAL" and METONYM not in c.cues
        }
        actor.aliases = sorted({*actor.aliases, *names} - {label})
        actor.titles = sorted(
            {*actor.titles, *(t for g in groups for c in g.candidates for t in c.titles)}
        )
        _link(actor, groups)
        actors[iri] = actor
    by_mention = {
        (doc_id, start): iri_of_key[g.key]
        for doc_id, of in of_doc.items()
        for start, g in of.items()
    }
    for doc_id in sorted(candidates):
        _participants(doc_id, candidates[doc_id], of_doc[doc_id], actors, by_mention)
    relations = [
        r
        for r in _relations(candidates, by_mention, texts)
        if actors[r.subject].type is ActorType.PERSON
    ]  # every role noun kg reads (leader, spokesperson, son, ...) is a person's
    return ResolvedActors(dict(sorted(actors.items())), by_mention, relations)


UNNAMED = "unnamed"
"""``Actor.subtype`` of an unnamed participant whose noun tells no sector ("civilians", "the
gunman"); one that does carries it instead ("US troops": ``military``)."""


def _country_of(g: _Group | None) -> tuple[str, str | None] | None:
    """The country (label, ISO3) a resolved name stands for, or None when it is no country."""
    if g is None:
        return None
    if g.entry is not None:
        if g.entry.type is ActorType.COUNTRY:
            return g.entry.label, g.entry.country
        return None
    p = g.place or g.nationality_of
    if p is not None and p.subtype == "country":
        return p.label, p.country
    return None


def _participants(
    document_id: str,
    candidates: list[Candidate],
    of: dict[int, _Group],
    actors: dict[str, Actor],
    by_mention: dict[tuple[str, int], str],
) -> None:
    """Unnamed participants of one document become actors (type group, or person when
    singular; subtype the sector the phrase names, military, police, security or armed_group,
    else ``unnamed``).

    A group qualified by a country ("Afghan civilians", "US troops") is one node across
    documents, labelled "civilians (Afghanistan)" and linked to the country by ``country``;
    every other participant belongs to its document (its IRI holds the document id), where
    a definite mention ("the soldiers", "these protesters", "police") is the latest node with
    the same phrase and number ("three soldiers" ... "the soldiers"), and an indefinite one ("a
    journalist", "three soldiers", "people") is someone new. A participant qualified by a name
    that is no country ("Taliban fighters") is no actor of its own: the name is."""
    latest: dict[tuple[str, str | None, bool], str] = {}
    for c in candidates:
        if c.label != PARTICIPANT or c.phrase is None:
            continue
        land = None
        if c.qualified_by is not None:
            land = _country_of(of.get(c.qualified_by))
            if land is None:
                continue
        plural = "plural" in c.cues
        label = f"{c.phrase} ({land[0]})" if land else c.phrase
        key = (c.phrase, land[0] if land else None, plural)
        if plural and land:
            iri = actor_iri(label)
        elif "indefinite" in c.cues or key not in latest:
            suffix = f" {c.start}" if key in latest else ""
            iri = actor_iri(f"{label} {document_id}{suffix}")
        else:
            iri = latest[key]
        latest[key] = iri
        kind = ActorType.GROUP if plural else ActorType.PERSON
        actor = actors.get(iri) or Actor(iri, label, kind, UNNAMED)
        if actor.subtype == UNNAMED and c.sector:
            actor.subtype = c.sector
        if land:
            actor.country = actor.country or land[1]
        mention = Mention(document_id, c.start, c.end, c.text, c.sentence, c.label)
        actor.mentions = sorted({*actor.mentions, mention})
        if "counted" not in c.cues:
            actor.aliases = sorted({*actor.aliases, c.text} - {label})
        actors[iri] = actor
        by_mention[(document_id, c.start)] = iri


def _coordinated(
    by_key: dict[str, list[_Group]],
    kinds: dict[str, ActorType],
    of_doc: dict[str, dict[int, _Group]],
) -> dict[str, ActorType]:
    """Names in one coordination share a type: "Panjshir and Andarab", "Kandahar, Herat, ...".

    Only actors with no dictionary or gazetteer entry change, and only when most of their
    conjuncts agree on a type.
    """
    out = dict(kinds)
    for key, groups in by_key.items():
        if any(g.entry or g.place or g.nationality_of for g in groups):
            continue
        votes: Counter[ActorType] = Counter()
        for g in groups:
            of = of_doc[g.document_id]
            for c in g.candidates:
                for start in c.conjuncts:
                    if start in of and of[start].key != key:
                        votes[kinds[of[start].key]] += 1
        if votes:
            kind, n = votes.most_common(1)[0]
            if n * 2 > sum(votes.values()) and kind in {ActorType.PLACE, ActorType.COUNTRY}:
                out[key] = ActorType.PLACE
    return out


def _link(actor: Actor, groups: list[_Group]) -> None:
    """Wikidata, GeoNames, coordinates and country from the dictionary and gazetteer."""
    for g in groups:
        if g.entry is not None:
            actor.subtype = actor.subtype or g.entry.subtype
            actor.wikidata = actor.wikidata or g.entry.wikidata
            actor.country = actor.country or g.entry.country
            if not actor.roles:
                actor.roles = [
                    ActorRole(
                        r.role,
                        r.since.isoformat() if r.since else None,
                        r.until.isoformat() if r.until else None,
                    )
                    for r in g.entry.roles
                ]
        p = g.place or g.nationality_of
        if p is not None:
            actor.country = actor.country or p.country
            if g.place is not None:
                actor.subtype = actor.subtype or p.subtype
                actor.geonames = actor.geonames or p.geonames
                actor.latitude = actor.latitude if actor.latitude is not None else p.latitude
                actor.longitude = actor.longitude if actor.longitude is not None else p.longitude
    if actor.type is ActorType.PLACE and actor.geonames is None:
        hint = actor.country
        for name in [actor.label, *actor.aliases]:
            if (p := place(name, hint)) is not None:
                actor.subtype = actor.subtype or p.subtype
                actor.geonames, actor.latitude, actor.longitude = (
                    p.geonames,
                    p.latitude,
                    p.longitude,
                )
                actor.country = actor.country or p.country
                break


def _relations(
    candidates: dict[str, list[Candidate]],
    by_mention: dict[tuple[str, int], str],
    texts: Mapping[str, str],
) -> list[Relation]:
    """Relations stated by a role noun between two names: "NRFA leader Ahmad Massoud"."""
    out: dict[tuple[str, str, str], Relation] = {}
    for doc_id in sorted(candidates):
        for c in candidates[doc_id]:
            if c.role_noun not in _ROLE_RELATIONS or c.role_of_start is None:
                continue
            subject = by_mention.get((doc_id, c.start))
            obj = by_mention.get((doc_id, c.role_of_start))
            if subject and obj and subject != obj:
                predicate = _ROLE_RELATIONS[c.role_noun]
                owner_end = max(
                    (o.end for o in candidates[doc_id] if o.start == c.role_of_start), default=c.end
                )
                start, end = min(c.start, c.role_of_start), max(c.end, owner_end)
                evidence = Mention(
                    doc_id, start, end, texts[doc_id][start:end], c.sentence, "ROLE"
                )
                out.setdefault(
                    (subject, predicate, obj), Relation(subject, predicate, obj, evidence)
                )
    return [out[k] for k in sorted(out)]
