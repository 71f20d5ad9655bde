"""The words of one language that tell names apart, gathered once: titles, heads of bodies, verbs of saying."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.data import words
from generator.extract import ner
from generator.extract.cast import phrase_index
from generator.extract.text import name_key


@dataclass(frozen=True)
class Lexicon:
    language: str
    vocab: dict  # everything else the language's words.yml says
    titles: dict[tuple[str, ...], str]  # "Menteri Pertahanan", "President"
    role_nouns: dict[tuple[str, ...], str]  # "juru bicara", "spokesman"
    org_heads: dict[tuple[str, ...], str]  # "Badan", "Kementerian"; English "Bank", "Authority"
    administrations: dict[tuple[str, ...], str]  # "Pemerintahan" (Biden)
    speech: frozenset[tuple[str, ...]]  # verbs of saying, as name keys
    after: frozenset[tuple[str, ...]]  # verbs of saying that come before the speaker: "kata", "said"
    hints: frozenset[str]  # words between a subject and its verb: "telah", "has"
    common: frozenset[str]  # ordinary words of the language, lower case
    calendar: frozenset[str]  # month and weekday names
    honorifics: frozenset[str]
    institutions: frozenset[str]  # one-word bodies: "Kongres", "Senat"
    name_joiners: frozenset[str]  # what may stand inside a listed name: "Badan Meteorologi, Klimatologi, dan …"
    verb_form: re.Pattern[str]
    apposition: re.Pattern[str]  # "seorang pejabat tingkat menengah, Li Hongzhong"
    role_apposition: re.Pattern[str]  # "Asisten pelatih Timnas Uzbekistan, Timur Kapadze, …"

    @property
    def rules(self) -> dict:
        return self.vocab["rules"]

    def ordinary(self, word: str) -> bool:
        """An ordinary word that is capitalised here only because it starts a sentence or a title."""
        return word.lower() in self.common or word in self.calendar


@cache
def lexicon(language: str) -> Lexicon:
    vocab = words(language)
    articles = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in vocab["apposition_articles"])
    roles = "|".join(re.escape(r) for r in sorted(vocab["apposition_roles"], key=len, reverse=True))
    return Lexicon(
        language=language,
        vocab=vocab,
        titles=phrase_index(vocab["titles"]),
        role_nouns=phrase_index(vocab["role_nouns"]),
        org_heads=phrase_index(vocab["organization_heads"]),
        administrations=phrase_index(vocab["administration_heads"]),
        speech=frozenset(name_key(v) for v in vocab["speech_verbs"] + vocab["quote_verbs"]),
        after=frozenset(name_key(v) for v in vocab["speech_verbs_after"]),
        hints=frozenset(vocab["verb_hints"]),
        common=ner.common_words(language),
        calendar=frozenset(vocab["months"]) | frozenset(vocab["weekdays"]),
        honorifics=frozenset(vocab["honorifics"]),
        institutions=frozenset(vocab["institutions"]),
        name_joiners=frozenset({",", "&", *vocab["name_list_joiners"]}),
        verb_form=re.compile(vocab["verb_form"]),
        apposition=re.compile(
            rf"\b(?:{articles})\s+((?:[a-z][\w-]*\s+){{0,5}}[a-z][\w-]*),\s+((?:[A-Z][\w'’-]+\s?){{2,4}})"
        ),
        role_apposition=re.compile(
            rf"(?i:\b((?:{roles})(?:\s+[\w-]+){{0,5}})),\s+((?:[A-Z][\w'’-]+\s){{1,3}}[A-Z][\w'’-]+)(?=,)"
        ),
    )
