"""kg: news articles in, a knowledge graph of actors and events out.

>>> import kg
>>> result = kg.build("seeds/")           # doctest: +SKIP
>>> result.graph                          # networkx MultiDiGraph of actors and events
>>> result.write("exports/")              # RDF, GraphML, GEXF, CSV
"""

from kg.config import Settings
from kg.documents import read_documents
from kg.errors import InputError, KgError
from kg.model import (
    Actor,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
    Relation,
)
from kg.pipeline import KnowledgeGraph, build, extract

__all__ = [
    "Actor",
    "ActorType",
    "Argument",
    "Document",
    "Event",
    "Extraction",
    "InputError",
    "KgError",
    "KnowledgeGraph",
    "Mention",
    "Modality",
    "Relation",
    "Settings",
    "build",
    "extract",
    "read_documents",
]
