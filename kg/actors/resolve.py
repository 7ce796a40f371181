"""Actor resolution: the actors of every document become one Actor per real-world actor.

Each document's candidates are grouped on their own (:mod:`kg.actors.grouping`); across
documents, groups with the same canonical name merge (a lone surname never merges across
documents). Types are decided by a vote over all the evidence: dictionary, gazetteer, NER
labels and context cues. The merge runs over the documents' records through dictionaries keyed
by group key and name, never pairwise, and gives the same actors whatever the order of the
records.

An actor's IRI is unique to that actor: the IRI is minted from its label, and two actors whose
labels are different names but reduce to one slug ("AT&T Group", "AT-T Group") are told apart
by a suffix, given in the order of their labels.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from kg.actors.gazetteer import ActorDictionary, DictionaryEntry, Gazetteer, Place, name_key
from kg.actors.grouping import (
    UNNAMED,
    DocumentActors,
    NameGroup,
    NameMention,
    Participant,
    group_document,
    group_sex,
    longest_name,
    majority_gender,
    own_place,
    plural_nickname,
    team_parts,
    team_places,
    variant,
    words_of,
)
from kg.actors.mentions import (
    FACILITY_NAME_HEADS,
    ORG_NAME_HEADS,
    PERSON_ROLES,
    PLACE_NAME_HEADS,
    Candidate,
)
from kg.actors.words import actor_words, first_name_gender, first_name_variants
from kg.model import Actor, ActorRole, ActorType, Mention, MentionLabel, Relation, mention_key
from kg.vocab import actor_iri

__all__ = ["UNNAMED", "ResolvedActors", "local_actors", "merge_actors", "resolve_actors"]


@dataclass
class ResolvedActors:
    """The actors, and for each document the actor IRI of every mention (by char start)."""

    actors: dict[str, Actor]
    by_mention: dict[tuple[str, int], str]
    relations: list[Relation]


def resolve_actors(
    candidates: dict[str, list[Candidate]],
    dictionary: ActorDictionary,
    texts: Mapping[str, str],
    gazetteer: Gazetteer,
) -> ResolvedActors:
    """Resolve every document's candidates into actors.

    Parameters
    ----------
    candidates : dict
        Document id -> that document's candidates (from ``find_candidates``), in document order.
    dictionary : ActorDictionary
        Curated actors (labels, aliases, types, Wikidata ids).
    texts : mapping
        Document id -> its text, for the evidence of relations ("NRFA leader Ahmad Massoud").
    gazetteer : Gazetteer
        Countries, capitals, demonyms and places.
    """
    return merge_actors(
        (
            group_document(d, found, texts[d], dictionary, gazetteer)
            for d, found in candidates.items()
        ),
        dictionary,
        gazetteer,
    )


def merge_actors(
    documents: Iterable[DocumentActors], dictionary: ActorDictionary, gazetteer: Gazetteer
) -> ResolvedActors:
    """Merge the actors of several documents (see :func:`kg.actors.grouping.group_document`).

    The result does not depend on the order of *documents*.
    """
    docs = _venues(
        _teams(_unheaded(sorted(documents, key=lambda d: d.document_id), gazetteer), gazetteer),
        gazetteer,
    )
    docs = [_named_after(doc) for doc in docs]
    ids = _identify(docs, dictionary, gazetteer)
    actors: dict[str, Actor] = {}
    dates = {doc.document_id: doc.date for doc in docs}
    for key in sorted(ids.groups):
        groups = ids.groups[key]
        iri = ids.iri_of_key[key]
        label = _former_label(key, groups, dates, gazetteer) or ids.labels[key]
        actor = actors.get(iri) or Actor(iri, label, ids.kinds[key])
        actor.mentions = sorted(
            {*actor.mentions, *(m.mention(g.document_id) for g in groups for m in g.mentions)},
            key=mention_key,
        )
        names = {text for g in groups for text in g.names}
        actor.aliases = sorted({*actor.aliases, *names} - {label})
        actor.titles = sorted(
            {*actor.titles, *(t for g in groups for m in g.mentions for t in m.titles)}
        )
        _link(actor, groups, dictionary, gazetteer)
        actors[iri] = actor
    _add_participants(actors, [(ids.participant_iri[p.seed], p, doc.document_id)
                               for doc in docs for p in doc.participants])
    relations = [
        r for r in _relations(docs, ids.by_mention) if actors[r.subject].type is ActorType.PERSON
    ]  # every role noun kg reads (leader, spokesperson, son, ...) is a person's
    return ResolvedActors(dict(sorted(actors.items())), ids.by_mention, relations)


def local_actors(
    document: DocumentActors, dictionary: ActorDictionary, gazetteer: Gazetteer
) -> dict[int, tuple[str, str]]:
    """The actor of every mention of one document resolved on its own: start -> (IRI, type).

    The IRIs serve as the document's local actor keys for its events; merged with the other
    documents (see :func:`merge_actors`), an actor may get another IRI, label or type.
    """
    ids = _identify([document], dictionary, gazetteer)
    return {start: (iri, str(ids.types[iri])) for (_, start), iri in ids.by_mention.items()}


# ---------------------------------------------------------------------------- identities


_COMPANY_HEADS = actor_words().company_heads
_HEADS = (ORG_NAME_HEADS | FACILITY_NAME_HEADS | PLACE_NAME_HEADS | actor_words().name_suffixes
          | _COMPANY_HEADS)
_PLACE_HEADS = FACILITY_NAME_HEADS | PLACE_NAME_HEADS


def _unheaded(docs: list[DocumentActors], gazetteer: Gazetteer) -> list[DocumentActors]:
    """The documents with a one-word name taken out of the longer name it starts when that
    name ends in no organisation, facility or place word and other documents of the batch use
    the one-word name alone: "AMD" is the company, not "AMD Opteron", "Microsoft" not
    "Microsoft Security Bulletin" (a document naming both reads the short name as short for
    the long one, :func:`kg.actors.grouping.group_document`); a company's name ("ATI
    Technologies") keeps it. The one-word name gets the key it has alone, and is merged as
    such. So do the shorter names of a group whose first words other documents use as a whole
    name (:func:`_named_head`): "New Orleans Saints" and "Saints" beside "New Orleans Saints
    RB" are the team."""
    alone: dict[str, set[str]] = defaultdict(set)  # name -> the documents using it alone
    full: dict[str, set[str]] = defaultdict(set)  # longest name of a group -> its documents
    for doc in docs:
        for g in doc.groups:
            names = {_joined_name(m.text) for m in g.mentions
                     if m.label != MentionLabel.NOMINAL}
            if len(names) == 1 and not g.key.startswith("surname:"):
                alone[names.pop()].add(doc.document_id)
            if g.key.startswith("name:") and not _votes_person(g):
                full[_joined_name(g.name)].add(doc.document_id)
    out = []
    for doc in docs:
        groups: list[NameGroup] = []
        for g in doc.groups:
            text = g.name if g.key.startswith("name:") else ""
            words = normal_name(text)
            if len(words) < 2 or words[-1] in _HEADS or _votes_person(g):
                groups.append(g)
                continue
            moved: dict[str, list[NameMention]] = defaultdict(list)
            elsewhere = any(d != doc.document_id for d in alone.get(words[0], ()))
            head = _named_head(words, text, full, doc.document_id, gazetteer)
            for m in g.mentions:
                if elsewhere and normal_name(m.text) == words[:1]:
                    moved["name:" + m.text.lower()].append(m)
                elif head and _run_of(normal_name(m.text), head):
                    moved["name:" + " ".join(head)].append(m)
            if not moved:
                groups.append(g)
                continue
            kept = tuple(m for m in g.mentions if all(m not in ms for ms in moved.values()))
            groups.append(replace(g, mentions=kept))
            groups.extend(NameGroup(k, g.document_id, tuple(ms)) for k, ms in moved.items())
        if len(groups) == len(doc.groups):
            out.append(doc)
        else:
            out.append(replace(doc, groups=tuple(sorted(groups, key=lambda g: g.key))))
    return out


def _named_head(words: list[str], text: str, full: Mapping[str, set[str]], document_id: str,
                gazetteer: Gazetteer) -> list[str]:
    """The longest first words of a name, two or more, that other documents use as a whole
    name ("New Orleans Saints" of "New Orleans Saints RB" or "New Orleans Saints Twitter"),
    else []: the name is that actor and a word after it ("RB Reggie Bush", "Twitter
    account"). Never a place before its team ("Kansas City Chiefs")."""
    if len(words) < 3 or team_parts(text, gazetteer) is not None:
        return []
    for n in range(len(words) - 1, 1, -1):
        head = words[:n]
        if any(d != document_id for d in full.get("".join(head), ())) and not own_place(
                " ".join(head), gazetteer):
            return head
    return []


def _run_of(words: list[str], head: list[str]) -> bool:
    """Whether *words* are *head* or a run of its words ("saints" of "new orleans saints")."""
    n = len(words)
    return 0 < n <= len(head) and any(head[i:i + n] == words for i in range(len(head) - n + 1))


def _teams(docs: list[DocumentActors], gazetteer: Gazetteer) -> list[DocumentActors]:
    """The documents with a place standing for its team moved to the team: in a document that
    names one team of that place ("the Colts", where the batch names the "Indianapolis Colts"),
    the place's mentions that are neither where something happens nor a modifier ("Indianapolis
    lost a 10-point lead", "a win over Kansas City"; not "at Kansas City", "a Philadelphia
    native") are the team, as sports writers and annotators read them. They stay no alias of
    the team, as a capital standing for its country is none of the country's."""
    teams: dict[str, set[str]] = defaultdict(set)  # place -> plurals of its teams
    team_keys: dict[str, set[str]] = defaultdict(set)  # place -> keys of its teams' names
    # the same names recur in many documents: each is looked up in the gazetteer once
    places_of = functools.cache(lambda name: team_places(name, gazetteer))
    for doc in docs:
        for g in doc.groups:
            if g.key.startswith(("name:", "dict:")) and not _votes_person(g):
                for name in _team_names(g):
                    for place, plural in places_of(name):
                        teams[place].add(plural)
                        team_keys[place].add(g.key)
    if not teams:
        return docs
    plural_of = {n: p for place, plurals in teams.items() for p in plurals
                 for n in (p, f"{place} {p}")}  # a team's name, with or without its place
    plurals_in = {doc.document_id: {plural_of[n] for g in doc.groups
                                    if (n := " ".join(words_of(g.name)).lower()) in plural_of}
                  for doc in docs}  # the teams each document names
    naming: dict[str, list[str]] = defaultdict(list)  # a team -> the documents naming it
    for d, met in plurals_in.items():
        for plural in met:
            naming[plural].append(d)
    place_of = functools.cache(lambda written: _team_place(written, teams, gazetteer))
    out = []
    for doc in docs:
        by_name = {" ".join(words_of(_group_name(g))).lower(): g for g in doc.groups
                   if g.key.startswith(("name:", "surname:", "dict:"))}  # "Jaguars" a person
        for g in doc.groups:
            if g.key.startswith("dict:"):
                for name in _team_names(g)[1:]:
                    by_name.setdefault(" ".join(words_of(name)).lower(), g)
        moved: dict[str, list[NameMention]] = defaultdict(list)  # team key -> mentions
        for written, g in by_name.items():
            if not g.key.startswith("name:") or _votes_person(g):
                continue  # only a place stands for its team: never "Gordon" the surname
            name = place_of(written)
            named = {
                by_name[key].key
                for plural in teams.get(name, ())
                for key in (plural, f"{name} {plural}")
                if key in by_name
            }
            if not named and len(teams.get(name, ())) == 1 and len(team_keys[name]) == 1:
                # a game story ("the Colts overcame Jacksonville 31-24"): the place's one team
                # of the batch, that other documents name beside a team this one names
                (plural,) = teams[name]
                rivals = plurals_in[doc.document_id] - {plural}
                if rivals and any(rivals & plurals_in[d] for d in naming.get(plural, ())
                                  if d != doc.document_id):
                    named = set(team_keys[name])
            if len(named) == 1:
                team = named.pop()
                moved[team].extend(replace(m, metonym=True) for m in g.mentions if not m.placed)
        if not any(moved.values()):
            out.append(doc)
            continue
        taken = {m.start for ms in moved.values() for m in ms}
        kept = {
            g.key: sorted([*(m for m in g.mentions if m.start not in taken), *moved[g.key]],
                          key=lambda m: m.start)
            for g in doc.groups
        }
        groups = tuple(
            replace(g, mentions=tuple(kept[g.key]),
                    conjuncts=tuple(k for k in g.conjuncts if kept.get(k)))
            for g in doc.groups if kept[g.key]
        ) + tuple(NameGroup(k, doc.document_id, tuple(ms))
                  for k, ms in sorted(moved.items()) if ms and k not in kept)
        out.append(replace(doc, groups=groups))
    return out


def _venues(docs: list[DocumentActors], gazetteer: Gazetteer) -> list[DocumentActors]:
    """The documents with a team's short form written only where something happens ("never
    won in Indy", "march into Indy") keyed as the team's city: the place, not the team the
    short form joins elsewhere (:func:`_cross_links`). Only for the one team of the batch
    with that short form whose place the gazetteer knows."""
    cities: dict[str, set[str]] = defaultdict(set)  # short form -> places of its teams
    team_of = functools.cache(gazetteer.team)  # the same names recur in many documents
    for doc in docs:
        for g in doc.groups:
            if g.key.startswith(("name:", "dict:")) and not _votes_person(g):
                known = team_of(_group_name(g))
                if known is not None and gazetteer.place(known.place) is not None:
                    for form in known.short_forms:
                        cities[name_key(form)].add(known.place)
    out = []
    for doc in docs:
        moved = {
            g.key: "name:" + next(iter(found)).lower()
            for g in doc.groups
            if g.key.startswith("name:") and g.mentions and all(m.venue for m in g.mentions)
            and len(found := cities.get(name_key(g.name), set())) == 1
        }
        if not moved:
            out.append(doc)
            continue
        by_key: dict[str, list[NameGroup]] = defaultdict(list)
        for g in doc.groups:
            key = moved.get(g.key, g.key)
            by_key[key].append(
                replace(g, key=key, conjuncts=tuple(moved.get(k, k) for k in g.conjuncts)))
        groups = [gs[0] if len(gs) == 1 else _joined(gs) for gs in by_key.values()]
        out.append(replace(doc, groups=tuple(sorted(groups, key=lambda g: g.key))))
    return out


def _named_after(doc: DocumentActors) -> DocumentActors:
    """The document with a person's name written where something happens ("at Betty Ford", "in
    Betty Ford") moved to the one longer name, no person's, of the document it starts ("Betty
    Ford Center"): no person is where things happen, a place named after one is."""
    longer: list[tuple[list[str], NameGroup]] | None = None  # made for the first such name
    moved: dict[str, NameGroup] = {}  # key of a person's name -> the group it joins
    for g in doc.groups:
        words = normal_name(g.name) if g.key.startswith("name:") else []
        if len(words) < 2 or not _votes_person(g) or not any(m.venue for m in g.mentions):
            continue
        if longer is None:
            longer = [(normal_name(o.name), o) for o in doc.groups
                      if o.key.startswith(("name:", "dict:")) and not _votes_person(o)]
        owners = {o.key: o for w, o in longer if len(w) > len(words) and w[:len(words)] == words}
        if len(owners) == 1:
            moved[g.key] = next(iter(owners.values()))
    if not moved:
        return doc
    joined = {o.key: [o] for o in moved.values()}
    for key, owner in moved.items():
        joined[owner.key].extend(g for g in doc.groups if g.key == key)
    groups = [
        g if g.key not in joined else replace(g, mentions=tuple(sorted(
            (m for x in joined[g.key] for m in x.mentions), key=lambda m: m.start)))
        for g in doc.groups if g.key not in moved
    ]  # the place keeps its own type vote
    return replace(doc, groups=tuple(groups))


def _joined(groups: list[NameGroup]) -> NameGroup:
    """One group of a document's groups that turned out to share a key: their mentions in
    order, their votes summed."""
    votes: dict[ActorType, float] = defaultdict(float)
    for g in groups:
        for kind, n in g.votes:
            votes[kind] += n
    return replace(
        groups[0],
        mentions=tuple(sorted((m for g in groups for m in g.mentions), key=lambda m: m.start)),
        votes=tuple(sorted(votes.items())),
        conjuncts=tuple(dict.fromkeys(k for g in groups for k in g.conjuncts)),
    )


def _former_label(key: str, groups: list[NameGroup], dates: Mapping[str, dt.date | None],
                  gazetteer: Gazetteer) -> str:
    """The former name of a team (``sports_teams.csv``) its documents write, when every one of
    them is dated within that name's years ("San Diego Chargers" in 2009), else "": the actor
    is labelled as it was called then; its IRI, made from the current name, stays."""
    team = gazetteer.team(key[5:]) if key.startswith("dict:") else None
    if team is None or not team.former:
        return ""
    written = {name_key(m.text) for g in groups for m in g.mentions if not m.metonym}
    years = [d.year if (d := dates.get(g.document_id)) is not None else None for g in groups]
    for name, first, last in team.former:
        if name_key(name) in written and all(y is not None and first <= y <= last
                                             for y in years):
            return name
    return ""


def _team_names(g: NameGroup) -> list[str]:
    """The name a group's key stands for (:func:`_name_of`), then, for a dictionary entry, the
    other names its mentions write ("San Diego Chargers", the entry's former name): a former
    name's place stood for the team in its day."""
    name = _group_name(g)
    if not g.key.startswith("dict:"):
        return [name]
    return [name, *sorted({m.text for m in g.mentions if m.label != MentionLabel.NOMINAL
                           and not m.metonym} - {name})]


def _team_place(name: str, teams: Mapping[str, set[str]], gazetteer: Gazetteer) -> str:
    """*name*, or the place of a team of the batch (*teams*) it is another name of ("philly"
    for "philadelphia", the gazetteer's other name of the city)."""
    if name in teams:
        return name
    place = gazetteer.place(name)
    other = " ".join(words_of(place.label)).lower() if place is not None else ""
    return other if other in teams else name


def _votes_person(g: NameGroup) -> bool:
    return g.voted_person


_Identity = tuple[str, str, str]  # kind of actor (name, surname, participant) and what it is


@dataclass
class _Identities:
    """Which actor each group and participant is, with its label, type and IRI."""

    groups: dict[str, list[NameGroup]] = field(default_factory=dict)  # final key -> groups
    kinds: dict[str, ActorType] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    iri_of_key: dict[str, str] = field(default_factory=dict)
    participant_iri: dict[str, str] = field(default_factory=dict)  # seed -> IRI
    types: dict[str, ActorType] = field(default_factory=dict)  # IRI -> type
    by_mention: dict[tuple[str, int], str] = field(default_factory=dict)


def _identify(
    docs: list[DocumentActors], dictionary: ActorDictionary, gazetteer: Gazetteer
) -> _Identities:
    """The actors of *docs* (sorted by document id): keys merged, typed, labelled, given IRIs."""
    by_key: dict[str, list[NameGroup]] = defaultdict(list)
    for doc in docs:
        for g in doc.groups:
            by_key[g.key].append(g)
    kinds = {key: _vote(groups, dictionary) for key, groups in by_key.items()}
    kinds = _coordinated(by_key, kinds)
    final: dict[tuple[str, str], str] = {}  # (document, key in the document) -> key
    text = _texts(by_key)  # the keys' names, as long as their groups stay those of now
    teams = _teams_of(by_key, kinds, text, gazetteer)
    # the plurals of the batch's teams ("jaguars"), never a surname
    plurals = {parts[1] for key, parts in teams.items() if key.startswith("name:")}
    for key in [k for k in by_key if k.startswith("name:") and len(words_of(k[5:])) == 1]:
        if kinds[key] is ActorType.PERSON and len(by_key[key]) > 1 and key[5:] not in plurals:
            # a one-word name that turned out to be a person's is a lone surname: never merged
            # across documents ("Bush" in two articles may be two people)
            for g in by_key.pop(key):
                new = f"surname:{key[5:]}@{g.document_id}"
                final[g.document_id, key] = new
                by_key[new].append(g)
                kinds[new] = ActorType.PERSON
    links, variants = _cross_links(by_key, kinds, teams, text, gazetteer)
    for key, canon in links.items():
        for g in by_key.pop(key):
            final[g.document_id, g.key] = canon
            by_key[canon].append(g)
    for canon in {final[k] for k in final}:
        if canon in by_key and not canon.startswith("surname:"):
            # the joined names vote on the type, but never make a person of a company or
            # a company of a person ("SeaMicro said" joins SeaMicro Inc., "Comeaux" a man)
            kind = _vote(by_key[canon], dictionary)
            if (kind is ActorType.PERSON) == (kinds[canon] is ActorType.PERSON):
                kinds[canon] = kind
    ids = _Identities(dict(by_key), kinds)
    # identity -> (label, type) of its first key or participant, and its IRI's seed
    identities: dict[_Identity, tuple[str, ActorType, str]] = {}
    identity_of_key: dict[str, _Identity] = {}
    for key in sorted(by_key):
        label = _label([g for g in by_key[key] if g.key not in variants] or by_key[key],
                       dictionary, gazetteer)
        ids.labels[key] = label
        if key.startswith("surname:"):
            seed = f"{label} {by_key[key][0].document_id}"
            identity = ("surname", seed, "")
        else:
            # the same name, as the dictionary matches names, and the same slug
            seed, identity = label, ("name", actor_iri(label), name_key(label))
        identity_of_key[key] = identity
        identities.setdefault(identity, (label, kinds[key], seed))
    for doc in docs:
        for p in doc.participants:
            identities.setdefault(("participant", p.seed, ""), (p.label, p.type, p.seed))
    iris = _iris(identities)
    for key, identity in identity_of_key.items():
        ids.iri_of_key[key] = iris[identity]
    for identity, (_, kind, seed) in identities.items():
        ids.types.setdefault(iris[identity], kind)
        if identity[0] == "participant":
            ids.participant_iri[seed] = iris[identity]
    for doc in docs:
        for g in doc.groups:
            iri = ids.iri_of_key[final.get((doc.document_id, g.key), g.key)]
            for m in g.mentions:
                ids.by_mention[doc.document_id, m.start] = iri
        for p in doc.participants:
            ids.by_mention[doc.document_id, p.mention.start] = ids.participant_iri[p.seed]
    return ids


# ---------------------------------------------------------------------------- links


_SUFFIXES = actor_words().name_suffixes
_SPELLINGS = actor_words().spelling_variants
_FIRST_NAMES = first_name_variants()
_ACRONYM_SKIPS = actor_words().acronym_skips
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_BLEND = re.compile(r"([A-Z][a-z]?)([A-Z][a-z]{1,2})")  # "LiLo", "ARod", "JLo"
_SHORT_KINDS = frozenset({ActorType.ORGANISATION})
_ACTING = frozenset({ActorType.PERSON, ActorType.ORGANISATION})  # never a place by the vote


def normal_name(name: str) -> list[str]:
    """The words of a name as names are compared across documents: lower case, without dots,
    a nickname in quotes, a trailing possessive or name suffixes ("Jr.", "Inc."), initials
    joined ("U. S." -> "us"), British spellings written the American way ("Centre" ->
    "center")."""
    return list(_normal_words(name))


@functools.lru_cache(maxsize=1 << 16)
def _joined_name(name: str) -> str:
    """The words of :func:`normal_name` joined: how two names are compared whole ("Sea Micro"
    and "SeaMicro")."""
    return "".join(_normal_words(name))


# a nickname in quotes between a person's names: 'Vincent "The Chin" Gigante', "Mark `` Deep
# Throat '' Felt" (the quotes of tokenised text), "Kimani 'Kiki' Gray"
_QUOTED_NICKNAME = re.compile(
    r"(?<=\S)\s+(?:\"|``|“|‘|')\s*((?:[Tt]he\s+)?[A-Z][^\"`“”‘’']*?)\s*(?:\"|''|”|’|')\s+(?=\S)")


_LEADING_THE = re.compile(r"^[Tt]he\s+")  # "the Chin" is the nickname "Chin"


@functools.lru_cache(maxsize=1 << 16)  # a merge asks for the same few names again and again
def _normal_words(name: str) -> tuple[str, ...]:
    name = _QUOTED_NICKNAME.sub(" ", name)  # "Vincent 'The Chin' Gigante" is "Vincent Gigante"
    words = name.lower().replace(".", " ").replace(",", " ").replace("’", "'").split()
    if words and words[-1] in {"'s", "'"}:
        words.pop()
    elif words and words[-1].endswith(("'s", "'")):
        words[-1] = words[-1].removesuffix("'s").removesuffix("'")
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(_join_initials([_SPELLINGS.get(w, w) for w in words]))


_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))  # of the name suffixes, a person's


def _generation(name: str) -> str:
    """The generation a person's name ends with ("jr" for "Mark Felt Jr."), else ""."""
    last = name.lower().replace(".", " ").replace(",", " ").split()[-1:]
    return last[0] if last and last[0] in _GENERATIONS else ""


def _generations_told_apart(
    named: Iterable[str],
    by_key: Mapping[str, list[NameGroup]],
    text_of: Mapping[str, str],
    kinds: Mapping[str, ActorType],
) -> list[str]:
    """The people's keys whose name ends with a generation that one of their documents tells
    apart from the same name without it: "Mark Felt Jr", a son, where "Mark Felt" names his
    father in another group. Their generation stays part of their name across documents."""
    people = [k for k in named if kinds[k] is ActorType.PERSON]
    ending = [k for k in people if _generation(text_of[k])]
    # only the documents of a name with a generation are read
    read = {g.document_id for k in ending for g in by_key[k]}
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, name) -> keys
    for k in people if read else ():
        for g in by_key[k]:
            if g.document_id not in read:
                continue
            for m in g.mentions:
                if m.label != MentionLabel.NOMINAL and len(words_of(m.text)) >= 2:
                    written[g.document_id, _joined_name(m.text)].add(k)
    return [
        k
        for k in ending
        if any(written[g.document_id, _joined_name(text_of[k])] - {k} for g in by_key[k])
    ]


def _join_initials(words: list[str]) -> list[str]:
    """Runs of single letters joined into one word: ["u", "s", "army"] -> ["us", "army"]."""
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def _teams_of(
    by_key: Mapping[str, list[NameGroup]], kinds: Mapping[str, ActorType],
    text: Callable[[str], str], gazetteer: Gazetteer,
) -> dict[str, tuple[str, str]]:
    """The names and dictionary keys of *by_key* that are teams, not people, each with its
    place and plural (:func:`team_parts`: "Jacksonville Jaguars" -> "jacksonville", "jaguars")."""
    teams = {}
    for k in by_key:
        if k.startswith(("name:", "dict:")) and kinds[k] is not ActorType.PERSON:
            parts = team_parts(k[5:] if k.startswith("dict:") else text(k), gazetteer)
            if parts is not None:
                teams[k] = parts
    return teams


def _cross_links(
    by_key: Mapping[str, list[NameGroup]],
    kinds: Mapping[str, ActorType],
    teams_of: Mapping[str, tuple[str, str]],
    text: Callable[[str], str],
    gazetteer: Gazetteer,
) -> tuple[dict[str, str], set[str]]:
    """Keys that name one actor across documents, each to the key it joins, and the keys that
    only write a person's name another way (:func:`_person_variants`, a nickname in quotes:
    never the label);
    *teams_of* holds the keys that are teams (:func:`_teams_of`), *text* gives a key's name
    (:func:`_texts`).

    All through indexes over the keys, never pairwise, in this order: names equal once
    compared (:func:`normal_name`: "Intel Corp." and "Intel", 'Vincent "The Chin" Gigante'
    and "Vincent Gigante"); a person's nickname given in quotes (:func:`_by_nickname`: "the
    Chin"); an acronym the initials of
    exactly one other name ("AMD", "Advanced Micro Devices"), else the first word of exactly
    one company's name ("ATI", "ATI Technologies"); a lone surname the last name of
    exactly one full name of a person ("Comeaux", "Arcade Joseph Comeaux Jr."); a one-word
    organisation the last word of exactly one longer name ("Saints", "New Orleans Saints") or
    the last name of exactly one person (the NER's "Comeaux"). Different full names are never
    joined ("Ahmad Massoud", "Ahmad Shah Massoud"); a surname or short name several names end
    with joins the one its documents' other actors point to (:func:`_by_context`), else stays
    apart.
    """
    link: dict[str, str] = {}
    named = sorted(k for k in by_key if k.startswith(("name:", "dict:")))
    text_of = {k: k[5:] if k.startswith("dict:") else text(k) for k in named}
    words_of_key = {k: normal_name(text_of[k]) for k in named}
    for k in _generations_told_apart(named, by_key, text_of, kinds):
        words_of_key[k] = [*words_of_key[k], _generation(text_of[k])]
    by_normal: dict[str, list[str]] = defaultdict(list)
    for k in named:  # "Sea Micro" and "SeaMicro", "U.S. X" and "United States X" are one name
        words = _country_first(_without_unit(words_of_key[k], kinds[k], gazetteer), gazetteer)
        by_normal["".join(words).replace("-", "")].append(k)
    for same in by_normal.values():
        for person in (True, False):  # a person's name and an organisation's stay apart
            keys = [k for k in same if (kinds[k] is ActorType.PERSON) is person]
            entries = [k for k in keys if k.startswith("dict:")]
            if len(keys) < 2 or len(entries) > 1:
                continue
            canon = entries[0] if entries else max(keys, key=lambda k: (len(by_key[k]), k))
            link.update({k: canon for k in keys if k != canon})
    variants = _person_variants(named, by_key, words_of_key, kinds, link, gazetteer)
    link.update(variants)
    bodies = _bodies(named, by_key, words_of_key, kinds, link, by_normal, gazetteer)
    link.update(bodies)
    link.update(_by_nickname(by_key, kinds, link, text))
    link.update(_organisation_variants(named, by_key, words_of_key, kinds, link, gazetteer))
    # only names written as names are joined to: never "Dell resells SeaMicro"
    heads = [k for k in named if k not in link and _capitalised(text_of[k])]
    head_set = set(heads)
    # acronyms
    by_initials: dict[str, set[str]] = defaultdict(set)
    for k in heads:
        words = [w for w in words_of(text_of[k]) if w.lower() not in _ACRONYM_SKIPS]
        while len(words) > 2 and words[-1].lower().strip(".,") in _SUFFIXES:
            words.pop()  # "Advanced Micro Devices Inc." is AMD
        # a person's name or a nationality ("Central Asian") is no acronym's
        if len(words) >= 2 and kinds[k] not in {ActorType.PERSON, ActorType.GROUP}:
            capitals = [w for w in words if w[:1].isupper()]
            by_initials["".join(w[0] for w in capitals)].add(k)
            # a short acronym in the name gives all its letters: "US Geological Survey", USGS
            by_initials["".join(_letters(w) or w[0] for w in capitals)].add(k)
    # a company's name by its first word, an acronym ("ATI" of "ATI Technologies") or any
    # word of an organisation's name where the name is written as a company's, with a legal
    # form ("Reliance Globalcom Ltd", "Vodafone Group Plc"; :func:`_incorporated`)
    companies: dict[str, set[str]] = defaultdict(set)
    incorporated: dict[str, set[str]] = defaultdict(set)
    for k in heads:
        words = words_of_key[k]
        if kinds[k] is ActorType.PERSON or len(words) < 2:
            continue
        if len(words) == 2 and words[1] in _COMPANY_HEADS:
            companies[words[0]].add(k)
            incorporated[words[0]].add(k)
        elif _incorporated(text_of[k]) and not own_place(words_of(text_of[k])[0], gazetteer):
            incorporated[words[0]].add(k)
    # full names of people by last name, and longer names by last word
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in heads:
        words = words_of_key[k]
        if len(words) < 2:
            continue
        if kinds[k] is ActorType.PERSON:
            by_surname[words[-1]].add(k)
            by_first[words[0]].add(k)
        else:
            by_word[words[-1]].add(k)
    for k, canon in variants.items():  # "Ben" starts "Ben Banky", the nickname of another name
        nick = words_of_key[k][0]
        if canon in head_set and nick in _FIRST_NAMES.get(words_of_key[canon][0], ()):
            by_first[nick].add(canon)
    # a team's name without its place ("the Jaguars", "Tar Heels"), whatever the NER called it
    teams: dict[str, set[str]] = defaultdict(set)
    # a team's short form that may be something else ("Jags", "Indy"), where the batch names
    # one team of that form; a college no place, no person, for its team ("Drake" of the
    # "Drake Bulldogs": a college the news name for its team, as "Creighton")
    short_forms: dict[str, set[str]] = defaultdict(set)
    schools: dict[str, set[str]] = defaultdict(set)
    for k in heads:
        if k in teams_of:
            teams[teams_of[k][1]].add(k)
            if (known := gazetteer.team(text_of[k])) is not None:
                for form in known.short_forms:
                    short_forms[name_key(form)].add(k)
                if known.league == "NCAA" and gazetteer.place(known.place) is None:
                    schools[name_key(known.place)].add(k)
    for k in [*named, *(k for k in sorted(by_key) if k.startswith("surname:"))]:
        # the NER may call "the Jaguars" people, even a document's lone surname
        if k not in link and k.startswith(("name:", "surname:")):
            written = text(k)
            team = (teams.get(" ".join(words_of(written)).lower(), set())
                    or short_forms.get(name_key(written), set())
                    or (schools.get(name_key(written), set())
                        if kinds[k] is not ActorType.PERSON else set()))
            if len(team) == 1:
                link[k] = next(iter(team))
    # a college the NER took for a person ("Creighton defeated Drake"), where no full name of
    # the batch ends with it and each of its documents names a team of the batch
    sports = {g.document_id for k, canon in [*((t, t) for t in teams_of), *link.items()]
              if canon in teams_of for g in by_key[k]}
    for k in sorted(by_key):
        if k in link or not k.startswith(("name:", "surname:")) or kinds[k] is not ActorType.PERSON:
            continue
        written = text(k)
        words = normal_name(written)
        school = schools.get(name_key(written), set())
        if (len(school) == 1 and len(words) == 1 and words[0] not in by_surname
                and all(g.document_id in sports for g in by_key[k])):
            link[k] = next(iter(school))
    starts = _short_for(heads, text_of, words_of_key, kinds, gazetteer)
    opening: dict[str, set[str]] = defaultdict(set)  # first word -> longer names, no person's
    for k in heads:
        if len(words_of_key[k]) >= 2 and kinds[k] is not ActorType.PERSON:
            opening[words_of_key[k][0]].add(k)
    shared: dict[str, set[str]] = {}  # a lone surname or short name -> the names it may be
    genders: dict[str, str] = {}

    def gender(key: str) -> str:
        """:func:`_gender` of *key*'s groups, worked out once (a full name ends several
        surnames)."""
        if key not in genders:
            genders[key] = _gender(by_key[key])
        return genders[key]

    for k in sorted(by_key):
        if k in link or k.startswith(("dict:", "people:")):
            continue
        written = text(k)
        words = normal_name(written)
        if len(words) != 1:
            continue
        found: set[str] = set()
        short = False
        if _ACRONYM.fullmatch(written) and kinds[k] is not ActorType.PERSON:
            found = by_initials.get(written, set()) or companies.get(words[0], set())
            # two letters are the initials of too many names ("CA", "VP"): such an acronym is
            # a name of another document only where its documents name the same other actors
            short = len(written) <= 2
        elif kinds[k] is ActorType.PERSON or k.startswith("surname:") or (
            # a surname the NER calls a group ("Klitschko"), not a demonym
            kinds[k] is ActorType.GROUP and gazetteer.demonym(written) is None
        ):
            # a lone surname, or a one-word name the type vote took for a person's that is
            # exactly the name of one organisation ("SeaMicro said", "SeaMicro Inc.")
            found = {f for f in by_surname.get(words[0], set())
                     if {gender(k), gender(f)} != {"m", "f"}} or {
                link.get(h, h) for h in by_normal.get(words[0], ())
                if link.get(h, h) in head_set and kinds[link.get(h, h)] is not ActorType.PERSON
                and any(kinds[x] is ActorType.ORGANISATION for x in by_normal[words[0]])
            } or ({
                # a lone name the NER called a person's that its own document's evidence
                # types a place ("born in Biloxi"): the place of that name of the batch
                link.get(h, h) for h in by_normal.get(words[0], ())
                if kinds[link.get(h, h)] is ActorType.PLACE and link.get(h, h).startswith("name:")
            } if kinds[k] is ActorType.PLACE and k.startswith("surname:") else set())
        elif kinds[k] in _SHORT_KINDS:
            # an organisation by the NER may be a person's surname ("Comeaux"): both count
            found = by_word.get(words[0], set()) | by_surname.get(words[0], set())
        if not found and kinds[k] in {ActorType.ORGANISATION, ActorType.GROUP} and (
                gazetteer.demonym(written) is None and words[0] not in by_surname):
            # a company by the first word of the one company's name of the batch that starts
            # with it ("Kraft" of "Kraft Foods", "Verizon" of "Verizon Communications Inc")
            found = {link.get(c, c) for c in incorporated.get(words[0], ())}
        if not found and words[0] not in by_surname and (
                kinds[k] in _ACTING or k.startswith("surname:")):
            # a city's other name the type vote took for a person's or an organisation's
            # ("FIRED IN PHILLY", "Philly ran its sets"), where no full name of the batch ends
            # with it: an actor, so its city's team, else (a person's) the city
            found = _city_team(k, written, by_key, link, teams_of, gazetteer) or (
                _other_name(written, by_normal, link, kinds, gazetteer)
                if kinds[k] is ActorType.PERSON else set())
        if (not found and kinds[k] is ActorType.PERSON and words[0] not in by_first
                and all(kinds[h] is ActorType.PERSON for h in by_normal.get(words[0], ()))):
            # a one-word name taken for a person's that starts a longer name, no person's, of
            # each of its documents ("Morningside" beside "Morningside Recovery"), and that the
            # batch never writes as a place's or an organisation's ("Wasilla", the town of the
            # "Wasilla Bible Church"): short for that name
            found = _started(k, words[0], by_key, link, opening)
        if not found and kinds[k] is ActorType.PLACE:
            # a place by another of its names ("Berne"), or by its first word ("Cliffside",
            # "Creighton"); never an organisation ("Microsoft" is no centre of its own, "Philly"
            # the team no city)
            found = _other_name(written, by_normal, link, kinds, gazetteer) or starts.get(
                words[0], set())
        if len(found) == 1 and not short:
            link[k] = next(iter(found))
        elif found:
            shared[k] = found
        elif kinds[k] is ActorType.PERSON and words[0] not in by_surname and (
            first := {f for f in by_first.get(words[0], ()) if _called_by_surname(by_key[f])}
        ):
            # a first name alone ("Laci") is a full name of the batch it starts, of someone
            # the news also call by surname ("Peterson"), only where its document names the
            # same other actors (:func:`_by_context`)
            shared[k] = first
        elif kinds[k] is ActorType.PERSON and (blend := _BLEND.fullmatch(written)):
            # a celebrity's blended nickname ("LiLo", "ARod"): the first letters of the first
            # and the last name of the one person of the batch they start
            fits = {f for first_name, ks in by_first.items() if first_name.startswith(
                blend[1].lower()) for f in ks if words_of_key[f][-1].startswith(blend[2].lower())}
            if len(fits) == 1:
                link[k] = fits.pop()
    link.update(_seated(named, words_of_key, kinds, link, by_normal))
    link = {k: link.get(canon, canon) for k, canon in link.items()}
    link.update(_by_context(shared, by_key, link))
    link.update(_mononyms(by_key, kinds, link, text, {*by_surname, *by_first, *by_word},
                          by_normal))
    # a name with its nickname in quotes is never the label of one also written without it
    quoted = {k for k in named if _QUOTED_NICKNAME.search(text_of[k])}
    return link, {*variants, *bodies, *quoted}


def _bodies(
    named: list[str],
    by_key: Mapping[str, list[NameGroup]],
    words_of_key: Mapping[str, list[str]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    by_normal: Mapping[str, list[str]],
    gazetteer: Gazetteer,
) -> dict[str, str]:
    """Names of three words or more, not a person's, to the name they are without their first
    word ("Malibu Promises Treatment Center", "Promises Treatment Center") where at least two
    other documents use that shorter name and no other longer name of the batch ends with it:
    a qualifier before the body of the name, written once. Never a nationality ("Turkmen
    Communist Party": each country's party is another). The longer name is never the label."""
    out: dict[str, str] = {}
    for k in named:
        words = words_of_key[k]
        if (k in link or len(words) < 3 or kinds[k] is ActorType.PERSON
                or gazetteer.demonym(words[0]) is not None):
            continue
        same = by_normal.get("".join(words[1:]), [])
        canons = {link.get(h, h) for h in same} - {k}
        if len(canons) != 1 or kinds[canon := next(iter(canons))] is ActorType.PERSON:
            continue
        own = {g.document_id for g in by_key[k]}
        if len({g.document_id for h in same for g in by_key[h]} - own) >= 2:
            out[k] = canon
    taken = Counter(out.values())
    return {k: canon for k, canon in out.items() if taken[canon] == 1}


def _by_nickname(
    by_key: Mapping[str, list[NameGroup]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    text: Callable[[str], str],
) -> dict[str, str]:
    """A person's nickname alone ("Chin", "the Chin", "Deep Throat"), or with the surname
    ("Jerry Ortiz", "Lucky Luciano"), to the one full name of the batch that gives it in
    quotes ('Vincent "The Chin" Gigante', 'Luis Gerardo "Jerry" Ortiz'): the quotes say whose
    nickname it is. A nickname alone that is a first name ("Jerry", unless written "the ...")
    may be anyone's, and one that two full names give is no one's in particular: neither is
    joined."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k in sorted(by_key):
        if not k.startswith(("name:", "dict:")) or kinds[k] is not ActorType.PERSON:
            continue
        written = k[5:] if k.startswith("dict:") else text(k)
        for nick in _QUOTED_NICKNAME.findall(written):
            bare = _LEADING_THE.sub("", nick)
            words = tuple(_normal_words(bare))
            last = _normal_words(written)[-1:]
            owners[(*words, *last)].add(link.get(k, k))
            if len(words) > 1 or bare != nick or not first_name_gender(words[0]):
                owners[words].add(link.get(k, k))  # "The Chin" is no one's first name
    out: dict[str, str] = {}
    for k in sorted(by_key) if owners else ():
        if k in link or not k.startswith(("name:", "surname:")) or kinds[k] is not ActorType.PERSON:
            continue
        words = _normal_words(_LEADING_THE.sub("", text(k)))
        found = owners.get(words, set()) - {k}
        if len(found) == 1:
            out[k] = next(iter(found))
    return out


def _short_for(
    heads: Iterable[str],
    text_of: Mapping[str, str],
    words_of_key: Mapping[str, list[str]],
    kinds: Mapping[str, ActorType],
    gazetteer: Gazetteer,
) -> dict[str, set[str]]:
    """The names of the batch by the one word they start with, when the name ends in a
    facility or place word ("Cliffside Rehab Center") or a team's plural ("Creighton
    Bluejays"): the one word alone is short for such a name, the way news write "Cliffside"
    after the full name. Never for an organisation word ("Microsoft" is no "Microsoft Security
    Response Alliance", "Ford" no "Ford Foundation"), nor a place the gazetteer knows under
    that word ("Gaza" is no "Gaza Strip")."""
    out: dict[str, set[str]] = defaultdict(set)
    for k in heads:
        words = words_of_key[k]
        if len(words) < 2 or len(words) > 4 or kinds[k] is ActorType.PERSON:
            continue
        if (words[-1] in _PLACE_HEADS or _two_word_team(text_of[k])) and not own_place(
                words_of(text_of[k])[0], gazetteer):
            out[words[0]].add(k)
    return out


_LEGAL_FORMS = _SUFFIXES - _GENERATIONS


def _incorporated(name: str) -> bool:
    """Whether *name* is written with a company's legal form ("Flag Telecom Group Ltd",
    "Verizon Communications Inc."): a company's name, never a product's or a division's."""
    last = name.lower().replace(".", " ").replace(",", " ").split()[-1:]
    return bool(last) and last[0] in _LEGAL_FORMS


def _two_word_team(name: str) -> bool:
    """Whether *name* is two capitalised words, the second a team's plural
    (:func:`~kg.actors.grouping.plural_nickname`: "Drake Bulldogs", not "Solomon Islands")."""
    words = words_of(name)
    return len(words) == 2 and all(w[:1].isupper() for w in words) and plural_nickname(words[1])


def _other_name(
    text: str,
    by_normal: Mapping[str, list[str]],
    link: Mapping[str, str],
    kinds: Mapping[str, ActorType],
    gazetteer: Gazetteer,
) -> set[str]:
    """The name of the batch that the gazetteer gives as the place *text* is another name of
    ("Berne" beside "Bern", "Philly" beside "Philadelphia"), else nothing."""
    place = gazetteer.place(text)
    if place is None or text.lower() in ORG_NAME_HEADS or gazetteer.us_state(text + "."):
        return set()  # an AP state abbreviation qualifies a town: "Junction City, Kan."
    label = _joined_name(place.label)
    if label == _joined_name(text):
        return set()
    return {link.get(h, h) for h in by_normal.get(label, ())
            if kinds[link.get(h, h)] is not ActorType.PERSON}


def _city_team(
    key: str,
    text: str,
    by_key: Mapping[str, list[NameGroup]],
    link: Mapping[str, str],
    teams_of: Mapping[str, tuple[str, str]],
    gazetteer: Gazetteer,
) -> set[str]:
    """The team of the batch whose place *text* is another name of ("Philly", the 76ers) and
    that every document of *key* names, when there is one such team, else nothing."""
    place = gazetteer.place(text)
    if place is None or name_key(place.label) == name_key(text):
        return set()
    city = " ".join(words_of(place.label)).lower()
    teams = {t for t, (where, _) in teams_of.items() if where == city and link.get(t, t) == t}
    docs = {g.document_id for g in by_key[key]}
    named = {t for t in teams
             if docs <= {g.document_id for k in [t, *(k for k, c in link.items() if c == t)]
                         for g in by_key.get(k, ())}}
    return named if len(named) == 1 else set()


def _gender(groups: list[NameGroup]) -> str:
    """The sex ("m", "f") most of *groups* give their person, as one document tells it
    (:func:`~kg.actors.grouping.group_sex`: titles, first names, pronouns), else "": a lone
    surname with "his" is not the "Laci Peterson" of "her home"."""
    return majority_gender(group_sex(g) for g in groups)


def _started(key: str, word: str, by_key: Mapping[str, list[NameGroup]],
             link: Mapping[str, str], opening: Mapping[str, set[str]]) -> set[str]:
    """The one name of *opening* under *word* that every document of *key* names too, else
    nothing."""
    docs = {g.document_id for g in by_key[key]}
    found = {link.get(o, o) for o in opening.get(word, ())
             if docs <= {g.document_id for g in by_key[o]}}
    return found if len(found) == 1 else set()


def _called_by_surname(groups: list[NameGroup]) -> bool:
    """Whether a full name's documents also call the person by the surname or the first name
    alone, as a person's ("Lindsay Lohan" ... "Lohan said", "Laci Peterson" ... "Laci's
    family"; not "Papua BMG" ... "BMG", an organisation)."""
    words = normal_name(_text(groups))
    alone = (words[-1:], words[:1])
    return any(
        m.label in {MentionLabel.PERSON, MentionLabel.SURNAME} and normal_name(m.text) in alone
        for g in groups
        for m in g.mentions
    )


def _by_context(
    shared: Mapping[str, set[str]], by_key: Mapping[str, list[NameGroup]], link: Mapping[str, str]
) -> dict[str, str]:
    """A lone surname that ends several full names of the batch, to the one whose documents
    name the same other actors as the surname's, as a reader of the story would take it: the
    full name scores, for each of its documents, the actors that document shares with the
    surname's; it is taken when it scores at least twice any other ("Hansbrough" in a story on
    a college game is the player, named in a dozen such stories, not his father named once)."""
    if not shared:
        return {}
    keys_in: dict[str, set[str]] = defaultdict(set)  # document -> the actors it names
    docs_of: dict[str, set[str]] = defaultdict(set)  # actor -> its documents
    for k, groups in by_key.items():
        for g in groups:
            keys_in[g.document_id].add(link.get(k, k))
            docs_of[link.get(k, k)].add(g.document_id)
    out: dict[str, str] = {}
    for k, found in sorted(shared.items()):
        around = {x for d in docs_of[k] for x in keys_in[d]} - {k, *found}
        scores = {f: sum(len(keys_in[d] & around) for d in docs_of[f]) for f in found}
        best, *rest = sorted(found, key=lambda f: (-scores[f], f))
        if scores[best] > 0 and all(scores[best] >= 2 * scores[f] for f in rest):
            out[k] = best
    return out


def _mononyms(
    by_key: Mapping[str, list[NameGroup]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    text: Callable[[str], str],
    taken: set[str],
    by_normal: Mapping[str, list[str]],
) -> dict[str, str]:
    """A person's one-word name that no longer name of the batch holds ("Portia", "Madonna"),
    in documents that name at least two of the same other actors, no place: one person across
    them, as a reader of the stories would take it. A name that ends or starts a longer name
    (:func:`_cross_links` tries those), or names an organisation or a place of the batch, is
    left alone; so is one whose documents share no story ("Bush" in two unrelated articles)."""
    same: dict[str, list[str]] = defaultdict(list)  # the one word -> its documents' keys
    for k in sorted(by_key):
        if not k.startswith("surname:") or k in link or kinds[k] is not ActorType.PERSON:
            continue
        words = normal_name(text(k))
        if len(words) == 1 and words[0] not in taken and all(
                kinds[h] is ActorType.PERSON for h in by_normal.get(words[0], ())):
            same[words[0]].append(k)
    same = {w: ks for w, ks in same.items() if len(ks) > 1}
    if not same:
        return {}
    told = {k for ks in same.values() for k in ks}
    keys_in: dict[str, set[str]] = defaultdict(set)  # document -> the other actors it names
    for k, groups in by_key.items():
        canon = link.get(k, k)
        if k not in told and canon.startswith(("name:", "dict:")) and (
                kinds.get(canon) is not ActorType.PLACE):
            for g in groups:
                keys_in[g.document_id].add(canon)
    out: dict[str, str] = {}
    for keys in same.values():
        docs = {k: {g.document_id for g in by_key[k]} for k in keys}
        for i, k in enumerate(keys):
            if k in out:
                continue
            around = {x for d in docs[k] for x in keys_in[d]}
            for o in keys[i + 1:]:
                if o not in out and len(around & {x for d in docs[o] for x in keys_in[d]}) >= 2:
                    out[o] = out.get(k, k)
    return out


def _letters(word: str) -> str:
    """The letters of a short acronym ("US", "U.S."), else ""."""
    letters = word.replace(".", "")
    return letters if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() else ""


def _person_variants(
    named: list[str],
    by_key: Mapping[str, list[NameGroup]],
    words_of_key: Mapping[str, list[str]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    gazetteer: Gazetteer,
) -> dict[str, str]:
    """Names that are a person's full name of the batch written another way, each to that
    name's key: one word spelt one letter apart ("Jerymayne Timmons", the one other name
    alike, :func:`kg.actors.grouping.variant`), with a middle initial ("Raj K. Chohan" for the
    one "Raj Chohan", unless the batch has another initial for it), or after words that no
    person's name of the batch starts with, a demonym or a role ("Englishman Robert Buckley",
    "Interior Ken Salazar", "Colts QB Andrew Luck"). The dictionary tells its own people apart
    ("George Bush", "George W. Bush")."""
    full: dict[str, set[str]] = defaultdict(set)  # a person's full name -> its keys
    first: dict[str, set[str]] = defaultdict(set)  # a first word of a person's name -> keys
    initials: dict[str, set[str]] = defaultdict(set)  # "raj chohan" -> keys of "raj k chohan"
    middles: dict[str, set[str]] = defaultdict(set)  # "mark heller" -> keys of "mark jay heller"
    named_person = {  # whether a name is written as a person's: by the NER or the dictionary
        k: k.startswith("dict:") or any(
            m.label == MentionLabel.PERSON and len(words_of(m.text)) >= 2
            for g in by_key[k] for m in g.mentions)
        for k in named
    }
    for k in named:
        words = words_of_key[k]
        if k in link or kinds[k] is not ActorType.PERSON or len(words) < 2:
            continue
        full["".join(words)].add(k)
        first[words[0]].add(k)
        if len(words) == 3 and len(words[1]) == 1 and not k.startswith("dict:"):
            initials[words[0] + words[2]].add(k)
        elif len(words) == 3 and k.startswith("name:"):
            middles[words[0] + words[2]].add(k)
    out: dict[str, str] = {}
    masked: dict[tuple[int, str], set[str]] = defaultdict(set)  # a name with one word left out
    nicknamed: list[tuple[str, str]] = []
    for keys in full.values():
        for k in keys:
            words = words_of_key[k]
            for n in range(len(words)):
                masked[n, " ".join([*words[:n], "*", *words[n + 1:]])].add(k)
    for (n, _), keys in sorted(masked.items()):
        if len(keys) < 2:
            continue  # a name alone makes no pair
        # "Jerymayne Timmons" for "Jermayne Timmons": one word spelt one letter apart (the
        # one such pair: "Dar Tucker" beside "Malcolm Tucker" and "Malcom Tucker" is no third)
        pairs = _spelt_alike(keys, {k: words_of_key[k][n] for k in keys})
        if n == 0 and len(alike := _nicknamed(keys, words_of_key, by_key)) == 1:
            nicknamed.append(alike[0])
        if len(pairs) == 1:
            a, b = sorted(pairs[0], key=lambda k: (-len(by_key[k]), k))
            if not b.startswith("dict:"):
                out.setdefault(b, a)
    for short, keys in initials.items():
        owners = full.get(short, set())
        if len(keys) == 1 and len(owners) == 1 and not next(iter(owners)).startswith("dict:"):
            out[next(iter(keys))] = next(iter(owners))
    for short, keys in middles.items():
        # "Mark Heller" for the one "Mark Jay Heller" of the batch, when no document names
        # both (one that does tells them apart: "Ahmad Massoud", son of "Ahmad Shah Massoud")
        owners = full.get(short, set())
        if len(keys) != 1 or len(owners) != 1:
            continue
        (k,), (owner,) = keys, owners
        if k.startswith("dict:") or owner.startswith("dict:") or owner in out:
            continue
        if _apart(k, owner, by_key):
            out[owner] = k
    for pair in nicknamed:
        # "Jon Owen" for the one "John Owen" of the batch, or for the name that one is written
        # for ("Ben Banky", "Benjamin Banky" for "Benjamin David Banky")
        a, b = sorted(pair, key=lambda k: (k not in out, -len(by_key[k]), k))
        if b not in out and not b.startswith("dict:"):
            out[b] = out.get(a, a)
    names_in = _names_in(by_key)
    for k in named:
        words = words_of_key[k]
        if k in link or k in out or k.startswith("dict:") or len(words) < 3:
            continue
        for n in (1, 2):
            owners = full.get("".join(words[n:]), set()) - {k}
            if len(words) - n < 2 or len(owners) != 1:
                continue
            owner = next(iter(owners))
            told = [w in PERSON_ROLES or gazetteer.demonym(w.title()) is not None
                    for w in words[:n]]
            if (
                named_person.get(owner)
                and (kinds[k] is ActorType.PERSON or owner.startswith("dict:") or all(told))
                and all(t or not (first.get(w, set()) - {k})
                        for t, w in zip(told, words[:n], strict=True))
            ) or (n == 1 and named_person.get(owner) and kinds[k] is ActorType.PERSON
                  and _given_name_left_out(k, owner, words[0], by_key, names_in)):
                out[k] = owner
                break
    return out


def _names_in(by_key: Mapping[str, list[NameGroup]]) -> dict[str, set[str]]:
    """Each document's names (``name:`` and ``dict:`` keys): an index, so that asking which
    names two sets of documents share reads only their documents."""
    names: dict[str, set[str]] = defaultdict(set)
    for k, groups in by_key.items():
        if k.startswith(("name:", "dict:")):
            for g in groups:
                names[g.document_id].add(k)
    return names


def _given_name_left_out(
    key: str, owner: str, first_word: str, by_key: Mapping[str, list[NameGroup]],
    names_in: Mapping[str, set[str]],
) -> bool:
    """Whether a person's name of three words or more is the one name of the batch that is
    its last words, the first word a first name or an initial left out ("William Mark Felt",
    "Mark Felt"; "J. Edgar Hoover", "Edgar Hoover"): only where no document names both (one
    that does tells two people apart) and their documents name at least two of the same
    other names (the same story, not a namesake)."""
    if len(first_word) > 1 and not first_name_gender(first_word):
        return False
    docs = {g.document_id for g in by_key[key]}
    others = {g.document_id for g in by_key[owner]}
    if docs & others:
        return False
    shared = {x for d in docs for x in names_in.get(d, ())} & {
        x for d in others for x in names_in.get(d, ())}
    return len(shared - {key, owner}) >= 2


_SEAT_HEADS = actor_words().seat_heads
_EVENT_HEADS = actor_words().event_name_heads


def _seated(
    named: list[str],
    words_of_key: Mapping[str, list[str]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    by_normal: Mapping[str, list[str]],
) -> dict[str, str]:
    """Organisations' names of two words or more to the one name of the batch that is the same
    and a word naming their office, court or building ("Staunton Police", "Staunton Police
    Department"; ``seat_heads`` of ``data/words.yaml``): the body and its seat are one actor.
    Never a place's name, nor an event's ("Richmond Hill" is no "Richmond Hill Center", a
    convention no convention centre), nor a person's ("Betty Ford", "Betty Ford Center")."""
    out: dict[str, str] = {}
    for k in named:
        words = words_of_key[k]
        if (k in link or kinds[k] is not ActorType.ORGANISATION or len(words) < 2
                or words[-1] in _EVENT_HEADS | _PLACE_HEADS | _SEAT_HEADS):
            continue
        seats = {link.get(h, h) for head in _SEAT_HEADS
                 for h in by_normal.get("".join(words) + head, ())} - {k}
        if len(seats) == 1 and kinds[seat := next(iter(seats))] is not ActorType.PERSON:
            out[k] = seat
    return out


def _organisation_variants(
    named: list[str],
    by_key: Mapping[str, list[NameGroup]],
    words_of_key: Mapping[str, list[str]],
    kinds: Mapping[str, ActorType],
    link: Mapping[str, str],
    gazetteer: Gazetteer,
) -> dict[str, str]:
    """Organisations' names of two words or more written another way, each to the more used:
    the same words but one, spelt one letter apart (:func:`kg.actors.grouping.variant`: five
    letters or more, the same first letter), as a misspelling or a plural does ("Gordon
    Advisers", "Gordon Advisors"; "Central Elections Commission"). Only where that is the one
    such pair of the masked name and no document names both: a document that does tells two
    organisations apart. Never a place's name ("Richmond Hill", "Richmond Hills"), nor where
    the word that differs names a place or a people: places are spelt alike ("Bank of
    Ireland", "Bank of Iceland")."""
    masked: dict[tuple[int, str], set[str]] = defaultdict(set)
    for k in named:
        words = words_of_key[k]
        if k in link or kinds[k] is not ActorType.ORGANISATION or len(words) < 2:
            continue
        for n in range(len(words)):
            masked[n, " ".join([*words[:n], "*", *words[n + 1:]])].add(k)
    out: dict[str, str] = {}
    for (n, _), keys in sorted(masked.items()):
        if len(keys) < 2:
            continue
        pairs = _spelt_alike(keys, {k: words_of_key[k][n] for k in keys})
        if len(pairs) != 1 or any(_names_a_land(words_of_key[k][n], gazetteer)
                                  for k in pairs[0]):
            continue
        a, b = sorted(pairs[0], key=lambda k: (-len(by_key[k]), k))
        if _apart(a, b, by_key) and not b.startswith("dict:") and b not in out and a not in out:
            out[b] = a
    return out


def _apart(a: str, b: str, by_key: Mapping[str, list[NameGroup]]) -> bool:
    """Whether no document names both keys *a* and *b*: one that does tells two actors apart
    (grouping joins one document's forms of one name)."""
    return not ({g.document_id for g in by_key[a]} & {g.document_id for g in by_key[b]})


def _names_a_land(word: str, gazetteer: Gazetteer) -> bool:
    """Whether *word* (lower case) names a place or a people the gazetteer knows."""
    name = word.title()
    return gazetteer.place(name) is not None or gazetteer.demonym(name) is not None


def _nicknamed(
    keys: Iterable[str], words_of_key: Mapping[str, list[str]],
    by_key: Mapping[str, list[NameGroup]],
) -> list[tuple[str, str]]:
    """The pairs of *keys* (full names alike but the first) whose first names are one a
    nickname of the other ("Jon Owen", "John Owen"; :func:`first_name_variants`), named in no
    one document together (grouping joins one document's two forms of a name, so two such keys
    of one document are two people)."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        by_first[words_of_key[k][0]].add(k)
    pairs: set[tuple[str, str]] = set()
    for first, ks in by_first.items():
        for other in _FIRST_NAMES.get(first, frozenset()) & by_first.keys():
            for a in ks:
                for b in by_first[other]:
                    if _apart(a, b, by_key):
                        pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _spelt_alike(keys: Iterable[str], word: Mapping[str, str]) -> list[tuple[str, str]]:
    """The pairs of *keys* whose *word* is spelt one letter apart (:func:`variant`), found
    through an index of each word with one letter left out, never pairwise."""
    forms: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        w = word[k]
        forms["=" + w].add(k)
        for i in range(len(w)):
            forms[f"-{w[:i]}{w[i + 1:]}@{i}"].add(k)  # one letter changed
            forms["+" + w[:i] + w[i + 1:]].add(k)  # one letter more than another word
    pairs: set[tuple[str, str]] = set()
    for k in keys:
        w = word[k]
        near = forms.get("+" + w, set()).copy()
        for i in range(len(w)):
            near |= forms.get(f"-{w[:i]}{w[i + 1:]}@{i}", set())
            near |= forms.get(f"={w[:i]}{w[i + 1:i + 2]}{w[i:i + 1]}{w[i + 2:]}", set())  # swapped
        pairs.update((min(k, o), max(k, o)) for o in near if o != k and variant(w, word[o]))
    return sorted(pairs)


def _without_unit(words: list[str], kind: ActorType, gazetteer: Gazetteer) -> list[str]:
    """A place's name without the unit it is written with ("west papua province", "city of
    palmer" -> "west papua", "palmer"), so that it compares equal to the name alone. Kept
    whole for a person, when the rest is a country or one word the gazetteer does not know
    as a place ("Northern Province"), or a place of another level: a province named after
    its city ("Mary province", the city "Mary"; "Kandahar province")."""
    if kind is ActorType.PERSON or len(words) < 2:
        return words
    if words[-1] in _UNITS:
        bare, town = words[:-1], False
    elif len(words) >= 3 and words[0] in _UNIT_LEADERS and words[1] == "of":
        bare, town = words[2:], words[0] not in _UNITS
    else:
        return words
    name = " ".join(bare)
    place = gazetteer.place(name)
    if gazetteer.country(name) is not None or (len(bare) == 1 and place is None):
        return words
    return words if place is not None and (place.subtype == "city") != town else bare


def _country_first(words: list[str], gazetteer: Gazetteer) -> list[str]:
    """A name's words with a country named first written as its code ("united states
    geological survey" -> "usa geological survey"), so that every way of naming it compares
    equal; a name that is only a country stays as it is."""
    for n in (2, 1):
        first = " ".join(words[:n])
        if len(words) > n and (land := gazetteer.country(
                first.upper() if len(first) <= 3 else first)) is not None:
            return [land.country or land.label, *words[n:]]
    return words


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _ACRONYM_SKIPS
               for w in words_of(name))


def _name_of(key: str, groups: list[NameGroup]) -> str:
    """The name *key* stands for: a dictionary entry's label, else its groups' :func:`_text`."""
    return key[5:] if key.startswith("dict:") else _text(groups)


def _group_name(g: NameGroup) -> str:
    """:func:`_name_of` one group."""
    return g.key[5:] if g.key.startswith("dict:") else g.name


def _texts(by_key: Mapping[str, list[NameGroup]]) -> Callable[[str], str]:
    """:func:`_text` of a key of *by_key*, worked out once a key: the merge asks for the name of
    each key several times, and a key of many documents merges the names of all its groups."""
    return functools.cache(lambda key: _text(by_key[key]))


def _text(groups: list[NameGroup]) -> str:
    """The name a key stands for: its groups' longest, then most frequent, named mention text
    (a capital standing for its country is no name of it)."""
    if len(groups) == 1:
        return groups[0].name
    names: dict[str, int] = {}
    for g in groups:
        for text, count in g.names.items():
            names[text] = names.get(text, 0) + count
    return longest_name(names)


def _iris(
    identities: Mapping[_Identity, tuple[str, ActorType, str]],
) -> dict[_Identity, str]:
    """One IRI per identity, minted from its seed; identities whose seeds reduce to one slug
    ("Иван Petrov", "Пётр Petrov") are ordered by label and identity, and all but the first
    get a suffix ("-2", "-3", ...) that no other IRI has."""
    by_iri: dict[str, list[_Identity]] = defaultdict(list)
    for identity, (_, _, seed) in identities.items():
        by_iri[actor_iri(seed)].append(identity)
    taken = set(by_iri)
    out: dict[_Identity, str] = {}
    for iri in sorted(by_iri):
        ranked = sorted(by_iri[iri], key=lambda i: (identities[i][0], i))
        out[ranked[0]] = iri
        n = 1
        for identity in ranked[1:]:
            n += 1
            while f"{iri}-{n}" in taken:
                n += 1
            taken.add(f"{iri}-{n}")
            out[identity] = f"{iri}-{n}"
    return out


# ---------------------------------------------------------------------------- type and label


def _entry(dictionary: ActorDictionary, label: str) -> DictionaryEntry:
    entry = dictionary.get(label)
    if entry is None:
        raise ValueError(f"no dictionary entry {label!r}: the record was made with another one")
    return entry


def _country(gazetteer: Gazetteer, iso3: str) -> Place:
    found = gazetteer.country(iso3)
    if found is None:
        raise ValueError(f"no country {iso3!r} in the gazetteer")
    return found


def _vote(groups: list[NameGroup], dictionary: ActorDictionary) -> ActorType:
    """The actor type with the most evidence over all mentions of one actor."""
    for g in groups:
        if g.entry is not None:
            return ActorType(_entry(dictionary, g.entry).type)
        if g.country is not None:
            return ActorType.COUNTRY
        if g.people_of is not None:
            return ActorType.GROUP
    votes: dict[ActorType, float] = defaultdict(float)
    for g in groups:
        for kind, weight in g.votes:
            votes[kind] += weight
    if votes.get(ActorType.COUNTRY):
        # GPE that no gazetteer knows as a country is a place (province, city, region).
        votes[ActorType.PLACE] += votes.pop(ActorType.COUNTRY)
    if not votes:
        return ActorType.ORGANISATION
    return max(sorted(votes), key=lambda t: votes[t])


def _coordinated(
    by_key: dict[str, list[NameGroup]], kinds: dict[str, ActorType]
) -> dict[str, ActorType]:
    """Names in one coordination share a type: "Panjshir and Andarab", "Kandahar, Herat, ...";
    "Britney Spears, Lindsay Lohan and Ben Affleck" (see :func:`_person_name`).

    Only actors with no dictionary or gazetteer entry change, and only when most of their
    conjuncts agree on a type.
    """
    out = dict(kinds)
    for key, groups in by_key.items():
        if not any(g.conjuncts for g in groups) or any(
                g.entry or g.country or g.people_of for g in groups):
            continue
        votes: Counter[ActorType] = Counter(kinds[k] for g in groups for k in g.conjuncts)
        if votes:
            kind, n = votes.most_common(1)[0]
            if (
                n * 2 > sum(votes.values())
                and kind in {ActorType.PLACE, ActorType.COUNTRY}
                and not _told_a_person(groups)
            ):
                out[key] = ActorType.PLACE
            elif n * 2 > sum(votes.values()) and kind is ActorType.PERSON and _person_name(groups):
                out[key] = ActorType.PERSON
    return out


def _told_a_person(groups: list[NameGroup]) -> bool:
    """Whether more than the NER's labels (two votes a mention at most) say a name is a
    person's, an age, a title, a role or its surname used alone: "Paul Riva, 47, of Sterling
    Heights and Alan Steinberg, 48, of Bruce Township" lists no places."""
    said = sum(n for g in groups for kind, n in g.votes if kind is ActorType.PERSON)
    return said > 2.0 * sum(len(g.mentions) for g in groups)


def _person_name(groups: list[NameGroup]) -> bool:
    """Whether a name is written as a person's, a known first name and a surname ("Britney
    Spears"), and only the NER's labels, one a mention, vote it something else: listed among
    people, it is one of them."""
    words = words_of(max((m.text for g in groups for m in g.mentions), key=len))
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if not first_name_gender(words[0]) or words[-1].lower() in _HEADS:
        return False
    return all(
        sum(n for kind, n in g.votes if kind is not ActorType.PERSON) <= len(g.mentions)
        for g in groups
    )


def _label(groups: list[NameGroup], dictionary: ActorDictionary, gazetteer: Gazetteer) -> str:
    """The canonical name: dictionary or gazetteer label, else the fullest name used, in its
    most used spelling ("SeaMicro" over a rarer "Sea Micro": spaces, hyphens and case aside;
    "Rams" over a headline's "RAMS" as often used)."""
    for g in groups:
        if g.entry is not None:
            return _entry(dictionary, g.entry).label
        if g.country is not None:
            return _country(gazetteer, g.country).label
        if g.people_of is not None:
            return _country(gazetteer, g.people_of).label + " (people)"
    named = [m for g in groups for m in g.mentions
             if m.label != MentionLabel.NOMINAL and not m.metonym]
    names = Counter(m.text for m in named if not m.defined)
    if not names:
        names = Counter(m.text for m in named)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in names.items():  # "SeaMicro" 220 times and "Sea Micro" 5: one name
        spellings["".join(ch for ch in name.casefold() if ch.isalnum())][name] += count
    uses = {_most_used(c): c.total() for c in spellings.values()}
    label = max(sorted(uses), key=lambda n: (len(words_of(n)), uses[n]))
    bare, _, unit = label.rpartition(" ")
    if unit.lower() in _UNITS and bare in names:
        return bare  # "Panjshir" beside "Panjshir province": the name the text uses
    leader, of, rest = label.partition(" of ")
    if of and leader.lower() in _UNIT_LEADERS and rest in names:
        return rest  # "Palmer" beside "the City of Palmer"
    return label


def _most_used(spellings: Counter[str]) -> str:
    """The spelling used most; of spellings as often used, one not in capitals ("Rams" over
    a headline's "RAMS"), then the first in order."""
    return max(sorted(spellings), key=lambda n: (spellings[n], not n.isupper()))


_UNITS = actor_words().units
_UNIT_LEADERS = actor_words().unit_leaders


# ---------------------------------------------------------------------------- the actors


def _add_participants(actors: dict[str, Actor],
                      found: Iterable[tuple[str, Participant, str]]) -> None:
    """Add the mentions of unnamed participants to their actors (see
    :class:`kg.actors.grouping.Participant`), *found* as (actor IRI, participant, document id)
    in order: each actor's mentions and aliases are sorted once, not at each of its many
    mentions ("police" of every document)."""
    mentions: dict[str, set[Mention]] = {}
    aliases: dict[str, set[str]] = {}
    for iri, p, document_id in found:
        actor = actors.get(iri) or Actor(iri, p.label, p.type, UNNAMED)
        if actor.subtype == UNNAMED and p.sector:
            actor.subtype = p.sector
        if p.country:
            actor.country = actor.country or p.country
        mentions.setdefault(iri, set(actor.mentions)).add(p.mention.mention(document_id))
        if p.alias:
            names = aliases.setdefault(iri, set(actor.aliases))
            names.add(p.mention.text)
            names.discard(p.label)
        actors[iri] = actor
    for iri, told in mentions.items():
        actors[iri].mentions = sorted(told, key=mention_key)
    for iri, names in aliases.items():
        actors[iri].aliases = sorted(names)


def _link(
    actor: Actor, groups: list[NameGroup], dictionary: ActorDictionary, gazetteer: Gazetteer
) -> None:
    """Wikidata, GeoNames, coordinates and country from the dictionary and gazetteer."""
    for g in groups:
        if g.entry is not None:
            entry = _entry(dictionary, g.entry)
            actor.subtype = actor.subtype or entry.subtype
            actor.wikidata = actor.wikidata or entry.wikidata
            actor.country = actor.country or entry.country
            if not actor.roles:
                actor.roles = [
                    ActorRole(
                        r.role,
                        r.since.isoformat() if r.since else None,
                        r.until.isoformat() if r.until else None,
                    )
                    for r in entry.roles
                ]
        code = g.country or g.people_of
        if code is not None:
            land = _country(gazetteer, code)
            actor.country = actor.country or land.country
            if g.country is not None:
                actor.subtype = actor.subtype or land.subtype
                actor.geonames = actor.geonames or land.geonames
                actor.latitude = actor.latitude if actor.latitude is not None else land.latitude
                actor.longitude = actor.longitude if actor.longitude is not None else land.longitude
    if actor.type is ActorType.PLACE and actor.geonames is None:
        hint = actor.country
        within = _within(groups, gazetteer)
        for name in [actor.label, *actor.aliases]:
            p = within or gazetteer.place(name, hint) or gazetteer.place_and_setting(name)
            if p is not None:
                actor.subtype = actor.subtype or p.subtype
                actor.geonames, actor.latitude, actor.longitude = (
                    p.geonames,
                    p.latitude,
                    p.longitude,
                )
                actor.country = actor.country or p.country
                break


def _within(groups: list[NameGroup], gazetteer: Gazetteer) -> Place | None:
    """The place a mention of the groups is placed in by what follows it ("Palmer, Alaska":
    see :class:`kg.actors.grouping.NameMention`), the first found, or None."""
    for g in groups:
        for m in g.mentions:
            if m.within:
                country, _, region = m.within.partition(" ")
                if (p := gazetteer.place_within(m.text, country, region or None)) is not None:
                    return p
    return None


def _relations(
    docs: list[DocumentActors], by_mention: dict[tuple[str, int], str]
) -> list[Relation]:
    """Relations stated by a role noun between two names: "NRFA leader Ahmad Massoud"."""
    out: dict[tuple[str, str, str], Relation] = {}
    for doc in docs:
        for r in doc.relations:
            subject = by_mention.get((doc.document_id, r.subject))
            obj = by_mention.get((doc.document_id, r.object))
            if subject and obj and subject != obj:
                out.setdefault(
                    (subject, r.predicate, obj),
                    Relation(subject, r.predicate, obj, r.evidence.mention(doc.document_id)),
                )
    return [out[k] for k in sorted(out)]
