"""Where the story happens: the places both maps open on, so that a far capital named once never pulls
the first view out to the whole world (the wider world stays one zoom away)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.model.story import Place, Story

NEAR_KM = 600  # places this close to the story's main place share its view
BROAD_NEAR_KM = 3000  # when only countries and regions are located, their neighbours share the view
BROAD = ("country", "region")  # a country's centroid says nothing of where in it the story happens
MAX_ZOOM, BROAD_MAX_ZOOM = 7, 4  # one city opens with its region around it; one country with its neighbours


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def focus_places(story: Story) -> list[Place]:
    """The main place (most mentioned, named in the title or the lead, in the country the article names
    most), with the places of its country and those near it; countries only when nothing smaller is located."""
    located = story.located_places()
    local = [p for p in located if p.kind not in BROAD] or located
    if not local:
        return []
    title = story.article.title.lower()
    lead = next((p.n for p in story.article.paragraphs if not p.heading), 0)
    countries = {p.country: len(p.paragraphs) for p in located if p.kind == "country" and p.country}

    def weight(place: Place) -> tuple[float, int]:
        named = place.name.lower() in title or any(a.lower() in title for a in place.aliases)
        score = len(place.paragraphs) + 3 * named + 2 * (lead in place.paragraphs)
        return score + 0.5 * countries.get(place.country or "", 0), -(place.paragraphs or [999])[0]

    main = max(local, key=weight)
    near = BROAD_NEAR_KM if main.kind in BROAD else NEAR_KM
    return [
        p
        for p in local
        if p is main
        or (main.country and p.country == main.country and p.kind not in BROAD)
        or any(distance_km((lat, lon), main.position) <= near for lat, lon in p.points())
    ]


@dataclass(frozen=True)
class Focus:
    """The story's region, worked out once per map: its places, and what the maps derive from them."""

    places: list[Place]
    far: list[Place]  # located places outside it that a map can point at (not countries or regions)

    @property
    def points(self) -> list[tuple[float, float]]:
        """The coordinates the first view must hold: a border's whole line, a city's point."""
        return [(lat, lon) for place in self.places for lat, lon in place.points()]

    @property
    def max_zoom(self) -> int:
        """How close the first view may come: a country's centroid is no place to zoom in on."""
        broad = self.places and all(p.kind in BROAD for p in self.places)
        return BROAD_MAX_ZOOM if broad else MAX_ZOOM


def focus(story: Story) -> Focus:
    places = focus_places(story)
    return Focus(places, [p for p in story.located_places() if p.kind not in BROAD and p not in places])
