"""Article -> Story: run every extractor over the article's sentences and assemble plain data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from generator.data import words
from generator.data.leaning import leaning
from generator.extract.cast import Cast, Ids, Key, Mention
from generator.extract.dates import DateMention, find_dates
from generator.extract.digest import digest
from generator.extract.events import background_paragraphs, make_event, names_a_thing
from generator.extract.figures import find_figures
from generator.extract.gazetteer import Entry, gazetteer
from generator.extract.glossary import find_terms
from generator.extract.names import find_cast
from generator.extract.quotes import Placed, find_quotes, quote_spans
from generator.extract.routes import find_routes
from generator.extract.text import Sentence, sentences
from generator.model.article import Article
from generator.model.ids import slugify
from generator.model.story import (
    Actor,
    Era,
    Event,
    Excerpt,
    Figure,
    Place,
    Quote,
    Story,
    date_key,
    place_in_eras,
)

COUNTRY_WINDOW = 12  # tokens before a person's name in which their country is looked for
QUOTE_REACH = 6000  # characters of a paragraph read at once for its quotes (the longest real one has 715)
FIGURES_PER_SENTENCE = 8  # each figure quotes its sentence: keep what one sentence can make bounded


@dataclass
class Work:
    """What the steps of extraction share: the article's sentences, the names found in them, the Story."""

    story: Story
    units: list[tuple[int, Sentence]] = field(default_factory=list)  # (index in paragraph, sentence)
    cast: Cast = field(default_factory=Cast)
    ids: Ids = field(default_factory=dict)  # each name's actor and place ids


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


def read_each_sentence(work: Work) -> None:
    """Dates, events, eras, figures, quotes, what each actor did, and routes."""
    read_sentences(work.story, work.cast, work.units, work.ids)


def list_short_forms(work: Work) -> None:
    work.story.glossary = find_terms(work.cast, work.story.article.language)


def pick_what_to_show(work: Work) -> None:
    """The glance, why it matters, what comes next, who says what."""
    digest(work.story, work.cast, work.units, work.ids)


# Extraction, in order: each step reads only what the steps before it wrote (tests/extract/test_steps.py).
STEPS = (
    Step(split_sentences, reads=("story.article",), writes=("units",)),
    Step(find_names, reads=("units",), writes=("cast",)),
    Step(make_actors_and_places, reads=("units", "cast"),
         writes=("story.actors", "story.places", "ids")),
    Step(read_each_sentence, reads=("units", "cast", "ids"),
         writes=("story.events", "story.eras", "story.figures", "story.quotes", "story.routes", "story.background",
                 "story.actors")),
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


def cast_into(story: Story, cast: Cast, units: list[tuple[int, Sentence]], language: str) -> Ids:
    """Turn mentions into Actors and Places, and map every mention key to their ids."""
    mentioned: dict[Key, list[int]] = {}
    acting: set[Key] = set()
    for (paragraph, _), found in cast.mentions.items():
        for mention in found:
            mentioned.setdefault(mention.key, []).append(paragraph)
            if mention.acts:
                acting.add(state_key(mention.key, cast))
    ids: Ids = {}
    vocab = words(language)
    things = named_things(cast, units, vocab["thing_words"], vocab["locatives"])
    local = local_names(cast, units, {w.lower() for w in vocab["local_place_words"]})
    # Named only in a dateline or in a currency ("40.000 dolar AS"): not where the story happens.
    unplaced = dateline_only(cast, units) | named_things(cast, units, vocab["currency_words"], [])
    for key, paragraphs in mentioned.items():
        kind, name = key.kind, key.name
        actor_id = place_id = None
        if kind == "entry":
            entry = cast.entries[name]
            placed = entry.is_place and key not in unplaced
            place_id = add_place(story, entry, cast.surfaces[key], paragraphs, language) if placed else None
            if place_id and key in local:  # named, but not where the gazetteer's place of that name lies
                unlocate(story.places[-1])
            if entry.kind in ("organization", "state") or (entry.kind == "country" and key in acting):
                actor_id = add_entry_actor(story, entry, cast.surfaces[key], paragraphs, language)
        elif key not in things:
            actor_id = add_named_actor(story, cast, key, paragraphs, units)
        ids[key] = (actor_id, place_id)
    for key in acting - set(ids):
        ids[key] = (None, None)
    merge_same_names(story, ids, vocab["droppable_heads"], vocab["also_called"])
    for actor in story.actors:  # "Trump, also called Trump" says nothing
        actor.aliases = [alias for alias in actor.aliases if alias != actor.name]
    story.actors.sort(key=lambda a: (a.kind, a.paragraphs[0], a.name))
    story.places.sort(key=lambda p: (p.paragraphs[0], p.name))
    return ids


def merge_same_names(story: Story, ids: Ids, heads: list[str], also_called: str) -> None:
    """One name, one actor: an organisation named like a person ("Chaudhry") is that person, and "Demokrat"
    is "Partai Demokrat", "Senat" is "Senat Amerika Serikat" when both are organisations of the article
    (the shorter name is the longer without its head word or its country); a person "also known as" another
    name is one person."""
    people = {n: a for a in story.actors if a.kind == "person" for n in [a.name, *a.aliases]}
    countries = {a.name for a in story.actors if a.kind == "state"} | {
        p.name for p in story.places if p.kind == "country"
    }
    orgs = [a for a in story.actors if a.kind == "organization" and not a.curated]
    into: dict[str, Actor] = {}
    for org in orgs:
        if org.name in people:
            into[org.id] = people[org.name]
            continue
        longer = [other for other in orgs if other is not org and same_body(org.name, other.name, heads, countries)]
        if len(longer) == 1:  # "Kementerian Luar Negeri" beside two countries' ministries is neither
            into[org.id] = longer[0]
    into.update(known_as(story, people, also_called))
    for gone, kept in into.items():
        actor = story.actor(gone)
        assert actor is not None
        kept.paragraphs = sorted(set(kept.paragraphs) | set(actor.paragraphs))
        if actor.name != kept.name and actor.name not in kept.aliases:
            kept.aliases = sorted({*kept.aliases, actor.name})
    story.actors = [a for a in story.actors if a.id not in into]
    for key, (actor_id, place_id) in ids.items():
        if actor_id in into:
            ids[key] = (into[actor_id].id, place_id)


def known_as(story: Story, people: dict[str, Actor], also: str) -> dict[str, Actor]:
    """ "al-Rufay'i, yang juga dikenal sebagai Abu Khadija": the second name is the first person's alias."""
    surnames: dict[str, list[Actor]] = {}
    for actor in {id(a): a for a in people.values()}.values():
        surnames.setdefault(actor.name.split()[-1], []).append(actor)
    people = {**{n: found[0] for n, found in surnames.items() if len(found) == 1}, **people}  # "al-Rufay'i"
    names = sorted(people, key=len, reverse=True)
    if not names:
        return {}
    name = "|".join(re.escape(n) for n in names)
    merged: dict[str, Actor] = {}
    for paragraph in story.article.paragraphs:
        for match in re.finditer(rf"(?<!\w)({name}),?\s+(?:{also})\s+({name})(?!\w)", paragraph.text):
            first, second = people[match.group(1)], people[match.group(2)]
            if first is not second and first.id not in merged:
                merged[second.id] = first
    return merged


def same_body(short: str, long: str, heads: list[str], countries: set[str]) -> bool:
    """ "Demokrat" is "Partai Demokrat" (a head word the name may drop); "Senat" is "Senat Amerika Serikat"."""
    if not long.startswith(short + " ") and not long.endswith(" " + short):
        return False
    rest = long.removeprefix(short).strip() if long.startswith(short + " ") else long.removesuffix(short).strip()
    return rest in heads or rest in countries


def unlocate(place: Place) -> None:
    """Keep the name the article uses, drop what the gazetteer said of another place of that name."""
    place.kind, place.country, place.lat, place.lon, place.line = "site", None, None, None, None
    place.description, place.source, place.aliases = None, None, []


DATELINE_MOST = 8  # tokens before the dash of "WASHINGTON, D.C. —" or "JAKARTA, KOMPAS.com -"


def dateline_only(cast: Cast, units: list[tuple[int, Sentence]]) -> set[Key]:
    """Places named only in the dateline ("JAKARTA —"): where the report was filed, not where it happens."""
    if not units:
        return set()
    first = units[0][1]
    dash = next((k for k, t in enumerate(first.tokens[:DATELINE_MOST]) if t.text in ("—", "–", "-")), None)
    if not dash or not first.tokens[0].text.isupper():
        return set()
    inside = {m.key for m in cast.mentions.get((first.paragraph, 0), []) if m.end <= dash}
    elsewhere = {
        m.key for at, found in cast.mentions.items() for m in found if at != (first.paragraph, 0) or m.end > dash
    }
    return inside - elsewhere


def local_names(cast: Cast, units: list[tuple[int, Sentence]], local_words: set[str]) -> set[Key]:
    """Gazetteer names the article always follows with a word for a local place ("the San Antonio
    neighborhood", "Glasgow Central station"): a neighbourhood or a station, not the city of that name."""
    always: dict[Key, bool] = {}
    for mention, tokens in mentions_in_sentences(cast, units):
        after = tokens[mention.end].text.lower() if mention.end < len(tokens) else ""
        always[mention.key] = always.get(mention.key, True) and after in local_words
    return {key for key, local in always.items() if local and key.is_entry}


def mentions_in_sentences(cast: Cast, units: list[tuple[int, Sentence]]) -> Iterator[tuple[Mention, tuple]]:
    """Every mention with the tokens of its sentence, for rules that read the words around a name."""
    for found in cast.mentions.values():
        for mention in found:
            assert mention.sentence is not None
            yield mention, mention.sentence.tokens


def named_things(
    cast: Cast, units: list[tuple[int, Sentence]], thing_words: list[str], locatives: list[str]
) -> set[Key]:
    """Names that follow a word for a thing wherever they stand ("platform Truth Social", "kapal Sewol",
    "the newspaper Kompas"): a platform, a vehicle or a publication is not an actor."""
    heads = {tuple(w.lower().split()) for w in thing_words}
    places = {(w,) for w in locatives}
    seen: dict[Key, set[str]] = {}  # how each name was preceded: "thing", "place", "other"
    for mention, tokens in mentions_in_sentences(cast, units):
        before = tuple(t.text.lower() for t in tokens[max(0, mention.start - 2) : mention.start])
        thing = any(before[-len(h) :] == h for h in heads if len(before) >= len(h))
        where = "thing" if thing else "place" if before[-1:] in places else "other"
        seen.setdefault(mention.key, set()).add(where)
    # "di Truth Social" alone could be a venue; with "platform Truth Social" beside it, it is the platform.
    return {key for key, how in seen.items() if "thing" in how and "other" not in how}


def state_key(key: Key, cast: Cast) -> Key:
    """A capital that acts ("Moskow telah menggagalkan") stands for its state."""
    entry = cast.entries.get(key.name) if key.is_entry else None
    if entry and entry.kind == "city" and entry.capital and entry.country:
        return Key.entry(f"country-{entry.country.lower()}")
    return key


def add_place(story: Story, entry: Entry, surfaces: list[str], paragraphs: list[int], language: str) -> str:
    own = entry.names.get(language)
    name = own[0] if own else surfaces[0]
    place = Place(
        id=slugify(name),
        name=name,
        kind=entry.kind if entry.kind != "state" else "country",
        aliases=sorted((set(surfaces) | set(entry.names.get("en", [])[:1])) - {name}),
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        paragraphs=sorted(set(paragraphs)),
        line=entry.line,
        description=entry.description.get(language),
        source=entry.source,
    )
    story.places.append(place)
    return place.id


def add_entry_actor(story: Story, entry: Entry, surfaces: list[str], paragraphs: list[int], language: str) -> str:
    name = entry.name(language)
    kind = "organization" if entry.kind == "organization" else "state"
    country = entry.country if kind == "state" or entry.country else None
    story.actors.append(
        Actor(
            id=slugify(name),
            name=name,
            kind=kind,
            aliases=sorted(set(surfaces) - {name}),
            country=country,
            paragraphs=sorted(set(paragraphs)),
        )
    )
    return slugify(name)


def add_named_actor(
    story: Story, cast: Cast, key: Key, paragraphs: list[int], units: list[tuple[int, Sentence]]
) -> str:
    kind, name = key.kind, key.name
    if kind == "person":
        person = cast.persons[name]
        actor = Actor(
            id=slugify(name),
            name=name,
            kind="person",
            aliases=sorted(person.aliases),
            role=person.role,
            country=person_country(cast, key, units, clause_breaks(story.article.language)),
            paragraphs=sorted(set(paragraphs)),
        )
    else:
        actor = Actor(
            id=slugify(name),
            name=name,
            kind="organization",
            country=cast.organizations.get(name),
            aliases=sorted(set(cast.surfaces.get(key, [])) - {name}),
            paragraphs=sorted(set(paragraphs)),
        )
    story.actors.append(actor)
    return actor.id


def clause_breaks(language: str) -> set[str]:
    vocab = words(language)
    return {w.lower() for w in vocab["claim_verbs"] + vocab["clause_breaks"]}


def person_country(cast: Cast, key: Key, units: list[tuple[int, Sentence]], breaks: set[str]) -> str | None:
    """The country named nearest before a person's first mention: "delegasi Rusia yang dipimpin oleh ...",
    unless a verb of saying or "bahwa" stands between them."""
    for index, sentence in units:
        found = cast.mentions[(sentence.paragraph, index)]
        first = next((m for m in found if m.key == key), None)
        if first:
            near = [m for m in found if m.end <= first.start and first.start - m.end <= COUNTRY_WINDOW]
            # "pejabat dari Amerika mengatakan bahwa … dipimpin oleh X": a report in between is someone else's
            near = [m for m in near if not {t.text.lower() for t in sentence.tokens[m.end : first.start]} & breaks]
            for mention in reversed(near):
                country = mention_country(cast, mention)
                if country:
                    return country
            return None
    return None


def mention_country(cast: Cast, mention: Mention) -> str | None:
    kind, name = mention.key.kind, mention.key.name
    if kind == "entry":
        return cast.entries[name].country
    return mention.country if kind == "org" else None


def read_sentences(story: Story, cast: Cast, units: list[tuple[int, Sentence]], ids: Ids) -> None:
    """Events, quotes, figures and what each actor did, sentence by sentence."""
    article, language = story.article, story.article.language
    dated_paragraphs: dict[int, list[DateMention]] = {}
    eras: dict[str, Era] = {}
    figures_seen: set[tuple[str, int]] = set()
    for index, sentence in units:
        found = cast.mentions[(sentence.paragraph, index)]
        quoted = quote_spans(sentence.text)
        # "saya berdiri di hadapan Anda hari ini", "… by 2049": a quotation's dates are the speaker's, not events
        dates = [
            d
            for d in find_dates(sentence.text, language, article.published)
            if not any(a <= d.start < b for a, b in quoted)
        ]
        dated_paragraphs.setdefault(sentence.paragraph, []).extend(dates)
        for date in dates:
            if date.origin:  # "peringatan 70 tahun": a duration, so a figure too
                number = re.search(r"\d+", date.text)
                assert number, date.text  # the origin pattern reads a number of years
                story.figures.append(
                    Figure(
                        text=date.text,
                        value=int(number.group()),
                        unit=date.text[number.end() :].strip(),
                        paragraph=sentence.paragraph,
                        context=sentence.text.strip(),
                    )
                )
            event, era = make_event(sentence, date, found, ids, language)
            # "Perang Korea 1950-1953" is an era's own entry; a whole sentence is an event only if it is dated
            event.named_only = event.summary == sentence.text.strip() and names_a_thing(sentence, date, language)
            story.events.append(event)
            if era:
                eras.setdefault(era.id, era)
        spans = [(d.start, d.end) for d in dates]
        for text, value, unit in find_figures(sentence, language, spans)[:FIGURES_PER_SENTENCE]:
            if (text, sentence.paragraph) in figures_seen:
                continue  # "tiga kabupaten … tiga kabupaten": one figure, said twice
            figures_seen.add((text, sentence.paragraph))
            story.figures.append(
                Figure(text=text, value=value, unit=unit, paragraph=sentence.paragraph, context=sentence.text.strip())
            )
        record_deeds(story, sentence, found, ids, language)
        find_routes(story, cast, sentence, found, ids)
    for quote in find_quotes(placed_mentions(article, cast, units), cast, language):
        who = quote.speaker
        who_id = (ids[who.key][0] or ids[who.key][1]) if who and who.key in ids else None
        story.quotes.append(Quote(text=quote.text, speaker=who_id, paragraph=quote.paragraph))
    story.eras = sorted(eras.values(), key=lambda era: (era.start, era.id))
    story.events = dedupe_events(sorted(story.events, key=date_key))
    place_in_eras(story.events, story.eras)
    texts = {p.n: p.text for p in article.paragraphs if not p.heading}
    story.background = background_paragraphs(dated_paragraphs, texts, language, article.published)


def placed_mentions(
    article: Article, cast: Cast, units: list[tuple[int, Sentence]]
) -> list[tuple[int, str, list[Placed]]]:
    """Each paragraph's text with its mentions placed by character offset, for quotes that span sentences.

    A paragraph longer than QUOTE_REACH is read in pieces of whole sentences: who speaks is always found
    near the quote, and reading a run-on paragraph whole for each of its quotes would take hours."""
    placed: dict[int, list[Placed]] = {}
    starts: dict[int, list[int]] = {}
    for index, sentence in units:
        starts.setdefault(sentence.paragraph, []).append(sentence.start)
        for mention in cast.mentions[(sentence.paragraph, index)]:
            placed.setdefault(sentence.paragraph, []).append(Placed(*mention.chars, mention))
    pieces = []
    for p in (p for p in article.paragraphs if not p.heading):
        found = sorted(placed.get(p.n, []), key=lambda x: x.start)
        for a, b in reach(starts.get(p.n, [0]), len(p.text)):
            pieces.append(
                (p.n, p.text[a:b], [Placed(m.start - a, m.end - a, m.mention) for m in found if a <= m.start < b])
            )
    return pieces


def reach(starts: list[int], length: int) -> list[tuple[int, int]]:
    """Spans of whole sentences, each at most QUOTE_REACH characters unless one sentence is longer."""
    spans, first = [], 0
    for start in starts[1:]:
        if start - first > QUOTE_REACH:
            spans.append((first, start))
            first = start
    return [*spans, (first, length)]


def record_deeds(story: Story, sentence: Sentence, found: list[Mention], ids: Ids, language: str) -> None:
    """What an actor did: the whole sentence, listed under the actor that is its subject and acts.

    Not under a name that is the object of a verb ("menuduh Korea Utara"), the agent of a passive ("oleh
    AS"), or inside what someone else says ("… menegaskan bahwa Barat yang dipimpin oleh AS …").
    """
    vocab = words(language)
    if leaning(language).points_back(sentence.text):
        return  # "China exercised this right …": shown under China alone, "this right" would be nobody's
    subjects = [m for m in found if m.acts and is_subject(sentence, m, found, vocab)]
    for mention in found:
        actor_id = ids[mention.key][0] if mention.key in ids else None
        actor = story.actor(actor_id) if actor_id else None
        if not actor or mention not in subjects or planned(sentence, mention, vocab):
            continue
        if not sharing(sentence, subjects[: subjects.index(mention) + 1], vocab):
            continue  # "Namun Anies akan …, sementara Prabowo …": the sentence is the first subject's
        text = sentence.text.strip()
        if all(deed.text != text for deed in actor.did):
            actor.did.append(Excerpt(text=text, paragraph=sentence.paragraph))


def joiners(vocab: dict) -> set[str]:
    """What joins two names into one clause's subjects: "Rusia dan China mengirim", "Russia, China"."""
    return {*vocab["and_words"], ","}


def sharing(sentence: Sentence, subjects: list[Mention], vocab: dict) -> bool:
    """Do these subjects, in order, share one clause ("Rusia dan China mengirim …")?"""
    return all(
        later.start == earlier.end + 1 and sentence.tokens[earlier.end].text.lower() in joiners(vocab)
        for earlier, later in pairwise(subjects)
    )


def planned(sentence: Sentence, mention: Mention, vocab: dict) -> bool:
    """ "Senat akan meloloskan …", "X will vote": what is yet to happen is not yet something the actor did."""
    after = [t.text.lower() for t in sentence.tokens[mention.end : mention.end + 3]]
    return any(word in vocab["future_markers"] for word in after)


def is_subject(sentence: Sentence, mention: Mention, found: list[Mention], vocab: dict) -> bool:
    """Does the name open its clause (after nothing, a comma or a conjunction), outside reported speech?"""
    joined = [m for m in found if mention.start and m.end == mention.start - 1]
    if joined and sentence.tokens[mention.start - 1].text.lower() in joiners(vocab):
        return is_subject(sentence, joined[0], found, vocab)  # "Rusia dan China mengirim": as the name before
    titles = {w.lower() for t in vocab["titles"] + vocab["role_nouns"] for w in t.split()}
    titles -= set(vocab["number_words"])  # "Satu Demokrat" is one member; "Letnan Satu" lends it no title
    k = mention.start
    while k and sentence.tokens[k - 1].text.lower().rstrip(".") in titles:  # "Menteri Pertahanan Shoigu"
        k -= 1
    before = sentence.tokens[k - 1].text.lower() if k else ""
    if before in vocab["subordinators"]:
        return False  # the subject of "meskipun …", "after …": a clause that hangs on the main one
    if before and before not in vocab["subject_openers"] and before not in ",;:(—–":
        return False  # after a noun, the name belongs to it: "media pemerintah Korea Utara melaporkan"
    head = sentence.text[: sentence.tokens[k].start]
    speech = "|".join(re.escape(v) for v in vocab["quote_verbs"])
    # After a verb of saying, with or without "bahwa", the rest of the sentence is what was said.
    return not re.search(rf"[“\"]|(?<!\w)(?:{speech})(?:nya)?(?!\w)", head, re.IGNORECASE)


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
