"""The events stage's data: trigger lexicon and word classes, read strictly, kept out of code."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from kg.errors import InputError
from kg.events.lexicon import Sense, load_lexicon, word_classes
from kg.model import PloverType

EVENTS = Path(__file__).resolve().parents[2] / "kg" / "events"
TRIGGERS = resources.files("kg.events").joinpath("data/triggers.yaml").read_text(encoding="utf-8")


def _lexicon_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, start: str) -> int:
    """The last line of *text* that starts with *start* (a repeat's second occurrence)."""
    return max(n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith(start))


def test_packaged_data_loads() -> None:
    lexicon = load_lexicon()
    assert lexicon.verbs["kill"] == Sense(PloverType.ASSAULT, "killing")
    assert lexicon.particles["take over"].type is PloverType.COERCE
    words = word_classes()
    assert words.pronoun_types["they"] == {"organisation", "group"}
    assert words.typed_target_preps["to"] >= {"AID", "SUPPORT"}
    assert words.number_words["three"] == 3
    assert "'ll" in words.future_aux


@pytest.mark.parametrize(
    ("written", "misspelt", "message"),
    [
        ("\nlight_verbs:", "\nlight_verb:", "unknown section 'light_verb'"),
        ("  kill: ASSAULT/killing", "  kill: ASSALT/killing", "kill: unknown PLOVER type 'ASSALT'"),
        ("located_at_modes: [killing,", "located_at_modes: [kiling,", "'kiling' is not one of"),
        ("  kill: ASSAULT/killing\n", "  kill: ASSAULT/killing\n  kill: AID\n", "'kill' repeated"),
    ],
)
def test_a_mistake_fails_with_path_and_line(
    tmp_path: Path, written: str, misspelt: str, message: str
) -> None:
    text = TRIGGERS.replace(written, misspelt)
    path = _lexicon_file(tmp_path, text)
    with pytest.raises(InputError, match=message) as caught:
        load_lexicon(path)
    wrong = misspelt.strip().splitlines()[-1]
    assert caught.value.line == _line_of(text, wrong.strip())
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")


def test_a_missing_section_is_named(tmp_path: Path) -> None:
    start = TRIGGERS.index("\nfall_verbs:")
    end = TRIGGERS.index("\n\n", start + 1)
    path = _lexicon_file(tmp_path, TRIGGERS[:start] + TRIGGERS[end:])
    with pytest.raises(InputError, match=r"missing section.*fall_verbs"):
        load_lexicon(path)


def test_person_roles_are_the_actor_stage_words() -> None:
    # the events stage does not import kg.actors; its copy must stay the same words
    from kg.actors.mentions import PERSON_ROLES

    assert word_classes().person_roles == PERSON_ROLES


def _word_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Literal collections of two or more English words in *path*: lower-case strings that are
    no spaCy label and no identifier (section and field names have underscores)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    public = {  # __all__ lists names, not words
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in public:
            continue
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        texts = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        words = [w for w in texts if w not in GLOSSARY and "_" not in w and w != "predet"]
        if len(texts) >= 2 and words:
            found.append((node.lineno, words))
    return found


def test_no_word_list_is_left_in_the_code() -> None:
    found = {
        f"{path.name}:{line}": words
        for path in sorted(EVENTS.glob("*.py"))
        for line, words in _word_lists(path)
    }
    assert not found, f"word lists belong in kg/events/data/: {found}"


def test_the_word_list_finder_finds_them(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text(
        '__all__ = ["a", "b"]\nDEPS = {"nsubj", "dobj"}\nX = {"kill", "shoot"}\n'
        'def f(t):\n    return t.lower_ in {"it", "its"} or t.text in ("on",)\n',
        encoding="utf-8",
    )
    assert _word_lists(path) == [(3, ["kill", "shoot"]), (5, ["it", "its"])]
