"""An archive of many explainers, built from scratch. Run: .venv/bin/python benchmarks/archive.py [17 85 300]

Copies of the seed and the real dev articles (../shared/data/articles when it is beside the checkout, else
the annotated samples) under new slugs, their dates spread over months, built with `mkdocs build`.
Reports, for each size: build seconds per explainer, the mean bytes of an explainer page's HTML, the
site's bytes per explainer, the home page's bytes, the largest archive page's bytes, the search index's
bytes in all (a reader downloads a part of it: benchmarks/search.py), peak memory, and the seconds of a
one-explainer preview (EXPLAINER_ONLY) after an edit: as a `mkdocs build` process, and as the rebuild
inside `mkdocs serve`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).with_name("mkdocs")
DEV = ROOT.parent / "shared" / "data" / "articles"


def articles() -> list[tuple[str, str]]:
    """(language, body) of each source article."""
    found = [("id", (ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md").read_text(encoding="utf-8"))]
    if DEV.is_dir():
        for path in sorted(DEV.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            head, body = text.split("\n\n", 1)
            language = re.search(r"^language: (\w+)", head, re.M)
            paragraphs = "\n\n".join(line for line in body.split("\n") if line.strip())  # a line each in .txt
            found.append((language.group(1) if language else "en", paragraphs))
    else:
        found += [("id", p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("tests/samples/*/article.md"))]
    return [(lang, text.split("---", 2)[2] if text.startswith("---") else text) for lang, text in found]


def project(folder: Path, count: int) -> None:
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    sources = articles()
    for n in range(count):
        language, body = sources[n % len(sources)]
        day = dt.date(2023, 7, 26) - dt.timedelta(days=3 * n)  # about ten explainers a month
        seed = folder / "seeds" / f"explainer-{n:04d}"
        seed.mkdir(parents=True)
        front = f"---\ntitle: Penjelas nomor {n}\npublished: {day.isoformat()}\nlanguage: {language}\n---\n"
        (seed / "article.md").write_text(front + body, encoding="utf-8")


def timed_build(folder: Path) -> float:
    """Seconds of one `mkdocs build` of the project in this folder."""
    start = time.perf_counter()
    subprocess.run([str(MKDOCS), "build", "-q"], cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project(folder, count)
        seconds = timed_build(folder)
        site = folder / "site"
        pages = list(site.glob("explainer-*/**/index.html"))
        archive = [p.stat().st_size for p in site.glob("archive/**/index.html")] or [0]
        found = {
            "s per explainer": seconds / count,
            "explainer page KB": sum(p.stat().st_size for p in pages) / len(pages) / 1024,
            "site KB per explainer": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / count / 1024,
            "home KB": (site / "index.html").stat().st_size / 1024,
            "largest archive page KB": max(archive) / 1024,
            "search index KB": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 1024,
            "peak MB": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "build s": seconds,
        }
        # An editor previews one explainer while editing it: EXPLAINER_ONLY, after a change to its article.
        edited = folder / "seeds" / "explainer-0000" / "article.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nParagraf tambahan.\n", encoding="utf-8")
        start = time.perf_counter()
        preview_env = {**os.environ, "EXPLAINER_ONLY": "explainer-0000"}
        subprocess.run([str(MKDOCS), "build", "-q"], cwd=folder, check=True, capture_output=True, env=preview_env)
        preview = time.perf_counter() - start
        return {**found, "preview s": preview, "serve preview s": serve_preview(folder)}


def serve_preview(folder: Path) -> float:
    """What `mkdocs serve` with EXPLAINER_ONLY does after an edit: load the config again and build, in the
    process that built before (imports warm, explainers in memory)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["EXPLAINER_ONLY"] = "explainer-0000"
    try:
        build(load_config(str(folder / "mkdocs.yml")))  # as serve starts
        edited = folder / "seeds" / "explainer-0000" / "article.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nParagraf kedua dari redaksi.\n", encoding="utf-8")
        start = time.perf_counter()
        build(load_config(str(folder / "mkdocs.yml")))
        return time.perf_counter() - start
    finally:
        del os.environ["EXPLAINER_ONLY"]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [17, 85, 300]
    rows = {size: measure(size) for size in sizes}
    keys = list(next(iter(rows.values())))
    print("| explainers | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for size, row in rows.items():
        print(f"| {size} | " + " | ".join(f"{row[k]:.2f}" if row[k] < 10 else f"{row[k]:.0f}" for k in keys) + " |")


if __name__ == "__main__":
    main()
