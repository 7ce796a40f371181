"""The CSV tables in pandas: the read_csv recipe of docs/loading.md gives the right dtypes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kg.export.tables import write_tables
from kg.model import Actor, ActorType
from kg.vocab import actor_iri
from tests.conftest import make_extraction

pd = pytest.importorskip("pandas")

LOADING = Path(__file__).resolve().parent.parent / "docs" / "loading.md"


def _recipe() -> str:
    blocks = re.findall(r"```python\n(.*?)```", LOADING.read_text(encoding="utf-8"), flags=re.S)
    return next(b for b in blocks if "pd.read_csv" in b)


@pytest.fixture
def frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """events, actors and links as the documented recipe reads them."""
    extraction = make_extraction()
    extraction.events[0].date = "2021-08-30/2021-09-05"
    extraction.events[1].date = None
    na = Actor(actor_iri("NA"), "NA", ActorType.GROUP, aliases=["None"])
    extraction.actors[na.id] = na
    write_tables(extraction, tmp_path / "exports")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(_recipe(), namespace)
    return namespace


def test_events_dtypes_and_dates(frames: dict[str, Any]) -> None:
    events = frames["events"]
    assert str(events["trigger_start"].dtype) == "int64"
    assert str(events["trigger_end"].dtype) == "int64"
    for column in ("event_id", "type", "source", "modality", "sentence", "document_id", "mode"):
        assert pd.api.types.is_string_dtype(events[column]), column
    assert pd.api.types.is_datetime64_any_dtype(events["start"])
    assert pd.api.types.is_datetime64_any_dtype(events["end"])
    attack = events.set_index("type").loc["ASSAULT"]
    assert (attack["start"], attack["end"]) == (pd.Timestamp("2021-08-30"),
                                                pd.Timestamp("2021-09-05"))
    support = events.set_index("type").loc["AID"]
    assert pd.isna(support["date"]) and pd.isna(support["start"])
    assert pd.isna(attack["disputed_by"])


def test_actors_keep_names_that_look_missing(frames: dict[str, Any]) -> None:
    actors = frames["actors"].set_index("label")
    assert "NA" in actors.index
    assert actors.loc["NA", "aliases"] == "None"
    assert str(actors["geonames"].dtype) == "Int64"
    assert actors.loc["Panjshir", "geonames"] == make_extraction().actors[
        actor_iri("Panjshir")].geonames
    assert pd.isna(actors.loc["Taliban", "geonames"])
    assert str(actors["latitude"].dtype) == "float64"
    assert str(actors["mention_count"].dtype) == "int64"
    assert actors.loc["Taliban", "mention_count"] == 2
    assert pd.api.types.is_string_dtype(actors["wikidata"])


def test_links_dates_and_weights(frames: dict[str, Any]) -> None:
    links = frames["links"]
    assert str(links["weight"].dtype) == "int64"
    assert str(links["asserted"].dtype) == "int64"
    assert links[links.asserted > 0].empty  # the fixture's attack is claimed, its aid denied
    assert pd.api.types.is_datetime64_any_dtype(links["first_date"])
    assert pd.api.types.is_datetime64_any_dtype(links["last_date"])
    row = links.set_index("source").loc["Taliban"]
    assert (row["target"], row["event_type"], row["weight"]) == ("Panjshir", "ASSAULT", 1)
    assert row["first_date"] == pd.Timestamp("2021-08-30")
