"""Scoring kg against gold data: WikiEvents actors, coreference and events; PLOVER event types.

Every score is defined here and, with its tables, in ``docs/evaluation.md``. The package reads
as the work flows: :mod:`~kg.evaluation.gold` reads each gold set, :mod:`~kg.evaluation.mappings`
maps its vocabularies onto kg's, :mod:`~kg.evaluation.scoring` computes the scores, and
:mod:`~kg.evaluation.report` holds the report, the packaged baseline and the table.
Conventions: spans are character offsets in the gold text; a ratio with a zero denominator is
0.0; F1 is the harmonic mean of the precision and recall beside it.

A. Actors (WikiEvents, ``actors.*``). Gold: entity mentions of type PER, ORG, GPE, LOC or FAC
that are *named* (see :func:`is_named`). Predicted: every ``Actor.mentions`` entry in the
document but descriptions (``ner_label`` :data:`NOMINAL`), which are only counted
(``actors.nominal.*``), and unnamed participants (:data:`PARTICIPANT`), which are not scored
here. Spans are compared exactly after dropping a leading "the", "a" or
"an" from both.
Typed scores also need the actor type to be allowed for the gold type (:data:`ACTOR_TYPES`).
Predicted spans that equal a non-named or non-actor gold mention are false positives, counted
apart (``actors.pred_matches_gold_nominal``, ``actors.pred_matches_gold_non_actor``) and
forgiven in ``actors.untyped.precision_lenient``.

B. Coreference (``coref.*``). Over gold named mentions matched by a predicted mention, the gold
cluster (``wikievents-dev-coref.jsonl``; unclustered mentions are singletons) against the
predicted cluster (the actor holding the mention, within the document): B³ precision, recall
and F1; ``coref.split_rate``, the share of gold clusters with two or more matched mentions that
land in more than one actor; ``coref.false_merge_rate``, the share of actors with two or more
matched mentions that hold mentions of two or more gold clusters (their number is the count
``coref.false_merges``). The two rates are lower-is-better (:data:`LOWER_IS_BETTER`).

C. Events (``events.*``). Predicted triggers are all ``Event.mentions`` (or the trigger).
Identification: a predicted span is right when it overlaps a gold trigger; a gold trigger is
found when some predicted span overlaps it. Classification also needs the gold trigger's coarse
KAIROS type (first two levels) to be in :func:`kairos_types` of the event's PLOVER type and mode.
Arguments: the ``source``, ``target`` and ``location`` arguments that have a mention, of a
predicted event overlapping one or more gold triggers, against those gold events' arguments
whose entity is of an actor type. ``arg_id`` needs the mention to overlap the gold argument's
mention, ``arg_id_coref`` any mention of its coreference cluster; ``arg_class*`` also need the
gold role to be in :data:`ROLES_BY_KG_ROLE` of the kg role. Recall is over all such gold
arguments of all gold events.

D. PLOVER (``plover.*``). Each record is one document. The sentence's main event is the first
event (by trigger offset) with a mention overlapping a content word of ``eventText``, else the
first event. ``plover.type.accuracy`` is the share of sentences whose main event has the gold
type (no event: wrong), ``plover.type.precision`` that share among sentences with an event,
``plover.coverage`` the share of sentences with an event. Source and target: the mention texts
of the main event's source (target) arguments against the gold ``actorText`` list, matched one
to one, first come first served, when they share a lower-cased word that is not a stop word.

E. ECB+ (``ecbplus.*``, :mod:`~kg.evaluation.ecbplus`). Named actor mentions of news articles
with cross-document instance ids: are one real-world actor's mentions one kg actor, across the
documents of a topic and within each document, and does no kg actor hold two? All documents are
extracted together, as one ``kg build`` of an archive would: actors merge across all of them.

The quality gate is a baseline file of metric name -> bound: a floor, or a ceiling for the
metrics in :data:`LOWER_IS_BETTER`; :func:`check_floors` lists the metrics that miss theirs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from kg.cache import code_digest
from kg.config import eval_dir_from_environment
from kg.evaluation.ecbplus import (
    ECBPLUS_CORPUS,
    ECBPLUS_PATH,
    EcbDoc,
    EcbMention,
    read_ecbplus,
    score_ecbplus,
)
from kg.evaluation.gold import (
    PLOVER_PATH,
    WIKIEVENTS_COREF_PATH,
    WIKIEVENTS_PATH,
    GoldEvent,
    GoldMention,
    PloverRecord,
    WikiDoc,
    is_named,
    read_plover,
    read_wikievents,
)
from kg.evaluation.halves import HALVES, Half, half_of, select
from kg.evaluation.mappings import (
    ACTOR_TYPES,
    ARGUMENT_ROLES,
    KAIROS_BY_MODE,
    KAIROS_BY_PLOVER,
    PLOVER_MERGED,
    ROLES_BY_KG_ROLE,
    kairos_types,
)
from kg.evaluation.report import (
    BASELINE,
    LOWER_IS_BETTER,
    Report,
    check_floors,
    format_table,
    load_baseline,
    propose_baseline,
)
from kg.evaluation.scoring import (
    NOMINAL,
    PARTICIPANT,
    b_cubed,
    choose_main_event,
    match_actor_texts,
    score_plover,
    score_wikievents,
)
from kg.model import Document, Extraction

__all__ = [
    "ACTOR_TYPES",
    "ARGUMENT_ROLES",
    "BASELINE",
    "ECBPLUS_CORPUS",
    "ECBPLUS_PATH",
    "HALVES",
    "KAIROS_BY_MODE",
    "KAIROS_BY_PLOVER",
    "LOWER_IS_BETTER",
    "NOMINAL",
    "PARTICIPANT",
    "PLOVER_MERGED",
    "PLOVER_PATH",
    "ROLES_BY_KG_ROLE",
    "WIKIEVENTS_COREF_PATH",
    "WIKIEVENTS_PATH",
    "EcbDoc",
    "EcbMention",
    "Extractor",
    "GoldEvent",
    "GoldMention",
    "Half",
    "PloverRecord",
    "Report",
    "WikiDoc",
    "b_cubed",
    "check_floors",
    "choose_main_event",
    "default_eval_dir",
    "evaluate",
    "format_table",
    "half_of",
    "is_named",
    "kairos_types",
    "load_baseline",
    "match_actor_texts",
    "propose_baseline",
    "read_ecbplus",
    "read_plover",
    "read_wikievents",
    "score_ecbplus",
    "score_plover",
    "score_wikievents",
]

Extractor = Callable[[list[Document]], Extraction]

_PROJECT = Path(__file__).resolve().parent.parent.parent


def _pipeline_extractor(model: str | None) -> Extractor:
    from kg.nlp import load_pipeline
    from kg.pipeline import extract

    nlp = load_pipeline(model)
    return lambda documents: extract(documents, nlp)


def evaluate(eval_dir: Path, extract: Extractor | None = None, *,
             model: str | None = None, half: Half | None = None) -> Report:
    """Read the gold data under *eval_dir*, run *extract* (default: the kg pipeline with spaCy
    model *model*) once on the WikiEvents documents, once on the PLOVER sentences and once on
    the ECB+ documents (all together), score.

    With *half* (``"a"`` or ``"b"``), only that fixed half of each gold set is scored
    (:mod:`kg.evaluation.halves`; ECB+ by topic): tune on one half, confirm on the other.
    ECB+ is scored when its gold file (:data:`ECBPLUS_PATH`) is there; its texts are read from
    :data:`ECBPLUS_CORPUS` under the parent of *eval_dir*.

    Raises
    ------
    InputError
        When a gold file is missing or malformed.
    """
    eval_dir = Path(eval_dir)
    wiki = read_wikievents(eval_dir / WIKIEVENTS_PATH, eval_dir / WIKIEVENTS_COREF_PATH)
    plover = read_plover(eval_dir / PLOVER_PATH)
    if half is not None:
        wiki = [d for d in wiki if half_of(d.id) == half]
        plover = [r for r in plover if half_of(r.id) == half]
    if extract is None:
        extract = _pipeline_extractor(model)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    wiki_extraction = extract([d.document() for d in wiki])
    seconds["wikievents"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    plover_extraction = extract([r.document() for r in plover])
    seconds["plover"] = round(time.perf_counter() - started, 3)
    report = score_wikievents(wiki, wiki_extraction).merge(score_plover(plover,
                                                                        plover_extraction))
    gold = eval_dir / ECBPLUS_PATH
    if gold.is_file():
        ecb = select(read_ecbplus(gold, eval_dir.parent / ECBPLUS_CORPUS), lambda d: d.topic,
                     half)
        started = time.perf_counter()
        ecb_extraction = extract([d.document() for d in ecb])
        seconds["ecbplus"] = round(time.perf_counter() - started, 3)
        report = report.merge(score_ecbplus(ecb, ecb_extraction))
    else:
        report.details["ecbplus"] = f"not scored: no {gold}"
    report.details["seconds"] = seconds
    report.details["half"] = half or "all"
    report.details["code"] = _code()
    return report


def _code() -> dict[str, str]:
    """Which kg was scored: its package folder and :func:`~kg.cache.code_digest`. Python puts
    the working directory ahead of ``PYTHONPATH``, so a run started inside one checkout scores
    that checkout, whatever ``PYTHONPATH`` names."""
    return {"package": str(_PROJECT / "kg"), "digest": code_digest()}


def default_eval_dir() -> Path:
    """``$KG_EVAL_DIR``, else ``shared/eval`` beside the project folder."""
    return eval_dir_from_environment() or _PROJECT.parent / "shared" / "eval"
