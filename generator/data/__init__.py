"""Load the data files under generator/data once (vocabulary, aliases, labels), and find the shipped defaults."""

from __future__ import annotations

import functools
from importlib.resources import as_file, files
from pathlib import Path

from generator.data.yaml12 import load_plain

# The package's files are found through importlib.resources, so they are found in a wheel as in a checkout.
DATA = files("generator.data")
PACKAGE = Path(__file__).resolve().parents[1]


def shipped(folder: str) -> Path:
    """A folder of defaults the wheel carries inside the package (site_templates, theme); in a source
    checkout, the same folder at the top of the repository (pyproject.toml maps one onto the other)."""
    inside = PACKAGE / folder
    return inside if inside.is_dir() else PACKAGE.parent / {"theme": "overrides"}.get(folder, folder)


@functools.cache
def load(name: str) -> dict:
    return load_plain((DATA / name).read_text(encoding="utf-8"))  # type: ignore[return-value]


def words(language: str) -> dict:
    """The extractors' word lists for one language (see data/vocabulary.yml)."""
    return load("vocabulary.yml")[language]


def labels(language: str) -> dict:
    """The page labels for one language (see data/labels.yml)."""
    return load("labels.yml")[language]


def data_file(name: str) -> Path:
    """A data file as a path on disk, for a library that opens files itself (the CRF tagger)."""
    with as_file(DATA / name) as path:  # a package installed as files: the path itself, kept after the block
        return Path(path)
