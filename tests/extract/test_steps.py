"""Extraction is one visible list of steps, each declaring what it reads and writes; the declarations hold."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from generator.extract.assemble import STEPS, Work
from generator.model.story import Story
from generator.sources.article_md import read_article
from tests.conftest import ARTICLES, SEED


def test_each_step_reads_only_what_came_before():
    written = {"story.article"}
    for step in STEPS:
        assert set(step.reads) <= written, (step.name, set(step.reads) - written)
        written |= set(step.writes)


def state(work: Work) -> dict[str, object]:
    """Everything a step could change: the work's own fields and the Story's, by name."""
    fields = {f.name: getattr(work, f.name) for f in dataclasses.fields(work) if f.name != "story"}
    fields |= {f"story.{f.name}": getattr(work.story, f.name) for f in dataclasses.fields(Story)}
    return copy.deepcopy(fields)


def articles():
    yield SEED
    english = sorted(ARTICLES.glob("en-*.txt"))[:1] if ARTICLES.exists() else []
    yield from english


@pytest.mark.parametrize("source", list(articles()), ids=lambda p: p.stem if p.suffix == ".txt" else p.parent.name)
def test_each_step_writes_only_what_it_declares(source, tmp_path):
    if source.suffix == ".txt":
        from generator.measure.devset import write_seed

        write_seed(source, tmp_path)
        source = next(tmp_path.glob("*/article.md"))
    work = Work(Story(article=read_article(source)))
    for step in STEPS:
        before = state(work)
        step.run(work)
        after = state(work)
        changed = {name for name in before if before[name] != after[name]}
        assert changed <= set(step.writes), (step.name, changed - set(step.writes))
        assert changed or source != SEED, f"{step.name} wrote nothing"  # the seed has one of everything
