"""Precision, recall and F1 from true-positive, false-positive and false-negative counts."""

from __future__ import annotations


class PrecisionRecall:
    """A mixin for score records that count ``tp``, ``fp`` and ``fn``: the figures every report prints.
    An empty denominator gives 0.0, not an error: a set with nothing to find scores nothing."""

    __slots__ = ()
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
