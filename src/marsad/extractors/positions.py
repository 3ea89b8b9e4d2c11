"""Where a raw span sits: its token range, sentence and clause. Shared by the event builder's parts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass

from marsad.lang.cues import load_cues
from marsad.model.document import Document, Token
from marsad.model.span import Span
from marsad.text.matcher import word_edges


# not frozen: built many times per report, and a frozen dataclass's __init__ sets each field through
# object.__setattr__ (about four times slower)
@dataclass(slots=True)
class Position:
    first: int  # index of the first token overlapping the span
    last: int
    sentence: int
    clause: int


class DocIndex:
    """Token look-ups by offset and by sentence, built once per document.

    Tokens are in text order and a sentence's tokens are contiguous; token starts and ends are both
    non-decreasing (a ligature that expands to several words gives them the same raw span), so both
    lists can be bisected.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self._starts = [t.start for t in doc.tokens]
        self._ends = [t.end for t in doc.tokens]
        #: the tokens' normalised words: the words near a span are a slice of it, as a sentence's
        #: tokens are contiguous (no comprehension that tests every token's sentence)
        self._norms = [t.norm for t in doc.tokens]
        #: sentence -> (index of its first token, index after its last): a sentence's tokens are the words
        #: of the view between its bounds (see :func:`marsad.text.segment.tokenize`), found by bisection
        starts = word_edges(doc.norm.text)[0] if doc.norm is not None else [t.nstart for t in doc.tokens]
        self._sentence_range: dict[int, tuple[int, int]] = {}
        for si, sent in enumerate(doc.sentences):
            lo, hi = bisect_left(starts, sent.nstart), bisect_left(starts, sent.nend)
            if lo < hi:
                self._sentence_range[si] = (lo, hi)
        #: keyed on the offsets: a tuple hashes and compares in C, a Span in Python
        self._cache: dict[tuple[int, int], Position] = {}
        #: connectives that may stand before a clause's verb (asked by :meth:`opens_clause`)
        self._openers = load_cues().clause_opener
        #: place mention start -> whether it is off stage (kept by marsad.extractors.off_stage, which the
        #: frames and the place choice both ask)
        self.off_stage: dict[int, bool] = {}
        #: token indices of the anniversary words ("لذكرى"), found by the first place asked about (off_stage)
        self.anniversaries: list[int] | None = None
        #: sentence -> the spans of its event words told as referring back (flag `reference`), found by the first
        #: place asked about (off_stage)
        self.told_before: dict[int, list[Span]] | None = None

    def position(self, span: Span) -> Position:
        key = (span.start, span.end)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        i = max(0, bisect_right(self._starts, span.start) - 1)
        j = i
        while j + 1 < len(self.tokens) and self.tokens[j + 1].start < span.end:
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
        # of the tokens i..j-1 (they start before hi), those ending by hi's start are a prefix
        return self._norms[i : bisect_right(self._ends, hi.start, i, j)] if i < j else []

    def count_between(self, a: Span, b: Span) -> int:
        """``len(self.words_between(a, b))`` without building the list."""
        lo, hi = (a, b) if a.start <= b.start else (b, a)
        i = bisect_left(self._starts, lo.end)
        j = bisect_left(self._starts, hi.start)
        # of the tokens i..j-1 (they start before hi), those ending after hi's start are a suffix
        return max(0, bisect_right(self._ends, hi.start, i, j) - i)

    def words_before(self, span: Span, n: int) -> list[str]:
        """The normalised words of up to ``n`` tokens before the span, in its sentence."""
        # the cache asked here first: most spans were placed before, and this saves a call per span
        p = self._cache.get((span.start, span.end)) or self.position(span)
        lo = self._sentence_range[p.sentence][0]
        return self._norms[max(lo, p.first - n) : p.first]

    def tokens_before(self, span: Span, n: int) -> list[Token]:
        """The tokens of :meth:`words_before`, for the callers that need a word's offsets or clause too."""
        p = self._cache.get((span.start, span.end)) or self.position(span)
        lo = self._sentence_range[p.sentence][0]
        return self.tokens[max(lo, p.first - n) : p.first]

    def said_before_in_clause(self, span: Span, n: int, words: Collection[str]) -> bool:
        """One of ``words`` (normalised forms) is among the ``n`` tokens before the span, in its clause."""
        clause = self.position(span).clause
        return any(t.clause == clause and t.norm in words for t in self.tokens_before(span, n))

    def words_after(self, span: Span, n: int) -> list[str]:
        """The normalised words of up to ``n`` tokens after the span, in its sentence."""
        p = self._cache.get((span.start, span.end)) or self.position(span)  # (see words_before)
        hi = self._sentence_range[p.sentence][1]
        return self._norms[p.last + 1 : min(hi, p.last + 1 + n)]

    def sentence_tokens(self, sentence: int) -> list[Token]:
        """The tokens of a sentence, in text order."""
        lo, hi = self._sentence_range.get(sentence, (0, 0))
        return self.tokens[lo:hi]

    def sentence_words(self, sentence: int) -> list[str]:
        """The normalised words of a sentence, in text order (a slice: no list built token by token)."""
        lo, hi = self._sentence_range.get(sentence, (0, 0))
        return self._norms[lo:hi]

    def opens_with(self, sentence: int, words: Collection[str]) -> bool:
        """The sentence's first word is one of ``words`` (normalised): "وأوضحت الوزارة أن ...", "وتركزت المواجهات"."""
        lo, hi = self._sentence_range.get(sentence, (0, 0))
        return lo < hi and self._norms[lo] in words

    def count_before(self, sentence: int, offset: int) -> int:
        """How many tokens of ``sentence`` end at or before the raw ``offset``."""
        lo, hi = self._sentence_range.get(sentence, (0, 0))
        return bisect_right(self._ends, offset, lo, hi) - lo

    def token_at(self, offset: int) -> int | None:
        """Index of the first token whose raw span holds ``offset``, if any."""
        i = bisect_right(self._ends, offset)
        if i < len(self.tokens) and self._starts[i] <= offset:
            return i
        return None

    def opens_clause(self, span: Span) -> bool:
        """No word of the same clause stands before the span (a clause-initial verb: "قصف الجيش ..."), or a
        connective does ("في حين استهدفت قوات الأسد ...", "فيما قصف الطيران ...", "... أمس عندما أطلقت
        قوات الأمن النار")."""
        at = self.token_at(span.start)
        if at is None:
            return False
        if at == 0:
            return True
        token = self.tokens[at]
        previous = self.tokens[at - 1]
        if previous.sentence != token.sentence or previous.clause != token.clause:
            return True
        word = previous.norm.removeprefix("و")
        return word in self._openers or (word == "في" and token.norm == "حين")


#: a clause this short is an aside ("نفت قسد، في بيان اليوم، الأنباء ...", "استعادت القوات، اليوم، السيطرة")
ASIDE = 4


def same_statement(tokens: list[Token], at: int, first: int) -> bool:
    """Token ``first`` is in the clause of token ``at``, or in a later one reached over one or more short
    asides only and not opened by a conjunction ("نفت الفصائل ذلك، وقصفت قوات النظام البلدة" tells a new
    fact)."""
    here, there = tokens[at].clause, tokens[first].clause
    if here == there:
        return True
    sizes: dict[int, int] = {}
    opener: dict[int, str] = {}
    for tok in tokens[at + 1 : first + 1]:
        if tok.clause not in sizes:
            opener[tok.clause] = tok.norm
        sizes[tok.clause] = sizes.get(tok.clause, 0) + 1
    asides = [c for c in sizes if c not in (here, there)]
    # (a clause right after another, with no aside between, is a statement of its own: "بعد سيطرتها على
    # الشارع، عقب سيطرتها على حي العمال")
    short = bool(asides) and all(sizes[c] <= ASIDE for c in asides)
    return short and not opener.get(there, "").startswith(("و", "ف"))
