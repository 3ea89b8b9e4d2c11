"""Territorial-control timelines: facts about one place, in date order, turned into periods of control.

Pure functions on plain records; :mod:`marsad.store.api` loads the facts and hands them over.

Rules (see issue 4):

- facts are ordered by the start of their date window (``2012-06`` < ``2014`` < ``2017-10-28``); on the
  same date a loss comes before an entry and an entry before a capture;
- a loss by X with nothing earlier means X held the place until then (start unknown);
- a capture by Y ends the current period and starts Y's; a capture "from Z" with nothing earlier means Z
  held it until then;
- an entry (contested) starts a contested period whose ``contested_by`` is the previous controller;
  a partial capture keeps the other side as ``contested_by``;
- facts about the same actor within the window its period started in (a report that says "entered" and
  then "took" on the same day) make one period with the strongest status (held > partial > contested);
  a repeated fact with a more precise date refines the period's date (``2012`` -> ``2012-06``);
- facts without a date are kept apart (``undated``), never placed on the timeline by guess;
- claims from different documents that cannot both be true for the same window are kept and flagged as
  contradictions; the periods they touch are marked ``disputed``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.model.dates import DateValue
from marsad.model.events import ControlStatus

HELD, CONTESTED, PARTIAL = "held", "contested", "partial"


@dataclass(frozen=True, slots=True)
class FactSource:
    """One fact behind a period, and the report that states it."""

    fact_id: int
    document: str
    outlet: str
    url: str
    published: dt.date | None
    actor_id: str
    status: str
    kind: str
    date: str | None
    other_actor_id: str
    historical: bool
    evidence: tuple[str, ...] = ()
    #: the names the extraction gave the actors where the place is (empty for facts stored before 0003)
    actor_name: str = ""
    other_actor_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "fact": {
                "actor": self.actor_id,
                "actor_name": self.actor_name or None,
                "status": self.status,
                "kind": self.kind,
                "date": self.date,
                "other_actor": self.other_actor_id or None,
                "other_actor_name": self.other_actor_name or None,
                "historical": self.historical,
            },
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class TimelineFact:
    """A control fact ready for ordering. ``document_id`` tells sources apart."""

    actor_id: str
    status: ControlStatus
    kind: str
    date: DateValue | None
    other_actor_id: str
    document_id: int
    source: FactSource


@dataclass(slots=True)
class Period:
    controller: str
    status: str
    start: DateValue | None
    end: DateValue | None = None
    contested_by: str = ""
    sources: list[FactSource] = field(default_factory=list)
    disputed: bool = False
    #: for a period known only from a statement of the situation ("under ISIS control") on that date
    as_of: DateValue | None = None
    #: for roll-ups: what each neighbourhood's controller was
    parts: dict[str, str] = field(default_factory=dict)
    _seen: set[int] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._seen = {s.fact_id for s in self.sources}

    def add(self, source: FactSource) -> None:
        if source.fact_id not in self._seen:
            self._seen.add(source.fact_id)
            self.sources.append(source)

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` is in the period, taking each boundary at the start of its window."""
        after_start = self.start is None or self.start.earliest <= day
        before_end = self.end is None or day < self.end.earliest
        if self.start is None and self.end is None and self.as_of is not None:
            return self.as_of.earliest <= day
        return after_start and before_end

    def name_of(self, actor_id: str, names: dict[str, str]) -> str:
        """The name the period's latest source gives an actor (a generic force named for the place's
        country, a renamed force for the fact's day), else ``names``' (the store's actors table)."""
        for s in reversed(self.sources):
            if s.actor_id == actor_id and s.actor_name:
                return s.actor_name
            if s.other_actor_id == actor_id and s.other_actor_name:
                return s.other_actor_name
        return names.get(actor_id, "")

    def uncertain_at(self, day: dt.date) -> bool:
        """True when ``day`` falls in the window of one of the boundaries (e.g. in June for "2012-06")."""
        return any(b is not None and b.earliest <= day <= b.latest for b in (self.start, self.end))


@dataclass(frozen=True, slots=True)
class Contradiction:
    date: DateValue
    claims: tuple[FactSource, ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.iso(),
            "date_precision": self.date.precision.value,
            "reason": self.reason,
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass(slots=True)
class Derivation:
    periods: list[Period]
    contradictions: list[Contradiction]
    undated: list[FactSource]


_STATUS_ORDER = {
    ControlStatus.LOST: 0,
    ControlStatus.CONTESTED: 1,
    ControlStatus.PARTIAL: 1,
    ControlStatus.HELD: 2,
}


def _sort_key(fact: TimelineFact) -> tuple[dt.date, dt.date, int, int, str]:
    assert fact.date is not None
    state_last = 1 if fact.kind == "state" else 0
    return (fact.date.earliest, fact.date.latest, _STATUS_ORDER[fact.status], state_last, fact.actor_id)


def _windows_overlap(a: DateValue, b: DateValue) -> bool:
    return a.earliest <= b.latest and b.earliest <= a.latest


def _conflict(a: TimelineFact, b: TimelineFact) -> str:
    """Why ``a`` and ``b`` cannot both be true of the same window ('' when they can)."""
    sa, sb = a.status, b.status
    if sa is ControlStatus.LOST or sb is ControlStatus.LOST:
        lost, other = (a, b) if sa is ControlStatus.LOST else (b, a)
        if other.status is ControlStatus.HELD and other.actor_id == lost.actor_id and other.kind == "state":
            return f"{lost.actor_id} both lost and held the place"
        if (
            lost.other_actor_id
            and other.status is ControlStatus.HELD
            and other.actor_id
            not in {
                lost.other_actor_id,
                lost.actor_id,
            }
        ):
            return f"taken by {lost.other_actor_id} or by {other.actor_id}"
        return ""
    if sa is ControlStatus.HELD and sb is ControlStatus.HELD:
        return "" if a.actor_id == b.actor_id else f"held by {a.actor_id} or by {b.actor_id}"
    if a.actor_id == b.actor_id and sa is not sb:
        return f"{a.actor_id}: {sa.value} or {sb.value}"
    if a.actor_id != b.actor_id and ControlStatus.HELD in (sa, sb):
        held, other = (a, b) if sa is ControlStatus.HELD else (b, a)
        if held.actor_id not in {other.other_actor_id} and held.other_actor_id != other.actor_id:
            return f"held by {held.actor_id}, or {other.status.value} by {other.actor_id}"
    return ""


def find_contradictions(facts: Sequence[TimelineFact]) -> list[tuple[Contradiction, tuple[int, int]]]:
    """Pairs of facts from different documents, on overlapping windows, that cannot both be true."""
    out: list[tuple[Contradiction, tuple[int, int]]] = []
    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            assert a.date is not None and b.date is not None
            if b.date.earliest > a.date.latest:
                break
            if a.document_id == b.document_id or not _windows_overlap(a.date, b.date):
                continue
            reason = _conflict(a, b)
            if reason:
                day = a.date if a.date.precision.value <= b.date.precision.value else b.date
                out.append((Contradiction(day, (a.source, b.source), reason), (i, j)))
    return out


_STRENGTH = {CONTESTED: 0, PARTIAL: 1, HELD: 2}


def _within(inner: DateValue, outer: DateValue) -> bool:
    return outer.earliest <= inner.earliest and inner.latest <= outer.latest


def _refine(old: DateValue, new: DateValue) -> DateValue:
    """The more precise of two dates for the same moment (``2012-06`` rather than ``2012``)."""
    return new if _within(new, old) and (new.latest - new.earliest) < (old.latest - old.earliest) else old


def derive(facts: Iterable[TimelineFact]) -> Derivation:
    """Periods of control of one place from its facts (see the module docstring for the rules)."""
    facts = list(facts)
    dated = sorted((f for f in facts if f.date is not None), key=_sort_key)
    undated = [f.source for f in facts if f.date is None]
    contradictions = find_contradictions(dated)
    disputed_facts = {k for _, pair in contradictions for k in pair}
    periods: list[Period] = []
    cur: Period | None = None

    def start(p: Period) -> Period:
        periods.append(p)
        return p

    for index, f in enumerate(dated):
        d = f.date
        assert d is not None
        actor, other, src = f.actor_id, f.other_actor_id, f.source
        touched: list[Period] = []
        if f.status is ControlStatus.LOST:
            if cur is not None and cur.controller == actor:
                cur.end = d
                cur.add(src)
                touched.append(cur)
                cur = None
            elif cur is not None and cur.status != HELD and cur.contested_by == actor:
                cur.end = d
                cur.add(src)
                cur = start(Period(cur.controller, HELD, d, sources=[src]))
                touched.append(cur)
            elif cur is None:
                last = periods[-1] if periods else None
                if (
                    last is not None
                    and last.controller == actor
                    and last.end is not None
                    and (_windows_overlap(last.end, d))
                ):
                    last.add(src)  # the same loss, told again
                    last.end = _refine(last.end, d)
                    touched.append(last)
                elif last is None or last.end is not None:
                    touched.append(start(Period(actor, HELD, None, d, sources=[src])))
            else:
                cur.add(src)
                cur.disputed = True
                touched.append(cur)
            if other and (cur is None or cur.controller != other):
                if cur is not None:
                    cur.end = d
                cur = start(Period(other, HELD, d, sources=[src]))
                touched.append(cur)
        elif cur is not None and cur.controller == actor and cur.start is not None and _within(d, cur.start):
            # the same actor again, within the window its period started in: one period, strongest status
            status = {ControlStatus.HELD: HELD, ControlStatus.CONTESTED: CONTESTED}.get(f.status, PARTIAL)
            if _STRENGTH[status] > _STRENGTH[cur.status]:
                cur.status = status
                cur.contested_by = "" if status == HELD else cur.contested_by or other
            cur.start = _refine(cur.start, d)
            cur.add(src)
            touched.append(cur)
        elif f.status is ControlStatus.HELD:
            if cur is not None and cur.controller == actor:
                if cur.status == HELD:
                    cur.add(src)  # confirmation
                    touched.append(cur)
                else:
                    cur.end = d
                    cur = start(Period(actor, HELD, d, sources=[src]))
                    touched.append(cur)
            else:
                if cur is not None:
                    cur.end = d
                    if other in {cur.controller, cur.contested_by}:
                        cur.add(src)
                    touched.append(cur)
                elif other and not periods and f.kind != "state":
                    touched.append(start(Period(other, HELD, None, d, sources=[src])))
                if f.kind == "state" and cur is None:
                    cur = start(Period(actor, HELD, None, None, sources=[src], as_of=d))
                else:
                    cur = start(Period(actor, HELD, d, sources=[src]))
                touched.append(cur)
        else:
            status = CONTESTED if f.status is ControlStatus.CONTESTED else PARTIAL
            if cur is not None and cur.controller == actor and cur.status == status:
                cur.add(src)
                touched.append(cur)
            else:
                previous = cur.controller if cur is not None and cur.controller != actor else ""
                contested_by = previous or other
                if cur is not None and cur.controller == actor and not contested_by:
                    contested_by = cur.contested_by
                if cur is not None:
                    cur.end = d
                    if other and other in {cur.controller, cur.contested_by}:
                        cur.add(src)
                    touched.append(cur)
                cur = start(Period(actor, status, d, contested_by=contested_by, sources=[src]))
                touched.append(cur)
        if index in disputed_facts:
            for p in touched:
                p.disputed = True
    return Derivation(periods, [c for c, _ in contradictions], undated)


def covering(periods: Sequence[Period], day: dt.date) -> list[Period]:
    return [p for p in periods if p.covers(day)]


@dataclass(frozen=True, slots=True)
class _Interval:
    part: str
    lo: dt.date | None  # None: unbounded
    hi: dt.date | None
    period: Period
    #: what the neighbourhood's controller was, as a roll-up's ``parts`` shows it
    label: str


def _intervals(parts: dict[str, list[Period]]) -> tuple[list[_Interval], dict[dt.date, DateValue]]:
    """Each neighbourhood period as a half-open interval of days (``None``: unbounded), and the date
    values the boundaries came from."""
    first_start: dict[str, list[dt.date]] = {}
    for periods in parts.values():
        for p in periods:
            if p.start is not None:
                first_start.setdefault(p.controller, []).append(p.start.earliest)
    dates: dict[dt.date, DateValue] = {}
    intervals: list[_Interval] = []
    for name, periods in parts.items():
        for p in periods:
            if p.start is None and p.end is None:
                continue
            hi = p.end.earliest if p.end is not None else None
            if p.start is not None:
                lo: dt.date | None = p.start.earliest
                dates.setdefault(p.start.earliest, p.start)
            else:
                earlier = [s for s in first_start.get(p.controller, []) if hi is None or s < hi]
                lo = min(earlier) if earlier else None
            if p.end is not None:
                dates.setdefault(p.end.earliest, p.end)
            label = p.controller if p.status == HELD else f"{p.controller} ({p.status}, {p.contested_by})"
            intervals.append(_Interval(name, lo, hi, p, label))
    return intervals, dates


def rollup(parts: dict[str, list[Period]]) -> list[Period]:
    """A city's periods from its neighbourhoods': held while one side holds every known one, contested
    while they are split (controller: the side holding most; ``contested_by``: the strongest other side).

    A neighbourhood period with unknown start is taken to begin no earlier than its controller's first
    dated start elsewhere in the city before that period's end (unbounded if there is none).
    """
    intervals, dates = _intervals(parts)
    bounds = sorted({i.lo for i in intervals if i.lo is not None} | {i.hi for i in intervals if i.hi is not None})
    edges: list[dt.date | None] = [None, *bounds, None]
    starting: dict[dt.date, list[int]] = {}
    ending: dict[dt.date, list[int]] = {}
    for n, i in enumerate(intervals):
        if i.lo is not None:
            starting.setdefault(i.lo, []).append(n)
        if i.hi is not None:
            ending.setdefault(i.hi, []).append(n)
    # sweep over the boundaries, keeping the intervals that cover the current segment
    active: dict[int, _Interval] = {n: i for n, i in enumerate(intervals) if i.lo is None}
    out: list[tuple[Period, dict[int, Period]]] = []
    for lo, hi in itertools.pairwise(edges):
        if lo is not None:
            for n in ending.get(lo, ()):
                active.pop(n, None)
            for n in starting.get(lo, ()):
                stop = intervals[n].hi
                if stop is None or stop > lo:
                    active[n] = intervals[n]
        state = _segment_state(list(active.values()))
        if state is None:
            continue
        controller, status, contested_by, part_map = state
        last = out[-1][0] if out else None
        if (
            last is not None
            and (last.controller, last.status, last.contested_by) == (controller, status, contested_by)
            and last.end is not None
            and lo is not None
            and last.end.earliest == lo
        ):
            last.end = dates[hi] if hi is not None else None
            last.parts.update(part_map)
            behind = out[-1][1]
            for i in active.values():
                behind.setdefault(id(i.period), i.period)
            continue
        start = dates[lo] if lo is not None else None
        end = dates[hi] if hi is not None else None
        period = Period(controller, status, start, end, contested_by=contested_by, parts=part_map)
        out.append((period, {id(i.period): i.period for i in active.values()}))
    for period, behind in out:
        _add_sources(period, behind.values())
    return [period for period, _ in out]


def _add_sources(period: Period, parts: Iterable[Period]) -> None:
    """``period.add`` of every source of ``parts``, in order (inlined: a city's roll-up adds many)."""
    seen, sources = period._seen, period.sources
    for part in parts:
        for source in part.sources:
            if source.fact_id not in seen:
                seen.add(source.fact_id)
                sources.append(source)


def rollup_at(parts: dict[str, list[Period]], day: dt.date) -> Period | None:
    """The city's state on one day from its neighbourhoods' (as :func:`rollup`, without the history);
    the period returned has no start or end."""
    intervals, _ = _intervals(parts)
    present = [i for i in intervals if (i.lo is None or i.lo <= day) and (i.hi is None or day < i.hi)]
    state = _segment_state(present)
    if state is None:
        return None
    controller, status, contested_by, part_map = state
    period = Period(controller, status, None, None, contested_by=contested_by, parts=part_map)
    _add_sources(period, (i.period for i in present))
    return period


def _segment_state(present: list[_Interval]) -> tuple[str, str, str, dict[str, str]] | None:
    if not present:
        return None
    held: dict[str, int] = {}
    involved: dict[str, int] = {}
    part_map: dict[str, str] = {}
    for i in present:
        p = i.period
        part_map[i.part] = i.label
        involved[p.controller] = involved.get(p.controller, 0) + 1
        if p.status == HELD:
            held[p.controller] = held.get(p.controller, 0) + 1
        elif p.contested_by:
            involved[p.contested_by] = involved.get(p.contested_by, 0) + 1
    ranked = sorted(involved, key=lambda a: (-held.get(a, 0), -involved[a], a))
    controller = ranked[0]
    if len(ranked) == 1 and all(i.period.status == HELD for i in present):
        return controller, HELD, "", part_map
    contested_by = ranked[1] if len(ranked) > 1 else ""
    return controller, CONTESTED, contested_by, part_map
