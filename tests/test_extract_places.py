"""Where an event is placed: which of a clause's places are the event's and which only locate others."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad

PUB = dt.date(2021, 6, 9)


def _locations(text: str) -> list[str]:
    doc = marsad.extract(text, published=PUB)
    return [e.place.location if e.place else "" for e in doc.events if not e.historical]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("قتل مدني بقصف مدفعي على مدينة عفرين شمالي حلب أمس.", "Afrin"),
        ("قصفت قوات النظام بلدة كفرنبل جنوبي إدلب أمس.", "Kafr Nabl"),
        ("سقطت قذائف على بلدة سراقب قرب مدينة إدلب أمس.", "Saraqib"),
    ],
)
def test_a_place_given_by_a_direction_after_another_only_locates_it(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_a_direction_alone_still_places_the_event() -> None:
    assert _locations("قصفت الطائرات الحربية شمالي حلب أمس.") == ["Aleppo"]
