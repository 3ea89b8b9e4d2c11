"""Background history rather than news: the dates that make what they date history; a remembered event's date."""

from __future__ import annotations

import datetime as dt
import re

from marsad.extractors.frames import Frame
from marsad.extractors.off_stage import anniversary_tokens, anniversary_words
from marsad.extractors.positions import DocIndex
from marsad.extractors.when_where import HISTORY_CUTOFF, DateChoice
from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document
from marsad.model.mentions import DateMention
from marsad.text.clitics import is_word

#: temporal-grammar rules that say "N years ago / for N years"
_YEARS_AGO = re.compile(r"^(ago|since)\b.*years?")
#: with no publication date, how long before the latest day the report names a date makes history (a year: a
#: report may name a day to come, "الانتخابات المقررة في 2020", though seldom a year ahead)
_UNDATED_HISTORY_MARGIN = dt.timedelta(days=365)


def historical(doc: Document, value: DateValue | None, mention: DateMention | None = None) -> bool:
    """Background history rather than news: a year-level date, a date well before publication,
    "N years ago", or, with no publication date, a month given with its year (news names the
    year of past events, not of this month's) or a date more than a year before the latest the report
    names (it was written after that: a film of 1981 shows an execution of 1931)."""
    if mention is not None and value is None and mention.relative and _YEARS_AGO.match(mention.rule):
        return True
    if value is None:
        return False
    if value.precision is Precision.YEAR:
        return True
    if doc.published is None:
        if value.precision is Precision.MONTH and mention is not None and not mention.relative:
            return True
        written_after = _latest_named(doc)
        return written_after is not None and value.latest < written_after - _UNDATED_HISTORY_MARGIN
    return value.latest < doc.published - HISTORY_CUTOFF


def _latest_named(doc: Document) -> dt.date | None:
    """The first day of the latest date the report names outright (not relative, not a span)."""
    days = [d.value.earliest for d in doc.dates if d.value is not None and not d.relative and not d.durative]
    return max(days) if days else None


def remembered_date(doc: Document, frame: Frame) -> DateChoice:
    """The date of an event remembered on its anniversary: the earliest date its sentence gives
    before publication ("في 21 آب 2013"), or none; never the commemoration's "اليوم"."""
    past = [
        d
        for d in doc.dates
        if d.sentence == frame.sentence
        and d.value is not None
        and not d.durative
        and (doc.published is None or d.value.latest < doc.published)
    ]
    if not past:
        return DateChoice(None, None)
    first = min(past, key=lambda d: d.value.earliest if d.value is not None else dt.date.max)
    return DateChoice(first, first.value)


def occasions(index: DocIndex, sentences: set[int], occasion: frozenset[str]) -> dict[int, int]:
    """Sentence -> raw start of its first anniversary word told as the day's occasion, after a word of the
    `occasion` cue group ("تظاهر المئات أمس في الذكرى الثالثة لانطلاق الاحتجاجات", "مسيرة لإحياء ذكرى"), for
    the remembering ``sentences`` that have one."""
    out: dict[int, int] = {}
    if not anniversary_tokens(index):
        return out
    anniversary = anniversary_words()
    for sentence in sentences:
        tokens = index.sentence_tokens(sentence)
        for k in range(1, len(tokens)):
            if tokens[k].norm in anniversary and is_word(tokens[k - 1].norm, occasion, ("و",)):
                out[sentence] = tokens[k - 1].start
                break
    return out


#: how many words before an anniversary word a verb of its day falling due is looked for ("تحل اليوم الأحد الذكرى")
_FALLS_REACH = 4


def announced_anniversaries(index: DocIndex, falls: frozenset[str]) -> dict[int, int]:
    """Sentence -> raw end of its first anniversary word announced by a verb of its day falling due (the
    `anniversary_falls` cue group: "تحل اليوم الأحد الذكرى الخمسون لاندلاع الحرب", "تمر الذكرى العاشرة"):
    what the sentence tells after it is remembered, however far from it."""
    out: dict[int, int] = {}
    tokens = index.tokens
    for k in anniversary_tokens(index):
        sentence = tokens[k].sentence
        if sentence in out:
            continue
        for j in range(k - 1, max(-1, k - 1 - _FALLS_REACH), -1):
            if tokens[j].sentence != sentence:
                break
            if is_word(tokens[j].norm, falls, ("و",)):
                out[sentence] = tokens[k].end
                break
    return out


def told_after_its_announcement(frame: Frame, announced_at: dict[int, int]) -> bool:
    """The frame's first word in its sentence stands after the anniversary the sentence announces."""
    at = announced_at.get(frame.sentence)
    if at is None:
        return False
    return min(t.span.start for t in (frame.head, *frame.members) if t.sentence == frame.sentence) >= at


def told_before_its_occasion(frame: Frame, occasion_at: dict[int, int]) -> bool:
    """The frame's first word in its sentence stands before the anniversary told as the occasion: the news
    the day's remembering was the occasion of, not the event remembered (which its frame may hold: "تظاهر
    المئات في الذكرى الثالثة لانطلاق الاحتجاجات")."""
    at = occasion_at.get(frame.sentence)
    if at is None:
        return False
    return min(t.span.end for t in (frame.head, *frame.members) if t.sentence == frame.sentence) <= at
