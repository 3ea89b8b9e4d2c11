"""Violence whose doer the report does not name: ACLED codes it to the country's unidentified armed group,
never to an empty actor1, while a doer the report names stays the doer."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import EventType

PUB = dt.date(2019, 6, 10)  # a Monday


def _events(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.extract(text, published=PUB).events if not e.historical]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("عثرت دوريات الشرطة أمس الأحد على جثث خمسة مدنيين تحمل آثار تعذيب في حي الدورة ببغداد.", "(Iraq)"),
        ("قتل مدني برصاص مجهول الهوية في بلدة الشحيل بريف دير الزور الشرقي صباح اليوم.", "(Syria)"),
        ("اختطف ثلاثة موظفين من منازلهم في مدينة مأرب أمس الأحد ولم يعرف مصيرهم.", "(Yemen)"),
    ],
)
def test_violence_against_civilians_with_no_doer_named_is_an_unidentified_group(text: str, actor1: str) -> None:
    (e,) = [e for e in _events(text) if e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS]
    assert e.actor1 is not None
    assert e.actor1.name == f"Unidentified Armed Group {actor1}"
    assert e.actor1.inferred


def test_a_named_doer_of_violence_against_civilians_stays() -> None:
    (e,) = _events("أعدم تنظيم داعش أربعة مدنيين في بلدة الشحيل بريف دير الزور الشرقي صباح اليوم.")
    assert e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert e.actor1 is not None
    assert e.actor1.name.startswith("Islamic State")
    assert not e.actor1.inferred


@pytest.mark.parametrize(
    "text",
    [
        "عثرت دوريات الشرطة أمس الأحد على جثث خمسة مدنيين مقيدي الأيدي في حي الدورة ببغداد.",
        "عثرت وحدات من الجيش صباح اليوم على جثتي راعيين قرب بلدة الشحيل بريف دير الزور.",
    ],
)
def test_the_units_that_found_the_dead_are_no_side_of_their_killing(text: str) -> None:
    (e,) = _events(text)
    assert e.actor1 is not None
    assert not e.actor1.name.startswith(("Police Forces", "Military Forces"))
    assert e.actor2 is None or not e.actor2.name.startswith(("Police Forces", "Military Forces"))


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("سقطت أربع قذائف هاون مساء أمس على حي الأعظمية ببغداد ما أدى إلى مقتل أربعة مدنيين.", "(Iraq)"),
        ("سقطت قذائف صاروخية على المنطقة الخضراء في بغداد فجر اليوم دون وقوع إصابات.", "(Iraq)"),
    ],
)
def test_shelling_with_no_doer_named_is_an_unidentified_group(text: str, actor1: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type.label == "Shelling/artillery/missile attack"
    assert e.actor1 is not None
    assert e.actor1.name == f"Unidentified Armed Group {actor1}"


def test_an_air_strike_with_no_doer_named_keeps_actor1_empty() -> None:
    """Air forces are states': an unidentified armed group flies none."""
    (e,) = _events("قتل ثلاثة مدنيين بغارة جوية استهدفت منزلا في بلدة الشحيل بريف دير الزور صباح اليوم.")
    assert e.sub_event_type.label == "Air/drone strike"
    assert e.actor1 is None
