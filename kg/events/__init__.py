"""Events: PLOVER-typed triggers with roles, dates, modality and attribution."""

from kg.events.actor_index import ActorIndex
from kg.events.coref import merge_events
from kg.events.extract import extract_events
from kg.events.lexicon import Lexicon, load_lexicon

__all__ = [
    "ActorIndex",
    "Lexicon",
    "extract_events",
    "load_lexicon",
    "merge_events",
]
