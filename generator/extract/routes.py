"""Journeys the article reports: "Rusia dan China mengirim delegasi ... ke Korea Utara"."""

from __future__ import annotations

from generator.data import words
from generator.extract.cast import Cast, Ids, Key, Mention
from generator.extract.gazetteer import gazetteer
from generator.extract.text import Sentence
from generator.model.story import Route, Story


def find_routes(story: Story, cast: Cast, sentence: Sentence, found: list[Mention], ids: Ids) -> None:
    """A state that sends a delegation to a place: a route from its capital to the place's capital."""
    vocab = words(story.article.language)
    lower = [t.text.lower() for t in sentence.tokens]
    verb = next((i for i, w in enumerate(lower) if w in vocab["send_verbs"]), None)
    if verb is None or not any(w in vocab["delegation_nouns"] for w in lower[verb : verb + 6]):
        return
    to = next((i for i in range(verb, len(lower)) if lower[i] == vocab["towards"]), None)
    target = next((m for m in found if to is not None and m.start > to and ids.get(m.key, (0, 0))[1]), None)
    senders = [m for m in found if m.end <= verb and m.acts and m.key.is_country]
    if not target or not senders:
        return
    end = capital_place(story, cast, target.key, ids) or ids[target.key][1]
    for sender in senders:
        start = capital_place(story, cast, sender.key, ids) or ids[sender.key][1]
        actor = ids[sender.key][0]
        route_id = f"route-{start}-{end}"
        if start and end and start != end and not any(r.id == route_id for r in story.routes):
            story.routes.append(
                Route(
                    id=route_id,
                    name=f"{cast.entries[sender.key.name].name(story.article.language)}"
                    f" → {cast.entries[target.key.name].name(story.article.language)}",
                    points=[start, end],
                    actors=[actor] if actor else [],
                    paragraphs=[sentence.paragraph],
                )
            )


def capital_place(story: Story, cast: Cast, key: Key, ids: Ids) -> str | None:
    """The place id of the capital of a country mention, if the article names that capital too."""
    entry = cast.entries.get(key.name) if key.is_entry else None
    if not entry or entry.kind != "country" or not entry.country:
        return None
    capital = gazetteer(story.article.language).capital_of(entry.country)
    return ids.get(Key.entry(capital.id), (None, None))[1] if capital else None
