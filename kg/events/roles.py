"""Event roles: the actors that fill a trigger's source, target and location, read from the parse.

Roles are read from the dependency parse (active and passive voice, by-phrases, prepositional
objects, coordination, light and receiving verbs) and resolved to actors through the actor
mentions in an ActorIndex.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.events._syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    TARGET_PREPS,
    clause_subject,
    is_passive,
    passive_support,
    prep_objects,
)
from kg.events.actor_index import ActorIndex
from kg.events.fillers import PRONOUNS, actors, listed, span_actors
from kg.events.lexicon import ENDING_VERBS, HOSTILE, MATERIAL, RECEIVE_VERBS, Lexicon
from kg.events.triggers import Trigger
from kg.model import Mention

__all__ = ["CLAIM_NOUNS", "resolve_roles"]

_LOCATIVE = {"in", "at", "near", "inside", "across", "throughout", "outside", "around"}
_PLACE_KINDS = {"place", "country"}
_AGENT_OF_MODES = {"withdrawal", "flight", "surrender", "resign", "disarm"}
_TARGET_PREP_TYPES = {
    *(("to", k) for k in ("AID", "SUPPORT", "COOPERATE", "AGREE")),
    *(("with", k) for k in ("ASSAULT", "CONSULT", "COOPERATE", "PROTEST", "AGREE")),
}
_SPEECH_ACTS = {"DEMAND", "THREATEN", "AGREE", "REJECT", "DISAPPROVE", "SUPPORT", "CONCEDE"}
_DEVICE_VERBS = {"explode", "detonate"}
_UNDERGO_VERBS = {"face", "suffer", "sustain", "undergo", "endure", "survive", "await"}



def resolve_roles(trigger: Trigger, index: ActorIndex, lexicon: Lexicon) -> dict[str, list]:
    t = trigger.token
    roles: dict[str, list] = {"source": [], "target": [], "location": [], "instrument": []}
    extra_preps: list[Token] = []
    if not trigger.nominal:
        unaccusative_verb = t.lemma_.lower() in lexicon.unaccusative
        subject, passive = clause_subject(
            t, frozenset({"conj"}) if unaccusative_verb else frozenset({"conj", "xcomp", "advcl"})
        )
        inherited = subject is not None and subject.head != t
        if passive and inherited and t.tag_ == "VBG":
            subject = None  # "the building was shattered by a blast, killing 168": not its act
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
        role = "target" if passive or unaccusative_verb else "source"
        if (
            subject is not None
            and t.lemma_.lower() in _DEVICE_VERBS
            and not passive
            and not any(c.dep_ in OBJECTS for c in t.children)
        ):
            roles["instrument"].append(subject.lower_)  # "it exploded": the bomb, the car
            subject = None
        if subject is not None:
            named = actors(subject, index)
            roles[role] += named
            if not named and role == "source" and trigger.type == "ASSAULT":
                roles["instrument"].append(subject.lower_)  # "a helicopter attacked his house"
        elif t.dep_ == "acl" and t.tag_ == "VBN" and trigger.type in MATERIAL:
            roles["target"] += actors(t.head, index)  # "Chekatt, shot dead by police"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "including":
                # "twelve were arrested, including Eva Forest, ...": more of the same role
                roles[role if subject is not None else "target" if passive else "source"] += [
                    a for p in c.children if p.dep_ == "pobj" for a in listed(p, index)
                ]
        for c in t.children:
            if trigger.start <= c.idx < trigger.end:
                # "sent troops", "claimed the lives (of three soldiers)": the object is part of
                # the trigger, its of-phrase is who underwent it
                roles["target"] += [a for p in prep_objects(c, {"of"}) for a in actors(p, index)]
                continue
            if c.dep_ in OBJECTS and c.lemma_.lower() in CLAIM_NOUNS:
                # "rejected claims that US drones killed civilians": the claim's authors, not
                # the actors of what it claims
                authors = [o for o in c.children if o.dep_ == "poss"]
                roles["target"] += [
                    a for o in authors + prep_objects(c, {"by", "from"}) for a in actors(o, index)
                ]
            elif c.dep_ in OBJECTS and not (
                trigger.type == "RETREAT" and trigger.mode not in {"release", "evacuation"}
            ):
                roles["target"] += actors(c, index)
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        roles["source"] += actors(p, index)
            elif c.dep_ == "dative":
                roles["target"] += actors(c, index)
        if passive and not roles["source"]:
            # "Kabul was captured and looted by the rebels": one by-phrase for both verbs
            roles["source"] += [
                a
                for conj in t.children
                if conj.dep_ == "conj"
                and conj.tag_ == "VBN"
                and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in conj.children)
                for agent in conj.children
                if agent.dep_ == "agent"
                for p in agent.children
                if p.dep_ == "pobj"
                for a in actors(p, index)
            ]
    else:
        undergoer = t.lemma_.lower() in lexicon.undergoer_nouns
        for c in t.children:
            if undergoer and c.lower_ in {"their", "its"}:
                continue  # "falling to their deaths": a plural antecedent is rarely an actor
            if c.dep_ == "poss" or (
                c.dep_ in {"compound", "nmod", "amod"} and index.at(c) is not None
            ):
                named = actors(c, index)
                if c.dep_ != "poss":  # "the Manchester bombing": where, not who
                    roles["location"] += [a for a in named if a[2] == "place"]
                    named = [a for a in named if a[2] != "place"]
                roles["target" if undergoer else "source"] += named
            elif c.dep_ == "acl":  # "the formation led by the Taliban"
                roles["source"] += [
                    a
                    for agent in c.children
                    if agent.dep_ == "agent"
                    for p in agent.children
                    if p.dep_ == "pobj"
                    for a in actors(p, index)
                ]
        governor = t.head
        if (
            t.dep_ == "pobj"
            and governor.lower_ == "for"
            and governor.head.lemma_.lower() == "responsibility"
            and not roles["source"]
        ):
            # "the IRA accepted responsibility for the bombings": who claims it did it
            subject, _ = clause_subject(governor.head.head)
            if governor.head.head.pos_ in {"VERB", "AUX"}:
                roles["source"] += actors(subject, index)
        if (
            t.dep_ == "pobj"
            and governor.lower_ == "with"
            and governor.head.lemma_.lower() in _RESPONDING
            and not roles["source"]
        ):
            subject, _ = clause_subject(governor.head)  # "Israel responded with airstrikes"
            roles["source"] += actors(subject, index)
        if (
            t.dep_ == "pobj"
            and governor.lower_ == "for"
            and governor.head.pos_ in {"ADJ", "AUX", "VERB"}
            and governor.head.lemma_.lower() not in _ASKING_FOR
            and not roles["source"]
        ):
            subject, _ = clause_subject(governor.head)  # "ready for peace talks"
            roles["source"] += actors(subject, index)
        # "launched an attack on X", "got air support from Y"; not "condemned the attack":
        # a governing verb that is itself an event has its own subject
        light = (
            t.dep_ in OBJECTS
            and governor.pos_ in {"VERB", "AUX"}
            and (
                governor.lemma_.lower() in lexicon.light_verbs
                or governor.lemma_.lower() in ENDING_VERBS
            )
            and not any(c.dep_ == "oprd" for c in governor.children)  # "called it an attack"
        )
        if light:
            extra_preps.extend(c for c in governor.children if c.dep_ in {"prep", "agent"})
        elif (support := passive_support(t, lexicon)) is not None:
            extra_preps.extend(c for c in support.children if c.dep_ == "agent")
        if t.dep_ == "conj" and governor.pos_ == "NOUN" and not any(
            c.dep_ == "prep" for c in t.children
        ):
            # "the slaughter and maiming of men": the coordinated nouns share the phrase after
            extra_preps.extend(
                c for c in governor.children if c.dep_ == "prep" and c.i > t.i and c.lower_ == "of"
            )
        if light:
            subject, passive_light = clause_subject(governor)
            # "were given an ultimatum by their bosses", "faces charges": the subject undergoes
            receives = (
                governor.lemma_.lower() in RECEIVE_VERBS | _UNDERGO_VERBS
                or (passive_light and subject is not None and subject.head == governor)
                or is_passive(governor)
            )
            if subject is not None and (receives or not roles["source"]):
                roles["target" if receives else "source"] += actors(subject, index)
            if receives:
                for prep in governor.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        roles["source"] += [
                            a for p in prep.children if p.dep_ == "pobj" for a in actors(p, index)
                        ]
        elif (
            t.dep_ in SUBJECTS | PASSIVE_SUBJECTS
            and governor.lemma_.lower() in lexicon.unaccusative
        ):
            pass
        for i, (m, iri, kind) in enumerate(roles["source"]):
            if m.text.lower() in PRONOUNS and governor != t:
                subject, _ = clause_subject(governor)
                roles["source"][i : i + 1] = actors(subject, index) or [(m, iri, kind)]
    for prep in [*t.children, *extra_preps]:
        if prep.dep_ not in {"prep", "agent"}:
            continue
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        word = prep.lower_
        for obj in objs:
            named = actors(obj, index)
            if word == "at" and trigger.mode in {"killing", "injury", "massacre"}:
                roles["location"] += named  # "killed at Oxford Street station": where
            elif word in TARGET_PREPS and not (
                word == "at"
                and (trigger.type not in HOSTILE or all(k in _PLACE_KINDS for _, _, k in named))
            ):  # "fired at the convoy", but "met Biden at the White House": where
                roles["target"] += named
            elif word == "of":
                agentive = trigger.type == "RETREAT" and trigger.mode in _AGENT_OF_MODES
                roles["source" if agentive else "target"] += named
            elif word == "from":
                if trigger.type in {"AID", "SUPPORT", "COOPERATE"}:
                    roles["source"] += named
                else:
                    roles["location"] += [n for n in named if n[2] in _PLACE_KINDS]
            elif (word, trigger.type) in _TARGET_PREP_TYPES:  # "aid to X", "talks with X"
                roles["target"] += named
            elif word in _LOCATIVE and trigger.type == "ASSAULT" and _attack(obj, lexicon):
                # "killed in an Israeli strike on a school in Gaza City": the strike's author
                # is the source, its place the location
                roles["source"] += [
                    a
                    for c in obj.children
                    if c.dep_ in {"amod", "compound", "poss", "nmod"}
                    for a in actors(c, index)
                    if a[2] != "place"
                ]
                roles["location"] += _places_at([obj, *prep_objects(obj, TARGET_PREPS)], index)
            elif word in _LOCATIVE:
                if not named:
                    named = [
                        a
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in _LOCATIVE
                        for o in p.children
                        if o.dep_ == "pobj"
                        for a in actors(o, index)
                    ]
                roles["location"] += [n for n in named if n[2] in _PLACE_KINDS]
            elif word == "by" and trigger.nominal:
                roles["source"] += named
            elif (word in {"via", "using"} or (word == "with" and trigger.type in HOSTILE)) and (
                not named
            ):
                roles["instrument"].append(" ".join(w.text for w in obj.subtree))
    if not roles["location"] and not trigger.nominal:
        # "kills a general in Syria": the parser hangs the place on the object
        objects = [c for c in t.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
        roles["location"] += _places_at(objects, index)
    if trigger.type in _SPEECH_ACTS and not trigger.nominal and not roles["target"]:
        roles["target"] += _complement_actors(t, index, {m[1] for m in roles["source"]})
    if trigger.type == "ASSAULT" and not trigger.nominal and not roles["source"]:
        cause = _cause_clause(t, lexicon)
        if cause is not None:
            subject, passive = clause_subject(cause, frozenset())
            victims = {r[1] for r in roles["target"]}
            if subject is not None and not passive and subject.pos_ != "PRON":
                roles["source"] += [a for a in actors(subject, index) if a[1] not in victims]
            if not roles["location"]:
                objects = [c for c in cause.children if c.dep_ in OBJECTS]
                roles["location"] += _places_at([cause, *objects], index)
    if not roles["source"] and not roles["target"]:
        # "talks between Israel and Hamas", "clashes between the army and rebels": the first
        # party as source, the others as target, as ACLED's actor 1 and actor 2
        parties = [
            a
            for p in prep_objects(t, {"between"})
            for a in actors(p, index)
            if a[2] not in _PLACE_KINDS - {"country"}
        ]
        roles["source"] += parties[:1]
        roles["target"] += parties[1:]
    if trigger.mode == "capture":
        roles["target"] = [r for r in roles["target"] if r[2] in _PLACE_KINDS]
    sources = {r[1] for r in roles["source"]}
    roles["target"] = [r for r in roles["target"] if r[1] not in sources]
    return roles



def _attack(noun: Token, lexicon: Lexicon) -> bool:
    """Whether *noun* names an attack ("strike", "shelling", "air raid")."""
    entry = lexicon.nouns.get(noun.lemma_.lower()) or lexicon.nouns.get(noun.lower_)
    return noun.pos_ == "NOUN" and entry is not None and entry[0] == "ASSAULT"


def _places_at(heads: list[Token], index: ActorIndex) -> list[tuple[Mention, str, str]]:
    """The places after a locative preposition of any of *heads* ("in Dnipro")."""
    return [
        a
        for head in heads
        for p in prep_objects(head, _LOCATIVE)
        for a in actors(p, index)
        if a[2] in _PLACE_KINDS
    ]


_CAUSE_MARKS = {"when", "as", "after"}
CLAIM_NOUNS = frozenset(
    ["claim", "allegation", "accusation", "report", "rumour", "rumor", "assertion",
     "suggestion", "speculation", "charge"]
)  # fmt: skip
"""Nouns whose that-clause tells what someone claims ("claims that drones killed civilians")."""
_RESPONDING = {"respond", "retaliate", "react", "reply", "answer", "hit", "strike", "counter"}
# "called for a ceasefire": who asks for an act is not who would do it
_ASKING_FOR = {"call", "ask", "appeal", "press", "push", "plead", "lobby", "campaign", "beg",
               "pray", "hope", "wait", "vote", "clamour", "clamor", "demand", "urge"}


def _cause_clause(t: Token, lexicon: Lexicon) -> Token | None:
    """The clause telling how a killing or injury came about, with an act of violence as its
    verb: "twelve were killed when Russian missiles hit a block in Dnipro" (Russia the
    source, Dnipro the location), not "when their bus crashed"."""
    for c in t.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in lexicon.verbs
            and lexicon.verbs[c.lemma_.lower()][0] == "ASSAULT"
            and c.lemma_.lower() not in lexicon.needs_assailant  # "when their bus crashed"
            and any(m.dep_ in {"mark", "advmod"} and m.lower_ in _CAUSE_MARKS for m in c.children)
        ):
            return c
    return None


def _complement_actors(
    t: Token, index: ActorIndex, exclude: set[str]
) -> list[tuple[Mention, str, str]]:
    """Who a speech act is aimed at when no object names it: the subject of its complement
    ("demanded that Hamas renounce"), else the first actor inside it ("threatened to ban
    opposition candidates", "rejected calls by Belarus's rulers")."""
    for c in t.children:
        if c.dep_ == "ccomp":
            subject, _ = clause_subject(c, frozenset())
            named = [a for a in actors(subject, index) if a[1] not in exclude]
            if named:
                return named
    for c in t.children:
        if c.dep_ in OBJECTS and c.lemma_.lower() in CLAIM_NOUNS:
            continue  # "rejected claims that US drones ...": what is claimed is not addressed
        if c.dep_ in {"ccomp", "xcomp", *OBJECTS}:
            named = [a for a in span_actors(c, index, clauses=True) if a[1] not in exclude]
            if named:
                return named[:1]
    return []
