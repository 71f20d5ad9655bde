"""Structural checks of the map HTML (not a golden page): markers, the DMZ, escaping, stability."""

import dataclasses
import json
import re

from generator.data import labels
from generator.model.story import Place
from generator.site.map import render_map

LINKS = {"timeline": "timeline/", "actors": "actors/", "source": "source/"}


def draw(story):
    return render_map(story, labels(story.article.language), "../assets/map", LINKS)


def test_the_four_capitals_are_markers_and_the_dmz_is_a_line(seed_story):
    html = draw(seed_story)
    for city in ("Pyongyang", "Seoul", "Beijing", "Moskow"):
        assert re.search(
            rf'L\.marker\(\[[-\d.]+, [-\d.]+\], Object\.assign\(\{{"title": "{city}", "alt": "{city}"', html
        ), city
    line = re.search(r"L\.polyline\(\s*(\[\[.*?\]\])", html, re.S).group(1)
    assert len(json.loads(line)) > 2 and "[37.956, 126.677]" in line
    assert 'bindTooltip("Zona Demiliterisasi Korea"' in html


def test_only_map_scripts_from_the_site(seed_story):
    html = draw(seed_story)
    assert re.findall(r'<script defer src="([^"]+)"', html) == [
        "../assets/map/leaflet/leaflet.js",
        "../assets/map/markercluster/leaflet.markercluster.js",
    ]
    assert re.findall(r'href="(http[^"]+)"', html) == []
    assert "jquery" not in html.lower() and "bootstrap" not in html.lower()


def test_cluster_names_are_text_not_markup(seed_story):
    html = draw(seed_story)
    icon = html[html.index("iconCreateFunction") :]
    assert 'names.textContent = " " + "kota:" + " "' in icon and "innerHTML" not in icon
    assert '"zoomInTitle": "Perbesar"' in html


def test_two_renders_are_byte_identical(seed_story):
    assert draw(seed_story) == draw(seed_story)


def test_popup_text_is_escaped_json_not_template_literal(seed_story):
    story = dataclasses.replace(
        seed_story,
        places=[
            Place(
                id="x",
                name="</script><script>alert(1)</script>${alert(2)}`",
                kind="city",
                lat=1.0,
                lon=2.0,
                paragraphs=[1],
                description="<img src=x onerror=alert(3)>",
            )
        ],
        events=[],
        actors=[],
    )
    html = draw(story)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "$(`" not in html and "(`" not in html  # no template literal that ${...} could run in
    popup = re.search(r'\.bindPopup\((".*?"), \{', html).group(1)
    assert "&lt;img src=x" in json.loads(popup)


def test_popups_link_to_timeline_actors_and_paragraphs(seed_story):
    html = draw(seed_story)
    popup = next(json.loads(p) for p in re.findall(r'\.bindPopup\((".*?"), \{', html) if "Pyongyang" in p)
    assert 'href="timeline/#p3-2023-07-25"' in popup and 'href="source/#p3"' in popup
    assert 'target="_top"' in popup


def test_template_syntax_in_article_text_is_never_evaluated(seed_story):
    story = dataclasses.replace(
        seed_story,
        places=[
            Place(
                id="x",
                name="{{ 7*7 }} {% raw %} {# c",
                kind="city",
                lat=1.0,
                lon=2.0,
                paragraphs=[1],
                description="{{ self.__init__.__globals__ }}",
            )
        ],
        events=[],
        actors=[],
    )
    html = draw(story)  # branca re-renders script output as Jinja: this must neither crash nor compute
    assert "49" not in html.split("L.map(")[1] and "__globals__" in html


def test_the_map_template_is_folium_s_but_for_the_viewport():
    """ExplainerMap copies folium.Map's template to let a reader zoom; a new folium must be looked at."""
    import inspect

    import folium.folium

    from generator.site.map import ExplainerMap

    source = inspect.getsource(folium.folium.Map)
    start = source.index('_template = Template(\n        """') + len('_template = Template(\n        """')
    theirs = source[start : source.index('"""', start)]
    viewport = (
        '<meta name="viewport" content="width=device-width,\n'
        '                initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />'
    )
    assert viewport in theirs
    assert (
        theirs.replace(viewport, '<meta name="viewport" content="width=device-width, initial-scale=1">')
        == ExplainerMap.TEMPLATE
    )
