"""Stage 3: the editor's story.yml wins over the extraction, and its mistakes are reported clearly."""

import pytest

from generator.model.errors import InputError
from generator.pipeline import load_story
from tests.conftest import write_article

BODY = "Presiden Joko Widodo tiba di Jakarta pada hari Rabu.\n\nIa mengatakan “kami siap” kepada wartawan."


def story_with(tmp_path, yml: str):
    path = write_article(tmp_path, BODY)
    path.with_name("story.yml").write_text(yml, encoding="utf-8")
    return path


def test_seed_story_yml_adds_the_armistice_and_context(seed_story):
    event = next(e for e in seed_story.events if e.id == "gencatan-senjata-1953")
    assert event.date.start == "1953-07-27" and event.places == ["panmunjom"] and event.curated
    assert event.era == "perang-korea"
    assert [c.title for c in seed_story.context] == ["Gencatan senjata 27 Juli 1953", "Zona Demiliterisasi Korea (DMZ)"]
    assert all(c.source.startswith("https://") for c in seed_story.context)


def test_editor_corrections_win_and_hidden_items_go(tmp_path):
    path = story_with(
        tmp_path,
        "actors:\n  joko-widodo:\n    role: Presiden RI\n    description: Presiden ketujuh.\nhide: [jakarta]\n",
    )
    story = load_story(path)
    actor = story.actor("joko-widodo")
    assert (actor.role, actor.description, actor.curated) == ("Presiden RI", "Presiden ketujuh.", True)
    assert story.place("jakarta") is None
    assert all("jakarta" not in e.places for e in story.events)


def test_story_yml_is_never_written(tmp_path):
    path = story_with(tmp_path, "hide: []\n")
    before = path.with_name("story.yml").read_bytes()
    load_story(path)
    assert path.with_name("story.yml").read_bytes() == before


@pytest.mark.parametrize(
    "yml, message",
    [
        ("actors: [\n", "not valid YAML"),
        ("- a\n- b\n", "story.yml is not a mapping"),
        ("people: {}\n", ":1: unknown key 'people' (expected one of actors"),
        (
            "actors:\n  joko-widodo:\n    paragraphs: [1, 9]\n",
            ":3: actors.joko-widodo points at paragraph 9, which does not exist",
        ),
        (  # "Disebut di" lists only paragraphs that name it: ¶2 says "Ia", not his name
            "actors:\n  joko-widodo:\n    paragraphs: [1, 2]\n",
            ":3: actors.joko-widodo: paragraph 2 does not name Joko Widodo (expected only paragraphs whose text",
        ),
        ("places:\n  bogor:\n    name: Bogor\n    kind: city\n", "places.bogor is new but has no 'lat'"),
        ("actors:\n  joko-widodo:\n    age: 60\n", ":3: unknown field 'age' in actors.joko-widodo"),
        ("events:\n  x:\n    date: {start: 2023-13-01}\n    summary: s\n", "bad event date"),
        ("hide: [nobody]\n", "hide names 'nobody'"),
    ],
)
def test_bad_story_yml_gives_one_clear_line(tmp_path, yml, message):
    path = story_with(tmp_path, yml)
    with pytest.raises(InputError) as error:
        load_story(path)
    assert str(error.value).startswith(str(path.with_name("story.yml")))
    assert message in str(error.value)


def test_every_problem_is_reported_at_once(tmp_path):
    path = story_with(tmp_path, "colour: red\nactors:\n  joko-widodo:\n    age: 60\n")
    with pytest.raises(InputError) as error:
        load_story(path)
    assert len(str(error.value).splitlines()) == 2
