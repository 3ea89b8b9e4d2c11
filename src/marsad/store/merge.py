"""Cross-source merging: when two reports describe the same event, and what the merged event says.

Two reports are the same event when they come from different documents and have

- the same or a containing place (a neighbourhood and its city, or one place id),
- dates within each other's precision window (a day either way for day-precision dates),
- compatible types (the same sub-type; any two Battles sub-types; air strike and shelling),
- compatible actors (each side known in both is the same actor, in either order; inferred actors do not
  count against a match), and the same ``historical`` flag.

The merged event follows ACLED's rules: the lowest fatality figure, the most precise place and date,
every outlet in ``source``; what the sources disagree on is kept in ``disagreements``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.model.dates import DateValue, Precision
from marsad.model.events import ActorRef, Event, EventType, SubEventType
from marsad.store.places import KIND_PRECISION, precision_rank

_SWAPPABLE = frozenset({SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING})
_PRECISION_ORDER = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 3}


@dataclass(frozen=True, slots=True)
class EventKey:
    """What merging needs to know of an event (cheap to load for candidate clusters)."""

    document_id: int
    sub_event_type: SubEventType
    date: DateValue | None
    place_id: str | None
    place_kind: str
    city_key: str | None
    actor1: str | None
    actor1_inferred: bool
    actor2: str | None
    actor2_inferred: bool
    historical: bool

    @classmethod
    def of(cls, event: Event, document_id: int, city_key: str | None) -> EventKey:
        return cls(
            document_id=document_id,
            sub_event_type=event.sub_event_type,
            date=event.date,
            place_id=event.place.place_id if event.place else None,
            place_kind=event.place.kind.value if event.place else "",
            city_key=city_key,
            actor1=event.actor1.actor_id if event.actor1 else None,
            actor1_inferred=event.actor1.inferred if event.actor1 else False,
            actor2=event.actor2.actor_id if event.actor2 else None,
            actor2_inferred=event.actor2.inferred if event.actor2 else False,
            historical=event.historical,
        )


def window(date: DateValue) -> tuple[dt.date, dt.date]:
    """The days a date may stand for when matching reports: a day-precision date gains a day either way."""
    if date.precision is Precision.DAY:
        one = dt.timedelta(days=1)
        return date.earliest - one, date.latest + one
    return date.earliest, date.latest


def types_compatible(a: SubEventType, b: SubEventType) -> bool:
    if a is b:
        return True
    if a.event_type is EventType.BATTLES and b.event_type is EventType.BATTLES:
        return True
    return a in _SWAPPABLE and b in _SWAPPABLE


def _same_actor(x: str | None, x_inferred: bool, y: str | None, y_inferred: bool) -> bool:
    return x is None or y is None or x_inferred or y_inferred or x == y


def actors_compatible(a: EventKey, b: EventKey) -> bool:
    straight = _same_actor(a.actor1, a.actor1_inferred, b.actor1, b.actor1_inferred) and _same_actor(
        a.actor2, a.actor2_inferred, b.actor2, b.actor2_inferred
    )
    crossed = _same_actor(a.actor1, a.actor1_inferred, b.actor2, b.actor2_inferred) and _same_actor(
        a.actor2, a.actor2_inferred, b.actor1, b.actor1_inferred
    )
    return straight or crossed


def _contained(kind: str) -> bool:
    return kind in {"neighbourhood", "landmark"}


def places_compatible(a: EventKey, b: EventKey) -> bool:
    if a.place_id is None or b.place_id is None:
        return False
    if a.place_id == b.place_id:
        return True
    return a.city_key == b.city_key and _contained(a.place_kind) != _contained(b.place_kind)


def match_score(a: EventKey, b: EventKey) -> float | None:
    """How well ``a`` and ``b`` fit as reports of one event, or None when they cannot be one."""
    if a.document_id == b.document_id or a.historical != b.historical:
        return None
    if a.date is None or b.date is None or not places_compatible(a, b):
        return None
    (a0, a1), (b0, b1) = window(a.date), window(b.date)
    if a0 > b1 or b0 > a1:
        return None
    if not types_compatible(a.sub_event_type, b.sub_event_type) or not actors_compatible(a, b):
        return None
    score = 1.0
    score += 0.5 if a.place_id == b.place_id else 0.0
    score += 0.3 if a.sub_event_type is b.sub_event_type else 0.0
    gap = abs((a.date.representative - b.date.representative).days)
    return score - 0.2 * min(gap, 5)


def cluster_score(candidate: EventKey, members: Sequence[EventKey]) -> float | None:
    """The score of adding ``candidate`` to a cluster: it must fit every member."""
    total = 0.0
    for m in members:
        s = match_score(candidate, m)
        if s is None:
            return None
        total += s
    return total / len(members) if members else None


@dataclass(slots=True)
class Report:
    """One stored event and the report it comes from."""

    event_id: int
    cluster_id: int | None
    document_key: str
    outlet: str
    url: str
    published: dt.date | None
    fetched: dt.datetime | None
    event: Event

    @property
    def label(self) -> str:
        return self.outlet or self.document_key


@dataclass(slots=True)
class MergedEvent:
    """A cluster of reports as one event, with ACLED's choices and the sources' disagreements."""

    cluster_id: int
    reports: list[Report]
    best: Event
    date: DateValue | None
    sub_event_type: SubEventType
    fatalities: int
    fatalities_known: bool
    civilian_targeting: bool
    outlets: list[str]
    disagreements: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def event_type(self) -> EventType:
        return self.sub_event_type.event_type

    @property
    def historical(self) -> bool:
        return self.best.historical

    @property
    def actor1(self) -> ActorRef | None:
        return self.best.actor1

    @property
    def actor2(self) -> ActorRef | None:
        return self.best.actor2


def _date_rank(event: Event) -> tuple[int, int]:
    if event.date is None:
        return (9, 0)
    return (_PRECISION_ORDER[event.date.precision], 0)


def _place_rank(event: Event) -> tuple[int, int]:
    return precision_rank(event.place) if event.place else (9, len(KIND_PRECISION))


def merge(cluster_id: int, reports: Sequence[Report]) -> MergedEvent:
    """The merged event of a cluster (``reports`` must not be empty)."""
    if not reports:
        raise ValueError("a cluster has at least one report")
    ordered = sorted(reports, key=lambda r: (r.published or dt.date.max, r.event_id))
    events = [r.event for r in ordered]
    best = min(events, key=lambda e: (_place_rank(e), _date_rank(e), -e.confidence))

    dated = [e.date for e in events if e.date is not None]
    date: DateValue | None = None
    if dated:
        top = min(_PRECISION_ORDER[d.precision] for d in dated)
        candidates = [d for d in dated if _PRECISION_ORDER[d.precision] == top]
        counts = Counter(candidates)
        date = min(counts, key=lambda d: (-counts[d], d != best.date, d.earliest))  # ties: the best report's

    subtypes = Counter(e.sub_event_type for e in events)
    sub_event_type = min(subtypes, key=lambda s: (-subtypes[s], s.precedence))

    known = [e.fatalities for e in events if e.fatalities_known]
    outlets: list[str] = []
    for r in ordered:
        if r.label not in outlets:
            outlets.append(r.label)
    merged = MergedEvent(
        cluster_id=cluster_id,
        reports=list(ordered),
        best=best,
        date=date,
        sub_event_type=sub_event_type,
        fatalities=min(known) if known else 0,
        fatalities_known=bool(known),
        civilian_targeting=any(e.civilian_targeting for e in events),
        outlets=outlets,
    )
    merged.disagreements = disagreements(ordered)
    return merged


def _field_values(report: Report) -> dict[str, Any]:
    e = report.event
    return {
        "date": e.date.iso() if e.date else None,
        "sub_event_type": e.sub_event_type.label,
        "fatalities": e.fatalities if e.fatalities_known else None,
        "place": e.place.place_id if e.place else None,
        "actor1": e.actor1.actor_id if e.actor1 and not e.actor1.inferred else None,
        "actor2": e.actor2.actor_id if e.actor2 and not e.actor2.inferred else None,
    }


def disagreements(reports: Sequence[Report]) -> dict[str, list[dict[str, Any]]]:
    """Per field the sources differ on: each value and who reported it (unknown values do not count)."""
    by_field: dict[str, dict[Any, list[str]]] = {}
    for r in reports:
        for name, value in _field_values(r).items():
            if value is None:
                continue
            who = by_field.setdefault(name, {}).setdefault(value, [])
            if r.label not in who:
                who.append(r.label)
    return {
        name: [{"value": v, "sources": who} for v, who in values.items()]
        for name, values in by_field.items()
        if len(values) > 1
    }
