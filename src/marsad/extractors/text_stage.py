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


def arabic_share(text: str) -> float:
    letters = sum(len(run) for run in _LETTERS.findall(text))
    return sum(len(run) for run in _ARABIC_LETTERS.findall(text)) / letters if letters else 0.0


class TextStage:
    name = "text"
    requires = frozenset({"text"})
    assigns = frozenset({"norm", "sentences", "tokens"})

    def __call__(self, doc: Document) -> None:
        if not doc.text.strip():
            doc.skipped_reason = "empty text"
            return
        share = arabic_share(doc.text)
        if share < MIN_ARABIC_SHARE:
            doc.skipped_reason = f"not Arabic: {share:.0%} of the letters are Arabic; Marsad reads Arabic reports only"
            return
        view = normalize(doc.text)
        doc.norm = view
        doc.sentences = split_sentences(view)
        doc.tokens = tokenize(view, doc.sentences)
