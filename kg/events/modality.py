"""Event modality and attribution: negation, hedges, intent, commitments, claims and denials.

The reporting verb a trigger depends on becomes its attribution (who claims or denies it),
never a fact of its own.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from kg.events._syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    clause_subject,
    ends,
    headline_speaker,
    prep_objects,
)
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors
from kg.events.lexicon import COOPERATIVE, HOSTILE, Lexicon, WordClasses, word_classes
from kg.events.triggers import Trigger
from kg.model import ActorRef, ActorType, Argument, Event, Modality, PloverType, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Attribution",
    "Statement",
    "accusation_of",
    "add_disputes",
    "attribution_of",
    "commitment_of",
    "is_negated",
    "modality_of",
    "refusal_of",
]


def is_negated(t: Token, support_verbs: frozenset[str] = frozenset()) -> bool:
    """Negated, or a non-finite complement of a negated predicate ("not able to attack"), or
    a noun with "no" ("there was no warning", "no reports of injuries"), after "without", or
    under a negated support verb or existential
    ("did not launch an attack", "there had not been any threats")."""
    if _with_no(t) or _none_of(t):
        return True
    if _neither(t):
        return True
    if (
        t.pos_ in {"NOUN", "PROPN"}
        and t.dep_ in {*OBJECTS, "nsubjpass"}
        and t.head.lemma_.lower() in support_verbs | {"be"}
        and any(c.dep_ == "neg" for c in t.head.children)
    ):
        return True
    node = t
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children) or _nobody(node):
            return True  # also "no one is believed to have been injured"
        if node.dep_ in {"xcomp", "acomp"} or (node.dep_ == "conj" and node.head.pos_ == "ADJ"):
            node = node.head
            continue
        if node.dep_ == "advcl" and node.head.pos_ == "ADJ":
            node = node.head
            continue
        return False
    return False


def _clause_head(t: Token) -> Token:
    """The head of the clause *t* stands in, through the words it hangs from."""
    node = t
    while (
        node.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "parataxis"} and node.head.i != node.i
    ):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "conj", "aux"}:
            break
        node = node.head
    return node


def modality_of(trigger: Trigger) -> Modality:
    """How the text presents *trigger*'s event: ALLEGED under a hedge ("reportedly", "is
    believed to have"), CONDITIONAL under "if"/"unless" or a modal ("would", "could"),
    INTENDED when future, demanded or planned ("will attack", "demanded that Ukraine
    withdraw", "plans to attack"), else ASSERTED. Claims and denials come from attribution_of."""
    t = trigger.token
    anchor = t.head if trigger.nominal else t
    path = [t, *list(t.ancestors)[:4]]
    words = word_classes()
    if any(c.lower_ in words.hedges for node in path[:3] for c in node.children):
        return Modality.ALLEGED
    if any(
        node.lemma_.lower() in words.hedging_passives
        and any(c.dep_ == "auxpass" for c in node.children)
        and not any(c.dep_ == "agent" for c in node.children)  # "said by officials": claimed
        for node in path[1:4]
    ):
        return Modality.ALLEGED  # "the army is believed to have shelled the town"
    clause = _clause_head(anchor)
    for node in {clause, anchor}:
        for c in node.children:
            if c.dep_ == "mark" and c.lower_ in words.conditional_marks:
                return Modality.CONDITIONAL
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in words.conditional_marks for m in c.children
            ):
                return Modality.CONDITIONAL
            if c.dep_ == "aux" and c.lower_ in words.modal_aux:
                return Modality.CONDITIONAL
    intending = words.future_aux | words.deontic_aux
    for node in path:
        if any(c.dep_ == "aux" and c.lower_ in intending for c in node.children):
            return Modality.INTENDED
        if (
            node is not t
            and node.lemma_.lower() in words.demand_heads | words.intent_heads
            and not ends(node)  # "called off the meeting": no call for it
        ):
            return Modality.INTENDED
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in words.demand_heads:
            return Modality.INTENDED  # "demanded that Ukraine withdraw": not a withdrawal
        if node.dep_ in {"ccomp", "ROOT", "advcl", "relcl"}:
            break
    return Modality.ASSERTED


def commitment_of(trigger: Trigger, lexicon: Lexicon) -> PloverType | None:
    """AGREE or THREATEN when the trigger is an action its actor commits to ("will withdraw",
    "said they would boycott", "is willing to withdraw", "will withdraw ... unless"); None
    for speech acts, or when a trigger verb (threaten, offer, promise) already codes the act."""
    if trigger.type not in COOPERATIVE | HOSTILE:
        return None
    t = trigger.token
    words = word_classes()
    verb = t.head if trigger.nominal and t.dep_ in OBJECTS else t
    if trigger.nominal and (
        verb is t
        or (verb.lemma_.lower() in lexicon.verbs and not ends(verb))
    ):
        # "would boycott the summit": the summit is not what is promised; "is prepared to lift
        # the ban" is (the noun carries the ending, see triggers.ended)
        return None
    committed = unless = False
    committing = words.future_aux | words.commitment_aux
    node = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in committing for c in node.children):
            committed = True
        if any(
            c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)
            for c in node.children
        ):
            unless = True
        if node is not verb:
            lemma = node.lemma_.lower()
            if lemma in lexicon.verbs and node.pos_ == "VERB":
                return None  # "threatened to ban", "offered to withdraw": the verb codes it
            if lemma in words.commitment_heads:
                committed = True
        if (
            node.dep_ not in {"xcomp", "acomp", "conj"} and not _committed_infinitive(node, words)
        ) or node.head.i == node.i:
            break
        node = node.head
    if is_negated(verb) or not (committed or unless):
        return None
    if unless or trigger.type not in COOPERATIVE:
        return PloverType.THREATEN
    return PloverType.AGREE


def _committed_infinitive(node: Token, words: WordClasses) -> bool:
    """Whether *node* is a to-infinitive the parser hangs as an adverbial clause of a
    commitment verb ("have sworn to fight", parsed like "came to fight"): its complement."""
    return (
        node.dep_ == "advcl"
        and node.head.lemma_.lower() in words.commitment_heads
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    )


def refusal_of(trigger: Trigger) -> bool:
    """Whether a negated trigger is a refusal: a cooperative act its actor says it will not do
    ("Syria will not accept any more refugees", "said it would not withdraw"), which PLOVER
    codes as REJECT (CAMEO 12, "decline to ..."), not as nothing."""
    t = trigger.token
    if trigger.nominal or trigger.type not in COOPERATIVE:
        return False
    words = word_classes()
    committing = words.future_aux | words.commitment_aux
    return any(c.dep_ == "neg" for c in t.children) and any(
        c.dep_ == "aux" and c.lower_ in committing for c in t.children
    )


class Attribution(NamedTuple):
    """Who reports or denies an event (CLAIMED, DENIED, or ALLEGED with no one), and the verb
    that says so, if a verb does ("according to", a headline's "Hamas:" have none)."""

    how: Modality
    speakers: list[ActorRef]
    verb: Token | None = None


@dataclass
class Statement:
    """A reporting or denial verb and what it says: who speaks, and the events it reports
    (CLAIMED) or denies (DENIED); the speech events of :mod:`kg.events.speech` are read off it."""

    verb: Token
    how: Modality
    speakers: list[ActorRef]
    events: list[Event] = field(default_factory=list)


def attribution_of(t: Token, index: ActorIndex) -> Attribution | None:
    """The reporting or denial verb above *t*, and who reports: (CLAIMED or DENIED, actors),
    or (ALLEGED, []) under a denial that is none; or an "according to" on *t* or the verbs it
    hangs from in its clause."""
    for n in (t, *_clause_chain(t)):
        for c in n.children:
            if headline_speaker(c) and (speakers := actors(c, index)):
                return Attribution(Modality.CLAIMED, speakers)  # "Hamas: Israel bombed a school"
            if c.lower_ == "according":
                objs = [p for prep in c.children for p in prep.children if p.dep_ == "pobj"]
                return Attribution(Modality.CLAIMED, [a for o in objs for a in actors(o, index)])
    words = word_classes()
    node = t
    for ancestor in t.ancestors:
        lemma = ancestor.lemma_.lower()
        reporting = lemma in words.reporting_verbs or lemma in words.denial_verbs
        if ancestor.pos_ in {"VERB", "AUX"} and reporting:  # noqa: SIM102
            if node.dep_ in {"ccomp", "xcomp", "dobj", "parataxis", "conj"}:
                subject, passive = clause_subject(ancestor)
                speakers = [] if passive else actors(subject, index)  # "X is said to": not X
                if not speakers:
                    speakers = [
                        a
                        for c in ancestor.children
                        if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                        for p in c.children
                        for a in actors(p, index)
                    ]
                if not speakers and subject is None:
                    speakers = _nearest_speaker(ancestor, index)
                if lemma in words.denial_verbs and _not_denied(ancestor, words):
                    return Attribution(Modality.ALLEGED, [])  # "neither confirmed nor denied"
                denied = lemma in words.denial_verbs
                how = Modality.DENIED if denied else Modality.CLAIMED
                return Attribution(how, speakers, ancestor)
        if (
            ancestor.pos_ == "NOUN"
            and lemma in words.claim_nouns
            and node.dep_ in {"acl", "ccomp"}
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        ):
            return _claim_noun(ancestor, index)
        if ancestor.lower_ == "according":
            objs = [p for c in ancestor.children for p in c.children if p.dep_ == "pobj"]
            return Attribution(Modality.CLAIMED, [a for o in objs for a in actors(o, index)])
        node = ancestor
    return _aside(t, index)


def _aside(t: Token, index: ActorIndex) -> Attribution | None:
    """An attribution set beside the clause *t* stands in, or a clause above it, rather than
    above it: a parenthetical or trailing reporting verb ("the sailors boarded the ship, the
    military said, and the suspects surrendered"; "By the time police arrived, Owen said,
    the building had burned") or an "according to" on a governing clause ("the gunman
    entered and began firing, according to police")."""
    words = word_classes()
    for n in (t, *t.ancestors):
        for c in n.children:
            if c.i < t.i <= c.right_edge.i or _interrupts_subclause(c):
                continue  # "Dorsey told NBC after the shootings": not what he says
            if c.lower_ == "according" and c.dep_ == "prep":
                objs = [p for prep in c.children for p in prep.children if p.dep_ == "pobj"]
                return Attribution(Modality.CLAIMED, [a for o in objs for a in actors(o, index)])
            if (
                c.dep_ == "parataxis"
                and c.pos_ == "VERB"
                and c.lemma_.lower() in words.reporting_verbs
                and not any(g.dep_ in {"ccomp", "xcomp", "dobj"} for g in c.children)
            ):
                subject, passive = clause_subject(c, frozenset())
                speakers = [] if passive else actors(subject, index)
                if not speakers and subject is None:
                    speakers = _nearest_speaker(c, index)
                return Attribution(Modality.CLAIMED, speakers, c)
    return None


def _interrupts_subclause(c: Token) -> bool:
    """Whether a phrase set off by a comma right after a subordinating word tells only of
    the clause it interrupts ("was killed after, police say, pointing a gun": the police say
    he pointed it, not that he was killed)."""
    comma = c.left_edge.i if c.left_edge.text == "," else c.left_edge.i - 1
    return comma > 0 and c.doc[comma].text == "," and c.doc[comma - 1].tag_ == "IN"


_Found = list[ActorRef]


def accusation_of(t: Token, index: ActorIndex) -> tuple[_Found, _Found] | None:
    """The accused and the accusers of an event that is only an accusation, or None.

    "Kyiv accused Moscow of shelling the port", "Moscow was accused of the attack", "residents
    blamed the group for the killings", "Israel blamed the attack on Hamas", "the attack was
    blamed on Hamas": the accused did it according to the accusers, which the text does not
    assert (and the accusers are no party to it).
    """
    head = t.head
    words = word_classes()
    if t.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and head.lower_ in words.accused_preps:
        verb = head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.accusing_verbs:
            return None
        accused = [c for c in verb.children if c.dep_ in {"dobj", *PASSIVE_SUBJECTS}]
    elif (
        head.pos_ == "VERB"
        and head.lemma_.lower() == "blame"
        and t.dep_ in {"dobj", *PASSIVE_SUBJECTS}
    ):
        verb = head
        on = prep_objects(verb, {"on"})
        found = [a for p in on for a in actors(p, index)]
        if not on:
            # the parser often hangs "on Hamas" on the noun: an actor there is the one blamed,
            # a place is what was attacked ("blamed the attack on Kabul on the group")
            found = [
                a
                for p in prep_objects(t, {"on"})
                for a in actors(p, index)
                if a.type != ActorType.PLACE
            ]
        if not found:
            return None
        accusers = [c for c in verb.children if c.dep_ in SUBJECTS]
        return found, [a for c in accusers for a in actors(c, index)]
    else:
        return None
    accusers = [c for c in verb.children if c.dep_ in SUBJECTS] or [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
    ]
    return (
        [a for c in accused for a in actors(c, index)],
        [a for c in accusers for a in actors(c, index)],
    )


def _neither(t: Token) -> bool:
    """Whether a verb's subject or object is a "neither ... nor" pair: "Neither Russia nor
    China attacked the convoy", "attacked neither the convoy nor the base"."""
    correlatives = word_classes().correlatives
    return t.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in _ARGUMENTS
        and any(p.dep_ in {"preconj", "det", "cc"} and p.lower_ in correlatives for p in c.children)
        for c in t.children
    )


def _none_of(t: Token) -> bool:
    """Whether *t* hangs from "without" ("without financial assistance", "without firing a
    shot") or from a noun with "no" ("no reports of injuries", "no reports of damage or
    injuries", "no sign of a struggle")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in {"pobj", "pcomp"}:
        return False
    prep = t.head
    if prep.lower_ in word_classes().negative_prepositions:
        return True
    return prep.lower_ == "of" and _with_no(prep.head)


def _with_no(t: Token) -> bool:
    """Whether the determiner of *t* is "no": "no warning", "no one", "no reports"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


_ARGUMENTS = frozenset(SUBJECTS | PASSIVE_SUBJECTS | OBJECTS)


@functools.cache
def _endings(words: frozenset[str]) -> frozenset[str]:
    """Every ending of every word of *words* (the empty one too)."""
    return frozenset(w[n:] for w in words for n in range(len(w) + 1))


def _nobody(t: Token) -> bool:
    """Whether a verb's subject or object is a negative quantifier: "No one was injured",
    "nobody was arrested", "no civilians were killed", "none of the soldiers were hurt"."""
    if t.pos_ not in {"VERB", "AUX"}:
        return False
    negatives = word_classes().negative_pronouns
    for c in t.children:
        if c.dep_ not in _ARGUMENTS:
            continue
        if _with_no(c):
            return True
        if c.text.lower().replace(" ", "") not in _endings(negatives):
            continue  # each spelling below ends in the word itself
        spelt = (t.doc[j : c.i + 1].text.lower().replace(" ", "") for j in range(c.i, c.i - 3, -1))
        if any(word in negatives for word in spelt):
            return True  # "nobody", "no-one", "No - one" as the parser splits it
    return False


def _claim_noun(noun: Token, index: ActorIndex) -> Attribution:
    """An event told in a "claims that ..." clause: denied by whoever rejects the claim
    ("the Pentagon rejected claims that drones killed civilians"), else claimed by its author
    ("Hamas's claim that", "reports by the UN that", "X made allegations that")."""
    verb = noun.head
    words = word_classes()
    if noun.dep_ in OBJECTS and verb.lemma_.lower() in words.denial_verbs | words.rejecting_verbs:
        subject, _ = clause_subject(verb)
        return Attribution(Modality.DENIED, actors(subject, index))
    authors = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(
        noun, words.author_preps
    )
    if not authors and noun.dep_ in OBJECTS and verb.lemma_.lower() in words.claim_making_verbs:
        maker, _ = clause_subject(verb)
        authors = [maker] if maker is not None else []
    return Attribution(Modality.CLAIMED, [a for c in authors for a in actors(c, index)])


def _not_denied(verb: Token, words: WordClasses) -> bool:
    """A denial that is none: "did not deny", "neither confirmed nor denied"."""
    near = {c.lower_ for c in verb.children} | {c.lower_ for c in verb.head.children}
    return any(c.dep_ == "neg" for c in verb.children) or bool(words.correlatives & near)


_CLAUSE_HEADS = {"ROOT", "ccomp", "advcl", "relcl", "parataxis", "xcomp"}


def _clause_chain(t: Token) -> list[Token]:
    """The words *t* hangs from up to the head of its clause ("shelled" for "attack" in
    "troops shelled the city in an attack")."""
    chain: list[Token] = []
    node = t
    while node.head.i != node.i and node.dep_ not in _CLAUSE_HEADS:
        node = node.head
        chain.append(node)
    return chain


def _nearest_speaker(verb: Token, index: ActorIndex) -> list[ActorRef]:
    """For a reporting verb the parser gave no subject: the last person named before it."""
    for types in ({ActorType.PERSON}, {ActorType.ORGANISATION}):
        found = index.before(verb, types)
        if found is not None and found.mention.start >= verb.sent.start_char:
            return [found]
    return []


def add_disputes(doc: Doc, events: list[Event], index: ActorIndex) -> list[Statement]:
    """A bare denial ("Taliban claims victory, NRFA refutes") disputes that claimant's claims;
    the denials, each with the events it disputes."""
    words = word_classes()
    triggers = {e.trigger.start for e in events}
    claimed: dict[str, list[int]] = {}  # claimant -> the events (by position) they claim
    denials: list[Statement] = []
    for n, event in enumerate(events):
        for actor in event.claimed_by:
            claimed.setdefault(actor, []).append(n)
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in words.denial_verbs:
            continue
        if any(c.dep_ in OBJECTS and c.idx in triggers for c in t.children):
            continue
        deniers = [a for c in t.children if c.dep_ in SUBJECTS for a in actors(c, index)]
        inside = {d.i for c in t.children if c.dep_ not in SUBJECTS for d in c.subtree}
        claimants = {
            a.actor
            for c in t.sent
            if c.lemma_.lower() in words.reporting_verbs
            and c.pos_ == "VERB"
            and c.i < t.i
            and c.i not in inside
            for a in actors(clause_subject(c)[0], index)
        }
        denial = Statement(t, Modality.DENIED, [a for a in deniers if a.actor not in claimants])
        for n in sorted({n for actor in claimants for n in claimed.get(actor, [])}):
            event = events[n]
            for a in denial.speakers:
                if a.actor not in event.disputed_by:
                    event.arguments.append(Argument(Role.DISPUTED_BY, a.actor, a.mention))
            denial.events.append(event)
        if denial.speakers and denial.events:
            denials.append(denial)
    return denials
