"""Golden Markdown of the seed's rendered pages.

Refresh after an intended change, then review the diff:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_golden.py
"""

import os

import pytest

from generator.site.render import PAGES, build_site
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
SLUG = "korut-gencatan-senjata-70"


@pytest.fixture(scope="module")
def site_files(seed_story):
    return build_site([seed_story])


@pytest.mark.parametrize("page", [*PAGES, "site-index"])
def test_rendered_page_matches_golden(site_files, page):
    path = "index.md" if page == "site-index" else f"{SLUG}/{page}.md"
    golden = GOLDEN / SLUG / f"{page}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(site_files[path], encoding="utf-8")
    assert site_files[path] == golden.read_text(encoding="utf-8"), f"refresh: UPDATE_GOLDEN=1 pytest {__file__}"


def test_every_citation_in_the_pages_points_at_an_existing_paragraph(site_files, seed_story):
    import re

    count = len(seed_story.article.paragraphs)
    for page in PAGES:
        for n in re.findall(r"\(source\.md#p(\d+)\)", site_files[f"{SLUG}/{page}.md"]):
            assert 1 <= int(n) <= count
