"""Read seeds/<slug>/article.md: front matter, then numbered paragraphs (headings included)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import yaml

from generator.data.yaml12 import EditorLoader, yaml_problem
from generator.model.article import LANGUAGES, Article, Paragraph
from generator.model.errors import InputError

REQUIRED = ("title", "published", "language")
OPTIONAL = ("source", "publisher")
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2199, 12, 31)  # news of two centuries either side
MAX_BYTES = 500_000  # about 75,000 words: 15 times a long feature; builds in about 10 s
# Control characters other than tab and newline; Markdown uses some as placeholders.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


class TextLoader(EditorLoader):
    """Safe YAML where dates stay text, so a bad date is our clear error, not PyYAML's crash, where only
    true and false are booleans ("publisher: NO" is a name), keys are text, and aliases are refused."""


def clean_text(text: str) -> str:
    """Normalise Unicode and drop control characters, so what reaches a page is plain text."""
    return CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, or raise an InputError that says why not."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, None, f"cannot read file: {error.strerror}", "a readable file") from None
    if len(raw) > MAX_BYTES:
        raise InputError(path, None, f"file is {len(raw):,} bytes", f"at most {MAX_BYTES:,} bytes")
    if b"\x00" in raw:
        raise InputError(path, None, "file is binary", "UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(path, line, f"byte {raw[error.start]:#04x} is not UTF-8", "UTF-8 text") from None


def split_front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise InputError(path, 1, "no front matter", "a first line '---', then title, published and language")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(path, 1, "front matter is not closed", "a second '---' line") from None
    front = "\n".join(lines[1:end])
    try:
        meta = yaml.load(front, TextLoader) or {}
    except yaml.YAMLError as error:
        line, problem = yaml_problem(error, front)
        raise InputError(
            path, (line or 0) + 1, f"front matter is not valid YAML: {problem}", "'key: value' lines"
        ) from None
    if not isinstance(meta, dict):
        raise InputError(path, 2, "front matter is not a mapping", "'key: value' lines")
    return meta, "\n".join(lines[end + 1 :]), end + 2


def meta_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def check_meta(path: Path, text: str, meta: dict) -> dict:
    for key in REQUIRED:
        if meta.get(key) in (None, ""):
            raise InputError(path, meta_line(text, key), f"front matter has no '{key}'", f"'{key}:' with a value")
    unknown = sorted(set(meta) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise InputError(
            path,
            meta_line(text, unknown[0]),
            f"unknown front matter key '{unknown[0]}'",
            "one of " + ", ".join(REQUIRED + OPTIONAL),
        )
    published = meta["published"]
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        try:
            published = dt.date.fromisoformat(str(published))
        except ValueError:
            raise InputError(
                path, meta_line(text, "published"), f"bad date '{published}'", "an ISO date like 2023-07-26"
            ) from None
    if not EARLIEST <= published <= LATEST:  # dates are worked out from it: year 1 or 9999 would overflow
        raise InputError(
            path,
            meta_line(text, "published"),
            f"published {published.isoformat()} is out of range",
            f"a date from {EARLIEST.isoformat()} to {LATEST.isoformat()}",
        )
    if meta["language"] not in LANGUAGES:
        raise InputError(
            path, meta_line(text, "language"), f"unknown language '{meta['language']}'", " or ".join(LANGUAGES)
        )
    for key in ("title", "source", "publisher"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(path, meta_line(text, key), f"'{key}' is not text", "a single line of text")
    source = meta.get("source")
    if source and not re.match(r"https?://", source):
        raise InputError(
            path, meta_line(text, "source"), f"source '{source}' is not a web address", "an http:// or https:// URL"
        )
    return {**meta, "published": published}


def paragraphs(body: str, first_line: int) -> list[Paragraph]:
    """Blocks separated by blank lines; a block starting with '#' is a heading."""
    found: list[Paragraph] = []
    block: list[str] = []
    start = first_line
    for number, line in enumerate([*body.split("\n"), ""], first_line):
        if line.strip():
            if not block:
                start = number
            block.append(line.strip())
            continue
        if block:
            text = " ".join(block)
            heading = text.startswith("#")
            text = text.lstrip("#").strip() if heading else text
            if text:
                found.append(Paragraph(len(found) + 1, text, heading, start))
            block = []
    return found


def read_article(path: Path | str) -> Article:
    """Read and check an article.md; raise InputError naming the first problem."""
    path = Path(path)
    text = clean_text(read_text(path).replace("\r\n", "\n"))
    meta, body, body_line = split_front_matter(path, text)
    meta = check_meta(path, text, meta)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", path.parent.name):
        raise InputError(
            path.parent,
            None,
            f"folder name '{path.parent.name}' cannot be a web address",
            "lowercase letters, digits and hyphens, like korut-gencatan-senjata-70",
        )
    found = paragraphs(body, body_line)
    if not any(not paragraph.heading for paragraph in found):
        raise InputError(path, body_line, "the article has no text", "paragraphs after the front matter")
    return Article(
        path=path,
        slug=path.parent.name,
        title=clean_text(meta["title"]).strip(),
        language=meta["language"],
        published=meta["published"],
        source=meta.get("source"),
        publisher=" ".join(clean_text(meta["publisher"]).split()) if meta.get("publisher") else None,
        paragraphs=found,
    )


def seed_articles(seeds: Path) -> list[Path]:
    """Every seeds/<slug>/article.md, in slug order."""
    return sorted(seeds.glob("*/article.md"))
