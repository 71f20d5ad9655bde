"""The Story: the one plain-data model that every page, map and download reads."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.article import Article
from generator.model.periods import period_start


@dataclass
class Excerpt:
    """Words of the article (or the editor), and the paragraph they come from."""

    text: str
    paragraph: int | None


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | organization | state
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    paragraphs: list[int] = field(default_factory=list)
    did: list[Excerpt] = field(default_factory=list)
    description: str | None = None
    curated: bool = False


@dataclass
class Place:
    id: str
    name: str
    kind: str  # city | country | region | border | site
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    paragraphs: list[int] = field(default_factory=list)
    line: list[list[float]] | None = None
    description: str | None = None
    source: str | None = None
    curated: bool = False

    @property
    def position(self) -> tuple[float, float]:
        """Latitude and longitude; asked only of places the map shows (Story.located_places)."""
        if self.lat is None or self.lon is None:
            raise ValueError(f"place {self.id!r} has no coordinates")
        return self.lat, self.lon

    def points(self) -> list[list[float]]:
        """The coordinates that draw it on a map: a border's line, else its one point."""
        return self.line or [list(self.position)]


@dataclass
class EventDate:
    start: str
    end: str | None
    text: str
    inferred: bool


@dataclass
class Event:
    id: str
    date: EventDate
    summary: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    era: str | None = None
    curated: bool = False
    source: str | None = None


@dataclass
class Era:
    id: str
    name: str
    start: str
    end: str
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    speaker: str | None
    paragraph: int


@dataclass
class Figure:
    text: str
    value: float | None
    unit: str
    paragraph: int
    context: str = ""  # the clause the figure stands in, in the article's words


@dataclass
class Context:
    """Background the editor adds in story.yml, with where it comes from."""

    title: str
    text: str
    source: str
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Term:
    """A short form and its full name, shown as a tooltip wherever the short form appears."""

    term: str
    full: str


@dataclass
class Route:
    id: str
    name: str
    points: list[str]  # place ids, in travel order
    actors: list[str] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Story:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    background: list[int] = field(default_factory=list)
    context: list[Context] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON contract of `python -m generator extract` (see generator/schema/story.schema.json)."""
        data = {
            name.name: [dataclasses.asdict(item) for item in getattr(self, name.name)]
            for name in dataclasses.fields(self)
            if name.name not in ("article", "background")
        }
        return {"article": self.article.to_dict(), **data, "background": list(self.background)}

    @classmethod
    def headline(cls, article: dict, seeds: Path) -> Story:
        """A Story of the article alone (no extraction), from Article.to_dict: enough for lists and navigation."""
        return cls(article=Article.from_dict(article, seeds / article["slug"] / "article.md"))

    def actor(self, actor_id: str) -> Actor | None:
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def place(self, place_id: str) -> Place | None:
        return next((place for place in self.places if place.id == place_id), None)

    def located_places(self) -> list[Place]:
        """The places with coordinates: those a map can show."""
        return [place for place in self.places if place.lat is not None and place.lon is not None]

    def route_stops(self, route: Route) -> list[Place] | None:
        """A route's places in travel order, or None when one of them cannot be drawn."""
        stops = [self.place(place_id) for place_id in route.points]
        located = [stop for stop in stops if stop is not None and stop.lat is not None and stop.lon is not None]
        return located if len(located) == len(stops) else None


def newest_first(stories: list[Story]) -> list[Story]:
    """The order of the home page and the navigation: newest article first, then by folder name."""
    return sorted(stories, key=lambda s: (s.article.published, s.article.slug), reverse=True)


def date_key(event: Event) -> tuple:
    return period_start(event.date.start), event.paragraphs[0] if event.paragraphs else 0, event.id


def place_in_eras(events: list[Event], eras: list[Era]) -> None:
    """An event inside an era's years belongs to it (the first era that holds it)."""
    for event in events:
        if event.era:
            continue
        year = period_start(event.date.start).year
        event.era = next((era.id for era in eras if int(era.start[:4]) <= year <= int(era.end[:4])), None)
