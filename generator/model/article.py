"""An article as the generator reads it: metadata and numbered paragraphs (headings included)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class Paragraph:
    n: int
    text: str
    heading: bool
    line: int  # line in article.md, for error messages

    def to_dict(self) -> dict:
        return {"n": self.n, "text": self.text, "heading": self.heading}


@dataclass(frozen=True)
class Article:
    path: Path
    slug: str
    title: str
    language: str
    published: dt.date
    source: str | None
    publisher: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)

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
