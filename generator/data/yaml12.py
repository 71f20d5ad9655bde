"""YAML as the project reads it, its own data and the editors' files alike: safe, and plain about types.

PyYAML follows YAML 1.1, where `on`, `no` and `y` are booleans and `2023-07-26` is a date: "Published by
… on" would print "True", and "no." would drop out of a word list. Here only `true` and `false` are
booleans (as in YAML 1.2), and dates stay text for the model to check.
"""

from __future__ import annotations

import re

import yaml

# libyaml's parser when PyYAML has it: the vocabulary and aliases load ten times faster.
Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

BOOLEAN = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


def plain_resolvers() -> dict:
    """PyYAML's implicit types without YAML 1.1's yes/no/on/off booleans and without timestamps."""
    kept = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag not in (BOOL_TAG, TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for first in "tTfF":
        kept.setdefault(first, []).insert(0, (BOOL_TAG, BOOLEAN))
    return kept


BOOL_TAG, TIMESTAMP_TAG = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"


class PlainLoader(Base):  # type: ignore[misc, valid-type]
    """Safe YAML with YAML 1.2 booleans and dates as text."""

    yaml_implicit_resolvers = plain_resolvers()


class PlainPyLoader(yaml.SafeLoader):
    """The same in pure Python, for loaders that subclass its constructor (line numbers of keys)."""

    yaml_implicit_resolvers = plain_resolvers()


def load_plain(text: str) -> object:
    return yaml.load(text, PlainLoader)
