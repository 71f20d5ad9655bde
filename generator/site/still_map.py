"""A still picture of an explainer's map (an SVG file): what the map page shows until the reader opens
the interactive map. It costs the page no script, prints, and on a phone does not catch the scrolling
finger. Web Mercator, like the interactive map, over the same places; outlines from the same file.
"""

from __future__ import annotations

import html
import itertools
import json
import math
from functools import lru_cache
from importlib.resources import files

from generator.model.story import Place, Story
from generator.site import palette
from generator.site.focus import BROAD_MAX_ZOOM, focus

OUTLINES = files("generator.site") / "assets" / "countries.geojson"
WIDTH, HEIGHT = 600, 400  # a phone shows it 360 px wide: 22 px labels stay about 13 px
BROAD_SPAN = 0.1  # of the world's width, around countries' centroids
MIN_SPAN = 0.03  # of the world's width: a single city is shown with its region around it
LABEL_HEIGHT, CHAR_WIDTH = 26, 12  # of a 22 px label
INSET = (150, 100)  # the wider world, bottom left
INSET_X, INSET_Y = 8, HEIGHT - INSET[1] - 8
STYLE = (
    f".land{{fill:{palette.LAND};stroke:{palette.LAND_EDGE};stroke-width:1}}.named{{fill:{palette.NAMED_LAND}}}"
    f".border{{fill:none;stroke:{palette.LAYERS['borders']};stroke-width:5;stroke-linecap:round}}"
    f".route{{fill:none;stroke:{palette.LAYERS['routes']};stroke-width:3;stroke-dasharray:9 7}}"
    f".city{{fill:{palette.LAYERS['cities']};stroke:#fff;stroke-width:2}}"
    f".thin{{stroke-width:1.5}}.fine{{stroke-width:0.4}}.far{{fill:{palette.LAYERS['cities']};stroke:#fff;stroke-width:1}}"
    f".frame{{fill:none;stroke:{palette.LAYERS['borders']};stroke-width:2}}"
    f"text{{font:600 22px system-ui,sans-serif;fill:{palette.LABEL};stroke:#fff;stroke-width:4px;paint-order:stroke}}"
)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Web Mercator, in fractions of the world's width."""
    lat = math.radians(max(-85.0, min(85.0, lat)))
    return (lon + 180) / 360, (1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2


@lru_cache(maxsize=1)
def country_rings() -> tuple[tuple[str, tuple[tuple[float, float], ...]], ...]:
    """(ISO code, projected ring) for every ring of every country outline."""
    rings: list[tuple[str, tuple[tuple[float, float], ...]]] = []
    for feature in json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        iso = feature["properties"]["iso"]
        rings.extend((iso, tuple(project(lat, lon) for lon, lat in ring)) for polygon in polygons for ring in polygon)
    return tuple(rings)


class View:
    """The places' bounds, padded and widened to the picture's shape, in pixels."""

    def __init__(self, points: list[tuple[float, float]], least: float = MIN_SPAN, size=(WIDTH, HEIGHT)):
        xs, ys = [x for x, _ in points], [y for _, y in points]
        self.width, self.height = size
        span_x = max(max(xs) - min(xs), least) * 1.15
        span_y = max(max(ys) - min(ys), least * self.height / self.width) * 1.25
        self.scale = min(self.width / span_x, self.height / span_y)
        self.left = (min(xs) + max(xs)) / 2 - self.width / self.scale / 2
        self.top = (min(ys) + max(ys)) / 2 - self.height / self.scale / 2

    def bounds(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The projected corners the picture shows: top left, bottom right."""
        return (self.left, self.top), (self.left + self.width / self.scale, self.top + self.height / self.scale)

    def pixel(self, lat: float, lon: float) -> tuple[int, int]:
        return self.to_pixel(project(lat, lon))

    def to_pixel(self, projected: tuple[float, float]) -> tuple[int, int]:
        return round((projected[0] - self.left) * self.scale), round((projected[1] - self.top) * self.scale)

    def path(self, ring: tuple[tuple[float, float], ...]) -> str:
        """The ring in pixels, a point each 2 px; rings outside the picture or under 3 px are left out."""
        pixels: list[tuple[int, int]] = []
        for point in ring:
            pixel = self.to_pixel(point)
            if not pixels or max(abs(pixel[0] - pixels[-1][0]), abs(pixel[1] - pixels[-1][1])) >= 2:
                pixels.append(pixel)
        xs, ys = [x for x, _ in pixels], [y for _, y in pixels]
        if (
            len(pixels) < 3
            or max(max(xs) - min(xs), max(ys) - min(ys)) < 3
            or min(xs) > self.width
            or max(xs) < 0
            or min(ys) > self.height
            or max(ys) < 0
        ):
            return ""
        steps = "".join(f"l{x - px} {y - py}" for (px, py), (x, y) in itertools.pairwise(pixels))
        return f"M{pixels[0][0]} {pixels[0][1]}{steps}z"  # relative steps: short numbers


def free(box: tuple[int, int, int, int], taken: list[tuple[int, int, int, int]]) -> bool:
    inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= HEIGHT
    return inside and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken)


def place_label(x: int, y: int, text: str, taken: list[tuple[int, int, int, int]]) -> tuple[str, str] | None:
    """The label right of the dot, else left, above, below; None where none is free of labels and dots."""
    width, half = CHAR_WIDTH * len(text), LABEL_HEIGHT // 2
    sides = (
        (x + 8, y - half),
        (x - 8 - width, y - half),
        (x - width // 2, y - 8 - LABEL_HEIGHT),
        (x - width // 2, y + 8),
    )
    for left, top in sides:
        box = (left, top, left + width, top + LABEL_HEIGHT)
        if free(box, taken):
            taken.append(box)
            return f'<text x="{left}" y="{top + half + 8}">{html.escape(text)}</text>', text
    return None


def legend_box(names: list[str], taken: list[tuple[int, int, int, int]]) -> str:
    """The numbered places' names, in a corner that covers no label or dot (top right, else top left)."""
    width = CHAR_WIDTH * max(len(f"{n} {name}") for n, name in enumerate(names, 1)) + 12
    height = LABEL_HEIGHT * len(names) + 8
    left = next((x for x in (WIDTH - width - 8, 8) if free((x, 8, x + width, 8 + height), taken)), WIDTH - width - 8)
    taken.append((left, 8, left + width, 8 + height))
    rows = "".join(
        f'<text x="{left + 6}" y="{8 + LABEL_HEIGHT * n}">{n} {html.escape(name)}</text>'
        for n, name in enumerate(names, 1)
    )
    box = f'<rect x="{left}" y="8" width="{width}" height="{height}" fill="#fff" opacity="0.85"/>'
    return f'<g class="legend">{box}{rows}</g>'


def inset(view: View, far: list[Place], story: Story) -> str:
    """A small world map: the far places as dots, the routes, and a box where the main picture looks."""
    corners = view.bounds()
    points = [project(lat, lon) for p in far for lat, lon in p.points()] + list(corners)
    small = View(points, 0.1, INSET)
    land = "".join(small.path(ring) for _, ring in country_rings())
    dots = "".join('<circle class="far" cx="{}" cy="{}" r="3"/>'.format(*small.pixel(*p.position)) for p in far)
    (x0, y0), (x1, y1) = (small.to_pixel(corner) for corner in corners)
    lines = [story.route_stops(route) for route in story.routes]
    routes = "".join(
        '<polyline class="route thin" points="{}"/>'.format(
            " ".join("{},{}".format(*small.pixel(*s.position)) for s in stops)
        )
        for stops in lines
        if stops
    )
    return (
        f'<svg class="inset" x="{INSET_X}" y="{INSET_Y}" width="{INSET[0]}" height="{INSET[1]}" '
        f'viewBox="0 0 {INSET[0]} {INSET[1]}"><rect width="100%" height="100%" fill="{palette.SEA}" '
        f'stroke="{palette.LAND_EDGE}" stroke-width="2"/><path class="land fine" d="{land}"/>{routes}{dots}'
        f'<rect class="frame" x="{x0}" y="{y0}" width="{max(2, x1 - x0)}" height="{max(2, y1 - y0)}"/></svg>'
    )


def still_map(story: Story) -> str:
    """The SVG document; place names are escaped text."""
    located = story.located_places()
    region = focus(story)
    broad = region.max_zoom == BROAD_MAX_ZOOM  # only countries and regions: show their neighbourhood
    view = View(
        [project(lat, lon) for lat, lon in region.points] or [project(-55, -170), project(75, 180)],
        BROAD_SPAN if broad else MIN_SPAN,
    )  # the story's region first; no place located: the whole world
    named = {p.country for p in located if p.kind == "country"}
    land = "".join(view.path(ring) for iso, ring in country_rings() if iso not in named)
    shaded = "".join(view.path(ring) for iso, ring in country_rings() if iso in named)
    parts = [f'<path class="land" d="{land}"/>', f'<path class="land named" d="{shaded}"/>']
    for place in located:
        if place.line:
            points = " ".join("{},{}".format(*view.pixel(lat, lon)) for lat, lon in place.line)
            parts.append(f'<polyline class="border" points="{points}"/>')
    for route in story.routes:
        stops = story.route_stops(route)
        if stops is not None:
            points = " ".join("{},{}".format(*view.pixel(*stop.position)) for stop in stops)
            parts.append(f'<polyline class="route" points="{points}"/>')
    # The most cited cities are labelled first, then in the order the article names them.
    cities = sorted((p for p in located if p.kind == "city"), key=lambda p: (-len(p.paragraphs), p.paragraphs or [0]))
    dots = [(place, *view.pixel(*place.position)) for place in cities]
    dots = [(place, x, y) for place, x, y in dots if 0 <= x <= WIDTH and 0 <= y <= HEIGHT]  # far: a zoom away
    taken = [(x - 6, y - 6, x + 6, y + 6) for _, x, y in dots]  # no label covers a dot
    if region.far:  # the wider world, in a corner: where the far places lie, and where the picture looks
        parts.append(inset(view, region.far, story))
        taken.append((INSET_X, INSET_Y, INSET_X + INSET[0], INSET_Y + INSET[1]))
    for _, x, y in dots:
        parts.append(f'<circle class="city" cx="{x}" cy="{y}" r="5"/>')
    legend: list[str] = []
    for place, x, y in dots:
        # Its name beside the dot; where no side has room, a number, explained in a legend.
        text = place_label(x, y, place.name, taken) or place_label(x, y, str(len(legend) + 1), taken)
        if text and text[1] != place.name:
            legend.append(place.name)
        if text:
            parts.append(text[0])
    if legend:
        parts.append(legend_box(legend, taken))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}"><style>{STYLE}</style><rect width="100%" height="100%" fill="{palette.SEA}"/>'
        + "".join(parts)
        + "</svg>\n"
    )
