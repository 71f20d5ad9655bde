"""A story.yml draft from the extraction, for the editor to copy from (never their story.yml)."""

from __future__ import annotations

import yaml

from generator.model.story import Story

HEADER = """# Draft made by `python -m generator extract --draft` from {slug}/article.md.
# Copy the entries you want to correct into seeds/{slug}/story.yml; ids are the extracted ones.
# Every field is optional for an extracted id; see README.md, "story.yml".
"""


def draft_yaml(story: Story) -> str:
    data = {
        "actors": {
            a.id: {"name": a.name, "kind": a.kind, "role": a.role, "country": a.country, "paragraphs": a.paragraphs}
            for a in story.actors
        },
        "places": {
            p.id: {"name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon, "paragraphs": p.paragraphs}
            for p in story.places
        },
        "events": {
            e.id: {
                "date": {"start": e.date.start, "end": e.date.end, "text": e.date.text},
                "summary": e.summary,
                "paragraphs": e.paragraphs,
            }
            for e in story.events
        },
        "hide": [],
    }
    return HEADER.format(slug=story.article.slug) + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
