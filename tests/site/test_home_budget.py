"""The home page's budget: what a sentence shown on its own may not lean on."""

import pytest

from generator.site.home import Budget


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("id", "Hampir 60.000 operasi semacam itu dilakukan secara nasional tahun lalu, katanya."),
        ("id", "Di negara itu, Mumin menjadi terkenal sebagai emir afiliasi kelompok tersebut."),
        ("en", "The sinkhole will then have to be drained before repair work can begin."),
        ("en", "China exercised this right to exclude themselves from compulsory procedures."),
        ("en", "Nearly 60,000 operations were carried out last year, he said."),
    ],
)
def test_a_sentence_that_leans_on_the_one_before_is_not_shown_apart(language, sentence):
    assert not Budget(1000, language).take(sentence, apart=True)
    assert Budget(1000, language).take(sentence)  # in the story's thread it may stand


def test_the_article_s_own_time_is_no_pointing_back():
    budget = Budget(1000, "id")
    assert budget.take("Korea Utara menggelar parade militer tahun ini di Pyongyang.", apart=True)
