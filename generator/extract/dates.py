"""A temporal tagger for news, resolved against the publication date; each language's patterns and words
are in its folder, data/lang/<code>/words.yml.

dateparser is not used: in Indonesian it reads "70 tahun" as a date and invents days for bare
years (see STYLE.md). Each pattern here says what it reads; durations are not dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from string import Template

from generator.data import words
from generator.model.periods import iso_week


@dataclass
class DateMention:
    start: int  # character offsets in the sentence
    end: int
    text: str
    first: str  # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www
    last: str | None  # for ranges
    inferred: bool  # resolved from the publication date rather than read
    origin: bool = False  # "peringatan 70 tahun X": the year X happened


# A year standing alone after a word ("pemilu 2020.", "go back to 2013."), not a count ("2000 orang").
BARE_YEAR = r"(?<=[a-z] )(?P<y>19\d\d|20\d\d)(?![\d.,]\d)"


def after_words(words_: str) -> str:
    """A look-behind for any of these words and a space (Python's look-behinds have a fixed width each)."""
    return "(?:" + "|".join(rf"(?<=\b{re.escape(w)} )" for w in words_.split()) + ")"


def pattern(entry: dict, names: dict[str, str]) -> str:
    """A date pattern of a language's words.yml as a regular expression: its names filled in."""
    before = after_words(entry["after"]) if "after" in entry else ""
    return before + Template(entry["pattern"]).safe_substitute(names)


def nearest_year(published: dt.date, month: int, day: int) -> int:
    """The year that puts day/month closest to publication (news reports the recent past or near future)."""
    candidates = [published.year - 1, published.year, published.year + 1]
    return min(candidates, key=lambda y: abs((safe_date(y, month, day) - published).days))


def safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)


class Tagger:
    """The dates of one language's text, read with the patterns and words of its folder in data/lang/."""

    def __init__(self, language: str, published: dt.date):
        vocab = words(language)
        self.published, self.language, self.vocab = published, language, vocab
        self.months = {name.lower(): i + 1 for i, name in enumerate(vocab["months"])}
        self.months.update({name.lower().rstrip("."): i + 1 for i, name in enumerate(vocab["month_short"])})
        self.weekdays = {name.lower(): i for i, name in enumerate(vocab["weekdays"])}
        self.future = re.compile(rf"\b(?:{'|'.join(vocab['future_markers'])})\b", re.IGNORECASE)
        # English says when with its verbs: "reports on Saturday indicate" is to come, "he spoke on Thursday" past.
        self.past = re.compile(vocab["past_tense"], re.IGNORECASE) if vocab["past_tense"] else None
        self.will = re.compile(rf"\b(?:{'|'.join(map(re.escape, vocab['will_words']))})\b")
        names = {
            "month": "|".join(
                sorted((re.escape(m) for m in vocab["months"] + vocab["month_short"]), key=len, reverse=True)
            ),
            "weekday": "|".join(vocab["weekdays"]),
            "full_month": "|".join(vocab["months"]),
            "bare_year": BARE_YEAR,
        }
        self.patterns = [(pattern(entry, names), entry["kind"]) for entry in vocab["dates"]]

    def find(self, text: str) -> list[DateMention]:
        """Every date in a sentence, left to right, the first pattern to claim a span winning."""
        found: list[DateMention] = []
        taken: set[int] = set()
        for pattern, kind in self.patterns:
            for match in re.finditer(pattern, text):
                span = set(range(match.start(), match.end()))
                if span & taken:
                    continue
                try:
                    mention = getattr(self, kind)(match, text)
                except (ValueError, OverflowError):  # "9999 tahun lalu": before year 1, so no date at all
                    taken |= span
                    continue
                # "setiap 9 Mei" recurs, and "Kamis (12/3)" when 12/3 is no Thursday contradicts itself: no date
                groups = match.groupdict()
                if kind == "recurring" or (mention is None and groups.get("wd") and groups.get("d")):
                    taken |= span
                elif mention:
                    found.append(mention)
                    taken |= span
        return sorted(found, key=lambda m: m.start)

    def mention(
        self, match: re.Match, first: str, last: str | None = None, inferred: bool = False, origin: bool = False
    ) -> DateMention:
        return DateMention(match.start(), match.end(), match.group(), first, last, inferred, origin)

    def daymonth(self, match: re.Match, text: str) -> DateMention | None:
        groups = match.groupdict()
        month = int(groups["m"]) if groups.get("m") else self.months[groups["mn"].lower().rstrip(".")]
        day = int(groups["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        year = int(groups["y"]) if groups.get("y") else nearest_year(self.published, month, day)
        year = year + 2000 if year < 100 else year
        date = safe_date(year, month, day)
        if groups.get("wd") and self.weekdays.get(groups["wd"].lower()) not in (None, date.weekday()):
            return None  # the weekday and the date disagree: leave it undated rather than guess which is wrong
        return self.mention(match, date.isoformat(), inferred=False)

    def month(self, match: re.Match, text: str) -> DateMention:
        month = self.months[match.group("mn").lower().rstrip(".")]
        return self.mention(match, f"{match.group('y')}-{month:02d}")

    def days(self, match: re.Match, text: str) -> DateMention | None:
        """ "17-20 Juni", "June 17-20": a range of days in one month."""
        first = self.daymonth(match, text)
        day2 = int(match.group("d2"))
        if not first or not int(match.group("d")) < day2 <= 31:
            return None
        year, month = (int(p) for p in first.first.split("-")[:2])
        first.last = safe_date(year, month, day2).isoformat()
        return first

    def bare_month(self, match: re.Match, text: str) -> DateMention:
        """ "pada Juli", "in September": the last such month, or the next one when the sentence looks ahead."""
        month = self.months[match.group("mn").lower()]
        ahead = bool(self.future.search(text))
        year = self.published.year
        if month > self.published.month and not ahead:
            year -= 1
        elif month < self.published.month and ahead:
            year += 1
        return self.mention(match, f"{year}-{month:02d}", inferred=True)

    def year(self, match: re.Match, text: str) -> DateMention:
        since = (match.groupdict().get("since") or "").strip().lower() in self.vocab["since_words"]
        last = self.published.isoformat() if since else None
        return self.mention(match, match.group("y"), last)

    def range(self, match: re.Match, text: str) -> DateMention | None:
        first, second = match.group("y"), match.group("y2")
        last = first[:2] + second if len(second) == 2 else second
        return self.mention(match, first, last) if int(last) > int(first) else None

    def recurring(self, match: re.Match, text: str) -> None:
        return None

    def origin(self, match: re.Match, text: str) -> DateMention:
        return self.mention(match, str(self.published.year - int(match.group("n"))), inferred=True, origin=True)

    def years_ago(self, match: re.Match, text: str) -> DateMention:
        return self.mention(match, str(self.published.year - int(match.group("n"))), inferred=True)

    def relative(self, match: re.Match, text: str) -> DateMention:
        unit, rel = match.group("unit").lower(), match.group("rel")
        step = self.vocab["date_steps"][rel]
        day = self.published
        if unit in self.vocab["week_words"]:
            value = iso_week(day + dt.timedelta(weeks=step))
        elif unit in self.vocab["month_words"]:
            index = day.year * 12 + day.month - 1 + step
            value = f"{index // 12}-{index % 12 + 1:02d}"
        else:
            value = str(day.year + step)
        last = self.published.isoformat() if match.group("since") else None
        return self.mention(match, value, last, inferred=True)

    def day_word(self, match: re.Match, text: str) -> DateMention:
        day = self.published + dt.timedelta(days=self.vocab["day_words"][match.group().lower()])
        return self.mention(match, day.isoformat(), inferred=True)

    def weekday(self, match: re.Match, text: str) -> DateMention | None:
        """A bare weekday is the latest such day up to publication, or the next one if the text says so: by
        "depan", "akan", "next", "will", or in English by a sentence with no verb in the past."""
        target = self.weekdays[match.group("wd").lower()]
        before = text[max(0, match.start() - 60) : match.start()].lower()
        step = self.vocab["date_steps"].get((match.group("rel") or "").strip())
        future = step == 1 or bool(self.will.search(before))
        present = self.past is not None and not match.group("rel") and not self.past.search(text)
        future = future or present
        also_noun = self.vocab["weekday_nouns"].get(match.group("wd"))
        if also_noun and not any(word in match.group() for word in also_noun):
            return None  # capitalised "Minggu" alone may start a sentence about a week
        delta = (target - self.published.weekday()) % 7 if future else -((self.published.weekday() - target) % 7)
        if step == -1 and delta == 0:
            delta = -7
        day = self.published + dt.timedelta(days=delta)
        return self.mention(match, day.isoformat(), inferred=True)


@functools.lru_cache(maxsize=8)
def tagger(language: str, published: dt.date) -> Tagger:
    """One tagger an article: its patterns are built once, not for every sentence (85 µs each)."""
    return Tagger(language, published)


def find_dates(text: str, language: str, published: dt.date) -> list[DateMention]:
    return tagger(language, published).find(text)
