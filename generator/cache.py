"""Rebuild only what changed: results keyed by a hash of their inputs.

The cache lives in this module, not in the plugin object, because `mkdocs serve` makes a new
plugin for every rebuild while the process (and this module) stays.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE.parent / "site_templates"
MAX_ENTRIES = 1000

_results: dict[tuple, object] = {}


def digest(paths: list[Path]) -> str:
    hasher = hashlib.sha256()
    for path in paths:
        hasher.update(str(path).encode())
        hasher.update(path.read_bytes() if path.exists() else b"-")
    return hasher.hexdigest()


def code_fingerprint() -> str:
    """The generator's code, data and templates: a change to any of them invalidates everything."""
    files = sorted(p for folder in (PACKAGE, TEMPLATES) for p in folder.rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts)
    return digest(files)


def article_fingerprint(article_md: Path, code: str) -> str:
    """An article, the editor's story.yml beside it, and the code that reads them."""
    return digest([article_md, article_md.with_name("story.yml")]) + code


def cached(key: tuple, make: Callable[[], T]) -> T:
    if key not in _results:
        if len(_results) >= MAX_ENTRIES:
            _results.clear()
        _results[key] = make()
    return _results[key]  # type: ignore[return-value]
