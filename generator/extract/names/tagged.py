"""The statistical tagger's names, where the gazetteer and the rules found nothing or less."""

from __future__ import annotations

from generator.extract import ner
from generator.extract.cast import Key, Mention, surface
from generator.extract.names.people import before_person, persons_in, trim
from generator.extract.names.places import located, place, place_head
from generator.extract.names.scan import Scan, Tokens


def tagged(scan: Scan, tokens: Tokens, found: list[Mention]) -> list[Mention]:
    """Add names the statistical tagger finds where the gazetteer and the rules found nothing.

    A name it finds may contain a shorter known place ("Palang Merah Indonesia", "Padang Sidempuan"):
    the longer name wins.
    """
    added: list[Mention] = []
    for start, end, kind in ner.spans(scan.labels):
        start, end = trim(scan, tokens, start, end, kind)
        inside = [m for m in found if m.start < end and start < m.end]
        found, inside, end = longer_name_wins(scan, found, inside, start, end, kind)
        if (
            start >= end
            or inside
            or not tokens[start].capitalised
            or (start == 0 and end - start == 1)
            or (end - start == 1 and scan.lex.ordinary(tokens[start].text))
        ):
            continue
        for mention in reading_of(scan, tokens, start, end, kind, found + added):
            scan.record(mention)  # at once: a person named here ends a later span's body ("FBI Kash Patel")
            added.append(mention)
    return found + added


def longer_name_wins(
    scan: Scan, found: list[Mention], inside: list[Mention], start: int, end: int, kind: str
) -> tuple[list[Mention], list[Mention], int]:
    """Which readings the tagger's span (start, end) replaces: the names inside it it is longer than."""
    places_inside = all(
        start <= m.start and m.end <= end and m.key.is_entry and scan.cast.entries[m.key.name].is_place for m in inside
    )
    if kind != "PERSON" and inside and places_inside and end - start > max(m.end - m.start for m in inside):
        return [m for m in found if m not in inside], [], end
    if (
        kind == "PERSON"
        and end - start > 1
        and inside
        and all(start < m.start and m.end - m.start == 1 and inside_name(scan, m) for m in inside)
    ):
        return [m for m in found if m not in inside], [], end  # "Gibran Rakabuming Raka" holds no town "Raka"
    if (
        kind == "ORGANISATION"
        and inside
        and min(m.start for m in inside) > start
        and all(m.key.is_person for m in inside)
    ):
        return found, [], min(m.start for m in inside)  # "FBI Kash Patel": the body ends at the name
    return found, inside, end


def reading_of(scan: Scan, tokens: Tokens, start: int, end: int, kind: str, found: list[Mention]) -> list[Mention]:
    """What a tagged span names: persons, a place, or an organisation."""
    if kind == "PERSON":
        return persons_in(scan, tokens, start, end)
    if not all(t.word or t.text == "-" for t in tokens[start:end]):
        return []
    if kind == "ORGANISATION" and place_head(scan, tokens, start, end):  # "Jakarta International Stadium"
        return [place(scan, tokens, start, end)]
    if kind == "ORGANISATION":
        end = before_person(scan, tokens, start, end)  # "FBI Kash Patel": the body, then its head
        name = surface(tokens, start, end)
        return [Mention(Key.org(name), name, start, end)]
    return [place(scan, tokens, start, end)] if located(scan, tokens, start, end, found) else []


def inside_name(scan: Scan, mention: Mention) -> bool:
    """A one-word town or region that a tagged person's name may hold as one of its words."""
    entry = scan.cast.entries.get(mention.key.name) if mention.key.is_entry else None
    return bool(entry and entry.kind in ("city", "region"))
