"""The interactive map of an explainer's places, drawn with folium. The only module that imports folium.

Two folium/branca traps shape this module. folium's Popup and Tooltip put HTML into JavaScript
template literals, where `${...}` in article text would run. And branca renders each element's
script output a second time as a Jinja template, so `{{ ... }}` in article text would be
evaluated at build time. Article text therefore reaches the page only through `js_string`:
JSON with <, >, &, ', { and } written as unicode escapes.
"""
from __future__ import annotations

import html
import itertools
import json
from contextlib import contextmanager

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .story import Place, Story
from .text import slugify

LAYER_OF_KIND = {"city": "cities", "border": "borders", "country": "other", "region": "other", "site": "other"}
COLOURS = {"cities": "#1f5fa8", "borders": "#b3261e", "other": "#5b5f66"}


@contextmanager
def stable_ids():
    """folium names elements with random hex; a counter makes two builds byte-identical."""
    counter = itertools.count(1)
    original = Element._generate_id
    Element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")
    try:
        yield
    finally:
        Element._generate_id = original


ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027", "{": "\\u007b", "}": "\\u007d"}


def js_string(text: str) -> str:
    """A JavaScript string literal that is inert in HTML, in JS and in a Jinja template."""
    literal = json.dumps(text, ensure_ascii=False)
    return "".join(ESCAPES.get(char, char) for char in literal)


def js_object(values: dict) -> str:
    items = (f"{js_string(key)}: {js_string(v) if isinstance(v, str) else json.dumps(v)}" for key, v in values.items())
    return "{" + ", ".join(items) + "}"


class Binding(MacroElement):
    """bindPopup / bindTooltip with content passed as a safe string literal, never as template text."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.{{ this.method }}({{ this.content }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, method: str, content: str, **options):
        super().__init__()
        self._name = "Binding"
        self.method, self.content, self.options = method, js_string(content), js_object(options)


class NamedMarker(MacroElement):
    """A marker whose title and alt text (the place's name) are safe string literals."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.marker({{ this.location }}, {{ this.options }}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, lat: float, lon: float, name: str):
        super().__init__()
        self._name = "marker"
        self.location = json.dumps([lat, lon])
        self.options = js_object({"title": name, "alt": name, "keyboard": True})


def popup_html(place: Place, story: Story, labels: dict, links: dict[str, str]) -> str:
    """Escaped HTML for a place's popup: what happened there, who acted, where the article says so."""
    e = html.escape
    kind = labels["kinds"].get(place.kind, place.kind)
    parts = [f"<strong>{e(place.name)}</strong> <span>({e(kind)})</span>"]
    if place.description:
        parts.append(f"<p>{e(place.description)}</p>")
    events = [event for event in story.events if place.id in event.places]
    if events:
        items = "".join(f'<li><a href="{links["timeline"]}#{slugify(event.id)}" target="_top">{e(event.summary)}</a></li>'
                        for event in events[:5])
        parts.append(f"<p>{e(labels['what_happened'])}:</p><ul>{items}</ul>")
    actors = [a for a in story.actors if a.id == place.id or (place.kind == "country" and a.country == place.country
                                                             and a.kind != "state")]
    if actors:
        names = ", ".join(f'<a href="{links["actors"]}#{slugify(a.id)}" target="_top">{e(a.name)}</a>' for a in actors)
        parts.append(f"<p>{e(labels['actors'])}: {names}</p>")
    if place.paragraphs:
        cites = " ".join(f'<a href="{links["source"]}#p{n}" target="_top">¶{n}</a>' for n in place.paragraphs)
        parts.append(f"<p>{e(labels['source'])}: {cites}</p>")
    return "".join(parts)


def add_place(place: Place, layer: folium.FeatureGroup, story: Story, labels: dict, links: dict) -> None:
    popup = popup_html(place, story, labels, links)
    colour = COLOURS[LAYER_OF_KIND.get(place.kind, "other")]
    if place.line:
        shape = folium.PolyLine(place.line, color=colour, weight=9, opacity=0.75)
    elif place.kind == "country":
        shape = folium.CircleMarker([place.lat, place.lon], radius=7, color=colour, fill=True, fill_opacity=0.6)
    else:
        shape = NamedMarker(place.lat, place.lon, place.name)
    shape.add_child(Binding("bindPopup", popup, maxWidth=280))
    shape.add_child(Binding("bindTooltip", html.escape(place.name)))
    shape.add_to(layer)


def render_map(story: Story, labels: dict, leaflet_prefix: str, links: dict[str, str]) -> str:
    """A standalone HTML page with the map; Leaflet is loaded from the site itself."""
    located = [p for p in story.places if p.lat is not None and p.lon is not None]
    with stable_ids():
        figure = folium.Figure(title=None)
        fmap = folium.Map(location=[0, 0], zoom_start=2, tiles="OpenStreetMap", control_scale=True)
        fmap.default_js = [("leaflet", f"{leaflet_prefix}/leaflet.js")]
        fmap.default_css = [("leaflet_css", f"{leaflet_prefix}/leaflet.css")]
        figure.add_child(fmap)
        layers = {}
        for key in ("cities", "borders", "other"):
            layers[key] = folium.FeatureGroup(name=labels["layers"][key]).add_to(fmap)
        for place in located:
            add_place(place, layers[LAYER_OF_KIND.get(place.kind, "other")], story, labels, links)
        if located:
            points = [pt for p in located for pt in (p.line or [[p.lat, p.lon]])]
            fmap.fit_bounds([[min(p[0] for p in points), min(p[1] for p in points)],
                             [max(p[0] for p in points), max(p[1] for p in points)]], padding=(20, 20))
        folium.LayerControl(collapsed=False).add_to(fmap)
        page = figure.render()
    title = html.escape(f"{labels['map_title']}: {story.article.title}")
    return page.replace("<html>", f'<html lang="{story.article.language}">', 1).replace(
        "<head>", f"<head>\n    <title>{title}</title>", 1)
