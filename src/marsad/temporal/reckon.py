"""Calendar arithmetic for resolving expressions against a publication date. Never guesses a missing part."""

from __future__ import annotations

import calendar
import datetime as dt

from marsad.model.dates import DateValue, Precision

DAY = dt.timedelta(days=1)
SATURDAY = 5  # the week starts on Saturday in Syria and most of the Levant and Gulf

#: first and last day (or month) of each third of a month (or year); ``None`` is the last day
_MONTH_PARTS: dict[str, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "winter": (1, 3),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
}


def on_or_before(ref: dt.date, weekday: int) -> dt.date:
    """The most recent ``weekday`` (Monday = 0) on or before ``ref``."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def strictly_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def strictly_after(ref: dt.date, weekday: int) -> dt.date:
    return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def nearest(ref: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` closest to ``ref`` (ties go to the earlier day)."""
    before = on_or_before(ref, weekday)
    return before if (ref - before).days <= 3 else before + 7 * DAY


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def latest_year_of_month(published: dt.date, month: int, strict: bool = False) -> int:
    """Year of the latest ``month`` not after (``strict``: before) the publication month."""
    if month < published.month or (month == published.month and not strict):
        return published.year
    return published.year - 1


def next_year_of_month(published: dt.date, month: int) -> int:
    return published.year if month > published.month else published.year + 1


def latest_year_of_day(published: dt.date, month: int, day: int) -> int | None:
    """Year of the latest ``day``/``month`` on or before publication; None if the day never exists."""
    for year in (
        published.year,
        published.year - 1,
        published.year - 2,
        published.year - 3,
        published.year - 4,
    ):
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) <= published:
            return year
    return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_part(year: int, month: int, part: str) -> DateValue:
    """A third of a month, at month precision: ACLED codes "early/late October" as precision 3."""
    first, last = _MONTH_PARTS[part]
    end = calendar.monthrange(year, month)[1] if last is None else last
    return DateValue(dt.date(year, month, first), dt.date(year, month, end), Precision.MONTH)


def year_part(year: int, part: str) -> DateValue:
    first, last = _YEAR_PARTS[part]
    end = calendar.monthrange(year, last)[1]
    return DateValue(dt.date(year, first, 1), dt.date(year, last, end), Precision.YEAR)


def last_season(ref: dt.date, season: str) -> DateValue:
    """The latest ``season`` that had ended before the month of ``ref`` ("الخريف الماضي" in December 2023 is
    the autumn of 2023; in October 2023, that of 2022), at year precision like any season."""
    last_month = _YEAR_PARTS[season][1]
    return year_part(ref.year if last_month < ref.month else ref.year - 1, season)


def week_start(ref: dt.date) -> dt.date:
    return on_or_before(ref, SATURDAY)


def around(target: dt.date, radius: int, cap: dt.date) -> DateValue:
    """A week-precision window of ``radius`` days each side of ``target``, not running past ``cap``."""
    latest = min(target + radius * DAY, cap)
    return DateValue.window(min(target - radius * DAY, latest), latest)
