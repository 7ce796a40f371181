"""A capital standing for its country's government, and the sector of unnamed groups, on short
texts written for these tests (real spaCy model)."""

from __future__ import annotations

import pytest

from kg.actors.gazetteer import ActorDictionary
from kg.actors.mentions import Candidate, participant_sectors
from kg.actors.resolve import UNNAMED, resolve_actors
from kg.model import Actor, Extraction
from tests.actors.conftest import GAZETTEER


def _actor_of(x: Extraction, word: str, doc: str = "d0") -> Actor:
    """The actor of the (only) mention reading *word* in *doc*."""
    found = [
        a for a in x.actors.values() for m in a.mentions if m.text == word and m.document_id == doc
    ]
    assert len(found) == 1, [(a.label, a.type) for a in found]
    return found[0]


def test_capitals_come_from_the_gazetteer() -> None:
    assert GAZETTEER.capital_of("Moscow").label == "Russia"  # type: ignore[union-attr]
    assert GAZETTEER.capital_of("Kiev").label == "Ukraine"  # type: ignore[union-attr]  # another spelling
    assert GAZETTEER.capital_of("Washington").label == "United States"  # type: ignore[union-attr]
    assert GAZETTEER.capital_of("Kandahar") is None  # a city, no capital
    assert GAZETTEER.capital_of("Victoria") is None  # the best-known Victoria is no capital


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Moscow denied the report on Tuesday.", "Moscow", "Russia"),
        ("Beijing rejected the accusation.", "Beijing", "China"),
        ("Islamabad has denied the charge.", "Islamabad", "Pakistan"),
        ("Washington and Moscow agreed to talks.", "Moscow", "Russia"),  # a conjunct subject
        ("New sanctions were imposed by Washington.", "Washington", "United States"),
        ("Moscow's decision angered the alliance.", "Moscow", "Russia"),
        ("Tehran accused Washington of sabotage.", "Washington", "United States"),
        ("They urged Moscow to withdraw.", "Moscow", "Russia"),
    ],
)
def test_capital_used_as_an_actor_is_its_country(read, text, capital, country) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(read(text), capital)
    assert actor.label == country and actor.type == "country"
    assert capital not in actor.aliases  # the city's name never becomes the country's


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Protests spread in Moscow on Monday.", "Moscow"),
        ("Moscow's streets were empty.", "Moscow"),
        ("The Moscow metro was closed.", "Moscow"),
        ("The delegation flew to Kabul.", "Kabul"),
        ("After the fall of Kabul, thousands fled.", "Kabul"),
        ("Kabul was captured by the rebels.", "Kabul"),
        ("Moscow is the largest city in Russia.", "Moscow"),
        ("Moscow saw heavy snow this week.", "Moscow"),
        ("Moscow hosted the summit.", "Moscow"),
        ("The rebels attacked Kabul.", "Kabul"),
        # a headline's passive, no auxiliary
        ("Moscow hit by 5 mn - rouble bank robbery\nThree men rammed a van into it.", "Moscow"),
        ("On Tuesday, Moscow awoke to the news of the blast.", "Moscow"),  # its people, not a state
    ],
)
def test_capital_used_as_a_place_stays_the_city(read, text, capital) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(read(text), capital)
    assert (actor.label, actor.type, actor.subtype) == (capital, "place", "city")


@pytest.mark.slow
def test_one_text_keeps_both_readings(read) -> None:  # type: ignore[no-untyped-def]
    x = read("Moscow denied the report. Crowds gathered in Moscow.", "Talks opened in Moscow.")
    russia = x.actors[next(i for i, a in x.actors.items() if a.label == "Russia")]
    city = x.actors[next(i for i, a in x.actors.items() if a.label == "Moscow")]
    assert [(m.document_id, m.text) for m in russia.mentions] == [("d0", "Moscow")]
    assert [m.document_id for m in city.mentions] == ["d0", "d1"]
    assert "Moscow" not in russia.aliases


def test_participant_sectors_are_data() -> None:
    sectors = participant_sectors()
    assert sectors["troop"] == sectors["soldier"] == "military"
    assert sectors["police"] == "police" and sectors["insurgent"] == "armed_group"
    assert "civilian" not in sectors and "people" not in sectors


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "label", "subtype"),
    [
        ("US troops left the base.", "troops", "troops (United States)", "military"),
        ("Afghan soldiers fled.", "soldiers", "soldiers (Afghanistan)", "military"),
        ("Russian forces shelled the town.", "forces", "forces (Russia)", "military"),
        ("Gunmen killed three soldiers.", "three soldiers", "soldiers", "military"),
        ("Police officers arrested two men.", "Police officers", "police officers", "police"),
        ("Security forces stormed the building.", "Security forces", "security forces",
         "security"),
        ("The insurgents withdrew.", "insurgents", "insurgents", "armed_group"),
        ("Villagers said rebel forces had left.", "rebel forces", "rebel forces", "armed_group"),
        ("Afghan civilians fled the fighting.", "civilians", "civilians (Afghanistan)", UNNAMED),
        ("Military age men were detained.", "Military age men", "military age men", UNNAMED),
        ("The army said it had withdrawn.", "army", "army", "military"),
        ("Sudan's army agreed to a truce.", "army", "army (Sudan)", "military"),
    ],
)  # fmt: skip
def test_unnamed_group_carries_its_sector(read, text, phrase, label, subtype) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(read(text), phrase)
    assert (actor.label, actor.subtype) == (label, subtype)


@pytest.mark.slow
def test_sector_reaches_the_exported_tables(read, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from kg.pipeline import KnowledgeGraph

    KnowledgeGraph(read("US troops left Kabul on Monday.")).write(tmp_path)
    with (tmp_path / "actors.csv").open(encoding="utf-8") as f:
        rows = {row["label"]: row for row in csv.DictReader(f)}
    assert rows["troops (United States)"]["subtype"] == "military"
    assert rows["troops (United States)"]["country"] == "USA"


def _cand(text: str, needle: str, label: str, cues: list[str], at: int = 0) -> Candidate:
    start = text.index(needle, at)
    return Candidate(start, start + len(needle), needle, 0, label, cues=cues)


def test_resolution_reads_the_actor_cue_of_a_capital_only() -> None:
    text = "Moscow denied it. Kandahar denied it. Talks opened in Moscow."
    cands = [
        _cand(text, "Moscow", "GPE", ["actor"]),
        _cand(text, "Kandahar", "GPE", ["actor"]),  # a city, but no capital
        _cand(text, "Moscow", "GPE", [], at=20),
    ]
    r = resolve_actors({"d": cands}, ActorDictionary.load(), {"d": text}, GAZETTEER)
    labels = [r.actors[r.by_mention[("d", c.start)]].label for c in cands]
    assert labels == ["Russia", "Kandahar", "Moscow"]
    assert "Moscow" not in r.actors[r.by_mention[("d", 0)]].aliases


def test_a_capital_that_is_a_surname_in_the_text_stays_the_person() -> None:
    text = "George Washington crossed the river. Washington said it was cold."
    cands = [
        _cand(text, "George Washington", "PERSON", []),
        _cand(text, "Washington", "GPE", ["actor"], at=20),
    ]
    r = resolve_actors({"d": cands}, ActorDictionary.load(), {"d": text}, GAZETTEER)
    assert {r.by_mention[("d", c.start)] for c in cands} == {r.by_mention[("d", 0)]}
