"""Merge the editor's story.yml over the extraction. The editor wins; story.yml is only read.

Sections: actors, places, events, eras (id -> fields; a known id corrects, a new id adds),
context (a list of {title, text, source, paragraphs}) and hide (ids to drop).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.data.yaml12 import yaml_problem
from generator.model.errors import InputError, InputErrors
from generator.model.fields import editable, required_new
from generator.model.periods import is_period
from generator.model.story import EDITOR_SECTIONS, Context, EventDate, Story, date_key, place_in_eras
from generator.model.values import as_written, expected
from generator.sources.article_md import TextLoader, clean_text, read_text

SECTIONS = EDITOR_SECTIONS
# What a new entry must give, and the kinds an entry may be, as the model declares them (model/fields.py).
REQUIRED_NEW = {section: required_new(cls) for section, cls in SECTIONS.items()}
CONTEXT_FIELDS = tuple(f.name for f in editable(Context))
TOP_KEYS = (*SECTIONS, "context", "hide")


def echoed(value: object) -> str:
    """A value as the message echoes it: quoted if text, shortened."""
    text = f"'{value}'" if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


class Lines(TextLoader):
    """A YAML loader that remembers the line of every mapping key and list item."""


def construct_mapping(loader: Lines, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping = TextLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = {
        key.value: key.start_mark.line + 1 for key, _ in node.value if isinstance(key, yaml.ScalarNode)
    }
    return mapping


Lines.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def load_story_yml(path: Path) -> dict:
    text = read_text(path)
    try:
        data = yaml.load(text, Lines)
    except yaml.YAMLError as error:
        line, problem = yaml_problem(error, text)
        raise InputError(
            path, line, f"not valid YAML: {problem}", "YAML mappings, see the story.yml reference in README.md"
        ) from None
    if data is None:
        return {"__line__": 1, "__lines__": {}}
    if not isinstance(data, dict):
        raise InputError(path, 1, "story.yml is not a mapping", "keys " + ", ".join(TOP_KEYS))
    return data


class Curator:
    """Checks every entry of story.yml, collects all problems, then applies them."""

    def __init__(self, path: Path, story: Story):
        self.path, self.story = path, story
        self.errors: list[InputError] = []
        self.paragraphs = len(story.article.paragraphs)

    def error(self, line: int | None, problem: str, expected: str) -> None:
        self.errors.append(InputError(self.path, line, problem, expected))

    def apply(self, data: dict) -> None:
        lines = data["__lines__"]
        for key in [k for k in data if not k.startswith("__")]:
            if key not in TOP_KEYS:
                self.error(lines.get(key), f"unknown key '{key}'", "one of " + ", ".join(TOP_KEYS))
        for section in SECTIONS:
            entries = data.get(section) or {}
            if not isinstance(entries, dict):
                self.error(lines.get(section), f"'{section}' is not a mapping", "id: {field: value}")
                continue
            for item_id in [k for k in entries if not str(k).startswith("__")]:
                self.entry(section, str(item_id), entries[item_id], entries["__lines__"].get(item_id))
        self.context(data.get("context") or [], lines.get("context"))
        self.hide(data.get("hide") or [], lines.get("hide"))
        if self.errors:
            raise InputErrors(self.errors)

    def entry(self, section: str, item_id: str, fields: object, line: int | None) -> None:
        if not isinstance(fields, dict):
            self.error(line, f"{section}.{item_id} is not a mapping", "field: value lines under the id")
            return
        cls = SECTIONS[section]
        allowed = {f.name for f in editable(cls)}
        values = {k: v for k, v in fields.items() if not k.startswith("__")}
        unknown = [key for key in values if key not in allowed]
        for key in unknown:
            self.error(
                fields["__lines__"].get(key),
                f"unknown field '{key}' in {section}.{item_id}",
                "one of " + ", ".join(sorted(allowed)),
            )
        if unknown:
            return  # an entry with an error is never built
        target = next((x for x in getattr(self.story, section) if x.id == item_id), None)
        missing = [key for key in REQUIRED_NEW[section] if target is None and values.get(key) in (None, "")]
        for key in missing:
            self.error(
                fields["__line__"],
                f"{section}.{item_id} is new but has no '{key}'",
                f"'{key}' for a new entry, or the id of an extracted one",
            )
        checked = self.checked(section, item_id, values, fields)
        if missing or checked is None:
            return
        values = checked
        if section in ("actors", "places") and not self.cites_names(section, item_id, values, target, fields):
            return
        if target is None:
            target = cls(
                id=item_id,
                **{k: v for k, v in values.items() if k in ("name", "kind", "date", "summary", "start", "end")},
            )
            getattr(self.story, section).append(target)
        for key, value in values.items():
            setattr(target, key, value)
        if hasattr(target, "curated"):
            target.curated = True

    def checked(self, section: str, item_id: str, values: dict, fields: dict) -> dict | None:
        """Every value against what the model declares for its field; None if anything is wrong."""
        line_of, cls, ok = fields["__lines__"].get, SECTIONS[section], True
        for key in list(values):
            values[key] = as_written(cls, key, values[key])
            wanted = expected(cls, key, values[key])
            if wanted:
                self.error(line_of(key), f"{section}.{item_id}.{key} is {echoed(values[key])}", wanted)
                ok = False
        if ok and "paragraphs" in values:
            ok = self.valid_paragraphs(values["paragraphs"], line_of("paragraphs"), f"{section}.{item_id}")
        if ok and "date" in values:
            values["date"] = self.event_date(values["date"], line_of("date"))
            ok = values["date"] is not None
        for key, value in values.items():
            if isinstance(value, str):
                values[key] = clean_text(value)
            elif isinstance(value, list):  # aliases: each one is text that reaches the pages
                values[key] = [clean_text(v) if isinstance(v, str) else v for v in value]
        return values if ok else None

    def cites_names(self, section: str, item_id: str, values: dict, target: object, fields: dict) -> bool:
        """An actor's or place's paragraphs are those that name it ("Disebut di"), by its name or an alias."""
        if "paragraphs" not in values:
            return True
        name = str(values.get("name") or getattr(target, "name", item_id))
        naming = self.story.article.naming([name, *(values.get("aliases") or getattr(target, "aliases", []))])
        for n in values["paragraphs"]:
            if n not in naming:
                self.error(
                    fields["__lines__"].get("paragraphs"),
                    f"{section}.{item_id}: paragraph {n} does not name {name}",
                    "only paragraphs whose text holds its name or one of its aliases",
                )
                return False
        return True

    def event_date(self, value: object, line: int | None) -> EventDate | None:
        if isinstance(value, dict):  # "start: 1950" is the year 1950
            value = {k: str(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in value.items()}
        if not isinstance(value, dict) or not is_period(value.get("start", "")):
            self.error(line, "bad event date", "{start: YYYY[-MM[-DD]], end: optional, text: the words}")
            return None
        end = value.get("end")
        if end is not None and not is_period(end):
            self.error(line, f"bad end date '{end}'", "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
            return None
        return EventDate(
            start=str(value["start"]),
            end=str(end) if end else None,
            text=clean_text(str(value.get("text") or value["start"])),
            inferred=False,
        )

    def valid_paragraphs(self, value: object, line: int | None, where: str) -> bool:
        if not isinstance(value, list) or not all(isinstance(n, int) for n in value):
            self.error(line, f"paragraphs of {where} is not a list of numbers", "a list like [1, 9]")
            return False
        wrong = [n for n in value if not 1 <= n <= self.paragraphs]
        if wrong:
            self.error(
                line,
                f"{where} points at paragraph {wrong[0]}, which does not exist",
                f"a paragraph from 1 to {self.paragraphs}",
            )
            return False
        return True

    def context(self, items: object, line: int | None) -> None:
        if not isinstance(items, list):
            self.error(line, "'context' is not a list", "a list of {title, text, source, paragraphs}")
            return
        for item in items:
            if isinstance(item, dict) and any(
                expected(Context, k, v) for k, v in item.items() if k in CONTEXT_FIELDS and k != "paragraphs"
            ):
                self.error(item["__line__"], "a context entry's title, text or source is not text", "text")
                continue
            if not isinstance(item, dict) or any(not item.get(k) for k in required_new(Context)):
                self.error(
                    item.get("__line__", line) if isinstance(item, dict) else line,
                    "context entry lacks title, text or source",
                    "title, text and a source URL",
                )
                continue
            unknown = [k for k in item if not k.startswith("__") and k not in CONTEXT_FIELDS]
            if unknown:
                self.error(
                    item["__lines__"][unknown[0]],
                    f"unknown field '{unknown[0]}' in context",
                    ", ".join(CONTEXT_FIELDS),
                )
                continue
            if not re.match(r"https?://", str(item["source"])):
                self.error(
                    item["__lines__"]["source"],
                    f"source '{item['source']}' is not a web address",
                    "an http:// or https:// URL",
                )
                continue
            paragraphs = item.get("paragraphs", [])
            if self.valid_paragraphs(paragraphs, item["__lines__"].get("paragraphs"), "context"):
                self.story.context.append(
                    Context(
                        clean_text(str(item["title"])), clean_text(str(item["text"])), str(item["source"]), paragraphs
                    )
                )

    def hide(self, ids: object, line: int | None) -> None:
        if not isinstance(ids, list):
            self.error(line, "'hide' is not a list", "a list of ids")
            return
        for item_id in map(str, ids):
            found = False
            for section in SECTIONS:
                items = getattr(self.story, section)
                kept = [x for x in items if x.id != item_id]
                found = found or len(kept) < len(items)
                setattr(self.story, section, kept)
            if not found:
                self.error(
                    line,
                    f"hide names '{item_id}', which is not an extracted id",
                    "an id from `python -m generator extract`",
                )
        hidden = set(map(str, ids))
        for event in self.story.events:
            event.actors = [a for a in event.actors if a not in hidden]
            event.places = [p for p in event.places if p not in hidden]
        self.story.quotes = [q for q in self.story.quotes if q.speaker not in hidden]


def curate(story: Story, story_yml: Path) -> Story:
    """Apply story.yml (if it exists) to the story; raise InputErrors listing every problem."""
    if story_yml.exists():
        Curator(story_yml, story).apply(load_story_yml(story_yml))
        story.events.sort(key=date_key)
        story.eras.sort(key=lambda era: (era.start, era.id))
        place_in_eras(story.events, story.eras)
    return story
