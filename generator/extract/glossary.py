"""Short forms readers may not know (PBB, AS, Korut, DMZ) and their full names, for page tooltips."""

from __future__ import annotations

import re

from generator.extract.cast import Cast
from generator.model.story import Term

SHORT_FORM = re.compile(r"^[A-Z][A-Za-z]{1,5}$")
SAFE_NAME = re.compile(r"^[\w\s\-.,'’()]+$")


def is_short_form(name: str, full: str) -> bool:
    """An acronym (PBB, DMZ) or a contraction of the full name's words (Korut = KORea UTara)."""
    if not SHORT_FORM.match(name) or len(name) >= len(full):
        return False
    return sum(c.isupper() for c in name) >= 2 or is_contraction(name.lower(), full.lower().split())


def is_contraction(short: str, words: list[str], used: int = 0) -> bool:
    """Is `short` spelled by leading letters of at least two of the words, in order?"""
    if not short:
        return used >= 2
    if not words:
        return False
    if is_contraction(short, words[1:], used):
        return True
    word = words[0]
    return any(
        short.startswith(word[:n]) and is_contraction(short[n:], words[1:], used + 1) for n in range(1, len(word) + 1)
    )


def find_terms(cast: Cast, language: str) -> list[Term]:
    """Every short name of an entity the article mentions, with the name the pages use for it."""
    terms: dict[str, str] = {}
    for entry in cast.entries.values():
        full = entry.name(language)
        for name in entry.names.get(language, []) + entry.names.get("en", []):
            if is_short_form(name, full) and SAFE_NAME.match(full):
                terms.setdefault(name, full)
    for short, key in cast.acronyms.items():
        surfaces = [s for s in cast.surfaces.get(key, []) if s != short]
        if surfaces and is_short_form(short, surfaces[0]) and SAFE_NAME.match(surfaces[0]):
            terms.setdefault(short, surfaces[0])
    return [Term(term, full) for term, full in sorted(terms.items())]
