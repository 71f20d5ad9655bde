"""The still picture of the map that the map page shows until the reader opens the interactive map."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

from generator.model.story import Place
from generator.site.still_map import HEIGHT, WIDTH, still_map

SVG = "{http://www.w3.org/2000/svg}"


def test_the_seed_picture_labels_its_main_cities_inside_the_frame(seed_story):
    svg = ET.fromstring(still_map(seed_story))  # well-formed XML, or this raises
    labels = {text.text: (int(text.get("x")), int(text.get("y"))) for text in svg.iter(f"{SVG}text")}
    assert {"Pyongyang", "Seoul"} <= set(labels)  # the story's region, framed first
    assert "Washington" not in labels  # a far capital does not pull the picture out to the world
    assert all(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in labels.values())
    dots = [(int(c.get("cx")), int(c.get("cy"))) for c in svg.iter(f"{SVG}circle") if c.get("class") == "city"]
    far = [c for c in svg.iter(f"{SVG}circle") if c.get("class") == "far"]
    assert len(far) >= 3  # the inset: Moscow, Beijing, Washington, Tokyo lie outside the picture
    assert len(dots) >= 2 and all(0 <= x <= WIDTH and 0 <= y <= HEIGHT for x, y in dots)
    assert len(list(svg.iter(f"{SVG}polyline"))) == 1 + 2 * len(seed_story.routes)  # the DMZ; routes, in the inset too
    assert sum(len(path.get("d")) for path in svg.iter(f"{SVG}path")) > 1_000  # the country outlines
    assert "named" in [path.get("class").split()[-1] for path in svg.iter(f"{SVG}path")]  # named ones shaded


def test_a_place_name_is_text_in_the_picture(seed_story):
    name = '</text><b>&"'  # short enough to be labelled
    story = dataclasses.replace(seed_story, places=[Place(id="x", name=name, kind="city", lat=1.0, lon=2.0)], routes=[])
    picture = still_map(story)
    assert "<b>" not in picture
    assert [text.text for text in ET.fromstring(picture).iter(f"{SVG}text")] == [name]


def test_a_story_without_coordinates_gets_the_whole_world(seed_story):
    story = dataclasses.replace(seed_story, places=[], routes=[])
    picture = still_map(story)
    assert re.match(r"<svg [^>]*viewBox=\"0 0 600 400\"", picture)
    assert len(ET.fromstring(picture).find(f"{SVG}path").get("d")) > 5_000  # land, not an empty sea


def test_a_city_whose_name_fits_nowhere_gets_a_number_explained_in_a_legend(seed_story):
    crowd = [Place(id=f"c{n}", name=f"Kota {n}", kind="city", lat=10.0 + n * 0.01, lon=20.0) for n in range(8)]
    svg = ET.fromstring(still_map(dataclasses.replace(seed_story, places=crowd, routes=[])))
    legend = svg.find(f"{SVG}g")
    assert legend is not None and legend.get("class") == "legend"  # eight names on one spot cannot all fit
    beside = {t.text for t in svg.iter(f"{SVG}text")} - {t.text for t in legend.iter(f"{SVG}text")}
    unnamed = [p.name for p in crowd if p.name not in beside]
    rows = [t.text for t in legend.iter(f"{SVG}text")]
    assert rows and [row.split(" ", 1)[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert all(row.split(" ", 1)[1] in unnamed for row in rows)  # the legend names what has no label
    assert {str(n) for n in range(1, len(rows) + 1)} <= beside  # each number stands by its dot
