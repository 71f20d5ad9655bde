"""What a reader downloads to search an archive. Run: .venv/bin/python benchmarks/search.py [300]

The archive is made of distinct real sentences, so its vocabulary grows as a newsroom's does (copies of
a few articles would share one vocabulary and flatter the index): Indonesian news sentences from
idner-news-2k (MIT) then NERGrit (Apache-2.0), English sentences from GUM (CC BY 4.0), all in
../shared/data/, twelve
sentences an explainer, two thirds of them Indonesian. Built with `mkdocs build`, then searched in
Chromium with a cold cache: for each query, the bytes the site served from pagefind/ until the first
results were listed.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from archive import timed_build  # benchmarks/archive.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
SENTENCES = 12  # an explainer's article: six paragraphs of two sentences
QUERIES = ["pemerintah", "menurunkan", "penurunan", "Jakarta", "presiden partai", "government", "elections"]


def sentences(corpus: Path) -> list[str]:
    """The corpus's sentences as text (token<TAB>label lines, a blank line between sentences)."""
    found, words = [], []
    for split in ("train.txt", "valid.txt", "test.txt"):
        path = corpus / split
        for line in (path.read_text(encoding="utf-8").splitlines() if path.exists() else []) + [""]:
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                text = re.sub(r" ([,.;:!?)])", r"\1", " ".join(words)).replace("( ", "(")
                if len(words) >= 8:
                    found.append(text)
                words = []
    return found


def project(folder: Path, count: int) -> None:
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    indonesian = sentences(NER / "id_idner-news-2k") + sentences(NER.parent / "nergrit")
    pools = {"id": iter(indonesian), "en": iter(sentences(NER / "en_gum"))}
    for n in range(count):
        language = "en" if n % 3 == 2 else "id"
        lines = [next(pools[language]) for _ in range(SENTENCES)]
        body = "\n\n".join(" ".join(lines[i : i + 2]) for i in range(0, SENTENCES, 2))
        day = dt.date(2023, 7, 26) - dt.timedelta(days=3 * n)
        seed = folder / "seeds" / f"explainer-{n:04d}"
        seed.mkdir(parents=True)
        front = f"---\ntitle: {lines[0][:60]!r}\npublished: {day.isoformat()}\nlanguage: {language}\n---\n\n"
        (seed / "article.md").write_text(front + body + "\n", encoding="utf-8")


def downloads(site: Path) -> dict[str, int]:
    """Bytes served from pagefind/ for each query, from a cold cache, until its results are listed."""
    from playwright.sync_api import sync_playwright

    served: dict[str, int] = {}

    class Counting(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def copyfile(self, source, outputfile):
            data = source.read()
            if "/pagefind/" in self.path:
                served[self.path] = len(data)
            outputfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    found = {}
    with sync_playwright() as playwright:
        args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for query in QUERIES:
            context = browser.new_context()  # a cold cache for each query
            page = context.new_page()
            served.clear()
            page.goto(f"http://127.0.0.1:{server.server_port}/search/?q={query}")
            page.wait_for_function("document.querySelector('.explainer-search__status').textContent !== ''")
            page.wait_for_timeout(300)
            results = page.locator(".explainer-search__results li").count()
            found[f"{query} ({results} listed)"] = sum(served.values())
            context.close()
        browser.close()
    server.shutdown()
    return found


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project(folder, count)
        seconds = timed_build(folder)
        bundle = folder / "site" / "pagefind"
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
        print(f"{count} explainers built in {seconds:.0f} s; search index {size / 1024:.0f} KB in all")
        print("| query | KB downloaded |\n|---|---|")
        for query, size in downloads(folder / "site").items():
            print(f"| {query} | {size / 1024:.0f} |")


if __name__ == "__main__":
    main()
