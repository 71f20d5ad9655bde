"""The whole one-way path for one article: read -> extract -> curate -> Story."""

from __future__ import annotations

from pathlib import Path

from generator.extract import extract
from generator.model.story import Story
from generator.sources.article_md import read_article
from generator.sources.story_yml import curate


def load_story(article_md: Path | str) -> Story:
    """The curated Story of seeds/<slug>/article.md, with story.yml beside it applied."""
    article_md = Path(article_md)
    return curate(extract(read_article(article_md)), article_md.with_name("story.yml"))
