"""The command line, as an editor and as CI use it: real processes, real files."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SEED, write_article

SCHEMA = json.loads((ROOT / "generator" / "schema" / "story.schema.json").read_text(encoding="utf-8"))


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_extract_prints_json_that_matches_the_schema():
    result = run("extract", SEED)
    assert result.returncode == 0, result.stderr
    story = json.loads(result.stdout)
    jsonschema.validate(story, SCHEMA)
    assert story["article"]["slug"] == "korut-gencatan-senjata-70"
    assert any(e["id"] == "gencatan-senjata-1953" for e in story["events"])  # story.yml applied


def test_schema_rejects_a_broken_story():
    story = json.loads(run("extract", SEED).stdout)
    story["events"][0]["date"]["start"] = "26 Juli"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(story, SCHEMA)


@pytest.mark.parametrize(
    "front, body, message",
    [
        ("title: T\npublished: 2023-02-30\nlanguage: id\n", "Teks.", ":3: bad date '2023-02-30'"),
        ("title: T\npublished: 2023-07-26\nlanguage: de\n", "Teks.", ":4: unknown language 'de' (expected en or id)"),
        ("title: T\npublished: 2023-07-26\nlanguage: id\n", "", "the article has no text"),
    ],
)
def test_bad_input_is_one_line_without_traceback(tmp_path, front, body, message):
    path = write_article(tmp_path, body, front)
    result = run("extract", path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(str(path)) and message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_new_imports_plain_text_then_extract_reads_it(tmp_path):
    text = tmp_path / "artikel.txt"
    text.write_text("Presiden Joko Widodo tiba di Jakarta pada hari Senin.\nIa disambut warga.\n", encoding="utf-8")
    command = ("new", text, "--title", "Jokowi tiba", "--published", "2024-01-15", "--language", "id")
    result = run(*command, "--seeds", tmp_path / "seeds")
    assert result.returncode == 0, result.stderr
    article = tmp_path / "seeds" / "jokowi-tiba" / "article.md"
    story = json.loads(run("extract", article).stdout)
    assert [p["n"] for p in story["article"]["paragraphs"]] == [1, 2]
    assert story["events"][0]["date"]["start"] == "2024-01-15"
    again = run(*command, "--seeds", tmp_path / "seeds")
    assert again.returncode == 2 and "already exists" in again.stderr


def test_draft_never_overwrites_unless_forced_and_keeps_a_backup(tmp_path):
    path = write_article(tmp_path, "Presiden Joko Widodo tiba di Jakarta.")
    draft = tmp_path / "draft.yml"
    assert run("extract", path, "--draft", "--out", draft).returncode == 0
    assert "joko-widodo" in draft.read_text(encoding="utf-8")
    draft.write_text("edited\n", encoding="utf-8")
    refused = run("extract", path, "--draft", "--out", draft)
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert draft.read_text(encoding="utf-8") == "edited\n"
    assert run("extract", path, "--draft", "--out", draft, "--force").returncode == 0
    assert Path(f"{draft}.bak").read_text(encoding="utf-8") == "edited\n"
    into_story = run("extract", path, "--draft", "--out", path.with_name("story.yml"))
    assert into_story.returncode == 2 and not path.with_name("story.yml").exists()


def test_render_writes_the_same_markdown_the_plugin_builds(tmp_path):
    result = run("render", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "out" / "korut-gencatan-senjata-70").glob("*.md"))
    assert pages == ["actors.md", "background.md", "data.md", "index.md", "map.md", "source.md", "timeline.md"]


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0 and all(word in result.stdout for word in ("new", "extract", "render"))
