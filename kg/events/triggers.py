"""Event triggers: the lexicon words that name an event, and the spurious uses to drop."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.actors.mentions import PERSON_ROLES
from kg.events._syntax import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, TARGET_PREPS
from kg.events.lexicon import COOPERATIVE, MATERIAL, REPORTING_VERBS, Lexicon
from kg.events.roles import ActorIndex, actors

__all__ = ["Trigger", "ended", "find_triggers", "is_spurious", "stands_alone"]

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


@dataclass
class Trigger:
    token: Token
    start: int
    end: int
    type: str
    mode: str | None
    nominal: bool


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    found = []
    for t in doc:
        lemma = t.lemma_.lower()
        if (hyphen := _hyphenated(t, lexicon)) is not None:
            found.append(hyphen)
        elif t.pos_ == "VERB" and t.dep_ != "aux":
            particle = next((c for c in t.children if c.dep_ == "prt"), None)
            obj = next((c for c in t.children if c.dep_ in OBJECTS), None)
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
                found.append(Trigger(t, min(t.idx, particle.idx), end, kind, mode, False))
            elif prep is not None and particle is None:
                kind, mode = lexicon.particles[f"{lemma} {prep.lower_}"]
                found.append(Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
            elif obj is not None and f"{lemma} {obj.lemma_.lower()}" in lexicon.particles:
                kind, mode = lexicon.particles[f"{lemma} {obj.lemma_.lower()}"]
                found.append(Trigger(t, t.idx, obj.idx + len(obj), kind, mode, False))
            elif particle is not None and lemma in lexicon.needs_argument:
                continue  # "back down", "called her in": the particle changes the sense
            elif lemma in lexicon.verbs:
                kind, mode = lexicon.verbs[lemma]
                found.append(Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
            elif lemma in REPORTING_VERBS and _obligation(t):
                # "Russia said Sudan must return the helicopter": a demand, not a report
                found.append(Trigger(t, t.idx, t.idx + len(t), "DEMAND", None, False))
        elif t.pos_ == "ADJ" and t.lower_ in lexicon.nouns and t.dep_ in {"acomp", "oprd", "amod"}:
            kind, mode = lexicon.nouns[t.lower_]  # "three people were found dead"
            if t.dep_ != "amod" or t.head.pos_ == "NOUN":
                found.append(Trigger(t, t.idx, t.idx + len(t), kind, mode, False))
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
                found.append(Trigger(t, modifier.idx, t.idx + len(t), kind, mode, True))
            elif lemma in lexicon.nouns or t.lower_ in lexicon.nouns:
                kind, mode = lexicon.nouns.get(lemma) or lexicon.nouns[t.lower_]
                found.append(Trigger(t, t.idx, t.idx + len(t), kind, mode, True))
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
        and any(a.dep_ in SUBJECTS | PASSIVE_SUBJECTS for a in c.children)
        for c in verb.children
    )


def _hyphen_head(t: Token) -> bool:
    """Whether *t* begins a hyphenated modifier ("war-torn", "attack-prone"): no event."""
    doc = t.doc
    return (t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].text == "-") or (
        t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    )


def _hyphenated(t: Token, lexicon: Lexicon) -> Trigger | None:
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
    return Trigger(span.root, t.idx, last.idx + len(last), kind, mode, True)


def is_spurious(trigger: Trigger, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Lexicon words used in a sense or a construction that is no event of their own."""
    t = trigger.token
    lemma = t.lemma_.lower()
    objects = [c for c in t.children if c.dep_ in OBJECTS]
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
        or any(a[0].ner_label != "PARTICIPANT" for a in actors(head, index))
        or head.lower_ in _PERSONAL
        or head.lemma_.lower() in lexicon.human_nouns
        or head.lower_ in PERSON_ROLES
        or head.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}
    )


def _dismissal(t: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """ "fire" with a person as object or passive subject and no target preposition: a job loss."""
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in t.children):
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


def ended(trigger: Trigger) -> Trigger:
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
    elif trigger.type in COOPERATIVE:
        kind, mode = "SANCTION", f"end-{trigger.type.lower()}"
    else:
        return trigger
    return Trigger(t, trigger.start, trigger.end, kind, mode, True)


def stands_alone(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a trigger is an event even when no actor fills a role ("the explosion killed 12")."""
    if trigger.type not in MATERIAL:
        return False  # a statement without a named speaker or addressee says nothing
    compound = trigger.start < trigger.token.idx  # "peace talks", "air support"
    return compound or trigger.token.lemma_.lower() not in lexicon.needs_argument
