"""Turning a gazetteer place into ACLED's location fields (``ResolvedPlace``)."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.geo.countries import country
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.records import ADMIN_KINDS, SETTLEMENTS, Place
from marsad.model.places import PlaceCandidate, PlaceKind, ResolvedPlace, replaced


def location_of(gaz: Gazetteer, place: Place, depth: int = 0) -> str:
    """ACLED's ``location``: the town, or "City - District" for a neighbourhood."""
    if place.kind is PlaceKind.NEIGHBOURHOOD:
        return f"{place.city} - {place.name_en}" if place.city else place.name_en
    if place.kind is PlaceKind.LANDMARK or place.kind is PlaceKind.REGION or place.kind in ADMIN_KINDS:
        anchor = place.main_town or place.parent
        target = gaz.place(anchor) if anchor else None
        if target is not None and depth < 6 and target.kind not in ADMIN_KINDS:
            return location_of(gaz, target, depth + 1)
        if target is not None and depth < 6 and target.main_town:
            return location_of(gaz, target, depth + 1)
    return place.name_en


def anchor_of(gaz: Gazetteer, place: Place) -> Place:
    """The settlement whose admin chain and coordinates a region, unit or landmark is coded to."""
    seen = 0
    current = place
    while current.kind not in SETTLEMENTS and current.kind is not PlaceKind.NEIGHBOURHOOD and seen < 6:
        nxt_id = current.main_town or current.parent
        nxt = gaz.place(nxt_id) if nxt_id else None
        if nxt is None:
            break
        current = nxt
        seen += 1
    return current


#: kinds that are their own anchor (built once: hashing enum members runs Python code)
_OWN_ANCHOR: frozenset[PlaceKind] = SETTLEMENTS | {PlaceKind.NEIGHBOURHOOD}


def to_resolved(
    gaz: Gazetteer,
    place: Place,
    *,
    precision: int,
    rule: str,
    score: float,
    alternatives: Sequence[PlaceCandidate] = (),
) -> ResolvedPlace:
    anchor = anchor_of(gaz, place) if place.kind not in _OWN_ANCHOR else place
    own_coords = place.has_coords and not place.coords_from_parent
    coded = anchor if (precision >= 2 or not own_coords) else place
    lat = coded.latitude if coded.latitude is not None else 0.0
    lon = coded.longitude if coded.longitude is not None else 0.0
    c = country(place.country)
    city = place.city
    if not city and place.kind in SETTLEMENTS:
        city = place.name_en
    elif not city:
        city = anchor.city or (anchor.name_en if anchor.kind in SETTLEMENTS else "")
    return ResolvedPlace(
        place_id=place.id,
        name_en=place.name_en,
        name_ar=place.name_ar,
        kind=place.kind,
        country=c.name,
        iso=c.isonum,
        admin1=place.admin1 or anchor.admin1,
        admin2=anchor.admin2 if anchor is not place else place.admin2,
        admin3=anchor.admin3 if anchor is not place else place.admin3,
        latitude=lat,
        longitude=lon,
        geo_precision=precision,
        location=location_of(gaz, place),
        city=city,
        score=round(score, 3),
        rule=rule,
        source=place.source,
        coords_from_parent=coded is not place or place.coords_from_parent,
        alternatives=tuple(alternatives),
    )


def as_landmark(container: ResolvedPlace, kind: str, text: str, rule: str, score: float) -> ResolvedPlace:
    """A landmark the gazetteer does not know, placed at the place the text puts it in."""
    return replaced(
        container,
        kind=PlaceKind.LANDMARK,
        name_en=f"{kind} in {container.location}",
        name_ar=text,
        rule=rule,
        score=round(score, 3),
        coords_from_parent=True,
        alternatives=(),
    )
