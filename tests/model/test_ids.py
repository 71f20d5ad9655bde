"""Ids are slugs of names: readable in a URL, and distinct for distinct names in any script."""

import pytest

from generator.model.ids import slugify


@pytest.mark.parametrize(
    "name, slug",
    [("Korea Utara", "korea-utara"), ("Łódź", "lodz"), ("Belém", "belem"), ("北京", "beijing"), ("Москва", "moskva")],
)
def test_names_become_readable_slugs(name, slug):
    assert slugify(name) == slug


def test_names_in_a_non_latin_script_do_not_collide():
    names = ["北京", "東京", "上海", "서울", "평양", "Москва", "Київ"]
    assert len({slugify(name) for name in names}) == len(names)
