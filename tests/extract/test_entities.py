"""Names, one sentence at a time, in Indonesian and English: what each way of finding them finds (a title
before a person, a role in apposition, an organisation with its short form, an organisation whose head
word comes last, a known place)."""

from __future__ import annotations

import pytest

from tests.conftest import extracted


def read(tmp_path, language: str, body: str):
    story = extracted(tmp_path, language, body)
    actors = {(a.kind, a.name, a.role or "") for a in story.actors}
    places = {(p.kind, p.name) for p in story.places}
    return actors, places, {(t.term, t.full) for t in story.glossary}


@pytest.mark.parametrize(
    ("language", "body", "role"),
    [
        ("id", "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang pada Selasa.", "Menteri Pertahanan Rusia"),
        ("en", "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday.", "Russian Defence Minister"),
    ],
)
def test_a_title_before_a_name_is_the_person_s_role(tmp_path, language, body, role):
    actors, places, _ = read(tmp_path, language, body)
    assert ("person", "Sergei Shoigu", role) in actors
    assert ("city", "Pyongyang") in places


@pytest.mark.parametrize(
    ("language", "body", "full", "short"),
    [
        ("id", "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 47 orang tewas di Purworejo.",
         "Badan Nasional Penanggulangan Bencana", "BNPB"),
        ("en", "The World Health Organization (WHO) said the virus had spread to Brazil.",
         "World Health Organization", "WHO"),
    ],
)  # fmt: skip
def test_an_organisation_and_its_short_form_in_brackets(tmp_path, language, body, full, short):
    actors, _, glossary = read(tmp_path, language, body)
    assert ("organization", full, "") in actors
    assert (short, full) in glossary
    assert not any(name == short for _, name, _ in actors)  # the short form is the same body, not another


def test_an_english_organisation_ends_in_its_head_word(tmp_path):
    body = "A spokesman for the Port of Rotterdam Authority, Jan de Vries, said the harbour was closed."
    actors, _, _ = read(tmp_path, "en", body)
    assert ("organization", "Port of Rotterdam Authority", "") in actors
    assert any(kind == "person" and name == "Jan de Vries" for kind, name, _ in actors)


def test_an_indonesian_role_in_apposition_belongs_to_the_name_after_it(tmp_path):
    body = "Juru bicara Kementerian Luar Negeri, Retno Marsudi, mengatakan Indonesia siap membantu."
    actors, places, _ = read(tmp_path, "id", body)
    assert ("person", "Retno Marsudi", "Juru bicara Kementerian Luar Negeri") in actors
    assert ("organization", "Kementerian Luar Negeri", "") in actors
    assert ("country", "Indonesia") in places


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("id", "Warga mengungsi setelah banjir melanda kawasan itu pada Minggu malam."),
        ("en", "Residents fled after the flood hit the area on Sunday night."),
    ],
)
def test_a_sentence_without_a_name_gives_no_actor_and_no_place(tmp_path, language, body):
    actors, places, _ = read(tmp_path, language, body)
    assert actors == set() and places == set()
