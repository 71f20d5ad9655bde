"""Known names: places (data/gazetteer.json), states' short forms and organisations (data/aliases.yml)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from generator.data import DATA, load
from generator.extract.text import name_key

KIND_RANK = {"country": 0, "state": 0, "organization": 1, "region": 2, "border": 2, "site": 2, "place": 2, "city": 3}


@dataclass
class Entry:
    """One thing a name can refer to: a place, a historical state or an organisation."""

    id: str
    kind: str  # country | city | region | border | site | state (historical) | organization
    names: dict[str, list[str]]
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    capital: bool = False
    line: list[list[float]] | None = None
    between: list[str] | None = None
    description: dict[str, str] = field(default_factory=dict)
    source: str | None = None

    def name(self, language: str) -> str:
        return (self.names.get(language) or self.names.get("en") or self.names["alt"])[0]

    @property
    def is_place(self) -> bool:
        return self.kind not in ("organization", "state")


class Gazetteer:
    """Looks up a run of tokens; ambiguous names resolve by kind, then population."""

    def __init__(self, entries: list[Entry], language: str):
        self.language = language
        self.entries = {entry.id: entry for entry in entries}
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        alternate: set[tuple[str, tuple[str, ...]]] = set()  # (entry, name) pairs that are only alternates
        for entry in entries:
            primary = {name_key(n) for lang in (language, "en") for n in entry.names.get(lang, [])}
            for lang, names in entry.names.items():
                if lang in (language, "en", "alt"):
                    for name in names:
                        key = name_key(name)
                        if entry not in self.index.setdefault(key, []):
                            self.index[key].append(entry)
                        if lang == "alt" and key not in primary:
                            alternate.add((entry.id, key))
        self.alternate = alternate
        # "New Delhi" is New Delhi, not Delhi (for which it is an alternate name), however large Delhi is.
        for key, candidates in self.index.items():
            candidates.sort(key=lambda e: (KIND_RANK[e.kind], (e.id, key) in alternate, -e.population, e.id))
        self.longest = max(len(key) for key in self.index)

    def lookup(self, words: tuple[str, ...], countries: set[str] | frozenset[str] = frozenset()) -> Entry | None:
        """The best reading of a name: by kind, then a country the article already names, then population."""
        candidates = self.index.get(words)
        if not candidates:
            return None
        best = [e for e in candidates if KIND_RANK[e.kind] == KIND_RANK[candidates[0].kind]]
        return next((e for e in best if e.country in countries), best[0])

    def only_alternate(self, entry: Entry, words: tuple[str, ...]) -> bool:
        """Is this name only one of the entry's alternate names ("Para" for Belém), not its own?"""
        return (entry.id, words) in self.alternate

    def country(self, code: str) -> Entry | None:
        return self.entries.get(f"country-{code.lower()}")

    def capital_of(self, code: str) -> Entry | None:
        capitals = [e for e in self.entries.values() if e.kind == "city" and e.capital and e.country == code]
        return max(capitals, key=lambda e: e.population) if capitals else None


@functools.cache
def raw_places() -> list[dict]:
    return json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))


def entries() -> list[Entry]:
    aliases = load("aliases.yml")
    found = []
    for row in raw_places():
        names = {lang: list(values) for lang, values in row["names"].items()}
        extra = aliases["states"].get(row["country"], {}) if row["kind"] == "country" else {}
        for lang, values in extra.items():
            names.setdefault(lang, []).extend(values)
        found.append(
            Entry(
                id=row["id"],
                kind=row["kind"],
                names=names,
                country=row.get("country"),
                lat=row.get("lat"),
                lon=row.get("lon"),
                population=row.get("population", 0),
                capital=row.get("capital", False),
                line=row.get("line"),
                between=row.get("between"),
                description=row.get("description", {}),
                source=row.get("source"),
            )
        )
    for row in aliases["historical_states"]:
        found.append(Entry(id=row["id"], kind="state", names=row["names"]))
    for row in aliases["organizations"]:
        found.append(Entry(id=row["id"], kind="organization", names=row["names"], country=row.get("country")))
    return found


@functools.cache
def gazetteer(language: str) -> Gazetteer:
    """The gazetteer for articles in one language (its names plus English and alternate names)."""
    return Gazetteer(entries(), language)
