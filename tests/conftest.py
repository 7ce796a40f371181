"""Shared fixtures: a small hand-built extraction that every exporter test can use."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.model import (
    Actor,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
    Relation,
)
from kg.vocab import actor_iri, event_iri

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """The module of ``scripts/<name>.py`` (the conversion scripts are no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses of the script look their module up
    spec.loader.exec_module(module)
    return module


def assert_script_reproduces(script: ModuleType, package: str, data_file: str, out: Path) -> None:
    """The conversion *script* run on the installed *package* writes the committed
    ``kg/actors/data/<data_file>`` byte for byte (skips if the package is not installed)."""
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"the {package} package is not installed")
    script.main(None, out / data_file)
    committed = ROOT / "kg" / "actors" / "data" / data_file
    assert (out / data_file).read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


SHARED = ROOT.parent / "shared"

TEXT = (
    "The Taliban attacked Panjshir on Monday, NRFA leader Ahmad Massoud said. "
    'Pakistan denied giving "air support" to the <Taliban> & friends.'
)


JOURNEY_TEXT = ("NRFA fighters escorted Ahmad Massoud to Rukha on Tuesday. "
                "He was later driven to Panjshir.")


def _m(doc: str, text: str, needle: str, sentence: int, label: str = "", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(doc, start, start + len(needle), needle, sentence, label)


def make_extraction() -> Extraction:
    """Two events, five actors, one relation; claims and a denial; odd characters in labels."""
    doc = Document("news/a.txt", TEXT, dt.date(2021, 9, 6), "header", path="news/a.txt")
    d = doc.id
    taliban = Actor(
        actor_iri("Taliban"),
        "Taliban",
        ActorType.ORGANISATION,
        "armed_group",
        aliases=["Taliban", "<Taliban>"],
        wikidata="Q42954",
        mentions=[_m(d, TEXT, "Taliban", 0, "ORG"), _m(d, TEXT, "Taliban", 1, "ORG", 1)],
    )
    panjshir = Actor(
        actor_iri("Panjshir"),
        "Panjshir",
        ActorType.PLACE,
        "province",
        aliases=["Panjshir"],
        geonames=6957555,
        latitude=35.5,
        longitude=69.75,
        mentions=[_m(d, TEXT, "Panjshir", 0, "GPE")],
    )
    nrfa = Actor(
        actor_iri("National Resistance Front of Afghanistan"),
        "National Resistance Front of Afghanistan",
        ActorType.ORGANISATION,
        "armed_group",
        aliases=["NRFA"],
        mentions=[_m(d, TEXT, "NRFA", 0, "ORG")],
    )
    massoud = Actor(
        actor_iri("Ahmad Massoud"),
        "Ahmad Massoud",
        ActorType.PERSON,
        aliases=["Ahmad Massoud"],
        mentions=[_m(d, TEXT, "Ahmad Massoud", 0, "PERSON")],
    )
    pakistan = Actor(
        actor_iri("Pakistan"),
        "Pakistan",
        ActorType.COUNTRY,
        "state",
        aliases=["Pakistan"],
        wikidata="Q843",
        country="PAK",
        mentions=[_m(d, TEXT, "Pakistan", 1, "GPE")],
    )
    actors = {a.id: a for a in (taliban, panjshir, nrfa, massoud, pakistan)}
    attack_trigger = _m(d, TEXT, "attacked", 0)
    attack = Event(
        event_iri(d, attack_trigger.start, "ASSAULT"),
        "ASSAULT",
        attack_trigger,
        TEXT.split(". ")[0] + ".",
        mode="attack",
        date="2021-09-06",
        date_basis="relative",
        modality=Modality.CLAIMED,
        arguments=[
            Argument("source", taliban.id, taliban.mentions[0]),
            Argument("target", panjshir.id, panjshir.mentions[0]),
            Argument("location", panjshir.id, panjshir.mentions[0]),
            Argument("claimed_by", massoud.id, massoud.mentions[0]),
        ],
        mentions=[attack_trigger],
    )
    support_trigger = _m(d, TEXT, "air support", 1)
    support = Event(
        event_iri(d, support_trigger.start, "AID"),
        "AID",
        support_trigger,
        TEXT.split(". ")[1],
        mode="military",
        date="2021-09-06",
        date_basis="document",
        modality=Modality.DENIED,
        arguments=[
            Argument("source", pakistan.id, pakistan.mentions[0]),
            Argument("target", taliban.id, taliban.mentions[1]),
            Argument("disputed_by", pakistan.id, pakistan.mentions[0]),
        ],
        mentions=[support_trigger],
    )
    relation = Relation(
        massoud.id, "leader_of", nrfa.id, _m(d, TEXT, "NRFA leader Ahmad Massoud", 0)
    )
    return Extraction([doc], dict(sorted(actors.items())), [attack, support], [relation])


def _journey_span(needle: str, sentence: int) -> Mention:
    start = JOURNEY_TEXT.index(needle)
    return Mention("news/b.txt", start, start + len(needle), needle, sentence)


def make_journeys() -> Extraction:
    """The shared fixture and a second article with two MOVE events: an escort (mover, person
    moved, place) and a journey no one is named for."""
    x = make_extraction()
    x.documents.append(Document("news/b.txt", JOURNEY_TEXT, dt.date(2021, 9, 7), "header"))
    rukha = Actor(actor_iri("Rukha"), "Rukha", ActorType.PLACE, aliases=["Rukha"],
                  mentions=[_journey_span("Rukha", 0)])
    x.actors = dict(sorted({**x.actors, rukha.id: rukha}.items()))
    nrfa, massoud, panjshir = (actor_iri(n) for n in (
        "National Resistance Front of Afghanistan", "Ahmad Massoud", "Panjshir"))
    for trigger, sentence, arguments in (
        ("escorted", 0, [Argument("source", nrfa, _journey_span("NRFA fighters", 0)),
                         Argument("target", massoud, _journey_span("Ahmad Massoud", 0)),
                         Argument("location", rukha.id, rukha.mentions[0])]),
        ("driven", 1, [Argument("location", panjshir, _journey_span("Panjshir", 1))]),
    ):
        x.events.append(Event(
            event_iri("news/b.txt", JOURNEY_TEXT.index(trigger), "MOVE"), "MOVE",
            _journey_span(trigger, sentence), JOURNEY_TEXT.split(". ")[sentence], date="2021-09-07",
            date_basis="relative", arguments=arguments))
    return x


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture(scope="session")
def seed() -> Extraction:
    """The seed article's extraction, built once for tests/test_seed.py and
    tests/events/test_seed_events.py (``kg build seeds``, as ``make export`` runs it)."""
    from kg import build

    return build(ROOT / "seeds").extraction


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """kg's spaCy pipeline, loaded once for the session (tests that use it are ``slow``)."""
    from kg.nlp import load_pipeline

    return load_pipeline(None)
