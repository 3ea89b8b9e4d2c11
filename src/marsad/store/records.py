"""Result records of the store's API: ingest outcomes, places, timelines and map entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from marsad.model.dates import DateValue
from marsad.store.timeline import Contradiction, FactSource, Period


@dataclass(frozen=True, slots=True)
class InputDocument:
    """A report to ingest, as read from a file or a JSONL line."""

    text: str
    doc_id: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class IngestResult:
    #: "new", "updated" (same url, new content), "duplicate", "reextracted", "unchanged" or "failed"
    status: str
    doc_id: str
    document_id: int | None = None
    message: str = ""


@dataclass(slots=True)
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def new(self) -> int:
        return self.count("new") + self.count("updated")

    @property
    def duplicate(self) -> int:
        return self.count("duplicate") + self.count("unchanged")

    @property
    def failed(self) -> int:
        return self.count("failed")

    def line(self) -> str:
        parts = [f"new {self.new}", f"duplicate {self.duplicate}", f"failed {self.failed}"]
        extra = [f"{s} {self.count(s)}" for s in ("updated", "reextracted") if self.count(s)]
        return ", ".join(parts + extra)

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "duplicate": self.duplicate,
            "failed": self.failed,
            "updated": self.count("updated"),
            "reextracted": self.count("reextracted"),
            "failures": [{"doc_id": r.doc_id, "message": r.message} for r in self.results if r.status == "failed"],
        }


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A place as the store knows it: a gazetteer place, or only a name the geocoder did not resolve."""

    key: str
    place_id: str | None
    name_en: str = ""
    name_ar: str = ""
    kind: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    city: str = ""
    city_key: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @property
    def label(self) -> str:
        return self.location or self.name_en or self.name_ar or self.key

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.place_id,
            "key": self.key,
            "name_en": self.name_en,
            "name_ar": self.name_ar,
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }


def _date(value: DateValue | None) -> tuple[str | None, str | None]:
    return (value.iso(), value.precision.value) if value else (None, None)


def period_dict(p: Period, names: dict[str, str]) -> dict[str, Any]:
    start, start_precision = _date(p.start)
    end, end_precision = _date(p.end)
    out: dict[str, Any] = {
        "controller": p.controller,
        "controller_name": p.name_of(p.controller, names),
        "status": p.status,
        "start": start,
        "start_precision": start_precision,
        "end": end,
        "end_precision": end_precision,
        "contested_by": p.contested_by or None,
        "contested_by_name": p.name_of(p.contested_by, names) if p.contested_by else None,
        "sources": [s.to_dict() for s in p.sources],
        "disputed": p.disputed,
    }
    if p.as_of is not None:
        out["as_of"] = p.as_of.iso()
    if p.parts:
        out["neighbourhoods"] = dict(sorted(p.parts.items()))
    return out


@dataclass(slots=True)
class Timeline:
    """The answer to ``marsad control PLACE``."""

    place: PlaceInfo
    periods: list[Period]
    contradictions: list[Contradiction] = field(default_factory=list)
    #: for a city: periods derived from its neighbourhoods (see ``timeline.rollup``)
    rollup: list[Period] = field(default_factory=list)
    alternatives: list[PlaceInfo] = field(default_factory=list)
    #: facts about the place that give no date (not placed on the timeline)
    undated: list[FactSource] = field(default_factory=list)
    actor_names: dict[str, str] = field(default_factory=dict)
    at: dt.date | None = None

    @property
    def derived(self) -> bool:
        """True when the place has no facts of its own and its periods come from its neighbourhoods."""
        return not self.periods and bool(self.rollup)

    def to_dict(self) -> dict[str, Any]:
        shown = self.rollup if self.derived else self.periods
        out: dict[str, Any] = {
            "place": self.place.to_dict(),
            "periods": [period_dict(p, self.actor_names) for p in shown],
        }
        if self.at is not None:
            out["at"] = self.at.isoformat()
        if self.derived:
            out["derived_from_neighbourhoods"] = True
        elif self.rollup:
            out["from_neighbourhoods"] = [period_dict(p, self.actor_names) for p in self.rollup]
        if self.contradictions:
            out["contradictions"] = [c.to_dict() for c in self.contradictions]
        if self.undated:
            out["undated_facts"] = [f.to_dict() for f in self.undated]
        if self.alternatives:
            out["other_matches"] = [a.to_dict() for a in self.alternatives]
        return out


@dataclass(slots=True)
class MapEntry:
    place: PlaceInfo
    period: Period
    uncertain: bool
    derived_from_neighbourhoods: bool = False
