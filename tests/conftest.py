"""Shared fixtures: the seed, a way to write articles, and one real `mkdocs build` per session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md"
MKDOCS = Path(sys.executable).with_name("mkdocs")
ARTICLES = ROOT.parent / "shared" / "data" / "articles"  # the real dev articles, read-only


@pytest.fixture(scope="session")
def seed_story():
    from generator.pipeline import load_story

    return load_story(SEED)


@pytest.fixture(scope="session")
def raw_story():
    """The seed extracted without its story.yml."""
    from generator.extract import extract
    from generator.sources.article_md import read_article

    return extract(read_article(SEED))


def write_article(folder: Path, body: str, front: str | None = None, slug: str = "test-article") -> Path:
    front = front if front is not None else "title: Judul uji\npublished: 2023-07-26\nlanguage: id\n"
    path = folder / slug / "article.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    return path


def extracted(folder: Path, language: str, body: str):
    """The Story the pipeline's extraction makes of an article of this body, in this language."""
    from generator.extract import extract
    from generator.sources.article_md import read_article

    path = write_article(folder, body, f"title: Uji\npublished: 2024-03-04\nlanguage: {language}\n")
    return extract(read_article(path))


def make_project(tmp_path: Path, seeds: Path | None = None) -> Path:
    """A copy of the project's mkdocs.yml and docs/ with the given seeds folder."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(seeds or ROOT / "seeds", project / "seeds")
    return project


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "-q"], cwd=project, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The seed site, built once by a real `mkdocs build --strict`."""
    project = make_project(tmp_path_factory.mktemp("build"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def dev_site(tmp_path_factory) -> Path:
    """The seed and every dev article, built by one real `mkdocs build --strict`."""
    from generator.measure.devset import write_seed

    if not ARTICLES.exists():
        pytest.skip("../shared/data/articles is not beside this checkout")
    project = make_project(tmp_path_factory.mktemp("fact-check"))
    for text_path in sorted(ARTICLES.glob("*.txt")):
        write_seed(text_path, project / "seeds")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


# What each test needs, from the fixtures it asks for and the names its body calls (through the helpers
# of its own module): `pytest -m unit` runs the fast ones, `-m build` those that run mkdocs or another
# command, `-m browser` those that drive Chromium.
BROWSER = {"browser", "page", "base_url", "search", "sync_playwright"}
BUILD = {"built_site", "dev_site", "hostile_site", "installed", "in_site", "mkdocs_build", "subprocess", "MKDOCS"}


def names_called(function, module, seen: set | None = None) -> set[str]:
    seen = set() if seen is None else seen
    names = set(function.__code__.co_names)
    for name in names - seen:
        seen.add(name)
        helper = getattr(module, name, None)
        if callable(helper) and getattr(helper, "__module__", None) == module.__name__ and hasattr(helper, "__code__"):
            names |= names_called(helper, module, seen)
    return names


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ())) | names_called(item.function, item.module)
        kind = "browser" if used & BROWSER else "build" if used & BUILD else "unit"
        item.add_marker(getattr(pytest.mark, kind))
