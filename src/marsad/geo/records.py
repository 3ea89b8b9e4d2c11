"""Gazetteer records: a place with its names, kind, coordinates and administrative chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.model.places import PlaceKind

#: kinds that are settlements (located points a town-level event can be coded to)
SETTLEMENTS: frozenset[PlaceKind] = frozenset({PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE})
#: administrative units, largest first
ADMIN_KINDS: tuple[PlaceKind, ...] = (PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``parent`` is the id of the containing unit: the city of a neighbourhood or landmark, the
    sub-district/district/governorate of a town. ``admin1..3`` are English names already resolved
    along the chain. ``main_town`` is, for a governorate, district or region, the id of the town an
    event known only at that level is coded to. ``bare`` says the name may count without a cue word.
    """

    id: str
    kind: PlaceKind
    name_en: str
    name_ar: str
    country: str  # ISO 3166 alpha-2
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    parent: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    city: str = ""  # English name of the city of a neighbourhood or landmark
    main_town: str = ""
    source: str = ""
    bare: bool = False
    prior: float = 1.0
    coords_from_parent: bool = False
    names: tuple[str, ...] = field(default_factory=tuple)  # every Arabic and English alias

    @property
    def has_coords(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    isonum: int
    name: str  # English, as ACLED writes it
