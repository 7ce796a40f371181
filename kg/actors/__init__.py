"""Actors: mentions found in parsed documents, resolved into one node per real-world actor."""

from kg.actors.grouping import DocumentActors, group_document
from kg.actors.mentions import Candidate, find_candidates
from kg.actors.resolve import ResolvedActors, merge_actors, resolve_actors

__all__ = [
    "Candidate",
    "DocumentActors",
    "ResolvedActors",
    "find_candidates",
    "group_document",
    "merge_actors",
    "resolve_actors",
]
