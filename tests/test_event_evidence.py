"""What makes a sentence report an event, and what makes it only talk about one: sentences written for
these tests, one behaviour per test."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import EventType, EvidenceRole, SubEventType

PUB = dt.date(2024, 5, 2)  # a Thursday
AIR = SubEventType.AIR_DRONE_STRIKE


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


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("أكد ناشطون أن مروحية للنظام ألقت صباح اليوم برميلين متفجرين على بلدة كفرنبودة.", AIR),
        ("أفادت الوكالة بأن العدو الإسرائيلي شن عدواناً جوياً على محيط دمشق بعد منتصف الليلة الماضية.", AIR),
        (
            "أضرم محتجون غاضبون النار في مبنى مديرية الكهرباء بمدينة الناصرية مساء أمس.",
            SubEventType.VIOLENT_DEMONSTRATION,
        ),
    ],
)
def test_common_wordings_of_strikes_and_riots(text: str, sub: SubEventType) -> None:
    assert sub in {e.sub_event_type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a possible outcome: every event word after "قد يؤدي" in its clause
        "حذر خبراء من أن أي هجوم على مدينة منبج قد يؤدي إلى نزوح الآلاف ومقتل المئات.",
        # a denial reaches over a long subject to the event it denies
        "نفى الناطق باسم قيادة العمليات المشتركة في العاصمة مجددا أمس تعرض الفتاة للاغتصاب.",
        "نفت الفصائل سيطرة قوات النظام على قرية الحويز أمس.",
        # a weapon tried out
        "أعلنت الجماعة أمس اختبار صاروخ باليستي جديد في محافظة مأرب.",
        # a kind of event: the toll of such bombings is no event either
        "وفي الأشهر الستة الأخيرة أدت مثل هذه التفجيرات إلى قتل وجرح أربعة آلاف شخص.",
        # control of a situation or a fire is no ground taken
        "وأكد المسؤول سيطرة قوات الأمن على الموقف في مدينة عتق أمس.",
        "تمكن الدفاع المدني من السيطرة على الحريق في سوق مدينة إدلب أمس.",
    ],
)
def test_talk_that_tells_no_event(text: str) -> None:
    assert _events(text) == []


def test_denying_responsibility_denies_the_doer_not_the_killing() -> None:
    (event,) = _events("نفى جهاز الأمن العام التابع لهيئة تحرير الشام مسؤوليته عن مقتل الشاب في سرمدا أمس.")
    assert event.sub_event_type is SubEventType.ATTACK
    assert event.actor1 is None or event.actor1.actor_id != "HTS"


def test_denying_deaths_leaves_the_attack_told_beside_them() -> None:
    text = "وتبنت هيئة تحرير الشام الهجوم، ونفى الجيش مقتل أي من جنوده في الهجوم الذي استهدف الحاجز أمس."
    events = _events(text)
    assert len(events) == 1 and events[0].fatalities == 0


def test_the_last_of_a_running_toll_is_an_event_of_its_own() -> None:
    text = (
        "ارتفعت حصيلة ضحايا الاغتيالات في درعا منذ مطلع العام إلى 143 شخصاً، كان آخرهم شاب قُتل مساء أمس"
        " برصاص مسلحين مجهولين في بلدة الجيزة بريف درعا الشرقي."
    )
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.ATTACK
    assert event.fatalities == 1
    assert event.date is not None and event.date.earliest == PUB - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("وكان شاب قد قتل برصاص مسلحين مجهولين في بلدة الصنمين مساء أمس.", 1),
        # the armed man is the killer, the young man the victim
        ("وقال إن مسلحاً قتل شاباً في بلدة الصنمين مساء أمس.", 1),
    ],
)
def test_a_singular_person_before_a_killing_verb_is_one_death(text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _events(text)] == [fatalities]


def test_talk_about_a_kind_of_violence_joins_the_case_told_beside_it() -> None:
    text = (
        "جدد المرصد إدانته لعمليات الخطف مقابل الفدية، مشيراً إلى أن مسلحين مجهولين خطفوا مساء الإثنين طفلاً"
        " في مدينة الصنمين شمالي درعا."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.ABDUCTION]
    assert events[0].date is not None and events[0].date.earliest == dt.date(2024, 4, 29)


def test_the_newest_case_named_after_a_toll_is_its_own_event() -> None:
    text = (
        "بلغ عدد القتلى المدنيين في مدينة حلب منذ بداية العام 41 مدنياً، ومن بين أحدث الحوادث مقتل امرأة برصاص قناص"
        " في حي الشيخ مقصود يوم الثلاثاء."
    )
    (event,) = _events(text)
    assert event.fatalities == 1 and event.date is not None and event.date.earliest == dt.date(2024, 4, 30)


def test_resistance_in_a_committees_name_makes_nothing_hypothetical() -> None:
    text = "نددت لجان المقاومة بالهجوم الذي شنه مسلحون أمس الأربعاء على قرية ود النورة، وراح ضحيته أكثر من مئة مدني."
    assert [e.fatalities for e in _events(text)] == [100]


def test_how_many_people_were_taken_counts_like_a_toll() -> None:
    text = "وأضاف المسؤول أن المسلحين خطفوا ما مجموعه 14 شخصا."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ABDUCTION]


def test_who_mourns_the_dead_lost_them_and_the_relative_clause_counts_one_death() -> None:
    text = "نعى حزب الله في بيان حسن محمد عطوي، الذي قضى بغارة لمسيّرة إسرائيلية ظهر اليوم على طريق بلدة كفركلا."
    (event,) = _events(text)
    assert event.sub_event_type is AIR
    assert event.actor1 is not None and event.actor1.actor_id == "ISR_STATE"
    assert event.actor2 is not None and event.actor2.actor_id == "HEZBOLLAH"
    assert event.fatalities == 1


def test_a_ruling_is_no_death() -> None:
    assert _events("وقال التقرير إن القاضي الذي قضى بإعدام المتهم غادر البلاد أمس.") == []


def test_a_relative_clause_that_tells_where_others_died_counts_them() -> None:
    text = "وكانت الغارة التي قضى فيها ثلاثة مدنيين قد استهدفت سوق بلدة سرمين أمس."
    assert [e.fatalities for e in _events(text)] == [3]


def test_a_shell_from_the_positions_of_a_force_was_fired_by_it() -> None:
    text = "قتل شخصان إثر سقوط قذيفة مدفعية مصدرها مواقع قوات النظام على ساحة قرية سرمين مساء أمس."
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.actor_id == "SYR_STATE"


def test_demanded_is_no_student() -> None:
    doc = marsad.extract("طالبت منظمة حقوقية بالتحقيق في مقتل سبعة عمال بقصف على بلدة آفس أمس.", published=PUB)
    assert "CIVILIANS" not in {m.actor_id for m in doc.actors if doc.raw(m.span).startswith("طالب")}


def test_an_undated_telling_joins_the_dated_one_of_its_sentence() -> None:
    text = (
        "اتهم ذوو الشاب فرع الأمن العسكري باعتقاله تعسفياً، بعد أن داهمت دورية منزله في مدينة حماة فجر الخميس"
        " الماضي واقتادته إلى جهة مجهولة."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.ARRESTS]
    assert events[0].date is not None and events[0].date.earliest == dt.date(2024, 4, 25)


def test_a_group_named_in_a_charge_a_few_words_on_is_no_side() -> None:
    text = "اعتقلت قوى الأمن الداخلي اليوم ثلاثة أشخاص في حي غويران بمدينة الحسكة بتهمة التعامل مع خلايا تنظيم الدولة."
    (event,) = _events(text)
    assert event.actor2 is None or event.actor2.actor_id != "ISIS"


def test_a_strike_in_a_camp_of_the_gaza_strip_is_one_event() -> None:
    text = "أسفرت غارة جوية إسرائيلية على منزل في مخيم النصيرات وسط قطاع غزة عن استشهاد ثمانية أشخاص من عائلة واحدة."
    assert [e.fatalities for e in _events(text)] == [8]


def test_shelling_with_aircraft_as_its_means_is_an_air_strike_whoever_named() -> None:
    text = "قصف الجيش السوداني بالطيران مواقع لقوات الدعم السريع في حي كافوري بالخرطوم بحري صباح اليوم."
    (event,) = _events(text)
    assert event.sub_event_type is AIR
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Sudan (2019-)"


def test_people_counted_out_of_a_force_after_a_long_count_are_its_victims() -> None:
    text = "وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي في هجوم انتحاري استهدف مقرا للتطوع شرق بعقوبة أمس."
    (event,) = _events(text)
    assert event.actor1 is None or event.actor1.actor_id != "IRQ_STATE"
    assert event.fatalities == 28


def test_riot_police_fire_on_an_angry_crowd_is_excessive_force_not_a_riot() -> None:
    text = (
        "أطلقت قوات مكافحة الشغب الرصاص الحي على محتجين غاضبين من انقطاع الكهرباء في مدينة الناصرية مساء اليوم،"
        " ما أدى إلى مقتل متظاهر."
    )
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Iraq (2022-)"


def test_an_angry_crowd_attacking_is_a_riot() -> None:
    text = "هاجم محتجون غاضبون شاحنات تركية في مدينة الباب مساء الاثنين."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.VIOLENT_DEMONSTRATION]


def test_fighters_killed_by_an_unnamed_force_are_a_battle_not_violence_against_civilians() -> None:
    text = "قتل أربعة من مسلحي وحدات حماية الشعب قرب بلدة تل تمر اليوم."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ARMED_CLASH]


def test_a_toll_since_the_start_of_the_year_is_not_the_last_events_toll() -> None:
    text = (
        "استهدفت القوات التركية بطائرة مسيرة يوم أمس دراجة نارية على أطراف مدينة عين العرب، ما أسفر عن مقتل عنصرين"
        " من وحدات حماية الشعب. وأشار المرصد إلى أن حصيلة الضربات التركية منذ مطلع العام بلغت 61 قتيلاً."
    )
    assert [e.fatalities for e in _events(text)] == [2]


def test_a_multi_year_span_is_statistics() -> None:
    text = "أفاد تقرير حقوقي بأن قوات الأمن العراقية قتلت أكثر من 600 متظاهر خلال احتجاجات تشرين بين عامي 2019 و2020."
    assert _events(text, published=None) == []


def test_syrian_state_forces_after_december_2024_are_the_transitional_governments() -> None:
    text = "هاجم فلول النظام حاجزاً لقوات الأمن العام في مدينة جبلة أمس وقتلوا عنصرين."
    (event,) = marsad.extract(text, published="2025-03-07").events
    assert event.actor1 is not None and event.actor1.actor_id == "UNIDENTIFIED_ARMED"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Syria (2024-)"
    (before,) = marsad.extract("قصفت قوات النظام بلدة كفرنبل أمس.", published="2019-03-07").events
    assert before.actor1 is not None and before.actor1.name == "Military Forces of Syria (2000-)"
    # with no date, the name the pack gives first
    (undated,) = marsad.extract("قصفت قوات النظام بلدة كفرنبل.").events
    assert undated.actor1 is not None and undated.actor1.name == "Military Forces of Syria (2000-)"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("قتل جنديان تركيان بانفجار عبوة ناسفة قرب بلدة تل أبيض أمس.", "TUR_STATE"),
        ("قُتل جنديان عراقيان مساء أمس بهجوم شنه مسلحون في قضاء الطارمية.", "IRQ_STATE"),
        ("أصيب ثلاثة جنود عراقيين بانفجار عبوة ناسفة في قضاء الطارمية مساء أمس.", "IRQ_STATE"),
    ],
)
def test_soldiers_named_after_a_killing_or_injury_word_are_its_victims(text: str, victim: str) -> None:
    (event,) = _events(text)
    assert event.actor2 is not None and event.actor2.actor_id == victim
    assert event.actor1 is None or event.actor1.actor_id != victim


def test_a_group_named_in_accusations_is_no_side_and_a_village_head_is_a_civilian() -> None:
    text = (
        "اغتال مسلحون مجهولون مساء أمس مختار قرية في ريف الرقة الشرقي، وسط اتهامات لخلايا تنظيم الدولة"
        " بالوقوف وراء العملية."
    )
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.ATTACK
    assert event.actor1 is not None and event.actor1.actor_id == "UNIDENTIFIED_ARMED"
    assert event.actor2 is not None and event.actor2.actor_id == "CIVILIANS"


@pytest.mark.parametrize(
    "text",
    [
        # a denial over a short aside
        "نفت قوات سوريا الديمقراطية، في بيان اليوم، الأنباء التي تحدثت عن انسحابها من بلدة دير حافر شرقي حلب.",
        # "المقبل" says it is still to come even without a publication date
        "دعا ناشطون في مدينة السويداء إلى تظاهرة حاشدة يوم الجمعة المقبل في ساحة الكرامة.",
    ],
)
def test_denials_over_an_aside_and_calls_for_next_week_report_nothing(text: str) -> None:
    assert _events(text, published=None) == []


def test_a_new_fact_after_a_denial_is_told() -> None:
    assert [e.sub_event_type for e in _events("نفت الفصائل ذلك، وقصفت قوات النظام بلدة سرمين أمس.")] == [
        SubEventType.SHELLING
    ]


def test_a_force_named_at_length_dispersing_a_crowd_is_a_protest_with_intervention() -> None:
    text = (
        "فرّقت عناصر من جهاز الأمن العام التابع لهيئة تحرير الشام، اليوم الخميس، متظاهرين في مدينة إدلب بالهراوات"
        " وأطلقت الرصاص في الهواء."
    )
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.PROTEST_WITH_INTERVENTION
    assert event.actor2 is not None and event.actor2.actor_id == "HTS"


def test_state_media_terrorist_groups_are_no_isis_and_their_violations_are_the_target() -> None:
    text = (
        "ذكرت وكالة سانا أن وحدات من الجيش العربي السوري ردت اليوم على خروقات التنظيمات الإرهابية واستهدفت"
        " بالمدفعية تجمعاتهم في محيط بلدة كفرنبل."
    )
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.actor_id == "SYR_STATE"
    assert event.actor2 is not None and event.actor2.actor_id == "UNIDENTIFIED_ARMED"


def test_a_variant_village_name_stays_inside_its_region() -> None:
    text = "قتل ثلاثة عناصر من قوات النظام بانفجار لغم قرب بلدة معدان عتيق بريف الرقة الشرقي اليوم."
    assert [e.fatalities for e in _events(text)] == [3]


def test_a_killings_agent_is_named_in_the_clause_of_the_attack_that_caused_it() -> None:
    text = (
        "قُتل سبعة من جامعي الكمأة، بينهم امرأتان، إثر هجوم شنّه عناصر من تنظيم «الدولة الإسلامية» في بادية السخنة أمس."
    )
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.actor_id == "ISIS"


def test_a_hedged_nationality_names_the_air_force() -> None:
    text = "قال مكتب الأمم المتحدة إن غارة جوية يُرجّح أنها روسية استهدفت سوقاً شعبية في مدينة أريحا صباح اليوم."
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.actor_id == "RUS_STATE"


def test_gunmen_taking_someone_abduct_rather_than_arrest() -> None:
    text = "قال أحد السكان إن مسلحين ملثمين داهموا منزله في مدينة تلبيسة فجر الثلاثاء واقتادوا شقيقه إلى جهة مجهولة."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ABDUCTION]


def test_a_person_described_by_a_deal_once_made_tells_no_agreement() -> None:
    text = "اغتال مسلحون مجهولون مساء أمس قيادياً سابقاً ممن أجروا «تسوية» مع النظام قرب منزله في مدينة جاسم."
    assert SubEventType.AGREEMENT not in {e.sub_event_type for e in _events(text)}


def test_a_faction_of_the_national_army_named_in_full_is_the_national_army() -> None:
    text = "قتل مدنيان برصاص عناصر حاجز تابع لفرقة السلطان سليمان شاه في ناحية الشيخ حديد أمس."
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.actor_id == "SNA"


def test_whom_a_sweep_searches_for_is_its_target_not_its_doer() -> None:
    text = (
        "أطلقت إدارة الأمن العام صباح اليوم حملة تمشيط في حي وادي الذهب بمدينة حمص بحثاً عن فلول النظام البائد،"
        " واعتقلت 12 شخصاً."
    )
    events = marsad.extract(text, published="2025-01-16").events
    assert [e.sub_event_type for e in events] == [SubEventType.ARRESTS]
    assert events[0].actor1 is None or events[0].actor1.actor_id != "UNIDENTIFIED_ARMED"


def test_a_road_named_with_its_adjective_and_towns_is_no_place_captured() -> None:
    text = (
        "استعادت قوات النظام، اليوم الخميس، السيطرة على بلدة الزربة المطلة على الطريق الدولي حلب-دمشق، بعد معارك"
        " استمرت منذ فجر أمس."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.place.location if e.place else "") for e in events] == [
        (SubEventType.GOVERNMENT_REGAINS, "Az Zarbah")
    ]
    # the date set off by commas beside the verb dates the capture, not the start of the fighting
    assert events[0].date is not None and events[0].date.earliest == PUB


def test_an_agreement_in_force_named_as_background_is_no_new_agreement() -> None:
    text = (
        "استهدفت مسيّرة إسرائيلية ظهر اليوم سيارة في بلدة الخيام، ما أدى إلى استشهاد شخص، على الرغم من اتفاق"
        " وقف إطلاق النار."
    )
    subs = {e.sub_event_type for e in _events(text)}
    assert SubEventType.AGREEMENT not in subs and AIR in subs


@pytest.mark.parametrize(
    "toll",
    [
        "وقالت مصادر محلية إن ثمانية من مقاتلي الفصائل قتلوا خلال المواجهات.",
        "وذكر المرصد أن ثمانية من مقاتلي الفصائل قتلوا في معارك كفرنبودة.",
        "ووثق المرصد مقتل ثمانية من مقاتلي الفصائل خلال المعارك التي دارت أمس في البلدة ومحيطها.",
    ],
)
def test_a_sentence_adding_casualties_to_the_fight_told_is_its_toll(toll: str) -> None:
    text = "سيطرت قوات النظام اليوم الخميس على بلدة كفرنبودة بعد اشتباكات عنيفة مع الفصائل. " + toll
    (event,) = _events(text)
    assert (event.sub_event_type, event.fatalities) == (SubEventType.GOVERNMENT_REGAINS, 8)


def test_a_new_fight_in_the_toll_sentence_is_its_own_event() -> None:
    text = (
        "سيطرت قوات النظام اليوم الخميس على بلدة كفرنبودة بعد اشتباكات عنيفة مع الفصائل. "
        "وقتل ثمانية من مقاتلي الفصائل في معارك عنيفة أمس الأربعاء في بلدة الهبيط."
    )
    assert len(_events(text)) == 2


@pytest.mark.parametrize(
    ("text", "sub_types"),
    [
        # a car bomb is a bomb, whatever else the sentence tells
        ("قتل خمسة أشخاص بانفجار سيارة مفخخة قرب دوار في مدينة الباب اليوم.", [SubEventType.REMOTE_EXPLOSIVE]),
        # ... with a suicide bomber at its wheel, a suicide bombing
        ("قتل خمسة أشخاص بانفجار سيارة مفخخة يقودها انتحاري في مدينة الباب اليوم.", [SubEventType.SUICIDE_BOMB]),
        # the dead named between "لقي" and "مصرعهم", and what killed them
        (
            "لقي ثلاثة أشخاص، هم شابان وطفل، حتفهم جراء انفجار لغم أرضي في بادية مدينة السخنة اليوم.",
            [SubEventType.REMOTE_EXPLOSIVE],
        ),
        ("لقي أربعة أشخاص مصرعهم وأصيب سبعة آخرون بحادث سير على طريق حمص اليوم.", []),
        # a bomb defused, its words far after the verb
        (
            "فككت وحدة الهندسة في وزارة الدفاع، اليوم، سيارة مفخخة معدة للتفجير في مدينة منبج.",
            [SubEventType.DISRUPTED_WEAPONS],
        ),
    ],
)
def test_bombs_by_their_own_words(text: str, sub_types: list[SubEventType]) -> None:
    assert [e.sub_event_type for e in _events(text)] == sub_types


@pytest.mark.parametrize(
    "text",
    [
        # fire told as accompanying the fighting is part of the fight
        "سيطرت فصائل الجيش الوطني اليوم على قرية تل حلف بعد اشتباكات مع قسد، وسط قصف مدفعي تركي على القرية.",
        "دارت اليوم اشتباكات عنيفة في محيط بلدة كبانة ترافقت مع قصف صاروخي مكثف.",
    ],
)
def test_fire_accompanying_a_fight_is_part_of_it(text: str) -> None:
    assert [e.event_type for e in _events(text)] == [EventType.BATTLES]


def test_the_victims_of_a_bombardment_told_before_are_no_new_bombardment() -> None:
    text = "خرج الآلاف في مظاهرة في مدينة القامشلي اليوم تنديداً بالهجوم التركي، ورفع المشاركون صور ضحايا القصف."
    assert [e.event_type for e in _events(text)] == [EventType.PROTESTS]


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # an armed group's own arson is its attack on the place's people, not a crowd's riot
        (
            "هاجم مستوطنون قرية ترمسعيا شمال رام الله مساء أمس وأحرقوا عدداً من المنازل والسيارات.",
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            "Settlers (Israel)",
        ),
        # a crowd setting fire is a riot
        ("أحرق متظاهرون غاضبون إطارات أمام مبنى البلدية في مدينة السويداء أمس.", EventType.RIOTS, "Rioters (Syria)"),
    ],
)
def test_who_sets_the_fire_makes_it_a_riot_or_an_attack(text: str, event_type: EventType, actor1: str) -> None:
    (event,) = _events(text)
    assert event.actor1 is not None
    assert (event.event_type, event.actor1.name) == (event_type, actor1)


def test_a_breakdown_naming_a_place_gives_it_its_part_of_the_toll() -> None:
    text = "قتل 120 شخصاً، بينهم 73 في مدينة جبلة، في تفجيرات انتحارية ضربت اليوم مدينتي جبلة وطرطوس."
    dead = {e.place.location: e.fatalities for e in _events(text) if e.place is not None}
    assert dead == {"Jablah": 73, "Tartous": 47}


def test_without_a_place_in_the_breakdown_the_toll_is_shared() -> None:
    text = "قتل 120 شخصاً، بينهم 73 طفلاً، في تفجيرات انتحارية ضربت اليوم مدينتي جبلة وطرطوس."
    dead = {e.place.location: e.fatalities for e in _events(text) if e.place is not None}
    assert dead == {"Jablah": 60, "Tartous": 60}


def test_a_bomber_who_entered_a_church_and_blew_himself_up_is_a_suicide_bombing() -> None:
    text = "دخل انتحاري كنيسة في حي الدويلعة بدمشق مساء اليوم وأطلق النار على المصلين قبل أن يفجر نفسه."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.SUICIDE_BOMB]


def test_a_strike_told_with_its_interception_is_one_air_strike() -> None:
    text = (
        "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً على محيط بلدة الكسوة، ما أدى إلى مقتل عسكريين اثنين، "
        "وتصدت وسائط الدفاع الجوي لصواريخ العدوان وأسقطت معظمها."
    )
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.AIR_DRONE_STRIKE]


def test_youths_confronting_soldiers_near_a_settlement_are_a_riot() -> None:
    text = (
        "قتل شاب برصاص قوات الاحتلال خلال مواجهات اندلعت مساء اليوم قرب مستوطنة بيت إيل في مدينة البيرة، "
        "رشق خلالها الشبان الجنود بالحجارة."
    )
    assert EventType.RIOTS in {e.event_type for e in _events(text)}
    assert all(e.actor1 is None or "Settlers" not in e.actor1.name for e in _events(text))


@pytest.mark.parametrize(
    ("toll", "dead"),
    [
        # a source's count of the same dead: the lowest stands (ACLED)
        ("وقالت مصادر إن ثمانية من عناصرها قتلوا خلال المواجهات.", 5),
        # ... the dead of another kind, the other side's, come on top ("خمسة من عناصرها" and "ثمانية من مقاتلي
        # الفصائل" are different dead)
        ("وقالت مصادر إن ثمانية من مقاتلي الفصائل قتلوا خلال المواجهات.", 13),
        # ... unless it says its dead come on top of those told
        ("كما قتل اثنان من مقاتلي الفصائل خلال المواجهات.", 7),
    ],
)
def test_a_toll_sentence_restates_or_adds_to_the_toll(toll: str, dead: int) -> None:
    text = "سيطرت قوات النظام اليوم الخميس على بلدة كفرنبودة بعد اشتباكات قتل فيها خمسة من عناصرها. " + toll
    assert [e.fatalities for e in _events(text)] == [dead]


def test_a_verb_beside_the_event_noun_tells_the_event() -> None:
    # the verb before the shells tells their event, though the shells head it
    text = "وانفجرت ثلاث قذائف هاون في موقع غير بعيد."
    assert [e.sub_event_type for e in _events(text, None)] == [SubEventType.SHELLING]


def test_a_verb_far_from_the_event_noun_tells_nothing_of_it() -> None:
    text = 'هاجم وزير الخارجية في كلمته تصريحات نظيره، واصفاً إياها بأنها "قصف إعلامي" لا طائل منه.'
    assert _events(text, None) == []


def test_a_march_attacked_by_soldiers_is_no_drone() -> None:
    text = "وهاجم الجنود المسيرة بالهراوات في بلدة سلوان أمس، واعتدوا بشكل عنيف على المتظاهرين."
    assert SubEventType.AIR_DRONE_STRIKE not in {e.sub_event_type for e in _events(text)}
    assert SubEventType.AIR_DRONE_STRIKE in {
        e.sub_event_type for e in _events("وهاجمت مسيرة إسرائيلية سيارة في بلدة الخيام أمس.")
    }


def test_an_event_noun_coordinated_with_a_planned_one_is_planned_too() -> None:
    text = "وقال المصدر إن المسلحين يخططون منذ أسابيع لشن هجوم واسع والسيطرة على مدينة الميادين."
    doc = marsad.extract(text, published=PUB)
    # "يخطط" reaches the attack, four words on; the capture is planned because it is coordinated with it
    assert {t.family: "future" in t.flags for t in doc.triggers} == {"attack": True, "capture": True}
    assert [e for e in doc.events if not e.historical] == []


def test_a_toll_in_various_parts_of_a_region_is_the_events_toll_not_statistics() -> None:
    text = "قصفت قوات النظام صباح اليوم مناطق متفرقة من ريف إدلب الجنوبي، ما أدى لمقتل طفل."
    assert [e.fatalities for e in _events(text)] == [1]


def test_a_running_total_since_the_war_began_on_a_given_day_is_no_events_toll() -> None:
    text = (
        "قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل صباح اليوم. ومنذ بدء الحملة العسكرية في السادس من نيسان"
        " الماضي، ارتفعت حصيلة القتلى في المنطقة إلى أكثر من 900 مدني."
    )
    assert [e.fatalities for e in _events(text)] == [3]


def test_a_first_since_the_conflict_began_counts_nothing_over_the_period() -> None:
    text = (
        "اعترف المسؤول لأول مرة منذ بدء الصراع بأن مسلحين ارتكبوا المجزرة التي وقعت الأسبوع الماضي في بلدة التريمسة،"
        " وأسفرت عن مقتل 33 شخصا."
    )
    assert [e.fatalities for e in _events(text)] == [33]


def test_a_monthly_reports_date_is_not_the_date_of_what_it_counts() -> None:
    text = (
        "قالت الشبكة في تقريرها الشهري الصادر اليوم إنها وثقت مقتل 260 مدنيا في سوريا خلال نيسان المنصرم،"
        " بينهم 58 طفلا."
    )
    assert _events(text) == []


def test_vehicles_gathering_are_a_traffic_jam_not_a_protest() -> None:
    assert _events("حيث تجمعت مئات السيارات والشاحنات عند مدخل مدينة حمص أمس.") == []
    assert _events("أضرب سائقو الشاحنات في مدينة الحسكة عن العمل أمس احتجاجا على تقليص مخصصات المازوت.") != []


def test_a_conflict_bursting_out_is_no_explosion() -> None:
    assert _events("وانفجر الصراع أمس بين الفصيلين في مدينة الباب.") == []


def test_advancing_without_being_able_to_take_the_town_is_no_capture() -> None:
    text = "تقدمت قوات النظام أمس في أطراف بلدة أوتايا إثر اشتباكات مع جيش الإسلام، دون أن تتمكن من السيطرة عليها."
    assert all(e.event_type is EventType.BATTLES for e in _events(text))
    assert SubEventType.GOVERNMENT_REGAINS not in {e.sub_event_type for e in _events(text)}


def test_a_toll_over_all_the_bombings_told_is_no_single_events_toll() -> None:
    text = (
        "قتل 48 شخصا بتفجيرات انتحارية في مدينة طرطوس صباح اليوم. وفي مدينة جبلة، أدى تفجير سيارة مفخخة"
        " إلى مقتل 53 شخصا. وقال المرصد إن حصيلة ضحايا التفجيرات في المدينتين ارتفعت إلى 148 قتيلا،"
        " فيما تبنى تنظيم داعش التفجيرات."
    )
    assert sorted(e.fatalities for e in _events(text)) == [48, 53]


def test_what_a_court_found_is_a_verdict_not_a_new_event() -> None:
    text = (
        "أصدرت المحكمة العليا في مدينة كوبلنز اليوم حكما بالسجن على ضابط سابق. ورأت المحكمة أن الضابط مسؤول"
        " عن تعذيب أربعة آلاف معتقل ومقتل 27 منهم داخل فرع الخطيب في دمشق."
    )
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "لقي ثلاثة أشخاص حتفهم وأصيب العشرات بحالات اختناق وحروق، جراء الحرائق التي اندلعت أمس في ريف اللاذقية.",
        "وقال المحافظ إن فرق الإطفاء تخوض معركة حقيقية مع النيران في مناطق القرداحة وجبلة، بمساندة طائرات"
        " مروحية تابعة للجيش تقوم بإلقاء المياه على بؤر الحريق.",
    ],
)
def test_wildfires_and_fighting_them_are_no_political_violence(text: str) -> None:
    assert _events(text) == []


def test_the_start_of_a_movement_is_no_event_and_its_date_dates_nothing() -> None:
    text = (
        "تظاهر آلاف من أبناء محافظة السويداء، اليوم الخميس، في ساحة السير وسط مدينة السويداء، في أكبر تجمع منذ"
        " انطلاق الحراك الاحتجاجي قبل نحو أسبوع، مرددين هتافات تطالب برحيل النظام. وشهدت مدينة شهبا وبلدة"
        " القريا مظاهرات مماثلة."
    )
    events = _events(text)
    # one protest per place (the governorate the crowd came from joins its city), all of today
    assert sorted(e.place.location for e in events if e.place) == ["Al Qurayya", "As-Sweida", "Shahba"]
    assert {e.date.iso() for e in events if e.date} == {PUB.isoformat()}


def test_pictures_of_the_dead_carried_by_a_crowd_are_no_fight() -> None:
    text = "خرج المئات أمس في مظاهرة بمدينة الحسكة تنديدا بالعملية التركية، رافعين صور مقاتلين قتلوا في المعارك."
    assert [e.event_type for e in _events(text)] == [EventType.PROTESTS]


def test_protests_told_with_the_violence_they_react_to_are_protests() -> None:
    text = (
        "شهدت مدن وبلدات في ريف حلب الشمالي، مساء أمس الأربعاء 1 من أيار، احتجاجات غاضبة ضد تركيا، على خلفية أعمال"
        " العنف التي استهدفت لاجئين سوريين في ولاية قيصري."
    )
    assert EventType.PROTESTS in {e.event_type for e in _events(text)}


def test_a_crowd_setting_fire_with_a_place_is_a_riot_even_without_a_date() -> None:
    text = "ففي مدينة الباب، أضرم محتجون النار في شاحنات تركية، وأنزلوا الأعلام التركية عن المباني الرسمية."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.VIOLENT_DEMONSTRATION]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وأفاد مسؤولون بأن مهاجماً انتحارياً فجر نفسه خارج مكتب شركة أمنية.", EventType.EXPLOSIONS),
        ("وقال مصدر إن مسلحين مجهولين خطفوا سائقي شاحنتين.", EventType.VIOLENCE_AGAINST_CIVILIANS),
        ("وذكر شهود أن مسلحين أطلقوا النار على سيارة مدنية.", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ],
)
def test_a_reported_fact_with_its_own_subject_before_the_verb_tells_an_event(text: str, event_type: EventType) -> None:
    # no date, place or toll: the verb after its indefinite subject in the reported clause is the sign
    assert event_type in {e.event_type for e in _events(text, published=None)}


def test_a_name_before_the_verb_of_a_reported_clause_is_no_such_sign() -> None:
    assert _events("ويعتقد المسؤولون أن طهران أوقفت برنامجها النووي.", published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت كوريا الشمالية أنها فجرت قنبلتها النووية الثانية في موقع تحت الأرض أمس.",
        "وأجرت كوريا الشمالية تفجيراً نووياً في موقع تحت الأرض أمس.",
    ],
)
def test_a_nuclear_blast_is_a_weapons_test_not_an_attack(text: str) -> None:
    assert _events(text) == []


def test_a_strike_on_a_nuclear_site_is_still_a_strike() -> None:
    events = _events("وقصفت طائرات إسرائيلية منشأة نووية قرب أصفهان أمس.")
    assert [e.sub_event_type for e in events] == [AIR]


def test_a_crowd_storming_a_building_under_fire_is_one_riot_against_the_security_forces() -> None:
    text = (
        "رشق محتجون مبنى السراي في صيدا بالزجاجات الحارقة مساء أمس وحاولوا اقتحامه، "
        "فأطلقت القوى الأمنية الرصاص، ما أدى إلى مقتل شاب."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.VIOLENT_DEMONSTRATION, 1)]
    assert events[0].actor1 is not None and events[0].actor1.name == "Rioters (Lebanon)"
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces of Lebanon")


def test_the_crowds_fight_with_riot_police_is_part_of_its_riot() -> None:
    events = _events("أحرق محتجون سيارات في وسط صيدا أمس واشتبكوا لساعات مع قوات مكافحة الشغب.")
    assert [e.sub_event_type for e in events] == [SubEventType.VIOLENT_DEMONSTRATION]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("هاجم عشرات المسلحين من تنظيم داعش حاجزاً للجيش قرب تدمر أمس واشتبكوا مع عناصره.", EventType.BATTLES),
        ("هاجم عشرات من أهالي القرية منزل شاب متهم بالسرقة قرب تدمر أمس وأضرموا فيه النار.", EventType.RIOTS),
    ],
)
def test_counted_fighters_attacking_are_no_crowd(text: str, event_type: EventType) -> None:
    assert [e.event_type for e in _events(text)] == [event_type]


def test_arrests_told_after_a_protest_at_its_place_and_day_are_its_intervention() -> None:
    text = (
        "تظاهر مئات الطلاب أمام جامعة حمص صباح أمس احتجاجاً على رفع الرسوم. "
        "وأعلنت الشرطة توقيف عشرين شخصاً في حمص أمس."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.PROTEST_WITH_INTERVENTION]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces of Syria")


def test_an_arrest_elsewhere_stays_an_arrest() -> None:
    text = "تظاهر مئات الطلاب أمام جامعة حمص صباح أمس. وأعلنت الشرطة توقيف عشرين شخصاً في حماة أمس."
    assert {e.sub_event_type for e in _events(text)} == {SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS}


def test_protesters_killed_with_the_force_named_in_another_clause_are_a_protest_met_with_force() -> None:
    text = (
        "قتل أربعة متظاهرين في بغداد أمس، عندما أطلقت قوات الأمن العراقية الرصاص الحي على محتجين "
        "حاولوا عبور الجسر."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.EXCESSIVE_FORCE, 4)]
    assert events[0].actor1 is not None and events[0].actor1.name == "Protesters (Iraq)"
    assert events[0].actor2 is not None and "Iraq" in events[0].actor2.name


def test_the_polices_fire_told_after_a_riot_is_how_the_riot_was_met() -> None:
    text = (
        "أغلق محتجون الطرق بالإطارات المشتعلة في مدينة حمص أمس ورشقوا عناصر الشرطة بالحجارة. "
        "وردت الشرطة بالغاز المسيل للدموع والرصاص الحي، ما أدى إلى مقتل شاب."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.VIOLENT_DEMONSTRATION, 1)]


def test_a_killing_a_riot_reacts_to_in_its_own_sentence_stays_apart() -> None:
    text = "رشق محتجون مخفراً للشرطة في حمص بالحجارة أمس، احتجاجاً على مقتل شاب برصاص عنصر من الشرطة."
    assert EventType.VIOLENCE_AGAINST_CIVILIANS in {e.event_type for e in _events(text)}


def test_a_denied_report_tells_no_event() -> None:
    text = (
        "نفى الجيش اليوم صحة أنباء تداولتها مواقع التواصل عن تعرض نقطة تفتيش عسكرية قرب تدمر "
        "لهجوم مسلح أسفر عن سقوط قتلى."
    )
    assert _events(text) == []


def test_a_suicide_bombing_after_a_states_strike_is_not_the_states() -> None:
    text = (
        "ونفذ الجيش الباكستاني ضربة جوية على مجمعات للمسلحين في وزيرستان أمس "
        "أعقبتها هجمات انتحارية أدت إلى مقتل 45 شخصاً."
    )
    bombs = [e for e in _events(text) if e.sub_event_type is SubEventType.SUICIDE_BOMB]
    assert bombs and all(e.actor1 is None or e.actor1.name.startswith("Unidentified") for e in bombs)


def test_a_gathering_dispersed_by_the_gendarmerie_is_a_protest_met_with_intervention() -> None:
    text = (
        "فرقت قوات الدرك الأردنية أمس تجمعات لمئات المعلمين حاولوا الوصول إلى مبنى رئاسة الوزراء في عمّان، "
        "مستخدمة الغاز المسيل للدموع، واحتجزت عدداً منهم."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.PROTEST_WITH_INTERVENTION]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces of Jordan")


def test_the_arresting_force_between_the_verb_and_its_object_word_is_an_arrest() -> None:
    text = "ألقت قوات الأمن المصرية القبض أمس على ستة من عناصر حركة مسلحة في مدينة الجيزة."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ARRESTS]


def test_a_match_told_in_war_words_is_no_event() -> None:
    text = (
        "سحق الفريق ضيفه بأربعة أهداف أمس في الدوري، بعدما شن لاعبوه هجوماً كاسحاً "
        "وقصفوا مرمى الخصم بسلسلة من التسديدات."
    )
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("انفجرت سيارة مفخخة في سوق مدينة الباب أمس ما أسفر عن مقتل ثمانية أشخاص بينهم طفلان.", True),
        ("انفجرت عبوة ناسفة بدورية لقوات النظام قرب تدمر أمس ما أدى إلى مقتل ثلاثة جنود.", False),
        # a figure naming nobody, broken down into people
        ("قصفت قوات النظام بلدة كفرنبل أمس، وبلغ عدد القتلى 9 بينهم ثلاثة أطفال.", True),
        ("قصفت قوات النظام بلدة كفرنبل أمس، وبلغ عدد القتلى 9 بينهم ثلاثة عناصر.", False),
        # no dead: the wounded say whom it struck
        ("أصيب خمسة أشخاص بجروح أمس إثر إلقاء مجهول قنبلة يدوية على محل تجاري في مدينة الباب.", True),
        ("أصيب خمسة جنود بجروح أمس إثر انفجار عبوة ناسفة قرب مدينة الباب.", False),
    ],
)
def test_a_bomb_whose_dead_are_people_struck_civilians(text: str, civilians: bool) -> None:
    (event,) = _events(text)
    assert (event.actor2 is not None and event.actor2.name == "Civilians (Syria)") is civilians
    assert event.civilian_targeting is civilians


@pytest.mark.parametrize(
    "text",
    [
        "ودعا الوزير إلى الابتعاد عن المواجهات العسكرية المحتملة في المنطقة أمس.",
        "وقال إن الممارسات غير المسؤولة فجرت الشارع الفلسطيني أمس.",
    ],
)
def test_a_possible_fight_or_an_exploded_street_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_violence_told_again_with_no_place_or_day_of_its_own_is_the_event_told_before() -> None:
    text = (
        "قتل عنصران من حزب الله ظهر اليوم في غارة نفذتها طائرة مسيرة إسرائيلية على سيارة في بلدة بنت جبيل. "
        "وقال الجيش الإسرائيلي إنه استهدف خلية كانت تستعد لإطلاق صواريخ."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(AIR, 2)]


def test_other_violence_told_after_an_event_with_an_unnamed_doer_stays_its_own() -> None:
    text = (
        "انفجرت عبوة ناسفة بدورية للجيش في بلدة طفس صباح اليوم. "
        "وأطلق قناص النار على سيارة مدنية."
    )
    assert len(_events(text)) == 2


def test_a_barrel_bomb_dropped_by_helicopters_is_an_air_strike() -> None:
    text = "ألقى الطيران المروحي التابع لقوات النظام برميلاً متفجراً على حي الشعار في حلب أمس، ما أدى إلى مقتل رجل وابنه."
    assert [e.sub_event_type for e in _events(text)] == [AIR]


def test_a_toll_sentence_placed_only_by_an_anaphor_is_the_toll_of_the_event_told() -> None:
    text = (
        "أعلنت قوات النظام أمس استعادة السيطرة على مدينة معرة النعمان بعد معارك مع هيئة تحرير الشام. "
        "وقال المرصد إن 17 مقاتلاً من الطرفين قُتلوا في آخر جولات المواجهة داخل المدينة."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.GOVERNMENT_REGAINS, 17)]


def test_a_village_the_gazetteer_lacks_is_shown_as_the_location_evidence() -> None:
    text = "قتل ثلاثة مدنيين أمس بقصف مدفعي على قرية الزعفرانة الصغرى."
    (e,) = marsad.extract(text, published="2020-03-10").events
    assert e.place is None
    assert [text[ev.span.start : ev.span.end] for ev in e.evidence if ev.role is EvidenceRole.LOCATION] == ["الزعفرانة"]
