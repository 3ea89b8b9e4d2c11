"""Periods counted in units: "منذ نحو أسبوعين", "قبل 3 أيام", "الأسبوع الماضي", "خلال الأيام الماضية",
"على مدار عامين", "لنحو 5 سنوات".

Pattern: ``[cue] [approx] [هذا] [count] unit [القليلة] [past|recent|current|next]``. Cues منذ/قبل make a
point some units before publication; خلال/لمدة/على مدار/طوال (and ل + نحو) make a duration.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from marsad.lang.timewords import TermKind, TimeTerm
from marsad.model.dates import DateValue
from marsad.temporal import reckon
from marsad.temporal.parsing import DURATION, Context, Parsed
from marsad.temporal.scan import Item

#: length of a unit in days, for trailing windows ("خلال الـ48 ساعة الماضية")
_UNIT_DAYS: dict[str, float] = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
#: the longest trailing span that still fits week precision
_WEEK_DAYS = 7
_FOR_PREFIXES = ("ل", "ول", "فل")


@dataclass(slots=True)
class _Phrase:
    cue: str | None
    approx: bool
    this: bool
    count: int | None  # None: a plural without number ("أيام") or a vague count ("بضعة أيام")
    unit: str
    number: int  # of the unit word: 1 singular, 2 dual, 0 plural
    article: bool
    mod: str | None
    end: int
    lam: bool  # the cue is the ل of "لنحو"
    daypart: bool = False  # "ساعات الصباح": the hours of a part of the day, today


def _is_year_number(it: Item | None) -> bool:
    return it is not None and it.number is not None and it.digits == 4


def _parse(ctx: Context, i: int) -> _Phrase | None:
    j = i
    cue_term = ctx.term(j, i, TermKind.CUE, ("since", "ago", "during", "for"))
    cue = cue_term.key if cue_term is not None else None
    if cue_term is not None:
        j += 1
    approx = ctx.term(j, i, TermKind.CUE, ("approx",)) is not None
    lam = False
    if approx:
        if j == i and ctx.items[i].prefix in _FOR_PREFIXES:  # لنحو 5 سنوات
            cue, lam = "for", True
        j += 1
    this = ctx.term(j, i, TermKind.MODIFIER, ("this",)) is not None
    if this:
        j += 1
    count: int | None = None
    it = ctx.item(j, i, bare=False)
    if it is not None and it.prefix in ("", "ال") and (j == i or not it.prefix or it.number is not None):
        cardinal = it.term(TermKind.CARDINAL)
        if it.number is not None and it.digits <= 3 and it.number > 0:
            count, j = it.number, j + 1
        elif cardinal is not None:
            count, j = cardinal.value, j + 1
        elif it.term(TermKind.VAGUE_COUNT) is not None:
            j += 1
    unit_item = ctx.item(j, i, bare=False)
    unit: TimeTerm | None = unit_item.term(TermKind.UNIT) if unit_item is not None else None
    if unit is None or unit_item is None:
        return None
    if j != i and unit_item.prefix not in ("", "ال"):
        return None
    if count is None and unit.value == 2:
        count = 2
    j += 1
    if unit.value == 1 and count is None:
        nxt = ctx.item(j, i)
        # "منذ عام 2012", "منذ يوم الأربعاء", "شهر أيار": the unit word introduces a date
        if _is_year_number(nxt) or (
            nxt is not None and any(nxt.term(k) for k in (TermKind.WEEKDAY, TermKind.MONTH, TermKind.RELATIVE_DAY))
        ):
            return None
        if not unit_item.article and not this:
            count = 1
    daypart = False
    if unit.key == "hour" and count is None and unit.value == 0:
        nxt = ctx.item(j, i, bare=False)
        if nxt is not None and nxt.prefix == "ال" and nxt.term(TermKind.DAYPART) is not None:
            daypart, j = True, j + 1
    if ctx.term(j, i, TermKind.MODIFIER, ("few",)) is not None:
        j += 1
    mod, j = ctx.modifier(j, i, ("past", "recent", "current", "next"))
    return _Phrase(
        cue,
        approx,
        this,
        count,
        unit.key,
        unit.value,
        unit_item.article or this,
        mod,
        j,
        lam,
        daypart,
    )


def period(ctx: Context, i: int) -> Parsed | None:
    ph = _parse(ctx, i)
    if ph is None:
        return None
    single = ph.article and ph.count is None and ph.number == 1
    if single and ph.unit in ("week", "month", "year"):
        return _this_or_last(ctx, ph)
    if ph.mod in ("past", "recent") and not single:
        return _trailing(ctx, ph)
    if ph.mod == "before-last":
        return None
    if ph.mod in ("current", "next") or ph.article:
        return None
    if ph.daypart and ph.cue == "since":
        # "منذ ساعات الصباح": since this morning, the day of publication
        return ctx.relative(ph.end, "since+hours-of-daypart", DateValue.day, durative=True)
    if ph.daypart and ph.cue == "during" and ph.count is None:
        # "خلال ساعات الفجر": in the hours of this dawn, the day of publication, no span of hours
        return ctx.relative(ph.end, "during+hours-of-daypart", DateValue.day, durative=True)
    if ph.cue in ("since", "ago"):
        parsed = _ago(ctx, ph)
        if ph.cue == "since" and parsed.value is not None and _after_ongoing(ctx, i):
            # "الاحتجاجات المستمرة منذ نحو شهر": when something still going on began
            parsed.durative = True
            parsed.rule = "duration:" + parsed.rule
        return parsed
    if ph.cue in ("for", "during"):
        what = f"N-{ph.unit}s" if ph.count is not None else f"{ph.unit}s"
        return Parsed(ph.end, f"duration:{ph.cue}+{what}", None, False, True, DURATION, with_clitic=ph.lam)
    return None


def _after_ongoing(ctx: Context, i: int) -> bool:
    """Item ``i`` ("منذ") comes right after a word of going on ("المستمرة")."""
    if i == 0:
        return False
    before, here = ctx.items[i - 1], ctx.items[i]
    return before.term(TermKind.CUE, ("ongoing",)) is not None and here.gap == " "


def _this_or_last(ctx: Context, ph: _Phrase) -> Parsed | None:
    """الأسبوع الماضي، هذا الشهر، العام المقبل ..."""
    if ph.mod == "before-last":  # الأسبوع قبل الماضي
        shift, name = -2, "before-last"
    elif ph.mod in ("past", "recent"):
        shift, name = -1, "last"
    elif ph.mod == "next":
        shift, name = 1, "next"
    elif ph.mod == "current" or ph.this:
        shift, name = 0, "this"
    else:
        return None
    unit = ph.unit
    durative = ph.cue in ("since", "during", "for")
    rule = ("duration:" + f"{ph.cue}+" if durative else "") + f"{name}-{unit}" + ("(future)" if shift > 0 else "")

    def resolve(p: dt.date) -> DateValue:
        if unit == "week":
            start = reckon.week_start(p) + 7 * shift * reckon.DAY
            return DateValue.window(start, start + 6 * reckon.DAY)
        if unit == "month":
            return DateValue.month(*reckon.shift_month(p.year, p.month, shift))
        return DateValue.year(p.year + shift)

    return ctx.relative(ph.end, rule, resolve, durative=durative)


def _trailing(ctx: Context, ph: _Phrase) -> Parsed:
    """The last days up to publication: "خلال الأيام الماضية", "في الأيام الأخيرة", "الـ48 ساعة الماضية"."""
    durative = ph.cue in ("since", "during", "for")
    what = f"N-{ph.unit}s" if ph.count is not None else f"{ph.unit}s"
    rule = ("duration:" if durative else "") + f"past-{what}"
    if ph.count is None:
        days = 1 if ph.unit == "hour" else (_WEEK_DAYS if ph.unit == "day" else None)
    else:
        total = ph.count * _UNIT_DAYS[ph.unit]
        days = max(1, math.ceil(total)) if total <= _WEEK_DAYS else None
    if days is None:
        return Parsed(ph.end, rule, None, True, durative, "a span of more than a week before publication")
    span = days
    return ctx.relative(ph.end, rule, lambda p: DateValue.window(p - span * reckon.DAY, p), durative=durative)


def _ago(ctx: Context, ph: _Phrase) -> Parsed:
    """منذ/قبل (نحو) N units: a window around that many units before publication."""
    cue = "since" if ph.cue == "since" else "ago"
    approx = "approx+" if ph.approx else ""
    unit = ph.unit
    if ph.count is None:  # منذ أيام: the last days, ongoing; منذ سنوات: too vague to place
        durative = cue == "since"
        rule = f"{cue}+{unit}s"
        if unit in ("hour", "day"):
            span = 1 if unit == "hour" else _WEEK_DAYS
            return ctx.relative(ph.end, rule, lambda p: DateValue.window(p - span * reckon.DAY, p), durative=durative)
        return Parsed(ph.end, rule, None, True, durative, "a vague number of units before publication")
    n = ph.count
    rule = f"{cue}+{approx}N-{unit}s"

    def resolve(p: dt.date) -> DateValue:
        if unit == "hour":
            return DateValue.window(p - max(1, math.ceil(n / 24)) * reckon.DAY, p)
        if unit == "day":
            return reckon.around(p - n * reckon.DAY, 2 if ph.approx else 1, p)
        if unit == "week":
            return reckon.around(p - 7 * n * reckon.DAY, 3, p)
        if unit == "month":
            return DateValue.month(*reckon.shift_month(p.year, p.month, -n))
        return DateValue.year(p.year - n)

    return ctx.relative(ph.end, rule, resolve)
