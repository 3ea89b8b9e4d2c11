"""The one document object that every stage enriches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marsad.model.events import ControlFact, Event
from marsad.model.mentions import (
    ActorMention,
    DateMention,
    PlaceMention,
    QuantityMention,
    QuantityPart,
    TriggerMention,
)
from marsad.model.span import Span
from marsad.text.clitics import split_prefix

if TYPE_CHECKING:
    from marsad.text.normalize import NormalizedText


@dataclass(slots=True)
class Token:
    """A word of the normalised view. ``start/end`` are raw offsets; ``nstart/nend`` in the normalised view.

    Every word of every report becomes a token, so a token holds plain values only; its :class:`Span`,
    ``prefix`` (the clitic prefix recognised on the word: و، ف، ب، ل، ك، ال، لل and combinations) and
    ``stem`` (the normalised word without it) are made when asked for.
    """

    start: int
    end: int
    nstart: int
    nend: int
    norm: str
    sentence: int
    clause: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def prefix(self) -> str:
        return split_prefix(self.norm)[0]

    @property
    def stem(self) -> str:
        return split_prefix(self.norm)[1]


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    nstart: int
    nend: int
    #: clause boundaries as (nstart, nend) pairs of the normalised view
    clauses: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Document:
    """A report and everything the pipeline learnt about it.

    ``text`` is the raw text and is never modified; every offset of every record points into it.
    """

    text: str
    id: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    language: str = "ar"
    norm: NormalizedText | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    #: breakdowns of the quantities ("بينهم 73 في جبلة"), kept apart so tolls are not counted twice
    quantity_parts: list[QuantityPart] = field(default_factory=list)
    #: ACLED names of the countries the text says something is in ("غربي كينيا", "في أفغانستان"), most
    #: named first: where its events happen when no place of theirs is known
    countries: list[str] = field(default_factory=list)
    #: ACLED names of the other countries the text names ("العاصمة التونسية", "الشرطة الكينية"), not as a
    #: sponsor nor as a state that sends its forces abroad, most named first: where its events happen when
    #: nothing else says (after its places, the countries it places things in and its local armed groups)
    countries_mentioned: list[str] = field(default_factory=list)
    #: ISO codes of the home countries of the armed actors the text names, one per mention, less the states
    #: that send forces abroad ("قوات حفتر" and "حكومة الوفاق": LY, LY): clues to where its places are
    #: ("طرابلس" in Libya, not Lebanon)
    actor_countries: list[str] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    control: list[ControlFact] = field(default_factory=list)
    #: names of the attributes assigned so far (checked by the pipeline)
    assigned: set[str] = field(default_factory=lambda: {"text"})
    data_version: str = ""
    pipeline_version: str = ""
    #: why the document yields nothing, when it does (e.g. "not Arabic")
    skipped_reason: str = ""
    warnings: list[str] = field(default_factory=list)

    def raw(self, span: Span) -> str:
        return self.text[span.start : span.end]
