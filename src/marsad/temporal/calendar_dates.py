"""Calendar dates in words: days of named months, months, years and parts of months or years.

Pattern: ``[part | day | ordinal] [من] [شهر] month [/ (month)] [[من] [عام] year | past|current|next]``,
with "الشهر/العام + الماضي/الجاري" standing for a month or year relative to publication. A missing
year is taken as the latest one not after publication; a missing day or month is never filled in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.timewords import TermKind
from marsad.model.dates import DateValue, Precision
from marsad.temporal import reckon
from marsad.temporal.parsing import Context, Parsed
from marsad.temporal.scan import ADJACENT, Item

_SHIFT: dict[str | None, int] = {"past": -1, "current": 0, "this": 0, "next": 1, None: 0}
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_NO_SUCH_DAY = "the month has no such day"
#: what may stand between the two days of a range: "6 و18", "6 و 18", "10 - 13", "10 إلى 13", "10 حتى 13"
_RANGE_GAPS = (ADJACENT, "و", "-", "الي", "حتي")


@lru_cache(maxsize=1)
def _in_before() -> re.Pattern[str]:
    return re.compile(r"(?:^|\W)[وف]?في\s*$")


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    return re.compile(r"\s*\)")


@dataclass(slots=True)
class _Month:
    """A month as written: a name (``number``) or "الشهر" + modifier (``shift``)."""

    number: int | None
    shift: str | None
    end: int
    strong: bool  # not an ambiguous word, or paired / introduced by شهر
    paired: bool = False
    paren: bool = False
    nend: int | None = None


@dataclass(slots=True)
class _Year:
    number: int | None  # None: relative ("العام الماضي", "العام")
    shift: str | None
    end: int


def _is_year(it: Item | None) -> bool:
    return it is not None and it.number is not None and it.digits == 4 and _YEAR_MIN <= it.number <= _YEAR_MAX


def _month(ctx: Context, i: int, k: int, gaps: tuple[str, ...], need_article_month: bool) -> _Month | None:
    it = ctx.item(k, i, gaps, bare=False)
    if it is None:
        return None
    word = it.term(TermKind.UNIT, ("month",))
    if word is not None and word.value == 1:
        if it.article:  # "29 من الشهر الجاري", "منتصف الشهر الماضي"; alone it is a period (periods.py)
            if not need_article_month:
                return None
            mod = ctx.term(k + 1, i, TermKind.MODIFIER, ("past", "current", "next"))
            if mod is None and ctx.anaphoric_after(it):
                return None
            return _Month(None, mod.key if mod else None, k + 2 if mod else k + 1, True)
        named = _month(ctx, i, k + 1, (ADJACENT,), False)
        if named is None or named.number is None:
            return None
        named.strong = True
        return named
    if it.prefix and k != i:
        return None
    name = it.term(TermKind.MONTH)
    if name is None:
        return None
    found = _Month(name.value, None, k + 1, not name.ambiguous)
    other = ctx.item(k + 1, i, ("/", "(", "-", "،(", "/("), bare=True)
    other_name = other.term(TermKind.MONTH) if other is not None else None
    if other is not None and other_name is not None and other_name.value == name.value:
        found.end, found.strong, found.paired = k + 2, True, True
        if "(" in other.gap:
            close = _closing().match(ctx.text, other.nend)
            if close:
                found.paren, found.nend = True, close.end()
    return found


def _year(ctx: Context, i: int, k: int, gaps: tuple[str, ...]) -> _Year | None:
    it = ctx.item(k, i, gaps, bare=False)
    if it is None:
        return None
    if _is_year(it) and it.prefix in ("", "ل", "ب"):
        assert it.number is not None
        return _Year(it.number, None, k + 1)
    word = it.term(TermKind.UNIT, ("year",))
    if word is None or word.value != 1:
        return None
    nxt = ctx.item(k + 1, i)
    if _is_year(nxt):
        assert nxt is not None
        return _Year(nxt.number, None, k + 2)
    if it.article:
        mod = ctx.term(k + 1, i, TermKind.MODIFIER, ("past", "current", "next"))
        if mod is None and ctx.anaphoric_after(it):
            return None
        return _Year(None, mod.key if mod else None, k + 2 if mod else k + 1)
    return None


@dataclass(slots=True)
class _Head:
    """What stands before the month: a part word ("مطلع"), a day number or an ordinal, or nothing."""

    part: str | None
    day: int | None
    ordinal: bool
    end: int
    last_day: int | None = None  # "بين 6 و18 شباط", "من 10 إلى 13 يوليو"
    listed: bool = False  # the two days named one by one ("يومي 5 و6"), not a span ("بين 5 و7")


def _head(ctx: Context, i: int) -> _Head | None:
    j = i
    first: Item | None = ctx.items[i]
    yom = ctx.items[i].term(TermKind.UNIT, ("day",))
    if yom is not None and yom.value == 1 and not ctx.items[i].article:  # "يوم 21 آذار"
        j += 1
        first = ctx.item(j, i, bare=False)
        if first is None or first.prefix not in ("", "ال"):
            return None
    assert first is not None
    part = first.term(TermKind.PART) if j == i else None
    ordinal = first.term(TermKind.ORDINAL)
    if part is not None:
        return _Head(part.key, None, False, j + 1)
    if first.number is not None and first.digits <= 2 and 1 <= first.number <= 31:
        second = ctx.item(j + 1, i, _RANGE_GAPS, bare=False)
        if (
            second is not None
            and second.number is not None
            and second.digits <= 2
            and first.number < second.number <= 31
            and (second.prefix == "و" or (not second.prefix and second.gap != ADJACENT))
        ):
            joined = second.prefix == "و" or second.gap == "و"
            # ("يوم 14 و30 أيلول" names two days too; "بين 5 و7" and "بين يوم 5 و7" are spans)
            listed = joined and ctx.word_before(ctx.items[i].tstart) != "بين"
            return _Head(None, first.number, False, j + 2, second.number, listed)
        return _Head(None, first.number, False, j + 1)
    if ordinal is not None:
        return _Head(None, ordinal.value, True, j + 1)
    return _Head(None, None, False, j) if j == i else None


def season(ctx: Context, i: int) -> Parsed | None:
    """ "صيف عام 2015", "شتاء 2012", "ربيع العام الماضي": a season of a named year; "الخريف الماضي": the last
    such season that had ended by publication; with no year and no "الماضي", none."""
    term = ctx.items[i].term(TermKind.SEASON)
    if term is None:
        return None
    year = _year(ctx, i, i + 1, (ADJACENT,))
    if year is not None:
        return _year_part(ctx, year, term.key)
    mod, end = ctx.modifier(i + 1, i, ("past",))
    if mod != "past" or not ctx.items[i].article:
        return None
    return ctx.relative(end, f"last-{term.key}", lambda p: reckon.last_season(p, term.key))


def absolute(ctx: Context, i: int) -> Parsed | None:
    head = _head(ctx, i)
    if head is None:
        return None
    part = head.part
    day, ordinal, j = head.day, head.ordinal, head.end
    last_day = head.last_day
    gaps = (ADJACENT, "من") if day is not None else (ADJACENT,)
    month = _month(ctx, i, j, gaps, need_article_month=day is not None or part is not None)
    if month is None:
        if part is None:
            return None
        year = _year(ctx, i, j, (ADJACENT,))
        return _year_part(ctx, year, part) if year is not None else _week_part(ctx, i, j, part)
    year_gaps = (ADJACENT, ")", ")من") if month.paren else (ADJACENT, "من")
    year = _year(ctx, i, month.end, year_gaps) if month.number is not None else None
    if year is not None and year.number is None and year.shift is None:
        year = None  # "أكتوبر العام" is not a date
    if (
        year is None
        and month.number is not None
        and not month.strong
        and day is None
        and part is None
        and ctx.term(month.end, i, TermKind.MODIFIER, ("past", "current", "next"), gaps=(ADJACENT,)) is None
    ):
        # a bare آب or مارس is more likely "father" or "he practised" (not with its word of when: "في آب الماضي",
        # an article-less noun with the article's adjective, is the month)
        return None
    # (a part of a month too: "ساحة أول نوفمبر" is Oran's square, not early November)
    if year is None and month.number is not None and _is_name(ctx, i, month):
        return Parsed(month.end, "name", None, emit=False)
    end = year.end if year is not None else month.end
    nend = month.nend if year is None else None
    mod = None
    if year is None and month.number is not None:
        mod_gaps = (ADJACENT, ")") if month.paren else (ADJACENT,)
        mod_term = ctx.term(end, i, TermKind.MODIFIER, ("past", "current", "next"), gaps=mod_gaps)
        if mod_term is not None:
            mod, end, nend = mod_term.key, end + 1, None
    rule = "+".join(
        p
        for p in (
            part + "-of" if part else None,
            ("ordinal" if ordinal else ("day-range" if last_day else "day")) if day is not None else None,
            "paired-month" if month.paired else ("month" if month.number is not None else "this-month"),
            "year" if year is not None else None,
            mod,
        )
        if p
    )
    if month.number is None:
        rule = rule.replace(
            "this-month", {"past": "last-month", "next": "next-month"}.get(month.shift or "", "this-month")
        )
    if mod == "next" or month.shift == "next" or (year is not None and year.shift == "next"):
        rule += "(future)"
    parsed = _resolve(ctx, end, nend, rule, _Days(day, last_day, part), month, year, mod)
    if parsed is not None and last_day is not None:
        parsed.listed = head.listed
    return parsed


def _is_name(ctx: Context, i: int, month: _Month) -> bool:
    """«14 آذار», "قوى 14 آذار", "حرب تموز", "وساحة أول ماي": a day and month without a year used as a name."""
    start, end = ctx.items[i].nstart, ctx.items[month.end - 1].nend
    text = ctx.text
    if start > 0 and text[start - 1] == '"' and end < len(text) and text[end] == '"':
        return True
    return ctx.after_name_head(ctx.items[i].tstart)


@dataclass(frozen=True, slots=True)
class _Days:
    """The days of the month the text gives: one day, a range of days, a part of the month, or all."""

    first: int | None
    last: int | None
    part: str | None

    def value_in(self, y: int, m: int) -> DateValue | None:
        if self.first is None:
            return reckon.month_part(y, m, self.part) if self.part is not None else DateValue.month(y, m)
        d = reckon.safe_date(y, m, self.first)
        if d is None:
            return None
        if self.last is None:
            return DateValue.day(d)
        end = reckon.safe_date(y, m, self.last)
        if end is None:
            return None
        # a few days are a week-precision window; a longer range only tells the month
        precision = Precision.WEEK if (end - d).days < 7 else Precision.MONTH
        return DateValue(d, end, precision)


def _resolve(
    ctx: Context,
    end: int,
    nend: int | None,
    rule: str,
    days: _Days,
    month: _Month,
    year: _Year | None,
    mod: str | None,
) -> Parsed | None:
    day = days.first
    value_in = days.value_in

    if month.number is not None and year is not None and year.number is not None:
        value = value_in(year.number, month.number)
        reason = "" if value is not None else _NO_SUCH_DAY
        return Parsed(end, rule, value, reason=reason, nend=nend)
    if month.number is not None and day is not None and year is None and mod is None:
        m_num = month.number

        def latest_day(p: dt.date) -> DateValue | None:
            y = reckon.latest_year_of_day(p, m_num, day)
            return value_in(y, m_num) if y is not None else None

        if reckon.safe_date(2000, m_num, day) is None:  # 30 February in any leap year
            return Parsed(end, rule, None, True, reason=_NO_SUCH_DAY, nend=nend)
        return ctx.relative(end, rule, latest_day, nend=nend)

    def resolve(p: dt.date) -> DateValue | None:
        if month.number is None:  # الشهر الماضي / الجاري, maybe of a given or relative year
            y, m = reckon.shift_month(p.year, p.month, _SHIFT[month.shift])
            return value_in(y, m)
        if year is not None:  # "أكتوبر من العام الماضي"
            return value_in(p.year + _SHIFT[year.shift], month.number)
        if mod == "past":
            return value_in(reckon.latest_year_of_month(p, month.number, strict=True), month.number)
        if mod == "next":
            return value_in(reckon.next_year_of_month(p, month.number), month.number)
        return value_in(reckon.latest_year_of_month(p, month.number), month.number)

    return ctx.relative(end, rule, resolve, nend=nend, if_none=_NO_SUCH_DAY)


def _year_part(ctx: Context, year: _Year, part: str) -> Parsed:
    rule = f"{part}-of+year"
    if year.number is not None:
        return Parsed(year.end, rule, reckon.year_part(year.number, part))
    shift = _SHIFT[year.shift]
    return ctx.relative(
        year.end, rule + ("(future)" if shift > 0 else ""), lambda p: reckon.year_part(p.year + shift, part)
    )


def _week_part(ctx: Context, i: int, j: int, part: str) -> Parsed | None:
    """ "مطلع الأسبوع الجاري", "نهاية الأسبوع الماضي": three days of that week (weeks start on Saturday)."""
    it = ctx.item(j, i, bare=False)
    week = it.term(TermKind.UNIT, ("week",)) if it is not None else None
    if it is None or week is None or week.value != 1 or not it.article or ctx.anaphoric_after(it):
        return None
    mod, end = ctx.modifier(j + 1, i, ("past", "current", "next"))
    shift = {"before-last": -2, "past": -1, "next": 1}.get(mod or "", 0)
    first = {"early": 0, "mid": 2, "late": 4}[part]
    name = {-2: "before-last-week", -1: "last-week", 0: "this-week", 1: "next-week(future)"}[shift]

    def resolve(p: dt.date) -> DateValue:
        start = reckon.week_start(p) + (7 * shift + first) * reckon.DAY
        return DateValue.window(start, start + 2 * reckon.DAY)

    return ctx.relative(end, f"{part}-of+{name}", resolve)


def year_only(ctx: Context, i: int) -> Parsed | None:
    """ "عام 2014", "العام 2014", "سنة 2014", "في 2014", "منذ 2012", "2014م"."""
    first = ctx.items[i]
    word = first.term(TermKind.UNIT, ("year",))
    if word is not None and word.value == 1:
        nxt = ctx.item(i + 1, i)
        if _is_year(nxt):
            assert nxt is not None and nxt.number is not None
            return Parsed(i + 2, "year", DateValue.year(nxt.number))
        return None
    if not _is_year(first) or first.prefix not in ("", "و", "ف"):
        return None
    assert first.number is not None
    after_in = _in_before().search(ctx.text, max(0, first.tstart - 8), first.tstart) is not None
    prev = ctx.items[i - 1] if i > 0 else None
    after_since = prev is not None and first.gap == ADJACENT and prev.term(TermKind.CUE, ("since",)) is not None
    ad = ctx.text[first.nend : first.nend + 1] == "م"
    if not (after_in or after_since or ad):
        return None
    rule = "in+year" if after_in else ("since+year" if after_since else "year-ad")
    return Parsed(i + 1, rule, DateValue.year(first.number), nend=first.nend + (1 if ad else 0))
