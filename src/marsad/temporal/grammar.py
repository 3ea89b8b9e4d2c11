"""The Arabic temporal grammar: finds date expressions and resolves them against the publication date.

Each sentence is reduced to its time words and numbers (:mod:`marsad.temporal.scan`); at every item
each rule family tries to read an expression and the longest reading wins, like a leftmost-longest
chunker. The rule name records which reading matched ("yesterday+weekday", "since+approx+N-weeks" ...),
as dateparser records which of its parsers did. Relative expressions need the publication date; without
one they stay unresolved with a reason, while absolute dates still resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeWords, load_time_words
from marsad.model.dates import DateValue
from marsad.model.document import Sentence
from marsad.model.mentions import DateMention
from marsad.temporal.anaphoric import anaphoric_days
from marsad.temporal.calendar_dates import absolute, season, year_only
from marsad.temporal.day_lists import range_days, with_listed_days
from marsad.temporal.days import day_phrase
from marsad.temporal.parsing import Context, Parsed, Rule
from marsad.temporal.periods import period
from marsad.temporal.reckon import safe_date
from marsad.temporal.scan import DigitDate, Item, digit_dates, numbers, scan
from marsad.text.normalize import NormalizedText, normalize_term

_K = TermKind
#: rule families, each with the kinds of word it can start with and whether it can start with a number;
#: on equal length the earlier one wins
RULES: tuple[tuple[Rule, frozenset[TermKind], bool], ...] = (
    (day_phrase, frozenset({_K.DAYPART, _K.UNIT, _K.RELATIVE_DAY, _K.WEEKDAY}), False),
    (absolute, frozenset({_K.PART, _K.ORDINAL, _K.MONTH, _K.UNIT}), True),
    (year_only, frozenset({_K.UNIT}), True),
    (season, frozenset({_K.SEASON}), False),
    (period, frozenset({_K.CUE, _K.CARDINAL, _K.VAGUE_COUNT, _K.UNIT, _K.MODIFIER}), True),
)


def find_dates(
    view: NormalizedText,
    sentences: list[Sentence],
    published: dt.date | None,
    words: TimeWords | None = None,
) -> list[DateMention]:
    """Temporal expressions of the text, in order, with raw spans and resolved values."""
    words = words if words is not None else load_time_words()
    text = view.text
    spans = numbers(text)
    numeric = digit_dates(text, spans)
    found: list[DateMention] = []
    starts = [s.nstart for s in sentences]
    for d in numeric:
        si = bisect_right(starts, d.nstart) - 1
        if si >= 0 and d.nend <= sentences[si].nend and (mention := _digit_mention(view, d, si)):
            found.append(mention)
    taken = [(d.nstart, d.nend) for d in numeric]
    heads = _name_heads(words)
    late = _after_midnight(words)
    for si, items in enumerate(scan(text, sentences, words, spans, taken)):
        if items:
            ctx = Context(items, view, published, heads, late, sentences[si].nend)
            found.extend(_sentence_dates(ctx, si))
    for m in anaphoric_days(view, sentences, words):
        overlapping = [f for f in found if f.span.start < m.span.end and m.span.start < f.span.end]
        # (a day word inside the phrase gives way to it: "الليلة ذاتها" is the night told, not tonight)
        if all(m.span.start <= f.span.start and f.span.end <= m.span.end for f in overlapping):
            found = [f for f in found if f not in overlapping]
            found.append(m)
    found.sort(key=lambda m: m.span.start)
    return with_listed_days(view.raw, found)


@lru_cache(maxsize=8)
def _name_heads(words: TimeWords) -> frozenset[str]:
    return frozenset(normalize_term(h) for h in words.name_heads)


@lru_cache(maxsize=8)
def _after_midnight(words: TimeWords) -> re.Pattern[str] | None:
    """The hours after midnight as one pattern of whole words, or None when the file lists none."""
    forms = sorted({normalize_term(p) for p in words.after_midnight}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _digit_mention(view: NormalizedText, d: DigitDate, sentence: int) -> DateMention | None:
    day = safe_date(d.year, d.month, d.day)
    if day is None or not 1900 <= d.year <= 2100:
        return None
    return DateMention(view.raw_span(d.nstart, d.nend), sentence, DateValue.day(day), d.rule)


def _sentence_dates(ctx: Context, sentence: int) -> list[DateMention]:
    out: list[DateMention] = []
    items = ctx.items
    i = 0
    while i < len(items):
        best: Parsed | None = None
        first = items[i]
        kinds = {t.kind for t in first.terms}
        for rule, starts_with, numeric in RULES:
            if not (kinds & starts_with or (numeric and first.number is not None)):
                continue
            parsed = rule(ctx, i)
            if parsed is not None and (best is None or _end(items, parsed) > _end(items, best)):
                best = parsed
        if best is None:
            i += 1
            continue
        if not best.emit:
            i = best.end
            continue
        start = items[i].tstart if best.with_clitic else _start(items[i])
        span = ctx.view.raw_span(start, _end(items, best))
        out.append(
            DateMention(
                span=span,
                sentence=sentence,
                value=best.value,
                rule=best.rule,
                relative=best.relative,
                durative=best.durative,
                unresolved_reason=best.reason,
                days=range_days(best.value, best.listed) if best.listed is not None else (),
            )
        )
        i = best.end
    return out


def _start(first: Item) -> int:
    """View start of an expression: after a conjunction or preposition clitic, but with its article."""
    prefix = first.prefix
    if prefix.endswith("لل"):
        return first.tstart
    if prefix.endswith("ال"):
        return first.nstart - 2
    return first.nstart


def _end(items: list[Item], parsed: Parsed) -> int:
    return parsed.nend if parsed.nend is not None else items[parsed.end - 1].nend
