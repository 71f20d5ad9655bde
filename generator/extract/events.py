"""Dated clauses become events; named year ranges become eras; old paragraphs are background."""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.data import words
from generator.extract.cast import Ids, Mention
from generator.extract.dates import DateMention
from generator.extract.text import QUOTATION, Sentence, Token
from generator.model.ids import slugify
from generator.model.periods import period_start
from generator.model.story import Era, Event, EventDate


def era_name(sentence: Sentence, date: DateMention, of_words: list[str]) -> str | None:
    """The capitalised name just before (or after) a year range: "Perang Korea 1950-1953"."""
    before = [t for t in sentence.tokens if t.end <= date.start]
    if before and before[-1].text in of_words:
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


def names_a_thing(sentence: Sentence, date: DateMention, language: str) -> bool:
    """ "hasil pemilu 2020", "para pendukungnya yang menyerbu Gedung Capitol pada 6 Januari 2021": the date
    says which election or which supporters; the sentence did not happen then, so it is no event."""
    return by_year(sentence, date, language) or in_relative_clause(sentence, date, language)


def in_relative_clause(sentence: Sentence, date: DateMention, language: str) -> bool:
    """The date closes a "yang …"/"who …" clause that runs from its one verb to the date."""
    vocab = words(language)
    verb, tokens = re.compile(vocab["verb_form"]), sentence.tokens
    before = [k for k, t in enumerate(tokens) if t.end <= date.start]
    relative = next((k for k in reversed(before) if tokens[k].text.lower() in vocab["relative_words"]), None)
    if relative is None or relative == 0 or relative + 1 >= len(tokens):
        return False
    between = tokens[relative + 2 : before[-1] + 1]
    return bool(verb.fullmatch(tokens[relative + 1].text.lower())) and not any(
        not t.word or verb.fullmatch(t.text.lower()) or t.text.lower() in vocab["relative_words"] for t in between
    )


def by_year(sentence: Sentence, date: DateMention, language: str) -> bool:
    """A bare year right after a noun ("pemotongan pajak 2017"), not after a verb or a preposition."""
    if not re.fullmatch(r"\d{4}", date.text):
        return False
    verb = re.compile(words(language)["verb_form"])
    before = [t for t in sentence.tokens if t.end <= date.start]
    last = before[-1] if before else None
    return bool(
        last and last.word and not verb.fullmatch(last.text.lower()) and last.text.lower() not in stop_words(language)
    )


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """Words after which a year is a date of its own: conjunctions, prepositions, markers of agents."""
    vocab = words(language)
    found = vocab["subject_openers"] + vocab["agent_markers"] + vocab["addressee_markers"] + vocab["place_prepositions"]
    return frozenset(w.lower() for w in found)


def make_event(
    sentence: Sentence,
    date: DateMention,
    mentions: list[Mention],
    ids: Ids,
    language: str,
) -> tuple[Event, Era | None]:
    era = None
    name = (
        era_name(sentence, date, words(language)["of_words"])
        if date.last and not date.inferred and "-" not in date.last
        else None
    )
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
        actors=unique(
            ids[m.key][0]
            for m in inside
            if ids[m.key][0] and involved(sentence, m, language) and not reporting(sentence, m, date, inside, language)
        ),
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


def reporting(sentence: Sentence, mention: Mention, date: DateMention, found: list[Mention], language: str) -> bool:
    """ "Sutopo menjelaskan sejak BMKG melansir … pada 17-20 Juni": the date is of what the speaker tells,
    whose own subject comes between; "Schumer mengatakan pada Kamis" keeps the speaker."""
    verbs, tokens = claim_verbs(language), sentence.tokens
    said = next(
        (k for k in range(mention.end, len(tokens)) if tokens[k].end <= date.start and tokens[k].text.lower() in verbs),
        None,
    )
    return said is not None and any(said < m.start and tokens[m.end - 1].end <= date.start for m in found)


@functools.cache
def claim_verbs(language: str) -> frozenset[str]:
    return frozenset(v.lower() for v in words(language)["claim_verbs"])


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
        said = QUOTATION.sub(" ", text)  # "presiden terhebat dalam sejarah": a speaker's word, not history
        dates = [d for d in dated.get(n, []) if not d.origin]
        if dates:
            old = all(period_start(d.last or d.first).year < published.year - 1 for d in dates)
            is_background = old and not present
        else:
            is_background = says_any(said, vocab["background_markers"]) or (previous and not present)
        if is_background:
            found.append(n)
        previous = is_background
    return found


def says_any(text: str, phrases: list[str]) -> bool:
    lower = text.lower()
    return any(re.search(rf"\b{re.escape(phrase)}\b", lower) for phrase in phrases)
