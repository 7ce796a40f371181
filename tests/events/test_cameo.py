"""The CAMEO verb breadth: the conversion script on a dictionary excerpt written for the test,
the committed data file it produces, and the fallback beneath the curated lexicon."""

from __future__ import annotations

import pytest

from kg.events.lexicon import Sense, load_lexicon
from kg.events.triggers import find_triggers
from kg.model import PloverType
from tests.conftest import ROOT, load_script
from tests.events.conftest import labels, only
from tests.events.parses import parse

SHARED = ROOT.parent / "shared" / "reference"


def _script():  # type: ignore[no-untyped-def]
    return load_script("convert_cameo_verbs")


MAPPING = """\
# a mapping excerpt in the format of CAMEO2PLOVER
05: SUPPORT
050: SUPPORT,   ,   diplomatic # Engage in diplomatic cooperation
09: ACCUSE
090: ACCUSE, investigate,  # Investigate
10: REQUEST
100: REQUEST,  ,  # REQUEST
11: ACCUSE
111: ACCUSE, disapprove,    # Criticize or denounce
1121: ACCUSE, allege, crime; corruption # Accuse of crime, corruption
16: SANCTION
160: SANCTION,   ,  # Reduce relations
161: SANCTION, withdraw,   diplomatic      # Reduce or break diplomatic relations
"""

DICTIONARY = """\
####### SYNONYM SETS #######

&PACT
+TREATY
+ACCORD_
+PEACE_DEAL

####### VERB PATTERNS #######

---  MEND   [---]  ---
MEND
RESTORE  # a comment
- * TIES                                              [050]         # RESTORE
- * (WITH &PACT)                                      [050]         # RESTORE
- * ORDER                                             [---]         # RESTORE
- * {PEACE DEAL}                                      [050]         # RESTORE
- * {&PACT TALKS}                                     [050]         # RESTORE
- LEADER * TALKS                                      [050]         # not a post-verb pattern

---  DENOUNCE   [111]  ---
DENOUNCE
SLAM {SLAMS SLAMMED SLAMMING}
PROBE [090]
+CALL_OFF [160]
WIRE_+TAP
- * (FOR CORRUPTION)                                  [1121]        # DENOUNCE

---  PLEAD   [100]  ---
PLEAD
SLAM

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def _lemma(word: str) -> str:
    return {"ties": "tie", "talks": "talk"}.get(word, word)


def _convert() -> dict[str, dict[str, Sense]]:
    import yaml

    text = _script().convert(DICTIONARY.splitlines(), MAPPING.splitlines(), _lemma)
    assert text.startswith("# CAMEO verb patterns") and "MIT License" in text
    data = yaml.safe_load(text)
    return data  # type: ignore[no-any-return]


def test_verbs_take_their_own_code_else_the_blocks() -> None:
    verbs = _convert()["cameo_verbs"]
    assert verbs["denounce"] == "DISAPPROVE"
    assert verbs["probe"] == "INVESTIGATE"  # PLOVER 2021 ACCUSE/investigate, kg's INVESTIGATE
    assert verbs["plead"] == "DEMAND"  # PLOVER 2021 REQUEST
    assert "mend" not in verbs and "restore" not in verbs  # a block without a code: no event


def test_a_verb_coded_differently_in_two_blocks_is_left_out() -> None:
    assert "slam" not in _convert()["cameo_verbs"]  # DISAPPROVE in one block, DEMAND in the other


def test_patterns_with_object_preposition_particle_and_synset() -> None:
    data = _convert()
    patterns = data["cameo_patterns"]
    assert patterns["restore tie"] == "SUPPORT"
    assert patterns["restore with &pact"] == "SUPPORT"
    assert data["cameo_synsets"]["pact"] == ["accord", "deal", "treaty"]
    assert "restore order" not in patterns  # coded "no event"
    assert not any("talk" in key for key in patterns)  # a word before the verb: not kept
    assert data["cameo_verbs"]["call off"] == "SANCTION"
    assert not any("tap" in key for key in data["cameo_verbs"])  # the verb is not the first word
    assert patterns["denounce for corruption"] == "DISAPPROVE/allege"


def test_a_phrase_pattern_keeps_its_modifiers() -> None:
    patterns = _convert()["cameo_patterns"]
    assert patterns["restore peace deal"] == "SUPPORT"
    assert "restore deal" not in patterns  # the head alone says more than the phrase
    assert not any(key.endswith(" talk") for key in patterns)  # a synset modifier: left out


def test_transformations_are_not_read_as_verbs() -> None:
    assert not any(key.startswith("~") or key == "a" for key in _convert()["cameo_verbs"])


def test_committed_file_is_what_the_script_writes() -> None:
    petrarch = SHARED / "petrarch" / "CAMEO.2.0.txt"
    mapping = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
    if not (petrarch.is_file() and mapping.is_file()):
        pytest.skip("../shared/reference (PETRARCH2, PLOVER mapping) not present")
    script = _script()
    text = script.convert(
        petrarch.read_text(encoding="utf-8").splitlines(),
        mapping.read_text(encoding="utf-8").splitlines(),
        script.noun_lemmatizer(),
    )
    committed = ROOT / "kg" / "events" / "data" / "cameo_verbs.yaml"
    assert committed.read_text(encoding="utf-8") == text


def test_lexicon_reads_the_cameo_tables_beneath_the_curated_ones() -> None:
    lexicon = load_lexicon()
    assert lexicon.cameo_verbs["oppose"].type is PloverType.DISAPPROVE
    assert lexicon.cameo_patterns["restore relation"].type is PloverType.SUPPORT
    assert lexicon.verbs["attack"].type is PloverType.ASSAULT  # the curated sense stays


OPPOSED = """\
Russia Russia PROPN NNP nsubj 1
opposed oppose VERB VBD ROOT 1
Ukraine Ukraine PROPN NNP poss 4
's 's PART POS case 2
bid bid NOUN NN dobj 1
. . PUNCT . punct 1
"""

RESTORED = """\
Russia Russia PROPN NNP nsubj 1
restored restore VERB VBD ROOT 1
diplomatic diplomatic ADJ JJ amod 3
relations relation NOUN NNS dobj 1
with with ADP IN prep 1
Georgia Georgia PROPN NNP pobj 4
. . PUNCT . punct 1
"""

DECIDED = """\
Russia Russia PROPN NNP nsubj 1
decided decide VERB VBD ROOT 1
. . PUNCT . punct 1
"""


def test_a_verb_only_cameo_knows_is_a_trigger_between_actors() -> None:
    (found,) = find_triggers(parse(OPPOSED), load_lexicon())
    assert (found.token.text, found.type, found.cameo) == ("opposed", "DISAPPROVE", "verb")


def test_a_cameo_pattern_with_its_object_is_a_trigger() -> None:
    (found,) = find_triggers(parse(RESTORED), load_lexicon())
    assert (found.token.text, found.type, found.cameo) == ("restored", "SUPPORT", "pattern")


def test_a_vague_cameo_verb_alone_is_no_trigger() -> None:
    assert load_lexicon().cameo_verbs["decide"].type is PloverType.AGREE  # CAMEO 030, intent
    assert find_triggers(parse(DECIDED), load_lexicon()) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Russia restored diplomatic relations with Georgia.", "SUPPORT", "Russia", "Georgia"),
        ("Russia opposed Ukraine's bid to join NATO.", "DISAPPROVE", "Russia", "Ukraine"),
    ],
)
def test_events_from_cameo_verbs_end_to_end(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, source: str, target: str
) -> None:
    x = read(text)
    e = only(x, kind)
    assert labels(x, e.sources) == {source} and labels(x, e.targets) == {target}


GAVE = """\
Finland Finland PROPN NNP nsubj 1
gave give VERB VBD ROOT 1
Tanzania Tanzania PROPN NNP dative 1
a a DET DT det 4
grant grant NOUN NN dobj 1
. . PUNCT . punct 1
"""


@pytest.mark.parametrize(("kind", "events"), [("country", ["AID"]), ("place", [])])
def test_a_light_verbs_pattern_counts_only_between_two_parties(kind: str, events: list) -> None:
    import datetime as dt

    from kg.events.extract import extract_events
    from kg.model import Document
    from tests.events.parses import actors

    doc = parse(GAVE, ents="B-GPE O B-GPE O O O")
    index = actors(doc, finland=(0, "country"), tanzania=(2, kind))
    found = extract_events(doc, Document("d", doc.text, dt.date(2021, 9, 6)), index,
                           load_lexicon(), lambda _: 0)
    assert [e.type for e in found] == events
    if events:
        assert (found[0].sources, found[0].targets) == (["finland"], ["tanzania"])


BLOCKED = """\
Protesters protester NOUN NNS nsubj 1
blocked block VERB VBD ROOT 1
the the DET DT det 3
{obj} {lemma} NOUN NN dobj 1
. . PUNCT . punct 1
"""


@pytest.mark.parametrize(
    ("obj", "sense"), [("road", ("PROTEST", "obstruct")), ("bill", ("COERCE", "restrict"))]
)
def test_cameo_object_patterns_refine_a_curated_verb_cameo_agrees_on(
    obj: str, sense: tuple[str, str]
) -> None:
    assert load_lexicon().verbs["block"].type == load_lexicon().cameo_verbs["block"].type
    doc = parse(BLOCKED.format(obj=obj, lemma=obj))
    (found,) = find_triggers(doc, load_lexicon())
    assert (found.type, found.mode) == sense


def test_no_refinement_where_cameo_reads_the_verb_otherwise() -> None:
    lexicon = load_lexicon()
    assert "hunt" in lexicon.verbs and "hunt" not in lexicon.cameo_verbs
    assert lexicon.cameo_patterns["hunt suspect"].type is PloverType.THREATEN  # CAMEO's reading
    text = BLOCKED.format(obj="suspect", lemma="suspect").replace("blocked block", "hunted hunt")
    (found,) = find_triggers(parse(text), lexicon)
    assert found.type is PloverType.INVESTIGATE


FOUND = """\
Velmar Velmar PROPN NNP nsubj 1
found find VERB VBD ROOT 1
dead dead ADJ JJ {dep} 1
in in ADP IN prep 1
Kessa Kessa PROPN NNP pobj 3
"""


@pytest.mark.parametrize("dep", ["dobj", "oprd"])
def test_found_dead_is_a_discovery_whose_death_word_is_the_event(dep: str) -> None:
    lexicon = load_lexicon()
    assert lexicon.cameo_patterns["find dead"].type is PloverType.ASSAULT  # CAMEO's reading
    found = find_triggers(parse(FOUND.format(dep=dep)), lexicon)
    assert "found" not in {t.token.text for t in found}
    if dep == "oprd":  # "was found dead": the death word is the trigger
        assert [(t.token.text, t.type, t.mode) for t in found] == [("dead", "ASSAULT", "killing")]


def test_a_death_noun_as_object_keeps_its_pattern() -> None:
    lexicon = load_lexicon()
    text = (FOUND.format(dep="dobj").replace("found find", "chanted chant")
            .replace("dead dead ADJ JJ", "death death NOUN NN"))
    found = find_triggers(parse(text), lexicon)
    assert ("chanted", lexicon.cameo_patterns["chant death"].type) in {
        (t.token.text, t.type) for t in found
    }
