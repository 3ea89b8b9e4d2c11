"""Output formats of stored events, timelines and maps: JSONL, CSV, ACLED CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from marsad.model.places import ResolvedPlace
from marsad.store.merge import MergedEvent, Report
from marsad.store.records import MapEntry, period_dict

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
EVENT_CSV_COLUMNS = ("cluster_id", *ACLED_COLUMNS, "historical", "reports", "disagreements")

_ISO3 = {760: "SYR", 368: "IRQ", 887: "YEM", 434: "LBY", 729: "SDN", 422: "LBN", 400: "JOR", 792: "TUR"}
_REGION = {760: "Middle East", 368: "Middle East", 887: "Middle East", 422: "Middle East", 400: "Middle East",
           792: "Middle East", 434: "Northern Africa", 729: "Northern Africa"}  # fmt: skip


def _interaction(a: int, b: int) -> int:
    lo, hi = sorted((a, b))
    return lo * 10 + hi if lo else hi * 10


def acled_row(m: MergedEvent) -> dict[str, Any]:
    """One ACLED export row: lowest fatalities, most precise place and date, every outlet in ``source``."""
    best = m.best
    place: ResolvedPlace | None = best.place
    inter1 = best.actor1.inter if best.actor1 else 0
    inter2 = best.actor2.inter if best.actor2 else 0
    iso = place.iso if place else 0
    notes = best.notes
    if m.disagreements:
        notes = (notes + " " if notes else "") + "Sources differ on: " + ", ".join(sorted(m.disagreements)) + "."
    fetched = [r.fetched for r in m.reports if r.fetched is not None]
    return {
        "event_id_cnty": f"{_ISO3.get(iso, (place.country[:3].upper() if place else 'XXX'))}{m.cluster_id}",
        "event_date": m.date.representative.isoformat() if m.date else "",
        "year": m.date.representative.year if m.date else "",
        "time_precision": (m.date.precision.acled_code or "") if m.date else "",
        "disorder_type": m.event_type.disorder_type,
        "event_type": m.event_type.value,
        "sub_event_type": m.sub_event_type.label,
        "actor1": best.actor1.name if best.actor1 else "",
        "assoc_actor_1": "; ".join(a.name for a in best.assoc_actor_1),
        "inter1": inter1 or "",
        "actor2": best.actor2.name if best.actor2 else "",
        "assoc_actor_2": "; ".join(a.name for a in best.assoc_actor_2),
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2) if inter1 or inter2 else "",
        "civilian_targeting": "Civilian targeting" if m.civilian_targeting else "",
        "iso": iso or "",
        "region": _REGION.get(iso, ""),
        "country": place.country if place else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": place.admin3 if place else "",
        "location": place.location if place else "",
        "latitude": place.latitude if place else "",
        "longitude": place.longitude if place else "",
        "geo_precision": place.geo_precision if place else "",
        "source": "; ".join(m.outlets),
        "source_scale": "",
        "notes": notes,
        "fatalities": m.fatalities,
        "tags": "",
        "timestamp": int(max(fetched).timestamp()) if fetched else "",
    }


def acled_exportable(m: MergedEvent, include_historical: bool) -> bool:
    """ACLED records events known to the day, week or month, at a place; history only on request."""
    if m.historical and not include_historical:
        return False
    return m.date is not None and m.date.precision.acled_code is not None and m.best.place is not None


def report_dict(r: Report) -> dict[str, Any]:
    e = r.event
    return {
        "event_id": r.event_id,
        "cluster_id": r.cluster_id,
        "document": r.document_key,
        "outlet": r.outlet,
        "url": r.url,
        "published": r.published.isoformat() if r.published else None,
        "date": e.date.iso() if e.date else None,
        "date_precision": e.date.precision.value if e.date else None,
        "event_type": e.event_type.value,
        "sub_event_type": e.sub_event_type.label,
        "actor1": _actor(e.actor1),
        "assoc_actor_1": [_actor(a) for a in e.assoc_actor_1],
        "actor2": _actor(e.actor2),
        "assoc_actor_2": [_actor(a) for a in e.assoc_actor_2],
        "place": _place(e.place),
        "fatalities": e.fatalities if e.fatalities_known else None,
        "civilian_targeting": e.civilian_targeting,
        "historical": e.historical,
        "extent": e.extent,
        "confidence": e.confidence,
        "notes": e.notes,
        "inferred": sorted(e.inferred),
        "evidence": [{"role": x.role.value, "start": x.span.start, "end": x.span.end, "text": x.text}
                     for x in e.evidence],
    }  # fmt: skip


def _actor(a: Any) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"id": a.actor_id, "name": a.name, "inter": a.inter, "inferred": a.inferred}


def _place(p: ResolvedPlace | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "id": p.place_id, "name_en": p.name_en, "name_ar": p.name_ar, "kind": p.kind.value,
        "location": p.location, "admin1": p.admin1, "admin2": p.admin2, "admin3": p.admin3,
        "country": p.country, "latitude": p.latitude, "longitude": p.longitude,
        "geo_precision": p.geo_precision,
    }  # fmt: skip


def merged_dict(m: MergedEvent) -> dict[str, Any]:
    """A merged event in full: ACLED fields, every report behind it and what the reports disagree on."""
    return {
        "cluster_id": m.cluster_id,
        "acled": acled_row(m),
        "historical": m.historical,
        "date": m.date.iso() if m.date else None,
        "date_precision": m.date.precision.value if m.date else None,
        "place": _place(m.best.place),
        "sources": m.outlets,
        "disagreements": m.disagreements,
        "reports": [report_dict(r) for r in m.reports],
    }


def _csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def events_csv(events: Sequence[MergedEvent]) -> str:
    def row(m: MergedEvent) -> dict[str, Any]:
        return {
            "cluster_id": m.cluster_id,
            **acled_row(m),
            "historical": m.historical,
            "reports": len(m.reports),
            "disagreements": json.dumps(m.disagreements, ensure_ascii=False) if m.disagreements else "",
        }

    return _csv((row(m) for m in events), EVENT_CSV_COLUMNS)


def acled_csv(events: Sequence[MergedEvent]) -> str:
    return _csv((acled_row(m) for m in events), ACLED_COLUMNS)


def jsonl(items: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(i, ensure_ascii=False, default=str) + "\n" for i in items)


def _feature(lon: float | None, lat: float | None, properties: dict[str, Any]) -> dict[str, Any]:
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def events_geojson(events: Sequence[MergedEvent]) -> dict[str, Any]:
    features = []
    for m in events:
        p = m.best.place
        props = {**acled_row(m), "cluster_id": m.cluster_id, "historical": m.historical,
                 "reports": len(m.reports), "disagreements": m.disagreements}  # fmt: skip
        features.append(_feature(p.longitude if p else None, p.latitude if p else None, props))
    return {"type": "FeatureCollection", "features": features}


def map_geojson(entries: Sequence[MapEntry], names: dict[str, str], at: str) -> dict[str, Any]:
    """Every place's controller on one day; places without coordinates get a null geometry."""
    features = []
    for entry in entries:
        info = entry.place
        props = {
            "place": info.to_dict(),
            "at": at,
            **{k: v for k, v in period_dict(entry.period, names).items() if k != "sources"},
            "sources": sorted({s.outlet or s.document for s in entry.period.sources}),
            "uncertain": entry.uncertain,
            "derived_from_neighbourhoods": entry.derived_from_neighbourhoods,
        }
        features.append(_feature(info.longitude, info.latitude, props))
    return {"type": "FeatureCollection", "features": features}
