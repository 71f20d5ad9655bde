"""Quotations and their speakers, one sentence at a time, in Indonesian and English: each way an article
attributes a quote (after it, before it, by a pronoun), and what is no one's quote."""

from __future__ import annotations

import pytest

from generator.extract.quotes import quote_spans
from tests.conftest import extracted


def quotes(tmp_path, language: str, body: str) -> list[tuple[str, str | None]]:
    story = extracted(tmp_path, language, body)
    return [(q.text, story.actor(q.speaker).name if q.speaker else None) for q in story.quotes]  # type: ignore[union-attr]


def test_a_quotation_is_the_text_between_its_marks_and_an_unclosed_one_runs_on():
    text = 'Ia berkata “kami siap” lalu pergi, dan "kami datang" kemudian.'
    assert [text[a:b] for a, b in quote_spans(text)] == ["kami siap", "kami datang"]
    text = "He said: “we will stay until the end"
    assert [text[a:b] for a, b in quote_spans(text)] == ["we will stay until the end"]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # after the quote: “…,” kata X / "…," said X
        ("id", "“Kami akan datang ke Jakarta pekan depan,” kata Joko Widodo.",
         ("Kami akan datang ke Jakarta pekan depan,", "Joko Widodo")),
        ("en", '"We will come to Jakarta next week," said John Smith.',
         ("We will come to Jakarta next week,", "John Smith")),
        # before it: X mengatakan, “…” / X said: "…"
        ("id", "Joko Widodo mengatakan, “Kami akan datang ke Jakarta pekan depan.”",
         ("Kami akan datang ke Jakarta pekan depan.", "Joko Widodo")),
        ("en", 'John Smith said: "We will come to Jakarta next week."',
         ("We will come to Jakarta next week.", "John Smith")),
        # by a pronoun, the person the sentence before named: “…,” katanya / "…," he said
        ("id", "Presiden Joko Widodo tiba di Bandung pada Senin.\n\n“Kami siap membantu warga,” katanya.",
         ("Kami siap membantu warga,", "Joko Widodo")),
        ("en", 'President John Smith arrived in London on Monday.\n\n"We are ready to help the families," he said.',
         ("We are ready to help the families,", "John Smith")),
    ],
)  # fmt: skip
def test_each_way_of_attributing_a_quote(tmp_path, language, body, expected):
    assert quotes(tmp_path, language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("id", "“Kami akan segera membangun kembali jembatan itu,” demikian bunyi pernyataan yang beredar."),
        ("en", '"We will rebuild the bridge soon," the statement read.'),
        ("en", 'John Smith arrived in London with his aides.\n\n"We are ready to help the families," they said.'),
    ],
)
def test_a_quote_nobody_in_the_article_said_has_no_speaker(tmp_path, language, body):
    assert [speaker for _, speaker in quotes(tmp_path, language, body)] == [None]
