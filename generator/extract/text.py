"""Sentences and word tokens with character offsets: the units every extractor reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.data import languages, words

# "US$", "S$" are one token: a currency, not the country "US" before a dollar sign.
TOKEN = re.compile(r"[A-Z]{1,3}\$|\d+(?:[.,]\d+)+|\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
# A sentence ends at . ! ? (optionally closed by a quote) before a space and a capital or a quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"(A-Z0-9])")
# A quotation that opens and closes in the paragraph; one left open runs on to the next paragraph.
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")
EDITORS_TAG = re.compile(r"\s*\[[a-z]{1,4}(?:/[a-z]{1,4})+\]\s*$")  # "[ft/ah]": the editors' initials, not news
INITIAL = re.compile(r"(?:[A-Z]\.)+")  # "Steven F. Udvar-Hazy": an initial does not end a sentence
# Every language's abbreviations: the splitter reads a sentence before it knows whose words it quotes.
ABBREVIATIONS = frozenset(word for language in languages() for word in words(language)["abbreviations"])


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


# "Subianto-Gibran", "IS-Somalia": a hyphen between two capitalised words joins two names, not one word.
NAME_HYPHEN = re.compile(r"(?<=\w)-(?=[A-Z])")


def split_names(word: str, start: int) -> list[Token]:
    """A word with capitalised parts on both sides of a hyphen, as its parts and the hyphens."""
    if word[:1].isupper() and word[-2:] in ("'s", "’s") and len(word) > 3:  # "Sullivan's": the name, then 's
        return [*split_names(word[:-2], start), Token(word[-2:], start + len(word) - 2, start + len(word))]
    parts = word.split("-")
    if not word[:1].isupper() or not NAME_HYPHEN.search(word) or len({p.lower() for p in parts}) == 1:
        return [Token(word, start, start + len(word))]  # "Bangsa-Bangsa" is one word, doubled
    tokens, at = [], 0
    for hyphen in NAME_HYPHEN.finditer(word):
        tokens += [
            Token(word[at : hyphen.start()], start + at, start + hyphen.start()),
            Token("-", start + hyphen.start(), start + hyphen.end()),
        ]
        at = hyphen.end()
    return [*tokens, Token(word[at:], start + at, start + len(word))]


def tokenize(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in TOKEN.finditer(text):
        word = match.group()
        # Keep the dot only on known abbreviations and initials ("U.S."); else it ends a sentence.
        if word.endswith(".") and len(word) > 1 and word not in ABBREVIATIONS and not re.fullmatch(r"(\w\.)+", word):
            tokens += split_names(word[:-1], match.start())
            tokens.append(Token(".", match.end() - 1, match.end()))
        else:
            tokens += split_names(word, match.start())
    return tuple(tokens)


LONGEST = 1500  # characters, about 230 words: the longest sentence of the dev set has 959


def sentences(paragraph: int, text: str) -> list[Sentence]:
    """Split a paragraph into sentences, keeping offsets; abbreviations do not end a sentence."""
    found, start = [], 0
    quoted = [m.span() for m in QUOTATION.finditer(text)]
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(" ", 1)[-1].rstrip('”"’)')
        if before in ABBREVIATIONS or INITIAL.fullmatch(before):
            continue
        if any(a < match.start() and match.end() < b for a, b in quoted):
            continue  # a quotation of several sentences is one sentence with its "said X"
        found.append((start, match.start()))
        start = match.end()
    tag = EDITORS_TAG.search(text, start)
    found.append((start, tag.start() if tag else len(text)))
    spans = [piece for a, b in found for piece in bounded(text, a, b)]
    return [Sentence(paragraph, text[a:b], a, tokenize(text[a:b])) for a, b in spans if text[a:b].strip()]


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A "sentence" of thousands of words is no sentence: cut it at a comma or semicolon (else a space)
    before every LONGEST characters, so what quotes it (a figure, an event) stays small and output linear."""
    pieces = []
    while end - start > LONGEST:
        window = text[start : start + LONGEST]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > LONGEST // 2 else (window.rfind(" ") if window.rfind(" ") > 0 else LONGEST)
        pieces.append((start, start + cut))
        start += cut
    return [*pieces, (start, end)]


PLAIN_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")  # letters and single spaces: words are split on spaces


def name_key(name: str) -> tuple[str, ...]:
    """How a name is compared: its word tokens, dots and case kept ("AS" is not "as")."""
    if PLAIN_NAME.fullmatch(name) and "-" not in name:
        return tuple(name.split(" "))
    return tuple(token.text.rstrip(".") for token in tokenize(name) if token.word)
