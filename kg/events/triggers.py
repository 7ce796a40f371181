"""Event triggers: the lexicon words that name an event, and the spurious uses to drop."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.events._syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    clause_subject,
    is_passive,
    line_bounds,
    line_text,
    of_line,
    prep_objects,
    starts_line,
    unstopped,
)
from kg.events.actor_index import ActorIndex
from kg.events.lexicon import (
    COOPERATIVE,
    HOSTILE,
    MATERIAL,
    VIOLENT,
    Lexicon,
    Sense,
    WordClasses,
    word_classes,
)
from kg.events.people import ANY_ACTOR, people_word, someone
from kg.model import ActorType, PloverType
from kg.parsed import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Trigger",
    "ended",
    "find_triggers",
    "is_spurious",
    "mishap",
    "stands_alone",
]

_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_NAMES = {"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"}


@dataclass
class Trigger:
    """A word (or words) of the text that names an event: its head token, character span,
    PLOVER type and mode, and whether it is an event noun rather than a verb."""

    token: Token
    start: int  # character offsets in the document, end exclusive
    end: int
    type: PloverType
    mode: str | None
    nominal: bool
    cameo: str | None = None  # known only from CAMEO: "verb" (needs a source and a target) or
    # "pattern" (the verb with its object or preposition; needs a source)

    @classmethod
    def of(cls, token: Token, start: int, end: int, sense: Sense, nominal: bool) -> Trigger:
        """The trigger *token* (spanning *start* to *end*) makes in the lexicon's *sense*."""
        return cls(token, start, end, sense.type, sense.mode, nominal)


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """Every lexicon word of *doc* used as an event word, longest match first: verbs with their
    particle, preposition or object ("take over", "call for", "took to the streets"), event
    nouns and compounds ("air strike"), adjectives ("found dead"), and capitalised event words
    of headings and sentence starts."""
    found = []
    heads = _compound_heads(lexicon)
    text = doc_text(doc)
    for t in doc:
        pos = t.pos_
        if (
            not t.whitespace_
            and text.startswith("-", t.idx + len(t))  # _hyphenated's "-" token, at least
            and (hyphen := _hyphenated(t, lexicon)) is not None
        ):
            found.append(hyphen)
        elif pos == "VERB" and t.dep_ != "aux":
            lemma = t.lemma_.lower()
            children = list(t.children)
            particle = next((c for c in children if c.dep_ == "prt"), None)
            obj = next((c for c in children if c.dep_ in OBJECTS), None)
            prep = next(
                (
                    c
                    for c in children
                    if c.dep_ == "prep"
                    and c.i > t.i  # "For each business, call the workers": no "call for"
                    and f"{lemma} {c.lower_}" in lexicon.particles
                    and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children)
                ),
                None,
            )
            idiom = _idiom(t, lexicon)
            if idiom is not None:
                found.append(idiom)
            elif particle is not None and f"{lemma} {particle.lower_}" in lexicon.particles:
                sense = lexicon.particles[f"{lemma} {particle.lower_}"]
                end = max(t.idx + len(t), particle.idx + len(particle))
                found.append(Trigger.of(t, min(t.idx, particle.idx), end, sense, False))
            elif prep is not None and particle is None:
                sense = lexicon.particles[f"{lemma} {prep.lower_}"]
                found.append(Trigger.of(t, t.idx, t.idx + len(t), sense, False))
            elif obj is not None and f"{lemma} {obj.lemma_.lower()}" in lexicon.particles:
                sense = lexicon.particles[f"{lemma} {obj.lemma_.lower()}"]
                found.append(Trigger.of(t, t.idx, obj.idx + len(obj), sense, False))
            elif particle is not None and lemma in lexicon.needs_argument:
                continue  # "back down", "called her in": the particle changes the sense
            elif lemma in lexicon.verbs:
                sense = _object_pattern(t, lexicon) or lexicon.verbs[lemma]
                found.append(Trigger.of(t, t.idx, t.idx + len(t), sense, False))
            elif lemma in word_classes().reporting_verbs and _obligation(t, lexicon):
                # "Russia said Sudan must return the helicopter": a demand, not a report
                found.append(Trigger(t, t.idx, t.idx + len(t), PloverType.DEMAND, None, False))
            elif (cameo := _cameo(t, particle, lexicon)) is not None:
                found.append(cameo)
        elif pos == "ADJ" and t.lower_ in lexicon.nouns and t.dep_ in {"acomp", "oprd", "amod"}:
            sense = lexicon.nouns[t.lower_]  # "three people were found dead"
            # before a noun only a death is an event ("the dead soldiers"), no other adjective
            # ("the fifth offensive play", "offensive remarks")
            if t.dep_ != "amod" or (t.head.pos_ == "NOUN" and t.lower_ in lexicon.death_words):
                found.append(Trigger.of(t, t.idx, t.idx + len(t), sense, False))
        elif pos == "ADJ" and t.lower_ in lexicon.nouns and _nominalized(t):
            sense = lexicon.nouns[t.lower_]  # "two of them were among the dead"
            found.append(Trigger.of(t, t.idx, t.idx + len(t), sense, True))
        elif (
            pos == "PROPN"
            and _may_fold(t, lexicon)
            and (folded := _case_folded(t, lexicon)) is not None
        ):
            found.append(folded)
        elif (
            pos in {"NOUN", "PROPN"}
            and not t.ent_type_
            and ((lemma := t.lemma_.lower()) in heads or lemma in lexicon.nouns
                 or t.lower_ in lexicon.nouns)
            and not _hyphen_head(t)
        ):
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
                sense = lexicon.compounds[f"{modifier.lemma_.lower()} {lemma}"]
                found.append(Trigger.of(t, modifier.idx, t.idx + len(t), sense, True))
            elif lemma in lexicon.nouns or t.lower_ in lexicon.nouns:
                sense = lexicon.nouns.get(lemma) or lexicon.nouns[t.lower_]
                found.append(Trigger.of(t, t.idx, t.idx + len(t), sense, True))
    return _outermost(found)


def _compound_heads(lexicon: Lexicon) -> frozenset[str]:
    """Every word that may end a key of ``lexicon.compounds`` after a space: the only nouns
    a modifier may make a compound event of."""
    return frozenset(key[n + 1 :] for key in lexicon.compounds
                     for n, c in enumerate(key) if c == " ")


def _may_fold(t: Token, lexicon: Lexicon) -> bool:
    """Whether :func:`_case_folded` may find an event in the proper noun *t*: capitalised, not
    all capitals, and in lower case an event noun or a lexicon verb's third person; the only
    words whose sentence and line it reads."""
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    word = t.lower_
    return word in lexicon.nouns or (word.endswith("s") and (
        word[:-1] in lexicon.nouns or word[:-1] in lexicon.verbs or word[:-2] in lexicon.verbs
    ))


def _outermost(found: list[Trigger]) -> list[Trigger]:
    """*found* without the triggers inside a longer one: "assassination attempt" is one
    trigger, not also "assassination" inside it. Only the triggers that start at most the
    longest trigger's length before each one are compared with it."""
    if not found:
        return []
    by_start = sorted(found, key=lambda tr: tr.start)
    starts = [tr.start for tr in by_start]
    longest = max(tr.end - tr.start for tr in found)

    def inside(tr: Trigger) -> bool:
        first = bisect_left(starts, tr.start - longest)
        last = bisect_right(starts, tr.start)
        return any(
            tr.end <= o.end and o.end - o.start > tr.end - tr.start for o in by_start[first:last]
        )

    return [tr for tr in found if not inside(tr)]


def _cameo(verb: Token, particle: Token | None, lexicon: Lexicon) -> Trigger | None:
    """A verb the curated lexicon has no sense for, read in PETRARCH2's CAMEO dictionary: a
    pattern of the verb with a preposition and its object, its particle, its object or a
    preposition ("restored relations with"), else the verb alone ("opposed", "contributed").
    Verbs whose sense the readers decide elsewhere (reporting, denying, ending) are left out."""
    lemma = verb.lemma_.lower()
    words = word_classes()
    if lemma in lexicon.verbs or _statement_verb(lemma, words):
        return None
    light = lemma in lexicon.light_verbs  # a pattern only, and one whose object is no event
    # noun: "gave Tanzania a grant", "gave 5 million dollars" (not "gave aid": the noun's)
    patterns = lexicon.cameo_patterns
    objects = [o for o in verb.children if o.dep_ in OBJECTS and _common(o) and not _ranked(o)]
    preps = [p for p in verb.children if p.dep_ == "prep" and p.i > verb.i]
    keys = [
        f"{lemma} {p.lower_} {phrase}" for p in preps for o in p.children
        if o.dep_ == "pobj" and _common(o) for phrase in _noun_phrases(o)
    ]
    keys += [f"{lemma} {particle.lower_}"] if particle is not None and not light else []
    # "found dead": a discovery, whose death word is the event ("chanted death" is a pattern)
    keys += [f"{lemma} {phrase}" for o in objects if not _death_state(o, lexicon)
             for phrase in _noun_phrases(o)]
    sense = next(
        (
            patterns[k]
            for k in keys
            if k in patterns and not (light and k.rsplit(" ", 1)[-1] in lexicon.nouns)
        ),
        None,
    )
    cameo = "verb" if light else "pattern"  # a light verb's pattern needs both actors
    if sense is None and light:
        return None
    if sense is None:
        # a verb with only a preposition ("came to") is as vague as the verb alone
        vague = [f"{lemma} {p.lower_}" for p in preps] + ([lemma] if particle is None else [])
        tables = (patterns, lexicon.cameo_verbs)
        sense = next((t[k] for k in vague for t in tables if k in t), None)
        if sense is None or sense.type not in lexicon.cameo_verb_types:
            return None  # "decided", "considered": too vague alone (see triggers.yaml)
        cameo = "verb"
    start, end = verb.idx, verb.idx + len(verb)
    if particle is not None and f"{lemma} {particle.lower_}" in patterns:
        start, end = min(start, particle.idx), max(end, particle.idx + len(particle))
    return Trigger(verb, start, end, sense.type, sense.mode, False, cameo)


def _ranked(noun: Token) -> bool:
    """Whether *noun* is ranked by a superlative ("form the largest ethnic group", "make up
    the second-biggest party"): a rank among what exists, which says what the subject is, not
    what it made or did (CAMEO's "form group" forms one)."""
    return any(
        w.tag_ in {"JJS", "RBS"} for c in noun.children if c.dep_ in {"amod", "advmod"}
        for w in c.subtree
    )


def _death_state(word: Token, lexicon: Lexicon) -> bool:
    """A death word that tells the state someone was in, no thing acted on ("found dead",
    "discovered dead"): not a noun."""
    return word.lemma_.lower() in lexicon.death_words and word.pos_ not in {"NOUN", "PROPN"}


def _object_pattern(verb: Token, lexicon: Lexicon) -> Sense | None:
    """The sense CAMEO gives a curated verb with this object, when CAMEO's verb alone means
    what the curated lexicon says: "blocked the road" (PROTEST, obstruction), not "blocked
    the convoy"."""
    lemma = verb.lemma_.lower()
    alone = lexicon.cameo_verbs.get(lemma)
    if alone is None or alone.type != lexicon.verbs[lemma].type:
        return None  # CAMEO reads the verb otherwise: its object patterns may not apply
    patterns = lexicon.cameo_patterns
    keys = [f"{lemma} {phrase}" for o in verb.children if o.dep_ in OBJECTS and _common(o)
            for phrase in _noun_phrases(o)]
    return next((patterns[k] for k in keys if k in patterns), None)


def _noun_phrases(noun: Token) -> list[str]:
    """How CAMEO's patterns may name *noun*, the longest first: with the modifiers before it
    as written ("verbal attack" in "a sharp verbal attack", then "attack"), its lemma last."""
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    lemma = noun.lemma_.lower()
    return [" ".join(m.lower_ for m in modifiers[i:]) + f" {lemma}"
            for i in range(len(modifiers))] + [lemma]


def _common(noun: Token) -> bool:
    """Whether a pattern's noun is a common noun, as CAMEO's are: a word of a name is none
    ("launch Research In Motion's BlackBerry" launches no research)."""
    return noun.ent_type_ not in {"ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "FAC"}


def _statement_verb(lemma: str, words: WordClasses) -> bool:
    """A verb whose sense the readers of statements decide (without making the union of the
    classes at every verb)."""
    return (
        lemma in words.reporting_verbs
        or lemma in words.denial_verbs
        or lemma in words.rejecting_verbs
        or lemma in words.ending_verbs
        or lemma in words.accusing_verbs
    )


def _nominalized(t: Token) -> bool:
    """An adjective used as a noun for the people it describes: "the dead", "the injured"."""
    return t.dep_ in {"pobj", "nsubj", "nsubjpass", "dobj"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children
    )


def _idiom(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """A verb, a preposition and its object's lemma that together name an event ("took to the
    streets"), spanning all three."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            key = f"{verb.lemma_.lower()} {prep.lower_} {obj.lemma_.lower()}"
            if obj.dep_ == "pobj" and key in lexicon.particles:
                sense = lexicon.particles[key]
                return Trigger.of(verb, verb.idx, obj.idx + len(obj), sense, False)
    return None


def _title_line(t: Token) -> bool:
    """Whether *t* stands in a title-case headline ("Court Convicts Friend of Bombing Suspect")."""
    return of_line(t, "title", _title_case)


def _title_case(line: str) -> bool:
    line = line.strip()
    content = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return (
        line[:1].isalpha() and len(content) >= 3 and all(w[0].isupper() for w in content)
    )  # a list item ("* U.S. Air Force Security Forces") is no headline


def _case_folded(t: Token, lexicon: Lexicon) -> Trigger | None:
    """An event word spaCy takes for a name because it is capitalized, at the start of a
    sentence or line ("Shootings in Belfast continued") or in a title-case headline ("Court
    Convicts Friend of Boston Bombing Suspect"): looked up in lower case."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or t.ent_type_ in _NAMES:
        return None
    if not (t.is_sent_start or starts_line(t) or _title_line(t)):
        return None
    word = t.lower_
    for noun in (word, word[:-1] if word.endswith("s") else None):
        if noun and noun in lexicon.nouns:
            sense = lexicon.nouns[noun]
            return Trigger.of(t, t.idx, t.idx + len(t), sense, True)
    if _headline_verb(t, lexicon):
        stem = _verb_stem(t.lower_, lexicon) or ""
        t.lemma_ = stem  # spaCy lemmatized it as a name; the rules of the verb read its lemma
        return Trigger.of(t, t.idx, t.idx + len(t), lexicon.verbs[stem], False)
    return None


def _verb_stem(word: str, lexicon: Lexicon) -> str | None:
    """The lexicon verb a third-person singular form inflects ("convicts", "bombs")."""
    for stem in (word[:-1], word[:-2]) if word.endswith("s") else ():
        if stem in lexicon.verbs:
            return stem
    return None


def _headline_verb(t: Token, lexicon: Lexicon) -> bool:
    """Whether a capitalized word in a title-case headline is its finite verb: a third-person
    form of a lexicon verb right after the capitalized subject ("Court Convicts Friend"). A
    death verb may follow a name, or be read into one ("Actor Sam Okoro Dies At 91"): who dies
    is named, and no name ends in "Dies"."""
    if t.pos_ != "PROPN" or t.i == 0 or not _title_line(t):
        return False
    stem = _verb_stem(t.lower_, lexicon)
    death = stem in lexicon.death_words
    if t.ent_type_ and not (death and t.ent_type_ == "PERSON"):
        return False
    before = t.doc[t.i - 1]
    return (
        stem is not None
        and before.pos_ in {"NOUN", "PROPN"}
        and (not before.ent_type_ or (death and before.ent_type_ == "PERSON"))
        and before.text[:1].isupper()
        and "\n" not in before.whitespace_
    )


def _obligation(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a reporting verb's complement says what someone else must or should do."""
    return any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in word_classes().deontic_aux for a in c.children)
        and any(a.dep_ in SUBJECTS | PASSIVE_SUBJECTS for a in c.children)
        and not _state_of_a_thing(c, lexicon)
        for c in verb.children
    )


def _state_of_a_thing(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause of "be" says how a thing should be ("said the situation should be back
    to normal", "it shouldn't be this expensive"): a forecast or a judgment, no one's act; not
    a person's or a named actor's ("Israel must be careful")."""
    subject = next((a for a in clause.children if a.dep_ in SUBJECTS), None)
    return (
        clause.lemma_ == "be"
        and subject is not None
        and subject.pos_ in {"NOUN", "PRON"}
        and not subject.ent_type_
        and not people_word(subject, lexicon)
    )


def _hyphen_head(t: Token) -> bool:
    """Whether *t* begins a hyphenated modifier ("war-torn", "attack-prone"): no event."""
    doc = t.doc
    return (t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].text == "-") or (
        t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    )


def _hyphenated(t: Token, lexicon: Lexicon) -> Trigger | None:
    """A hyphenated event noun spaCy splits into three tokens ("face-off", "shoot-out")."""
    if t.whitespace_:  # first: most words have a space after them, and doc[i] makes a Token
        return None
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != "-" or doc[t.i + 1].whitespace_:
        return None
    last = doc[t.i + 2]
    word = f"{t.lower_}-{last.lower_}"
    if word not in lexicon.nouns:
        return None
    span = doc[t.i : t.i + 3]
    sense = lexicon.nouns[word]
    return Trigger.of(span.root, t.idx, last.idx + len(last), sense, True)


def is_spurious(trigger: Trigger, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Lexicon words used in a sense or a construction that is no event of their own."""
    t = trigger.token
    lemma = t.lemma_.lower()
    objects = [c for c in t.children if c.dep_ in OBJECTS]
    if trigger.nominal:
        if t.dep_ == "compound" and trigger.end <= t.head.idx:
            # "war games", "arrest warrants"; kept: "the bombing suspect", "the death toll"
            return t.head.lemma_.lower() not in lexicon.compound_heads
        if t.dep_ in {"oprd", "attr"} and t.head.lemma_.lower() in lexicon.naming_verbs:
            return True  # "what Macron called an attack": a name for an event told elsewhere
        if any(
            c.dep_ in {"compound", "amod", "nmod"}
            and f"{c.lemma_.lower()} {lemma}" in lexicon.non_event_compounds
            for c in t.children
        ):
            return True  # "a campaign rally", "a travel warning", "a bidding war"
        if _heading(t, lexicon):
            return True  # "* 2014 Bagram Airfield bombing", "Collapsed ceasefire"
        if lemma == "charge" and t.dep_ == "pobj" and t.head.lower_ == "in":
            return True  # "the agent in charge of the office"
        if lemma == "call" and not _calls_for(t, lexicon):
            return True  # "a call was made from that room": a telephone call, no demand
    elif t.pos_ == "VERB":
        if t.dep_ == "amod":
            return True  # "a convicted recruiter": a description of someone, not an act here
        if lemma in lexicon.naming_verbs and any(
            c.dep_ == "oprd" and c.ent_type_ not in {"DATE", "TIME"} for c in t.children
        ):
            return True  # "called the explosion an attack"
        if lemma == "fire" and _dismissal(t, index, lexicon):
            return True  # "they would fire me", "she was fired"
        if lemma in lexicon.intransitive_only and any(
            c.dep_ in OBJECTS | {"ccomp", "xcomp"} for c in t.children
        ):
            return True  # "demonstrated the new software", "demonstrated how it works"
        if (
            lemma in lexicon.needs_actor_object
            and objects
            and not any(
                someone(o, lexicon, index, kinds=ANY_ACTOR)
                or o.lemma_.lower() in lexicon.nouns
                or o.lemma_.lower() in lexicon.action_nouns
                for o in objects
            )
        ):
            return True  # "released photos", "accepted responsibility"
        if trigger.mode == "agreement" and _signs_a_document(objects, lexicon):
            return True  # "sign a form", "signed the bill into law"
        if lemma in lexicon.needs_actor_object | lexicon.admission_verbs and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in t.children
        ):
            return True  # "conceded that there is a shortage": a statement
        if trigger.type == PloverType.REJECT and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.comment_verbs for c in t.children
        ):
            return True  # "refused to comment"
        if lemma in lexicon.warning_verbs and not objects and _possibility(t):
            return True  # "the UN warned that fighting could displace thousands": a prediction
        if _reflexive(trigger, objects, lexicon):
            return True  # "how he would support himself", "killed himself"
        if lemma in lexicon.needs_person_object and (
            not any(someone(o, lexicon, index) for o in objects)
            or _accident(t, lexicon)
            or _measure(t, lexicon)
        ):
            return True  # "hit a record", "was hit hard", "hit them with sanctions"
        if lemma in lexicon.needs_assailant and not _by_assailant(t, lexicon):
            return True  # "the bus crashed into a wall"
        if _detonation(t, lexicon) and not _explosive_set_off(t, lexicon):
            return True  # "set off a debate", "touched off riots", "set off the alarm"
        if lemma in lexicon.needs_complement and not any(
            (c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children))
            or (c.dep_ == "prep" and c.lower_ == "for" and c.i > t.i)
            for c in t.children
        ):
            return True  # "'Who was it?' he asked", "asked a question"
        if lemma in lexicon.pursuit_verbs and not _pursuit(t, lexicon):
            return True  # "rescuers searched for survivors"
        if t.tag_ == "VBZ" and _headline_noun(t):
            return True  # "Calls for calm" as a heading
    if (
        trigger.nominal
        and t.dep_ == "pobj"
        and t.head.lower_ in lexicon.charge_preps
        and t.head.head.lemma_.lower() in lexicon.charge_heads
    ):
        return True  # "charged with treason", "sentenced to death": not (yet) an act
    if trigger.type in HOSTILE and trigger.mode != "firearms" and _game(t, lexicon):
        return True
    if trigger.mode != "firearms" and _contest(t, index, lexicon):
        return True  # "the battle for Teixeira", "fighting for a playoff spot"
    if trigger.mode == "firearms" and t.pos_ == "VERB" and _scored(t, lexicon):
        return True  # "the Jays shot 46.7 percent", "Woods shot 68 in the first round"
    if trigger.mode == "injury" and _ailment(t, lexicon):
        return True  # "Bush suffered a left knee injury", "Thomas hurt his ankle"
    if trigger.mode == "destroy" and mishap(trigger, lexicon):
        return True  # "the quake destroyed 800 homes": damage no one did
    if trigger.type in VIOLENT:
        return (
            _natural_cause(t, lexicon)
            or _fatal_fall(t, lexicon)
            or (trigger.mode != "killing" and mishap(trigger, lexicon))
        )
    return False


def _signs_a_document(objects: list[Token], lexicon: Lexicon) -> bool:
    """Whether what is signed is only a document that binds no parties to each other (a form,
    a law, a petition), not an agreement, a contract or a person signed on."""
    return bool(objects) and all(o.lemma_.lower() in lexicon.document_nouns for o in objects)


def _contest(t: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Whether a word of fighting tells a contest: a fight for a prize of competition or for a
    person ("fighting for a playoff spot", "the battle for Teixeira": a team's for a player),
    or one of play ("the turnover battle"). "The battle for Mosul" is fought for a place."""
    if t.lemma_.lower() not in lexicon.play_verbs:
        return False
    play = lexicon.competition_nouns | lexicon.game_nouns
    if any(c.dep_ == "compound" and c.lemma_.lower() in play for c in t.children):
        return True
    for prize in prep_objects(t, {"for"}):
        words = [prize, *(c for c in prize.children if c.dep_ in {"compound", "amod"})]
        found = index.at(prize)
        if any(w.lemma_.lower() in play for w in words) or (
            found is not None and found.type == ActorType.PERSON
        ):
            return True
    return False


def _scored(t: Token, lexicon: Lexicon) -> bool:
    """Whether a shooting verb tells a score: a rate ("shot 46.7 percent from the field",
    "shooting 51 percent") or a number in digits in a sentence of competition ("shot 68 in
    the first round"); "police shot two" shot people."""
    for c in t.children:
        if c.dep_ not in OBJECTS | {"npadvmod"}:
            continue
        if c.lemma_.lower() in lexicon.rate_nouns and any(n.like_num for n in c.children):
            return True
        if c.dep_ in OBJECTS and c.tag_ == "CD" and c.text[:1].isdigit() and any(
            w.lemma_.lower() in lexicon.competition_nouns for w in t.sent
        ):
            return True
    return False


def _ailment(t: Token, lexicon: Lexicon) -> bool:
    """Whether an injury word is named by the part of the body it hurt, with no one who did it
    and no other act of violence in its sentence ("suffered head injuries in the blast" is the
    blast's): a noun of the part ("a left knee injury") or a verb whose subject hurt its own
    ("Thomas hurt his ankle"; not "the rebels injured his leg")."""
    if t.pos_ in {"NOUN", "PROPN"}:
        named = any(
            c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in lexicon.body_parts
            for c in t.children
        )
    else:
        subject, _ = clause_subject(t)
        named = any(
            c.dep_ in OBJECTS and c.lemma_.lower() in lexicon.body_parts and _own(c, subject)
            for c in t.children
        )
    return named and not _agents(t) and not any(
        w.i != t.i and _violent_word(w, lexicon) for w in t.sent
    )


def _own(part: Token, subject: Token | None) -> bool:
    """Whether *part* is the subject's own ("hurt his knee" after "Thomas", "their" after
    "they" or a plural): its possessive pronoun agrees with the subject in number."""
    owner = next((c for c in part.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None or subject is None:
        return False
    number = subject.morph.get("Number", [])
    return bool(number) and owner.morph.get("Number", []) == number


def _violent_word(w: Token, lexicon: Lexicon) -> bool:
    """Whether *w* is a lexicon verb or noun of violence other than an injury."""
    table = lexicon.verbs if w.pos_ == "VERB" else lexicon.nouns if w.pos_ == "NOUN" else {}
    sense = table.get(w.lemma_.lower())
    return sense is not None and sense.type in VIOLENT and sense.mode != "injury"


def mishap(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a violence trigger tells harm a natural disaster or an accident did, no one's act
    ("killed in the earthquake", "the flood killed 40", "died in a car crash", "killed by a
    hit-and-run driver", "killed when their car crashed"); not with a doer who is neither a
    disaster, an accident nor a vehicle or its driver ("rebels killed 12 during the storm")."""
    if trigger.type not in VIOLENT and trigger.mode != "destroy":
        return False
    t = trigger.token
    subject, passive = clause_subject(t)
    doers = _agents(t)
    if subject is not None and not passive:
        doers += [d for d in [_standing_for(subject, t)] if d is not None]
    if _accidental(t, lexicon) and all(d.lemma_.lower() in lexicon.explosive_nouns for d in doers):
        return True  # "the device detonated accidentally"; "police accidentally shot" is theirs
    harm = lexicon.disasters | lexicon.accidents
    if doers:  # by its head ("a car bomb" is no car); an armed driver is an attacker
        heads = {d.lemma_.lower() for d in doers}
        return bool(heads & harm) or (
            trigger.mode in lexicon.unarmed_modes | {None} and bool(heads & lexicon.traffic_nouns)
        )
    causes = _causes(t, lexicon, lexicon.cause_preps | lexicon.disaster_preps)
    return _any_of(causes, harm) or any(_accidental(c, lexicon) for c in causes) or any(
        c.dep_ == "advcl"
        and (
            (c.lemma_.lower() in lexicon.accident_verbs and not _by_assailant(c, lexicon))
            or _any_of([s for s in [clause_subject(c, frozenset())[0]] if s is not None], harm)
        )
        for c in t.children
    )


def _accidental(t: Token, lexicon: Lexicon) -> bool:
    """Whether *t* is said to have happened by accident ("detonated accidentally", "an
    accidental explosion", "shot by accident"): a mishap, however violent its word."""
    return any(
        (c.dep_ in {"amod", "advmod"} and c.lower_ in lexicon.accident_words)
        or (
            c.dep_ == "prep"
            and c.lower_ == "by"
            and any(o.lemma_.lower() in lexicon.accidents for o in c.children)
        )
        for c in t.children
    )


def _agents(t: Token) -> list[Token]:
    """The by-phrases that tell who or what did *t*: its own, else one its coordinated
    passives share ("five were killed, 250 injured and 800 homes destroyed by the temblors"),
    else that of the passive clause an "-ing" adjunct hangs on ("Aceh was hit by the quake,
    killing 170,000")."""
    own = _agent_objects(t)
    if own:
        return own
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "advcl" and first.tag_ == "VBG" and is_passive(first.head):
        return _agent_objects(first.head)
    if not is_passive(t) and not (t.dep_ == "conj" and is_passive(first)):
        return []
    coordinated = [w for w in first.subtree if w.i == first.i or w.dep_ == "conj"]
    return [
        p
        for w in coordinated
        for v in (w, *(a for a in w.children if a.dep_ == "acl" and a.tag_ == "VBN"))
        for p in _agent_objects(v)
    ]


def _agent_objects(verb: Token) -> list[Token]:
    """The objects of *verb*'s by-phrase."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _standing_for(subject: Token, verb: Token) -> Token | None:
    """The noun a subject stands for when it is no noun of its own: a relative pronoun's
    antecedent ("the quake, which struck"), what a counting noun counts ("a series of
    earthquakes"), a subject "it"'s nearest subject noun in the sentence before or earlier in
    its own ("A quake hit Iran. It killed 612 people"); None for a relative pronoun with no
    antecedent or an "it" with none."""
    words = word_classes()
    if subject.lower_ in words.relative_pronouns:
        return verb.head if verb.dep_ == "relcl" else None
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        return _subject_before(subject)
    if subject.lemma_.lower() in words.series_nouns:
        return next(iter(prep_objects(subject, {"of"})), subject)
    return subject


def _subject_before(pronoun: Token) -> Token | None:
    """The last noun subject before *pronoun* in its sentence, else the first one of the
    sentence before it (the topic a following "it" most often continues)."""
    own = [w for w in pronoun.sent if w.i < pronoun.i and _noun_subject(w)]
    if own:
        return own[-1]
    start = pronoun.sent.start
    if start == 0:
        return None
    return next((w for w in pronoun.doc[start - 1].sent if _noun_subject(w)), None)


def _noun_subject(w: Token) -> bool:
    """Whether *w* is a clause subject that is a noun."""
    return w.dep_ in SUBJECTS | PASSIVE_SUBJECTS and w.pos_ in {"NOUN", "PROPN"}


# two numbers of at most three digits with a dash between ("20-13", "65 - 53,", "91-73."), not
# a range of a larger or decimal number, a date or a time ("1,000-2,000", "2012-01-05")
_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3} ?[-–] ?\d{1,3}(?![\d%]|[.,:/-]\d)")


def _game(t: Token, lexicon: Lexicon) -> bool:
    """A move in a game, no assault or coercion: a verb of winning with a score or a noun of
    competition in its sentence ("the Colts beat the Chiefs 20-13", "reached the quarterfinal
    by beating Bradley"), a verb of play with a score in its sentence ("fought back from 14-0"),
    or a hostile verb whose object is played with ("blocked six shots")."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if any(c.dep_ in OBJECTS and c.lemma_.lower() in lexicon.game_nouns for c in t.children):
        return True
    if lemma not in lexicon.contest_verbs | lexicon.play_verbs:
        return False
    if _SCORE.search(t.sent.text) is not None:
        return True
    return lemma in lexicon.contest_verbs and any(
        w.lemma_.lower() in lexicon.competition_nouns for w in t.sent
    )


def _fatal_fall(t: Token, lexicon: Lexicon) -> bool:
    """A death by falling ("fell to their deaths", "plunged to his death"): an accident or a
    suicide, no assault; who drove them to it is another event."""
    return (
        t.lemma_.lower() == "death"
        and t.dep_ == "pobj"
        and t.head.lower_ == "to"
        and t.head.head.lemma_.lower() in lexicon.fall_verbs
    )


def _possibility(warn: Token) -> bool:
    """Whether what a warning says is only possible ("warned that fighting could displace
    thousands", "Iran could retaliate, analysts warned"), not what the warner will do."""
    clauses = [c for c in warn.children if c.dep_ in {"ccomp", "parataxis"}]
    if warn.dep_ in {"parataxis", "ccomp"} and warn.head.i < warn.i:
        clauses.append(warn.head)  # the warning told after what it warns of
    possible = word_classes().possibility_aux
    return any(
        c.dep_ == "aux" and c.lower_ in possible for clause in clauses for c in clause.children
    )


def _calls_for(t: Token, lexicon: Lexicon) -> bool:
    """Whether a "call" noun asks for something ("calls for calm", "a call on Egypt to act",
    "a call to end the fighting"), also when the parser hangs the "for" on the verb."""
    after = t.right_edge.i + 1
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in lexicon.call_preps
            and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children)
        )
        or (c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children))
        for c in t.subtree
    ) or (after < len(t.doc) and t.doc[after].lower_ in lexicon.call_preps)


def _reflexive(trigger: Trigger, objects: list[Token], lexicon: Lexicon) -> bool:
    """An act on oneself: no cooperation with anyone ("support himself", "allowed herself") and
    no assault by anyone ("shot himself"); a surrender or a suicide bombing still counts."""
    if not any(o.lower_ in word_classes().reflexive_pronouns for o in objects):
        return False
    return trigger.type in COOPERATIVE - {PloverType.RETREAT} or (
        trigger.token.lemma_.lower() in lexicon.self_harm_verbs
        and trigger.start == trigger.token.idx
        and trigger.end == trigger.token.idx + len(trigger.token)
    )


def _accident(verb: Token, lexicon: Lexicon) -> bool:
    """Whether *verb*'s subject is a vehicle or driver ("a car hit a pedestrian", "the driver
    who hit her"): an accident, no attack."""
    subject, _ = clause_subject(verb)
    if subject is not None and subject.lower_ in word_classes().relative_pronouns and (
        verb.dep_ == "relcl"
    ):
        subject = verb.head  # "the driver who hit her"
    return subject is not None and subject.lemma_.lower() in lexicon.traffic_nouns


def _measure(t: Token, lexicon: Lexicon) -> bool:
    """Whether a verb acts "with" a measure that is an event of another type, not a weapon
    ("hit 13 officials with sanctions", "with tariffs")."""
    return any(
        p.lemma_.lower() in lexicon.measure_nouns
        or (
            p.lemma_.lower() in lexicon.nouns
            and lexicon.nouns[p.lemma_.lower()].type != PloverType.ASSAULT
        )
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _by_assailant(t: Token, lexicon: Lexicon) -> bool:
    """Whether the subject of *t*, or a noun it hangs from in a misparse ("a bomber riding a
    motorcycle crashed into"), is an assailant."""
    subject, _ = clause_subject(t)
    candidates = [subject] if subject is not None else []
    node = t
    for _ in range(4):
        if node.dep_ not in {"acl", "relcl", "dobj", "pobj", "prep"} or node.head == node:
            break
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"}:
            candidates.append(node)
    return any(
        w.lemma_.lower() in lexicon.assailant_nouns
        for c in candidates
        for w in (c, *(m for m in c.children if m.dep_ == "compound"))
    )


def _pursuit(t: Token, lexicon: Lexicon) -> bool:
    """Whether a search or hunt is law enforcement's, or for a wanted person."""
    subject, _ = clause_subject(t)
    sought = [c for c in t.children if c.dep_ in OBJECTS] + [
        p for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
    ]
    return (subject is not None and subject.lemma_.lower() in lexicon.pursuers) or any(
        o.lemma_.lower() in lexicon.wanted_nouns for o in sought
    )


def _headline_noun(t: Token) -> bool:
    """A plural noun opening a heading that spaCy takes for a verb ("Calls for calm"): the
    first word of a line without final punctuation, with no subject."""
    if not starts_line(t) or any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in t.children):
        return False
    return unstopped(line_text(t, start=t.idx))


def _dismissal(t: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """ "fire" of a person with no target preposition: a job loss ("fired the coach on Monday":
    a date is no target). The person may be the object, the passive subject, the antecedent of a
    relative clause ("the coach, who was fired") or the subject of a passive verb it is
    coordinated with ("was hired and fired"), unless that verb is violence ("was shot and
    fired back"). Fired "from" something, a person's "at" tells where ("who was fired from his
    job at a firm")."""
    left = any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
    if any(
        c.dep_ == "prep"
        and c.lower_ in word_classes().target_preps
        and all(o.ent_type_ not in {"DATE", "TIME"} for o in c.children if o.dep_ == "pobj")
        and not (left and c.lower_ == "at" and any(o.dep_ == "pobj" for o in c.children))
        for c in t.children
    ):
        return False  # "fired at the convoy", "the officer who was fired upon"
    return any(someone(p, lexicon, index) for p in _fired(t, lexicon))


def _fired(t: Token, lexicon: Lexicon) -> list[Token]:
    """Who "fire" acts on: its object or passive subject, the antecedent of a relative pronoun
    among them, or else a coordinated passive verb's subject."""
    people = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
    relative = word_classes().relative_pronouns
    if t.dep_ == "relcl" and any(p.lower_ in relative for p in people):
        people.append(t.head)  # "Cheeks, who was fired March 2"
    if (
        not people
        and t.dep_ == "conj"
        and not any(c.dep_ in SUBJECTS for c in t.children)
        and not ((sense := lexicon.verbs.get(t.head.lemma_.lower())) and sense.type in VIOLENT)
    ):
        people = [c for c in t.head.children if c.dep_ == "nsubjpass"]  # "was hired and fired"
    return people


def _detonation(t: Token, lexicon: Lexicon) -> Token | None:
    """The particle that makes *t* a verb of detonation ("set off", "touched off"), or None."""
    lemma = t.lemma_.lower()
    return next(
        (
            c
            for c in t.children
            if c.dep_ in {"prt", "prep"} and f"{lemma} {c.lower_}" in lexicon.detonation_particles
        ),
        None,
    )


def _explosive_set_off(t: Token, lexicon: Lexicon) -> bool:
    """Whether what a verb of detonation sets off is an explosive: its object, passive subject
    (or that one's antecedent: "the bomb that was set off") or the object of its particle read as
    a preposition, or a word compounded with it ("a car bomb", "an explosive device")."""
    particle = _detonation(t, lexicon)
    things = [c for c in t.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    things += [c for c in particle.children if c.dep_ == "pobj"] if particle is not None else []
    if t.dep_ == "relcl" and any(
        c.lower_ in word_classes().relative_pronouns for c in things
    ):
        things.append(t.head)
    return any(
        w.lemma_.lower() in lexicon.explosive_nouns
        for c in things
        for w in (c, *(m for m in c.children if m.dep_ in {"compound", "amod"}))
    )


def _natural_cause(t: Token, lexicon: Lexicon) -> bool:
    """A death or harm from illness or other non-human causes ("died of the disease", "deaths
    caused by bacteria", "attack the virus", "a disease to battle", "a heart attack", "the
    fight against cancer", "deaths that were the result of complications")."""
    return _any_of(_causes(t, lexicon, lexicon.cause_preps), lexicon.natural_causes)


def _any_of(causes: list[Token], words: frozenset[str]) -> bool:
    """Whether a cause or a word compounded with it is one of *words* ("heart attack")."""
    return any(
        w.lemma_.lower() in words or w.lower_ in words
        for c in causes
        for w in (c, *(m for m in c.children if m.dep_ == "compound"))
    )


def _causes(t: Token, lexicon: Lexicon, preps: frozenset[str]) -> list[Token]:
    """What the parse says caused the harm *t* tells: the object of one of *preps* ("died of
    the disease"), an agent or the subject ("the storm killed 12"), the noun a clause on *t*
    modifies ("a disease to battle") or the result *t* was ("the result of complications")."""
    causes = []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            causes += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep":
            # "deaths within the hospital caused by bacteria": the parser hangs the cause lower
            causes += [
                p
                for o in c.children
                if o.dep_ == "pobj"
                for a in o.children
                if a.dep_ == "acl" and a.lemma_.lower() == "cause"
                for g in a.children
                if g.dep_ == "agent"
                for p in g.children
                if p.dep_ == "pobj"
            ]
        elif c.dep_ in {"agent", "acl"}:
            causes += [p for a in (c, *c.children) for p in a.children if p.dep_ == "pobj"]
        elif c.dep_ in {"dobj", "compound"}:
            causes.append(c)
        elif c.dep_ == "nsubj" and t.pos_ == "VERB":
            causes.append(c)  # "the storm killed 12", "the virus claimed nine lives"
    if t.dep_ in {"relcl", "acl"}:
        causes.append(t.head)  # "a disease to battle"
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "to":
        causes.append(t.head.head)  # "no disease to battle", parsed as a prepositional phrase
    if t.dep_ == "nsubj" and t.head.lemma_.lower() == "be":
        # "the deaths might have been the result of complications from the disease"
        causes += [
            p
            for a in t.head.children
            if a.dep_ == "attr" and a.lemma_.lower() in lexicon.result_nouns
            for prep in a.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    return causes


def _heading(t: Token, lexicon: Lexicon) -> bool:
    """Whether *t* stands in a heading or list item: a line with no finite verb and no final
    punctuation."""

    def heading(line: str) -> bool:
        if not unstopped(line):
            return False
        start = line_bounds(t)[0]
        span = t.doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
        return span is not None and not any(
            w.tag_ in _FINITE_TAGS or _headline_verb(w, lexicon) for w in span
        )

    return of_line(t, f"heading {id(lexicon)}", heading)


def ended(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """The event of ending, lifting or suspending what a trigger noun names (CAMEO 08, 16):
    ending fighting is a ceasefire, lifting a blockade a retreat, lifting a ban or sanctions a
    concession, suspending aid, talks or ties a sanction."""
    t = trigger.token
    if trigger.type == PloverType.ASSAULT:
        event_type, mode = PloverType.RETREAT, "ceasefire"
    elif trigger.type == PloverType.COERCE and trigger.mode in lexicon.ended_restriction_modes:
        event_type, mode = PloverType.RETREAT, f"end-{trigger.mode}"
    elif trigger.type in {PloverType.COERCE, PloverType.SANCTION}:
        event_type, mode = PloverType.CONCEDE, f"end-{trigger.mode or trigger.type.lower()}"
    elif trigger.type in COOPERATIVE:
        event_type, mode = PloverType.SANCTION, f"end-{trigger.type.lower()}"
    else:
        return trigger
    return Trigger(t, trigger.start, trigger.end, event_type, mode, True)


def stands_alone(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a trigger is an event even when no actor fills a role ("the explosion killed 12")."""
    t = trigger.token
    if trigger.nominal and _performed(t, lexicon):
        return True
    if not trigger.nominal and _unnamed_people(t, lexicon):
        return True
    if trigger.type not in MATERIAL:
        return False  # a statement without a named speaker or addressee says nothing
    compound = trigger.start < t.idx  # "peace talks", "air support"
    return compound or t.lemma_.lower() not in lexicon.needs_argument


def _unnamed_people(t: Token, lexicon: Lexicon) -> bool:
    """Whether the subject of an unambiguous event verb is people no name picks out
    ("officials have threatened to cut off supplies"): someone acts, though no actor stands
    for them."""
    subject, passive = clause_subject(t)
    return (
        t.lemma_.lower() not in lexicon.needs_argument
        and subject is not None
        and not passive
        and subject.head == t
        and subject.lemma_.lower() in lexicon.human_nouns
    )


def _performed(t: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun is what a support verb says someone did, named or not ("the
    government issued a ban", "an investigation has been opened", "warnings were given",
    "there were demands for his resignation")."""
    verb = t.head
    if t.lemma_.lower() in lexicon.needs_argument:
        return False  # "there was little support", "will hold a conference call"
    if t.dep_ == "attr" and verb.lemma_.lower() == "be":
        return any(c.dep_ == "expl" for c in verb.children)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    if _bears(verb):
        return False  # "charges that carry the threat of execution": no one made a threat
    if t.dep_ in PASSIVE_SUBJECTS:
        return True
    return t.dep_ in OBJECTS and any(c.dep_ in SUBJECTS for c in verb.children)


def _bears(verb: Token) -> bool:
    """Whether *verb* is "carry" without "out": what it carries is borne ("a charge that
    carries the threat of execution", "carried the risk"), not done ("carried out the attack")."""
    return verb.lemma_.lower() == "carry" and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
