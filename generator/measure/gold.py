"""Score an article's extraction against a hand-made gold YAML (see tests/samples/*/gold.yml)."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.extract import extract
from generator.model.errors import InputError
from generator.model.story import Story
from generator.sources.article_md import read_article, read_text

KINDS = ("persons", "organizations", "places", "dates", "quotes", "figures")


def normal(text: str) -> str:
    return " ".join(str(text).strip(" .,;:!?\"“”'").split()).lower()


def found_items(story: Story) -> dict[str, list]:
    """What the extraction offers, per kind, as sets of names (any one may match) or values."""
    names = {a.id: {normal(n) for n in [a.name, *a.aliases]} for a in story.actors}
    names.update({p.id: {normal(n) for n in [p.name, *p.aliases]} for p in story.places})
    return {
        "persons": [names[a.id] for a in story.actors if a.kind == "person"],
        "organizations": [names[a.id] for a in story.actors if a.kind == "organization"],
        "places": [names[p.id] for p in story.places],
        "dates": sorted({e.date.start for e in story.events}),
        "quotes": [(normal(q.text), names.get(q.speaker or "", set())) for q in story.quotes],
        "figures": sorted({float(f.value) for f in story.figures if f.value is not None}),
    }


def matches(kind: str, found, gold) -> bool:
    if kind in ("persons", "organizations", "places"):
        return bool(found & {normal(n) for n in gold})
    if kind == "quotes":
        speaker_ok = not found[1] if gold.get("speaker") is None else normal(gold["speaker"]) in found[1]
        return found[0] == normal(gold["text"]) and speaker_ok
    if kind == "figures":
        return abs(float(found) - float(gold)) < 1e-6
    return str(found) == str(gold)


def counts(kind: str, found: list, gold: list) -> dict[str, int]:
    """Offered items that are right, gold items that were found, and the totals."""
    return {
        "right": sum(any(matches(kind, f, g) for g in gold) for f in found),
        "hit": sum(any(matches(kind, f, g) for f in found) for g in gold),
        "found": len(found),
        "gold": len(gold),
    }


def rates(tally: dict[str, int]) -> dict:
    precision = tally["right"] / tally["found"] if tally["found"] else 0.0
    recall = tally["hit"] / tally["gold"] if tally["gold"] else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), **tally}


def article_counts(article_md: Path, gold_yml: Path) -> dict[str, dict[str, int]]:
    gold = yaml.safe_load(read_text(gold_yml)) or {}
    unknown = sorted(set(gold) - set(KINDS))
    if unknown:
        raise InputError(gold_yml, None, f"unknown kind '{unknown[0]}'", ", ".join(KINDS))
    found = found_items(extract(read_article(article_md)))
    return {kind: counts(kind, found[kind], gold.get(kind) or []) for kind in KINDS}


def evaluate_article(article_md: Path, gold_yml: Path) -> dict:
    """Precision and recall per kind of the raw extraction (story.yml is not applied)."""
    return {kind: rates(tally) for kind, tally in article_counts(article_md, gold_yml).items()}


def evaluate_samples(folder: Path) -> dict:
    """Micro-averaged precision and recall per kind over every <folder>/*/article.md with its gold.yml."""
    total = {kind: {"right": 0, "hit": 0, "found": 0, "gold": 0} for kind in KINDS}
    articles = sorted(folder.glob("*/article.md"))
    for article_md in articles:
        for kind, tally in article_counts(article_md, article_md.with_name("gold.yml")).items():
            for key, value in tally.items():
                total[kind][key] += value
    return {"articles": len(articles), **{kind: rates(tally) for kind, tally in total.items()}}
