"""The broken-seed corpus (tests/data/broken/): each stops extract and `mkdocs build --strict` with one
clear line naming the file, the line and what is expected, and never with a traceback."""

import subprocess
import sys

import pytest
import yaml

from tests.conftest import ROOT, make_project, mkdocs_build, write_article

CORPUS = ROOT / "tests" / "data" / "broken"
EXPECTED = yaml.safe_load((CORPUS / "expected.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_extract_says_what_is_wrong(case):
    result = subprocess.run(
        [sys.executable, "-m", "generator", "extract", str(CORPUS / case / "article.md")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert first.startswith(str((CORPUS / case).relative_to(ROOT))) and EXPECTED[case] in first, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", ["bad-date", "binary", "story-unknown-key", "story-missing-paragraph"])
def test_the_build_stops_with_the_same_line(tmp_path, case):
    seeds = tmp_path / "seeds"
    (seeds / case).mkdir(parents=True)
    for path in (CORPUS / case).iterdir():
        (seeds / case / path.name).write_bytes(path.read_bytes())
    result = mkdocs_build(make_project(tmp_path, seeds))
    assert result.returncode != 0
    assert EXPECTED[case] in result.stderr and "Traceback" not in result.stderr
    assert f"seeds/{case}/" in result.stderr and str(tmp_path) not in result.stderr  # as the editor knows it


def test_an_article_over_the_size_limit_stops_with_the_limit(tmp_path):
    path = write_article(tmp_path, "Kalimat berita yang panjang sekali. " * 30_000)  # about 1 MB
    result = subprocess.run(
        [sys.executable, "-m", "generator", "extract", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "bytes (expected at most 500,000 bytes)" in result.stderr


def test_the_build_never_writes_into_seeds_or_docs(tmp_path):
    project = make_project(tmp_path)
    before = {p: p.read_bytes() for folder in ("seeds", "docs") for p in (project / folder).rglob("*") if p.is_file()}
    assert mkdocs_build(project).returncode == 0
    after = {p: p.read_bytes() for folder in ("seeds", "docs") for p in (project / folder).rglob("*") if p.is_file()}
    assert after == before
