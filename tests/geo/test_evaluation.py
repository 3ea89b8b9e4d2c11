"""Accuracy, coverage and declines on the hand-annotated sentences (all 14 governorates)."""

from __future__ import annotations

import pytest

from marsad.geo.evaluate import evaluate
from marsad.geo.geocoder import Geocoder

from .conftest import FIXTURES


@pytest.mark.parametrize("name", ["eval_places.yaml", "eval_places_holdout.yaml", "eval_places_blind.yaml"])
def test_annotated_sentences(geocoder: Geocoder, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = evaluate(FIXTURES / name, geocoder)
    with capsys.disabled():
        print(f"\n{name}: {report.summary()}")
    assert report.annotated >= 20
    assert report.accuracy >= 0.95, report.errors  # precision first: a wrong place is worse than none
    assert report.coverage >= 0.80, report.errors
    assert report.negatives_ok == report.negatives, report.errors
