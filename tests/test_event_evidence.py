"""What makes a sentence report an event, and what makes it only talk about one: sentences written for
these tests, one behaviour per test."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import EventType, SubEventType

PUB = dt.date(2024, 5, 2)  # a Thursday


def _events(text: str, published: dt.date | None = PUB) -> list[marsad.model.Event]:
    return [e for e in marsad.extract(text, published=published).events if not e.historical]


@pytest.mark.parametrize(
    "text",
    [
        # the crowd named before its verb
        "وقال شهود عيان إن الآلاف من المتظاهرين تدفقوا إلى ساحة مدينة السويداء صباح اليوم.",
        # supporters gathering are a rally
        "تجمع عدد من أنصار الحزب أمام مبنى محافظة حمص أمس.",
    ],
)
def test_a_gathering_crowd_is_a_protest_whatever_the_word_order(text: str) -> None:
    assert EventType.PROTESTS in {e.event_type for e in _events(text)}


def test_without_the_crowd_the_same_verb_is_no_protest() -> None:
    assert _events("تجمع الركاب أمام مبنى محافظة حمص أمس بانتظار الحافلات.") == []


def test_a_bomb_near_a_protest_is_its_own_attack_not_force_used_on_the_crowd() -> None:
    text = (
        "وقال مراسلنا إن المتظاهرين تدفقوا إلى ساحة مدينة جبلة أمس، ولم يثنهم عن المشاركة تفجير وقع في المدينة"
        " أول من أمس وأسفر عن مقتل شخص."
    )
    subs = {e.sub_event_type for e in _events(text)}
    assert subs == {SubEventType.PEACEFUL_PROTEST, SubEventType.REMOTE_EXPLOSIVE}


def test_a_killing_told_as_who_someone_was_is_not_force_used_on_the_crowd() -> None:
    text = "شارك الأهالي في دفن الشاب الذي قتل بالرصاص، ثم تجمع المحتجون في الساحة أمس يهتفون ضد الحكومة."
    assert SubEventType.EXCESSIVE_FORCE not in {e.sub_event_type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        # "القتل" with the article is a noun: no sign that anything took place
        "وأشار المصدر إلى أن حوادث القتل والخطف تطال العديد من الجنسيات في المدينة.",
        "وتحدث التقرير عن ظاهرة القتل والاعتقال في مناطق النظام.",
    ],
)
def test_a_violence_noun_with_the_article_is_no_sign_that_something_happened(text: str) -> None:
    assert _events(text) == []


def test_riots_named_with_their_usual_phrase_are_a_riot() -> None:
    text = "وكانت أعمال الشغب قد اندلعت مساء أمس في ساحة مدينة السويداء وأسفرت عن إحراق ثلاث سيارات للشرطة."
    assert EventType.RIOTS in {e.event_type for e in _events(text)}
