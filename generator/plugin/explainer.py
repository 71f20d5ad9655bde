"""The MkDocs plugin `explainer`: builds every explainer from seeds/ as virtual files.

The only module that imports mkdocs. Each event does what MkDocs means it for: on_config sets up (theme
overrides, Markdown extensions, paths); on_files reads the seeds and adds the pages with File.generated
(nothing is written into docs/, which would make `mkdocs serve` rebuild in a loop); on_nav attaches them
after the site's own navigation; on_page_context gives each page its own navigation; on_post_build
writes the search index and prunes the theme's stylesheet.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from generator.data import labels, languages, shipped
from generator.model.errors import InputError
from generator.model.story import Story, newest_first
from generator.plugin.cache import ExplainerCache, article_fingerprint, code_fingerprint, writable
from generator.sources.article_md import seed_articles

log = get_plugin_logger("explainer")  # messages read "explainer: …", the name mkdocs.yml uses
_OWN_EPOCH = "EXPLAINER_SET_SOURCE_DATE_EPOCH"
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def reproducible_build_date(newest: dt.date) -> None:
    """Unless SOURCE_DATE_EPOCH is given, the build's date is the newest article's: same seeds, same bytes."""
    if "SOURCE_DATE_EPOCH" in os.environ and not os.environ.get(_OWN_EPOCH):
        return
    epoch = int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC).timestamp())
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    os.environ[_OWN_EPOCH] = "1"  # ours, so a later rebuild in `mkdocs serve` may move it


def build_all(articles: list[Path], directory_urls: bool, templates: tuple[Path, ...]) -> list[dict]:
    """Explainers for these articles, on every core when there are several (extraction is CPU-bound)."""
    if not articles or (os.cpu_count() or 1) < 2:
        return [explain(path, directory_urls, templates) for path in articles]
    from concurrent.futures import ProcessPoolExecutor

    if len(articles) == 1:  # one explainer: a second process imports folium while this one reads the article
        with ProcessPoolExecutor(1, initializer=import_map) as pool:
            pool.submit(int)  # start the worker now
            return [explain(articles[0], directory_urls, templates, lambda *a: pool.submit(draw_map, *a).result())]
    workers = min(os.cpu_count() or 1, len(articles))
    with ProcessPoolExecutor(workers, initializer=die_with_parent) as pool:
        return list(pool.map(explain, articles, [directory_urls] * len(articles), [templates] * len(articles)))


def explain(article_md: Path, directory_urls: bool, templates: tuple[Path, ...], drawer=None) -> dict:
    """Read, extract, curate and render one article (imports the heavy parts only when needed)."""
    from generator.pipeline import load_story
    from generator.site.render import draw_map, explainer_files, search_record

    try:
        story = load_story(article_md)
    except InputError as error:  # one clear line, from a worker process too
        raise PluginError(str(error)) from None
    files = explainer_files(story, directory_urls, templates, drawer or draw_map)
    return {"article": story.article.to_dict(), "files": files, "search": search_record(story)}


def import_map() -> None:
    """In a worker: folium's import (a third of a second), done while the other process extracts."""
    die_with_parent()
    import generator.site.map  # noqa: F401


def die_with_parent() -> None:
    """A worker ends when `mkdocs` ends, even when it is killed (Linux's parent-death signal)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = os.getppid()
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def draw_map(*args):
    from generator.site.render import draw_map as draw

    return draw(*args)


def paths_in(entries: list) -> list[str]:
    """The page paths a nav (as mkdocs.yml writes it) lists, at any depth."""
    found: list[str] = []
    for entry in entries:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            found += paths_in(value) if isinstance(value, list) else [value] if isinstance(value, str) else []
    return found


def attach(nav, entries: list, files: Files, config) -> None:
    """The explainers' nav entries (as mkdocs.yml would write them) after the site's own items, less any the
    site's nav already lists; pages, parents and previous/next links as MkDocs sets them for its own nav."""

    def item(title: str, value):
        if isinstance(value, list):
            return Section(title, [item(*entry.popitem()) for entry in map(dict, value)])
        return Page(title, files.src_uris[value], config)

    listed = {page.file.src_uri for page in nav.pages}
    nav.items += [item(*dict(entry).popitem()) for entry in entries if not set(paths_in([entry])) <= listed]
    nav.pages = pages_in(nav.items)
    for before, page, after in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None], strict=True):
        page.previous_page, page.next_page = before, after
    for section in (item for item in nav.items if item.is_section):
        adopt(section)
    nav.homepage = nav.homepage or next((page for page in nav.pages if page.is_homepage), None)


def pages_in(items: list) -> list:
    found: list = []
    for item in items:
        found += [item] if item.is_page else pages_in(item.children or [])
    return found


def adopt(section) -> None:
    for child in section.children:
        child.parent = section
        if child.is_section:
            adopt(child)


class PageNavigation:
    """Each page's navigation, sorted out once per build: on an explainer's page, the site's own entries
    (less the archive, one click away) and that explainer's pages; elsewhere the site's own entries. What
    the theme reads of a Navigation (items, homepage, pages), and nothing more."""

    def __init__(self, nav, slugs: set[str]):
        def explainer(item) -> bool:
            first = next((child for child in getattr(item, "children", None) or [] if child.is_page), None)
            return first is not None and first.file.src_uri.split("/", 1)[0] in slugs

        def archive(item) -> bool:
            return item.is_section and any(c.is_page and c.file.src_uri.startswith("archive/") for c in item.children)

        self.nav = nav
        self.explainers = {id(item) for item in nav.items if explainer(item)}
        self.site = [item for item in nav.items if id(item) not in self.explainers]
        self.beside = [item for item in self.site if not archive(item)]
        self.elsewhere = self.of(self.site)

    def of(self, items: list) -> SimpleNamespace:
        return SimpleNamespace(items=items, homepage=self.nav.homepage, pages=self.nav.pages)

    def for_page(self, page) -> SimpleNamespace:
        top = page
        while top.parent is not None:
            top = top.parent
        return self.of([*self.beside, top]) if id(top) in self.explainers else self.elsewhere


# The Markdown the explainer pages are written in: a site's mkdocs.yml need not list them.
EXTENSIONS = ("abbr", "attr_list", "md_in_html", "tables", "pymdownx.superfences")


def require_markdown(config) -> None:
    """Add the Markdown extensions the pages use, and heading permalinks, to what mkdocs.yml lists."""
    for name in EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    if "toc" not in config.markdown_extensions:
        config.markdown_extensions.append("toc")
        config.mdx_configs.setdefault("toc", {"permalink": True})


def register_theme(config) -> None:
    """The explainer's theme overrides, shipped in the package, after the site's own custom_dir if it has one."""
    theme_dir = str(shipped("theme"))
    dirs = config.theme.dirs
    if theme_dir not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, theme_dir)


class ExplainerConfig(base.Config):
    enabled = c.Type(bool, default=True)  # false: the site is built without explainers
    # Paths are relative to mkdocs.yml (c.Dir resolves them), and may not exist yet.
    seeds = c.Dir(exists=False, default="seeds")  # one folder per article: seeds/<slug>/article.md
    templates = c.Dir(exists=False, default="site_templates")  # the site's own; the shipped ones fill the gaps
    cache = c.Type(bool, default=True)  # keep each explainer's files in cache_dir between builds
    cache_dir = c.Dir(exists=False, default=".cache/explainer")
    prune_theme_css = c.Type(bool, default=True)  # drop the theme's stylesheet rules no page uses
    # Build one explainer only (and the archive's index), for a quick preview: `only: <slug>`, or the
    # environment's EXPLAINER_ONLY=<slug> with `mkdocs serve`.
    only = c.Type(str, default="")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Explainers kept in memory for the plugin's whole life: `mkdocs serve` rebuilds only what changed."""
        self.memory: dict[str, dict] = {}

    def on_config(self, config):
        if not self.config.enabled:
            return config
        self.seeds = Path(self.config.seeds)
        own = Path(self.config.templates)
        self.templates = (own,) if own.is_dir() else ()
        self.cache_dir = Path(self.config.cache_dir) if self.config.cache else None
        why = writable(self.cache_dir) if self.cache_dir else None
        if why:  # a cache that cannot be written is no reason to stop (nor, under --strict, to warn): only slower
            log.info("cache %s cannot be written (%s): building without it", self.config.cache_dir, why)
            self.cache_dir = None
        register_theme(config)
        require_markdown(config)
        return config

    def read_explainers(self, directory_urls: bool) -> list[dict]:
        """Every seed's explainer: from the cache when its inputs are unchanged, else built anew."""
        articles = seed_articles(self.seeds)
        if not articles:
            raise PluginError(f"{self.seeds}: no seeds/<slug>/article.md found (expected at least one article)")
        only = os.environ.get("EXPLAINER_ONLY") or self.config.only
        if only:
            articles = [path for path in articles if path.parent.name == only]
            if not articles:
                raise PluginError(f"{self.seeds}: no explainer '{only}' (expected the name of a folder in it)")
            log.info("previewing %s only", only)
        code = code_fingerprint(self.templates)
        cache = ExplainerCache(self.cache_dir, getattr(self, "memory", {}))
        keys = [article_fingerprint(path, code, directory_urls) for path in articles]
        found: dict[str, dict] = {}
        missing: list[tuple[Path, str]] = []
        for path, key in zip(articles, keys, strict=True):
            entry = cache.get(key)
            if entry is None:
                missing.append((path, key))
            else:
                found[key] = entry
        built = build_all([path for path, _ in missing], directory_urls, self.templates)
        refused = 0
        for (_, key), entry in zip(missing, built, strict=True):
            refused += not cache.put(key, entry)
            found[key] = entry
        if refused:
            log.info("%d explainer(s) could not be kept in %s: they are rebuilt next time", refused, self.cache_dir)
        cache.prune()
        log.info(
            "%d article(s) from %s, %d rebuilt, %d from cache",
            len(articles),
            self.seeds,
            len(missing),
            len(articles) - len(missing),
        )
        return [found[key] for key in keys]

    def on_files(self, files: Files, config) -> Files:
        """Every explainer's pages, and the site's index, archive and search pages, as generated files."""
        if not self.config.enabled:
            return files
        from generator.site.render import build_site

        self.explainers = self.read_explainers(config.use_directory_urls)
        self.stories = [Story.headline(entry["article"], self.seeds) for entry in self.explainers]
        reproducible_build_date(max(story.article.published for story in self.stories))
        config.theme["language"] = newest_first(self.stories)[0].article.language
        by_slug = {entry["article"]["slug"]: entry["files"] for entry in self.explainers}
        site = build_site(
            self.stories, config.use_directory_urls, lambda story: by_slug[story.article.slug], self.templates
        )
        for path, content in site.items():  # on_nav places them: a nav of the site's own never names them all
            files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
        return files

    def on_nav(self, nav, config, files):
        """The explainers after the site's own navigation (from its `nav:` or its docs/ folder)."""
        if self.config.enabled:
            from generator.site.render import nav as explainer_nav

            attach(nav, explainer_nav(self.stories), files, config)
            self.navigation = PageNavigation(nav, {story.article.slug for story in self.stories})
        return nav

    def on_page_context(self, context, page, config, nav):
        """A page carries its own explainer's navigation and the way back to the archive, never the whole
        archive's: its weight stays the same however many explainers the site holds."""
        if self.config.enabled:
            context["nav"] = self.navigation.for_page(page)
        return context

    def on_post_page(self, output: str, page, config) -> str:
        """The words the theme and Markdown add (permalink titles, palette toggles) in the page's language;
        Material's own words follow the page's `language` (theme/partials/language.html)."""
        if not self.config.enabled:
            return output
        language = (page.meta or {}).get("language") or config.theme["language"]
        words = labels(language if language in languages() else "en")
        output = output.replace('title="Permanent link"', f'title="{words["permalink"]}"')
        for option in config.theme.get("palette") or []:
            name = (option.get("toggle") or {}).get("name")
            if name:  # the toggle of the light scheme switches to dark, and the other way round
                label = words["dark_mode" if option.get("scheme") != "slate" else "light_mode"]
                output = output.replace(f'"{name}"', f'"{label}"')
        return output

    def on_page_content(self, html: str, page, config, files) -> str:
        """Glossary terms can be reached by keyboard, so their tooltips open on focus too."""
        return html.replace("<abbr title=", '<abbr tabindex="0" title=') if self.config.enabled else html

    def on_post_build(self, config) -> None:
        if not self.config.enabled:
            return
        from generator.site.search import write_index

        try:
            size = write_index(
                [entry["search"] for entry in self.explainers], Path(config.site_dir), config.use_directory_urls
            )
        except RuntimeError as error:
            raise PluginError(str(error)) from None
        log.info("search index of %d explainer(s): %d KiB", len(self.explainers), size // 1024)
        if not self.config.prune_theme_css:
            return
        from generator.plugin.unused_css import slim_theme_stylesheets

        with tempfile.TemporaryDirectory() as scratch:  # without a cache, the pruned sheets are not kept
            folder = self.cache_dir / "stylesheets" if self.cache_dir else Path(scratch)
            before, after = slim_theme_stylesheets(Path(config.site_dir), folder)
        log.info("theme stylesheets %d KiB, %d KiB without rules no page uses", before // 1024, after // 1024)

    def on_serve(self, server, config, builder):
        if self.config.enabled:
            server.watch(str(self.seeds))
            for folder in self.templates:  # the site's own templates; the shipped ones change only with the package
                server.watch(str(folder))
        return server
