"""Character spans into the *raw* text of a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True, init=False)
class Span:
    """Half-open ``[start, end)`` character offsets into the raw document text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Hundreds of spans are made per report: the generated frozen __init__ sets each field
        # through object.__setattr__ and then calls __post_init__; the slot setters do the same
        # work in one Python frame.
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end})")
        _set_start(self, start)
        _set_end(self, end)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))

    def __len__(self) -> int:
        return self.end - self.start


#: the slot descriptors' setters: they write the field without the frozen class's __setattr__ check
#: (``vars(Span)``, not ``Span.__dict__``, which mypyc rejects)
_set_start: Callable[[Span, int], None] = vars(Span)["start"].__set__
_set_end: Callable[[Span, int], None] = vars(Span)["end"].__set__
