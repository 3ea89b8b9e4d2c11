"""The event a frame builds (roles, date, places, toll, extent) and what its exported events read off it."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extractors.frames import Frame
from marsad.extractors.roles import Roles
from marsad.extractors.when_where import DateChoice, PlaceChoice
from marsad.model.document import Document
from marsad.model.events import ActorRef, Evidence, EvidenceRole
from marsad.model.mentions import ActorMention
from marsad.model.span import Span


@dataclass(slots=True)
class Built:
    frame: Frame
    roles: Roles
    date: DateChoice
    places: list[PlaceChoice]
    fatalities: int
    fatality_spans: list[Span]
    extent: str  # "complete", "partial" (most of the place), "foothold" (a part, a street), "entry" or ""
    #: told in a sentence that remembers an event on its anniversary, or as the takeover a span is counted from
    #: ("منذ سيطرة التنظيم عليها قبل عام"): history whatever its date
    remembered: bool = False
    #: how many of the places (the last ones) are further targets told in a clause of their own ("كما استهدف
    #: قاعدة الديلمي"): they take only the dead a figure names at them
    further_targets: int = 0

    @property
    def partial(self) -> bool:
        return self.extent in ("partial", "foothold")


def evidence_of(doc: Document, b: Built, actor2: ActorMention | None) -> list[Evidence]:
    # plain loops: the lists are short and often empty, where a generator costs more than its items
    text = doc.text
    ev = [Evidence(EvidenceRole.TRIGGER, b.frame.head.span, doc.raw(b.frame.head.span))]
    for t in b.frame.members:
        ev.append(Evidence(EvidenceRole.TRIGGER, t.span, text[t.span.start : t.span.end]))
    r = b.roles
    if r.actor1 is not None:
        ev.append(Evidence(EvidenceRole.ACTOR1, r.actor1.span, doc.raw(r.actor1.span)))
    for m in r.assoc1:
        ev.append(Evidence(EvidenceRole.ASSOC_ACTOR_1, m.span, text[m.span.start : m.span.end]))
    if actor2 is not None:
        ev.append(Evidence(EvidenceRole.ACTOR2, actor2.span, doc.raw(actor2.span)))
    for m in r.assoc2:
        ev.append(Evidence(EvidenceRole.ASSOC_ACTOR_2, m.span, text[m.span.start : m.span.end]))
    if b.date.mention is not None:
        ev.append(Evidence(EvidenceRole.DATE, b.date.mention.span, doc.raw(b.date.mention.span)))
    for s in b.fatality_spans:
        ev.append(Evidence(EvidenceRole.FATALITIES, s, text[s.start : s.end]))
    return ev


def inferred_fields(b: Built, pc: PlaceChoice | None, a1: ActorRef | None, a2: ActorRef | None) -> set[str]:
    out: set[str] = set()
    if b.date.inferred:
        out.add("event_date")
    if pc is not None and pc.inferred:
        out.add("location")
    if a1 is not None and a1.inferred:
        out.add("actor1")
    if a2 is not None and a2.inferred:
        out.add("actor2")
    return out


def confidence(b: Built, a1: ActorRef | None, pc: PlaceChoice | None) -> float:
    score = 0.35
    score += 0.15 if a1 is not None and not a1.inferred else 0.0
    score += 0.15 if pc is not None and not pc.inferred else 0.0
    score += 0.15 if b.date.value is not None and not b.date.inferred else 0.05 if b.date.value else 0.0
    score += 0.1 if b.frame.members else 0.0
    score += 0.05 if b.fatalities else 0.0
    score -= 0.15 if b.frame.flags & {"attempted", "reported_speech_opinion"} else 0.0
    return round(min(0.98, max(0.05, score)), 2)
