"""Find the actors and places of an article: known names, titled people, organisations."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Entry, Gazetteer
from .text import Sentence, Token, name_key, slugify, tokenize
from .vocabulary import words

MAX_NAME_TOKENS = 4


@dataclass
class Mention:
    """A name in a sentence, resolved to an entity key ("entry:<id>", "person:<name>", "org:<name>")."""
    key: str
    surface: str
    start: int  # token index in the sentence
    end: int
    acts: bool = False
    country: str | None = None  # of an organisation, read from its name


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
    surfaces: dict[str, list[str]] = field(default_factory=dict)  # key -> surface forms, in order


def phrase_index(phrases: list[str]) -> dict[tuple[str, ...], str]:
    return {name_key(phrase): phrase for phrase in phrases}


def match_phrase(tokens: tuple[Token, ...], i: int, index: dict[tuple[str, ...], str]) -> int:
    """Length of the longest phrase of `index` starting at token i, or 0."""
    for length in range(min(4, len(tokens) - i), 0, -1):
        if tuple(t.text.rstrip(".") for t in tokens[i:i + length]) in index:
            return length
    return 0


def capital_run(tokens: tuple[Token, ...], i: int, limit: int = MAX_NAME_TOKENS) -> int:
    """How many capitalised word tokens start at i (a name's length)."""
    n = 0
    while i + n < len(tokens) and n < limit and tokens[i + n].word and tokens[i + n].capitalised:
        n += 1
    return n


class Finder:
    """Scans sentences left to right; at each token the longest reading wins."""

    def __init__(self, gazetteer: Gazetteer, language: str):
        self.gazetteer, self.vocab = gazetteer, words(language)
        self.titles = phrase_index(self.vocab["titles"])
        self.role_nouns = phrase_index(self.vocab["role_nouns"])
        self.org_heads = phrase_index(self.vocab["organization_heads"])
        self.speech = {name_key(v) for v in self.vocab["speech_verbs"]}
        self.after = {name_key(v) for v in self.vocab["speech_verbs_after"]}
        self.hints = set(self.vocab["verb_hints"])
        self.language = language
        articles = "seorang|sebagai|yakni|yaitu" if language == "id" else "a|an|the"
        self.apposition = re.compile(
            rf"\b(?:{articles})\s+((?:[a-z][\w-]*\s+){{0,5}}[a-z][\w-]*),\s+((?:[A-Z][\w'’-]+\s?){{2,4}})")
        self.cast = Cast()

    def known(self, tokens: tuple[Token, ...], i: int) -> tuple[int, Entry | None]:
        if not (tokens[i].capitalised and tokens[i].word):
            return 0, None
        for length in range(min(self.gazetteer.longest, len(tokens) - i), 0, -1):
            entry = self.gazetteer.lookup(tuple(t.text.rstrip(".") for t in tokens[i:i + length]))
            if entry:
                return length, entry
        return 0, None

    def sentence(self, sentence: Sentence, index: int) -> None:
        tokens, found, i = sentence.tokens, [], 0
        self.appositions(sentence.text)
        while i < len(tokens):
            mention = self.read_at(tokens, i)
            if mention:
                found.append(mention)
                i = mention.end
            else:
                i += 1
        for mention in found:
            mention.acts = self.acts(tokens, mention, found)
            self.cast.surfaces.setdefault(mention.key, [])
            if mention.surface not in self.cast.surfaces[mention.key]:
                self.cast.surfaces[mention.key].append(mention.surface)
        self.cast.mentions[(sentence.paragraph, index)] = found

    def read_at(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        length, entry = self.known(tokens, i)
        org = self.organization(tokens, i)
        if org and org.end - i > length:
            self.cast.organizations.setdefault(org.surface, org.country)
            return org
        if entry:
            self.cast.entries[entry.id] = entry
            return Mention(f"entry:{entry.id}", surface(tokens, i, i + length), i, i + length)
        return self.titled_person(tokens, i) or self.speaking_person(tokens, i) or self.named_person(tokens, i)

    def named_person(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        """A name already known as a person (from an apposition) needs no title."""
        length = capital_run(tokens, i)
        for n in range(length, 1, -1):
            name = surface(tokens, i, i + n)
            if name in self.cast.persons:
                return Mention(f"person:{name}", name, i, i + n)
        return None

    def appositions(self, text: str) -> None:
        """"seorang pejabat tingkat menengah, Li Hongzhong": a role, a comma, then a person's name."""
        for match in self.apposition.finditer(text):
            name = match.group(2).strip()
            if not self.known(tokenize(name), 0)[0] and not match_phrase(tokenize(name), 0, self.org_heads):
                self.add_person(name, match.group(1))

    def organization(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        head = match_phrase(tokens, i, self.org_heads)
        if not head or not tokens[i].capitalised:
            return None
        end = i + head
        while end < len(tokens) and end - i < 8:
            length, _ = self.known(tokens, end)
            length = length or capital_run(tokens, end, 1)
            if not length:
                break
            end += length
        if end == i + head:
            return None
        name = surface(tokens, i, end)
        country = next((e.country for j in range(i, end) for e in [self.known(tokens, j)[1]] if e and e.country),
                       None)
        return Mention(f"org:{name}", name, i, end, country=country)

    def titled_person(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        title = match_phrase(tokens, i, self.titles) if tokens[i].capitalised else 0
        role = 0 if title else match_phrase(tokens, i, self.role_nouns)
        lead = title or role
        if not lead or i + lead >= len(tokens):
            return None
        start = i + lead
        if match_phrase(tokens, start, self.titles) or self.known(tokens, start)[0]:
            return None
        length = capital_run(tokens, start)
        if not length or (role and length < 2 and not self.is_short_name(tokens[start].text)):
            return None
        name = surface(tokens, start, start + length)
        self.add_person(name, surface(tokens, i, start))
        return Mention(f"person:{name}", surface(tokens, i, start + length), i, start + length)

    def speaking_person(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        """A two- or three-word capitalised name just before a verb of saying is a person."""
        length = capital_run(tokens, i, 3)
        if length < 2 or (i > 0 and tokens[i - 1].capitalised and tokens[i - 1].word):
            return None
        after = i + length
        while after < len(tokens) and tokens[after].text in self.hints:
            after += 1
        if after < len(tokens) and (tokens[after].text,) in self.speech:
            name = surface(tokens, i, i + length)
            self.add_person(name, None)
            return Mention(f"person:{name}", name, i, i + length)
        return None

    def is_short_name(self, word: str) -> bool:
        return any(word in name.split() for name in self.cast.persons)

    def add_person(self, name: str, role: str | None) -> None:
        person = self.cast.persons.setdefault(name, Person(name))
        if role and not person.role:
            person.role = role

    def acts(self, tokens: tuple[Token, ...], mention: Mention, found: list[Mention]) -> bool:
        """Does this name do something here: subject of a verb, or sender of a delegation?"""
        before = tokens[mention.start - 1].text.lower() if mention.start else ""
        if before in self.vocab["delegation_words"]:
            return True
        j = mention.end
        later = [m for m in found if m.start >= j]
        while j < len(tokens) and (tokens[j].text in self.hints or tokens[j].text in ("dan", "and", "maupun")
                                   or tokens[j].text.startswith("sama")):
            if tokens[j].text in ("dan", "and", "maupun") and later and later[0].start == j + 1:
                j = later[0].end
                later = later[1:]
                continue
            j += 1
        if j >= len(tokens) or not tokens[j].word or tokens[j].capitalised:
            return False
        verb = tokens[j].text
        if self.language == "id":
            return bool(re.match(r"(me|ber|mem|men|meng|meny)\w{3,}$", verb)) or (verb,) in self.speech
        return verb in self.hints or verb.endswith("ed") or (verb,) in self.speech


def surface(tokens: tuple[Token, ...], start: int, end: int) -> str:
    text = ""
    for k in range(start, end):
        gap = tokens[k].start - tokens[k - 1].end if k > start else 0
        text += (" " if gap else "") + tokens[k].text
    return text


def resolve_short_names(cast: Cast, sentences: list[tuple[int, Sentence]]) -> None:
    """'Kim' or 'Shoigu' alone is the one known person whose name has that word, if only one does."""
    full = [name for name in cast.persons if len(name.split()) > 1]
    for short in [name for name in list(cast.persons) if len(name.split()) == 1]:
        owners = [name for name in full if short in name.split()]
        if len(owners) == 1:
            merge_person(cast, short, owners[0])
    for index, sentence in sentences:
        found = cast.mentions[(sentence.paragraph, index)]
        taken = {k for m in found for k in range(m.start, m.end)}
        for k, token in enumerate(sentence.tokens):
            owners = [name for name in full if token.text in name.split()]
            if k not in taken and token.capitalised and len(token.text) > 1 and len(owners) == 1:
                found.append(Mention(f"person:{owners[0]}", token.text, k, k + 1))
                cast.persons[owners[0]].aliases.add(token.text)
        found.sort(key=lambda m: m.start)


def merge_person(cast: Cast, short: str, full: str) -> None:
    person = cast.persons.pop(short)
    target = cast.persons[full]
    target.aliases.add(short)
    target.role = target.role or person.role
    for found in cast.mentions.values():
        for mention in found:
            if mention.key == f"person:{short}":
                mention.key = f"person:{full}"


def find_cast(sentences: list[tuple[int, Sentence]], gazetteer: Gazetteer, language: str) -> Cast:
    """All mentions in all sentences; (index, sentence) pairs are numbered within their paragraph."""
    finder = Finder(gazetteer, language)
    for index, sentence in sentences:
        finder.sentence(sentence, index)
    resolve_short_names(finder.cast, sentences)
    find_borders(finder.cast, sentences, gazetteer)
    return finder.cast


BORDER_WORDS = {"perbatasan", "border", "garis demarkasi", "frontier"}


def find_borders(cast: Cast, sentences: list[tuple[int, Sentence]], gazetteer: Gazetteer) -> None:
    """"perbatasan antara Korea Utara dan Korea Selatan" names the border between two known countries."""
    borders = {frozenset(e.between): e for e in gazetteer.entries.values() if e.between}
    for index, sentence in sentences:
        found = cast.mentions[(sentence.paragraph, index)]
        for k, token in enumerate(sentence.tokens):
            if token.text.lower() not in BORDER_WORDS:
                continue
            near = [m for m in found if k < m.start <= k + 6 and m.key.startswith("entry:country-")][:2]
            codes = frozenset(cast.entries[m.key[6:]].country for m in near)
            if len(near) == 2 and codes in borders:
                entry = borders[codes]
                cast.entries[entry.id] = entry
                found.append(Mention(f"entry:{entry.id}", surface(sentence.tokens, k, near[1].end), k, k + 1))
                cast.surfaces.setdefault(f"entry:{entry.id}", []).append(entry.name("en"))
        found.sort(key=lambda m: m.start)


def entity_id(key: str, cast: Cast, language: str) -> str:
    kind, name = key.split(":", 1)
    return slugify(cast.entries[name].name(language)) if kind == "entry" else slugify(name)
