"""Events from one parsed document: each stage in turn, from triggers to an Event with roles.

Triggers (triggers.py) are kept unless negated or spurious; their roles (roles.py), modality
and attribution (modality.py), date (time.py) and other mentions (coref.py, and outcomes.py for
the damage an attack does and the laying of its bomb) make the event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.events._syntax import (
    OBJECTS,
    SUBJECTS,
    clause_subject,
    ends,
    line_bounds,
    passive_support,
    unstopped,
)
from kg.events.actor_index import ActorIndex
from kg.events.coref import antecedent_event, antecedent_key, definite, fold_forward
from kg.events.fillers import actors
from kg.events.lexicon import VIOLENT, Lexicon, word_classes
from kg.events.modality import (
    Attribution,
    Statement,
    accusation_of,
    add_disputes,
    attribution_of,
    commitment_of,
    is_negated,
    modality_of,
    refusal_of,
)
from kg.events.motion import movements
from kg.events.outcomes import add_outcomes
from kg.events.related import related_targets
from kg.events.roles import Roles, resolve_roles
from kg.events.speech import speech_events
from kg.events.time import event_date
from kg.events.trade import trades
from kg.events.triggers import (
    Trigger,
    ended,
    find_triggers,
    is_spurious,
    mishap,
    stands_alone,
)
from kg.model import (
    ActorRef,
    ActorType,
    Argument,
    Document,
    Event,
    Mention,
    MentionLabel,
    Modality,
    PloverType,
    Role,
)
from kg.parsed import doc_text
from kg.vocab import event_iri

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["extract_events"]


def extract_events(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
) -> list[Event]:
    """Events of one parsed document, with roles resolved to the actors in *index*.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of ``document.text``.
    document : Document
        The article: its id and date (relative dates are resolved against it).
    index : ActorIndex
        The document's resolved actor mentions, indexed on *doc*.
    lexicon : Lexicon
        The trigger lexicon.
    sentence_of : callable
        Character offset -> sentence index (:func:`kg.nlp.sentence_index`).
    """
    text = doc_text(doc)
    events: list[Event] = []
    by_key: dict[tuple[object, ...], list[Event]] = {}  # the antecedents a noun may have
    ahead: list[Event] = []  # "the fall of Kabul", told in full further on
    statements: dict[int, Statement] = {}  # reporting verb -> what it reports
    triggers = find_triggers(doc, lexicon)
    nouns = {tr.token.i for tr in triggers if tr.nominal}
    deaths: list[Event] = []  # deaths told with no cause that is violence
    at_token: dict[int, Event] = {}  # trigger token -> its event, for related_targets
    for found in triggers:
        trigger = _kept(found, nouns, index, lexicon)
        if trigger is None:
            continue
        t = trigger.token
        cameo = trigger.cameo
        roles = resolve_roles(trigger, index, lexicon)
        if mishap(trigger, lexicon):  # "killed in the earthquake", "in a car crash": no one's act
            roles.source = []
            trigger = Trigger(t, trigger.start, trigger.end, PloverType.DEATH, None, found.nominal)
        if _headline_passive(t):  # "Rebel commander killed in Kunduz": the victim
            roles.target, roles.source = roles.source + roles.target, []
        if trigger.mode == "capture" and roles.target and all(
            r.type in {ActorType.PERSON, ActorType.GROUP} for r in roles.target
        ):  # "the navy captured 23 pirates", "Nichols was captured": a detention (CAMEO 173)
            trigger = Trigger(t, trigger.start, trigger.end, trigger.type, "arrest", found.nominal)
        accusation = accusation_of(t, index)
        if accusation is not None:
            # "Kyiv accused Moscow of shelling the port": Moscow the source, Kyiv no party
            accused, accusers = accusation
            parties = {a.actor for a in accused + accusers}
            roles.source = accused
            roles.target = [r for r in roles.target if r.actor not in parties]
        modality = modality_of(trigger)
        if trigger.type is PloverType.REJECT and found.type is not PloverType.REJECT:
            # a refusal (see _kept) is stated, not intended, and is addressed to actors, not
            # to who would have undergone the act ("will not accept any more refugees")
            modality = Modality.ASSERTED
            roles.target = [a for a in roles.target if a.mention.ner_label not in _UNNAMED]
        if (commitment := commitment_of(trigger, lexicon)) is not None:
            # "Israel will evacuate the settlements": PLOVER codes the promise (AGREE) or the
            # threat (THREATEN), with the promised action as its mode.
            action = trigger.type.lower() + (f"-{trigger.mode}" if trigger.mode else "")
            trigger = Trigger(t, trigger.start, trigger.end, commitment, action, trigger.nominal)
            modality = Modality.ASSERTED
        attribution = attribution_of(t, index)
        if (
            attribution is not None
            and not roles.source
            and _says_of_itself(t, attribution, lexicon)
        ):
            roles.source = list(attribution.speakers)
        arguments, modality = _arguments(roles, attribution, accusation, modality)
        if not any(a.role in {Role.SOURCE, Role.TARGET, Role.LOCATION} for a in arguments) and (
            not stands_alone(trigger, lexicon)
        ):
            continue
        if cameo and not (_between_actors(roles, cameo) or _gives_money(found, roles)):
            continue  # CAMEO codes events between actors: "Russia opposed Ukraine's bid"
        date, basis = event_date(t, document.date)
        mentions = [
            Mention(document.id, start, end, text[start:end], sentence_of(start), "TRIGGER")
            for start, end in [(trigger.start, trigger.end), *_support_verb(trigger, lexicon)]
        ]
        told = by_key.get(antecedent_key(trigger, modality), [])
        if (antecedent := antecedent_event(trigger, arguments, modality, told)) is not None:
            antecedent.mentions += mentions  # "the attack" mentioned again: one event
            known = {(a.role, a.actor) for a in antecedent.arguments}
            antecedent.arguments += [a for a in arguments if (a.role, a.actor) not in known]
            _told(statements, attribution, antecedent)
            continue
        sentence = t.sent  # its text read from *text*: Span.text makes a Token per word
        event = Event(
            id=event_iri(document.id, trigger.start, trigger.type),
            type=trigger.type,
            trigger=mentions[0],
            sentence_text=text[sentence.start_char : sentence.end_char].strip(),
            mode=trigger.mode,
            date=date,
            date_basis=basis,
            modality=modality,
            arguments=arguments,
            instruments=roles.instrument,
            mentions=mentions,
        )
        events.append(event)
        at_token[t.i] = event
        if _death(trigger, lexicon) and not roles.source:
            deaths.append(event)
        _told(statements, attribution, event)
        by_key.setdefault(antecedent_key(event, modality), []).append(event)
        if basis == "document" and definite(trigger) and (event.sources or event.targets):
            ahead.append(event)
    _natural_deaths(deaths, events, document)
    harmless = _disaster_harm(doc, events, lexicon)
    events = [e for e in events if e.id not in harmless]
    events = fold_forward([e for e in ahead if e.id not in harmless], events)
    add_outcomes(doc, events, index, lexicon, sentence_of)
    alive = {e.id for e in events}
    related_targets(doc, {i: e for i, e in at_token.items() if e.id in alive})
    denials = add_disputes(doc, events, index)
    kept = {e.id for e in events}
    said = [
        Statement(s.verb, s.how, s.speakers, [e for e in s.events if e.id in kept])
        for s in statements.values()
    ]
    verbs = _verb_events(doc, document, index, lexicon, sentence_of, events)
    return events + verbs + speech_events(said + denials, document, events, sentence_of)


def _verb_events(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
    events: list[Event],
) -> list[Event]:
    """The MOVE events, then the TRADE events, at verbs that no event of *events* has as its
    word: verbs of motion (:mod:`kg.events.motion`: the mover the source, the people moved the
    target, the places the location; a journey for a meeting a CONSULT visit) and of commerce
    (:mod:`kg.events.trade`, each with an actor: the giver the source, the recipient the
    target, a company bought the buyer's)."""
    taken = _worded(events)
    moves = [
        _verb_event(doc, document, index, sentence_of, move.verb,
                    PloverType.CONSULT if move.visit else PloverType.MOVE,
                    Roles(source=move.movers, target=move.moved, location=move.places),
                    "visit" if move.visit else None)
        for move in movements(doc, index, lexicon, taken, _worded(events, PloverType.CONSULT))
    ]
    sales = [
        _verb_event(doc, document, index, sentence_of, trade.verb, PloverType.TRADE,
                    Roles(source=trade.sources, target=trade.targets), trade.verb.lemma_.lower())
        for trade in trades(doc, index, lexicon, taken)
        if trade.sources or trade.targets
    ]
    return moves + sales


def _worded(events: list[Event], kind: PloverType | None = None) -> set[int]:
    """The character offsets of the words of *events* (of type *kind*, when given): a verb
    another event has as its word makes no MOVE or TRADE of its own."""
    return {
        i for e in events if kind is None or e.type is kind
        for m in e.mentions for i in range(m.start, m.end)
    }


def _verb_event(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    sentence_of: Callable[[int], int],
    t: Token,
    kind: PloverType,
    roles: Roles,
    mode: str | None = None,
) -> Event:
    """The event of type *kind* and *mode* at verb *t* with *roles*, its modality and date
    read at *t*."""
    text = doc_text(doc)
    trigger = Trigger(t, t.idx, t.idx + len(t), kind, mode, False)
    arguments, modality = _arguments(roles, attribution_of(t, index), None, modality_of(trigger))
    date, basis = event_date(t, document.date)
    mention = Mention(document.id, trigger.start, trigger.end,
                      text[trigger.start : trigger.end], sentence_of(trigger.start), "TRIGGER")
    sentence = t.sent
    return Event(
        id=event_iri(document.id, trigger.start, trigger.type),
        type=trigger.type,
        trigger=mention,
        sentence_text=text[sentence.start_char : sentence.end_char].strip(),
        mode=mode,
        date=date,
        date_basis=basis,
        modality=modality,
        arguments=arguments,
        mentions=[mention],
    )


def _says_of_itself(t: Token, attribution: Attribution, lexicon: Lexicon) -> bool:
    """Whether a speaker tells of its own act by a pronoun no actor was found for: "the party
    has said it will boycott the elections", "rebel leaders said they would ..." (the speaker
    is the source, as CAMEO reads "A says A will ..."). What befalls a subject is no act of
    it: "Gaskin said he died on the way down" has no source."""
    if attribution.how is not Modality.CLAIMED or attribution.verb is None:
        return False
    if t.lemma_.lower() in lexicon.unaccusative:
        return False
    if not attribution.speakers or t.pos_ not in {"VERB", "AUX"}:
        return False
    subject, passive = clause_subject(t)
    words = word_classes()
    return (
        subject is not None
        and not passive
        and subject.lower_ in words.personal_pronouns | words.it_pronouns
        and subject.i > attribution.verb.i  # the pronoun follows its speaker
    )


def _told(statements: dict[int, Statement], attribution: Attribution | None, event: Event) -> None:
    """Record that the reporting or denial verb of *attribution* tells *event*."""
    if attribution is None or attribution.verb is None or not attribution.speakers:
        return
    verb = attribution.verb
    statement = statements.setdefault(
        verb.i, Statement(verb, attribution.how, attribution.speakers)
    )
    if not any(e is event for e in statement.events):
        statement.events.append(event)


_UNNAMED = frozenset({MentionLabel.PARTICIPANT, MentionLabel.NOMINAL})


def _between_actors(roles: Roles, cameo: str) -> bool:
    """Whether an event known only from CAMEO has the actors CAMEO codes it between: a named
    source, and for a verb alone (or a light verb's pattern: "gave Tanzania a grant") also a
    named target that is no place ("Russia opposed Ukraine's bid"); a pattern ("restored
    diplomatic relations") needs the source only."""

    def named(found: list[ActorRef]) -> bool:
        return any(
            a.mention.ner_label not in _UNNAMED
            and a.mention.text.lower()
            not in word_classes().personal_pronouns | word_classes().it_pronouns
            for a in found
        )

    targets = [a for a in roles.target if a.type != ActorType.PLACE]  # a place is no party
    return named(roles.source) and (cameo == "pattern" or named(targets))


def _gives_money(trigger: Trigger, roles: Roles) -> bool:
    """Whether a named actor gives a sum of money ("Japan will contribute a million dollars to
    the fund"): aid whether or not the recipient is an actor."""
    t = trigger.token
    if trigger.type is not PloverType.AID or t.pos_ != "VERB":
        return False
    money = any(
        c.dep_ in OBJECTS and any(w.ent_type_ == "MONEY" or w.tag_ == "$" for w in c.subtree)
        for c in t.children
    )
    return money and _between_actors(roles, "pattern")


def _headline_passive(t: Token) -> bool:
    """Whether *t* is a headline's participle with its subject the one it befell: "Charger
    Jamal Williams arrested on suspicion of DUI", "Rebel commander killed in Kunduz" (headlines
    leave out "was"; their active verbs are in the present). The line has no final stop and
    text follows it; the verb has no auxiliary, object or by-phrase."""
    if t.tag_ not in {"VBD", "VBN"}:
        return False
    start, end = line_bounds(t)
    if start <= t.head.idx < end and t.head.i != t.i:
        return False  # the line's own verb: its head is on another line (spaCy runs lines on)
    if any(c.dep_ in OBJECTS | {"aux", "auxpass", "agent", "ccomp"} for c in t.children):
        return False
    return _headline(doc_text(t.doc), start, end)


def _headline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a headline: no final stop, and text after it."""
    return unstopped(text[start:end]) and _TEXT_AFTER.search(text, end) is not None


_TEXT_AFTER = re.compile(r"\S")


def _death(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether *trigger* is a word of a death that says nothing of how it came ("died",
    "was found dead"), not even by its cause ("died of gunshot wounds", "from injuries")."""
    t = trigger.token
    if not (
        trigger.type is PloverType.ASSAULT
        and trigger.mode == "killing"
        and t.lemma_.lower() in lexicon.death_words
    ):
        return False
    causes = [o for p in t.children if p.dep_ == "prep" and p.lower_ in lexicon.cause_preps
              for o in p.children if o.dep_ == "pobj"]
    return not any(
        (sense := lexicon.nouns.get(w.lemma_.lower()) or lexicon.verbs.get(w.lemma_.lower()))
        and sense.type in VIOLENT
        for o in causes
        for w in (o, *o.children)
    )


def _natural_deaths(deaths: list[Event], events: list[Event], document: Document) -> None:
    """*deaths* retyped DEATH where no other event of their sentence is violence: "Felt died
    on Friday" is no killing; "two soldiers died in the attack" stays one."""
    death_ids = {e.id for e in deaths}
    head = _headline_end(document.text)
    violent = {
        (e.trigger.sentence, e.trigger.start < head)
        for e in events
        if e.type in VIOLENT and e.id not in death_ids
    }
    for e in deaths:
        # a death in the headline takes no violence from the line after it (see
        # _headline_end); one in the body may still be the killing the line before told
        if (e.trigger.sentence, True) not in violent and (
            e.trigger.start < head or (e.trigger.sentence, False) not in violent
        ):
            e.type, e.mode = PloverType.DEATH, None
            e.id = event_iri(document.id, e.trigger.start, e.type)


def _disaster_harm(doc: Doc, events: list[Event], lexicon: Lexicon) -> set[str]:
    """Killings and injuries no one is said to have done, told in a report of a disaster or an
    accident: the nearest cause told, in their sentence, else in the sentences before, is a
    disaster or an accident ("A quake hit Aceh. Many people were injured"), not an act of
    violence ("A gunman opened fire. Two were killed"). The killings become deaths no one
    caused; returns the ids of the injuries, which are no event."""
    harm = lexicon.disasters | lexicon.accidents
    victims = [
        e for e in events
        if e.type is PloverType.ASSAULT and e.mode in lexicon.unarmed_modes and not e.sources
    ]
    if not victims:
        return set()
    disastrous = {i for i, sent in enumerate(doc.sents) if any(_names_harm(t, harm) for t in sent)}
    if not disastrous:
        return set()
    attacks = {
        e.trigger.sentence
        for e in events
        if e.type in VIOLENT and (e.mode not in lexicon.unarmed_modes or e.sources)
    }
    harmless: set[str] = set()
    for e in victims:
        cause = next(
            (i for i in range(e.trigger.sentence, -1, -1) if i in attacks or i in disastrous),
            None,
        )
        if cause is None or cause in attacks:
            continue
        if e.mode == "injury":
            harmless.add(e.id)
        else:
            e.type, e.mode = PloverType.DEATH, None
            e.id = event_iri(e.document_id, e.trigger.start, e.type)
    return harmless


def _names_harm(t: Token, harm: frozenset[str]) -> bool:
    """Whether *t* is a noun of a disaster or an accident (not "tried to storm a ship")."""
    return t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in harm


def _headline_end(text: str) -> int:
    """Where the text's first line ends when it is a headline, a line with no final stop that
    more text follows ("Vincent Gigante dies in prison\nHe was known ... to beat raps"), else
    0. The parser often runs such a headline into the next line as one sentence; a reader
    takes the line break as its end (only the first line: as a general rule, line breaks as
    sentence ends cost the parse elsewhere)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not _headline(text, start, end):
        return 0
    return start + len(text[start:end].rstrip())


def _kept(trigger: Trigger, nouns: set[int], index: ActorIndex, lexicon: Lexicon) -> Trigger | None:
    """*trigger* as an event of its own, or None: not when negated, spurious, an event noun
    that is the subject of a report, or an ending verb whose object noun carries the event;
    an event noun that is ended ("lifted the blockade") becomes the ending (see ended)."""
    t = trigger.token
    words = word_classes()
    if (
        refusal_of(trigger)
        and not is_spurious(trigger, index, lexicon)
        and not _no_one_refuses(t, index, lexicon)
    ):
        # "Syria will not accept any more refugees": a refusal, REJECT with the refused act
        action = trigger.type.lower() + (f"-{trigger.mode}" if trigger.mode else "")
        return Trigger(t, trigger.start, trigger.end, PloverType.REJECT, action, False)
    if is_negated(t, lexicon.light_verbs) or (
        trigger.nominal and t.head.lemma_.lower() in words.reporting_verbs and t.dep_ in SUBJECTS
    ):
        return None
    if is_spurious(trigger, index, lexicon):
        return None
    held = t.head if t.dep_ == "compound" else t  # "ended mediation efforts"
    if trigger.nominal and held.dep_ in OBJECTS and ends(held.head):
        return ended(trigger, lexicon)
    if not trigger.nominal and any(c.dep_ in OBJECTS and c.i in nouns for c in t.children) and (
        ends(t)
    ):
        return None  # "lifted the blockade": the noun carries the event, see ended
    return trigger


def _no_one_refuses(verb: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Whether the subject of a negated "will not" verb is an event, or an "it" no actor
    stands for, neither of which can refuse: "the arrest will not affect his status" is a
    prediction, no REJECT ("Syria will not accept" is one)."""
    subject, _ = clause_subject(verb)
    if subject is None or index.at(subject) is not None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in word_classes().it_pronouns and not actors(subject, index)
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma in lexicon.nouns or lemma in lexicon.action_nouns)


def _arguments(
    roles: Roles,
    attribution: Attribution | None,
    accusation: tuple[list[ActorRef], list[ActorRef]] | None,
    modality: Modality,
) -> tuple[list[Argument], Modality]:
    """An event's arguments, each actor once per role: its roles, then who claims or denies
    it; and its modality, claimed, denied or alleged when the text attributes it."""
    arguments = [
        Argument(role, a.actor, a.mention)
        for role, found in (
            (Role.SOURCE, roles.source),
            (Role.TARGET, roles.target),
            (Role.LOCATION, roles.location),
        )
        for a in _dedupe(found)
    ]
    if attribution is not None:
        how, speakers, _ = attribution
        role = Role.DISPUTED_BY if how is Modality.DENIED else Role.CLAIMED_BY
        arguments += [Argument(role, a.actor, a.mention) for a in _dedupe(speakers)]
        if modality is Modality.ASSERTED:
            modality = how
    if accusation is not None:
        accusers = accusation[1]
        known = {(a.role, a.actor) for a in arguments}
        arguments += [
            Argument(Role.CLAIMED_BY, a.actor, a.mention)
            for a in _dedupe(accusers)
            if (Role.CLAIMED_BY, a.actor) not in known
        ]
        if modality is Modality.ASSERTED:
            modality = Modality.CLAIMED if accusers else Modality.ALLEGED
    return _one_reading_per_span(arguments), modality


def _one_reading_per_span(arguments: list[Argument]) -> list[Argument]:
    """Drop an argument whose words another argument reads with another label: in "a Woodburn
    police officer was killed" the NER's organisation and an unnamed officer (a participant
    qualified by a name is the name's, see kg.actors.grouping). A span keeps one label, as its
    single annotation in the exports says; a named reading wins. Readings under one label stay
    ("US troops": the troops and the United States)."""
    label: dict[tuple[int, int], str] = {}
    for a in sorted(arguments, key=lambda a: a.mention is None
                    or a.mention.ner_label == MentionLabel.PARTICIPANT):
        if a.mention is not None:
            label.setdefault((a.mention.start, a.mention.end), a.mention.ner_label)
    return [a for a in arguments
            if a.mention is None or label[(a.mention.start, a.mention.end)] == a.mention.ner_label]


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


def _dedupe(found: Iterable[ActorRef]) -> list[ActorRef]:
    """Each actor once, with its first mention."""
    seen: dict[str, ActorRef] = {}
    for ref in found:
        seen.setdefault(ref.actor, ref)
    return list(seen.values())
