"""A toll told again place by place: the event of the dead is an event at each place the breakdown names, with
that place's dead (ACLED: one event per location, each with its own toll)."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.model.events import SubEventType

PUB = dt.date(2022, 3, 18)  # a Friday


def _by_place(text: str) -> dict[str, tuple[SubEventType, int]]:
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    return {e.place.location if e.place else "": (e.sub_event_type, e.fatalities) for e in events}


def test_a_breakdown_in_the_next_sentence_splits_the_toll_of_a_crowd_met_with_fire() -> None:
    text = (
        "قتلت قوات الأمن السودانية تسعة متظاهرين أمس الخميس خلال مواكب مناهضة للحكم العسكري في العاصمة الخرطوم."
        " وأوضحت لجنة الأطباء أن خمسة من القتلى سقطوا في مدينة أم درمان، وأربعة في الخرطوم بحري."
    )
    events = _by_place(text)
    assert events == {
        "Omdurman": (SubEventType.EXCESSIVE_FORCE, 5),
        "Khartoum North": (SubEventType.EXCESSIVE_FORCE, 4),
    }


def test_the_place_of_the_toll_named_in_the_breakdown_keeps_its_own_part() -> None:
    text = (
        "قتل 12 مدنياً أمس الخميس في قصف مدفعي لقوات الدعم السريع على مدينة الفاشر. وأفادت مصادر طبية بأن"
        " ثمانية من القتلى سقطوا في الفاشر، وأربعة في مخيم أبو شوك."
    )
    events = _by_place(text)
    assert events["El Fasher"][1] == 8
    assert [f for (sub, f) in events.values() if sub is SubEventType.SHELLING] == [8, 4]


def test_a_breakdown_of_the_wounded_splits_nothing() -> None:
    text = (
        "قتل 12 مدنياً أمس الخميس في قصف مدفعي لقوات الدعم السريع على مدينة الفاشر. وأفادت مصادر طبية بأن"
        " ثمانية من الجرحى نقلوا إلى مستشفى في الفاشر، وأربعة إلى مخيم أبو شوك."
    )
    events = _by_place(text)
    assert list(events.values()) == [(SubEventType.SHELLING, 12)]



def test_a_toll_with_its_headline_given_away_place_by_place_leaves_no_event_at_the_city() -> None:
    text = (
        "المرصد: 27 مدنياً قتلوا بغارات على أحياء حلب الشرقية\n\n"
        "وثق المرصد السوري مقتل 27 مدنياً، منذ فجر اليوم الجمعة، جراء غارات نفذتها طائرات حربية تابعة للنظام على "
        "الأحياء الشرقية من مدينة حلب.\n"
        "وأوضح المرصد أن 13 من القتلى سقطوا في حي الكلاسة، وتسعة في حي بستان القصر، وخمسة في حي الصالحين."
    )
    assert _by_place(text) == {
        "Aleppo - al-Kallaseh": (SubEventType.AIR_DRONE_STRIKE, 13),
        "Aleppo - Bustan al-Qasr": (SubEventType.AIR_DRONE_STRIKE, 9),
        "Aleppo - al-Salihin": (SubEventType.AIR_DRONE_STRIKE, 5),
    }
