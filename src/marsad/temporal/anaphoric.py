"""Days counted from a date the report gave before: "في اليوم التالي", "مساء اليوم نفسه", "اليوم السابق".

They are found here, with the rule ``anaphoric:<offset>`` and no value: the publication date does not
resolve them. The event stage resolves them against the date its narrative last gave (see
:func:`resolve_anaphoric`), or leaves them unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeWords
from marsad.model.dates import DateValue, Precision
from marsad.model.document import Sentence
from marsad.model.mentions import DateMention
from marsad.text.normalize import NormalizedText, normalize_term
from marsad.text.segment import word_spans, words_in

RULE_PREFIX = "anaphoric:"
UNRESOLVED = "counted from an earlier date of the report"


#: a whole word (``\w+``), as the text's words are
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _pattern(words: TimeWords) -> tuple[re.Pattern[str], dict[str, int], frozenset[str] | None] | None:
    """The pattern of the phrases, their offsets, and the words a match can open with (None when some
    phrase or day part opens with what is no whole word, and the pattern must be searched for)."""
    offsets = {normalize_term(phrase): offset for phrase, offset in words.anaphoric_days}
    if not offsets:
        return None
    dayparts = sorted({normalize_term(e.form) for e in words.of(TermKind.DAYPART)}, key=len, reverse=True)
    phrases = sorted(offsets, key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    part = "|".join(re.escape(d) for d in dayparts)
    # "وفي اليوم التالي", "مساء اليوم نفسه", "صباح اليوم التالي"
    pattern = re.compile(rf"(?<!\w)(?:(?:{part})\s+)?(?P<day>{alt})(?!\w)")
    # a match starts a word ((?<!\w) before a letter) and its first word, followed by a space or by no
    # letter, is a day part or a phrase's first word, whole
    openers = frozenset(dayparts) | {p.split(" ")[0] for p in phrases}
    if not all(_WORD.fullmatch(w) for w in openers):
        return pattern, offsets, None
    return pattern, offsets, openers


def _matches(pattern: re.Pattern[str], text: str, openers: frozenset[str] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a word of ``openers`` starts when they are known: the
    pattern opens with a look-behind, so a search tries it at every character of the text."""
    if openers is None:
        yield from pattern.finditer(text)
        return
    spans = word_spans(text)
    end = 0  # like finditer, no match overlaps the one before
    for k in words_in(text, openers):
        start = spans[k][0]
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def anaphoric_days(view: NormalizedText, sentences: list[Sentence], words: TimeWords) -> list[DateMention]:
    found = _pattern(words)
    if found is None:
        return []
    pattern, offsets, openers = found
    starts = [s.nstart for s in sentences]
    out: list[DateMention] = []
    for m in _matches(pattern, view.text, openers):
        si = bisect_right(starts, m.start()) - 1
        if si < 0:
            continue
        offset = offsets[" ".join(m.group("day").split())]
        before = view.text[max(0, m.start() - _SINCE_WIDTH) : m.start()].split()
        out.append(
            DateMention(
                view.raw_span(m.start(), m.end()),
                si,
                None,
                f"{RULE_PREFIX}{offset:+d}",
                relative=True,
                unresolved_reason=UNRESOLVED,
                # "منذ ذلك اليوم": a span since that day, no day of an event
                durative=bool(before) and before[-1] in _SINCE,
            )
        )
    return out


#: "since" before an anaphoric day makes it the start of a span (normalised, with the conjunction)
_SINCE = frozenset({"منذ", "ومنذ"})
_SINCE_WIDTH = 6


def is_anaphoric(mention: DateMention) -> bool:
    return mention.rule.startswith(RULE_PREFIX)


def resolve_anaphoric(mention: DateMention, earlier: DateValue | None) -> DateValue | None:
    """The day ``mention`` names, counted from ``earlier`` (the report's last date): the same day, the
    day after or the day before; none when the earlier date is unknown or not a single day."""
    if earlier is None:
        return None
    offset = int(mention.rule[len(RULE_PREFIX) :])
    if offset == 0:
        return earlier
    if earlier.precision is not Precision.DAY:
        return None
    return DateValue.day(earlier.earliest + dt.timedelta(days=offset))
