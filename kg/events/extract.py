"""Events from one parsed document: triggers, roles, date, modality and attribution.

Roles are read from the dependency parse (active and passive voice, by-phrases, prepositional
objects, coordination, light and receiving verbs) and resolved to actors through the actor
mentions; the reporting verb a trigger depends on becomes its attribution, never a fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.actors.mentions import PERSON_ROLES
from kg.events.lexicon import DENIAL_VERBS, HEDGES, RECEIVE_VERBS, REPORTING_VERBS, Lexicon
from kg.events.time import resolve_date
from kg.model import Argument, Document, Event, Mention, Modality
from kg.vocab import event_iri

__all__ = ["ActorIndex", "extract_events"]

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
_OBJECTS = {"dobj", "obj", "attr", "oprd"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
_LOCATIVE = {"in", "at", "near", "inside", "across", "throughout", "outside", "around"}
_TARGET_PREPS = {"on", "against", "upon", "into", "at"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_MODAL_AUX = {"would", "could", "might", "may"}
_DEONTIC_AUX = {"must", "should"}
_DEMAND_HEADS = {"demand", "urge", "ask", "request", "order", "call", "press", "beg"}
_INTENT_HEADS = {
    *_DEMAND_HEADS,
    "ready",
    "plan",
    "intend",
    "hope",
    "want",
    "prepare",
    "seek",
    "aim",
    "vow",
    "threaten",
    "attempt",
    "try",
    "offer",
    "agree",
    "promise",
    "pledge",
    "expect",
}
_PRONOUNS = {
    "he": {"person"},
    "him": {"person"},
    "his": {"person"},
    "she": {"person"},
    "her": {"person"},
    "they": {"organisation", "group"},
    "them": {"organisation", "group"},
    "their": {"organisation", "group"},
}
_PLACE_KINDS = {"place", "country"}
_IT_KINDS = {"organisation", "country", "group"}
_GROUP_NOUNS = {
    "group",
    "organisation",
    "organization",
    "movement",
    "militia",
    "outfit",
    "insurgents",
    "militants",
    "regime",
}
_COMMIT_AUX = {"will", "shall", "'ll", "would"}
_COMMIT_HEADS = {"ready", "willing", "prepared", "committed", "determined", "vow", "swear"}
_COOPERATIVE = {"SUPPORT", "AID", "RETREAT", "CONSULT", "CONCEDE", "COOPERATE", "AGREE"}
_HOSTILE = {"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE"}
_MATERIAL = {"ASSAULT", "COERCE", "RETREAT", "PROTEST", "MOBILIZE", "AID", "CRIME", "CONSULT"}
_AGENT_OF_MODES = {"withdrawal", "flight", "surrender", "resign", "disarm"}
_TARGET_PREP_TYPES = {
    *(("to", k) for k in ("AID", "SUPPORT", "COOPERATE", "AGREE")),
    *(("with", k) for k in ("ASSAULT", "CONSULT", "COOPERATE", "PROTEST", "AGREE")),
}
_SPEECH_ACTS = {"DEMAND", "THREATEN", "AGREE", "REJECT", "DISAPPROVE", "SUPPORT", "CONCEDE"}
_ENDING_VERBS = {
    "end",
    "stop",
    "halt",
    "cease",
    "suspend",
    "lift",
    "ease",
    "cut",
    "freeze",
    "prohibit",
    "terminate",
    "shorten",
}


@dataclass
class ActorIndex:
    """The resolved actor mentions of one document, looked up by token."""

    mentions: list[tuple[Mention, str, str]]  # (mention, actor IRI, actor type), by position
    _by_token: dict[int, int] = field(default_factory=dict)

    def index(self, doc: Doc) -> ActorIndex:
        for n, (m, _, _) in enumerate(self.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self._by_token[t.i] = n
        return self

    def at(self, token: Token) -> tuple[Mention, str, str] | None:
        n = self._by_token.get(token.i)
        return self.mentions[n] if n is not None else None

    def before(
        self, token: Token, kinds: set[str], subjects: bool = False, only_subjects: bool = False
    ) -> tuple[Mention, str, str] | None:
        """The nearest mention before *token* of one of *kinds* (pronoun antecedent).

        With *subjects*, a mention that is a clause subject in the last three sentences wins
        over a nearer one that is not: definite descriptions ("the terror group") refer back
        to the actor the text is about.
        """
        best = None
        salient = None
        doc = token.doc
        window = token.sent.start_char - 600
        for m in self.mentions:
            if m[0].start >= token.idx:
                break
            if m[2] in kinds:
                best = m
                span = doc.char_span(m[0].start, m[0].end, alignment_mode="expand")
                if (
                    subjects
                    and m[0].start >= window
                    and span is not None
                    and span.root.dep_ in {"nsubj", "nsubjpass"}
                ):
                    salient = m
        return salient if only_subjects else salient or best


@dataclass
class _Trigger:
    token: Token
    start: int
    end: int
    type: str
    mode: str | None
    nominal: bool


def _find_triggers(doc: Doc, lexicon: Lexicon) -> list[_Trigger]:
    found = []
    for t in doc:
        lemma = t.lemma_.lower()
        if (hyphen := _hyphenated(t, lexicon)) is not None:
            found.append(hyphen)
        elif t.pos_ == "VERB" and t.dep_ != "aux":
            particle = next((c for c in t.children if c.dep_ == "prt"), None)
            obj = next((c for c in t.children if c.dep_ in _OBJECTS), None)
            prep = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "prep"
                    and f"{lemma} {c.lower_}" in lexicon.particles
                    and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children)
                ),
                None,
            )
            if particle is not None and f"{lemma} {particle.lower_}" in lexicon.particles:
                kind, mode = lexicon.particles[f"{lemma} {particle.lower_}"]
                end = max(t.idx + len(t), particle.idx + len(particle))
                found.append(_Trigger(t, min(t.idx, particle.idx), end, kind, mode, False))
            elif prep is not None and particle is None:
                kind, mode = lexicon.particles[f"{lemma} {prep.lower_}"]
                found.append(_Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
            elif obj is not None and f"{lemma} {obj.lemma_.lower()}" in lexicon.particles:
                kind, mode = lexicon.particles[f"{lemma} {obj.lemma_.lower()}"]
                found.append(_Trigger(t, t.idx, obj.idx + len(obj), kind, mode, False))
            elif particle is not None and lemma in lexicon.needs_argument:
                continue  # "back down", "called her in": the particle changes the sense
            elif lemma in lexicon.verbs:
                kind, mode = lexicon.verbs[lemma]
                found.append(_Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
            elif lemma in REPORTING_VERBS and _obligation(t):
                # "Russia said Sudan must return the helicopter": a demand, not a report
                found.append(_Trigger(t, t.idx, t.idx + len(t), "DEMAND", None, False))
        elif t.pos_ == "ADJ" and t.lower_ in lexicon.nouns and t.dep_ in {"acomp", "oprd", "amod"}:
            kind, mode = lexicon.nouns[t.lower_]  # "three people were found dead"
            if t.dep_ != "amod" or t.head.pos_ == "NOUN":
                found.append(_Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
        elif t.pos_ in {"NOUN", "PROPN"} and not t.ent_type_ and not _hyphen_head(t):
            modifier = next(
                (
                    c
                    for c in t.children
                    if c.dep_ in {"compound", "amod"}
                    and f"{c.lemma_.lower()} {lemma}" in lexicon.compounds
                ),
                None,
            )
            if modifier is not None:
                kind, mode = lexicon.compounds[f"{modifier.lemma_.lower()} {lemma}"]
                found.append(_Trigger(t, modifier.idx, t.idx + len(t), kind, mode, True))
            elif lemma in lexicon.nouns or t.lower_ in lexicon.nouns:
                kind, mode = lexicon.nouns.get(lemma) or lexicon.nouns[t.lower_]
                found.append(_Trigger(t, t.idx, t.idx + len(t), kind, mode, True))
    # "assassination attempt" is one trigger, not also "assassination" inside it
    return [
        tr
        for tr in found
        if not any(
            o.start <= tr.start and tr.end <= o.end and o.end - o.start > tr.end - tr.start
            for o in found
        )
    ]


def _obligation(verb: Token) -> bool:
    """Whether a reporting verb's complement says what someone else must or should do."""
    return any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in {"must", "should"} for a in c.children)
        and any(a.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for a in c.children)
        for c in verb.children
    )


def _hyphen_head(t: Token) -> bool:
    """Whether *t* begins a hyphenated modifier ("war-torn", "attack-prone"): no event."""
    doc = t.doc
    return (t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].text == "-") or (
        t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    )


def _hyphenated(t: Token, lexicon: Lexicon) -> _Trigger | None:
    """A hyphenated event noun spaCy splits into three tokens ("face-off", "shoot-out")."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != "-" or doc[t.i + 1].whitespace_:
        return None
    if t.whitespace_:
        return None
    last = doc[t.i + 2]
    word = f"{t.lower_}-{last.lower_}"
    if word not in lexicon.nouns:
        return None
    span = doc[t.i : t.i + 3]
    kind, mode = lexicon.nouns[word]
    return _Trigger(span.root, t.idx, last.idx + len(last), kind, mode, True)


def _clause_subject(
    verb: Token, through: frozenset[str] = frozenset({"conj", "xcomp", "advcl"})
) -> tuple[Token | None, bool]:
    """The subject of *verb*, inherited through coordination and control; (token, is_passive)."""
    seen = 0
    while seen < 6:
        seen += 1
        for c in verb.children:
            if c.dep_ in _SUBJECTS:
                return c, False
            if c.dep_ in _PASSIVE_SUBJECTS:
                return c, True
        if verb.dep_ in through and verb.head is not verb:
            verb = verb.head
            continue
        if verb.dep_ == "acomp" or verb.head.pos_ == "ADJ":
            verb = verb.head
            continue
        return None, False
    return None, False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def _actors(
    head: Token | None, index: ActorIndex, depth: int = 0
) -> list[tuple[Mention, str, str]]:
    """Actors an argument head names: itself, its conjuncts, or the names modifying it."""
    if head is None or depth > 4:
        return []
    found = index.at(head)
    out: list[tuple[Mention, str, str]] = []
    if found is not None and found[0].ner_label == "PARTICIPANT":
        # "Russian troops", "the three soldiers": the phrase fills the role, its name included
        # ("US troops": the troops of the United States act, and so does the country)
        first = head.left_edge
        for w in head.doc[head.left_edge.i : head.i]:
            if "\n" in w.text or "\n" in w.whitespace_:
                first = head.doc[w.i + 1]  # a phrase never runs over a line
        while first.i < head.i and first.dep_ in {"det", "predet"}:
            first = head.doc[first.i + 1]
        filler = _filler(found, first, head) if first.idx < found[0].start else found
        out.append(filler)
        out.extend(
            (filler[0], a[1], a[2])  # one span, one mention: the participant's phrase
            for c in head.children
            if c.dep_ in {"compound", "amod", "nmod", "poss"}
            for a in _actors(c, index, depth + 1)
            if a[2] == "country"
        )
    elif found is not None:
        out.append(found)
    elif (
        head.lower_ in {"who", "which", "that"}
        and head.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
        and head.head.dep_ == "relcl"
    ):
        # "Hugo Chávez, who died in 2013": the relative pronoun stands for the noun it modifies
        out.extend(_filler(a, head, head) for a in _actors(head.head.head, index, depth + 1))
    elif head.lower_ in {"it", "its"} and head.pos_ == "PRON":
        bound = _bound_antecedent(head, index, _IT_KINDS)
        salient = None
        if not bound and head.dep_ == "nsubj":
            # "Hamas fired rockets. Later it attacked Sderot.": an actor that was a subject
            salient = index.before(head, _IT_KINDS, subjects=True, only_subjects=True)
        out.extend(bound or ([_filler(salient, head, head)] if salient else []))
    elif head.lower_ in _PRONOUNS and head.pos_ == "PRON":
        antecedent = index.before(head, _PRONOUNS[head.lower_])
        if antecedent is not None:
            out.append(_filler(antecedent, head, head))  # the span is "they", the actor theirs
    elif head.lower_ in PERSON_ROLES:
        owners = {
            m[0].start
            for c in head.children
            if c.dep_ == "poss"
            for m in _actors(c, index, depth + 1)
        }
        out.extend(
            m for m in _span_actors(head, index) if m[0].start not in owners and m[2] == "person"
        )
    elif head.lemma_.lower() in _GROUP_NOUNS and any(c.lower_ == "the" for c in head.children):
        antecedent = index.before(head, {"organisation"}, subjects=True)
        if antecedent is not None:
            out.append(_filler(antecedent, head.left_edge, head))  # "the terror group"
    else:
        by_modifier = [
            _actors(c, index, depth + 1)
            for c in head.children
            if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}
        ]
        modifiers = [a for found_here in by_modifier for a in found_here]
        if all(len(found_here) <= 1 for found_here in by_modifier):
            # "six American NATO service members": the actors are the names, the filler the
            # phrase
            first = next(w for w in head.subtree if w.dep_ not in {"det", "predet"})
            out.extend(_filler(a, first, head) for a in modifiers)
        else:
            out.extend(modifiers)  # "Hungarian and Romanian officials": each its own name
        for c in head.children:
            if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
                continue
            if c.dep_ in {"poss", "appos"}:
                out.extend(_actors(c, index, depth + 1))
            elif c.dep_ == "prep" and c.lower_ in {"like", "including", "of", "as"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(_actors(p, index, depth + 1))
            elif c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "such"):
                out.extend(_actors(c, index, depth + 1))
    for c in head.children:
        if c.dep_ == "conj":
            out.extend(_actors(c, index, depth))
        # "Helmand Province, Afghanistan": the appositive place only situates the first one
    # one actor per span; a country shares its span with its participants ("US troops")
    return list(
        {(m[0].start, m[1] if m[0].ner_label == "PARTICIPANT" else ""): m for m in out}.values()
    )


def _bound_antecedent(
    head: Token, index: ActorIndex, kinds: set[str]
) -> list[tuple[Mention, str, str]]:
    """The actor a subject or possessive "it"/"its" is bound to in its own sentence: the
    subject of a governing clause, when of one of *kinds* ("Syria says it is willing", "the ILO
    reiterated its demand"), with that subject's mention (the name is in the same sentence).
    Other "it"s are a bomb, a car or a fact far more often than an actor: unresolved."""
    if head.dep_ not in {"nsubj", "nsubjpass", "poss"}:
        return []
    node = head.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS]
            if subjects and head not in subjects and head not in subjects[0].subtree:
                found = [a for a in _actors(subjects[0], index, 4) if a[2] in kinds]
                return found[:1]
        if node.head is node:
            break
        node = node.head
    return []


def _filler(found: tuple[Mention, str, str], first: Token, last: Token) -> tuple[Mention, str, str]:
    """*found*'s actor with the span that fills the role here, *first* to *last* inclusive."""
    m, iri, kind = found
    if first.i > last.i:
        first = last
    doc = last.doc
    start, end = first.idx, last.idx + len(last)
    sentence = sum(1 for s in doc.sents if s.start <= last.i) - 1
    span = Mention(m.document_id, start, end, doc.text[start:end], sentence, m.ner_label)
    return span, iri, kind


def _span_actors(
    head: Token, index: ActorIndex, clauses: bool = False
) -> list[tuple[Mention, str, str]]:
    """Every actor mentioned inside *head*'s phrase, not crossing into clauses unless asked."""
    found = {}
    stack = [head]
    while stack:
        node = stack.pop()
        if (m := index.at(node)) is not None:
            found[m[0].start] = m
        stack.extend(c for c in node.children if clauses or c.dep_ not in _CLAUSES)
    return [found[k] for k in sorted(found)]


def _listed(head: Token, index: ActorIndex) -> list[tuple[Mention, str, str]]:
    """The actors of a list ("including Eva Forest, wife of X, Lidia Falcón, the director Y and
    Z"): names in apposition and coordination, not those inside prepositional or possessive
    modifiers (X), nor in clauses."""
    found = {}
    stack = [head]
    while stack:
        node = stack.pop()
        if (m := index.at(node)) is not None:
            found[m[0].start] = m
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSES | {"prep", "poss", "agent"})
    return [found[k] for k in sorted(found)]


def _roles(trigger: _Trigger, index: ActorIndex, lexicon: Lexicon) -> dict[str, list]:
    t = trigger.token
    roles: dict[str, list] = {"source": [], "target": [], "location": [], "instrument": []}
    extra_preps: list[Token] = []
    if not trigger.nominal:
        unaccusative_verb = t.lemma_.lower() in lexicon.unaccusative
        subject, passive = _clause_subject(
            t, frozenset({"conj"}) if unaccusative_verb else frozenset({"conj", "xcomp", "advcl"})
        )
        inherited = subject is not None and subject.head is not t
        if passive and inherited and t.tag_ == "VBG":
            subject = None  # "the building was shattered by a blast, killing 168": not its act
        elif inherited and t.dep_ in {"xcomp", "advcl"} and t.tag_ != "VBN":
            passive = False  # "troops were deployed to repel incursions": the troops repel
        passive = passive or _is_passive(t)
        role = "target" if passive or unaccusative_verb else "source"
        if (
            subject is not None
            and t.lemma_.lower() in _DEVICE_VERBS
            and not passive
            and not any(c.dep_ in _OBJECTS for c in t.children)
        ):
            roles["instrument"].append(subject.lower_)  # "it exploded": the bomb, the car
            subject = None
        if subject is not None:
            named = _actors(subject, index)
            roles[role] += named
            if not named and role == "source" and trigger.type == "ASSAULT":
                roles["instrument"].append(subject.lower_)  # "a helicopter attacked his house"
        elif t.dep_ == "acl" and t.tag_ == "VBN" and trigger.type in _MATERIAL:
            roles["target"] += _actors(t.head, index)  # "Chekatt, shot dead by police"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "including":
                # "twelve were arrested, including Eva Forest, ...": more of the same role
                roles[role if subject is not None else "target" if passive else "source"] += [
                    a for p in c.children if p.dep_ == "pobj" for a in _listed(p, index)
                ]
        for c in t.children:
            if c.dep_ in _OBJECTS and not (
                trigger.type == "RETREAT" and trigger.mode not in {"release", "evacuation"}
            ):
                roles["target"] += _actors(c, index)
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        roles["source"] += _actors(p, index)
            elif c.dep_ == "dative":
                roles["target"] += _actors(c, index)
    else:
        undergoer = t.lemma_.lower() in lexicon.undergoer_nouns
        for c in t.children:
            if undergoer and c.lower_ in {"their", "its"}:
                continue  # "falling to their deaths": a plural antecedent is rarely an actor
            if c.dep_ == "poss" or (
                c.dep_ in {"compound", "nmod", "amod"} and index.at(c) is not None
            ):
                named = _actors(c, index)
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
                    for a in _actors(p, index)
                ]
        governor = t.head
        if (
            t.dep_ == "pobj"
            and governor.lower_ == "for"
            and governor.head.lemma_.lower() == "responsibility"
            and not roles["source"]
        ):
            # "the IRA accepted responsibility for the bombings": who claims it did it
            subject, _ = _clause_subject(governor.head.head)
            if governor.head.head.pos_ in {"VERB", "AUX"}:
                roles["source"] += _actors(subject, index)
        if (
            t.dep_ == "pobj"
            and governor.lower_ == "for"
            and governor.head.pos_ in {"ADJ", "AUX", "VERB"}
            and not roles["source"]
        ):
            subject, _ = _clause_subject(governor.head)  # "ready for peace talks"
            roles["source"] += _actors(subject, index)
        # "launched an attack on X", "got air support from Y"; not "condemned the attack":
        # a governing verb that is itself an event has its own subject
        light = (
            t.dep_ in _OBJECTS
            and governor.pos_ in {"VERB", "AUX"}
            and (
                governor.lemma_.lower() in lexicon.light_verbs
                or governor.lemma_.lower() in _ENDING_VERBS
            )
            and not any(c.dep_ == "oprd" for c in governor.children)  # "called it an attack"
        )
        if light:
            extra_preps.extend(c for c in governor.children if c.dep_ in {"prep", "agent"})
        if light:
            subject, passive_light = _clause_subject(governor)
            # "were given an ultimatum by their bosses", "faces charges": the subject undergoes
            receives = (
                governor.lemma_.lower() in RECEIVE_VERBS | _UNDERGO_VERBS
                or (passive_light and subject is not None and subject.head is governor)
                or _is_passive(governor)
            )
            if subject is not None and (receives or not roles["source"]):
                roles["target" if receives else "source"] += _actors(subject, index)
            if receives:
                for prep in governor.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        roles["source"] += [
                            a for p in prep.children if p.dep_ == "pobj" for a in _actors(p, index)
                        ]
        elif (
            t.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
            and governor.lemma_.lower() in lexicon.unaccusative
        ):
            pass
        for i, (m, iri, kind) in enumerate(roles["source"]):
            if m.text.lower() in _PRONOUNS and governor is not t:
                subject, _ = _clause_subject(governor)
                roles["source"][i : i + 1] = _actors(subject, index) or [(m, iri, kind)]
    for prep in [*t.children, *extra_preps]:
        if prep.dep_ not in {"prep", "agent"}:
            continue
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        word = prep.lower_
        for obj in objs:
            named = _actors(obj, index)
            if word == "at" and trigger.mode in {"killing", "injury", "massacre"}:
                roles["location"] += named  # "killed at Oxford Street station": where
            elif word in _TARGET_PREPS and not (
                word == "at" and all(k in _PLACE_KINDS for _, _, k in named)
            ):
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
            elif word in _LOCATIVE:
                if not named:
                    named = [
                        a
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in _LOCATIVE
                        for o in p.children
                        if o.dep_ == "pobj"
                        for a in _actors(o, index)
                    ]
                roles["location"] += [n for n in named if n[2] in _PLACE_KINDS]
            elif word == "by" and trigger.nominal:
                roles["source"] += named
            elif (word in {"via", "using"} or (word == "with" and trigger.type in _HOSTILE)) and (
                not named
            ):
                roles["instrument"].append(" ".join(w.text for w in obj.subtree))
    if not roles["location"] and not trigger.nominal:
        # "kills a general in Syria": the parser hangs the place on the object
        roles["location"] += [
            a
            for c in t.children
            if c.dep_ in _OBJECTS | _PASSIVE_SUBJECTS
            for prep in c.children
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
            for p in prep.children
            if p.dep_ == "pobj"
            for a in _actors(p, index)
            if a[2] in _PLACE_KINDS
        ]
    if trigger.type in _SPEECH_ACTS and not trigger.nominal and not roles["target"]:
        roles["target"] += _complement_actors(t, index, {m[1] for m in roles["source"]})
    return roles


def _complement_actors(
    t: Token, index: ActorIndex, exclude: set[str]
) -> list[tuple[Mention, str, str]]:
    """Who a speech act is aimed at when no object names it: the subject of its complement
    ("demanded that Hamas renounce"), else the first actor inside it ("threatened to ban
    opposition candidates", "rejected calls by Belarus's rulers")."""
    for c in t.children:
        if c.dep_ == "ccomp":
            subject, _ = _clause_subject(c, frozenset())
            named = [a for a in _actors(subject, index) if a[1] not in exclude]
            if named:
                return named
    for c in t.children:
        if c.dep_ in {"ccomp", "xcomp", *_OBJECTS}:
            named = [a for a in _span_actors(c, index, clauses=True) if a[1] not in exclude]
            if named:
                return named[:1]
    return []


def _negated(t: Token) -> bool:
    """Negated, or a non-finite complement of a negated predicate ("not able to attack")."""
    node = t
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.dep_ in {"xcomp", "acomp"} or (node.dep_ == "conj" and node.head.pos_ == "ADJ"):
            node = node.head
            continue
        if node.dep_ == "advcl" and node.head.pos_ == "ADJ":
            node = node.head
            continue
        return False
    return False


def _clause_head(t: Token) -> Token:
    node = t
    while (
        node.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "parataxis"} and node.head is not node
    ):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "conj", "aux"}:
            break
        node = node.head
    return node


def _modality(trigger: _Trigger) -> Modality:
    t = trigger.token
    anchor = t.head if trigger.nominal else t
    path = [t, *list(t.ancestors)[:4]]
    if any(c.lower_ in HEDGES for node in path[:3] for c in node.children):
        return Modality.ALLEGED
    clause = _clause_head(anchor)
    for node in {clause, anchor}:
        for c in node.children:
            if c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
                return Modality.CONDITIONAL
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children
            ):
                return Modality.CONDITIONAL
            if c.dep_ == "aux" and c.lower_ in _MODAL_AUX:
                return Modality.CONDITIONAL
    for node in path:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | _DEONTIC_AUX for c in node.children):
            return Modality.INTENDED
        if node is not t and node.lemma_.lower() in _INTENT_HEADS:
            return Modality.INTENDED
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _DEMAND_HEADS:
            return Modality.INTENDED  # "demanded that Ukraine withdraw": not a withdrawal
        if node.dep_ in {"ccomp", "ROOT", "advcl", "relcl"}:
            break
    return Modality.ASSERTED


def _commitment(trigger: _Trigger, lexicon: Lexicon) -> str | None:
    """AGREE or THREATEN when the trigger is an action its actor commits to ("will withdraw",
    "said they would boycott", "is willing to withdraw", "will withdraw ... unless"); None
    for speech acts, or when a trigger verb (threaten, offer, promise) already codes the act."""
    if trigger.type not in _COOPERATIVE | _HOSTILE:
        return None
    t = trigger.token
    verb = t.head if trigger.nominal and t.dep_ in _OBJECTS else t
    if trigger.nominal and (verb is t or verb.lemma_.lower() in lexicon.verbs):
        return None  # "would boycott the summit": the summit is not what is promised
    committed = unless = False
    node = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _COMMIT_AUX for c in node.children):
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
            if lemma in _COMMIT_HEADS:
                committed = True
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head is node:
            break
        node = node.head
    if _negated(verb) or not (committed or unless):
        return None
    if unless or trigger.type not in _COOPERATIVE:
        return "THREATEN"
    return "AGREE"


def _attribution(t: Token, index: ActorIndex) -> tuple[str, list[tuple[Mention, str, str]]] | None:
    """The reporting or denial verb above *t*, and who reports: ("claimed"|"denied", actors)."""
    node = t
    for ancestor in t.ancestors:
        lemma = ancestor.lemma_.lower()
        reporting = lemma in REPORTING_VERBS or lemma in DENIAL_VERBS
        if ancestor.pos_ in {"VERB", "AUX"} and reporting:  # noqa: SIM102
            if node.dep_ in {"ccomp", "xcomp", "dobj", "parataxis", "conj"}:
                subject, _ = _clause_subject(ancestor)
                speakers = _actors(subject, index)
                if not speakers:
                    speakers = [
                        a
                        for c in ancestor.children
                        if c.dep_ == "prep" and c.lower_ == "by"
                        for p in c.children
                        for a in _actors(p, index)
                    ]
                if not speakers and subject is None:
                    speakers = _nearest_speaker(ancestor, index)
                return ("denied" if lemma in DENIAL_VERBS else "claimed"), speakers
        if ancestor.lower_ == "according":
            objs = [p for c in ancestor.children for p in c.children if p.dep_ == "pobj"]
            return "claimed", [a for o in objs for a in _actors(o, index)]
        node = ancestor
    return None


def _nearest_speaker(verb: Token, index: ActorIndex) -> list[tuple[Mention, str, str]]:
    """For a reporting verb the parser gave no subject: the last person named before it."""
    for kinds in ({"person"}, {"organisation"}):
        found = index.before(verb, kinds)
        if found is not None and found[0].start >= verb.sent.start_char:
            return [found]
    return []


def _date(trigger: _Trigger, sent: Span, reference: dt.date | None) -> tuple[str | None, str]:
    """The date of the time expression nearest the trigger in its sentence, else the doc date."""
    expressions = [e for e in sent.ents if e.label_ in {"DATE", "TIME"}]
    t = trigger.token
    attached = [e for e in expressions if any(a.i == t.i for a in e.root.ancestors)]
    for e in sorted(attached, key=lambda e: abs(e.start - t.i)) + sorted(
        expressions, key=lambda e: abs(e.start - t.i)
    ):
        if resolved := resolve_date(e.text, reference):
            return resolved
    if reference is not None:
        return reference.isoformat(), "document"
    return None, "none"


def extract_events(
    doc: Doc,
    document: Document,
    index: ActorIndex,
    lexicon: Lexicon,
    sentence_of: Callable[[int], int],
) -> list[Event]:
    """Events of one parsed document, with roles resolved to the actors in *index*."""
    events: list[Event] = []
    triggers = _find_triggers(doc, lexicon)
    nouns = {tr.token.i for tr in triggers if tr.nominal}
    for trigger in triggers:
        t = trigger.token
        if _negated(t) or (
            trigger.nominal and t.head.lemma_.lower() in REPORTING_VERBS and t.dep_ in _SUBJECTS
        ):
            continue
        if _spurious(trigger, index, lexicon):
            continue
        if trigger.nominal and t.dep_ in _OBJECTS and t.head.lemma_.lower() in _ENDING_VERBS:
            trigger = _ended(trigger)
        elif (
            not trigger.nominal
            and any(c.dep_ in _OBJECTS and c.i in nouns for c in t.children)
            and t.lemma_.lower() in _ENDING_VERBS
        ):
            continue  # "lifted the blockade": the noun carries the event, see _ended
        roles = _roles(trigger, index, lexicon)
        if trigger.mode == "capture":
            roles["target"] = [r for r in roles["target"] if r[2] in _PLACE_KINDS]
        sources = {r[1] for r in roles["source"]}
        roles["target"] = [r for r in roles["target"] if r[1] not in sources]
        attribution = _attribution(t, index)
        modality = _modality(trigger)
        if (commitment := _commitment(trigger, lexicon)) is not None:
            # "Israel will evacuate the settlements": PLOVER codes the promise (AGREE) or the
            # threat (THREATEN), with the promised action as its mode.
            action = trigger.type.lower() + (f"-{trigger.mode}" if trigger.mode else "")
            trigger = _Trigger(t, trigger.start, trigger.end, commitment, action, trigger.nominal)
            modality = Modality.ASSERTED
        arguments = [
            Argument(role, iri, m)
            for role in ("source", "target", "location")
            for m, iri, _ in _dedupe(roles[role])
        ]
        if attribution is not None:
            how, speakers = attribution
            role = "claimed_by" if how == "claimed" else "disputed_by"
            arguments += [Argument(role, iri, m) for m, iri, _ in _dedupe(speakers)]
            if modality is Modality.ASSERTED:
                modality = Modality.CLAIMED if how == "claimed" else Modality.DENIED
        if not any(a.role in {"source", "target", "location"} for a in arguments) and (
            not _stands_alone(trigger, lexicon)
        ):
            continue
        date, basis = _date(trigger, t.sent, document.date)
        text = doc.text[trigger.start : trigger.end]
        mention = Mention(
            document.id, trigger.start, trigger.end, text, sentence_of(trigger.start), "TRIGGER"
        )
        if (antecedent := _antecedent(trigger, arguments, modality, events)) is not None:
            antecedent.mentions.append(mention)  # "the attack" mentioned again: one event
            known = {(a.role, a.actor) for a in antecedent.arguments}
            antecedent.arguments += [a for a in arguments if (a.role, a.actor) not in known]
            continue
        events.append(
            Event(
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
                mentions=[mention],
            )
        )
    _disputes(doc, events, index)
    return events


_DEVICE_VERBS = {"explode", "detonate"}
_UNDERGO_VERBS = {"face", "suffer", "sustain", "undergo", "endure", "survive", "await"}
_CHARGE_HEADS = {
    "charge",
    "accuse",
    "indict",
    "convict",
    "suspect",
    "sentence",
    "try",
    "trial",
    "threat",
    "guilty",
    "acquit",
    "prosecute",
}
_NAMING_VERBS = {"call", "describe", "label", "term", "dub", "brand", "name", "deem"}
_PERSONAL = {"i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them"}
_NO_COMMENT = {"comment", "speak", "answer", "elaborate", "confirm", "discuss", "say", "talk"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _spurious(trigger: _Trigger, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Lexicon words used in a sense or a construction that is no event of their own."""
    t = trigger.token
    lemma = t.lemma_.lower()
    objects = [c for c in t.children if c.dep_ in _OBJECTS]
    if trigger.nominal:
        if t.dep_ == "compound" and trigger.end <= t.head.idx:
            # "war games", "arrest warrants"; kept: "the bombing suspect", "the death toll"
            return t.head.lemma_.lower() not in lexicon.compound_heads
        if t.dep_ in {"oprd", "attr"} and t.head.lemma_.lower() in _NAMING_VERBS:
            return True  # "what Macron called an attack": a name for an event told elsewhere
        if _heading(t):
            return True  # "* 2014 Bagram Airfield bombing", "Collapsed ceasefire"
    elif t.pos_ == "VERB":
        if t.dep_ == "amod":
            return True  # "a convicted recruiter": a description of someone, not an act here
        if lemma in _NAMING_VERBS and any(
            c.dep_ == "oprd" and c.ent_type_ not in {"DATE", "TIME"} for c in t.children
        ):
            return True  # "called the explosion an attack"
        if lemma == "fire" and _dismissal(t, index, lexicon):
            return True  # "they would fire me", "she was fired"
        if (
            lemma in lexicon.needs_actor_object
            and objects
            and not any(
                _someone(o, index, lexicon)
                or o.lemma_.lower() in lexicon.nouns
                or o.lemma_.lower() in lexicon.action_nouns
                for o in objects
            )
        ):
            return True  # "released photos", "accepted responsibility"
        if lemma in lexicon.needs_actor_object | {"concede", "admit"} and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in t.children
        ):
            return True  # "conceded that there is a shortage": a statement
        if trigger.type == "REJECT" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in t.children
        ):
            return True  # "refused to comment"
    if (
        trigger.nominal
        and t.dep_ == "pobj"
        and t.head.lower_ in {"with", "of", "for"}
        and t.head.head.lemma_.lower() in _CHARGE_HEADS
    ):
        return True  # "charged with treason", "the threat of execution": not (yet) an act
    if trigger.type in {"ASSAULT", "CRIME"}:
        return _natural_cause(t, lexicon)
    return False


def _someone(head: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Whether a noun phrase names or denotes people: an actor, a pronoun, "the hostages"."""
    return bool(
        index.at(head) is not None
        # an unnamed participant only as the head itself: "photos of the suspects" are photos
        or any(a[0].ner_label != "PARTICIPANT" for a in _actors(head, index))
        or head.lower_ in _PERSONAL
        or head.lemma_.lower() in lexicon.human_nouns
        or head.lower_ in PERSON_ROLES
        or head.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}
    )


def _dismissal(t: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """ "fire" with a person as object or passive subject and no target preposition: a job loss."""
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in t.children):
        return False
    people = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        p.lower_ in _PERSONAL
        or p.lemma_.lower() in lexicon.human_nouns
        or ((found := index.at(p)) is not None and found[2] == "person")
        for p in people
    )


def _natural_cause(t: Token, lexicon: Lexicon) -> bool:
    """A death or harm from illness or other non-human causes ("died of the disease", "deaths
    caused by bacteria", "attack the virus", "a disease to battle", "a heart attack")."""
    causes = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
            causes += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in {"agent", "acl"}:
            causes += [p for a in (c, *c.children) for p in a.children if p.dep_ == "pobj"]
        elif c.dep_ in {"dobj", "compound"}:
            causes.append(c)
    if t.dep_ in {"relcl", "acl"}:
        causes.append(t.head)  # "a disease to battle"
    return any(
        w.lemma_.lower() in lexicon.natural_causes or w.lower_ in lexicon.natural_causes
        for c in causes
        for w in (c, *(m for m in c.children if m.dep_ == "compound"))
    )


def _heading(t: Token) -> bool:
    """Whether *t* stands in a heading or list item: a line with no finite verb and no final
    punctuation."""
    text = t.doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    line = text[start : len(text) if end < 0 else end].strip()
    if not line or line[-1] in ".!?:;\"”’')":
        return False
    span = t.doc.char_span(
        start,
        start + len(text[start : len(text) if end < 0 else end].rstrip()),
        alignment_mode="expand",
    )
    return span is not None and not any(w.tag_ in _FINITE_TAGS for w in span)


def _ended(trigger: _Trigger) -> _Trigger:
    """The event of ending, lifting or suspending what a trigger noun names (CAMEO 08, 16):
    ending fighting is a ceasefire, lifting a blockade a retreat, lifting a ban or sanctions a
    concession, suspending aid, talks or ties a sanction."""
    t = trigger.token
    if trigger.type == "ASSAULT":
        kind, mode = "RETREAT", "ceasefire"
    elif trigger.type == "COERCE" and trigger.mode in {"restrict", "capture"}:
        kind, mode = "RETREAT", f"end-{trigger.mode}"
    elif trigger.type in {"COERCE", "SANCTION"}:
        kind, mode = "CONCEDE", f"end-{trigger.mode or trigger.type.lower()}"
    elif trigger.type in _COOPERATIVE:
        kind, mode = "SANCTION", f"end-{trigger.type.lower()}"
    else:
        return trigger
    return _Trigger(t, trigger.start, trigger.end, kind, mode, True)


def _stands_alone(trigger: _Trigger, lexicon: Lexicon) -> bool:
    """Whether a trigger is an event even when no actor fills a role ("the explosion killed 12")."""
    if trigger.type not in _MATERIAL:
        return False  # a statement without a named speaker or addressee says nothing
    compound = trigger.start < trigger.token.idx  # "peace talks", "air support"
    return compound or trigger.token.lemma_.lower() not in lexicon.needs_argument


def _antecedent(
    trigger: _Trigger, arguments: list[Argument], modality: Modality, events: list[Event]
) -> Event | None:
    """The earlier event a definite event noun refers back to ("Russia attacked Odesa ... the
    attack killed three"): the latest one of the same type and mode whose sources and targets
    include the noun's own, with the same modality."""
    t = trigger.token
    if not trigger.nominal or not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children
    ):
        return None
    own = {(a.role, a.actor) for a in arguments if a.role in {"source", "target"}}
    for event in reversed(events):
        if event.type != trigger.type or event.mode != trigger.mode:
            continue
        if event.modality is not modality:
            continue
        if own <= {(a.role, a.actor) for a in event.arguments}:
            return event
        return None  # the latest event of this type is another one
    return None


def _dedupe(found: Iterable[tuple[Mention, str, str]]) -> list[tuple[Mention, str, str]]:
    seen: dict[str, tuple[Mention, str, str]] = {}
    for item in found:
        seen.setdefault(item[1], item)
    return list(seen.values())


def _disputes(doc: Doc, events: list[Event], index: ActorIndex) -> None:
    """A bare denial ("Taliban claims victory, NRFA refutes") disputes that claimant's claims."""
    for t in doc:
        if t.lemma_.lower() not in DENIAL_VERBS or t.pos_ != "VERB":
            continue
        triggers = {e.trigger.start for e in events}
        if any(c.dep_ in _OBJECTS and c.idx in triggers for c in t.children):
            continue
        deniers = [a for c in t.children if c.dep_ in _SUBJECTS for a in _actors(c, index)]
        inside = {d.i for c in t.children if c.dep_ not in _SUBJECTS for d in c.subtree}
        claimants = {
            iri
            for c in t.sent
            if c.lemma_.lower() in REPORTING_VERBS
            and c.pos_ == "VERB"
            and c.i < t.i
            and c.i not in inside
            for _, iri, _ in _actors(_clause_subject(c)[0], index)
        }
        for event in events:
            if set(event.claimed_by) & claimants:
                for m, iri, _ in deniers:
                    if iri not in event.disputed_by and iri not in claimants:
                        event.arguments.append(Argument("disputed_by", iri, m))
