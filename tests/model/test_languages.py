"""A language is a folder (generator/data/lang/<code>/): each declares every key, and the extraction code
spells no word of any language."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.data import DATA, languages, problems, words
from generator.data.yaml12 import EditorLoader

ROOT = Path(__file__).resolve().parents[2]
LANG = ROOT / "generator" / "data" / "lang"


def test_the_languages_are_the_folders():
    assert set(languages()) == {p.name for p in LANG.iterdir() if p.is_dir()} >= {"id", "en"}


@pytest.mark.parametrize("language", languages())
def test_every_language_declares_every_key_once(language):
    assert problems(language) == []
    for part in ("rules", "tagger"):  # settings: the same names in every language
        assert set(words(language)[part]) == set(words("id")[part]), part
    assert all({"kind", "pattern"} <= set(entry) for entry in words(language)["dates"])
    for part in ("words.yml", "labels.yml"):  # YAML keeps a key written twice silently: the first is lost
        yaml.load((LANG / language / part).read_text(encoding="utf-8"), EditorLoader)


def test_a_missing_or_unknown_key_is_named(tmp_path):
    folder = tmp_path / "xx"
    shutil.copytree(LANG / "en", folder)
    text = (folder / "words.yml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^weekdays:.*\n", "", text) + "colour_words: [red]\n"
    (folder / "words.yml").write_text(text, encoding="utf-8")
    found = problems("xx", folder)
    assert any("no 'weekdays'" in line and "Monday first" in line for line in found)
    assert any("'colour_words' is no key" in line for line in found)


# The small words a rule is tempted to spell inline ("dan", "and", "sejak", "the"): their keys.
FUNCTION_WORDS = (
    "and_words", "list_joiners", "coordinators", "articles", "this_that", "copulas", "of_words", "since_words",
    "will_words", "date_steps", "day_words", "week_words", "month_words", "months", "weekdays", "pronouns",
    "relative_words", "subordinators", "locatives", "place_prepositions", "agent_markers", "future_markers",
    "according_to", "towards", "times_words", "one_of_words", "border_words", "number_words", "multipliers",
    "demonstratives", "clause_breaks", "verb_hints", "speech_verbs_after", "addressee_markers", "range_words",
)  # fmt: skip


def words_of_every_language() -> set[str]:
    found: set[str] = set()
    for language in languages():
        vocab = words(language)
        for key in FUNCTION_WORDS:
            value = vocab[key]
            entries = value if isinstance(value, list) else list(value) if isinstance(value, dict) else [value]
            found.update(w.lower() for entry in entries for w in re.findall(r"[^\W\d_]{2,}", str(entry)))
    return found


def literals(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that could spell a word: not docstrings, not dictionary keys, not
    regex group names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Subscript):
            skipped.add(id(node.slice))  # vocab["months"]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("group", "get"):
            skipped.update(id(arg) for arg in node.args)  # match.group("since"), groups.get("wd")
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped
    ]


# Literals that are names in the code's own world, not words of a language.
OWN_NAMES = {
    ("dates.py", "after"),  # a key of a date pattern in words.yml
    ("dates.py", "month"),  # the ${month} placeholder of a date pattern
    ("bodies.py", "last"),  # rules.organization_head: first | last
    ("gazetteer.py", "border"),  # a kind of place
    ("people.py", "an"),  # Arabic name particles (al-, as-, at-, an-): a name's form, in any language
    ("people.py", "as"),
    ("people.py", "at"),
}


def test_the_extraction_code_spells_no_word_of_a_language():
    vocabulary = words_of_every_language()
    assert {"dan", "and", "sejak", "since", "tersebut", "border"} <= vocabulary  # the list can catch them
    found = []
    for path in sorted((ROOT / "generator" / "extract").rglob("*.py")):
        for line, text in literals(path):
            spelled = {w.lower() for w in re.findall(r"(?<![\\(?<])\b[^\W\d_]{2,}\b", text)} & vocabulary
            spelled = {w for w in spelled if (path.name, w) not in OWN_NAMES}
            if spelled:
                found.append(f"{path.name}:{line}: {sorted(spelled)} in {text[:60]!r}")
    assert not found, "\n".join(found)


def test_a_language_folder_is_shipped_in_the_wheel():
    assert (DATA / "lang" / "keys.yml").is_file()
