"""scripts/convert_phoenix_actors.py on a small hand-written excerpt in the Phoenix format, and
the committed conversion against the script's output on the real files (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.actors.gazetteer import PHOENIX_DICTIONARY, ActorDictionary, read_dictionary
from tests.conftest import ROOT, SHARED, load_script

SOURCE = SHARED / "reference" / "petrarch"

COUNTRIES = """\
# a comment
FREEDONIA_  [FRD]
+FREEDONIAN_
+CAPITAL_CITY_ # a city is no alias of the country

FREEDONIAN_NATIONAL_GUARD
+FNG
\t[FRDMIL]

RUFUS_T_FIREFLY_  # CountryInfo.txt
+FIREFLY_
+PRESIDENT_FIREFLY_
\t[FRDELI 300101-330101]
\t[FRDGOV >19330101]

GROUCHO_MARX_
+SECRETARY_GROUCHO_MARX_
\t[FRDGOVMIL 19330101-19350101] # no CountryInfo mark: the dated office tells

FREEDONIAN_ASSEMBLY_
\t[FRDGOVLEG >19330101]
"""
INTERNATIONAL = """\
ACME_WIDGETS_INTERNATIONAL_INC_\t[MNCFRD]\t# Widgets
+ACMEWIDGETS
LEAGUE_OF_FREE_STATES_ [IGOUNO]
+LFS
+FREE_STATES_TIDAL_SURVEY_
+LEAGUE_OF_THE_FREE_STATES
"""
MILNONSTATE = """\
SYLVANIAN_LIBERATION_FRONT_ [SYLREB] #  kkl 21 Mar 13
+SLF_
+FRONT_FOR_SYLVANIA_
"""
AGENTS = """\
!PERSON! = MAN, MEN
POLICE_OFFICER [~COP]
CATTLE!PERSON! [~AGR]
"""
FAKE = {"FRD": "Freedonia", "SYL": "Sylvania"}


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("convert_phoenix_actors")


def _convert(script: ModuleType) -> dict[str, dict[str, object]]:
    entries = script.convert({
        "Phoenix.Countries.actors.txt": COUNTRIES.splitlines(),
        "Phoenix.International.actors.txt": INTERNATIONAL.splitlines(),
        "Phoenix.MilNonState.actors.txt": MILNONSTATE.splitlines(),
    }, FAKE, lambda name: name == "Freedonia")
    return {e["label"]: e for e in entries}


def test_countries_give_people_with_roles_over_time_and_national_bodies(
    script: ModuleType,
) -> None:
    entries = _convert(script)
    assert "Freedonia" not in entries  # the country block is the gazetteer's
    person = entries["Rufus T Firefly"]
    assert person["type"] == "person" and person["country"] == "FRD"
    assert person["aliases"] == ["President Firefly"]  # never the bare surname "Firefly"
    assert person["roles"] == [
        {"role": "elite of Freedonia", "since": "1930-01-01", "until": "1933-01-02"},
        {"role": "government of Freedonia", "since": "1933-01-01"},
    ]
    guard = entries["Freedonian National Guard"]
    assert (guard["type"], guard["subtype"], guard["country"]) == (
        "organisation", "military", "FRD")
    assert guard["aliases"] == ["FNG"]


def test_dated_offices_make_a_person_unless_the_name_is_a_body(script: ModuleType) -> None:
    entries = _convert(script)
    holder = entries["Groucho Marx"]
    assert holder["type"] == "person" and holder["aliases"] == ["Secretary Groucho Marx"]
    assert holder["roles"] == [
        {"role": "government of Freedonia", "since": "1933-01-01", "until": "1935-01-02"}]
    assembly = entries["Freedonian Assembly"]
    assert (assembly["type"], assembly["subtype"]) == ("organisation", "government")


def test_companies_organisations_and_armed_groups(script: ModuleType) -> None:
    entries = _convert(script)
    acme = entries["Acme Widgets International"]
    assert (acme["subtype"], acme["country"]) == ("company", "FRD")
    assert acme["aliases"] == ["Acme Widgets International Inc"]  # "Acmewidgets": one word
    league = entries["League of Free States"]
    assert league["subtype"] == "igo"
    # a body coded under its parent is not another name of it: same head noun only
    assert league["aliases"] == ["LFS", "League of the Free States"]
    front = entries["Sylvanian Liberation Front"]
    assert (front["subtype"], front["country"]) == ("armed_group", "SYL")
    assert front["aliases"] == ["Front for Sylvania", "SLF"]


def test_the_output_is_a_valid_kg_dictionary(script: ModuleType, tmp_path: Path) -> None:
    entries = list(_convert(script).values())
    path = tmp_path / "phoenix.yaml"
    path.write_text(script.dump(entries, script.FILES), encoding="utf-8")
    read = {e.label: e for e in read_dictionary(path, {"FRD", "SYL"})}
    assert str(read["Rufus T Firefly"].roles[1].since) == "1933-01-01"
    assert "MIT" in path.read_text(encoding="utf-8").split("- label")[0]


def test_agents_expand_their_macros(script: ModuleType) -> None:
    assert script.agents(AGENTS.splitlines()) == [
        ("cattleman", "AGR"), ("cattlemen", "AGR"), ("police officer", "COP")]


def test_phoenix_names_type_and_link_but_never_make_a_mention() -> None:
    dictionary = ActorDictionary.load()
    phoenix = {e.label for e in read_dictionary(PHOENIX_DICTIONARY)}
    name = next(n for n in sorted(phoenix) if dictionary.get(n) is not None
                and dictionary.get(n).source.startswith(str(PHOENIX_DICTIONARY)))
    assert dictionary.lookup(name) is not None
    assert not dictionary.knows(name)
    assert dictionary.knows("Taliban")  # curated


def test_committed_conversion_is_the_scripts_output(script: ModuleType, tmp_path: Path) -> None:
    if not all((SOURCE / f).is_file() for f in (*script.FILES, script.AGENTS)):
        pytest.skip(f"Phoenix dictionaries absent under {SOURCE}")
    paths = len(sys.path)
    script.main(SOURCE, tmp_path)
    assert len(sys.path) <= paths + 1, "the script puts the project on sys.path once"
    for name in ("phoenix.yaml", "phoenix_agents.csv"):
        committed = (ROOT / "kg" / "actors" / "data" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, name
