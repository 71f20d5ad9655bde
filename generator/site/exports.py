"""The downloads: story.json, places.geojson and timeline.json (TimelineJS format)."""

from __future__ import annotations

import html
import json

from generator.model.periods import period_start
from generator.model.story import Story


def dumps(data: object) -> str:
    """Stable JSON: the same story gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def story_json(story: Story) -> str:
    return dumps(story.to_dict())


def places_geojson(story: Story) -> str:
    features = []
    for place in story.located_places():
        if place.line:
            geometry: dict[str, object] = {"type": "LineString", "coordinates": [[lon, lat] for lat, lon in place.line]}
        else:
            geometry = {"type": "Point", "coordinates": [place.position[1], place.position[0]]}
        features.append(
            {
                "type": "Feature",
                "id": place.id,
                "geometry": geometry,
                "properties": {
                    "name": place.name,
                    "kind": place.kind,
                    "country": place.country,
                    "aliases": place.aliases,
                    "paragraphs": place.paragraphs,
                },
            }
        )
    return dumps({"type": "FeatureCollection", "features": features})


def timeline_date(value: str) -> dict:
    """TimelineJS wants {year, month, day}; a week is given by its first day."""
    if "W" in value:
        day = period_start(value)
        return {"year": day.year, "month": day.month, "day": day.day}
    parts = value.split("-")
    return {key: int(part) for key, part in zip(("year", "month", "day"), parts, strict=False)}


def timeline_json(story: Story, era_names: dict[str, str]) -> str:
    """A TimelineJS3 JSON file: https://timeline.knightlab.com/docs/json-format.html."""
    events = []
    for event in (e for e in story.events if not e.named_only):
        item = {
            "unique_id": event.id,
            "start_date": timeline_date(event.date.start),
            # TimelineJS reads these as HTML: the article's words are escaped.
            "text": {
                "headline": html.escape(event.summary),
                "text": html.escape(f"{event.date.text} (¶{', ¶'.join(map(str, event.paragraphs))})"),
            },
            "group": era_names.get(event.era or "", ""),
        }
        if event.date.end:
            item["end_date"] = timeline_date(event.date.end)
        events.append(item)
    eras = [
        {
            "start_date": timeline_date(era.start),
            "end_date": timeline_date(era.end),
            "text": {"headline": html.escape(era.name)},
        }
        for era in story.eras
    ]
    return dumps({"title": {"text": {"headline": html.escape(story.article.title)}}, "events": events, "eras": eras})


def site_index(stories: list[Story]) -> str:
    """The site's story.json: every explainer, newest first, with where its pages and data are."""
    return dumps(
        {
            "explainers": [
                {
                    "slug": s.article.slug,
                    "title": s.article.title,
                    "language": s.article.language,
                    "published": s.article.published.isoformat(),
                    "publisher": s.article.publisher,
                    "source": s.article.source,
                    "url": f"{s.article.slug}/",
                    "story": f"{s.article.slug}/story.json",
                }
                for s in stories
            ]
        }
    )
