"""Actors: mentions found in parsed documents, resolved into one node per real-world actor."""

from kg.actors.mentions import Candidate, find_candidates
from kg.actors.resolve import ResolvedActors, resolve_actors

__all__ = ["Candidate", "ResolvedActors", "find_candidates", "resolve_actors"]
