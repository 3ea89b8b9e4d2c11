"""A place as resolved by a geocoder, with ACLED's location fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.model.enums import IdentityEnum


class PlaceKind(IdentityEnum):
    COUNTRY = "country"
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    NEIGHBOURHOOD = "neighbourhood"
    LANDMARK = "landmark"
    REGION = "region"


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    place_id: str
    name_en: str
    kind: PlaceKind
    score: float


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A gazetteer place chosen for a mention.

    ``location`` follows ACLED: the town, or ``"City - District"`` for a neighbourhood of a large city.
    ``coords_from_parent`` is true when the gazetteer has no own coordinates and the parent's are used.
    """

    place_id: str
    name_en: str
    name_ar: str
    kind: PlaceKind
    country: str
    iso: int
    admin1: str
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    geo_precision: int
    location: str
    city: str = ""
    score: float = 1.0
    rule: str = ""
    source: str = ""
    coords_from_parent: bool = False
    alternatives: tuple[PlaceCandidate, ...] = field(default_factory=tuple)

    @property
    def is_neighbourhood(self) -> bool:
        return self.kind is PlaceKind.NEIGHBOURHOOD
