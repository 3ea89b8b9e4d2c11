"""Sentence and clause splitting and clitic-aware tokenisation over the normalised view."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from itertools import compress, count

from marsad.model.document import Sentence, Token
from marsad.text.normalize import NormalizedText

# Each pattern opens with a class of the characters its matches can start with, and a look-behind at that
# character picks the branch: the regex engine then skips to those characters in a tight loop, where a
# pattern opening with a look-ahead or an alternation is tried at every position (two to three times slower).
# _SENTENCE_END is "[.!?؟]+(?=[\s\"')\]]|$)|\n+". _CLAUSE_SEP is "[،,;؛:]|\s-\s|\(|\)" read from the hyphen
# of " - " (the space before it is checked by a look-behind and added back, see _add_sentence): opening
# with "\s" would stop the engine at every space of the text.
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=[.!?؟])[.!?؟]*(?=[\s\"')\]]|$)|(?<=\n)\n*)")
#: a single Arabic letter after a space or bracket: its dot is an initial's ("الناشط (ع. م.)"), no sentence's end
_INITIAL = re.compile(r"[\s(«\"][\u0621-\u064a]")
_CLAUSE_SEP = re.compile(r"[،,;؛:()\-](?:(?<=[،,;؛:()])|(?<=\s-)\s)")
_WORD = re.compile(r"\w+")
#: a short Latin gloss in brackets: "(ADF)", "(M23)", "(3R)"
LATIN_GLOSS = r"\([A-Za-z0-9][A-Za-z0-9 .\-]{0,15}\)"
_LATIN_GLOSS = re.compile(LATIN_GLOSS)
#: a regex match's (start, end)
_SPAN = re.Match.span


def split_sentences(view: NormalizedText) -> list[Sentence]:
    """Split on sentence punctuation and line breaks; each sentence records its comma clauses."""
    text = view.text
    sentences: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        dot = m.start()
        if text[dot] == "." and dot >= 2 and _INITIAL.match(text, dot - 2, dot):
            continue
        _add_sentence(view, pos, m.end(), sentences)
        pos = m.end()
    _add_sentence(view, pos, len(text), sentences)
    return sentences


def _add_sentence(view: NormalizedText, start: int, end: int, out: list[Sentence]) -> None:
    text = view.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not _WORD.search(text, start, end):
        return
    clauses: list[tuple[int, int]] = []
    cpos = start
    gloss_end = -1  # the closing bracket of a Latin gloss being read over
    for m in _CLAUSE_SEP.finditer(text, start, end):
        sep = m.start()
        if sep <= gloss_end:
            continue
        if text[sep] == "(":
            gloss = _LATIN_GLOSS.match(text, sep, end)
            if gloss is not None:
                # "مسلحون من القوات الديمقراطية المتحالفة (ADF) ما لا يقل عن 18 مدنياً": a name's Latin
                # abbreviation is no aside that ends the clause
                gloss_end = gloss.end() - 1
                continue
        if text[sep] == "-":
            sep -= 1  # " - " starts at the space before the hyphen
            if sep < cpos:
                continue  # that space ended the previous separator (" - - "): no separator here
        if _WORD.search(text, cpos, sep):
            clauses.append((cpos, sep))
        cpos = m.end()
    if _WORD.search(text, cpos, end):
        clauses.append((cpos, end))
    out.append(Sentence(span=view.raw_span(start, end), nstart=start, nend=end, clauses=tuple(clauses)))


@lru_cache(maxsize=8)
def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every word (``\\w+``) of a text, in order.

    The tokens and the lexicon matchers' word bounds both need them; a regex pass over a report costs
    about as much as building its tokens, so it is made once per text.
    """
    return tuple(map(_SPAN, _WORD.finditer(text)))  # no Python frame per word, as a generator has


@lru_cache(maxsize=8)
def words(text: str) -> tuple[str, ...]:
    """The words of a text (``\\w+``), in order: the normalised words of a document's tokens, which are
    its view's words (see :func:`tokenize`), made once per text for the finders that scan them all."""
    return tuple([text[s:e] for s, e in word_spans(text)])


def words_in(text: str, vocabulary: Container[str]) -> list[int]:
    """Indices (ascending) of the words of a text that are in ``vocabulary``, found in C: the membership
    test is mapped over the shared words and the indices picked by it, where a comprehension runs
    Python steps for every word (the place finder asks this three times of every report)."""
    return list(compress(count(), map(vocabulary.__contains__, words(text))))


_DIGIT_RUN = re.compile(r"\d+")
#: the digit runs of the text last asked about, kept until another text is: the date and the quantity
#: stages both need them, and a regex pass costs more than either stage's use of them. Checked by
#: identity, so a document is never served another's; replaced whole, so threads never see a mix.
_last_digit_runs: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of digits (``\\d+``) of a text, in order."""
    global _last_digit_runs
    last = _last_digit_runs
    if last[0] is text:
        return last[1]
    runs = tuple(map(_SPAN, _DIGIT_RUN.finditer(text)))
    _last_digit_runs = (text, runs)
    return runs


def tokenize(view: NormalizedText, sentences: list[Sentence]) -> list[Token]:
    """The words of each sentence. Sentences end at non-word characters, so no word crosses a sentence
    boundary and the words of the whole view can be dealt out to the sentences in order."""
    tokens: list[Token] = []
    append = tokens.append  # the loop runs once per word of every report: keep look-ups out of it
    text, starts, ends = view.text, view.starts, view.ends
    spans, norms = word_spans(text), words(text)
    k, n = 0, len(spans)
    for si, sent in enumerate(sentences):
        while k < n and spans[k][0] < sent.nstart:
            k += 1
        clauses = sent.clauses
        ci = 0
        last_clause = len(clauses) - 1
        clause_end = clauses[0][1] if clauses else 0
        while k < n and spans[k][1] <= sent.nend:
            ns, ne = spans[k]
            while ci < last_clause and ns >= clause_end:
                ci += 1
                clause_end = clauses[ci][1]
            append(Token(starts[ns], ends[ne - 1], ns, ne, norms[k], si, ci))
            k += 1
    return tokens


#: punctuation that ends a phrase, Arabic and Latin: a list or a clause goes no further
_PHRASE_ENDS = frozenset("،,.؛;")


def unbroken(stretch: str) -> bool:
    """No comma, full stop or semicolon in ``stretch``: the words around it are one phrase."""
    return _PHRASE_ENDS.isdisjoint(stretch)
