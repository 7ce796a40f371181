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


def _location(doc_triggers: list[Trigger], word: str, index) -> list[str]:  # type: ignore[no-untyped-def]
    (found,) = [t for t in doc_triggers if t.token.text == word]
    return [a.actor for a in resolve_roles(found, index, LEXICON).location]


# "Rebels entered Kunduz, where soldiers were killed."
WHERE = parse(
    """
    Rebels   rebel   NOUN  NNS nsubj     1
    entered  enter   VERB  VBD ROOT      1
    Kunduz   Kunduz  PROPN NNP dobj      1
    ,        ,       PUNCT ,   punct     2
    where    where   SCONJ WRB advmod    7
    soldiers soldier NOUN  NNS nsubjpass 7
    were     be      AUX   VBD auxpass   7
    killed   kill    VERB  VBN relcl     2
    .        .       PUNCT .   punct     1
    """,
    ents="O O B-GPE O O O O O O",
)

# "Rebels entered the square, in which soldiers died."
IN_WHICH = parse(
    """
    Rebels   rebel   NOUN  NNS nsubj  1
    entered  enter   VERB  VBD ROOT   1
    the      the     DET   DT  det    3
    square   square  NOUN  NN  dobj   1
    ,        ,       PUNCT ,   punct  3
    in       in      ADP   IN  prep   8
    which    which   PRON  WDT pobj   5
    soldiers soldier NOUN  NNS nsubj  8
    died     die     VERB  VBD relcl  3
    .        .       PUNCT .   punct  1
    """,
)


def test_a_relative_clause_of_place_locates_its_event_at_the_noun_it_modifies() -> None:
    index = actors(WHERE, kunduz=(2, "place"), soldiers=(5, "group"))
    assert _location(find_triggers(WHERE, LEXICON), "killed", index) == ["kunduz"]
    index = actors(IN_WHICH, square=(2, 3, "place"), soldiers=(7, "group"))
    assert _location(find_triggers(IN_WHICH, LEXICON), "died", index) == ["square"]


def test_a_relative_clause_of_no_place_locates_nothing() -> None:
    # "Rebels entered Kunduz, which soldiers had attacked.": Kunduz is what they attacked
    doc = parse(
        """
        Rebels   rebel   NOUN  NNS nsubj 1
        entered  enter   VERB  VBD ROOT  1
        Kunduz   Kunduz  PROPN NNP dobj  1
        ,        ,       PUNCT ,   punct 2
        which    which   PRON  WDT dobj  7
        soldiers soldier NOUN  NNS nsubj 7
        had      have    AUX   VBD aux   7
        attacked attack  VERB  VBN relcl 2
        .        .       PUNCT .   punct 1
        """,
        ents="O O B-GPE O O O O O O",
    )
    index = actors(doc, kunduz=(2, "place"), soldiers=(5, "group"))
    assert _location(find_triggers(doc, LEXICON), "attacked", index) == []


def test_a_list_the_parser_hung_on_the_verb_continues_the_phrase_before_it() -> None:
    # "Warnings were given to Iraq, Syria and Jordan.": "Syria" parsed as a conjunct of "given"
    doc = parse(
        """
        Warnings warning NOUN  NNS nsubjpass 2
        were     be      AUX   VBD auxpass   2
        given    give    VERB  VBN ROOT      2
        to       to      ADP   IN  dative    2
        Iraq     Iraq    PROPN NNP pobj      3
        ,        ,       PUNCT ,   punct     2
        Syria    Syria   PROPN NNP conj      2
        and      and     CCONJ CC  cc        6
        Jordan   Jordan  PROPN NNP conj      6
        .        .       PUNCT .   punct     2
        """,
        ents="O O O O B-GPE O B-GPE O B-GPE O",
    )
    index = actors(doc, iraq=(4, "country"), syria=(6, "country"), jordan=(8, "country"))
    found = _roles(find_triggers(doc, LEXICON), "Warnings", index)
    assert found == {"source": [], "target": ["iraq", "syria", "jordan"]}


def test_a_lone_pronoun_after_between_names_no_parties() -> None:
    # "Soldiers came. Between them two bombs exploded.": together, not a clash between two
    doc = parse(
        """
        Soldiers soldier  NOUN  NNS nsubj  1
        came     come     VERB  VBD ROOT   1
        .        .        PUNCT .   punct  1
        Between  between  ADP   IN  prep   7
        them     they     PRON  PRP pobj   3
        two      two      NUM   CD  nummod 6
        bombs    bomb     NOUN  NNS nsubj  7
        exploded explode  VERB  VBD ROOT   7
        .        .        PUNCT .   punct  7
        """
    )
    index = actors(doc, soldiers=(0, "group"))
    found = _roles(find_triggers(doc, LEXICON), "exploded", index)
    assert found == {"source": [], "target": []}


def test_a_bare_participle_s_own_subject_underwent_it() -> None:
    # "She saw Horton killed.": a passive whose "was" is left out; Horton is the one killed
    doc = parse(
        """
        She    she    PRON  PRP nsubj 1
        saw    see    VERB  VBD ROOT  1
        Horton Horton PROPN NNP nsubj 3
        killed kill   VERB  VBN ccomp 1
        .      .      PUNCT .   punct 1
        """,
        ents="O O B-PERSON O O",
    )
    index = actors(doc, horton=(2, "person"))
    found = _roles(find_triggers(doc, LEXICON), "killed", index)
    assert found == {"source": [], "target": ["horton"]}


def test_a_participle_a_wh_adverb_opens_is_a_finite_verb_of_its_subject() -> None:
    # "She fell when Lopez fired from the roof.": the tagger's VBN is a past tense; Lopez fired
    doc = parse(
        """
        She   she   PRON  PRP nsubj  1
        fell  fall  VERB  VBD ROOT   1
        when  when  SCONJ WRB advmod 4
        Lopez Lopez PROPN NNP nsubj  4
        fired fire  VERB  VBN advcl  1
        from  from  ADP   IN  prep   4
        the   the   DET   DT  det    7
        roof  roof  NOUN  NN  pobj   5
        .     .     PUNCT .   punct  1
        """,
        ents="O O O B-PERSON O O O O O",
    )
    index = actors(doc, lopez=(3, "person"))
    found = _roles(find_triggers(doc, LEXICON), "fired", index)
    assert found == {"source": ["lopez"], "target": []}


def test_a_reduced_relative_with_its_result_falls_on_the_name_it_describes() -> None:
    # "The killer, Haddad – shot dead by police – fled.": the tagger read "shot" as a past
    # tense; "dead" tells the result and is no object of it
    doc = parse(
        """
        The    the    DET   DT  det   1
        killer killer NOUN  NN  nsubj 10
        ,      ,      PUNCT ,   punct 1
        Haddad Haddad PROPN NNP appos 1
        –      –      PUNCT :   punct 1
        shot   shoot  VERB  VBD acl   1
        dead   dead   ADJ   JJ  oprd  5
        by     by     ADP   IN  agent 5
        police police NOUN  NN  pobj  7
        –      –      PUNCT :   punct 1
        fled   flee   VERB  VBD ROOT  10
        .      .      PUNCT .   punct 10
        """,
        ents="O O O B-PERSON O O O O O O O O",
    )
    index = actors(doc, haddad=(3, "person"), police=(8, "group"))
    found = _roles(find_triggers(doc, LEXICON), "shot", index)
    assert found == {"source": ["police"], "target": ["haddad"]}
