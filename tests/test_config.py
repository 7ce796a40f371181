"""Settings from the environment: KG_SPACY_MODEL for every way of loading the pipeline."""

from __future__ import annotations

import pytest

from kg.config import DEFAULT_MODEL, Settings, default_model, eval_dir_from_environment
from kg.errors import ConfigError
from kg.nlp import load_pipeline


def test_the_model_variable_names_the_pipeline_of_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_SPACY_MODEL", "en_core_web_md")
    assert Settings().model == default_model() == "en_core_web_md"
    monkeypatch.delenv("KG_SPACY_MODEL")
    assert Settings().model == DEFAULT_MODEL


def test_load_pipeline_without_a_name_honours_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_SPACY_MODEL", "no_such_pipeline_xyz")
    with pytest.raises(ConfigError, match="no_such_pipeline_xyz"):
        load_pipeline(None)  # what kg evaluate calls without --model


def test_the_eval_dir_variable(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KG_EVAL_DIR", str(tmp_path))
    assert eval_dir_from_environment() == tmp_path
    monkeypatch.delenv("KG_EVAL_DIR")
    assert eval_dir_from_environment() is None
