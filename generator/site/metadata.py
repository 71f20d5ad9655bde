"""Page front matter: a description and JSON-LD (NewsArticle, Event, Place) for sharing and search.

overrides/main.html prints `description` as is (so it is HTML-escaped here) and `jsonld` with tojson.
"""

from __future__ import annotations

import html
import json

from generator.model.periods import period_start
from generator.model.story import Story

CONTEXT = "https://schema.org"


def news_article(story: Story) -> dict:
    article = story.article
    data: dict[str, object] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published.isoformat(),
        "inLanguage": article.language,
    }
    if article.publisher:
        data["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.source:
        data["url"] = article.source
    return data


def schema_date(value: str) -> str:
    """schema.org wants ISO 8601 dates: a week is given by its Monday."""
    return period_start(value).isoformat() if "W" in value else value


def events(story: Story) -> dict:
    items = []
    for position, event in enumerate(story.events, 1):
        item: dict[str, object] = {"@type": "Event", "name": event.summary, "startDate": schema_date(event.date.start)}
        if event.date.end:
            item["endDate"] = schema_date(event.date.end)
        places = [story.place(p) for p in event.places]
        if len(places) == 1 and places[0]:  # with several, which is where it happened is not known
            item["location"] = {"@type": "Place", "name": places[0].name}
        items.append({"@type": "ListItem", "position": position, "item": item})
    return {"@context": CONTEXT, "@type": "ItemList", "itemListElement": items}


def places(story: Story) -> dict:
    items = []
    for position, place in enumerate(story.located_places()):
        items.append(
            {
                "@type": "ListItem",
                "position": position + 1,
                "item": {
                    "@type": "Place",
                    "name": place.name,
                    "geo": {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon},
                },
            }
        )
    return {"@context": CONTEXT, "@type": "ItemList", "itemListElement": items}


def front_matter(story: Story, page: str, page_title: str) -> str:
    """YAML front matter for one generated page (JSON is valid YAML, and safe for any text)."""
    lead = next(p.text for p in story.article.paragraphs if not p.heading)
    text = lead if page == "index" else f"{page_title}: {story.article.title}"
    description = html.escape(text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…", quote=True)
    # The tab, Open Graph and search titles name the story (the nav keeps the short page name).
    title = story.article.title if page == "index" else f"{page_title}: {story.article.title}"
    lines = [
        f"title: {json.dumps(html.escape(title, quote=True), ensure_ascii=False)}",
        f"description: {json.dumps(description, ensure_ascii=False)}",
        f"language: {json.dumps(story.article.language)}",  # Material's own words follow it (language.html)
    ]
    jsonld = {"index": news_article, "source": news_article, "timeline": events, "map": places}.get(page)
    if jsonld:
        lines.append(f"jsonld: {json.dumps(jsonld(story), ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"
