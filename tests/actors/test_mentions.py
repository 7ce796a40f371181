"""Name cleaning: titles, determiners, possessives; acronyms; never a date as an actor."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from kg.actors.mentions import _initials_match, find_candidates, strip_name
from kg.model import MentionLabel
from tests.actors.conftest import GAZETTEER


@pytest.mark.parametrize(
    ("raw", "name", "titles"),
    [
        ("Mullah Mohammad Omar's", "Mohammad Omar", ["Mullah"]),
        ("Lt. Gen Faiz Hamid", "Faiz Hamid", ["Lt. Gen"]),
        ("Gen Faiz Hamid", "Faiz Hamid", ["Gen"]),
        ("the Northern Resistance's", "Northern Resistance", []),
        ("President Amrullah Saleh", "Amrullah Saleh", ["President"]),
        ("'caretaker'", "caretaker", []),
        ("Taliban", "Taliban", []),
        ("the United Nations", "United Nations", []),
        ("Prime Minister Imran Khan", "Imran Khan", ["Prime Minister"]),
        # a title word starting an organisation's or a facility's name is part of it
        ("the General Directorate of Security", "General Directorate of Security", []),
        ("Justice Department", "Justice Department", []),
        ("Prince Sultan Air Base", "Prince Sultan Air Base", []),
        ("Secretary of State Hal Doran", "Hal Doran", ["Secretary of State"]),
        ("Eric Allen Kirkpatrick -", "Eric Allen Kirkpatrick", []),  # "Kirkpatrick - was charged"
    ],
)
def test_strip_name(raw: str, name: str, titles: list[str]) -> None:
    got, left, right, found = strip_name(raw)
    assert (got, found) == (name, titles)
    assert raw[left : len(raw) - right] == name


@given(st.text())
def test_strip_name_offsets_always_index_the_name(raw: str) -> None:
    name, left, right, _ = strip_name(raw)
    assert raw[left : len(raw) - right] == name


def test_a_title_before_an_organisation_name_stays_in_the_candidate() -> None:
    text = "Suspects were taken to the General Directorate of Security. General Ruiz said so."
    doc = _doc(text, [("General Directorate of Security", "ORG"), ("General Ruiz", "PERSON")])
    found = {c.text: c.titles for c in find_candidates(doc, GAZETTEER)}
    assert found["General Directorate of Security"] == []
    assert "Ruiz" in found and "General Ruiz" not in found


def test_a_person_span_is_not_grown_over_an_occupation_before_it() -> None:
    text = "The body was found in Velmar, Coroner Delia Marsh said."
    doc = _doc(text, [("Velmar", "GPE"), ("Delia Marsh", "PERSON")])
    for tok in doc[6:9]:
        tok.pos_ = "PROPN"
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Velmar", "Delia Marsh"]


def test_a_first_name_with_an_apostrophe_is_grown_into_the_person_span() -> None:
    """The NER's "Marie Flynn" of "Ka'Loni Marie Flynn" is the whole name, as "D'Angelo"
    before "Russell": a word with an apostrophe between its letters is a name's word."""
    text = "Police said a man shot Ka'Loni Marie Flynn and met D'Angelo Russell there."
    doc = _doc(text, [("Marie Flynn", "PERSON"), ("Russell", "PERSON")])
    for tok in doc:
        if tok.text[:1].isupper():
            tok.pos_ = "PROPN"
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert "Ka'Loni Marie Flynn" in found and "D'Angelo Russell" in found


def test_a_title_alone_is_kept_as_a_name() -> None:
    assert strip_name("General")[0] == "General"


@pytest.mark.parametrize("title", ["Sgt", "Det", "Const", "Supt", "Insp"])
def test_a_title_the_ner_cut_from_the_name_after_it_is_no_actor(title: str) -> None:
    text = f"Police said {title}. Dana Whitlow found the car."
    doc = _doc(text, [(title, "PERSON"), ("Dana Whitlow", "PERSON")])
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert title not in found and "Dana Whitlow" in found


def test_a_title_word_before_a_lower_case_word_is_still_a_name() -> None:
    text = "The talks were over, Major said."  # the surname of John Major
    doc = _doc(text, [("Major", "PERSON")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Major"]


@pytest.mark.parametrize(
    ("acronym", "name", "fits"),
    [
        ("NRFA", "National Resistance Front of Afghanistan", True),
        ("UN", "United Nations", True),
        ("ISI", "Inter-Services Intelligence", True),
        ("NATO", "United Nations", False),
    ],
)
def test_initials(acronym: str, name: str, fits: bool) -> None:
    assert _initials_match(acronym, name) is fits


def _doc(text: str, ents: list[tuple[str, str]]) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans = []
    for needle, label in ents:
        start = text.index(needle)
        span = doc.char_span(start, start + len(needle), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


def test_candidates_drop_dates_split_lists_and_find_acronyms() -> None:
    text = (
        "The Democratic Forces of Liberation (DFL) said on Monday that Kandahar, Herat fell. "
        "DFL fighters left 20 years ago."
    )
    doc = _doc(
        text,
        [
            ("Democratic Forces of Liberation", "ORG"),
            ("Monday", "DATE"),
            ("Kandahar, Herat", "ORG"),
            ("20 years", "DATE"),
        ],
    )
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("Kandahar", "ORG") in found and ("Herat", "ORG") in found
    assert [t for t, lab in found if lab == "ACRONYM"] == ["DFL", "DFL"]
    assert not any(t in {"Monday", "20 years"} for t, _ in found)


@pytest.mark.parametrize(
    ("raw", "name"),
    [("U.S.", "U.S."), ("the U.S.'s", "U.S."), ("Kan.", "Kan"), ("Peter W.", "Peter W")],
)
def test_abbreviations_keep_their_last_dot(raw: str, name: str) -> None:
    assert strip_name(raw)[0] == name


def test_names_never_run_over_a_line_or_a_footnote_mark() -> None:
    text = "Officer Lena M. Dorval[12] died.\nBOSTON police said Kestrel Review\nLONDON was calm."
    doc = _doc(text, [("Lena M. Dorval[12]", "PERSON"), ("Kestrel Review\nLONDON", "ORG")])
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert "Lena M. Dorval" in found
    assert "Kestrel Review" in found and "LONDON" in found


def test_context_cues_age_apposition_determiner_and_place_heads() -> None:
    text = (
        "Deran Oskol, 20, is held. Mira Tesk, an opposition leader, spoke. "
        "The Velmari left. Boats crossed the Velstra River."
    )
    doc = _doc(
        text,
        [
            ("Deran Oskol", "ORG"),
            ("Mira Tesk", "ORG"),
            ("Velmari", "NORP"),
            ("Velstra River", "ORG"),
        ],
    )
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "age" in cues["Deran Oskol"]
    assert "person" in cues["Mira Tesk"]
    assert "determined" in cues["Velmari"]
    assert "place" in cues["Velstra River"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("He was married two weeks ago to his second wife, Chela.", "Chela", True),
        ("The Post's managing editor, Howard Simons, gave him the name.", "Howard Simons", True),
        ("Open the Windows Task Manager (Ctrl+Shift+Esc) and click.", "Ctrl+Shift+Esc", False),
    ],
)
def test_a_name_after_a_role_and_a_comma_is_a_person_s(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, person: bool
) -> None:
    cues = {c.text: c.cues for c in find_candidates(nlp(text), GAZETTEER)}
    assert ("person" in cues.get(name, [])) is person


def test_an_article_is_a_word_of_its_own_even_opening_the_text() -> None:
    text = "A Velmari left. Bosnian Serbs said so."
    doc = _doc(text, [("Velmari", "NORP"), ("Serbs", "NORP")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "determined" in cues["Velmari"]
    assert "determined" not in cues["Serbs"]  # "an " ends "Bosnian": no article


@pytest.mark.parametrize(
    ("text", "tag", "name"),
    [
        ("Naturally Scott Boras said no.", "RB", "Scott Boras"),
        ("Producer Delia Marsh said no.", "NNP", "Delia Marsh"),
        ("GM Theo Epstein said no.", "NNP", "Theo Epstein"),
        ("Abdul Wudod Zara said no.", "NNP", "Abdul Wudod Zara"),
        ("Embattled Delia Marsh said no.", "NNP", "Delia Marsh"),  # a headline's capitals
        ("Without Delia Marsh said no.", "IN", "Delia Marsh"),  # a sentence's first word
        ("Following Delia Marsh said no.", "NNP", "Delia Marsh"),  # tagged as a name
        ("Coroner Delia Marsh said no.", "NNP", "Delia Marsh"),  # an occupation
        ("Quarterback Delia Marsh said no.", "NNP", "Delia Marsh"),
        ("Public Defender Delia Marsh said no.", "NNP", "Delia Marsh"),  # of two words
        ("Former Head Coach Delia Marsh said no.", "NNP", "Delia Marsh"),
        ("Detectives Delia Marsh said no.", "NNP", "Delia Marsh"),  # in the plural
        ("Coroner Marsh said no.", "NNP", "Marsh"),
        ("Delia Singer said no.", "NNP", "Delia Singer"),  # a surname that is a job
        ("Judge Marsh said no.", "NNP", "Marsh"),  # a title
        ("Juror No said no.", "NNP", "Juror No"),  # no name after the job
        ("Fired Jim Velmar said no.", "NNP", "Jim Velmar"),  # an adjective before a first name
        ("Star Jim Velmar said no.", "NNP", "Jim Velmar"),  # an adjective (and noun)
        ("Enter Jim Velmar said no.", "NNP", "Jim Velmar"),  # a verb
        ("Unique Velmi Marsh said no.", "NNP", "Unique Velmi Marsh"),  # before no first name
        ("Frank Jim Velmar said no.", "NNP", "Frank Jim Velmar"),  # a first name itself
        ("Dallas Jim Velmar said no.", "NNP", "Dallas Jim Velmar"),  # a noun only
        ("Saint Jim Velmar said no.", "NNP", "Saint Jim Velmar"),  # a noun and verb
        ("Unemployed Plumber said no.", "NNP", "Unemployed Plumber"),  # before an English noun
    ],
)
def test_a_leading_word_that_is_no_name_is_cut_from_a_person(
    text: str, tag: str, name: str
) -> None:
    span = text[: text.index(" said")]
    doc = _doc(text, [(span, "PERSON")])
    doc[0].tag_ = tag
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == [name]


def test_never_actors_weekday_names_headings_and_common_words_at_sentence_start() -> None:
    text = (
        "It became known as Bloody Friday. == References == was the heading. "
        "Shootings went on. The shootings were loud. Bloody Sunday followed."
    )
    doc = _doc(
        text,
        [
            ("Bloody", "ORG"),
            ("References", "PERSON"),
            ("Shootings", "PERSON"),
            ("Bloody Sunday", "ORG"),
        ],
    )
    assert find_candidates(doc, GAZETTEER) == []


def test_a_place_or_person_before_a_weekday_stays_a_name() -> None:
    text = ("Obama met Putin in Moscow Friday. Two died in Kandahar province Saturday night. "
            "Shops hoped for a Super Tuesday.")
    doc = _doc(text, [("Obama", "PERSON"), ("Putin", "PERSON"), ("Moscow", "GPE"),
                      ("Kandahar", "GPE"), ("Super", "GPE")])
    names = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert names == ["Obama", "Putin", "Moscow", "Kandahar province"]  # "Super Tuesday": a day


def test_a_vehicle_s_make_is_no_actor_but_its_known_owner_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("He rented the Korvane truck on Monday. "
            "An RAF Chinook helicopter and a UN helicopter flew over the Vestland Armed Forces "
            "planes.")
    known = {"RAF", "UN"}.__contains__
    found = {(c.start, c.text) for c in find_candidates(nlp(text), GAZETTEER, known)}
    assert "Korvane" not in {t for _, t in found}  # the truck's make
    assert (text.index("RAF"), "RAF") in found  # the owner, cut from its helicopter's model
    assert (text.index("UN "), "UN") in found
    assert (text.index("Vestland"), "Vestland Armed Forces") in found  # a body owns its planes


def _proper(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    for tok in doc:
        if tok.text[:1].isupper():
            tok.pos_ = "PROPN"
    return doc


def test_a_name_found_once_is_found_where_the_ner_missed_it() -> None:
    text = ("Brendle said it would buy Korvane. Analysts said Korvane paid too much. "
            "A Korvane-Brendle deal, they said.")
    doc = _proper(_doc(text, [("Brendle", "ORG"), ("Korvane", "ORG")]))
    found = [(c.start, c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert (text.index("Korvane paid"), "Korvane", MentionLabel.ORG) in found
    assert (text.index("Korvane-"), "Korvane", MentionLabel.ORG) not in found  # a compound


def test_a_company_is_found_by_the_first_word_of_its_name() -> None:
    text = "Brendle will buy KVX Technologies. Analysts said KVX paid too much."
    doc = _proper(_doc(text, [("Brendle", "ORG"), ("KVX Technologies", "ORG")]))
    found = [(c.start, c.text) for c in find_candidates(doc, GAZETTEER)]
    assert (text.index("KVX paid"), "KVX") in found


def test_a_title_or_product_entity_ending_in_a_body_s_word_is_an_organisation() -> None:
    text = "Analysts downgraded Korvane Technologies after Brendle Sunrise sold well."
    doc = _proper(_doc(text, [("Korvane Technologies", "WORK_OF_ART"),
                              ("Brendle Sunrise", "PRODUCT")]))
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert found == [("Korvane Technologies", MentionLabel.ORG)]  # "Sunrise": still a product


def test_a_peerage_title_before_one_name_stays_in_the_mention() -> None:
    text = "Lord Brandle and Lady Dora Pell met Mr Korvane."
    doc = _doc(text, [("Brandle", "PERSON"), ("Dora Pell", "PERSON"), ("Korvane", "PERSON")])
    found = [(c.text, c.titles) for c in find_candidates(doc, GAZETTEER)]
    assert found == [("Lord Brandle", ["Lord"]), ("Dora Pell", []), ("Korvane", [])]


def test_a_name_is_not_found_again_inside_another_name_nor_before_a_head_noun() -> None:
    text = ("Korvane said so. The Korvane Arena opened. The Korvane family spoke. "
            "The Korvane cafe shut.")
    doc = _proper(_doc(text, [("Korvane", "ORG")]))
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Korvane"]


def test_a_team_named_in_full_is_found_by_its_nickname_whatever_its_tag() -> None:
    text = ("The Indianapolis Colts won again. Fans said the Colts beat the Kansas City Chiefs "
            "because the Chiefs tired. The Saints sang.")
    doc = _doc(text, [("Indianapolis Colts", "ORG"), ("Kansas City Chiefs", "ORG")])
    found = [(c.start, c.text) for c in find_candidates(doc, GAZETTEER)]  # no word is PROPN
    assert (text.index("Colts beat"), "Colts") in found
    assert (text.index("Chiefs tired"), "Chiefs") in found
    assert "Saints" not in [t for _, t in found]  # the New Orleans Saints are never named


def test_a_body_name_is_found_in_a_headline_line_whatever_its_tag() -> None:
    text = "Korvane Reports Record Profits\nKorvane said on Monday that sales rose."
    doc = _doc(text, [("Korvane said", "ORG")])
    doc.ents = [doc.char_span(text.index("Korvane said"), text.index(" said"), label="ORG")]
    found = [(c.start, c.text) for c in find_candidates(doc, GAZETTEER)]
    assert (0, "Korvane") in found


def test_a_name_joined_by_a_hyphen_to_another_is_split_when_both_stand_alone() -> None:
    text = "Brendle and Korvane met. A Brendle-Korvane partnership followed. Hewlett-Packard won."
    doc = _proper(_doc(text, [("Brendle", "ORG"), ("Korvane", "ORG"),
                              ("Brendle-Korvane", "ORG"), ("Hewlett-Packard", "ORG")]))
    names = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert names == ["Brendle", "Korvane", "Brendle", "Korvane", "Hewlett-Packard"]


def test_a_first_name_and_surname_after_a_possessive_name_are_a_person() -> None:
    text = ("Witnesses told KVTV's Dora Pell about it. The NBA's Charlotte Bobcats won. "
            "He lived in Velmar County's Bruce Township.")
    doc = _doc(text, [("KVTV", "PERSON"), ("Dora Pell", "ORG"), ("NBA", "ORG"),
                      ("Charlotte Bobcats", "ORG"), ("Velmar County", "GPE"),
                      ("Bruce Township", "GPE")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "person" in cues["Dora Pell"]
    assert "person" not in cues["Charlotte Bobcats"]  # a team
    assert "person" not in cues["Bruce Township"]  # a place


def test_a_time_zone_after_a_clock_time_is_no_actor_but_the_same_letters_elsewhere_are() -> None:
    text = ("Police spoke (1852 HKT) and at 10:30 GMT and at 6 p.m. EST. Updated 18: 50 CET. "
            "The IST said so.")
    doc = _doc(text, [("HKT", "ORG"), ("GMT", "ORG"), ("EST", "ORG"), ("CET", "ORG"),
                      ("IST", "ORG")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["IST"]


def test_a_date_or_a_time_of_day_is_no_actor() -> None:
    text = ("Jan 5 came. At 8.49pm Velko spoke. Dec 2012 was cold. May Day was loud. "
            "Interstate 75 closed. The 10:30 a.m. Bulletin ran.")
    doc = _doc(text, [("Jan 5", "ORG"), ("8.49pm", "ORG"), ("Dec 2012", "ORG"),
                      ("May Day", "ORG"), ("Interstate 75", "FAC"), ("10:30 a.m. Bulletin", "ORG")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["May Day", "Interstate 75"]


def test_a_score_or_a_measure_after_a_name_is_no_part_of_it() -> None:
    text = ("Tarsa State beat Velmora 51 - 50 at the Kestrel 27 - yd line. "
            "Interstate 75 - the main road - and the trawler Nava 5 were closed.")
    doc = _doc(text, [("Tarsa State", "ORG"), ("Velmora 51", "ORG"),
                      ("Kestrel 27 - yd line", "FAC"), ("Interstate 75", "FAC"), ("Nava 5", "ORG")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == [
        "Tarsa State", "Velmora", "Kestrel", "Interstate 75", "Nava 5"]


def test_a_surname_the_ner_missed_is_found_again() -> None:
    text = "Azamat Korlev was charged. Korlev faces prison. Korlevs are many."
    doc = _doc(text, [("Azamat Korlev", "PERSON")])
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert found == [("Azamat Korlev", "PERSON"), ("Korlev", "SURNAME")]


def _tag(doc: spacy.tokens.Doc, **attrs: str) -> None:
    """Set ``pos_`` and ``tag_`` by token text: ``_tag(doc, Velko="PROPN/NNP")``."""
    for tok in doc:
        if tok.text in attrs:
            tok.pos_, tok.tag_ = attrs[tok.text].split("/")


def test_a_person_span_grows_over_adjacent_proper_nouns_but_not_titles() -> None:
    text = "The Attorney General Velko Darin Samor said so. Then Irma Vost Kerrel left."
    doc = _doc(text, [("Darin Samor", "PERSON"), ("Irma", "PERSON")])
    _tag(doc, **{w: "PROPN/NNP" for w in ["Attorney", "General", "Velko", "Darin", "Samor",
                                          "Irma", "Vost", "Kerrel"]})  # fmt: skip
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert found == ["Velko Darin Samor", "Irma Vost Kerrel"]


def test_parentheses_possessives_of_places_and_long_names_with_and() -> None:
    text = (
        "The Velmari Armed Forces (VAF) met. Syria's Kavran Defense Forces fought. "
        "The Centre for Velt Prevention and Control said. Kandahar and Herat fell."
    )
    doc = _doc(
        text,
        [
            ("Velmari Armed Forces (VAF", "ORG"),
            ("Syria's Kavran Defense Forces", "ORG"),
            ("Centre for Velt Prevention and Control", "ORG"),
            ("Kandahar and Herat", "GPE"),
        ],
    )
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("Velmari Armed Forces", "ORG") in found and ("VAF", "ACRONYM") in found
    assert ("Syria", "ORG") in found and ("Kavran Defense Forces", "ORG") in found
    assert ("Centre for Velt Prevention and Control", "ORG") in found
    assert ("Kandahar", "GPE") in found and ("Herat", "GPE") in found


def test_an_event_name_is_no_actor_but_the_place_it_starts_with_is() -> None:
    text = "After the Boston Marathon and the Zorvik Cup, the Election Commission met."
    doc = _doc(
        text, [("Boston Marathon", "FAC"), ("Zorvik Cup", "ORG"), ("Election Commission", "ORG")]
    )
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Boston", "Election Commission"]


def test_a_province_word_after_a_place_is_part_of_its_name() -> None:
    text = "Raids in Idlib province went on. The U.S. District Judge ruled on Velgar district of X."
    doc = _doc(text, [("Idlib", "GPE"), ("U.S.", "GPE"), ("Velgar", "GPE")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Idlib province", "U.S.", "Velgar"]


def _parse(doc: spacy.tokens.Doc, arcs: dict[int, tuple[int, str]]) -> None:
    """Set heads and dependency labels: token index -> (head index, label)."""
    for i, (head, dep) in arcs.items():
        doc[i].head, doc[i].dep_ = doc[head], dep


def test_located_and_membership_cues() -> None:
    text = "Two died in Velmoor . Craig , leader of Ulster Vanguard , spoke ."
    doc = _doc(text, [("Velmoor", "PERSON"), ("Ulster Vanguard", "PERSON")])
    # 0 Two 1 died 2 in 3 Velmoor 4 . 5 Craig 6 , 7 leader 8 of 9 Ulster 10 Vanguard
    _parse(doc, {2: (1, "prep"), 3: (2, "pobj"), 7: (5, "appos"), 8: (7, "prep"),
                 9: (10, "compound"), 10: (8, "pobj")})  # fmt: skip
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "located" in cues["Velmoor"]
    assert "organisation" in cues["Ulster Vanguard"]


def test_a_role_before_a_name_is_that_name_s_role() -> None:
    text = "Taliban took Zarkand, the Northern Front's leader Velko Samor said."
    doc = _doc(text, [("Zarkand", "GPE"), ("Northern Front", "ORG"), ("Velko Samor", "PERSON")])
    found = {c.text: c for c in find_candidates(doc, GAZETTEER)}
    assert "person" not in found["Zarkand"].cues and found["Zarkand"].role_noun is None


def test_descriptions_of_groups_are_nominal_candidates() -> None:
    text = "Then the terror group struck. The group of students fled. And the group said no."
    doc = _doc(text, [])
    _tag(doc, group="NOUN/NN")
    found = [(c.text, c.label, c.cues) for c in find_candidates(doc, GAZETTEER)]
    assert found == [("terror group", "NOMINAL", ["terror"]), ("group", "NOMINAL", [])]


def test_proper_noun_runs_the_ner_missed_in_name_contexts() -> None:
    text = (
        "Photos came from the Velmar County Police today. Shops on the Korran Road shut. "
        "The dead were Aldo Presk, Bryn Tovar, Luis Gerra and others. Then Mama Lis spoke."
    )
    doc = _doc(text, [("Luis Gerra", "PERSON")])
    names = ["Velmar", "County", "Police", "Korran", "Road", "Aldo", "Presk", "Bryn", "Tovar",
             "Luis", "Gerra", "Mama", "Lis"]  # fmt: skip
    _tag(doc, **{w: "PROPN/NNP" for w in names})
    ids = {t.text: t.i for t in doc}
    # "Aldo Presk, Bryn Tovar, Luis Gerra": each name a conjunct of the one before
    _parse(doc, {ids["Tovar"]: (ids["Presk"], "conj"), ids["Gerra"]: (ids["Tovar"], "conj")})
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("Velmar County Police", "ORG") in found and ("Korran Road", "FAC") in found
    assert ("Aldo Presk", "PERSON") in found and ("Bryn Tovar", "PERSON") in found
    assert not any(t == "Mama Lis" for t, _ in found)  # no name word, no list: left alone


def test_a_bare_surname_without_its_article_is_found() -> None:
    text = "Karim Yusuf al-Hadrami spoke. Later Hadrami left."
    doc = _doc(text, [("Karim Yusuf al-Hadrami", "PERSON")])
    assert "Hadrami" in [c.text for c in find_candidates(doc, GAZETTEER)]


# --- headlines and joined names (hand-built candidates and spans, no parse)


def _candidates(text: str, *names: str) -> list:  # type: ignore[type-arg]
    from kg.actors.mentions import Candidate
    from kg.model import MentionLabel

    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Candidate(start, start + len(name), name, 0, MentionLabel.ORG))
        at = start + len(name)
    return out


def test_a_headline_name_is_cut_to_the_names_the_body_uses() -> None:
    from kg.actors.mentions import _headline_parts

    text = ("Norvik Buys Telsa Robotics For $2 Billion\nNorvik said on Monday it bought Telsa "
            "Robotics. Telsa Robotics makes arms.")
    found = _headline_parts(text, _candidates(text, "Norvik Buys Telsa Robotics", "Norvik",
                                              "Telsa Robotics", "Telsa Robotics"), None)
    assert [(c.text, text[c.start:c.end]) for c in found][:2] == [
        ("Norvik", "Norvik"), ("Telsa Robotics", "Telsa Robotics")]
    assert found[1].start == text.index("Telsa")


def test_a_headline_name_the_body_uses_or_that_holds_no_body_name_stays() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Storm Hits Greater Valdoria Harbour Today\nThe Greater Valdoria Harbour closed."
    found = _headline_parts(text, _candidates(text, "Greater Valdoria Harbour",
                                              "Greater Valdoria Harbour"), None)
    assert [c.text for c in found] == ["Greater Valdoria Harbour"] * 2
    body = "storm hits the port\nHarbour Norvik Buys Telsa closed. Norvik spoke."
    found = _headline_parts(body, _candidates(body, "Harbour Norvik Buys Telsa", "Norvik"), None)
    assert found[0].text == "Harbour Norvik Buys Telsa"  # the first line is no headline


def test_a_headline_verb_before_a_name_the_body_writes_inside_a_sentence_is_cut() -> None:
    from kg.actors.mentions import _headline_parts

    text = ("Herons Beat Otters 20 - 13, Clinch Seed In Playoffs\nThe Herons dispatched the "
            "Otters on Sunday.")
    found = _headline_parts(text, _candidates(text, "Beat Otters"), None)
    assert [(c.text, c.start) for c in found] == [("Otters", text.index("Otters"))]


def test_a_headline_first_name_or_a_body_word_before_a_name_stays() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Tara Voss Enters Rehab Center Today\nHer rep told Voss fans to wait."
    found = _headline_parts(text, _candidates(text, "Tara Voss"), None)
    assert [c.text for c in found] == ["Tara Voss"]  # a surname is never "the Voss"
    text = "Billy Otters Enters Rehab Center Today\nThe rep told the Otters fans to wait."
    found = _headline_parts(text, _candidates(text, "Billy Otters"), None)
    assert [c.text for c in found] == ["Billy Otters"]  # a first name of the nicknames list
    text = "Royal Otters Win League Title Again\nFans of the Royal Otters and the Otters cheered."
    found = _headline_parts(text, _candidates(text, "Royal Otters"), None)
    assert [c.text for c in found] == ["Royal Otters"]  # "Royal" is a name word of the body


def test_a_name_cut_from_a_headline_is_found_where_the_ner_missed_it() -> None:
    text = "Herons Beat Otters In Final Game\nThe Herons dispatched the Otters on Sunday."
    doc = _doc(text, [("Beat Otters", "PERSON")])
    found = [(c.text, c.start) for c in find_candidates(doc, GAZETTEER)]
    assert ("Otters", text.index("Otters")) in found
    assert ("Otters", text.rindex("Otters")) in found
    assert all(name != "Beat Otters" for name, _ in found)


def test_a_dictionary_name_counts_as_known_in_a_headline() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Quarlo Patches Critical Flaws In Browser\nThe company fixed bugs."
    found = _headline_parts(text, _candidates(text, "Quarlo Patches"), lambda n: n == "Quarlo")
    assert [c.text for c in found] == ["Quarlo"]


@pytest.mark.parametrize(
    ("headline", "name", "kept"),
    [
        ("Maria Lindqvist Checks Into Clinic", "Maria Lindqvist Checks Into Clinic",
         "Maria Lindqvist"),
        ("Holm Dairy Building Burns Down", "Holm Dairy Building Burns Down",
         "Holm Dairy Building Burns Down"),  # no person's name: it stays
        ("Gunman Kills Harbour Deputy", "Gunman Kills Harbour Deputy", None),
        ("Lifer Escapes Prison Van", "Lifer Escapes Prison Van", None),
        ("Maria Lindqvist Attack Fund Grows", "Maria Lindqvist Attack Fund",
         "Maria Lindqvist Attack Fund"),
    ],
)
def test_a_headline_name_no_body_name_is_cut_before_an_inflected_verb(
    headline: str, name: str, kept: str | None
) -> None:
    """A verb of *stems* with an ending ("Checks", "Kills") ends a person's name before it, a
    bare stem ("Attack") does not; one word before it, a name the body never uses, is none."""
    from kg.actors.mentions import _headline_parts

    text = f"{headline}\nOn Monday a gunman was seen near the dairy."
    found = _headline_parts(text, _candidates(text, name), None,
                            stems=frozenset({"check", "burn", "kill", "attack", "escape"}))
    assert [c.text for c in found] == ([kept] if kept else [])
    assert all(text[c.start:c.end] == c.text for c in found)


def test_a_headline_name_is_cut_before_a_verb_form_the_body_writes() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Maria Lindqvist Caught In Tallinn\nPolice caught her on Monday."
    found = _headline_parts(text, _candidates(text, "Maria Lindqvist Caught"), None,
                            forms=frozenset({"caught"}))
    assert [c.text for c in found] == ["Maria Lindqvist"]


def test_names_joined_by_a_slash_or_a_colon_are_pieces() -> None:
    from spacy.tokens import Doc, Span

    from kg.actors.mentions import _pieces

    words = ["Varnell", "Micro", "Devices", "/", "Orto", "Technologies", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    span = Span(doc, 0, 6, label="ORG")
    assert [doc.text[a:b] for a, b in _pieces(span, GAZETTEER)] == [
        "Varnell Micro Devices", "Orto Technologies"]
    doc = Doc(spacy.blank("en").vocab, words=["Kell", "Varro", ":", "Texas", "Fugitive"],
              spaces=[True, False, True, True, False])
    span = Span(doc, 0, 5, label="PERSON")
    assert next(doc.text[a:b] for a, b in _pieces(span, GAZETTEER)) == "Kell Varro"


def test_a_common_noun_starting_a_sentence_is_cut_from_the_name_after_it() -> None:
    from kg.actors.mentions import _headline_parts

    text = ("The shares of the chipmaker rose. Varnix sold chips.\nChipmaker Varnix, hoping to "
            "grow, hired. Mid Varnix stayed. Chipmaker Orlo spoke.")
    found = _headline_parts(text, _candidates(text, "Varnix", "Chipmaker Varnix", "Mid Varnix",
                                              "Chipmaker Orlo"), None)
    assert [c.text for c in found] == ["Varnix", "Varnix", "Mid Varnix", "Chipmaker Orlo"]
    assert text[found[1].start:found[1].end] == "Varnix"


def test_a_known_name_starting_a_sentence_keeps_its_first_word() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Troops moved south. Varnix spoke.\nWest Varnix said no."
    found = _headline_parts(text, _candidates(text, "Varnix", "West Varnix"), None,
                            lambda n: n == "West Varnix")
    assert [c.text for c in found] == ["Varnix", "West Varnix"]


def _people(text: str, *names: str) -> list:  # type: ignore[type-arg]
    from dataclasses import replace

    from kg.model import MentionLabel

    return [replace(c, label=MentionLabel.PERSON) for c in _candidates(text, *names)]


def test_a_headline_first_name_before_a_surname_the_body_uses_stays_with_it() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Delia Varnsworth Checks into Rehab Again\nVarnsworth said she was well."
    found = _headline_parts(text, _people(text, "Delia Varnsworth Checks", "Varnsworth"), None)
    assert [c.text for c in found] == ["Delia Varnsworth", "Varnsworth"]
    text = "Arvel Joseph Tranquil Jr Escapes Again\nTranquil was seen."
    found = _headline_parts(text, _people(text, "Arvel Joseph Tranquil Jr", "Tranquil"), None)
    assert found[0].text == "Arvel Joseph Tranquil Jr"  # no part of a name is cut out of it


def test_a_body_name_inside_a_headline_name_beside_common_words() -> None:
    from kg.actors.mentions import _headline_parts

    text = ("April 27, 2009\nCourt Flips Norvik Endangered Species Ruling\nThe endangered "
            "species rule Norvik signed was dropped.")
    found = _headline_parts(text, _candidates(text, "Flips Norvik Endangered Species Ruling",
                                              "Norvik"), None)
    assert [c.text for c in found] == ["Norvik", "Norvik"]  # past the dateline
    assert found[0].start == text.index("Norvik")


def test_a_headline_may_leave_prepositions_in_lower_case() -> None:
    from kg.actors.mentions import _headline_parts

    text = "Norvik Checks into Telsa Clinic Again\nNorvik said it was well."
    found = _headline_parts(text, _candidates(text, "Norvik Checks", "Norvik"), None)
    assert [c.text for c in found] == ["Norvik", "Norvik"]


def test_a_street_the_ner_read_as_an_event_or_a_work_is_a_facility() -> None:
    text = ("A car burned on the Dunmore Road. Shops on Rue Anselme Pradel shut. "
            "Calle del Olmo was closed. The Lumiere Festival opened.")
    doc = _doc(text, [("the Dunmore Road", "WORK_OF_ART"), ("Rue Anselme Pradel", "EVENT"),
                      ("Calle del Olmo", "EVENT"), ("The Lumiere Festival", "EVENT")])
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert found == [("Dunmore Road", "FAC"), ("Rue Anselme Pradel", "FAC"),
                     ("Calle del Olmo", "FAC")]  # a festival is still no actor


def test_a_street_word_after_a_facility_name_is_part_of_it() -> None:
    text = "He walked along the Anselme Pradel street. Dunmore residents left."
    doc = _doc(text, [("Anselme Pradel", "FAC"), ("Dunmore", "GPE")])
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert found == ["Anselme Pradel street", "Dunmore"]


def test_a_plural_acronym_is_a_common_noun_not_a_name() -> None:
    text = "Aid from NGOs and the UN arrived. Two UAVs flew over the MPs."
    doc = _doc(text, [("NGOs", "ORG"), ("UN", "ORG"), ("UAVs", "ORG"), ("MPs", "ORG")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["UN"]


def test_a_building_word_after_an_organisation_name_makes_one_facility() -> None:
    text = "They ate at the Casa Morel restaurant. Later, Norvik hotel staff and Velmar spoke."
    doc = _doc(text, [("Casa Morel", "ORG"), ("Norvik", "ORG"), ("Velmar", "ORG")])
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("Casa Morel restaurant", "FAC") in found and ("Norvik hotel", "FAC") in found
    assert ("Velmar", "ORG") in found  # no building after it: the organisation


def test_a_rank_after_an_organisation_head_starts_a_person() -> None:
    text = (
        "Call Palmer Police Sergeant Shayne Varro today. Woodburn Police Sgt. Jon Telk wept. "
        "She died at Army General Hospital."
    )
    doc = _doc(
        text,
        [
            ("Palmer Police Sergeant Shayne Varro", "ORG"),
            ("Woodburn Police Sgt", "ORG"),
            ("Jon Telk", "PERSON"),
            ("Army General Hospital", "ORG"),
        ],
    )
    found = {c.text: c for c in find_candidates(doc, GAZETTEER)}
    assert found["Palmer Police"].label == "ORG"
    assert found["Shayne Varro"].label == "PERSON" and found["Shayne Varro"].titles == ["Sergeant"]
    assert "Woodburn Police" in found and "Woodburn Police Sgt" not in found
    assert "Army General Hospital" in found
    assert found["Shayne Varro"].role_noun == "member"
    assert found["Shayne Varro"].role_of_start == found["Palmer Police"].start


def test_a_chief_after_a_police_force_is_its_chief() -> None:
    text = "Troy Police Chief Carl Vant said so."
    doc = _doc(text, [("Troy Police", "ORG"), ("Carl Vant", "PERSON")])
    found = {c.text: c for c in find_candidates(doc, GAZETTEER)}
    assert found["Carl Vant"].role_noun == "chief"
    assert found["Carl Vant"].role_of_start == 0


def test_a_name_after_a_place_noun_and_of_is_a_place() -> None:
    text = "Houses in the village of Gavarzel fell . Leader of Varno spoke . Town of Norl 's Medal"
    doc = _doc(text, [("Gavarzel", "PERSON"), ("Varno", "PERSON"), ("Medal", "ORG")])
    # 0 Houses 1 in 2 the 3 village 4 of 5 Gavarzel 6 fell 7 . 8 Leader 9 of 10 Varno ...
    # 13 Town 14 of 15 Norl 16 's 17 Medal
    _parse(doc, {4: (3, "prep"), 5: (4, "pobj"), 9: (8, "prep"), 10: (9, "pobj"),
                 14: (13, "prep"), 17: (14, "pobj"), 15: (17, "poss")})  # fmt: skip
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "place" in cues["Gavarzel"]
    assert "place" not in cues["Varno"] and "place" not in cues["Medal"]


def test_a_count_after_a_dash_is_no_part_of_a_name_and_courtesy_is_no_name() -> None:
    text = "Lebap province - 28, Mary province - 30. Photo: Courtesy of ADN. Fire Up - 1 Dead"
    ents = [("Lebap province - 28", "GPE"), ("Mary province - 30", "GPE"), ("Courtesy", "PERSON")]
    doc = _doc(text, [*ents, ("ADN", "ORG"), ("Fire Up - 1 Dead", "ORG")])
    found = [c.text for c in find_candidates(doc, GAZETTEER)]
    assert found == ["Lebap province", "Mary province", "ADN", "Fire Up"]


def test_a_ship_prefix_makes_a_vessel_an_organisation_with_its_prefix() -> None:
    text = "Later INS Mysore escorted the MV Gibe home. Sam Gibe spoke."
    doc = _doc(text, [("Mysore", "PERSON"), ("MV Gibe", "PERSON"), ("Sam Gibe", "PERSON")])
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("INS Mysore", MentionLabel.ORG) in found and ("MV Gibe", MentionLabel.ORG) in found
    assert ("Sam Gibe", MentionLabel.PERSON) in found


def test_a_vessel_noun_before_or_in_apposition_cues_a_ship() -> None:
    text = ("A call came from merchant vessel Gibe. Mysore, a 6,900-tonne destroyer, answered. "
            "Sam Kerry, a ship captain, spoke.")
    doc = _doc(text, [("Gibe", "PERSON"), ("Mysore", "PERSON"), ("Sam Kerry", "PERSON")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "vessel" in cues["Gibe"] and "vessel" in cues["Mysore"]
    assert "vessel" not in cues["Sam Kerry"]


def test_an_offence_acronym_or_a_month_abbreviation_is_no_actor() -> None:
    text = "Jackson was arrested on a DUI charge. The DWI law changed. The DUP voted. Jul 12."
    ents = [("Jackson", "PERSON"), ("DUI", "ORG"), ("DWI", "ORG"), ("DUP", "ORG")]
    doc = _doc(text, [*ents, ("Jul", "PERSON")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Jackson", "DUP"]


@pytest.mark.slow
def test_a_possessive_with_no_noun_after_it_names_a_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The manager of the McDonald's at the mall spoke. The painting was sold at Christie's."
        " Photos from a McDonald's restaurant were shown. Russia's army and Reuters' staff left."
    )
    found = [(c.text, c.label) for c in find_candidates(nlp(text), GAZETTEER)]
    assert found.count(("McDonald's", "ORG")) == 2 and ("Christie's", "ORG") in found
    assert {t for t, _ in found} >= {"Russia", "Reuters"}


@pytest.mark.slow
def test_a_name_before_a_street_word_is_the_street(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb went off in Oxford Street. Police closed Victor Hugo street in Lyon."
    found = {c.text: c.label for c in find_candidates(nlp(text), GAZETTEER)}
    assert found.get("Oxford Street") == "FAC" and "Oxford" not in found
    assert found.get("Victor Hugo street") == "FAC" and found.get("Lyon") in {"GPE", "DICT"}


def test_a_one_word_name_before_a_us_state_is_a_place() -> None:
    text = (
        "The driver, 31, of Dunmore, Calif., was held. Mayor Tobin Farrow, Alaska's envoy, and "
        "Gresh, Texas governor, spoke."
    )
    doc = _doc(text, [("Dunmore", "PERSON"), ("Tobin Farrow", "PERSON"), ("Gresh", "PERSON")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "place" in cues["Dunmore"]
    assert "place" not in cues["Tobin Farrow"] and "place" not in cues["Gresh"]


def test_an_abbreviated_role_between_two_names_cuts_the_entity() -> None:
    text = (
        "Notes: Herons WR Tobin Farrow was hurt. Pope Benedict XVI Visits Omaha. "
        "RED SOX MAKE HUGE OFFER. The US Geological Survey said so."
    )
    doc = _doc(
        text,
        [("Herons WR Tobin Farrow", "ORG"), ("Pope Benedict XVI Visits Omaha", "PERSON"),
         ("RED SOX MAKE HUGE OFFER", "ORG"), ("US Geological Survey", "ORG")],
    )
    found = {c.text for c in find_candidates(doc, GAZETTEER)}
    assert {"Herons", "Tobin Farrow", "US Geological Survey"} <= found
    assert "Omaha" not in found and "RED" not in found


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> spacy.tokens.Doc:
    """A document with the given parse and its one place, "Omaha", tagged a GPE."""
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
                           spaces=[w != "\n" and n + 1 < len(words) and words[n + 1] not in
                                   {".", "\n"} for n, w in enumerate(words)])
    doc.ents = [doc.char_span(doc.text.index("Omaha"), doc.text.index("Omaha") + 5, label="GPE")]
    return doc


def test_a_place_after_a_preposition_is_where_things_happen_but_not_across_a_line() -> None:
    """"Fans in Omaha" is a venue; a headline's last "in" the parser reads as governing the next
    line's first name ("Win in Overtime\\nOmaha waited") is none."""
    same = _parsed(["Fans", "in", "Omaha", "waited", "."], [3, 0, 1, 3, 3],
                   ["nsubj", "prep", "pobj", "ROOT", "punct"])
    assert "venue" in find_candidates(same, GAZETTEER)[0].cues
    across = _parsed(["Win", "in", "Overtime", "\n", "Omaha", "waited", "."],
                     [0, 0, 0, 2, 1, 0, 0], ["ROOT", "prep", "npadvmod", "dep", "pobj", "conj",
                                             "punct"])
    assert "venue" not in next(c for c in find_candidates(across, GAZETTEER)
                               if c.text == "Omaha").cues


def test_a_place_a_team_marches_into_is_where_things_happen() -> None:
    """"The Saints march into Omaha": "into" names the place a game is played, as "in"."""
    into = _parsed(["Saints", "march", "into", "Omaha", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"])
    assert "venue" in next(c for c in find_candidates(into, GAZETTEER) if c.text == "Omaha").cues


def test_a_lowercase_word_ending_an_entity_is_no_part_of_a_name() -> None:
    text = "Deran Oskol Jr told reporters. The Velmari army left."
    doc = _doc(text, [("Deran Oskol Jr told", "PERSON"), ("Velmari army", "NORP")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == ["Deran Oskol Jr", "Velmari"]


def test_a_product_is_no_actor_alone_or_with_a_version_but_its_maker_is() -> None:
    text = ("Microsoft urged users of IE6 and Windows Server 2008 to upgrade to Internet "
            "Explorer 8. The Linux Foundation and Velmora Soft agreed.")
    doc = _doc(text, [("Microsoft", "ORG"), ("IE6", "GPE"), ("Windows Server 2008", "LOC"),
                      ("Internet Explorer 8", "ORG"), ("Linux Foundation", "ORG"),
                      ("Velmora Soft", "ORG")])
    assert [c.text for c in find_candidates(doc, GAZETTEER)] == [
        "Microsoft", "Linux Foundation", "Velmora Soft"]


def test_an_office_and_its_portfolio_are_no_actor_and_its_holder_is_a_person() -> None:
    text = (
        "Secretary of the Interior Mara Quill and Minister of Ports and Coastal Trade Ivo Brandt "
        "met the Interior Department. The Office of the Surgeon General and former Secretary "
        "of Health and Human Services, Lena Oduya, spoke."
    )
    doc = _doc(
        text,
        [
            ("the Interior Mara Quill", "ORG"),
            ("Ports and Coastal Trade", "ORG"),
            ("Ivo Brandt", "PERSON"),
            ("Interior Department", "ORG"),
            ("Office of the Surgeon General", "ORG"),
            ("Health and Human Services", "ORG"),
            ("Lena Oduya", "PERSON"),
        ],
    )
    found = {c.text: (c.label, c.titles) for c in find_candidates(doc, GAZETTEER)}
    assert found["Mara Quill"] == ("PERSON", ["Secretary of the Interior"])
    assert "Ivo Brandt" in found and "Lena Oduya" in found
    # used alone or heading a body's name, the office or the department is still an actor
    assert "Interior Department" in found and "Office of the Surgeon General" in found
    assert not {"Ports", "Coastal Trade", "Health", "Human Services"} & set(found)


@pytest.mark.slow
def test_a_one_word_name_used_only_as_a_thing_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    def names(text: str) -> set[str]:
        return {c.text for c in find_candidates(nlp(text), GAZETTEER)}

    award = "He has never been nominated for an Oscar. It was the dullest Oscar night in years."
    assert "Oscar" not in names(award)
    # a person the text also names so, a family's name, a plural team name stay actors
    assert "Oscar" in names(award + " He makes pancakes for son Oscar, 8, and daughter Ava.")
    assert "Rocca" in names("The Rocca family said so. Vincent Rocca spoke.")
    assert "Jaguars" in names("Jaguars fans booed as the Jaguars coach left.")


def test_a_nationality_word_the_ner_cut_from_a_place_name_is_the_place() -> None:
    """"Hawaiian" + "Gardens", "American" + "Fork": the words after the NER's nationality
    complete the name of a place of the gazetteer; "French Lick", an old name of Nashville,
    and "Hawaiian officials" do not."""
    text = ("A deputy was shot in a Hawaiian Gardens apartment. American Fork police, French "
            "Lick residents and Hawaiian officials came.")
    doc = _doc(text, [("Hawaiian", "NORP"), ("American", "NORP"), ("French", "NORP"),
                      ("Hawaiian officials", "NORP")])
    doc.ents = [doc.char_span(e.start_char, e.start_char + len(e.text.split()[0]), label="NORP")
                for e in doc.ents]
    for tok in doc:
        tok.pos_ = "PROPN" if tok.text[:1].isupper() else "NOUN"
    found = {c.text: c.label for c in find_candidates(doc, GAZETTEER)}
    assert found.get("Hawaiian Gardens") == "GPE" and found.get("American Fork") == "GPE"
    assert "French Lick" not in found and found.get("Hawaiian") == "NORP"


def test_a_demonym_the_ner_took_for_a_person_but_parsed_as_an_adjective_is_a_nationality() -> None:
    text = "Warships may enter Somali territory. Later Dana Somali spoke."
    doc = _doc(text, [("Somali", "PERSON"), ("Dana Somali", "PERSON")])
    doc[3].pos_ = "ADJ"
    found = [(c.text, c.label) for c in find_candidates(doc, GAZETTEER)]
    assert ("Somali", "NORP") in found and ("Dana Somali", "PERSON") in found


def test_a_name_after_a_point_of_the_compass_in_lower_case_is_a_place() -> None:
    text = "Fighting went on in Varia's eastern Kelm. Western Dorn officials and Tamsin Kelso met."
    doc = _doc(text, [("Varia", "GPE"), ("Kelm", "ORG"), ("Western Dorn", "ORG"),
                      ("Tamsin Kelso", "PERSON")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "place" in cues["Kelm"]
    assert "place" not in cues["Western Dorn"] and "place" not in cues["Tamsin Kelso"]


def test_a_first_name_with_a_job_in_apposition_is_a_person() -> None:
    """"Lon Wood, another retired journalist who ...": the phrase after the comma ends with an
    occupation; a company described by one ("a defense contractor") has no first name, and a
    job word inside a longer phrase ("the host city") is none."""
    text = ("Lon Wood, another retired Tarvik journalist who knew him, spoke. Acme Dynamics, a "
            "defense contractor, said so. Victoria, the host city, agreed.")
    doc = _doc(text, [("Lon Wood", "ORG"), ("Acme Dynamics", "ORG"), ("Victoria", "GPE")])
    cues = {c.text: c.cues for c in find_candidates(doc, GAZETTEER)}
    assert "person" in cues["Lon Wood"]
    assert "person" not in cues["Acme Dynamics"] and "person" not in cues["Victoria"]


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("A FIRE has badly damaged the Tarvel supermarket.", "FIRE", False),  # an article
    ("MAN KILLED BY DRUNK DRIVER IN CRASH\nA man died.", "DRIVER", False),  # an adjective
    ("The pay came from CREEP and its treasurer.", "CREEP", True),  # no word before in capitals
    ("The pay came from THE ZORVEX fund.", "ZORVEX", True),  # no English noun
])
def test_a_common_noun_in_capitals_after_an_article_or_adjective_is_no_name(
    text: str, word: str, kept: bool
) -> None:
    found = [c.text for c in find_candidates(_doc(text, [(word, "ORG")]), GAZETTEER)]
    assert (word in found) is kept


def test_a_name_in_capitals_before_its_noun_stays() -> None:
    text = "A SWAT unit was sent."
    doc = _doc(text, [("SWAT", "ORG")])
    _parse(doc, {1: (2, "compound"), 0: (2, "det")})
    assert "SWAT" in [c.text for c in find_candidates(doc, GAZETTEER)]


def test_a_vehicle_s_model_is_no_part_of_the_name_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police found a shotgun in the silver Ford Fusion Brandvik was driving. "
            "Witnesses said a grey 2013 Toyota Camry hit the officer. "
            "The Ford Foundation paid for the clinic, said Marta Ford Okafor.")
    found = {(c.start, c.text) for c in find_candidates(nlp(text), GAZETTEER)}
    texts = {t for _, t in found}
    assert (text.index("Brandvik"), "Brandvik") in found  # the driver, without the car's model
    assert not any("Fusion" in t or "Camry" in t for t in texts)  # the cars are no actors
    assert "Toyota" not in texts and (text.index("Ford"), "Ford") not in found  # nor the makes
    assert "Ford Foundation" in texts  # a body's head word: no car
    assert "Marta Ford Okafor" in texts  # a make inside a person's name after a capital


@pytest.mark.parametrize(
    ("text", "span", "phrase"),
    [
        ("A 10-year-old girl was killed by a stray bullet.", "10-year-old girl",
         "10-year-old girl"),
        ("He shot an 11 - year - old girl in the arm.", "11 - year - old girl",
         "11-year-old girl"),
        ("They face charges of assaulting under-aged girls.", "under-aged girls",
         "under-aged girls"),
        ("Anti-government protesters marched on Sunday.", "Anti-government protesters",
         "anti-government protesters"),
    ],
)
def test_a_participant_keeps_the_whole_hyphened_word_before_it(  # type: ignore[no-untyped-def]
    nlp, text: str, span: str, phrase: str
) -> None:
    """"10-year-old girl" is no "old girl", "anti-government protesters" no "government
    protesters": the span and the phrase take the hyphened word whole."""
    found = [c for c in find_candidates(nlp(text), GAZETTEER) if c.label == "PARTICIPANT"]
    assert [(c.text, c.phrase) for c in found] == [(span, phrase)]


def test_a_bullet_s_hyphen_joins_no_word_to_a_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The victims were named.\n- CUMBRIA POLICE"
    found = [c for c in find_candidates(nlp(text), GAZETTEER) if c.label == "PARTICIPANT"]
    assert [c.text for c in found][-1] == "CUMBRIA POLICE"


def test_a_make_its_model_year_counts_is_a_vehicle_whatever_its_model(nlp) -> None:  # type: ignore[no-untyped-def]
    """"a 2008 GMC Sierra": the year counts the make and its model, so the model's being also a
    first name ("Sierra") makes no person of it; a year of its own leaves the make a company."""
    vehicle = "Jackson was driving a 2008 GMC Sierra registered to him."
    company = "In 2008 Ford sold its stake to Tata."
    assert "GMC Sierra" not in [c.text for c in find_candidates(nlp(vehicle), GAZETTEER)]
    assert "Ford" in [c.text for c in find_candidates(nlp(company), GAZETTEER)]
