"""Extraction speed and memory. Run: .venv/bin/python benchmarks/extract_speed.py

1. `python -m generator extract` on the seed, as a whole process (target: under 1.0 s), with its peak RSS.
2. Extraction of a 5,000-word article after import (target: under 1 s). The article is made of the
   paragraphs of the seed and of the real Indonesian articles in ../shared/data/articles (when that
   folder is beside the checkout), repeated, so it reads like news.
Prints the median of several runs.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md"
sys.path.insert(0, str(ROOT))


def whole_process(runs: int = 5) -> tuple[float, float]:
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "extract", str(SEED)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return statistics.median(times), peak / 1024


def long_article(words: int = 5000):
    from generator.model.article import Article, Paragraph
    from generator.sources.article_md import read_article

    texts = [p.text for p in read_article(SEED).paragraphs if not p.heading]
    for path in sorted((ROOT.parent / "shared" / "data" / "articles").glob("id-*.txt")):
        texts += path.read_text(encoding="utf-8").partition("\n\n")[2].splitlines()
    paragraphs, count = [], 0
    while count < words:
        text = texts[len(paragraphs) % len(texts)]
        paragraphs.append(Paragraph(len(paragraphs) + 1, text, False, len(paragraphs) + 1))
        count += len(text.split())
    return Article(SEED, "long", "Long", "id", dt.date(2023, 7, 26), None, None, paragraphs), count


def after_import(runs: int = 5) -> tuple[float, int]:
    from generator.extract import extract

    article, words = long_article()
    extract(article)  # load the gazetteer and the model once, as a long-running build does
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(article)
        times.append(time.perf_counter() - start)
    return statistics.median(times), words


def main() -> None:
    seconds, peak = whole_process()
    print(f"extract seed, whole process: {seconds:.2f} s median of 5 (target < 1.0 s); peak RSS {peak:.0f} MiB")
    seconds, words = after_import()
    print(f"extract {words:,}-word article after import: {seconds:.2f} s median of 5 (target < 1 s)")


if __name__ == "__main__":
    main()
