"""A temporal tagger for Indonesian and English news, resolved against the publication date.

dateparser is not used: in Indonesian it reads "70 tahun" as a date and invents days for bare
years (see STYLE.md). Each pattern here says what it reads; durations are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
    def __init__(self, language: str, published: dt.date):
        vocab = words(language)
        self.published, self.language = published, language
        self.months = {name.lower(): i + 1 for i, name in enumerate(vocab["months"])}
        self.months.update({name.lower().rstrip("."): i + 1 for i, name in enumerate(vocab["month_short"])})
        self.weekdays = {name.lower(): i for i, name in enumerate(vocab["weekdays"])}
        month = "|".join(sorted((re.escape(m) for m in vocab["months"] + vocab["month_short"]), key=len, reverse=True))
        weekday = "|".join(vocab["weekdays"])
        self.future = re.compile(rf"\b(?:{'|'.join(vocab['future_markers'])})\b", re.IGNORECASE)
        # English says when with its verbs: "reports on Saturday indicate" is to come, "he spoke on Thursday" past.
        self.past = re.compile(vocab["past_tense"], re.IGNORECASE) if vocab["past_tense"] else None
        self.patterns = PATTERNS[language](month, weekday, "|".join(vocab["months"]))

    @staticmethod
    def indonesian(month: str, weekday: str, full_month: str) -> list[tuple[str, str]]:
        return [
            (rf"\b[Ss]etiap (?:tanggal )?\d{{1,2}} (?:{month})|\b[Ss]etiap (?:hari )?(?:{weekday})", "recurring"),
            (
                rf"(?:hari )?(?P<wd>{weekday}),? ?\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)"
                r"(?: (?:malam|pagi|siang|sore|dini hari|petang))?",
                "daymonth",
            ),
            (rf"(?<![\d.,])(?P<d>\d{{1,2}}) ?[-–] ?(?P<d2>\d{{1,2}}) (?P<mn>{month})(?: (?P<y>\d{{4}}))?", "days"),
            (
                rf"(?:tanggal )?(?<![\d.,])(?P<d>\d{{1,2}}) (?P<mn>{month})(?: (?P<y>\d{{4}}))?"
                rf"(?:,? (?:hari )?(?:{weekday}))?",
                "daymonth",
            ),
            (rf"(?:bulan )?(?P<mn>{month}) (?P<y>\d{{4}})", "month"),
            (
                after_words("bulan pada sejak hingga sampai awal akhir pemilu pemilihan")
                + rf"(?P<mn>{month})(?![\w-]| ?\d)",
                "bare_month",
            ),
            (r"(?P<since>[Ss]ejak )?(?:(?:[Aa]wal|[Aa]khir|[Pp]ertengahan) )?[Tt]ahun (?P<y>\d{4})", "year"),
            (r"(?P<y>1[5-9]\d\d|20\d\d) ?[-–—] ?(?P<y2>1[5-9]\d\d|20\d\d|\d\d)\b", "range"),
            (r"\b(?:peringatan|ulang tahun|HUT) (?:ke-)?(?P<n>\d{1,3}) tahun", "origin"),
            (r"(?P<n>\d{1,3}) tahun (?:yang )?lalu", "years_ago"),
            (r"(?P<since>sejak )?(?P<unit>[Mm]inggu|[Pp]ekan|[Bb]ulan|[Tt]ahun) (?P<rel>ini|lalu|depan)", "relative"),
            (r"\b(?:hari ini|kemarin|besok)\b", "day_word"),
            (
                rf"(?:(?:pada )?hari )?(?P<wd>{weekday})(?P<rel> lalu| depan)?(?! (?:ini|lalu|depan))"
                r"(?: (?:malam|pagi|siang|sore|dini hari|petang))?",
                "weekday",
            ),
            (r"(?:(?P<since>[Ss]ejak|[Pp]ada|hingga|sampai|[Tt]ahun|di) )(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d)", "year"),
            (BARE_YEAR + r"(?=\s*(?:[.,;:)]|$|yang\b|dan\b|ini\b|itu\b|lalu\b|silam\b))", "year"),
        ]

    @staticmethod
    def english(month: str, weekday: str, full_month: str) -> list[tuple[str, str]]:
        return [
            (rf"\b[Ee]very (?:{month}) \d{{1,2}}|\b[Ee]very (?:{weekday})", "recurring"),
            (rf"(?P<mn>{month}) (?P<d>\d{{1,2}}) ?[-–] ?(?P<d2>\d{{1,2}})(?!\d)(?:, (?P<y>\d{{4}}))?", "days"),
            (rf"(?P<mn>{month}) (?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:, (?P<y>\d{{4}}))?", "daymonth"),
            (rf"(?<![\d.,])(?P<d>\d{{1,2}}) (?P<mn>{month})(?: (?P<y>\d{{4}}))?", "daymonth"),
            (rf"(?P<mn>{month}),? (?P<y>\d{{4}})", "month"),
            (r"(?P<y>1[5-9]\d\d|20\d\d) ?[-–—] ?(?P<y2>1[5-9]\d\d|20\d\d|\d\d)\b", "range"),
            (r"\b(?:the )?(?P<n>\d{1,3})(?:st|nd|rd|th|-year) anniversary", "origin"),
            (r"(?P<n>\d{1,3}) years ago", "years_ago"),
            (r"(?P<since>since )?(?P<rel>this|last|next) (?P<unit>week|month|year)", "relative"),
            (r"\b(?:today|yesterday|tomorrow)\b", "day_word"),
            (rf"(?:on )?(?P<rel>last |next )?(?P<wd>{weekday})", "weekday"),
            (r"(?:(?P<since>[Ss]ince|[Ii]n|until|by|from) )(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d)", "year"),
            (
                after_words("in In since by until from early late mid last next this")
                + rf"(?P<mn>{full_month})(?![\w-]| ?\d)",
                "bare_month",
            ),
            (BARE_YEAR + r"(?=\s*(?:[.,;:)]|$|and\b|when\b))", "year"),
        ]

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
        since = (match.groupdict().get("since") or "").strip().lower() in ("sejak", "since")
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
        step = {"ini": 0, "this": 0, "lalu": -1, "last": -1, "depan": 1, "next": 1}[rel]
        day = self.published
        if unit in ("minggu", "pekan", "week"):
            value = iso_week(day + dt.timedelta(weeks=step))
        elif unit in ("bulan", "month"):
            index = day.year * 12 + day.month - 1 + step
            value = f"{index // 12}-{index % 12 + 1:02d}"
        else:
            value = str(day.year + step)
        last = self.published.isoformat() if match.group("since") else None
        return self.mention(match, value, last, inferred=True)

    def day_word(self, match: re.Match, text: str) -> DateMention:
        step = {"hari ini": 0, "today": 0, "kemarin": -1, "yesterday": -1, "besok": 1, "tomorrow": 1}
        day = self.published + dt.timedelta(days=step[match.group().lower()])
        return self.mention(match, day.isoformat(), inferred=True)

    def weekday(self, match: re.Match, text: str) -> DateMention | None:
        """A bare weekday is the latest such day up to publication, or the next one if the text says so: by
        "depan", "akan", "next", "will", or in English by a sentence with no verb in the past."""
        target = self.weekdays[match.group("wd").lower()]
        before = text[max(0, match.start() - 60) : match.start()].lower()
        future = (match.group("rel") or "").strip() in ("depan", "next") or bool(re.search(r"\b(akan|will)\b", before))
        present = self.past is not None and not match.group("rel") and not self.past.search(text)
        future = future or present
        if match.group("wd") == "Minggu" and not re.search(r"hari|pada", match.group()):
            return None  # capitalised "Minggu" alone may start a sentence about a week
        delta = (target - self.published.weekday()) % 7 if future else -((self.published.weekday() - target) % 7)
        if (match.group("rel") or "").strip() in ("lalu", "last") and delta == 0:
            delta = -7
        day = self.published + dt.timedelta(days=delta)
        return self.mention(match, day.isoformat(), inferred=True)


# Each language's date patterns, registered by its code (its words are in data/vocabulary.yml).
PATTERNS = {"id": Tagger.indonesian, "en": Tagger.english}


def find_dates(text: str, language: str, published: dt.date) -> list[DateMention]:
    return Tagger(language, published).find(text)
