"""Numbers with their units: "250 ribu tentara" = 250000, "180.000" = 180000, "tiga kali" = 3."""

from __future__ import annotations

import functools
import re

from babel.numbers import get_decimal_symbol, get_group_symbol

from generator.data import words
from generator.extract.text import Sentence

UNIT_WORDS = 2
GLUED = re.compile(r"(\d+(?:[.,]\d+)?)-?([^\W\d_]{1,12})")
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
    tokens, i = sentence.tokens, 0
    found: list[tuple[str, float | None, str]] = []
    while i < len(tokens):
        token = tokens[i]
        lower = token.text.lower()
        inside_date = any(a <= token.start < b for a, b in dated)
        value = parse_number(token.text, language) if token.text[:1].isdigit() else None
        if value is None and lower in number_words and not (i and tokens[i - 1].text.lower() in vocab["one_of_words"]):
            value = number_words[lower]
            if value is None or value == 1:
                i += 1
                continue
        glued = GLUED.fullmatch(token.text)
        # "5km", "305-meter": the number and its unit in one word (a decade, "1940s", is not a figure)
        if glued and not inside_date and not re.fullmatch(r"1[5-9]\d\d|20\d\d", glued.group(1)):
            amount = parse_number(glued.group(1), language)
            if amount is not None:
                start = approximator_start(tokens, i, vocab["approximators"])
                text = sentence.text[tokens[start].start : token.end]
                found.append((text, int(amount) if amount.is_integer() else amount, glued.group(2)))
            i += 1
            continue
        in_name = named_number(tokens, i, set(vocab["number_labels"]), vocab["ordinal_markers"])
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
        multiplied = end < len(tokens) and tokens[end].text.lower() in multipliers
        if multiplied:
            value *= multipliers[tokens[end].text.lower()]
            end += 1
        after_number, unit_start = end, unit_after(tokens, end, language, vocab)
        end = unit_end(tokens, unit_start, vocab)
        currency = i > 0 and tokens[i - 1].text in CURRENCIES
        if end == unit_start and not (currency or multiplied):
            i += 1
            continue
        start = approximator_start(tokens, i - currency, vocab["approximators"])
        text = sentence.text[tokens[start].start : tokens[max(end, after_number) - 1].end]
        counted = sentence.text[tokens[unit_start].start : tokens[end - 1].end] if end > unit_start else ""
        unit = tokens[i - 1].text if currency else counted
        if currency:  # "Rp 50 juta": the currency is the unit; what follows is not
            end = unit_start
        value = round(value, 6)
        found.append((text, int(value) if float(value).is_integer() else value, unit))
        i = after_number + 1 if unit_start > after_number + 1 else max(end, after_number)  # a range's end is read too
    return found


def unit_after(tokens: tuple, at: int, language: str, vocab: dict) -> int:
    """Where a number's unit starts: right after it, after a hyphen ("305-meter"), or after the other end of
    a range ("1.500 hingga 3.000 orang", which shares the unit that ends it)."""
    if at + 1 >= len(tokens):
        return at
    following = tokens[at + 1]
    if tokens[at].text == "-" and following.word and not following.text[:1].isdigit():
        return at + 1
    if tokens[at].text.lower() in vocab["range_words"] and parse_number(following.text, language) is not None:
        return at + 2 + (at + 2 < len(tokens) and tokens[at + 2].text.lower() in vocab["multipliers"])
    return at


def unit_end(tokens: tuple, start: int, vocab: dict) -> int:
    """Where the words that say what a number counts end: a few plain words, stopped by a verb, a
    preposition or a name ("3 Royal Air Force": the first word only, so no name is cut into a unit)."""
    stops, verb, tail = set(vocab["stop_after_number"]), re.compile(vocab["unit_verb"]), re.compile(vocab["unit_tail"])
    limit = UNIT_WORDS + (start < len(tokens) and tokens[start].text.lower() in vocab["times_words"])
    end = start
    while end < len(tokens) and end - start < limit:
        token = tokens[end]
        if not token.word or token.text.lower() in stops or token.text[:1].isdigit() or verb.fullmatch(token.text):
            break
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        name_runs_on = following is not None and following.word and following.capitalised
        if end > start and ((token.capitalised and name_runs_on) or tail.fullmatch(token.text)):
            break  # "tentara China", "dolar AS" qualify; "personel Korps Perbatasan" would cut a name
        end += 1
        if token.capitalised:
            break
    return end


def named_number(tokens: tuple, i: int, labels: set[str], ordinal_markers: list[str]) -> bool:
    """A number that names rather than counts: "Group of 20", "Vostok 1", "nomor urut 2", "Korps 18"."""
    before = tokens[i - 1] if i else None
    if before is None or not before.word:
        return False
    if tokens[i].capitalised:  # "named Five hundred meter Aperture …": a spelled number capitalised mid-sentence
        return True
    if before.text.lower() in labels:
        return True
    of_name = i >= 2 and before.text in ordinal_markers and tokens[i - 2].capitalised
    return of_name or (before.capitalised and i >= 2 and before.text not in CURRENCIES)


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
