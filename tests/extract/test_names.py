"""Each step of finding names, on one sentence in each language: the readers that propose a name at a token,
the resolver that keeps one, the Cast's writer, the tagger's spans against the rules' names, the names
after a locative word, and who acts."""

from __future__ import annotations

from functools import cache

import pytest

from generator.extract import ner
from generator.extract.cast import Key, Mention
from generator.extract.gazetteer import gazetteer
from generator.extract.names import resolve
from generator.extract.names.acting import acts
from generator.extract.names.bodies import body, short_form_after, short_form_named
from generator.extract.names.lexicon import lexicon
from generator.extract.names.people import appositions, named_person, speaking_person, titled_person
from generator.extract.names.places import after_locatives, known_name
from generator.extract.names.scan import Scan
from generator.extract.names.tagged import longer_name_wins
from generator.extract.text import sentences

cached_gazetteer = cache(gazetteer)


def reading(language: str, text: str, tagged: bool = True):
    """A fresh Scan of one sentence and its tokens, with the tagger's labels (or none: every label "O")."""
    tokens = sentences(1, text)[0].tokens
    scan = Scan(cached_gazetteer(language), lexicon(language))
    scan.labels = ner.tag([t.text for t in tokens], language) if tagged else ["O"] * len(tokens)
    return scan, tokens


def at(tokens, word: str) -> int:
    return next(k for k, t in enumerate(tokens) if t.text == word)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Delegasi itu tiba di Pyongyang pada Selasa."),
        ("en", "The delegation arrived in Pyongyang on Tuesday."),
    ],
)
def test_known_name_reads_a_place_the_gazetteer_knows(language, text):
    scan, tokens = reading(language, text)
    mention = known_name(scan, tokens, at(tokens, "Pyongyang"))
    assert mention and mention.entry and mention.entry.kind == "city" and mention.surface == "Pyongyang"


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("id", "Lima orang tewas dalam banjir itu.", "Lima"),  # five, not Peru's capital
        ("en", "Nice weather returned to the coast on Sunday.", "Nice"),  # fine, not the French city
    ],
)
def test_known_name_needs_evidence_for_an_ordinary_word(language, text, word):
    scan, tokens = reading(language, text)
    assert known_name(scan, tokens, at(tokens, word)) is None


@pytest.mark.parametrize(
    ("language", "text", "first", "name"),
    [
        ("id", "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 47 korban.", "Badan",
         "Badan Nasional Penanggulangan Bencana"),
        ("en", "A spokesman for the Port of Rotterdam Authority said the harbour was shut.", "Port",
         "Port of Rotterdam Authority"),
    ],
)  # fmt: skip
def test_body_reads_an_organisation_from_its_head_word(language, text, first, name):
    scan, tokens = reading(language, text)
    mention = body(scan, tokens, at(tokens, first))
    assert mention and mention.key == Key.org(name) and mention.surface == name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Badan Pengawas Pemilu (Bawaslu) menerima laporan itu."),
        ("en", "The World Health Organization (WHO) said the virus had spread."),
    ],
)
def test_a_short_form_in_brackets_names_the_same_body_later(language, text):
    scan, tokens = reading(language, text)
    mention = resolve(scan, tokens, 1 if language == "en" else 0)
    assert mention
    short = short_form_after(tokens, mention)
    assert short in ("Bawaslu", "WHO")
    scan.record(mention)
    scan.record_short_form(mention, short)
    later, later_tokens = reading(language, f"{short} menolak." if language == "id" else f"{short} refused.")
    later.cast = scan.cast
    again = short_form_named(later, later_tokens, 0)
    assert again and again.key == mention.key
    later.record(again)
    assert short not in scan.cast.organizations  # the short form is no second organisation


@pytest.mark.parametrize(
    ("language", "text", "title", "role"),
    [
        ("id", "Menteri Pertahanan Rusia Sergei Shoigu tiba di Pyongyang.", "Menteri", "Menteri Pertahanan Rusia"),
        ("en", "Russian Defence Minister Sergei Shoigu arrived in Pyongyang.", "Defence", "Russian Defence Minister"),
    ],
)
def test_a_title_introduces_the_person_after_it_with_the_role(language, text, title, role):
    scan, tokens = reading(language, text)
    assert titled_person(scan, tokens, at(tokens, title)) == ("Sergei Shoigu", role)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Kepala daerah itu mengatakan banjir sudah surut."),  # a role and no name
        ("en", "The Foreign Minister said talks would resume."),
    ],
)
def test_a_title_without_a_name_introduces_no_one(language, text):
    scan, tokens = reading(language, text)
    assert all(titled_person(scan, tokens, i) is None for i in range(len(tokens)))


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        ("id", "Juru bicara Kementerian Luar Negeri, Retno Marsudi, mengatakan Indonesia siap.",
         "Retno Marsudi", "Juru bicara Kementerian Luar Negeri"),
        ("en", "The talks were led by a mid-level official, Li Hongzhong, according to the agency.",
         "Li Hongzhong", "mid-level official"),
    ],
)  # fmt: skip
def test_a_role_in_apposition_belongs_to_the_name_after_the_comma(language, text, name, role):
    scan, _ = reading(language, text)
    for person, said in appositions(scan, text):
        scan.add_person(person, said)
    assert {n: p.role for n, p in scan.cast.persons.items()} == {name: role}  # the fullest reading comes first


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Joko Widodo mengatakan bantuan akan tiba besok."),
        ("en", "Olaf Scholz told reporters the talks would go on."),
    ],
)
def test_a_capitalised_name_before_a_verb_of_saying_is_a_person(language, text):
    scan, tokens = reading(language, text)
    mention = speaking_person(scan, tokens, 0)
    assert mention and mention.key.is_person and mention.end == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Rusia mengatakan delegasi akan tiba."),  # a country, not a person
        ("en", "Police said the road was closed."),  # an ordinary word opening the sentence
    ],
)
def test_a_place_or_an_ordinary_word_before_a_verb_of_saying_is_no_person(language, text):
    scan, tokens = reading(language, text)
    assert speaking_person(scan, tokens, 0) is None


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("id", "“Kami siap bertanding,” kata Kapadze.", "Kapadze"),
        ("en", "“We are ready for the talks,” said Azali Assoumani.", "Azali Assoumani"),
    ],
)
def test_the_name_after_kata_or_said_is_a_person(language, text, name):
    scan, tokens = reading(language, text)
    mention = named_person(scan, tokens, at(tokens, name.split()[0]))
    assert mention and mention.key == Key.person(name)


def test_a_name_already_introduced_needs_no_title():
    scan, tokens = reading("id", "Shoigu kemudian bertemu Kim Jong Un.")
    scan.add_person("Kim Jong Un", "pemimpin Korea Utara")
    mention = named_person(scan, tokens, at(tokens, "Kim"))
    assert mention and mention.key == Key.person("Kim Jong Un") and mention.end - mention.start == 3


def test_an_administration_is_the_body_and_names_its_head_inside():
    scan, tokens = reading("id", "Pemerintahan Biden menolak usul itu.")
    scan.add_person("Joe Biden", "Presiden")
    scan.add_person("Biden", None)
    mention = resolve(scan, tokens, 0)
    assert mention and mention.key == Key.org("Pemerintahan Biden")
    assert [m.key for m in scan.extra] == [Key.person("Biden")]  # named, though the body acts


def test_resolve_reads_a_person_the_article_introduced_where_no_thing_s_name_starts():
    scan, tokens = reading("en", "The Biden administration rejected the plan.")
    scan.add_person("Biden", None)
    mention = resolve(scan, tokens, at(tokens, "Biden"))
    assert mention and mention.key == Key.person("Biden") and scan.extra == []


def test_resolve_prefers_a_longer_body_to_the_known_place_it_starts_with():
    scan, tokens = reading("en", "Indonesia Investment Authority said it would invest.")
    mention = resolve(scan, tokens, 0)
    assert mention and mention.key == Key.org("Indonesia Investment Authority")


def test_the_writer_records_a_known_place_and_its_country():
    scan, tokens = reading("id", "Delegasi tiba di Pyongyang.")
    mention = resolve(scan, tokens, at(tokens, "Pyongyang"))
    assert mention and mention.entry
    scan.record(mention)
    assert scan.cast.entries[mention.entry.id] is mention.entry
    assert scan.countries == {"KP"}  # later ambiguous names lean to the country already named


def test_a_tagged_name_longer_than_the_known_place_inside_it_replaces_it():
    scan, tokens = reading("id", "Palang Merah Indonesia mengirim bantuan.")
    inside = known_name(scan, tokens, at(tokens, "Indonesia"))
    assert inside and inside.entry
    scan.record(inside)
    found, kept, end = longer_name_wins(scan, [inside], [inside], 0, 3, "ORGANISATION")
    assert found == [] and kept == [] and end == 3


def test_a_tagged_body_ends_where_a_known_person_s_name_begins():
    scan, _ = reading("en", "FBI Kash Patel said the inquiry was over.")
    patel = Mention(Key.person("Kash Patel"), "Kash Patel", 1, 3)
    found, kept, end = longer_name_wins(scan, [patel], [patel], 0, 3, "ORGANISATION")
    assert found == [patel] and kept == [] and end == 1


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("id", "Banjir merendam rumah warga di Wadaslintang.", "Wadaslintang"),
        ("en", "The train derailed near Bristol.", "Bristol"),  # English: a place DBpedia knows
    ],
)
def test_a_name_after_a_locative_word_is_a_place(language, text, place):
    scan, tokens = reading(language, text, tagged=False)
    found = after_locatives(scan, tokens, [])
    assert [m.surface for m in found] == [place]


def test_english_needs_a_known_place_after_in():
    scan, tokens = reading("en", "The report was published in English.", tagged=False)
    assert after_locatives(scan, tokens, []) == []


@pytest.mark.parametrize(
    ("language", "text", "acting", "not_acting"),
    [
        ("id", "Rusia dan China mengirim delegasi yang menuduh Jepang.", ["Rusia", "China"], ["Jepang"]),
        ("en", "Russia and China backed a plan that blamed Japan.", ["Russia", "China"], ["Japan"]),
    ],
)
def test_subjects_of_a_verb_act_and_objects_do_not(language, text, acting, not_acting):
    scan, tokens = reading(language, text)
    found = [m for i in range(len(tokens)) if (m := known_name(scan, tokens, i))]
    by_name = {m.surface: acts(scan, tokens, m, found) for m in found}
    assert by_name == {**dict.fromkeys(acting, True), **dict.fromkeys(not_acting, False)}
