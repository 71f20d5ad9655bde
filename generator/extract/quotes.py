"""Quotations and who said them, read paragraph by paragraph.

A quote is the text between quotation marks (“…”, "…", ‘…’, '…'); one left open at the end of a
paragraph runs to its end (the next paragraph opens the mark again). Its speaker is named next to a
verb of saying after it (“…,” kata X / "…," X said) or before it (X mengatakan, "…" / Menurut X, "…");
"ujarnya", "kata dia", "he said" mean the person last named; "kepala menteri tersebut" the person with
that role. A quote with no one named is nobody's (speaker None), unless the paragraph before introduced
it. Short quoted words, titles and terms are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.data import words
from generator.extract.cast import Cast, Key, Mention
from generator.extract.text import ABBREVIATIONS, Sentence
from generator.model.article import Article

MIN_WORDS = 4  # shorter quoted words are someone's only when a verb of saying says whose
OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
WINDOW = 60  # characters after a quote in which its attribution is read
QUOTE_REACH = 6000  # characters of a paragraph read at once for its quotes (the longest real one has 715)


@dataclass
class Placed:
    """A mention with its place in the paragraph's text."""

    start: int
    end: int
    mention: Mention


@dataclass
class Found:
    text: str
    paragraph: int
    speaker: Mention | None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each outermost pair of quotation marks; an unclosed one runs to the end."""
    spans, i = [], 0
    while i < len(text):
        mark = text[i]
        if mark in OPENERS and opens(text, i):
            close = closing(text, i + 1, OPENERS[mark])
            spans.append((i + 1, close if close >= 0 else len(text)))
            i = close if close >= 0 else len(text)
            # A straight mark that opens (' "Namun') starts the next quote: the source lost a mark.
            i += 0 if 0 <= close < len(text) and mark in "\"'" and opens(text, close) and text[close - 1] == " " else 1
        else:
            i += 1
    return spans


def opens(text: str, i: int) -> bool:
    """A mark opens a quote at the start, or after a space or bracket, and before a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'’‘" and before.isalnum():
        return False  # an apostrophe: "it's", "Asy'ari"
    return (before.isspace() or before in "([—-:") and not after.isspace()


def closing(text: str, i: int, mark: str) -> int:
    for j in range(i, len(text)):
        if text[j] == mark and (mark not in "'’" or j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
    return -1


def sentence_end(text: str) -> int:
    """Where the first sentence of a stretch of text ends ("Mr." and other abbreviations do not end one)."""
    for match in re.finditer(r"[.!?](?=\s|$)", text):
        if text[: match.end()].rsplit(" ", 1)[-1] not in ABBREVIATIONS:
            return match.end()
    return len(text)


def is_name(text: str) -> bool:
    """ "Sio Mama", "Konser Salam Metal": short and every word capitalised, so a name, not speech."""
    words_ = text.strip(" .,!?").split()
    return len(words_) <= 6 and all(w[:1].isupper() for w in words_)


class Attribution:
    """Finds who said a quote, from the words around it and the persons named before it."""

    def __init__(self, cast: Cast, language: str):
        vocab = words(language)
        self.cast, self.language = cast, language
        verbs = "|".join(re.escape(v) for v in sorted(vocab["quote_verbs"], key=len, reverse=True))
        suffix = f"(?P<nya>{vocab['pronoun_suffix']})?" if vocab["pronoun_suffix"] else ""
        self.verb_pattern = re.compile(rf"(?<!\w)(?:{verbs}){suffix}(?!\w)", re.IGNORECASE)
        self.pronouns = set(vocab["pronouns"])
        self.bodies = set(vocab["body_pronouns"])
        self.this_that = set(vocab["this_that"])
        self.one_speaker = (self.pronouns - set(vocab["plural_pronouns"])) | self.bodies  # "he said", "it said"
        self.object_markers = set(vocab["addressee_markers"])  # who is spoken to, not who speaks
        self.clause_openers = set(vocab["subject_openers"])  # "X terbunuh, tetapi menyebut": X is not the speaker
        self.according = vocab["according_to"]
        self.last_person: Mention | None = None
        self.last_speaker: Mention | None = None
        self.last_subject: Mention | None = None
        self.last_body: Mention | None = None
        self.paragraph = self.speaker_paragraph = 0  # where we are, and where the last speaker spoke
        self.nouns: dict[str, Mention] = {}  # "kedutaan" -> the organisation "Kedutaan Besar Jepang"

    def verb_at(self, text: str) -> re.Match | None:
        """The first verb of saying in a stretch of text, with a -nya ("ujarnya") when the language has one."""
        return self.verb_pattern.search(text)

    def person(self, mention: Mention | None) -> bool:
        return bool(mention and mention.key.is_person)

    def read(self, text: str, placed: list[Placed], start: int, end: int) -> None:
        """Remember who was named between two points: the last person, the last person who spoke or acted as
        a sentence's subject (for "katanya", "he said"), and the last organisation or state (for "it said")."""
        for p in placed:
            if not start <= p.start < end:
                continue
            key = p.mention.key
            if self.person(p.mention):
                self.last_person = p.mention
                after = text[p.end : p.end + 40]
                sentence_start = re.search(r"(?:^|[.!?]\s+)\W*$", text[: p.start])
                if sentence_start or self.verb_at(" ".join(after.split()[:3])):
                    self.last_subject = p.mention
            elif key.is_org or (
                key.is_entry
                and key.name in self.cast.entries
                and self.cast.entries[key.name].kind in ("organization", "country")
            ):
                self.last_body = p.mention
                if key.is_org or self.cast.entries[key.name].kind == "organization":
                    self.nouns[p.mention.surface.split()[0].lower()] = p.mention

    def resolve(self, pronoun: str) -> Mention | None:
        """ "ujarnya", "he said": who spoke the quote just before, else the person last seen speaking or acting,
        else the last named; "it": the last body."""
        if pronoun.strip(",.").lower() in self.bodies:
            return self.last_body
        if self.last_speaker and self.speaker_paragraph >= self.paragraph - 1 and self.person(self.last_speaker):
            return self.last_speaker
        return self.last_subject or self.last_person

    def after(self, text: str, end: int, placed: list[Placed]) -> tuple[bool, Mention | None]:
        """“…,” kata X / "…," X said / “…,” ujarnya: (whether an attribution follows, and whom it names)."""
        stop = min([s for s in (text.find(m, end + 1) for m in '“"') if s >= 0] + [len(text), end + 1 + WINDOW])
        tail = text[end + 1 : stop]
        tail = tail[: sentence_end(tail)]
        verb = self.verb_at(tail)
        if not verb or len(tail[: verb.start()].split()) > 4:  # at most a name between the quote and the verb
            return False, None
        at, verb_end = end + 1 + verb.start(), end + 1 + verb.end()
        if verb.groupdict().get("nya"):
            return True, self.resolve("nya")
        between = tail[: verb.start()].split()
        if len(between) == 1 and between[0].strip(",").lower() in self.one_speaker:  # "…," he said
            return True, self.resolve(between[0])
        named = [p for p in placed if end < p.start and p.end <= at]
        if named:  # "…," X said
            return True, self.nearest(named)
        # "said a spokesman for the Cumbria Fire and Rescue squad, Brian Mitchelhill": a person a little further
        limit = end + 1 + len(tail) + sentence_end(text[end + 1 + len(tail) :])
        later = [p for p in placed if verb_end <= p.start < limit]
        people = [p for p in later if self.person(p.mention) and len(text[verb_end : p.start].split()) <= 12]
        near = [p for p in later if len(text[verb_end : p.start].split()) <= 8]
        if people or near:
            return True, (people or near)[0].mention
        return True, self.referent(text[verb_end:].split())

    def nearest(self, named: list[Placed]) -> Mention:
        """Of the names before a verb, the last person, else the last name: the one who speaks."""
        people = [p for p in named if self.person(p.mention)]
        return (people or named)[-1].mention

    def referent(self, words_after: list[str]) -> Mention | None:
        """ "dia", "he": the person last named; "kepala menteri tersebut": the person with that role; else nobody."""
        if not words_after:
            return None
        first = words_after[0].strip(",.").lower()
        if first in self.pronouns:
            return self.resolve(first)
        if first in self.nouns:  # “…,” kata kedutaan: the one organisation named by that word
            return self.nouns[first]
        phrase: list[str] = []
        for word in words_after[:5]:
            clean = word.strip(",.").lower()
            if clean in self.this_that:
                return self.by_role(" ".join(phrase)) or self.resolve("")
            phrase.append(clean)
        return None  # "seorang sumber diplomatik": someone the article does not name

    def by_role(self, role: str) -> Mention | None:
        for name, person in self.cast.persons.items():
            if role and person.role and role in person.role.lower():
                return Mention(Key.person(name), name, 0, 0)
        return None

    def before(self, text: str, start: int, placed: list[Placed]) -> tuple[bool, Mention | None]:
        """X mengatakan, "…" / Menurut X, "…" / He said: "…": who speaks, from the verb nearest the quote."""
        sentence_start = max((m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[: start - 1])), default=0)
        head = text[sentence_start : start - 1]
        according = re.search(rf"(?<!\w)(?:{self.according})(?!\w)", head, re.IGNORECASE)
        if according:
            later = [p for p in placed if sentence_start + according.end() <= p.start < start - 1]
            return True, self.nearest(later[:1]) if later else None
        verbs = list(self.verb_pattern.finditer(head))
        if not verbs:
            return False, None
        verb = sentence_start + verbs[-1].start()
        named = [p for p in placed if sentence_start <= p.start and p.end <= verb and not self.addressed(text, p)]
        close = [p for p in named if self.right_before(text[p.end : verb])]
        words_before = text[sentence_start:verb].split()
        if any(self.person(p.mention) for p in close):
            return True, self.nearest(close)  # "…, Bondi berkata," / "director Peng Bo saying"
        if words_before and words_before[-1].strip(",").lower() in self.pronouns:
            return True, self.resolve(words_before[-1])
        subject = [p for p in named if len(text[sentence_start : p.start].split()) <= 2]
        if subject:  # "Sudani tidak mengatakan …, tetapi menyebut …": the sentence's subject
            return True, subject[0].mention
        return True, close[-1].mention if close else None

    def right_before(self, between: str) -> bool:
        """A name at most three words before the verb, in the verb's own clause."""
        gap = between.split()
        return len(gap) <= 3 and not any(w.strip(",").lower() in self.clause_openers for w in gap)

    def addressed(self, text: str, placed: Placed) -> bool:
        """ "mengirim surat kepada Schumer, menyatakan …": the one written to is not the one who speaks."""
        before = text[: placed.start].split()[-1:]
        return bool(before) and before[0].lower() in self.object_markers

    def later(self, text: str, end: int, placed: list[Placed]) -> tuple[bool, Mention | None]:
        """An attribution after a later closing mark of the same paragraph."""
        for k in range(end + 1, len(text)):
            if text[k] in '”"' and not opens(text, k):
                named, who = self.after(text, k, placed)
                if named:
                    return named, who
        return False, None

    def introduces(self, text: str, placed: list[Placed]) -> Mention | None:
        """A paragraph that ends by saying who speaks next ("…, kata Johnson." / "X said:")."""
        last = re.split(r"(?<=[.!?:])\s+", text.strip())[-1]
        if self.verb_at(last) and not quote_spans(last):
            people = [p for p in placed if p.start >= len(text) - len(last) and self.person(p.mention)]
            return people[0].mention if people else None
        return None


def find_quotes(paragraphs: list[tuple[int, str, list[Placed]]], cast: Cast, language: str) -> list[Found]:
    """Every quote of the article, in order, with its speaker's mention (or None)."""
    attribution = Attribution(cast, language)
    found: list[Found] = []
    previous: tuple[int, Mention | None, bool] = (0, None, False)  # paragraph, who it introduced, open quote
    for number, text, placed in paragraphs:
        cursor, attribution.paragraph = 0, number
        for start, end in quote_spans(text):
            attribution.read(text, placed, cursor, start)
            cursor = end
            quote = text[start:end].strip()
            if is_name(quote):
                continue
            named, who = attribution.after(text, end, placed)
            if not named:
                named, who = attribution.before(text, start, placed)
            if len(quote.split()) < MIN_WORDS and not named:
                continue  # a scare quote or a term: "critical condition", "milestone decision"
            if not named:  # "…." More words," kata Johnson: the paragraph's attribution further on
                named, who = attribution.later(text, end, placed)
            if not named and found and found[-1].paragraph == number:  # the same speaker goes on
                named, who = True, found[-1].speaker
            if not named and start <= 1 and previous[0] == number - 1:
                who = previous[1] or (attribution.last_speaker if previous[2] else None)
            found.append(Found(quote.rstrip(), number, who))
            if who:
                attribution.last_speaker, attribution.speaker_paragraph = who, number
        attribution.read(text, placed, cursor, len(text))
        spans = quote_spans(text)
        still_open = bool(spans) and spans[-1][1] == len(text) and text.rstrip()[-1:] not in "”\"’'"
        previous = (number, attribution.introduces(text, placed), still_open)
    return found


def paragraph_pieces(
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
