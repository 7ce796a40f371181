"""The actor dictionary (packaged data, lookup rules, user files, errors) and gazetteer lookups."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kg.actors.gazetteer import (
    DATA_DIR,
    ActorDictionary,
    DictionaryEntry,
    Gazetteer,
    Role,
    name_key,
    read_dictionary,
)
from kg.errors import InputError
from kg.model import ActorType
from tests.actors.conftest import GAZETTEER

country, demonym, place, us_state = (
    GAZETTEER.country,
    GAZETTEER.demonym,
    GAZETTEER.place,
    GAZETTEER.us_state,
)


@pytest.fixture(scope="module")
def packaged() -> ActorDictionary:
    return ActorDictionary.load()


def _write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------- packaged data


def test_packaged_dictionary_is_large_and_valid(packaged: ActorDictionary) -> None:
    assert len(packaged) >= 150
    for entry in packaged:
        assert entry.label and isinstance(entry.type, ActorType)
        if entry.country is not None:
            assert country(entry.country) is not None, entry.label


def test_packaged_names_and_qids_are_unique(packaged: ActorDictionary) -> None:
    owners: dict[str, str] = {}
    for entry in packaged:
        for key in {name_key(n) for n in entry.names}:
            assert key not in owners, f"{key!r} names {owners.get(key)} and {entry.label}"
            owners[key] = entry.label
    qids = [e.wikidata for e in packaged if e.wikidata]
    assert len(qids) == len(set(qids))
    country_qids = [row["wikidata"] for row in _rows("countries.csv") if row["wikidata"]]
    assert len(country_qids) == len(set(country_qids))
    assert not set(qids) & set(country_qids)


def test_father_and_son_are_different_people(packaged: ActorDictionary) -> None:
    son, father = packaged.lookup("Ahmad Massoud"), packaged.lookup("Ahmad Shah Massoud")
    assert son is not None and father is not None and son is not father
    assert packaged.lookup("Massoud") is None


def test_every_packaged_country_row_and_alias_resolves() -> None:
    for row in _rows("demonyms.csv"):
        assert demonym(row["demonym"]) == row["country"]
    for row in _rows("country_aliases.csv"):
        found = country(row["alias"])
        assert found is not None and found.label == row["country"], row
    for row in _rows("countries.csv"):
        found = country(row["iso3"])
        assert found is not None and found.latitude is not None and found.longitude is not None


def test_every_packaged_place_is_found_by_its_label() -> None:
    for row in _rows("places.csv"):
        found = place(row["label"], row["country"])
        assert found is not None and found.label == row["label"], row


def test_packaged_identifiers_name_one_place_each() -> None:
    """A GeoNames or Wikidata id shared by two rows sends a user's map to the wrong place."""
    for name in ("places.csv", "countries.csv"):
        column = "geonames" if name == "places.csv" else "wikidata"
        ids = [row[column] for row in _rows(name) if row[column]]
        assert len(ids) == len(set(ids)), sorted(i for i in set(ids) if ids.count(i) > 1)


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ----------------------------------------------------------------- lookup rules


def test_acronyms_match_only_as_written(packaged: ActorDictionary) -> None:
    isi = packaged.lookup("ISI")
    assert isi is not None and isi.label == "Inter-Services Intelligence"
    assert packaged.lookup("Isi") is None and packaged.lookup("isi") is None
    who = packaged.lookup("WHO")
    assert who is not None and who.wikidata == "Q7817"
    assert packaged.lookup("who") is None
    let = packaged.lookup("LeT")
    assert let is not None and let.label == "Lashkar-e-Taiba"
    assert packaged.lookup("let") is None


def test_other_names_match_ignoring_case_accents_and_hyphens(packaged: ActorDictionary) -> None:
    for name in ["the Taliban", "The Taliban", "TALIBAN", "taliban", "  Taliban "]:
        entry = packaged.lookup(name)
        assert entry is not None and entry.label == "Taliban", name
    assert packaged.lookup("HAMAS") is packaged.lookup("Hamas")
    assert packaged.lookup("Al Qaeda") is packaged.lookup("al-Qaeda")
    assert packaged.lookup("Erdogan") is packaged.lookup("Recep Tayyip Erdoğan")
    assert packaged.lookup("Nato") is packaged.lookup("NATO")
    assert packaged.knows("Pakistan ISI") and not packaged.knows("Pakistan")
    assert packaged.lookup("") is None and packaged.lookup("the") is None


def test_knows_rules_out_names_by_their_last_word_only_where_the_keys_would() -> None:
    """``knows`` answers from the last word before making the keys; it must answer as the keys
    do, for names whose cleaning strips "the", quotes, spaces, hyphens and full stops."""
    entries = [DictionaryEntry("Al-Qaeda in Iraq", ActorType.GROUP),
               DictionaryEntry("UN", ActorType.ORGANISATION, aliases=("U.N. Security Council",)),
               DictionaryEntry("Pakistan ISI", ActorType.ORGANISATION)]
    dictionary = ActorDictionary([entries])
    names = ["al Qaeda  in Iraq", "The  UN", '" UN', "the U.N. Security Council",
             "Al-Qaeda in\nIraq", "PAKISTAN ISI", "the Pakistan ISI", "Al-Qaeda in Iraq said",
             "The UN's", "UN Security Council", "Pakistan", "Iraq", "al-Qaeda in Iraq."]
    for name in names:  # all its entries are curated: what it knows is what it looks up
        assert dictionary.knows(name) == (dictionary.lookup(name) is not None), name
    assert all(map(dictionary.knows, ["al Qaeda  in Iraq", "The  UN", "PAKISTAN ISI",
                                      "Al-Qaeda in\nIraq", "the U.N. Security Council"]))


def test_name_key_is_shared_by_spellings() -> None:
    assert name_key("al-Qa’ida") == name_key("Al Qa'ida") == name_key("al qaida")
    assert name_key("U.S.") != name_key("US")
    assert name_key("Kandahār") == name_key("KANDAHAR")


# ----------------------------------------------------------------- user files


def test_user_file_overrides_by_label_and_adds_entries(tmp_path: Path) -> None:
    path = _write(tmp_path, """
- label: Taliban
  type: organisation
  subtype: government
  aliases: [Islamic Emirate]
- label: Panjshir Resistance Council
  type: organisation
  aliases: [PRC-A]
""")
    merged = ActorDictionary.load([path])
    taliban = merged.lookup("Islamic Emirate")
    assert taliban is not None and taliban.subtype == "government" and taliban.wikidata is None
    assert merged.lookup("Taleban") is None, "an override replaces the packaged entry whole"
    assert merged.get("Panjshir Resistance Council") is not None
    assert len(merged) == len(ActorDictionary.load()) + 1
    assert [e.label for e in merged].index("Taliban") == 0, "an override keeps its place"


def test_later_user_file_takes_a_shared_alias(tmp_path: Path) -> None:
    first = _write(tmp_path, "- {label: Inter Services Intelligence Directorate,"
                   " type: organisation, aliases: [ISI]}\n", "a.yaml")
    second = _write(tmp_path, "- {label: Indian Statistical Institute, type: organisation,"
                    " aliases: [ISI]}\n", "b.yaml")
    merged = ActorDictionary.load([first, second], packaged=False)
    assert len(merged) == 2
    entry = merged.lookup("ISI")
    assert entry is not None and entry.label == "Indian Statistical Institute"
    assert entry.source.endswith("b.yaml:1")


def test_an_empty_user_file_adds_nothing(tmp_path: Path) -> None:
    assert read_dictionary(_write(tmp_path, "# nothing yet\n")) == []


def test_yaml_scalars_stay_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {label: Norway Group, type: group, aliases: [NO, 1948, yes]}\n")
    (entry,) = read_dictionary(path)
    assert entry.aliases == ("NO", "1948", "yes")
    assert entry.type is ActorType.GROUP


# ----------------------------------------------------------------- errors with file:line

ERRORS = [
    ("- label: A\n  type: person\n- label: B\n  type: robot\n", 4, "unknown type 'robot'"),
    ("- label: A\n  type: person\n- type: person\n  subtype: x\n", 3, "has no 'label'"),
    ("- label: A\n  subtype: x\n", 1, "has no 'type'"),
    ("- label: A\n  type: person\n  wikidata: 42\n", 3, "malformed Wikidata QID '42'"),
    ("- label: A\n  type: person\n  wikidata: Q42x\n", 3, "malformed Wikidata QID"),
    ("- label: A\n  type: person\n  roles:\n    - {role: x, since: 2021-13-01}\n", 4,
     "bad date '2021-13-01'"),
    ("- label: A\n  type: person\n  roles:\n    - {role: x, until: 15/08/2021}\n", 4,
     "bad date '15/08/2021'"),
    ("- label: A\n  type: person\n  roles:\n    - {role: x, since: 2021-02-01,"
     " until: 2021-01-01}\n", 4, "ends (2021-01-01) before it starts"),
    ("- label: A\n  type: person\n  roles:\n    - {since: 2021-02-01}\n", 4, "has no 'role'"),
    ("- label: A\n  type: person\n  alias: [B]\n", 3, "unknown field 'alias'"),
    ("- label: A\n  type: person\n  type: group\n", 3, "given twice"),
    ("- label: A\n  type: person\n  country: Afghanistan\n", 3, "unknown country code"),
    ("- label: A\n  type: person\n  subtype: Armed Group\n", 3, "lower_snake_case"),
    ("- label: A\n  type: person\n  aliases: B\n", 3, "must be a list"),
    ("- label: A\n  type: person\n  aliases: [Bravo Group]\n- label: C\n  type: person\n"
     "  aliases: [bravo group]\n", 4, "alias 'bravo group' of 'C' also names 'A' (line 1)"),
    ("- label: A\n  type: person\n- label: A\n  type: person\n", 3, "defined twice"),
    ("- label: A\n  type: person\n  wikidata: Q1\n- label: B\n  type: person\n  wikidata: Q1\n",
     4, "QID Q1 of 'B' is also given to 'A'"),
    ("label: A\ntype: person\n", 1, "expected a list of entries"),
    ("- label: A\n  type: person\n- [1, 2\n", 4, "not valid YAML"),
    ("- label: A\n  type: person\n- just text\n", 3, "must be a mapping"),
    ("- label: ''\n  type: person\n", 1, "'label' must be a non-empty text value"),
]


@pytest.mark.parametrize(("text", "line", "message"), ERRORS)
def test_invalid_entries_name_the_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        ActorDictionary.load([path])
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such dictionary file"):
        ActorDictionary.load([tmp_path / "absent.yaml"])


# ----------------------------------------------------------------- countries and demonyms


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Afghan", "Afghanistan"), ("Afghans", "Afghanistan"), ("Afghan's", "Afghanistan"),
     ("Pakistani", "Pakistan"), ("Iraqis", "Iraq"), ("American", "United States"),
     ("Dutch", "The Netherlands"), ("British", "United Kingdom"), ("Filipinos", "Philippines")],
)
def test_demonyms(word: str, expected: str) -> None:
    assert demonym(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Somalian", "Somalia"), ("Somalians", "Somalia"), ("Bermudan", "Bermuda"),
    ("Dominican", None),  # also "Dominican Republic"
    ("Adrian", None), ("Victorian", None), ("Christians", None),
])
def test_a_demonym_the_table_lacks_is_a_countrys_name_and_n(
    word: str, expected: str | None
) -> None:
    assert demonym(word) == expected


def test_ambiguous_demonyms_are_left_out() -> None:
    assert demonym("Congolese") is None
    assert demonym("Tajik") is None, "also an Afghan ethnic group"
    assert demonym("Afghanistan") is None


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("United States of America", "USA"),
     ("the United States", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("Netherlands", "NLD"),
     ("Holland", "NLD"), ("Burma", "MMR"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
     ("AFG", "AFG"), ("AF", "AFG"), ("afghanistan", "AFG"), ("DRC", "COD")],
)
def test_country_names_aliases_and_codes(name: str, iso3: str) -> None:
    found = country(name)
    assert found is not None and found.country == iso3 and found.subtype == "country"


def test_country_record() -> None:
    afghanistan = country("Afghanistan")
    assert afghanistan is not None
    assert (afghanistan.geonames, afghanistan.wikidata) == (1149361, "Q889")
    assert afghanistan.latitude is not None and 29 < afghanistan.latitude < 39
    assert afghanistan.longitude is not None and 60 < afghanistan.longitude < 75


def test_country_codes_are_case_sensitive_and_optional() -> None:
    assert country("us") is None
    assert country("IN") is not None and country("IN", codes=False) is None
    assert country("Kabul") is None


# ----------------------------------------------------------------- places


def test_homonyms_prefer_the_most_populous_then_the_hinted_country() -> None:
    paris = place("Paris")
    assert paris is not None and paris.country == "FRA" and paris.subtype == "city"
    texas = place("Paris", "USA")
    assert texas is not None and texas.country == "USA"
    assert place("Hyderabad", "PAK") != place("Hyderabad")
    hinted = place("Hyderabad", "Pakistan")
    assert hinted is not None and hinted.country == "PAK"


def test_continents_are_places_not_towns_of_their_name() -> None:
    africa = place("Africa")  # not Mahdia, a Tunisian town with "Africa" among its names
    assert africa is not None and (africa.subtype, africa.country) == ("continent", None)
    asia = place("Asia")  # not the Philippine town of 23,000
    assert asia is not None and asia.geonames == 6255147


def test_a_state_outranks_a_small_city_abroad_not_its_own_or_a_large_one() -> None:
    florida = place("Florida")  # not the Cuban town of 63,000
    assert florida is not None and (florida.country, florida.subtype) == ("USA", "state")
    cuban = place("Florida", "CUB")
    assert cuban is not None and (cuban.country, cuban.subtype) == ("CUB", "city")
    kandahar = place("Kandahar")  # the city of its own province
    assert kandahar is not None and kandahar.subtype == "city"
    washington = place("Washington")  # the capital, in the same country as the state
    assert washington is not None and washington.subtype == "city"


def test_city_spellings_and_coordinates() -> None:
    kandahar = place("Kandahar")
    assert kandahar is not None and kandahar.country == "AFG" and kandahar.subtype == "city"
    assert kandahar.latitude is not None and 31 < kandahar.latitude < 32
    mazar = place("Mazar-e-Sharif")
    assert mazar is not None and mazar.country == "AFG"
    kyiv = place("Kiev")
    assert kyiv is not None and kyiv.label == "Kyiv"


def test_provinces_and_regions() -> None:
    panjshir = place("Panjshir")
    assert panjshir is not None and panjshir.subtype == "province"
    assert panjshir.geonames == 6957555 and panjshir.country == "AFG"
    assert place("Panjshir province") == panjshir
    province = place("Kandahar province")
    assert province is not None and province.subtype == "province"
    assert place("Kandahar Province") == province
    valley = place("Panjshir Valley")
    assert valley is not None and valley.subtype == "valley"
    andarab = place("Andarab")
    assert andarab is not None and andarab.country == "AFG", "curated beats a small village"
    india = place("Punjab", "IND")
    assert india is not None and india.country == "IND"
    georgia = place("Georgia")
    assert georgia is not None and georgia.subtype == "state" and georgia.country == "USA"


def test_unknown_places() -> None:
    assert place("Atlantis Prime") is None
    assert place("") is None


# ----------------------------------------------------------------- roles over time


def test_taliban_roles_change_on_the_fall_of_kabul(packaged: ActorDictionary) -> None:
    taliban = packaged.lookup("Taliban")
    assert taliban is not None
    assert taliban.role_on(dt.date(2021, 8, 14)) == "insurgent group"
    assert taliban.role_on(dt.date(2021, 8, 15)) == "de facto government of Afghanistan"
    assert taliban.role_on(dt.date(1998, 1, 1)) == "de facto government of Afghanistan"
    assert ActorDictionary.role_on(taliban, "2021-09-06") == "de facto government of Afghanistan"
    assert taliban.role_on("2021-08-01/2021-08-31") == "insurgent group"
    assert taliban.role_on(None) == "de facto government of Afghanistan"


def test_role_bounds() -> None:
    entry = DictionaryEntry(
        "X", ActorType.PERSON,
        roles=(Role("minister", dt.date(2020, 1, 1), dt.date(2021, 1, 1)),),
    )
    assert entry.role_on(dt.date(2019, 12, 31)) is None
    assert entry.role_on(dt.date(2020, 1, 1)) == "minister"
    assert entry.role_on(dt.date(2021, 1, 1)) is None
    assert entry.role_on(None) is None
    assert entry.role_on("not a date") is None
    assert DictionaryEntry("Y", ActorType.GROUP).role_on(dt.date(2020, 1, 1)) is None


def test_us_state_abbreviations_in_the_forms_news_text_has() -> None:
    for form in ("N.Y.", "N.Y", "N. Y.", "N. Y"):
        assert us_state(form).label == "New York"  # type: ignore[union-attr]
    assert us_state("Calif.").label == us_state("Calif").label == "California"  # type: ignore[union-attr]
    assert place("N.J.").label == "New Jersey"  # type: ignore[union-attr]
    for word in ("Mass.", "Ill.", "Miss.", "Wash.", "Ore", "NY"):
        assert us_state(word) is None  # English words and titles; postal codes are no AP style


def test_a_short_name_of_an_armed_group_is_the_group(packaged: ActorDictionary) -> None:
    entry = packaged.lookup("Wagner")
    assert entry is not None and entry.label == "Wagner Group"


def test_the_place_index_is_saved_once_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    built = Gazetteer()
    names = ["Kandahar", "Kandahar province", "Khan Younis", "Kiev", "Bombay", "N.Y.",
             "Panjshir", "Springfield", "Police", "Nowhere-on-earth"]
    first = [built.place(n) for n in names]
    [saved] = tmp_path.glob("places-*.marshal")
    again = Gazetteer()
    assert [again.place(n) for n in names] == first
    assert [again.place("Springfield", hint) for hint in ("USA", "AUS")] == [
        built.place("Springfield", hint) for hint in ("USA", "AUS")]
    saved.write_bytes(b"damaged")  # a damaged file is rebuilt, not trusted
    assert [Gazetteer().place(n) for n in names] == first
    assert saved.read_bytes() != b"damaged"


def test_a_saved_packaged_dictionary_names_the_file_it_was_read_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.actors.gazetteer import _read_packaged_keyed

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "cache"))
    text = "- label: Wagner Group\n  type: group\n  aliases: [Wagner]\n"
    copies = []
    for place in ("one", "two"):  # two installations of the same file
        (tmp_path / place).mkdir()
        copies.append(tmp_path / place / "big.yaml")
        copies[-1].write_text(text, encoding="utf-8")
    first, _ = _read_packaged_keyed(copies[0], {"RUS"})
    second, _ = _read_packaged_keyed(copies[1], {"RUS"})  # from the copy saved for the first
    assert len(list((tmp_path / "cache").glob("big-*.marshal"))) == 1
    assert [e.source for e in first] == [f"{copies[0]}:1"]
    assert [e.source for e in second] == [f"{copies[1]}:1"]
    assert [e.label for e in second] == ["Wagner Group"]


# ----------------------------------------------------------------- sports teams


def test_teams_are_found_by_full_alias_and_former_names_never_by_nickname() -> None:
    from kg.actors.gazetteer import read_teams

    leagues = {t.league for t in read_teams()}
    assert {"NFL", "NBA", "MLB", "NHL", "NCAA"} <= leagues
    assert sum(t.league != "NCAA" for t in read_teams()) == 32 + 30 + 30 + 32
    sixers = GAZETTEER.team("Sixers")
    assert sixers is not None and sixers.name == "Philadelphia 76ers"
    assert GAZETTEER.team("the Philadelphia 76ers") is sixers
    thunder = GAZETTEER.team("Seattle SuperSonics")  # moved to Oklahoma City in 2008
    assert thunder is not None and thunder.name == "Oklahoma City Thunder"
    assert ("Seattle SuperSonics", 1967, 2008) in thunder.former
    assert GAZETTEER.team("Saints") is None  # a nickname alone may be a word
    assert GAZETTEER.team("Jags") is None  # a short form alone may be something else


def test_teams_are_dictionary_organisations_of_their_own(packaged: ActorDictionary) -> None:
    entry = packaged.lookup("Niners")
    assert entry is not None and entry.label == "San Francisco 49ers"
    assert entry.type is ActorType.ORGANISATION and entry.subtype == "sports_team"
    assert packaged.knows("Philadelphia 76ers") and not packaged.knows("Colts")


def test_a_place_asked_again_is_the_same_answer_under_each_hint() -> None:
    """:meth:`Gazetteer.place` remembers its answers by name and hint: the merge asks again."""
    fresh = Gazetteer()
    first = fresh.place("Hyderabad")
    assert fresh.place("Hyderabad") is first
    assert fresh.place("Hyderabad", "PAK") == GAZETTEER.place("Hyderabad", "PAK") != first
    assert fresh.place("Nowhereville") is None and fresh.place("Nowhereville") is None
