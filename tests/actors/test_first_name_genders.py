"""scripts/convert_first_name_genders.py on small hand-written Census tables, the committed
first_name_genders.csv read back, and the sex titles give."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from kg.actors.words import first_name_gender, title_gender
from tests.conftest import assert_script_reproduces, load_script

FEMALE = """\
MARY           2.629  2.629      1
KELLY          0.283  2.912      2
LESLIE         0.154  3.066      3
J              0.100  3.166      4
"""
MALE = """\
GARY           0.650  0.650      1
KELLY          0.063  0.713      2
LESLIE         0.081  0.794      3
MARY           0.003  0.797      4
"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("convert_first_name_genders")


def test_a_name_one_sex_bears_four_times_as_often_is_that_sex(script: ModuleType) -> None:
    female, male = script.shares(FEMALE.splitlines()), script.shares(MALE.splitlines())
    assert script.convert(female, male) == [("gary", "m"), ("kelly", "f"), ("mary", "f")]


def test_a_row_that_is_no_census_row_is_refused(script: ModuleType) -> None:
    with pytest.raises(ValueError, match="NAME percent"):
        script.shares(["MARY,2.629"])


def test_the_written_file_says_where_it_comes_from(script: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "dist.female.first").write_text(FEMALE, encoding="ascii")
    (tmp_path / "dist.male.first").write_text(MALE, encoding="ascii")
    script.main(tmp_path, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "MIT License" in text and "Census" in text
    assert text.splitlines()[-4:] == ["name,gender", "gary,m", "kelly,f", "mary,f"]


def test_the_committed_names_and_titles_tell_a_sex() -> None:
    assert first_name_gender("Robyn") == "f" and first_name_gender("Gary") == "m"
    assert first_name_gender("Leslie") == first_name_gender("Kathina") == ""
    assert title_gender(["Mr."]) == "m" and title_gender(["Ms"]) == "f"
    assert title_gender(["Dr."]) == title_gender(["Mr", "Mrs"]) == ""


def test_committed_file_is_the_scripts_output_of_the_package(
    script: ModuleType, tmp_path: Path,
) -> None:
    assert_script_reproduces(script, "names", "first_name_genders.csv", tmp_path)
