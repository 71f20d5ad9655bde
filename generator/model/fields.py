"""What each field of the model means, declared beside it once: the JSON Schema, the story.yml checks, the
story.yml draft and the README's story.yml reference are all read off this metadata.
"""

from __future__ import annotations

import dataclasses
from typing import Any

PERIOD = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?$"
COUNTRY = r"^[A-Z]{2}$"
SLUG = r"^[a-z0-9][a-z0-9-]*$"


def described(
    doc: str,
    *,
    default: Any = dataclasses.MISSING,
    factory: Any = dataclasses.MISSING,
    new: bool = False,
    choices: tuple[str, ...] | None = None,
    pattern: str | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    editor: bool = True,
    draft: bool = False,
    exported: bool = True,
) -> Any:
    """A dataclass field with what it means.

    doc: one line for the README and the schema; new: story.yml must give it for a new entry;
    choices, pattern, minimum, maximum: what a value may be; editor: story.yml may set it;
    draft: the draft story.yml shows it; exported: it is part of the JSON (story.json, `extract`).
    """
    metadata = {
        "doc": doc,
        "new": new,
        "choices": choices,
        "pattern": pattern,
        "minimum": minimum,
        "maximum": maximum,
        "editor": editor,
        "draft": draft,
        "exported": exported,
    }
    if factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def meta(field: dataclasses.Field) -> dict:
    """A field's metadata, with the defaults for a field declared without `described`."""
    return {
        "doc": "",
        "new": False,
        "choices": None,
        "pattern": None,
        "minimum": None,
        "maximum": None,
        "editor": True,
        "draft": False,
        "exported": True,
        **field.metadata,
    }


def editable(cls: type) -> list[dataclasses.Field]:
    """The fields story.yml may set on an entry of this class."""
    return [f for f in dataclasses.fields(cls) if meta(f)["editor"]]


def required_new(cls: type) -> tuple[str, ...]:
    """The fields story.yml must give for a new entry of this class."""
    return tuple(f.name for f in dataclasses.fields(cls) if meta(f)["new"])


def drafted(cls: type) -> tuple[str, ...]:
    """The fields a story.yml draft shows for this class."""
    return tuple(f.name for f in dataclasses.fields(cls) if meta(f)["draft"])


def field_named(cls: type, name: str) -> dataclasses.Field:
    """A field of the model by its name."""
    return next(f for f in dataclasses.fields(cls) if f.name == name)
