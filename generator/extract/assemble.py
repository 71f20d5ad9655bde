"""Article -> Story: the steps of extraction, in order, each declaring what it reads and writes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.extract.actors import cast_into
from generator.extract.cast import Cast, Ids
from generator.extract.dates import DateMention, find_dates
from generator.extract.deeds import record_deeds
from generator.extract.digest import digest
from generator.extract.events import background_paragraphs, make_event, names_a_thing
from generator.extract.figures import find_figures
from generator.extract.gazetteer import gazetteer
from generator.extract.glossary import find_terms
from generator.extract.names import find_cast
from generator.extract.quotes import find_quotes, paragraph_pieces, quote_spans
from generator.extract.routes import find_routes
from generator.extract.text import Sentence, sentences
from generator.model.article import Article
from generator.model.story import Era, Event, Figure, Quote, Story, date_key, place_in_eras

FIGURES_PER_SENTENCE = 8  # each figure quotes its sentence: keep what one sentence can make bounded


@dataclass
class Work:
    """What the steps of extraction share: the article's sentences, the names found in them, the Story."""

    story: Story
    units: list[tuple[int, Sentence]] = field(default_factory=list)  # (index in paragraph, sentence)
    cast: Cast = field(default_factory=Cast)
    ids: Ids = field(default_factory=dict)  # each name's actor and place ids
    dates: list[list[DateMention]] = field(default_factory=list)  # each sentence's dates, outside quotations


@dataclass(frozen=True)
class Step:
    """One step of extraction, and what it reads and writes of the Work ("story.x": a field of the Story)."""

    run: Callable[[Work], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.run.__name__


def split_sentences(work: Work) -> None:
    article = work.story.article
    work.units = [(i, s) for p in article.paragraphs if not p.heading for i, s in enumerate(sentences(p.n, p.text))]


def find_names(work: Work) -> None:
    language = work.story.article.language
    work.cast = find_cast(work.units, gazetteer(language), language)


def make_actors_and_places(work: Work) -> None:
    work.ids = cast_into(work.story, work.cast, work.units, work.story.article.language)


def find_sentence_dates(work: Work) -> None:
    """ "saya berdiri di hadapan Anda hari ini", "… by 2049": a quotation's dates are the speaker's, not events."""
    article = work.story.article
    work.dates = []
    for _, sentence in work.units:
        quoted = quote_spans(sentence.text)
        dates = find_dates(sentence.text, article.language, article.published)
        work.dates.append([d for d in dates if not any(a <= d.start < b for a, b in quoted)])


def make_events(work: Work) -> None:
    """Each dated sentence is an event; a named period ("Perang Korea 1950-1953") an era; the paragraphs
    about earlier times the background."""
    story, language = work.story, work.story.article.language
    dated_paragraphs: dict[int, list[DateMention]] = {}
    eras: dict[str, Era] = {}
    for (index, sentence), dates in zip(work.units, work.dates, strict=True):
        found = work.cast.mentions[(sentence.paragraph, index)]
        dated_paragraphs.setdefault(sentence.paragraph, []).extend(dates)
        for date in dates:
            event, era = make_event(sentence, date, found, work.ids, language)
            # "Perang Korea 1950-1953" is an era's own entry; a whole sentence is an event only if it is dated
            event.named_only = event.summary == sentence.text.strip() and names_a_thing(sentence, date, language)
            story.events.append(event)
            if era:
                eras.setdefault(era.id, era)
    story.eras = sorted(eras.values(), key=lambda era: (era.start, era.id))
    story.events = dedupe_events(sorted(story.events, key=date_key))
    place_in_eras(story.events, story.eras)
    texts = {p.n: p.text for p in story.article.paragraphs if not p.heading}
    story.background = background_paragraphs(dated_paragraphs, texts, language, story.article.published)


def count_figures(work: Work) -> None:
    """The numbers of each sentence, in order: a duration ("peringatan 70 tahun") first, then the rest."""
    story, language = work.story, work.story.article.language
    seen: set[tuple[str, int]] = set()
    for (_, sentence), dates in zip(work.units, work.dates, strict=True):
        context = sentence.text.strip()
        for date in dates:
            if date.origin:  # "peringatan 70 tahun": a duration, so a figure too
                number = re.search(r"\d+", date.text)
                assert number, date.text  # the origin pattern reads a number of years
                unit = date.text[number.end() :].strip()
                story.figures.append(Figure(text=date.text, value=int(number.group()), unit=unit,
                                            paragraph=sentence.paragraph, context=context))  # fmt: skip
        spans = [(d.start, d.end) for d in dates]
        for text, value, unit in find_figures(sentence, language, spans)[:FIGURES_PER_SENTENCE]:
            if (text, sentence.paragraph) in seen:
                continue  # "tiga kabupaten … tiga kabupaten": one figure, said twice
            seen.add((text, sentence.paragraph))
            story.figures.append(
                Figure(text=text, value=value, unit=unit, paragraph=sentence.paragraph, context=context)
            )


def record_what_actors_did(work: Work) -> None:
    for index, sentence in work.units:
        found = work.cast.mentions[(sentence.paragraph, index)]
        record_deeds(work.story, sentence, found, work.ids, work.story.article.language)


def find_journeys(work: Work) -> None:
    for index, sentence in work.units:
        find_routes(work.story, work.cast, sentence, work.cast.mentions[(sentence.paragraph, index)], work.ids)


def find_quotations(work: Work) -> None:
    """Quotes and their speakers, read paragraph by paragraph (a quote may run over sentences)."""
    story, ids = work.story, work.ids
    pieces = paragraph_pieces(story.article, work.cast, work.units)
    for quote in find_quotes(pieces, work.cast, story.article.language):
        who = quote.speaker
        who_id = (ids[who.key][0] or ids[who.key][1]) if who and who.key in ids else None
        story.quotes.append(Quote(text=quote.text, speaker=who_id, paragraph=quote.paragraph))


def list_short_forms(work: Work) -> None:
    work.story.glossary = find_terms(work.cast, work.story.article.language)


def pick_what_to_show(work: Work) -> None:
    """The glance, why it matters, what comes next, who says what."""
    digest(work.story, work.cast, work.units, work.ids)


# Extraction, in order: each step reads only what the steps before it wrote (tests/extract/test_steps.py).
STEPS = (
    Step(split_sentences, reads=("story.article",), writes=("units",)),
    Step(find_names, reads=("units",), writes=("cast",)),
    Step(make_actors_and_places, reads=("units", "cast"), writes=("story.actors", "story.places", "ids")),
    Step(find_sentence_dates, reads=("units",), writes=("dates",)),
    Step(make_events, reads=("units", "cast", "ids", "dates"),
         writes=("story.events", "story.eras", "story.background")),
    Step(count_figures, reads=("units", "dates"), writes=("story.figures",)),
    Step(record_what_actors_did, reads=("units", "cast", "ids"), writes=("story.actors",)),
    Step(find_journeys, reads=("units", "cast", "ids"), writes=("story.routes",)),
    Step(find_quotations, reads=("units", "cast", "ids"), writes=("story.quotes",)),
    Step(list_short_forms, reads=("cast",), writes=("story.glossary",)),
    Step(pick_what_to_show,
         reads=("units", "cast", "ids", "story.events", "story.actors", "story.quotes", "story.background"),
         writes=("story.glance", "story.significance", "story.outlook", "story.claims", "story.glossary",
                 "story.actors")),
)  # fmt: skip


def extract(article: Article) -> Story:
    """Read everything the article says; nothing is added that the article does not say."""
    work = Work(Story(article=article))
    for step in STEPS:
        step.run(work)
    return work.story


def dedupe_events(events: list) -> list:
    seen: dict[tuple, Event] = {}
    kept: list[Event] = []
    for event in events:
        key = (event.date.start, event.date.end, event.summary)
        if key in seen:
            continue
        seen[key] = event
        base, n = event.id, 2
        while any(other.id == event.id for other in kept):
            event.id, n = f"{base}-{n}", n + 1
        kept.append(event)
    return kept
