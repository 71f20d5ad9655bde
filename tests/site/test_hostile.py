"""Hostile article text and story.yml build, and show as text everywhere: pages, map popups, search."""

import functools
import http.server
import re
import threading

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, make_project, mkdocs_build
from tests.test_browser import ARGS, CHROMIUM, QuietHandler

HOSTILE = ROOT / "tests" / "data" / "hostile" / "seeds"
# Real tags only: the same words escaped (&lt;script&gt;) are text, as they should be.
INJECTED = re.compile(
    r"<script>alert|<img src=x|<svg onload|<iframe src=javascript|<b onmouseover|"
    r'<a [^>]*href="javascript:|<[a-z]+ [^>]*onclick="alert'
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), HOSTILE)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_no_markup_from_the_article_reaches_any_file(hostile_site):
    checked = 0
    for path in hostile_site.rglob("*"):
        # story.json and places.geojson are data and keep the article's text as it is.
        if path.suffix in (".html", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert not INJECTED.search(text), (path, INJECTED.search(text).group())
            checked += 1
    assert checked > 10


def test_the_text_is_still_shown_as_text(hostile_site):
    source = (hostile_site / "hostile" / "source" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;p1&#39;)&lt;/script&gt;" in source or "&lt;script&gt;alert('p1')" in source
    assert "{{ config }}" in source and "${alert(7)}" in source


def test_no_injected_script_runs_in_a_browser(hostile_site):
    handler = functools.partial(QuietHandler, directory=str(hostile_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/hostile/"
    dialogs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort())
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path in ("", "background/", "actors/", "timeline/", "map/", "source/", "data/", "places-map.html"):
            page.goto(base + path)
        page.wait_for_timeout(500)
        while page.locator(".marker-cluster").count():  # open every cluster first
            page.locator(".marker-cluster").first.focus()
            page.locator(".marker-cluster").first.press("Enter")
            page.wait_for_timeout(500)
        markers = page.locator("img.leaflet-marker-icon")
        for i in range(markers.count()):
            markers.nth(i).focus()
            markers.nth(i).press("Enter")
            page.locator(".leaflet-popup-content").wait_for(timeout=5_000)
        shapes = page.locator("path.leaflet-interactive")  # dots, borders and routes have popups too
        for i in range(shapes.count()):
            shapes.nth(i).dispatch_event("click")
            page.locator(".leaflet-popup-content").wait_for(timeout=5_000)
        opened = markers.count() + shapes.count()
        page.goto(f"http://127.0.0.1:{server.server_port}/search/?q=Presiden")
        result = page.locator(".explainer-search__results li").first
        result.wait_for(timeout=10_000)
        shown = result.inner_text()  # the title and lead as text, tags and all
        browser.close()
    server.shutdown()
    assert opened >= 1 and dialogs == []
    assert "<script>alert('title')</script>" in shown and "<img src=x onerror=alert(3)>" in shown
