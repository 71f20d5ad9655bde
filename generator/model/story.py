"""The Story: the one plain-data model that every page, map and download reads."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from generator.model.article import Article
from generator.model.fields import COUNTRY, PERIOD, described
from generator.model.periods import period_start


@dataclass
class Excerpt:
    """Words of the article (or the editor), and the paragraph they come from."""

    text: str = described("the words, as the article (or the editor) has them")
    paragraph: int | None = described("the paragraph they come from", minimum=1)


@dataclass
class Actor:
    """A person, organisation or state the article names."""

    id: str = described("the id printed by `extract`", editor=False)
    name: str = described("the name shown", new=True, draft=True)
    kind: str = described("what it is", new=True, draft=True, choices=("person", "organization", "state"))
    aliases: list[str] = described("other names the article uses", factory=list)
    role: str | None = described("the role as the article states it", default=None, draft=True)
    country: str | None = described("ISO country code", default=None, pattern=COUNTRY, draft=True)
    paragraphs: list[int] = described("paragraphs that name it", factory=list, draft=True, minimum=1)
    did: list[Excerpt] = described("sentences where it is the subject", factory=list)
    description: str | None = described("a line from the editor", default=None)
    introduced: Excerpt | None = described("the first sentence that names it", default=None, editor=False)
    curated: bool = described("story.yml changed or added it", default=False, editor=False)


@dataclass
class Place:
    """A place the article names, with coordinates when it can be put on the map."""

    id: str = described("the id printed by `extract`", editor=False)
    name: str = described("the name shown", new=True, draft=True)
    kind: str = described(
        "what it is", new=True, draft=True, choices=("city", "country", "region", "border", "site", "place")
    )
    aliases: list[str] = described("other names the article uses", factory=list)
    country: str | None = described("ISO country code", default=None, pattern=COUNTRY)
    lat: float | None = described("latitude", default=None, new=True, draft=True, minimum=-90, maximum=90)
    lon: float | None = described("longitude", default=None, new=True, draft=True, minimum=-180, maximum=180)
    paragraphs: list[int] = described("paragraphs that name it", factory=list, draft=True, minimum=1)
    line: list[list[float]] | None = described("a border's line, as [lat, lon] points", default=None)
    description: str | None = described("a line of map notes (from the gazetteer or the editor)", default=None)
    source: str | None = described("where the description comes from", default=None)
    curated: bool = described("story.yml changed or added it", default=False, editor=False)

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
    """When an event happened, as a period, and the words that say so."""

    start: str = described("YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www", pattern=PERIOD)
    end: str | None = described("the end of a range, the same way", pattern=PERIOD)
    text: str = described("the article's words for the date")
    inferred: bool = described("resolved from the publication date rather than read")


@dataclass
class Event:
    """Something that happened on a date the article gives, in the article's words."""

    id: str = described("the id printed by `extract`", editor=False)
    date: EventDate = described("{start, end, text}", new=True, draft=True)
    summary: str = described("the sentence that dates it", new=True, draft=True)
    actors: list[str] = described("ids of the actors in it", factory=list)
    places: list[str] = described("ids of the places in it", factory=list)
    paragraphs: list[int] = described("paragraphs it comes from", factory=list, draft=True, minimum=1)
    era: str | None = described("id of the era it belongs to", default=None)
    curated: bool = described("story.yml changed or added it", default=False, editor=False)
    source: str | None = described("a web address for an event the editor adds", default=None)
    named_only: bool = described(
        "the date only says which thing the sentence means ('pemilu 2020'): kept here, not on the timeline",
        default=False,
        editor=False,
    )


@dataclass
class Era:
    """A named span of years ("Perang Korea 1950-1953") that groups the timeline."""

    id: str = described("the id printed by `extract`", editor=False)
    name: str = described("the name shown", new=True)
    start: str = described("its first period", new=True, pattern=PERIOD)
    end: str = described("its last period", new=True, pattern=PERIOD)
    paragraphs: list[int] = described("paragraphs that name it", factory=list, minimum=1)


@dataclass
class Quote:
    """Words between quotation marks, and who said them."""

    text: str = described("the words between the marks")
    speaker: str | None = described("id of the actor (or place) who said them; null when nobody is named")
    paragraph: int = described("the paragraph", minimum=1)


@dataclass
class Figure:
    """A number the article gives, with the sentence that gives it its meaning."""

    text: str = described("the words of the number")
    value: float | None = described("its plain value")
    unit: str = described("what it counts")
    paragraph: int = described("the paragraph", minimum=1)
    context: str = described("the sentence it stands in, in the article's words", default="")


@dataclass
class Claim:
    """What someone says, reports or claims, in the whole sentence that says so."""

    who: str = described("who says it, in the article's words")
    speaker: str | None = described("id of the actor who says it, when it is one")
    text: str = described("the whole sentence")
    paragraph: int = described("the paragraph", minimum=1)


@dataclass
class Context:
    """Background the editor adds in story.yml, with where it comes from."""

    title: str = described("a heading", new=True)
    text: str = described("the editor's text", new=True)
    source: str = described("a web address it comes from", new=True)
    paragraphs: list[int] = described("paragraphs it explains", factory=list, minimum=1)


@dataclass
class Term:
    """A short form and its full name, shown as a tooltip wherever the short form appears."""

    term: str = described("the short form, or another name the article gives")
    full: str = described("its full name, or the name it stands for")
    paragraph: int | None = described("the first paragraph that uses it", default=None, minimum=1)


@dataclass
class Route:
    """A journey the article tells of (a delegation sent from a capital), for the map."""

    id: str = described("an id")
    name: str = described("a name")
    points: list[str] = described("place ids, in travel order")
    actors: list[str] = described("ids of who travelled", factory=list)
    paragraphs: list[int] = described("paragraphs it comes from", factory=list, minimum=1)


@dataclass
class Story:
    """Everything an explainer shows: the article, and what was read from it and added by the editor."""

    article: Article = described("the article, paragraph by paragraph")
    actors: list[Actor] = described("people, organisations and states", factory=list)
    places: list[Place] = described("places, with coordinates where known", factory=list)
    events: list[Event] = described("dated events, in date order", factory=list)
    eras: list[Era] = described("named spans of years", factory=list)
    quotes: list[Quote] = described("quotations and their speakers", factory=list)
    figures: list[Figure] = described("numbers and what they count", factory=list)
    background: list[int] = described("paragraphs that tell history rather than news", factory=list, minimum=1)
    context: list[Context] = described("background the editor adds", factory=list)
    routes: list[Route] = described("journeys for the map", factory=list)
    glossary: list[Term] = described("short forms and their full names", factory=list)
    glance: list[Excerpt] = described("three to five sentences that tell what happened", factory=list)
    significance: list[Excerpt] = described("sentences that say why it matters", factory=list)
    outlook: list[Excerpt] = described("sentences about what may come next", factory=list)
    claims: list[Claim] = described("what each source says, sentence by sentence", factory=list)

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


# The sections of story.yml that correct or add entries by id, and the classes they hold.
EDITOR_SECTIONS: dict[str, type] = {"actors": Actor, "places": Place, "events": Event, "eras": Era}
