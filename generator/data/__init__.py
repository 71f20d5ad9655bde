"""Load the data files under generator/data once: vocabulary, aliases, labels."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

DATA = Path(__file__).parent


@functools.cache
def load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def words(language: str) -> dict:
    """The extractors' word lists for one language (see data/vocabulary.yml)."""
    return load("vocabulary.yml")[language]


def labels(language: str) -> dict:
    """The page labels for one language (see data/labels.yml)."""
    return load("labels.yml")[language]
