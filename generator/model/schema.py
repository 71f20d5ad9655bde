"""The JSON Schema of a Story, read off the dataclasses and their field metadata (model/fields.py).

`python -m generator schema` prints it; generator/schema/story.schema.json is its committed copy, and a
test fails when the two differ (refresh: `python -m generator schema --write`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from pathlib import Path

from generator.model.fields import editable, meta
from generator.model.story import EDITOR_SECTIONS, Context, Story

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "story.schema.json"
README_START = "<!-- story.yml fields: generated from generator/model by `python -m generator schema --readme` -->"
README_END = "<!-- end of story.yml fields -->"
SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", dt.date: "string"}


def story_schema() -> dict:
    """A JSON Schema (2020-12) for `python -m generator extract` and each explainer's story.json."""
    definitions: dict[str, dict] = {}
    root = object_schema(Story, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/explainer/story.schema.json",
        "title": "Story: the output of `python -m generator extract` (generated from generator/model/)",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def object_schema(cls: type, definitions: dict[str, dict]) -> dict:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if meta(f)["exported"]]
    properties = {f.name: field_schema(hints[f.name], meta(f), definitions) for f in fields}
    schema: dict = {"type": "object"}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        schema["description"] = cls.__doc__.strip()
    return {**schema, "required": [f.name for f in fields], "properties": properties, "additionalProperties": False}


def field_schema(hint: object, info: dict, definitions: dict[str, dict]) -> dict:
    schema = type_schema(hint, definitions)
    extra = {
        "description": info["doc"] or None,
        "enum": list(info["choices"]) if info["choices"] else None,
        "pattern": info["pattern"],
        "minimum": info["minimum"],
        "maximum": info["maximum"],
    }
    return apply(schema, {key: value for key, value in extra.items() if value is not None})


def apply(schema: dict, extra: dict) -> dict:
    """Put value constraints where the values are: on the items of a list, on the non-null branch."""
    if not extra:
        return schema
    description = {"description": extra.pop("description")} if "description" in extra else {}
    if "anyOf" in schema:
        branches = [b if b == {"type": "null"} else apply(b, dict(extra)) for b in schema["anyOf"]]
        return {**description, "anyOf": branches}
    if schema.get("type") == "array" and "items" in schema:
        return {**description, **schema, "items": apply(schema["items"], extra)}
    if "$ref" in schema:
        return {**description, **schema}
    if "enum" in extra:
        return {**description, "enum": extra["enum"]}
    return {**description, **schema, **extra}


def type_schema(hint: object, definitions: dict[str, dict]) -> dict:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        options = [type_schema(arg, definitions) for arg in args]
        return {"anyOf": options}
    if hint is type(None):
        return {"type": "null"}
    if origin is list:
        return {"type": "array", "items": type_schema(args[0], definitions)}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if hint.__name__ not in definitions:
            definitions[hint.__name__] = {}  # a placeholder against recursion
            definitions[hint.__name__] = object_schema(hint, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if hint in SCALARS:
        return {"type": SCALARS[hint]}
    raise TypeError(f"no JSON Schema for {hint!r}")


def story_yml_reference() -> str:
    """The README's table of story.yml fields, read off the model (a test keeps the README in step)."""
    rows = ["| section | field | a new entry needs it | what it is |", "|---|---|---|---|"]
    for section, cls in [*EDITOR_SECTIONS.items(), ("context", Context)]:
        for field in editable(cls):
            info = meta(field)
            kinds = " or ".join(info["choices"] or ())
            what = f"{info['doc']}: {kinds}" if kinds else info["doc"]
            rows.append(f"| `{section}` | `{field.name}` | {'yes' if info['new'] else ''} | {what} |")
    return "\n".join([README_START, *rows, README_END]) + "\n"


def schema_text() -> str:
    return json.dumps(story_schema(), ensure_ascii=False, indent=2) + "\n"
