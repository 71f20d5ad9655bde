"""The interactive map of an explainer's places, drawn with folium. The only module that imports folium.

Two folium/branca traps shape this module. folium's Popup and Tooltip put HTML into JavaScript
template literals, where `${...}` in article text would run. And branca renders each element's
script output a second time as a Jinja template, so `{{ ... }}` in article text would be
evaluated at build time. Article text therefore reaches the page only through `js_string`:
JSON with <, >, &, ', { and } written as unicode escapes.
"""

from __future__ import annotations

import base64
import html
import itertools
import json
from importlib.resources import files

import folium
from branca.element import Element, Figure, JavascriptLink, MacroElement
from folium.map import FitBounds
from folium.plugins import MarkerCluster
from folium.template import Template as FoliumTemplate
from folium.utilities import JsCode
from jinja2 import Template

from generator.model.ids import slugify
from generator.model.story import Place, Story
from generator.site import palette
from generator.site.focus import BROAD, focus
from generator.site.markup import url

ASSETS = files("generator.site") / "assets"
CLUSTER_STYLES, LEAFLET_IMAGES = ASSETS / "markercluster", ASSETS / "leaflet" / "images"
LAYER_OF_KIND = {
    "city": "cities",
    "border": "borders",
    "country": "other",
    "region": "other",
    "site": "other",
    "place": "other",
}
COLOURS = palette.LAYERS


def name_in_order(root: Element) -> None:
    """folium names each element with random hex; numbering them in the order the map holds them makes
    two builds byte-identical. Done on this map's elements only, once they are all in place: branca's own
    hook (Element._generate_id, branca 0.8) is class-wide and would rename every element in the process."""
    numbers = itertools.count(1)

    def walk(element: Element) -> None:
        element._id = f"{next(numbers):08x}"
        for child in element._children.values():
            walk(child)

    walk(root)


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


class Pin(MacroElement):
    """Leaflet's pin, without the shadow (it has no high-resolution image), defined once per map.

    The images are inlined (4 KB): pins appear with the map instead of a request later.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.icon({iconUrl: {{ this.url }}, iconRetinaUrl: {{ this.retina_url }},
            iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], tooltipAnchor: [16, -28]});
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "pin"
        self.url, self.retina_url = (
            js_string("data:image/png;base64," + base64.b64encode((LEAFLET_IMAGES / name).read_bytes()).decode())
            for name in ("marker-icon.png", "marker-icon-2x.png")
        )


class NamedMarker(MacroElement):
    """A marker whose title and alt text (the place's name) are safe string literals."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.marker({{ this.location }}, Object.assign({{ this.options }},
            {icon: {{ this.pin.get_name() }}})).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, lat: float, lon: float, name: str, pin: Pin):
        super().__init__()
        self._name = "marker"
        self.location = json.dumps([lat, lon])
        # Pins of nearby places can overlap; the one under the pointer comes to the front.
        self.options = js_object({"title": name, "alt": name, "keyboard": True, "riseOnHover": True})
        self.pin = pin


def paragraph_links(numbers: list[int], links: dict[str, str]) -> str:
    """¶ links to the source page, opened in the whole window rather than in the map's frame."""
    return " ".join(f'<a href="{links["source"]}#p{n}" target="_top">¶{n}</a>' for n in numbers)


def popup_html(place: Place, story: Story, labels: dict, links: dict[str, str]) -> str:
    """Escaped HTML for a place's popup: what happened there, who acted, where the article says so."""
    e = html.escape
    kind = labels["kinds"].get(place.kind, place.kind)
    parts = [f"<strong>{e(place.name)}</strong> <span>({e(kind)})</span>"]
    if place.description:  # the editor's or the gazetteer's words, never the article's: said so, not cited
        whose = labels["from_editor"] if place.curated else labels["map_note"]
        source = (
            f' <a href="{e(url(place.source))}" target="_top">{e(labels["source_link"])}</a>' if place.source else ""
        )
        parts.append(f"<p>{e(place.description)} <small>({e(whose)}{source})</small></p>")
    events = [event for event in story.events if place.id in event.places]
    if events:
        items = "".join(
            f'<li><a href="{links["timeline"]}#{slugify(event.id)}" target="_top">{e(event.summary)}</a></li>'
            for event in events[:5]
        )
        parts.append(f"<p>{e(labels['what_happened'])}:</p><ul>{items}</ul>")
    actors = [
        a
        for a in story.actors
        if a.id == place.id or (place.kind == "country" and a.country == place.country and a.kind != "state")
    ]
    if actors:
        names = ", ".join(f'<a href="{links["actors"]}#{slugify(a.id)}" target="_top">{e(a.name)}</a>' for a in actors)
        parts.append(f"<p>{e(labels['actors'])}: {names}</p>")
    if place.paragraphs:
        cites = paragraph_links(place.paragraphs, links)
        parts.append(f"<p>{e(labels['mentioned_in'])}: {cites}</p>")
    return "".join(parts)


def add_place(
    place: Place, layer: Element, story: Story, labels: dict, links: dict, pin: Pin, labelled: bool = False
) -> None:
    """A place's marker or line with its popup; `labelled`: its name shows without a click (the focus cities)."""
    popup = popup_html(place, story, labels, links)
    colour = COLOURS[LAYER_OF_KIND.get(place.kind, "other")]
    shape: MacroElement
    if place.line:
        shape = folium.PolyLine(place.line, color=colour, weight=9, opacity=0.75)
    elif place.kind != "city":  # a site: a dot
        shape = folium.CircleMarker(list(place.position), radius=7, color=colour, fill=True, fill_opacity=0.6)
    else:
        shape = NamedMarker(*place.position, place.name, pin)
    shape.add_child(Binding("bindPopup", popup, maxWidth=280))
    if labelled:
        shape.add_child(Binding("bindTooltip", html.escape(place.name), permanent=True, direction="right"))
    else:
        shape.add_child(Binding("bindTooltip", html.escape(place.name)))
    shape.add_to(layer)


class Locator(MacroElement):
    """The wider world beside the focus: a small second map, in a corner, with every located place, the
    routes, and a box where the main map is looking; it follows the main map. Decorative for screen
    readers (the place table is the text alternative), and never focusable."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (main) {
            var Box = L.Control.extend({onAdd: function () {
                var div = L.DomUtil.create("div", "explainer-locator");
                div.setAttribute("aria-hidden", "true");
                return div;
            }});
            var box = new Box({position: "bottomleft"}).addTo(main);
            var small = L.map(box.getContainer(), {attributionControl: false, zoomControl: false,
                dragging: false, scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false,
                keyboard: false, touchZoom: false, zoomSnap: 0.25});
            small.createPane("basemap").style.zIndex = 250;  // outlines, fetched later, under the places
            var world = L.latLngBounds({{ this.points }});
            {{ this.points }}.forEach(function (p) {
                L.circleMarker(p, {radius: 3, weight: 1, interactive: false, className: "explainer-locator-place"})
                    .addTo(small);
            });
            {{ this.routes }}.forEach(function (line) {
                L.polyline(line, {weight: 2, dashArray: "4 3", interactive: false, className: "explainer-locator-route"})
                    .addTo(small);
            });
            var frame = L.rectangle(main.getBounds(), {weight: 2, fill: false, interactive: false,
                                                       className: "explainer-locator-view"}).addTo(small);
            small.fitBounds(world.extend(main.getBounds()), {padding: [6, 6], animate: false});
            main.on("moveend", function () { frame.setBounds(main.getBounds()); });
            window.explainerLocator = small;  // the outlines, fetched later, are drawn here too
            return small;
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, story: Story):
        super().__init__()
        self._name = "Locator"
        places = [p for p in story.located_places() if p.kind not in BROAD]
        self.points = json.dumps([list(p.position) for p in places])  # numbers only
        lines = [story.route_stops(route) for route in story.routes]
        self.routes = json.dumps([[list(stop.position) for stop in stops] for stops in lines if stops])


class OfflineBasemap(MacroElement):
    """Country outlines from the site itself, so the map needs no tile server at all."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.map.get_name() }}.createPane("basemap").style.zIndex = 250;  // under every marker and line
        // After the map's first frame: on a slow connection the pins come before the outlines.
        function drawOutlines() {
            fetch({{ this.url }}).then(function (response) { return response.json(); }).then(function (data) {
                var named = {{ this.named }};
                var outlines = L.geoJSON(null, {pane: "basemap", interactive: false, style: function (f) {
                    var own = named.indexOf(f.properties.iso) >= 0 ? " explainer-named" : "";
                    return {className: "explainer-country" + own, weight: 1};
                }})
                    .addTo({{ this._parent.get_name() }});
                if (window.explainerLocator) {
                    L.geoJSON(data, {pane: "basemap", interactive: false,
                                     style: {className: "explainer-country", weight: 0}})
                        .addTo(window.explainerLocator);
                }
                // A few countries a task: drawing all at once held up the reader's taps for a quarter second.
                (function draw(start) {
                    outlines.addData(data.features.slice(start, start + 24));
                    if (start + 24 < data.features.length) setTimeout(draw, 0, start + 24);
                })(0);
            });
        }
        requestAnimationFrame(function () { setTimeout(drawOutlines, 0); });
        {% endmacro %}
    """)

    def __init__(self, url: str, fmap: folium.Map, named: list[str]):
        super().__init__()
        self._name = "OfflineBasemap"
        self.url, self.map = js_string(url), fmap
        self.named = json.dumps(sorted(named))  # ISO codes: letters only, from the gazetteer or story.yml's pattern


# Leaflet.markercluster's own icon, with the names of its cities for screen readers: "4 kota: Pyongyang, …".
# The names are set as textContent, so article text never becomes markup.
CLUSTER_ICON = """function (cluster) {
    var count = cluster.getChildCount();
    var names = document.createElement("span");
    names.className = "visually-hidden";
    names.textContent = " " + %s + " " + cluster.getAllChildMarkers().map(function (m) {
        return m.options.title;
    }).join(", ");
    return L.divIcon({html: "<div><span>" + count + names.outerHTML + "</span></div>", iconSize: L.point(40, 40),
                      className: "marker-cluster marker-cluster-" + (count < 10 ? "small" : count < 100 ? "medium" : "large")});
}"""

# The map follows the site's light/dark palette (the iframe reads its parent's scheme).
PAGE_STYLE = f"""
<style>
  .explainer-country {{ fill: {palette.LAND}; fill-opacity: 1; stroke: {palette.LAND_EDGE}; }}
  .explainer-country.explainer-named {{ fill: {palette.NAMED_LAND}; }}
  .explainer-locator {{ width: 180px; height: 120px; border: 2px solid {palette.LAND_EDGE}; background: {palette.SEA}; }}
  html.dark .explainer-locator {{ background: {palette.DARK_SEA}; }}
  @media (max-width: 480px) {{ .explainer-locator {{ width: 120px; height: 80px; }} }}
  .explainer-locator-place {{ fill: {palette.LAYERS["cities"]}; stroke: #fff; fill-opacity: 1; }}
  .explainer-locator-route {{ stroke: {palette.LAYERS["routes"]}; fill: none; }}
  .explainer-locator-view {{ stroke: {palette.LAYERS["borders"]}; }}
  html.dark .explainer-country.explainer-named {{ fill: {palette.DARK_NAMED_LAND}; }}
  html .leaflet-container {{ background: {palette.SEA}; font: 14px/1.4 system-ui, sans-serif; }}
  html.dark .leaflet-container {{ background: {palette.DARK_SEA}; }}
  html.dark .explainer-country {{ fill: {palette.DARK_LAND}; stroke: {palette.DARK_LAND_EDGE}; }}
  html.dark .leaflet-tile-pane {{ filter: invert(1) hue-rotate(180deg) brightness(0.85); }}
  .leaflet-control-layers label {{ min-height: 24px; display: flex; align-items: center; gap: 4px; }}
  .leaflet-control-layers-selector {{ width: 20px; height: 20px; margin: 2px 4px 2px 0; }}
  .visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
  main {{ height: 100%; }}
</style>
<script>
  (function () {{
    function scheme() {{
      try {{ return window.parent.document.body.getAttribute("data-md-color-scheme"); }} catch (e) {{ return null; }}
    }}
    function apply() {{ document.documentElement.classList.toggle("dark", scheme() === "slate"); }}
    apply();
    try {{
      new MutationObserver(apply).observe(window.parent.document.body,
        {{attributes: true, attributeFilter: ["data-md-color-scheme"]}});
    }} catch (e) {{ /* opened on its own: stay light */ }}
  }})();
</script>
"""


def add_routes(story: Story, layer: Element, labels: dict, links: dict) -> None:
    for route in story.routes:
        points = story.route_stops(route)
        if points is None:
            continue
        e = html.escape
        cites = paragraph_links(route.paragraphs, links)
        line = folium.PolyLine([[p.lat, p.lon] for p in points], color=COLOURS["routes"], weight=3, dash_array="8 6")
        line.add_child(Binding("bindPopup", f"<strong>{e(labels['route'])}: {e(route.name)}</strong><p>{cites}</p>"))
        line.add_child(Binding("bindTooltip", e(route.name)))
        line.add_to(layer)


LAYER_KEYS = ("cities", "borders", "routes", "other")  # in the layer control's order


def layer_for(key: str, labels: dict, asset_prefix: str) -> Element:
    """A layer of the map; cities that lie close together fold into one numbered marker until zoomed in."""
    if key != "cities":
        return folium.FeatureGroup(name=labels["layers"][key])
    cities = MarkerCluster(
        name=labels["layers"]["cities"],
        icon_create_function=CLUSTER_ICON % js_string(labels["cluster"]),
        maxClusterRadius=40,
    )
    cities.default_js = [("markercluster", f"{asset_prefix}/markercluster/leaflet.markercluster.js")]
    cities.default_css = []  # inlined by MapPage: two small files are two requests saved
    return cities


class ExplainerMap(folium.Map):
    """folium's map with a viewport that lets a reader zoom the page (folium's forbids it, which fails WCAG's
    resize-text rule when the map is opened on its own). The template is folium 0.20.0's, that line apart;
    tests/site/test_map.py compares the two."""

    TEMPLATE = """
        {% macro header(this, kwargs) %}
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
                #{{ this.get_name() }} {
                    position: {{this.position}};
                    width: {{this.width[0]}}{{this.width[1]}};
                    height: {{this.height[0]}}{{this.height[1]}};
                    left: {{this.left[0]}}{{this.left[1]}};
                    top: {{this.top[0]}}{{this.top[1]}};
                }
                .leaflet-container { font-size: {{this.font_size}}; }
            </style>

            <style>html, body {
                width: 100%;
                height: 100%;
                margin: 0;
                padding: 0;
            }
            </style>

            <style>#map {
                position:absolute;
                top:0;
                bottom:0;
                right:0;
                left:0;
                }
            </style>

            <script>
                L_NO_TOUCH = {{ this.global_switches.no_touch |tojson}};
                L_DISABLE_3D = {{ this.global_switches.disable_3d|tojson }};
            </script>

        {% endmacro %}

        {% macro html(this, kwargs) %}
            <div class="folium-map" id={{ this.get_name()|tojson }} ></div>
        {% endmacro %}

        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.map(
                {{ this.get_name()|tojson }},
                {
                    center: {{ this.location|tojson }},
                    crs: L.CRS.{{ this.crs }},
                    ...{{this.options|tojavascript}}

                }
            );

            {%- if this.control_scale %}
            L.control.scale().addTo({{ this.get_name() }});
            {%- endif %}

            {%- if this.zoom_control_position %}
            L.control.zoom( { position: {{ this.zoom_control|tojson }} } ).addTo({{ this.get_name() }});
            {%- endif %}

            {% if this.objects_to_stay_in_front %}
            function objects_in_front() {
                {%- for obj in this.objects_to_stay_in_front %}
                    {{ obj.get_name() }}.bringToFront();
                {%- endfor %}
            };
            {{ this.get_name() }}.on("overlayadd", objects_in_front);
            $(document).ready(objects_in_front);
            {%- endif %}

        {% endmacro %}
        """
    _template = FoliumTemplate(TEMPLATE)


def render_map(story: Story, labels: dict, asset_prefix: str, links: dict[str, str]) -> str:
    """A standalone HTML page with the map; Leaflet and the outlines are loaded from the site itself."""
    located = story.located_places()
    figure = MapPage(story.article.language, f"{labels['map_title']}: {story.article.title}")
    fmap = ExplainerMap(
        location=[0, 0], zoom_start=2, tiles=None, control_scale=True, zoom_control=False, maxZoom=18, minZoom=1
    )  # the cluster layer needs the bounds of zoom
    fmap.default_js = [("leaflet", f"{asset_prefix}/leaflet/leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{asset_prefix}/leaflet/leaflet.css")]
    figure.add_child(fmap)
    # Leaflet names its zoom buttons in English; a screen reader should hear the article's language.
    folium.Control(
        "Zoom",
        zoomInTitle=labels["zoom_in"],  # no position: folium 0.20 garbles the arguments
        zoomOutTitle=labels["zoom_out"],
    ).add_to(fmap)
    region = focus(story)
    points = region.points
    if points:  # before any layer, so that outlines and clusters are worked out once, at this zoom
        view = FitBounds(
            [
                [min(p[0] for p in points), min(p[1] for p in points)],
                [max(p[0] for p in points), max(p[1] for p in points)],
            ],
            padding=(40, 40),
            max_zoom=region.max_zoom,
        )
        view.options["animate"] = False
        fmap.add_child(view)
    pin = Pin()
    fmap.add_child(pin)  # before the layers, whose markers use it
    offline = folium.FeatureGroup(name=labels["basemap_offline"], overlay=False).add_to(fmap)
    named = [p.country for p in located if p.kind == "country" and p.country]
    offline.add_child(OfflineBasemap(f"{asset_prefix}/countries.geojson", fmap, named))
    folium.TileLayer("OpenStreetMap", name=labels["basemap_tiles"], overlay=False, show=False).add_to(fmap)
    shown = [place for place in located if place.kind not in BROAD]  # countries are outlines, regions a table
    by_layer: dict[str, list] = {k: [p for p in shown if LAYER_OF_KIND.get(p.kind, "other") == k] for k in LAYER_KEYS}
    routes = [route for route in story.routes if story.route_stops(route) is not None]
    by_layer["routes"] = routes
    # A layer appears in the layer control only when it holds something.
    layers = {key: layer_for(key, labels, asset_prefix).add_to(fmap) for key in LAYER_KEYS if by_layer[key]}
    if routes:
        add_routes(story, layers["routes"], labels, links)
    focus_cities = {place.id for place in region.places if place.kind == "city"}
    for place in shown:
        layer = layers[LAYER_OF_KIND.get(place.kind, "other")]
        add_place(place, layer, story, labels, links, pin, labelled=place.id in focus_cities)
    # The layer list stays open on wide screens and folds into a button on phones; folium writes the options
    # with its tojavascript filter, which writes a JsCode as code (its type hint says only bool).
    folium.LayerControl(collapsed=JsCode("window.innerWidth < 640")).add_to(fmap)  # type: ignore[arg-type]
    if region.far:  # far places: show where they lie
        fmap.add_child(Locator(story))
    name_in_order(figure)
    page = figure.render()
    return page


class MapPage(Figure):
    """folium's page made a proper document: the article's language, a title and description, a main
    landmark and a heading; Leaflet and its plugin load deferred, and the map is drawn in a task of its own
    once they have run, so that no single task both evaluates a library and builds the map."""

    _template = Template(
        "<!DOCTYPE html>\n"
        '<html lang="{{ this.language }}">\n'
        "<head>\n"
        '    <meta charset="utf-8">\n'
        "    <title>{{ this.heading }}</title>\n"
        '    <meta name="description" content="{{ this.heading }}">\n'
        '    <link rel="icon" href="data:,">{{ this.style }}<style>{{ this.cluster_css }}</style>'
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        "<body>\n"
        '<main aria-label="{{ this.heading }}">\n'
        '<h1 class="visually-hidden">{{ this.heading }}</h1>\n'
        "    {{ this.html.render(**kwargs) }}\n"
        "\n"
        "<script>\n"
        'document.addEventListener("DOMContentLoaded", function () { setTimeout(function () {\n'
        "    {{ this.script.render(**kwargs) }}\n"
        "}); });\n"
        "</script>\n"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )

    def __init__(self, language: str, heading: str):
        super().__init__(title=None)
        self.header = DeferringHead()  # in place of branca's, whose only child says <meta charset> again
        self.language, self.heading, self.style = language, html.escape(heading), PAGE_STYLE
        self.cluster_css = "".join(
            (CLUSTER_STYLES / name).read_text(encoding="utf-8")
            for name in ("MarkerCluster.css", "MarkerCluster.Default.css")
        )


class DeferredScript(JavascriptLink):
    """A script that loads without holding up the page."""

    _template = Template('<script defer src="{{ this.url }}"></script>')


class DeferringHead(Element):
    """The page's <head>: the scripts the map and its plugins link there (folium's JSCSSMixin adds them as
    they render) load deferred."""

    def add_child(self, child: Element, name: str | None = None, index: int | None = None) -> Element:
        if isinstance(child, JavascriptLink) and not isinstance(child, DeferredScript):
            child = DeferredScript(child.url)
        return super().add_child(child, name=name, index=index)
