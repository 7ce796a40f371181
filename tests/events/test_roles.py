"""Role readers of kg.events.roles on hand-built parses (tests/events/parses.py): each test
states the parse its construction is about."""

from __future__ import annotations

from kg.events.lexicon import load_lexicon
from kg.events.roles import Roles, resolve_roles
from kg.events.triggers import Trigger, find_triggers
from tests.events.parses import actors, parse

LEXICON = load_lexicon()


def _roles(doc_triggers: list[Trigger], word: str, index) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    (found,) = [t for t in doc_triggers if t.token.text == word]
    roles: Roles = resolve_roles(found, index, LEXICON)
    return {"source": [a.actor for a in roles.source], "target": [a.actor for a in roles.target]}


def test_a_reduced_relative_tagged_as_past_tense_falls_on_the_noun_it_modifies() -> None:
    # "Haddad, shot by police, fled.": the tagger read "shot" as a past tense (VBD)
    doc = parse(
        """
        Haddad Haddad PROPN NNP nsubj 6
        ,      ,      PUNCT ,   punct 0
        shot   shoot  VERB  VBD acl   0
        by     by     ADP   IN  agent 2
        police police NOUN  NN  pobj  3
        ,      ,      PUNCT ,   punct 0
        fled   flee   VERB  VBD ROOT  6
        .      .      PUNCT .   punct 6
        """,
        ents="B-PERSON O O O O O O O",
    )
    index = actors(doc, haddad=(0, "person"), police=(4, "group"))
    found = _roles(find_triggers(doc, LEXICON), "shot", index)
    assert found == {"source": ["police"], "target": ["haddad"]}


def test_the_subject_of_a_verb_of_undergoing_is_the_target_of_its_event_noun() -> None:
    # "Twelve civilians suffered injuries.": they were injured, no one is the source
    doc = parse(
        """
        Twelve    twelve   NUM   CD  nummod 1
        civilians civilian NOUN  NNS nsubj  2
        suffered  suffer   VERB  VBD ROOT   2
        injuries  injury   NOUN  NNS dobj   2
        .         .        PUNCT .   punct  2
        """
    )
    index = actors(doc, civilians=(0, 1, "group"))
    found = _roles(find_triggers(doc, LEXICON), "injuries", index)
    assert found == {"source": [], "target": ["civilians"]}
