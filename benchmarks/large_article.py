"""The largest article the build takes (500,000 bytes), built from scratch. Run:
.venv/bin/python benchmarks/large_article.py

Two articles of the limit's size, each built by `mkdocs build` in a fresh folder:
1. real text: the seed's and the annotated samples' paragraphs in turn, the way a long feature reads;
2. one paragraph with no full stop: numbers, names, dates and quotes run together, so that every figure
   and event would quote a sentence as long as the article (the case that once made output quadratic).
Reports seconds, peak memory and the explainer's bytes on disk; the target is under 15 s each.
"""

from __future__ import annotations

import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).with_name("mkdocs")
LIMIT = 500_000
HEAD = "---\ntitle: Arsip panjang\npublished: 2023-07-26\nlanguage: id\n---\n\n"
SOURCES = [
    ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md",
    *sorted(ROOT.glob("tests/samples*/*/article.md")),
]


def real_text() -> str:
    paragraphs = [
        line.strip()
        for path in SOURCES
        for line in path.read_text(encoding="utf-8").split("---", 2)[2].split("\n")
        if line.strip() and not line.startswith("#")
    ]
    text, n = HEAD, 0
    while len((text + paragraphs[n % len(paragraphs)]).encode()) + 2 < LIMIT:
        text += paragraphs[n % len(paragraphs)] + "\n\n"
        n += 1
    return text


def run_on() -> str:
    rng = random.Random(1)
    bits = ["sebanyak 120 orang", "Rp 45 juta", "warga", "Jakarta", "kata", "dan", "yang", "menurut",
            "Presiden Joko Widodo", "“kutipan", "panjang”", "di", "pada Senin (3/7)", "37 persen"]  # fmt: skip
    words, size = [], len(HEAD)
    while size < LIMIT - 40:
        word = rng.choice(bits)
        words.append(word)
        size += len(word.encode()) + 1
    return HEAD + " ".join(words) + "\n"


def build(text: str) -> tuple[float, int, int]:
    """Seconds, peak memory (KB) and the explainer's bytes of one build from scratch."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
        shutil.copytree(ROOT / "docs", folder / "docs")
        (folder / "seeds" / "large").mkdir(parents=True)
        (folder / "seeds" / "large" / "article.md").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([str(MKDOCS), "build", "-q"], cwd=folder, check=True, capture_output=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        size = sum(p.stat().st_size for p in (folder / "site" / "large").rglob("*") if p.is_file())
        return seconds, peak, size


def main() -> None:
    print("| article (500,000 bytes) | build s | peak MB | explainer MB |")
    print("|---|---|---|---|")
    for name, text in (("real text, 2,000 paragraphs", real_text()), ("one paragraph, no full stop", run_on())):
        seconds, peak, size = build(text)
        print(f"| {name} | {seconds:.1f} | {peak / 1024:.0f} | {size / 1e6:.1f} |")


if __name__ == "__main__":
    main()
