"""Days counted from a date the report gave before: "في اليوم التالي", "مساء اليوم نفسه", "اليوم السابق".

They are found here, with the rule ``anaphoric:<offset>`` and no value: the publication date does not
resolve them. The event stage resolves them against the date its narrative last gave (see
:func:`resolve_anaphoric`), or leaves them unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeWords
from marsad.model.dates import DateValue, Precision
from marsad.model.document import Sentence
from marsad.model.mentions import DateMention
from marsad.text.normalize import NormalizedText, normalize_term

RULE_PREFIX = "anaphoric:"
UNRESOLVED = "counted from an earlier date of the report"


@lru_cache(maxsize=8)
def _pattern(words: TimeWords) -> tuple[re.Pattern[str], dict[str, int]] | None:
    offsets = {normalize_term(phrase): offset for phrase, offset in words.anaphoric_days}
    if not offsets:
        return None
    dayparts = sorted({normalize_term(e.form) for e in words.of(TermKind.DAYPART)}, key=len, reverse=True)
    phrases = sorted(offsets, key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    part = "|".join(re.escape(d) for d in dayparts)
    # "وفي اليوم التالي", "مساء اليوم نفسه", "صباح اليوم التالي"
    pattern = re.compile(rf"(?<!\w)(?:(?:{part})\s+)?(?P<day>{alt})(?!\w)")
    return pattern, offsets


def anaphoric_days(view: NormalizedText, sentences: list[Sentence], words: TimeWords) -> list[DateMention]:
    found = _pattern(words)
    if found is None:
        return []
    pattern, offsets = found
    starts = [s.nstart for s in sentences]
    out: list[DateMention] = []
    for m in pattern.finditer(view.text):
        si = bisect_right(starts, m.start()) - 1
        if si < 0:
            continue
        offset = offsets[" ".join(m.group("day").split())]
        out.append(
            DateMention(
                view.raw_span(m.start(), m.end()),
                si,
                None,
                f"{RULE_PREFIX}{offset:+d}",
                relative=True,
                unresolved_reason=UNRESOLVED,
            )
        )
    return out


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
