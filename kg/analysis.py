"""One document at a time, then all together: the per-document record and its assembly.

:func:`analyse` is a pure function of one parsed document and the fixed :class:`Resources`: it
finds the document's actors, groups them, resolves them within the document, and extracts its
events with document-local actor keys. Its :class:`DocumentRecord` holds plain values only (no
spaCy objects, no reference to the dictionary or the gazetteer), so it can be pickled, cached
or sent back from another process or machine, and the spaCy ``Doc`` can be dropped at once.

:func:`assemble` merges the records: actors across documents (by key and name, through
dictionaries), then the events' local actor keys become actor IRIs and coreferent events merge.
The records are taken in order of document id, so the result is the same whatever order they
arrive in.
"""

from __future__ import annotations

import functools
import weakref
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg._gc import gc_paused
from kg.actors.gazetteer import TEAM_SUBTYPE, ActorDictionary, Gazetteer
from kg.actors.grouping import DocumentActors, group_document, person_sexes
from kg.actors.mentions import find_candidates
from kg.actors.resolve import local_actors, merge_actors
from kg.config import Settings
from kg.events import ActorIndex, Lexicon, extract_events, load_lexicon, merge_events
from kg.model import (
    Actor,
    ActorRef,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    MentionLabel,
    Role,
)
from kg.parsed import sentence_index

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.tokens import Doc

__all__ = ["DocumentRecord", "Resources", "analyse", "assemble", "assemble_read"]


@dataclass(frozen=True)
class Resources:
    """The fixed resources every document is analysed with: the actor dictionary (packaged and
    the user's), the gazetteer and the event lexicon.

    Build it once per process with :meth:`load` (in a worker process or a Dask worker too: it
    is made from the :class:`~kg.config.Settings` alone); it is read, never changed. It also
    pickles cheaply (about 70 kB: the dictionary and the lexicon; the dictionary's Phoenix
    entries and the gazetteer's indexes are read back where they are first used).
    """

    dictionary: ActorDictionary
    gazetteer: Gazetteer
    lexicon: Lexicon

    @classmethod
    def load(cls, settings: Settings | None = None) -> Resources:
        """The resources *settings* name (dictionaries); the packaged ones by default, made
        once per process as the lexicon is (reading the dictionary takes 0.3 s, building the
        gazetteer's indexes again as much: many small extractions in one process, a test
        suite's, paid both each time)."""
        settings = settings or Settings()
        if not settings.dictionaries:
            return _packaged_resources()
        return cls._read(settings.dictionaries)

    @classmethod
    def _read(cls, dictionaries: tuple[Path, ...]) -> Resources:
        with gc_paused():
            gazetteer = Gazetteer()
            dictionary = ActorDictionary.load(dictionaries, gazetteer=gazetteer)
            return cls(dictionary, gazetteer, load_lexicon())


@functools.cache
def _packaged_resources() -> Resources:
    """The packaged resources alone (no user dictionary), read once per process."""
    return Resources._read(())


@dataclass(frozen=True)
class DocumentRecord:
    """What one document yields: its actors as the document alone tells them, and its events.

    ``actor_ids`` maps the start of every actor mention to the document-local key of its
    actor; the events' arguments name those keys (see :func:`assemble`).
    """

    document: Document
    actors: DocumentActors
    actor_ids: dict[int, str]
    events: tuple[Event, ...]


_LARGE_PLACES: weakref.WeakKeyDictionary[Gazetteer, dict[str, bool]] = (
    weakref.WeakKeyDictionary()
)
"""Each gazetteer's answers of :func:`_large_places`, kept as long as the gazetteer: a cache
keyed by the gazetteer itself kept every gazetteer ever used, indexes and all (some 60 MB a
:func:`kg.extract` call)."""


def _large_places(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """Whether a name is a city or region large enough that a capitalised mention of it is the
    place (remembered: the same proper nouns recur across documents)."""
    known = _LARGE_PLACES.get(gazetteer)
    if known is None:
        known = _LARGE_PLACES[gazetteer] = {}

    def large(name: str) -> bool:
        found = known.get(name)
        if found is None:
            if len(known) >= 1 << 14:
                known.clear()
            place = gazetteer.place(name)
            found = known[name] = place is not None and (place.population or 0) >= 100_000
        return found

    return large


def analyse(document: Document, doc: Doc, resources: Resources) -> DocumentRecord:
    """Actors and events of one parsed document, with document-local actor keys.

    Parameters
    ----------
    document : Document
        The article.
    doc : spacy.tokens.Doc
        Its text parsed by the pipeline; not kept.
    resources : Resources
        The dictionary, gazetteer and lexicon.
    """
    dictionary, gazetteer = resources.dictionary, resources.gazetteer
    lexicon = resources.lexicon
    candidates = find_candidates(
        doc, gazetteer, dictionary.knows, _large_places(gazetteer),
        lexicon.verbs.keys() | lexicon.cameo_verbs.keys(),
    )
    actors = replace(
        group_document(document.id, candidates, document.text, dictionary, gazetteer),
        date=document.date,
    )
    local = local_actors(actors, dictionary, gazetteer)
    mentions = [m for g in actors.groups for m in g.mentions]
    mentions += [p.mention for p in actors.participants]
    refs: list[tuple[Mention, str, str]] = sorted(
        ActorRef(Mention(document.id, m.start, m.end, m.text, m.sentence, m.label), *local[m.start])
        for m in mentions
    )
    index = ActorIndex(refs, _sexes(actors, local, document.text)).index(doc)
    events = extract_events(doc, document, index, resources.lexicon, sentence_index(doc))
    return DocumentRecord(
        document, actors, {start: key for start, (key, _) in local.items()}, tuple(events)
    )


def _sexes(
    actors: DocumentActors, local: Mapping[int, tuple[str, str]], text: str
) -> dict[str, str]:
    """The sex ("m", "f") of each local actor key the text tells it of, where its mentions
    agree (:func:`kg.actors.grouping.person_sexes`)."""
    told: dict[str, set[str]] = defaultdict(set)
    for start, sex in person_sexes(actors, text).items():
        if start in local:
            told[local[start][0]].add(sex)
    return {key: sexes.pop() for key, sexes in told.items() if len(sexes) == 1}


def assemble(records: Iterable[DocumentRecord], resources: Resources) -> Extraction:
    """Merge the records of several documents into one extraction.

    Actors merge across documents (:func:`kg.actors.resolve.merge_actors`); each event
    argument's local actor key becomes the IRI of its actor, and coreferent events merge
    (:func:`kg.events.merge_events`). The records are read, never changed; their order does
    not matter.
    """
    ordered = sorted(records, key=lambda r: r.document.id)
    return assemble_read(lambda: iter(ordered), resources)


def assemble_read(read: Callable[[], Iterator[DocumentRecord]], resources: Resources) -> Extraction:
    """:func:`assemble` of the records ``read()`` yields, in order of document id, read once:
    their actors are merged while their documents, events and local keys wait as objects (so
    a build that holds its records packed, see :func:`kg.cache.pack`, unpickles each once).
    """
    rest: list[tuple[Document, dict[int, str], tuple[Event, ...]]] = []

    def actors() -> Iterator[DocumentActors]:
        for record in read():
            rest.append((record.document, record.actor_ids, record.events))
            yield record.actors

    resolved = merge_actors(actors(), resources.dictionary, resources.gazetteer)
    documents: list[Document] = []
    events: list[Event] = []
    teams = {iri for iri, a in resolved.actors.items() if a.subtype == TEAM_SUBTYPE}
    for document, ids, found in rest:
        documents.append(document)
        events.extend(_global_events(document.id, ids, found, resolved.by_mention, teams))
    merged = merge_events(events)
    return Extraction(documents, _without_idle_places(resolved.actors, merged), merged,
                      resolved.relations)


def _without_idle_places(actors: dict[str, Actor], events: Iterable[Event]) -> dict[str, Actor]:
    """*actors* without the unnamed places no event happens at or falls on: "the house" of a
    text that tells nothing of it is no node (see docs/model.md, unnamed places)."""
    used = {a.actor for e in events for a in e.arguments}
    return {
        iri: actor for iri, actor in actors.items()
        if iri in used or not _unnamed_place(actor)
    }


def _unnamed_place(actor: Actor) -> bool:
    """Whether *actor* is an unnamed place: a place all of whose mentions are unnamed."""
    return actor.type == ActorType.PLACE and all(
        m.ner_label == MentionLabel.PARTICIPANT for m in actor.mentions
    )


def _global_events(
    doc_id: str, ids: dict[int, str], events: Iterable[Event],
    by_mention: dict[tuple[str, int], str], teams: Collection[str] = (),
) -> Iterator[Event]:
    """A record's events (document *doc_id*, local keys *ids* by mention start) with actor
    IRIs instead of local keys.

    An argument takes the IRI of its own mention's actor; one without a mention of its own
    (inferred) takes that of the local actor's first mention. Two local actors that turn out
    to be one actor fill a role once. A place the merge read as its sports team (*teams*:
    "journey to Denver", "come back to Philadelphia") is no location: no team is a place.
    """
    iri_of: dict[str, str] = {}
    for start in sorted(ids):
        iri_of.setdefault(ids[start], by_mention[doc_id, start])

    def iri(a: Argument) -> str:
        m = a.mention
        if m is not None and ids.get(m.start) == a.actor:
            return by_mention[doc_id, m.start]
        return iri_of[a.actor]

    for event in events:
        arguments: list[Argument] = []
        local: dict[tuple[str, str], str] = {}  # (role, IRI) -> the local key that filled it
        for a in event.arguments:
            found = iri(a)
            if a.role == Role.LOCATION and found in teams:
                continue
            if local.setdefault((a.role, found), a.actor) != a.actor:
                continue
            arguments.append(Argument(a.role, found, a.mention))
        yield replace(event, arguments=arguments, mentions=list(event.mentions))
