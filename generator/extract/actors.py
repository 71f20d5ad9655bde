"""The writer of actors and places: each name the article mentions becomes an Actor or a Place (or both),
one per thing named, with the paragraphs that name it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.data import words
from generator.extract.cast import Cast, Ids, Key, Mention
from generator.extract.gazetteer import Entry
from generator.extract.text import Sentence
from generator.model.ids import slugify
from generator.model.story import Actor, Place, Story

COUNTRY_WINDOW = 12  # tokens before a person's name in which their country is looked for


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
    things = named_things(cast, vocab["thing_words"], vocab["locatives"])
    local = local_names(cast, {w.lower() for w in vocab["local_place_words"]})
    # Named only in a dateline or in a currency ("40.000 dolar AS"): not where the story happens.
    unplaced = dateline_only(cast, units) | named_things(cast, vocab["currency_words"], [])
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


def local_names(cast: Cast, local_words: set[str]) -> set[Key]:
    """Gazetteer names the article always follows with a word for a local place ("the San Antonio
    neighborhood", "Glasgow Central station"): a neighbourhood or a station, not the city of that name."""
    always: dict[Key, bool] = {}
    for mention, tokens in mentions_in_sentences(cast):
        after = tokens[mention.end].text.lower() if mention.end < len(tokens) else ""
        always[mention.key] = always.get(mention.key, True) and after in local_words
    return {key for key, local in always.items() if local and key.is_entry}


def mentions_in_sentences(cast: Cast) -> Iterator[tuple[Mention, tuple]]:
    """Every mention with the tokens of its sentence, for rules that read the words around a name."""
    for found in cast.mentions.values():
        for mention in found:
            assert mention.sentence is not None
            yield mention, mention.sentence.tokens


def named_things(cast: Cast, thing_words: list[str], locatives: list[str]) -> set[Key]:
    """Names that follow a word for a thing wherever they stand ("platform Truth Social", "kapal Sewol",
    "the newspaper Kompas"): a platform, a vehicle or a publication is not an actor."""
    heads = {tuple(w.lower().split()) for w in thing_words}
    places = {(w,) for w in locatives}
    seen: dict[Key, set[str]] = {}  # how each name was preceded: "thing", "place", "other"
    for mention, tokens in mentions_in_sentences(cast):
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
