"""Normalisation of Arabic text into a matching view that maps back to raw offsets.

The raw text is never modified. :func:`normalize` builds a second string in which letter variants are
folded (alef forms, alef maqsura, ta marbuta, Persian ya/kaf), tashkeel, tatweel and invisible marks are
dropped, Arabic-Indic and Persian digits become ASCII, presentation forms are decomposed and quote and
bracket variants unified. For every character of the view we keep the raw span it came from, so any
match in the view can be reported in raw offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from marsad.model.span import Span

_FOLD: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ک": "ك",
    "٫": ".",
    "٬": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‹": '"',
    "›": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "′": "'",
    "﴾": "(",
    "﴿": ")",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\r": "\n",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic) digits

#: Characters removed from the view: tashkeel, Quranic marks, tatweel, invisible and bidi controls.
_DROP: frozenset[str] = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def _is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The view of one raw character: '' when dropped, possibly several characters for a ligature."""
    if ch in _DROP:
        return ""
    if _is_presentation_form(ch):
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:  # ornate parentheses ﴾﴿ and unassigned points have no decomposition
            return ch
        return "".join(fold_char(c) for c in decomposed)
    out = _FOLD.get(ch)
    if out is not None:
        return out
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


#: one-to-one foldings (and upper-case Latin), usable by str.translate
_ONE_TO_ONE: dict[int, str] = {ord(k): v for k, v in _FOLD.items() if len(v) == 1}
_ONE_TO_ONE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
#: characters that are dropped or expand to several: the offset map must be built character by character
_SLOW_PATH = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROP)) + "\ufb50-\ufdff\ufe70-\ufefc]")
if any(len(v) != 1 for v in _FOLD.values()):  # pragma: no cover - guards future edits of _FOLD
    raise RuntimeError("multi-character folds need the character-by-character path")
#: the characters _ONE_TO_ONE changes, to find which of them a text holds
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ONE_TO_ONE)) + "]")
if set(_ONE_TO_ONE.values()) & {chr(c) for c in _ONE_TO_ONE}:  # pragma: no cover - guards future edits
    raise RuntimeError("a fold produces a character that is folded again: _fold_one_to_one would differ")


def _fold_one_to_one(s: str) -> str:
    """``s.translate(_ONE_TO_ONE)``, faster: translate looks every character of non-ASCII text up in
    the table, while a report holds only a few distinct foldable characters, each replaced in one C
    pass. Equal because no fold produces a character that is folded itself."""
    for ch in set(_FOLDABLE.findall(s)):
        s = s.replace(ch, _ONE_TO_ONE[ord(ch)])
    return s


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The matching view of a raw text and, per view character, the raw span it stands for."""

    raw: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def raw_span(self, nstart: int, nend: int) -> Span:
        """Raw span of the view slice ``[nstart, nend)``; an empty slice maps to an empty raw span."""
        if nend <= nstart:
            pos = self.starts[nstart] if nstart < len(self.starts) else len(self.raw)
            return Span(pos, pos)
        return Span(self.starts[nstart], self.ends[nend - 1])

    def view_index(self, raw_offset: int) -> int:
        """Index of the first view character whose raw start is at or after ``raw_offset``."""
        return bisect_right(self.starts, raw_offset - 1)


#: the offsets 0, 1, 2 ... made once as int objects: an offset map is built of slices of it, where a range
#: makes a new int object for every character of every report (only ints up to 256 are shared)
_offsets: tuple[int, ...] = tuple(range(1 << 13))
#: texts longer than this build their own offsets (the shared tuple grows no further)
_OFFSETS_MAX = 1 << 20


def _offsets_to(n: int) -> tuple[int, ...]:
    """A tuple of the offsets 0 to at least ``n``."""
    global _offsets
    if len(_offsets) > n:
        return _offsets
    if n >= _OFFSETS_MAX:
        return tuple(range(n + 1))
    grown = _offsets = tuple(range(min(_OFFSETS_MAX, max(n + 1, 2 * len(_offsets)))))
    return grown


def normalize(raw: str) -> NormalizedText:
    """Build the matching view of ``raw``. Dropped characters extend the span of the character before."""
    n = len(raw)
    offsets = _offsets_to(n)
    if not _SLOW_PATH.search(raw):
        # every character maps to exactly one: fold in C and keep the identity offset map
        return NormalizedText(raw=raw, text=_fold_one_to_one(raw), starts=offsets[:n], ends=offsets[1 : n + 1])
    folded = _fold_one_to_one(raw)  # one character for one: its slices are the runs between slow ones
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SLOW_PATH.finditer(raw):
        i = m.start()
        if pos < i:  # a run of one-to-one characters: fold it in C
            out.append(folded[pos:i])
            starts.extend(offsets[pos:i])
            ends.extend(offsets[pos + 1 : i + 1])
        rep = fold_char(raw[i])
        if not rep:
            if ends:
                ends[-1] = i + 1
        else:
            out.append(rep)
            starts.extend([i] * len(rep))
            ends.extend([i + 1] * len(rep))
        pos = i + 1
    if pos < n:
        out.append(folded[pos:])
        starts.extend(offsets[pos:n])
        ends.extend(offsets[pos + 1 : n + 1])
    return NormalizedText(raw=raw, text="".join(out), starts=tuple(starts), ends=tuple(ends))


@lru_cache(maxsize=1024)
def normalize_term(term: str) -> str:
    """Normalise a lexicon or gazetteer term the same way as text, collapsing whitespace.

    Cached: the event stage normalises the raw words of actor mentions, which recur from report to
    report. Kept small, so that a gazetteer import, which normalises every name once, stays flat."""
    return " ".join(normalize(term).text.split())
