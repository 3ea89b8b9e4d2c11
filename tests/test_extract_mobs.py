"""Mob violence (ACLED Riots / Mob violence): a crowd of residents, not demonstrators, setting on people or on
their homes; a crowd that demonstrates, meets a force or burns a public building stays a violent
demonstration."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import Event, SubEventType

PUB = dt.date(2023, 5, 14)  # a Sunday


def _news(text: str) -> list[Event]:
    return [e for e in marsad.extract(text, published=PUB).events if not e.historical]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a riot's words, the crowd counted and set on a man's home
        ("هاجم عشرات من أهالي قرية الشيخ مسكين أمس منزل رجل متهم بقتل جاره، وأضرموا فيه النار.", 0),
        # a crowd noun with its anger burning churches and homes
        ("أحرق حشد غاضب، مساء أمس السبت، كنيستين وعشرات المنازل لمسيحيين في بلدة سمالوط.", 0),
        # an attack no one is named doing, the crowd standing where its doer does ("أقدم ... على")
        ("أقدم مواطنون غاضبون أمس على ضرب رجل متهم بسرقة دراجة نارية حتى الموت في سوق مدينة الباب.", 1),
        ("تعرض شاب لضرب مبرح على يد حشد من الأهالي في سوق مدينة اعزاز أمس، ما أدى إلى وفاته.", 1),
        # the crowd is the subject of its clause's opening verb, the beating told after
        (
            "وعقب الانفجار، ألقى مواطنون غاضبون القبض على شاب اشتبهوا في صلته بالهجوم في حي الصابري ببنغازي أمس، "
            "وانهالوا عليه ضرباً بالعصي والحجارة.",
            0,
        ),
        # the protest of the sentence's other clause is not this crowd's
        (
            "قطع محتجون غاضبون الطرقات في مدينة جبيل أمس، فيما أقدمت مجموعات من الشبان على الاعتداء بالضرب على "
            "عمال سوريين في مدينة جونية.",
            0,
        ),
    ],
)
def test_a_crowd_of_residents_setting_on_people_or_homes_is_a_mob(text: str, dead: int) -> None:
    mobs = _news(text)
    assert [e.sub_event_type for e in mobs] == [SubEventType.MOB_VIOLENCE], [(e.sub_event_type, e.place) for e in mobs]
    assert mobs[0].actor1 is not None and mobs[0].actor1.actor_id == "RIOTERS"
    assert mobs[0].fatalities == dead


@pytest.mark.parametrize(
    "text",
    [
        # demonstrators burning a party's office
        "أحرق محتجون غاضبون أمس مقر الحزب الحاكم في مدينة الناصرية احتجاجاً على انقطاع الكهرباء.",
        # youths who fought soldiers
        "اندلعت مواجهات أمس بين عشرات الشبان الذين رشقوا الآليات العسكرية بالحجارة وجنود الاحتلال في مخيم بلاطة، "
        "ما أدى إلى إصابة أربعة شبان بجروح.",
        # residents burning a police station: a public building, no one's home
        "أضرم عشرات من الأهالي الغاضبين أمس النار في مركز الشرطة في بلدة الحسينية.",
    ],
)
def test_a_crowd_that_demonstrates_or_meets_a_force_stays_a_violent_demonstration(text: str) -> None:
    subs = {e.sub_event_type for e in _news(text)}
    assert SubEventType.VIOLENT_DEMONSTRATION in subs and SubEventType.MOB_VIOLENCE not in subs, subs


def test_a_mob_that_burned_homes_set_on_civilians() -> None:
    (e,) = _news("أحرق حشد غاضب، مساء أمس السبت، كنيستين وعشرات المنازل لمسيحيين في بلدة سمالوط.")
    assert e.sub_event_type is SubEventType.MOB_VIOLENCE
    assert e.actor2 is not None and e.actor2.actor_id == "CIVILIANS" and e.civilian_targeting


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's count before its name, the subject of the gathering that opens the sentence
        "تجمهر مئات من أهالي مدينة أبو قرقاص مساء أمس أمام منازل عدد من الأقباط وأضرموا النار في سبعة منازل "
        "واعتدوا على ساكنيها بالضرب.",
        "وكان مئات من أهالي القرية قد تجمهروا مساء أمس أمام منازل عدد من الأقباط، وأضرموا النار في سبعة منازل "
        "واعتدوا على ساكنيها بالضرب، قبل أن تصل قوات الأمن.",
    ],
)
def test_a_gathered_crowd_that_burns_homes_and_beats_their_people_is_one_mob(text: str) -> None:
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert [e.sub_event_type for e in events] == [SubEventType.MOB_VIOLENCE]


def test_what_a_mob_rose_over_is_not_the_mobs_own_violence() -> None:
    text = (
        "هاجم حشد من الشبان الغاضبين ليل أمس خيماً للاجئين السوريين في بلدة بشري وأضرموا النار في عدد منها، "
        "إثر مقتل شاب من البلدة."
    )
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    (mob,) = [e for e in events if e.sub_event_type is SubEventType.MOB_VIOLENCE]
    assert mob.fatalities == 0


def test_the_dead_counted_among_a_toll_are_no_crowd() -> None:
    text = "قتل 40 شخصاً أمس في قصف على البلدة، بينهم عشرات من الأطفال."
    events = marsad.extract(text, published=PUB).events
    assert SubEventType.MOB_VIOLENCE not in [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "اقتحم مئات من أنصار حزب حركة الإنصاف أمس مقر إقامة قائد الفيلق في مدينة لاهور وأضرموا النار فيه.",
        # the crowd gathered first, then burnt, a country named after in its chants
        "تجمع آلاف من أنصار المجلس العسكري أمس أمام السفارة الفرنسية في نيامي، وحاول بعضهم اقتحام مبناها وأضرموا"
        " النار في بوابتها الخارجية، مرددين هتافات مؤيدة لروسيا.",
    ],
)
def test_a_counted_crowd_of_supporters_that_burns_riots(text: str) -> None:
    events = marsad.extract(text, published="2023-07-31").events
    assert [e.sub_event_type.label for e in events] == ["Violent demonstration"]


@pytest.mark.parametrize(
    "text",
    [
        "قُتل خمسة أشخاص أمس الثلاثاء عندما أطلقت الشرطة الكينية الرصاص الحي على محتجين اقتحموا مبنى البرلمان في"
        " العاصمة نيروبي وأضرموا النار في جزء منه.",
        "قُتل خمسة أشخاص أمس الثلاثاء عندما فتحت الشرطة الكينية النار على محتجين اقتحموا مبنى البرلمان في العاصمة"
        " نيروبي وأضرموا النار في جزء منه.",
    ],
)
def test_a_crowd_met_with_fire_after_burning_what_it_stormed_is_a_violent_demonstration(text: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2024, 6, 26)).events
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION and e.fatalities == 5
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Kenya (2022-)"


def test_protesters_gathered_who_set_fire_are_a_violent_demonstration() -> None:
    text = (
        "اغتال مسلحون مجهولون فجر اليوم الأحد ناشطاً بارزاً أمام منزله وسط مدينة كربلاء. وعلى إثر ذلك، تجمع مئات"
        " المحتجين الغاضبين قرب مبنى المحافظة في المدينة وأضرموا النار في إطارات أمامها، مطالبين بكشف القتلة."
    )
    events = marsad.extract(text, published=dt.date(2021, 5, 9)).events
    assert [e.sub_event_type for e in events] == [SubEventType.ATTACK, SubEventType.VIOLENT_DEMONSTRATION]


def test_civilians_beaten_by_the_attackers_at_the_mobs_place_and_day_are_its_victims() -> None:
    text = (
        "أقدم عشرات الشبان من بلدة بشري في شمال لبنان، ليل أمس الاثنين، على مهاجمة منازل يقطنها نازحون سوريون"
        " وإحراق عدد منها، إثر مقتل شاب من البلدة بإطلاق نار خلال إشكال مع عامل سوري. وقال شهود إن المهاجمين"
        " اعتدوا بالضرب على عدد من السوريين."
    )
    events = marsad.extract(text, published=dt.date(2020, 11, 24)).events
    assert [e.sub_event_type for e in events] == [SubEventType.MOB_VIOLENCE]
