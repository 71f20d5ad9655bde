"""What the reading of one article knows so far, and the one writer that records a reading into the Cast."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract.cast import Cast, Mention, Person
from generator.extract.gazetteer import Gazetteer
from generator.extract.names.lexicon import Lexicon
from generator.extract.text import Token

Tokens = tuple[Token, ...]


@dataclass
class Scan:
    """The state of reading one article, shared by the readers; its methods are what writes the Cast."""

    gazetteer: Gazetteer
    lex: Lexicon
    named_countries: set[str] = field(default_factory=set)  # countries the whole article names
    cast: Cast = field(default_factory=Cast)
    countries: set[str] = field(default_factory=set)  # countries named so far, for ambiguous names
    labels: list[str] = field(default_factory=list)  # the tagger's BIO label of each token of this sentence
    extra: list[Mention] = field(default_factory=list)  # names inside other names ("Biden" in "Pemerintahan Biden")

    def add_person(self, name: str, role: str | None) -> None:
        person = self.cast.persons.setdefault(name, Person(name))
        if role and not person.role:
            person.role = role

    def record(self, mention: Mention) -> None:
        """What a kept reading names becomes part of the Cast (a short form read again adds nothing)."""
        key = mention.key
        if mention.entry is not None:
            self.cast.entries.setdefault(mention.entry.id, mention.entry)
            if mention.entry.country:
                self.countries.add(mention.entry.country)
        elif key.is_org and mention.surface == key.name:
            self.cast.organizations.setdefault(key.name, mention.country)
        elif key.is_person:
            self.add_person(key.name, None)

    def record_short_form(self, mention: Mention, short: str) -> None:
        """ "Badan Pengawas Pemilu (Bawaslu)": the short form in brackets names the same thing later on."""
        self.cast.acronyms.setdefault(short, mention.key)
        surfaces = self.cast.surfaces.setdefault(mention.key, [])
        if short not in surfaces:
            surfaces.append(short)
        if mention.key.is_person:
            self.cast.persons[mention.key.name].aliases.add(short)

    def record_surface(self, mention: Mention) -> None:
        surfaces = self.cast.surfaces.setdefault(mention.key, [])
        if mention.surface not in surfaces:
            surfaces.append(mention.surface)
