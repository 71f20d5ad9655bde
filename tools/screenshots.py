"""Screenshots of the built site with headless Chromium (Debian's /usr/bin/chromium).

Run: .venv/bin/python tools/screenshots.py site screenshots
Writes <page>-<desktop|phone>-<light|dark>.png for the first explainer's pages (the README shows them).
With --maps SLUG…: the interactive map of each named explainer at 1280x800, as map-<slug>.png (the
README's maps of real articles: sites from tools/dev_site.py).
"""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


PAGES = ("", "background/", "actors/", "timeline/", "map/", "source/", "data/")


def main(site: str, out: str, pages: tuple[str, ...] = PAGES) -> None:
    site_dir, out_dir = Path(site), Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    slug = sorted(p.parent.name for p in site_dir.glob("*/story.json"))[0]
    server = serve(site_dir)
    base = f"http://127.0.0.1:{server.server_port}/{slug}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for viewport, size in VIEWPORTS.items():
            for scheme in ("light", "dark"):
                page = browser.new_page(viewport=size, color_scheme=scheme)
                for path in pages:
                    page.goto(base + path, wait_until="networkidle")
                    page.wait_for_timeout(300)  # the map's outlines arrive after the page
                    name = (path.strip("/") or "home") + f"-{viewport}-{scheme}.png"
                    page.screenshot(path=str(out_dir / name), full_page=False)
                page.close()
        browser.close()
    server.shutdown()
    print(f"{out_dir}: screenshots of {len(pages)} pages")


def maps(site: str, out: str, slugs: list[str]) -> None:
    server = serve(Path(site))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport=VIEWPORTS["desktop"])
        for slug in slugs:
            page.goto(f"http://127.0.0.1:{server.server_port}/{slug}/places-map.html", wait_until="networkidle")
            page.wait_for_timeout(1000)  # the outlines arrive after the first frame
            page.screenshot(path=str(Path(out) / f"map-{slug}.png"))
        browser.close()
    server.shutdown()
    print(f"{out}: maps of {len(slugs)} explainers")


if __name__ == "__main__":
    if "--maps" in sys.argv:
        at = sys.argv.index("--maps")
        maps(sys.argv[1], sys.argv[2], sys.argv[at + 1 :])
    else:
        main(*sys.argv[1:3])
