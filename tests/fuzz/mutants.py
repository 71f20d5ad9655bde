"""Mutated articles and story.yml files, as a careless editor or an attacker writes them.

Deterministic: the same seed number gives the same mutants, so a failure can be replayed with
`python -m tests.fuzz.run --case N`. Each mutant is a (name, article.md text, story.yml text or None).
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASES = [
    ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md",
    *sorted((ROOT / "tests" / "samples").glob("*/article.md")),
]

# Front matter values at the edges of what YAML and the calendar allow.
DATES = [
    "9999-12-31",
    "0001-01-01",
    "1900-02-29",
    "2024-02-29",
    "2023-13-01",
    "",
    "null",
    "2023-07-26T25:00",
    "[2023, 7, 26]",
    "{a: 1}",
    "1e999",
    "20230726",
    "'2023-07-26'",
    "2023-7-6",
    "~",
]
LANGUAGES = ["id", "en", "fr", "ID", "true", "on", "[id]", "1", ""]
TEXTS = [
    "on",
    "no",
    "yes",
    "true",
    "123",
    "1.5",
    "null",
    "[a, b]",
    "{a: b}",
    "'x'",
    "|\n  two\n  lines",
    '"\\x1b[31mred"',
    '"a\\0b"',
    "&a [*a, *a]",
    "!!python/object:os.system ls",
    '"\\uFFFE"',
    "'" + "x" * 5000 + "'",
    "<script>alert(1)</script>",
    'A & B "C"',
    "Rp 1.000 — “kutip”",
]
BODY_BITS = [
    "\x00",
    "\x1b[31m",
    "\x07",
    "\u2028",
    "\ufffe",
    "\ud7ff",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "[x](javascript:alert(1))",
    "| a | b |\n|---|---|",
    "# Judul",
    "    kode",
    "> kutipan",
    "* * *",
    "***bold***",
    "“tanpa tutup",
    '"',
    "500 tahun lalu",
    "9999 tahun lalu",
    "pada 31 Desember 9999",
    "Senin (32/13)",
    "1.000.000.000.000.000 orang",
    "Rp 10⁹⁹ triliun",
    "(AS)",
    "(",
    ")",
    "Bapak",
    "¶",
    "\t",
    "ﷺ",
    "👍🏽",
    "日本語の文",
    "Aku   spasi",
    "x" * 3000,
]
STORY_SECTIONS = ["actors", "places", "events", "eras", "context", "hide"]
STORY_VALUES = [
    "123",
    "42",
    "true",
    "on",
    "null",
    "[]",
    "{}",
    "xy",
    "-1",
    "999",
    "1e9",
    "'2023-02-30'",
    "[1, 999]",
    "[a]",
    "{start: 1950}",
    "{start: '2023-07-26', end: x}",
    '"\\x1b[2J"',
    "&a [*a, *a, *a]",
    "'<script>'",
    "[[[[[]]]]]",
]
STORY_FIELDS = [
    "name",
    "kind",
    "role",
    "country",
    "lat",
    "lon",
    "paragraphs",
    "summary",
    "date",
    "start",
    "end",
    "line",
    "aliases",
    "description",
    "source",
    "title",
    "text",
    "unknown_field",
    "1",
    "true",
    "on",
]


def front(title: str = "Judul", published: str = "2023-07-26", language: str = "id", extra: str = "") -> str:
    return f"---\ntitle: {title}\npublished: {published}\nlanguage: {language}\n{extra}---\n\n"


def body_of(text: str) -> str:
    return text.split("---", 2)[2].strip() if text.startswith("---") else text


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for k in range(1, levels):
        prev, name = chr(ord("a") + k - 1), chr(ord("a") + k)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines)


def article_mutants(rng: random.Random, count: int) -> list[tuple[str, str, None]]:
    bodies = [body_of(p.read_text(encoding="utf-8")) for p in BASES]
    found = []
    for n in range(count):
        body = rng.choice(bodies)
        kind = rng.randrange(6)
        if kind == 0:  # front matter values
            text = front(rng.choice(TEXTS), rng.choice(DATES), rng.choice(LANGUAGES)) + body
        elif kind == 1:  # extra or odd keys
            extra = rng.choice(
                [
                    "publisher: on\n",
                    "publisher: A & B\n",
                    "source: javascript:alert(1)\n",
                    "1: x\n",
                    "true: x\n",
                    "on: x\n",
                    'publisher: "\\x1b[31mX\\nY"\n',
                    f"x: {nested(1000)}\n",
                    bomb() + "\n",
                    "publisher: " + rng.choice(TEXTS) + "\n",
                    "? [a]\n: b\n",
                ]
            )
            text = front(extra=extra) + body
        elif kind == 2:  # bits in the body
            words = body.split(" ")
            for _ in range(rng.randrange(1, 12)):
                words.insert(rng.randrange(len(words) + 1), rng.choice(BODY_BITS))
            text = front(published=rng.choice(["2023-07-26", "9999-12-31", "0001-01-01"])) + " ".join(words)
        elif kind == 3:  # one long paragraph: every figure and quote in one sentence
            text = front() + " ".join(body.split()) * rng.randrange(1, 6)
        elif kind == 4:  # structure: cut, duplicated, shuffled paragraphs
            paragraphs = body.split("\n\n")
            rng.shuffle(paragraphs)
            text = front(language=rng.choice(["id", "en"])) + "\n\n".join(
                paragraphs[: rng.randrange(1, len(paragraphs) + 1)] * 2
            )
        else:  # raw bytes-level damage of the whole file
            text = front() + body
            cut = rng.randrange(len(text))
            text = text[:cut] + rng.choice(["\n---\n", "\r\n", "\x00", "\n\n\n", "---", "\ufeff"]) + text[cut:]
        found.append((f"article-{n}", text, None))
    return found


def story_mutants(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    article = BASES[0].read_text(encoding="utf-8")
    ids = ["kim-jong-un", "sergei-shoigu", "pyongyang", "new-id", "1", "true", "on", "", "a b"]
    found = []
    for n in range(count):
        kind = rng.randrange(4)
        section = rng.choice(STORY_SECTIONS)
        if kind == 0:
            field = rng.choice(STORY_FIELDS)
            text = f"{section}:\n  {rng.choice(ids)}:\n    {field}: {rng.choice(STORY_VALUES)}\n"
        elif kind == 1:
            text = f"{section}: {rng.choice(STORY_VALUES)}\n"
        elif kind == 2:
            entries = "".join(
                f"    {rng.choice(STORY_FIELDS)}: {rng.choice(STORY_VALUES)}\n" for _ in range(rng.randrange(1, 5))
            )
            text = f"{section}:\n  {rng.choice(ids)}:\n{entries}"
        else:
            text = rng.choice(
                [
                    bomb(),
                    f"actors: {nested(1000)}",
                    "\ufffe",
                    "actors:\n  - x\n",
                    "1: x\n",
                    "true: x\n",
                    "context:\n  - {title: a, text: b, source: 'javascript:x'}\n",
                    "hide: [nobody, 1, true]\n",
                    "eras:\n  e1: {name: Era, start: 1950, end: 1953}\n",
                    "%YAML 1.1\n---\na: b\n",
                    "places:\n  kota-baru: {name: Kota, kind: city, lat: null, lon: null, paragraphs: [1]}\n",
                ]
            )
        found.append((f"story-{n}", article, text))
    return found


def mutants(seed: int = 0, articles: int = 300, stories: int = 150) -> list[tuple[str, str, str | None]]:
    rng = random.Random(seed)
    return article_mutants(rng, articles) + story_mutants(rng, stories)
