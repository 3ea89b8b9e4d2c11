"""The pipeline stage that fills ``doc.dates``."""

from __future__ import annotations

from marsad.lang.timewords import TimeTerm, TimeWords, load_time_words
from marsad.model.document import Document
from marsad.temporal.grammar import find_dates
from marsad.temporal.scan import matcher_for
from marsad.text.matcher import PhraseMatcher


class DateStage:
    """Finds temporal expressions in ``doc.norm`` and resolves them against ``doc.published``."""

    name = "dates"
    requires = frozenset({"norm", "sentences"})
    assigns = frozenset({"dates"})

    def __init__(self, words: TimeWords | None = None) -> None:
        self.words = words

    def matchers(self) -> list[PhraseMatcher[TimeTerm]]:
        return [matcher_for(self.words if self.words is not None else load_time_words())]

    def __call__(self, doc: Document) -> None:
        if doc.norm is None:
            doc.dates = []
            return
        doc.dates = find_dates(doc.norm, doc.sentences, doc.published, self.words)
