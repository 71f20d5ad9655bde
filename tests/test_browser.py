"""What a reader sees, in a real headless Chromium (Debian's /usr/bin/chromium) against the built site."""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # GitHub runners: /usr/bin/google-chrome
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SLUG = "korut-gencatan-senjata-70"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/{SLUG}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    outside = []
    # Offline: every request off this machine is refused and recorded (map tiles are the only allowed kind).
    context.route(
        lambda url: not url.startswith("http://127.0.0.1"),
        lambda route: (outside.append(route.request.url), route.abort()),
    )
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on(
        "console", lambda msg: msg.type == "error" and "ERR_FAILED" not in msg.text and page.errors.append(msg.text)
    )
    page.outside = outside
    yield page
    context.close()


def open_map(page, base_url):
    """The map page shows a still picture until the reader opens the interactive map with its button."""
    page.goto(base_url + "map/")
    page.get_by_role("link", name="Buka peta interaktif").click()
    return page.frame_locator(".explainer-map iframe")


def test_the_map_page_shows_a_picture_and_loads_leaflet_only_when_asked(page, base_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "map/")
    picture = page.get_by_role("img", name=re.compile("^Gambar peta"))
    assert picture.evaluate("e => e.complete && e.naturalWidth") == 600 and picture.is_visible()
    assert not [url for url in requests if "leaflet" in url or "places-map.html" in url]
    page.get_by_role("link", name="Buka peta interaktif").click()
    page.frame_locator(".explainer-map iframe").locator(".folium-map").wait_for(timeout=10_000)
    assert [url for url in requests if url.endswith("leaflet.js")]


def test_map_shows_the_focus_cities_the_dmz_the_routes_and_a_popup(page, base_url):
    frame = open_map(page, base_url)
    for city in ("Pyongyang", "Seoul"):  # the story's region, named without a click
        frame.locator(f'img.leaflet-marker-icon[alt="{city}"]').wait_for(state="attached", timeout=10_000)
    assert frame.get_by_role("button", name="Perbesar").count() == 1  # zoom buttons in the article's language
    assert frame.locator("path.leaflet-interactive[stroke='#b3261e']").count() == 1  # the DMZ line
    labels = frame.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [label.strip() for label in labels] == ["Ibu kota dan kota", "Perbatasan", "Rute delegasi", "Tempat lain"]
    assert frame.locator("path.leaflet-interactive[stroke='#7b3fa0']").count() == 2  # Moscow and Beijing routes
    frame.locator("path.explainer-country").nth(150).wait_for(state="attached")  # the offline basemap, all drawn
    assert frame.locator("path.explainer-named").count() >= 4  # named countries are shaded, not pinned
    # By keyboard, as a screen-reader user would.
    frame.locator('img.leaflet-marker-icon[alt="Pyongyang"]').focus()
    frame.locator('img.leaflet-marker-icon[alt="Pyongyang"]').press("Enter")
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5_000)
    assert "Pyongyang" in popup.inner_text() and "Sergei Shoigu tiba di Pyongyang" in popup.inner_text()
    assert popup.locator('a[href="timeline/#p3-2023-07-25"]').count() == 1
    # Zoomed out, close cities fold into one marker that tells a screen reader what it holds.
    for _ in range(4):
        frame.get_by_role("button", name="Perkecil").click()
        page.wait_for_timeout(400)  # Leaflet's zoom animation
    cluster = frame.get_by_role("button", name=re.compile(r"^\d kota: (?=.*Pyongyang)(?=.*Seoul)"))
    cluster.wait_for(timeout=10_000)
    assert page.errors == []
    assert page.outside == []  # the offline basemap is the default: nothing leaves the site


def test_the_interactive_map_opens_on_the_story_s_region(page, base_url):
    """At 1280x800 the first view holds Pyongyang and Seoul, is at most 25 degrees wide, and shows the DMZ
    band at least 80 px long: a view of the whole world (zoom 2) fails all three."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + "places-map.html")
    view = page.locator(".folium-map").bounding_box()
    centres = {}
    for city in ("Pyongyang", "Seoul"):
        marker = page.locator(f'img.leaflet-marker-icon[alt="{city}"]')
        marker.wait_for(state="visible", timeout=10_000)
        box = marker.bounding_box()
        centres[city] = box["x"] + box["width"] / 2
        assert view["x"] <= centres[city] <= view["x"] + view["width"], city
    degrees_per_px = (126.978 - 125.754) / abs(centres["Seoul"] - centres["Pyongyang"])  # their longitudes
    assert view["width"] * degrees_per_px <= 25
    dmz = page.locator("path.leaflet-interactive[stroke='#b3261e']")
    dmz.wait_for(state="attached", timeout=10_000)
    assert dmz.bounding_box()["width"] >= 80
    assert page.locator('img.leaflet-marker-icon[alt="Moskow"]').count() == 0  # far away: not in the first view
    # The wider world beside it: a small map with the far places, the delegations' routes and the view.
    locator = page.locator(".explainer-locator")
    assert locator.get_attribute("aria-hidden") == "true"
    assert locator.locator("path.explainer-locator-place").count() >= 6  # Moscow, Beijing, Washington, Tokyo…
    assert locator.locator("path.explainer-locator-route").count() == 2
    assert locator.locator("path.explainer-locator-view").count() == 1
    assert locator.locator("[tabindex]:not([tabindex='-1']), a, button").count() == 0  # never focusable
    names = page.locator(".leaflet-tooltip-permanent, .leaflet-tooltip").all_inner_texts()
    assert {"Pyongyang", "Seoul"} <= set(names)  # the focus cities are named without a click


def test_dmz_popup_explains_the_border(page, base_url):
    frame = open_map(page, base_url)
    line = frame.locator("path.leaflet-interactive[stroke='#b3261e']")
    line.wait_for(state="attached", timeout=10_000)
    line.dispatch_event("click")
    text = frame.locator(".leaflet-popup-content").inner_text()
    assert "Zona Demiliterisasi Korea" in text and "gencatan senjata 1953" in text


def test_a_citation_link_lands_on_its_paragraph(page, base_url):
    page.goto(base_url + "actors/")
    page.locator("#sergei-shoigu ~ p a[aria-label='Paragraf 3']").first.click()
    page.wait_for_url("**/source/#p3")
    target = page.locator("#p3")
    assert "Sergei Shoigu" in target.inner_text() and target.is_visible()


def test_pages_have_no_script_errors_and_fit_a_phone(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in ("", "background/", "actors/", "timeline/", "map/", "source/", "data/"):
        page.goto(base_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)
    assert errors == []
    context.close()


def test_layers_can_be_switched_off(page, base_url):
    frame = open_map(page, base_url)
    frame.locator('img.leaflet-marker-icon[alt="Seoul"]').wait_for(state="attached", timeout=10_000)
    frame.get_by_label("Ibu kota dan kota").uncheck()
    assert frame.locator("img.leaflet-marker-icon").count() == 0
    assert frame.locator(".marker-cluster").count() == 0
    frame.get_by_label("Perbatasan").uncheck()
    assert frame.locator("path.leaflet-interactive[stroke='#b3261e']").count() == 0


def test_the_map_follows_the_dark_theme(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    context.route(lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort())
    page = context.new_page()
    inner = open_map(page, base_url).locator("html")
    inner.locator(".folium-map").wait_for()
    assert "dark" in (inner.get_attribute("class") or "")
    context.close()


def test_glossary_tooltips_show_the_full_name(page, base_url):
    page.goto(base_url + "background/")
    term = page.locator("abbr", has_text="PBB").first
    assert term.get_attribute("title") == "Perserikatan Bangsa-Bangsa"
    term.focus()  # by keyboard, the tooltip opens too
    tooltip = page.locator(".md-tooltip--active, .md-tooltip2--active")
    tooltip.first.wait_for(timeout=5_000)
    assert "Perserikatan Bangsa-Bangsa" in tooltip.first.inner_text()
    # Styled by the theme (its stylesheet is pruned at build time): floating, next to the term.
    assert tooltip.first.evaluate("e => getComputedStyle(e).position") in ("absolute", "fixed")
    term_box, tip_box = term.bounding_box(), tooltip.first.bounding_box()
    assert (
        abs(tip_box["y"] - (term_box["y"] + term_box["height"])) < 40
        or abs(tip_box["y"] + tip_box["height"] - term_box["y"]) < 40
    )


def test_search_finds_an_actor(browser, base_url):
    """On a phone: the header's search leads to the search page, whose results name the explainer."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url)
    page.locator(".md-header a[href$='search/']").click()
    page.locator("#explainer-search-query").press_sequentially("Shoigu", delay=30)
    result = page.locator(".explainer-search__results a").first
    result.wait_for(timeout=10_000)
    assert "Pyongyang" in result.inner_text()
    assert result.bounding_box()["width"] > 200  # a readable list, not a squeezed popup
    context.close()


def test_actor_names_in_the_background_link_to_the_actor(page, base_url):
    page.goto(base_url + "background/")
    link = page.locator("article a", has_text="Uni Soviet").first
    link.click()
    page.wait_for_url("**/actors/#uni-soviet")


PAGES = ("", "background/", "actors/", "timeline/", "map/", "source/", "data/", "places-map.html")


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(page, base_url, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


# The seed, and three dev articles of different shapes: one city, one country, several continents.
STILL_MAPS = (
    "korut-gencatan-senjata-70",
    "en-wikinews-guatemala-city-sinkhole-2007",
    "id-voa-banjir-longsor-jateng-2016",
    "en-wikinews-south-china-sea-tribunal-2016",
)


@pytest.mark.parametrize("slug", STILL_MAPS)
def test_the_still_map_s_labels_overlap_no_label_and_no_dot(browser, dev_site, slug):
    page = browser.new_page()
    page.goto((dev_site / slug / "places-map.svg").as_uri())
    labels = page.locator("text").evaluate_all(
        "l => l.map(e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })"
    )
    dots = page.locator("circle.city").evaluate_all(
        "l => l.map(e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })"
    )
    page.close()

    def overlap(a, b):
        return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

    assert labels or not dots, slug  # a picture with cities names at least one
    for i, label in enumerate(labels):
        assert not [other for other in labels[i + 1 :] if overlap(label, other)], slug
        assert not [dot for dot in dots if overlap(label, dot)], slug
