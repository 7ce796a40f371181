"""Events from one parsed document: each stage in turn, from triggers to an Event with roles.

Triggers (triggers.py) are kept unless negated or spurious; their roles (roles.py), modality
and attribution (modality.py), date (time.py) and other mentions (coref.py) make the event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from kg.events._syntax import OBJECTS, SUBJECTS, passive_support
from kg.events.actor_index import ActorIndex
from kg.events.coref import antecedent_event, definite, fold_forward
from kg.events.lexicon import ENDING_VERBS, REPORTING_VERBS, Lexicon
from kg.events.modality import (
    accusation_of,
    add_disputes,
    attribution_of,
    commitment_of,
    is_negated,
    modality_of,
)
from kg.events.roles import resolve_roles
from kg.events.time import event_date
from kg.events.triggers import Trigger, ended, find_triggers, is_spurious, stands_alone
from kg.model import Argument, Document, Event, Mention, Modality
from kg.vocab import event_iri

__all__ = ["ActorIndex", "extract_events"]


def extract_events(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
) -> list[Event]:
    """Events of one parsed document, with roles resolved to the actors in *index*."""
    events: list[Event] = []
    ahead: list[Event] = []  # "the fall of Kabul", told in full further on
    triggers = find_triggers(doc, lexicon)
    nouns = {tr.token.i for tr in triggers if tr.nominal}
    for trigger in triggers:
        t = trigger.token
        if is_negated(t, lexicon.light_verbs) or (
            trigger.nominal and t.head.lemma_.lower() in REPORTING_VERBS and t.dep_ in SUBJECTS
        ):
            continue
        if is_spurious(trigger, index, lexicon):
            continue
        if trigger.nominal and t.dep_ in OBJECTS and t.head.lemma_.lower() in ENDING_VERBS:
            trigger = ended(trigger)
        elif (
            not trigger.nominal
            and any(c.dep_ in OBJECTS and c.i in nouns for c in t.children)
            and t.lemma_.lower() in ENDING_VERBS
        ):
            continue  # "lifted the blockade": the noun carries the event, see ended
        roles = resolve_roles(trigger, index, lexicon)
        accusation = accusation_of(t, index)
        if accusation is not None:
            # "Kyiv accused Moscow of shelling the port": Moscow the source, Kyiv no party
            accused, accusers = accusation
            parties = {iri for _, iri, _ in accused + accusers}
            roles["source"] = accused
            roles["target"] = [r for r in roles["target"] if r[1] not in parties]
        attribution = attribution_of(t, index)
        modality = modality_of(trigger)
        if (commitment := commitment_of(trigger, lexicon)) is not None:
            # "Israel will evacuate the settlements": PLOVER codes the promise (AGREE) or the
            # threat (THREATEN), with the promised action as its mode.
            action = trigger.type.lower() + (f"-{trigger.mode}" if trigger.mode else "")
            trigger = Trigger(t, trigger.start, trigger.end, commitment, action, trigger.nominal)
            modality = Modality.ASSERTED
        arguments = [
            Argument(role, iri, m)
            for role in ("source", "target", "location")
            for m, iri, _ in _dedupe(roles[role])
        ]
        if attribution is not None:
            how, speakers = attribution
            role = "disputed_by" if how == "denied" else "claimed_by"
            arguments += [Argument(role, iri, m) for m, iri, _ in _dedupe(speakers)]
            if modality is Modality.ASSERTED:
                modality = {
                    "claimed": Modality.CLAIMED,
                    "denied": Modality.DENIED,
                    "alleged": Modality.ALLEGED,
                }[how]
        if accusation is not None:
            known = {(a.role, a.actor) for a in arguments}
            arguments += [
                Argument("claimed_by", iri, m)
                for m, iri, _ in _dedupe(accusation[1])
                if ("claimed_by", iri) not in known
            ]
            if modality is Modality.ASSERTED:
                modality = Modality.CLAIMED if accusation[1] else Modality.ALLEGED
        if not any(a.role in {"source", "target", "location"} for a in arguments) and (
            not stands_alone(trigger, lexicon)
        ):
            continue
        date, basis = event_date(t, document.date)
        text = doc.text[trigger.start : trigger.end]
        mention = Mention(
            document.id, trigger.start, trigger.end, text, sentence_of(trigger.start), "TRIGGER"
        )
        mentions = [mention] + [
            Mention(document.id, start, end, doc.text[start:end], sentence_of(start), "TRIGGER")
            for start, end in _support_verb(trigger, lexicon)
        ]
        if (antecedent := antecedent_event(trigger, arguments, modality, events)) is not None:
            antecedent.mentions += mentions  # "the attack" mentioned again: one event
            known = {(a.role, a.actor) for a in antecedent.arguments}
            antecedent.arguments += [a for a in arguments if (a.role, a.actor) not in known]
            continue
        event = Event(
            id=event_iri(document.id, trigger.start, trigger.type),
            type=trigger.type,
            trigger=mention,
            sentence_text=t.sent.text,
            mode=trigger.mode,
            date=date,
            date_basis=basis,
            modality=modality,
            arguments=arguments,
            instruments=roles["instrument"],
            mentions=mentions,
        )
        events.append(event)
        if basis == "document" and definite(trigger) and (event.sources or event.targets):
            ahead.append(event)
    events = fold_forward(ahead, events)
    add_disputes(doc, events, index)
    return events


def _support_verb(trigger: Trigger, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The span of the support verb that says who did the event its passive subject names
    ("the attack was carried out by ETA"): a second mention of the event, as the verb and its
    by-phrase, not the noun, carry the act there."""
    verb = passive_support(trigger.token, lexicon) if trigger.nominal else None
    if verb is None:
        return []
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    last = particle or verb
    return [(verb.idx, last.idx + len(last))]


def _dedupe(found: Iterable[tuple[Mention, str, str]]) -> list[tuple[Mention, str, str]]:
    seen: dict[str, tuple[Mention, str, str]] = {}
    for item in found:
        seen.setdefault(item[1], item)
    return list(seen.values())
