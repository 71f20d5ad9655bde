"""A fact-checker's reading of built explainers: the seed and the twelve real dev articles.

Every run of words a page shows as the article's own (class `explainer-words`, quotes included) must
stand verbatim in a paragraph it cites, whitespace and quote style aside; every paragraph listed for a
named actor or place must name it. The pages are read as a reader gets them: built by `mkdocs build`.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {"p", "li", "blockquote", "div", "td", "th", "h1", "h2", "h3", "ul", "ol", "table"}


def normal(text: str) -> str:
    text = re.sub(r"[“”„\"]", '"', re.sub(r"[‘’]", "'", html.unescape(text)))
    return " ".join(text.split())


class Page(HTMLParser):
    """The article's words on a page, each with the paragraphs its citation links point to; and the
    paragraphs of a source page by their ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shown: list[tuple[str, list[int]]] = []  # (words, cited paragraphs)
        self.paragraphs: dict[int, str] = {}
        self.depth = 0  # inside an explainer-words span: how many spans deep
        self.words: list[str] = []
        self.open_claim: list[int] | None = None  # the cites that follow the last span
        self.paragraph: int | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.depth and tag == "span":
            self.depth += 1
        elif tag == "span" and "explainer-words" in (attributes.get("class") or "").split():
            self.depth, self.words = 1, []
            self.shown.append(("", []))
            self.open_claim = self.shown[-1][1]
        elif tag == "a" and "cite" in (attributes.get("class") or "").split() and self.open_claim is not None:
            number = re.search(r"#p(\d+)$", attributes.get("href") or "")
            if number:
                self.open_claim.append(int(number.group(1)))
        elif tag in BLOCKS:
            self.open_claim = None
        if tag == "p" and re.fullmatch(r"p\d+", attributes.get("id") or ""):
            self.paragraph, self.text = int(attributes["id"][1:]), []

    def handle_endtag(self, tag):
        if self.depth and tag == "span":
            self.depth -= 1
            if not self.depth:
                self.shown[-1] = ("".join(self.words), self.shown[-1][1])
        elif tag in BLOCKS:
            self.open_claim = None
        if tag == "p" and self.paragraph is not None:
            self.paragraphs[self.paragraph] = "".join(self.text)
            self.paragraph = None

    def handle_data(self, data):
        if self.depth:
            self.words.append(data)
        if self.paragraph is not None:
            self.text.append(data)


def read(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def explainers(site: Path) -> list[Path]:
    return sorted(path.parent.parent for path in site.glob("*/source/index.html"))


def test_the_seed_and_the_twelve_dev_articles_are_checked(dev_site):
    assert len(explainers(dev_site)) == 13


def test_every_run_of_the_article_s_words_stands_in_a_paragraph_it_cites(dev_site):
    problems = []
    for folder in explainers(dev_site):
        source = {n: normal(text) for n, text in read(folder / "source" / "index.html").paragraphs.items()}
        shown = 0
        for page in sorted(folder.glob("**/index.html")):
            for words, cited in read(page).shown:
                shown += 1
                wanted = normal(words)
                if not cited:
                    problems.append(f"{page.relative_to(dev_site)}: no ¶ link after “{wanted[:60]}”")
                elif not any(wanted in source.get(n, "") for n in cited):
                    problems.append(f"{page.relative_to(dev_site)}: “{wanted[:80]}” is not in ¶{cited}")
        assert shown >= 5, folder.name  # the check reads the marked words, so there must be some
    assert not problems, "\n".join(problems)


def test_every_paragraph_listed_for_an_actor_or_a_place_names_it(dev_site):
    problems = []
    for folder in explainers(dev_site):
        story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
        texts = {p["n"]: p["text"] for p in story["article"]["paragraphs"]}
        for entry in story["actors"] + story["places"]:
            names = [entry["name"], *entry["aliases"]]
            # "Partai Republiknya" (its Republican Party) names Partai Republik: Indonesian's -nya is not the name's.
            pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?:nya)?(?!\w)" for n in names), re.IGNORECASE)
            for n in entry["paragraphs"]:
                if not pattern.search(texts[n]):
                    problems.append(f"{folder.name}: ¶{n} does not name {entry['name']} ({', '.join(names)})")
    assert not problems, "\n".join(problems)


def test_the_seed_home_page_explains_in_the_article_s_words(dev_site):
    page = (dev_site / "korut-gencatan-senjata-70" / "index.html").read_text(encoding="utf-8")
    for heading in ("Sekilas", "Mengapa penting", "Yang perlu dicermati", "Siapa saja", "Angka kunci"):
        assert f">{heading}<" in page, heading
    why = page.split(">Mengapa penting<", 1)[1].split("<h2", 1)[0]
    assert 'href="source/#p2"' in why  # the nut graf: the visits show North Korea opening up
    cast = page.split(">Siapa saja<", 1)[1].split("<h2", 1)[0]
    for name in ("Sergei Shoigu", "Kang Sun Nam", "Li Hongzhong", "Kim Jong Un"):
        assert name in cast, name
    figures = page.split(">Angka kunci<", 1)[1].split("<h2", 1)[0]
    # a figure stands in its sentence, so what it counts and since when stay; the news's figures, not history's
    assert "<strong>tiga kali uji coba</strong> tembakan misil sejak minggu lalu" in figures
    assert "250 ribu" not in figures
    background = (dev_site / "korut-gencatan-senjata-70" / "background" / "index.html").read_text(encoding="utf-8")
    assert ">Istilah<" in background  # terms are background knowledge: off the one-minute page


def test_an_english_article_gets_english_headings(dev_site):
    page = (dev_site / "en-wikinews-guatemala-city-sinkhole-2007" / "index.html").read_text(encoding="utf-8")
    assert ">At a glance<" in page and ">Who's who<" in page
    assert "Sekilas" not in page and "Tautan permanen" not in page
    assert '<html lang="en"' in page and 'title="Permanent link"' in page
