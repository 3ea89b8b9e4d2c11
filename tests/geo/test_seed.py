"""Acceptance on the seed report in ../shared (skipped when it is absent)."""

from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder
from marsad.model.places import PlaceKind

from .conftest import SHARED

SEED = SHARED / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (../shared not checked out beside the project)")
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("arabic", "location"),
    [
        ("الحميدية", "Deir ez-Zor - al-Hamidiyah"),
        ("العمال", "Deir ez-Zor - al-Ummal"),
        ("العرفي", "Deir ez-Zor - al-Arfi"),
        ("الصناعة", "Deir ez-Zor - al-Sinaa"),
        ("الشيخ ياسين", "Deir ez-Zor - al-Sheikh Yassin"),
    ],
)
def test_seed_neighbourhoods_are_in_deir_ez_zor(geocoder: Geocoder, seed: str, arabic: str, location: str) -> None:
    doc, found = geocoder.geocode_text(seed, outlet="Euphrates Post")
    named = [m for m in found if doc.raw(m.span) == arabic and m.antecedent is None]
    assert named, arabic
    for m in named:
        assert m.resolved is not None, m.declined_reason
        assert m.resolved.kind is PlaceKind.NEIGHBOURHOOD
        assert m.resolved.location == location
        assert m.resolved.admin1 == "Deir ez-Zor"
        assert abs(m.resolved.latitude - 35.336) < 0.05 and abs(m.resolved.longitude - 40.141) < 0.05


def test_seed_every_resolved_place_is_deir_ez_zor(geocoder: Geocoder, seed: str) -> None:
    doc, found = geocoder.geocode_text(seed, outlet="Euphrates Post")
    assert found
    for m in found:
        assert m.resolved is not None, (doc.raw(m.span), m.declined_reason)
        assert m.resolved.admin1 == "Deir ez-Zor"
        assert m.resolved.location.startswith("Deir ez-Zor")


def test_seed_outlet_is_not_a_place(geocoder: Geocoder, seed: str) -> None:
    doc, found = geocoder.geocode_text(seed, outlet="Euphrates Post")
    assert "فرات" in seed
    assert not any("فرات" in doc.raw(m.span) for m in found)
