"""Whether a phrase stands for people: the test of rules that need someone, not a thing.

"hit" is an attack only on people ("hit a record" is none), "fire" a dismissal only of a person,
"release" an event only of someone ("released photos" is none), and a verb of motion a journey
only of someone ("aid reached Yemen" is none). One reading serves them all: a pronoun for people,
a noun for people or for what someone is or does, a count of them, or an actor found there.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.actors.words import actor_words
from kg.events._syntax import prep_objects
from kg.events.actor_index import ActorIndex
from kg.events.fillers import actors, person_noun
from kg.events.lexicon import Lexicon, word_classes
from kg.model import ActorRef, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ANY_ACTOR", "PEOPLE", "may_be_someone", "own_actors", "people_word", "someone"]

PEOPLE = frozenset({ActorType.PERSON, ActorType.GROUP})
ANY_ACTOR = frozenset(ActorType)  # "released the hostages", "recognised Kosovo"
_ENTITY_LABELS = {  # spaCy's label of a name of each kind the index may have missed
    ActorType.PERSON: "PERSON",
    ActorType.GROUP: "NORP",
    ActorType.ORGANISATION: "ORG",
    ActorType.COUNTRY: "GPE",
}


def someone(
    head: Token, lexicon: Lexicon, index: ActorIndex, kinds: Collection[ActorType] = PEOPLE
) -> bool:
    """Whether the phrase of *head* denotes people, or actors of *kinds*: a personal pronoun, a
    noun for people ("the hostages", "the coach"), a count of them ("hundreds of refugees"), the
    noun a relative pronoun stands for, or an actor of *kinds* at the head or named in the phrase
    (an unnamed participant only as the head: "photos of the suspects" are photos)."""
    head = _antecedent(head) or head
    if _counts(head):
        return any(someone(o, lexicon, index, kinds) for o in prep_objects(head, {"of"}))
    found = index.at(head)
    return (
        people_word(head, lexicon)
        or head.ent_type_ in {_ENTITY_LABELS.get(k) for k in kinds}
        or (found is not None and found.type in kinds)
        or any(
            a.type in kinds and a.mention.ner_label != "PARTICIPANT"
            for a in own_actors(head, index)
        )
    )


def own_actors(head: Token, index: ActorIndex) -> list[ActorRef]:
    """The actors the phrase of *head* names (:func:`kg.events.fillers.actors`), less its
    possessor's when the head itself is no actor: "his organization", "their vessels" are a
    thing of someone's, not someone ("Russia's troops" are troops, and Russia's)."""
    found = actors(head, index)
    if index.at(head) is not None:
        return found
    owners = {a.actor for c in head.children if c.dep_ == "poss" for a in actors(c, index)}
    return [a for a in found if a.actor not in owners]


def may_be_someone(head: Token, lexicon: Lexicon, index: ActorIndex) -> bool:
    """Whether a phrase no actor was found for may still be someone: :func:`someone`, or any
    word but a common noun (a name the index missed, a pronoun): only a noun for a thing is
    surely none ("aid reached Yemen", "remnants which had plunged into the basement")."""
    head = _antecedent(head) or head
    return head.pos_ != "NOUN" or someone(head, lexicon, index)


def _antecedent(t: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the coach, who was fired"), or None."""
    if t.lower_ not in word_classes().relative_pronouns:
        return None
    clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
    return None if clause is None else clause.head


def _counts(t: Token) -> bool:
    """Whether *t* is a noun of number whose of-phrase says of what ("hundreds of families")."""
    counts = actor_words().count_nouns | actor_words().quantity_words  # plurals: "hundreds"
    return t.pos_ == "NOUN" and (t.lower_ in counts or t.lemma_.lower() in counts)


def people_word(t: Token, lexicon: Lexicon) -> bool:
    """Whether *t* itself is a word for people: a personal pronoun, a noun for people
    (``human_nouns``), for a person (:func:`kg.events.fillers.person_noun`: "the spokesman",
    "his mother") or for a trade ("an accountant")."""
    lemma = t.lemma_.lower()
    return (
        t.lower_ in word_classes().personal_pronouns
        or lemma in lexicon.human_nouns
        or person_noun(t)
        or lemma in actor_words().occupations
    )
