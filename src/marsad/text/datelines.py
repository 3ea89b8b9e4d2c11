"""Datelines: the town a report was filed from, opening its first line, and the country in brackets after it
("الخرطوم ـ رويترز:", "بيشاور (باكستان) ـ «الشرق الاوسط»:", "(تعز) – "). Read on the raw text: the view folds
the tatweel a dateline's dash is often written with."""

from __future__ import annotations

import re

#: what follows the place of a dateline: its closing bracket, a country in brackets, then a dash and a word
_AFTER_PLACE = re.compile(r"[ \t]*\)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[ـ\-–—][ \t]*\S")
#: what may stand before it on its line: nothing, a headline's mark or an opening bracket
_BEFORE_PLACE = re.compile(r"[ \t*•(]*")
#: what follows a country in a dateline's brackets: "ديار بكر (تركيا) ـ ا ف ب:", "بيشاور (باكستان) - رويترز"
_AFTER_BRACKETED = re.compile(r"\)\s*[ـ\-–—:]")


def opens_a_dateline(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` open a line as the place of a dateline."""
    return (
        _AFTER_PLACE.match(text, end) is not None
        and _BEFORE_PLACE.fullmatch(text, _line_start(text, start), start) is not None
    )


def _line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` begins (what comes before a place on its line is read from there, not
    searched for from the text's start)."""
    return text.rfind("\n", 0, offset) + 1


def bracketed_in_a_dateline(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` stand in the brackets of a dateline, right before its dash."""
    return start > 0 and text[start - 1] == "(" and _AFTER_BRACKETED.match(text, end) is not None


#: a roundup's heading before its second place: the line's first place (one to three words) and a dash
_HEADING_BEFORE = re.compile(r"[ \t*•]*[^\s:ـ\-–—]+(?:[ \t]+[^\s:ـ\-–—]+){0,2}[ \t]*[ـ\-–—][ \t]*")
#: ... and the colon that closes the heading after it
_HEADING_AFTER = re.compile(r"[ \t]*:")


def second_in_a_heading(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` are the second place of a roundup's heading, "حمص – الخالدية: ..." (a
    quarter or village of the place before the dash, where the paragraph's news happened)."""
    return (
        _HEADING_AFTER.match(text, end) is not None
        and _HEADING_BEFORE.fullmatch(text, _line_start(text, start), start) is not None
    )
