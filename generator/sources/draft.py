"""A story.yml draft from the extraction, for the editor to copy from (never their story.yml)."""

from __future__ import annotations

import yaml

from generator.model.fields import drafted
from generator.model.story import EventDate, Story

HEADER = """# Draft made by `python -m generator extract --draft` from {slug}/article.md.
# Copy the entries you want to correct into seeds/{slug}/story.yml; ids are the extracted ones.
# Every field is optional for an extracted id; see README.md, "story.yml".
"""


def draft_yaml(story: Story) -> str:
    """The extracted actors, places and events with the fields the model marks for drafts (model/fields.py)."""
    data: dict[str, object] = {
        section: {item.id: drafted_fields(item) for item in getattr(story, section)} for section in SECTIONS
    }
    data["hide"] = []
    return HEADER.format(slug=story.article.slug) + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)


SECTIONS = ("actors", "places", "events")


def drafted_fields(item: object) -> dict:
    """One entry as the editor would write it: an event's date as {start, end, text}."""
    values = {name: getattr(item, name) for name in drafted(type(item))}
    if isinstance(values.get("date"), EventDate):
        date = values["date"]
        values["date"] = {"start": date.start, "end": date.end, "text": date.text}
    return values
