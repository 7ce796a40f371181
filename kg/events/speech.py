"""Speech acts as events: statements between actors, each about the event it answers.

PLOVER and CAMEO code what actors say about each other as events between them. A claim with
an alleging verb that another actor did something is an accusation of that actor ("Massoud
claimed that the Taliban was aided by Pakistan": DISAPPROVE/allege, Massoud -> Pakistan); a
denial of another actor's claim rejects it ("Taliban claims victory, NRFA refutes": REJECT,
NRFA -> Taliban). The statement is asserted (someone said it); the event it is about keeps its
own modality (claimed, denied) and is linked by ``Event.about``, never made a fact. The target
is inferred from that event, so its argument has no mention of its own (the speaker's has).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.events.lexicon import word_classes
from kg.events.modality import Statement
from kg.events.time import event_date
from kg.model import Argument, Document, Event, Mention, Modality, PloverType, Role
from kg.vocab import event_iri

__all__ = ["speech_events"]


def speech_events(
    statements: list[Statement],
    document: Document,
    known: list[Event],
    sentence_of: Callable[[int], int],
) -> list[Event]:
    """The accusations and rejections the *statements* of one document make, one event per
    statement and type, skipping a verb that already is the trigger of one of *known*."""
    taken = {(e.trigger.start, e.type) for e in known}
    out: list[Event] = []
    for statement in statements:
        found = _accusation(statement) or _rejection(statement)
        if found is None:
            continue
        kind, mode, targets = found
        verb = statement.verb
        if (verb.idx, kind) in taken or not targets:
            continue
        taken.add((verb.idx, kind))
        sources = [Argument(Role.SOURCE, a.actor, a.mention) for a in statement.speakers]
        arguments = _once(sources) + _once(targets)
        start, end = verb.idx, verb.idx + len(verb)
        date, basis = event_date(verb, document.date)
        trigger = Mention(document.id, start, end, verb.text, sentence_of(start), "TRIGGER")
        out.append(
            Event(
                id=event_iri(document.id, start, kind),
                type=kind,
                trigger=trigger,
                sentence_text=verb.sent.text.strip(),
                mode=mode,
                date=date,
                date_basis=basis,
                modality=Modality.ASSERTED,
                arguments=arguments,
                mentions=[trigger],
                about=sorted({e.id for e in statement.events}),
            )
        )
    return out


def _accusation(statement: Statement) -> tuple[PloverType, str, list[Argument]] | None:
    """A claim with an alleging verb about what others did: the sources of the claimed events
    that are not the speakers are the accused ("Taliban claimed capture" accuses no one). A
    source named by a pronoun is not: "the spokesman claimed they were responsible" is the
    speaker's side taking responsibility more often than an accusation."""
    words = word_classes()
    if statement.how is not Modality.CLAIMED:
        return None
    if statement.verb.lemma_.lower() not in words.alleging_verbs:
        return None
    speakers = {a.actor for a in statement.speakers}
    pronouns = words.personal_pronouns | words.it_pronouns
    accused = [
        Argument(Role.TARGET, a.actor)
        for e in statement.events
        for a in e.arguments
        if a.role is Role.SOURCE
        and a.actor not in speakers
        and (a.mention is None or a.mention.text.lower() not in pronouns)
    ]
    return (PloverType.DISAPPROVE, "allege", accused) if accused else None


def _rejection(statement: Statement) -> tuple[PloverType, None, list[Argument]] | None:
    """A denial of others' claims: whose claims are denied are its targets."""
    if statement.how is not Modality.DENIED:
        return None
    speakers = {a.actor for a in statement.speakers}
    claimants = [
        Argument(Role.TARGET, a.actor)
        for e in statement.events
        for a in e.arguments
        if a.role is Role.CLAIMED_BY and a.actor not in speakers
    ]
    return (PloverType.REJECT, None, claimants) if claimants else None


def _once(args: list[Argument]) -> list[Argument]:
    """Each actor once, with its first mention."""
    seen: dict[str, Argument] = {}
    for a in args:
        seen.setdefault(a.actor, a)
    return list(seen.values())
