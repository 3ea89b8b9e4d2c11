"""Shared fixtures: one default gazetteer built per test session in a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.geo.geocoder import Geocoder, reset_default
from marsad.model.mentions import PlaceMention

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "geo"
SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's data directory (the same one the root conftest points MARSAD_DATA_DIR to, so the
    default index is built once per test run)."""
    path = tmp_path_factory.getbasetemp() / "marsad-data"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def geocoder(data_dir: Path) -> Geocoder:
    base = data_dir / "gazetteer"
    base.mkdir(parents=True, exist_ok=True)
    return Geocoder.open(base)


@pytest.fixture(autouse=True)
def _isolated_data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Nothing a test does touches the user's real data directory."""
    monkeypatch.setenv("MARSAD_DATA_DIR", str(data_dir))
    monkeypatch.delenv("MARSAD_GEO_COUNTRIES", raising=False)
    yield
    reset_default()


def mentions(geocoder: Geocoder, text: str, outlet: str = "") -> list[tuple[str, PlaceMention]]:
    doc, found = geocoder.geocode_text(text, outlet=outlet)
    return [(doc.raw(m.span), m) for m in found]


def resolved(geocoder: Geocoder, text: str, surface: str, outlet: str = "") -> PlaceMention:
    """The mention whose text is ``surface`` (fails when there is none)."""
    for raw, m in mentions(geocoder, text, outlet):
        if raw == surface:
            return m
    found = [raw for raw, _ in mentions(geocoder, text, outlet)]
    raise AssertionError(f"no mention {surface!r} in {text!r}; found {found}")
