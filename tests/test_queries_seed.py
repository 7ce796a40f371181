"""The example queries shipped in docs/queries/ answer the seed's questions from its exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import load, query
from tests.conftest import ROOT

QUERIES = ROOT / "docs" / "queries"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store") / "kg-store"
    load(ROOT / "exports" / "graph.trig", folder)
    return folder


def _rows(store: Path, name: str) -> list[dict[str, str | None]]:
    variables, rows = query(store, (QUERIES / name).read_text(encoding="utf-8"))
    return [dict(zip(variables, row, strict=True)) for row in rows]


def test_who_attacked_whom(store: Path) -> None:
    rows = _rows(store, "who-attacked-whom.rq")
    assert {"attacker": "Taliban", "target": "Panjshir", "date": "2021-09-06"}.items() <= next(
        r for r in rows if r["attacker"] == "Taliban" and r["target"] == "Panjshir"
    ).items()


def test_contested_claims(store: Path) -> None:
    rows = _rows(store, "contested-claims.rq")
    parties = {(r["event"], r["party"], r["actor"]) for r in rows}
    capture = {r["event"] for r in rows if r["type"] == "COERCE"
               and (r["party"], r["actor"]) == ("claimed by", "Taliban")}
    assert any((e, "disputed by", "National Resistance Front of Afghanistan") in parties
               for e in capture)
    assert any(r["type"] == "AID" and (r["party"], r["actor"]) == ("claimed by", "Ahmad Massoud")
               for r in rows)


def test_actor_timeline_is_ordered_by_date(store: Path) -> None:
    rows = _rows(store, "actor-timeline.rq")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and dates[0] == "2021-08-15"
    assert any(r["label"] == "Taliban took over Kabul" for r in rows)


def test_events_per_place(store: Path) -> None:
    rows = {r["place"]: r for r in _rows(store, "events-per-place.rq")}
    assert "Panjshir" in rows and int(rows["Panjshir"]["events"] or 0) >= 2


def test_documented_sparql_declares_its_prefixes() -> None:
    """A query pasted into another store gets no kg prefixes: each must declare its own."""
    import re

    import pyoxigraph as ox

    texts = [(p.name, p.read_text("utf-8")) for p in sorted(QUERIES.glob("*.rq"))]
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        texts += [(doc.name, block) for block in
                  re.findall(r"```sparql\n(.*?)```", doc.read_text("utf-8"), flags=re.S)]
    assert len(texts) > 5
    store = ox.Store()
    for name, text in texts:
        try:
            store.query(text)
        except SyntaxError as error:
            pytest.fail(f"{name}: {error}")
