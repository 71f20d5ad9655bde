"""Pruning the theme's stylesheet: only rules that nothing on the site can match go."""

from __future__ import annotations

import json
from pathlib import Path

import material

from generator.plugin.unused_css import (
    Vocabulary,
    apply_plan,
    digest,
    drop_unused_rules,
    rule_plan,
    shipped_plans,
    slim_theme_stylesheets,
)

SITE = [
    '<div class="md-header" id="top" data-md-color-scheme="slate">',
    'el.classList.add("md-search__open"); x("li", {class: `md-source__fact md-source__fact--${kind}`})',
]


def pruned(css: str) -> str:
    return drop_unused_rules(css, Vocabulary(SITE)).strip()


def test_a_rule_for_a_class_no_page_has_is_dropped():
    assert pruned(".md-header{color:red}.md-tabs{color:blue}") == ".md-header{color:red}"


def test_classes_that_a_script_adds_are_kept():
    assert pruned(".md-search__open .md-header{top:0}") == ".md-search__open .md-header{top:0}"


def test_a_class_a_script_builds_from_a_prefix_is_kept():
    assert pruned(".md-source__fact--version:before{content:''}") != ""


def test_only_the_unused_selectors_of_a_list_go():
    assert pruned(".md-tabs,.md-header,#top,#bottom{margin:0}") == ".md-header,#top{margin:0}"


def test_not_with_an_unused_class_still_matches_and_stays():
    assert pruned(".md-header:not(.md-tabs){margin:0}") == ".md-header:not(.md-tabs){margin:0}"


def test_attribute_values_count_but_partial_matches_stay():
    css = "[data-md-color-scheme=slate]{a:1}[data-md-color-scheme=pink]{b:2}[href^=pink]{c:3}"
    assert pruned(css) == "[data-md-color-scheme=slate]{a:1}[href^=pink]{c:3}"


def test_media_blocks_are_pruned_inside_and_dropped_when_empty():
    css = "@media print{.md-tabs{display:none}}@media screen{.md-tabs{a:1}.md-header{b:2}}"
    assert pruned(css) == "@media screen{.md-header{b:2}}"


def test_element_selectors_keyframes_and_the_source_map_comment():
    css = "body{margin:0}@keyframes spin{to{transform:rotate(1turn)}}/*# sourceMappingURL=main.css.map*/"
    assert pruned(css) == "body{margin:0}@keyframes spin{to{transform:rotate(1turn)}}"


def test_a_built_site_is_pruned_once_and_then_served_from_the_cache(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    css = ".md-header{color:red}.md-tabs{color:blue}/*# sourceMappingURL=main.1.min.css.map*/"
    theme = site / "assets" / "stylesheets" / "main.1.min.css"
    theme.write_text(css, encoding="utf-8")
    (site / "index.html").write_text('<div class="md-header">Berita</div>', encoding="utf-8")
    assert slim_theme_stylesheets(site, cache) == (len(css), len(".md-header{color:red}\n"))
    assert len(list(cache.glob("*.css"))) == 2  # by the whole site, and by the names it knows

    # An edited page that brings no new name: the same stylesheet, and the old whole-site entry goes.
    theme.write_text(css, encoding="utf-8")
    (site / "index.html").write_text('<div class="md-header">Berita lain</div>', encoding="utf-8")
    slim_theme_stylesheets(site, cache)
    assert theme.read_text(encoding="utf-8") == ".md-header{color:red}\n"
    assert len(list(cache.glob("*.css"))) == 2

    # A page that now uses .md-tabs keeps its rule.
    theme.write_text(css, encoding="utf-8")
    (site / "index.html").write_text('<div class="md-header md-tabs">Berita</div>', encoding="utf-8")
    slim_theme_stylesheets(site, cache)
    assert ".md-tabs{color:blue}" in theme.read_text(encoding="utf-8")


def test_an_unknown_theme_stylesheet_is_planned_once_and_the_plan_kept(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "main.2.min.css").write_text(".md-header{a:1}.md-tabs{b:2}", encoding="utf-8")
    (site / "index.html").write_text('<div class="md-header"></div>', encoding="utf-8")
    slim_theme_stylesheets(site, cache)
    assert len(list(cache.glob("plan-*.json"))) == 1


def test_the_shipped_plans_are_those_of_the_pinned_theme():
    """Refresh with .venv/bin/python tools/build_css_plan.py after changing the mkdocs-material version."""
    stylesheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    for path in sorted(stylesheets.glob("*.min.css")):
        css = path.read_text(encoding="utf-8")
        assert shipped_plans().get(digest(css)) == rule_plan(css), path.name


def test_a_plan_kept_as_json_prunes_the_same_and_keeps_what_is_used():
    css = (
        ".md-tabs,.md-header>a,#top{margin:0}@media screen and (min-width:60em){.md-tabs{a:1}.md-header{b:2}}"
        "[data-md-color-scheme=slate] .md-header{c:3}@font-face{font-family:x}.md-source__fact--x:before{d:4}"
    )
    assert apply_plan(json.loads(json.dumps(rule_plan(css))), Vocabulary(SITE)) + "\n" == drop_unused_rules(
        css, Vocabulary(SITE)
    )
    assert pruned(css).startswith(".md-header>a,#top{margin:0}@media screen and (min-width:60em){.md-header{b:2}}")
