"""The whole run: documents -> spaCy -> actors -> events -> graph -> exports.

``build`` is what the CLI's ``kg build`` and the Python API call; ``extract`` is the part that
evaluation reuses on gold documents: each document parsed and analysed on its own, then the
records assembled (see :mod:`kg.analysis`).
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

from kg.analysis import Resources, analyse, assemble
from kg.config import Settings
from kg.documents import read_documents
from kg.graph import actor_graph, event_graph
from kg.model import Document, Extraction
from kg.nlp import load_pipeline, parse

__all__ = ["KnowledgeGraph", "build", "extract"]


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
    resources = Resources.load(settings)
    parsed = parse(nlp, documents, settings.batch_size)
    records = [
        analyse(document, doc, resources) for document, doc in zip(documents, parsed, strict=True)
    ]
    return assemble(records, resources)


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
        read_documents(paths, date=settings.date, fields=settings.fields, on_error="fail")
    )
    return KnowledgeGraph(extract(documents, nlp, settings))
