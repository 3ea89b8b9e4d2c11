"""Model records to table rows and back, without loss (the round-trip tests hold this to account)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from marsad.model.dates import DateValue, Precision
from marsad.model.events import (
    ActorRef,
    ControlFact,
    ControlStatus,
    Event,
    Evidence,
    EvidenceRole,
    SubEventType,
)
from marsad.model.places import PlaceCandidate, PlaceKind, ResolvedPlace
from marsad.model.span import Span
from marsad.store.places import arabic_key, city_key, text_place_key

Row = Mapping[Any, Any]
_PRECISION = {p.value: p for p in Precision}


def date_columns(value: DateValue | None) -> dict[str, Any]:
    if value is None:
        return {"date_earliest": None, "date_latest": None, "date_precision": None}
    return {
        "date_earliest": value.earliest,
        "date_latest": value.latest,
        "date_precision": value.precision.value,
    }


def date_from_row(row: Row) -> DateValue | None:
    earliest, latest, precision = row["date_earliest"], row["date_latest"], row["date_precision"]
    if earliest is None or latest is None or precision is None:
        return None
    return DateValue(_as_date(earliest), _as_date(latest), _PRECISION[precision])


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def place_row(place: ResolvedPlace) -> dict[str, Any]:
    """The ``places`` row: what is true of the place whichever report names it."""
    return {
        "place_id": place.place_id,
        "name_en": place.name_en,
        "name_ar": place.name_ar,
        "name_norm": arabic_key(place.name_ar) if place.name_ar else "",
        "kind": place.kind.value,
        "country": place.country,
        "iso": place.iso,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "location": place.location,
        "city": place.city,
        "city_key": city_key(place),
    }


def place_detail(place: ResolvedPlace | None) -> dict[str, Any] | None:
    """What is particular to one mention's resolution (kept on the event or fact row)."""
    if place is None:
        return None
    return {
        "score": place.score,
        "rule": place.rule,
        "source": place.source,
        "coords_from_parent": place.coords_from_parent,
        "geo_precision": place.geo_precision,
        "alternatives": [
            {"place_id": c.place_id, "name_en": c.name_en, "kind": c.kind.value, "score": c.score}
            for c in place.alternatives
        ],
    }


def place_from_row(row: Row, detail: Mapping[str, Any] | None = None) -> ResolvedPlace:
    detail = detail or {}
    return ResolvedPlace(
        place_id=row["place_id"],
        name_en=row["name_en"],
        name_ar=row["name_ar"],
        kind=PlaceKind(row["kind"]),
        country=row["country"],
        iso=int(row["iso"]),
        admin1=row["admin1"],
        admin2=row["admin2"],
        admin3=row["admin3"],
        latitude=float(row["latitude"]) if row["latitude"] is not None else 0.0,
        longitude=float(row["longitude"]) if row["longitude"] is not None else 0.0,
        geo_precision=int(detail.get("geo_precision", row["geo_precision"])),
        location=row["location"],
        city=row["city"],
        score=float(detail.get("score", 1.0)),
        rule=str(detail.get("rule", "")),
        source=str(detail.get("source", "")),
        coords_from_parent=bool(detail.get("coords_from_parent", False)),
        alternatives=tuple(
            PlaceCandidate(a["place_id"], a["name_en"], PlaceKind(a["kind"]), float(a["score"]))
            for a in detail.get("alternatives", ())
        ),
    )


def evidence_rows(items: list[Evidence], **owner: int) -> list[dict[str, Any]]:
    return [
        {
            "event_id": owner.get("event_id"),
            "fact_id": owner.get("fact_id"),
            "role": e.role.value,
            "span_start": e.span.start,
            "span_end": e.span.end,
            "text": e.text,
        }
        for e in items
    ]


def evidence_from_row(row: Row) -> Evidence:
    return Evidence(EvidenceRole(row["role"]), Span(int(row["span_start"]), int(row["span_end"])), row["text"])


def _actor_columns(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    return {
        f"{prefix}_id": actor.actor_id if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_inter": actor.inter if actor else None,
        f"{prefix}_inferred": actor.inferred if actor else False,
    }


def _actor_from_columns(row: Row, prefix: str) -> ActorRef | None:
    actor_id = row[f"{prefix}_id"]
    if actor_id is None:
        return None
    return ActorRef(
        actor_id,
        row[f"{prefix}_name"] or "",
        int(row[f"{prefix}_inter"] or 0),
        bool(row[f"{prefix}_inferred"]),
    )


def _actor_list(actors: list[ActorRef]) -> list[dict[str, Any]]:
    return [{"id": a.actor_id, "name": a.name, "inter": a.inter, "inferred": a.inferred} for a in actors]


def _actor_list_from(value: Any) -> list[ActorRef]:
    return [ActorRef(a["id"], a["name"], int(a["inter"]), bool(a["inferred"])) for a in value or ()]


def event_row(event: Event, seq: int) -> dict[str, Any]:
    """Columns of ``events`` for one event (run, document and current flag are added by the writer)."""
    return {
        "seq": seq,
        "event_ref": event.event_id,
        "sub_event_type": event.sub_event_type.label,
        "event_type": event.event_type.value,
        **date_columns(event.date),
        "place_id": event.place.place_id if event.place else None,
        "city_key": city_key(event.place) if event.place else None,
        "place_detail": place_detail(event.place),
        **_actor_columns("actor1", event.actor1),
        **_actor_columns("actor2", event.actor2),
        "assoc_actor_1": _actor_list(event.assoc_actor_1),
        "assoc_actor_2": _actor_list(event.assoc_actor_2),
        "fatalities": event.fatalities,
        "fatalities_known": event.fatalities_known,
        "civilian_targeting": event.civilian_targeting,
        "historical": event.historical,
        "confidence": event.confidence,
        "notes": event.notes,
        "sentence": event.sentence,
        "inferred": sorted(event.inferred),
        "extent": event.extent,
        "source": event.source,
    }


def event_from_row(row: Row, place: ResolvedPlace | None, evidence: list[Evidence], document_key: str) -> Event:
    return Event(
        sub_event_type=SubEventType.from_label(row["sub_event_type"]),
        date=date_from_row(row),
        place=place,
        actor1=_actor_from_columns(row, "actor1"),
        assoc_actor_1=_actor_list_from(row["assoc_actor_1"]),
        actor2=_actor_from_columns(row, "actor2"),
        assoc_actor_2=_actor_list_from(row["assoc_actor_2"]),
        fatalities=int(row["fatalities"]),
        fatalities_known=bool(row["fatalities_known"]),
        civilian_targeting=bool(row["civilian_targeting"]),
        historical=bool(row["historical"]),
        confidence=float(row["confidence"]),
        evidence=evidence,
        notes=row["notes"],
        sentence=int(row["sentence"]),
        inferred=set(row["inferred"] or ()),
        extent=row["extent"],
        source=row["source"],
        document_id=document_key,
        event_id=row["event_ref"],
    )


def fact_place_key(fact: ControlFact) -> str:
    return fact.place.place_id if fact.place else text_place_key(fact.place_text)


def fact_row(fact: ControlFact, seq: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "place_id": fact.place.place_id if fact.place else None,
        "place_key": fact_place_key(fact),
        "place_text": fact.place_text,
        "place_detail": place_detail(fact.place),
        "actor_id": fact.actor_id,
        "status": fact.status.value,
        "kind": fact.kind,
        **date_columns(fact.date),
        "other_actor_id": fact.other_actor_id,
        "actor_name": fact.actor_name,
        "other_actor_name": fact.other_actor_name,
        "historical": fact.historical,
        "sentence": fact.sentence,
        "source": fact.source,
    }


def fact_from_row(row: Row, place: ResolvedPlace | None, evidence: list[Evidence], document_key: str) -> ControlFact:
    return ControlFact(
        place=place,
        place_text=row["place_text"],
        actor_id=row["actor_id"],
        status=ControlStatus(row["status"]),
        date=date_from_row(row),
        evidence=evidence,
        other_actor_id=row["other_actor_id"],
        actor_name=row["actor_name"],
        other_actor_name=row["other_actor_name"],
        kind=row["kind"],
        historical=bool(row["historical"]),
        sentence=int(row["sentence"]),
        source=row["source"],
        document_id=document_key,
    )
