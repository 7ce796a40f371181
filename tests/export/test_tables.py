"""CSV tables: exact headers, one row per pair, ``|`` joins, sorting and round trips."""

from __future__ import annotations

import copy
import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export.tables import (
    write_actors_csv,
    write_events_csv,
    write_links_csv,
    write_mentions_csv,
    write_tables,
)
from kg.model import (
    Actor,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
)
from kg.vocab import actor_iri, event_iri

EVENT_HEADER = [
    "event_id", "date", "date_basis", "type", "mode", "source", "source_id", "target",
    "target_id", "location", "location_id", "modality", "claimed_by", "claimed_by_id",
    "disputed_by", "disputed_by_id", "trigger", "trigger_start", "trigger_end", "sentence",
    "document_id", "about",
]
MENTION_HEADER = ["actor_id", "label", "type", "document_id", "start", "end", "text", "sentence"]
ACTOR_HEADER = [
    "id", "label", "type", "subtype", "aliases", "wikidata", "geonames", "latitude", "longitude",
    "country", "mention_count", "document_count", "roles",
]
LINK_HEADER = [
    "source", "source_id", "target", "target_id", "event_type", "weight", "asserted",
    "first_date", "last_date", "event_ids",
]
WRITERS = {
    "events.csv": (write_events_csv, EVENT_HEADER),
    "mentions.csv": (write_mentions_csv, MENTION_HEADER),
    "actors.csv": (write_actors_csv, ACTOR_HEADER),
    "links.csv": (write_links_csv, LINK_HEADER),
}


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture
def out(tmp_path: Path, extraction: Extraction) -> Path:
    write_tables(extraction, tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", list(WRITERS))
def test_headers_are_exact(out: Path, name: str) -> None:
    header, _ = _read(out / name)
    assert header == WRITERS[name][1]


@pytest.mark.parametrize("name", list(WRITERS))
def test_files_are_utf8_with_newline_endings(out: Path, name: str) -> None:
    data = (out / name).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in data
    assert data.endswith(b"\n")
    data.decode("utf-8")


def test_row_counts(out: Path) -> None:
    counts = {name: len(_read(out / name)[1]) for name in WRITERS}
    assert counts == {"events.csv": 2, "mentions.csv": 6, "actors.csv": 5, "links.csv": 2}


def test_event_rows_round_trip(out: Path, extraction: Extraction) -> None:
    _, rows = _read(out / "events.csv")
    attack, denial = rows
    assert attack["type"] == "ASSAULT"
    assert (attack["source"], attack["target"], attack["location"]) == (
        "Taliban", "Panjshir", "Panjshir")
    assert attack["source_id"] == actor_iri("Taliban")
    assert (attack["modality"], attack["claimed_by"]) == ("claimed", "Ahmad Massoud")
    assert attack["claimed_by_id"] == actor_iri("Ahmad Massoud")
    assert (attack["date"], attack["date_basis"], attack["mode"]) == (
        "2021-09-06", "relative", "attack")
    assert (attack["trigger"], attack["trigger_start"], attack["trigger_end"]) == (
        "attacked", "12", "20")
    assert attack["document_id"] == "news/a.txt"
    assert (denial["modality"], denial["disputed_by"]) == ("denied", "Pakistan")
    assert denial["sentence"] == 'Pakistan denied giving "air support" to the <Taliban> & friends.'
    assert denial["claimed_by"] == denial["location"] == ""
    assert {r["event_id"] for r in rows} == {e.id for e in extraction.events}


def test_one_row_per_source_target_pair_and_pipe_joins(
    tmp_path: Path, extraction: Extraction
) -> None:
    attack = next(e for e in extraction.events if e.type == "ASSAULT")
    nrfa, pakistan = actor_iri("National Resistance Front of Afghanistan"), actor_iri("Pakistan")
    attack.arguments += [Argument("target", nrfa), Argument("location", pakistan),
                         Argument("claimed_by", pakistan)]
    write_events_csv(extraction, tmp_path / "events.csv")
    rows = [r for r in _read(tmp_path / "events.csv")[1] if r["event_id"] == attack.id]
    assert [r["target"] for r in rows] == ["National Resistance Front of Afghanistan", "Panjshir"]
    assert {r["location"] for r in rows} == {"Panjshir|Pakistan"}
    assert {r["location_id"] for r in rows} == {f"{actor_iri('Panjshir')}|{pakistan}"}
    assert {r["claimed_by"] for r in rows} == {"Ahmad Massoud|Pakistan"}


def test_event_without_roles_still_has_a_row(tmp_path: Path, extraction: Extraction) -> None:
    trigger = Mention("news/a.txt", 0, 3, "The")
    extraction.events.append(Event(event_iri("x"), "PROTEST", trigger, "The."))
    write_events_csv(extraction, tmp_path / "events.csv")
    rows = _read(tmp_path / "events.csv")[1]
    assert rows[0]["type"] == "PROTEST"
    assert (rows[0]["source"], rows[0]["target"], rows[0]["date"]) == ("", "", "")


def test_unknown_actor_falls_back_to_its_iri(tmp_path: Path, extraction: Extraction) -> None:
    extraction.events[0].arguments.append(Argument("target", "http://example.org/nobody"))
    write_events_csv(extraction, tmp_path / "events.csv")
    targets = {r["target"] for r in _read(tmp_path / "events.csv")[1]}
    assert "http://example.org/nobody" in targets


def test_mentions(out: Path) -> None:
    _, rows = _read(out / "mentions.csv")
    taliban = [r for r in rows if r["label"] == "Taliban"]
    assert [(r["start"], r["end"], r["sentence"]) for r in taliban] == [
        ("4", "11", "0"), ("118", "125", "1")]
    assert {r["type"] for r in taliban} == {"organisation"}
    assert [int(r["start"]) for r in rows] == sorted(int(r["start"]) for r in rows)


def test_actors(out: Path) -> None:
    _, rows = _read(out / "actors.csv")
    by_label = {r["label"]: r for r in rows}
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    taliban, panjshir = by_label["Taliban"], by_label["Panjshir"]
    assert taliban["aliases"] == "<Taliban>|Taliban"
    assert (taliban["wikidata"], taliban["mention_count"], taliban["document_count"]) == (
        "Q42954", "2", "1")
    assert (panjshir["geonames"], panjshir["latitude"], panjshir["longitude"]) == (
        "6957555", "35.5", "69.75")
    assert (panjshir["subtype"], panjshir["wikidata"]) == ("province", "")
    assert by_label["Pakistan"]["country"] == "PAK"


def test_links_aggregate_events(tmp_path: Path, extraction: Extraction) -> None:
    attack = next(e for e in extraction.events if e.type == "ASSAULT")
    again = copy.deepcopy(attack)
    again.id, again.date = event_iri("again"), "2021-09-01/2021-09-03"
    again.modality = Modality.ASSERTED
    extraction.events.append(again)
    write_links_csv(extraction, tmp_path / "links.csv")
    rows = _read(tmp_path / "links.csv")[1]
    link = next(r for r in rows if r["event_type"] == "ASSAULT")
    assert (link["source"], link["target"], link["weight"]) == ("Taliban", "Panjshir", "2")
    assert link["asserted"] == "1"  # the other attack is only claimed by Massoud
    assert (link["first_date"], link["last_date"]) == ("2021-09-01", "2021-09-06")
    assert link["event_ids"] == "|".join(sorted([attack.id, again.id]))


def test_output_is_byte_identical_and_order_independent(extraction: Extraction) -> None:
    shuffled = copy.deepcopy(extraction)
    shuffled.events.reverse()
    shuffled.actors = dict(reversed(shuffled.actors.items()))
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        write_tables(extraction, a)
        write_tables(shuffled, b)
        for name in WRITERS:
            assert (Path(a) / name).read_bytes() == (Path(b) / name).read_bytes(), name


@settings(max_examples=80, deadline=None)
@given(label=st.text(min_size=1, max_size=40), sentence=st.text(max_size=60))
def test_any_text_round_trips_through_csv(label: str, sentence: str) -> None:
    mention = Mention("d", 0, len(label), label)
    actor = Actor(actor_iri(label), label, ActorType.GROUP, mentions=[mention])
    event = Event(event_iri("e"), "ASSAULT", mention, sentence,
                  arguments=[Argument("source", actor.id, mention)])
    extraction = Extraction([Document("d", label)], {actor.id: actor}, [event])
    with tempfile.TemporaryDirectory() as tmp:
        write_tables(extraction, tmp)
        (actor_row,) = _read(Path(tmp) / "actors.csv")[1]
        (event_row,) = _read(Path(tmp) / "events.csv")[1]
        (mention_row,) = _read(Path(tmp) / "mentions.csv")[1]
    assert actor_row["label"] == label
    assert (event_row["source"], event_row["sentence"], event_row["trigger"]) == (
        label, sentence.strip(), label)
    assert mention_row["text"] == label
