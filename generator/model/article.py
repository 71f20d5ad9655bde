"""An article as the generator reads it: metadata and numbered paragraphs (headings included)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from generator.data import languages
from generator.model.fields import SLUG, described

LANGUAGES = languages()  # a folder each under data/lang/


@dataclass(frozen=True)
class Paragraph:
    """A paragraph (or sub-heading) of the article, numbered from 1."""

    n: int = described("its number, from 1; sub-headings count", minimum=1)
    text: str = described("its text")
    heading: bool = described("a sub-heading")
    line: int = described("its line in article.md, for error messages", exported=False)

    def to_dict(self) -> dict:
        return {"n": self.n, "text": self.text, "heading": self.heading}


@dataclass(frozen=True)
class Article:
    """The article: its metadata from the front matter, and its paragraphs."""

    path: Path = described("where article.md is", exported=False)
    slug: str = described("the folder name, the explainer's address", pattern=SLUG)
    title: str = described("the explainer's title")
    language: str = described("the article's language", choices=LANGUAGES)
    published: dt.date = described("publication date, YYYY-MM-DD", pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    source: str | None = described("the original's web address")
    publisher: str | None = described("who published it")
    paragraphs: list[Paragraph] = described("the paragraphs, in order", factory=list)

    def naming(self, names: list[str]) -> list[int]:
        """The paragraphs whose text holds one of these names as whole words, whatever their case."""
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names if n), re.IGNORECASE)
        return [p.n for p in self.paragraphs if pattern.search(p.text)]

    @classmethod
    def from_dict(cls, data: dict, path: Path) -> Article:
        paragraphs = [Paragraph(p["n"], p["text"], p["heading"], 0) for p in data["paragraphs"]]
        return cls(
            path=path,
            slug=data["slug"],
            title=data["title"],
            language=data["language"],
            published=dt.date.fromisoformat(data["published"]),
            source=data["source"],
            publisher=data["publisher"],
            paragraphs=paragraphs,
        )

    def to_dict(self) -> dict:
        return {
            "slug": self.slug,
            "title": self.title,
            "language": self.language,
            "published": self.published.isoformat(),
            "source": self.source,
            "publisher": self.publisher,
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
        }
