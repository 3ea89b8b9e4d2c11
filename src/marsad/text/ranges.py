"""A set of (start, end) ranges asked many times whether one of them holds or meets a span.

The ranges are sorted by start once, with the greatest end among each prefix of them: a question is then
one bisection, where a scan asks every range (dozens per report, for each of dozens of matches).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Ranges:
    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        #: the greatest end of the ranges up to each one (in start order)
        self._reach = list(accumulate([b for _, b in ordered], max))

    def holds(self, start: int, end: int) -> bool:
        """Some range (a, b) holds [start, end): a <= start and end <= b."""
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end  # (no range at all: k is 0)

    def meets(self, start: int, end: int) -> bool:
        """Some range (a, b) overlaps [start, end): a < end and start < b."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start
