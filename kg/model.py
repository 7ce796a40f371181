"""Plain dataclasses for what kg reads and extracts: documents, mentions, actors, events.

Every later stage (graph, exporters, evaluation) reads these and nothing else, so they carry
all provenance: document id, character offsets and sentence index of every assertion.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "Actor",
    "ActorRef",
    "ActorRole",
    "ActorType",
    "Argument",
    "Document",
    "Event",
    "Extraction",
    "Mention",
    "MentionLabel",
    "Modality",
    "PloverType",
    "Relation",
    "RelationType",
    "Role",
    "mention_key",
]


class ActorType(StrEnum):
    """Coarse actor types; finer distinctions (armed group, city, ...) go in ``Actor.subtype``."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"  # a country or other political entity (GPE)
    PLACE = "place"  # province, city, valley, region: anything located, not governing
    GROUP = "group"  # nationality, ethnic, religious or political group (spaCy NORP)


class MentionLabel(StrEnum):
    """What found a mention (``Mention.ner_label``): the label of a spaCy named entity, or the
    kg rule that read the span."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"  # a country, city or state
    LOC = "LOC"
    FAC = "FAC"  # a facility: airport, base, road, bridge
    NORP = "NORP"  # a nationality, religious or political group
    DICT = "DICT"  # a name the actor dictionary or the gazetteer knows, where the NER saw none
    ACRONYM = "ACRONYM"  # an acronym the text defines: "National Resistance Front (NRFA)"
    SURNAME = "SURNAME"  # another use of a person's surname that the NER missed
    NOMINAL = "NOMINAL"  # a description of an actor named before: "the terror group", "the city"
    PARTICIPANT = "PARTICIPANT"  # an unnamed participant: "three soldiers", "the gunman"
    ROLE = "ROLE"  # the words that state a relation: "NRFA leader Ahmad Massoud"
    TRIGGER = "TRIGGER"  # a word or phrase that tells an event: "attacked", "the attack"


class RelationType(StrEnum):
    """Actor–actor relations stated in the text by a role noun ("NRFA leader Ahmad Massoud",
    "Ahmad Shah Massoud's son"); the subject is always a person."""

    LEADER_OF = "leader_of"  # leader, head, president
    SPOKESPERSON_OF = "spokesperson_of"
    CHIEF_OF = "chief_of"
    COMMANDER_OF = "commander_of"
    CO_FOUNDER_OF = "co_founder_of"  # founder, co-founder
    MEMBER_OF = "member_of"  # member, minister, official, fighter, militant, soldier, envoy
    CHILD_OF = "child_of"  # son, daughter
    RELATIVE_OF = "relative_of"  # nephew, niece


class Modality(StrEnum):
    """How the text presents an event; only ``ASSERTED`` is the article's own claim."""

    ASSERTED = "asserted"
    CLAIMED = "claimed"  # reported by someone: see Event.claimed_by
    ALLEGED = "alleged"  # hedged by the author ("reportedly", "allegedly")
    DENIED = "denied"  # refuted or denied: see Event.disputed_by
    CONDITIONAL = "conditional"
    INTENDED = "intended"  # future, planned, offered
    NEGATED = "negated"


class PloverType(StrEnum):
    """The event types of the PLOVER manual (draft 0.8), plus kg's own: CRIME for ordinary crime,
    DEATH for a death the text gives no violence for, MOVE for an actor's travel to, into,
    from or across a place (no PLOVER type has it; MOBILIZE is troops deployed in a show of
    force) and TRADE for a sale, purchase or rental (CAMEO codes "buy" only between two
    actors); FIGHT of older drafts is ASSAULT. The value is the type's name, as PLOVER writes
    it."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    DEMAND = "DEMAND"
    DISAPPROVE = "DISAPPROVE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    CRIME = "CRIME"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    DEATH = "DEATH"
    MOVE = "MOVE"
    TRADE = "TRADE"


class Role(StrEnum):
    """What an actor is to an event: who did it to whom where, and who claims or denies it."""

    SOURCE = "source"
    TARGET = "target"
    LOCATION = "location"
    CLAIMED_BY = "claimed_by"  # who reports the event: it is claimed, not asserted
    DISPUTED_BY = "disputed_by"  # who denies or refutes it


@dataclass(frozen=True)
class Document:
    """One news article as read from disk, before any NLP.

    Offsets into ``text`` are offsets into the source (see :mod:`kg.documents`): the file's
    text for .txt/.md (its header blanked), the record's text field for JSONL/JSON/CSV, the
    extracted text for HTML/WARC."""

    id: str
    text: str
    date: dt.date | None = None
    date_basis: str = "unknown"  # header | front_matter | field | page | crawl | option | unknown
    title: str | None = None
    url: str | None = None
    path: str | None = None  # the file it came from
    line: int | None = None  # its line (JSON Lines, CSV) or None for one-document files


@dataclass(frozen=True, order=True)
class Mention:
    """A span of a document's text: an actor mention or an event trigger."""

    document_id: str
    start: int  # character offset in Document.text, inclusive
    end: int  # exclusive
    text: str
    sentence: int = 0  # index of the sentence in the document
    ner_label: str = ""  # a MentionLabel: the spaCy label it came from (PERSON, ...) or the rule


mention_key = operator.attrgetter("document_id", "start", "end", "text", "sentence", "ner_label")
"""A sort key that orders mentions as their own order does (their fields, in turn), made in C:
sorting thousands of mentions by their dataclass comparisons is a Python call per comparison."""


class ActorRef(NamedTuple):
    """A resolved actor mention as the events stage reads it: the span, the actor it names and
    that actor's type. Within one document's analysis ``actor`` is the document-local actor key;
    after the cross-document merge it is the actor's IRI."""

    mention: Mention
    actor: str
    type: str


@dataclass(frozen=True)
class ActorRole:
    """What an actor was between two dates, from the dictionary: ``since`` inclusive, ``until``
    exclusive, ISO dates or None for an open end ("insurgent group", 2001-11-13, 2021-08-15)."""

    role: str
    since: str | None = None
    until: str | None = None

    def __str__(self) -> str:
        return f"{self.role} [{self.since or '..'}, {self.until or '..'})"


@dataclass
class Actor:
    """One real-world actor, merged over all its mentions in all documents."""

    id: str  # stable IRI, see kg.vocab.actor_iri
    label: str
    type: ActorType
    subtype: str | None = None  # armed_group, government, military, media, igo, city, province...
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # stripped titles and ranks: Mullah, Lt. Gen
    wikidata: str | None = None  # QID, e.g. "Q42"
    geonames: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 code of the actor's country, where known
    roles: list[ActorRole] = field(default_factory=list)  # roles over time, from the dictionary


@dataclass
class Relation:
    """An explicit actor-actor relation read from the text ("NRFA leader Ahmad Massoud")."""

    subject: str  # actor IRI
    predicate: RelationType
    object: str  # actor IRI
    evidence: Mention


@dataclass(frozen=True)
class Argument:
    """An actor filling a role of an event, with the mention that names it there."""

    role: Role
    actor: str  # actor IRI
    mention: Mention | None = None  # None when the role was inferred, not read from a span


@dataclass
class Event:
    """Who did what to whom, where, when, and according to whom."""

    id: str  # stable IRI, see kg.vocab.event_iri
    type: PloverType
    trigger: Mention  # first mention of the event
    sentence_text: str
    mode: str | None = None  # PLOVER mode or kg subtype: killing, capture, withdrawal, ...
    date: str | None = None  # ISO date (YYYY-MM-DD) or interval "YYYY-MM-DD/YYYY-MM-DD"
    date_basis: str = "unknown"  # explicit | relative | document | unknown
    modality: Modality = Modality.ASSERTED
    arguments: list[Argument] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)  # free text ("drones")
    mentions: list[Mention] = field(default_factory=list)  # every trigger, the first included
    about: list[str] = field(default_factory=list)  # IRIs of the events a statement is about

    @property
    def document_id(self) -> str:
        return self.trigger.document_id

    def actors(self, role: Role) -> list[str]:
        """IRIs of the actors in *role*, in order of first appearance, without repeats."""
        return list(dict.fromkeys(a.actor for a in self.arguments if a.role == role))

    @property
    def sources(self) -> list[str]:
        return self.actors(Role.SOURCE)

    @property
    def targets(self) -> list[str]:
        return self.actors(Role.TARGET)

    @property
    def locations(self) -> list[str]:
        return self.actors(Role.LOCATION)

    @property
    def claimed_by(self) -> list[str]:
        return self.actors(Role.CLAIMED_BY)

    @property
    def disputed_by(self) -> list[str]:
        return self.actors(Role.DISPUTED_BY)


@dataclass
class Extraction:
    """Everything extracted from a set of documents, before it becomes a graph."""

    documents: list[Document] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)  # keyed by IRI, sorted
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
