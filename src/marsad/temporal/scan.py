"""Turning the normalised view into a short list of temporal items per sentence.

Only time words (found in one Aho-Corasick pass) and numbers become items; everything else is the
*gap* between two items. The grammar then works on a handful of items per sentence instead of on every
word, which keeps the stage fast. Dates written in digits (29/10/2017) are found here by regex.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.timewords import TermKind, TimeTerm, TimeWords
from marsad.model.document import Sentence
from marsad.text.clitics import PREFIXES
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize_term
from marsad.text.segment import digit_runs

#: gap class of an item that directly follows the previous one with only whitespace between
ADJACENT = " "
#: gap class when the item is the first of its sentence or far from the previous one
FAR = "x"


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build and items are many
class Item:
    """A time word or a number. Offsets are in the normalised view."""

    nstart: int
    nend: int
    tstart: int  # start of the written token, clitic prefix included
    prefix: str  # clitic prefix inside the token ("و", "ال", "بال" ...)
    gap: str  # what separates it from the previous item: " ", "/", "(", ")", "من", "،" ... or "x"
    terms: tuple[TimeTerm, ...] = ()
    number: int | None = None
    digits: int = 0

    def term(self, kind: TermKind, keys: tuple[str, ...] = ()) -> TimeTerm | None:
        for t in self.terms:
            if t.kind is kind and (not keys or t.key in keys):
                return t
        return None

    @property
    def article(self) -> bool:
        return self.prefix.endswith("ال") or self.prefix.endswith("لل")


@dataclass(frozen=True, slots=True)
class DigitDate:
    nstart: int
    nend: int
    year: int
    month: int
    day: int
    rule: str


@lru_cache(maxsize=8)
def matcher_for(words: TimeWords) -> PhraseMatcher[TimeTerm]:
    """The compiled matcher of a word set, built on first use (TimeWords hashes by identity)."""
    return PhraseMatcher((e.form, e.term, False) for e in words.entries)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    dmy = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)")
    ymd = re.compile(r"(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)")
    return dmy, ymd


@lru_cache(maxsize=8)
def _keys(words: TimeWords) -> frozenset[str]:
    return frozenset(normalize_term(e.form) for e in words.entries)


def numbers(text: str) -> list[tuple[int, int]]:
    """View spans of every run of digits (the view has ASCII digits only)."""
    return list(digit_runs(text))


def digit_dates(text: str, spans: list[tuple[int, int]]) -> list[DigitDate]:
    """Day-month-year and year-month-day dates in digits (impossible ones are dropped later).

    Tried only where a number (from ``spans``) is followed by a separator: much faster than a regex scan.
    """
    dmy, ymd = _patterns()
    found: list[DigitDate] = []
    resume = 0
    for s, e in spans:
        if s < resume or e >= len(text) or text[e] not in "/.-" or (s > 0 and text[s - 1] in "/.-"):
            continue
        if m := dmy.match(text, s):
            d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            found.append(DigitDate(s, m.end(), y, mo, d, "digits:d/m/y"))
            resume = m.end()
        elif m := ymd.match(text, s):
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            found.append(DigitDate(s, m.end(), y, mo, d, "digits:y/m/d"))
            resume = m.end()
    return found


def _gap_class(gap: str) -> str:
    compact = "".join(gap.split())
    if not compact:
        return ADJACENT
    return compact if len(compact) <= 3 and not any(c.isdigit() for c in compact) else FAR


def _number_items(text: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Item]:
    """Free-standing numbers as items; a clitic may lead ("الـ29" is ال + 29 in the view)."""
    out: list[Item] = []
    for s, e in spans:
        if e - s > 4 or (taken and any(a <= s < b for a, b in taken)):
            continue
        ts = s
        while ts > 0 and text[ts - 1].isalpha():
            ts -= 1
        prefix = text[ts:s]
        if prefix not in PREFIXES:
            continue
        if not prefix and ts >= 3 and text[ts - 3 : ts] == "ال " and (ts == 3 or not text[ts - 4].isalnum()):
            ts, prefix = ts - 3, "ال"  # "الـ 24" with a space after the tatweel
        after = e
        while after < len(text) and text[after].isalpha():
            after += 1
        # "2014م" (AD) is fine; "1438هـ" is a Hijri year and any other glued letters make it no number
        if text[e:after] not in ("", "م"):
            continue
        out.append(Item(s, e, ts, prefix, FAR, (), int(text[s:e]), e - s))
    return out


def scan(
    text: str,
    sentences: list[Sentence],
    words: TimeWords,
    spans: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> list[list[Item]]:
    """Items of each sentence, in order, skipping anything inside ``taken`` view ranges (digit dates).

    ``spans`` are the digit runs of the text (:func:`numbers`).
    """
    items = _number_items(text, spans, taken)
    for m in matcher_for(words).find(text):
        if taken and any(a <= m.nstart < b for a, b in taken):
            continue
        if m.prefix.endswith("ل") and m.term.startswith("ل") and m.term not in _keys(words):
            # "للسبت": the matcher read ل + لسبت (ال + السبت with the alef dropped); store it as لل + سبت
            items.append(Item(m.nstart + 1, m.nend, m.token_start, m.prefix + "ل", FAR, m.payloads))
        else:
            items.append(Item(m.nstart, m.nend, m.token_start, m.prefix, FAR, m.payloads))
    items.sort(key=lambda it: it.nstart)
    starts = [s.nstart for s in sentences]
    per_sentence: list[list[Item]] = [[] for _ in sentences]
    for it in items:
        si = bisect_right(starts, it.nstart) - 1
        if si < 0 or it.nend > sentences[si].nend:
            continue
        bucket = per_sentence[si]
        if bucket:
            if it.tstart < bucket[-1].nend:  # overlaps the previous item (the matcher prevents this)
                continue
            it.gap = _gap_class(text[bucket[-1].nend : it.tstart])
        bucket.append(it)
    return per_sentence
