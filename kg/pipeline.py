"""The whole run: documents -> spaCy -> actors -> events -> graph -> exports.

``build`` is what the CLI's ``kg build`` and the Python API call; ``extract`` is the part that
evaluation reuses on gold documents.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import networkx as nx
import rdflib
from spacy.language import Language

from kg.actors import find_candidates, resolve_actors
from kg.actors.gazetteer import ActorDictionary, place
from kg.actors.mentions import Candidate
from kg.config import Settings
from kg.documents import read_documents
from kg.events import ActorIndex, extract_events, load_lexicon, merge_events
from kg.graph import actor_graph, event_graph
from kg.model import Document, Event, Extraction, Mention
from kg.nlp import load_pipeline, parse, sentence_index

__all__ = ["KnowledgeGraph", "build", "extract"]


def _large_place(name: str) -> bool:
    """A city or region large enough that a capitalised mention of it is the place."""
    found = place(name)
    return found is not None and (found.population or 0) >= 100_000


def extract(
    documents: Sequence[Document],
    nlp: Language | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract actors, events and relations from documents.

    Parameters
    ----------
    documents : sequence of Document
        The articles, e.g. from :func:`kg.read_documents`.
    nlp : spacy.Language, optional
        A loaded pipeline; loaded from ``settings.model`` when omitted.
    settings : Settings, optional
        Model, dictionaries and batch size.
    """
    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    dictionary = ActorDictionary.load(settings.dictionaries)
    lexicon = load_lexicon()
    docs = list(parse(nlp, documents, settings.batch_size))
    candidates: dict[str, list[Candidate]] = {
        d.id: find_candidates(doc, dictionary.knows, _large_place)
        for d, doc in zip(documents, docs, strict=True)
    }
    resolved = resolve_actors(candidates, dictionary, {d.id: d.text for d in documents})
    # descriptions ("the terror group") that resolution could not link to an actor are dropped
    candidates = {
        doc_id: [c for c in found if (doc_id, c.start) in resolved.by_mention]
        for doc_id, found in candidates.items()
    }
    events: list[Event] = []
    for document, doc in zip(documents, docs, strict=True):
        mentions = sorted(
            (
                Mention(document.id, c.start, c.end, c.text, c.sentence, c.label),
                resolved.by_mention[(document.id, c.start)],
                str(resolved.actors[resolved.by_mention[(document.id, c.start)]].type),
            )
            for c in candidates[document.id]
        )
        index = ActorIndex(mentions).index(doc)
        events.extend(extract_events(doc, document, index, lexicon, sentence_index(doc)))
    return Extraction(list(documents), resolved.actors, merge_events(events), resolved.relations)


@dataclass
class KnowledgeGraph:
    """The result of a build: the extraction, its graphs and the writers."""

    extraction: Extraction

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """Actors and events as nodes, roles as edges (see :func:`kg.graph.event_graph`)."""
        return event_graph(self.extraction)

    @cached_property
    def actor_graph(self) -> nx.MultiDiGraph:
        """The actor–actor projection weighted by number of events."""
        return actor_graph(self.extraction)

    def to_rdf(self) -> rdflib.Dataset:
        """The RDF dataset: one named graph per document (see ``docs/model.md``)."""
        from kg.export.rdf import to_dataset

        return to_dataset(self.extraction)

    def write(self, out: str | os.PathLike[str] = "exports") -> list[Path]:
        """Write every export format into *out*; returns the files written."""
        from kg.export import write_all

        return write_all(self.extraction, out, graph=self.graph, actor_graph=self.actor_graph)


def build(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> KnowledgeGraph:
    """Read documents from files or folders and build their knowledge graph.

    Examples
    --------
    >>> import kg
    >>> result = kg.build("seeds/")  # doctest: +SKIP
    >>> result.write("exports/")  # doctest: +SKIP
    """
    settings = settings or Settings()
    documents = list(
        read_documents(
            paths,
            date=settings.date,
            text_field=settings.text_field,
            id_field=settings.id_field,
            title_field=settings.title_field,
            date_field=settings.date_field,
            url_field=settings.url_field,
        )
    )
    return KnowledgeGraph(extract(documents, nlp, settings))
