"""Typed records shared by every stage: the document, its spans, mentions, events and control facts."""

from marsad.model.dates import DateValue, Precision
from marsad.model.document import Document, Sentence, Token
from marsad.model.events import (
    ActorRef,
    ControlFact,
    ControlStatus,
    Event,
    EventType,
    Evidence,
    EvidenceRole,
    SubEventType,
)
from marsad.model.mentions import (
    ActorMention,
    DateMention,
    PlaceMention,
    QuantityMention,
    TriggerMention,
)
from marsad.model.places import PlaceKind, ResolvedPlace
from marsad.model.span import Span

__all__ = [
    "ActorMention",
    "ActorRef",
    "ControlFact",
    "ControlStatus",
    "DateMention",
    "DateValue",
    "Document",
    "Event",
    "EventType",
    "Evidence",
    "EvidenceRole",
    "PlaceKind",
    "PlaceMention",
    "Precision",
    "QuantityMention",
    "ResolvedPlace",
    "Sentence",
    "Span",
    "SubEventType",
    "Token",
    "TriggerMention",
]
