"""Is a value from story.yml what the model declares for its field? Read off the type hints and the field
metadata (model/fields.py), as the JSON Schema is, so story.yml is checked entirely before anything is built."""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing

from generator.model.fields import COUNTRY, PERIOD, SLUG, field_named, meta

PATTERNS = {
    PERIOD: "a date like 2023, 2023-07 or 2023-07-26 (quoted or not)",
    COUNTRY: "a two-letter country code like ID",
    SLUG: "lowercase letters, digits and hyphens",
}
WORDS = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}


@functools.cache
def hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def as_written(cls: type, name: str, value: object) -> object:
    """An unquoted year is the year: `start: 1950` is "1950"."""
    is_year = isinstance(value, int) and not isinstance(value, bool)
    return str(value) if meta(field_named(cls, name))["pattern"] == PERIOD and is_year else value


def expected(cls: type, name: str, value: object) -> str | None:
    """None if `value` fits field `name` of `cls`; else what the field expects, in words."""
    return mismatch(hints(cls)[name], meta(field_named(cls, name)), value)


def mismatch(hint: object, info: dict, value: object) -> str | None:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        wanted = [mismatch(arg, info, value) for arg in args if arg is not type(None)]
        return None if any(w is None for w in wanted) else wanted[0]
    if origin is list:
        if not isinstance(value, list):
            return f"a list of {plural(args[0])}"
        return next((m for item in value if (m := mismatch(args[0], info, item))), None)
    if dataclasses.is_dataclass(hint):
        return None if isinstance(value, dict) else "a mapping"  # its own fields are checked where it is read
    if not kind_fits(hint, value):
        return WORDS.get(hint, str(hint))  # type: ignore[call-overload]
    return bounds(info, value)


def kind_fits(hint: object, value: object) -> bool:
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint) if isinstance(hint, type) else True


def bounds(info: dict, value: object) -> str | None:
    if info["choices"] and value not in info["choices"]:
        return "one of " + ", ".join(info["choices"])
    if info["pattern"] and isinstance(value, str) and not re.match(info["pattern"], value):
        return PATTERNS.get(info["pattern"], f"text of the form {info['pattern']}")
    low, high = info["minimum"], info["maximum"]
    if isinstance(value, (int, float)) and ((low is not None and value < low) or (high is not None and value > high)):
        return f"a number from {low if low is not None else '-∞'} to {high if high is not None else '∞'}"
    return None


def plural(hint: object) -> str:
    return {str: "texts", int: "whole numbers", float: "numbers"}.get(hint, "values")  # type: ignore[call-overload]
