"""Score the extraction on real articles: `<slug>.txt` with `<slug>.gold.yml` (../shared/data/articles).

The format and the annotation conventions are those of that folder's README. Optional gold items are
neither required nor penalised; scores are per article and macro-averaged over the articles.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from generator.extract import extract
from generator.model.article import Article, Paragraph
from generator.model.errors import InputError
from generator.model.story import Story
from generator.sources.article_md import clean_text, read_text

ENTITY_KINDS = ("persons", "organizations", "places")
REPORTED = ("persons", "organizations", "places", "events", "quotes", "speakers", "figures")


def normal(text: object) -> str:
    """How two spellings of one thing are compared: case, quote marks, outer punctuation and spaces aside."""
    text = re.sub(r"[“”\"‘’'`]", "", str(text))
    return " ".join(text.strip(" .,;:!?-—").split()).lower()


def read_dev_article(path: Path, headings: list[int]) -> Article:
    """A `<slug>.txt`: four `key: value` lines, a blank line, then one paragraph a line."""
    head, _, body = read_text(path).partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    try:
        published = dt.date.fromisoformat(meta["date"].strip())
        language = meta["language"].strip()
    except (KeyError, ValueError):
        raise InputError(path, None, "bad metadata lines", "title:, source:, date: YYYY-MM-DD, language:") from None
    lines = [clean_text(line).strip() for line in body.strip("\n").splitlines()]
    paragraphs = [Paragraph(n, text, n in headings, n + 5) for n, text in enumerate(lines, 1)]
    title = re.sub(r"\s*\(.*\)$", "", meta.get("title", path.stem)).strip()
    return Article(
        path=path,
        slug=path.name.removesuffix(".txt"),
        title=title,
        language=language,
        published=published,
        source=None,
        publisher=None,
        paragraphs=paragraphs,
    )


def names_of(story: Story) -> dict[str, set[str]]:
    names = {a.id: {normal(n) for n in [a.name, *a.aliases]} for a in story.actors}
    names.update({p.id: {normal(n) for n in [p.name, *p.aliases]} for p in story.places})
    return names


def tally(found: list, gold: list[dict], same, show=str) -> dict:
    """right: offered items that match a required gold item; offered: those not matching only optional ones.

    `wrong` and `missed` name the errors, for reading (`evaluate samples DIR --errors`).
    """
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    right = [f for f in found if any(same(f, g) for g in required)]
    neutral = [f for f in found if f not in right and any(same(f, g) for g in optional)]
    missed = [g for g in required if not any(same(f, g) for f in found)]
    return {
        "right": len(right),
        "offered": len(found) - len(neutral),
        "hit": len(required) - len(missed),
        "gold": len(required),
        "wrong": [show(f) for f in found if f not in right and f not in neutral],
        "missed": [g.get("name") or g.get("text") or g.get("expression") for g in missed],
    }


def entity_tallies(story: Story, gold: dict) -> dict[str, dict[str, int]]:
    names = names_of(story)
    found = {
        "persons": [names[a.id] for a in story.actors if a.kind == "person"],
        "organizations": [names[a.id] for a in story.actors if a.kind == "organization"],
        "places": [names[p.id] for p in story.places],
    }

    def same(offered: set[str], item: dict) -> bool:
        return bool(offered & {normal(n) for n in [item["name"], *item.get("mentions", [])]})

    result = {}
    for kind in ENTITY_KINDS:
        # A facility may be annotated as an organisation and a place; either reading is not wrong.
        others = [
            dict(g, optional=True) for k in ENTITY_KINDS if k != kind for g in gold.get(k) or [] if g.get("optional")
        ]
        result[kind] = tally(found[kind], (gold.get(kind) or []) + others, same, lambda f: "/".join(sorted(f)))
    return result


def event_tally(story: Story, gold: dict) -> dict[str, int]:
    found = [(e.date.start, p) for e in story.events for p in e.paragraphs]

    def same(offered: tuple[str, int], item: dict) -> bool:
        return offered == (str(item["normalized"]), item["paragraph"])

    return tally(found, gold.get("events") or [], same)


def same_quote(offered: str, gold: str) -> bool:
    """The same words between the marks; a quote cut or run on by a few words still counts."""
    a, b = normal(offered), normal(gold)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 0.8 * len(longer) and shorter in longer


def quote_tallies(story: Story, gold: dict) -> dict[str, dict[str, int]]:
    names = names_of(story)
    found = [(q.text, names.get(q.speaker or "", set()), q.paragraph) for q in story.quotes]
    items = gold.get("quotes") or []
    known = {
        normal(g["name"]): {normal(n) for n in [g["name"], *g.get("mentions", [])]}
        for kind in ENTITY_KINDS
        for g in gold.get(kind) or []
    }
    quotes = tally(found, items, lambda f, g: same_quote(f[0], g["text"]), lambda f: f[0][:60])
    right = matched = 0
    wrong = []
    for item in items:
        if item.get("optional"):
            continue
        offered = next((f for f in found if same_quote(f[0], item["text"])), None)
        if offered is None:
            continue
        matched += 1
        speaker = item.get("speaker")
        # The speaker is right when the offered name is one of the gold entity's names ("Trump", "Donald Trump").
        ok = (not offered[1]) if speaker is None else bool(known.get(normal(speaker), {normal(speaker)}) & offered[1])
        right += ok
        if not ok:
            wrong.append(f"{item['text'][:40]}: {'/'.join(sorted(offered[1])) or None} (gold {speaker})")
    return {
        "quotes": quotes,
        "speakers": {"right": right, "offered": matched, "hit": right, "gold": matched, "wrong": wrong, "missed": []},
    }


def figure_tally(story: Story, gold: dict) -> dict[str, int]:
    found = [(float(f.value), f.paragraph) for f in story.figures if f.value is not None]
    return tally(
        found, gold.get("figures") or [], lambda f, g: abs(f[0] - float(g["value"])) < 1e-6 and f[1] == g["paragraph"]
    )


def score_story(story: Story, gold: dict) -> dict[str, dict[str, int]]:
    return {
        **entity_tallies(story, gold),
        "events": event_tally(story, gold),
        **quote_tallies(story, gold),
        "figures": figure_tally(story, gold),
    }


def rates(counts: dict) -> dict:
    precision = round(counts["right"] / counts["offered"], 4) if counts["offered"] else None
    recall = round(counts["hit"] / counts["gold"], 4) if counts["gold"] else None
    return {"precision": precision, "recall": recall, "wrong": counts["wrong"], "missed": counts["missed"]}


def mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None


def evaluate_devset(folder: Path) -> dict:
    """Per-article and macro-averaged precision and recall of every kind over <folder>/*.gold.yml."""
    per_article = {}
    for gold_path in sorted(folder.glob("*.gold.yml")):
        gold = yaml.safe_load(read_text(gold_path)) or {}
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.yml") + ".txt")
        story = extract(read_dev_article(text_path, gold.get("heading_lines") or []))
        per_article[text_path.stem] = {kind: rates(c) for kind, c in score_story(story, gold).items()}
    if not per_article:
        raise InputError(folder, None, "no <slug>.gold.yml files here", "a folder like ../shared/data/articles")
    macro = {
        kind: {
            measure: mean([scores[kind][measure] for scores in per_article.values()])
            for measure in ("precision", "recall")
        }
        for kind in REPORTED
    }
    return {"articles": per_article, "macro": macro}


def errors(result: dict) -> str:
    """What each article got wrong and what it missed, kind by kind."""
    lines = []
    for name, scores in result["articles"].items():
        lines.append(name)
        for kind in REPORTED:
            for label in ("wrong", "missed"):
                if scores[kind][label]:
                    lines.append(f"  {kind} {label}: " + "; ".join(scores[kind][label]))
    return "\n".join(lines)


def summary(result: dict) -> dict:
    """The scores alone, without the lists of errors: the JSON line a script reads."""
    strip = lambda scores: {k: {m: v[m] for m in ("precision", "recall")} for k, v in scores.items()}  # noqa: E731
    return {"articles": {name: strip(s) for name, s in result["articles"].items()}, "macro": result["macro"]}


def table(result: dict) -> str:
    """The scores as a plain-text table: one row per article, then the macro average."""

    def cell(value: float | None) -> str:
        return "  - " if value is None else f"{value:.2f}"

    header = f"{'article':44}" + "".join(f"{kind[:11]:>13}" for kind in REPORTED)
    rows = [header, f"{'':44}" + "".join(f"{'P / R':>13}" for _ in REPORTED)]
    for name, scores in [*result["articles"].items(), ("macro average", result["macro"])]:
        rows.append(
            f"{name[:44]:44}"
            + "".join(f"{cell(scores[k]['precision']) + ' / ' + cell(scores[k]['recall']):>13}" for k in REPORTED)
        )
    return "\n".join(rows)


def write_seed(text_path: Path, seeds: Path) -> None:
    """A dev article (`key: value` lines, a blank line, a paragraph a line) as seeds/<slug>/article.md."""
    head, _, body = text_path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    gold = yaml.safe_load(text_path.with_name(text_path.stem + ".gold.yml").read_text(encoding="utf-8"))
    headings = set(gold.get("heading_lines") or [])
    lines = [line.strip() for line in body.strip("\n").splitlines()]
    paragraphs = [f"## {line}" if n in headings else line for n, line in enumerate(lines, 1)]
    front = {
        "title": re.sub(r"\s*\(.*\)$", "", meta["title"]).strip(),
        "published": meta["date"].strip(),
        "language": meta["language"].strip(),
    }
    folder = seeds / text_path.stem.lower()
    folder.mkdir(parents=True)
    front_matter = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    (folder / "article.md").write_text(f"---\n{front_matter}---\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
