"""Event roles: the actors that fill a trigger's source, target and location, read from the parse.

Roles are read from the dependency parse (active and passive voice, by-phrases, prepositional
objects, coordination, light and receiving verbs) and resolved to actors through the actor
mentions in an ActorIndex.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.actors.mentions import PERSON_ROLES
from kg.events._syntax import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, TARGET_PREPS, starts_line
from kg.events.lexicon import ENDING_VERBS, HOSTILE, MATERIAL, RECEIVE_VERBS, Lexicon
from kg.model import Mention

if TYPE_CHECKING:
    from kg.events.triggers import Trigger  # triggers.py imports this module

__all__ = ["ActorIndex", "actors", "clause_subject", "passive_support", "resolve_roles"]

_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
_LOCATIVE = {"in", "at", "near", "inside", "across", "throughout", "outside", "around"}
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
_AGENT_OF_MODES = {"withdrawal", "flight", "surrender", "resign", "disarm"}
_TARGET_PREP_TYPES = {
    *(("to", k) for k in ("AID", "SUPPORT", "COOPERATE", "AGREE")),
    *(("with", k) for k in ("ASSAULT", "CONSULT", "COOPERATE", "PROTEST", "AGREE")),
}
_SPEECH_ACTS = {"DEMAND", "THREATEN", "AGREE", "REJECT", "DISAPPROVE", "SUPPORT", "CONCEDE"}
_DEVICE_VERBS = {"explode", "detonate"}
_UNDERGO_VERBS = {"face", "suffer", "sustain", "undergo", "endure", "survive", "await"}
_RAISING_VERBS = {"believe", "think", "say", "report", "expect", "suspect", "know", "understand"}


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


def clause_subject(
    verb: Token, through: frozenset[str] = frozenset({"conj", "xcomp", "advcl"})
) -> tuple[Token | None, bool]:
    """The subject of *verb*, inherited through coordination and control; (token, is_passive).

    A subject raised from an active complement acts in it: in "Hamas is said to have attacked
    the base" Hamas is the passive subject of "said" and the subject of "attacked"."""
    seen = 0
    raised = False
    own = verb
    while seen < 6:
        seen += 1
        for c in verb.children:
            if headline_speaker(c):
                continue  # "Hamas: Israel bombed a school": Hamas says it, Israel did it
            if c.dep_ in SUBJECTS:
                return c, False
            if c.dep_ in PASSIVE_SUBJECTS:
                return c, not (raised and not _is_passive(own))
        if verb.dep_ in through and verb.head is not verb:
            if verb.dep_ == "conj" and {verb.tag_, verb.head.tag_} == {"VBZ", "VBP"}:
                return None, False  # "if the Taliban end ..., and hopes to": not their subject
            raised = raised or verb.dep_ == "xcomp"
            verb = verb.head
            continue
        if verb.dep_ == "acomp" or verb.head.pos_ == "ADJ":
            verb = verb.head
            continue
        return None, False
    return None, False


def headline_speaker(t: Token) -> bool:
    """Whether *t* heads a name followed by a colon at the start of a line, the way headlines
    attribute what follows ("Hamas: Israel bombed a school")."""
    after = t.right_edge.i + 1
    colon = any(c.dep_ == "punct" and c.text == ":" and c.i > t.i for c in t.children)
    if not colon and (after >= len(t.doc) or t.doc[after].text != ":"):
        return False
    return starts_line(t.left_edge)


def passive_support(t: Token, lexicon: Lexicon) -> Token | None:
    """The passive support verb with a by-phrase whose subject the event noun *t* is ("the
    attack was carried out by ETA", "is believed to have been carried out by ETA")."""
    if t.dep_ not in PASSIVE_SUBJECTS:
        return None
    verb = t.head
    if verb.lemma_.lower() in _RAISING_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if verb.lemma_.lower() in lexicon.light_verbs and any(c.dep_ == "agent" for c in verb.children):
        return verb
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def actors(head: Token | None, index: ActorIndex, depth: int = 0) -> list[tuple[Mention, str, str]]:
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
            for a in actors(c, index, depth + 1)
            if a[2] == "country"
        )
    elif found is not None:
        out.append(found)
    elif (
        head.lower_ in {"who", "which", "that"}
        and head.dep_ in SUBJECTS | PASSIVE_SUBJECTS
        and head.head.dep_ == "relcl"
    ):
        # "Hugo Chávez, who died in 2013": the relative pronoun stands for the noun it modifies
        out.extend(_filler(a, head, head) for a in actors(head.head.head, index, depth + 1))
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
            for m in actors(c, index, depth + 1)
        }
        out.extend(
            m for m in _span_actors(head, index) if m[0].start not in owners and m[2] == "person"
        )
    elif (
        head.lemma_.lower() in _GROUP_NOUNS
        and any(c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "appos" for c in head.children)  # "the Basque group ETA"
    ):
        antecedent = index.before(head, {"organisation"}, subjects=True)
        if antecedent is not None:
            out.append(_filler(antecedent, head.left_edge, head))  # "the terror group"
    else:
        by_modifier = [
            actors(c, index, depth + 1)
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
                out.extend(actors(c, index, depth + 1))
            elif c.dep_ == "prep" and c.lower_ in {"like", "including", "of", "as"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(actors(p, index, depth + 1))
            elif c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "such"):
                out.extend(actors(c, index, depth + 1))
    for c in head.children:
        if c.dep_ == "conj":
            out.extend(actors(c, index, depth))
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
            subjects = [c for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if subjects and head not in subjects and head not in subjects[0].subtree:
                found = [a for a in actors(subjects[0], index, 4) if a[2] in kinds]
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
    return _mentioned(head, index, set() if clauses else _CLAUSES)


def _listed(head: Token, index: ActorIndex) -> list[tuple[Mention, str, str]]:
    """The actors of a list ("including Eva Forest, wife of X, Lidia Falcón, the director Y and
    Z"): names in apposition and coordination, not those inside prepositional or possessive
    modifiers (X), nor in clauses."""
    return _mentioned(head, index, _CLAUSES | {"prep", "poss", "agent"})


def _mentioned(head: Token, index: ActorIndex, skip: set[str]) -> list[tuple[Mention, str, str]]:
    """The actors mentioned in *head*'s subtree, by position, not below a *skip* dependency."""
    found = {}
    stack = [head]
    while stack:
        node = stack.pop()
        if (m := index.at(node)) is not None:
            found[m[0].start] = m
        stack.extend(c for c in node.children if c.dep_ not in skip)
    return [found[k] for k in sorted(found)]


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
        passive = passive or _is_passive(t)
        if (
            not passive
            and t.dep_ == "conj"
            and t.tag_ in {"VBN", "VBD"}
            and _is_passive(t.head)
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
                    a for p in c.children if p.dep_ == "pobj" for a in _listed(p, index)
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
                or _is_passive(governor)
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
            if m.text.lower() in _PRONOUNS and governor != t:
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


def prep_objects(head: Token, words: set[str] | frozenset[str]) -> list[Token]:
    """The objects of *head*'s prepositions among *words* ("Hamas" in "blamed it on Hamas")."""
    return [
        p
        for c in head.children
        if c.dep_ in {"prep", "dative"} and c.lower_ in words
        for p in c.children
        if p.dep_ == "pobj"
    ]


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
            named = [a for a in _span_actors(c, index, clauses=True) if a[1] not in exclude]
            if named:
                return named[:1]
    return []
