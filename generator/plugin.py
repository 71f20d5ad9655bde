"""The MkDocs plugin `explainer`: builds every explainer from seeds/ as virtual files.

The only module that imports mkdocs. Nothing is written into docs/ (that would make
`mkdocs serve` rebuild in a loop); pages are added with File.generated in on_files.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .errors import InputError
from .pipeline import load_story, seed_articles
from .render import TEMPLATES, build_site, nav

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerConfig(base.Config):
    seeds = c.Type(str, default="seeds")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def on_config(self, config):
        self.seeds = Path(config.config_file_path).parent / self.config.seeds
        articles = seed_articles(self.seeds)
        if not articles:
            raise PluginError(f"{self.seeds}: no seeds/<slug>/article.md found (expected at least one article)")
        try:
            self.stories = [load_story(path) for path in articles]
        except InputError as error:
            raise PluginError(str(error)) from None
        log.info("explainer: %d article(s) read from %s", len(self.stories), self.seeds)
        if not config.nav:
            config.nav = nav(self.stories)
        newest = max(self.stories, key=lambda story: (story.article.published, story.article.slug))
        config.theme["language"] = newest.article.language
        return config

    def on_files(self, files: Files, config) -> Files:
        for path, content in build_site(self.stories, config.use_directory_urls).items():
            files.append(File.generated(config, path, content=content))
        return files

    def on_page_content(self, html: str, page, config, files) -> str:
        """Glossary terms can be reached by keyboard, so their tooltips open on focus too."""
        return html.replace("<abbr title=", '<abbr tabindex="0" title=')

    def on_serve(self, server, config, builder):
        server.watch(str(self.seeds))
        server.watch(str(TEMPLATES))
        return server
