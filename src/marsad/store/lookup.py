"""Finding the stored place a user means: an id, the geocoder's answer, or a name match."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from marsad.errors import MarsadError
from marsad.model.places import ResolvedPlace
from marsad.store import schema as t
from marsad.store.places import TEXT_KEY_PREFIX, arabic_key, name_keys
from marsad.store.records import PlaceInfo

CITY_KEY_PREFIX = "city:"
Geocoder = Callable[[str], Sequence[ResolvedPlace]]


def info_from_row(row: Any) -> PlaceInfo:
    return PlaceInfo(
        key=row["place_id"],
        place_id=row["place_id"],
        name_en=row["name_en"],
        name_ar=row["name_ar"],
        kind=row["kind"],
        country=row["country"],
        admin1=row["admin1"],
        admin2=row["admin2"],
        location=row["location"],
        city=row["city"],
        city_key=row["city_key"],
        latitude=row["latitude"],
        longitude=row["longitude"],
    )


def city_of(row: Any) -> PlaceInfo:
    """A city known only as the city of stored neighbourhoods (not stored as a place itself)."""
    return PlaceInfo(
        key=CITY_KEY_PREFIX + row["city_key"],
        place_id=None,
        name_en=row["city"],
        kind="city",
        country=row["country"],
        admin1=row["admin1"],
        admin2=row["admin2"],
        location=row["city"],
        city=row["city"],
        city_key=row["city_key"],
    )


def info_from_text_key(key: str, place_text: str = "") -> PlaceInfo:
    return PlaceInfo(key=key, place_id=None, name_ar=place_text or key.removeprefix(TEXT_KEY_PREFIX))


def default_geocoder() -> Geocoder | None:
    """``marsad.geo.lookup`` when the gazetteer is installed, else None (name matching is used)."""
    try:
        module = importlib.import_module("marsad.geo")
    except ImportError:
        return None
    lookup = getattr(module, "lookup", None)
    return lookup if callable(lookup) else None


def _geocode(geocoder: Geocoder | None, query: str) -> list[ResolvedPlace]:
    if geocoder is None:
        return []
    try:
        return list(geocoder(query))
    except (MarsadError, LookupError, ValueError, OSError):
        return []


def _fact_counts(conn: Connection, keys: Sequence[str]) -> dict[str, int]:
    f = t.control_facts
    rows = conn.execute(
        sa.select(f.c.place_key, sa.func.count())
        .where(f.c.is_current, f.c.place_key.in_(list(keys)))
        .group_by(f.c.place_key)
    )
    return {r[0]: int(r[1]) for r in rows}


def find_places(conn: Connection, query: str, geocoder: Geocoder | None) -> list[PlaceInfo]:
    """Places matching ``query``, best first (most control facts, then stored before unstored)."""
    query = query.strip()
    if not query:
        return []
    p = t.places
    found: dict[str, PlaceInfo] = {}
    row = conn.execute(sa.select(p).where(p.c.place_id == query)).first()
    if row is not None:
        return [info_from_row(row._mapping)]
    if query.startswith(TEXT_KEY_PREFIX):
        return [info_from_text_key(query)]
    geocoded = _geocode(geocoder, query)
    if geocoded:
        ids = [g.place_id for g in geocoded]
        stored = {r.place_id: r._mapping for r in conn.execute(sa.select(p).where(p.c.place_id.in_(ids)))}
        for g in geocoded:
            if g.place_id in stored:
                found.setdefault(g.place_id, info_from_row(stored[g.place_id]))
    wanted = name_keys(query)
    if not found:  # the Arabic name, through its index
        for r in conn.execute(sa.select(p).where(p.c.name_norm == arabic_key(query)).order_by(p.c.place_id)):
            found.setdefault(r.place_id, info_from_row(r._mapping))
    if not found:  # English names, locations and city names: a scan of the (small) places table
        cities: dict[str, PlaceInfo] = {}
        for r in conn.execute(sa.select(p)):
            m = r._mapping
            keys = name_keys(m["name_en"]) | name_keys(m["name_ar"]) | name_keys(m["location"])
            if keys & wanted:
                found.setdefault(m["place_id"], info_from_row(m))
            elif m["city"] and name_keys(m["city"]) & wanted:
                cities.setdefault(m["city_key"], city_of(m))
        for key, info in cities.items():
            if not any(f.city_key == key for f in found.values()):
                found[info.key] = info
    text_key = TEXT_KEY_PREFIX + arabic_key(query)
    f = t.control_facts
    text_rows = conn.execute(
        sa.select(f.c.place_key, f.c.place_text).where(f.c.is_current, f.c.place_key == text_key).limit(1)
    ).first()
    if text_rows is not None:
        found.setdefault(text_key, info_from_text_key(text_key, text_rows[1]))
    if not found:
        # places known only through the text of facts whose place the geocoder resolved differently
        rows = conn.execute(sa.select(f.c.place_key, f.c.place_text).where(f.c.is_current).distinct())
        hits = {k for k, text in rows if text and arabic_key(text) in wanted}
        stored = {r.place_id: r._mapping for r in conn.execute(sa.select(p).where(p.c.place_id.in_(list(hits))))}
        for k in sorted(hits):
            found.setdefault(k, info_from_row(stored[k]) if k in stored else info_from_text_key(k))
    if not found and geocoded:
        g = geocoded[0]
        found[g.place_id] = PlaceInfo(
            key=g.place_id,
            place_id=g.place_id,
            name_en=g.name_en,
            name_ar=g.name_ar,
            kind=g.kind.value,
            country=g.country,
            admin1=g.admin1,
            admin2=g.admin2,
            location=g.location,
            city=g.city,
            latitude=g.latitude,
            longitude=g.longitude,
        )
    counts = _fact_counts(conn, list(found))
    order = {k: i for i, k in enumerate(found)}
    return sorted(found.values(), key=lambda i: (-counts.get(i.key, 0), order[i.key]))


def children(conn: Connection, place: PlaceInfo) -> list[PlaceInfo]:
    """The neighbourhoods and landmarks stored in a city (none for a neighbourhood or text-only place)."""
    if place.kind in {"neighbourhood", "landmark"} or not place.city_key:
        return []
    p = t.places
    rows = conn.execute(
        sa.select(p)
        .where(
            p.c.city_key == place.city_key,
            p.c.kind.in_(["neighbourhood", "landmark"]),
        )
        .order_by(p.c.place_id)
    )
    return [info_from_row(r._mapping) for r in rows]
