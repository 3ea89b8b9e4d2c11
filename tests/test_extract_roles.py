"""Who did what to whom: word orders and constructions that decide actor1 and actor2."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import Event, EventType, SubEventType

PUB = dt.date(2021, 6, 9)
INTERVENTION = SubEventType.PROTEST_WITH_INTERVENTION
EXCESSIVE = SubEventType.EXCESSIVE_FORCE


def _one(text: str, published: dt.date = PUB) -> Event:
    doc = marsad.extract(text, published=published, outlet="Test Outlet")
    events = [e for e in doc.events if not e.historical]
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


def _ids(e: Event) -> tuple[str | None, str | None]:
    return (e.actor1.actor_id if e.actor1 else None, e.actor2.actor_id if e.actor2 else None)


@pytest.mark.parametrize(
    "text",
    [
        "استهدف الجيش السوري بالمدفعية مواقع الفصائل في ريف إدلب أمس.",
        "استهدفت قوات النظام بالصواريخ مقرات الفصائل قرب بلدة كفرنبل أمس.",
    ],
)
def test_the_actor_right_after_a_clause_initial_verb_is_its_subject(text: str) -> None:
    e = _one(text)
    assert _ids(e) == ("SYR_STATE", "FSA")


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("قتل عنصر من قوات النظام برصاص قناص في مدينة درعا أمس.", 1),
        ("قتل ثلاثة من عناصر قوات النظام بهجوم على حاجز قرب بلدة الحراك أمس.", 3),
    ],
)
def test_people_counted_out_of_an_armed_actor_after_a_killing_word_are_its_victims(text: str, fatalities: int) -> None:
    e = _one(text)
    assert e.actor2 is not None and e.actor2.actor_id == "SYR_STATE"
    # soldiers are not civilians: an attack on them by someone unnamed is an armed clash (ACLED)
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED" and e.actor1.inferred
    assert e.event_type is EventType.BATTLES and not e.civilian_targeting
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text",
    [
        "قُتل عنصران من «وحدات مقاومة سنجار» (اليبشة) ظهر أمس الثلاثاء بقصف لطائرة مسيّرة تركية قرب قضاء سنجار.",
        "قتل ثلاثة من عناصر حزب العمال الكردستاني أمس الثلاثاء بقصف لطائرة مسيّرة تركية في قضاء العمادية.",
    ],
)
def test_the_side_whose_dead_a_strike_counts_was_struck_by_the_other(text: str) -> None:
    e = _one(text)
    assert e.event_type is EventType.EXPLOSIONS
    assert e.actor1 is not None and e.actor1.actor_id == "TUR_STATE"
    assert e.actor2 is not None and e.actor2.actor_id in ("YBS", "PKK")


def test_a_fight_told_again_with_no_side_named_has_the_sides_of_the_fight_told_before() -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس الثلاثاء بين الجيش السوداني وقوات الدعم السريع في مدينة بحري شمالي الخرطوم."
        " وتجددت المواجهات صباح اليوم في مدينة أم درمان."
    )
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert len(events) == 2
    assert {_ids(e) for e in events} == {("SDN_STATE", "RSF")}
    assert all(e.event_type is EventType.BATTLES for e in events)


def test_a_truce_of_no_named_parties_told_after_a_fight_is_between_its_sides() -> None:
    text = (
        "اندلعت اشتباكات عنيفة مساء أمس بين جهاز دعم الاستقرار واللواء 444 قتال في منطقة أبو سليم جنوبي العاصمة"
        " الليبية طرابلس. وأعلنت وزارة الدفاع صباح اليوم توصل الطرفين إلى اتفاق لوقف إطلاق النار."
    )
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    (truce,) = [e for e in events if e.sub_event_type is SubEventType.AGREEMENT]
    (fight,) = [e for e in events if e.event_type is EventType.BATTLES]
    assert _ids(truce) == _ids(fight) and None not in _ids(truce)
    assert {"actor1", "actor2"} <= truce.inferred


def test_the_killer_named_by_an_agent_cue_stays_actor1() -> None:
    e = _one("قتل عنصر من قوات النظام برصاص عناصر من تنظيم داعش قرب تدمر أمس.")
    assert _ids(e) == ("ISIS", "SYR_STATE")
    # and an actor right after the killing verb is its subject, the one after "عنصرين من" its victims
    assert _ids(_one("قتل الجيش السوري عنصرين من داعش قرب تدمر أمس.")) == ("SYR_STATE", "ISIS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تعرض حاجز لقوات النظام لهجوم في ريف درعا الشرقي أمس.", ("UNIDENTIFIED_ARMED", "SYR_STATE")),
        ("تعرض حاجز للجيش السوري لهجوم من مسلحين مجهولين قرب بلدة الحراك أمس.", ("UNIDENTIFIED_ARMED", "SYR_STATE")),
        ("تعرضت مواقع قوات النظام لقصف من الفصائل في ريف حماة أمس.", ("FSA", "SYR_STATE")),
    ],
)
def test_the_subject_of_suffered_is_the_target(text: str, expected: tuple[str, str]) -> None:
    assert _ids(_one(text)) == expected


def test_a_checkpoint_of_someone_is_not_a_place_name_that_swallows_the_event() -> None:
    doc = marsad.extract("تعرض حاجز لقوات النظام لهجوم في ريف درعا أمس.", published=PUB)
    assert [doc.raw(p.span) for p in doc.places] == ["درعا"]


def test_suffered_as_a_verbal_noun_after_a_preposition_reports_nothing() -> None:
    doc = marsad.extract("نفت الوزارة ما تداولته صفحات على مواقع التواصل عن تعرض قسم شرطة لهجوم مسلح.")
    assert doc.events == []


def test_unnamed_gunmen_after_the_event_word_are_the_attackers() -> None:
    e = _one("نفذت عملية الاغتيال مساء أمس في مدينة درعا حيث ترجل من سيارة ثلاثة مسلحين أطلقوا النار على المحامي.")
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED"
    assert e.sub_event_type is SubEventType.ATTACK and e.civilian_targeting


@pytest.mark.parametrize(
    "text",
    ["شنت طائرات حربية غارات على بلدة خان شيخون أمس.", "قصفت طائرات حربية مجهولة مدينة سراقب."],
)
def test_warplanes_are_an_armed_agent_even_unnamed(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    # nobody is named: Syria's one unnamed air force, marked inferred (pack.yaml air_force_in), unless the
    # report says the aircraft are unknown
    if "مجهولة" in text:
        assert e.actor1 is None
    else:
        assert e.actor1 is not None and e.actor1.actor_id == "SYR_STATE" and e.actor1.inferred


def test_feared_air_strikes_did_not_happen() -> None:
    doc = marsad.extract("وقال القائد إنهم خشينا أن يأتي الطيران فيقصف المعسكرات في المنطقة.")
    assert doc.events == []


@pytest.mark.parametrize(
    "text",
    [
        "نفذ مسلحون هجوماً على حاجز في ريف درعا.",
        "ارتكبت قوات النظام مجزرة في بلدة كفرنبل.",
    ],
)
def test_a_finite_verb_governing_an_event_noun_reports_the_event(text: str) -> None:
    assert marsad.extract(text).events


@pytest.mark.parametrize(
    "text",
    [
        "هدد زعيم الجماعة بشن هجمات على السفن التجارية إذا استمر الحصار.",
        "وتوقع القائد أن تلجأ الحكومة الى شن عمليات اغتيال في صفوف المعارضين.",
    ],
)
def test_the_verbal_noun_of_such_a_verb_names_an_intention(text: str) -> None:
    assert marsad.extract(text).events == []


def test_a_clause_initial_verb_with_a_new_participant_introduces_an_event() -> None:
    # a protest with a place and nothing else: the verb opens its clause with an indefinite crowd
    (e,) = marsad.extract("خرجت مظاهرة في مدينة إدلب.").events
    assert e.event_type is EventType.PROTESTS
    # the definite protesters of an event told before, with nothing else, only elaborate it
    assert marsad.extract("وهتف المتظاهرون «يسقط الفساد».").events == []


@pytest.mark.parametrize(
    "text",
    [
        "وثق المرصد مقتل 300 مدني منذ مطلع العام، وآخرها مقتل طفل بقصف على بلدة كفرنبل أمس.",
        "وثق المرصد مقتل 300 مدني منذ مطلع العام وآخرها مقتل طفل بقصف على بلدة كفرنبل أمس.",
    ],
)
def test_a_count_over_a_period_is_not_the_fatalities_of_the_last_event(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.SHELLING
    assert e.fatalities == 1


@pytest.mark.parametrize(
    "text", ["انسحب نواب الكتلة من جلسة البرلمان احتجاجا على القانون.", "انسحبت الحركة من الحكومة أمس."]
)
def test_a_walk_out_is_no_transfer_of_territory(text: str) -> None:
    doc = marsad.extract(text, published=PUB)
    assert all(e.sub_event_type is not SubEventType.NON_VIOLENT_TRANSFER for e in doc.events)
    assert doc.control == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("اشتبكت قوات الأمن مع المتظاهرين في مدينة درعا أمس.", SubEventType.VIOLENT_DEMONSTRATION),
        ("هاجم متظاهرون غاضبون مقر الحزب في مدينة السويداء أمس.", SubEventType.VIOLENT_DEMONSTRATION),
        ("هاجمت قوات الأمن المتظاهرين في مدينة درعا أمس.", SubEventType.PROTEST_WITH_INTERVENTION),
        ("أطلقت قوات الأمن النار في الهواء لتفريق المتظاهرين في درعا.", SubEventType.PROTEST_WITH_INTERVENTION),
        ("قتل متظاهر برصاص عناصر الأمن خلال تفريق احتجاج في مدينة درعا أمس.", SubEventType.EXCESSIVE_FORCE),
    ],
)
def test_fighting_between_a_crowd_and_a_force_follows_acled(text: str, sub: SubEventType) -> None:
    e = _one(text)
    assert e.sub_event_type is sub
    crowd = "RIOTERS" if sub is SubEventType.VIOLENT_DEMONSTRATION else "PROTESTERS"
    assert e.actor1 is not None and e.actor1.actor_id == crowd
    # protesters killed or hurt by a force are civilians targeted (ACLED flags excessive force); a riot is not
    assert e.civilian_targeting is (sub is SubEventType.EXCESSIVE_FORCE)
    if "قوات الأمن" in text or "عناصر الأمن" in text:
        assert e.actor2 is not None and e.actor2.actor_id == "SYR_POLICE"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("قتل ثلاثة مدنيين بغارة جوية روسية على بلدة سرمين أمس.", "RUS_STATE"),
        ("سقطت قذائف صاروخية مصدرها مناطق سيطرة الفصائل على حي الحمدانية في حلب أمس.", "FSA"),
    ],
)
def test_who_fired_is_named_by_an_adjective_or_the_area_it_holds(text: str, actor1: str) -> None:
    e = _one(text)
    assert e.event_type is EventType.EXPLOSIONS
    assert e.actor1 is not None and e.actor1.actor_id == actor1


@pytest.mark.parametrize(
    "source",
    ["بحسب بيان للمتحدث العسكري باسم القوات المسلحة المصرية", "وفق المتحدث الرسمي باسم القوات المسلحة المصرية"],
)
def test_the_body_of_a_spokesman_cited_as_the_source_is_no_side(source: str) -> None:
    e = _one(
        "قتل ضابط وثمانية جنود، وأصيب ضابط وجندي آخران، أمس الخميس، إثر انفجار عبوة ناسفة استهدفت مركبة مدرعة جنوب"
        f" مدينة العريش، {source}."
    )
    assert e.actor1 is None or e.actor1.actor_id != "EGY_STATE"


def test_an_area_named_by_its_holder_is_no_capture() -> None:
    doc = marsad.extract("سقطت قذائف صاروخية مصدرها مناطق سيطرة الفصائل على حي الحمدانية في حلب أمس.", published=PUB)
    assert doc.control == []
    assert {e.event_type for e in doc.events} == {EventType.EXPLOSIONS}


def test_the_author_of_a_statement_is_no_side_unless_its_own_forces_act() -> None:
    told = _one("وذكر بيان لجهاز مكافحة الإرهاب أن طائرة مسيرة مفخخة استهدفت أمس حقلاً للغاز قرب مدينة السليمانية.")
    # (the statement's author is no side: the drone is an unidentified group's, inferred)
    assert told.actor1 is not None and told.actor1.actor_id == "UNIDENTIFIED_ARMED" and told.actor1.inferred
    own = _one("وقال بيان لجهاز مكافحة الإرهاب إن قواته قصفت أمس مواقع لتنظيم داعش قرب مدينة كركوك.")
    assert _ids(own) == ("IRQ_STATE", "ISIS")
    # "الإرهاب" in the service's name does not make its shelling talk about terrorism
    said = _one("وقال جهاز مكافحة الإرهاب إن قواته قصفت أمس مواقع لتنظيم داعش قرب مدينة كركوك.")
    assert _ids(said) == ("IRQ_STATE", "ISIS")
    # the service named without its country is Iraq's
    named = _one("وقتل جهاز مكافحة الإرهاب أمس خمسة من عناصر تنظيم داعش في اشتباك قرب مدينة كركوك.")
    assert _ids(named) == ("IRQ_STATE", "ISIS")


def test_a_group_named_in_quotes_does_not_head_the_word_after_the_quote() -> None:
    e = _one("وأطلق عناصر أمنيون تابعون لـ«الهيئة» الرصاص في الهواء لتفريق المتظاهرين في مدينة جسر الشغور أمس.")
    assert e.sub_event_type is INTERVENTION
    assert _ids(e) == ("PROTESTERS", "HTS")


@pytest.mark.parametrize(
    "text",
    [
        "شنت جماعة الحوثي أمس هجوماً واسعاً على مواقع القوات الحكومية في مديرية صرواح، واندلعت معارك عنيفة بين الطرفين.",
        "نفذ تنظيم داعش هجوماً على مواقع قوات سوريا الديمقراطية قرب بلدة هجين، ودارت اشتباكات عنيفة.",
        # a date and a few more words between the subject and the attack it performed
        "شنت مجموعات مسلحة من فلول النظام أمس الخميس هجمات منسقة على حواجز لقوات سوريا الديمقراطية قرب مدينة"
        " منبج، واستمرت الاشتباكات حتى الفجر.",
    ],
)
def test_who_performed_the_attack_that_started_a_fight_is_its_actor1(text: str) -> None:
    e = _one(text)
    assert e.event_type is EventType.BATTLES
    assert e.actor1 is not None and e.actor1.actor_id in ("HOUTHIS", "ISIS", "UNIDENTIFIED_ARMED")
    assert e.actor2 is not None and e.actor2.actor_id in ("YEM_STATE", "SDF")


def test_an_actor_named_in_a_charge_is_no_side_of_the_event() -> None:
    e = _one("أعدم تنظيم داعش ثلاثة رعاة أغنام في بادية حمص أمس بتهمة التعاون مع قوات النظام.")
    assert _ids(e) == ("ISIS", "CIVILIANS")
    assert e.sub_event_type is SubEventType.ATTACK and e.civilian_targeting


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات مسلحة بين كتيبتين في مدينة الباب أمس، ما أدى إلى مقتل مدني بطلق طائش.",
        "اشتبكت قوات النظام مع مقاتلين محليين في بلدة طفس أمس، ما أدى إلى مقتل مدني.",
    ],
)
def test_civilians_killed_in_a_fight_are_its_casualties_not_a_side(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is None or e.actor2.actor_id != "CIVILIANS"
    assert not e.civilian_targeting and e.fatalities == 1


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("اعتقلت دورية تابعة لفرع الأمن العسكري ثلاثة شبان في مدينة درعا أمس.", "SYR_STATE"),
        ("تم اعتقال شابين من قبل دورية للأمن العسكري في مدينة درعا أمس.", "SYR_STATE"),
        # young men and boys ("شبان", "الشبان", "فتية") whom a force takes are civilians, the arrest's other side
        ("اعتقلت دورية للشرطة الشبان الثلاثة في مدينة حماة أمس.", "SYR_POLICE"),
        ("اعتقلت قوات الاحتلال خمسة فتية من مخيم بلاطة فجر اليوم.", "ISR_STATE"),
        # the Palestinian Authority's services, named without a nationality, are Palestine's police
        ("اعتقل جهاز الأمن الوقائي فجر اليوم ثلاثة شبان في مدينة الخليل.", "STATE_POLICE"),
    ],
)
def test_the_force_a_patrol_belongs_to_made_the_arrest_of_civilians(text: str, doer: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.ARRESTS
    assert e.actor1 is not None and e.actor1.actor_id == doer
    assert e.actor2 is not None and e.actor2.actor_id == "CIVILIANS"
    assert not e.civilian_targeting  # ACLED flags violent events only


@pytest.mark.parametrize(
    ("text", "sub", "actor2"),
    [
        ("تظاهر المئات في مدينة بنش أمس رفضاً لفتح معابر تجارية مع مناطق النظام.", SubEventType.PEACEFUL_PROTEST, None),
        ("رشق متظاهرون دورية للشرطة بالحجارة في مدينة السويداء أمس.", SubEventType.VIOLENT_DEMONSTRATION, "SYR_POLICE"),
        (
            "فرقت قوات الأمن تظاهرة بالغاز المسيل للدموع في مدينة درعا أمس.",
            SubEventType.PROTEST_WITH_INTERVENTION,
            "SYR_POLICE",
        ),
    ],
)
def test_the_crowd_is_actor1_of_a_demonstration(text: str, sub: SubEventType, actor2: str | None) -> None:
    e = _one(text)
    assert e.sub_event_type is sub
    assert e.actor1 is not None and e.actor1.actor_id in ("PROTESTERS", "RIOTERS")
    assert (e.actor2.actor_id if e.actor2 else None) == actor2


@pytest.mark.parametrize(
    ("text", "actor1", "assoc"),
    [
        ("سيطرت قوات النظام بدعم من الطيران الروسي على بلدة كفرنبل أمس.", "SYR_STATE", ["RUS_STATE"]),
        ("شنت قسد حملة دهم في بلدة الشحيل أمس بمساندة طيران التحالف واعتقلت خمسة أشخاص.", "SDF", ["COALITION"]),
    ],
)
def test_an_actor_named_as_support_is_associated_with_the_doer(text: str, actor1: str, assoc: list[str]) -> None:
    e = _one(text)
    assert e.actor1 is not None and e.actor1.actor_id == actor1
    assert [a.actor_id for a in e.assoc_actor_1] == assoc
    assert e.actor2 is None or e.actor2.actor_id not in assoc


@pytest.mark.parametrize(
    "text",
    [
        "رشق شبان ملثمون دوريات الشرطة بالزجاجات الحارقة في بلدة سترة ليل أمس.",
        "رشق محتجون ملثمون دوريات الشرطة بالزجاجات الحارقة في بلدة سترة ليل أمس.",
    ],
)
def test_masked_youths_are_the_crowd_not_gunmen_nobody_named(text: str) -> None:
    e = _one(text, published=dt.date(2014, 2, 15))
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor2 is not None and e.actor2.actor_id == "STATE_POLICE"


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت وحدات حماية الشعب مقتل ثلاثة من مقاتليها بقصف مدفعي للجيش التركي على قرية قرب عفرين أمس.",
        "أعلن حزب الله أمس استشهاد اثنين من عناصره بغارة لطائرة مسيّرة إسرائيلية على بلدة الخيام.",
    ],
)
def test_the_side_telling_its_own_losses_was_struck(text: str) -> None:
    e = _one(text)
    assert e.actor1 is not None and e.actor2 is not None
    assert e.actor2.actor_id in ("YPG", "HEZBOLLAH") and e.actor1.actor_id not in ("YPG", "HEZBOLLAH")


@pytest.mark.parametrize(
    "text",
    [
        "استعادت قوات عملية بركان الغضب أمس السيطرة على مدينة غريان بعد هجوم على مواقع قوات حفتر داخل المدينة.",
        "شنت قوات حكومة الوفاق أمس هجوماً على مواقع قوات حفتر في منطقة عين زارة جنوب طرابلس.",
    ],
)
def test_rival_governments_forces_fight_each_other(text: str) -> None:
    """Both are Libya's state forces (ACLED), yet never allies: Haftar's forces are the other side."""
    e = _one(text, published=dt.date(2019, 6, 27))
    assert _ids(e) == ("LBY_GNA", "LBY_LNA")


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        # Tripoli's militias fight each other (rivals, not allies)
        (
            "اندلعت المواجهات فجر السبت بين قوات جهاز دعم الاستقرار وكتيبة ثوار طرابلس في العاصمة الليبية طرابلس.",
            dt.date(2022, 8, 28),
            "LBY_SSA",
            "LBY_TRB",
        ),
        # Somaliland's forces against a clan's militia
        (
            "تجددت فجر اليوم الاشتباكات العنيفة في مدينة لاسعانود بين قوات أرض الصومال ومسلحي عشيرة الدولبهانتي.",
            dt.date(2023, 2, 8),
            "SOMALILAND_STATE",
            "DHULBAHANTE_MILITIA",
        ),
        # rebels against rebels in power: Afghanistan's National Resistance Front and the Taliban, never allies
        # (the Taliban in power are Afghanistan's forces)
        (
            "قالت جبهة المقاومة الوطنية إن مقاتليها هاجموا مساء الخميس نقطة تفتيش لطالبان في ولاية بنجشير وقتلوا"
            " ثلاثة من عناصرها.",
            dt.date(2023, 3, 19),
            "AFG_NRF",
            "AFG_STATE",
        ),
        # Iran's Baluch jihadists
        (
            "أعلنت وزارة الداخلية الإيرانية مقتل 11 من عناصر الشرطة فجر أمس في هجوم شنه مسلحون من جماعة جيش العدل"
            " على مقر للشرطة في مدينة راسك بمحافظة سيستان وبلوشستان.",
            dt.date(2023, 12, 16),
            "JAISH_AL_ADL",
            None,
        ),
        # "التنظيم" after gunmen: the organisation named before with that head
        (
            "تبنى تنظيم القاعدة في جزيرة العرب الهجوم. وبعد ساعات، هاجم مسلحون من التنظيم نقطة أمنية في مديرية"
            " المحفد بمحافظة أبين، واندلعت اشتباكات استمرت نحو ساعتين.",
            dt.date(2022, 12, 5),
            "AQAP",
            None,
        ),
        # soldiers said to be of a named force are that force ...
        (
            "قُتل 19 جندياً من قوات الحزام الأمني أمس في هجوم شنه مسلحون على معسكر في مديرية المحفد بمحافظة أبين.",
            dt.date(2019, 8, 3),
            None,
            "YEM_SECURITY_BELT",
        ),
        # a tribe's armed men are its militia, by its name or by the tribe named before
        ("هاجم مسلحون من عشيرة العكيدات أمس حواجز لقسد في بلدة ذيبان.", dt.date(2023, 8, 31), "AKIDAT_MILITIA", None),
        (
            "اندلعت أمس اشتباكات في بلدة ذيبان، بعدما هاجم مسلحو العشيرة حواجز لقسد في البلدة.",
            dt.date(2023, 8, 31),
            "TRIBAL_MILITIA",
            None,
        ),
        # ... but two sides side by side are no soldiers of one another
        (
            "استهدفت طائرات مسيرة صباح اليوم مستودعات الوقود في مدينة بورتسودان، واتهم الجيش قوات الدعم السريع"
            " بالوقوف وراء الهجوم.",
            dt.date(2025, 5, 6),
            "RSF",
            None,
        ),
    ],
)
def test_sides_named_by_this_rounds_actors_and_rules(
    text: str, published: dt.date, actor1: str | None, actor2: str | None
) -> None:
    e = _one(text, published=published)
    if actor1 is not None:
        assert e.actor1 is not None and e.actor1.actor_id == actor1
    if actor2 is not None:
        assert e.actor2 is not None and e.actor2.actor_id == actor2


def test_a_numbered_military_region_is_yemens_army() -> None:
    e = _one(
        "دخلت قوات المنطقة العسكرية الثانية أمس مدينة المكلا دون قتال، بعد انسحاب مسلحي تنظيم القاعدة في جزيرة"
        " العرب منها.",
        published=dt.date(2016, 4, 25),
    )
    assert _ids(e) == ("YEM_STATE", "AQAP")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "اندلعت مواجهات ليل أمس بين محتجين وقوات الأمن في بلدة سترة، حيث رشق شبان دوريات الشرطة بالزجاجات الحارقة.",
            "STATE_POLICE",
        ),
        # a force told absent, or deployed after the crowd, met nobody
        ("أضرم محتجون غاضبون النار في مقار عدد من الأحزاب في مدينة الناصرية أمس، وسط غياب لقوات الأمن.", None),
        ("أضرم محتجون النار في مقر حزبي في مدينة صور أمس، قبل أن ينتشر الجيش في محيط المكان.", None),
    ],
)
def test_the_force_a_riots_sentence_names_is_whom_the_crowd_met(text: str, force: str | None) -> None:
    e = _one(text, published=dt.date(2019, 10, 19))
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert (e.actor2.actor_id if e.actor2 else None) == force


def test_two_groups_between_which_a_fight_broke_out_stay_its_sides_with_a_civilian_among_the_dead() -> None:
    e = _one(
        "اندلعت اشتباكات في مدينة الزاوية أمس بين مجموعتين مسلحتين، أسفرت عن مقتل خمسة أشخاص، بينهم مدني.",
        published=dt.date(2020, 9, 7),
    )
    assert _ids(e) == ("UNIDENTIFIED_ARMED", "UNIDENTIFIED_ARMED") and e.fatalities == 5


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات حربية أمس غارات جوية استهدفت مواقع لحركة طالبان في ولاية هلمند.",
        "استهدفت غارات جوية أمس مقرا لحركة طالبان في ولاية هلمند.",
    ],
)
def test_the_owner_of_the_sites_a_strike_hit_is_its_target(text: str) -> None:
    e = _one(text, published=dt.date(2021, 8, 9))
    assert e.actor2 is not None and e.actor2.actor_id == "TALIBAN"
    assert e.actor1 is None or e.actor1.actor_id != "TALIBAN"


def test_fighters_a_group_is_backed_by_named_in_construct_fight_beside_it() -> None:
    e = _one(
        "سيطر متمردو الحركة الوطنية لتحرير أزواد، مدعومين بمقاتلي جماعة أنصار الدين، أمس على مدينة تمبكتو دون"
        " قتال، بعد انسحاب وحدات الجيش المالي منها.",
        published=dt.date(2012, 4, 2),
    )
    assert e.actor1 is not None and e.actor1.actor_id == "MNLA"
    assert [a.actor_id for a in e.assoc_actor_1] == ["ANSAR_DINE"]
    assert e.actor2 is not None and e.actor2.actor_id != "ANSAR_DINE"


def test_a_groups_backer_is_no_side_of_its_event() -> None:
    e = _one("اغتال مسلحون مجهولون قيادياً في اللواء الثامن المدعوم روسياً في بلدة بصرى الشام أمس.")
    assert "RUS_STATE" not in {a.actor_id for a in (e.actor1, e.actor2) if a is not None}


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون من حركة الشباب 15 شخصاً أمس أثناء حفرهم خنادق حول بلدة جوهر بطلب من الجيش الصومالي.",
        "قتل مسلحون من حركة الشباب 15 شخصاً أمس أثناء حفرهم خنادق حول بلدة جوهر بناءً على طلب الجيش الصومالي.",
    ],
)
def test_who_asked_for_what_the_victims_did_is_no_side(text: str) -> None:
    """The army the residents dug trenches for ("بطلب من الجيش") is no side of their killing."""
    e = _one(text)
    assert _ids(e) == ("SHABAAB", "CIVILIANS")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("خرج العشرات في مظاهرة في درعا أمس، وفرقتهم قوات الأمن بإطلاق الرصاص في الهواء.", INTERVENTION),
        ("تظاهر المئات في درعا أمس، وأطلقت قوات الأمن النار عليهم ما أدى إلى إصابة ثلاثة منهم.", EXCESSIVE),
        ("اعتصم العشرات أمام المحافظة في درعا أمس، وفرقتهم قوات الأمن بالهراوات فأصيب عدد منهم برضوض.", INTERVENTION),
        (
            "تظاهر المئات في درعا أمس، وأطلقت قوات الأمن النار عليهم ما أدى إلى إصابة ثلاثة منهم بالرصاص الحي"
            " وعشرة آخرين بحالات اختناق.",
            EXCESSIVE,
        ),
        # light wounds told eight words after the injury; serious ones before light ones told after them
        (
            "فرقت قوات الأمن مئات المحتجين في درعا أمس، ما أدى إلى إصابة عدد من المحتجين وعناصر الأمن بجروح طفيفة.",
            INTERVENTION,
        ),
        (
            "فرقت قوات الأمن مئات المحتجين في درعا أمس، ما أدى إلى إصابة عشرة منهم بجروح خطيرة وآخرين بحالات اختناق.",
            EXCESSIVE,
        ),
    ],
)
def test_shots_to_disperse_are_intervention_and_hurting_people_excessive_force(text: str, sub: SubEventType) -> None:
    assert _one(text).sub_event_type is sub


def test_a_suspected_affiliation_is_no_side_and_abducted_people_are_civilians() -> None:
    e = _one("اختطف مجهولون ثلاثة رعاة في بادية السخنة أمس، ويرجح انتماؤهم لتنظيم داعش.")
    assert e.sub_event_type is SubEventType.ABDUCTION
    assert _ids(e) == ("UNIDENTIFIED_ARMED", "CIVILIANS")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("داهمت قوات الأمن العام التابعة لهيئة تحرير الشام منزل ناشط في مدينة سرمدا واعتقلته أمس.", "HTS"),
        ("اعتقلت الشرطة العسكرية التابعة للجيش الوطني ثلاثة شبان في مدينة عفرين أمس.", "SNA"),
        # over the closing quote of the force's quoted name
        ('اعتقلت "الشرطة العسكرية" التابعة للجيش الوطني ثلاثة شبان في مدينة عفرين أمس.', "SNA"),
    ],
)
def test_a_state_force_word_owned_by_an_armed_group_is_that_group(text: str, owner: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.ARRESTS
    assert e.actor1 is not None and e.actor1.actor_id == owner
    assert e.actor2 is None or e.actor2.actor_id not in (owner, "SYR_POLICE", "SYR_STATE")
    # the evidence spans the force and its owner
    assert any(ev.role.value == "actor1" and "التابعة" in ev.text for ev in e.evidence)


def test_a_named_militia_of_the_regime_stays_itself() -> None:
    e = _one("هاجمت ميليشيا الدفاع الوطني التابعة للنظام قرية في ريف حماة أمس.")
    assert e.actor1 is not None and e.actor1.actor_id == "NDF"


def test_the_event_words_that_name_an_armed_agent_make_it_actor1_not_actor2() -> None:
    e = _one("شنت طائرة مسيرة تركية غارة على سيارة في مدينة القامشلي، ما أسفر عن مقتل قيادي في وحدات حماية الشعب.")
    assert _ids(e) == ("TUR_STATE", "YPG")


def test_an_actor_named_as_support_is_not_the_inferred_adversary() -> None:
    e = _one("سيطرت قوات سوريا الديمقراطية بمساندة طيران التحالف الدولي على قرية الباغوز أمس.")
    assert e.actor1 is not None and e.actor1.actor_id == "SDF"
    assert [a.actor_id for a in e.assoc_actor_1] == ["COALITION"]
    assert e.actor2 is None or e.actor2.actor_id != "COALITION"


def test_what_a_crowd_reacts_to_is_an_event_of_its_own() -> None:
    doc = marsad.extract(
        "أضرم محتجون النار في مبنى البلدية في مدينة جاسم بعد مقتل شاب برصاص قوات الأمن.", published=PUB
    )
    by_type = {e.sub_event_type: e for e in doc.events}
    riot = by_type[SubEventType.VIOLENT_DEMONSTRATION]
    assert riot.actor1 is not None and riot.actor1.actor_id == "RIOTERS" and not riot.actor1.inferred
    assert riot.actor2 is None and riot.fatalities == 0  # the police are named in the grievance, not the riot
    killing = by_type[SubEventType.ATTACK]
    assert _ids(killing) == ("SYR_POLICE", "CIVILIANS") and killing.fatalities == 1


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # "عناصر من X" right after an active verb with its own object: X did it
        ("اختطف عناصر من تنظيم الدولة خمسة رعاة أغنام في بادية السخنة أمس.", "ISIS", "CIVILIANS"),
        # the agent cue before a partitive in construct ("شنه مقاتلو X")
        ("قتل عنصران من قوات النظام بهجوم شنه مقاتلو تنظيم الدولة على نقطة في بادية السخنة أمس.", "ISIS", "SYR_STATE"),
        # a sniper "belonging to" X is X's
        ("قُتل طفل برصاص قناص تابع لقوات النظام في بلدة الحراك أمس.", "SYR_STATE", "CIVILIANS"),
    ],
)
def test_the_doer_behind_partitives_and_units(text: str, doer: str, target: str) -> None:
    assert _ids(_one(text)) == (doer, target)


@pytest.mark.parametrize(
    "text",
    [
        "فجّر انتحاري حزامه الناسف عند حاجز لقوات سوريا الديمقراطية في بلدة الشحيل أمس، وتبنى تنظيم الدولة الهجوم.",
        "انفجرت سيارة مفخخة في مدينة جرابلس أمس ما أدى لمقتل خمسة أشخاص. وأعلن تنظيم داعش مسؤوليته عن التفجير.",
    ],
)
def test_a_claim_of_responsibility_names_the_bomber(text: str) -> None:
    e = _one(text)
    assert e.actor1 is not None and e.actor1.actor_id == "ISIS"


def test_no_claim_leaves_the_bomber_unidentified() -> None:
    e = _one("انفجرت سيارة مفخخة في مدينة جرابلس أمس ما أدى لمقتل خمسة أشخاص، ولم تتبن أي جهة التفجير.")
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED" and e.actor1.inferred


def test_a_claim_told_in_a_sentence_that_opens_elsewhere_is_of_its_own_blast() -> None:
    """ "وفي أبين، ... في هجوم تبناه تنظيم القاعدة": the claim names who set that bomb, not the mine told before."""
    doc = marsad.extract(
        "قتل طفلان أمس بانفجار لغم أرضي في قرية قرب مدينة تعز. وفي أبين، قتل ثلاثة جنود أول أمس بانفجار عبوة ناسفة"
        " استهدفت دوريتهم، في هجوم تبناه تنظيم القاعدة في جزيرة العرب.",
        published=PUB,
    )
    assert [e.actor1 and e.actor1.actor_id for e in doc.events] == ["UNIDENTIFIED_ARMED", "AQAP"]


def test_what_the_crowd_did_joins_the_crowd_not_what_it_reacts_to() -> None:
    doc = marsad.extract(
        "تظاهر العشرات من أهالي بلدة الشحيل أمس احتجاجاً على مقتل شاب خلال مداهمة، "
        "ورشقوا سيارات قوات سوريا الديمقراطية بالحجارة.",
        published=PUB,
    )
    types = sorted(e.sub_event_type.label for e in doc.events)
    assert types == ["Attack", "Violent demonstration"]
    riot = next(e for e in doc.events if e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION)
    assert riot.actor1 is not None and riot.actor1.actor_id == "RIOTERS" and riot.fatalities == 0


def test_who_left_a_mine_or_planted_a_bomb_did_it() -> None:
    e = _one("قتل راع وطفل بانفجار لغم أرضي من مخلفات تنظيم الدولة في بادية السخنة أمس.")
    assert _ids(e) == ("ISIS", "CIVILIANS") and e.fatalities == 2
    e = _one("لقي ثلاثة أطفال مصرعهم أمس جراء انفجار لغم من مخلفات مليشيا الحوثي في مديرية التحيتا بالحديدة.")
    assert _ids(e) == ("HOUTHIS", "CIVILIANS")
    # the remnants of a war left by nobody named: an unidentified group, as before
    e = _one("قتل راعيان بانفجار لغم من مخلفات الحرب في بادية السخنة أمس.")
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED"
    e = _one("انفجرت عبوة ناسفة زرعها عناصر من تنظيم داعش بسيارة عسكرية لقوات النظام في درعا أمس.")
    assert _ids(e) == ("ISIS", "SYR_STATE")


def test_the_target_of_suffered_may_carry_its_place_before_the_event_word() -> None:
    e = _one(
        "تعرضت قاعدة التحالف الدولي في حقل العمر بريف دير الزور لقصف صاروخي مصدره مناطق سيطرة الميليشيات الإيرانية أمس."
    )
    assert _ids(e) == ("PRO_GOV_MILITIA", "COALITION")


def test_a_date_between_the_clash_and_its_sides_adds_no_distance() -> None:
    e = _one(
        "اندلعت اشتباكات عنيفة صباح اليوم بين قوات النظام والمسلحين الموالين لها من جهة، وهيئة تحرير الشام "
        "من جهة أخرى، على محاور قرب بلدة اللطامنة في ريف حماة الشمالي، ما أسفر عن مقتل 7 عناصر من قوات النظام."
    )
    assert _ids(e) == ("SYR_STATE", "HTS") and e.fatalities == 7


def test_the_source_of_a_report_is_no_side() -> None:
    e = _one("انفجرت سيارة مفخخة قرب حاجز في مدينة الباب أمس، بحسب الجيش التركي.")
    assert e.actor2 is None or e.actor2.actor_id != "TUR_STATE"


def test_counts_of_both_sides_joined_after_a_long_name_add_up() -> None:
    e = _one(
        "قُتل 12 عنصراً من قوات سوريا الديمقراطية و9 من تنظيم الدولة الإسلامية في اشتباكات دارت أمس "
        "على أطراف بلدة هجين بريف دير الزور الشرقي."
    )
    assert e.fatalities == 21


def test_a_crowd_of_residents_attacking_someone_is_mob_violence() -> None:
    e = _one("اعتدى حشد من الأهالي على شاب متهم بالسرقة في مدينة جرمانا أمس وضربوه حتى الموت.")
    assert e.sub_event_type is SubEventType.MOB_VIOLENCE
    assert _ids(e) == ("RIOTERS", "CIVILIANS") and e.civilian_targeting
    # a force attacking residents stays violence against civilians
    e = _one("هاجمت قوات النظام الأهالي في بلدة الحراك أمس.")
    assert e.sub_event_type is SubEventType.ATTACK and _ids(e) == ("SYR_STATE", "CIVILIANS")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # an apparatus "belonging to" a group, with the date between
        (
            "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام، يوم الثلاثاء الماضي، ناشطاً إعلامياً في مدينة سرمدا.",
            ("HTS", "CIVILIANS"),
        ),
        # the first side after "بين" (through a partitive) is actor1; the Observatory's word for rebels
        (
            "تدور اشتباكات عنيفة منذ فجر اليوم بين مقاتلي الكتائب المقاتلة والقوات النظامية في حي الخالدية بمدينة حمص.",
            ("FSA", "SYR_STATE"),
        ),
        # a drone "belonging to" the coalition struck a commander counted out of ISIS
        (
            "قتل قيادي في تنظيم داعش بضربة نفذتها طائرة مسيرة تابعة للتحالف الدولي قرب قرية خالطان صباح اليوم.",
            ("COALITION", "ISIS"),
        ),
        # ... and with a hedge between the aircraft and its owner
        (
            "قتل قيادي في تنظيم داعش بضربة نفذتها طائرة مسيرة يرجح أنها تابعة للتحالف الدولي قرب قرية خالطان.",
            ("COALITION", "ISIS"),
        ),
        # the aircraft's nationality before the event word
        ("شنت طائرات حربية تركية غارات على قرى في ريف تل تمر أمس.", ("TUR_STATE", None)),
    ],
)
def test_review_round_two_roles(text: str, ids: tuple[str | None, str | None]) -> None:
    assert _ids(_one(text)) == ids


def test_a_drone_is_no_march_and_a_suicide_bomber_no_civilian_side() -> None:
    e = _one("قتل قيادي في تنظيم داعش بضربة نفذتها طائرة مسيرة تابعة للتحالف الدولي قرب قرية خالطان صباح اليوم.")
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE and e.fatalities == 1
    e = _one("قتل ثلاثة من عناصر الصحوة في هجوم انتحاري نفذته امرأة وسط مدينة بعقوبة أمس.")
    assert e.actor1 is None or e.actor1.actor_id != "CIVILIANS"


def test_a_faction_named_after_a_deal_is_no_agreement() -> None:
    e = _one("قتل عنصر سابق في فصائل المصالحة برصاص مسلحين مجهولين في مدينة جاسم شمالي درعا مساء أمس.")
    assert e.sub_event_type is SubEventType.ATTACK and e.fatalities == 1


def test_a_riot_s_crowd_is_not_its_own_target() -> None:
    e = _one("أغلق محتجون غاضبون الطريق الواصل بين السويداء ودمشق بالإطارات المشتعلة صباح اليوم.")
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor1 is not None and e.actor1.actor_id == "RIOTERS" and e.actor2 is None


@pytest.mark.parametrize("connective", ["في حين", "فيما", "بينما"])
def test_the_subject_after_a_connective_and_its_verb_is_actor1(connective: str) -> None:
    # the verb after the connective opens its clause, and the verb tells the shells of its own clause
    text = (
        f"قتل طفل في قصف على بلدة كفرنبل أمس، {connective} استهدفت قوات النظام مدينة معرة النعمان بعشرات"
        " القذائف الصاروخية."
    )
    doc = marsad.extract(text, published=PUB)
    by_place = {e.place.location: e for e in doc.events if e.place is not None}
    assert by_place["Maarrat al-Numan"].actor1 is not None
    assert by_place["Maarrat al-Numan"].actor1.actor_id == "SYR_STATE"


def test_aircraft_belonging_to_a_force_are_its_own() -> None:
    e = _one("قتل 17 مدنيا جراء غارات جوية شنها الطيران الحربي التابع لقوات النظام على بلدة كفرنبل صباح اليوم.")
    assert _ids(e) == ("SYR_STATE", "CIVILIANS")


def test_a_crowd_storming_a_building_and_burning_it_is_one_riot() -> None:
    text = "اقتحم مئات المحتجين، فجر اليوم، مبنى السفارة في بغداد وأضرموا النار في أجزاء منه."
    e = _one(text)
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor1 is not None and e.actor1.name.startswith("Rioters")


def test_the_property_an_attacker_of_civilians_burns_next_is_part_of_the_attack() -> None:
    text = (
        "اصيب ثلاثة مزارعين بجروح امس عندما هاجمهم مستوطنون بالعصي والحجارة في اراضي قرية بورين جنوب نابلس."
        " واضافت المصادر ان المستوطنين اضرموا النار في عشرات من اشجار الزيتون."
    )
    (e,) = marsad.extract(text, published=PUB).events
    assert e.sub_event_type is SubEventType.ATTACK


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        # aircraft with their nationality, then a time and a count before the strikes
        (
            "شنّت طائرات حربية أمريكية فجر اليوم السبت سلسلة غارات على مقار في منطقة القائم غربي الأنبار.",
            "2024-02-03",
            "Military Forces of the United States (2021-)",
        ),
        (
            "شنت طائرات حربية إسرائيلية، عصر أمس السبت، سلسلة غارات على ميناء الحديدة.",
            "2024-07-21",
            "Military Forces of Israel (2022-)",
        ),
        # a country's aircraft are its regular army's, not a force that was another actor before
        (
            "شنت طائرات حربية سورية وروسية أمس الثلاثاء غارات على بلدة معرة حرمة، ما أسفر عن مقتل أربعة مدنيين.",
            "2019-08-21",
            "Military Forces of Syria (2000-)",
        ),
    ],
)
def test_aircraft_of_a_nationality_strike_over_a_time_and_a_count(text: str, published: str, actor1: str) -> None:
    (e,) = marsad.extract(text, published=published).events
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.name == actor1


def test_ground_entered_without_a_fight_is_no_battle() -> None:
    text = "دخلت قوات النظام بلدة الصنمين في ريف درعا أمس دون أي اشتباكات مع الفصائل."
    assert [e.event_type for e in marsad.extract(text, published=PUB).events] == [EventType.STRATEGIC]


def test_the_denied_fight_belongs_to_the_nearest_ground_word_before_it() -> None:
    text = (
        "وكانت قوات النظام قد سيطرت يوم السبت على حي مساكن هنانو في حلب بعد معارك عنيفة، في حين سيطرت وحدات"
        " حماية الشعب أمس على حي الشيخ فارس عقب انسحاب الفصائل منه من دون قتال."
    )
    subs = [e.sub_event_type for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert SubEventType.GOVERNMENT_REGAINS in subs


def test_a_summary_naming_who_made_all_the_attacks_names_the_bomber_told_after_it() -> None:
    text = (
        "ارتفعت حصيلة الهجمات التي شنها تنظيم الدولة على مدينة السويداء أمس إلى 75 قتيلا. وبدأت الهجمات فجرا"
        " بتفجير ثلاثة انتحاريين أحزمتهم الناسفة في سوق الخضار بمدينة السويداء، ما أسفر عن مقتل 38 شخصا."
    )
    bombs = [e for e in marsad.extract(text, published=PUB).events if e.sub_event_type is SubEventType.SUICIDE_BOMB]
    assert [e.actor1.actor_id if e.actor1 else None for e in bombs] == ["ISIS"]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "target"),
    [
        (
            "قُتل 21 جندياً، فجر اليوم، في هجوم شنه مسلحون على موقع عسكري في مديرية أحور بمحافظة أبين.",
            "2022-09-06",
            "Battles",
            "Military Forces of Yemen (2022-)",
        ),
        (
            "قال مصدر أمني إن جنديين قُتلا مساء أمس بانفجار عبوة ناسفة استهدفت دوريتهما قرب مدينة بعقوبة.",
            "2023-03-19",
            "Explosions/Remote violence",
            "Military Forces of Iraq (2022-)",
        ),
    ],
)
def test_soldiers_counted_among_the_dead_are_the_armed_side_attacked(
    text: str, published: str, event_type: str, target: str
) -> None:
    (e,) = [e for e in marsad.extract(text, published=published).events if not e.historical]
    assert e.event_type.value == event_type
    assert e.actor2 is not None and e.actor2.name == target
    assert e.actor1 is None or e.actor1.name != target


def test_members_counted_among_the_dead_are_the_side_attacked() -> None:
    e = _one("قُتل ثلاثة من منتسبي الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الطارمية مساء أمس.")
    assert e.actor2 is not None and e.actor2.actor_id == "PMF"
    assert e.actor1 is None or e.actor1.actor_id != "PMF"


@pytest.mark.parametrize(
    "text",
    [
        "احتشد آلاف المتظاهرين في ساحة رياض الصلح ببيروت أمس بدعوة من حزب الله تضامناً مع غزة.",
        "نفذ المئات وقفة احتجاجية أمام قصر العدل في بيروت أمس دعا إليها حزب الله.",
    ],
)
def test_who_called_the_crowd_is_its_associated_actor_not_its_target(text: str) -> None:
    (e,) = [e for e in marsad.extract(text, published="2021-10-15").events if not e.historical]
    assert e.event_type.value == "Protests" and e.actor2 is None
    assert [a.actor_id for a in e.assoc_actor_1] == ["HEZBOLLAH"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("قتل جنديان صوماليان في هجوم شنه مسلحو حركة الشباب على قاعدة عسكرية في مقديشو أمس.", "Al Shabaab"),
        ("خطفت حركة طالبان أمس ثلاثة مهندسين أتراك في إقليم غزني.", "Taliban"),
        ("فجر انتحاري من حركة طالبان باكستان نفسه قرب مركز للشرطة في بيشاور أمس.", "TTP: Tehreek-i-Taliban Pakistan"),
        (
            "هاجم مسلحون من تنظيم القاعدة في جزيرة العرب نقطة للجيش في مدينة زنجبار بمحافظة أبين أمس.",
            "AQAP: Al Qaeda in the Arabian Peninsula",
        ),
    ],
)
def test_armed_groups_of_other_wars_are_named(text: str, actor1: str) -> None:
    names = {e.actor1.name for e in marsad.extract(text, published=dt.date(2020, 5, 2)).events if e.actor1}
    assert actor1 in names


def test_a_surname_that_begins_like_a_group_is_no_group() -> None:
    text = "أعلن مكتب الرئيس طالباني مقتل خمسة من حراسه في انفجار عبوة ناسفة قرب كركوك أمس."
    events = marsad.extract(text, published=dt.date(2020, 5, 2)).events
    assert "Taliban" not in {a.name for e in events for a in (e.actor1, e.actor2) if a}


def test_whose_stronghold_a_place_is_is_no_side_of_what_happened_there() -> None:
    text = "قتل 20 مدنياً في هجوم انتحاري بسوق في إقليم أوروزجان معقل حركة طالبان أمس."
    events = marsad.extract(text, published=dt.date(2020, 5, 2)).events
    assert events and all(a is None or a.name != "Taliban" for e in events for a in (e.actor1, e.actor2))


def test_the_actor_after_a_verb_with_an_object_pronoun_is_its_subject() -> None:
    text = "أصبح مصير الرهائن الذين اختطفتهم حركة طالبان في إقليم غزني أمس مجهولاً."
    events = marsad.extract(text, published=dt.date(2020, 5, 2)).events
    assert [(e.actor1.name if e.actor1 else None) for e in events] == ["Taliban"]


def test_a_claimant_read_as_the_target_for_want_of_a_doer_is_the_doer() -> None:
    text = "قتل ستة مدنيين في هجوم انتحاري بسيارة مفخخة استهدف موكباً قرب مطار كابل أمس وتبنته حركة طالبان."
    events = marsad.extract(text, published=dt.date(2020, 5, 2)).events
    assert [(e.actor1.name if e.actor1 else None) for e in events] == ["Taliban"]
    assert all(e.actor2 is None or e.actor2.name != "Taliban" for e in events)


def test_a_province_of_the_islamic_state_abroad_claims_for_it() -> None:
    text = (
        "فجر انتحاري نفسه أمس وسط حشد أمام مركز تعليمي في العاصمة الأفغانية كابل، ما أسفر عن مقتل 18 شخصاً. "
        "وتبنى تنظيم «ولاية خراسان» الهجوم في بيان، قائلاً إنه استهدف تجمعاً للطلاب."
    )
    events = marsad.extract(text, published=dt.date(2018, 10, 31)).events
    told = [(e.actor1.name if e.actor1 else None, e.fatalities) for e in events]
    assert told == [("Islamic State (Afghanistan)", 18)]


def test_the_force_owning_what_a_blast_hit_is_its_target_not_its_doer() -> None:
    text = "انفجرت عبوة ناسفة بدورية للجيش في بلدة طفس صباح اليوم."
    (event,) = marsad.extract(text, published=dt.date(2024, 5, 2)).events
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Syria)"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Syria (2000-)"


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        # the General Security service: the state's police since December 2024 ...
        (
            "قُتل أربعة عناصر من جهاز «الأمن العام» أمس في كمين نصبه مسلحون مجهولون قرب مدينة جبلة.",
            "2025-03-07",
            "Unidentified Armed Group (Syria)",
            "Police Forces of Syria (2024-)",
        ),
        # ... told from its side with the verb inside the trigger's form ("تعرضت لهجوم") ...
        (
            "قالت الوزارة إن دورية للأمن العام تعرضت لهجوم من مسلحين مجهولين قرب مدينة تدمر أمس.",
            "2025-02-11",
            "Unidentified Armed Group (Syria)",
            "Police Forces of Syria (2024-)",
        ),
        # ... and Hayat Tahrir al Sham's before
        (
            "اعتقل جهاز الأمن العام ناشطاً إعلامياً في مدينة الأتارب أمس بعد مداهمة منزله.",
            "2024-03-07",
            "Hayat Tahrir al Sham",
            "Civilians (Syria)",
        ),
    ],
)
def test_the_general_security_service_is_named_by_the_day(text: str, published: str, actor1: str, actor2: str) -> None:
    doc = marsad.extract(text, published=published)
    (event,) = [e for e in doc.events if not e.historical]
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # two groups of one camp after "بين" fought each other: no associated actor
        (
            "تجددت الاشتباكات أمس بين جهاز دعم الاستقرار واللواء 444 قتال في منطقة أبو سليم بطرابلس.",
            "Stability Support Apparatus",
            "444th Brigade",
        ),
        (
            "اندلعت اشتباكات أمس بين جهاز الردع وجهاز دعم الاستقرار في طرابلس.",
            "Special Deterrence Force",
            "Stability Support Apparatus",
        ),
        # a dual after "بين": both sides are groups of that kind
        (
            "اندلعت اشتباكات أمس بين مجموعتين مسلحتين في مدينة الزاوية.",
            "Unidentified Armed Group (Libya)",
            "Unidentified Armed Group (Libya)",
        ),
        # the ministry's forces are the state's (and, in a fight no side started, coded first before an
        # unnamed group)
        (
            "تجددت الاشتباكات أمس بين مجموعات مسلحة محلية وقوات وزارة الدفاع السورية في مدينة السويداء.",
            "Military Forces of Syria (2024-)",
            "Unidentified Armed Group (Syria)",
        ),
    ],
)
def test_the_two_sides_after_between(text: str, actor1: str, actor2: str) -> None:
    (event,) = [e for e in marsad.extract(text, published="2025-07-16").events if not e.historical]
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.actor2 is not None and event.actor2.name == actor2
    assert event.assoc_actor_1 == []


def test_a_plural_after_between_is_no_dual() -> None:
    text = "اندلعت اشتباكات أمس بين الحوثيين وأبناء القبائل في مدينة تعز."
    (event,) = [e for e in marsad.extract(text, published="2024-01-02").events if not e.historical]
    assert event.actor2 is None or event.actor2.name != "Houthi Movement"


def test_two_camps_after_between_keep_their_allies() -> None:
    text = "اندلعت اشتباكات أمس بين قوات النظام والميليشيات الموالية لها من جهة وفصائل المعارضة من جهة أخرى قرب سراقب."
    (event,) = [e for e in marsad.extract(text, published="2021-06-09").events if not e.historical]
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria (2000-)"
    assert [a.name for a in event.assoc_actor_1] == ["Pro-Government Militias (Syria)"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a generic head with its clitic before a quoted name belongs to the name
        (
            "قتل سبعة عناصر من قوات النظام أمس إثر هجوم شنته خلايا تابعة لتنظيم «داعش» على نقطة قرب مدينة السخنة.",
            "Islamic State (Syria)",
        ),
        # a stated membership names the group; so does gunmen's suspected one (ACLED codes the group suspected)
        ("قالت الوزارة إن انتحارياً ينتمي لتنظيم داعش فجر نفسه في كنيسة بدمشق أمس.", "Islamic State (Syria)"),
        ("قتل مسلحون يعتقد أنهم ينتمون لتنظيم داعش ثلاثة رعاة قرب تدمر أمس.", "Islamic State (Syria)"),
    ],
)
def test_the_group_a_unit_or_member_belongs_to(text: str, actor1: str) -> None:
    (event,) = [e for e in marsad.extract(text, published="2023-02-17").events if not e.historical]
    assert event.actor1 is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي في بلدة أفجوي أمس، ما أدى إلى اندلاع اشتباكات استمرت ساعتين.",
        "هاجم عناصر من تنظيم داعش حاجزاً لقوات سوريا الديمقراطية في بلدة الشحيل أمس، ما أدى إلى اشتباكات بين الطرفين.",
    ],
)
def test_who_attacked_started_the_clash_the_attack_led_to(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor1 is not None and e.actor1.actor_id in ("SHABAAB", "ISIS")
    assert e.actor2 is not None and e.actor2.actor_id in ("SOM_STATE", "SDF")


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤول إن ستة أشخاص قتلوا وأصيب 20 آخرون أمس عندما أطلقت قوات الأمن النار على متظاهرين في مدينة درعا.",
        "قتل ستة أشخاص في مدينة درعا أمس حين أطلقت قوات الأمن الرصاص على متظاهرين.",
    ],
)
def test_a_force_firing_on_a_crowd_after_a_connective_met_it_with_force(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert e.actor1 is not None and e.actor1.actor_id == "PROTESTERS"
    assert e.actor2 is not None and e.actor2.actor_id == "SYR_POLICE"
    assert e.fatalities == 6


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قالت مصادر طبية إن خمسة متظاهرين قتلوا أمس برصاص قوات الأمن في مدينة درعا.", 5),
        ("أفاد ناشطون بأن ثلاثة محتجين أصيبوا بجروح خطيرة برصاص الشرطة خلال مسيرة في مدينة درعا أمس.", 0),
    ],
)
def test_a_crowd_named_before_its_killing_verb_is_whom_it_befell(text: str, dead: int) -> None:
    e = _one(text)
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert e.actor1 is not None and e.actor1.actor_id == "PROTESTERS"
    assert e.actor2 is not None and e.actor2.actor_id == "SYR_POLICE"
    assert e.fatalities == dead


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        # a fight between a force and a crowd is the crowd's riot
        (
            "وقعت صدامات بين الشرطة ومئات المتظاهرين أمام مبنى المحافظة في مدينة درعا أمس.",
            "Violent demonstration",
            "RIOTERS",
            "SYR_POLICE",
        ),
        (
            "أصيب ثلاثة من عناصر الشرطة خلال مصادمات مع متظاهرين في مدينة درعا أمس.",
            "Violent demonstration",
            "RIOTERS",
            "SYR_POLICE",
        ),
        # force used on a crowd: the crowd met with it
        (
            "جرح عدد كبير من الأشخاص في مدينة درعا أمس خلال تفريق الشرطة لمتظاهرين بالرصاص الحي.",
            "Excessive force against protesters",
            "PROTESTERS",
            "SYR_POLICE",
        ),
    ],
)
def test_a_force_and_a_crowd_left_out_of_the_roles(text: str, sub: str, actor1: str, actor2: str) -> None:
    e = _one(text)
    assert e.sub_event_type.value[0] == sub
    assert e.actor1 is not None and e.actor1.actor_id == actor1
    assert e.actor2 is not None and e.actor2.actor_id == actor2


def test_the_sides_after_between_over_a_short_aside() -> None:
    e = _one("اندلعت اشتباكات عنيفة، مساء أمس، بين قوات سوريا الديمقراطية وقوات الدفاع الوطني في مدينة القامشلي.")
    assert e.actor1 is not None and e.actor1.actor_id == "SDF"
    assert e.actor2 is not None and e.actor2.actor_id == "NDF"


def test_a_group_burning_homes_fought_nobody() -> None:
    doc = marsad.extract(
        "هاجم مستوطنون بلدة حوارة جنوب نابلس مساء أمس وأضرموا النار في عشرات المنازل والسيارات.", published=PUB
    )
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.ATTACK
    assert e.actor1 is not None and e.actor1.actor_id == "SETTLERS"
    assert e.actor2 is not None and e.actor2.actor_id == "CIVILIANS"


def test_the_security_forces_of_where_it_happened() -> None:
    text = "فتحت القوات الأمنية النار على المحتجين في مدينة الناصرية اليوم، ما أدى إلى مقتل متظاهرَين."
    doc = marsad.extract(text, published="2019-11-28")
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Iraq (2018-2020)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # unnamed gunmen are the claimant's own: the claim names who attacked, and nobody unnamed is the other side
        (
            "هاجم مسلحون معسكر بعثة الأمم المتحدة في بلدة أغلهوك أمس، وتبنت جماعة نصرة الإسلام والمسلمين الهجوم.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "هاجم مسلحون حاجزا للجيش في بلدة الصنمين أمس، وتبنى تنظيم الدولة الإسلامية الهجوم.",
            "Islamic State (Syria)",
        ),
    ],
)
def test_a_claim_names_the_gunmen_who_attacked(text: str, actor1: str) -> None:
    events = marsad.extract(text, published=dt.date(2019, 1, 21)).events
    assert [e.actor1.name if e.actor1 else None for e in events] == [actor1]
    assert all(e.actor2 is None or "Unidentified" not in e.actor2.name for e in events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "صدت قوات حفظ السلام هجوماً شنه مقاتلو حركة العدل والمساواة على بلدة المهاجرية أمس.",
            "JEM: Justice and Equality Movement",
        ),
        (
            "قصفت مدفعية الجيش أمس تمركزات لمجلس شورى ثوار بنغازي في محور قنفودة.",
            "Benghazi Revolutionaries Shura Council",
        ),
        (
            "نفذت قوة برخان الفرنسية ضربة جوية أمس قرب بلدة إنديليمان في منطقة ميناكا.",
            "Military Forces of France (2017-2022)",
        ),
    ],
)
def test_the_sahel_sudan_and_libya_groups_are_named(text: str, name: str) -> None:
    events = marsad.extract(text, published=dt.date(2019, 1, 21)).events
    assert name in {ref.name for e in events for ref in (e.actor1, e.actor2) if ref is not None}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("انفجرت عبوة ناسفة استهدفت سيارة شرطة في مدينة درعا أمس.", "SYR_POLICE"),
        ("انفجرت عبوة ناسفة بدورية عسكرية قرب بلدة طفس أمس.", "SYR_STATE"),
        ("هاجم مسلحون مجهولون نقطة عسكرية قرب بلدة طفس أمس.", "SYR_STATE"),
    ],
)
def test_a_post_or_patrol_named_without_its_force_is_what_was_hit(text: str, target: str) -> None:
    """ "سيارة شرطة", "دورية عسكرية": the force of where it happens, hit, not acting (a verb before it is
    the bomb's, whose object the post is)."""
    e = _one(text)
    assert e.actor2 is not None and e.actor2.actor_id == target
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("هاجم عناصر من داعش نقطة عسكرية لـ«قوات سوريا الديمقراطية» قرب بلدة الشحيل أمس.", "SDF"),
        ("انفجرت عبوة ناسفة بعربة عسكرية تابعة لقوات سوريا الديمقراطية قرب بلدة الشحيل أمس.", "SDF"),
    ],
)
def test_a_post_belongs_to_the_force_named_right_after_it(text: str, owner: str) -> None:
    e = _one(text)
    assert e.actor2 is not None and e.actor2.actor_id == owner


def test_a_convoy_beside_the_state_force_the_sentence_names_is_that_force() -> None:
    doc = marsad.extract(
        "ثبّت الجيش التركي أمس نقطة مراقبة قرب بلدة اشتبرق بعد دخول رتل عسكري عبر معبر كفرلوسين.", published=PUB
    )
    assert "SYR_STATE" not in {m.actor_id for m in doc.actors}


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت مصادر محلية أن عناصر «داعش» هاجموا مساء أمس نقطة للجيش قرب مدينة تدمر.",
        "أعلنت مصادر محلية أن مجموعة من عناصر «داعش» هاجمت مساء أمس نقطة للجيش قرب مدينة تدمر.",
    ],
)
def test_the_members_of_a_quoted_group_before_the_verb_are_its_subject(text: str) -> None:
    assert _ids(_one(text)) == ("ISIS", "SYR_STATE")


def test_groups_of_two_camps_named_together_as_doers_act_together() -> None:
    """ "سيطر مقاتلون من الجيش الحر وجبهة النصرة وحركة أحرار الشام على المطار": one side's act, all its doers
    (ACLED: actor1 and its associates), and the other side is the one that held it."""
    e = _one(
        "قال ناشطون إن مقاتلين من الجيش السوري الحر وجبهة النصرة وحركة أحرار الشام سيطروا أمس على مطار تفتناز"
        " العسكري بعد معارك مع قوات النظام."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "FSA"
    assert {a.actor_id for a in e.assoc_actor_1} == {"HTS", "AHRAR_SHAM"}
    assert e.actor2 is not None and e.actor2.actor_id == "SYR_STATE"


def test_two_sides_between_which_a_fight_broke_out_stay_two_sides() -> None:
    e = _one(
        "اندلعت اشتباكات بالأسلحة الرشاشة والقذائف فجر اليوم بين قوات الجيش السوري وقوات سوريا الديمقراطية"
        " قرب دير حافر."
    )
    assert _ids(e) == ("SYR_STATE", "SDF") and not e.assoc_actor_1


def test_al_qaeda_in_yemen_is_its_branch_there() -> None:
    e = _one("هاجم مسلحون من تنظيم القاعدة نقطة للجيش اليمني في مديرية مودية بمحافظة أبين أمس.")
    assert e.actor1 is not None and e.actor1.actor_id == "AQAP"


def test_the_dead_counted_as_suspected_members_are_that_sides() -> None:
    """ "قتل 3 يشتبه بانتمائهم لتنظيم القاعدة في غارة أمريكية": the targets are the group's (ACLED); suspected
    attackers are still no side ("مسلحين يعتقد أنهم ينتمون لتنظيم داعش")."""
    e = _one(
        "قتل 3 يشتبه بانتمائهم لتنظيم القاعدة مساء أمس في غارة لطائرة أمريكية من دون طيار في مديرية الصعيد"
        " بمحافظة شبوة."
    )
    assert _ids(e) == ("USA_STATE", "AQAP")


def test_members_of_a_groups_cells_who_executed_people_are_the_doers() -> None:
    """ "أعدم عناصر من خلايا تنظيم داعش، أمس، تسعة أشخاص": the members named after the verb, over a partitive
    chain, are its subject; the people counted after the date are its object."""
    e = _one("أعدم عناصر من خلايا تنظيم داعش، أمس، تسعة أشخاص من جامعي الكمأة في بادية الشولا.")
    assert _ids(e) == ("ISIS", "CIVILIANS")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a force that represses a march met the protest, whoever it hurt
        (
            "أصيب ثلاثة مواطنين بالرصاص الحي اليوم، عندما قمعت قوات الاحتلال المسيرة الأسبوعية في بلدة كفر قدوم.",
            "Excessive force against protesters",
        ),
        # rubber-coated bullets hurt lightly: intervention, not excessive force (ACLED: serious injury or death)
        (
            "أصيب ثلاثة مواطنين بالرصاص المعدني المغلف بالمطاط اليوم، عندما قمعت قوات الاحتلال المسيرة الأسبوعية"
            " في بلدة كفر قدوم.",
            "Protest with intervention",
        ),
        # the repression as a noun, "during" it: the people hurt are the marchers
        (
            "أصيب أربعة مواطنين بالرصاص المعدني المغلف بالمطاط خلال قمع قوات الاحتلال المسيرة الأسبوعية في بلدة"
            " كفر قدوم اليوم.",
            "Protest with intervention",
        ),
    ],
)
def test_a_repressed_march_is_a_protest_met_with_force(text: str, sub: str) -> None:
    doc = marsad.extract(text, published=dt.date(2023, 9, 15))
    (e,) = doc.events
    assert e.sub_event_type.label == sub
    assert e.actor1 is not None and e.actor1.actor_id == "PROTESTERS"
    assert e.actor2 is not None and e.actor2.actor_id == "ISR_STATE"


@pytest.mark.parametrize(
    ("text", "sub", "actor2"),
    [
        # a crowd that attacks protesters is a mob, the protesters its target
        (
            "هاجم مئات الشبان من مناصري الحزب خيم المعتصمين وسط بيروت أمس واعتدوا بالعصي على المتظاهرين.",
            "Mob violence",
            "PROTESTERS",
        ),
        # protesters who attack are a riot
        ("رشق المتظاهرون مبنى السراي في طرابلس بالحجارة أمس.", "Violent demonstration", None),
    ],
)
def test_a_crowd_attacking_protesters_is_a_mob(text: str, sub: str, actor2: str | None) -> None:
    doc = marsad.extract(text, published=dt.date(2019, 10, 30))
    (e,) = doc.events
    assert e.sub_event_type.label == sub
    assert (e.actor2.actor_id if e.actor2 else None) == actor2
    assert e.assoc_actor_2 == []


def test_people_a_crowds_word_describes_are_that_crowd() -> None:
    """ "مئات المواطنين المحتجين": the citizens are the protesters, not civilians beside them, so their clash
    with the security units is a riot, not a battle."""
    e = _one("اندلعت مواجهات ليلة أمس بين مئات المواطنين المحتجين ووحدات الأمن في مدينة تطاوين جنوبي تونس.")
    assert e.event_type is EventType.RIOTS
    assert e.actor1 is not None and e.actor1.actor_id == "RIOTERS"


def test_a_weak_word_of_the_packs_country_names_no_adversary_abroad() -> None:
    """After a clash in Kenya, "المعارضة" (named before as whom the crowd supported) is not the Syrian armed
    opposition, also when the citizens the police fought leave it without another side."""
    doc = marsad.extract(
        "نيروبي - قتل شخصان امس عندما اطلقت الشرطة الكينية الرصاص لتفريق مئات من انصار المعارضة. وفي مدينة"
        " كيسومو قتل ثلاثة اشخاص برصاص الشرطة خلال مواجهات مع مواطنين اقاموا الحواجز ونهبوا متاجر.",
        published=dt.date(2008, 1, 17),
    )
    assert doc.events
    assert all(e.actor2 is None or e.actor2.actor_id != "FSA" for e in doc.events)


def test_a_camp_with_its_adjective_and_a_comma_is_led_by_the_group_after_it() -> None:
    """ "فصائل المعارضة السورية، بقيادة «هيئة تحرير الشام» ومشاركة «الجبهة الوطنية للتحرير»": HTS took the town,
    the front took part with it (associated, not the other side), and the regime fought them."""
    e = _one(
        "استعادت فصائل المعارضة السورية، بقيادة «هيئة تحرير الشام» ومشاركة «الجبهة الوطنية للتحرير»، أمس،"
        " السيطرة على مدينة سراقب شرقي إدلب بعد معارك عنيفة مع قوات النظام."
    )
    assert _ids(e) == ("HTS", "SYR_STATE")
    assert [a.actor_id for a in e.assoc_actor_1] == ["NLF"]


def test_the_gunmen_are_the_group_whose_gunmen_were_named_last() -> None:
    """ "شن مسلحو حركة الشباب هجوماً ... قبل أن يقتحم المسلحون القاعدة ويسيطروا على البلدة": the gunmen, with
    the article and alone, are al-Shabaab's; gunmen told of as unknown since are nobody's."""
    doc = marsad.extract(
        "شن مسلحو حركة الشباب، فجر اليوم، هجوماً واسعاً على قاعدة عسكرية للجيش الصومالي في مدينة بلدوين، قبل أن"
        " يقتحم المسلحون القاعدة ويسيطروا على المدينة بعد ساعات من القتال.",
        published=dt.date(2023, 8, 28),
    )
    assert doc.events
    assert all(e.actor1 is not None and e.actor1.actor_id == "SHABAAB" for e in doc.events)
    unknown = marsad.extract(
        "شن مسلحو حركة الشباب أمس هجوماً على قاعدة عسكرية في مدينة بلدوين. وفي مدينة جوهر، اقتحم مسلحون مجهولون"
        " منزلا اليوم، ثم أطلق المسلحون النار على صاحبه فقتلوه.",
        published=dt.date(2023, 8, 28),
    )
    jowhar = [e for e in unknown.events if e.place is not None and e.place.city == "Jawhar"]
    assert jowhar and all(e.actor1 is not None and e.actor1.actor_id != "SHABAAB" for e in jowhar)


def test_who_backs_a_force_from_after_min_is_no_side() -> None:
    """ "دخلت قوات من الجيش اليمني، مدعومة من التحالف العربي، ... بعد انسحاب مسلحي تنظيم القاعدة": the coalition
    backing the army is no side of the hand-over; the group that left is."""
    e = _one(
        "دخلت قوات من الجيش اليمني، مدعومة من التحالف العربي، أمس مدينة المكلا بعد انسحاب مسلحي تنظيم القاعدة في"
        " جزيرة العرب منها دون قتال."
    )
    assert _ids(e) == ("YEM_STATE", "AQAP")


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        # a force with an indefinite adjective, in the singular, dual and plural
        (
            "قتل جندي بريطاني في انفجار عبوة ناسفة استهدفت دوريته في ولاية هلمند جنوب أفغانستان أمس.",
            "2010-05-10",
            "Unidentified Armed Group (Afghanistan)",
            "Military Forces of the United Kingdom",
        ),
        (
            "قتل جنديان أمريكيان في هجوم بعبوة ناسفة استهدف دوريتهما في مدينة الرمادي غرب العراق أمس.",
            "2007-05-10",
            "Unidentified Armed Group (Iraq)",
            "Military Forces of the United States (2001-2009)",
        ),
        # the soldiers counted before a passive killing verb, with their adjective, are its victims
        (
            "وأوضح بيان الجيش أن ثلاثة جنود أميركيين قتلوا بانفجار عبوة ناسفة استهدفت دورية في شرق بغداد أمس.",
            "2007-08-04",
            "Unidentified Armed Group (Iraq)",
            "Military Forces of the United States (2001-2009)",
        ),
        # a force named by "قوة" and its adjective alone
        (
            "توغلت قوة إسرائيلية في بلدة كفرشوبا جنوب لبنان فجر اليوم واعتقلت راعياً.",
            "2023-05-10",
            "Military Forces of Israel (2022-)",
            "Civilians (Lebanon)",
        ),
        (
            "اعتقلت قوة أمنية عراقية خمسة مطلوبين في حي الجهاد ببغداد أمس.",
            "2016-05-10",
            "Police Forces of Iraq (2014-2018)",
            "Civilians (Iraq)",
        ),
        # the generic force of a country the pack lists no force of is named for that country, not the
        # event's
        (
            "قصفت دبابات بريطانية مواقع لحركة طالبان في ولاية هلمند أمس.",
            "2008-05-10",
            "Military Forces of the United Kingdom",
            "Taliban",
        ),
    ],
)
def test_a_force_with_an_indefinite_nationality_adjective_is_that_states(
    text: str, published: str, actor1: str, actor2: str
) -> None:
    doc = marsad.extract(text, published=dt.date.fromisoformat(published), outlet="Test Outlet")
    events = [e for e in doc.events if not e.historical]
    assert [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in events] == [
        (actor1, actor2)
    ]


def test_a_foreign_generic_force_is_external_where_it_acts() -> None:
    doc = marsad.extract(
        "قتل جندي بريطاني في انفجار عبوة ناسفة استهدفت دوريته في ولاية هلمند جنوب أفغانستان أمس.",
        published=dt.date(2010, 5, 10),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.inter == 8


def test_the_syrian_democratic_forces_written_with_ta_marbuta() -> None:
    e = _one("هاجمت قوات سورية الديمقراطية مواقع لتنظيم داعش في مدينة الرقة أمس.")
    assert _ids(e) == ("SDF", "ISIS")


def test_both_sides_counted_among_a_fights_dead_stay_its_two_sides() -> None:
    e = _one(
        "أفاد المرصد السوري لحقوق الإنسان بأن ما لا يقل عن 20 من عناصر القوات النظامية و6 من مقاتلي المعارضة"
        " قُتلوا في معارك عنيفة في بلدة تفتناز أمس."
    )
    assert {_ids(e)[0], _ids(e)[1]} == {"FSA", "SYR_STATE"}
    assert e.fatalities == 26


def test_machines_seized_are_no_ground_taken() -> None:
    e = _one("أعلنت فصائل المعارضة الاستيلاء على مدافع وعربات لقوات النظام خلال معارك في محيط بلدة تفتناز أمس.")
    assert e.sub_event_type is SubEventType.ARMED_CLASH


def test_iraqi_factions_are_named() -> None:
    doc = marsad.extract(
        "اندلعت اشتباكات صباح اليوم بين سرايا السلام وعصائب أهل الحق قرب مقر للأخيرة في مدينة البصرة.",
        published=dt.date(2022, 8, 30),
    )
    (e,) = doc.events
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == ("Saraya al Salam", "Asaib Ahl al Haq")
    strike = marsad.extract(
        "قتل ثمانية من عناصر كتائب حزب الله في غارة أمريكية على مقر لهم قرب مدينة الحلة أمس.",
        published=dt.date(2023, 11, 22),
    )
    assert [e.actor2.name for e in strike.events if e.actor2] == ["Kataib Hezbollah"]


def test_the_subjects_of_a_verb_of_performing_attack_together_in_a_fight() -> None:
    e = _one(
        "شنت «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» صباح اليوم هجوماً معاكساً على مواقع قوات النظام في"
        " بلدة معرشمارين، ما أدى إلى اشتباكات عنيفة."
    )
    assert _ids(e) == ("HTS", "SYR_STATE")
    assert [a.actor_id for a in e.assoc_actor_1] == ["NLF"]


def test_the_first_side_after_between_may_be_named_with_its_forces() -> None:
    doc = marsad.extract(
        "اندلعت اليوم اشتباكات عنيفة بين قوات الجيش الوطني ومسلحي الحوثي في مدينة قعطبة شمالي محافظة الضالع.",
        published=dt.date(2018, 5, 15),
    )
    (e,) = doc.events
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == (
        "Military Forces of Yemen (2012-2022)",
        "Houthi Movement",
    )


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        # the accusation two sentences on, over a survivor's words
        (
            "ارتفعت حصيلة الغارة التي استهدفت مساء أمس الكلية العسكرية في منطقة الهضبة بطرابلس إلى 28 قتيلاً."
            " وقال طالب نجا من الهجوم إن الصاروخ سقط في الساحة. واتهمت حكومة الوفاق قوات حفتر بتنفيذ الغارة.",
            "2020-01-05",
            "Military Forces of Libya (2014-) House of Representatives",
        ),
        # over the accused's description
        (
            "قتل 70 شخصاً على الأقل في غارة جوية استهدفت أمس مبنى في مدينة صعدة. واتهمت جماعة الحوثي التحالف"
            " العسكري بقيادة السعودية بتنفيذ الغارة.",
            "2022-01-22",
            "Military Forces of Saudi Arabia (2015-)",
        ),
    ],
)
def test_the_actor_accused_of_an_attack_with_no_doer_did_it(text: str, published: str, actor1: str) -> None:
    doc = marsad.extract(text, published=dt.date.fromisoformat(published))
    (e,) = [e for e in doc.events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == actor1


def test_the_accused_not_the_accuser_did_the_attack_when_the_other_side_answers_in_the_sentence() -> None:
    text = (
        "قتل 22 مدنياً أمس السبت في غارة جوية استهدفت حي دار السلام في مدينة أم درمان. واتهمت قوات الدعم السريع"
        " الجيش بتنفيذ الغارة، في حين قال الجيش إنه استهدف تجمعات للمتمردين."
    )
    (e,) = marsad.extract(text, published=dt.date(2023, 7, 9)).events
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces of Sudan")
    assert e.assoc_actor_1 == []


def test_the_one_side_named_as_the_attacker_a_fight_began_with_is_actor1() -> None:
    text = (
        "تجددت أمس الاشتباكات العنيفة في محيط مدينة منبج، إثر هجوم شنّته فصائل الجيش الوطني السوري على مواقع"
        " قوات سوريا الديمقراطية."
    )
    (e,) = marsad.extract(text, published=dt.date(2025, 1, 15)).events
    assert e.actor1 is not None and e.actor1.name == "Syrian National Army"
    assert e.actor2 is not None and e.actor2.name == "SDF: Syrian Democratic Forces"


def test_the_owner_of_a_civil_body_that_tells_the_toll_is_no_side() -> None:
    doc = marsad.extract(
        "قتل 70 شخصاً على الأقل في غارة جوية استهدفت أمس مبنى في مدينة صعدة، فيما قالت السلطات الصحية التابعة"
        " للحوثيين إن الحصيلة بلغت 87 قتيلاً.",
        published=dt.date(2022, 1, 22),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Civilians (Yemen)"


def test_a_detention_centre_is_no_arrest() -> None:
    doc = marsad.extract(
        "قتل 70 شخصاً على الأقل في غارة جوية استهدفت أمس مركز احتجاز في مدينة صعدة.",
        published=dt.date(2022, 1, 22),
    )
    assert [e.sub_event_type for e in doc.events] == [SubEventType.AIR_DRONE_STRIKE]


def test_whom_ground_was_taken_back_from_is_actor2_and_its_adversary_took_it() -> None:
    doc = marsad.extract(
        "شن الجيش العراقي وفصائل الحشد الشعبي هجوماً على مواقع تنظيم داعش قرب مدينة تكريت أمس. وأعلن رئيس"
        " الوزراء العراقي اليوم استعادتها من تنظيم داعش.",
        published=dt.date(2015, 4, 1),
    )
    (e,) = [e for e in doc.events if e.sub_event_type is not SubEventType.ARMED_CLASH]
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert e.actor2 is not None and e.actor2.actor_id == "ISIS"
    assert e.actor1 is not None and e.actor1.inferred


def test_the_leader_of_a_subject_the_pack_cannot_name_did_it() -> None:
    e = _one(
        "سيطرت فصائل غرفة عمليات «ردع العدوان» بقيادة هيئة تحرير الشام على مدينة سراقب بريف إدلب الشرقي مساء"
        " اليوم، بعد معارك مع قوات النظام."
    )
    assert _ids(e) == ("HTS", "SYR_STATE")
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES


def test_factions_joined_to_the_subject_with_the_waw_act_with_it() -> None:
    doc = marsad.extract(
        "دخلت قطعات الجيش العراقي وفصائل الحشد الشعبي أطراف قضاء الحويجة أمس.", published=dt.date(2017, 10, 5)
    )
    (e,) = doc.events
    assert e.actor1 is not None and e.actor1.actor_id == "IRQ_STATE"
    assert [a.actor_id for a in e.assoc_actor_1] == ["PMF"] and e.actor2 is None


def test_an_agent_cue_in_a_later_clause_of_no_event_names_the_doer() -> None:
    doc = marsad.extract(
        "قُتل والي غرب دارفور أمس الأربعاء في مدينة الجنينة، بعد ساعات من اقتياده من قبل عناصر من قوات الدعم"
        " السريع، وفق ما أعلن الجيش السوداني.",
        published=dt.date(2023, 6, 15),
    )
    (e,) = doc.events
    assert (e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name, e.fatalities) == (
        SubEventType.ATTACK,
        "Rapid Support Forces",
        "Civilians (Sudan)",
        1,
    )


@pytest.mark.parametrize("told", ["وفق ما أعلنت الشرطة الصومالية", "بحسب ما أفادت به الشرطة الصومالية"])
def test_who_tells_it_over_ma_and_a_verb_is_no_side(told: str) -> None:
    doc = marsad.extract(
        "فجر انتحاري حزاماً ناسفاً مساء أمس داخل مطعم مزدحم في مدينة مقديشو، ما أسفر عن مقتل ستة أشخاص، "
        + told
        + ".",
        published=dt.date(2023, 11, 4),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Civilians (Somalia)"


def test_who_announces_its_own_fighters_did_it_is_actor1_and_a_gathering_hit_is_actor2() -> None:
    doc = marsad.extract(
        "أعلن حزب الله اليوم الأربعاء أن مقاتليه استهدفوا تجمعاً لجنود إسرائيليين قرب مستوطنة المطلة بصواريخ موجهة.",
        published=dt.date(2023, 11, 22),
    )
    (e,) = doc.events
    names = (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
    assert names == ("Hezbollah", "Military Forces of Israel (2022-)")


def test_fighters_named_by_their_cause_alone_are_an_armed_group_second_to_the_state_force_they_fought() -> None:
    e = _one("اندلعت اشتباكات عنيفة فجر اليوم بين مقاومين وقوات الاحتلال التي اقتحمت مخيم نور شمس في طولكرم.")
    assert _ids(e) == ("ISR_STATE", "UNIDENTIFIED_ARMED")
    # who attacked is still actor1
    attacked = _one("هاجم مقاومون حاجزاً لقوات الاحتلال قرب مخيم نور شمس في طولكرم فجر اليوم.")
    assert _ids(attacked)[0] == "UNIDENTIFIED_ARMED"


def test_the_pkk_is_the_side_its_counted_dead_belong_to_and_no_side_of_a_crowd_that_supports_it() -> None:
    e = _one(
        "قُتل عنصران من حزب العمال الكردستاني مساء أمس بغارة نفذتها طائرة مسيرة تركية على سيارة قرب قضاء العمادية"
        " في محافظة دهوك."
    )
    assert e.actor2 is not None and e.actor2.name == "PKK: Kurdistan Workers Party"
    crowd = _one("رشق متظاهرون أكراد الشرطة بالحجارة في مدينة القامشلي أمس خلال مظاهرة مؤيدة لحزب العمال الكردستاني.")
    assert crowd.actor2 is None or crowd.actor2.name != "PKK: Kurdistan Workers Party"


def test_burkina_fasos_volunteers_are_a_pro_government_militia() -> None:
    e = _one("قتل عناصر من متطوعي الدفاع عن الوطن 12 مدنياً في بلدة سولينزو غربي بوركينا فاسو أمس.")
    assert e.actor1 is not None and e.actor1.name == "VDP: Volunteers for the Defense of the Homeland"
    assert e.actor1.inter == 3


def test_who_announces_that_it_did_it_is_actor1_not_the_group_of_whom_it_killed() -> None:
    e = _one(
        "أعلن الجيش الإسرائيلي صباح اليوم أنه قتل قائداً بارزاً في حزب الله في غارة جوية استهدفت مبنى في بلدة النبطية."
    )
    assert _ids(e)[0] == "ISR_STATE"
    # an armed group said to be someone's ("مسلحون يرجح أنهم من خلايا التنظيم") announces nothing
    hedged = _one(
        "قُتل عنصران من قوات سوريا الديمقراطية إثر هجوم شنه مسلحون يرجح أنهم من خلايا تنظيم داعش على حاجز في بلدة ذيبان."
    )
    assert _ids(hedged)[0] != "SDF"


def test_the_attacker_an_agent_cue_names_goes_before_who_announces_its_fighters_repelled_it() -> None:
    e = _one(
        "قالت قوات سوريا الديمقراطية في بيان اليوم إن مقاتليها تصدوا لهجوم شنته فصائل الجيش الوطني على قرية"
        " الدندنية قرب منبج."
    )
    assert _ids(e) == ("SNA", "SDF")


def test_the_other_side_of_a_fight_with_one_side_named_is_inferred_from_the_report() -> None:
    doc = marsad.extract(
        "شنت قوات الدعم السريع هجوماً على مدينة ود مدني صباح اليوم. وكانت الاشتباكات قد دارت أمس الاثنين مع قوات"
        " الجيش عند المدخل الشرقي لمدينة ود مدني، وقتل فيها سبعة من جنود الجيش على الأقل.",
        published=dt.date(2023, 12, 19),
    )
    (e,) = [e for e in doc.events if e.date is not None and e.date.earliest == dt.date(2023, 12, 18)]
    assert e.actor1 is not None and e.actor1.name == "Rapid Support Forces" and e.actor1.inferred
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Sudan (2019-)"


def test_a_civil_body_in_a_government_tells_the_toll_and_is_no_side() -> None:
    doc = marsad.extract(
        "أعلنت وزارة الصحة في حكومة الوفاق الوطني الليبية اليوم الأحد مقتل 11 من مقاتلي القوات الموالية للحكومة في"
        " اشتباكات عنيفة دارت أمس السبت مع قوات الجيش الوطني الليبي في منطقة قصر بن غشير جنوبي طرابلس.",
        published=dt.date(2019, 4, 7),
    )
    (e,) = doc.events
    # no Syrian militia in Tripoli: the loyal forces' words are Syria's militias at home only
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Libya (2014-) House of Representatives"
    assert e.actor1 is None or e.actor1.inferred


def test_the_southern_transitional_council_and_a_group_owned_by_it() -> None:
    doc = marsad.extract(
        "اندلعت مواجهات عنيفة الأربعاء الماضي في مدينة عدن بين قوات المجلس الانتقالي الجنوبي وقوات الحماية"
        " الرئاسية التابعة للحكومة اليمنية.",
        published=dt.date(2019, 8, 11),
    )
    (e,) = doc.events
    assert e.actor1 is not None and e.actor1.name == "Southern Transitional Council"
    # a named group owned by another is itself, its owner no side of the event
    doc = marsad.extract(
        "سيطرت قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي أمس على معسكر في حي كريتر بمدينة عدن بعد"
        " اشتباكات مع قوات الحماية الرئاسية.",
        published=dt.date(2019, 8, 11),
    )
    assert {e.actor1.name for e in doc.events if e.actor1} == {"Security Belt Forces"}
    assert all(e.actor2 is None or e.actor2.name != "Southern Transitional Council" for e in doc.events)


def test_the_peshmerga_are_named() -> None:
    doc = marsad.extract(
        "سيطرت القوات العراقية أمس الجمعة على ناحية ألتون كوبري شمال كركوك بعد معارك استمرت ساعات مع قوات البيشمركة.",
        published=dt.date(2017, 10, 21),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Kurdistan Regional Government (Peshmerga)"


@pytest.mark.parametrize(
    "text",
    [
        # the statement's own words: "our forces" are its author's
        "وقال بيان لجهاز مكافحة الإرهاب: تمكنت قواتنا أمس من قتل خمسة من عناصر تنظيم داعش قرب مدينة كركوك.",
        "وجاء في بيان لجهاز مكافحة الإرهاب أن مقاتلينا قتلوا أمس خمسة من عناصر تنظيم داعش قرب مدينة كركوك.",
    ],
)
def test_our_forces_in_a_statement_are_its_authors(text: str) -> None:
    assert _ids(_one(text)) == ("IRQ_STATE", "ISIS")


def test_a_campaigns_command_speaks_for_its_force() -> None:
    e = _one(
        "أصدرت القيادة العامة لحملة «غضب الفرات» بياناً جاء فيه أن قواتها سيطرت أمس على قرية الكرامة شرق مدينة الرقة"
        " بعد اشتباكات مع عناصر داعش."
    )
    assert _ids(e) == ("SDF", "ISIS")


def test_the_force_an_associate_fights_beside_is_actor1_whichever_is_named_first() -> None:
    e = _one(
        "أعلنت المقاومة الشعبية الجنوبية والقوات الموالية للرئيس هادي أمس استعادة السيطرة على مديرية خور مكسر"
        " في مدينة عدن بعد معارك مع مسلحي جماعة الحوثي."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "YEM_STATE"
    assert [m.actor_id for m in e.assoc_actor_1] == ["YEM_RESISTANCE"]
    assert e.actor2 is not None and e.actor2.actor_id == "HOUTHIS"


def test_the_force_people_fled_towards_is_no_side() -> None:
    e = _one(
        "أطلق عناصر تنظيم داعش النار على عائلات حاولت العبور نحو مواقع القوات الأمنية فجر أمس في مدينة الموصل،"
        " ما أدى إلى مقتل تسعة مدنيين."
    )
    assert e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert e.actor2 is not None and e.actor2.actor_id != "IRQ_POLICE"


def test_the_egyptian_alliance_for_legitimacy_is_not_the_global_coalition() -> None:
    doc = marsad.extract(
        "قتل 28 شخصاً أمس في مواجهات بين أنصار الرئيس المعزول محمد مرسي وقوات الأمن في مدينة الجيزة. وتحدث"
        " «التحالف الوطني لدعم الشرعية» عن سقوط أكثر من 50 قتيلاً.",
        published="2013-10-07",
    )
    ids = {a.actor_id for a in doc.actors}
    assert "COALITION" not in ids and "EGY_NASL" in ids


def test_who_found_the_bodies_named_before_the_verb_is_no_side() -> None:
    e = _one("قالت المصادر إن دوريات الشرطة عثرت أمس على 14 جثة مجهولة الهوية تحمل آثار تعذيب في منطقة الدورة ببغداد.")
    assert e.actor1 is None or e.actor1.actor_id != "IRQ_POLICE"


def test_the_organisation_after_al_qaeda_was_named_is_al_qaeda() -> None:
    doc = marsad.extract(
        "وتبنى تنظيم «القاعدة في جزيرة العرب» الهجوم على مركز التجنيد في عدن. وقال مصدر إن التنظيم يتحصن في أبين.",
        published="2016-08-29",
    )
    assert [m.actor_id for m in doc.actors] == ["AQAP", "AQAP"]


def test_the_houthis_own_media_words_for_both_sides() -> None:
    e = _one(
        "أكد متحدث القوات المسلحة أن وحدات من الجيش واللجان الشعبية نفذت اليوم عملية هجومية ناجحة على مواقع"
        " مرتزقة العدوان في مديرية حيس بمحافظة الحديدة."
    )
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert _ids(e) == ("HOUTHIS", "YEM_STATE")


def test_security_personnel_are_the_police_of_where_it_happens() -> None:
    e = _one("قتل تسعة من أفراد الأمن أمس في هجوم شنه مسلحون مجهولون على نقطة تفتيش في مدينة قندهار.")
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces of Afghanistan")


def test_libyas_2011_war_has_its_own_sides() -> None:
    doc = marsad.extract(
        "تمكنت الكتائب الموالية للعقيد معمر القذافي اليوم الأحد من استعادة السيطرة على بلدة بن جواد الساحلية، بعد"
        " معارك ضارية مع الثوار الذين كانوا يتمركزون فيها.",
        published="2011-03-06",
    )
    (e,) = [e for e in doc.events if not e.historical]
    assert _ids(e) == ("LBY_GADDAFI", "LBY_NTC")


def test_the_west_african_province_is_named_on_its_own() -> None:
    e = _one("هاجم مسلحون من تنظيم ولاية غرب أفريقيا أمس قاعدة للجيش النيجيري في مدينة مونغونو.")
    assert e.actor1 is not None and e.actor1.name == "Islamic State West Africa Province"


def test_saudi_arabias_air_defences_are_its_forces() -> None:
    doc = marsad.extract(
        "تمكنت قوات الدفاع الجوي الملكي السعودي مساء أمس من اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه خميس مشيط.",
        published="2015-06-07",
    )
    assert [m.actor_id for m in doc.actors] == ["SAU_STATE", "HOUTHIS"]
    # the interceptor named before its verb kept the missile from use, the launcher's missile
    (e,) = [e for e in doc.events if not e.historical]
    assert _ids(e) == ("SAU_STATE", "HOUTHIS")


@pytest.mark.parametrize("site", ["موقعاً", "مقراً", "معسكراً"])
def test_the_force_whose_site_was_attacked_is_the_target(site: str) -> None:
    text = (
        f"قالت مصادر أمنية إن مسلحين من حركة الشباب هاجموا، يوم السبت، {site} للجيش الصومالي قرب بلدة جوهر،"
        " واشتبكوا مع الجنود لساعات."
    )
    (e,) = marsad.extract(text, published="2024-02-05").events
    assert (e.actor1.actor_id if e.actor1 else "", e.actor2.actor_id if e.actor2 else "") == ("SHABAAB", "SOM_STATE")


@pytest.mark.parametrize(
    "text",
    [
        "اقتحم مسلحون تابعون لحركة الشباب فندقا في مقديشو أمس الجمعة.",
        "اقتحم مسلحون ينتمون إلى حركة الشباب فندقا في مقديشو أمس الجمعة.",
        "انتهى حصار فندق في مقديشو بعد اقتحامه على أيدي مسلحين تابعين لحركة الشباب أمس الجمعة.",
    ],
)
def test_gunmen_said_to_belong_to_a_group_are_that_group(text: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2023, 3, 4)).events
    assert e.actor1 is not None and e.actor1.name == "Al Shabaab"
    assert e.actor2 is None or e.actor2.name != "Al Shabaab"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("شنت طائرات حربية يرجح أنها روسية غارات على مدينة جسر الشغور أمس.", "Military Forces of Russia (2000-)"),
        ("شنت طائرات حربية يُعتقد أنها تركية غارات على قرية في ريف الحسكة أمس.", "Military Forces of Turkey (2016-)"),
    ],
)
def test_aircraft_whose_nationality_is_hedged_are_that_states(text: str, actor1: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2019, 2, 14)).events
    assert e.actor1 is not None and e.actor1.name == actor1


def test_men_dressed_as_a_force_are_told_as_its_agents() -> None:
    text = "قتل ثلاثة مدنيين أمس في أم درمان برصاص عناصر يرتدون زي الدعم السريع."
    (e,) = marsad.extract(text, published=dt.date(2023, 9, 12)).events
    assert e.actor1 is not None and e.actor1.name == "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "published", "ids"),
    [
        # the claimant two sentences on is the attacker of the camp the army defended
        (
            "أعلنت القوات المسلحة المالية، في بيان نشرته على صفحتها الرسمية، أن وحداتها صدت مساء الخميس الماضي"
            " هجوماً استهدف معسكرها في بلدة بوني. وأوضح البيان أن"
            " الهجوم أسفر عن مقتل 4 جنود. في المقابل، تبنت جماعة نصرة الإسلام والمسلمين الهجوم.",
            dt.date(2022, 10, 10),
            ("JNIM", "MLI_STATE"),
        ),
        # the attacker named after the attack word
        (
            "أعلنت قوات سوريا الديمقراطية أنها صدت أمس هجوماً شنته فصائل الجيش الوطني على قرية أبو قلقل جنوب منبج.",
            dt.date(2025, 1, 16),
            ("SNA", "SDF"),
        ),
    ],
)
def test_the_side_that_repelled_an_attack_defended(text: str, published: dt.date, ids: tuple[str, str]) -> None:
    doc = marsad.extract(text, published=published)
    (e,) = [e for e in doc.events if not e.historical]
    assert _ids(e) == ids


def test_a_group_saying_it_fired_the_rockets_is_the_doer_of_the_rocket_told_before() -> None:
    e = _one(
        "سقط صاروخ أطلق من قطاع غزة على مبنى في مدينة عسقلان اليوم الخميس ما أدى إلى مقتل رجل إسرائيلي. "
        "وقالت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، إنها أطلقت رشقات صاروخية على مدن إسرائيلية.",
        dt.date(2023, 5, 11),
    )
    assert e.sub_event_type is SubEventType.SHELLING
    assert _ids(e) == ("QUDS_BRIGADES", "CIVILIANS")


def test_a_group_saying_it_fired_rockets_claims_no_bomb_told_before() -> None:
    doc = marsad.extract(
        "انفجرت عبوة ناسفة بدورية لقوات الاحتلال في مدينة جنين اليوم الخميس. "
        "وقالت كتائب القسام إنها أطلقت صواريخ على مدينة سديروت.",
        published=dt.date(2023, 5, 11),
    )
    bombs = [e for e in doc.events if e.sub_event_type is SubEventType.REMOTE_EXPLOSIVE]
    assert len(bombs) == 1 and _ids(bombs[0])[0] != "QASSAM"


def test_an_actor_between_an_attack_noun_and_its_object_did_it() -> None:
    e = _one(
        "استشهد عسكري في الجيش اللبناني أمس جراء استهداف مسيّرة إسرائيلية مركزاً للجيش في مدينة بنت جبيل.",
        dt.date(2024, 10, 4),
    )
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert _ids(e) == ("ISR_STATE", "LBN_STATE")


def test_a_withdrawal_from_a_place_names_no_agent_of_an_object() -> None:
    """ "بعد انسحاب البيشمركة منها": "منها" is a preposition with its pronoun, no object of the withdrawal."""
    e = _one(
        "تسلمت القوات العراقية اليوم مواقع في قضاء خانقين بمحافظة ديالى بعد انسحاب البيشمركة منها.",
        dt.date(2017, 10, 17),
    )
    assert e.actor1 is not None and e.actor1.actor_id == "IRQ_STATE"


def test_a_named_sides_fire_of_another_kind_is_not_the_doer_of_a_strike_with_nobody_named() -> None:
    doc = marsad.extract(
        "قتل ثلاثة فلسطينيين في غارة على مدينة رفح اليوم الخميس. وقالت حركة حماس إنها أطلقت صواريخ على مدن إسرائيلية.",
        published=dt.date(2023, 5, 11),
    )
    strikes = [e for e in doc.events if e.sub_event_type is SubEventType.AIR_DRONE_STRIKE]
    assert len(strikes) == 1 and _ids(strikes[0])[0] != "HAMAS"


def test_the_dead_of_a_march_they_were_killed_during_were_its_protesters() -> None:
    text = "قتل ثلاثة فلسطينيين برصاص قوات الاحتلال الإسرائيلي أمس الخميس خلال مسيرات العودة شرق مدينة خان يونس."
    (event,) = marsad.extract(text, published=dt.date(2022, 3, 18)).events
    assert event.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert event.event_type is EventType.PROTESTS
    assert event.fatalities == 3


def test_the_dead_of_fire_aimed_at_protesters_were_protesters() -> None:
    text = "قتل شابان برصاص قوات الأمن التي أطلقت النار بشكل مباشر على المتظاهرين في مدينة دوما أمس الخميس."
    (event,) = marsad.extract(text, published=dt.date(2022, 3, 18)).events
    assert event.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert event.fatalities == 2


def test_a_capture_finds_its_place_over_a_long_subject_and_an_aside() -> None:
    text = (
        "سيطرت فصائل غرفة عمليات «ردع العدوان» التي تقودها هيئة تحرير الشام، أمس الجمعة، على مدينة سراقب"
        " بريف إدلب الشرقي، بعد معارك عنيفة مع قوات النظام."
    )
    e = _one(text, dt.date(2024, 11, 30))
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert e.place is not None and e.place.location == "Saraqib"


@pytest.mark.parametrize(
    ("text", "ids", "associates"),
    [
        # fighters a force is backed by, after "ب", fight beside it (not its opponent, the side after "و")
        (
            "اندلعت اشتباكات فجر الاثنين قرب مدينة كركوك بين القوات العراقية، مدعومة بفصائل من الحشد الشعبي، "
            "وعناصر من البيشمركة.",
            ("IRQ_STATE", "KRG_PESHMERGA"),
            ["PMF"],
        ),
        (
            "سيطرت قوات النظام المدعومة بالميليشيات الإيرانية أمس على بلدة خان شيخون بعد معارك مع الفصائل.",
            ("SYR_STATE", "FSA"),
            ["PRO_GOV_MILITIA"],
        ),
        # a network a group is linked to is no associate of its attack
        (
            "هاجم مسلحو جماعة نصرة الإسلام والمسلمين المرتبطة بالقاعدة أمس معسكراً للجيش المالي في بلدة بوني.",
            ("JNIM", "MLI_STATE"),
            [],
        ),
    ],
)
def test_fighters_a_group_is_backed_by_are_its_associates(
    text: str, ids: tuple[str, str], associates: list[str]
) -> None:
    e = _one(text)
    assert _ids(e) == ids
    assert [a.actor_id for a in e.assoc_actor_1] == associates


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # the fight began with one side's attack: that side is actor1, whichever the text named first
        (
            "اندلعت اشتباكات بين قوات الأسايش وعناصر الدفاع الوطني في حي النشوة بمدينة الحسكة أمس، إثر هجوم شنه "
            "عناصر من الدفاع الوطني على حاجز للأسايش.",
            ("NDF", "ASAYISH"),
        ),
        (
            "أعلنت القوات المسلحة السودانية أمس أنها تصدت، بمساندة القوة المشتركة، لهجوم واسع شنته قوات الدعم "
            "السريع على الأحياء الشرقية لمدينة الفاشر، فيما قالت مصادر طبية إن العشرات قتلوا في المعارك.",
            ("RSF", "SDN_STATE"),
        ),
    ],
)
def test_the_side_that_launched_the_attack_a_fight_began_with_is_actor1(text: str, ids: tuple[str, str]) -> None:
    assert _ids(_one(text)) == ids


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the accuser's participle right before the accused, the accusation carrying the pronoun of the shell
        (
            "قالت لجان المقاومة إن أربعة مدنيين قتلوا أمس جراء سقوط قذيفة على منزلهم في حي الأزهري بالخرطوم، "
            "متهمة قوات الدعم السريع بإطلاقها من مواقعها القريبة.",
            "RSF",
        ),
        # held answerable for someone's safety is no accusation of the abduction
        (
            "اختطف مسلحون مجهولون أمس ناشطاً من أمام منزله في حي الأندلس بطرابلس، واقتادوه إلى جهة غير معلومة، "
            "محملة أسرته الأجهزة الأمنية مسؤولية سلامته.",
            "UNIDENTIFIED_ARMED",
        ),
    ],
)
def test_the_accused_of_the_violence_is_its_doer(text: str, actor1: str) -> None:
    assert _ids(_one(text))[0] == actor1


def test_a_later_accusation_of_the_violence_its_own_sentence_tells_is_not_the_earlier_ones() -> None:
    doc = marsad.extract(
        "سقطت عشرات القذائف على حي الشيخ مقصود في حلب أمس، ما أدى إلى مقتل خمسة مدنيين. وعقد المجلس المحلي "
        "اجتماعاً لبحث توزيع المساعدات. وقتلت غارات جوية على حي السكري ثلاثة مدنيين أمس، اتهم ناشطون الطيران "
        "الحربي التابع للنظام بتنفيذها.",
        published=PUB,
    )
    by_place = {e.place.location if e.place else "": e for e in doc.events if not e.historical}
    shelled = by_place["Aleppo - Sheikh Maqsoud"]
    assert shelled.sub_event_type is SubEventType.SHELLING
    assert shelled.actor1 is None or shelled.actor1.actor_id != "SYR_STATE"


def test_who_holds_the_quarters_struck_is_no_side_but_who_holds_the_bases_struck_is() -> None:
    e = _one(
        "قتل ثمانية مدنيين أمس بغارات نفذتها طائرات حربية تابعة للنظام على الأحياء الخاضعة لسيطرة الفصائل في "
        "القسم الشرقي من مدينة حلب."
    )
    assert _ids(e) == ("SYR_STATE", "CIVILIANS")
    e = _one(
        "شنت مقاتلات التحالف ليل أمس غارات على قاعدة الديلمي الجوية ومعسكرات في محيط العاصمة صنعاء الخاضعة "
        "لسيطرة الحوثيين."
    )
    assert _ids(e)[1] == "HOUTHIS"


def test_the_agent_of_the_heads_own_clause_is_actor1() -> None:
    doc = marsad.extract(
        "اجتاحت موجة عنف العراق أمس، إذ هاجم مسلحون مجهولون عدداً من المساجد في بغداد، بينما أحرق محتجون غاضبون "
        "مقر الحزب الإسلامي في البصرة.",
        published=PUB,
    )
    riot = next(e for e in doc.events if e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION)
    assert riot.actor2 is None or riot.actor2.actor_id != "UNIDENTIFIED_ARMED"


def test_a_tribes_fighters_are_its_militia_and_its_people_civilians() -> None:
    fought = marsad.extract(
        "سيطر مقاتلو عشيرة العكيدات أمس على بلدة ذيبان بعد اشتباكات مع قوات سوريا الديمقراطية.",
        published="2023-08-31",
    )
    (e,) = [e for e in fought.events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == "Al Akidat Tribal Militia (Syria)"
    killed = marsad.extract(
        "اغتال مسلحون مجهولون أمس أحد وجهاء عشيرة العكيدات في بلدة الشحيل بعد أن أطلقوا النار على سيارته.",
        published="2020-08-03",
    )
    (e,) = killed.events
    assert e.actor2 is not None and e.actor2.actor_id == "CIVILIANS"


def test_the_owner_of_positions_named_with_their_adjective_was_hit() -> None:
    text = "شنت طائرات تركية غارات على ريف الحسكة. واستهدفت الغارات مواقع عسكرية لقوات سوريا الديمقراطية في ريف كوباني."
    events = marsad.extract(text, published="2022-11-20").events
    hit = [e for e in events if e.place is not None and e.place.location == "Ain al Arab"]
    assert hit and hit[0].actor2 is not None and hit[0].actor2.name == "SDF: Syrian Democratic Forces"


def test_the_owner_of_a_base_attacked_is_not_the_subject_of_the_fight_after() -> None:
    text = (
        "شنّ مقاتلو حركة الشباب، فجر اليوم، هجوماً على قاعدة عسكرية للجيش الصومالي في بلدة مهداي، ما أدى إلى "
        "اندلاع اشتباكات عنيفة استمرت لساعات."
    )
    events = marsad.extract(text, published="2023-08-22").events
    assert [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in events] == [
        ("Al Shabaab", "Military Forces of Somalia (2022-)")
    ]


def test_an_accusation_about_a_bombing_told_as_the_reason_is_not_about_the_strikes() -> None:
    text = (
        "شنّت طائرات حربية ومسيّرة تركية، فجر اليوم الأحد، سلسلة غارات على مناطق متفرقة من شمال سوريا. ففي ريف "
        "ديرك، قصفت الطائرات محطة الكهرباء في قرية تقل بقل، ما أدى إلى استشهاد 11 مدنياً. وزعمت وزارة الدفاع "
        "التركية تحييد 89 هدفاً، قائلة إنها تأتي رداً على تفجير شارع الاستقلال في إسطنبول، وتتهم أنقرة حزب العمال "
        "الكردستاني بالوقوف وراءه."
    )
    events = marsad.extract(text, published="2022-11-20").events
    assert events and all(
        e.actor1 is not None and e.actor1.name.startswith("Military Forces of Turkey") for e in events
    )


def test_the_force_whose_station_a_suicide_bomber_reached_was_attacked() -> None:
    text = "ووقع الهجوم في مدينة خوست عندما أوقف ضباط شرطة الانتحاري خارج مركز للشرطة."
    events = marsad.extract(text).events
    assert events and events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces of Afghanistan")


def test_a_groups_generic_head_in_construct_with_a_named_group_is_that_group() -> None:
    text = "قتل مدنيان جراء سقوط قذائف أطلقتها ميليشيات حفتر على منازل في منطقة أبو سليم جنوبي طرابلس صباح اليوم."
    (e,) = marsad.extract(text, published="2020-05-18").events
    assert e.actor1 is not None and e.actor1.actor_id == "LBY_LNA"
    # (a word with the article heads no construct: the opposition accuses the regime's aircraft)
    text = (
        "قتل 72 مدنياً في هجوم بالغازات السامة على مدينة خان شيخون أمس. واتهمت المعارضة طائرات النظام الحربية"
        " بتنفيذ الهجوم."
    )
    events = [e for e in marsad.extract(text, published="2017-04-05").events if not e.historical]
    assert events and all(e.actor1 is not None and e.actor1.actor_id == "SYR_STATE" for e in events)


def test_a_site_named_with_its_owners_adjective_before_the_weapon_is_what_was_hit() -> None:
    # the weapon heads the frame, so the site stands before its trigger
    text = "استهدفت حركة الجهاد الإسلامي موقع ناحل عوز الإسرائيلي بالصواريخ مساء أمس."
    (e,) = marsad.extract(text, published="2023-05-10").events
    assert _ids(e) == ("PIJ", "ISR_STATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective in the accusative names the soldiers' army
        (
            "قتل سبعة عشر جنديا تركيا في هجوم شنه مسلحون على قاعدة قرب بلدة العمادية شمالي العراق أمس.",
            "Military Forces of Turkey",
        ),
        # a base, and a post in the accusative, with the adjective of their army
        ("هاجم مسلحون قاعدة عسكرية نيجيرية قرب بلدة مونغونو فجر اليوم.", "Military Forces of Nigeria"),
        ("استهدفت مسيرة موقعا عسكريا أمريكيا قرب بلدة الشدادي فجر اليوم.", "Military Forces of the United States"),
    ],
)
def test_a_force_named_only_by_its_post_or_soldiers_and_their_nationality_was_hit(text: str, expected: str) -> None:
    (e,) = marsad.extract(text, published="2023-05-10").events
    assert e.actor2 is not None and e.actor2.name.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count out of a force after other dead
        ("قتل 9 جنود و14 من متطوعي الدفاع عن الوطن أمس في اشتباكات مع مسلحين قرب بلدة كايا.", "UNIDENTIFIED_ARMED"),
        # an ally joined to the force whose dead are counted
        ("قتل خمسة عناصر من قوات النظام والمسلحين الموالين لها خلال اشتباكات مع الفصائل في حي جوبر أمس.", "FSA"),
    ],
)
def test_the_dead_and_their_allies_are_not_the_side_that_fought_them(text: str, expected: str) -> None:
    (e,) = marsad.extract(text, published="2023-05-10").events
    sides = {e.actor1.actor_id if e.actor1 else None, e.actor2.actor_id if e.actor2 else None}
    assert expected in sides and not sides & {"BFA_VDP", "PRO_GOV_MILITIA"}, sides


def test_a_claim_names_the_unnamed_side_of_a_fight_told_from_the_soldiers_dead() -> None:
    text = "قتل 11 جنديا أمس في اشتباكات مع مسلحين قرب مدينة جيبو. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم."
    (e,) = marsad.extract(text, published="2023-05-10").events
    assert e.actor1 is not None and e.actor1.actor_id == "JNIM"
    # (a group fighting in Burkina Faso as much as in Mali leaves the town there, and its army the other side)
    assert e.place is not None and e.place.name_en == "Djibo"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Burkina Faso")


def test_a_police_named_by_its_state_is_the_police() -> None:
    (e,) = marsad.extract("اعتقلت شرطة ولاية كانو أمس خمسة أشخاص في مدينة كانو.", published="2023-05-10").events
    assert e.actor1 is not None and e.actor1.name.startswith("Police Forces of Nigeria")


def test_a_forces_officer_named_by_his_post_is_its_victim() -> None:
    text = "قتل قائد شرطة مدينة غزني بانفجار عبوة ناسفة استهدفت سيارته أمس."
    (e,) = marsad.extract(text, published="2023-05-10").events
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces of Afghanistan")
    assert e.actor1 is None or not e.actor1.name.startswith("Police")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتل ثلاثة مستوطنين في عملية إطلاق نار قرب بلدة حوارة أمس.", 3),
        # (the dual counts two)
        ("قتل مستوطنان إسرائيليان برصاص مسلحين قرب بلدة حوارة أمس.", 2),
    ],
)
def test_settlers_counted_as_the_victims_of_violence_are_civilians(text: str, dead: int) -> None:
    (e,) = marsad.extract(text, published="2023-02-27").events
    assert e.sub_event_type is SubEventType.ATTACK and e.fatalities == dead
    assert e.actor2 is not None and e.actor2.name == "Civilians (Israel)"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the people's word before the armed name is those armed men, who did it
        (
            "قتل 12 شخصاً يوم الأحد في هجوم شنه شبان مسلحون من قبيلة المورلي على قرية قرب بلدة أكوبو.",
            ("Murle Ethnic Militia (South Sudan)", "Civilians (South Sudan)"),
        ),
        # ... and one side of a fight with the other tribe's men
        (
            "قتل 17 شخصاً في اشتباكات اندلعت يوم السبت بين شبان مسلحين من قبيلة المورلي وآخرين من قبيلة الدينكا"
            " قرب بلدة أكوبو.",
            ("Murle Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)"),
        ),
    ],
)
def test_armed_youths_of_a_tribe_are_its_militia(text: str, names: tuple[str, str]) -> None:
    (e,) = marsad.extract(text, published=dt.date(2023, 2, 27)).events
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == names


def test_the_armed_means_right_after_an_attack_word_made_it() -> None:
    # the dead and wounded told first push the drone beyond the head's reach; "هجوم ب..." still names it
    doc = marsad.extract(
        "قال حاكم المقاطعة إن امرأة قُتلت وأصيب رجلان بجروح، اليوم الأحد، جراء هجوم بطائرة مسيّرة أوكرانية"
        " استهدف سيارة مدنية.",
        published=dt.date(2024, 3, 24),
    )
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Ukraine (2019-)"


def test_a_states_police_the_pack_does_not_list_takes_the_period_of_its_government() -> None:
    doc = marsad.extract(
        "تظاهر آلاف الإسرائيليين مساء أمس في مدينة تل أبيب للمطالبة بصفقة لإعادة الرهائن، وفرقت الشرطة"
        " الإسرائيلية المتظاهرين بخراطيم المياه.",
        published=dt.date(2024, 6, 16),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Israel (2022-)"


def test_the_taliban_in_power_are_afghanistans_forces() -> None:
    doc = marsad.extract(
        "أعلنت جبهة المقاومة الوطنية اليوم السبت أن مقاتليها هاجموا أمس الجمعة نقطة لقوات حركة طالبان في مدينة"
        " بازارك بولاية بنجشير وقتلوا أربعة من عناصرها.",
        published=dt.date(2024, 9, 14),
    )
    (e,) = doc.events
    assert e.actor2 is not None and (e.actor2.name, e.actor2.inter) == ("Military Forces of Afghanistan (2021-)", 1)


@pytest.mark.parametrize(
    ("text", "actor1", "assoc", "actor2"),
    [
        # the Maghreb's "services" of security are the police
        (
            "أوقفت مصالح الأمن أمس الثلاثاء الناشط الحقوقي كريم في مدينة بجاية بعد مداهمة منزله.",
            "Police Forces of Algeria (2019-)",
            [],
            "Civilians (Algeria)",
        ),
        # ... and a force the doer acted in coordination with is its associate, no other side
        (
            "أوقفت مفرزة للجيش الوطني الشعبي بالتنسيق مع مصالح الأمن أمس عنصري دعم للجماعات الإرهابية بولاية"
            " بومرداس.",
            "Military Forces of Algeria (2019-)",
            ["Police Forces of Algeria (2019-)"],
            "Unidentified Armed Group (Algeria)",
        ),
    ],
)
def test_security_services_and_forces_acting_in_coordination(
    text: str, actor1: str, assoc: list[str], actor2: str
) -> None:
    (e,) = marsad.extract(text, published=dt.date(2023, 11, 22)).events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert [a.name for a in e.assoc_actor_1] == assoc
    assert e.actor2 is not None and e.actor2.name == actor2


def test_the_movement_named_again_is_the_taliban_in_power() -> None:
    doc = marsad.extract(
        "قالت ناشطات أفغانيات إن عناصر من حركة طالبان اعتقلوا أمس الناشطة في كابل. وكانت عناصر الحركة قد فرّقت"
        " يوم الأحد الماضي تظاهرة نظمتها نحو 20 امرأة قرب جامعة كابل.",
        published=dt.date(2022, 1, 20),
    )
    crowd = [e for e in doc.events if e.event_type is EventType.PROTESTS]
    assert [e.actor2 and e.actor2.name for e in crowd] == ["Military Forces of Afghanistan (2021-)"]


@pytest.mark.parametrize(
    ("text", "published", "army"),
    [
        # an army's numbered division is the army of where it stands ...
        (
            "سيطرت قوات الدعم السريع أمس على مدينة سنجة ومقر الفرقة 17 مشاة بعد معارك مع الجيش.",
            dt.date(2024, 6, 30),
            "Military Forces of Sudan (2019-)",
        ),
        # ... Syria's at home
        (
            "استعادت الفرقة 17 أمس السيطرة على قرية في ريف دير الزور بعد اشتباكات مع تنظيم الدولة.",
            dt.date(2017, 10, 29),
            "Military Forces of Syria (2000-)",
        ),
    ],
)
def test_a_numbered_division_is_the_army_of_where_it_is(text: str, published: dt.date, army: str) -> None:
    e = _one(text, published)
    assert army in {e.actor1 and e.actor1.name, e.actor2 and e.actor2.name}


def test_an_attack_repelled_is_a_fight_though_nothing_else_is_told() -> None:
    doc = marsad.extract("صد الجيش المالي أمس هجوما على معسكره في بلدة بولكيسي.", published=dt.date(2023, 9, 13))
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Mali (2021-)"


@pytest.mark.parametrize(
    ("text", "attacker", "defender"),
    [
        # the defender's own dead counted: the claimant attacked
        (
            "صد الجيش المالي أمس هجوما على معسكره في بلدة بولكيسي، ما أسفر عن مقتل ثلاثة جنود. وتبنت جماعة نصرة"
            " الإسلام والمسلمين الهجوم.",
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Mali (2021-)",
        ),
        # a new attack's word after the verb that repelled it, though a toll heads the frame
        (
            "قالت قوات سوريا الديمقراطية إن مقاتليها صدوا اليوم هجوماً واسعاً لفصائل الجيش الوطني قرب منبج، ما أسفر"
            " عن مقتل تسعة من عناصر الفصائل واثنين من مقاتليها.",
            "Syrian National Army",
            "SDF: Syrian Democratic Forces",
        ),
    ],
)
def test_who_repelled_an_attack_is_actor2(text: str, attacker: str, defender: str) -> None:
    e = _one(text, dt.date(2025, 1, 15) if "منبج" in text else dt.date(2023, 9, 13))
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == (attacker, defender)


def test_armed_men_no_one_names_killed_by_a_force_are_the_unidentified_armed_group() -> None:
    e = _one(
        "تمكنت مفرزة للجيش الوطني الشعبي، يوم 13 مارس 2018، بالقرب من بلدية الميلية من القضاء على إرهابيين (02)"
        " واسترجاع رشاشين من نوع كلاشنيكوف.",
        dt.date(2018, 3, 15),
    )
    assert e.sub_event_type is SubEventType.ARMED_CLASH and e.fatalities == 2
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == (
        "Military Forces of Algeria (1999-2019)",
        "Unidentified Armed Group (Algeria)",
    )


def test_the_force_a_crowd_met_did_not_do_the_killing_it_protests() -> None:
    doc = marsad.extract(
        "رشق محتجون غاضبون قوات الأمن بالحجارة في مدينة حلب أمس، احتجاجاً على مقتل ستة من أفراد قبيلة عثر على"
        " جثثهم في نهر قريب.",
        published=PUB,
    )
    killings = [e for e in doc.events if e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS]
    assert killings and all(e.actor1 is None or e.actor1.name.startswith("Unidentified") for e in killings)


def test_a_name_ending_in_a_headmans_word_is_no_civilian() -> None:
    """ "برج باجي مختار" is a town, "شارع عمر المختار" a street: a village headman is no actor of his own (his
    death still counts one: numbers.yaml)."""
    e = _one(
        "أعلنت وزارة الدفاع أن مفرزة للجيش الوطني الشعبي قضت أمس على ثلاثة إرهابيين قرب برج باجي مختار في"
        " الجزائر.",
        dt.date(2018, 9, 27),
    )
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and e.actor2.name == "Unidentified Armed Group (Algeria)"


def test_the_government_a_spokesmans_ministry_belongs_to_tells_and_is_no_side() -> None:
    e = _one(
        "قتل سبعة مصلين اليوم الجمعة في تفجير انتحاري استهدف مسجدا في مدينة بلخمري، بحسب المتحدث باسم وزارة"
        " الداخلية في حكومة طالبان.",
        dt.date(2023, 10, 13),
    )
    assert e.actor2 is not None and e.actor2.name == "Civilians (Afghanistan)"


def test_an_attack_repelled_over_a_date_set_off_by_commas_has_its_claimant_as_attacker() -> None:
    e = _one(
        "أعلن الجيش المالي أن وحداته صدّت، صباح الثلاثاء 12 سبتمبر/أيلول 2023، هجوما استهدف معسكره في بلدة"
        " بولكيسي، ما أسفر عن مقتل ثلاثة جنود. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم.",
        dt.date(2023, 9, 13),
    )
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == (
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali (2021-)",
    )


@pytest.mark.parametrize(
    "text",
    [
        "اختطف مسلحون حوثيون أمس الناشط عبد الرحمن السامعي من منزله في مدينة تعز.",
        "أكدت مصادر قبلية أن مسلحين حوثيين اختطفوا ثلاثة شبان من قرية في مديرية الحيمة الخارجية أمس.",
    ],
)
def test_gunmen_with_a_group_s_adjective_are_that_group(text: str) -> None:
    e = _one(text)
    assert _ids(e) == ("HOUTHIS", "CIVILIANS")


def test_a_side_s_adjective_after_an_attack_word_and_before_its_target_attacked() -> None:
    e = _one(
        "قُتل أربعة من أفراد الجيش الوطني وستة من عناصر الميليشيا في مواجهات اندلعت أمس في مأرب، إثر هجوم حوثي"
        " على مواقع الجيش في جبهة الكسارة."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "HOUTHIS"


def test_the_first_side_after_between_and_a_partitive_with_min_is_actor1() -> None:
    """ "بين عناصر من حركة فتح ومسلحين من مجموعة جند الشام": the first named is actor1, the second actor2."""
    e = _one(
        "تجددت مساء أمس الاشتباكات بين عناصر من حركة فتح ومسلحين من مجموعة جند الشام في مخيم عين الحلوة قرب صيدا."
    )
    assert _ids(e) == ("FATAH", "JUND_AL_SHAM")


def test_a_claim_made_by_a_side_s_spokesman_names_the_side() -> None:
    e = _one(
        "تعرضت سفينة شحن أمس لهجوم بصاروخين قرب ميناء الحديدة ما أدى إلى مقتل ثلاثة من البحارة. وتبنى المتحدث العسكري"
        " باسم جماعة الحوثيين الهجوم في بيان متلفز."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "HOUTHIS"
