"""The archive's search: one record per explainer, indexed by Pagefind, which a reader downloads in parts.

The only module that runs Pagefind or imports Sastrawi. Pagefind stems each language with Snowball, and
Snowball's Indonesian does not undo the nasal of meN-/peN- (menurunkan → "urun", turun → "turun"), so
an Indonesian record also carries the roots of its affixed words and their meN-/peN- forms: every form
of a word then shares a stem with every other, whichever form the reader types.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from generator.data import words

WORD = re.compile(r"[^\W\d_]{3,}")  # Sastrawi's roots are three letters or more
# Pagefind's own search interfaces (the site has its own) and its worker (the search page runs it without): only
# pagefind.js, the WebAssembly and the index stay.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
          "pagefind-worker.js", "wasm.unknown.pagefind")  # fmt: skip
BUNDLE = "pagefind"  # the index's folder in the built site


def nasal_forms(root: str) -> tuple[str, ...]:
    """The meN- and peN- forms of a root, as Indonesian spells them: tulis → menulis, penulis."""
    first, rest = root[0], root[1:]
    if first in "aiueogh":
        return f"meng{root}", f"peng{root}"
    if first == "k":
        return f"meng{rest}", f"peng{rest}"
    if first in "tsp":
        nasal = {"t": "n", "s": "ny", "p": "m"}[first]
        return f"me{nasal}{rest}", f"pe{nasal}{rest}"
    if first in "bfv":
        return f"mem{root}", f"pem{root}"
    if first in "cdjz":
        return f"men{root}", f"pen{root}"
    return f"me{root}", f"pe{root}"  # l, m, n, r, w, y take the bare prefix


class Roots:
    """Sastrawi's stemmer, with its dictionary of roots in a set (its own is a list: 20 ms a word)."""

    def __init__(self) -> None:
        from Sastrawi.Stemmer.Stemmer import Stemmer
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        self.words = frozenset(StemmerFactory().get_words())
        self.stem = Stemmer(self).stem

    def contains(self, word: str) -> bool:  # what Sastrawi asks of a dictionary
        return word in self.words


@cache
def roots() -> Roots:
    return Roots()


def root_forms(text: str) -> str:
    """For Indonesian text: the root of each word the dictionary knows and its meN-/peN- forms, sorted."""
    found: set[str] = set()
    dictionary = roots()
    for word in {w.lower() for w in WORD.findall(text)}:
        root = dictionary.stem(word)
        if len(root) >= 3 and dictionary.contains(root):  # "ke", "di": function words, no search term
            found.update((root, *nasal_forms(root)))
    return " ".join(sorted(found))


def record(slug: str, language: str, title: str, text: str, meta: dict[str, str]) -> dict:
    """What the search knows of one explainer: its title and article text, in Indonesian with the roots."""
    roots = root_forms(f"{title}\n{text}") if words(language)["rules"]["root_dictionary"] else ""
    return {"slug": slug, "language": language, "title": title, "text": text, "roots": roots, "meta": meta}


def indexed_page(entry: dict) -> str:
    """The page Pagefind reads for one explainer (never published): the words to find, and what a result
    shows as metadata, kept out of the words."""
    meta = "".join(
        f'<p data-pagefind-meta="{key}" data-pagefind-ignore>{html.escape(value)}</p>'
        for key, value in sorted(entry["meta"].items())
    )
    title = html.escape(entry["title"])
    return (
        f'<!doctype html><html lang="{entry["language"]}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><h1 data-pagefind-meta="title">{title}</h1>{meta}'
        f"<p>{html.escape(entry['text'])}</p><p>{html.escape(entry['roots'])}</p></body></html>"
    )


def write_index(records: list[dict], site_dir: Path, directory_urls: bool = True) -> int:
    """Pagefind's index of these records in site_dir/pagefind/<language>/, rewritten whole; its bytes.

    A bundle per language, each with its own stemmer, all searched by the search page. Pagefind's command
    line reads the records as pages; its Python API waits a tenth of a second for each (30 s for 300).
    """
    folder = site_dir / BUNDLE
    shutil.rmtree(folder, ignore_errors=True)
    for language in sorted({entry["language"] for entry in records}):
        with tempfile.TemporaryDirectory() as scratch:
            for entry in records:
                if entry["language"] == language:
                    page = Path(scratch) / entry["slug"] / "index.html"
                    page.parent.mkdir(parents=True)
                    page.write_text(indexed_page(entry), encoding="utf-8")
            command = [sys.executable, "-m", "pagefind", "--site", scratch, "--output-path", str(folder / language)]
            command += ["--force-language", language, "--silent"] + ([] if directory_urls else ["--keep-index-url"])
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode:
                problem = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
                raise RuntimeError(f"pagefind could not index the explainers: {problem[-1]}")
    for name in UNUSED:
        for path in folder.glob(f"*/{name}"):
            path.unlink()
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
