"""Story -> pages: Markdown from the Jinja2 templates in site_templates/, plus the map and downloads.

`build_site(stories)` returns {path under docs: text or bytes}; MkDocs is not needed to call it.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_interval
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.data import labels, shipped, words
from generator.model.ids import slugify
from generator.model.periods import period_start
from generator.model.story import Actor, Claim, Event, EventDate, Figure, Place, Quote, Story, newest_first
from generator.site import exports, search
from generator.site.home import Home, home
from generator.site.markup import attribute, markdown_fragment, markdown_text, url
from generator.site.metadata import front_matter
from generator.site.still_map import still_map

TEMPLATES = shipped("site_templates")
ASSETS = files("generator.site") / "assets"
PAGES = ("index", "background", "actors", "timeline", "map", "source", "data")
MAP_FILE, STILL_MAP_FILE = "places-map.html", "places-map.svg"
MAP_ASSETS = "assets/map"
# Rendering never imports extraction (a build from the cache needs neither), so these mirror its rules:
QUOTE_WORDS = 4  # fewer quoted words are a term or a scare quote, not a remark (extract.quotes.MIN_WORDS)
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")  # extract.text.QUOTATION


def finalize(value: object) -> object:
    """Everything a template prints is escaped text, unless it is Markup built in this module."""
    if isinstance(value, Markup) or value is None:
        return value if value is not None else ""
    return markdown_text(value)


@functools.cache
def environment(templates: tuple[Path, ...] = ()) -> Environment:
    """Templates from the site's own folders first (a newsroom's changes), then the shipped defaults."""
    env = Environment(
        loader=FileSystemLoader([*templates, TEMPLATES]),
        undefined=StrictUndefined,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(attr=attribute, url=url, anchor=anchor, anchor_id=lambda v: Markup(slugify(v)))
    return env


def anchor(value: str) -> Markup:
    """An attr_list id for a heading or paragraph."""
    return Markup(f"{{ #{slugify(value)} }}")


class Explainer:
    """What the templates of one explainer need: the story, its labels and formatting helpers."""

    def __init__(self, story: Story, directory_urls: bool):
        self.story, self.article = story, story.article
        self.language = story.article.language
        self.labels = labels(self.language)
        self.locale = Locale(self.language)
        self.directory_urls = directory_urls

    def cite(self, n: int, page: str = "source.md") -> Markup:
        label = attribute(f"{self.labels['paragraph']} {n}")
        target = f"#p{n}" if page == "" else f"{page}#p{n}"
        return Markup(f'[¶{n}]({target}){{ .cite aria-label="{label}" }}')

    def explains(self) -> Markup:
        """The line under each page's title that names the article this explainer explains."""
        article, t = self.article, self.labels
        publisher = f", {markdown_text(article.publisher)}" if article.publisher else ""
        return Markup(
            f'<p class="explainer-meta" markdown>{markdown_text(t["explains"])}: '
            f"[{markdown_text(article.title)}](index.md){publisher}, "
            f"{markdown_text(self.day(article.published))}</p>"
        )

    def words(self, text: str, paragraph: int | None, link: bool = True, quoted: bool = False) -> Markup:
        """The article's own words, marked as such, then the paragraph they come from; a quotation keeps
        its marks around the words, before the ¶ link."""
        shown = self.linked(text) if link else markdown_text(text)
        cite = f" {self.cite(paragraph)}" if paragraph else ""
        opening, closing = ("“", "”") if quoted else ("", "")
        return Markup(f'{opening}<span class="explainer-words">{shown}</span>{closing}{cite}')

    def figures_in_words(self, figures: list[Figure]) -> Markup:
        """The sentence that gives figures their meaning, the article's words, with the figures in bold."""
        sentence, at, out = figures[0].context, 0, []
        for figure in figures:
            start = sentence.find(figure.text, at)
            if start < 0:
                continue
            out += [
                markdown_fragment(sentence[at:start], line_start=at == 0),
                f"<strong>{markdown_text(figure.text)}</strong>",
            ]
            at = start + len(figure.text)
        out.append(markdown_fragment(sentence[at:], line_start=at == 0))
        return Markup(f'<span class="explainer-words">{"".join(out)}</span> {self.cite(figures[0].paragraph)}')

    def main_actors(self, most: int = 6) -> list[Actor]:
        """Who's who: the persons the article gives a role, a deed, a quote or several mentions, then the
        organisations and states it names most when it names few persons."""
        quoted = {q.speaker for q in self.story.quotes}
        persons = [
            a
            for a in self.story.actors
            if a.kind == "person" and (a.role or a.did or a.id in quoted or len(a.paragraphs) > 1)
        ]
        persons.sort(key=lambda a: (a.paragraphs[0] if a.paragraphs else 0, a.name))
        others = sorted(
            (a for a in self.story.actors if a.kind != "person" and len(a.paragraphs) > 1),
            key=lambda a: (-len(a.paragraphs), a.paragraphs[0], a.name),
        )
        return (persons + others[: max(0, 4 - len(persons))])[:most]

    def home(self) -> Home:
        """The home page's picks, within its budget of words."""
        return home(self.story, self.main_actors())

    def quotes_of(self, actor: Actor) -> list[Quote]:
        """What the actor says in the article's words; a body's two quoted words ("penolakan kuat" of a letter by
        some of its members) are not its remark."""
        return [
            q
            for q in self.story.quotes
            if q.speaker == actor.id and (actor.kind == "person" or len(q.text.split()) >= QUOTE_WORDS)
        ]

    def minor_actors(self) -> list[Actor]:
        """Named in one paragraph, with no role, deed, quote or editor's line: listed on one line; an
        organisation named once and nothing more is left to the Source page (a train, a helicopter type or
        a place the tagger took for one would be a wrong name on the page)."""
        return [a for a in self.story.actors if self.passing(a) and a.id not in self.unlisted_ids]

    def passing(self, actor: Actor) -> bool:
        """Named in one paragraph and nothing more said of it."""
        return len(actor.paragraphs) <= 1 and not (
            actor.role or actor.did or actor.description or self.quotes_of(actor)
        )

    @functools.cached_property
    def unlisted_ids(self) -> frozenset[str]:
        """Organisations named once and nothing more, which the editor has not confirmed: left to story.json."""
        return frozenset(
            a.id for a in self.story.actors if a.kind == "organization" and not a.curated and self.passing(a)
        )

    def named_in_article(self, place: Place) -> bool:
        """Does the article use the name shown? A border found from its description ("perbatasan antara
        …") is shown by the gazetteer's name, which the page then labels as a map note."""
        return bool(self.article.naming([place.name]))

    def actor_anchor(self, actor: Actor) -> Markup:
        return Markup(f'<span id="{attribute(slugify(actor.id))}"></span>')

    def claim_groups(self) -> list[tuple[str, list[Claim]]]:
        """Who says what: claims grouped by the actor who makes them, else by the article's words for who."""
        groups: dict[str, tuple[str, list[Claim]]] = {}
        for claim in self.story.claims:
            actor = self.story.actor(claim.speaker) if claim.speaker else None
            key = actor.id if actor else claim.who.lower()
            groups.setdefault(key, (actor.name if actor else claim.who, []))[1].append(claim)
        return list(groups.values())

    def cites(self, numbers: list[int], page: str = "source.md") -> Markup:
        return Markup(" ".join(self.cite(n, page) for n in numbers))

    def actor_link(self, actor_id: str) -> Markup:
        actor = self.story.actor(actor_id)
        if not actor:
            return Markup(markdown_text(actor_id))
        if actor.id in self.unlisted_ids:
            return Markup(markdown_text(actor.name))
        return Markup(f"[{markdown_text(actor.name)}](actors.md#{slugify(actor.id)})")

    def linked(self, text: str) -> Markup:
        """Article text with the first mention of each actor linked to the actor's entry."""
        shown = [a for a in self.story.actors if a.id not in self.unlisted_ids]
        names = sorted(
            ((name, actor.id) for actor in shown for name in [actor.name, *actor.aliases] if len(name) > 2),
            key=lambda pair: -len(pair[0]),
        )
        if not names:
            return Markup(markdown_text(text))
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name, _ in names))
        ids = dict(names)
        out, at, linked = [], 0, set()
        for match in pattern.finditer(text):
            actor_id = ids[match.group()]
            if actor_id in linked:
                continue
            linked.add(actor_id)
            out += [
                markdown_fragment(text[at : match.start()], line_start=at == 0),
                f"[{markdown_text(match.group())}](actors.md#{slugify(actor_id)})",
            ]
            at = match.end()
        out.append(markdown_fragment(text[at:], line_start=at == 0))
        return Markup("".join(out))

    def place_names(self, place_ids: list[str], actor_ids: Sequence[str] = ()) -> str:
        """The places' names, less those the actors beside them already name ("China · China")."""
        named = {actor.name for actor in map(self.story.actor, actor_ids) if actor}
        return ", ".join(place.name for place in map(self.story.place, place_ids) if place and place.name not in named)

    def language_name(self, code: str) -> str:
        return Locale(code).get_display_name(self.locale) or code

    def country(self, code: str | None) -> str:
        return self.locale.territories.get(code, code) if code else self.labels["unknown"]

    def coordinates(self, lat: float, lon: float) -> str:
        """ "39,03° LU, 125,75° BT" in Indonesian, "39.03° N, 125.75° E" in English (Babel's decimals)."""
        sides = self.labels["hemispheres"]
        return (
            f"{format_decimal(abs(lat), '0.00', locale=self.locale)}° {sides['N' if lat >= 0 else 'S']}, "
            f"{format_decimal(abs(lon), '0.00', locale=self.locale)}° {sides['E' if lon >= 0 else 'W']}"
        )

    def day(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def teaser(self) -> str:
        """The article's lead paragraph for the index and the archive, its first TEASER_WORDS words at most."""
        lead = next((p.text for p in self.article.paragraphs if not p.heading), "")
        words_ = lead.split()
        return lead if len(words_) <= TEASER_WORDS else " ".join(words_[:TEASER_WORDS]) + " …"

    def period(self, value: str) -> str:
        """ "25 Juli 2023", "Juli 2023", "1950", or a week as its days, "24–30 Juli 2023"."""
        if "W" in value:
            first = period_start(value)
            return format_interval(first, first + dt.timedelta(days=6), "yMMMMd", locale=self.locale)
        parts = value.split("-")
        if len(parts) == 1:
            return value
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), format="MMMM y", locale=self.locale)
        return self.day(dt.date.fromisoformat(value))

    def when(self, date: EventDate) -> str:
        return f"{self.period(date.start)} – {self.period(date.end)}" if date.end else self.period(date.start)

    def era_title(self, era) -> str:
        return f"{era.name} ({era.start}–{era.end})"

    def timeline_events(self) -> list[Event]:
        """The events a reader can follow on their own: not one whose only doer is "dia" or "they" (the
        person is named in a sentence the timeline does not show), nor a sentence whose date only names a
        thing in it ("pemilu 2020"); the editor's events always."""
        vocab = words(self.language)
        pronouns = {p.lower() for p in vocab["pronouns"]} - {p.lower() for p in vocab["body_pronouns"]}
        persons = {a.id for a in self.story.actors if a.kind == "person"}

        def unnamed(event: Event) -> bool:
            said = {w.lower() for w in re.findall(r"\w+", QUOTATION.sub(" ", event.summary))}
            return bool(said & pronouns) and not set(event.actors) & persons

        return [event for event in self.story.events if event.curated or not (event.named_only or unnamed(event))]

    def listed_actors(self) -> int:
        """How many actors the Actors page names."""
        return len(self.story.actors) - len(self.unlisted_ids)

    def timeline_sections(self) -> list[tuple[str, str, list[Event]]]:
        """(heading, id, events): each era as one section, other events by year, in date order."""
        eras = {era.id: era for era in self.story.eras}
        sections: list[tuple[str, str, list[Event]]] = []
        for event in self.timeline_events():
            era = eras.get(event.era or "")
            title = self.era_title(era) if era else str(period_start(event.date.start).year)
            if not sections or sections[-1][0] != title:
                sections.append((title, f"era-{era.id}" if era else f"year-{title}", []))
            sections[-1][2].append(event)
        return sections

    def background_groups(self) -> list[tuple[str, list[int]]]:
        """Runs of consecutive background paragraphs, each under its era or the article's sub-heading."""
        groups: list[tuple[str, list[int]]] = []
        heading, previous = self.labels["background"], None
        for paragraph in self.article.paragraphs:
            if paragraph.heading:
                heading = paragraph.text
            elif paragraph.n in self.story.background:
                if previous != paragraph.n - 1 or not groups:
                    groups.append((heading, []))
                groups[-1][1].append(paragraph.n)
                previous = paragraph.n
        return [(self.group_title(numbers) or title, numbers) for title, numbers in groups]

    def group_title(self, numbers: list[int]) -> str | None:
        eras = {era.id: era for era in self.story.eras}
        for event in self.story.events:
            if event.era in eras and set(event.paragraphs) & set(numbers) and not event.curated:
                return self.era_title(eras[event.era])
        return None

    def links_from_map(self) -> dict[str, str]:
        suffix = "/" if self.directory_urls else ".html"
        return {page: f"{page}{suffix}" for page in ("timeline", "actors", "source")}

    def map_src(self) -> str:
        return f"../{MAP_FILE}" if self.directory_urls else MAP_FILE

    def still_map_src(self) -> str:
        return f"../{STILL_MAP_FILE}" if self.directory_urls else STILL_MAP_FILE


def glossary_block(story: Story, body: str) -> str:
    """Abbreviation definitions (Markdown's abbr) for the short forms this page uses: tooltips."""
    used = [t for t in story.glossary if re.search(rf"(?<![\w\\]){re.escape(t.term)}(?!\w)", body)]
    return "".join(f"\n*[{t.term}]: {t.full}" for t in used) + ("\n" if used else "")


def draw_map(story: Story, labels: dict, asset_prefix: str, links: dict[str, str]) -> str:
    """The interactive map page; folium is imported here, so a build served from the cache never needs it."""
    from generator.site.map import render_map

    return render_map(story, labels, asset_prefix, links)


def explainer_files(
    story: Story,
    directory_urls: bool = True,
    templates: tuple[Path, ...] = (),
    drawer: Callable[[Story, dict, str, dict[str, str]], str] = draw_map,
) -> dict[str, str]:
    """The pages, map and downloads of one explainer, under <slug>/ (`templates`: the site's own first)."""
    env = environment(templates)
    explainer = Explainer(story, directory_urls)
    slug = story.article.slug
    files = {}
    for page in PAGES:
        body = env.get_template(f"{page}.md.j2").render(
            x=explainer, story=story, article=story.article, t=explainer.labels
        )
        title = story.article.title if page == "index" else explainer.labels[page]
        files[f"{slug}/{page}.md"] = front_matter(story, page, title) + body + glossary_block(story, body)
    era_names = {era.id: era.name for era in story.eras}
    files[f"{slug}/story.json"] = exports.story_json(story)
    files[f"{slug}/places.geojson"] = exports.places_geojson(story)
    files[f"{slug}/timeline.json"] = exports.timeline_json(story, era_names)
    files[f"{slug}/{STILL_MAP_FILE}"] = still_map(story)
    files[f"{slug}/{MAP_FILE}"] = drawer(story, explainer.labels, f"../{MAP_ASSETS}", explainer.links_from_map())
    return files


def search_record(story: Story) -> dict:
    """What the archive's search knows of one explainer: its article, and the title, date and lead it shows."""
    explainer, article = Explainer(story, directory_urls=True), story.article
    text = "\n".join(paragraph.text for paragraph in article.paragraphs)
    when = f"{explainer.day(article.published)} · {explainer.language_name(article.language)}"
    return search.record(
        article.slug, article.language, article.title, text, {"date": when, "lead": explainer.teaser()}
    )


def asset_files() -> dict[str, bytes]:
    """Leaflet and the country outlines, served from the site itself (no CDN)."""
    return {f"{MAP_ASSETS}/{name}": data for name, data in sorted(walk(ASSETS))}


def walk(folder: Traversable, prefix: str = "") -> list[tuple[str, bytes]]:
    """Every file under a package folder, by its path inside it."""
    found = []
    for item in folder.iterdir():
        if item.is_dir():
            found += walk(item, f"{prefix}{item.name}/")
        elif item.is_file():
            found.append((f"{prefix}{item.name}", item.read_bytes()))
    return found


def build_site(
    stories: list[Story],
    directory_urls: bool = True,
    files_of: Callable[[Story], dict[str, str]] | None = None,
    templates: tuple[Path, ...] = (),
) -> dict[str, str | bytes]:
    """Every generated file of the site, keyed by its path under docs/.

    `files_of` gives one explainer's files (the plugin passes a cached version of explainer_files).
    """
    env = environment(templates)
    files_of = files_of or (lambda story: explainer_files(story, directory_urls, templates))
    newest = newest_first(stories)
    language = newest[0].article.language if newest else "en"
    t = labels(language)
    shelves = archive(newest, language) if len(newest) > NEWEST else []  # a small site is all on its home
    listing = env.get_template("site_index.md.j2")
    files: dict[str, str | bytes] = {
        "index.md": listing.render(
            title=t["explainers"],
            lead=t["explainers_lead"],
            stories=newest[:NEWEST],
            shelves=shelves,
            up="",
            t=t,
            x=[Explainer(s, directory_urls) for s in newest[:NEWEST]],
        )
    }
    for shelf in shelves:  # the archive: each page a month (or part of one), so no page grows with the site
        files[f"archive/{shelf.name}.md"] = listing.render(
            title=f"{t['archive']}: {shelf.title}",
            lead=t["archive_lead"],
            stories=shelf.stories,
            shelves=[],
            up="../",
            t=t,
            x=[Explainer(s, directory_urls) for s in shelf.stories],
        )
    files["search.md"] = env.get_template("search.md.j2").render(
        t=t, others=sorted({story.article.language for story in newest} - {language})
    )
    files["story.json"] = exports.site_index(newest)
    for story in newest:
        files.update(files_of(story))
    files.update(asset_files())
    return files


TEASER_WORDS = 60  # a lead paragraph is rarely longer; a longer one is cut, visibly
NEWEST = 20  # explainers on the site's home page; the rest are in the archive, a page per month
SHELF = 50  # explainers on one archive page at most: a busy month gets several pages


@dataclass
class Shelf:
    """One archive page: a month's explainers, or part of them."""

    name: str  # 2023-07, or 2023-07-2 for the second page of a busy month
    title: str
    stories: list[Story]


def archive(newest: list[Story], language: str) -> list[Shelf]:
    """Every explainer by month of publication, newest first, at most SHELF a page."""
    locale = Locale(language)
    months: dict[str, list[Story]] = {}
    for story in newest:
        months.setdefault(story.article.published.strftime("%Y-%m"), []).append(story)
    shelves = []
    for month, stories in months.items():
        title = format_date(stories[0].article.published, "LLLL y", locale=locale)
        for n in range(0, len(stories), SHELF):
            part = n // SHELF + 1
            name = month if part == 1 else f"{month}-{part}"
            shelves.append(Shelf(name, title if part == 1 else f"{title} ({part})", stories[n : n + SHELF]))
    return shelves


def nav(stories: list[Story]) -> list:
    """MkDocs nav: the list of explainers, then each explainer's pages in reading order."""
    newest = newest_first(stories)
    language = newest[0].article.language if newest else "en"
    entries: list = [{labels(language)["explainers"]: "index.md"}]
    if len(newest) > NEWEST:
        shelves = [{html.escape(shelf.title): f"archive/{shelf.name}.md"} for shelf in archive(newest, language)]
        entries.append({labels(language)["archive"]: shelves})
    entries.append({labels(language)["search"]: "search.md"})
    for story in newest:
        names = labels(story.article.language)
        slug = story.article.slug
        # MkDocs prints nav titles into HTML unescaped; the article's title is untrusted.
        pages = [{names["home" if page == "index" else page]: f"{slug}/{page}.md"} for page in PAGES]
        entries.append({html.escape(story.article.title): pages})
    return entries
