"""Dated clauses become events; named year ranges become eras; old paragraphs are background."""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.data import words
from generator.extract.cast import Ids, Mention
from generator.extract.dates import DateMention
from generator.extract.text import Sentence, Token
from generator.model.ids import slugify
from generator.model.periods import period_start
from generator.model.story import Era, Event, EventDate


def era_name(sentence: Sentence, date: DateMention) -> str | None:
    """The capitalised name just before (or after) a year range: "Perang Korea 1950-1953"."""
    before = [t for t in sentence.tokens if t.end <= date.start]
    if before and before[-1].text in ("of", "dari"):
        before = before[:-1]
    run: list[Token] = []
    for token in reversed(before):
        if not (token.word and token.capitalised) or len(run) == 4:
            break
        run.insert(0, token)
    if not run:
        after = [t for t in sentence.tokens if t.start >= date.end]
        for token in after[:4]:
            if not (token.word and token.capitalised):
                break
            run.append(token)
    return sentence.text[run[0].start : run[-1].end] if run else None


def origin_summary(sentence: Sentence, date: DateMention) -> str:
    """What an anniversary commemorates: the words after "peringatan 70 tahun", to the clause end."""
    rest = re.split(r"[,;.]", sentence.text[date.end :], maxsplit=1)[0].split()
    return " ".join(rest[:8]) or date.text


def make_event(
    sentence: Sentence,
    date: DateMention,
    mentions: list[Mention],
    ids: Ids,
    language: str,
) -> tuple[Event, Era | None]:
    era = None
    name = era_name(sentence, date) if date.last and not date.inferred and "-" not in date.last else None
    if name:
        era = Era(slugify(name), name, date.first, date.last or date.first, [sentence.paragraph])
        summary = f"{name} {date.text}"
    elif date.origin:
        summary = origin_summary(sentence, date)
    else:
        summary = sentence.text.strip()  # the whole sentence: its subject, attribution and qualifiers stay
    inside = mentions if summary == sentence.text.strip() else []
    event = Event(
        id=f"p{sentence.paragraph}-{date.first}",
        summary=summary,
        date=EventDate(date.first, date.last, date.text, date.inferred),
        paragraphs=[sentence.paragraph],
        era=era.id if era else None,
        actors=unique(ids[m.key][0] for m in inside if ids[m.key][0] and involved(sentence, m, language)),
        places=unique(ids[m.key][1] for m in inside if ids[m.key][1]),
    )
    return event, era


def involved(sentence: Sentence, mention: Mention, language: str) -> bool:
    """Who takes part: a subject, or a person named on their own ("dipimpin oleh Menteri Sergei Shoigu"),
    not a name that only qualifies a noun ("agenda Trump", "penutupan Trump" in someone else's words)."""
    if mention.acts:
        return True
    if not mention.key.is_person:
        return False
    before = sentence.tokens[mention.start - 1] if mention.start else None
    return before is None or not before.text[:1].islower() or before.text.lower() in free_before_person(language)


@functools.cache
def free_before_person(language: str) -> frozenset[str]:
    """Lowercase words after which a person's name stands on its own: "dan", "oleh", "by"."""
    vocab = words(language)
    return frozenset(w.lower() for w in vocab["subject_openers"] + vocab["agent_markers"])


def unique(values) -> list:
    return list(dict.fromkeys(values))


def background_paragraphs(
    dated: dict[int, list[DateMention]], texts: dict[int, str], language: str, published: dt.date
) -> list[int]:
    """Paragraphs about the past: every date in them ended over a year before publication,
    or they say "historically". An undated paragraph continues the one before it,
    unless it speaks of the present.
    """
    vocab = words(language)
    found, previous = [], False
    for n, text in texts.items():
        # "Yang menjadi pertanyaan adalah bagaimana … pemotongan pajak 2017": an open question is not history.
        present = says_any(text, vocab["present_markers"] + vocab["future_markers"] + vocab["question_words"])
        dates = [d for d in dated.get(n, []) if not d.origin]
        if dates:
            old = all(period_start(d.last or d.first).year < published.year - 1 for d in dates)
            is_background = old and not present
        else:
            is_background = says_any(text, vocab["background_markers"]) or (previous and not present)
        if is_background:
            found.append(n)
        previous = is_background
    return found


def says_any(text: str, phrases: list[str]) -> bool:
    lower = text.lower()
    return any(re.search(rf"\b{re.escape(phrase)}\b", lower) for phrase in phrases)
