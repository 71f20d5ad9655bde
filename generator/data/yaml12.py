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
BOOL_TAG, TIMESTAMP_TAG = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"


def plain_resolvers() -> dict:
    """PyYAML's implicit types without YAML 1.1's yes/no/on/off booleans and without timestamps."""
    kept = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag not in (BOOL_TAG, TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for first in "tTfF":
        kept.setdefault(first, []).insert(0, (BOOL_TAG, BOOLEAN))
    return kept


class PlainLoader(Base):  # type: ignore[misc, valid-type]
    """Safe YAML with YAML 1.2 booleans and dates as text."""

    yaml_implicit_resolvers = plain_resolvers()


class PlainPyLoader(yaml.SafeLoader):
    """The same in pure Python, for loaders that subclass its constructor (line numbers of keys)."""

    yaml_implicit_resolvers = plain_resolvers()


def load_plain(text: str) -> object:
    return yaml.load(text, PlainLoader)


MAX_DEPTH = 20  # story.yml needs four levels; a thousand would exhaust Python's stack


class EditorLoader(PlainPyLoader):
    """YAML from an editor or an article, read as plain data: keys are text as written ("1:", "on:"), each
    once; aliases are refused (a 420-byte "billion laughs" would expand to gigabytes), nesting is bounded."""

    depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "an alias (*name) repeats another value", self.peek_event().start_mark
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"values nested over {MAX_DEPTH} levels deep", self.peek_event().start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        # "1: x", "true: x", "on: x": a key is the text the editor wrote, never a number or a boolean
        mapping = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(None, None, "a key that is not plain text", key.start_mark)
            if str(key.value) in mapping:  # YAML keeps the last silently: the first would be lost unseen
                raise yaml.constructor.ConstructorError(None, None, "a key written twice", key.start_mark)
            mapping[str(key.value)] = self.construct_object(value, deep=True)
        return mapping


def yaml_problem(error: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """PyYAML's error as (line, one short line of what is wrong)."""
    mark = getattr(error, "problem_mark", None)
    if isinstance(error, yaml.reader.ReaderError):
        line = text[: error.position].count("\n") + 1
        code = ord(error.character) if isinstance(error.character, str) else error.character
        return line, f"character U+{code:04X} is not allowed"
    what = getattr(error, "problem", None) or str(error).split("\n")[0]
    return (mark.line + 1 if mark else None), " ".join(str(what).split())
