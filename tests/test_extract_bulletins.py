"""Military bulletins and agency flashes: present-tense verbs that tell what happened ("تصد"، "تقتل")."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import SubEventType

PUB = dt.date(2017, 3, 5)  # a Sunday


def _events(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.extract(text, published=PUB).events if not e.historical]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قوات الجيش تقتل 9 مسلحين في اشتباكات قرب قرية الشولا اليوم.", 9),
        ("طيران الجيش العراقي يدمر اليوم تجمعاً للإرهابيين في قضاء الحضر ويقتل 7 منهم.", 7),
        ("تفجير انتحاري في فندق ماريوت بإسلام آباد يقتل 60 شخصا على الأقل.", 60),
    ],
)
def test_a_present_tense_killing_verb_counts_its_dead(text: str, toll: int) -> None:
    (e,) = _events(text)
    assert e.fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        "قطعات الحشد الشعبي تصد تعرضاً لعصابات داعش غرب قضاء تلعفر مساء أمس السبت.",
        "قوات الحشد الشعبي تصد هجوماً لداعش غرب قضاء تلعفر مساء أمس السبت.",
        "وقال متحدث إن مقاتلي الحشد صدوا تعرضاً للتنظيم غرب قضاء تلعفر مساء أمس السبت.",
    ],
)
def test_an_attack_repelled_is_a_fight(text: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert {e.actor1.actor_id if e.actor1 else "", e.actor2.actor_id if e.actor2 else ""} >= {"ISIS"}
