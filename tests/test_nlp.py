"""The spaCy pipeline kg loads: its attribute ruler and lemmatizer give spaCy's own
annotations, faster."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from kg.nlp import _Annotator, _IndexedRules, _Words, stopped_lines


def _ruler() -> tuple[spacy.language.Language, AttributeRuler]:
    """A blank English pipeline whose ruler has a rule of every kind the index reads."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gets"}], [{"LOWER": "got"}]], {"LEMMA": "get"})
    ruler.add([[{"LOWER": {"IN": ["is", "'s"]}}]], {"LEMMA": "be"})
    ruler.add([[{"LOWER": {"NOT_IN": ["is", "the"]}, "IS_SPACE": False}]], {"NORM": "x"})
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
    return nlp, ruler


def test_the_index_finds_the_matches_of_spacys_matcher() -> None:
    nlp, ruler = _ruler()
    indexed = _IndexedRules.of(ruler)
    assert indexed is not None
    for text in ["He gets it, she got it: nothing is gon na change", "nuthin'  is gon",
                 "gon na gon na", "", "the  the"]:
        doc = nlp.make_doc(text)
        assert indexed(doc) == AttributeRuler.match(ruler, doc)
        assert indexed(doc) == AttributeRuler.match(ruler, doc)  # remembered tokens too


def test_a_rule_with_an_operator_keeps_spacys_matcher() -> None:
    _, ruler = _ruler()
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert _IndexedRules.of(ruler) is None


@pytest.mark.slow
def test_kgs_pipeline_annotates_as_spacys_ruler(nlp) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, _IndexedRules)
    text = ("There are gets and got. I'm not sure it isn't gonna work; y'all do, don't you? "
            "The minister, who had said that, was arrested in Kabul on Monday.")
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        doc = nlp(text)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


@pytest.mark.slow
def test_lines_are_cut_before_the_recognizer_and_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    names = nlp.pipe_names
    assert (names.index("kg_stopped_lines") < names.index("ner")
            < names.index("kg_unstopped_lines") < names.index("parser"))
    doc = nlp("Gunman kills 1 at office\nA Michigan man shot a co-worker on Monday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Gunman kills 1 at office", "A Michigan man shot a co-worker on Monday."]


def test_merged_annotations_are_spacys_in_turn() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gets"}]], {"POS": "VERB", "LEMMA": "get", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": "gets"}]], {"POS": "AUX", "TAG": "VBZ"})  # later: wins POS
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to", "DEP": "aux"}, index=-1)
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    text = "she gets it, gon na get it"

    def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
        return [(t.lemma_, t.pos_, str(t.morph), t.tag_, t.dep_) for t in doc]

    theirs, ours = nlp.make_doc(text), nlp.make_doc(text)
    AttributeRuler.set_annotations(ruler, theirs, AttributeRuler.match(ruler, theirs))
    _Annotator(ruler)(ours, AttributeRuler.match(ruler, ours))
    assert annotations(ours) == annotations(theirs)
    assert annotations(ours)[1] == ("get", "AUX", "Number=Sing", "VBZ", "")
    assert annotations(ours)[5][0] == "to"


def test_a_word_list_answers_in_from_its_set() -> None:
    words = _Words(["war", "attack", "war"])
    assert words == ["war", "attack", "war"]
    assert "attack" in words and "attacks" not in words and 3 not in words


@pytest.mark.slow
def test_kgs_pipeline_annotates_as_spacys_own(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.config import DEFAULT_MODEL

    text = ("Gunmen attacked the ministries' offices; two of the wounded were taken to "
            "hospitals, officials said, and the talks had been postponed. Isn't it?")
    plain = spacy.load(DEFAULT_MODEL)

    def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
        return [(t.lemma_, t.pos_, str(t.morph), t.tag_, t.dep_) for t in doc]

    assert annotations(nlp(text)) == annotations(plain(text))
    texts = [text, "", " ", "Said."]  # nlp.pipe: the lemmatizer a document at a time
    ours, theirs = list(nlp.pipe(texts)), list(plain.pipe(texts))
    assert [annotations(d) for d in ours] == [annotations(d) for d in theirs]


@pytest.mark.slow
def test_kgs_pipeline_pickles_with_its_faster_parts(nlp) -> None:  # type: ignore[no-untyped-def]
    import pickle

    again = pickle.loads(pickle.dumps(nlp))
    text = "Nothin' ain't gonna change, officials said of the postponed talks."
    ours, theirs = next(iter(again.pipe([text]))), nlp(text)
    assert [(t.lemma_, t.pos_, t.tag_) for t in ours] == [
        (t.lemma_, t.pos_, t.tag_) for t in theirs]


@pytest.mark.slow
def test_a_line_without_end_punctuation_ends_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunman kills 1 at an office in Troy\nPOSTED: April 10, 2007\n"
            "A Michigan man shot a receptionist on Monday.")
    assert [s.text.strip() for s in nlp(text).sents] == [
        "Gunman kills 1 at an office in Troy", "POSTED: April 10, 2007",
        "A Michigan man shot a receptionist on Monday."]
    dateline = "Navy foils attack\nMumbai, Nov 11 -\nThe Indian Navy thwarted an attack."
    assert [s.text.strip() for s in nlp(dateline).sents][1] == "Mumbai, Nov 11 -"
    title = "Overnight Fire Destroys Historic Matanuska Maid Building\nNo injuries reported"
    assert [s.text.strip() for s in nlp(title).sents] == [  # one sentence, not two
        "Overnight Fire Destroys Historic Matanuska Maid Building", "No injuries reported"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The police said that the\nRed Sox star was hurt.",  # a line ending in a determiner
    "He met the mayor of Troy,\nMichigan, and the sheriff.",  # a comma
    "They flew to Troy and\nDetroit on Monday.",  # a conjunction
    "It was an anti-\nPiracy unit.",  # a hyphen
    "The Colts beat the\nChiefs and the Titans.",
])
def test_a_wrapped_line_goes_on_in_the_next(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.slow
def test_an_entity_ends_at_a_line_that_ends_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The guard said the man escaped just after 9 a. m.\nLyons said the inmate fled.")
    assert [e.text.strip() for e in doc.ents] == ["9 a. m."]
    assert next(t for t in doc if t.text == "Lyons").is_sent_start


def test_a_sentence_starts_after_a_stopped_line_before_the_recognizer() -> None:
    nlp = spacy.blank("en")
    doc = stopped_lines(nlp("It ended at 9 a. m.\nLyons said \"so.\"\n2 left.\nand came"))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Lyons", "2"]
