"""The home page, read in a minute: the Story's picks, each sentence of the article at most once, within a
budget of words that is a share of the article's own.

A news desk's order decides what the budget buys first: what happened, who is involved, why it matters,
what comes next, the key figures; then more of the same while words remain. A section with nothing
worth showing is left out; the sub-pages hold the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.data import words
from generator.data.leaning import leaning
from generator.model.story import Actor, Excerpt, Figure, Quote, Story

SHARE = 0.5  # the home page's words, at most, as a share of the article's
CHROME = 24  # words every home page shows whatever the story: date line, headings, the list of sections
FIGURES_MOST, QUOTES_MOST = 4, 2
QUOTE_WORDS = 6  # a remark worth reading on its own
MANY = 3  # paragraphs that name an actor the story is about
ROLE_MOST = 8  # a longer role is a clause, not a role: the actors page shows it


def count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def same(text: str) -> str:
    """A sentence's identity whatever its spacing and quote marks."""
    return re.sub(r"\W+", " ", text).strip().lower()


@dataclass
class CastLine:
    """One line of who's who: the actor, its role when short, and a sentence not shown elsewhere."""

    actor: Actor
    role: str | None
    line: Excerpt | None = None


@dataclass
class Home:
    glance: list[Excerpt] = field(default_factory=list)
    significance: list[Excerpt] = field(default_factory=list)
    outlook: list[Excerpt] = field(default_factory=list)
    cast: list[CastLine] = field(default_factory=list)
    figures: list[list[Figure]] = field(default_factory=list)  # the figures of one sentence each
    quotes: list[Quote] = field(default_factory=list)


class Budget:
    """Words left to spend, and the sentences already shown."""

    def __init__(self, allowance: float, language: str):
        self.left = allowance
        self.leaning = leaning(language)
        self.shown: set[str] = set()
        self.quoted: list[str] = []  # quotations shown on their own

    def buy(self, words: int) -> bool:
        """Spend these words if they fit; say whether they did."""
        if words > self.left:
            return False
        self.left -= words
        return True

    def take_quote(self, text: str) -> bool:
        """Show a quotation unless a sentence shown already holds it; no sentence holding it is shown after."""
        key = same(text)
        if any(key in shown for shown in self.shown) or not self.show(key, text):
            return False
        self.quoted.append(key)
        return True

    def take(self, text: str, apart: bool = False) -> bool:
        """Show this sentence if it is new here, stands alone and fits; say whether it was taken. A sentence
        shown `apart` from the story's thread (under an actor, among the figures, as what to watch) may not
        point back to the one before it."""
        key = same(text)
        if any(q in key for q in self.quoted):
            return False
        lean = self.leaning
        if lean.opens_on_reference(text) or (apart and lean.points_back(text)) or text.lstrip()[:1] in '“"‘':
            return False  # "Its line stretched …" needs the sentence before it; a quotation needs its speaker
        return self.show(key, text)

    def show(self, key: str, text: str) -> bool:
        if key in self.shown or not self.buy(count(text)):
            return False
        self.shown.add(key)
        return True


def home(story: Story, cast: list[Actor], budget_words: float | None = None) -> Home:
    """What the home page shows, in the order a reader needs it, until the budget is spent."""
    article_words = sum(count(p.text) for p in story.article.paragraphs if not p.heading)
    chrome = CHROME + count(story.article.title) + count(story.article.publisher or "")
    allowance = budget_words if budget_words is not None else SHARE * article_words - chrome
    budget = Budget(allowance, story.article.language)
    page = Home()
    add_excerpts(story.glance[:1], page.glance, budget)
    speakers = {q.speaker for q in story.quotes}
    # Who is involved: someone the article gives a role, a deed or words, or keeps naming; a name in
    # passing ("selama pemerintahan Biden") is not.
    involved = [
        a
        for a in cast
        if a.role or a.did or a.description or a.id in speakers or a.kind == "state" or len(a.paragraphs) >= MANY
    ]
    page.cast = [CastLine(a, a.role if a.role and count(a.role) <= ROLE_MOST else None) for a in involved]
    page.cast = [line for line in page.cast if budget.buy(count(line.actor.name) + count(line.role or "") + 2)]
    add_excerpts(story.significance[:1], page.significance, budget)
    add_excerpts(story.outlook[:1], page.outlook, budget, apart=True)
    add_excerpts(story.glance[1:3], page.glance, budget)
    for group in key_figures(story):
        if len(page.figures) < FIGURES_MOST and budget.take(group[0].context, apart=True):
            page.figures.append(group)
    for quote in voices(story):
        if len(page.quotes) < QUOTES_MOST and budget.take_quote(quote.text):
            page.quotes.append(quote)
    for line in page.cast:
        # What they did, as the article tells it with them as the subject; a sentence that merely names
        # them ("… penutupan Trump …") would read as theirs.
        sentence = next((deed for deed in line.actor.did if budget.take(deed.text, apart=True)), None)
        line.line = sentence
    add_excerpts(story.glance[3:], page.glance, budget)
    add_excerpts(story.significance[1:], page.significance, budget)
    add_excerpts(story.outlook[1:], page.outlook, budget, apart=True)
    order = {same(e.text): n for n, e in enumerate(story.glance)}
    page.glance.sort(key=lambda e: order[same(e.text)])
    return page


def add_excerpts(candidates: list[Excerpt], into: list[Excerpt], budget: Budget, apart: bool = False) -> None:
    into += [e for e in candidates if budget.take(e.text, apart)]


def key_figures(story: Story) -> list[list[Figure]]:
    """The figures of the news, earliest first, grouped by the sentence that says what they count: counts
    and amounts, not bare spans of time, nor numbers in names."""
    spans = set(words(story.article.language)["duration_units"])
    groups: dict[str, list[Figure]] = {}
    for figure in sorted(story.figures, key=lambda f: f.paragraph):
        unit = figure.unit.split()
        if figure.paragraph in story.background or not unit or not figure.context:
            continue
        if figure.unit[:1].isupper() or (unit[0].lower() in spans and len(unit) == 1):
            continue  # "9 Carriage Class" names; "dua tahun" is a span ("tujuh tahun penjara" counts)
        groups.setdefault(figure.context, []).append(figure)
    return list(groups.values())


def voices(story: Story) -> list[Quote]:
    """The first whole remark of each named speaker who is a listed actor, in the article's order."""
    speakers: set[str] = set()
    found = []
    for quote in story.quotes:
        actor = story.actor(quote.speaker) if quote.speaker else None
        if actor and actor.id not in speakers and count(quote.text) >= QUOTE_WORDS:
            speakers.add(actor.id)
            found.append(quote)
    return found
