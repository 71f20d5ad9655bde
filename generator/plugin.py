"""The MkDocs plugin `explainer`: builds every explainer from seeds/ as virtual files.

The only module that imports mkdocs. Nothing is written into docs/ (that would make
`mkdocs serve` rebuild in a loop); pages are added with File.generated in on_files.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from functools import partial
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .cache import article_fingerprint, cached, code_fingerprint
from .errors import InputError
from .pipeline import load_story, seed_articles
from .render import TEMPLATES, build_site, explainer_files, nav

log = logging.getLogger("mkdocs.plugins.explainer")


_OWN_EPOCH = "EXPLAINER_SET_SOURCE_DATE_EPOCH"


def reproducible_build_date(newest: dt.date) -> None:
    """Unless SOURCE_DATE_EPOCH is given, the build's date is the newest article's: same seeds, same bytes."""
    if "SOURCE_DATE_EPOCH" in os.environ and not os.environ.get(_OWN_EPOCH):
        return
    epoch = int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    os.environ[_OWN_EPOCH] = "1"  # ours, so a later rebuild in `mkdocs serve` may move it


class ExplainerConfig(base.Config):
    seeds = c.Type(str, default="seeds")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def on_config(self, config):
        self.seeds = Path(config.config_file_path).parent / self.config.seeds
        articles = seed_articles(self.seeds)
        if not articles:
            raise PluginError(f"{self.seeds}: no seeds/<slug>/article.md found (expected at least one article)")
        code = code_fingerprint()
        self.fingerprints = {path.parent.name: article_fingerprint(path, code) for path in articles}
        try:
            self.stories = [cached(("story", self.fingerprints[path.parent.name]), partial(load_story, path))
                            for path in articles]
        except InputError as error:
            raise PluginError(str(error)) from None
        log.info("explainer: %d article(s) read from %s", len(self.stories), self.seeds)
        newest_date = max(story.article.published for story in self.stories)
        reproducible_build_date(newest_date)
        if not config.nav:
            config.nav = nav(self.stories)
        newest = max(self.stories, key=lambda story: (story.article.published, story.article.slug))
        config.theme["language"] = newest.article.language
        return config

    def on_files(self, files: Files, config) -> Files:
        directory_urls = config.use_directory_urls

        def files_of(story):
            key = ("files", self.fingerprints[story.article.slug], directory_urls)
            return cached(key, partial(explainer_files, story, directory_urls))

        for path, content in build_site(self.stories, directory_urls, files_of).items():
            files.append(File.generated(config, path, content=content))
        return files

    def on_post_page(self, output: str, page, config) -> str:
        """An explainer's pages are in its article's language, whatever the site's language is."""
        slug = page.file.src_uri.split("/", 1)[0]
        story = next((s for s in self.stories if s.article.slug == slug), None)
        if story and story.article.language != config.theme["language"]:
            output = output.replace(f'<html lang="{config.theme["language"]}"',
                                    f'<html lang="{story.article.language}"', 1)
        return output

    def on_page_content(self, html: str, page, config, files) -> str:
        """Glossary terms can be reached by keyboard, so their tooltips open on focus too."""
        return html.replace("<abbr title=", '<abbr tabindex="0" title=')

    def on_serve(self, server, config, builder):
        server.watch(str(self.seeds))
        server.watch(str(TEMPLATES))
        return server
