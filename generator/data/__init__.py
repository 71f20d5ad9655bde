"""Load the data files under generator/data once (vocabulary, aliases, labels), and find the shipped defaults."""

from __future__ import annotations

import functools
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
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
    return load_plain(DATA.joinpath(*name.split("/")).read_text(encoding="utf-8"))  # type: ignore[return-value]


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages the generator reads and writes: a folder each under data/lang/ (README: adding one)."""
    return tuple(sorted(item.name for item in (DATA / "lang").iterdir() if (item / "words.yml").is_file()))


KINDS = {"text": str, "list": list, "map": dict, "rules": dict, "patterns": list}


def problems(language: str, folder: Traversable | None = None) -> list[str]:
    """What a language's folder lacks, or has that no one reads, against data/lang/keys.yml: one line each."""
    found = []
    for part, declared in load("lang/keys.yml").items():
        path = (folder or DATA / "lang" / language) / f"{part}.yml"
        values = load_plain(path.read_text(encoding="utf-8"))
        assert isinstance(values, dict)
        where = f"data/lang/{language}/{part}.yml"
        for key, info in declared.items():
            if key not in values:
                found.append(f"{where}: no '{key}' ({info['means']}; expected a {info['kind']})")
            elif not isinstance(values[key], KINDS[info["kind"]]):
                found.append(f"{where}: '{key}' is not a {info['kind']} ({info['means']})")
        found += [f"{where}: '{key}' is no key of data/lang/keys.yml" for key in values if key not in declared]
    return found


def words(language: str) -> dict:
    """How the extractors read one language: its words, patterns and rules (data/lang/<code>/words.yml)."""
    return load(f"lang/{language}/words.yml")


def labels(language: str) -> dict:
    """The words of the pages in one language (data/lang/<code>/labels.yml)."""
    return load(f"lang/{language}/labels.yml")


def data_file(name: str) -> Path:
    """A data file as a path on disk, for a library that opens files itself (the CRF tagger)."""
    with as_file(DATA / name) as path:  # a package installed as files: the path itself, kept after the block
        return Path(path)
