"""Days a date names one by one: "يومي السبت والأحد", "أمس واليوم", "يومي 5 و6 أيلول", "بين 5 و7 أيلول".

ACLED's events are daily (a two-day battle is two events, its toll split between the days), so such a date
keeps its days (:attr:`DateMention.days`) for the event stage to split what it dates. Two dates of a day
each joined by "و" alone become one mention; the grammar gives a range of day numbers its days (:func:`range_days`).
"""

from __future__ import annotations

import datetime as dt

from marsad.model.dates import DateValue, Precision
from marsad.model.mentions import DateMention
from marsad.model.span import Span

#: the longest range of day numbers read as that many events ("بين 5 و7 أيلول"); a longer one ("بين 6 و18
#: شباط") is a period, more often a tally's than a battle's
MAX_RANGE_DAYS = 3
#: the farthest apart two days joined by "و" may be ("يومي الجمعة والأحد")
_MAX_PAIR_GAP = dt.timedelta(days=6)


def with_listed_days(raw: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with each pair of single days joined by "و" made one mention of both days (the
    days of a range of day numbers are the grammar's: see :func:`range_days`)."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        m = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        joined = nxt is not None and _joined_days(raw, m, nxt)
        kind = ""
        if nxt is not None:
            if joined:
                kind = "and"
            elif _spanned_days(raw, m, nxt):
                kind = "until"
            elif _spanned_period(raw, m, nxt):
                kind = "until-period"
        if nxt is not None and kind:
            assert m.value is not None and nxt.value is not None
            first, last = m.value.earliest, nxt.value.earliest
            value, days = DateValue.window(first, last), (first, last) if joined else _days_from(first, last)
            if kind == "until-period":
                # (a period, a tally's: no daily events; a week of it at week precision, longer at month's)
                value = DateValue(first, last, Precision.WEEK if last - first <= _MAX_PAIR_GAP else Precision.MONTH)
                days = ()
            out.append(
                DateMention(
                    Span(m.span.start, nxt.span.end),
                    m.sentence,
                    value,
                    f"{m.rule}+{kind}+{nxt.rule}",
                    m.relative or nxt.relative,
                    days=days,
                )
            )
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _a_day(m: DateMention) -> bool:
    return m.value is not None and m.value.precision is Precision.DAY and not m.durative


def _spanned_days(raw: str, a: DateMention, b: DateMention) -> bool:
    """Dates ``a`` and ``b`` are the first and last of a few days of one sentence, "منذ"/"من" before ``a`` and
    "حتى"/"إلى" right before ``b`` a few words on ("منذ صباح الأحد واستمرت حتى مساء أمس الاثنين")."""
    return 0 < _gap_of_days(a, b) < MAX_RANGE_DAYS and _from_until(raw, a, b)


def _spanned_period(raw: str, a: DateMention, b: DateMention) -> bool:
    """As :func:`_spanned_days`, over more days (two months at most): one period, a tally's ("خلال الأسبوع الممتد
    من 28 فيفري إلى 5 مارس"), not that many daily events."""
    return MAX_RANGE_DAYS <= _gap_of_days(a, b) <= _MAX_PERIOD_DAYS and _from_until(raw, a, b)


#: the longest period two days told from and until make one date of
_MAX_PERIOD_DAYS = 62


def _gap_of_days(a: DateMention, b: DateMention) -> int:
    """How many days ``b`` is after ``a``, both single days of one sentence (``b`` no span start); else -1."""
    if a.sentence != b.sentence or a.value is None or b.value is None:
        return -1
    if a.value.precision is not Precision.DAY or b.value.precision is not Precision.DAY or b.durative:
        return -1
    return (b.value.earliest - a.value.earliest).days


def _from_until(raw: str, a: DateMention, b: DateMention) -> bool:
    """"منذ"/"من" right before ``a``, or a verb of going on right before "حتى", and "حتى"/"إلى" right before ``b``
    a few words on."""
    before = raw[max(0, a.span.start - 8) : a.span.start].split()
    between = raw[a.span.end : b.span.start].split()
    return (
        # (or what began on the first day "lasted until" the last: "اندلعت المواجهات مساء الاثنين واستمرت حتى مساء
        # الثلاثاء")
        ((bool(before) and before[-1] in _SPAN_FROM) or (len(between) >= 2 and between[-2] in _LASTED))
        and 0 < len(between) <= _SPAN_WORDS
        and between[-1] in _SPAN_UNTIL
    )


def _days_from(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """Every day from ``first`` to ``last``, both named."""
    return tuple(first + dt.timedelta(days=k) for k in range((last - first).days + 1))


#: the words before the first day and right before the last of a span of days, and how many words may stand
#: between the two days ("منذ صباح الأحد واستمرت حتى مساء أمس الاثنين")
_SPAN_FROM = frozenset({"منذ", "ومنذ", "من", "ومن"})
_SPAN_UNTIL = frozenset({"حتى", "وحتى", "إلى", "وإلى", "الى", "والى"})
_SPAN_WORDS = 4
#: the verbs of going on before "حتى" that make the day told before them a span's first
_LASTED = frozenset({"استمرت", "واستمرت", "استمر", "واستمر", "تواصلت", "وتواصلت", "تواصل", "وتواصل", "امتدت", "وامتدت"})


def _joined_days(raw: str, a: DateMention, b: DateMention) -> bool:
    """Dates ``a`` and ``b`` are single days of one sentence, ``b`` later by a week at most, with only "و"
    between them ("يومي السبت والأحد")."""
    if a.sentence != b.sentence or not (_a_day(a) and _a_day(b)):
        return False
    assert a.value is not None and b.value is not None
    gap = b.value.earliest - a.value.earliest
    return dt.timedelta(0) < gap <= _MAX_PAIR_GAP and raw[a.span.end : b.span.start].strip() == "و"


def range_days(value: DateValue | None, listed: bool) -> tuple[dt.date, ...]:
    """The days of a range of day numbers the grammar read: the two named when ``listed`` ("يومي 5 و6", "14 و30
    ابريل"), every day of a short span ("بين 5 و7", "من 5 إلى 7"), or none (unresolved, or a long span)."""
    if value is None:
        return ()
    if listed:
        return (value.earliest, value.latest)
    if (value.latest - value.earliest).days + 1 > MAX_RANGE_DAYS:
        return ()
    return _days_from(value.earliest, value.latest)
