"""The takeover a span is counted from ("منذ سيطرة التنظيم عليها في آب 2014"): history with its own date,
never news, and its holder no side of the news told with it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.model.events import EventType, SubEventType

PUB = dt.date(2019, 5, 10)

BOMB = "قُتل ثلاثة مدنيين أمس بانفجار عبوة ناسفة في مدينة الرقة، في أعنف هجوم تشهده المدينة "


def test_a_dated_takeover_a_span_counts_from_is_history_with_its_own_date() -> None:
    doc = marsad.extract(BOMB + "منذ سيطرة قوات سوريا الديمقراطية عليها في تشرين الأول 2017.", published=PUB)
    news = [e for e in doc.events if not e.historical]
    (bomb,) = news
    assert bomb.event_type is EventType.EXPLOSIONS
    assert bomb.date is not None and bomb.date.iso() == "2019-05-09"
    # who has held the town since is no side of the bombing: its dead are civilians
    assert bomb.actor2 is not None and bomb.actor2.actor_id == "CIVILIANS"
    (taken,) = [e for e in doc.events if e.historical]
    assert taken.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert taken.actor1 is not None and taken.actor1.actor_id == "SDF"
    assert taken.actor2 is None  # nobody it was taken from is named in its words
    assert taken.date is not None and taken.date.iso() == "2017-10"
    (fact,) = doc.control
    assert (fact.actor_id, fact.historical, fact.date.iso() if fact.date else None) == ("SDF", True, "2017-10")


def test_a_takeover_a_span_counts_from_with_no_date_is_no_event() -> None:
    doc = marsad.extract(BOMB + "منذ سيطرة قوات سوريا الديمقراطية عليها.", published=PUB)
    (bomb,) = doc.events
    assert bomb.event_type is EventType.EXPLOSIONS
    assert bomb.actor2 is not None and bomb.actor2.actor_id == "CIVILIANS"
    assert doc.control == []


def test_a_fall_told_with_a_pronoun_is_no_news() -> None:
    # "منذ سقوطها": the span's start written with the place's pronoun is no capture of yesterday
    doc = marsad.extract(BOMB + "منذ سقوطها بيد قوات سوريا الديمقراطية في تشرين الأول 2017.", published=PUB)
    assert [e.event_type for e in doc.events if not e.historical] == [EventType.EXPLOSIONS]
    assert [(c.historical, c.date.iso() if c.date else None) for c in doc.control] == [(True, "2017-10")]


def test_a_first_since_a_takeover_keeps_the_takeover_in_its_year() -> None:
    text = (
        "فصلت قوات النظام اليوم الأحياء الشمالية عن الجنوبية في مدينة حلب، للمرة الأولى منذ سيطرة فصائل المعارضة "
        "على حي الشعار صيف عام 2012."
    )
    doc = marsad.extract(text, published=dt.date(2016, 11, 28))
    facts = [(c.actor_id, c.historical, c.date.iso() if c.date else None) for c in doc.control]
    assert ("FSA", True, "2012") in facts
    assert all(c.historical for c in doc.control if c.actor_id == "FSA")


def test_a_takeover_of_no_known_place_or_by_no_named_taker_is_left_out() -> None:
    unplaced = "تصاعدت الهجمات على قوات الحكومة منذ انسحاب القوات الأمريكية من البلاد في آب 2021."
    doc = marsad.extract(unplaced, published=dt.date(2022, 5, 10))
    assert [e for e in doc.events if e.historical] == [] and doc.control == []
    # "منذ سيطرتها عليها": the taker is only a pronoun
    unnamed = (
        "سيطرت قوات النظام اليوم على بلدة سلمى بعد معارك مع فصائل المعارضة. وتعد سلمى أبرز معاقل المعارضة منذ "
        "سيطرتها عليها صيف عام 2012."
    )
    doc = marsad.extract(unnamed, published=dt.date(2016, 1, 12))
    assert [e.date.iso() if e.date else None for e in doc.events if e.historical] == []
    assert all(not c.historical for c in doc.control)
