"""Tests of kg.evaluation: scores on tiny hand-made gold data, gold readers, the floor gate."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from kg import evaluation as ev
from kg.cache import code_digest
from kg.errors import InputError
from kg.model import Actor, ActorType, Argument, Document, Event, Extraction, Mention

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # as in conftest.py
BASELINE = ROOT / "kg" / "evaluation" / "baseline.json"  # package data, shipped in the wheel

SENTENCES = [
    ["The", "Taliban", "attacked", "Kabul", "with", "rockets", "."],
    ["Police", "said", "the", "group", "killed", "Ahmad", "Massoud", "."],
    ["He", "was", "a", "police", "chief", "and", "Massoud", "was", "Afghan", "."],
]
# id, first token, end token (exclusive, document-wide), entity type
MENTIONS = [
    ("T1", 0, 2, "ORG"), ("T2", 3, 4, "GPE"), ("T3", 5, 6, "WEA"), ("T4", 7, 8, "ORG"),
    ("T5", 9, 11, "ORG"), ("T6", 12, 14, "PER"), ("T7", 15, 16, "PER"), ("T8", 18, 20, "PER"),
    ("T9", 21, 22, "PER"), ("T10", 23, 24, "GPE"),
]
CLUSTERS = [["T1", "T5"], ["T6", "T7", "T8", "T9"]]
EVENTS = [
    ("E1", "Conflict.Attack.Unspecified", 2,
     [("T1", "Attacker"), ("T2", "Target"), ("T3", "Instrument")]),
    ("E2", "Life.Die.Unspecified", 11, [("T5", "Killer"), ("T6", "Victim")]),
]
PLOVER = [
    {"id": "HEADER", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "P1", "date": "2000-01-01", "event": "AGREE", "eventText": "offered to hand over",
     "text": "Libya offered to hand over two suspects to Great Britain.",
     "source": [{"actorText": "Libya", "code": "LBY"}],
     "target": [{"actorText": "Great Britain", "code": "GBR"}]},
    {"id": "P2", "date": "2000-01-02", "event": "COERCE", "eventText": "arrested",
     "text": "Police arrested 12 protesters in Cairo, officials said.",
     "source": [{"actorText": "Egyptian police", "code": "EGY"}],
     "target": [{"actorText": "protesters", "code": "EGY"}], "mode": "arrest"},
]


def _wikievents_record() -> dict[str, Any]:
    tokens: list[str] = []
    sentences: list[Any] = []
    text = ""
    for words in SENTENCES:
        entries = []
        for word in words:
            if text:
                text += " "
            entries.append([word, len(text), len(text) + len(word)])
            text += word
            tokens.append(word)
        sentences.append([entries, " ".join(words)])
    return {
        "doc_id": "doc1", "text": text, "tokens": tokens, "sentences": sentences,
        "entity_mentions": [
            {"id": f"doc1-{i}", "start": s, "end": e, "entity_type": t,
             "text": " ".join(tokens[s:e])} for i, s, e, t in MENTIONS],
        "event_mentions": [
            {"id": f"doc1-{i}", "event_type": t,
             "trigger": {"start": k, "end": k + 1, "text": tokens[k]},
             "arguments": [{"entity_id": f"doc1-{a}", "role": r} for a, r in args]}
            for i, t, k, args in EVENTS],
    }


TEXT = _wikievents_record()["text"]


def _m(doc: str, text: str, needle: str, nth: int = 0) -> Mention:
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(needle)}\b", text)]
    return Mention(doc, starts[nth], starts[nth] + len(needle), needle)


def _actor(label: str, kind: ActorType, *mentions: Mention) -> Actor:
    return Actor(f"actor/{label}", label, kind, mentions=list(mentions))


def _event(doc: str, text: str, kind: str, trigger: str, mode: str | None = None,
           **roles: Mention) -> Event:
    m = _m(doc, text, trigger)
    arguments = [Argument(role, f"actor/{mention.text}", mention)
                 for role, mention in roles.items()]
    return Event(f"event/{doc}/{m.start}", kind, m, text, mode=mode, arguments=arguments,
                 mentions=[m])


def perfect_wikievents(**changes: Any) -> Extraction:
    """The gold doc as kg would ideally read it; *changes* replace actors or events."""
    d, t = "doc1", TEXT
    actors = {
        "taliban": _actor("Taliban", ActorType.ORGANISATION, _m(d, t, "Taliban")),
        "kabul": _actor("Kabul", ActorType.PLACE, _m(d, t, "Kabul")),
        "massoud": _actor("Ahmad Massoud", ActorType.PERSON, _m(d, t, "Ahmad Massoud"),
                          _m(d, t, "Massoud", 1)),
        "afghan": _actor("Afghan", ActorType.GROUP, _m(d, t, "Afghan")),
    }
    actors.update(changes.pop("actors", {}))
    events = changes.pop("events", [
        _event(d, t, "ASSAULT", "attacked", source=_m(d, t, "Taliban"),
               target=_m(d, t, "Kabul")),
        _event(d, t, "ASSAULT", "killed", "killing", source=_m(d, t, "the group"),
               target=_m(d, t, "Ahmad Massoud")),
    ])
    assert not changes
    return Extraction([Document(d, t)], {a.id: a for a in actors.values()}, events)


def perfect_plover(documents: Sequence[Document]) -> Extraction:
    events = []
    for doc in documents:
        d, t = doc.id, doc.text
        if d == "P1":
            events.append(_event(d, t, "AGREE", "offered", source=_m(d, t, "Libya"),
                                 target=_m(d, t, "Great Britain")))
        elif d == "P2":
            events.append(_event(d, t, "COERCE", "arrested", "arrest",
                                 source=_m(d, t, "Police"), target=_m(d, t, "protesters")))
    return Extraction(list(documents), {}, events)


def fake(wikievents: Callable[[], Extraction] = perfect_wikievents,
         plover: Callable[[Sequence[Document]], Extraction] = perfect_plover,
         calls: list[list[str]] | None = None) -> ev.Extractor:
    def extract(documents: list[Document]) -> Extraction:
        if calls is not None:
            calls.append([d.id for d in documents])
        if documents and documents[0].id == "doc1":
            return wikievents()
        return plover(documents)

    return extract


@pytest.fixture
def eval_dir(tmp_path: Path) -> Path:
    (tmp_path / "wikievents").mkdir()
    (tmp_path / "plover").mkdir()
    (tmp_path / ev.WIKIEVENTS_PATH).write_text(json.dumps(_wikievents_record()) + "\n")
    clusters = [[f"doc1-{m}" for m in c] for c in CLUSTERS]
    (tmp_path / ev.WIKIEVENTS_COREF_PATH).write_text(
        json.dumps({"doc_key": "doc1", "clusters": clusters}) + "\n")
    (tmp_path / ev.PLOVER_PATH).write_text(json.dumps(PLOVER, indent=1))
    return tmp_path


def _wiki(eval_dir: Path) -> list[ev.WikiDoc]:
    return ev.read_wikievents(eval_dir / ev.WIKIEVENTS_PATH, eval_dir / ev.WIKIEVENTS_COREF_PATH)


# reading gold data

def test_reader_converts_token_spans_and_marks_named_mentions(eval_dir: Path) -> None:
    [doc] = _wiki(eval_dir)
    named = {m.text for m in doc.mentions.values() if m.named}
    assert named == {"The Taliban", "Kabul", "Ahmad Massoud", "Massoud", "Afghan"}
    taliban = doc.mentions["doc1-T1"]
    assert doc.text[taliban.start:taliban.end] == "The Taliban"
    assert doc.mentions["doc1-T9"].cluster == doc.mentions["doc1-T6"].cluster
    assert doc.mentions["doc1-T2"].cluster == "doc1-T2"
    assert [e.coarse_type for e in doc.events] == ["Conflict.Attack", "Life.Die"]


@pytest.mark.parametrize(("tokens", "initial", "named"), [
    (["Police"], [True], False),  # "police" also appears in lower case
    (["Maduro"], [True], True),
    (["He"], [True], False),
    (["US"], [False], True),
    (["the", "government"], [False, False], False),
    (["The", "Taliban"], [True, False], True),
    (["Russian"], [False], True),
])
def test_is_named(tokens: list[str], initial: list[bool], named: bool) -> None:
    assert ev.is_named(tokens, initial, {"police", "he", "government"}) is named


def test_malformed_jsonl_line_names_file_and_line(eval_dir: Path) -> None:
    path = eval_dir / ev.WIKIEVENTS_PATH
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(InputError, match=r"wikievents-dev\.jsonl:2: not valid JSON") as info:
        _wiki(eval_dir)
    assert info.value.line == 2


def test_argument_with_unknown_entity_is_an_input_error(eval_dir: Path) -> None:
    record = _wikievents_record()
    record["event_mentions"][0]["arguments"][0]["entity_id"] = "nope"
    (eval_dir / ev.WIKIEVENTS_PATH).write_text(json.dumps(record) + "\n")
    with pytest.raises(InputError, match="unknown entity 'nope'"):
        _wiki(eval_dir)


def test_coref_naming_unknown_mention_is_an_input_error(eval_dir: Path) -> None:
    (eval_dir / ev.WIKIEVENTS_COREF_PATH).write_text(
        json.dumps({"doc_key": "doc1", "clusters": [["doc1-T1", "doc1-T99"]]}) + "\n")
    with pytest.raises(InputError, match="unknown mentions"):
        _wiki(eval_dir)


def test_plover_reader_skips_header_and_reads_actor_texts(eval_dir: Path) -> None:
    records = ev.read_plover(eval_dir / ev.PLOVER_PATH)
    assert [r.id for r in records] == ["P1", "P2"]
    assert records[1].sources == ("Egyptian police",)
    assert records[0].document().date is not None


def test_plover_record_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "A", "event": "AGREE", "text": "ok"},
                                {"id": "B", "event": "AGREE"}], indent=1))
    with pytest.raises(InputError, match=r"gold\.json:\d+: record 1 \(B\): 'text'"):
        ev.read_plover(path)


def test_missing_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the gold file"):
        ev.evaluate(tmp_path, fake())


# scores

def test_perfect_extraction_scores_one(eval_dir: Path) -> None:
    calls: list[list[str]] = []
    report = ev.evaluate(eval_dir, fake(calls=calls))
    assert calls == [["doc1"], ["P1", "P2"]]  # one batch per corpus
    for name, value in report.metrics.items():
        assert value == (0.0 if name in ev.LOWER_IS_BETTER else 1.0), name
    assert report.counts["actors.gold_named"] == 5
    assert report.counts["events.gold_arguments"] == 4  # the weapon is no actor


def test_the_report_names_the_code_it_scored(eval_dir: Path) -> None:
    report = ev.evaluate(eval_dir, fake())
    assert report.details["code"] == {"package": str(Path(ev.__file__).parent.parent),
                                      "digest": code_digest()}
    assert report.to_json()["details"]["code"]["package"] == str(ROOT / "kg")


def test_halves_split_each_gold_set_in_two_fixed_parts(eval_dir: Path) -> None:
    ids = ["doc1", "P1", "P2"]
    by_half = {h: [i for i in ids if ev.half_of(i) == h] for h in ev.HALVES}
    assert sorted(by_half["a"] + by_half["b"]) == sorted(ids)
    for half in ev.HALVES:
        calls: list[list[str]] = []
        report = ev.evaluate(eval_dir, fake(calls=calls), half=half)
        assert [i for batch in calls for i in batch] == by_half[half]
        assert report.details["half"] == half
    keys = [f"doc{i}" for i in range(400)]
    share = sum(ev.half_of(k) == "a" for k in keys) / len(keys)
    assert 0.4 < share < 0.6
    assert [ev.half_of(k) for k in keys] == [ev.half_of(k) for k in reversed(keys)][::-1]


def test_empty_extraction_scores_zero_recall(eval_dir: Path) -> None:
    report = ev.evaluate(eval_dir, lambda docs: Extraction(list(docs)))
    recalls = {k: v for k, v in report.metrics.items() if k.endswith(".recall")}
    assert len(recalls) > 10
    assert set(recalls.values()) == {0.0}
    assert report.metrics["plover.type.accuracy"] == report.metrics["plover.coverage"] == 0.0


def test_wrong_type_lowers_typed_f1_not_untyped(eval_dir: Path) -> None:
    kabul = _actor("Kabul", ActorType.PERSON, _m("doc1", TEXT, "Kabul"))
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(actors={"kabul": kabul}))
    assert report.metrics["actors.untyped.f1"] == 1.0
    assert report.metrics["actors.typed.recall"] == pytest.approx(4 / 5)
    assert report.details["actors.type_confusion"]["GPE"] == {"group": 1, "person": 1}


def test_match_of_non_named_gold_mention_is_reported_and_counted_wrong(eval_dir: Path) -> None:
    group = _actor("group", ActorType.ORGANISATION, _m("doc1", TEXT, "the group"))
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(actors={"group": group}))
    assert report.counts["actors.pred_matches_gold_nominal"] == 1
    assert report.metrics["actors.untyped.precision"] == pytest.approx(5 / 6)
    assert report.metrics["actors.untyped.precision_lenient"] == 1.0
    assert report.details["actors.pred_matches_gold_not_named"] == {"ORG:the group": 1}


def test_split_cluster_raises_split_rate(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    split = {"massoud": _actor("Ahmad Massoud", ActorType.PERSON, _m(d, t, "Ahmad Massoud")),
             "massoud2": _actor("Massoud", ActorType.PERSON, _m(d, t, "Massoud", 1))}
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(actors=split))
    assert report.metrics["coref.split_rate"] == 1.0
    assert report.metrics["coref.b3.precision"] == 1.0
    assert report.metrics["coref.b3.recall"] == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)
    assert report.metrics["actors.untyped.f1"] == 1.0
    (cluster, texts), = report.details["coref.split_clusters"].items()
    assert cluster.startswith("doc1:")
    assert texts == ["Ahmad Massoud -> Ahmad Massoud", "Massoud -> Massoud"]


def test_merged_actors_count_as_false_merge(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    merged = _actor("Taliban", ActorType.ORGANISATION, _m(d, t, "Taliban"), _m(d, t, "Kabul"))
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(
        actors={"taliban": merged, "kabul": merged}))
    assert report.counts["coref.false_merges"] == 1
    assert list(report.details["coref.false_merges"]) == ["doc1:Taliban"]
    assert report.metrics["coref.false_merge_rate"] == pytest.approx(1 / 2)
    assert report.metrics["coref.b3.precision"] < 1.0
    assert report.metrics["coref.b3.recall"] == 1.0


def test_descriptions_are_counted_apart_from_names(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    group = _m(d, t, "group")
    nominal = Mention(d, group.start, group.end, "group", ner_label=ev.NOMINAL)
    perfect = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents())
    taliban = _actor("Taliban", ActorType.ORGANISATION, _m(d, t, "Taliban"), nominal)
    kabul = _actor("Kabul", ActorType.PLACE, _m(d, t, "Kabul"), nominal)
    right = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(actors={"taliban": taliban}))
    wrong = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(actors={"kabul": kabul}))
    assert right.metrics == perfect.metrics  # never a named mention, right or wrong
    assert wrong.metrics == perfect.metrics
    assert (right.counts["actors.nominal.predicted"], right.counts["actors.nominal.correct"]) == (
        1, 1)
    assert (wrong.counts["actors.nominal.predicted"], wrong.counts["actors.nominal.correct"]) == (
        1, 0)


def test_b_cubed_textbook_example() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    precision, recall = ev.b_cubed(gold, predicted)
    assert precision == pytest.approx(11 / 15)
    assert recall == pytest.approx(11 / 15)
    assert ev.b_cubed({}, {}) == (0.0, 0.0)


def test_trigger_with_wrong_or_unknown_type_is_identified_not_classified(
        eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    events = [_event(d, t, "PROTEST", "attacked"), _event(d, t, "NOT_A_TYPE", "killed")]
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(events=events))
    assert report.metrics["events.trigger_id.f1"] == 1.0
    assert report.metrics["events.trigger_class.f1"] == 0.0


def test_trigger_overlap_counts_and_spurious_trigger_lowers_precision(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    wide = Mention(d, t.index("Taliban attacked"), t.index(" Kabul"), "Taliban attacked")
    attack = Event("e1", "FIGHT", wide, t, mentions=[wide])
    spurious = _event(d, t, "ASSAULT", "said")
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(events=[attack, spurious]))
    assert report.metrics["events.trigger_id.precision"] == 0.5
    assert report.metrics["events.trigger_id.recall"] == 0.5
    assert report.metrics["events.trigger_class.precision"] == 0.5


def test_argument_matching_strict_coref_and_role(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    # "Taliban" is not the gold killer "the group" but is in its cluster; Massoud given as source
    kill = _event(d, t, "ASSAULT", "killed", "killing", source=_m(d, t, "Taliban"),
                  target=_m(d, t, "the group"), location=_m(d, t, "Massoud", 1))
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(events=[kill]))
    m = report.metrics
    assert report.counts["events.predicted_arguments"] == 3
    assert m["events.arg_id.precision"] == pytest.approx(1 / 3)  # only "the group"
    assert m["events.arg_id_coref.precision"] == 1.0
    assert m["events.arg_class.precision"] == 0.0  # "the group" as target, gold Killer
    assert m["events.arg_class_coref.precision"] == pytest.approx(1 / 3)  # Taliban as source
    assert m["events.arg_id_coref.recall"] == pytest.approx(2 / 4)


def test_arguments_without_mention_or_matched_event_do_not_count(eval_dir: Path) -> None:
    d, t = "doc1", TEXT
    kill = _event(d, t, "ASSAULT", "killed")
    kill.arguments.append(Argument("source", "actor/Taliban", None))
    stray = _event(d, t, "ASSAULT", "rockets", source=_m(d, t, "Taliban"))
    report = ev.score_wikievents(_wiki(eval_dir), perfect_wikievents(events=[kill, stray]))
    assert report.counts["events.predicted_arguments"] == 0
    assert report.metrics["events.arg_id.precision"] == 0.0


@pytest.mark.parametrize("plover_type", [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "DISAPPROVE", "INVESTIGATE", "DEMAND", "FIGHT", "CRIME",
])
def test_every_plover_type_maps_to_kairos(plover_type: str) -> None:
    assert ev.kairos_types(plover_type)


def test_mode_refines_kairos_types() -> None:
    assert ev.kairos_types("ASSAULT", "killing") == {"Life.Die", "Conflict.Attack"}
    assert "Life.Injure" in ev.kairos_types("ASSAULT", "a-mode-kg-does-not-know")
    assert ev.kairos_types("UNKNOWN") == frozenset()


def test_docs_table_matches_code() -> None:
    doc = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| ([A-Z]+) \| ([A-Z][A-Za-z]*\.[A-Za-z., ]+) \|$", doc,
                           re.MULTILINE))
    assert {k: set(v.split(", ")) for k, v in rows.items()} == {
        k: set(v) for k, v in ev.KAIROS_BY_PLOVER.items()}
    for (kind, mode), types in ev.KAIROS_BY_MODE.items():
        assert f"| {kind} | {mode} | {', '.join(sorted(types))} |" in doc
    for gold_type, kinds in ev.ACTOR_TYPES.items():
        assert f"| {gold_type} | {' or '.join(sorted(kinds))} |" in doc


# PLOVER rules

def _plover_event(text: str, trigger: str, kind: str, eid: str = "") -> Event:
    m = _m("s", text, trigger)
    return Event(eid or trigger, kind, m, text, mentions=[m])


def test_main_event_is_the_one_on_event_text_else_the_first() -> None:
    text = "Rebels attacked a town after talks, and agreed to a truce."
    attack = _plover_event(text, "attacked", "ASSAULT")
    agree = _plover_event(text, "agreed", "AGREE")
    assert ev.choose_main_event([agree, attack], text, "agreed truce") is agree
    assert ev.choose_main_event([agree, attack], text, "said to") is attack
    assert ev.choose_main_event([], text, "agreed") is None


def test_main_event_ignores_stop_words_of_event_text() -> None:
    text = "Talks went on to the end as Libya offered aid."
    talks = _plover_event(text, "Talks", "CONSULT")
    offer = _plover_event(text, "offered", "AGREE")
    assert ev.choose_main_event([talks, offer], text, "offered to the") is offer


@pytest.mark.parametrize(("predicted", "gold", "matched"), [
    (["police"], ["Egyptian police"], 1),
    (["The United States"], ["the Netherlands"], 0),
    (["Jordan"], ["Jordan", "Jordan"], 1),  # one to one
    (["Hungary"], ["Hungarian"], 0),
    (["Prime Minister Mahendra Chaudhry", "rebels"], ["Fijian rebels", "Chaudhry"], 2),
    ([], ["Libya"], 0),
])
def test_actor_text_matching(predicted: list[str], gold: list[str], matched: int) -> None:
    assert ev.match_actor_texts(predicted, gold) == matched


def test_plover_accuracy_precision_coverage(eval_dir: Path) -> None:
    records = ev.read_plover(eval_dir / ev.PLOVER_PATH)
    docs = [r.document() for r in records]
    only_first = perfect_plover(docs[:1])
    only_first.events[0].type = "CONSULT"
    report = ev.score_plover(records, only_first)
    assert report.metrics["plover.type.accuracy"] == 0.0
    assert report.metrics["plover.coverage"] == 0.5
    assert report.details["plover.confusion"] == {"AGREE": {"CONSULT": 1},
                                                  "COERCE": {"(none)": 1}}
    right = ev.score_plover(records, perfect_plover(docs[:1]))
    assert right.metrics["plover.type.accuracy"] == 0.5
    assert right.metrics["plover.type.precision"] == 1.0
    assert right.metrics["plover.source.precision"] == 1.0
    assert right.metrics["plover.source.recall"] == 0.5


# the gate

def test_check_floors_floors_ceilings_and_missing() -> None:
    report = ev.Report({"a.f1": 0.5, "coref.split_rate": 0.3})
    assert ev.check_floors(report, {"a.f1": 0.5, "coref.split_rate": 0.3}) == []
    assert ev.check_floors(report, {"a.f1": 0.6, "coref.split_rate": 0.2}) == [
        "a.f1", "coref.split_rate"]
    assert ev.check_floors(report, {"gone.f1": 0.0}) == ["gone.f1"]


def test_format_table_and_json() -> None:
    report = ev.Report({"a.f1": 0.5, "coref.split_rate": 0.3}, {"a.gold": 7})
    table = ev.format_table(report, {"a.f1": 0.6, "coref.split_rate": 0.4, "b.f1": 0.1})
    lines = table.splitlines()
    assert lines[0].split() == ["metric", "value", "floor", "status"]
    assert lines[1].split() == ["a.f1", "0.500", ">=", "0.600", "BELOW"]
    assert lines[2].split() == ["b.f1", "-", ">=", "0.100", "missing"]
    assert lines[3].split() == ["coref.split_rate", "0.300", "<=", "0.400", "ok"]
    assert "a.gold" in table
    data = json.loads(json.dumps(report.to_json({"a.f1": 0.6})))
    assert data["failed"] == ["a.f1"]
    assert data["counts"] == {"a.gold": 7}


def test_propose_baseline_leaves_slack() -> None:
    report = ev.Report({"a.f1": 0.5, "coref.split_rate": 0.3, "b.f1": 0.01})
    assert ev.propose_baseline(report) == {"a.f1": 0.48, "b.f1": 0.0, "coref.split_rate": 0.32}


def test_load_baseline_rejects_bad_bounds(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"a.f1": "high"}')
    with pytest.raises(InputError, match=r"'a\.f1' is not a number"):
        ev.load_baseline(path)


def test_committed_baseline_covers_every_metric(eval_dir: Path, tmp_path: Path) -> None:
    import shutil

    from tests.test_evaluate_ecbplus import write_ecbplus

    baseline = ev.load_baseline(BASELINE)
    assert ev.load_baseline() == baseline
    full = tmp_path / "all" / "eval"  # every gold set, ECB+ with its texts beside
    for sub in ("wikievents", "plover"):
        shutil.copytree(eval_dir / sub, full / sub)
    write_ecbplus(full)
    report = ev.evaluate(full, fake())
    assert set(baseline) == set(report.metrics)
    for name, bound in baseline.items():
        assert 0.0 <= bound <= 1.0, name


@pytest.mark.slow
def test_real_pipeline_meets_the_baseline() -> None:
    eval_dir = SHARED / "eval"
    if not (eval_dir / ev.WIKIEVENTS_PATH).is_file() or not (eval_dir / ev.PLOVER_PATH).is_file():
        pytest.skip(f"gold data absent under {eval_dir}")
    if importlib.util.find_spec("kg.pipeline") is None:
        pytest.skip("kg.pipeline does not exist yet")
    report = ev.evaluate(eval_dir)
    failed = ev.check_floors(report, ev.load_baseline(BASELINE))
    assert failed == [], ev.format_table(report, ev.load_baseline(BASELINE))


def test_an_abbreviation_matches_with_or_without_its_last_full_stop() -> None:
    from kg.evaluation.scoring import _core

    text = "The U.S. army and the U.S.-led force met in Redfield, S.D. today."
    us = text.index("U.S.")
    assert _core(text, us, us + 4) == _core(text, us, us + 3) == (us, us + 3)
    sd = text.index("S.D.")
    assert _core(text, sd, sd + 4) == (sd, sd + 3)
    assert _core(text, 0, 13) == (4, 13)  # "U.S. army": only a last full stop goes
