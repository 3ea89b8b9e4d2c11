"""The takeover a span is counted from ("منذ سيطرة التنظيم عليها في آب 2014"): its own date.

Such a takeover is told as the start of what the news continues, so it is no event of the report; but with a
date of its own it is history the control timeline keeps. The triggers stage flags it ``since_taken`` when a
date follows it closely, and the event stage dates it by that date, which no other event of the sentence takes
(see ``WhenWhere._drop_span_starts``).
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.extractors.positions import DocIndex
from marsad.lang.cues import load_cues
from marsad.lang.triggers import Territorial, load_triggers
from marsad.model.document import Document
from marsad.model.mentions import DateMention

#: how many words after the takeover's last word its date may begin ("منذ سيطرة قوات النظام عليها صيف 2018")
SINCE_DATE_REACH = 8


def _reach_end(doc: Document, last: int) -> int:
    """The last token within :data:`SINCE_DATE_REACH` words after token ``last``, in its sentence (``last`` itself
    when none follows there)."""
    tokens = doc.tokens
    end = last
    while end + 1 < len(tokens) and end - last < SINCE_DATE_REACH and tokens[end + 1].sentence == tokens[last].sentence:
        end += 1
    return end


def since_date(doc: Document, last: int) -> DateMention | None:
    """The date that begins within :data:`SINCE_DATE_REACH` words after token ``last``, in its sentence."""
    end = _reach_end(doc, last)
    if end == last:
        return None
    lo, hi = doc.tokens[last + 1].start, doc.tokens[end].end
    dates = doc.dates
    k = bisect_left([d.span.start for d in dates], lo)
    if k < len(dates) and dates[k].span.start < hi:
        return dates[k]
    return None


def told_by_pronoun(doc: Document, first: int, date: DateMention) -> bool:
    """From token ``first`` (the takeover's word) to its date, a pronoun tells a place named before (cue group
    `place_pronoun`: "عليها", "منها", "سقوطها")."""
    pronouns = load_cues().place_pronoun
    end = date.span.start
    tokens = doc.tokens
    for k in range(first, len(tokens)):  # (by index: no copy of the rest of the report's tokens)
        if tokens[k].start >= end:
            return False
        if tokens[k].norm in pronouns:
            return True
    return False


def since_phrases(doc: Document, index: DocIndex) -> list[tuple[int, int]]:
    """The raw (start, end) of the words of each takeover a span is counted from, up to
    :data:`SINCE_DATE_REACH` words after it in its sentence: who has held the place since ("منذ سيطرة قوات سوريا
    الديمقراطية عليها") is no side of the news its sentence tells."""
    families = load_triggers().families
    tokens = doc.tokens
    out: list[tuple[int, int]] = []
    for t in doc.triggers:
        if not ("span_start" in t.flags or "since_taken" in t.flags):
            continue
        if families[t.family].territorial is Territorial.NONE:
            continue
        out.append((t.span.start, tokens[_reach_end(doc, index.position(t.span).last)].end))
    return out
