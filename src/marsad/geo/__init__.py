"""Gazetteer and geocoder: Arabic place mentions resolved to places with ACLED's location fields.

``default_geocoder()`` opens (building on first use) the index in the user's data directory
(``$MARSAD_DATA_DIR`` or ``~/.local/share/marsad``); ``lookup(name, near=None)`` lists the places a
name may refer to, best first. Place data from GeoNames (geonames.org) is licensed CC-BY 4.0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.geo.geocoder import Geocoder
    from marsad.model.places import ResolvedPlace

__all__ = ["Geocoder", "default_geocoder", "lookup"]


def default_geocoder() -> Geocoder:
    from marsad.geo.geocoder import default_geocoder as _default

    return _default()


def lookup(name: str, near: str | None = None) -> list[ResolvedPlace]:
    """Places ``name`` may refer to, best first; ``near`` names a place that contains it."""
    return default_geocoder().lookup(name, near)


def __getattr__(name: str) -> object:
    if name == "Geocoder":
        from marsad.geo.geocoder import Geocoder

        return Geocoder
    raise AttributeError(name)
