"""Sentences and word tokens with character offsets: the units every extractor reads."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
# A sentence ends at . ! ? (optionally closed by a quote) before a space and a capital or a quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"(A-Z0-9])")
ABBREVIATIONS = {"Dr.", "Prof.", "Gen.", "Col.", "Mr.", "Mrs.", "Ms.", "St.", "Sen.", "Rep.", "Lt.", "U.S.",
                 "U.N.", "No.", "Jl.", "H.", "Hj.", "Tn.", "Ny.", "Sdr.", "a.n.", "dll.", "dsb.", "Jan.",
                 "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    text: str
    start: int  # offset in the paragraph
    tokens: tuple[Token, ...]


def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    for match in TOKEN.finditer(text):
        word = match.group()
        # Keep the dot only on known abbreviations and initials ("U.S."); else it ends a sentence.
        if word.endswith(".") and len(word) > 1 and word not in ABBREVIATIONS and not re.fullmatch(r"(\w\.)+", word):
            tokens.append(Token(word[:-1], match.start(), match.end() - 1))
            tokens.append(Token(".", match.end() - 1, match.end()))
        else:
            tokens.append(Token(word, match.start(), match.end()))
    return tuple(tokens)


def sentences(paragraph: int, text: str) -> list[Sentence]:
    """Split a paragraph into sentences, keeping offsets; abbreviations do not end a sentence."""
    found, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start:match.start()].rsplit(" ", 1)[-1]
        if before.rstrip("”\"’)") in ABBREVIATIONS:
            continue
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return [Sentence(paragraph, text[a:b], a, tokenize(text[a:b])) for a, b in found if text[a:b].strip()]


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def name_key(name: str) -> tuple[str, ...]:
    """How a name is compared: its word tokens, dots and case kept ("AS" is not "as")."""
    return tuple(token.text.rstrip(".") for token in tokenize(name) if token.word)
