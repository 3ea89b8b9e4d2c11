"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test session builds caches (gazetteer index, store) in its own directory, never in $HOME."""
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path_factory.getbasetemp() / "marsad-data"))
    yield


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED}; these checks need ../shared")
    return SHARED


@pytest.fixture
def seed(shared_dir: Path) -> tuple[str, Path]:
    path = shared_dir / "examples" / "seed" / "article.txt"
    if not path.is_file():
        pytest.skip(f"seed report not found at {path}")
    return path.read_text(encoding="utf-8"), path.parent / "gold.json"
