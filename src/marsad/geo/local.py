"""Local additions to the user layer (``marsad gazetteer add``)."""

from __future__ import annotations

import re
from pathlib import Path

from marsad.geo import store
from marsad.geo.errors import UnknownPlaceError
from marsad.geo.geocoder import Geocoder
from marsad.geo.names import is_arabic, script_ok
from marsad.geo.records import SETTLEMENTS, Place
from marsad.geo.userdb import transaction
from marsad.model.places import PlaceKind


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "place"


def add_place(
    geocoder: Geocoder,
    directory: Path,
    *,
    name_ar: str,
    name_en: str,
    kind: PlaceKind,
    parent: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
    aliases: tuple[str, ...] = (),
    bare: bool = False,
    place_id: str = "",
) -> Place:
    """Add (or replace) a place in the user layer. ``parent`` is a place name or id it belongs to."""
    for name in (name_ar, *aliases):
        if not is_arabic(name) or not script_ok(name):
            raise UnknownPlaceError(f"{name!r} is not an Arabic name; give Arabic names with --ar/--alias")
    if not name_en or is_arabic(name_en):
        raise UnknownPlaceError("give the English name (Latin script) with --en")
    gaz = geocoder.gazetteer
    parent_place: Place | None = None
    if parent:
        parent_place = gaz.place(parent)
        if parent_place is None:
            hits = geocoder.lookup(parent)
            parent_place = gaz.place(hits[0].place_id) if hits else None
        if parent_place is None:
            raise UnknownPlaceError(f"parent {parent!r} is not in the gazetteer; add it first or give its id")
    if kind in (PlaceKind.NEIGHBOURHOOD, PlaceKind.LANDMARK) and parent_place is None:
        raise UnknownPlaceError(f"a {kind.value} needs --parent (the city it is in)")
    lat, lon, from_parent = latitude, longitude, False
    if (lat is None or lon is None) and parent_place is not None:
        lat, lon, from_parent = parent_place.latitude, parent_place.longitude, True
    if lat is None or lon is None:
        raise UnknownPlaceError("give --lat and --lon, or a --parent whose coordinates can be used")
    city = ""
    if parent_place is not None and kind in (PlaceKind.NEIGHBOURHOOD, PlaceKind.LANDMARK):
        city = parent_place.name_en if parent_place.kind in SETTLEMENTS else parent_place.city
    country = parent_place.country if parent_place is not None else "SY"
    pid = place_id or f"local:{country}.{kind.value}.{_slug(name_en)}"
    place = Place(
        id=pid,
        kind=kind,
        name_en=name_en,
        name_ar=name_ar,
        country=country,
        latitude=lat,
        longitude=lon,
        parent=parent_place.id if parent_place else "",
        admin1=parent_place.admin1 if parent_place else "",
        admin2=parent_place.admin2 if parent_place else "",
        admin3=parent_place.admin3 if parent_place else "",
        city=city,
        source="local addition",
        bare=bare,
        prior=1.5,
        coords_from_parent=from_parent,
        names=(name_ar, *aliases, name_en),
    )
    with transaction(directory) as conn:
        store.write_places(conn, [place])
    return place
