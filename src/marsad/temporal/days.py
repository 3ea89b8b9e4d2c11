"""Days named relative to publication: اليوم، أمس، أول أمس، غداً، weekdays, and parts of the day before them.

Pattern: ``[daypart] [يوم] [today|yesterday|...] [weekday [weekday]] [past|next|current]``, optionally
followed by an absolute date ("الأحد الموافق 29 ...") that then gives the value.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeTerm
from marsad.model.dates import DateValue
from marsad.temporal import reckon
from marsad.temporal.calendar_dates import absolute
from marsad.temporal.parsing import Context, Parsed
from marsad.temporal.scan import ADJACENT, Item

_OFFSETS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "day_before_yesterday": -2,
    "tomorrow": 1,
}
_NIGHT = ("night",)
_TANWEEN_FATH = "\u064b"
_SHADDA = "\u0651"


@lru_cache(maxsize=1)
def _not_today() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """اليوم/الليلة that are not today: "اليوم التالي", "ذلك اليوم", "تلك الليلة", "روسيا اليوم" (TV)."""
    after = re.compile(
        r"\s+(?:التالي|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير"
        r"|نفسه|ذاته|السابق|الموعود|المشهود|الذي|العالمي|الوطني|الدولي|الطويل)(?!\w)"
    )
    # newspapers and channels ("روسيا اليوم", "المصري اليوم"), "ذلك اليوم"
    before = re.compile(r"(?:روسيا|فلسطين|سوريا|مصر|العراق|اسرائيل|المصري|تلك|ذلك|هذا)\s+$")
    per_day = re.compile(r"(?:^|\W)في\s+$")  # "100 يورو في اليوم"
    return after, before, per_day


_QUOTE = '"'
#: an outlet's quoted name told to or named by its medium: 'لـ«الصومال اليوم»', 'صحيفة «السودان اليوم»'
_TOLD_TO_TITLE = re.compile(
    r"(?:(?:^|\s)و?ل|(?:صحيفه|جريده|مجله|قناه|اذاعه|تلفزيون|موقع|وكاله|شبكه)\s*)" + _QUOTE + r"(?:\S+\s+){1,3}$"
)


def day_phrase(ctx: Context, i: int) -> Parsed | None:
    j = i
    daypart = ctx.term(j, i, TermKind.DAYPART)
    if daypart is not None and not ctx.items[j].article and not _has_shadda(ctx, ctx.items[j]):
        j += 1
    else:
        daypart = None
    yom = ctx.term(j, i, TermKind.UNIT, ("day",))
    if yom is not None and yom.value == 1 and not ctx.items[j].article:
        j += 1
    else:
        yom = None
    rel = ctx.term(j, i, TermKind.RELATIVE_DAY)
    if rel is None and j > i and (it := ctx.item(j, i, bare=False)) is not None and it.prefix == "ال":
        rel = it.term(TermKind.RELATIVE_DAY, ("tomorrow",))  # "صباح الغد"
    rel_item = ctx.items[j] if rel is not None else None
    if rel is not None:
        j += 1
    weekday = ctx.term(j, i, TermKind.WEEKDAY)
    if weekday is not None:
        j += 1
    if rel is None or rel_item is None:
        if weekday is None or (j == i + 1 and ctx.after_name_head(ctx.items[i].tstart)):
            return None  # ("لسوق الجمعة": a market named by its day, a place of Tripoli)
        return _weekday(ctx, i, j, weekday, daypart)
    context = daypart is not None or yom is not None or weekday is not None
    if not _plausible(ctx, rel_item, rel, context):
        return None
    if rel.key == "tonight":  # الليلة الماضية، الليلة قبل الماضية
        mod, end = ctx.modifier(j, i, ("past",))
        if mod is not None:
            back = 2 if mod == "before-last" else 1
            rule = "night-before-last" if back == 2 else "last-night"
            return ctx.relative(end, rule, lambda p: DateValue.day(p - back * reckon.DAY))
    if weekday is not None and ctx.published is None and (dated := _dated(ctx, i, j, weekday, daypart)) is not None:
        # "اليوم الجمعة، الخامس من يوليو/تموز 2019" with no publication date: the date it gives is the day
        return dated
    return _with_relative_day(ctx, j, rel, daypart, weekday)


def _plausible(ctx: Context, it: Item, rel: TimeTerm, context: bool) -> bool:
    """Reject اليوم in "اليوم التالي" and غدا the verb ("became") when nothing marks it as tomorrow."""
    if rel.key in ("today", "tonight"):
        after, before, per_day = _not_today()
        window = max(0, it.tstart - 12)
        if after.match(ctx.text, it.nend) or before.search(ctx.text, window, it.tstart):
            return False
        if ctx.text.startswith(_QUOTE, it.nend) and _TOLD_TO_TITLE.search(ctx.text, max(0, it.tstart - 30), it.tstart):
            return False
        if not context and not it.prefix and per_day.search(ctx.text, window, it.tstart):
            return False
    if rel.key == "tomorrow" and not context:
        return _TANWEEN_FATH in ctx.view.raw_span(it.nstart, it.nend).slice(ctx.view.raw)
    return True


def _has_shadda(ctx: Context, it: Item) -> bool:
    """ "فجّر" (he detonated) folds to "فجر" (dawn); only the shadda in the raw text tells them apart."""
    return _SHADDA in ctx.view.raw_span(it.nstart, it.nend).slice(ctx.view.raw)


def _name(*parts: str | None) -> str:
    return "+".join(p for p in parts if p)


def _with_relative_day(
    ctx: Context, end: int, rel: TimeTerm, daypart: TimeTerm | None, weekday: TimeTerm | None
) -> Parsed:
    offset = _OFFSETS[rel.key]
    future = "(future)" if offset > 0 else ""
    base = _name(daypart.key if daypart else None, rel.key.replace("_", "-"), "weekday" if weekday else None)
    if weekday is None:
        return ctx.relative(end, base + future, lambda p: DateValue.day(p + offset * reckon.DAY))
    expected_ok = ctx.published is not None and ((ctx.published + offset * reckon.DAY).weekday() == weekday.value)
    rule = base + ("" if expected_ok or ctx.published is None else "-mismatch") + future

    def resolve(p: dt.date) -> DateValue:
        # the weekday is the more specific word: when it contradicts, take that weekday nearest to
        # the day the relative word gives (reports are often dated a day after they were written)
        said = p + offset * reckon.DAY
        day = reckon.nearest(said, weekday.value)
        # a day's slack: outlets date by UTC, a day behind a local evening ("اليوم الاثنين" on Sunday)
        latest = p + (offset + 1) * reckon.DAY
        if offset <= 0 and day > latest:
            # "أمس الاثنين" published on a Sunday: a past word cannot name a later day, and neither
            # word can be trusted over the other, so the date is the week between them
            return DateValue.window(reckon.on_or_before(latest, weekday.value), said)
        return DateValue.day(day)

    return ctx.relative(end, rule, resolve)


def _weekday(ctx: Context, i: int, j: int, weekday: TimeTerm, daypart: TimeTerm | None) -> Parsed:
    night = daypart is not None and daypart.key in _NIGHT
    second = ctx.term(j, i, TermKind.WEEKDAY, gaps=(ADJACENT, "-", "/", "علي"))
    pair = night and second is not None and second.value == (weekday.value + 1) % 7
    if pair:
        assert second is not None
        weekday = second
        j += 1
    mod, after = ctx.modifier(j, i, ("past", "next", "current"))
    if mod is None:
        dated = _dated(ctx, i, j, weekday, daypart)
        if dated is not None:
            return dated
    j = after
    key = mod if mod != "current" else None
    # "ليل الخميس الجمعة ... قرابة الساعة الثانية فجراً": after midnight, the second day
    late = pair and ctx.after_midnight_from(ctx.items[j - 1].nend)
    head = "weekday" + ("-pair" if pair else "") + ("-late" if late else "")
    rule = _name(daypart.key if daypart else None, head, key)
    if key == "next":
        rule += "(future)"

    def resolve(p: dt.date) -> DateValue:
        if key == "past":
            d = reckon.strictly_before(p, weekday.value)
        elif key == "before-last":  # "الأحد قبل الماضي": the one before last
            d = reckon.strictly_before(p, weekday.value) - 7 * reckon.DAY
        elif key == "next":
            d = reckon.strictly_after(p, weekday.value)
        else:
            d = reckon.on_or_before(p, weekday.value)
        # "ليلة الأحد" runs from Saturday evening into Sunday: coded to the day it names, as review coders do;
        # "ليل السبت - الأحد", naming both, to the first, the day it began on, unless an hour after midnight
        # is told with it
        return DateValue.day(d - reckon.DAY) if pair and not late else DateValue.day(d)

    return ctx.relative(j, rule, resolve)


def _dated(ctx: Context, i: int, j: int, weekday: TimeTerm, daypart: TimeTerm | None) -> Parsed | None:
    """ "الأحد 29 تشرين الأول" or "الأحد الموافق 29 ...": the date gives the value, the weekday checks it."""
    k = j
    if ctx.term(k, i, TermKind.CUE, ("equals",), gaps=(ADJACENT, "،", ",")) is not None:
        k += 1
    nxt = ctx.item(k, i, gaps=(ADJACENT, "،", ",", "("), bare=False)
    if nxt is None or (nxt.number is None and nxt.term(TermKind.ORDINAL) is None):
        return None
    date = absolute(ctx, k)
    if date is None or date.value is None or date.value.earliest != date.value.latest:
        return None
    mismatch = date.value.earliest.weekday() != weekday.value
    date.rule = _name(daypart.key if daypart else None, "weekday", date.rule) + ("-mismatch" if mismatch else "")
    return date
