"""Where both maps open: the story's region, never the whole world because of one far capital."""

import dataclasses

from generator.site.focus import focus_places
from generator.site.still_map import still_map


def test_the_seed_opens_on_the_korean_peninsula(seed_story):
    names = {place.name for place in focus_places(seed_story)}
    assert {"Pyongyang", "Seoul", "Zona Demiliterisasi Korea", "Panmunjom"} <= names
    assert not names & {"Moskow", "Beijing", "Washington", "Tokyo"}  # far places stay for the wider view
    assert not [p for p in focus_places(seed_story) if p.kind == "country"]  # countries are outlines, not points


def test_an_article_without_located_places_has_no_focus_and_its_picture_shows_the_world(seed_story):
    story = dataclasses.replace(seed_story, places=[], routes=[])
    assert focus_places(story) == []
    assert "<svg" in still_map(story)


def test_countries_alone_are_the_focus_when_nothing_smaller_is_located(seed_story):
    countries = [p for p in seed_story.places if p.kind == "country"]
    story = dataclasses.replace(seed_story, places=countries, routes=[])
    assert focus_places(story) and all(p.kind == "country" for p in focus_places(story))


def test_countries_alone_open_with_their_neighbours_not_at_a_centroid_s_streets(seed_story):
    from generator.site.focus import BROAD_MAX_ZOOM, MAX_ZOOM, focus

    countries = [p for p in seed_story.places if p.kind == "country"]
    assert focus(dataclasses.replace(seed_story, places=countries, routes=[])).max_zoom == BROAD_MAX_ZOOM
    assert focus(seed_story).max_zoom == MAX_ZOOM
