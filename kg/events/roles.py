"""Event roles: the actors that fill a trigger's source, target and location, read from the parse.

Roles are read from the dependency parse (active and passive voice, by-phrases, prepositional
objects, coordination, light and receiving verbs) and resolved to actors through the actor
mentions in an ActorIndex. :func:`resolve_roles` runs the readers in turn: the verb's subject
and objects (:func:`_verbal`) or the noun's modifiers and support verb (:func:`_nominal`), then
the prepositional phrases (:func:`_prepositional`), then what fills a role no other reader did
(:func:`_fallbacks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.actors.words import actor_words
from kg.events._syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    absolute_object,
    absolute_subject,
    agent_objects,
    clause_subject,
    ends,
    is_passive,
    mention_root,
    passive_light_verb,
    prep_objects,
)
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors, listed, span_actors
from kg.events.lexicon import HOSTILE, MATERIAL, VIOLENT, Lexicon, word_classes
from kg.events.triggers import Trigger
from kg.model import ActorRef, ActorType, MentionLabel, PloverType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Roles", "resolve_roles"]

_PLACE_TYPES = {ActorType.PLACE, ActorType.COUNTRY}
_NOWHERE = {ActorType.PERSON, ActorType.GROUP}  # never where an event happened: "at her bed"
_UNNAMED = {MentionLabel.PARTICIPANT, MentionLabel.NOMINAL}
_SPEECH_ACTS = {
    PloverType.DEMAND,
    PloverType.THREATEN,
    PloverType.AGREE,
    PloverType.REJECT,
    PloverType.DISAPPROVE,
    PloverType.SUPPORT,
    PloverType.CONCEDE,
}
"""Verbal event types whose addressee, when no object names it, is in their complement."""
_AGENTIVE_OF = {PloverType.RETREAT, PloverType.MOBILIZE}
"""Event types with modes (``Lexicon.agentive_of_modes``) whose of-phrase is who does it: "the
withdrawal of US troops", "the deployment of NATO troops"."""
_RESTRICTIONS = {PloverType.SANCTION, PloverType.CONCEDE}
"""Event types that fall on the place they are in when no actor undergoes them ("suspended aid
deliveries in Baghdad", "lifted the state of emergency in Darfur"), as do the modes of
``Lexicon.place_target_modes``."""


@dataclass
class Roles:
    """The actors the parse puts in a trigger's roles, in the order read, and its instruments."""

    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    location: list[ActorRef] = field(default_factory=list)
    instrument: list[str] = field(default_factory=list)  # free text: "drones", "a car bomb"


def resolve_roles(trigger: Trigger, index: ActorIndex, lexicon: Lexicon) -> Roles:
    """The roles of *trigger*, resolved to the actors of *index*.

    Parameters
    ----------
    trigger : Trigger
        A verb or event noun from :func:`kg.events.triggers.find_triggers`.
    index : ActorIndex
        The document's resolved actor mentions.
    lexicon : Lexicon
        The trigger lexicon (light, unaccusative and receiving verbs, undergoer nouns).

    Returns
    -------
    Roles
        Source, target and location actors, each actor once per role, no source also a
        target and no person or group a location, and the instruments named without an actor
        ("with drones").
    """
    roles = Roles()
    completed = _completed_verb(trigger)
    if completed is not None:
        trigger = replace(trigger, token=completed)
    if trigger.nominal:
        support_preps = _nominal(trigger, index, lexicon, roles)
    else:
        _verbal(trigger, index, lexicon, roles)
        support_preps = []
    _prepositional(trigger, [*trigger.token.children, *support_preps], index, lexicon, roles)
    _fallbacks(trigger, index, lexicon, roles)
    if completed is not None and not _assault_verb(completed, lexicon):
        roles.source = []  # "police found him dead": the finder did not kill him
    if trigger.mode == "capture":
        roles.target = [r for r in roles.target if r.type in _PLACE_TYPES] or _captives(
            trigger.token, index
        )
    roles.source = [r for r in roles.source if not _unnamed_place(r)]
    _place_not_aimed_at(trigger, roles)
    sources = {r.actor for r in roles.source}
    roles.target = [r for r in roles.target if r.actor not in sources]
    roles.location = [r for r in roles.location if r.type not in _NOWHERE]
    roles.location = _without_qualifying_descriptions(trigger.token.doc, roles.location)
    return roles


def _without_qualifying_descriptions(doc: Doc, places: list[ActorRef]) -> list[ActorRef]:
    """*places* less the descriptions ("the city") that only qualify another of them ("in a
    house in the city": which house; the description is no second place of the event)."""
    roots = {t.i for r in places if (t := mention_root(doc, r.mention)) is not None}
    return [
        r for r in places
        if r.mention.ner_label != MentionLabel.NOMINAL
        or (t := mention_root(doc, r.mention)) is None
        or not (t.dep_ == "pobj" and t.head.head.i in roots and t.head.head.i != t.i)
    ]


def _unnamed_place(ref: ActorRef) -> bool:
    """Whether *ref* is an unnamed place ("the bakery", "a house"): where an event happens or
    what it hits, never who does it ("the cafe, which was bombed" is no bomber)."""
    return ref.type == ActorType.PLACE and ref.mention.ner_label == MentionLabel.PARTICIPANT


def _place_not_aimed_at(trigger: Trigger, roles: Roles) -> None:
    """Keep an unnamed place as a target only where the text aims a hostile act at it (a
    target preposition, an aiming verb: "an attack on the embassy", "the blast targeted a
    bakery"); else it is where the act happened ("a camp for refugees was attacked": PLOVER
    codes the refugees; "fled into an apartment"), or, for words said to or of it, the
    institution, no place ("the church was criticised", "threats to the church")."""
    t = trigger.token
    words = word_classes()
    kept = []
    for r in roles.target:
        head = mention_root(t.doc, r.mention)
        aimed = trigger.type in HOSTILE and head is not None and (
            (head.dep_ == "pobj" and head.head.lower_ in words.target_preps)
            or (head.dep_ in OBJECTS and head.head.lemma_.lower() in words.aiming_verbs)
        )
        if not _unnamed_place(r) or aimed:
            kept.append(r)
        elif trigger.type not in _SPEECH_ACTS and r.actor not in {a.actor for a in roles.location}:
            roles.location.append(r)
    roles.target = kept


def _captives(t: Token, index: ActorIndex) -> list[ActorRef]:
    """The people a capture verb or noun takes, where it takes no place: its object or passive
    subject ("Police captured the suspect", "Nichols was captured"), a noun's possessor or
    of-phrase ("his capture"), each a person's or a group's own mention or a pronoun for one:
    not "captured the imagination of men", "a Thai trawler was seized", "the capture of the
    supertanker Sirius Star" (``vessel_nouns``)."""
    heads = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass", "poss"}]
    heads += prep_objects(t, {"of"}) if t.pos_ == "NOUN" else []
    out: list[ActorRef] = []
    for h in heads:
        if h.lower_ in word_classes().relative_pronouns and t.dep_ == "relcl":
            h = t.head  # "a trawler that had been seized": the trawler
        found = actors(h, index) if h.pos_ == "PRON" else [r for r in [index.at(h)] if r]
        if not any(_VESSEL.search(c.lower_) for c in h.children if c.dep_ in _NAMING):
            out.extend(a for a in found if a.type in _CAPTIVE_TYPES)
    return out


_CAPTIVE_TYPES = {ActorType.PERSON, ActorType.GROUP}
_NAMING = {"compound", "amod", "appos", "nmod"}
# A vessel's noun at the end of a word ("supertanker", "warship"): the name is a ship's.
_VESSEL = re.compile(r"(" + "|".join(sorted(actor_words().vessel_nouns)) + r")s?$")


def _completed_verb(trigger: Trigger) -> Token | None:
    """The verb a result adjective trigger completes ("was shot dead", "were found dead",
    "Chekatt, shot dead by police"), whose subject, object and by-phrase are the adjective's
    roles; None for other triggers."""
    t = trigger.token
    if trigger.nominal or t.pos_ != "ADJ" or t.dep_ not in {"oprd", "acomp"}:
        return None
    return t.head if t.head.pos_ == "VERB" else None


def _assault_verb(verb: Token, lexicon: Lexicon) -> bool:
    """Whether *verb* is itself an act of violence ("shot", "beaten"), whose doer caused the
    result its adjective names."""
    sense = lexicon.verbs.get(verb.lemma_.lower())
    return sense is not None and sense.type == PloverType.ASSAULT


def _voice(t: Token, unaccusative: bool, lexicon: Lexicon) -> tuple[Token | None, bool]:
    """A verb trigger's subject, inherited through coordination and control where it acts in
    the verb, and whether the verb is passive."""
    if (absolute := absolute_subject(t)) is not None:
        return absolute, True  # "with four civilians wounded": the civilians underwent it
    subject, passive = clause_subject(
        t, frozenset({"conj"}) if unaccusative else frozenset({"conj", "xcomp", "advcl"})
    )
    inherited = subject is not None and subject.head != t
    if passive and inherited and t.tag_ == "VBG":
        subject = None  # "the building was shattered by a blast, killing 168": not its act
    elif inherited and _after_nested_assault(t, lexicon):
        subject = None
    elif inherited and t.dep_ in {"xcomp", "advcl"} and t.tag_ != "VBN":
        passive = False  # "troops were deployed to repel incursions": the troops repel
    passive = passive or is_passive(t)
    if (
        not passive
        and t.dep_ == "conj"
        and t.tag_ in {"VBN", "VBD"}
        and is_passive(t.head)
        and not any(c.dep_ in OBJECTS for c in t.children)
    ):
        passive = True  # "30 were killed and dozens wounded": "were" left out
    if not passive and subject is not None and _bare_participle(t, subject):
        passive = True  # "30 people seriously injured", "she saw Horton killed"
    return subject, passive


def _bare_participle(verb: Token, subject: Token) -> bool:
    """Whether *verb* is a past participle with a subject of its own and neither auxiliary nor
    object ("There are 30 people seriously injured", "249 people injured", "she saw Horton
    killed"): a passive whose "were" is left out, its subject the one who underwent it; a
    perfect has its "have" ("they had killed"), an active past its object, a clause a
    conjunction opens its finite verb ("when Lopez, 20, fired from the rooftop")."""
    return (
        verb.tag_ == "VBN"
        and subject.head == verb
        and subject.dep_ == "nsubj"
        and not any(
            c.dep_ in {"aux", "auxpass", "mark", *OBJECTS} or c.tag_ == "WRB" for c in verb.children
        )
    )


def _support_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the light verb whose object an active participle describes ("the PKK
    issued a declaration demanding ...", "gave a defiant speech threatening attacks"): who did
    the one did the other; none after a verb of receiving ("received a letter threatening
    him": the letter's author threatens)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ not in OBJECTS:
        return None
    governor = noun.head
    lemma = governor.lemma_.lower()
    words = word_classes()
    if (
        governor.pos_ not in {"VERB", "AUX"}
        or lemma not in lexicon.light_verbs
        or lemma in words.receiving_verbs | words.undergoing_verbs
    ):
        return None
    subject, passive = clause_subject(governor, frozenset())  # its own: "ordered them to sign
    return None if passive else subject  # a form pledging to vote" tells of no one's pledge


def _after_nested_assault(verb: Token, lexicon: Lexicon) -> bool:
    """Whether *verb* is a participle after a comma that an act of violence in a clause nested
    in its head's own stands before ("police hunt a suspect who left a device that exploded,
    wounding 13"): the parser hangs it on the head, but it tells that act's result, whose
    doer is not the head's subject ("attacked a convoy that carried aid, killing three" keeps
    the attackers)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i:
        return False
    return any(
        w.pos_ == "VERB" and w.dep_ in {"relcl", "acl", "ccomp", "xcomp"} and w.head != head
        and _assault_verb(w, lexicon)
        for w in head.doc[head.i + 1 : verb.i]
    )


def _participle(verb: Token) -> bool:
    """Whether *verb* is a past participle, also where the tagger took it for a past tense with
    no object ("the killer – shot dead by police –"; "dead" tells the result, no object)."""
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and not any(c.dep_ in OBJECTS - {"oprd"} for c in verb.children)
    )


def _verbal(trigger: Trigger, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> None:
    """A verb's subject (source, or target when it undergoes the verb), its objects and dative
    (target) and its by-phrase (source)."""
    t = trigger.token
    lemma = t.lemma_.lower()
    unaccusative = lemma in lexicon.unaccusative or (
        lemma in lexicon.ergative and not any(c.dep_ in OBJECTS for c in t.children)
    )
    subject, passive = _voice(t, unaccusative, lexicon)
    if subject is None and not passive:
        subject = _support_subject(t, lexicon)
    undergoes = passive or unaccusative
    if (
        subject is not None
        and t.lemma_.lower() in word_classes().device_verbs
        and not passive
        and not any(c.dep_ in OBJECTS for c in t.children)
    ):
        roles.instrument.append(subject.lower_)  # "it exploded": the bomb, the car
        subject = None
    if subject is not None:
        named = actors(subject, index)
        (roles.target if undergoes else roles.source).extend(named)
        if not named and not undergoes and trigger.type == PloverType.ASSAULT:
            roles.instrument.append(subject.lower_)  # "a helicopter attacked his house"
    elif t.dep_ == "acl" and _participle(t) and trigger.type in MATERIAL:
        roles.target += actors(t.head, index)  # "Chekatt, shot dead by police"
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            # "twelve were arrested, including Eva Forest, ...": more of the same role
            same = undergoes if subject is not None else passive
            (roles.target if same else roles.source).extend(
                a for p in c.children if p.dep_ == "pobj" for a in listed(p, index)
            )
    _objects(trigger, index, lexicon, roles)
    if passive and not roles.source:
        # "Kabul was captured and looted by the rebels": one by-phrase for both verbs
        roles.source += [
            a
            for conj in t.children
            if conj.dep_ == "conj"
            and conj.tag_ == "VBN"
            and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in conj.children)
            for p in agent_objects(conj)
            for a in actors(p, index)
        ]


def _objects(trigger: Trigger, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> None:
    """A verb's objects and dative (target) and its by-phrase (source)."""
    t = trigger.token
    words = word_classes()
    for c in t.children:
        if trigger.start <= c.idx < trigger.end:
            # "sent troops", "claimed the lives (of three soldiers)": the object is part of
            # the trigger, its of-phrase is who underwent it
            roles.target += [a for p in prep_objects(c, {"of"}) for a in actors(p, index)]
            if c.dep_ in {"prt", "prep"} and trigger.type != PloverType.RETREAT:
                # "called on Muslims to take up arms": the trigger's own preposition, whose
                # object is whom the act is aimed at
                aimed = [p for p in c.children if p.dep_ == "pobj"]
                roles.target += [a for p in aimed for a in actors(p, index)]
            continue
        if c.dep_ in OBJECTS and c.lemma_.lower() in words.claim_nouns:
            # "rejected claims that US drones killed civilians": the claim's authors, not
            # the actors of what it claims
            authors = [o for o in c.children if o.dep_ == "poss"]
            roles.target += [
                a for o in authors + prep_objects(c, words.author_preps) for a in actors(o, index)
            ]
        elif c.dep_ in OBJECTS and not (
            trigger.type == PloverType.RETREAT and trigger.mode not in lexicon.object_target_modes
        ):
            named = actors(c, index)
            if not named and not trigger.nominal:
                named = _relation_parties(c, trigger, index)
            roles.target += named
        elif c.dep_ == "agent":
            roles.source += [a for p in c.children if p.dep_ == "pobj" for a in actors(p, index)]
        elif c.dep_ == "dative":
            roles.target += actors(c, index)


def _relation_parties(relation: Token, trigger: Trigger, index: ActorIndex) -> list[ActorRef]:
    """The parties of a relation that an event acts on and that names no actor itself, after
    the prepositions typed by the event ("cut ties with Qatar", "boycott all contact with the
    United States", "a suspension of air links with Serbia")."""
    typed = word_classes().typed_target_preps
    preps = {p for p, kinds in typed.items() if trigger.type in kinds}
    return [a for p in prep_objects(relation, preps) for a in actors(p, index)]


def _nominal(trigger: Trigger, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> list[Token]:
    """An event noun's possessor and name modifiers, the subject of the verb it complements or
    that supports it; returns that verb's prepositions, which the noun's roles share ("launched
    an attack on X")."""
    t = trigger.token
    counted = _counted(t)  # "a series of attacks": the series stands in the clause
    _modifiers(trigger, index, lexicon, roles)
    if not roles.source:
        governing = _governing_subject(counted, index)
        if (
            trigger.type == PloverType.COERCE
            and t.lemma_.lower() in lexicon.undergoer_nouns
            and counted.head.head.pos_ in {"AUX", "VERB"}
        ):
            roles.target += governing  # "he was on probation for a DUI arrest": he was arrested
        else:
            roles.source += governing
    if trigger.type in HOSTILE:
        _undergone_by(counted, index, roles)
        _aimed_at(counted, index, roles)
    # "ended mediation efforts": the ending verb governs the noun the event noun modifies
    ending = t.dep_ == "compound" and t.head.dep_ in OBJECTS and ends(t.head.head)
    held = t.head if ending else counted
    governor = held.head
    support_preps: list[Token] = []
    # "launched an attack on X", "got air support from Y"; not "condemned the attack":
    # a governing verb that is itself an event has its own subject
    light = (
        held.dep_ in OBJECTS
        and governor.pos_ in {"VERB", "AUX"}
        and (
            governor.lemma_.lower() in lexicon.light_verbs
            or governor.lemma_.lower() in word_classes().undergoing_verbs  # "suffered injuries"
            or ends(governor)
        )
        and not any(c.dep_ == "oprd" for c in governor.children)  # "called it an attack"
    )
    if light:
        support_preps.extend(c for c in governor.children if c.dep_ in {"prep", "agent"})
    elif (support := passive_light_verb(held, lexicon)) is not None:
        # "the attack was carried out by ETA in Madrid", "warnings were given to the police"
        support_preps.extend(
            c for c in support.children if c.dep_ in {"prep", "agent"} or _to_phrase(c)
        )
    if (
        t.dep_ == "conj"
        and governor.pos_ == "NOUN"
        and not any(c.dep_ == "prep" for c in t.children)
    ):
        # "the slaughter and maiming of men": the coordinated nouns share the phrase after
        support_preps.extend(
            c for c in governor.children if c.dep_ == "prep" and c.i > t.i and c.lower_ == "of"
        )
    if light:
        _light_verb(governor, index, roles)
    for i, ref in enumerate(roles.source):
        if ref.mention.text.lower() in word_classes().pronoun_types and governor != t:
            subject, _ = clause_subject(governor)
            roles.source[i : i + 1] = actors(subject, index) or [ref]
    return support_preps


def _modifiers(trigger: Trigger, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> None:
    """An event noun's possessor and name modifiers (its source, or its target for a noun
    whose possessor undergoes it: "Kabul's fall") and the by-phrase of a participle on it."""
    t = trigger.token
    # "Foley's shooting by an off-duty officer": with an agent named, the possessor underwent it
    undergoer = t.lemma_.lower() in lexicon.undergoer_nouns or bool(prep_objects(t, {"by"}))
    for c in t.children:
        if undergoer and c.lower_ in word_classes().plural_possessives:
            continue  # "falling to their deaths": a plural antecedent is rarely an actor
        if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod", "amod"} and index.at(c) is not None):
            named = actors(c, index)
            if c.dep_ != "poss" or not undergoer:
                # "the Manchester bombing", "Belfast's bombings": where, not who ("Russia's
                # attack": a country acts; "Kabul's fall": the place undergoes it); "the Oxford
                # Street warning" is about the place, where a statement was made is not told
                if trigger.type in MATERIAL:
                    roles.location += [a for a in named if a.type == ActorType.PLACE]
                named = [a for a in named if a.type != ActorType.PLACE]
            (roles.target if undergoer else roles.source).extend(named)
        elif c.dep_ == "acl":  # "the formation led by the Taliban"
            roles.source += [a for p in agent_objects(c) for a in actors(p, index)]


def _to_phrase(t: Token) -> bool:
    """Whether *t* is a "to" phrase the parser labels a dative ("given to the police")."""
    return t.dep_ == "dative" and t.lower_ == "to" and any(c.dep_ == "pobj" for c in t.children)


def _counted(t: Token) -> Token:
    """The noun counting the event noun *t* ("series" in "a series of attacks"), which stands
    where the event noun would in its clause; *t* itself when nothing counts it."""
    of = t.head
    counting = of.head.lemma_.lower() in word_classes().series_nouns
    return of.head if t.dep_ == "pobj" and of.lower_ == "of" and counting else t


def _undergone_by(t: Token, index: ActorIndex, roles: Roles) -> None:
    """The target and place of a hostile event noun in the by-phrase of a passive verb: what
    underwent it ("the Hilton in Nairobi was destroyed by an explosion": the Hilton, in
    Nairobi; "Dupont, wounded by the blast")."""
    if t.dep_ != "pobj" or t.head.dep_ != "agent":
        return
    verb = t.head.head
    subject, passive = clause_subject(verb, frozenset({"conj"}))
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subject, passive = verb.head, True
    if subject is None or not (passive or is_passive(verb)):
        return
    roles.target += actors(subject, index)
    roles.location += _places_at([subject, verb], index)


def _aimed_at(t: Token, index: ActorIndex, roles: Roles) -> None:
    """The target of a hostile event noun that an aiming verb describes: "bombings targeted
    at the military", "bombings, which seemed to be aimed at civilians" (its target
    prepositions), "the explosion targeted the Hilton in Nairobi" (its object and place)."""
    words = word_classes()
    for c in t.children:
        if c.dep_ not in {"acl", "relcl"}:
            continue
        verbs = [c, *(x for x in c.children if x.dep_ == "xcomp")]
        roles.target += [
            a
            for v in verbs
            if v.lemma_.lower() in words.aiming_verbs
            for p in prep_objects(v, words.target_preps)
            for a in actors(p, index)
        ]
    verb = t.head
    if t.dep_ == "nsubj" and verb.lemma_.lower() in words.aiming_verbs:
        objects = [o for o in verb.children if o.dep_ in OBJECTS]
        roles.target += [a for o in objects for a in actors(o, index)]
        roles.location += _places_at(objects, index)


def _governing_subject(t: Token, index: ActorIndex) -> list[ActorRef]:
    """The subject of what an event noun is the prepositional object of, when it does the
    event: responsibility claimed for it, a response made with it, readiness for it."""
    governor = t.head
    if t.dep_ != "pobj":
        return []
    words = word_classes()
    above = governor.head
    if governor.lower_ == "for" and above.lemma_.lower() == "responsibility":
        # "the IRA accepted responsibility for the bombings": who claims it did it
        subject, _ = clause_subject(above.head)
        if above.head.pos_ in {"VERB", "AUX"} and (found := actors(subject, index)):
            return found
    if governor.lower_ == "with" and above.lemma_.lower() in words.responding_verbs:
        subject, _ = clause_subject(above)  # "Israel responded with airstrikes"
        if found := actors(subject, index):
            return found
    if governor.lower_ == "in" and _participates(above):
        subject, passive = clause_subject(above)  # "students took part in protests"
        return [] if passive else actors(subject, index)
    if (
        governor.lower_ == "for"
        and above.pos_ in {"ADJ", "AUX", "VERB"}
        and above.lemma_.lower() not in words.asking_verbs
    ):
        subject, _ = clause_subject(above)  # "ready for peace talks"
        return actors(subject, index)
    return []


def _participates(verb: Token) -> bool:
    """Whether *verb* says its subject takes part in what its in-phrase names ("took part in
    protests", "participated in the attack"; ``participation_verbs``)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in OBJECTS]
    verbs = word_classes().participation_verbs
    return lemma in verbs or any(f"{lemma} {o}" in verbs for o in objects)


def _light_verb(verb: Token, index: ActorIndex, roles: Roles) -> None:
    """The subject of the support verb of an event noun: who did it ("Russia launched an
    attack"), or who underwent it ("were given an ultimatum by their bosses", "faces
    charges"), then with its from-phrase as the source ("received aid from Iran")."""
    subject, passive = clause_subject(verb)
    words = word_classes()
    receives = (
        verb.lemma_.lower() in words.receiving_verbs | words.undergoing_verbs
        or (passive and subject is not None and subject.head == verb)
        or is_passive(verb)
    )
    if subject is not None and (receives or not roles.source):
        (roles.target if receives else roles.source).extend(actors(subject, index))
    if receives:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                roles.source += [
                    a for p in prep.children if p.dep_ == "pobj" for a in actors(p, index)
                ]


def _prepositional(
    trigger: Trigger, preps: list[Token], index: ActorIndex, lexicon: Lexicon, roles: Roles
) -> None:
    """The roles of the actors in *preps*, the trigger's prepositional phrases and by-phrases
    (and its support verb's): "on"/"against" a target, "of" the undergoer, "from" a donor or a
    place, "in" a location, "by" the source of a noun, "with" an instrument."""
    words = word_classes()
    held = _object_named(trigger, index)
    for prep in preps:
        if prep.dep_ not in {"prep", "agent"} and not _to_phrase(prep):
            continue
        word = prep.lower_
        for obj in [*(p for p in prep.children if p.dep_ == "pobj"), *_stray_items(prep)]:
            if obj == absolute_object(prep):
                continue  # "killed with two Americans injured": the participle's
            named = actors(obj, index)
            if word in words.target_preps and trigger.mode in lexicon.located_at_modes:
                # "killed at Oxford Street station", "on the Seattle campus": where; after
                # "on", only a place ("arrested on suspicion of ..." names no place)
                roles.location += [a for a in named if word == "at" or a.type == ActorType.PLACE]
            elif word in words.target_preps and held and named and all(
                a.type in _PLACE_TYPES for a in named
            ):  # "beat detainees on the West Bank": the object is the target, the place where
                roles.location += named
            elif word in words.target_preps and not (
                word == "at"
                and (trigger.type not in HOSTILE or all(a.type == ActorType.PLACE for a in named))
            ):  # "fired at the convoy", "at South Korea"; "met Biden at the White House": where
                roles.target += named
                if trigger.type in VIOLENT:
                    roles.location += _places_at([obj], index)  # "an attack on X in Strasbourg"
            elif word == "of":
                agentive = (
                    trigger.type in _AGENTIVE_OF and trigger.mode in lexicon.agentive_of_modes
                )
                if not named and not agentive and trigger.nominal:
                    named = _relation_parties(obj, trigger, index)
                (roles.source if agentive else roles.target).extend(named)
            elif word == "from":
                if trigger.type in {PloverType.AID, PloverType.SUPPORT, PloverType.COOPERATE}:
                    roles.source += named
                else:
                    if (
                        trigger.type == PloverType.RETREAT
                        and trigger.mode in lexicon.country_left_modes
                    ):
                        roles.target += _countries_named(obj, index)
                    roles.location += [a for a in named if a.type in _PLACE_TYPES]
            elif trigger.type in words.typed_target_preps.get(word, ()) and not (
                word == "with"
                and ((held and trigger.type in HOSTILE) or prep.i < trigger.token.i)
            ) and (trigger.nominal or word != "for"):
                # "aid to X", "talks with X", "aid for X"; not "beat detainees with the
                # knowledge of X", "With the signing of X, Y agreed" (circumstances, no second
                # party) nor "scored ten points for Duke" (after a verb, "for" tells why, for whom)
                roles.target += named
            elif (
                word in words.locative_preps
                and trigger.type == PloverType.ASSAULT
                and _attack(obj, lexicon)
            ):
                # "killed in an Israeli strike on a school in Gaza City": the strike's author
                # is the source, its place the location
                roles.source += [
                    a
                    for c in obj.children
                    if c.dep_ in {"amod", "compound", "poss", "nmod"}
                    for a in actors(c, index)
                    if a.type != ActorType.PLACE
                ]
                roles.location += _places_at([obj, *prep_objects(obj, words.target_preps)], index)
            elif word in words.locative_preps:
                if all(_unnamed_place(a) for a in named):
                    # "a fire at a Waitrose supermarket in Wellington": the town too
                    named = named + [
                        a
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in words.locative_preps
                        for o in p.children
                        if o.dep_ == "pobj"
                        for a in actors(o, index)
                    ]
                roles.location += [a for a in named if a.type in _PLACE_TYPES]
            elif word == "by" and trigger.nominal:
                roles.source += named
            elif (
                word in words.instrument_preps or (word == "with" and trigger.type in HOSTILE)
            ) and (not named):
                roles.instrument.append(" ".join(w.text for w in obj.subtree))


def _object_named(trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a verb trigger's object names an actor, who then is its target: a place after
    "on" is where it happened, a with-phrase is no second party ("beat detainees on the West
    Bank with the knowledge of officers")."""
    t = trigger.token
    return not trigger.nominal and any(
        actors(c, index)
        for c in t.children
        if c.dep_ in OBJECTS and not trigger.start <= c.idx < trigger.end
    )


def _stray_items(prep: Token) -> list[Token]:
    """More objects of *prep* that the parser hung on its verb as conjuncts of the verb ("given
    to the Samaritans, the police, newspapers and ..." with "police" a conjunct of "given"):
    nouns coordinated with the verb after the phrase, up to the next preposition of it, with
    no of-phrase of their own (which makes them an act or a part, no party)."""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    after = [c for c in verb.children if c.i > prep.i]
    out = []
    for c in after:
        if c.dep_ in {"prep", "agent", "dative"} or c.pos_ in {"VERB", "AUX"}:
            break
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and not prep_objects(c, {"of"}):
            # "convicted him of X, as well as the murder of another man": an act, not a party
            out.append(c)
    return out


def _fallbacks(trigger: Trigger, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> None:
    """Roles no other reader filled: a place hung on the object, a speech act's addressee in
    its complement, the source of a killing in its cause clause, the parties "between" whom."""
    t = trigger.token
    if not roles.location and not trigger.nominal:
        # "kills a general in Syria": the parser hangs the place on the object
        objects = [c for c in t.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
        # an unnamed place there tells where the object is ("staff at its embassy")
        roles.location += [a for a in _places_at(objects, index) if not _unnamed_place(a)]
    if not roles.location and not trigger.nominal:
        roles.location += _where_antecedent(t, index)
    if not roles.target and (
        trigger.type in _RESTRICTIONS or trigger.mode in lexicon.place_target_modes
    ):
        roles.target += [a for a in roles.location[:1] if _names_itself(a, t, index)]
    if not roles.target and trigger.type == PloverType.PROTEST:
        # "ethnic Albanians demonstrated in Serbia", "prisoners rioted at a jail in northern
        # Israel": a protest aimed at no one is aimed at the country it is held in
        roles.target += [
            a for a in roles.location
            if a.type == ActorType.COUNTRY and _names_itself(a, t, index)
        ][:1]
    if trigger.type in _SPEECH_ACTS and not trigger.nominal and not roles.target:
        roles.target += _complement_actors(t, index, {a.actor for a in roles.source})
    elif trigger.type in _SPEECH_ACTS and not roles.target:
        roles.target += _clause_subject_of_noun(t, index, {a.actor for a in roles.source})
    if trigger.type == PloverType.ASSAULT and not trigger.nominal and not roles.source:
        _cause(t, index, lexicon, roles)
    if not roles.source and not roles.target:
        # "talks between Israel and Hamas", "clashes between the army and rebels": the first
        # party as source, the others as target, as ACLED's actor 1 and actor 2
        parties = [
            a
            for p in prep_objects(t, {"between"})
            if not _jointly(p)
            for a in actors(p, index)
            if a.type not in _PLACE_TYPES - {"country"}
        ]
        roles.source += parties[:1]
        roles.target += parties[1:]


def _jointly(obj: Token) -> bool:
    """Whether *obj*, the object of "between", is a lone pronoun: "two bombs that between
    them claimed nine lives" says together, and names no two parties."""
    return obj.pos_ == "PRON" and not any(c.dep_ == "conj" for c in obj.children)


def _where_antecedent(verb: Token, index: ActorIndex) -> list[ActorRef]:
    """The place a relative clause of place says *verb* happened at: the noun the clause
    modifies ("Kunduz, where three soldiers were killed", "the square in which ten were
    wounded"), *verb* being the clause's verb or coordinated with it."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb.dep_ != "relcl":
        return []
    words = word_classes()
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) or any(
        p.lower_ in words.relative_pronouns
        for p in prep_objects(verb, words.locative_preps)
    )
    if not where:
        return []
    return [a for a in actors(verb.head, index) if a.type in _PLACE_TYPES]


def _cause(t: Token, index: ActorIndex, lexicon: Lexicon, roles: Roles) -> None:
    """The source and place of a killing or injury from the act of violence that caused it
    ("twelve were killed when Russian missiles hit a block in Dnipro")."""
    cause = _cause_clause(t, lexicon)
    if cause is None:
        return
    subject, passive = clause_subject(cause, frozenset())
    victims = {a.actor for a in roles.target}
    if subject is not None and not passive and subject.pos_ != "PRON":
        roles.source += [a for a in actors(subject, index) if a.actor not in victims]
    if not roles.location:
        objects = [c for c in cause.children if c.dep_ in OBJECTS]
        roles.location += _places_at([cause, *objects], index)


def _attack(noun: Token, lexicon: Lexicon) -> bool:
    """Whether *noun* names an attack ("strike", "shelling", "air raid")."""
    entry = lexicon.nouns.get(noun.lemma_.lower()) or lexicon.nouns.get(noun.lower_)
    return noun.pos_ == "NOUN" and entry is not None and entry.type == PloverType.ASSAULT


def _places_at(heads: list[Token], index: ActorIndex) -> list[ActorRef]:
    """The places after a locative preposition of any of *heads* ("in Dnipro")."""
    return [
        a
        for head in heads
        for p in prep_objects(head, word_classes().locative_preps)
        for a in actors(p, index)
        if a.type in _PLACE_TYPES
    ]


def _names_itself(ref: ActorRef, t: Token, index: ActorIndex) -> bool:
    """Whether *ref*'s span is its actor's name, not a phrase it qualifies ("the Bosnian town")."""
    root = mention_root(t.doc, ref.mention)
    return root is not None and index.at(root) == ref


def _countries_named(head: Token, index: ActorIndex) -> list[ActorRef]:
    """The countries *head* and its conjuncts name themselves ("from Iraq and Syria"), not
    through a modifier ("from the Bosnian town of Gorazde")."""
    found, stack = [], [head]
    while stack:
        node = stack.pop()
        if (ref := index.at(node)) is not None and ref.type == ActorType.COUNTRY:
            found.append(ref)
        stack.extend(c for c in node.children if c.dep_ == "conj")
    return found


def _cause_clause(t: Token, lexicon: Lexicon) -> Token | None:
    """The clause telling how a killing or injury came about, with an act of violence as its
    verb: "twelve were killed when Russian missiles hit a block in Dnipro" (Russia the
    source, Dnipro the location), not "when their bus crashed"."""
    for c in t.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in lexicon.verbs
            and lexicon.verbs[c.lemma_.lower()].type == PloverType.ASSAULT
            and c.lemma_.lower() not in lexicon.needs_assailant  # "when their bus crashed"
            and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in word_classes().cause_marks
                for m in c.children
            )
        ):
            return c
    return None


def _complement_actors(t: Token, index: ActorIndex, exclude: set[str]) -> list[ActorRef]:
    """Who a speech act is aimed at when no object names it: the subject of its complement
    ("demanded that Hamas renounce"), else the first actor inside it ("threatened to ban
    opposition candidates", "rejected calls by Belarus's rulers")."""
    for c in t.children:
        if c.dep_ == "ccomp":
            subject, _ = clause_subject(c, frozenset())
            named = [a for a in actors(subject, index) if a.actor not in exclude]
            if named:
                return named
    # what is asked for names whom it is asked of ("calling for independence from Iraq"); the
    # for-phrase of other acts tells why ("blames the state for Alaska's dairy problems")
    asking = t.lemma_.lower() in word_classes().asking_verbs
    for c in t.children:
        if c.dep_ in OBJECTS and c.lemma_.lower() in word_classes().claim_nouns:
            continue  # "rejected claims that US drones ...": what is claimed is not addressed
        asked = asking and c.dep_ == "prep" and c.lower_ == "for"
        if c.dep_ in {"ccomp", "xcomp", *OBJECTS} or asked:
            named = [a for a in span_actors(c, index, clauses=True) if a.actor not in exclude]
            if named:
                return _with_conjuncts(named[0], c, index, exclude)
    return []


def _clause_subject_of_noun(t: Token, index: ActorIndex, exclude: set[str]) -> list[ActorRef]:
    """Who a speech act noun is aimed at: the subject of the clause it introduces ("the demand
    that Hamas disarm", "its call for Israel to withdraw"), which the parser may hang on the
    verb the noun is the object of ("reiterated its demand today that Israel ease"); never a
    relative clause ("the demand that Hamas made": no marker)."""
    marks = word_classes().complementisers
    clauses = [c for c in t.children if c.dep_ in {"acl", "advcl", "ccomp"}]
    if t.dep_ in OBJECTS:
        clauses += [c for c in t.head.children if c.dep_ == "ccomp" and c.i > t.i]
    for c in clauses:
        if not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            continue
        subject, _ = clause_subject(c, frozenset())
        named = [a for a in actors(subject, index) if a.actor not in exclude]
        if named:
            return named
    return []


def _with_conjuncts(
    first: ActorRef, phrase: Token, index: ActorIndex, exclude: set[str]
) -> list[ActorRef]:
    """*first* and the named actors coordinated with it in *phrase* ("welcomed talks with
    Germany, Italy and Spain": all three; not "ordered patrols by police and soldiers", where
    the first actor found is a guess at the addressee, not a list of them)."""
    root = mention_root(phrase.doc, first.mention)
    # the head of the name first: "the United States and Israel" hangs Israel on "States"
    inside = root is not None and phrase.left_edge.i <= root.i <= phrase.right_edge.i
    heads = [root] if root is not None and inside else []
    for w in [*heads, *phrase.subtree]:
        if w.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = actors(w, index)
        if any(a.actor == first.actor for a in found):
            return [first] + [
                a
                for a in found
                if a.actor not in exclude | {first.actor}
                and a.mention.ner_label not in _UNNAMED
            ]
    return [first]
