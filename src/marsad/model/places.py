"""A place as resolved by a geocoder, with ACLED's location fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

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


@dataclass(frozen=True, slots=True, init=False)
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

    def __init__(
        self,
        place_id: str,
        name_en: str,
        name_ar: str,
        kind: PlaceKind,
        country: str,
        iso: int,
        admin1: str,
        admin2: str,
        admin3: str,
        latitude: float,
        longitude: float,
        geo_precision: int,
        location: str,
        city: str = "",
        score: float = 1.0,
        rule: str = "",
        source: str = "",
        coords_from_parent: bool = False,
        alternatives: tuple[PlaceCandidate, ...] = (),
    ) -> None:
        # A few dozen per report, each of 19 fields: the generated frozen __init__ sets every field
        # through object.__setattr__; the slot setters do the same work in fewer steps (see Span)
        _SET[0](self, place_id)
        _SET[1](self, name_en)
        _SET[2](self, name_ar)
        _SET[3](self, kind)
        _SET[4](self, country)
        _SET[5](self, iso)
        _SET[6](self, admin1)
        _SET[7](self, admin2)
        _SET[8](self, admin3)
        _SET[9](self, latitude)
        _SET[10](self, longitude)
        _SET[11](self, geo_precision)
        _SET[12](self, location)
        _SET[13](self, city)
        _SET[14](self, score)
        _SET[15](self, rule)
        _SET[16](self, source)
        _SET[17](self, coords_from_parent)
        _SET[18](self, alternatives)

    @property
    def is_neighbourhood(self) -> bool:
        return self.kind is PlaceKind.NEIGHBOURHOOD


#: the slot descriptors' setters of ResolvedPlace's fields, in order (``vars(ResolvedPlace)``, not
#: ``ResolvedPlace.__dict__``, which mypyc rejects)
_SET: tuple[Callable[[ResolvedPlace, Any], None], ...] = tuple(
    vars(ResolvedPlace)[f.name].__set__ for f in fields(ResolvedPlace)
)
#: the position of each field of ResolvedPlace, and a getter of all their values at once (in C)
_INDEX: dict[str, int] = {f.name: i for i, f in enumerate(fields(ResolvedPlace))}
_VALUES: Callable[[ResolvedPlace], tuple[Any, ...]] = attrgetter(*_INDEX)


def replaced(place: ResolvedPlace, **changes: Any) -> ResolvedPlace:
    """``dataclasses.replace(place, **changes)`` in half the work: ``replace`` asks every field for
    its init flag and kind before it calls the class with keywords (anaphors and landmarks take their
    place this way, several times a report)."""
    values = list(_VALUES(place))
    for name, value in changes.items():
        if name not in _INDEX:
            raise TypeError(f"ResolvedPlace has no field {name!r}")
        values[_INDEX[name]] = value
    return ResolvedPlace(*values)
