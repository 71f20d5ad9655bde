"""Does a sentence lean on the one before it? Then it cannot be shown on its own: under an actor, among the
key figures, as what to watch. Both extraction (deeds) and the home page (figures, outlook) ask."""

from __future__ import annotations

import functools
import re

from generator.data import words

LEANING_WORDS = 5  # "Di negara itu, Mumin …": where a demonstrative leans on what came before


class Leaning:
    """One language's signs that a sentence points back: "Di negara itu", "this right", "…, katanya"."""

    def __init__(self, language: str):
        vocab = words(language)
        openers = "|".join(re.escape(o) for o in vocab["reference_openers"])
        self.opening = re.compile(rf"^\W*(?:{openers})\b", re.IGNORECASE)
        self.pointing = set(vocab["demonstratives"])
        self.now = set(vocab["present_markers"])  # "tahun ini", "this year": the article's own time
        verbs = "|".join(re.escape(v) for v in vocab["speech_verbs_after"])
        pronouns = "|".join(re.escape(p) for p in vocab["pronouns"])
        suffix = re.escape(vocab["pronoun_suffix"]) or "(?!)"
        # "…, katanya." / "he said": a speaker named only in the sentences before.
        self.told = re.compile(
            rf"\b(?:(?:{verbs}){suffix}|(?:{verbs})\s+(?:{pronouns})|(?:{pronouns})\s+(?:{verbs}))\b", re.IGNORECASE
        )

    def opens_on_reference(self, text: str) -> bool:
        """ "Its line stretched …", "Ia mengatakan …": the first word refers back."""
        return bool(self.opening.match(text))

    def points_back(self, text: str) -> bool:
        """A demonstrative among the first words ("Di negara itu, …"), or a speaker given as a pronoun."""
        first = re.findall(r"\w+", text.lower())[:LEANING_WORDS]
        pointing = any(
            w in self.pointing and " ".join(first[k - 1 : k + 1]) not in self.now for k, w in enumerate(first)
        )
        return pointing or bool(self.told.search(text))


@functools.cache
def leaning(language: str) -> Leaning:
    """One Leaning per language, its patterns compiled once."""
    return Leaning(language)
