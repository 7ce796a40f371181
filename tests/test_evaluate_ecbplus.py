"""ECB+ cross-document actor scores on tiny hand-made gold data (kg.evaluation.ecbplus)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg import evaluation as ev
from kg.errors import InputError
from kg.model import Actor, ActorType, Extraction, Mention

# two documents of topic 7's "ecb" half, one of its "ecbplus" half
TEXTS = {
    "7_1ecb": "Orbis Systems Inc. hired Mara Quell.\nQuell joined Orbis Systems on Monday.",
    "7_2ecb": "Mara Quell left Orbis Systems's office in Dunmore.",
    "7_1ecbplus": "Startup Veltro said Orbis Systems would buy it. Veltro agreed.",
}
# document, text (nth occurrence), instance, named
GOLD = [
    ("7_1ecb", "Orbis Systems Inc.", 0, "ORBIS", True),
    ("7_1ecb", "Mara Quell", 0, "QUELL", True),
    ("7_1ecb", "Quell", 1, "QUELL", True),
    ("7_1ecb", "Orbis Systems", 1, "ORBIS", True),
    ("7_2ecb", "Mara Quell", 0, "QUELL", True),
    ("7_2ecb", "Orbis Systems's", 0, "ORBIS", True),
    ("7_2ecb", "in Dunmore", 0, "7_2ecb/single3", True),  # unlinked: not scored
    ("7_1ecbplus", "Veltro", 0, "VELTRO", True),
    ("7_1ecbplus", "Orbis Systems", 0, "ORBIS", True),
    ("7_1ecbplus", "Veltro", 1, "VELTRO", True),
    ("7_1ecbplus", "it", 0, "VELTRO", False),  # not named: not scored
]


def _span(doc: str, needle: str, nth: int) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), TEXTS[doc])]
    return starts[nth], starts[nth] + len(needle)


def _gold_record(doc: str) -> dict[str, Any]:
    mentions = []
    for d, needle, nth, instance, named in GOLD:
        if d == doc:
            start, end = _span(d, needle, nth)
            core_start = start + (3 if needle.startswith("in ") else 0)
            mentions.append({"start": start, "end": end, "text": needle, "type": "HUMAN_PART_ORG",
                             "instance": instance, "core_start": core_start, "core_end": end,
                             "named": named})
    return {"id": doc, "mentions": mentions, "actions": []}


def write_ecbplus(eval_dir: Path) -> None:
    """The gold file under *eval_dir* and the texts in ``corpora/`` beside it."""
    (eval_dir / ev.ECBPLUS_PATH).parent.mkdir(parents=True, exist_ok=True)
    (eval_dir / ev.ECBPLUS_PATH).write_text("".join(json.dumps(_gold_record(d)) + "\n"
                                                    for d in TEXTS))
    (eval_dir.parent / ev.ECBPLUS_CORPUS).parent.mkdir(parents=True, exist_ok=True)
    (eval_dir.parent / ev.ECBPLUS_CORPUS).write_text("".join(
        json.dumps({"id": d, "topic": "7", "text": t}) + "\n" for d, t in TEXTS.items()))


@pytest.fixture
def docs(tmp_path: Path) -> list[ev.EcbDoc]:
    gold, corpus = tmp_path / "gold.jsonl", tmp_path / "corpus.jsonl"
    gold.write_text("".join(json.dumps(_gold_record(d)) + "\n" for d in TEXTS))
    corpus.write_text("".join(json.dumps({"id": d, "topic": "7", "text": t}) + "\n"
                              for d, t in TEXTS.items()))
    return ev.read_ecbplus(gold, corpus)


def _m(doc: str, needle: str, nth: int = 0) -> Mention:
    start, end = _span(doc, needle, nth)
    return Mention(doc, start, end, needle)


def _extraction(*actors: tuple[str, list[Mention]]) -> Extraction:
    return Extraction([], {label: Actor(label, label, ActorType.ORGANISATION, mentions=ms)
                           for label, ms in actors})


def _perfect() -> list[tuple[str, list[Mention]]]:
    return [
        ("Orbis Systems", [_m("7_1ecb", "Orbis Systems Inc."), _m("7_1ecb", "Orbis Systems", 1),
                           _m("7_2ecb", "Orbis Systems"), _m("7_1ecbplus", "Orbis Systems")]),
        ("Mara Quell", [_m("7_1ecb", "Mara Quell"), _m("7_1ecb", "Quell", 1),
                        _m("7_2ecb", "Mara Quell")]),
        ("Veltro", [_m("7_1ecbplus", "Veltro"), _m("7_1ecbplus", "Veltro", 1)]),
    ]


def test_reader_joins_gold_and_texts_and_keeps_subtopics(docs: list[ev.EcbDoc]) -> None:
    assert [(d.id, d.topic, d.subtopic) for d in docs] == [
        ("7_1ecb", "7", "7"), ("7_2ecb", "7", "7"), ("7_1ecbplus", "7", "7+")]
    assert [m.scored for m in docs[1].mentions] == [True, True, False]
    assert docs[0].document().text == TEXTS["7_1ecb"]


def test_reader_rejects_a_document_without_text(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text(json.dumps(_gold_record("7_2ecb")) + "\n")
    (tmp_path / "corpus.jsonl").write_text("")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: .*no text"):
        ev.read_ecbplus(tmp_path / "gold.jsonl", tmp_path / "corpus.jsonl")


def test_reader_rejects_offsets_outside_the_text(tmp_path: Path) -> None:
    record = _gold_record("7_2ecb")
    record["mentions"][0]["end"] = 999
    (tmp_path / "gold.jsonl").write_text("\n" + json.dumps(record) + "\n")
    (tmp_path / "corpus.jsonl").write_text(json.dumps({"id": "7_2ecb", "text": "short"}))
    with pytest.raises(InputError, match=r"gold\.jsonl:2: .*outside"):
        ev.read_ecbplus(tmp_path / "gold.jsonl", tmp_path / "corpus.jsonl")


def test_perfect_actors_score_perfectly(docs: list[ev.EcbDoc]) -> None:
    report = ev.score_ecbplus(docs, _extraction(*_perfect()))
    for name, value in report.metrics.items():
        assert value == (0.0 if name in ev.LOWER_IS_BETTER else 1.0), name
    # Orbis and Quell span both "ecb" documents; Orbis in "ecbplus" is another subtopic
    assert report.counts["ecbplus.cross_doc.instances"] == 2
    assert report.counts["ecbplus.scored_mentions"] == 9
    assert report.counts["ecbplus.matched_mentions"] == 9  # "Orbis Systems's", "Inc." aligned


def test_an_actor_per_document_is_a_cross_document_split(docs: list[ev.EcbDoc]) -> None:
    actors = _perfect()
    actors[1] = ("Mara Quell", [_m("7_1ecb", "Mara Quell"), _m("7_1ecb", "Quell", 1)])
    actors.append(("Mara Quell 2", [_m("7_2ecb", "Mara Quell")]))
    report = ev.score_ecbplus(docs, _extraction(*actors))
    assert report.metrics["ecbplus.cross_doc.split_rate"] == 0.5
    assert report.metrics["ecbplus.within_doc.split_rate"] == 0.0
    assert list(report.details["ecbplus.cross_doc.splits"]) == ["7 QUELL (2 docs)"]


def test_a_lone_surname_apart_is_a_within_document_split(docs: list[ev.EcbDoc]) -> None:
    actors = _perfect()
    actors[1] = ("Mara Quell", [_m("7_1ecb", "Mara Quell"), _m("7_2ecb", "Mara Quell")])
    actors.append(("Quell", [_m("7_1ecb", "Quell", 1)]))
    report = ev.score_ecbplus(docs, _extraction(*actors))
    assert report.metrics["ecbplus.within_doc.split_rate"] == pytest.approx(1 / 3)
    assert report.metrics["ecbplus.cross_doc.split_rate"] == 0.5  # Quell's mentions on two


def test_one_actor_holding_two_instances_is_a_false_merge(docs: list[ev.EcbDoc]) -> None:
    orbis, quell, veltro = _perfect()
    report = ev.score_ecbplus(docs, _extraction(("Orbis Systems", orbis[1] + quell[1]), veltro))
    # subtopic 7: one actor, two instances; subtopic 7+: Veltro twice (Orbis once: not counted)
    assert report.counts["ecbplus.false_merges"] == 1
    assert report.metrics["ecbplus.false_merge_rate"] == pytest.approx(1 / 2)
    assert report.metrics["ecbplus.cross_doc.false_merge_rate"] == 1.0  # Veltro: one document
    assert report.metrics["ecbplus.b3.recall"] == 1.0
    assert report.metrics["ecbplus.b3.precision"] < 1.0
    assert list(report.details["ecbplus.false_merges"]) == ["7 Orbis Systems"]


def test_headline_actor_ending_on_the_name_is_aligned(docs: list[ev.EcbDoc]) -> None:
    """A kg mention that overlaps the gold core and ends where it ends stands for it ("Startup
    Veltro" for "Veltro"); one that does not end there is no match."""
    actors = _perfect()
    text = TEXTS["7_1ecbplus"]
    wide = Mention("7_1ecbplus", 0, text.index("Veltro") + len("Veltro"), "Startup Veltro")
    actors[2] = ("Startup Veltro", [wide, _m("7_1ecbplus", "Veltro", 1)])
    report = ev.score_ecbplus(docs, _extraction(*actors))
    assert report.counts["ecbplus.matched_mentions"] == 9
    actors[2] = ("Startup", [Mention("7_1ecbplus", 0, 7, "Startup"),
                             _m("7_1ecbplus", "Veltro", 1)])
    report = ev.score_ecbplus(docs, _extraction(*actors))
    assert report.counts["ecbplus.matched_mentions"] == 8
    assert report.metrics["ecbplus.named_recall"] == pytest.approx(8 / 9)


def test_nothing_found_scores_zero_recall(docs: list[ev.EcbDoc]) -> None:
    report = ev.score_ecbplus(docs, Extraction([]))
    assert report.metrics["ecbplus.named_recall"] == 0.0
    assert report.metrics["ecbplus.cross_doc.split_rate"] == 0.0  # nothing to split


def test_evaluate_scores_ecbplus_by_topic_halves(tmp_path: Path) -> None:
    """``evaluate`` reads ECB+ beside the other gold sets and keeps a topic in one half."""
    from tests.test_evaluate import PLOVER, _wikievents_record

    eval_dir = tmp_path / "eval"
    for sub in ("wikievents", "plover"):
        (eval_dir / sub).mkdir(parents=True)
    (eval_dir / ev.WIKIEVENTS_PATH).write_text(json.dumps(_wikievents_record()) + "\n")
    (eval_dir / ev.WIKIEVENTS_COREF_PATH).write_text("")
    (eval_dir / ev.PLOVER_PATH).write_text(json.dumps(PLOVER))
    write_ecbplus(eval_dir)
    calls: list[list[str]] = []

    def extract(documents: list[Any]) -> Extraction:
        calls.append([d.id for d in documents])
        return _extraction(*_perfect()) if documents and documents[0].id in TEXTS else \
            Extraction(list(documents))

    report = ev.evaluate(eval_dir, extract)
    assert list(TEXTS) in calls  # one batch, all together
    assert report.metrics["ecbplus.named_recall"] == 1.0
    assert report.metrics["ecbplus.cross_doc.split_rate"] == 0.0
    half = ev.half_of("7")
    calls.clear()
    assert "ecbplus.named_recall" in ev.evaluate(eval_dir, extract, half=half).metrics
    assert list(TEXTS) in calls
    calls.clear()
    other = ev.evaluate(eval_dir, extract, half="b" if half == "a" else "a")
    assert list(TEXTS) not in calls
    assert other.counts["ecbplus.documents"] == 0
