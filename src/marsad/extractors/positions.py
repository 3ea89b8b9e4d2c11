"""Where a raw span sits: its token range, sentence and clause. Shared by the event builder's parts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from marsad.model.document import Document, Token
from marsad.model.span import Span


@dataclass(frozen=True, slots=True)
class Position:
    first: int  # index of the first token overlapping the span
    last: int
    sentence: int
    clause: int


class DocIndex:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self._starts = [t.span.start for t in doc.tokens]
        #: keyed on the offsets: a tuple hashes and compares in C, a Span in Python
        self._cache: dict[tuple[int, int], Position] = {}

    def position(self, span: Span) -> Position:
        key = (span.start, span.end)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        i = max(0, bisect_right(self._starts, span.start) - 1)
        j = i
        while j + 1 < len(self.tokens) and self.tokens[j + 1].span.start < span.end:
            j += 1
        tok = self.tokens[i]
        pos = Position(i, j, tok.sentence, tok.clause)
        self._cache[key] = pos
        return pos

    def words_between(self, a: Span, b: Span) -> list[str]:
        """Normalised words strictly between two spans (in text order)."""
        lo, hi = (a, b) if a.start <= b.start else (b, a)
        i = bisect_left(self._starts, lo.end)
        j = bisect_left(self._starts, hi.start)
        return [t.norm for t in self.tokens[i:j] if t.span.end <= hi.start]

    def words_before(self, span: Span, n: int) -> list[str]:
        p = self.position(span)
        return [t.norm for t in self.tokens[max(0, p.first - n) : p.first] if t.sentence == p.sentence]

    def words_after(self, span: Span, n: int) -> list[str]:
        p = self.position(span)
        return [t.norm for t in self.tokens[p.last + 1 : p.last + 1 + n] if t.sentence == p.sentence]
