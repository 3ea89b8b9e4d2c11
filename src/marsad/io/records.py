"""Events as exported: ACLED's columns by their ACLED names, plus Marsad's evidence and flags."""

from __future__ import annotations

from typing import Any

from marsad.model.document import Document
from marsad.model.events import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: ACLED regions of the countries Marsad's packs and gazetteer cover (ISO 3166 numeric)
_REGIONS: dict[int, str] = {
    **dict.fromkeys((760, 368, 422, 400, 275, 376, 682, 887, 512, 414, 634, 48, 784, 364, 792, 196), "Middle East"),
    **dict.fromkeys((818, 434, 788, 12, 504, 729, 732, 478), "Northern Africa"),
    **dict.fromkeys((706, 262, 232, 231, 728), "Eastern Africa"),
    **dict.fromkeys((174,), "Eastern Africa"),
    **dict.fromkeys((148, 562, 466), "Western Africa"),
}


def event_id(doc: Document, index: int) -> str:
    base = doc.id.split(":")[-1][:12] if doc.id else "doc"
    return f"{base}-{index + 1}"


def event_record(e: Event, doc: Document, index: int, timestamp: int = 0) -> dict[str, Any]:
    """One event as a JSON-ready mapping (the output boundary; inside Marsad events are typed)."""
    place = e.place
    date = e.date
    rec: dict[str, Any] = {
        "event_id_cnty": e.event_id or event_id(doc, index),
        "event_date": date.representative.isoformat() if date and date.precision.acled_code else "",
        "year": date.representative.year if date else None,
        "time_precision": date.precision.acled_code if date else None,
        "disorder_type": e.event_type.disorder_type,
        "event_type": e.event_type.value,
        "sub_event_type": e.sub_event_type.label,
        "actor1": e.actor1.name if e.actor1 else "",
        "assoc_actor_1": "; ".join(a.name for a in e.assoc_actor_1),
        "inter1": e.actor1.inter if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else "",
        "assoc_actor_2": "; ".join(a.name for a in e.assoc_actor_2),
        "inter2": e.actor2.inter if e.actor2 else None,
        "interaction": e.interaction or None,
        "civilian_targeting": "Civilian targeting" if e.civilian_targeting else "",
        "iso": place.iso if place else None,
        "region": _REGIONS.get(place.iso, "") if place else "",
        "country": place.country if place else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": place.admin3 if place else "",
        "location": place.location if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "source": e.source or doc.outlet,
        "source_scale": "",
        "notes": e.notes,
        "fatalities": e.fatalities,
        "tags": "",
        "timestamp": timestamp,
        # Marsad's own fields
        "date_text": date.iso() if date else "",
        "historical": e.historical,
        "confidence": e.confidence,
        "extent": e.extent,
        "inferred": sorted(e.inferred),
        "place_id": place.place_id if place else "",
        "geo_rule": place.rule if place else "",
        "evidence": [
            {"role": ev.role.value, "start": ev.span.start, "end": ev.span.end, "text": ev.text} for ev in e.evidence
        ],
    }
    return rec


def _data_versions(short: str) -> str:
    from marsad.api import data_versions

    pack = short.split(":", 1)[0] if ":" in short else "sy"
    return data_versions(pack) if short else ""


def document_record(doc: Document, include_historical: bool = False, timestamp: int = 0) -> dict[str, Any]:
    events = [e for e in doc.events if include_historical or not e.historical]
    out: dict[str, Any] = {
        "id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "url": doc.url,
        "data_version": doc.data_version,
        "data_versions": _data_versions(doc.data_version),
        "pipeline_version": doc.pipeline_version,
        "events": [event_record(e, doc, i, timestamp) for i, e in enumerate(events)],
        "historical_events": 0 if include_historical else sum(1 for e in doc.events if e.historical),
        "control": [
            {
                "place": c.place.location if c.place else c.place_text,
                "place_id": c.place.place_id if c.place else "",
                "actor": c.actor_id,
                "actor_name": c.actor_name,
                "status": c.status.value,
                "kind": c.kind,
                "date": c.date.iso() if c.date else "",
                "date_precision": c.date.precision.value if c.date else "",
                "other_actor": c.other_actor_id,
                "other_actor_name": c.other_actor_name,
                "historical": c.historical,
                "evidence": [
                    {"role": ev.role.value, "start": ev.span.start, "end": ev.span.end, "text": ev.text}
                    for ev in c.evidence
                ],
            }
            for c in doc.control
        ],
    }
    if doc.skipped_reason:
        out["skipped"] = doc.skipped_reason
    if doc.warnings:
        out["warnings"] = list(doc.warnings)
    return out
