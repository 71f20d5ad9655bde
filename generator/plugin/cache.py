"""Rebuild only what changed: each explainer's files, keyed by a hash of their inputs.

Kept in memory (for `mkdocs serve`, whose rebuilds make a new plugin object in the same process)
and on disk under .cache/explainer/ (so a second `mkdocs build` skips extraction and rendering,
and never even imports folium or the tagger).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from generator.data import shipped
from generator.model.story import Story
from generator.sources.files import write_atomic

PACKAGE = Path(__file__).resolve().parents[1]


def digest(paths: list[Path]) -> str:
    hasher = hashlib.sha256()
    for path in paths:
        hasher.update(str(path.name).encode())
        hasher.update(path.read_bytes() if path.exists() else b"-")
    return hasher.hexdigest()


def code_fingerprint(templates: tuple[Path, ...] = ()) -> str:
    """The generator's code, data and default templates, and the site's own templates: a change to any of
    them invalidates everything."""
    folders = (PACKAGE, shipped("site_templates"), shipped("theme"), *templates)
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return digest(files)


def article_fingerprint(article_md: Path, code: str, directory_urls: bool) -> str:
    """An article (and its folder's name: the slug), its story.yml, the code that reads them, the URL style."""
    return hashlib.sha256(
        (
            article_md.parent.name
            + digest([article_md, article_md.with_name("story.yml")])
            + code
            + str(directory_urls)
        ).encode()
    ).hexdigest()[:32]


class ExplainerCache:
    """{fingerprint: {"article": ..., "files": {path: text}, "search": record}} in memory and in a folder
    (None: memory only).

    `memory` outlives one build: the plugin keeps it across the rebuilds of `mkdocs serve`.
    """

    def __init__(self, folder: Path | None, memory: dict[str, dict]):
        self.folder, self.memory = folder, memory
        self.used: set[str] = set()

    def get(self, key: str) -> dict | None:
        self.used.add(key)
        if key not in self.memory:
            path = self.folder / f"{key}.json" if self.folder else None
            if not path or not path.exists():
                return None
            try:
                entry = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None  # a damaged entry is rebuilt
            if not well_formed(entry):
                return None  # valid JSON of another shape (an old version, a hand edit): rebuilt too
            self.memory[key] = entry
        return self.memory[key]

    def put(self, key: str, entry: dict) -> bool:
        """Keep an entry; False if the folder refused it (the build goes on from memory)."""
        self.used.add(key)
        self.memory[key] = entry
        if not self.folder:
            return True
        try:
            write_atomic(self.folder / f"{key}.json", json.dumps(entry, ensure_ascii=False))
        except OSError:
            return False
        return True

    def prune(self) -> None:
        """Forget entries this build did not use, so the folder does not grow without end."""
        for key in set(self.memory) - self.used:
            del self.memory[key]
        try:
            for path in self.folder.glob("*.json") if self.folder and self.folder.is_dir() else []:
                if path.stem not in self.used:
                    path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache keeps its old entries; they are never read by a later key


def well_formed(entry: object) -> bool:
    """An entry this version wrote: an article the model reads, text files by path, a search record."""
    if not (
        isinstance(entry, dict)
        and isinstance(entry.get("article"), dict)
        and isinstance(entry.get("files"), dict)
        and isinstance(entry.get("search"), dict)
    ):
        return False
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in entry["files"].items()):
        return False
    try:
        Story.headline(entry["article"], Path("."))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return True


def writable(folder: Path) -> str | None:
    """None if the cache can live in this folder; else why not, in a few words."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as error:
        return error.strerror or type(error).__name__
    return None
