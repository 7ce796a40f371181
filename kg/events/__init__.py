"""Events: PLOVER-typed triggers with roles, dates, modality and attribution."""

from kg.events.actor_index import ActorIndex
from kg.events.coref import merge_events
from kg.events.extract import extract_events
from kg.events.lexicon import PLOVER_TYPES, Lexicon, load_lexicon

__all__ = [
    "PLOVER_TYPES",
    "ActorIndex",
    "Lexicon",
    "extract_events",
    "load_lexicon",
    "merge_events",
]
