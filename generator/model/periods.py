"""Periods as the Story writes them: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www."""

from __future__ import annotations

import datetime as dt
import re


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def period_start(value: str) -> dt.date:
    """The first day of a YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www period (for sorting and eras)."""
    if "W" in value:
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def period_end(value: str) -> dt.date:
    """The last day of a YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www period."""
    if "W" in value:
        return period_start(value) + dt.timedelta(days=6)
    parts = value.split("-")
    if len(parts) == 1:
        return dt.date(int(parts[0]), 12, 31)
    if len(parts) == 2:
        first = period_start(value)
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return period_start(value)


PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def is_period(value: object) -> bool:
    """Is this YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www, and a real one?"""
    if not PERIOD.match(str(value)):
        return False
    try:
        period_start(str(value))
    except ValueError:
        return False
    return True
