"""Numbers with their units: "250 ribu tentara" = 250000, "180.000" = 180000, "tiga kali" = 3."""

from __future__ import annotations

import functools
import re

from babel.numbers import get_decimal_symbol, get_group_symbol

from generator.data import words
from generator.extract.text import Sentence

UNIT_WORDS = 2
CURRENCIES = {"Rp", "Rp.", "US$", "$", "€", "£", "¥", "USD", "EUR", "IDR", "S$", "RM"}


@functools.cache
def separators(language: str) -> tuple[str, str]:
    """The language's thousands and decimal marks, from CLDR via Babel ("." and "," in Indonesian)."""
    return get_group_symbol(language), get_decimal_symbol(language)


def parse_number(text: str, language: str) -> float | None:
    """Digits with the language's separators: "180.000" and "2,5" in Indonesian, "180,000" and "2.5" in English."""
    thousands, decimal = separators(language)
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", text):
        return float(text.replace(thousands, ""))
    if re.fullmatch(rf"\d+(?:\{decimal}\d+)?", text):
        return float(text.replace(decimal, "."))
    return None


def find_figures(
    sentence: Sentence, language: str, dated: list[tuple[int, int]]
) -> list[tuple[str, float | None, str]]:
    """(text, value, unit) for each counted quantity; numbers inside dates are not figures."""
    vocab = words(language)
    number_words, multipliers = vocab["number_words"], vocab["multipliers"]
    stops = set(vocab["stop_after_number"])
    unit_verb = re.compile(vocab["unit_verb"])
    tokens, found, i = sentence.tokens, [], 0
    while i < len(tokens):
        token = tokens[i]
        lower = token.text.lower()
        inside_date = any(a <= token.start < b for a, b in dated)
        value = parse_number(token.text, language) if token.text[:1].isdigit() else None
        if value is None and lower in number_words and not (i and tokens[i - 1].text.lower() == "salah"):
            value = number_words[lower]
            if value is None or value == 1:
                i += 1
                continue
        in_name = i >= 2 and tokens[i - 1].text in ("of", "ke-") and tokens[i - 2].capitalised  # "Group of 20"
        if (
            value is None
            or inside_date
            or in_name
            or is_year(token.text, tokens, i, multipliers)
            or clock_or_model(tokens, i)
        ):
            i += 1
            continue
        end = i + 1
        if end < len(tokens) and tokens[end].text.lower() in multipliers:
            value *= multipliers[tokens[end].text.lower()]
            end += 1
        unit_start = end
        limit = UNIT_WORDS + (end < len(tokens) and tokens[end].text.lower() in ("kali", "times"))
        while (
            end < len(tokens)
            and end - unit_start < limit
            and tokens[end].word
            and tokens[end].text.lower() not in stops
            and not tokens[end].text[:1].isdigit()
            and not unit_verb.fullmatch(tokens[end].text)
        ):
            end += 1
        currency = i > 0 and tokens[i - 1].text in CURRENCIES
        if end == unit_start and not currency:
            i += 1
            continue
        start = approximator_start(tokens, i - currency, vocab["approximators"])
        text = sentence.text[tokens[start].start : tokens[end - 1].end]
        unit = tokens[i - 1].text if currency else sentence.text[tokens[unit_start].start : tokens[end - 1].end]
        if currency:  # "Rp 50 juta": the currency is the unit; what follows is not
            end = unit_start
        value = round(value, 6)
        found.append((text, int(value) if float(value).is_integer() else value, unit))
        i = end
    return found


def is_year(text: str, tokens, i: int, multipliers: dict) -> bool:
    following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", text)) and following not in multipliers


def approximator_start(tokens, i: int, approximators: list[str]) -> int:
    """Include "sekitar" or "lebih dari" before the number in the figure's text."""
    for phrase in sorted(approximators, key=len, reverse=True):
        n = len(phrase.split())
        if i >= n and " ".join(t.text.lower() for t in tokens[i - n : i]) == phrase:
            return i - n
    return i


def clock_or_model(tokens: tuple, i: int) -> bool:
    """A time of day ("17:15") or a model's number ("Class 390 Pendolino") counts nothing."""

    def text(k: int) -> str:
        return tokens[k].text if 0 <= k < len(tokens) else ""

    clock = (text(i - 1) == ":" and text(i - 2).isdigit()) or (text(i + 1) == ":" and text(i + 2).isdigit())
    model = i >= 2 and text(i - 1)[:1].isupper() and tokens[i - 1].word and text(i + 1)[:1].isupper()
    return clock or model
