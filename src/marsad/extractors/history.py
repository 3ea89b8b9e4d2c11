"""Whether a date makes what it dates background history rather than news."""

from __future__ import annotations

import datetime as dt
import re

from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document
from marsad.model.mentions import DateMention

#: events dated earlier than this before publication are background history, not news
HISTORY_CUTOFF = dt.timedelta(days=30)
#: temporal-grammar rules that say "N years ago / for N years"
_YEARS_AGO = re.compile(r"^(ago|since)\b.*years?")


def historical(doc: Document, value: DateValue | None, mention: DateMention | None = None) -> bool:
    """Background history rather than news: a year-level date, a date well before publication,
    "N years ago", or, with no publication date, a month given with its year (news names the
    year of past events, not of this month's)."""
    if mention is not None and value is None and mention.relative and _YEARS_AGO.match(mention.rule):
        return True
    if value is None:
        return False
    if value.precision is Precision.YEAR:
        return True
    if doc.published is None:
        return value.precision is Precision.MONTH and mention is not None and not mention.relative
    return value.latest < doc.published - HISTORY_CUTOFF
