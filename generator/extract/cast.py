"""Who and where an article names: mentions in sentences, the people found, and passes over them all."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.gazetteer import Entry, Gazetteer
from generator.extract.text import Sentence, Token, name_key

MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class Key:
    """What a mention names: a gazetteer entry by its id, or a person or an organisation by its name."""

    kind: str  # entry | person | org
    name: str

    @classmethod
    def entry(cls, entry_id: str) -> Key:
        return cls("entry", entry_id)

    @classmethod
    def person(cls, name: str) -> Key:
        return cls("person", name)

    @classmethod
    def org(cls, name: str) -> Key:
        return cls("org", name)

    @property
    def is_entry(self) -> bool:
        return self.kind == "entry"

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_org(self) -> bool:
        return self.kind == "org"

    @property
    def is_country(self) -> bool:
        return self.kind == "entry" and self.name.startswith("country-")


Ids = dict[Key, tuple[str | None, str | None]]  # what a key names on the page: (actor id, place id)


@dataclass
class Mention:
    """A name in a sentence, resolved to what it names: a span of the sentence's tokens."""

    key: Key
    surface: str
    start: int  # token index in the sentence
    end: int
    acts: bool = False
    country: str | None = None  # of an organisation, read from its name
    entry: Entry | None = field(default=None, compare=False, repr=False)  # the place it names, for the Cast's writer
    sentence: Sentence | None = field(default=None, compare=False, repr=False)  # set once the article is read

    @property
    def chars(self) -> tuple[int, int]:
        """Where the name stands in its paragraph's text, by character."""
        assert self.sentence is not None  # set by find_cast, once the article is read
        tokens, base = self.sentence.tokens, self.sentence.start
        return base + tokens[self.start].start, base + tokens[self.end - 1].end


@dataclass
class Person:
    name: str
    role: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass
class Cast:
    """Who and where: entities found, and the mentions of each sentence."""

    mentions: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)  # (paragraph, sentence)
    persons: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, str | None] = field(default_factory=dict)  # name -> country
    entries: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[Key, list[str]] = field(default_factory=dict)  # key -> surface forms, in order
    acronyms: dict[str, Key] = field(default_factory=dict)  # short form in brackets -> mention key


def phrase_index(phrases: list[str]) -> dict[tuple[str, ...], str]:
    return {name_key(phrase): phrase for phrase in phrases}


def match_phrase(tokens: tuple[Token, ...], i: int, index: dict[tuple[str, ...], str]) -> int:
    """Length of the longest phrase of `index` starting at token i, or 0."""
    for length in range(min(4, len(tokens) - i), 0, -1):
        if tuple(t.text.rstrip(".") for t in tokens[i : i + length]) in index:
            return length
    return 0


def capital_run(tokens: tuple[Token, ...], i: int, limit: int = MAX_NAME_TOKENS) -> int:
    """How many capitalised word tokens start at i (a name's length)."""
    n = 0
    while i + n < len(tokens) and n < limit and tokens[i + n].word and tokens[i + n].capitalised:
        n += 1
    return n


def surface(tokens: tuple[Token, ...], start: int, end: int) -> str:
    text = ""
    for k in range(start, end):
        gap = tokens[k].start - tokens[k - 1].end if k > start else 0
        text += (" " if gap else "") + tokens[k].text
    return text


def resolve_short_names(cast: Cast, sentences: list[tuple[int, Sentence]], familiar: list[str]) -> None:
    """'Kim' or 'Shoigu' alone is the one known person whose name has that word, if only one does."""
    full = [name for name in cast.persons if len(name.split()) > 1]
    for name in [n for n in full if len(n.split()) == 2 and n.split()[0] in familiar]:
        owners = [other for other in full if other != name and nickname_of(name.split()[1], other)]
        if len(owners) == 1:
            merge_person(cast, name, owners[0])
            full.remove(name)
    for short in [name for name in list(cast.persons) if len(name.split()) == 1]:
        owners = [name for name in full if short in name_parts(name)]
        if len(owners) == 1:
            merge_person(cast, short, owners[0])
    owned: dict[str, list[str]] = {}  # a word -> the persons it may name alone, worked out once
    for name in full:
        for part in name_parts(name):
            owned.setdefault(part, []).append(name)
    for name in cast.persons:
        if len(name.split()) == 1:
            owned.setdefault(name, []).append(name)
    for index, sentence in sentences:
        found = cast.mentions[(sentence.paragraph, index)]
        taken = {k for m in found for k in range(m.start, m.end)}
        for k, token in enumerate(sentence.tokens):
            owners = owned.get(token.text, [])
            named = token.capitalised or token.text.partition("-")[2][:1].isupper()  # "al-Rufay'i"
            if k not in taken and named and len(token.text) > 1 and len(owners) == 1:
                found.append(Mention(Key.person(owners[0]), token.text, k, k + 1))
                cast.persons[owners[0]].aliases.add(token.text)
        found.sort(key=lambda m: m.start)


def nickname_of(nickname: str, name: str) -> bool:
    """ "Cak Imin" is Muhaimin Iskandar: a familiar name is often the end of one of the person's names."""
    return len(nickname) >= 3 and any(
        len(part) > len(nickname) + 1 and part.lower().endswith(nickname.lower()) for part in name.split()
    )


def name_parts(name: str) -> set[str]:
    """The words by which a person may be named alone: "Sudani" and "al-Sudani" for "Mohammed Shia al-Sudani"."""
    words = name.split()
    return set(words) | {w.split("-", 1)[1] for w in words if "-" in w and w[:1].islower()}


def merge_person(cast: Cast, short: str, full: str) -> None:
    person = cast.persons.pop(short)
    target = cast.persons[full]
    target.aliases.add(short)
    target.role = target.role or person.role
    for found in cast.mentions.values():
        for mention in found:
            if mention.key == Key.person(short):
                mention.key = Key.person(full)


def find_borders(cast: Cast, sentences: list[tuple[int, Sentence]], gazetteer: Gazetteer, vocab: dict) -> None:
    """ "perbatasan antara Korea Utara dan Korea Selatan" names the border between two known countries."""
    borders = {frozenset(e.between): e for e in gazetteer.entries.values() if e.between}
    for index, sentence in sentences:
        found = cast.mentions[(sentence.paragraph, index)]
        for k, token in enumerate(sentence.tokens):
            if token.text.lower() not in vocab["border_words"]:
                continue
            near = [m for m in found if k < m.start <= k + 6 and m.key.is_country][:2]
            codes = frozenset(code for m in near if (code := cast.entries[m.key.name].country))
            if len(near) == 2 and codes in borders:
                entry = borders[codes]
                cast.entries[entry.id] = entry
                words = surface(sentence.tokens, k, near[1].end)
                found.append(Mention(Key.entry(entry.id), words, k, k + 1))
                # The article's words become an alias, so the paragraph is seen to name the border.
                cast.surfaces.setdefault(Key.entry(entry.id), []).extend([entry.name("en"), words])
        found.sort(key=lambda m: m.start)


def merge_enclitics(cast: Cast) -> None:
    """ "Partai Republiknya" (its Republican Party) is Partai Republik: the Indonesian -nya is not the name's."""
    renamed = {}
    for name in list(cast.organizations):
        if name.endswith("nya") and name[:-3] in cast.organizations:
            renamed[Key.org(name)] = Key.org(name[:-3])
            del cast.organizations[name]
    for name in list(cast.persons):
        if name.endswith("nya") and name[:-3] in cast.persons:
            renamed[Key.person(name)] = Key.person(name[:-3])
            del cast.persons[name]
    for found in cast.mentions.values():
        for mention in found:
            mention.key = renamed.get(mention.key, mention.key)
    for old in renamed:
        cast.surfaces.pop(old, None)


def split_trailing_persons(cast: Cast, sentences: list[tuple[int, Sentence]]) -> None:
    """ "Timnas Uzbekistan Timur Kapadze": a body whose name ends in the surname of a person named alone
    elsewhere ("kata Kapadze") ends before that person's two-word name."""
    singles = {name for name in cast.persons if len(name.split()) == 1}
    for body in list(cast.organizations):
        words = body.split()
        if len(words) < 3 or words[-1] not in singles or not words[-2][:1].isupper():
            continue
        person, rest = " ".join(words[-2:]), " ".join(words[:-2])
        cast.organizations.setdefault(rest, cast.organizations.pop(body))
        cast.persons.setdefault(person, Person(person))
        for index, sentence in sentences:
            found = cast.mentions[(sentence.paragraph, index)]
            for mention in [m for m in found if m.key == Key.org(body)]:
                mention.key, mention.end, mention.surface = Key.org(rest), mention.end - 2, rest
                found.append(Mention(Key.person(person), person, mention.end, mention.end + 2))
            found.sort(key=lambda m: m.start)
        surfaces = cast.surfaces.pop(Key.org(body), [])
        cast.surfaces.setdefault(Key.org(rest), []).extend(s for s in surfaces if s != body)
        cast.surfaces.setdefault(Key.org(rest), []).append(rest)
        cast.surfaces.setdefault(Key.person(person), []).append(person)
