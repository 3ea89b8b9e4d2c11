"""Place keys: how stored places are grouped (a city and its neighbourhoods) and found by name."""

from __future__ import annotations

import re

from marsad.model.places import PlaceKind, ResolvedPlace
from marsad.text.normalize import normalize_term

#: cue words written before a place name; stripped before a name is compared (normalised forms)
CUE_WORDS: frozenset[str] = frozenset(
    normalize_term(w)
    for w in (
        "حي",
        "حيي",
        "أحياء",
        "مدينة",
        "بلدة",
        "قرية",
        "ريف",
        "منطقة",
        "محافظة",
        "ناحية",
        "مخيم",
        "ضاحية",
        "بلدات",
        "قرى",
        "مدن",
    )
)
_CONTAINED_KINDS = frozenset({PlaceKind.NEIGHBOURHOOD, PlaceKind.LANDMARK})
_EN_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|at|az|an|ath|adh)[- ]", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
TEXT_KEY_PREFIX = "text:"


def strip_cues(norm: str) -> str:
    """Drop leading cue words (and a clitic و/ب/ل on them) from a normalised name."""
    words = norm.split()
    while len(words) > 1:
        head = words[0]
        stripped = head[1:] if head[:1] in {"و", "ب", "ل", "ف"} and head[1:] in CUE_WORDS else head
        if head in CUE_WORDS or stripped in CUE_WORDS:
            words = words[1:]
            continue
        break
    return " ".join(words)


def arabic_key(name: str) -> str:
    """Normalised Arabic name without cue words or the article: "حي الحميدية" -> "حميديه"."""
    words = strip_cues(normalize_term(name)).split()
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def english_key(name: str) -> str:
    """Casefolded English name without the article and punctuation: "al-Hamidiyah" -> "hamidiyah"."""
    name = name.strip().casefold()
    name = name.split(" - ")[-1]
    name = _EN_ARTICLE.sub("", name)
    return _NON_WORD.sub("", name)


def name_keys(name: str) -> set[str]:
    """Every key under which ``name`` (Arabic or English) may be looked up."""
    keys = {arabic_key(name), english_key(name)}
    keys.discard("")
    return keys


def text_place_key(place_text: str) -> str:
    """Key of a place the geocoder did not resolve: its normalised name, cue words stripped."""
    return TEXT_KEY_PREFIX + arabic_key(place_text)


def city_name(place: ResolvedPlace) -> str:
    """The city a place belongs to: ``city``, else the first part of "City - District", else itself."""
    if place.kind in _CONTAINED_KINDS:
        if place.city:
            return place.city
        if " - " in place.location:
            return place.location.split(" - ", 1)[0]
    return place.name_en or place.place_id


def city_key(place: ResolvedPlace) -> str:
    """Key shared by a city and the neighbourhoods in it: country, governorate and city name."""
    return "|".join((place.country.casefold(), place.admin1.casefold(), english_key(city_name(place))))


def is_contained(place: ResolvedPlace) -> bool:
    return place.kind in _CONTAINED_KINDS


def same_or_containing(a: ResolvedPlace, b: ResolvedPlace) -> bool:
    """True when ``a`` and ``b`` are one place, or one is the city the other lies in."""
    if a.place_id == b.place_id:
        return True
    if city_key(a) != city_key(b):
        return False
    return is_contained(a) != is_contained(b)


#: rank of a place kind in precision: lower is more precise
KIND_PRECISION: dict[str, int] = {
    PlaceKind.LANDMARK.value: 0,
    PlaceKind.NEIGHBOURHOOD.value: 1,
    PlaceKind.VILLAGE.value: 2,
    PlaceKind.TOWN.value: 2,
    PlaceKind.CITY.value: 3,
    PlaceKind.SUBDISTRICT.value: 4,
    PlaceKind.REGION.value: 5,
    PlaceKind.DISTRICT.value: 5,
    PlaceKind.GOVERNORATE.value: 6,
    PlaceKind.COUNTRY.value: 7,
}


def precision_rank(place: ResolvedPlace) -> tuple[int, int]:
    """Sort key: most precise first (ACLED geo_precision, then kind)."""
    return (place.geo_precision, KIND_PRECISION.get(place.kind.value, 9))
