"""The first stage: the normalised view, sentences and tokens; documents that are not Arabic stop here."""

from __future__ import annotations

import re

from marsad.model.document import Document
from marsad.text.normalize import normalize
from marsad.text.segment import split_sentences, tokenize

#: share of letters that must be Arabic for the document to be read as Arabic
MIN_ARABIC_SHARE = 0.3


_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]+")


#: frequent letters of the Arabic alphabet (in every Arabic text, rare in any other)
_COMMON_ARABIC = "اليمونهرتب"


def arabic_share(text: str) -> float:
    letters = sum(len(run) for run in _LETTERS.findall(text))
    return sum(len(run) for run in _ARABIC_LETTERS.findall(text)) / letters if letters else 0.0


def surely_arabic(text: str) -> bool:
    """A sufficient test for ``arabic_share(text) >= MIN_ARABIC_SHARE`` that skips its two regex passes.

    The frequent letters are Arabic letters, and there are no more letters than characters; counting
    them is a few C loops where the regexes test every character's class. The count stops as soon as it
    is enough, which in Arabic text is after the first three or four letters (alef and lam alone make
    a fifth of it).
    """
    enough = MIN_ARABIC_SHARE * len(text)
    common = 0
    for c in _COMMON_ARABIC:
        common += text.count(c)
        if common > 0 and common >= enough:
            return True
    return False


class TextStage:
    name = "text"
    requires = frozenset({"text"})
    assigns = frozenset({"norm", "sentences", "tokens"})

    def __call__(self, doc: Document) -> None:
        if not doc.text.strip():
            doc.skipped_reason = "empty text"
            return
        share = 1.0 if surely_arabic(doc.text) else arabic_share(doc.text)
        if share < MIN_ARABIC_SHARE:
            doc.skipped_reason = f"not Arabic: {share:.0%} of the letters are Arabic; Marsad reads Arabic reports only"
            return
        view = normalize(doc.text)
        doc.norm = view
        doc.sentences = split_sentences(view)
        doc.tokens = tokenize(view, doc.sentences)
