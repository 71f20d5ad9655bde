"""One data model: the JSON Schema and the README's story.yml reference are read off the dataclasses."""

import json

import jsonschema
import pytest

from generator.model.schema import SCHEMA_FILE, schema_text, story_yml_reference
from tests.conftest import ROOT

SLUG = "korut-gencatan-senjata-70"


def test_the_committed_schema_is_the_one_the_model_gives():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "refresh: python -m generator schema --write"


def test_the_readme_lists_the_story_yml_fields_the_model_declares():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert story_yml_reference() in readme, "refresh: python -m generator schema --readme, into README.md"


def test_every_story_json_of_the_built_site_follows_the_schema(built_site):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    story = json.loads((built_site / SLUG / "story.json").read_text(encoding="utf-8"))
    jsonschema.validate(story, schema)
    story["actors"][0]["kind"] = "animal"  # a kind the model does not know
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(story, schema)
