"""Role fillers: the actors an argument phrase names, through names, pronouns and descriptions.

"Russian troops" names Russia and its troops, "he" the person named before, "the terror group"
the organisation the text is about, "Hungarian and Romanian officials" two countries.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.actors.mentions import participant_nouns, participant_sectors
from kg.actors.words import actor_words
from kg.events._syntax import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    clause_subject,
    mention_root,
    prep_objects,
)
from kg.events.actor_index import ActorIndex
from kg.events.lexicon import word_classes
from kg.model import ActorRef, ActorType, Mention, MentionLabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["actors", "listed", "person_noun", "span_actors"]

_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
_IT_TYPES = {ActorType.ORGANISATION, ActorType.COUNTRY, ActorType.GROUP}


def actors(head: Token | None, index: ActorIndex, depth: int = 0) -> list[ActorRef]:
    """Actors an argument head names: itself, its conjuncts, or the names modifying it; a
    person's name in apposition to another's is the next of a list, not the same person."""
    if head is None or depth > 4:
        return []
    found = index.at(head)
    words = word_classes()
    out: list[ActorRef] = []
    if found is not None and found.mention.ner_label == "PARTICIPANT":
        # "Russian troops", "the three soldiers": the phrase fills the role, its name included
        # ("US troops": the troops of the United States act, and so does the country)
        first = head.left_edge
        for w in head.doc[head.left_edge.i : head.i]:
            if "\n" in w.text or "\n" in w.whitespace_:
                first = head.doc[w.i + 1]  # a phrase never runs over a line
        while first.i < head.i and first.dep_ in {"det", "predet"}:
            first = head.doc[first.i + 1]
        last = head
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if after is not None and after.lower_ == "more" and after.dep_ in {"amod", "advmod"}:
            last = after  # "some 130 more were injured", "injuring scores more": the count's
        if first.idx < found.mention.start or last != head:
            filler = _filler(found, first, last, index)
        else:
            filler = found
        out.append(filler)
        out.extend(
            a._replace(mention=filler.mention)  # one span, one mention: the participant's phrase
            for c in head.children
            if c.dep_ in {"compound", "amod", "nmod", "poss"}
            for a in actors(c, index, depth + 1)
            if a.type == ActorType.COUNTRY
        )
    elif found is not None:
        out.append(found)
        for c in head.children:
            other = index.at(c) if c.dep_ == "appos" else None
            if other is not None and other.actor != found.actor and (
                other.type == found.type == ActorType.PERSON
            ):
                out.extend(actors(c, index, depth))  # "killed John Smith, Peter Jones and ..."
            elif c.dep_ in {"appos", "conj"} and _after_semicolon(c):
                # "killed Judge Barnes; a court reporter, Julie Brandau; and ...": the next item
                out.extend(actors(c, index, depth + 1))
    elif (
        head.lower_ in words.relative_pronouns
        and head.dep_ in SUBJECTS | PASSIVE_SUBJECTS
        and head.head.dep_ == "relcl"
    ):
        # "Hugo Chávez, who died in 2013": the relative pronoun stands for the noun it modifies
        noun = _named_by_apposition(head.head.head, index)
        out.extend(_filler(a, head, head, index) for a in actors(noun, index, depth + 1))
    elif head.lower_ in words.it_pronouns and head.pos_ == "PRON":
        bound = [a for a in _bound_antecedent(head, index, _IT_TYPES) if _it_can_name(a, head)]
        salient = None
        if not bound and head.dep_ == "nsubj":
            # "Hamas fired rockets. Later it attacked Sderot.": an actor that was a subject
            salient = index.before(head, _IT_TYPES, subjects=True, only_subjects=True)
        if salient is not None and not _it_can_name(salient, head):
            salient = None
        out.extend(bound or ([_filler(salient, head, head, index)] if salient else []))
    elif head.lower_ in words.first_person_pronouns and head.pos_ == "PRON":
        plural = "Plur" in head.morph.get("Number", [])
        if _quoted(head) and (speaker := _quote_speaker(head, index, plural)) is not None:
            out.append(_filler(speaker, head, head, index))  # "'We will hit them,' X said"
    elif head.lower_ in words.pronoun_types and head.pos_ == "PRON":
        types = words.pronoun_types[head.lower_]
        sex = actor_words().pronoun_sexes.get(head.lower_, "")
        speakers = _quote_speakers(head, index) if _quoted(head) else None
        if speakers is None and (bound := [a for a in _reported_speaker(head, index, types)
                                           if index.sex(a.actor) in {"", sex} or not sex]):
            out.extend(bound)  # "the rebels said they will release him": the rebels' span
        elif (antecedent := index.before(head, types, sex=sex)) is not None:
            if sex and head.dep_ in SUBJECTS | PASSIVE_SUBJECTS and not _reports(head.head):
                antecedent = (
                    _sentence_subject(antecedent, head, index, types, sex, depth) or antecedent
                )
            if not sex and head.dep_ in SUBJECTS and _people_since(antecedent, head, index):
                antecedent = None  # "his mother and father attended. They left": not the crowd
            if antecedent is not None and (speakers is None or antecedent.actor not in speakers):
                out.append(
                    _filler(antecedent, head, head, index)
                )  # the span is "they", the actor theirs
    elif head.lower_ in words.person_roles:
        # "his son", "a friend of Tsarnaev": whose son or friend, not the one the noun names
        # "a Biden adviser": whose adviser
        related = [
            c for c in head.children if c.dep_ in {"poss", "compound", "nmod"}
        ] + prep_objects(head, {"of"})
        owners = {a.mention.start for c in related for a in actors(c, index, depth + 1)}
        out.extend(
            a
            for a in span_actors(head, index)
            if a.mention.start not in owners and a.type == ActorType.PERSON
        )
        if not out and not prep_objects(head, {"of"}):
            out.extend(_country_of_role(head, index))
        elif not out:
            out.extend(_owner_of_role(head, index))
    elif (
        head.lemma_.lower() in words.group_nouns
        and any(c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "appos" for c in head.children)  # "the Basque group ETA"
    ):
        antecedent = index.before(head, {ActorType.ORGANISATION}, subjects=True)
        if antecedent is not None:
            out.append(_filler(antecedent, head.left_edge, head, index))  # "the terror group"
    else:
        # "a Vancouver man was charged", "Tulsa residents fled": people from the place
        by_modifier = [
            [a for a in actors(c, index, depth + 1) if not _from_place(a, c)]
            for c in head.children
            if c.dep_ in _MODIFIERS
        ]
        modifiers = [a for found_here in by_modifier for a in found_here]
        if all(len(found_here) <= 1 for found_here in by_modifier):
            # "six American NATO service members": the actors are the names, the filler the
            # phrase
            first = next(w for w in head.subtree if w.dep_ not in {"det", "predet"})
            out.extend(_filler(a, first, head, index) for a in modifiers)
        else:
            out.extend(modifiers)  # "Hungarian and Romanian officials": each its own name
        # "one of them, William Craig": the name says who, not "them"
        named_beside = any(c.dep_ == "appos" and index.at(c) is not None for c in head.children)
        for c in head.children:
            if c.dep_ in _MODIFIERS:
                continue
            if c.dep_ in {"poss", "appos"}:
                out.extend(actors(c, index, depth + 1))
            elif c.dep_ == "prep" and c.lower_ in words.list_preps:
                for p in c.children:
                    if p.dep_ == "pobj" and not (p.pos_ == "PRON" and named_beside):
                        out.extend(a for a in actors(p, index, depth + 1)
                                   if not _from_place(a, p))  # "a resident of Ashgabat"
            elif c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "such"):
                out.extend(actors(c, index, depth + 1))
    for c in head.children:
        if c.dep_ == "conj":
            out.extend(actors(c, index, depth))
        # "Helmand Province, Afghanistan": the appositive place only situates the first one
    # one actor per span; a country shares its span with its participants ("US troops")
    return list({_span_key(a): a for a in out}.values())


def _named_by_apposition(noun: Token, index: ActorIndex) -> Token:
    """The name *noun* stands in apposition to, when it names an actor ("Salman Abedi, the
    British-Libyan who ...", "Eva, a 17-year-old student who ..."): the appositive and the
    clause on it tell of the named one; else *noun*."""
    if noun.dep_ == "appos" and index.at(noun.head) is not None:
        return noun.head
    return noun


def _it_can_name(ref: ActorRef, it: Token) -> bool:
    """Whether "it" can stand for *ref*: a name or an unnamed participant in the singular ("the
    navy says it fired"), not unnamed people in the plural ("police", "people": they)."""
    if ref.mention.ner_label != MentionLabel.PARTICIPANT:
        return True
    root = mention_root(it.doc, ref.mention)
    return root is not None and root.tag_ in {"NN", "NNP"}


def _country_of_role(head: Token, index: ActorIndex) -> list[ActorRef]:
    """The country, organisation or group an unnamed office holder acts for, with the phrase
    as its mention: "a top U.S. official", "an Argentine judge", "Qatar's emir", "al-Qaeda
    leaders" (CAMEO codes the agent's actor); none for someone's relative or friend ("his
    Saudi wife")."""
    if any(c.dep_ == "poss" and index.at(c) is None for c in head.children):
        return []
    first = next(w for w in head.subtree if w.dep_ not in {"det", "predet"})
    return [
        _filler(found, first, head, index)
        for c in head.children
        if c.dep_ in {"amod", "compound", "nmod", "poss"}
        and (found := index.at(c)) is not None
        and found.type in _OWNER_TYPES
    ][:1]


def _owner_of_role(head: Token, index: ActorIndex) -> list[ActorRef]:
    """The country, organisation or group an unnamed office holder of an of-phrase acts for,
    with the phrase as its mention: "the foreign minister of Japan", "the leader of Hamas"
    (CAMEO codes the agent's actor); none for a person's relative ("the son of Karzai")."""
    first = next(w for w in head.subtree if w.dep_ not in {"det", "predet"})
    return [
        _filler(found, first, obj.right_edge, index)
        for obj in prep_objects(head, {"of"})
        if (found := index.at(obj)) is not None and found.type in _OWNER_TYPES
    ][:1]


_OWNER_TYPES = {ActorType.COUNTRY, ActorType.ORGANISATION, ActorType.GROUP}


def _span_key(a: ActorRef) -> tuple[int, str]:
    """One actor per span, but a participant's phrase also names its country ("US troops")."""
    return a.mention.start, a.actor if a.mention.ner_label == "PARTICIPANT" else ""


def _bound_antecedent(head: Token, index: ActorIndex, types: Collection[str]) -> list[ActorRef]:
    """The actor a subject or possessive "it"/"its" is bound to in its own sentence: the
    subject of a governing clause, when of one of *types* ("Syria says it is willing", "the ILO
    reiterated its demand"), with that subject's mention (the name is in the same sentence).
    Other "it"s are a bomb, a car or a fact far more often than an actor: unresolved."""
    if head.dep_ not in {"nsubj", "nsubjpass", "poss"}:
        return []
    node = head.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if subjects and head not in subjects and head not in subjects[0].subtree:
                found = [a for a in actors(subjects[0], index, 4) if a.type in types]
                return found[:1]
        if node.head.i == node.i:  # the root (spaCy makes a new Token at each access)
            break
        node = node.head
    return []


def _quoted(t: Token) -> bool:
    """Whether *t* stands inside a direct quotation: after an opening quotation mark of its
    line not yet closed (a quote of several paragraphs opens each one anew). The parser splits
    a "``" into two backquotes."""
    words = word_classes()
    inside = False
    i = t.i - 1
    marks = []
    while i >= 0 and "\n" not in t.doc[i].text and "\n" not in t.doc[i].whitespace_:
        marks.append(t.doc[i].text)
        i -= 1
    marks.reverse()
    for k, mark in enumerate(marks):
        paired = "`" in marks[k - 1 : k] + marks[k + 1 : k + 2]
        if mark in words.opening_quotes or (mark == "`" and paired):
            inside = True
        elif mark in words.closing_quotes:
            inside = False
        elif mark == '"':
            inside = not inside
    return inside


def _quote_speaker(t: Token, index: ActorIndex, plural: bool = False) -> ActorRef | None:
    """The one named speaker of the quotation *t* stands in: the subject of the reporting verb
    of its sentence ("'I shot him,' Smith told police"), or, for a sentence with none, of the
    sentence before it (a quote continued after "..., Payton said."); None when two speak.
    With *plural* ("we"), the body a speaker introduced by a role noun speaks for ("'We will
    fight,' a Taliban spokesman said")."""
    sentence = t.sent
    sentences = [sentence]
    if sentence.start > 0:
        sentences.append(t.doc[sentence.start - 1].sent)
    for span in sentences:
        if any(w.pos_ in {"VERB", "AUX"} and _reports(w) for w in span):
            found = _speakers(span, index, plural)
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _quote_speakers(t: Token, index: ActorIndex) -> set[str]:
    """The named actors who speak in the sentence of *t* or the one before it ("'He was going
    to be shot,' Gage said"; a quote continued after "..., Payton said."): in a quotation,
    "he", "she" or "they" is someone the speaker speaks of, not the speaker."""
    sentence = t.sent
    first = t.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return set(_speakers(t.doc[first : sentence.end], index))


def _speakers(span: Span, index: ActorIndex, bodies: bool = False) -> dict[str, ActorRef]:
    """The named actors of *span* that are the active subject of a reporting verb, by actor;
    with *bodies*, the organisation or country such a subject holds a role in, where it names
    one (:func:`_spoken_for`)."""
    found = {}
    for w in span:
        if w.pos_ in {"VERB", "AUX"} and _reports(w):
            subject, passive = clause_subject(w, frozenset())
            if subject is None or passive:
                continue
            a = (_spoken_for(subject, index) if bodies else None) or index.at(subject)
            if a is not None:
                found[a.actor] = a
    return found


_BODY_TYPES = {ActorType.ORGANISATION, ActorType.COUNTRY}


def _spoken_for(subject: Token, index: ActorIndex) -> ActorRef | None:
    """The one body a speaker's phrase gives the speaker a role in (``speaking_roles``: "a
    Taliban spokesman", "NRFA spokesperson Fahim Dashty", "a spokesman for Hamas": an
    organisation or country) or names the speaker of ("Rick McGuire of the Alpine Lakes
    Protection Society": an organisation): whom the speaker's "we" stands for, as event coders
    code an agent's words as its body's."""
    words = word_classes()
    roles = words.speaking_roles
    found = {
        a.actor: a
        for role in _phrase(subject)
        if role.lower_ in roles and role.pos_ == "NOUN"
        for c in [*role.children, *prep_objects(role, words.role_body_preps)]
        if c.dep_ in {"compound", "amod", "nmod", "poss", "pobj"}
        and (a := index.at(c)) is not None
        and a.type in _BODY_TYPES
    }
    speaker = index.at(subject)
    if speaker is not None and speaker.type == ActorType.PERSON:
        found.update((a.actor, a) for c in prep_objects(subject, words.speaking_for_preps)
                     if (a := index.at(c)) is not None and a.type == ActorType.ORGANISATION)
    return next(iter(found.values())) if len(found) == 1 else None


def _phrase(head: Token, skip: Collection[str] = frozenset(_CLAUSES)) -> list[Token]:
    """The tokens of *head*'s subtree not below a *skip* dependency: by default its phrase
    without its clauses ("Feldman, who will become manager of AMD": the relative clause tells
    what he will be, not whom he speaks for)."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in skip)
    return out


def _reported_speaker(head: Token, index: ActorIndex, types: Collection[str]) -> list[ActorRef]:
    """The speaker a subject pronoun of reported speech stands for, with the speaker's mention
    (the name is in the same sentence): "the rebels said they will release him", "Annan
    announced that he will withdraw". Only a pronoun after its reporting verb, subject of the
    clause the verb reports ("he shot him, Peavy said": someone named before), and only a speaker
    of the pronoun's types ("police said he fled")."""
    clause, verb = head.head, head.head.head
    if (
        head.dep_ not in {"nsubj", "nsubjpass"}
        or clause.dep_ != "ccomp"
        or verb.i > head.i
        or not _reports(verb)
    ):
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or verb.i - subject.i > 20:
        return []  # a name far before its verb is a parse of a list, not a speaker
    found = index.at(subject)
    return [found] if found is not None and found.type in types else []


def _sentence_subject(
    nearest: ActorRef,
    pronoun: Token,
    index: ActorIndex,
    types: Collection[str],
    sex: str,
    depth: int = 0,
) -> ActorRef | None:
    """The subject a subject "he" or "she" continues from an earlier sentence: the last
    clause subject of the sentence its nearest fitting mention stands in, of its types and
    not of the other sex, over an object named after it ("LaCalamita is charged in the death
    of Kafoury. He also is charged with ..."), never a reporting verb's ("..., Pickell
    said"); None when that mention stands in the pronoun's own sentence. A subject that is
    itself "he" or "she" of the same sex is who it stands for ("He was jailed for the rape of a
    child. He returned to prison": not the child)."""
    span = pronoun.doc.char_span(
        nearest.mention.start, nearest.mention.end, alignment_mode="expand"
    )
    if span is None or index.sentence(span.root) == index.sentence(pronoun):
        return None
    found = None
    for t in span.sent:
        if t.dep_ not in SUBJECTS | PASSIVE_SUBJECTS or _reports(t.head):
            continue
        here = index.at(t)
        if here is None and _same_pronoun(t, sex) and depth < 4:
            here = _continued(t, index, types, sex, depth + 1)
        if here is not None and here.type in types and index.sex(here.actor) in {"", sex}:
            found = here
    return found


def _continued(
    pronoun: Token, index: ActorIndex, types: Collection[str], sex: str, depth: int
) -> ActorRef | None:
    """Whom a subject "he" or "she" stands for when it continues an earlier sentence: as
    :func:`_sentence_subject` reads it; None when its nearest fitting mention stands in its own
    sentence ("After backing Goldwater's campaign, he ..."), too weak a reading to pass on."""
    nearest = index.before(pronoun, types, sex=sex)
    if nearest is None:
        return None
    return _sentence_subject(nearest, pronoun, index, types, sex, depth)


def _people_since(antecedent: ActorRef, pronoun: Token, index: ActorIndex) -> bool:
    """Whether people, more than one, are the subject of a main clause between *antecedent*
    and a subject "they": they are then what the text is about, and "they" more often they
    than the body named before ("the crowd ... Nichols' mother and father attended. They
    left"; "Jenkin lived with his mum, and they moved back"; not "the teenager ... they")."""
    doc = pronoun.doc
    span = doc.char_span(antecedent.mention.start, antecedent.mention.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.dep_ in SUBJECTS | PASSIVE_SUBJECTS
        and t.head.dep_ in {"ROOT", "conj"}
        and not _reports(t.head)
        and _a_person(t, index)
        and (
            any(c.dep_ == "conj" and _a_person(c, index) for c in t.subtree)
            or any(_a_person(o, index) for o in prep_objects(t.head, {"with"}))
        )
        for t in doc[span.end : pronoun.i]
    )


def _a_person(t: Token, index: ActorIndex) -> bool:
    """Whether *t* names a person or is a noun for one ("Jenkin", "Nichols' mother")."""
    found = index.at(t)
    return found.type == ActorType.PERSON if found is not None else person_noun(t)


def person_noun(t: Token) -> bool:
    """Whether *t* is a noun for a person: for what someone is or does ("the spokesman",
    "officials"; ``person_roles``) or for someone's sex or kin ("a girl", "his mum")."""
    roles = word_classes().person_roles
    lemma = t.lemma_.lower()
    return t.lower_ in roles or lemma in roles or lemma in actor_words().gendered_nouns


def _same_pronoun(t: Token, sex: str) -> bool:
    """Whether *t* is a personal pronoun of *sex* ("he" for "m")."""
    return t.pos_ == "PRON" and actor_words().pronoun_sexes.get(t.lower_) == sex


def _after_semicolon(t: Token) -> bool:
    """Whether *t*'s phrase follows a semicolon, as the items of a list whose items hold
    commas do ("Judge Barnes; a court reporter, Julie Brandau; and ...")."""
    first = t.left_edge
    return first.i > 0 and t.doc[first.i - 1].text == ";"


def _reports(verb: Token) -> bool:
    """Whether *verb* is a reporting verb ("he said"): its subject is the last speaker more
    often than the last subject."""
    return verb.lemma_.lower() in word_classes().reporting_verbs


def _private_person(head: Token) -> bool:
    """Whether *head* is a participant noun of no sector ("man", "residents", not "police" or
    "troops"), a noun of someone's sex or kin ("a Brooklyn mom", "Brownsville mother";
    ``gendered_nouns``) or of where someone is from ("a Maryland native"; ``origin_nouns``):
    a place before it only says where they are from."""
    lemma = head.lemma_.lower()
    return (
        (lemma in participant_nouns() and lemma not in participant_sectors())
        or lemma in actor_words().gendered_nouns
        or lemma in word_classes().origin_nouns
    )


def _from_place(ref: ActorRef, t: Token) -> bool:
    """Whether *ref*, read at *t*, is a place that only says where a person is from: a
    modifier of a noun of :func:`_private_person`, a place named before a noun of a trade
    ("a Michigan accountant"; not a demonym: "Ukrainian diplomats" act for Ukraine), or the
    object of the of-phrase of either ("a resident of Ashgabat")."""
    if ref.type != ActorType.PLACE:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        person = t.head.head
        return _private_person(person) or person.lemma_.lower() in actor_words().occupations
    if t.dep_ not in _MODIFIERS:
        return False
    return _private_person(t.head) or (
        t.tag_ in {"NNP", "NNPS"} and t.head.lemma_.lower() in actor_words().occupations
    )


_MODIFIERS = {"compound", "amod", "nmod", "npadvmod"}


def _filler(found: ActorRef, first: Token, last: Token, index: ActorIndex) -> ActorRef:
    """*found*'s actor with the span that fills the role here, *first* to *last* inclusive."""
    m = found.mention
    if first.i > last.i:
        first = last
    start, end = first.idx, last.idx + len(last)
    text = last.doc[first.i : last.i + 1].text
    span = Mention(m.document_id, start, end, text, index.sentence(last), m.ner_label)
    return found._replace(mention=span)


def span_actors(head: Token, index: ActorIndex, clauses: bool = False) -> list[ActorRef]:
    """Every actor mentioned inside *head*'s phrase, not crossing into clauses unless asked."""
    return _mentioned(head, index, set() if clauses else _CLAUSES)


def listed(head: Token, index: ActorIndex) -> list[ActorRef]:
    """The actors of a list ("including Eva Forest, wife of X, Lidia Falcón, the director Y and
    Z"): names in apposition and coordination, not those inside prepositional or possessive
    modifiers (X), nor in clauses. The parser often hangs the rest of the list on X ("wife of
    X, Lidia Falcón, ..."): a name after a comma in apposition or coordination to a name is the
    next item, not X again ("wife of X and Y" stays X's and Y's wife)."""
    found = {}
    stack = [(head, True)]
    while stack:
        node, counted = stack.pop()
        here = index.at(node)
        if counted and here is not None:
            found[here.mention.start] = here
        for c in node.children:
            if c.dep_ in _CLAUSES:
                continue
            if c.dep_ in {"prep", "poss", "agent"}:
                stack.append((c, False))
            elif (
                c.dep_ in {"appos", "conj"}
                and here is not None
                and index.at(c) is not None
                and node.doc[c.left_edge.i - 1].text == ","
            ):
                stack.append((c, True))
            else:
                stack.append((c, counted))
    return [found[k] for k in sorted(found)]


def _mentioned(head: Token, index: ActorIndex, skip: set[str]) -> list[ActorRef]:
    """The actors mentioned in *head*'s subtree, by position, not below a *skip* dependency."""
    found = {
        a.mention.start: a
        for node in _phrase(head, skip)
        if (a := index.at(node)) is not None and not _from_place(a, node)
    }
    return [found[k] for k in sorted(found)]
