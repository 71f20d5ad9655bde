"""Places: names the gazetteer knows, and unknown names with evidence of being a place."""

from __future__ import annotations

from collections.abc import Sequence

from generator.data import words
from generator.extract import ner
from generator.extract.cast import Key, Mention, surface
from generator.extract.gazetteer import Entry
from generator.extract.names.scan import Scan, Tokens
from generator.model.ids import slugify


def known(scan: Scan, tokens: Tokens, i: int) -> tuple[int, Entry | None]:
    """The longest gazetteer name starting at token i, and its entry."""
    if not (tokens[i].capitalised and tokens[i].word):
        return 0, None
    for length in range(min(scan.gazetteer.longest, len(tokens) - i), 0, -1):
        words_ = tuple(t.text.rstrip(".") for t in tokens[i : i + length])
        entry = scan.gazetteer.lookup(words_, scan.countries)
        if not entry and length > 1 and words_[-1].islower():  # "Guatemala city" is Guatemala City
            entry = scan.gazetteer.lookup((*words_[:-1], words_[-1].capitalize()), scan.countries)
        if entry:
            return (length, entry) if length > 1 or one_word_place(scan, tokens, i, entry) else (0, None)
    return 0, None


def known_name(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """Reader: a name the gazetteer knows ("Korea Utara", "Pyongyang", "PBB")."""
    length, entry = known(scan, tokens, i)
    return Mention(Key.entry(entry.id), surface(tokens, i, i + length), i, i + length, entry=entry) if entry else None


def one_word_place(scan: Scan, tokens: Tokens, i: int, entry: Entry) -> bool:
    """A one-word name needs evidence when it is also an ordinary word ("Kita", "Lima"), when it is only
    another name of a place ("Para" for Belém), or when the place lies in no country the article names."""
    word = tokens[i].text.rstrip(".")
    if entry.kind in ("country", "state", "organization") or (
        word.isupper() and len(word) > 1 and entry.kind != "city"
    ):
        return True
    if scan.gazetteer.only_alternate(entry, (word,)):
        return entry.country in scan.named_countries and word.lower() not in scan.lex.common
    if word.lower() in scan.lex.common or (
        entry.country and entry.country not in scan.named_countries and not entry.capital
    ):
        return located(scan, tokens, i, i + 1)
    return True


def place_named(scan: Scan, word: str) -> bool:
    """Is this word a place the article has already named ("Provinsi Baluchistan" before "… Baluchistan X")?"""
    return any(
        entry.is_place and any(word in names for names in entry.names.values()) for entry in scan.cast.entries.values()
    )


def place_head(scan: Scan, tokens: Tokens, start: int, end: int) -> bool:
    """Does a name begin (Indonesian "Stadion Utama …") or end (English "… Stadium") with a place's head word?"""
    return tokens[start].text in scan.lex.vocab["place_heads"] or tokens[end - 1].text in words("en")["place_heads"]


def place(scan: Scan, tokens: Tokens, start: int, end: int) -> Mention:
    """A tagged place: a known one after its head word ("Kabupaten Cianjur" is Cianjur), else a new one."""
    vocab = scan.lex.vocab
    name = surface(tokens, start, end)
    head = 1 if tokens[start].text in vocab["place_heads"] else 0
    length, entry = known(scan, tokens, start + head)
    if entry and start + head + length == end:
        return Mention(Key.entry(entry.id), name, start, end, entry=entry)
    # "Kota Solo" is Solo, but "Stadion Utama Gelora Bung Karno" keeps its head: the head is in its name.
    area = tokens[start].text.lower() in vocab["place_prepositions"]
    own = surface(tokens, start + head, end) if head and area and end - start > 1 else name
    entry_id = f"unknown-{slugify(own)}"
    entry = scan.cast.entries.get(entry_id) or Entry(id=entry_id, kind="place", names={scan.lex.language: [own]})
    return Mention(Key.entry(entry.id), name, start, end, entry=entry)


def located(scan: Scan, tokens: Tokens, start: int, end: int, found: Sequence[Mention] = ()) -> bool:
    """An unknown place needs evidence: "di/ke/dari X", a head word such as Kota or Pulau, a name that
    DBpedia knows as a place, or a place before it in a list ("Purworejo, Banjarnegara, dan Kebumen")."""
    vocab = scan.lex.vocab
    before = tokens[start - 1].text.lower() if start else ""
    if before in vocab["place_prepositions"] or (tokens[start].text in vocab["place_heads"] and end - start > 1):
        return True
    words_ = tuple(t.text for t in tokens[start:end])
    if ner.is_known_name(words_, "place") and (len(words_) > 1 or not scan.lex.ordinary(words_[0])):
        return True
    k = start - 1
    while k >= 0 and tokens[k].text.lower() in (",", *vocab["list_joiners"]):
        k -= 1
    return k < start - 1 and any(
        m.end == k + 1 and m.key.is_entry and scan.cast.entries[m.key.name].is_place for m in found
    )


def after_locatives(scan: Scan, tokens: Tokens, found: list[Mention]) -> list[Mention]:
    """ "di Anbar", "dekat Sibi", "in Kendal": a capitalised name after a locative word that no other reading
    claims is a place, unless it is an ordinary word, a date, a known person's or body's name."""
    lex, taken = scan.lex, {k for m in found for k in range(m.start, m.end)}
    added = []
    for k in range(1, len(tokens)):
        if tokens[k - 1].text.lower() not in lex.vocab["locatives"] or k in taken:
            continue
        end = k
        while (
            end < len(tokens)
            and end - k < 3
            and end not in taken
            and tokens[end].word
            and tokens[end].capitalised
            and scan.labels[end] == "O"
            and not lex.ordinary(tokens[end].text)
        ):
            end += 1
        words_ = tuple(t.text for t in tokens[k:end])
        if (
            not words_
            or any((w,) in lex.org_heads or (w,) in lex.titles or w in lex.institutions for w in words_)
            or (end < len(tokens) and tokens[end].capitalised)
        ):
            continue
        if ner.is_known_name(words_, "person") or ner.is_known_name(words_, "organization"):
            continue
        if lex.rules["known_place_after_locative"] and not ner.is_known_name(words_, "place"):
            continue  # "in English", "at Reuters": English needs the name to be a known place
        mention = place(scan, tokens, k, end)
        scan.record(mention)
        added.append(mention)
        taken.update(range(k, end))
    return sorted(found + added, key=lambda m: (m.start, -m.end))
