"""A reader's reading of built explainers (the seed and the twelve real dev articles): a home page read in a
minute, no sentence twice, figures that say what they count, no empty promise in the map's layer control.
"""

from __future__ import annotations

import json
import re
import statistics
from html.parser import HTMLParser
from pathlib import Path

from generator.data import labels
from tests.site.test_fact_check import explainers, normal, read

VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}


class Content(HTMLParser):
    """The words of a page's main content (Material's `md-content__inner`), scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.hidden = 0, 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if not self.depth and tag == "article" and "md-content__inner" in (dict(attrs).get("class") or ""):
            self.depth = 1
        elif self.depth and tag not in VOID:
            self.depth += 1
            self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1
            self.hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if self.depth and not self.hidden:
            self.text.append(data)


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def home_text(folder: Path) -> str:
    page = Content()
    page.feed((folder / "index.html").read_text(encoding="utf-8"))
    return " ".join(page.text)


def article_words(folder: Path) -> int:
    story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    return sum(words(p["text"]) for p in story["article"]["paragraphs"] if not p["heading"])


def test_a_home_page_is_read_in_a_minute(dev_site):
    ratios = {folder.name: words(home_text(folder)) / article_words(folder) for folder in explainers(dev_site)}
    assert statistics.median(ratios.values()) <= 0.6, ratios
    assert max(ratios.values()) <= 1.0, ratios


def test_no_sentence_of_the_article_is_shown_twice_on_a_home_page(dev_site):
    repeated = []
    for folder in explainers(dev_site):
        shown = [normal(words) for words, _ in read(folder / "index.html").shown]
        repeated += [f"{folder.name}: “{text[:70]}”" for text in set(shown) if shown.count(text) > 1]
    assert not repeated, "\n".join(repeated)


def test_every_key_figure_stands_in_the_sentence_that_says_what_it_counts(dev_site):
    bare, shown = [], 0
    for folder in explainers(dev_site):
        page = (folder / "index.html").read_text(encoding="utf-8")
        if '<ul class="explainer-figures">' not in page:
            continue
        figures = page.split('<ul class="explainer-figures">', 1)[1].split("</ul>", 1)[0]
        for item in re.findall(r"<li>(.*?)</li>", figures, re.DOTALL):
            shown += 1
            sentence = re.sub(r"<[^>]+>", "", item.split('class="cite"')[0])
            if "<strong>" not in item or words(sentence) < 6:  # a number in bold, and the words around it
                bare.append(f"{folder.name}: {sentence}")
            if re.search(r"<strong>[^<]*\d\s+[A-Z]", item):  # "9 Carriage Class" counts nothing
                bare.append(f"{folder.name}: a number in a name: {sentence}")
    assert shown >= 5 and not bare, "\n".join(bare)


def test_the_map_lists_only_layers_that_hold_something(dev_site):
    empty = []
    for folder in explainers(dev_site):
        story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
        names = labels(story["article"]["language"])["layers"]
        page = (folder / "places-map.html").read_text(encoding="utf-8")
        kinds = {p["kind"] for p in story["places"] if p["lat"] is not None}
        holds = {
            "cities": "city" in kinds,
            "borders": "border" in kinds,
            "other": "site" in kinds,
            "routes": bool(story["routes"]),
        }
        listed = {key for key in holds if f'"{names[key]}"' in page}  # the layer control's names in the script
        empty += [f"{folder.name}: {names[key]}" for key in listed if not holds[key]]
    assert not empty, "\n".join(empty)
