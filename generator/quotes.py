"""Quotations in “…” or "…" and who said them. A quoted name or term is not a quote."""
from __future__ import annotations

import re

from .cast import Mention
from .text import Sentence, name_key
from .vocabulary import words

QUOTED = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"")


def is_term(text: str) -> bool:
    """"Perang Pembebasan Kakek Tanah Air": short and every word capitalised, so a name, not speech."""
    words_ = text.strip(" .,!?").split()
    return len(words_) <= 6 and all(w[:1].isupper() for w in words_)


def speech_verb(sentence: Sentence, language: str) -> tuple[int, bool] | None:
    """Token index of the verb of saying, and whether it stands after the quote ("…," kata X)."""
    vocab = words(language)
    verbs = {name_key(v) for v in vocab["speech_verbs"]}
    after = {name_key(v) for v in vocab["speech_verbs_after"]}
    for i, token in enumerate(sentence.tokens):
        two = (token.text.lower(), sentence.tokens[i + 1].text.lower()) if i + 1 < len(sentence.tokens) else ()
        if (token.text.lower(),) in verbs or two in verbs:
            opens_before = sentence.text[:token.start].count("“") + sentence.text[:token.start].count('"')
            return i, (token.text.lower(),) in after and opens_before > 0
    return None


def speaker(sentence: Sentence, mentions: list[Mention], verb: int, postposed: bool) -> Mention | None:
    """After "kata"/"said" the speaker follows the verb; otherwise it is the sentence's subject."""
    if postposed:  # “…,” kata X  /  "…," X said: the name nearest the verb, outside the quote
        quoted = [(a, b) for match in QUOTED.finditer(sentence.text) for a, b in [match.span()]]
        outside = [m for m in mentions
                   if not any(a <= sentence.tokens[m.start].start < b for a, b in quoted)]
        distance = lambda m: verb - m.end if m.end <= verb else m.start - verb  # noqa: E731
        return min(outside, key=lambda m: (not m.key.startswith("person:"), distance(m)), default=None)
    return next((m for m in mentions if m.start < verb), None)


def named_by_noun(sentence: Sentence, verb: int, nouns: dict[str, Mention]) -> Mention | None:
    """“…,” kata kedutaan: a common noun after the verb that names one organisation already met."""
    if verb + 1 < len(sentence.tokens):
        return nouns.get(sentence.tokens[verb + 1].text.lower())
    return None


def find_quotes(sentence: Sentence, mentions: list[Mention], language: str, previous: Mention | None,
                nouns: dict[str, Mention] | None = None) -> tuple[list[tuple[str, Mention | None]], Mention | None]:
    """Quotes of one sentence with their speakers; a sentence that is all quote continues the last speaker."""
    found = []
    verb = speech_verb(sentence, language)
    who = speaker(sentence, mentions, *verb) if verb else None
    if verb and not who and nouns:
        who = named_by_noun(sentence, verb[0], nouns)
    subject = mentions[0] if mentions and mentions[0].key.startswith("person:") else None
    for match in QUOTED.finditer(sentence.text):
        text = (match.group(1) or match.group(2)).strip()
        if is_term(text):
            continue
        whole = sentence.text.strip().startswith(("“", '"')) and match.end() >= len(sentence.text.strip()) - 1
        if verb or whole:
            found.append((text.rstrip(",.").strip(), who or (previous if whole else None)))
        elif subject and subject.start < sentence.text[:match.start()].count(" ") + 1:
            found.append((text.rstrip(",.").strip(), subject))  # a person's words, quoted without "said"
    return found, who or (previous if found else None)
