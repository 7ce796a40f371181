"""Dependency labels and prepositions the event extraction stages share."""

from __future__ import annotations

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}
TARGET_PREPS = {"on", "against", "upon", "into", "at"}
"""Prepositions whose object is an event's target ("attack on X", "sanctions against Y")."""
