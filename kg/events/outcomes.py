"""What an attack does to things and how its bomb was laid: more words of the attack itself.

"The explosion caused significant damage, shattering the windows", "the bomb caused the ceiling
to collapse", "it exploded, killing two soldiers and tearing through the waiting-room": the
damage an attack does to buildings and things, which no actor undergoes, is the attack told
again, as PLOVER and CAMEO code it (ASSAULT; CAMEO's "destroy" and "shatter" are ASSAULT). "The
bomb had been planted in a car ... it exploded": laying a bomb is the start of the bombing
(CAMEO's "plant &weapon" is 183, a bombing). Each such word becomes one more mention of the
attack event it belongs to, so that a user sees one attack, not an attack and its echoes.
Deaths and injuries stay events of their own (they have victims).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.events._syntax import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, agent_objects, is_passive
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors
from kg.events.lexicon import Lexicon
from kg.events.modality import is_negated, modality_of
from kg.events.people import may_be_someone
from kg.events.triggers import Trigger
from kg.model import Argument, Event, Mention, Modality, PloverType, Role
from kg.parsed import doc_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["add_outcomes"]

_CLIMB = frozenset({
    "advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "pobj", "prep", "dobj", "nsubj", "nsubjpass",
})


def add_outcomes(
    doc: Doc,
    events: list[Event],
    index: ActorIndex,
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
) -> None:
    """Add to *events* the words of damage an attack does and of the laying of its bomb, each
    a mention of that attack (see the module's docstring); words of another event are left."""
    attacks = [e for e in events if _attack(e, lexicon)]
    if not attacks:
        return
    _fold_laid_bombs(doc, events, attacks, lexicon, sentence_of)
    at: dict[int, Event] = {m.start: e for e in attacks for m in e.mentions}
    worded = {i for e in events for m in e.mentions for i in range(m.start, m.end)}
    text = doc_text(doc)
    for t in doc:
        damage = _damage_word(t, lexicon)
        if not damage and t.lemma_.lower() not in lexicon.emplacement_verbs:
            continue
        if t.idx in worded or is_negated(t, lexicon.light_verbs):
            continue
        if damage:
            event = _damaging(t, at, attacks, index, lexicon)
        elif _lays_explosive(t, lexicon):
            event = _bombing_after(t, attacks, lexicon, sentence_of)
            if event is not None and not event.sources:
                _laid_by(t, event, index)
        else:
            continue
        if event is None:
            continue
        end = t.idx + len(t)
        event.mentions.append(
            Mention(event.document_id, t.idx, end, text[t.idx : end], sentence_of(t.idx), "TRIGGER")
        )
        event.mentions.sort(key=lambda m: m.start)
        worded.update(range(t.idx, end))


def _fold_laid_bombs(
    doc: Doc,
    events: list[Event],
    attacks: list[Event],
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
) -> None:
    """Fold into the bombing it began an attack whose word is the laying of its bomb ("ETA
    planted a bomb in a car. It exploded": CAMEO's "plant &weapon" made it an attack of its
    own): one bombing, its source who laid the bomb. Removes the folded events from *events*
    and *attacks*."""
    starts = {t.idx: t for t in doc}
    folded: set[str] = set()
    for early in list(attacks):
        verb = starts.get(early.trigger.start)
        if (
            verb is None
            or len(early.mentions) != 1
            or verb.lemma_.lower() not in lexicon.emplacement_verbs
            or not _lays_explosive(verb, lexicon)
        ):
            continue
        later = _bombing_after(verb, [e for e in attacks if e is not early], lexicon, sentence_of)
        if later is None:
            continue
        later.mentions = sorted(later.mentions + early.mentions, key=lambda m: m.start)
        known = {(a.role, a.actor) for a in later.arguments}
        later.arguments += [a for a in early.arguments if (a.role, a.actor) not in known]
        folded.add(early.id)
        attacks.remove(early)
    events[:] = [e for e in events if e.id not in folded]


def _attack(event: Event, lexicon: Lexicon) -> bool:
    """Whether *event* is an asserted attack that may damage things: violence, not the death
    or injury it caused ("killing two soldiers" has victims, not a bomb)."""
    return (
        event.type is PloverType.ASSAULT
        and event.mode not in lexicon.unarmed_modes
        and event.modality is Modality.ASSERTED
    )


def _damage_word(t: Token, lexicon: Lexicon) -> bool:
    """Whether *t* is a word of damage: a damage verb without a particle ("clashes broke out"
    is none), or a damage noun."""
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN":
        return lemma in lexicon.damage_nouns
    return (
        t.pos_ == "VERB"
        and lemma in lexicon.damage_verbs
        and not any(c.dep_ == "prt" for c in t.children)
    )


def _damaging(
    t: Token, at: dict[int, Event], attacks: list[Event], index: ActorIndex, lexicon: Lexicon
) -> Event | None:
    """The attack whose damage the damage word *t* tells, or None: what caused it is an attack
    word of an event ("the explosion shattered"), or an explosive or attack noun that stands
    for the attack told last ("the bomb caused ... to collapse")."""
    damaged = _damaged(t)  # damage that befalls someone is a figure of speech: "the owners
    # were devastated by", "Somalia, torn apart by civil war"; a name may be someone
    if any(may_be_someone(u, lexicon, index) for u in damaged) or (is_passive(t) and not damaged):
        return None  # a passive's undergoer must be seen to be a thing
    cause = _cause(t, at, lexicon)
    if cause is None:
        return None
    if cause.idx in at:
        return at[cause.idx]
    sense = lexicon.nouns.get(cause.lemma_.lower())
    if cause.lemma_.lower() in lexicon.explosive_nouns or (
        sense is not None
        and sense.type is PloverType.ASSAULT
        and sense.mode not in lexicon.unarmed_modes  # "devastated by the death of"
    ):
        told = [(m.start, e) for e in attacks for m in e.mentions if m.start < t.idx]
        return max(told, key=lambda pair: pair[0])[1] if told else None
    return None


def _damaged(t: Token) -> list[Token]:
    """What the damage verb *t* befalls: its object or passive subject, or the noun its
    participle modifies ("Somalia, torn apart by civil war")."""
    if t.pos_ != "VERB":
        return []
    damaged = [c for c in t.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    return damaged + ([t.head] if t.dep_ == "acl" and t.tag_ == "VBN" else [])


def _cause(t: Token, at: dict[int, Event], lexicon: Lexicon) -> Token | None:
    """What did the damage *t* tells: its subject, its by-phrase when passive, the subject of
    the "cause" it is the object or complement of ("caused the roof to collapse": the roof
    undergoes it), or an attack verb its participle clause hangs from ("exploded, killing two
    and tearing through the room")."""
    if t.pos_ == "VERB":
        if is_passive(t):
            agents = agent_objects(t)
            return agents[0] if agents else None
        subject = next((c for c in t.children if c.dep_ in SUBJECTS), None)
        if subject is not None and any(c.dep_ in OBJECTS for c in t.children):
            return subject  # "the explosion shattered the windows", "the storm smashed ..."
        if subject is not None and t.dep_ not in {"ccomp", "xcomp"}:
            return subject  # "the blast ripped through"; a complement's undergoes: "caused
            # the roof to collapse"
    node = t
    for _ in range(5):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ != "VERB":
            continue
        if node.idx in at:
            return node
        if node.lemma_.lower() in lexicon.cause_verbs:
            subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
            if subject is None and is_passive(node):
                agents = agent_objects(node)
                subject = agents[0] if agents else None
            return subject
        if not _told_harm(node, lexicon):
            return None
    return None


def _told_harm(verb: Token, lexicon: Lexicon) -> bool:
    """Whether *verb* tells a death or injury, which a participle of damage may follow in one
    series ("killing two soldiers and tearing through the room")."""
    sense = lexicon.verbs.get(verb.lemma_.lower())
    return sense is not None and sense.mode in lexicon.unarmed_modes


def _lays_explosive(verb: Token, lexicon: Lexicon) -> bool:
    """Whether *verb* lays an explosive, as done ("the bomb had been planted in a car",
    "placed a device"), not tried or planned ("tried to plant an IED")."""
    if verb.pos_ != "VERB":
        return False
    roles = PASSIVE_SUBJECTS if is_passive(verb) else OBJECTS
    laid = [c for c in verb.children if c.dep_ in roles]
    if not any(c.lemma_.lower() in lexicon.explosive_nouns for c in laid):
        return False
    trigger = Trigger(verb, verb.idx, verb.idx + len(verb), PloverType.ASSAULT, None, False)
    return modality_of(trigger) is Modality.ASSERTED and verb.dep_ != "xcomp"


def _bombing_after(
    verb: Token, attacks: list[Event], lexicon: Lexicon, sentence_of: Callable[[int], int]
) -> Event | None:
    """The bombing the laying of a bomb at *verb* began: the first explosion told after it in
    its sentence or the next, else the last told before it in its sentence."""
    sentence = sentence_of(verb.idx)
    told = [(m, e) for e in attacks if e.mode in lexicon.explosive_modes for m in e.mentions]
    after = [(m.start, e) for m, e in told if m.start > verb.idx and m.sentence <= sentence + 1]
    if after:
        return min(after, key=lambda pair: pair[0])[1]
    before = [(m.start, e) for m, e in told if m.start < verb.idx and m.sentence == sentence]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _laid_by(verb: Token, event: Event, index: ActorIndex) -> None:
    """Make who laid the bomb, the active subject of *verb* or its by-phrase, the source of
    the bombing that names none ("ETA planted a bomb in a car. It exploded")."""
    if is_passive(verb):
        doers = agent_objects(verb)
    else:
        doers = [c for c in verb.children if c.dep_ in SUBJECTS]
    found = [a for d in doers for a in actors(d, index)]
    known = {a.actor for a in event.arguments if a.role is Role.SOURCE}
    for ref in found:
        if ref.actor not in known:
            event.arguments.append(Argument(Role.SOURCE, ref.actor, ref.mention))
            known.add(ref.actor)
