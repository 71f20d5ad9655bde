"""Property tests: any text, through extract and render, never crashes and never becomes markup."""

import datetime as dt
import re
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract import extract
from generator.model.article import Article, Paragraph
from generator.site.render import build_site
from generator.sources.article_md import clean_text

EXTENSIONS = ["abbr", "attr_list", "md_in_html", "tables", "admonition", "toc", "pymdownx.superfences"]
PIECES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "${alert(1)}",
    "`",
    "{{ 7*7 }}",
    "{% raw %}",
    "[x](javascript:alert(1))",
    "*",
    "_",
    "#",
    "|",
    "\\",
    "]",
    ")",
    "(",
    "Presiden Joko Widodo",
    "Jakarta",
    "pada hari Rabu",
    "250 ribu",
    "“kata dia”",
    '"',
    "'",
    "&amp;",
    "<!--",
    "-->",
    "{: .x }",
    "*[A]: b",
    "---",
    "\n\n",
    "1.",
    "- ",
    "> ",
    "    ",
    "AS",
    "PBB",
    "Korut",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=25).map("".join)
INJECTED = re.compile(r"<script>alert|<img src=x|<svg onload|<a [^>]*href=\"javascript:|\{\{ 7\*7")
EVALUATED = "49"  # {{ 7*7 }} run as a template; looked for only when the input does not say 49 itself


def story_of(text: str, title: str):
    blocks = [b.strip() for b in clean_text(text).split("\n\n") if b.strip()] or ["kosong"]
    paragraphs = [Paragraph(n, " ".join(b.split()), False, n) for n, b in enumerate(blocks, 1)]
    title = " ".join(clean_text(title).split()) or "Judul"
    return extract(Article(Path("p/article.md"), "p", title, "id", dt.date(2023, 7, 26), None, None, paragraphs))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, title=TEXT)
def test_random_text_renders_as_text(text, title):
    files = build_site([story_of(text, title)])
    for path, content in files.items():
        if path.endswith(".md"):
            body = markdown.markdown(content.split("\n---\n", 1)[-1], extensions=EXTENSIONS)
            assert not INJECTED.search(body.replace("7*7", "")), (path, INJECTED.search(body))
            assert EVALUATED in text + title or EVALUATED not in body, path
        elif path.endswith(".html"):
            script = content.split("L.map(", 1)[-1]
            assert "<script>alert" not in script and "<img src=x" not in script and "(`" not in script
    for paragraph in text.split("\n\n"):  # what the article said is on the source page, as text
        if "<script>" in paragraph:
            assert "&lt;script&gt;" in files["p/source.md"]
