"""End-to-end extraction on sentences written for these tests, one family of behaviour per test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.model.dates import Precision
from marsad.model.events import EventType, EvidenceRole, SubEventType

PUB = dt.date(2019, 3, 15)  # a Friday


def _events(text: str, published: dt.date | None = PUB, historical: bool = False) -> list[marsad.model.Event]:
    doc = marsad.extract(text, published=published, outlet="Test Outlet")
    return [e for e in doc.events if historical or not e.historical]


def test_capture_by_government_is_government_regains_territory() -> None:
    (e,) = _events("سيطرت قوات النظام صباح اليوم على بلدة السخنة بعد اشتباكات مع تنظيم داعش.")
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert e.actor1 is not None and e.actor1.actor_id == "SYR_STATE"
    assert e.actor2 is not None and e.actor2.actor_id == "ISIS"
    assert e.date is not None and e.date.iso() == "2019-03-15"
    assert e.place is not None and e.place.admin1 == "Homs"


def test_capture_by_non_state_actor() -> None:
    (e,) = _events("سيطرت هيئة تحرير الشام أمس الخميس على مدينة معرة النعمان بعد معارك مع فصائل المعارضة.")
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert e.date is not None and e.date.iso() == "2019-03-14"


@pytest.mark.parametrize(
    ("object_words", "extent", "status"),
    [("أجزاء من بلدة هجين", "foothold", "contested"), ("أغلب أحياء بلدة هجين", "partial", "partial")],
)
def test_partial_capture_is_an_armed_clash(object_words: str, extent: str, status: str) -> None:
    text = f"سيطرت قوات سوريا الديمقراطية اليوم على {object_words} بعد اشتباكات مع داعش."
    doc = marsad.extract(text, published=PUB)
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.extent == extent
    assert [c.status.value for c in doc.control] == [status]


def test_two_neighbourhoods_on_one_day_are_two_events() -> None:
    events = _events("وسيطرت قوات النظام أمس على حيي العمال والعرفي في مدينة دير الزور بعد اشتباكات مع داعش.")
    assert sorted(e.place.location for e in events if e.place) == [
        "Deir ez-Zor - al-Arfi",
        "Deir ez-Zor - al-Ummal",
    ]
    assert {e.date.iso() for e in events if e.date} == {"2019-03-14"}


def test_dozens_killed_is_twelve_split_over_the_events() -> None:
    events = _events(
        "وسيطرت قوات النظام أمس على حيي العمال والعرفي في دير الزور بعد اشتباكات أسفرت عن مقتل العشرات من عناصر داعش."
    )
    assert sum(e.fatalities for e in events) == 12


def test_airstrike_with_civilian_victims() -> None:
    (e,) = _events("قتل أربعة مدنيين بينهم طفلان جراء غارة جوية للطيران الروسي على بلدة الشحيل مساء الأربعاء الماضي.")
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.fatalities == 4
    assert e.actor1 is not None and e.actor1.actor_id == "RUS_STATE" and e.actor1.inter == 8
    assert e.civilian_targeting
    assert e.date is not None and e.date.iso() == "2019-03-13"


def test_unidentified_gunmen_kill_a_civilian() -> None:
    (e,) = _events("اغتال مسلحون مجهولون مختار قرية في ريف درعا الغربي أمس.")
    assert e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED"


def test_protest() -> None:
    (e,) = _events("تظاهر مئات من أهالي مدينة إدلب اليوم الجمعة احتجاجا على الغلاء.")
    assert e.event_type is EventType.PROTESTS
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST


def test_background_history_is_flagged_and_hidden() -> None:
    text = "وكانت مدينة منبج قد خرجت عن سيطرة النظام عام 2012، قبل أن يسيطر عليها تنظيم داعش عام 2014."
    assert _events(text) == []
    hist = _events(text, historical=True)
    assert hist and all(e.historical for e in hist)


def test_negated_and_future_statements_are_not_events() -> None:
    assert _events("لم تسجل أي اشتباكات في مدينة البوكمال منذ أسبوع.") == []
    assert _events("هدد التنظيم بشن هجمات على مدينة الرقة.") == []


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    (e,) = _events("قصفت قوات النظام أمس بلدة خان شيخون بقذائف المدفعية.", published=None)
    assert e.date is None
    assert "event_date" not in e.inferred


def test_every_evidence_span_slices_the_raw_text() -> None:
    text = "قُتِلَ ٣ مدنيين في قصفٍ مدفعيّ لقوات النظام على بلدة كفرنبل صباح اليوم."
    doc = marsad.extract(text, published=PUB)
    assert doc.events
    for e in doc.events:
        for ev in e.evidence:
            assert text[ev.span.start : ev.span.end] == ev.text


def test_the_outlet_is_not_a_place() -> None:
    doc = marsad.extract("وأفاد مصدر لـ”فرات بوست” بأن قوات النظام قصفت حي الحميدية في دير الزور أمس.", published=PUB)
    assert all("فرات" not in (e.place.name_ar if e.place else "") for e in doc.events)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the dateline says where the report was filed; a known place the sentence names is where it happened
        (
            "دمشق – سانا: قال مصدر عسكري إنه حوالي الساعة الثانية من فجر اليوم نفذ العدو الإسرائيلي عدواناً جوياً"
            " من اتجاه الجولان، مستهدفاً بعض النقاط في محيط بلدة الكسوة، ما أدى إلى مقتل عسكريين اثنين.",
            "Al Kiswah",
        ),
        (
            "درعا – توصلت فصائل المعارضة إلى اتفاق مع الجانب الروسي، أمس الجمعة، خلال جولة مفاوضات عقدت في"
            " مدينة بصرى الشام، ينص على وقف إطلاق النار.",
            "Busra al-Sham",
        ),
        # alone, or beside a place the gazetteer does not know, the dateline is the best the text gives
        ("بغداد ـ ا ف ب: قتل ثلاثة اشخاص في انفجار سيارة مفخخة امس.", "Baghdad"),
        ("اسطنبول ـ رويترز: فرقت الشرطة امس آلاف المتظاهرين في حي شيشلي.", "Istanbul"),
    ],
)
def test_a_dateline_is_where_the_report_was_filed(text: str, location: str) -> None:
    (event,) = _events(text)
    assert event.place is not None and event.place.location == location


def test_a_camp_beside_its_town_is_where_the_event_is() -> None:
    text = "استشهد ثلاثة شبان برصاص قوات الاحتلال خلال اقتحامها مخيم نور شمس في طولكرم فجر اليوم."
    (event,) = _events(text)
    assert event.place is not None and (event.place.location, event.fatalities) == ("Nur Shams Camp", 3)
    # the town named after the camp as "المدينة" is where the camp is, not a second place of the event
    text = "قصفت قوات الدعم السريع بالمدفعية مخيم أبو شوك للنازحين شمال المدينة أمس."
    (event,) = _events("تدور معارك في مدينة الفاشر منذ أسابيع. " + text)
    assert event.place is not None and event.place.location == "Abu Shouk Camp"


def test_with_no_place_known_the_country_the_text_names_is_where_it_happens() -> None:
    text = (
        "شهد حي التضامن غربي العاصمة التونسية مساء الجمعة مواجهات بين مئات الشبان ووحدات الأمن"
        " بعد أن رشقها المحتجون بالحجارة."
    )
    (event,) = _events(text, published=dt.date(2021, 1, 16))
    assert event.actor1 is not None and event.actor1.name == "Rioters (Tunisia)"
    # a state that sends its forces abroad says nothing of where the event is: the pack's country stays
    (event,) = _events("قتل خمسة مدنيين بغارات شنتها الطائرات الروسية على بلدة صغيرة أمس.")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"


def test_a_fight_lasting_hours_is_dated_by_its_day() -> None:
    text = (
        "هاجم عناصر من تنظيم داعش فجر اليوم نقطة للجيش في قضاء الحويجة، واشتبكوا مع القوة الماسكة لنحو ساعة"
        " قبل أن يلوذوا بالفرار."
    )
    (event,) = _events(text, published=dt.date(2023, 5, 7))
    assert event.date is not None and event.date.earliest == dt.date(2023, 5, 7)


def test_records_data_version() -> None:
    doc = marsad.extract("قصفت قوات النظام بلدة كفرنبل.", published=PUB)
    from marsad.api import data_versions

    assert doc.data_version.startswith("sy:")
    assert "actors@" in data_versions("sy") and "gazetteer@" in data_versions("sy")


_SENTENCES = [
    "سيطرت قوات النظام على بلدة السخنة.",
    "قتل ثلاثة مدنيين في غارة على إدلب أمس.",
    "تظاهر العشرات في درعا.",
    "انفجرت عبوة ناسفة في الميادين.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4),
    st.text(alphabet=" ،ـًٌٍَُِ\n«»", max_size=3),
)
def test_offsets_always_slice_to_the_evidence(parts: list[str], noise: str) -> None:
    text = noise.join(parts)
    doc = marsad.extract(text, published=PUB)
    for e in doc.events:
        for ev in e.evidence:
            assert text[ev.span.start : ev.span.end] == ev.text
    for c in doc.control:
        for ev in c.evidence:
            assert text[ev.span.start : ev.span.end] == ev.text


@pytest.mark.parametrize("text", ["", "   ", "The army shelled the town yesterday.", "Bonjour a tous", "12345 ..."])
def test_bad_or_foreign_text_gives_no_events_and_a_reason(text: str) -> None:
    doc = marsad.extract(text)
    assert doc.events == []
    assert doc.skipped_reason


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ((dt.date(2017, 10, 1), dt.date(2017, 10, 10)), dt.date(2017, 10, 1)),  # early October
        ((dt.date(2017, 10, 21), dt.date(2017, 10, 31)), dt.date(2017, 10, 31)),  # late October
        ((dt.date(2017, 10, 11), dt.date(2017, 10, 20)), dt.date(2017, 10, 15)),  # mid October
        ((dt.date(2017, 10, 1), dt.date(2017, 10, 31)), dt.date(2017, 10, 16)),  # the whole month
    ],
)
def test_acled_day_for_parts_of_a_month(window: tuple[dt.date, dt.date], expected: dt.date) -> None:
    from marsad.model.dates import DateValue, Precision

    value = DateValue(window[0], window[1], Precision.MONTH)
    assert value.representative == expected
    assert value.iso() == "2017-10"


def test_date_set_off_by_commas_belongs_to_the_event() -> None:
    (e,) = _events("سيطرت قوات النظام، صباح الأربعاء الماضي، على بلدة السخنة بعد معارك مع داعش.")
    assert e.date is not None and e.date.iso() == "2019-03-13"


def test_undated_news_item_is_dated_to_the_days_before_publication() -> None:
    (e,) = _events("قصفت قوات النظام بلدة كفرنبل بقذائف المدفعية وقتل مدنيان.")
    assert e.date is not None and e.date.precision.acled_code == 2
    assert e.date.latest == PUB
    assert "event_date" in e.inferred


def test_unclaimed_bomb_is_an_unidentified_armed_group() -> None:
    (e,) = _events("انفجرت عبوة ناسفة بسيارة مدنية في مدينة الباب أمس ما أدى إلى مقتل ثلاثة أشخاص.")
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED" and e.actor1.inferred
    assert e.fatalities == 3


def test_assassination_without_a_figure_is_one_death_and_of_a_fighter_a_battle() -> None:
    (e,) = _events("اغتال مسلحون مجهولون قياديا في فيلق الشام في مدينة معرة النعمان أمس.")
    assert e.fatalities == 1
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and e.actor2.actor_id == "FAYLAQ_SHAM"


def test_a_word_inside_an_actor_name_is_not_a_trigger() -> None:
    events = _events("اغتال مسلحون مجهولون قياديا في هيئة تحرير الشام في مدينة معرة النعمان أمس.")
    assert [e.sub_event_type for e in events] == [SubEventType.ARMED_CLASH]


def test_withdrawal_then_entry_is_a_non_violent_hand_over() -> None:
    doc = marsad.extract(
        "انسحب عناصر تنظيم داعش من بلدة السخنة دون قتال، لتدخلها قوات النظام صباح اليوم.", published=PUB
    )
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER
    assert (e.actor1.actor_id if e.actor1 else None, e.actor2.actor_id if e.actor2 else None) == ("SYR_STATE", "ISIS")
    assert [(c.actor_id, c.status.value, c.other_actor_id) for c in doc.control] == [("SYR_STATE", "held", "ISIS")]


def test_shelling_by_aircraft_is_an_air_strike() -> None:
    (e,) = _events("قصفت المقاتلات الأمريكية مواقع لتنظيم داعش في بلدة هجين أمس.")
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.actor_id == "USA_STATE"


def test_lam_after_the_attack_names_the_attacker() -> None:
    (e,) = _events("قتل ثلاثة من عناصر الحشد الشعبي بهجوم لمسلحي داعش على حاجز في مدينة البوكمال أمس.")
    assert e.actor1 is not None and e.actor1.actor_id == "ISIS"
    assert e.actor2 is not None and e.actor2.actor_id == "PMF"


def test_dispersed_protest() -> None:
    (e,) = _events("فرقت عناصر هيئة تحرير الشام بالرصاص الحي مظاهرة في بلدة كفرتخاريم أمس.")
    assert e.event_type is EventType.PROTESTS
    assert e.sub_event_type in (SubEventType.EXCESSIVE_FORCE, SubEventType.PROTEST_WITH_INTERVENTION)


@pytest.mark.parametrize(
    "text",
    [
        # the arrests a crowd protests against are no force used on it
        "شهدت مدينة نوى بريف درعا الغربي مظاهرة مسائية رفضاً لحملات الاعتقال التي تشنها الأجهزة الأمنية في المنطقة.",
        # the attack a crowd protests against is no event the report tells, nor is its place the crowd's
        "خرج مئات الطلاب أمس في مسيرة في مدينة إربد احتجاجا على القصف الإسرائيلي على قطاع غزة.",
        "فرقت الشرطة أمس تظاهرة لمئات الطلاب خرجوا من الجامعة في مدينة إربد احتجاجا على القصف الإسرائيلي.",
        # ... nor is the place of what it demands
        "تظاهر الآلاف في مدينة الزرقاء أمس مطالبين بوقف العمليات العسكرية في مدينة معان.",
    ],
)
def test_a_crowds_grievance_is_neither_its_event_nor_its_place(text: str) -> None:
    (event,) = _events(text)
    assert event.event_type is EventType.PROTESTS
    assert event.place is not None and event.place.location in ("Nawa", "Irbid", "Zarqa")
    # dispersed by the police only where the text says so
    assert (event.sub_event_type is SubEventType.PROTEST_WITH_INTERVENTION) is ("فرقت" in text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a symbol burned is a protest's gesture ...
        ("احتشد آلاف المتظاهرين في ساحة الفردوس وسط بغداد أمس وأحرقوا دمية تمثل الرئيس الأمريكي.", "PEACEFUL_PROTEST"),
        ("تظاهر المئات في مدينة البصرة أمس وأحرقوا أعلام إسرائيل.", "PEACEFUL_PROTEST"),
        # ... a building burned is violence
        ("تظاهر المئات في مدينة البصرة أمس وأحرقوا مقر الحزب.", "VIOLENT_DEMONSTRATION"),
    ],
)
def test_burning_a_symbol_is_no_riot(text: str, sub_event_type: str) -> None:
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType[sub_event_type]


def test_an_actor_named_in_the_grievance_is_not_the_side_the_crowd_faced() -> None:
    text = (
        "أغلق شبان غاضبون الطريق في مدينة الزاوية بالإطارات المشتعلة أمس،"
        " احتجاجاً على لقاء وزيرة الخارجية بنظيرها الإسرائيلي."
    )
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION and event.actor2 is None
    # the force that met the crowd, in a clause of its own after the grievance, is its other side
    (event,) = _events("خرج المئات في مدينة الزاوية أمس احتجاجاً على الغلاء، وفرقتهم الشرطة بالغاز المسيل للدموع.")
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Libya")


def test_a_procession_dispersed_is_a_protest_met_with_intervention() -> None:
    (event,) = _events("فرّقت الشرطة بالغاز أمس موكباً كان يتجه نحو مبنى البرلمان في مدينة أم درمان.")
    assert (event.sub_event_type, event.place.location if event.place else None) == (
        SubEventType.PROTEST_WITH_INTERVENTION,
        "Omdurman",
    )


def test_a_clash_with_a_force_over_its_march_is_the_crowds_riot() -> None:
    text = "أصيب ثلاثة شبان خلال مواجهات اندلعت في بلدة بيتا عقب قمع قوات الاحتلال المسيرة الأسبوعية اليوم."
    (event,) = _events(text)
    assert event.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert event.actor1 is not None and event.actor1.name.startswith("Rioters")


def test_arrest_campaign() -> None:
    (e,) = _events("شنت قوات الأمن التابعة للنظام حملة اعتقالات في مدينة الصنمين أمس طالت 12 شابا.")
    assert e.sub_event_type is SubEventType.ARRESTS
    assert e.actor1 is not None and e.actor1.actor_id == "SYR_POLICE"


@pytest.mark.parametrize(
    "text",
    [
        "وأشار المسؤول إلى أن حوادث القتل والخطف تطال التجار في المدينة.",
        "ويتهم الأهالي الفصيل بالضلوع في اختطاف وقتل عدد من المدنيين.",
        # the relative clause describes the attack talked about: it does not report one
        "اتهم الوزير جهات خارجية بالوقوف وراء الهجوم الانتحاري، الذي استهدف مقر الشرطة.",
        # the wounded of an attack told before, visited
        "وتفقد الوزير عددا من الجرحى الذين يتلقون العلاج في مستشفى المدينة.",
        # a campaign's dead, by the thousand: statistics, not one event
        "وتقول منظمات حقوقية إن عشرات الآلاف قتلوا خلال حملة القمع في جنوب العراق.",
    ],
)
def test_talk_about_kinds_of_violence_is_not_an_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وهتف المتظاهرون أمس في ساحة المدينة بشعارات تطالب بالإفراج عن المعتقلين.",
        "خرج مئات من الأهالي في مدينة السويداء احتجاجا على انقطاع الكهرباء.",
    ],
)
def test_a_crowd_of_protesters_acting_is_a_protest(text: str) -> None:
    types = {e.event_type for e in _events(text)}
    assert types == {EventType.PROTESTS}


def test_an_event_told_deep_in_a_long_sentence_needs_more_evidence() -> None:
    event = "بعد أن هاجم مسلحون رجلا في مدينة حمص."
    preamble = (
        "وقال المتحدث في مؤتمر صحفي عقده في العاصمة بعد اجتماع مطول مع ممثلي الأحزاب والنقابات والهيئات "
        "المحلية حول الموازنة العامة والخدمات والكهرباء والمياه والطرق والمدارس في المحافظات الشمالية إن "
        "الحكومة ستواصل عملها "
    )
    assert len(_events(event, published=None)) == 1
    assert _events(preamble + event, published=None) == []
    # with a casualty figure the same late clause still reports an event
    assert len(_events(preamble + "بعد أن قتل مسلحون ثلاثة رجال في مدينة حمص.", published=None)) == 1


def test_a_question_reports_no_event() -> None:
    assert _events("هل قتل مسلحون ثلاثة رجال في مدينة حمص أمس؟") == []
    assert len(_events("وتساءل: «هل تقصف الطائرات الأسواق؟» وقتل مسلحون ثلاثة رجال في مدينة حمص أمس.")) == 1


def _types(text: str) -> list[SubEventType]:
    return [e.sub_event_type for e in _events(text, published=None)]


def test_attackers_withdrawing_after_killing_is_a_battle_not_a_transfer() -> None:
    text = "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام قرب السخنة وقتلوا أربعة من عناصره قبل أن ينسحبوا."
    assert _types(text) == [SubEventType.ARMED_CLASH]
    assert _types("انسحب تنظيم داعش من بلدة السخنة ودخلتها قوات النظام دون قتال.") == [
        SubEventType.NON_VIOLENT_TRANSFER
    ]


@pytest.mark.parametrize(
    "text",
    [
        "نظم موظفو شركة المياه في مدينة حماة اعتصاماً أمام مقر الشركة احتجاجاً على تأخر الرواتب.",
        "شهدت بلدة الحراك في ريف درعا وقفة احتجاجية شارك فيها العشرات.",
        "أضرب تجار سوق الهال في مدينة إدلب عن العمل رفضاً للرسوم الجديدة.",
    ],
)
def test_organising_or_holding_a_named_protest_is_a_protest(text: str) -> None:
    assert {e.event_type for e in _events(text, published=None)} == {EventType.PROTESTS}


def test_a_square_named_after_liberation_is_no_capture() -> None:
    text = "شهدت ساحة التحرير وسط بغداد تظاهرة واسعة شارك فيها آلاف الطلبة."
    assert {e.event_type for e in _events(text, published=None)} == {EventType.PROTESTS}


def test_suffered_an_attack_reports_it_and_by_the_hands_of_names_the_perpetrator() -> None:
    (e,) = _events("تعرض شاب للضرب المبرح على أيدي عناصر من هيئة تحرير الشام قرب مدينة إدلب.", published=None)
    assert e.sub_event_type is SubEventType.ATTACK
    assert e.actor1 is not None and e.actor1.name == "Hayat Tahrir al Sham"


def test_clause_initial_shelling_with_its_subject_is_a_report() -> None:
    (e,) = _events("قصف الجيش السوري مواقع للتنظيم قرب تدمر.", published=None)
    assert e.sub_event_type is SubEventType.SHELLING


def test_another_countrys_army_is_not_this_packs_army() -> None:
    # the army word with another country's adjective is that country's army when the pack knows it
    doc = marsad.extract("قصف الجيش السوداني مواقع المتمردين قرب الخرطوم.")
    assert [m.actor_id for m in doc.actors] == ["SDN_STATE"]
    assert [m.actor_id for m in marsad.extract("قصفت قوات الأمن العراقية مواقع قرب الموصل.").actors] == ["IRQ_POLICE"]
    # and that country's generic force when it does not, named for the country
    doc = marsad.extract("قصف الجيش التشادي مواقع المتمردين قرب مدينة أبشي أمس.", published=dt.date(2020, 5, 2))
    assert [m.actor_id for m in doc.actors] == ["STATE_MILITARY"]
    assert [e.actor1.name for e in doc.events if e.actor1] == ["Military Forces of Chad (1990-2021)"]
    # this country's own adjective, or a descriptive one, keeps the reference
    assert [m.actor_id for m in marsad.extract("قصف النظام السوري بلدة سراقب.").actors] == ["SYR_STATE"]
    assert "ISIS" in {m.actor_id for m in marsad.extract("هاجم التنظيم الإرهابي مواقع قرب تدمر.").actors}
    # a named force qualified by another country is that country's force of the kind
    assert [m.actor_id for m in marsad.extract("اقتحم جيش الاحتلال التركي قرية قرب رأس العين.").actors] == ["TUR_STATE"]


@pytest.mark.parametrize(
    ("text", "published", "force"),
    [
        ("فرقت الشرطة تظاهرة في مدينة الخرطوم بحري أمس.", "2022-01-18", "Police Forces of Sudan (2019-)"),
        ("فرقت الشرطة تظاهرة في مدينة الخرطوم أمس.", "2018-12-26", "Police Forces of Sudan (1989-2019)"),
        ("فرقت الشرطة المصرية تظاهرة في مدينة الإسكندرية أمس.", "2019-09-21", "Police Forces of Egypt (2014-)"),
        ("فرقت الشرطة تظاهرة في مدينة إربد أمس.", "2022-12-16", "Police Forces of Jordan (1999-)"),
        # (Yemen's rival governments: the pack gives no period it is not sure of)
        ("فرقت الشرطة تظاهرة في مدينة تعز أمس.", "2023-05-04", "Police Forces of Yemen"),
        ("فرقت الشرطة تظاهرة في مدينة صفاقس أمس.", "2020-06-22", "Police Forces of Tunisia (2019-)"),
    ],
)
def test_a_force_abroad_is_named_by_its_governments_period(text: str, published: str, force: str) -> None:
    events = marsad.extract(text, published=published).events
    assert [e.actor2.name if e.actor2 else "" for e in events] == [force]


def test_the_army_of_where_it_happened() -> None:
    events = marsad.extract(
        "اندلعت اشتباكات بين الجيش وقوات الدعم السريع في مدينة الخرطوم بحري أمس.", published=PUB
    ).events
    # (named by al-Bashir's rule, which ended on 11 April 2019)
    assert [e.actor1.name if e.actor1 else "" for e in events] == ["Military Forces of Sudan (1989-2019)"]
    events = marsad.extract("اعتقلت الشرطة خمسة مطلوبين في مدينة البصرة أمس.", published=PUB).events
    assert [e.actor1.name if e.actor1 else "" for e in events] == ["Police Forces of Iraq (2018-2020)"]
    assert events[0].actor1 is not None and events[0].actor1.inter == 1
    # in Syria the same words are Syria's
    events = marsad.extract("اعتقلت الشرطة خمسة مطلوبين في مدينة حمص أمس.", published=PUB).events
    assert [e.actor1.name if e.actor1 else "" for e in events] == ["Police Forces of Syria (2000-)"]


def test_a_funeral_crowd_is_no_protest_and_mourned_victims_no_excessive_force() -> None:
    assert _events("شارك المئات في تشييع جثامين الضحايا في مدينة دوما.") == []
    (e,) = _events("تظاهر المئات خلال تشييع جثامين الضحايا في مدينة دوما أمس.")
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST


def test_a_question_clause_does_not_silence_the_report_before_it() -> None:
    (e,) = _events("قصفت قوات النظام بلدة اللطامنة، فهل تنهار الهدنة؟")
    assert e.sub_event_type is SubEventType.SHELLING
    doc = marsad.extract("قصف الجيش مواقع التنظيم قرب تدمر.")
    assert "SYR_STATE" in {m.actor_id for m in doc.actors}


def test_a_count_over_a_long_period_is_statistics_not_an_event() -> None:
    assert _events("وثق المرصد مقتل أكثر من ثلاثة آلاف شخص في مختلف المناطق السورية منذ مطلع العام الجاري.") == []


def test_an_unknown_place_after_a_cue_still_situates_the_event() -> None:
    # (Brital, the first example, now has its Arabic name in towns-abroad.yaml)
    (e,) = _events("أطلق مسلح النار على شاب في بلدة طاريا مساء السبت، فأرداه قتيلاً.", published=None)
    assert e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
    assert e.place is None  # situated, but the gazetteer does not know the town: no coordinates guessed


def test_an_unattributed_air_strike_takes_the_air_force_the_report_names() -> None:
    text = (
        "قتل ثلاثة مدنيين في مدينة إدلب أمس بسبب القصف الجوي المكثف. "
        "وتأتي هذه التطورات في ظل استمرار غارات من قبل طيران الروس على ريف إدلب."
    )
    strikes = [e for e in _events(text) if e.sub_event_type is SubEventType.AIR_DRONE_STRIKE]
    assert strikes and all(
        e.actor1 is not None and e.actor1.name == "Military Forces of Russia (2000-)" for e in strikes
    )
    assert strikes[0].actor1 is not None and strikes[0].actor1.inferred
    # with no air force named anywhere, the strike keeps no actor rather than a guessed one, where several
    # fly unnamed (the east of Syria from September 2014: see pack.yaml air_force_in)
    (alone,) = _events("قتل ثلاثة مدنيين في مدينة الميادين أمس بسبب القصف الجوي المكثف.")
    assert alone.actor1 is None


def test_a_withdrawal_after_clashes_is_a_battle_and_the_side_that_left_lost_the_place() -> None:
    doc = marsad.extract("انسحب تنظيم داعش من بلدة السخنة بعد اشتباكات مع قوات النظام.", published=PUB)
    assert [e.sub_event_type for e in doc.events] == [SubEventType.ARMED_CLASH]
    assert [(c.actor_id, c.status.value) for c in doc.control] == [("ISIS", "lost")]


@pytest.mark.parametrize(
    "text",
    [
        "تعتزم فعاليات مدنية في مدينة إعزاز تنظيم وقفة احتجاجية يوم الجمعة المقبل.",
        "وسيقصف الطيران مواقع الفصائل في ريف إدلب غداً.",
    ],
)
def test_planned_events_and_future_verbs_report_nothing(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published on a Friday: today's Saturday is the local day after an outlet's UTC date
        ("قتل ثلاثة مدنيين اليوم السبت بقصف مدفعي لقوات النظام على مدينة حلب.", "2019-03-16"),
        # yesterday's Saturday cannot follow Friday's publication: the week between the readings
        ("قتل ثلاثة مدنيين أمس السبت بقصف مدفعي لقوات النظام على مدينة حلب.", "2019-03-11"),
    ],
)
def test_a_past_event_whose_weekday_contradicts_its_day_word_is_kept(text: str, day: str) -> None:
    (event,) = _events(text)
    assert event.fatalities == 3
    assert event.date is not None and event.date.representative.isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "وثق المرصد مقتل 112 مدنياً في محافظة إدلب خلال شهر أيار.",
        "قتل 45 شخصاً في محافظة درعا خلال الأسبوع الماضي في عمليات اغتيال متفرقة.",
    ],
)
def test_counts_over_a_month_or_week_are_statistics(text: str) -> None:
    assert _events(text) == []


def test_a_raid_to_arrest_people_is_the_arrest_unless_fighting_is_told() -> None:
    raid = _events("اقتحمت قوات الأمن حي طريق السد في مدينة درعا صباح اليوم، وداهمت عدة منازل، واعتقلت خمسة شبان.")
    assert [e.sub_event_type for e in raid] == [SubEventType.ARRESTS]
    fight = _events("اقتحمت قوات النظام بلدة كفرنبل اليوم بعد اشتباكات مع الفصائل واعتقلت العشرات.")
    assert {e.sub_event_type for e in fight} == {SubEventType.ARMED_CLASH, SubEventType.ARRESTS}


def test_violence_for_private_reasons_is_crime_not_political_violence() -> None:
    assert _events("أطلق مسلح النار على شاب في بلدة بريتال إثر خلاف عائلي، فأرداه قتيلاً.") == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("حاول مسلحون مجهولون اغتيال رئيس المجلس المحلي في بلدة طفس أمس، إلا أنه نجا.", SubEventType.ATTACK),
        ("نجا قيادي في الفصائل من محاولة اغتيال بعبوة ناسفة انفجرت بسيارته في مدينة الباب أمس.", None),
        ("نجا محافظ درعا من محاولة اغتيال بسيارة مفخخة استهدفت موكبه في مدينة درعا أمس.", None),
    ],
)
def test_an_attempted_assassination_is_one_event_without_deaths(text: str, sub: SubEventType | None) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is (sub or SubEventType.REMOTE_EXPLOSIVE)
    assert e.fatalities == 0


def test_refusing_to_do_violence_reports_none() -> None:
    assert _events("عزلت السلطات ضباطاً بسبب رفضهم قتل متظاهرين في مدينة حماة أمس.") == []


def test_a_killing_told_with_an_arrest_is_an_event_of_its_own() -> None:
    subs = {e.sub_event_type for e in _events("اعتقلت قوات النظام شابين في مدينة درعا أمس وقتلت ثالثاً حاول الفرار.")}
    assert subs == {SubEventType.ARRESTS, SubEventType.ATTACK}
    attacks = [e for e in _events("قتل شاب في بلدة البوكمال أمس تحت التعذيب بعد اعتقاله بأيام.") if e.fatalities]
    assert [(e.sub_event_type, e.fatalities) for e in attacks] == [(SubEventType.ATTACK, 1)]


def test_a_crowd_counted_in_the_protest_verb_is_the_crowds_size() -> None:
    (e,) = _events("وتجمع مئات من المعلمين أمام الكاتدرائية.", published=None)
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST


def test_an_attack_in_words_is_no_event() -> None:
    assert _events("شن الإعلامي هجوماً لاذعاً على الحكومة بسبب ارتفاع الأسعار.", published=None) == []


def test_a_headline_without_a_verb_tells_an_event() -> None:
    (e,) = _events("مظاهرات في مدينة سلقين رفضاً لممارسات هيئة تحرير الشام.", published=None)
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST
    # the same noun inside a sentence is no headline
    assert _events("وتحدث التقرير عن المظاهرات في مدينة سلقين.", published=None) == []


def test_a_date_in_a_relative_clause_dates_what_it_describes_not_the_event() -> None:
    text = "ويعتصم آلاف المتظاهرين في وسط مدينة حماة، ويطالبون باستقالة المحافظ، الذي عيّنه الرئيس عام 2012."
    (e,) = _events(text, published=None)
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST and e.date is None and not e.historical


@pytest.mark.parametrize(
    "text",
    [
        "أقدم شخص على إطلاق النار على صاحب محل في حي الكرادة فأصابه بجروح.",
        "عمد مجهولون إلى تفجير سيارة في مدينة الباب.",
    ],
)
def test_a_periphrastic_did_reports_its_verbal_noun(text: str) -> None:
    assert _events(text, published=None)


def test_did_with_a_participant_is_no_event() -> None:
    assert _events("وقام عدد من المتظاهرين بتعليق لافتات على شجرة الميلاد.", published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        # a court's sentence and the death penalty are not executions
        "أصدرت محكمة الإرهاب في دمشق اليوم حكماً بالإعدام على ثلاثة أشخاص.",
        "قضت محكمة جنايات دمشق اليوم السبت بإعدام 12 متهماً والسجن المؤبد لسبعة آخرين.",
        "وناقش المؤتمر في دمشق أمس عقوبة الإعدام في القانون السوري.",
        # private quarrels are crime, not political violence
        "قتل رجل شقيقه بسبب خلاف على الميراث في بلدة الصنمين أمس.",
        "أصيب شابان في مشاجرة بالسكاكين في حي الميدان بدمشق أمس.",
        # accidents and celebratory fire
        "توفي ثلاثة أشخاص وأصيب آخرون بحادث سير على طريق حمص حماة أمس.",
        "لقي خمسة أشخاص حتفهم إثر حادث تصادم بين حافلة وشاحنة على طريق حمص حماة أمس.",
        "ارتفع عدد ضحايا حادثة تسرب غاز الكلور السام في ميناء اللاذقية إلى ١٣ وفاة و٢٥١ إصابة صباح اليوم.",
        "انفجرت أسطوانة غاز داخل مطعم في حي المزة بدمشق أمس بسبب خلل فني.",
        "أصيب طفل برصاصة طائشة في مدينة درعا أمس خلال حفل زفاف.",
        # what someone is charged with is not an event
        "أفرجت السلطات أمس عن شاب متهم بالسرقة في مدينة جرمانا.",
        # a condition is not an event
        "حذرت الأمم المتحدة من كارثة إنسانية في حال شن هجوم عسكري على محافظة إدلب.",
    ],
)
def test_sentences_courts_crime_accidents_and_conditions_are_not_events(text: str) -> None:
    assert _events(text) == []


def test_people_held_then_killed_are_fatalities_not_an_arrest() -> None:
    events = _events("أعدمت قوات النظام ثلاثة معتقلين في سجن صيدنايا أمس.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ATTACK, 3)]


def test_a_denial_in_the_subjunctive_reports_nothing() -> None:
    assert _events("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في بلدة كفرنبل أمس.") == []
    # the same bombardment affirmed is an event
    assert len(_events("أكدت مصادر محلية أن طائرات روسية قصفت مستشفى في بلدة كفرنبل أمس.")) == 1


def test_an_event_remembered_on_its_anniversary_is_history_with_its_own_date() -> None:
    text = (
        "يصادف اليوم الذكرى السنوية الخامسة لمجزرة الكيماوي في الغوطة الشرقية، "
        "التي قُتل فيها أكثر من 1400 شخص في 21 آب 2013."
    )
    doc = marsad.extract(text, published=dt.date(2018, 8, 21))
    assert doc.events and all(e.historical for e in doc.events)
    assert {e.date.earliest if e.date else None for e in doc.events} == {dt.date(2013, 8, 21)}
    # with no past date given, the date stays unknown rather than the day of the commemoration
    bare = marsad.extract("أحيا الأهالي اليوم الذكرى الأربعين لمجزرة حماة.", published=dt.date(2022, 2, 2))
    assert all(e.historical and e.date is None for e in bare.events)


def _control(text: str) -> list[tuple[str, str, str]]:
    doc = marsad.extract(text, published=dt.date(2020, 3, 10))
    return [(c.kind, c.actor_id, c.place.location if c.place else c.place_text) for c in doc.control]


def test_the_latter_names_the_side_that_withdrew() -> None:
    facts = _control(
        "سيطر تنظيم الدولة على مدينة تدمر بعد معارك عنيفة مع قوات النظام انتهت بانسحاب الأخيرة من المدينة."
    )
    assert ("capture", "ISIS", "Tadmor") in facts
    assert ("loss", "SYR_STATE", "Tadmor") in facts
    assert ("loss", "ISIS", "Tadmor") not in facts
    # the fight that ended in the withdrawal of the side named after it: that side lost the ground, and
    # where it went (a site in the middle of the city) is no place of the events
    text = (
        "تمكنت قوات الأسايش أمس من فرض سيطرتها الكاملة على حي غويران في مدينة الحسكة، بعد اشتباكات استمرت ساعات"
        " وانتهت بانسحاب عناصر الدفاع الوطني نحو المربع الأمني وسط المدينة."
    )
    facts = _control(text)
    assert ("loss", "NDF", "Al-Hasakeh - Ghuwayran") in facts
    assert ("loss", "ASAYISH", "Al-Hasakeh - Ghuwayran") not in facts
    events = marsad.extract(text, published=dt.date(2020, 3, 10)).events
    assert [e.place.location for e in events if e.place] == ["Al-Hasakeh - Ghuwayran"]
    # "the latter" after a definite noun is an adjective and names nobody
    doc = marsad.extract("قصفت قوات النظام بلدة كفرنبل خلال الساعات الأخيرة.", published=dt.date(2020, 3, 10))
    assert all(not m.anaphoric for m in doc.actors)


def test_no_control_fact_for_a_town_known_only_by_its_region() -> None:
    # the village is not in the gazetteer: the event is coded to its region, but nobody took that region's town
    text = "سيطرت قوات النظام على قرية الحويز في سهل الغاب بعد اشتباكات مع فصائل المعارضة."
    assert _control(text) == []
    assert _control("سيطرت قوات النظام على بلدة كفرنبل بعد اشتباكات مع فصائل المعارضة.") == [
        ("capture", "SYR_STATE", "Kafr Nabl")
    ]


def test_people_leaving_a_building_lose_no_ground() -> None:
    assert _control("خرج الأهالي من الجامع العمري في درعا أمس مطالبين بالإفراج عن المعتقلين.") == []


def test_another_village_of_the_same_name_is_coded_near_the_known_one() -> None:
    doc = marsad.extract(
        "سيطرت قوات سوريا الديمقراطية على بلدة الباغوز تحتاني في ريف دير الزور الشرقي أمس.",
        published=dt.date(2019, 3, 10),
    )
    assert [e.place.geo_precision for e in doc.events if e.place] == [2]
    # the town coded is only near what changed hands: no claim that it is held
    assert doc.control == []
    known = marsad.extract(
        "سيطرت قوات سوريا الديمقراطية على بلدة الباغوز في ريف دير الزور الشرقي أمس.", published=dt.date(2019, 3, 10)
    )
    assert [e.place.geo_precision for e in known.events if e.place] == [1]
    assert [c.actor_id for c in known.control] == ["SDF"]


def test_a_few_days_span_without_a_toll_is_one_event_at_week_precision() -> None:
    events = _events("قصفت قوات النظام بلدة كفرنبل خلال الأيام الماضية.")
    assert [(e.sub_event_type, e.date.precision.value if e.date else None) for e in events] == [
        (SubEventType.SHELLING, "week")
    ]
    # a toll over the same span is statistics over several events
    assert _events("قتل 20 مدنيا بقصف قوات النظام على بلدة كفرنبل خلال الأيام الماضية.") == []


def test_a_body_found_days_after_an_abduction_is_a_killing() -> None:
    events = _events(
        "عثر الأهالي على جثة شاب مقتولاً بطلقات نارية في بلدة الشحيل أمس، بعد يومين من اختطافه على يد مجهولين."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ATTACK, 1)]
    # an air strike named as the cause of a death is still the event ("إثر" is no span of days)
    strike = _events("أعلن متحدث باسم الجيش الأمريكي أمس مقتل قيادي في تنظيم داعش إثر ضربة جوية في ريف دير الزور.")
    assert [e.sub_event_type for e in strike] == [SubEventType.AIR_DRONE_STRIKE]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("عثرت الشرطة على ثلاث جثث لرجلين وامرأة قتلوا بالرصاص في مدينة بعقوبة أمس.", 3),
        ("عثرت الشرطة على جثتين مجهولتي الهوية لرجلين قتلا بالرصاص في مدينة بعقوبة أمس.", 2),
        # two figures that are not the bodies and their people still add up
        ("قتل رجلان وامرأة بالرصاص في مدينة بعقوبة أمس.", 3),
    ],
)
def test_whose_the_bodies_were_counts_the_same_dead(text: str, dead: int) -> None:
    assert [e.fatalities for e in _events(text)] == [dead]


def test_civilians_before_a_passive_killing_word_are_its_victims() -> None:
    events = _events("عثر الأهالي على جثة لرجل مجهول الهوية قتل بالرصاص في بلدة الميادين أمس.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events] == [
        ("Unidentified Armed Group (Syria)", "Civilians (Syria)")
    ]


def test_an_event_a_span_is_counted_from_is_no_news() -> None:
    # "منذ" + an event: it happened before the news, which is the effort or the toll since
    effort = _events(
        "قتل 21 مقاتلاً أمس السبت في اشتباكات بين فصائل الجيش الوطني السوري وقوات سوريا الديمقراطية قرب منبج."
        " ويحاول الجيش الوطني منذ سيطرته على منبج مطلع الشهر الجاري التقدم نحو مدينة عين العرب.",
        published=dt.date(2024, 12, 22),
    )
    assert [e.sub_event_type for e in effort] == [SubEventType.ARMED_CLASH]
    toll = _events("استمرت المظاهرات الغاضبة في أنحاء البلاد ووصل عدد القتلى الى 38 منذ اغتيال رئيسة الوزراء.")
    assert SubEventType.ATTACK not in [e.sub_event_type for e in toll]


def test_a_hospital_a_source_speaks_from_is_no_place_of_a_new_event() -> None:
    events = _events(
        "قتل 30 شخصاً صباح أمس بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد."
        " وقالت مصادر طبية في مستشفى الإمام علي إن حصيلة القتلى بلغت 26."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.REMOTE_EXPLOSIVE, 26)]
    # and the dead the event's own sentence named were people: civilians, though the later toll names nobody
    assert [e.actor2.name if e.actor2 else None for e in events] == ["Civilians (Iraq)"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a breakdown told in a later sentence, then another source's count: the lowest count, nothing added
        (
            "قتل 17 شخصاً أمس في غارة جوية على حي الثورة في مدينة أم درمان. وقالت لجنة الطوارئ إن بين القتلى"
            " خمس نساء وأربعة أطفال. وذكرت مصادر طبية في مستشفى النو أن عدد القتلى بلغ 20.",
            17,
        ),
        # the event's sentence ends on a word for it with no dead of its own: the later count is still of its dead
        (
            "قتل 17 شخصاً أمس في غارة جوية على حي الثورة في مدينة أم درمان، وفق لجنة الطوارئ التي حمّلت طيران"
            " الجيش مسؤولية القصف. وذكرت مصادر طبية في مستشفى النو أن عدد القتلى بلغ 20.",
            17,
        ),
        # an update names the bodies it counts: the update's figure
        (
            "قتل 11 مدنياً أمس في غارة جوية على منزل في حي الشجاعية بمدينة غزة. وأفادت مصادر طبية بأن حصيلة"
            " القتلى ارتفعت إلى 13 بعد انتشال جثتين من تحت الأنقاض.",
            13,
        ),
    ],
)
def test_each_toll_sentence_is_a_new_count_of_the_dead_told(text: str, dead: int) -> None:
    assert [e.fatalities for e in _events(text)] == [dead]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the attackers the defenders killed are more dead, though a contrast and a reporting verb stand between
        (
            "اندلعت اشتباكات عنيفة فجر اليوم بين الجيش ومسلحي الحوثي في جبهة الكسارة قرب مدينة مأرب. وقال مصدر"
            " عسكري إن الجيش صد الهجوم، وإن 23 من المهاجمين قتلوا، فيما قُتل 6 من أفراد الجيش.",
            29,
        ),
        # ... and a side's claim of the defenders' dead is set beside the defenders' own count: the lowest
        (
            "هاجم مسلحون من حركة الشباب فجر اليوم قاعدة للجيش الصومالي في بلدة أفجوي. وقال ضابط في الجيش إن"
            " أربعة جنود قتلوا، وإن القوات قتلت سبعة من المهاجمين. في المقابل، زعمت الحركة في بيان أنها قتلت"
            " 15 جنديا.",
            11,
        ),
    ],
)
def test_the_dead_of_each_side_add_up_and_a_claim_counts_its_own_kind(text: str, dead: int) -> None:
    assert [e.fatalities for e in _events(text)] == [dead]


def test_a_fight_with_a_crowd_is_the_crowds_riot() -> None:
    events = _events("قتل ثلاثة محتجين أمس بنيران حراس مقر أحد الفصائل في مدينة الديوانية بعدما حاولوا اقتحامه.")
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [
        (SubEventType.VIOLENT_DEMONSTRATION, "Rioters (Iraq)")
    ]


def test_a_massacre_by_warplanes_is_an_air_strike() -> None:
    events = _events("ارتكبت الطائرات الحربية الروسية صباح اليوم مجزرة في سوق مدينة جسر الشغور راح ضحيتها تسعة مدنيين.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.AIR_DRONE_STRIKE, 9)]


def test_an_arrest_on_a_charge_is_an_arrest_not_the_charge() -> None:
    events = _events("اعتقلت قوات النظام شابا بتهمة التظاهر في مدينة درعا أمس.")
    assert [e.sub_event_type for e in events] == [SubEventType.ARRESTS]


def test_state_media_killing_with_destruction_is_one_clash() -> None:
    events = _events(
        "قضت وحدات من الجيش العربي السوري على عدد من إرهابيي جبهة النصرة ودمرت أوكارهم في بلدة كفرزيتا أمس."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ARMED_CLASH, 3)]
    assert events[0].actor1 is not None and events[0].actor1.actor_id == "SYR_STATE"
    assert events[0].actor2 is not None and events[0].actor2.actor_id == "HTS"


def test_a_date_after_a_name_that_holds_an_event_word_still_dates_the_event() -> None:
    # "تحرير" inside "هيئة تحرير الشام" makes no clause an event's own: the date after it is free
    events = _events(
        "اندلعت اشتباكات عنيفة بين قوات النظام والمسلحين الموالين لها من جهة، "
        "وهيئة تحرير الشام من جهة أخرى قرب اللطامنة أمس."
    )
    yesterday = PUB - dt.timedelta(days=1)
    assert [(e.date.earliest, e.date.precision.value) for e in events if e.date] == [(yesterday, "day")]
    assert events[0].actor2 is not None and events[0].actor2.actor_id == "HTS"


def test_a_general_strike_told_by_closed_shops_is_a_protest() -> None:
    events = _events("أغلقت المحال التجارية أبوابها في درعا البلد اليوم في إضراب عام، احتجاجاً على الحصار.")
    assert [e.sub_event_type for e in events] == [SubEventType.PEACEFUL_PROTEST]
    assert _events("أغلقت المحال التجارية أبوابها في دمشق اليوم بمناسبة عيد الفطر.") == []


@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        (
            "فككت الوحدات الهندسية في الجيش الوطني عبوة ناسفة زرعها مجهولون في مدينة الباب أمس.",
            "SNA",
            "UNIDENTIFIED_ARMED",
        ),
        ("أسقطت الدفاعات الجوية السورية طائرة مسيرة في ريف حماة أمس.", "SYR_STATE", None),
        ("أحبطت قوات الأمن الداخلي محاولة لتفجير سيارة مفخخة في مدينة الرقة أمس.", "ASAYISH", None),
    ],
)
def test_a_weapon_kept_from_use_is_disrupted_weapons_use(text: str, doer: str, owner: str | None) -> None:
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.DISRUPTED_WEAPONS]
    assert events[0].actor1 is not None and events[0].actor1.actor_id == doer
    assert (events[0].actor2.actor_id if events[0].actor2 else None) == owner
    assert events[0].fatalities == 0


def test_a_disaster_s_dead_are_no_political_violence() -> None:
    text = "ضرب زلزال عنيف مناطق في شمال البلاد أمس، وراح ضحيته أكثر من مئة شخص بين قتيل وجريح."
    assert _events(text) == []


def test_every_event_of_a_sentence_remembering_an_anniversary_is_history() -> None:
    text = (
        "تمر اليوم الذكرى العاشرة لمجزرة الكيماوي في الغوطة الشرقية، التي راح ضحيتها أكثر من 1400 شخص، "
        "إثر قصف قوات النظام المنطقة بصواريخ محملة بغاز السارين."
    )
    doc = marsad.extract(text, published=dt.date(2023, 8, 21))
    assert doc.events and all(e.historical and e.date is None for e in doc.events)


@pytest.mark.parametrize("verb", ["وافقت", "توافق", "وتحل"])
def test_a_verb_of_an_anniversary_falling_due_that_begins_with_waw_announces_it(verb: str) -> None:
    """ "وافقت" begins with the letter of the conjunction: taking "و" off before the look-up lost it."""
    text = (
        f"{verb} اليوم الذكرى الخمسون لاندلاع الحرب الأهلية، التي بدأت في 13 نيسان 1975 بحادثة في عين الرمانة"
        " واستمرت خمسة عشر عاما، وخلفت أكثر من 150 ألف قتيل."
    )
    doc = marsad.extract(text, published=dt.date(2025, 4, 13))
    assert doc.events and all(e.historical for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر المئات أمس في مدينة درعا في الذكرى الثالثة لانطلاق الاحتجاجات.",
        "خرج المئات أمس في مسيرة بمدينة درعا لإحياء ذكرى انطلاق الاحتجاجات في المدينة.",
        # (the date the anniversary names is the remembered event's, not the news told before it)
        "اندلعت مواجهات ليل أمس بين محتجين وقوات الأمن في مدينة درعا، في الذكرى الثالثة لانطلاق احتجاجات 18 آذار.",
    ],
)
def test_what_a_sentence_tells_before_the_anniversary_it_names_as_its_occasion_is_news(text: str) -> None:
    doc = marsad.extract(text, published=dt.date(2014, 3, 20))
    (e,) = doc.events
    assert not e.historical and e.date is not None and e.date.earliest == dt.date(2014, 3, 19)


def test_the_kin_of_people_held_are_no_abduction_of_the_day() -> None:
    """ "ذوو المختطفين" names who the protesters are: the abducted were taken long ago."""
    events = _events("نظم ذوو المختطفين وقفة احتجاجية أمام مبنى المحافظة في مدينة دهوك اليوم.")
    assert [e.event_type for e in events] == [EventType.PROTESTS]


def test_a_resignation_in_protest_is_no_protest_and_leaves_the_toll_to_the_event() -> None:
    text = (
        "قُتل 18 متظاهراً أمس عندما أطلقت قوات الأمن الرصاص الحي لتفريق محتجين وسط مدينة الناصرية. وقالت مفوضية"
        " حقوق الإنسان إن الحصيلة بلغت 25 قتيلاً، وأعلن المحافظ استقالته احتجاجاً على سفك الدماء."
    )
    events = marsad.extract(text, published=dt.date(2019, 11, 29)).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.EXCESSIVE_FORCE, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "اختتمت اليوم فعاليات التمرين العسكري المشترك في الزرقاء، حيث نُفذت رمايات وقصف مدفعي على أهداف افتراضية.",
        "نفذ الجيش مناورات عسكرية في صحراء الأنبار اليوم، شملت قصفاً مدفعياً وإنزالاً جوياً يحاكي هجوماً إرهابياً.",
    ],
)
def test_a_military_drill_s_fire_and_staged_attack_are_no_event(text: str) -> None:
    assert _events(text) == []


def test_the_latest_victims_told_with_their_blast_are_its_dead() -> None:
    """ "وكان آخر الضحايا ثلاثة مدنيين قضوا بانفجار لغم": one blast, whose dead are the three ("الضحايا" says
    killed or wounded, "قضوا" that they died)."""
    text = (
        "وثق المرصد مقتل 1254 شخصاً في مختلف المناطق السورية خلال شهر تموز الفائت. وكان آخر الضحايا ثلاثة مدنيين"
        " قضوا صباح أمس بانفجار لغم من مخلفات الحرب قرب بلدة الشحيل."
    )
    events = marsad.extract(text, published=dt.date(2018, 8, 1)).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.REMOTE_EXPLOSIVE, 3)]


def test_a_fight_on_two_days_named_is_one_event_a_day_with_its_dead_split() -> None:
    """ACLED: events are daily, a total over several days split evenly with the remainder on the first day."""
    text = "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية يومي السبت والأحد، ما أدى إلى مقتل خمسة أشخاص."
    events = marsad.extract(text, published=dt.date(2020, 9, 7)).events
    assert [(e.date.earliest if e.date else None, e.fatalities) for e in events] == [
        (dt.date(2020, 9, 5), 3),
        (dt.date(2020, 9, 6), 2),
    ]
    assert all(e.date is not None and e.date.precision is Precision.DAY for e in events)


def test_ground_taken_over_two_days_named_is_held_from_the_last() -> None:
    text = "سيطرت قوات النظام على بلدة كفرنبل بعد معارك مع الفصائل يومي السبت والأحد."
    doc = marsad.extract(text, published=dt.date(2020, 9, 7))
    assert len(doc.events) == 2
    assert {c.date.earliest for c in doc.control if c.date is not None} == {dt.date(2020, 9, 6)}


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت مواجهات بين قوات الأمن ومئات الشبان في مدينة سليانة مساء أمس.",
        "شهدت مدينة سليانة مساء أمس مواجهات بين قوات الأمن والشبان.",
    ],
)
def test_youths_named_second_in_confrontations_with_a_force_riot(text: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2021, 1, 18)).events
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Tunisia (2019-)"


def test_ground_taken_before_the_news_its_sentence_tells_is_its_background() -> None:
    text = (
        "وفي حي المنصور بمدينة الموصل، قتل أربعة مدنيين السبت الماضي بقذائف هاون أطلقها التنظيم على منازل السكان"
        " بعد استعادة القوات الحكومية للحي."
    )
    doc = marsad.extract(text, published=dt.date(2017, 3, 20))
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [(SubEventType.SHELLING, 4)]
    assert doc.control == []
    # (with a day of its own it is news too)
    dated = "يخوض المقاتلون اشتباكات مع قوات النظام في حمص، بعد سيطرتهم فجر اليوم على مدينة الرستن."
    places = {e.place.location for e in marsad.extract(dated, published=dt.date(2024, 12, 7)).events if e.place}
    assert places == {"Homs", "Ar-Rastan"}


@pytest.mark.parametrize(
    ("text", "published", "taker", "loser"),
    [
        ("سيطرت قوات النظام أمس على مدينة تدمر بعد انسحاب عناصر تنظيم داعش منها.", "2017-03-03", "SYR_STATE", "ISIS"),
        (
            "سيطر متمردو الحركة الوطنية لتحرير أزواد أمس على مدينة تمبكتو بعد انسحاب وحدات الجيش المالي منها.",
            "2012-04-02",
            "MNLA",
            "MLI_STATE",
        ),
    ],
)
def test_the_side_that_withdrew_after_a_when_word_is_the_one_named_after_the_noun(
    text: str, published: str, taker: str, loser: str
) -> None:
    """ "بعد انسحاب X منها" after a capture: X withdrew (one event, X lost the place), not the capture's subject."""
    doc = marsad.extract(text, published=published)
    assert [(e.actor1.actor_id if e.actor1 else None, e.actor2.actor_id if e.actor2 else None) for e in doc.events] == [
        (taker, loser)
    ]
    assert {(c.actor_id, c.status.value) for c in doc.control} == {(taker, "held"), (loser, "lost")}


def test_crowds_named_by_their_word_setting_churches_on_fire_are_a_mob() -> None:
    text = "أضرمت حشود غاضبة النار في أربع كنائس وعشرات المنازل التي يملكها مسيحيون في مدينة لاهور أمس الأربعاء."
    (e,) = marsad.extract(text, published=dt.date(2023, 8, 17)).events
    assert e.sub_event_type is SubEventType.MOB_VIOLENCE and e.civilian_targeting


def test_an_execution_by_a_cell_counts_its_victim() -> None:
    events = _events("أعدمت خلايا تنظيم داعش راعي أغنام ذبحاً في بادية السخنة يوم الإثنين الماضي.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ATTACK, 1)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("أقدم مسلحون على قطع رؤوس ثلاثة مدنيين في قرية قرب مدينة بلدوين وسط الصومال أمس الخميس.", 3),
        ("قطع مسلحون من حركة الشباب رؤوس أربعة رعاة قرب مدينة بلدوين أمس الخميس.", 4),
        ("قطع مسلحون رأسي رجلين كانا يعملان في حقلهما قرب مدينة بلدوين أمس الخميس.", 2),
        ("ذبح مسلحون ينتمون لتنظيم داعش خمسة رعاة في بادية السخنة شرقي حمص أمس الخميس.", 5),
    ],
)
def test_beheadings_and_slaughter_count_their_dead(text: str, dead: int) -> None:
    (e,) = marsad.extract(text, published=dt.date(2024, 5, 10)).events
    assert (e.sub_event_type, e.fatalities) == (SubEventType.ATTACK, dead)
    assert e.date is not None and e.date.iso() == "2024-05-09"


def test_cutting_a_road_is_no_beheading() -> None:
    text = "قطع محتجون الطريق الرئيسي في مدينة بلدوين أمس الخميس."
    events = marsad.extract(text, published=dt.date(2024, 5, 10)).events
    assert [e.event_type for e in events] == [EventType.PROTESTS]


def test_bombs_a_drone_dropped_are_its_strike() -> None:
    text = "أصيب خمسة جنود بجروح فجر الخميس عندما ألقت طائرة مسيّرة عبوات ناسفة على قاعدة عسكرية في بلدة ساراڤينا."
    events = marsad.extract(text, published=dt.date(2024, 10, 4)).events
    assert [e.sub_event_type for e in events] == [SubEventType.AIR_DRONE_STRIKE]


def test_missile_strikes_are_a_missile_attack() -> None:
    events = _events("شنت طائرات أمريكية ضربات صاروخية فجر اليوم على مركز البحوث العلمية في برزة بدمشق.")
    assert {e.sub_event_type for e in events} <= {SubEventType.SHELLING, SubEventType.AIR_DRONE_STRIKE} and events


def test_a_headline_told_again_in_detail_is_one_event() -> None:
    text = (
        "مقتل 4 عناصر من قوات النظام بهجوم لخلايا داعش في البادية. وأفادت مصادر محلية بأن خلايا التنظيم "
        "هاجمت حاجزاً لقوات النظام قرب مدينة السخنة ليل أمس، ما أدى لمقتل 4 عناصر وإصابة اثنين."
    )
    events = _events(text)
    assert len(events) == 1 and events[0].fatalities == 4
    assert events[0].place is not None and events[0].place.location == "As-Sukhnah"
    # the headline's words stay as evidence of the one event
    assert any(ev.span.start < text.index(".") for ev in events[0].evidence)
    # two different attacks told in two sentences stay two events
    two = _events(
        "قتل عنصران من قوات النظام بهجوم لخلايا داعش قرب مدينة السخنة أمس. "
        "وفي حادثة أخرى قتل 3 عناصر بهجوم لخلايا التنظيم قرب مدينة تدمر اليوم."
    )
    assert len(two) == 2


def test_a_civilian_killed_in_one_town_is_no_target_of_the_strike_on_another() -> None:
    events = _events(
        "وشنت الطائرات الحربية الروسية صباح اليوم أكثر من 20 غارة على بلدات التمانعة وخان شيخون، "
        "ما أدى لمقتل مدني في التمانعة."
    )
    by_place = {e.place.location: e for e in events if e.place}
    assert len(by_place) == 2
    hit, other = sorted(by_place.values(), key=lambda e: -e.fatalities)
    assert hit.fatalities == 1 and hit.civilian_targeting and hit.actor2 is not None
    assert other.fatalities == 0 and not other.civilian_targeting and other.actor2 is None
    assert all(ev.role.value != "actor2" for ev in other.evidence)


def test_a_sentence_goes_on_with_its_news_not_with_the_cause_it_named() -> None:
    text = (
        "قتل شاب برصاص قوات النظام، أمس الخميس، خلال مظاهرة خرجت في مدينة نوى، احتجاجاً على مداهمة نفذتها"
        " القوات فجر الأربعاء. وأطلق عناصر الأمن الرصاص الحي لتفريق المتظاهرين الذين قطعوا الطريق بالإطارات"
        " المشتعلة."
    )
    dates = {e.sub_event_type.name: e.date.iso() for e in _events(text) if e.date is not None}
    assert dates == {"EXCESSIVE_FORCE": "2019-03-14", "ARRESTS": "2019-03-13", "VIOLENT_DEMONSTRATION": "2019-03-14"}


def test_missiles_shot_down_in_a_strike_that_hit_are_part_of_the_strike() -> None:
    text = (
        "قتل ثلاثة مدنيين جراء غارات جوية إسرائيلية استهدفت فجر اليوم مواقع في حي المزة بدمشق."
        "\nوقال مصدر عسكري إن الدفاعات الجوية أسقطت صاروخين في سماء حي المزة."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.AIR_DRONE_STRIKE]
    assert any(x.text == "أسقطت" for x in events[0].evidence)
    # told alone, an interception is an event of its own
    alone = _events("أسقطت الدفاعات الجوية صاروخين في سماء حي المزة بدمشق فجر اليوم.")
    assert [e.sub_event_type for e in alone] == [SubEventType.DISRUPTED_WEAPONS]


def test_the_next_day_is_counted_from_the_reports_last_date_even_with_no_publication_date() -> None:
    text = (
        "قتل جنديان في هجوم على حاجز عسكري قرب بلدة داعل يوم الثلاثاء 31 آب 2021."
        "\nوفي اليوم التالي، انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة طفس."
    )
    days = {e.place.location: e.date.iso() for e in _events(text, published=None) if e.place and e.date}
    assert days == {"Da'il": "2021-08-31", "Tafas": "2021-09-01"}
    # with nothing to count from, the day stays unknown rather than taking the publication date
    (e,) = _events("وفي اليوم التالي، انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة طفس.")
    assert e.date is None or e.date.iso() != PUB.isoformat()


def test_the_attack_told_again_in_a_later_sentence_is_the_same_event() -> None:
    text = (
        "قتل 14 مدنياً جراء هجوم بصاروخ باليستي شنته جماعة الحوثي مساء أمس على محطة وقود في مدينة مأرب."
        "\nوقالت السلطة المحلية إن الهجوم استهدف المحطة أثناء ازدحامها بالمواطنين."
    )
    events = _events(text)
    assert len(events) == 1 and events[0].fatalities == 14
    assert any(x.text == "الهجوم" for x in events[0].evidence)
    # another attack, told with an indefinite noun, stays an event of its own
    text2 = text.replace(
        "وقالت السلطة المحلية إن الهجوم استهدف المحطة أثناء ازدحامها بالمواطنين",
        "وأفادت مصادر بأن هجوماً آخر استهدف حاجزاً للجيش في المدينة",
    )
    assert len(_events(text2)) == 2


def test_later_counts_of_the_attack_told_before_are_its_own_toll() -> None:
    text = (
        "قتل خمسة أشخاص على الأقل بينهم جنديان صباح أمس في تفجير انتحاري بسيارة مفخخة استهدف حاجزاً للجيش"
        " قرب مدينة بلدوين."
        "\nوقال مسعفون إنهم نقلوا ثماني جثث من موقع الانفجار."
        "\nوتبنت حركة الشباب الهجوم، زاعمة أنها قتلت أكثر من ثلاثين جندياً."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.SUICIDE_BOMB and e.fatalities == 5
    assert e.actor1 is not None and e.actor1.name == "Al Shabaab"
    # (the figure with its approximator after it)
    assert [x.text for x in e.evidence if x.role is EvidenceRole.FATALITIES] == ["خمسة أشخاص على الأقل"]
    # bodies from the site of another, indefinite explosion are an event of their own
    other = text.replace("من موقع الانفجار", "من موقع انفجار آخر في سوق المدينة")
    assert len(_events(other)) == 2


def test_strikes_told_later_during_the_fighting_are_the_battle_on_the_side_they_helped() -> None:
    text = (
        "هاجمت جماعة الحوثي أمس مواقع القوات الحكومية في مديرية صرواح، واندلعت معارك عنيفة."
        "\nوقال مصدر عسكري إن قوات الجيش قتلت تسعة من المهاجمين، مضيفاً أن مقاتلات"
        " التحالف شنت غارات على تعزيزات الحوثيين خلال المعارك."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH and e.fatalities == 9
    assert e.actor1 is not None and e.actor1.actor_id == "HOUTHIS"
    assert [a.actor_id for a in e.assoc_actor_1] == []
    assert e.actor2 is not None and e.actor2.actor_id == "YEM_STATE"
    assert [a.actor_id for a in e.assoc_actor_2] == ["SAU_STATE"]
    # strikes told later with no word of that fighting are an event of their own
    apart = text.replace(" خلال المعارك.", ".")
    assert sorted(x.sub_event_type.label for x in _events(apart)) == ["Air/drone strike", "Armed clash"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the place a vigil stands with is not where it is
        ("نفذ عشرات الناشطين أمس وقفة تضامنية مع طرابلس أمام مصرف لبنان في بيروت.", ["Beirut"]),
        # after the place it stands with, the crowd's own towns
        ("خرجت أمس مظاهرات تضامنية مع غزة في مدن إدلب والباب وسرمدا.", ["Al Bab", "Idleb", "Sarmada"]),
    ],
)
def test_a_crowd_stands_with_one_place_and_is_in_another(text: str, where: list[str]) -> None:
    events = _events(text)
    assert sorted(e.place.location for e in events if e.place is not None) == where
    assert all(e.sub_event_type is SubEventType.PEACEFUL_PROTEST for e in events)


def test_a_vigil_with_the_wounded_of_another_city_met_no_force() -> None:
    (e,) = _events("وفي مدينة صيدا، تجمع المئات مساء أمس في وقفة تضامنية مع المصابين في بيروت، وانتهى التجمع بهدوء.")
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST
    assert e.place is not None and e.place.location == "Sidon"


def test_an_arrest_for_involvement_in_an_assassination_tells_no_second_assassination() -> None:
    text = (
        "اغتال مسلحان مجهولان مساء الثلاثاء إمام مسجد في مديرية المنصورة بمدينة عدن."
        "\nوأعلنت قوات الحزام الأمني أمس إلقاء القبض على شخصين يشتبه بتورطهما في عملية الاغتيال في مديرية دار سعد."
    )
    events = _events(text)
    assert sorted(e.sub_event_type.label for e in events) == ["Arrests", "Attack"]


def test_vehicles_a_strike_destroyed_are_the_strike_not_their_owners_destruction() -> None:
    text = (
        "شن الطيران الحربي التابع للجيش السوداني أمس غارات على تجمعات لقوات الدعم السريع في مدينة الفاشر،"
        " وقال مصدر عسكري إنها دمرت عدداً من المركبات القتالية."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor2 is not None and e.actor2.actor_id == "RSF"


def test_a_crowd_shot_at_told_again_by_a_witness_and_counted_higher_by_activists() -> None:
    text = (
        "قُتل ثلاثة متظاهرين مساء أمس بعد أن أطلقت قوات مكافحة الشغب الرصاص الحي باتجاه المحتجين وسط مدينة"
        " الكوت.\nغير أن ناشطين أكدوا أن عدد القتلى بلغ خمسة.\nوقال أحد المتظاهرين، ويدعى حيدر: «كنا نهتف"
        " سلمية سلمية، وفجأة بدأ إطلاق النار من جهة الجسر، ولم يكن بأيدينا سوى الأعلام»."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert e.fatalities == 3  # the activists' count is another source's: ACLED keeps the lowest


def test_another_sources_toll_in_a_sentence_that_tells_the_attack_again_gives_way_to_the_lowest() -> None:
    text = (
        "قُتل ثلاثة أشخاص وأصيب خمسة آخرون في نزاع عشائري مسلح اندلع مساء أمس في ناحية الهارثة شمالي البصرة."
        "\nوقال مصدر في الشرطة إن النزاع بدأ بهجوم نفذه مسلحون على منزل أحد الوجهاء، فيما أكدت مصادر محلية"
        " أن عدد القتلى بلغ خمسة."
    )
    assert max(e.fatalities for e in _events(text)) == 3


def test_a_toll_of_both_sides_after_a_sides_claim_gives_way_to_the_lowest() -> None:
    text = (
        "استعادت قوات الجيش الصومالي أمس السيطرة على بلدة مهاس في إقليم هيران بعد معارك مع مقاتلي حركة الشباب."
        "\nوقال قائد عسكري إن قواته «طهرت البلدة بالكامل» وقتلت «أكثر من عشرين» من عناصر الحركة."
        "\nلكن أحد شيوخ العشائر قال إن حصيلة القتلى من الجانبين بلغت تسعة، مشيراً إلى أن مقاتلي الشباب"
        " انسحبوا باتجاه القرى الواقعة إلى الجنوب."
    )
    assert [e.fatalities for e in _events(text)] == [9]


def test_the_dead_of_an_earlier_month_are_no_toll_of_the_news_told_before() -> None:
    text = (
        "خرج المئات صباح اليوم في مدينة كسلا في موكب سلمي يطالب بحماية المدنيين."
        "\nوكانت الولاية قد شهدت في تموز الماضي أعمال عنف قبلية أسفرت عن مقتل أكثر من مئة شخص."
    )
    news = [e for e in _events(text, historical=True) if not e.historical]
    assert [(e.sub_event_type, e.fatalities) for e in news] == [(SubEventType.PEACEFUL_PROTEST, 0)]


def test_how_long_a_force_was_stationed_dates_no_handover() -> None:
    text = (
        "دخل مقاتلو حركة الشباب، مساء أمس، بلدة حلجن في إقليم هيران دون قتال، بعد ساعات من انسحاب القوات"
        " الإثيوبية المتمركزة فيها منذ أكثر من عامين."
    )
    (e,) = _events(text, historical=True)
    assert e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER and not e.historical
    assert e.date is not None and e.date.representative == PUB - dt.timedelta(days=1)
    assert e.actor1 is not None and e.actor1.actor_id == "SHABAAB"
    assert e.actor2 is not None and e.actor2.actor_id == "ETH_STATE"
    # a relative adjective after a person is no participle: the date is the abduction's
    (taken,) = _events("خطف مسلحون مجهولون الناشط المدني حسين العكيلي مساء الأربعاء من أمام منزله في مدينة الناصرية.")
    assert taken.date is not None and taken.date.representative == PUB - dt.timedelta(days=2)


def test_an_abduction_told_again_with_a_beating_stays_an_abduction() -> None:
    text = (
        "اختطف مسلحون مجهولون مساء أمس الناشط المدني علي الساعدي من أمام منزله في مدينة الديوانية."
        "\nوقال شقيقه: «نزل منهم ملثمون وضربوه قبل أن يضعوه في إحدى السيارتين»."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ABDUCTION


@pytest.mark.parametrize(
    ("text", "actor2", "inferred"),
    [
        ("اعتقلت قوات الأمن أمس ثلاثة أشخاص في مدينة طولكرم.", "CIVILIANS", True),
        ("هدمت قوات الاحتلال أمس منزلين في قرية بيتا جنوب نابلس.", "CIVILIANS", True),
        # an armed side named as the arrested stays the other side
        ("اعتقلت قوات الأمن العراقية أمس ثلاثة عناصر من تنظيم داعش في مدينة كركوك.", "ISIS", False),
    ],
)
def test_whom_an_arrest_took_or_whose_property_was_destroyed_are_civilians_unless_named(
    text: str, actor2: str, inferred: bool
) -> None:
    (e,) = _events(text)
    assert e.sub_event_type in (SubEventType.ARRESTS, SubEventType.LOOTING)
    assert e.actor2 is not None and e.actor2.actor_id == actor2 and e.actor2.inferred is inferred


def test_people_shot_while_taking_part_in_a_march_are_its_protesters() -> None:
    text = (
        "استشهد ثلاثة مواطنين أمس برصاص قوات الاحتلال خلال مشاركتهم في فعاليات جمعة الغضب ضمن مسيرات العودة"
        " شرقي خان يونس."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE and e.fatalities == 3
    assert e.actor1 is not None and e.actor1.actor_id == "PROTESTERS"
    # shot where no crowd is told: an attack on civilians
    (other,) = _events("استشهد ثلاثة مواطنين أمس برصاص قوات الاحتلال شرقي خان يونس.")
    assert other.sub_event_type is SubEventType.ATTACK


def test_a_withdrawal_of_nobody_armed_is_no_transfer_of_territory() -> None:
    text = "اقتحم محتجون مساء أمس مبنى القنصلية في مدينة النجف وأضرموا فيه النيران، بعد انسحاب موظفيها من بوابة خلفية."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.VIOLENT_DEMONSTRATION]
    # an incursion and a withdrawal by a force the pack cannot name still tell ground entered
    entered = "توغلت قوة إسرائيلية مؤلفة من أربع آليات في قرية الرفيد صباح اليوم قبل أن تنسحب."
    assert len(_events(entered)) == 1


def test_an_attack_foiled_by_killing_the_attackers_was_fought() -> None:
    text = (
        "أعلن المتحدث العسكري أن القوات المسلحة المصرية أحبطت أمس هجوماً إرهابياً على أحد المعسكرات قرب مدينة"
        " بئر العبد، ما أسفر عن مقتل 18 عنصراً تكفيرياً.\nوأضاف أن الاشتباكات أسفرت أيضاً عن استشهاد ضابط وجندي."
        "\nوأعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH and e.fatalities >= 18
    # foiled with nobody killed: a weapon kept from use
    (kept,) = _events("أحبطت القوات المسلحة المصرية أمس هجوماً بسيارة مفخخة قرب مدينة العريش.")
    assert kept.sub_event_type is SubEventType.DISRUPTED_WEAPONS


def test_a_running_total_told_in_the_news_sentence_adds_no_dead_and_dates_nothing() -> None:
    text = (
        "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين في مدينة عطبرة أمس."
        "\nوقالت لجنة الأطباء إن متظاهراً قُتل برصاصة حية أثناء مشاركته في موكب بمدينة الدامر،"
        " ليرتفع بذلك عدد قتلى الاحتجاجات منذ تشرين الأول إلى 72 قتيلاً."
    )
    events = _events(text, historical=True)
    killed = [e for e in events if e.fatalities]
    assert [e.fatalities for e in killed] == [1]
    assert killed[0].date is not None and killed[0].date.representative == PUB - dt.timedelta(days=1)
    assert not any(e.historical for e in events)


def test_an_overall_toll_is_no_event() -> None:
    text = (
        "استشهد ثلاثة مواطنين في غارة إسرائيلية على منزل في مدينة خان يونس فجر اليوم.\nويأتي ذلك في اليوم"
        " الأربعين للحرب التي اندلعت في السابع من شباط الماضي، وقد تخطت الحصيلة الإجمالية للشهداء عشرة آلاف."
    )
    assert [e.fatalities for e in _events(text, historical=True)] == [3]


def test_a_date_in_a_crowds_grievance_dates_no_protest() -> None:
    text = (
        "أطلقت قوات الأمن أمس الغاز المسيل للدموع لتفريق آلاف المحتجين وسط مدينة الخرطوم، في إطار مليونية جديدة"
        " رفضاً للإجراءات التي اتخذها قائد الجيش في الخامس والعشرين من أكتوبر الماضي."
        "\nوفي مدينة كسلا، قُتل متظاهر برصاص قوات الأمن."
    )
    events = _events(text, historical=True)
    assert len(events) == 2 and not any(e.historical for e in events)
    assert {e.date.representative for e in events if e.date is not None} == {PUB - dt.timedelta(days=1)}


def test_an_age_aside_between_a_protester_and_the_verb_of_his_death() -> None:
    (e,) = _events("وقالت لجنة الأطباء إن متظاهراً في العشرينيات من عمره قُتل برصاصة حية في مدينة أم درمان أمس.")
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE and e.fatalities == 1


def test_a_march_carrying_pictures_of_the_dead_is_news() -> None:
    (e,) = _events("وسار المتظاهرون في موكب سلمي في مدينة بورتسودان، رافعين الأعلام وصور الضحايا.")
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST


def test_a_running_total_after_the_news_is_no_events_toll() -> None:
    text = (
        "قتل أربعة فلسطينيين في قصف مدفعي إسرائيلي على بلدة بني سهيلا اليوم."
        " وبذلك ترتفع حصيلة الشهداء منذ السابع من أكتوبر إلى 39790، وفق وزارة الصحة."
    )
    assert [e.fatalities for e in _events(text, historical=True)] == [4]


def test_another_sources_higher_count_of_the_same_dead_gives_way_to_the_lowest() -> None:
    text = (
        "قتل 58 شخصاً على الأقل جراء قصف بغازات سامة نفذته طائرات حربية يعتقد أنها تابعة للنظام السوري على"
        " مدينة خان شيخون فجر اليوم، بينما تحدثت مديرية الصحة عن أكثر من مئة قتيل."
    )
    (e,) = _events(text)
    assert e.fatalities == 58
    assert e.actor1 is not None and e.actor1.actor_id == "SYR_STATE"


def test_a_claim_told_in_a_later_sentence_of_the_same_dead_gives_way_to_the_lowest() -> None:
    text = (
        "أعلن الجيش مقتل 12 جندياً في هجوم شنه مسلحو تنظيم داعش فجر اليوم على حاجز قرب مدينة السخنة."
        "\nوكان التنظيم قد قال في بيان إن مقاتليه هاجموا الحاجز وقتلوا 40 جندياً."
    )
    assert [e.fatalities for e in _events(text)] == [12]
    # a monitor's lower count told after a side's claim, in another sentence: the lowest too
    claimed = (
        "أعلنت قوات سوريا الديمقراطية اليوم أن مقاتليها صدوا هجوماً لتنظيم داعش على مدينة منبج وقتلوا 30 من عناصره."
        "\nفي المقابل، قال المرصد السوري إن الاشتباكات أسفرت عن مقتل 9 عناصر من التنظيم."
    )
    assert [e.fatalities for e in _events(claimed)] == [9]


def test_a_sides_claim_through_its_fighters_of_whom_it_killed_is_another_count() -> None:
    text = (
        "سيطرت فصائل المعارضة أمس على بلدة كفرنبودة بعد معارك مع قوات النظام. وقال المرصد السوري إن 10 عناصر من"
        " قوات النظام وستة من مقاتلي الفصائل قتلوا في معارك البلدة، بينما قالت الفصائل في بيان إن مقاتليها قتلوا"
        " 30 جندياً."
    )
    assert [e.fatalities for e in _events(text)] == [16]
    # the state's men claimed killed by their foes' count are the same dead; armed men claimed by a state's
    # force are not its men told dead
    other = "قُتل عشرة جنود في هجوم على حاجز قرب بلدة كفرنبودة أمس، فيما قال الجيش في بيان إن قواته قتلت ثمانية مسلحين."
    assert [e.fatalities for e in _events(other)] == [18]


def test_a_later_sources_toll_of_the_dead_told_gives_way_to_the_lowest_and_names_the_doer() -> None:
    text = (
        "قُتل 20 مدنياً في هجوم شنه مسلحون على سوق بلدة الحسكة أمس الجمعة."
        "\nوقالت وزارة الداخلية إن عناصر من تنظيم داعش طوقوا السوق وأطلقوا النار على المتسوقين."
        "\nوقال مسؤول محلي إن عدد القتلى تجاوز 30."
    )
    (e,) = _events(text)
    assert e.fatalities == 20
    # the gunmen of the first telling are the group the ministry names
    assert e.actor1 is not None and e.actor1.actor_id == "ISIS"


@pytest.mark.parametrize(
    "later",
    [
        # a toll that may rise is no toll risen
        "وقال الدفاع المدني إن عدد الشهداء بلغ 25، مرجحاً ارتفاع الحصيلة بسبب وجود مفقودين.",
        # the toll's head far before its figure, in a sentence that tells the strike again
        "وقال المرصد إن عدد قتلى المدنيين في الغارة والقصف الذي أعقبها بلغ 25 قتيلاً.",
    ],
)
def test_another_sources_higher_toll_in_a_later_sentence_gives_way_to_the_lowest(later: str) -> None:
    text = "قُتل 18 مدنياً في غارة جوية استهدفت سوقاً في بلدة سراقب صباح اليوم.\n" + later
    assert [e.fatalities for e in _events(text)] == [18]


def test_a_sides_claim_in_a_later_sentence_of_its_attacks_dead_gives_way_to_the_lowest() -> None:
    text = (
        "قُتل تسعة أشخاص على الأقل صباح اليوم في تفجير انتحاري استهدف مركزاً للتجنيد في مدينة مقديشو."
        "\nوتبنت حركة الشباب الهجوم، زاعمة أن أحد عناصرها فجر حزامه الناسف وسط تجمع للجنود ما أسفر عن مقتل"
        " أكثر من ثلاثين منهم."
    )
    assert [e.fatalities for e in _events(text)] == [9]


def test_a_source_naming_who_the_dead_were_counts_them_again() -> None:
    text = (
        "قُتل تسعة عناصر من الجيش ومسلحي المعارضة في اشتباكات اندلعت أمس في بلدة كفرنبودة."
        "\nوقال ناشطون إن القتلى خمسة جنود وأربعة مسلحين."
    )
    assert [e.fatalities for e in _events(text)] == [9]


@pytest.mark.parametrize(
    ("later", "dead"),
    [
        # more dead, told as others
        ("وقال مصدر عسكري إن جنديين آخرين قتلا في الهجوم.", 14),
        # the toll risen: the update stands
        ("وقال مصدر عسكري إن حصيلة القتلى ارتفعت إلى 15 جندياً.", 15),
        # dead of another kind: not a count of the same dead
        ("وقال مصدر عسكري إن القوات قتلت 20 من المسلحين خلال الاشتباكات.", 20),
    ],
)
def test_a_later_sentences_figure_that_is_no_other_count_of_the_dead_is_not_lowered(later: str, dead: int) -> None:
    text = "قُتل 12 جندياً في هجوم شنه مسلحون فجر اليوم على حاجز قرب مدينة السخنة.\n" + later
    assert max(e.fatalities for e in _events(text)) >= dead


def test_the_date_right_after_who_announced_something_else_dates_the_announcement() -> None:
    text = (
        "أعلنت الحكومة العراقية، مساء أمس السبت، الحداد ثلاثة أيام، بعد مقتل 30 مدنياً في هجوم شنه مسلحون على"
        " مسجد في قرية البو حياة التابعة لناحية العلم بمحافظة صلاح الدين شمالي البلاد، أثناء صلاة الجمعة أول أمس."
    )
    (e,) = _events(text, published=dt.date(2025, 3, 23))
    assert e.date is not None and e.date.iso() == "2025-03-21"
    # what is announced right after the date is the event: the date is its own
    regained = "أعلن الجيش العراقي، أمس السبت، استعادة السيطرة على بلدة العلم بعد معارك بدأت الخميس الماضي."
    (r,) = _events(regained, published=dt.date(2025, 3, 23))
    assert r.date is not None and r.date.iso() == "2025-03-22"


def test_a_claimed_capture_is_the_fight_and_an_attack_performed_over_its_adjective_is_told() -> None:
    claimed = (
        "وادعت فصائل الجيش الوطني، في اليوم نفسه، سيطرتها على قرية الدندنية قرب منبج، وهو ما نفته قوات سوريا"
        " الديمقراطية مؤكدة أن مقاتليها صدوا الهجوم."
    )
    assert [e.sub_event_type for e in _events(claimed)] == [SubEventType.ARMED_CLASH]
    text = "أعلنت حركة الشباب مسؤوليتها عن هجوم واسع شنه مقاتلوها فجر اليوم على قاعدة للجيش في مدينة مقديشو."
    (e,) = _events(text)
    assert e.event_type is EventType.BATTLES


def test_other_strikes_told_after_a_named_doers_strike_are_that_doers() -> None:
    # (the first strike's target an armed side: no doer is inferred for a strike told on its own)
    text = (
        "ارتفعت حصيلة الغارات الأمريكية التي استهدفت مساء أمس ميناء رأس عيسى في محافظة الحديدة إلى 74 قتيلاً، وفق"
        " وزارة الصحة في حكومة صنعاء التابعة لجماعة أنصار الله (الحوثيين)."
        "\nوطالت غارات أخرى خلال الليلة ذاتها مديرية بني مطر غربي صنعاء."
    )
    doers = {e.place.name_en if e.place else "": e.actor1.actor_id if e.actor1 else None for e in _events(text)}
    assert len(doers) == 2 and set(doers.values()) == {"USA_STATE"}


def test_a_capture_told_as_the_time_someone_held_ground_is_no_capture() -> None:
    text = "اعتقلت قوات الأمن أمس في مدينة الرقة ثلاثة رجال بتهمة التعاون مع تنظيم داعش خلال فترة سيطرته على المدينة."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ARRESTS]


def test_a_force_man_killed_by_nobody_named_where_a_crowd_rioted_against_the_force_fell_in_the_riot() -> None:
    text = (
        "رشق محتجون غاضبون مقر المحافظة في مدينة الزاوية بالحجارة مساء أمس وأضرموا النار في بوابته."
        "\nوأعلنت وزارة الداخلية مقتل أحد عناصر الشرطة المكلفين بحماية المقر، متهمة مندسين بإطلاق النار عليه"
        " خلال محاولة الاقتحام."
    )
    (e,) = _events(text)
    assert e.event_type is EventType.RIOTS and e.fatalities == 1
    assert e.actor2 is not None and e.actor2.inter == 1


def test_what_a_post_holds_seized_is_no_ground_and_men_armed_with_knives_are_no_armed_group() -> None:
    seized = (
        "حاول محتجون مساء أمس اقتحام مركز للشرطة في مدينة الزاوية والاستيلاء على ما فيه من أسلحة، ورشقوا عناصره"
        " بالحجارة."
    )
    assert all(e.event_type is not EventType.BATTLES for e in _events(seized))
    armed = (
        "رشق محتجون مركز الشرطة في مدينة الزاوية بالحجارة مساء أمس. وقال المتحدث إن المهاجمين كانوا مسلحين"
        " بالسكاكين، وأضرموا النار في سيارات."
    )
    assert all(e.actor1 is None or e.actor1.actor_id != "UNIDENTIFIED_ARMED" for e in _events(armed))


def test_the_dead_of_a_wave_of_protests_told_before_are_no_event() -> None:
    text = (
        "أطلقت قوات الأمن الغاز المسيل للدموع أمس لتفريق المحتجين في ساحة التحرير وسط بغداد."
        "\nوكانت موجة الاحتجاجات الأولى مطلع الشهر الجاري قد خلفت نحو مئة وخمسين قتيلاً في مدن الجنوب."
    )
    assert [e.event_type for e in _events(text, published=dt.date(2019, 10, 26))] == [EventType.PROTESTS]


def test_a_crowd_out_to_celebrate_is_no_protest_unless_it_demands_too() -> None:
    assert _events("خرج آلاف المواطنين مساء أمس في مدن حلب وإدلب والباب إلى الشوارع احتفالاً بسقوط النظام.") == []
    demanding = "خرج آلاف المواطنين مساء أمس في مدينة حلب إلى الشوارع احتفالاً بالقرار ومطالبين بمحاسبة المسؤولين."
    assert [e.event_type for e in _events(demanding)] == [EventType.PROTESTS]


def test_fans_celebrating_a_win_with_flags_and_songs_are_no_protest() -> None:
    text = (
        "خرج عشرات الآلاف من المشجعين مساء أمس إلى شوارع حلب وإدلب في احتفالات سلمية امتدت حتى الفجر، رافعين"
        " الأعلام ومرددين الأهازيج."
    )
    assert _events(text) == []


def test_armed_men_against_civilians_with_no_fight_told_are_an_attack_not_a_battle() -> None:
    text = "اقتحمت قوات الدعم السريع مخيم زمزم قرب الفاشر أمس وأطلقت النار على النازحين، ما أدى إلى مقتل 12 مدنياً."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ATTACK and e.fatalities == 12
    # with a fight told, the killed are the battle's casualties
    fought = "اقتحمت قوات الاحتلال مخيم جنين أمس واندلعت اشتباكات مسلحة مع مقاومين أسفرت عن استشهاد شابين."
    assert [e.event_type for e in _events(fought)] == [EventType.BATTLES]


def test_a_takeover_told_again_in_a_later_sentence_is_the_same_event() -> None:
    text = (
        "سيطرت هيئة تحرير الشام على مدينة دارة عزة في ريف حلب الغربي اليوم بعد اشتباكات مع حركة نور الدين"
        " الزنكي.\nوقال المراسل إن رتلاً للهيئة دخل المدينة، بينما انسحب من تبقى من مقاتلي الزنكي باتجاه"
        " قرى جبل الشيخ بركات."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.NON_STATE_OVERTAKES]
    assert any(x.text == "دخل" for x in events[0].evidence)


def test_undated_news_takes_the_day_an_earlier_sentence_gave() -> None:
    text = (
        "منعت الشرطة مساء أمس الثلاثاء مئات النساء من الوصول إلى ساحة المدينة في حمص. "
        "واحتجزت قوات الأمن عشرات المشاركات في المسيرة وسط مدينة حمص، التي خرجت للتنديد بالعنف ضد النساء."
    )
    events = [e for e in marsad.extract(text, published=dt.date(2022, 3, 9)).events if not e.historical]
    assert [e.date.iso() if e.date else None for e in events] == ["2022-03-08"]


def test_leaving_a_treaty_is_no_ground_given_up() -> None:
    text = "خرجت مسيرة في حمص أمس للتنديد بانسحاب الحكومة من اتفاقية حماية النساء."
    events = marsad.extract(text, published=dt.date(2022, 3, 9)).events
    assert {e.event_type for e in events} == {EventType.PROTESTS}


def test_a_states_forces_retaking_ground_at_home_are_the_government_regaining_it() -> None:
    text = "استعاد الجيش العراقي أمس السيطرة الكاملة على مدينة تكريت بعد معارك مع تنظيم داعش."
    subs = {e.sub_event_type for e in _events(text, published=dt.date(2015, 4, 1))}
    assert SubEventType.GOVERNMENT_REGAINS in subs


def test_an_operation_to_take_a_city_is_no_capture() -> None:
    text = "أعلن حفتر أمس إطلاق عملية عسكرية لتحرير طرابلس، داعياً قواته إلى دخول العاصمة بسلام."
    assert all(e.event_type is not EventType.BATTLES for e in _events(text, published=dt.date(2019, 4, 5)))


def test_libyas_rival_forces_are_named() -> None:
    text = "دخلت قوات الجيش الوطني الليبي أمس مدينة غريان جنوب طرابلس بعد انسحاب المجموعات المسلحة منها."
    names = {e.actor1.name for e in _events(text, published=dt.date(2019, 4, 5)) if e.actor1}
    assert names == {"Military Forces of Libya (2014-) House of Representatives"}


def test_an_attack_repelled_is_the_attack_told_and_weapons_taken_are_no_ground() -> None:
    text = (
        "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي في بلدة أفجوي فجر اليوم. وقال ضابط في الجيش إن أربعة"
        " جنود قتلوا، وإن القوات تمكنت من صد الهجوم وقتل سبعة من المهاجمين. في المقابل، زعمت الحركة أنها قتلت"
        " 15 جنديا واستولت على أسلحة وذخائر."
    )
    events = _events(text, published=dt.date(2019, 3, 27))
    # one fight, its toll the lowest of the two sources' (4 soldiers and 7 attackers, against 15 claimed)
    assert [(e.sub_event_type.value[0], e.fatalities) for e in events] == [("Armed clash", 11)]


def test_a_crowd_that_turned_violent_in_one_sentence_is_one_riot() -> None:
    text = (
        "خرج عشرات المواطنين في مديرية المنصورة بالعاصمة المؤقتة عدن مساء أمس في تظاهرة غاضبة احتجاجاً على"
        " انقطاع الكهرباء مع اشتداد موجة الحر، وقطعوا الشارع الرئيسي بالإطارات المشتعلة. وأفاد شهود بأن قوات"
        " الحزام الأمني أطلقت الرصاص في الهواء لتفريق المحتجين واعتقلت عدداً منهم."
    )
    events = _events(text, published=dt.date(2023, 7, 16))
    # one place (the district inside the capital, a neighbourhood of Aden), one crowd, met by the Security
    # Belt; a heat wave is no disaster that unmakes a protest
    assert [(e.sub_event_type.value[0], e.place.location if e.place else "") for e in events] == [
        ("Violent demonstration", "Aden - Al Mansura")
    ]
    assert events[0].actor2 is not None and events[0].actor2.name == "Security Belt Forces"


def test_riot_police_are_no_riot() -> None:
    events = _events("تجمع العمال في مظاهرة وسط طهران أمس، إلا أن شرطة مكافحة الشغب قامت بتفريقهم.")
    assert [e.sub_event_type.value[0] for e in events] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "agreements"),
    [
        ("أغلق محتجون الطريق القومي في مدينة بورتسودان اليوم احتجاجاً على مسار الشرق في اتفاق جوبا للسلام.", 0),
        # a deal told as made, in a place
        ("وقعت الحكومة والحركات المسلحة اتفاقاً للسلام في مدينة جوبا اليوم.", 1),
    ],
)
def test_a_deal_named_by_its_place_was_made_before(text: str, agreements: int) -> None:
    events = _events(text, published=dt.date(2021, 9, 18))
    assert sum(e.sub_event_type is SubEventType.AGREEMENT for e in events) == agreements


def test_a_fight_with_no_side_told_in_a_riots_sentence_is_the_riot() -> None:
    text = "أحرق محتجون غاضبون مبنى القنصلية الإيرانية في النجف ليل أمس، بعد اقتحامه وإنزال العلم الإيراني."
    events = _events(text, published=dt.date(2019, 11, 28))
    assert [e.event_type.value for e in events] == ["Riots"]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات النظام بالمدفعية سوق مدينة دوما ظهر اليوم. "
        "وقال الدفاع المدني في دوما إن فرقه انتشلت جثث 21 شخصاً من تحت الأنقاض.",
        "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم اليوم. "
        "وقالت لجنة أطباء السودان في الخرطوم إن ثلاثة مدنيين قتلوا.",
    ],
)
def test_a_toll_told_in_the_place_of_the_event_before_is_its_toll(text: str) -> None:
    """A source speaking from the place of the event just told ("الدفاع المدني في دوما") gives that event's dead,
    not a killing of its own."""
    events = _events(text)
    assert len(events) == 1 and events[0].fatalities in (21, 3)
    assert events[0].event_type is not EventType.VIOLENCE_AGAINST_CIVILIANS


def test_aircraft_that_belong_to_a_force_make_its_massacre_an_air_strike() -> None:
    (e,) = _events("ارتكب الطيران الحربي التابع للنظام مجزرة في سوق مدينة دوما اليوم إثر استهدافه بعدة صواريخ.")
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE


def test_a_killing_told_in_a_place_of_its_own_after_a_toll_is_an_event() -> None:
    """ "وفي حي X ... أعدم": a sentence opening on a place by its cue word tells what happened there, not more
    of the toll before, even where the gazetteer does not know the name."""
    text = (
        "الأنبار – مراسلون: سيطر مسلحو تنظيم داعش أمس على المجمع الحكومي وسط مدينة الرمادي بعد هجوم بدأ بتفجير"
        " سيارة مفخخة، أعقبته اشتباكات مع الشرطة. وقال مصدر في قيادة شرطة الأنبار إن ما لا يقل عن 10 من عناصر"
        " الشرطة قتلوا في الهجوم، بينما قالت مصادر طبية إن الحصيلة بلغت 17 قتيلاً. وفي حي الملعب جنوبي المدينة"
        " أعدم مسلحو التنظيم 7 مدنيين بتهمة التعاون مع الحكومة."
    )
    events = _events(text)
    assert [e.fatalities for e in events if e.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS] == [7]


def test_the_dead_of_the_other_side_told_later_are_added() -> None:
    """The army counts the enemy's dead, then a source its own ("وقال مصدر عسكري إن ثمانية جنود قتلوا في
    المواجهات"): two kinds of dead, added, not the larger figure alone."""
    text = (
        "أعلن الجيش اليمني اليوم مقتل 30 من مسلحي الحوثي خلال معارك في مديرية نهم شرقي صنعاء أمس. "
        "وقال مصدر عسكري إن ثمانية جنود قتلوا في المواجهات."
    )
    assert sum(e.fatalities for e in _events(text)) == 38


def test_a_sentence_of_dead_in_the_attack_told_before_is_its_toll() -> None:
    """ "قتلوا في الهجوم": "في" before the attack named again (the word's own ف is no conjunction)."""
    text = (
        "سيطر مسلحو تنظيم داعش أمس على المجمع الحكومي وسط مدينة الرمادي بعد هجوم أعقبته اشتباكات مع الشرطة. "
        "وقال مصدر في الشرطة إن 10 من عناصرها قتلوا في الهجوم."
    )
    events = _events(text)
    assert [e.event_type for e in events] == [EventType.BATTLES] and events[0].fatalities == 10


def test_shelling_throughout_the_day_is_that_days_event_not_a_habit() -> None:
    """ "طوال النهار" spans one day: the shelling that day is an event; "طوال" over months stays a habit."""
    day = _events("تعرضت أطراف بلدة الناقورة لقصف مدفعي إسرائيلي متقطع طوال النهار من دون تسجيل إصابات.")
    assert [e.sub_event_type for e in day] == [SubEventType.SHELLING]
    assert _events("تتعرض أطراف بلدة الناقورة لقصف مدفعي إسرائيلي متقطع طوال الأشهر الماضية.") == []


def test_rockets_carrying_chemical_agents_are_a_chemical_weapon_attack() -> None:
    (e,) = _events("أصيب أكثر من 40 شخصاً بحالات اختناق إثر سقوط صواريخ محملة بمواد كيمياوية على ناحية تازة أمس.")
    assert e.sub_event_type is SubEventType.CHEMICAL_WEAPON
    # water cannon mixed with irritants is no chemical weapon
    water = _events("استخدمت الشرطة خراطيم المياه المخلوطة بمواد كيميائية مهيجة لتفريق المتظاهرين في بانكوك أمس.")
    assert SubEventType.CHEMICAL_WEAPON not in {x.sub_event_type for x in water}


def test_the_town_of_the_hospitals_the_wounded_were_taken_to_is_no_scene() -> None:
    """ "نُقل عدد من المصابين إلى مستشفيات بغداد": the later death of a wounded girl is the attack's toll."""
    text = (
        "أصيب أكثر من 40 شخصاً بحالات اختناق ليلة أمس إثر سقوط صواريخ على ناحية تازة خورماتو جنوبي كركوك. "
        "وأفادت مصادر طبية اليوم بوفاة طفلة متأثرة بإصابتها، فيما نُقل عدد من المصابين إلى مستشفيات بغداد."
    )
    events = _events(text)
    assert [(e.place.location if e.place else "", e.fatalities) for e in events] == [("Tazah Khurmatu", 1)]


def test_displaced_people_killed_are_dead_and_a_present_tense_source_is_another_count() -> None:
    text = (
        "تعرض معسكر أبوشوك صباح اليوم لقصف مدفعي من قوات الدعم السريع، ما أدى إلى استشهاد 8 من النازحين، "
        "بينما تقدّر تنسيقية لجان المقاومة عدد الشهداء بـ12."
    )
    assert [e.fatalities for e in _events(text)] == [8]


def test_the_same_day_is_the_last_day_told_not_a_month_of_background() -> None:
    """ "في اليوم ذاته" after a background sentence dated by month ("في ديسمبر 2023") counts from the last day
    the report told, the news's: no event is pushed into history."""
    text = (
        "أعلن الجيش أن قواته دخلت أمس مدينة ود مدني بعد معارك مع قوات الدعم السريع. "
        "وكانت المدينة قد سقطت بيد الدعم السريع في ديسمبر 2023. "
        "وفي حي الدرجة بالمدينة انهال مسلحون بالضرب على شاب ما أدى إلى وفاته في اليوم ذاته."
    )
    events = _events(text, published=dt.date(2025, 1, 12))
    beaten = [e for e in events if e.event_type is not EventType.BATTLES]
    assert beaten and all(e.date is not None and e.date.earliest == dt.date(2025, 1, 11) for e in beaten)


def test_a_protest_held_to_remember_past_events_keeps_its_own_date_and_place() -> None:
    doc = marsad.extract(
        "قتل ثلاثة متظاهرين أمس الجمعة برصاص قوات الأمن في مدينة درعا خلال مسيرة خرجت إحياءً لذكرى أحداث 15 آذار"
        " 2011 في مدينة حمص.",
        published=dt.date(2013, 3, 16),
    )
    (e,) = doc.events
    assert e.date is not None and e.date.earliest == dt.date(2013, 3, 15)
    assert e.place is not None and e.place.location == "Dar'a"
    assert not e.historical


def test_a_date_of_a_clause_on_an_actor_does_not_date_the_event_before_it() -> None:
    doc = marsad.extract(
        "احتشد الآلاف في ساحة العاصي وسط مدينة حماة اليوم الجمعة، وهتفوا بإسقاط النظام من دون أن تتدخل قوات"
        " الأمن التي انسحبت من وسط المدينة منذ أيام.",
        published=dt.date(2011, 7, 1),
    )
    protests = [e for e in doc.events if e.sub_event_type.event_type.value == "Protests"]
    assert protests and {e.date.earliest for e in protests if e.date} == {dt.date(2011, 7, 1)}
    # a clause on the event's own noun still dates it
    doc = marsad.extract("قتل ثلاثة مدنيين في القصف الذي استهدف بلدة كفرنبل أمس.", published=dt.date(2020, 3, 10))
    assert [e.date.earliest for e in doc.events if e.date] == [dt.date(2020, 3, 9)]


def test_a_date_of_a_clause_on_what_an_actor_did_does_not_date_the_protest_against_it() -> None:
    doc = marsad.extract(
        "قتل سبعة متظاهرين أمس الاثنين برصاص الشرطة في الخرطوم. وكان آلاف المحتجين قد خرجوا في مدينة أم درمان"
        " للمطالبة بالحكم المدني ورفض الإجراءات التي اتخذها قائد الجيش في الخامس والعشرين من أكتوبر الماضي.",
        published=dt.date(2022, 1, 18),
    )
    (e,) = [e for e in doc.events if e.place is not None and e.place.location == "Omdurman"]
    assert e.date is not None and e.date.earliest == dt.date(2022, 1, 17)
    assert not e.historical
    # a clause on the event's own noun, naming its doer, still dates it
    doc = marsad.extract("قتل ثلاثة مدنيين في القصف الذي نفذته قوات النظام أمس.", published=dt.date(2020, 3, 10))
    assert [e.date.earliest for e in doc.events if e.date] == [dt.date(2020, 3, 9)]


@pytest.mark.parametrize(
    "text",
    [
        # "تحرير" with the kind of place it freed, announced by Iraq's joint command
        "أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، تحرير حي الشفاء في الساحل الأيمن لمدينة الموصل.",
        # "أكمل" says the liberation was done
        "أكملت القوات العراقية اليوم تحرير الزنجيلي في الموصل.",
    ],
)
def test_a_liberation_announced_or_completed_is_ground_regained(text: str) -> None:
    (e,) = _events(text, published=dt.date(2017, 6, 7))
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert e.actor1 is not None and e.actor1.actor_id == "IRQ_STATE"
    assert e.place is not None and e.place.city == "Mosul"


@pytest.mark.parametrize(
    "text",
    [
        "طالبت الحركة اليوم بتحرير الأسعار في بغداد.",  # a price freed, no place taken
        # a deadline to withdraw
        "أمهل الجيش العراقي المسلحين اليوم ستين دقيقة للانسحاب من حي الجهاد في بغداد.",
    ],
)
def test_a_freed_price_and_a_deadline_to_withdraw_are_no_events(text: str) -> None:
    assert _events(text, published=dt.date(2022, 8, 30)) == []


@pytest.mark.parametrize(
    ("text", "taker", "left"),
    [
        # the sentence's subject entered after the withdrawal its noun tells of the side named after it
        (
            "دخلت قوات الجيش اليمني أمس مدينة المكلا بعد انسحاب مسلحي تنظيم القاعدة في جزيرة العرب منها دون قتال.",
            "YEM_STATE",
            "AQAP",
        ),
        # the withdrawing side told after its verb, the taker after the entry
        (
            "انسحبت قوات النظام أمس من مدينة السلمية دون أي مواجهة، ودخلتها عناصر هيئة تحرير الشام بعد ساعات.",
            "HTS",
            "SYR_STATE",
        ),
    ],
)
def test_who_entered_after_a_withdrawal_took_the_place_from_who_left(text: str, taker: str, left: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER
    assert (e.actor1.actor_id if e.actor1 else None, e.actor2.actor_id if e.actor2 else None) == (taker, left)


def test_fighting_worth_no_mention_is_no_fight() -> None:
    """ "من دون أن تشهد المدينة اشتباكات تذكر": the denial stands four words before the clashes, "تذكر" after."""
    (e,) = _events(
        "دخلت قوات النظام أمس مدينة معرة النعمان بعد أن انسحبت منها الفصائل، من دون أن تشهد المدينة اشتباكات تذكر."
    )
    assert e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER


def test_a_transfer_nobody_fought_over_has_no_dead() -> None:
    """A toll told beside a transfer made without fighting is another event's: the transfer has none."""
    events = _events(
        "دخلت قوات الجيش اليمني أمس مدينة المكلا بعد انسحاب مسلحي تنظيم القاعدة في جزيرة العرب منها، دون أن"
        " تشهد المدينة معارك تذكر. وكان التحالف قد أعلن مقتل 800 من عناصر التنظيم في عملية بالمكلا."
    )
    transfers = [e for e in events if e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER]
    assert transfers and all(e.fatalities == 0 for e in transfers)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a state's air force by name, its strikes carried out
        (
            "نفذت القوات الجوية المصرية أمس ضربات على مواقع للمسلحين جنوب مدينة الشيخ زويد أسفرت عن مقتل 14 مسلحا.",
            "Military Forces of Egypt",
        ),
        # drones before the verb that carried the strikes out, the army named as the sentence's source
        (
            "وأضاف بيان الجيش المالي أن الطائرات المسيرة نفذت اليوم ضربات على ملاذات للإرهابيين قرب مدينة سيغو.",
            "Military Forces of Mali",
        ),
    ],
)
def test_strikes_carried_out_by_an_air_force_or_drones_are_air_strikes(text: str, doer: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.name.startswith(doer)


def test_blows_traded_in_words_are_no_strikes() -> None:
    assert _events("تبادل أنصار المرشحين أمس ضربات قوية على مواقع التواصل الاجتماعي في تونس.") == []


def test_the_dead_counted_before_their_verb_are_its_events_not_the_clash_told_first() -> None:
    """ "تواصلت الاشتباكات ... بينما قالت مجموعة إن سبعة مدنيين قتلوا في قصف مدفعي": the figure is the subject
    of the shelling's killing verb, so the seven dead are the shelling's, not the clash's before them."""
    events = _events(
        "واليوم، تواصلت الاشتباكات في حي العمارات وسط الخرطوم، بينما قالت مجموعة محامو الطوارئ إن سبعة مدنيين"
        " قتلوا في قصف مدفعي لقوات الدعم السريع استهدف أحياء في محلية كرري بأم درمان.",
        published=dt.date(2025, 3, 22),
    )
    dead = {e.sub_event_type: e.fatalities for e in events}
    assert dead.get(SubEventType.SHELLING) == 7
    assert dead.get(SubEventType.ARMED_CLASH, 0) == 0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the date after the reporting verb and its subject dates the statement; the event's comes later
        (
            "قالت لجنة أطباء السودان، اليوم الثلاثاء، إن عدد القتلى جراء فض اعتصام المحتجين أمام مقر القيادة العامة"
            " في الخرطوم فجر أمس الاثنين ارتفع إلى 35 شخصاً.",
            "2019-06-03",
        ),
        # an announcement of a capture is dated by its own date, not by a span told after it
        (
            "أعلن الجيش السوداني، أمس الاثنين، استعادة السيطرة على مدينة سنجة بعد معارك مع قوات الدعم السريع التي"
            " كانت تسيطر على المدينة منذ نهاية حزيران الماضي.",
            "2019-06-03",
        ),
        # the date right after the statement ("في بيان، مساء الاثنين") dates it; the attack's comes later
        (
            "أعلنت رئاسة الأركان في بيان، مساء الاثنين، مقتل 12 جندياً في هجوم شنه مسلحون يوم الأحد على قاعدة"
            " عسكرية قرب مدينة الفاشر.",
            "2019-06-02",
        ),
        # the toll of an attack announced, after a dateline, dated apart from the attack told after it
        (
            "الفاشر – (وكالات): أعلن قائد الفرقة السادسة، اليوم الثلاثاء، مقتل 12 جندياً في هجوم شنه مسلحون،"
            " يوم الأحد، على قاعدة عسكرية قرب مدينة الفاشر.",
            "2019-06-02",
        ),
        # ... but "صباح اليوم نفسه" counts from the statement's day: it stays
        (
            "أعلن المتحدث العسكري، مساء أمس الاثنين، مقتل ضابط وثلاثة جنود خلال صد هجوم استهدف نقطة عسكرية قرب"
            " مدينة الفاشر، صباح اليوم نفسه.",
            "2019-06-03",
        ),
    ],
)
def test_the_date_of_a_statement_gives_way_to_the_date_of_what_it_reports(text: str, day: str) -> None:
    (e,) = _events(text, published=dt.date(2019, 6, 4))
    assert e.date is not None and e.date.iso() == day


def test_the_event_pointed_at_is_the_one_told_before() -> None:
    """ "وتعد هذه الاشتباكات الأعنف ... التي شنتها قوات القيادة العامة": the clashes told before, pointed at,
    are no new event of the group named in the comparison."""
    events = _events(
        "اندلعت اشتباكات عنيفة فجر أمس السبت بين جهاز دعم الاستقرار وكتيبة ثوار طرابلس في منطقة زاوية الدهماني"
        " وسط طرابلس. وتعد هذه الاشتباكات الأعنف في العاصمة منذ انتهاء حرب 2020 التي شنتها قوات القيادة العامة"
        " على طرابلس.",
        published=dt.date(2022, 8, 28),
    )
    assert len(events) == 1


def test_a_strike_told_without_a_doer_is_the_one_bombardiers() -> None:
    """The report names one doer of its air strikes; the strike it tells later without one is that doer's,
    marked inferred."""
    events = _events(
        "استشهد سبعة مواطنين فجر اليوم إثر غارة إسرائيلية استهدفت منزلاً في مدينة دير البلح وسط قطاع غزة. وكان"
        " شرطيان قد استشهدا أمس بغارة لطائرة مسيّرة استهدفتهما في مدينة رفح.",
        published=dt.date(2024, 3, 19),
    )
    rafah = [e for e in events if e.place is not None and e.place.city.startswith("Rafa")]
    assert rafah and rafah[0].actor1 is not None and rafah[0].actor1.name.startswith("Military Forces of Israel")
    assert "actor1" in rafah[0].inferred


def test_no_bombardier_is_inferred_when_fire_went_both_ways() -> None:
    """A missile attack on a base told beside the strikes of the force based there is no strike of that force."""
    events = _events(
        "تعرضت قاعدة عين الأسد الجوية غربي الأنبار مساء السبت لهجوم بالصواريخ الباليستية أسفر عن إصابات طفيفة في"
        " صفوف الجنود. وفجر اليوم، شنت طائرات أميركية غارات على مواقع تابعة لكتائب حزب الله في منطقة جرف النصر"
        " شمالي محافظة بابل.",
        published=dt.date(2024, 1, 24),
    )
    american = [e for e in events if e.actor1 is not None and "United States" in e.actor1.name]
    assert len(american) == 1


def test_the_arms_a_fight_was_fought_with_are_no_event_of_their_own() -> None:
    """ "ودارت معارك ... يوم السبت ... استخدمت فيها المدفعية والطيران المسير": the artillery was the battle's."""
    events = _events(
        "دخلت قوات الدعم السريع أمس مدينة ود مدني. وكانت القوات قد عبرت النيل الأزرق يوم الجمعة الماضي، ودارت"
        " معارك عنيفة بينها وبين الجيش يوم السبت في منطقة حنتوب، استُخدمت فيها المدفعية والطيران المسيّر، دون"
        " إعلان حصيلة للضحايا.",
        published=dt.date(2023, 12, 19),
    )
    assert SubEventType.ARMED_CLASH in {e.sub_event_type for e in events}
    assert SubEventType.SHELLING not in {e.sub_event_type for e in events}


def test_an_incursion_nobody_fought_that_destroyed_property_is_that_destruction() -> None:
    doc = marsad.extract(
        "توغلت قوات الاحتلال الإسرائيلي صباح اليوم في بلدة جباتا الخشب بريف القنيطرة الشمالي، وقامت بتجريف"
        " مساحات من الأراضي الزراعية وهدم منزلين على أطراف البلدة، وسط استياء الأهالي.",
        published=dt.date(2025, 1, 5),
    )
    assert [(e.sub_event_type, e.actor1 and e.actor1.actor_id) for e in doc.events] == [
        (SubEventType.LOOTING, "ISR_STATE")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # stoning with the counted youths after the verb
        "رشق عشرات الشبان قوات الأمن بالحجارة في مدينة القصرين التونسية مساء أمس.",
        # youths on one side of confrontations
        "اندلعت مواجهات ليلية مساء أمس بين شبان وقوات الأمن في مدينة القصرين التونسية.",
    ],
)
def test_youths_stoning_or_confronting_a_force_riot(text: str) -> None:
    doc = marsad.extract(text, published=dt.date(2021, 1, 18))
    assert [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in doc.events] == [
        (SubEventType.VIOLENT_DEMONSTRATION, "Rioters (Tunisia)", "Police Forces of Tunisia (2019-)")
    ]


def test_armed_clansmen_are_no_rioting_youths() -> None:
    doc = marsad.extract(
        "قتل شخصان مساء أمس في اشتباكات مسلحة اندلعت في بلدة خلدة جنوب بيروت بين شبان من عشائر عرب خلدة"
        " ومناصرين لحزب الله.",
        published=dt.date(2020, 8, 28),
    )
    assert [e.event_type for e in doc.events] == [EventType.BATTLES]


def test_the_force_named_in_a_riots_sentence_is_whom_the_crowd_met() -> None:
    doc = marsad.extract(
        "وفي بنغازي، رشق مئات الشبان مراكز للشرطة بالحجارة وأضرموا النار في عدد من السيارات، فيما ردت قوات"
        " الأمن بالغاز المسيل للدموع.",
        published=dt.date(2011, 2, 18),
    )
    (e,) = doc.events
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Libya"


def test_the_same_day_with_no_narrative_date_yet_is_the_sentences_own_date() -> None:
    doc = marsad.extract(
        "أعلن المتحدث العسكري للقوات المسلحة المصرية، مساء أمس السبت، مقتل ضابط و10 جنود وإصابة خمسة آخرين، خلال"
        " صد هجوم إرهابي استهدف نقطة لرفع المياه قرب مدينة القنطرة شرق، صباح اليوم نفسه.",
        published=dt.date(2022, 5, 8),
    )
    (e,) = doc.events
    assert e.date is not None and e.date.earliest == dt.date(2022, 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        # goods let in or kept out, and the front lines
        "وتتهم جماعة الحوثي التحالف بقيادة السعودية بفرض حصار خانق على ميناء الحديدة يمنع دخول الوقود، فيما يتهم"
        " التحالف الجماعة بتحويل المساعدات لصالح مقاتليها على جبهات القتال في مأرب.",
        # the front lines, not a fight told
        "وقالت الجماعة اليوم إن مقاتليها على جبهات القتال في مأرب صامدون في وجه قوات التحالف بقيادة السعودية.",
        # carrying the fight somewhere is a threat
        "توعد قائد قوات الدعم السريع محمد حمدان دقلو، في كلمة مصورة بثت اليوم الأحد، بنقل المعارك إلى مدينة الأبيض.",
        # talks that entered their fourth day, between the two armed sides, in a named city
        "دخلت المحادثات غير المباشرة بين ممثلي القوات المسلحة السودانية وقوات الدعم السريع في مدينة جدة يومها"
        " الرابع اليوم الأربعاء.",
    ],
)
def test_war_words_that_tell_no_event(text: str) -> None:
    assert marsad.extract(text, published=dt.date(2021, 12, 22)).events == []


@pytest.mark.parametrize(
    "text",
    [
        "تواصلت فجر اليوم السبت الاشتباكات بين القوات العراقية ومسلحي تنظيم الدولة الإسلامية في حي الجولان شمالي"
        " مدينة الفلوجة، غداة إعلان الحكومة استعادة مركز المدينة.",
        # power seized "since": no ground taken in the news
        "قُتل 15 متظاهراً أمس الأربعاء برصاص الشرطة خلال مواكب في مدينة الخرطوم بحري، في اليوم الأكثر دموية منذ"
        " استيلاء الجيش على السلطة.",
    ],
)
def test_a_capture_told_as_what_came_before_heads_none_of_the_news(text: str) -> None:
    doc = marsad.extract(text, published=dt.date(2016, 6, 18))
    assert doc.events and all(
        e.sub_event_type not in (SubEventType.GOVERNMENT_REGAINS, SubEventType.NON_STATE_OVERTAKES) for e in doc.events
    )


def test_a_landmark_is_where_the_town_named_right_after_it_puts_it() -> None:
    doc = marsad.extract(
        "غزة – الجزيرة نت\n\nقال الدفاع المدني في قطاع غزة إن 25 فلسطينياً على الأقل استشهدوا، بينهم نساء وأطفال، في"
        " غارة إسرائيلية استهدفت مساء أمس الثلاثاء مدرسة العودة التي تؤوي نازحين في بلدة عبسان الكبيرة شرق مدينة"
        " خان يونس.",
        published=dt.date(2024, 7, 10),
    )
    (e,) = doc.events
    assert e.place is not None and (e.place.location, e.fatalities) == ("Abasan al-Kabira", 25)


def test_an_attack_told_with_no_side_hit_is_the_attack_on_the_people_told_after() -> None:
    doc = marsad.extract(
        "ارتفعت حصيلة الهجوم الذي استهدف مسجد الروضة في مدينة بئر العبد أثناء صلاة الجمعة أمس إلى 235 قتيلاً. وقال"
        " شهود إن مسلحين طوقوا المسجد ثم فتحوا النار على المصلين أثناء خروجهم.",
        published=dt.date(2017, 11, 25),
    )
    (e,) = doc.events
    assert (e.sub_event_type, e.fatalities, e.civilian_targeting) == (SubEventType.ATTACK, 235, True)


def test_the_dead_counted_out_place_by_place_are_one_event_per_place() -> None:
    doc = marsad.extract(
        "قالت لجنة أطباء السودان المركزية إن سبعة متظاهرين قتلوا أمس الاثنين برصاص قوات الأمن، بينهم خمسة في"
        " الخرطوم واثنان في الخرطوم بحري، خلال احتجاجات جديدة.",
        published=dt.date(2022, 1, 18),
    )
    assert sorted((e.place.location if e.place else "", e.fatalities) for e in doc.events) == [
        ("Khartoum", 5),
        ("Khartoum North", 2),
    ]
    # who the dead were is no breakdown by place
    doc = marsad.extract(
        "توفي طبيب وأصيب أكثر من ثلاثين شخصاً، بينهم كوادر طبية، بحالات اختناق، جراء قصف مروحيات النظام مشفى"
        " ميدانياً في مدينة اللطامنة بريف حماة الشمالي، أمس السبت.",
        published=dt.date(2017, 3, 26),
    )
    assert len({e.place.location for e in doc.events if e.place}) == 1


def test_force_met_with_its_dead_told_before_stays_excessive_when_the_force_is_told_again() -> None:
    doc = marsad.extract(
        "قالت لجنة أطباء السودان المركزية إن خمسة متظاهرين قتلوا أمس الاثنين برصاص قوات الأمن في الخرطوم، خلال"
        " احتجاجات رافضة للانقلاب. وأفاد شهود بأن قوات الشرطة أطلقت الرصاص الحي وقنابل الغاز على موكب كان يتجه"
        " نحو القصر الرئاسي عبر شارع المطار.",
        published=dt.date(2022, 1, 18),
    )
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [(SubEventType.EXCESSIVE_FORCE, 5)]


def test_the_date_that_closes_a_telling_dates_the_statement_not_the_event_told() -> None:
    doc = marsad.extract(
        "الخرطوم - قالت وزارة الصحة السودانية اليوم الثلاثاء إن 46 شخصاً قتلوا في عملية فض الاعتصام أمام مقر"
        " القيادة العامة للجيش في الخرطوم أمس الاثنين، بينما أكدت لجنة الأطباء أن الحصيلة بلغت 60 قتيلاً.\nوقال"
        " معتصمون إن قوات أمنية اقتحمت ساحة الاعتصام فجراً، وأطلقت الرصاص الحي على المعتصمين السلميين.",
        published=dt.date(2019, 6, 4),
    )
    assert {e.date.earliest if e.date else None for e in doc.events} == {dt.date(2019, 6, 3)}


def test_parts_of_the_dead_for_every_place_make_the_whole() -> None:
    doc = marsad.extract(
        "قتل 25 شخصاً أمس الثلاثاء في اشتباكات بين القوات العراقية ومسلحين من جيش المهدي، بينهم 16 في البصرة"
        " وتسعة في الكوت، بحسب مصادر في الشرطة.",
        published=dt.date(2008, 3, 26),
    )
    assert sorted((e.place.location if e.place else "", e.fatalities) for e in doc.events) == [
        ("Al-Kut", 9),
        ("Basrah", 16),
    ]


def test_the_forces_own_wounded_are_no_force_used_on_the_crowd() -> None:
    doc = marsad.extract(
        "أطلقت الشرطة الغاز المسيل للدموع أمس الجمعة لتفريق محتجين حاولوا التقدم نحو قصر الرئاسة في الجزائر"
        " العاصمة، وقالت المديرية العامة للأمن الوطني إن 56 شرطياً أصيبوا واعتُقل 45 شخصاً.",
        published=dt.date(2019, 3, 2),
    )
    assert [e.sub_event_type for e in doc.events if e.event_type is EventType.PROTESTS] == [
        SubEventType.PROTEST_WITH_INTERVENTION
    ]


def test_the_mahdi_army_is_named() -> None:
    doc = marsad.extract(
        "قتل 21 شخصاً أمس في اشتباكات بين القوات العراقية ومسلحي جيش المهدي في مدينة البصرة.",
        published=dt.date(2008, 3, 26),
    )
    (e,) = doc.events
    assert e.actor2 is not None and e.actor2.name == "Mahdi Army"


def test_a_crowd_moving_enters_no_ground() -> None:
    doc = marsad.extract(
        "أطلقت الشرطة الغاز المسيل للدموع أمس الجمعة لتفريق محتجين حاولوا التقدم نحو قصر الرئاسة في الجزائر العاصمة.",
        published=dt.date(2019, 3, 2),
    )
    assert [e.event_type for e in doc.events] == [EventType.PROTESTS]
    # storming a place is the crowd's riot
    doc = marsad.extract(
        "قتل ثلاثة محتجين أمس بنيران حراس مقر أحد الفصائل في مدينة الديوانية بعدما حاول المحتجون اقتحامه وإحراقه.",
        published=dt.date(2019, 10, 26),
    )
    assert EventType.RIOTS in {e.event_type for e in doc.events}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the force between "فتحت" and the fire
        ("فتحت قوات الأمن النار على محتجين قرب جسر الزيتون في مدينة الناصرية أمس.", "PROTEST_WITH_INTERVENTION"),
        # the killing told after the fire makes it excessive force, counted or not
        ("فتحت الشرطة النار على المتظاهرين في مدينة نيروبي أمس فقتلت عدداً منهم.", "EXCESSIVE_FORCE"),
        ("أطلقت الشرطة النار على المتظاهرين في مدينة نيروبي أمس فأصابت ثلاثة منهم بجروح خطيرة.", "EXCESSIVE_FORCE"),
    ],
)
def test_a_force_opening_fire_on_a_crowd(text: str, sub: str) -> None:
    (e,) = _events(text)
    assert e.event_type is EventType.PROTESTS and e.sub_event_type is SubEventType[sub]


def test_armed_men_of_a_force_the_pack_does_not_name_killed_are_no_civilians() -> None:
    (e,) = _events("قتل قناص من تنظيم داعش أمس ثلاثة من مقاتلي قوات البنيان المرصوص في مدينة سرت.")
    assert e.sub_event_type is SubEventType.ARMED_CLASH and not e.civilian_targeting and e.fatalities == 3


def test_a_word_of_talk_inside_a_forces_name_makes_no_talk() -> None:
    # "مكافحة" heads the service's name; it does not make the capture talk about fighting terrorism
    (e,) = _events("أعلن قائد العمليات أمس أن قوات جهاز مكافحة الإرهاب حررت حي المثنى في مدينة الموصل.")
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # "a day after X": X came the day before the news
        (
            "سيطرت قوات النظام أمس على حي الحيدرية في مدينة حلب، بعد يوم واحد فقط من سيطرتها على حي مساكن هنانو.",
            2,
        ),
        (
            "قتل جنديان بهجوم على حاجز في مدينة جبلة أمس. وجاء ذلك بعد يومين من مقتل ثلاثة مدنيين بقصف على بلدة"
            " القرداحة.",
            3,
        ),
        # the earlier event's own day stands
        ("اعتقلت قوات الأمن أمس شاباً في مدينة جبلة، بعد يوم من اعتقال ناشط في بلدة القرداحة يوم الأحد.", 5),
    ],
)
def test_what_came_days_before_the_news_is_dated_so(text: str, days: int) -> None:
    events = sorted(_events(text), key=lambda e: e.date.earliest if e.date else PUB)
    assert len(events) == 2 and events[0].date is not None
    assert events[0].date.earliest == PUB - dt.timedelta(days=days)


@pytest.mark.parametrize(
    "text",
    [
        "وكان محتجون قد اقتحموا مساء الأربعاء مبنى القنصلية الإيرانية في النجف وأضرموا النار فيه.",
        "وكان المتظاهرون قد أضرموا النار مساء الأربعاء في مقر حزب الدعوة في مدينة الناصرية.",
        # a live blog's present
        "الناصرية: متظاهرون غاضبون يحرقون مبنى مجلس محافظة ذي قار أمس.",
    ],
)
def test_a_crowd_named_before_its_verb_of_storming_or_burning_riots(text: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "وأوضح أن مجموعات من الشبان هاجمت مراكز أمنية وأضرمت النار في سيارات في مدينة القصرين أمس.",
            "VIOLENT_DEMONSTRATION",
        ),
        # armed men are no crowd
        ("وأوضح أن مسلحين هاجموا مراكز أمنية في مدينة القصرين أمس.", "ARMED_CLASH"),
    ],
)
def test_young_men_attacking_with_no_armed_side_riot(text: str, sub: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType[sub]


def test_a_raid_a_fight_was_fought_in_is_part_of_it() -> None:
    (e,) = _events("قتلت قوات الجيش خمسة مسلحين في تبادل لإطلاق النار خلال مداهمة في مدينة الشيخ زويد أمس.")
    assert e.sub_event_type is SubEventType.ARMED_CLASH and e.fatalities == 5


def test_raids_over_an_unnamed_stretch_of_time_are_no_event() -> None:
    assert _events("وأضاف المتحدث أن القوات قتلت 18 تكفيرياً خلال مداهمات في شمال سيناء في الفترة الماضية.") == []


def test_the_claimant_did_what_killed_the_soldiers_a_spokesman_told_of() -> None:
    (e,) = _events(
        "قال المتحدث العسكري إن ثمانية جنود قتلوا أمس جراء انفجار عبوة ناسفة استهدفت مدرعة للجيش جنوب مدينة"
        " بئر العبد. وتبنى تنظيم ولاية سيناء الهجوم في بيان."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "ISIS"


def test_a_days_toll_over_the_whole_country_is_no_events_toll() -> None:
    text = (
        "أطلقت «عصابات مسلحة» النار على حاجز لقوات حفظ النظام في معضمية الشام أمس ما أدى إلى مقتل عنصر."
        "\nوقالت لجان التنسيق المحلية إن حصيلة اليوم في عموم سوريا تتجاوز 70 قتيلاً."
    )
    (e,) = _events(text)
    assert e.fatalities == 1
    assert e.actor1 is not None and e.actor1.actor_id == "UNIDENTIFIED_ARMED"
    assert e.actor2 is not None and e.actor2.actor_id == "SYR_POLICE"


def test_bombers_driving_their_car_bombs_are_suicide_bombers_and_heroes_are_soldiers() -> None:
    (e,) = _events(
        "صرح المتحدث العسكري بأن ستة من أبطال القوات المسلحة استشهدوا صباح اليوم، إثر قيام عنصرين إرهابيين بتفجير"
        " سيارتين مفخختين يقودانهما في مبنى المخابرات الحربية بمدينة رفح بمحافظة شمال سيناء."
    )
    assert e.sub_event_type is SubEventType.SUICIDE_BOMB and e.fatalities == 6


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a bulletin's present tense
        ("قطعات الشرطة الاتحادية تحرر حي الدواسة بالكامل في مدينة الموصل اليوم.", "GOVERNMENT_REGAINS"),
        # the army's aviation named before the army
        ("طيران الجيش العراقي يدمر اليوم تجمعاً للإرهابيين في قضاء الحضر ويقتل 7 منهم.", "AIR_DRONE_STRIKE"),
        # terrorists killed by a force are no civilians
        ("قتلت قوات الحشد الشعبي اليوم 12 إرهابياً على محور غرب قضاء تلعفر.", "ARMED_CLASH"),
    ],
)
def test_war_bulletin_wording(text: str, sub: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType[sub]


def test_young_men_trying_to_move_towards_a_palace_take_no_ground() -> None:
    text = (
        "خرج مئات الآلاف أمس الجمعة في مسيرات حاشدة جابت شوارع العاصمة الجزائر. وسارت المسيرات في العاصمة بشكل"
        " سلمي، غير أن قوات الأمن استخدمت الغاز المسيل للدموع لتفريق مجموعات من الشبان حاولوا التقدم نحو قصر"
        " المرادية الرئاسي."
    )
    assert EventType.BATTLES not in {e.event_type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the event words right after "weeks after"
        "قتل جنديان بهجوم على حاجز في بلدة الشحيل اليوم. ويأتي الهجوم بعد أسابيع من مقتل خمسة مدنيين بقصف على"
        " بلدة البصيرة.",
        # the date after them: the toll is the past protests'
        "تظاهر المئات في مدينة درعا اليوم. وتأتي الموجة الثانية من الاحتجاجات بعد أسابيع من احتجاجات الأول من"
        " آذار التي قتل فيها نحو 150 شخصاً.",
    ],
)
def test_what_the_news_comes_weeks_after_is_history(text: str) -> None:
    (e,) = _events(text)
    assert e.fatalities in (0, 2)
    assert any(h.historical for h in _events(text, historical=True))


def test_what_the_news_comes_a_day_after_is_news() -> None:
    text = (
        "قتل جنديان بهجوم على حاجز في بلدة الشحيل اليوم. ويأتي الهجوم بعد يوم من مقتل خمسة مدنيين بقصف على بلدة"
        " البصيرة."
    )
    assert len(_events(text)) == 2
    # nor what follows a comma after them
    (e,) = _events("بعد أشهر من الهدوء، قصفت قوات النظام اليوم بلدة البصيرة.")
    assert not e.historical


def test_the_attackers_arson_is_no_riot() -> None:
    text = (
        "قتل مسلحون 14 مدنياً في هجوم على قرية قرب مدينة جيبو أمس. وقال السكان إن المهاجمين جمعوا الرجال قبل أن"
        " يطلقوا النار عليهم، ثم أحرقوا مخازن الحبوب."
    )
    (e,) = _events(text, dt.date(2024, 5, 6))
    assert e.sub_event_type is SubEventType.ATTACK and e.fatalities == 14
    # a crowd's arson after the attack stays a riot
    text = (
        "قتل مسلحون 14 مدنياً في هجوم على قرية قرب مدينة جيبو أمس. وفي وقت لاحق أحرق محتجون غاضبون مقر البلدية"
        " في المدينة."
    )
    assert SubEventType.VIOLENT_DEMONSTRATION in {e.sub_event_type for e in _events(text, dt.date(2024, 5, 6))}


@pytest.mark.parametrize(
    "text",
    [
        # groups of youths on one side of confrontations with security units
        "اندلعت مساء أمس الأحد مواجهات بين مجموعات من الشبان ووحدات الأمن في حي التضامن بتونس.",
        # the protesters the sentence named before burn
        "حاول محتجون في مدينة سليانة مساء أمس الأحد اقتحام مقر الولاية وأضرموا النار في حاوية فضلات.",
    ],
)
def test_youths_confronting_the_police_and_protesters_burning_riot(text: str) -> None:
    (e,) = _events(text, dt.date(2021, 1, 18))
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor1 is not None and e.actor1.name == "Rioters (Tunisia)"


def test_a_demolition_one_of_the_protesters_tells_is_no_riot() -> None:
    text = "وقال أحد المتظاهرين في مدينة سليانة إن الحكومة هدمت أمس الأحد حوالي 20 منزلا."
    assert all(e.sub_event_type is not SubEventType.VIOLENT_DEMONSTRATION for e in _events(text, dt.date(2021, 1, 18)))


def test_a_missile_brought_down_unharmed_is_a_disrupted_weapon() -> None:
    text = (
        "رصدت قوات الدفاع الجوي مساء اليوم إطلاق صاروخ باليستي من قبل الميليشيا الحوثية باتجاه مدينة جازان، وقد"
        " تم اعتراض الصاروخ وتدميره ولم ينتج عن ذلك أي إصابات."
    )
    (e,) = _events(text, dt.date(2018, 5, 14))
    assert e.sub_event_type is SubEventType.DISRUPTED_WEAPONS
    assert e.actor2 is not None and e.actor2.actor_id == "HOUTHIS"
    # one that killed is a strike, whatever was brought down
    text = (
        "أطلقت الميليشيا الحوثية مساء اليوم صاروخاً باليستياً باتجاه مدينة جازان، وتم اعتراض الصاروخ لكن شظاياه"
        " أدت إلى مقتل مقيمين اثنين."
    )
    (e,) = _events(text, dt.date(2018, 5, 14))
    assert e.sub_event_type is not SubEventType.DISRUPTED_WEAPONS


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # some of the missiles brought down: the rest landed
        (
            "تصدت الدفاعات الجوية مساء أمس لصواريخ أطلقتها طائرات إسرائيلية على محيط مدينة حمص وأسقطت بعضها.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        # one of the drones confronted hit its target: a drone strike (not a suicide bombing)
        (
            "تصدت المضادات الأرضية فجر اليوم لعدد من المسيرات الانتحارية أطلقتها ميليشيا الحوثي على مدينة مأرب،"
            " فيما أصابت إحداها خزانات للوقود.",
            SubEventType.AIR_DRONE_STRIKE,
        ),
        # rockets of which the rest fell: shelling
        (
            "اعترضت منظومة القبة الحديدية أمس صاروخين من أصل خمسة أطلقت من قطاع غزة باتجاه مدينة سديروت، فيما سقطت"
            " البقية في مناطق مفتوحة.",
            SubEventType.SHELLING,
        ),
    ],
)
def test_weapons_partly_brought_down_landed(text: str, sub: SubEventType) -> None:
    events = _events(text, dt.date(2023, 5, 6))
    assert [e.sub_event_type for e in events] == [sub]
    # the words of what landed are evidence of the event
    assert any(x.text in ("أسقطت بعضها", "أصابت إحداها", "سقطت البقية") for x in events[0].evidence)


def test_drones_that_explode_are_a_drone_strike_not_a_suicide_bombing() -> None:
    text = "استهدفت مسيرات انتحارية أطلقتها ميليشيا الحوثي فجر اليوم مطار مدينة أبها."
    (e,) = _events(text, dt.date(2023, 5, 6))
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    # all brought down, a drone is still a weapon kept from use
    (e,) = _events("أسقطت الدفاعات الجوية فجر اليوم طائرة مسيرة مفخخة أطلقتها ميليشيا الحوثي باتجاه مدينة أبها.")
    assert e.sub_event_type is SubEventType.DISRUPTED_WEAPONS


def test_a_sahel_report_filed_by_an_outlet_named_after_france() -> None:
    """The outlet's country is not the report's ("إذاعة فرنسا الدولية"), the army's adjective names Burkina Faso
    (so its small towns are placed), the auxiliaries are named in full, and the group's own count of the dead,
    told by a participle, is not added to the report's."""
    text = (
        "واغادوغو – إذاعة فرنسا الدولية\nقتل 12 على الأقل من عناصر المتطوعين من أجل الدفاع عن الوطن، وهي ميليشيا"
        " رديفة للجيش البوركيني، يوم الخميس في هجوم على موقعهم في بلدة سيبا، وتبنت جماعة نصرة الإسلام والمسلمين"
        " الهجوم قائلة إنها قتلت أكثر من ثلاثين."
    )
    (e,) = _events(text, dt.date(2023, 4, 22))
    assert e.place is not None and e.place.country == "Burkina Faso" and e.place.location == "Sebba"
    assert e.actor2 is not None and e.actor2.actor_id == "BFA_VDP"
    assert e.fatalities == 12


def test_a_deadly_raid_that_also_took_people_is_one_attack() -> None:
    """Killing told first, then abduction and burning, all by one unnamed doer in one sentence at a village the
    gazetteer lacks: one Attack (ACLED's more severe sub-type), not an abduction and a second attack."""
    text = (
        "قال سكان إن مسلحين هاجموا ليل الجمعة قرية نائية في ولاية زامفارا، وقتلوا 11 قروياً على الأقل،"
        " واختطفوا ما بين 20 و30 آخرين، بعد أن أحرقوا مخازن الحبوب."
    )
    events = _events(text, dt.date(2023, 6, 25))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ATTACK, 11)]
    # people taken with one man killed in passing stay an abduction
    text = "خطف مسلحون أمس 287 تلميذاً من مدرسة في بلدة كوريغا بولاية كادونا، وقتلوا أحد الحراس."
    assert [e.sub_event_type for e in _events(text, dt.date(2024, 3, 8))] == [SubEventType.ABDUCTION]


def test_a_foiled_attack_claimed_after_is_the_claimants_and_one_sides_later_count_is_no_new_total() -> None:
    text = (
        "أعلن المتحدث العسكري أن القوات المسلحة أحبطت أمس هجوماً إرهابياً على أحد الارتكازات الأمنية غربي مدينة"
        " بئر العبد، ما أسفر عن مقتل 18 تكفيرياً واستشهاد ضابطين وثلاثة جنود، فيما قالت مصادر قبلية إن عدد قتلى"
        " الجيش بلغ ما بين ثمانية وعشرة. وتبنى تنظيم ولاية سيناء الهجوم في وقت لاحق."
    )
    (e,) = _events(text, dt.date(2020, 7, 22))
    assert e.actor1 is not None and e.actor1.actor_id == "ISIS"
    assert e.fatalities == 23  # the army's 5 and the 18 attackers; the tribal count is of the army's dead only


def test_another_sources_figure_after_a_tolls_update_is_a_count_of_the_same_dead() -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس بين جهاز الردع لمكافحة الإرهاب والجريمة المنظمة واللواء 444 قتال في منطقة عين"
        " زارة جنوبي طرابلس. وأعلن مركز طب الطوارئ ارتفاع حصيلة القتلى إلى 23 قتيلاً، فيما تحدثت مصادر محلية"
        " عن 27 قتيلاً."
    )
    (e,) = _events(text, dt.date(2023, 8, 16))
    assert e.actor2 is not None and e.actor2.name == "444th Brigade"  # (the deterrence force by its full name)
    assert e.fatalities == 23


def test_a_sentence_opening_with_a_contrast_gives_another_sources_count_of_the_crowds_dead() -> None:
    text = (
        "قتل 12 شخصاً على الأقل أمس في مدينة مشهد بعدما أطلقت قوات الأمن الرصاص الحي على محتجين تجمعوا قرب"
        " مبنى المحافظة، بحسب التلفزيون الرسمي. في المقابل، قالت منظمة حقوقية إن 30 شخصاً على الأقل قتلوا برصاص"
        " قوات الأمن."
    )
    (e,) = _events(text, dt.date(2022, 10, 1))
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert e.fatalities == 12  # ACLED: the lowest of two sources' counts


def test_a_retelling_with_no_place_nor_date_joins_the_event_when_the_report_has_no_publication_date() -> None:
    text = (
        "قتل العشرات من المدنيين يوم الأحد الماضي في هجوم شنه مسلحون مجهولون على بلدة سيتنغا شمالي بوركينا فاسو."
        " وقال أحد الناجين إن المهاجمين وصلوا على دراجات نارية وأطلقوا النار على الرجال في السوق."
    )
    assert [(e.sub_event_type, e.fatalities) for e in _events(text, None)] == [(SubEventType.ATTACK, 12)]


def test_a_settlers_raid_on_a_town_is_an_attack_on_its_people_and_no_control_fact() -> None:
    text = (
        "اقتحم مئات المستوطنين بلدة حوارة جنوب نابلس مساء أمس، بعد ساعات من مقتل مستوطنين شقيقين برصاص مسلح"
        " فلسطيني عند مفترق البلدة."
    )
    doc = marsad.extract(text, published=dt.date(2023, 2, 27), outlet="Test Outlet")
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else "") for e in doc.events] == [
        (SubEventType.ATTACK, "Civilians (Palestine)")
    ]
    assert doc.control == []


def test_events_counted_over_a_week_are_a_tally_not_an_event() -> None:
    text = "وأفادت هيئة حقوقية بأن المستوطنين نفذوا 37 اعتداءً في مختلف محافظات الضفة الغربية خلال الأسبوع الماضي."
    assert _events(text, dt.date(2024, 4, 14)) == []
    # (one event told over a few days, with no count of it, is dated at week precision)
    assert _events("قصفت قوات النظام بلدة كفرنبل خلال الأسبوع الماضي.", dt.date(2024, 4, 14)) != []


def test_the_arms_an_assault_used_are_part_of_it() -> None:
    text = (
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين، صباح أمس، معسكراً للجيش المالي في بلدة بوريم، مستخدمين سيارات"
        " مفخخة وطائرات مسيّرة."
    )
    assert [e.sub_event_type for e in _events(text, dt.date(2023, 9, 8))] == [SubEventType.ARMED_CLASH]


def test_bombs_found_before_they_went_off_are_disrupted_weapons_use() -> None:
    text = "عثرت قوة من الجيش صباح اليوم على عبوتين ناسفتين مزروعتين على طريق زراعي في قضاء الدجيل."
    assert [e.sub_event_type for e in _events(text, dt.date(2023, 3, 12))] == [SubEventType.DISRUPTED_WEAPONS]


def test_a_bomb_found_after_a_blast_leaves_the_blast_and_its_dead_an_event_of_their_own() -> None:
    text = (
        "أعلن المتحدث العسكري استشهاد ضابط وثلاثة جنود إثر انفجار عبوة ناسفة استهدفت مركبة مدرعة جنوب مدينة"
        " العريش مساء أمس، مضيفاً أن المهندسين العسكريين تمكنوا عقب الحادث من اكتشاف عبوة ثانية وتفكيكها."
    )
    explosions = [e for e in _events(text, dt.date(2017, 1, 9)) if e.event_type is EventType.EXPLOSIONS]
    assert [(e.sub_event_type, e.fatalities) for e in explosions] == [(SubEventType.REMOTE_EXPLOSIVE, 4)]


def test_ground_held_for_hours_is_a_fight_and_a_drone_that_struck_is_one_drone_strike() -> None:
    text = (
        "دخل مقاتلون من ميليشيا فانو صباح الاثنين بلدة فنوتي سلام بإقليم أمهرة بعد اشتباكات مع قوات الدفاع الوطني"
        " الإثيوبية، وسيطروا على مقر الإدارة المحلية لساعات قبل أن ينسحبوا. وأضافت المصادر أن طائرة مسيّرة تابعة"
        " للجيش قصفت في اليوم التالي سوقاً شعبياً في البلدة، ما أدى إلى مقتل أكثر من 30 مدنياً."
    )
    events = _events(text, dt.date(2024, 2, 7))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        (SubEventType.ARMED_CLASH, 0),
        (SubEventType.AIR_DRONE_STRIKE, 30),
    ]
    assert all(e.place is not None and e.place.location == "Finote Selam" for e in events)


def test_a_sentence_that_sets_the_story_in_a_past_month_makes_the_next_sentences_history() -> None:
    text = (
        "في مثل هذه الأيام من آذار/مارس 2011، كتب أطفال من درعا على جدران مدرستهم عبارات ضد النظام. اعتقلوا"
        " وعذبوا، فخرج أهاليهم من الجامع العمري، ثم سقط أول القتلى برصاص الأمن."
    )
    published = dt.date(2021, 3, 15)
    assert _events(text, published=published) == []
    history = _events(text, published=published, historical=True)
    assert history and {e.date.iso() if e.date else "" for e in history} == {"2011-03"}


def test_a_sentence_with_an_event_between_ends_what_a_past_date_frames() -> None:
    # the second sentence tells its own (dated) event: the third, undated, is the news's, not 2011's
    text = (
        "في آذار/مارس 2011 خرجت أول مظاهرة في مدينة درعا. واعتقلت قوات الأمن أمس عشرة شبان في المدينة."
        " وقتل شاب برصاص قناص في حي طريق السد."
    )
    news = _events(text, published=dt.date(2021, 3, 15))
    assert len(news) == 2 and all(not e.historical for e in news)


def test_the_losers_withdrawal_told_with_a_capture_is_how_the_capture_came() -> None:
    text = (
        "سيطرت الفصائل مساء أمس على بلدة كفرنبل بعد اشتباكات مع قوات النظام، في ظل انهيار سريع لخطوط دفاع قوات"
        " النظام وانسحاب عناصره باتجاه الريف الجنوبي."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.NON_STATE_OVERTAKES]


def test_a_withdrawal_with_a_place_of_its_own_after_a_capture_is_an_event_of_its_own() -> None:
    text = (
        "سيطرت الفصائل مساء أمس على بلدة كفرنبل بعد اشتباكات مع قوات النظام، فيما انسحبت قوات النظام من بلدة"
        " حيش المجاورة دون قتال."
    )
    assert len(_events(text)) == 2


def test_a_span_an_event_has_lasted_dates_no_later_news() -> None:
    text = (
        "اقتحم عشرات الشبان بعد ظهر اليوم خيم المعتصمين في ساحة رياض الصلح وسط بيروت وحطموها، وكانوا قد تجمعوا عند"
        " جسر الرينغ حيث يقطع محتجون الطريق منذ أيام. وفي طرابلس، احتشد الآلاف في ساحة النور مطالبين برحيل"
        " الحكومة."
    )
    events = marsad.extract(text, published=dt.date(2019, 10, 29)).events
    tripoli = [e for e in events if e.place is not None and e.place.location == "Tripoli"]
    assert tripoli and all(e.date is not None and e.date.iso() == "2019-10-29" for e in tripoli)


def test_where_the_losers_went_is_no_place_of_their_withdrawal() -> None:
    text = (
        "سيطرت الفصائل مساء أمس على بلدة كفرنبل بعد اشتباكات مع قوات النظام، وقال ناشطون إن عناصر النظام"
        " انسحبوا باتجاه مدينة خان شيخون."
    )
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.NON_STATE_OVERTAKES]


def test_ethiopias_national_defence_force_is_its_army() -> None:
    text = "اندلعت اشتباكات أمس بين قوات الدفاع الوطني الإثيوبية ومسلحي ميليشيا فانو في مدينة دبري ماركوس."
    (e,) = marsad.extract(text, published=dt.date(2023, 8, 15)).events
    assert [a.name for a in (e.actor1, e.actor2) if a] == ["Military Forces of Ethiopia (2018-)", "Fano Militia"]


def test_the_force_whose_headquarters_a_crowd_sat_before_is_no_side_of_it() -> None:
    text = "ارتفع عدد ضحايا فض الاعتصام أمام مقر القيادة العامة للقوات المسلحة في الخرطوم، صباح اليوم، إلى 13 قتيلاً."
    (e,) = marsad.extract(text, published=dt.date(2019, 6, 3)).events
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE and e.actor2 is None


def test_the_remembered_event_named_again_by_its_definite_word_is_history() -> None:
    text = (
        "أحيا سكان مدينة حلبجة، اليوم الخميس، الذكرى الخامسة والثلاثين لقصف المدينة بالأسلحة الكيميائية في 16"
        " آذار/مارس 1988، الذي قتل فيه نحو خمسة آلاف مدني.\nووقف المشاركون، وبينهم مسؤولون وذوو الضحايا، دقيقة"
        " صمت عند الساعة الحادية عشرة صباحاً، توقيت بدء القصف، ووضعوا أكاليل الزهور عند مقبرة الشهداء في المدينة."
    )
    published = dt.date(2023, 3, 16)
    assert _events(text, published=published) == []
    # (news told after it with its own date and toll stays news)
    news = text + " وفي سياق آخر، قتل ثلاثة مدنيين أمس بانفجار عبوة ناسفة في مدينة خورمال."
    assert len(_events(news, published=published)) == 1


def test_a_taker_handing_the_town_back_is_a_transfer_of_its_own() -> None:
    """The side that took a town and then left it as the army came back: the leaving is news of its own (a
    non-violent transfer to the army), not how the capture came."""
    text = (
        "سيطر مسلحو فانو الثلاثاء الماضي على مدينة بحر دار بعد معارك مع القوات الحكومية، "
        "قبل أن ينسحبوا منها مساء الخميس مع دخول الجيش إليها دون قتال."
    )
    taken, back = _events(text, published=dt.date(2023, 8, 20))
    assert (taken.sub_event_type, taken.date and taken.date.iso()) == (
        SubEventType.NON_STATE_OVERTAKES,
        "2023-08-15",
    )
    assert (back.sub_event_type, back.date and back.date.iso()) == (SubEventType.NON_VIOLENT_TRANSFER, "2023-08-17")
    assert back.actor1 is not None and back.actor1.actor_id == "ETH_STATE"
    assert back.actor2 is not None and back.actor2.actor_id == "FANO"


@pytest.mark.parametrize(
    ("text", "published", "holder", "holder_name"),
    [
        # "القوات الحكومية" in Amhara is Ethiopia's army, on the timeline as in the events
        (
            "سيطر مسلحو فانو الثلاثاء الماضي على مدينة بحر دار بعد معارك مع القوات الحكومية.",
            dt.date(2023, 8, 20),
            "FANO",
            "Fano Militia",
        ),
        # a renamed force: the name of the fact's day
        (
            "سيطر الجيش السوري صباح اليوم على بلدة السخنة بعد معارك مع تنظيم داعش.",
            dt.date(2025, 3, 10),
            "SYR_STATE",
            "Military Forces of Syria (2024-)",
        ),
    ],
)
def test_control_facts_name_their_sides_where_and_when_the_place_changed_hands(
    text: str, published: dt.date, holder: str, holder_name: str
) -> None:
    doc = marsad.extract(text, published=published)
    (fact,) = doc.control
    assert (fact.actor_id, fact.actor_name) == (holder, holder_name)
    (event,) = [e for e in doc.events if not e.historical]
    assert event.actor2 is not None
    assert (fact.other_actor_id, fact.other_actor_name) == (event.actor2.actor_id, event.actor2.name)


def test_a_film_retelling_a_war_gives_no_event() -> None:
    text = (
        "يعرض الفيلم الذي أخرجه مخرج سوري معارك طاحنة بين الثوار وقوات الاحتلال في قرية الجبل الأخضر، "
        "ويجسد الممثل دور قائد قتل في كمين عام 1931."
    )
    assert _events(text, published=None, historical=True) == []


def test_with_no_publication_date_a_day_long_before_the_latest_named_is_history() -> None:
    text = (
        "نشرت صحيفة محلية في 3 آذار 2019 وثائق جديدة عن أحداث الحرب. "
        "وتقول الوثائق إن الجنود قتلوا 20 مدنياً في قرية الطنطورة في 23 أيار 1948."
    )
    (e,) = _events(text, published=None, historical=True)
    assert e.historical and e.date is not None and e.date.iso() == "1948-05-23"
    # a day shortly before the latest named stays news
    recent = text.replace("1948", "2019").replace("23 أيار", "28 شباط")
    assert [x.historical for x in _events(recent, published=None, historical=True)] == [False]


def test_what_aircraft_destroyed_they_struck() -> None:
    (e,) = _events("دمرت طائرات القوات الجوية أمس عدداً من العربات التي يستخدمها المسلحون قرب مدينة الشيخ زويد.")
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE


def test_a_deal_that_says_who_the_victim_was_is_no_event_nor_the_killings_head() -> None:
    text = (
        "قتل شاب برصاص مسلحين مجهولين مساء أمس في مدينة طفس، وهو عنصر سابق في فصائل المعارضة انضم بعد التسوية"
        " إلى صفوف الأمن العسكري."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ATTACK and e.fatalities == 1
    # a deal with a day of its own is told as news
    told = (
        "اندلعت اشتباكات عنيفة في حي عين زارة بطرابلس مساء الاثنين. وتوقفت المواجهات بعد اتفاق أعلن عنه صباح"
        " الثلاثاء يقضي بتسليم القائد المحتجز إلى جهاز دعم الاستقرار."
    )
    assert SubEventType.AGREEMENT in {x.sub_event_type for x in _events(told, published=dt.date(2023, 8, 16))}


def test_a_force_storming_a_sit_in_used_force_on_the_crowd() -> None:
    (e,) = _events("قتل ثلاثة محتجين فجر اليوم عندما اقتحمت قوات مكافحة الشغب ساحة الاعتصام في مدينة حماة.")
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE and e.fatalities == 3
    # a crowd fighting the post it tried to storm is the crowd's riot
    (riot,) = _events("قتل ثلاثة في مواجهات بين متظاهرين وحاجز للجيش في مدينة حماة اليوم حاولوا اجتياحه.")
    assert riot.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION


def test_a_raid_to_loot_is_the_looting() -> None:
    (e,) = _events("اقتحم مستوطنون فجر أمس قرية المغير شرق رام الله واستولوا على نحو 60 رأساً من الأغنام.")
    assert e.sub_event_type is SubEventType.LOOTING
    assert e.actor1 is not None and e.actor1.actor_id == "SETTLERS"


def test_a_withdrawal_told_as_what_came_before_takes_no_fight_told_as_news() -> None:
    events = _events(
        "أعلنت هيئة تحرير الشام، صباح اليوم، أن مقاتليها يخوضون اشتباكات مع قوات النظام على المدخل الشمالي لمدينة "
        "حمص، بعد سيطرتهم فجر اليوم على مدينتي الرستن وتلبيسة إثر انسحاب قوات النظام منهما دون قتال."
    )
    got = sorted((e.sub_event_type.value[0], e.place.name_en if e.place else "") for e in events)
    assert got == [
        ("Armed clash", "Homs"),
        ("Non-violent transfer of territory", "Ar-Rastan"),
        ("Non-violent transfer of territory", "Talbiseh"),
    ]


def test_an_unarmed_crowd_setting_on_people_is_mob_violence() -> None:
    (e,) = _events(
        "شهدت ولاية قيصري وسط تركيا، مساء الأحد، أعمال عنف استهدفت اللاجئين السوريين، إذ هاجمت مجموعات من الشبان "
        "الغاضبين محال تجارية ومنازل يملكها سوريون وأضرمت النار في بعضها."
    )
    assert e.sub_event_type is SubEventType.MOB_VIOLENCE
    assert e.actor2 is not None and e.actor2.actor_id == "CIVILIANS"
    # the refugees' nationality names them, and they stay civilians (inter 7), not a force abroad
    assert (e.actor2.name, e.actor2.inter) == ("Civilians (Syria)", 7)
    assert e.place is not None and e.place.name_en == "Kayseri"  # "ولاية X" of Turkey, known by its capital


def test_a_fight_told_again_where_its_sentence_placed_it_gives_its_toll() -> None:
    (e,) = _events(
        "درعا – نبأ: سيطرت قوات النظام أمس الثلاثاء على بلدة بصر الحرير في ريف درعا الشرقي بعد معارك عنيفة مع فصائل "
        "المعارضة. وقالت مصادر ميدانية إن 12 مقاتلاً من الفصائل قتلوا خلال المواجهات، بينما تحدث ناشطون عن 15 "
        "قتيلاً، إضافة إلى خسائر في صفوف القوات المهاجمة التي باتت تهدد بفصل ريف درعا الشرقي.",
        published=dt.date(2018, 6, 27),
    )
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert e.place is not None and e.place.name_en == "Busr al-Harir"
    assert e.fatalities == 12


def test_a_forces_own_aircraft_before_the_verb_make_an_air_strike() -> None:
    (e,) = _events(
        "قال الجيش النيجيري إن مقاتلاته قصفت أمس الاثنين مواقع لتنظيم داعش في غرب إفريقيا في محيط بلدة مارتي بولاية "
        "بورنو، ما أسفر عن مقتل عشرات المسلحين.",
        published=dt.date(2024, 10, 29),
    )
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces of Nigeria")
    assert e.place is not None and e.place.name_en == "Marte"


def test_a_crowd_broken_up_is_met_by_the_force_of_its_sentence() -> None:
    (e,) = _events(
        "تجمع مئات الشبان في ساحة رياض الصلح وسط بيروت مساء أمس احتجاجاً على ضريبة جديدة، قبل أن تفرقهم قوات مكافحة "
        "الشغب بالقنابل المسيلة للدموع."
    )
    assert e.sub_event_type is SubEventType.PROTEST_WITH_INTERVENTION
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces of Lebanon")


def test_ground_a_side_claims_with_no_fight_told_is_still_no_transfer() -> None:
    """ACLED: a claim of control not shown so stays the fight; with no fight told it is no non-violent transfer."""
    (e,) = _events("وادعت قوات الدعم السريع أمس سيطرتها على مطار مروي في الولاية الشمالية دون قتال.")
    assert e.sub_event_type is SubEventType.ARMED_CLASH


def test_arrest_for_calling_a_protest_is_the_arrest() -> None:
    # the protest called for is still to come: it neither heads the sentence's event nor hides the arrest
    (e,) = _events(
        "اعتقلت قوات الأمن مساء أمس خمسة ناشطين في مدينة حماة على خلفية دعوتهم إلى تظاهرات للمطالبة بالرواتب."
    )
    assert e.sub_event_type is SubEventType.ARRESTS
    assert e.place is not None and e.place.location == "Hama"


def test_withdrawal_to_a_place_from_none_named_hands_nothing_over() -> None:
    events = _events("وأفادت مصادر محلية بأن عناصر الجيش انسحبوا أمس نحو البادية وتدمر.")
    assert [e for e in events if e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER] == []
    # (from a place it names, it does)
    (e,) = _events("وأفادت مصادر محلية بأن عناصر الجيش انسحبوا أمس من مدينة السخنة نحو البادية.")
    assert e.place is not None and e.place.location == "As-Sukhnah"


def test_dead_of_a_fight_before_the_rest_withdrew_are_the_fight_s() -> None:
    # the fight absorbs the killing, the withdrawal the fight and the killing the withdrawal: the withdrawal
    # yields to the violence told with it, so the fight heads the event
    text = (
        "وقال المرصد إن 21 عنصراً من قوات النظام قتلوا أمس في معارك داخل مدينة إدلب، فيما انسحبت القوات المتبقية"
        " نحو معسكر المسطومة جنوبها."
    )
    (e,) = _events(text)
    assert e.sub_event_type.event_type is EventType.BATTLES
    assert e.fatalities == 21 and not e.civilian_targeting


def test_massacre_and_the_strike_that_made_it_are_one_strike() -> None:
    text = (
        "ارتفعت حصيلة المجزرة التي ارتكبها الاحتلال في مخيم جباليا أمس إلى 50 شهيداً. وأفاد المراسل بأن طائرات"
        " الاحتلال ألقت عدة قنابل ثقيلة على المخيم."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.fatalities == 50 and e.civilian_targeting


def test_artillery_named_as_the_doer_tells_a_shelling() -> None:
    (e,) = _events(
        "وأفاد المراسل بأن مدفعية العدو السعودي استهدفت اليوم مناطق متفرقة من مديرية شدا، ما أدى إلى إصابة مواطن."
    )
    assert e.sub_event_type is SubEventType.SHELLING
    # (with a word of its own for the shelling, the sentence tells it as before: one shelling at Aita al-Shaab)
    (e,) = _events("أطلقت مدفعية الجيش الإسرائيلي منذ الصباح قذائف عدة على أطراف بلدة عيتا الشعب.")
    assert e.sub_event_type is SubEventType.SHELLING and e.place is not None


def test_a_border_adjective_after_a_district_lets_its_governorate_contain_it() -> None:
    text = "قتل مواطن اليوم بقصف مدفعي سعودي على منطقة الرقو بمديرية منبه الحدودية بمحافظة صعدة."
    assert [e.place.location for e in _events(text) if e.place] == ["Al Raqw"]


def test_a_withdrawal_ending_the_battle_for_a_town_is_how_it_was_taken() -> None:
    text = (
        "وأعلنت قوات الدعم السريع أمس سيطرتها على مدينة ود مدني بعد معارك استمرت أربعة أيام مع الجيش، انتهت"
        " بانسحاب قوات الفرقة الأولى مشاة من المدينة."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    # (with no battle, a withdrawal is the hand-over itself)
    text = "ودخلت قوات الدعم السريع أمس مدينة ود مدني بعد أن انسحبت منها قوات الجيش دون مواجهة تذكر."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.NON_VIOLENT_TRANSFER]


def test_somalia_s_national_army_retaking_a_town_from_the_khawarij() -> None:
    text = (
        "استعادت قوات الجيش الوطني أمس السيطرة على مدينة عدن يابال في إقليم شبيلي الوسطى بعد معارك مع ميليشيا الخوارج."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS
    assert e.actor1 is not None and e.actor1.name.startswith("Military Forces of Somalia")
    assert e.actor2 is not None and e.actor2.name == "Al Shabaab"


def test_an_unknown_village_in_a_known_town_is_coded_to_the_town_at_precision_2() -> None:
    text = "هاجم حشد من نحو 300 شخص مساء أمس منازل لأقباط في قرية الكرم التابعة لمركز أبو قرقاص جنوبي محافظة المنيا."
    (e,) = _events(text)
    assert e.place is not None and (e.place.location, e.place.geo_precision) == ("Abu Qurqas", 2)
    # (an unknown quarter of a known city is still in the city)
    (e,) = _events("قتل شاب برصاص مسلحين مجهولين أمس في حي الفرقان وسط مدينة حماة.")
    assert e.place is not None and (e.place.location, e.place.geo_precision) == ("Hama", 1)


def test_fire_on_worshippers_and_protesters_is_force_on_the_crowd() -> None:
    text = "أطلقت قوات الأمن الرصاص الحي على المصلين والمحتجين في مدينة زاهدان أمس، ما أسفر عن مقتل 5 أشخاص."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert e.actor1 is not None and e.actor1.name.startswith("Protesters")


def test_a_side_told_again_is_not_its_own_associate() -> None:
    (e,) = _events(
        "شنت جماعة الحوثي أمس حملة اختطافات طالت عشرة موظفين يعملون لدى منظمات دولية في العاصمة صنعاء. وأوضحت "
        "المصادر أن مسلحين حوثيين داهموا منازل الموظفين واقتادوهم إلى جهات مجهولة."
    )
    assert e.actor1 is not None and e.actor1.actor_id == "HOUTHIS"
    assert e.assoc_actor_1 == []


def test_a_takeover_told_again_as_an_entry_after_a_withdrawal_without_fighting_is_a_non_violent_transfer() -> None:
    (e,) = _events(
        "أعلن رئيس المجلس العسكري أمس أن القوات المسلحة المالية استعادت السيطرة على مدينة كيدال. وأفادت مصادر "
        "محلية بأن أرتال الجيش دخلت المدينة ظهراً بعد أن انسحب منها مقاتلو الإطار الاستراتيجي الدائم خلال الليل، "
        "ولم تسجل اشتباكات."
    )
    assert e.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER
    assert _ids_of(e) == ("MLI_STATE", "CSP_MALI")
    # a capture after fighting told as such stays the battle
    (e,) = _events(
        "سيطرت قوات النظام أمس على بلدة السخنة بعد معارك عنيفة مع تنظيم الدولة. وأفادت مصادر بأن قوات النظام "
        "دخلت البلدة بعد أن انسحب منها مقاتلو التنظيم."
    )
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS


def _ids_of(e: marsad.model.Event) -> tuple[str, str]:
    return (e.actor1.actor_id if e.actor1 else "", e.actor2.actor_id if e.actor2 else "")


def test_a_crowd_demanding_those_answerable_for_killings_be_tried_is_a_peaceful_protest() -> None:
    (e,) = _events(
        "تظاهر المئات اليوم بشكل سلمي أمام مبنى القائممقامية في قضاء الزبير، مطالبين بتوفير مياه صالحة للشرب "
        "ومحاسبة المسؤولين عن قتل المتظاهرين."
    )
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST


def test_the_death_a_crowd_rose_over_is_none_of_its_dead() -> None:
    (e,) = _events(
        "شهدت أحياء في مدينة القصرين ليلة أمس مواجهات بين شبان ووحدات الأمن التي استخدمت الغاز المسيل للدموع، إثر "
        "وفاة شاب في ظروف غامضة."
    )
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.fatalities == 0


def test_a_protest_named_by_its_place_as_what_the_news_comes_after_places_nothing() -> None:
    events = _events(
        "قتل شاب برصاص الشرطة أمس في مدينة بوكي خلال احتجاجات أقدم خلالها شبان على رشق مفوضية الشرطة بالحجارة. "
        "وتأتي احتجاجات بوكي بعد ليلة من المواجهات في مقاطعة السبخة بنواكشوط، حيث أحرق شبان غاضبون إطارات "
        "ورشقوا عناصر الشرطة بالحجارة مساء الأربعاء."
    )
    riots = sorted((e.place.location if e.place else "", str(e.date.earliest if e.date else "")) for e in events)
    assert riots == [("Bogue", "2019-03-14"), ("Nouakchott", "2019-03-13")]


def test_the_dead_of_what_the_arrested_is_charged_with_are_none_of_the_arrests() -> None:
    # (and the massacre charged is no event of the report, not even as history)
    (e,) = _events(
        "ألقت إدارة الأمن العام اليوم القبض على عميد متقاعد في منزله بحي الوعر بحمص، بتهمة المشاركة في مجزرة "
        "الحولة التي راح ضحيتها أكثر من 100 مدني في أيار 2012.",
        historical=True,
    )
    assert e.sub_event_type is SubEventType.ARRESTS
    assert e.fatalities == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a crowd's storming and burning told by verbal nouns, as what the news came after
        (
            "قتل 25 متظاهراً اليوم في الناصرية. ويأتي ذلك بعد ساعات من إقدام محتجين غاضبين، ليل أمس، على اقتحام "
            "مبنى القنصلية الإيرانية في مدينة النجف وإضرام النار فيه.",
            "Najaf",
        ),
        # vandalism recorded in a town
        ("شهدت مدينة الحسيمة أمس أعمال شغب. كما سجلت أمس أعمال تخريب في مدينة طنجة.", "Tangier"),
    ],
)
def test_riots_told_by_verbal_nouns_are_riots(text: str, place: str) -> None:
    riots = [e for e in _events(text) if e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION]
    assert place in {e.place.location for e in riots if e.place}


def test_a_ground_assault_backed_by_tanks_is_a_battle() -> None:
    (e,) = _events(
        "شنت قوات النظام أمس هجوماً برياً واسعاً على حي صلاح الدين في مدينة حلب، مدعومة بالدبابات والمروحيات، "
        "في محاولة لاستعادة الحي من الجيش السوري الحر."
    )
    assert e.sub_event_type is SubEventType.ARMED_CLASH


def test_a_building_taken_over_as_a_base_is_a_headquarters_established() -> None:
    (e,) = _events("واتخذ مسلحو حركة الشباب من مدرسة بلدة عيل بور مقراً لهم أمس.")
    assert e.sub_event_type is SubEventType.HEADQUARTERS


def test_intermittent_clashes_on_a_day_are_that_days_event() -> None:
    (e,) = _events("وفي جبهة حيس جنوبي الحديدة، اندلعت اشتباكات متقطعة بين القوات المشتركة وعناصر الحوثي مساء أمس.")
    assert e.sub_event_type is SubEventType.ARMED_CLASH


def test_a_base_set_up_is_a_headquarters_established() -> None:
    (e,) = _events(
        "أقامت الشرطة العسكرية الروسية، صباح اليوم، مقراً لها في مبنى المركز الثقافي في بصرى الشام، تمهيداً "
        "للإشراف على تنفيذ بنود الاتفاق."
    )
    assert e.sub_event_type is SubEventType.HEADQUARTERS
    assert e.actor1 is not None and e.actor1.actor_id == "RUS_STATE"
    assert "base or headquarters" in e.notes


def test_projectiles_fired_across_a_border_are_shelling_and_their_doer_named_by_nationality() -> None:
    (e,) = _events(
        "سقطت مقذوفات عسكرية أطلقتها الميليشيا الحوثية من داخل الأراضي اليمنية أمس على قرية حدودية في محافظة "
        "صامطة، ما أدى إلى مقتل مقيم يمني."
    )
    assert (e.sub_event_type, e.fatalities) == (SubEventType.SHELLING, 1)
    (e,) = _events("قتل أربعة مدنيين يمنيين أمس جراء قصف مدفعي سعودي استهدف منطقة الرقو في مديرية منبه بصعدة.")
    assert e.actor1 is not None and e.actor1.actor_id == "SAU_STATE"


def test_the_exit_a_first_return_is_counted_from_keeps_its_year() -> None:
    doc = marsad.extract(
        "استطاعت قوات الجيش مساء اليوم الأحد الدخول إلى حي الجبيلة في مدينة دير الزور، للمرة الأولى منذ خروج هذا "
        "الحي عن سيطرتها عام 2013.",
        published=dt.date(2017, 10, 29),
    )
    exits = [c for c in doc.control if c.kind == "loss"]
    assert exits and all(c.historical and c.date is not None and c.date.earliest.year == 2013 for c in exits)


@pytest.mark.parametrize(
    "text",
    [
        # an entry under a deal, no fight told
        "دخلت وحدات من الجيش صباح اليوم إلى بلدة طفس ونشرت نقاطاً فيها، بموجب اتفاق التسوية الذي رعته روسيا.",
        # a withdrawal carrying out a deal
        "انسحبت قوات سوريا الديمقراطية اليوم من حي الشيخ مقصود في مدينة حلب، تنفيذاً للاتفاق الموقع مع الحكومة.",
        # ground taken with no fight, after a deal with its notables
        "دخلت فصائل المعارضة اليوم مدينة السلمية دون قتال، إثر اتفاق مع وجهاء المدينة.",
    ],
)
def test_ground_handed_over_under_a_deal_is_an_agreement(text: str) -> None:
    # ACLED: a negotiated hand-over is an agreement, not a battle nor a non-violent transfer
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AGREEMENT


def test_ground_fought_for_under_a_deals_name_is_still_a_battle() -> None:
    text = "سيطرت قوات النظام اليوم على بلدة كفرنبودة بعد اشتباكات عنيفة مع الفصائل، رغم اتفاق خفض التصعيد."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS


def test_a_post_fixed_in_place_within_a_deal_in_force_is_a_base_established() -> None:
    text = "ثبّت الجيش التركي أمس نقطة مراقبة جديدة في بلدة اشتبرق بريف جسر الشغور ضمن اتفاق خفض التصعيد."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.HEADQUARTERS


def test_the_advance_a_strike_tries_to_slow_is_no_event_of_its_own() -> None:
    text = "استهدفت غارات للطيران الحربي الروسي فجر اليوم جسر الرستن، في محاولة لإبطاء تقدم الفصائل نحو حمص."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.actor1 is not None and e.actor1.actor_id == "RUS_STATE"


def test_a_weekday_named_again_with_its_full_date_is_that_date_without_a_publication_date() -> None:
    text = (
        "خرج مئات المواطنين في مسيرة حاشدة في منطقة الدراز عقب صلاة الجمعة، يوم الجمعة 13 أكتوبر 2023، رافعين "
        "الأعلام الفلسطينية. كما شهدت منطقة السنابس في اليوم نفسه وقفة تضامنية مماثلة شارك فيها العشرات."
    )
    events = _events(text, published=None)
    assert [e.date.iso() if e.date else None for e in events] == ["2023-10-13", "2023-10-13"]


def test_the_arresting_force_named_with_its_place_and_day_before_the_arrest_word() -> None:
    text = "ألقت الأجهزة الأمنية بمحافظة المنيا، أمس الخميس، القبض على 15 شخصاً مشتبهاً بهم في أحداث عنف."
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARRESTS


def test_a_town_brigade_is_an_actor_and_its_town_no_scene() -> None:
    text = (
        "استشهد ثلاثة شبان صباح اليوم خلال اقتحام قوات الاحتلال مخيم جنين، فيما أعلنت كتيبة جنين أن مقاتليها "
        "خاضوا اشتباكات ضارية مع القوة المقتحمة."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and e.actor2.name == "Jenin Brigade"
    assert e.place is not None and e.place.location == "Jenin Camp"


def test_blasts_a_side_tells_it_set_off_in_the_fight_told_before_are_that_battle() -> None:
    text = (
        "استشهد ثلاثة شبان فجر اليوم خلال عدوان شنته قوات الاحتلال على مخيم جنين، تخللته اشتباكات مسلحة مع "
        "مقاومين. وقالت سرايا القدس إن مقاتليها خاضوا اشتباكات ضارية مع قوات الاحتلال وفجروا عبوات ناسفة في "
        "آلياتها."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    # the fighters nobody named are the side that told it struck
    assert e.actor2 is not None and e.actor2.name == "Al Quds Brigades"


def test_settlers_attacking_a_village_are_given_no_armed_adversary_from_elsewhere_in_the_report() -> None:
    text = (
        "دارت اشتباكات مسلحة صباح اليوم بين قوات الاحتلال ومقاتلي كتيبة جنين في مخيم جنين. وكان مستوطنون قد "
        "هاجموا مساء أمس بلدة ترمسعيا وأضرموا النار في أربع مركبات."
    )
    (settlers,) = [e for e in _events(text) if e.actor1 is not None and e.actor1.name == "Settlers (Israel)"]
    assert settlers.event_type is not EventType.BATTLES
    assert settlers.actor2 is None or settlers.actor2.actor_id == "CIVILIANS"


def test_the_dead_of_a_strike_told_with_its_interception_are_the_strikes() -> None:
    text = (
        "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً بالصواريخ مستهدفاً نقاطاً في منطقة الكسوة بريف دمشق. وقال "
        "مصدر عسكري إن وسائط الدفاع الجوي تصدت لصواريخ العدوان وأسقطت معظمها، وأدى العدوان إلى ارتقاء شهيدين "
        "عسكريين."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE and e.fatalities == 2
    assert e.actor2 is None or e.actor2.actor_id != "CIVILIANS"


def test_arrests_at_the_strikers_homes_are_a_raid_of_their_own_not_the_protests_intervention() -> None:
    text = (
        "واصل آلاف العمال في شركة الغزل بالمحلة الكبرى إضرابهم عن العمل اليوم، ونظموا تجمعاً سلمياً داخل الشركة. "
        "وقال عمال إن قوات الأمن ألقت القبض فجر اليوم على خمسة من زملائهم من منازلهم."
    )
    subs = sorted(e.sub_event_type.label for e in _events(text))
    assert subs == ["Arrests", "Peaceful protest"]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "أعلن المتحدث العسكري أن القوات المسلحة أحبطت أمس هجوماً إرهابياً على أحد المعسكرات في مدينة بئر العبد، "
            "ما أسفر عن مقتل 18 عنصراً تكفيرياً.",
            "UNIDENTIFIED_ARMED",
        ),
        (
            "أحبطت القوات المسلحة أمس هجوماً شنه تنظيم ولاية سيناء على أحد المعسكرات في مدينة بئر العبد، ما أسفر عن "
            "مقتل 18 عنصراً من التنظيم.",
            "ISIS",
        ),
    ],
)
def test_the_attackers_of_a_foiled_attack_that_was_fought_began_the_fight(text: str, attacker: str) -> None:
    (e,) = _events(text, published=dt.date(2020, 7, 22))
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor1 is not None and e.actor1.actor_id == attacker
    assert e.actor2 is not None and e.actor2.actor_id == "EGY_STATE"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the soldiers a strike killed are the state's forces where it happened
        (
            "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً بالصواريخ مستهدفاً نقاطاً في منطقة الكسوة بريف دمشق، "
            "وأدى العدوان إلى ارتقاء شهيدين عسكريين.",
            "Military Forces of Syria (2000-)",
        ),
        # a militia's leader is no state officer
        (
            "قتل ثلاثة قياديين في كتائب حزب الله مساء أمس بضربة بطائرة مسيرة أمريكية استهدفت سيارتهم في حي المشتل "
            "شرقي بغداد.",
            None,
        ),
        # soldiers of another country are not the state's where it happened
        (
            "قتل ثلاثة جنود أمريكيين أمس بضربة بطائرة مسيرة استهدفت قاعدة عسكرية قرب مدينة الرطبة في العراق.",
            None,
        ),
    ],
)
def test_soldiers_a_strike_killed_are_the_forces_of_the_state_where_it_happened(text: str, target: str | None) -> None:
    (e,) = _events(text, published=dt.date(2023, 8, 9))
    assert e.event_type is EventType.EXPLOSIONS
    got = e.actor2.name if e.actor2 is not None else None
    if target is None:
        assert got is None or not got.startswith("Military Forces of Iraq")
    else:
        assert got == target


def test_the_side_that_waged_the_attack_a_fight_was_fought_over_began_it() -> None:
    text = (
        "قصفت قوات الدعم السريع صباح أمس بالمدفعية مخيم أبو شوك شمالي مدينة الفاشر، ما أدى إلى مقتل سبعة مدنيين. "
        "وفي وقت مبكر من صباح اليوم شنت قوات الدعم السريع هجوماً جديداً على المدينة من محورها الشرقي، وتصدت لها "
        "القوات المسلحة في اشتباكات استمرت ساعات."
    )
    (e,) = [e for e in _events(text) if e.event_type is EventType.BATTLES]
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor1 is not None and e.actor1.name == "Rapid Support Forces"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Sudan")


def test_a_blast_a_named_group_tells_it_struck_the_raiders_with_is_the_battle_with_fighters_nobody_named() -> None:
    text = (
        "استشهد خمسة فلسطينيين أمس خلال عدوان واسع شنته قوات الاحتلال على مدينة جنين، تخللته اشتباكات مسلحة مع "
        "مقاومين. وقالت سرايا القدس في بيان إن مقاتليها فجروا عبوات ناسفة بآليات الاحتلال."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and e.actor2.name == "Al Quds Brigades"


def test_bombs_a_crowd_threw_with_its_stones_are_its_riot_not_a_shelling() -> None:
    text = (
        "حاول محتجون ليل أمس اقتحام مبنى السراي في مدينة طرابلس ورشقوا عناصر قوى الأمن الداخلي بالحجارة "
        "والمفرقعات والقنابل اليدوية."
    )
    subs = [e.sub_event_type for e in _events(text)]
    assert SubEventType.SHELLING not in subs and SubEventType.GRENADE not in subs
    assert SubEventType.VIOLENT_DEMONSTRATION in subs


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "أقدم عشرات المودعين الغاضبين ظهر اليوم على تحطيم واجهات المصارف في منطقة بدارو في بيروت، قبل أن تنتشر "
            "قوة من الجيش في المكان.",
            False,
        ),
        # the fighting spread, the police a side of it
        ("وانتشرت الاشتباكات بين الشرطة والمتظاهرين الذين رشقوها بالحجارة في عدة مناطق من مدينة طرابلس اليوم.", True),
    ],
)
def test_a_force_that_deployed_after_a_riot_is_no_side_it_met(text: str, met: bool) -> None:
    (e,) = _events(text)
    assert e.event_type is EventType.RIOTS
    assert (e.actor2 is not None) is met


def test_the_dead_a_group_mourns_as_its_own_were_its_men() -> None:
    text = (
        "استهدفت مسيرة إسرائيلية عصر أمس سيارة عند أطراف مدينة بنت جبيل، ما أدى إلى استشهاد شخصين كانا في داخلها "
        "وإصابة مواطن بجروح. ونعى حزب الله في بيان لاحق اثنين من عناصره."
    )
    (e,) = _events(text)
    assert e.actor2 is not None and e.actor2.name == "Hezbollah"
    assert not e.civilian_targeting


def test_the_one_dead_a_striker_says_was_a_groups_member_is_that_groups() -> None:
    text = (
        "استشهد مواطن ظهر اليوم جراء غارة نفذتها مسيرة إسرائيلية على سيارة على طريق بلدة كفررمان في قضاء "
        "النبطية، وفق وزارة الصحة. وزعم الجيش الإسرائيلي أنه استهدف عنصراً في حزب الله."
    )
    (e,) = _events(text)
    assert e.actor2 is not None and e.actor2.name == "Hezbollah"


def test_the_earlier_count_a_toll_rose_from_is_no_more_dead_and_its_teller_no_side() -> None:
    text = (
        "ارتفعت حصيلة التفجير الانتحاري الذي استهدف مطعماً في العاصمة الصومالية مقديشو مساء أمس إلى تسعة قتلى"
        " بينهم منفذ الهجوم، بعد أن أعلنت الشرطة في وقت سابق مقتل خمسة أشخاص."
    )
    (e,) = marsad.extract(text, published="2024-06-20").events
    assert e.fatalities == 9
    assert e.actor2 is not None and e.actor2.name == "Civilians (Somalia)"


def test_a_toll_told_before_its_noun_holds_the_bodies_found_since_and_outlives_its_first_count() -> None:
    text = (
        "ارتفعت إلى 22 قتيلاً حصيلة هجوم شنه مسلحون من القوات الديمقراطية المتحالفة على قرية في إقليم شمال كيفو"
        " مساء الاثنين، بعد العثور على أربع جثث إضافية في الأحراش المحيطة. وكان المجتمع المدني قد أعلن أمس حصيلة"
        " أولية بلغت 18 قتيلاً."
    )
    (e,) = marsad.extract(text, published="2024-05-08").events
    assert e.fatalities == 22


@pytest.mark.parametrize(
    "text",
    [
        # the dead of what the crowd's demand names, in a relative clause on it
        "اعتصم المئات أمام مبنى المحافظة في مدينة البصرة أمس، مطالبين بمحاسبة المسؤولين عن حريق المستشفى الذي"
        " أودى بحياة عشرين مريضاً الشهر الماضي.",
        # ... and the killers its demand names
        "تظاهر العشرات في مدينة الناصرية أمس مطالبين بمحاسبة قتلة أربعة شبان قتلوا العام الماضي.",
    ],
)
def test_dead_the_crowds_demand_names_are_not_its_own(text: str) -> None:
    (e,) = _events(text, published=dt.date(2023, 9, 19))
    assert e.sub_event_type is SubEventType.PEACEFUL_PROTEST and e.fatalities == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "أعلن الجيش المالي أن الهجوم على معسكره في بلدة دوينتزا أمس أسفر عن مقتل ثلاثة جنود، فيما تم"
            " تحييد 12 مهاجماً.",
            15,
        ),
        ("صدت القوات هجوماً على موقعها قرب بلدة دوينتزا أمس، وحيّدت ثمانية مهاجمين، فيما قتل جنديان.", 10),
    ],
)
def test_fighters_an_army_says_it_neutralised_are_among_the_dead(text: str, dead: int) -> None:
    (e,) = marsad.extract(text, published=dt.date(2023, 5, 10)).events
    assert e.fatalities == dead


def test_most_of_many_attacks_is_a_summary_not_an_event() -> None:
    text = "وأوضح التقرير أن التنظيم تبنى معظم الهجمات الانتحارية التي استهدفت مساجد ومدارس في البلاد."
    assert marsad.extract(text, published=dt.date(2023, 5, 10)).events == []


def test_a_crime_that_names_a_gang_is_no_event_of_that_crime() -> None:
    text = "اعتقلت الشرطة أمس أربعة أشخاص يشتبه بانتمائهم إلى عصابة خطف في مدينة كانو."
    events = marsad.extract(text, published=dt.date(2023, 5, 10)).events
    assert [e.sub_event_type for e in events] == [SubEventType.ARRESTS]


def test_what_a_crowd_is_angered_by_is_no_event_of_its_own() -> None:
    text = "تظاهر آلاف المحتجين أمام السفارة في عمّان مساء أمس غضباً من استمرار القصف الإسرائيلي على غزة."
    events = marsad.extract(text, published=dt.date(2023, 10, 18)).events
    assert [e.event_type for e in events] == [EventType.PROTESTS]


def test_ground_handed_over_in_a_like_withdrawal_has_the_earlier_hand_overs_other_side() -> None:
    text = (
        "دخلت قوات سوريا الديمقراطية أمس مدينة الميادين عقب انسحاب قوات النظام منها دون قتال. كما تسلمت قسد"
        " في اليوم ذاته مدينة البوكمال بعد انسحاب مماثل."
    )
    events = marsad.extract(text, published=dt.date(2024, 12, 7)).events
    assert len(events) == 2
    assert all(e.actor2 is not None and e.actor2.actor_id == "SYR_STATE" for e in events)


def test_a_sides_claim_of_the_soldiers_it_killed_is_set_beside_the_soldiers_dead_only() -> None:
    text = (
        "أعلن الجيش النيجيري أنه صد صباح السبت هجوماً لتنظيم الدولة على قاعدته في مدينة مونغونو، وقتل 12 من"
        " المسلحين، فيما قتل ثلاثة جنود. لكن التنظيم قال في بيان إن مقاتليه قتلوا عشرة جنود."
    )
    (e,) = marsad.extract(text, published=dt.date(2020, 2, 10)).events
    assert e.fatalities == 15  # the twelve attackers and the lowest count of the soldiers


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # soldiers counted as the army's own ("من جنوده") are its dead, not civilians', and the fighters it says
        # it killed in the next sentence add to them
        (
            "قال الجيش المالي إن أربعة من جنوده قتلوا أمس في هجوم شنه مسلحون على معسكره في بلدة دوينتزا. وأضاف أن"
            " القوات حيّدت سبعة من المهاجمين بعد اشتباكات استمرت ساعات.",
            11,
        ),
        # (members counted out of a state force are its men)
        (
            "قتل 11 عنصراً من الشرطة في هجوم شنه مسلحون على مقر الشرطة في بلدة دوينتزا أمس. وأضافت الوكالة أن"
            " اشتباكات عنيفة دامت ساعات قتل خلالها أيضاً عدد من المهاجمين.",
            14,
        ),
        # the attackers' claim of soldiers killed is set beside the soldiers told dead in the earlier sentence,
        # the lowest stands
        (
            "قال الجيش المالي إن أربعة من جنوده قتلوا أمس في هجوم شنه مسلحون على معسكره في بلدة دوينتزا. وأضاف أن"
            " القوات حيّدت سبعة من المهاجمين بعد اشتباكات استمرت ساعات. في المقابل، قالت الجماعة إنها قتلت عشرين"
            " جندياً.",
            11,
        ),
    ],
)
def test_a_forces_own_dead_and_its_foes_told_apart_add_up(text: str, dead: int) -> None:
    (e,) = marsad.extract(text, published=dt.date(2023, 5, 10)).events
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert e.actor2 is not None and " Forces of Mali" in e.actor2.name
    assert e.fatalities == dead



def test_two_dead_named_again_by_a_pronoun_in_a_later_sentence_are_no_more_dead() -> None:
    text = (
        "استشهد عنصران من حزب الله اليوم الخميس جراء غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة في بلدة بنت"
        " جبيل. وتعرضت أطراف بلدة كفركلا لقصف مدفعي إسرائيلي. ونعى الحزب في بيان العنصرين من دون أن يحدد مكان"
        " مقتلهما."
    )
    events = marsad.extract(text, published=dt.date(2024, 2, 22)).events
    assert sorted(e.fatalities for e in events) == [0, 2]


def test_the_dead_named_again_with_the_article_are_no_event_of_their_own() -> None:
    text = (
        "أفاد مصدر أمني اليوم الثلاثاء بمقتل ثلاثة أشخاص بقصف نفذته طائرة مسيرة تركية استهدف عجلة قرب قضاء"
        " سنجار. وأوضح المصدر أن القتلى ينتمون إلى وحدات مقاومة سنجار."
    )
    (e,) = marsad.extract(text, published=dt.date(2024, 8, 13)).events
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE and e.fatalities == 3



def test_history_told_as_an_aside_of_the_news_does_not_date_what_follows() -> None:
    text = (
        "أعلن الجيش السوداني، السبت 11 يناير 2025، استعادة السيطرة على مدينة ود مدني، بعد أكثر من عام على سقوطها"
        " في قبضة قوات الدعم السريع في كانون الأول/ديسمبر 2023. وقال المتحدث باسم الجيش إن قواته دخلت المدينة"
        " بعد معارك أسفرت عن مقتل العشرات من عناصر الدعم السريع."
    )
    events = marsad.extract(text, published=dt.date(2025, 1, 12)).events
    news = [e for e in events if not e.historical]
    assert [(e.date.earliest if e.date else None, e.fatalities) for e in news] == [(dt.date(2025, 1, 11), 12)]


def test_a_toll_restated_apart_from_a_place_named_in_its_sentence_is_no_event_there() -> None:
    text = (
        "قالت لجان المقاومة اليوم الأحد إن قوات الدعم السريع اقتحمت قرية قرب مدينة الفاشر أمس وقتلت 18 مدنياً."
        " وأضافت أن ناجين وصلوا إلى معسكر أبو شوك للنازحين، فيما تحدثت مصادر طبية عن حصيلة بلغت 25 قتيلاً."
    )
    (e,) = marsad.extract(text, published=dt.date(2024, 6, 9)).events
    assert e.actor1 is not None and e.actor1.name == "Rapid Support Forces"
    assert e.fatalities == 18


def test_a_mine_told_then_dated_in_the_next_sentence_is_one_event_of_its_planter() -> None:
    text = (
        "لقي طفلان شقيقان حتفهما جراء انفجار لغم أرضي زرعته مليشيا الحوثي في أطراف قرية بمديرية حيس جنوبي"
        " محافظة الحديدة. وأفادت مصادر محلية بأن الطفلين كانا يرعيان الأغنام عندما انفجر بهما اللغم عصر يوم"
        " الأحد، الثامن عشر من شباط/فبراير الجاري."
    )
    (e,) = marsad.extract(text, published=dt.date(2024, 2, 20)).events
    assert e.sub_event_type is SubEventType.REMOTE_EXPLOSIVE
    assert (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) == ("Houthi Movement", "Civilians (Yemen)")
    assert (e.date and e.date.earliest, e.fatalities) == (dt.date(2024, 2, 18), 2)


def test_a_deal_reached_and_announced_is_an_agreement_of_the_sides_told() -> None:
    text = (
        "اندلعت اشتباكات عنيفة مساء السبت بين قوة الردع الخاصة واللواء 444 قتال في منطقة عين زارة جنوب طرابلس،"
        " ما أسفر عن مقتل ثلاثة أشخاص. وأعلن وفد من أعيان وحكماء المنطقة الغربية، صباح الأحد، التوصل إلى اتفاق"
        " لوقف إطلاق النار بين الطرفين."
    )
    events = marsad.extract(text, published=dt.date(2024, 8, 12)).events
    deal = [e for e in events if e.sub_event_type is SubEventType.AGREEMENT]
    assert [(e.date and e.date.earliest) for e in deal] == [dt.date(2024, 8, 11)]


def test_people_choked_by_a_dust_storm_are_no_victims_of_violence() -> None:
    text = (
        "اجتاحت عاصفة ترابية كثيفة اليوم الاثنين العاصمة بغداد، ما تسبب في إصابة أكثر من 4 آلاف شخص بحالات"
        " اختناق، وفق وزارة الصحة."
    )
    assert marsad.extract(text, published=dt.date(2022, 5, 16)).events == []


def test_that_day_of_a_date_told_before_dates_the_event_then() -> None:
    text = (
        "تحل اليوم الذكرى الخامسة والسبعون لمجزرة دير ياسين التي ارتكبتها عصابات صهيونية فجر التاسع من"
        " نيسان/أبريل 1948 في القرية الواقعة غربي القدس. ففي ذلك اليوم، هاجم نحو 130 مسلحاً القرية من عدة محاور"
        " واقتحموا المنازل بالقنابل اليدوية والرشاشات."
    )
    doc = marsad.extract(text, published=dt.date(2023, 4, 9))
    assert doc.events and all(e.historical for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        # how long a thing has been so, after a participle with the article, dates no event beside it
        "أعلن الطرفان، اليوم الجمعة، التوصل إلى اتفاق يقضي بإعادة فتح طريق الحوبان المغلق منذ نحو تسع سنوات.",
        "أعلن الجيش، اليوم الجمعة، أن قواته استعادت السيطرة على مدينة تدمر للمرة الأولى منذ نحو عشر سنوات.",
    ],
)
def test_years_since_a_state_began_date_no_event_of_its_sentence(text: str) -> None:
    (e,) = _events(text)
    assert not e.historical and e.date is not None and e.date.earliest == PUB


def test_a_period_told_between_a_statements_day_and_the_events_makes_them_a_summary() -> None:
    text = (
        "أصدر المتحدث العسكري اليوم البيان رقم 15، أعلن فيه أن القوات تمكنت خلال الفترة الماضية من القضاء على 27 من"
        " العناصر التكفيرية والقبض على 300 من العناصر الإجرامية في سيناء."
    )
    assert _events(text) == []
    # (a span since when between them compares, and dates nothing: the crowd met today)
    crowd = (
        "شهدت ساحة الكرامة وسط مدينة السويداء، اليوم الجمعة، أكبر تجمع احتجاجي منذ انطلاق الحراك قبل ثمانية أيام، إذ"
        " احتشد آلاف المحتجين مطالبين برحيل النظام."
    )
    assert [e.event_type for e in _events(crowd)] == [EventType.PROTESTS]


def test_an_exchange_of_fire_in_the_accusative_is_the_fight_told_before() -> None:
    events = _events(
        "قتل ثلاثة من عناصر الشرطة اليوم في هجوم شنه مسلحون من حركة طالبان باكستان على مركز للشرطة في مدينة بنو. وقال"
        " مسؤول في الشرطة إن تبادلا لإطلاق النار استمر أكثر من ساعتين وأسفر عن مقتل اثنين من المهاجمين."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ARMED_CLASH, 5)]


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش الأمريكي أمس أن قواته قتلت مسلحا خلال عمليات في مدينة الرقة.",
        "قالت الشرطة أمس إن عناصرها قتلوا ثلاثة من المهاجمين قرب مركز في مدينة بنو.",
    ],
)
def test_armed_men_or_attackers_killed_by_a_force_make_a_fight(text: str) -> None:
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ARMED_CLASH]


def test_an_abduction_told_again_in_detail_is_one_event_at_the_more_precise_place() -> None:
    events = _events(
        "تظاهر العشرات من أهالي الناشط اليوم أمام مقر الحكومة في العاصمة طرابلس للمطالبة بالكشف عن مصيره، بعد"
        " اختطافه مساء الاثنين على أيدي مسلحين مجهولين. وقال شقيقه إن أربعة مسلحين ملثمين اعترضوا طريقه قرب منزله"
        " في منطقة سوق الجمعة واقتادوه إلى جهة مجهولة."
    )
    taken = [e for e in events if e.sub_event_type is SubEventType.ABDUCTION]
    assert [(e.place and e.place.location, e.date and e.date.earliest) for e in taken] == [
        ("Tripoli - Souq al-Juma", dt.date(2019, 3, 11))
    ]


def test_a_statements_day_after_the_news_told_dates_no_event() -> None:
    events = _events(
        "قتل قيادي في تنظيم حراس الدين مساء أمس الخميس بضربة نفذتها طائرة مسيرة استهدفت دراجة نارية قرب بلدة"
        " كفرتخاريم. وقالت القيادة المركزية الأمريكية، في بيان اليوم الجمعة، إن قواتها نفذت ضربة في شمال غرب سوريا"
        " أسفرت عن مقتل أحد كبار قادة التنظيم."
    )
    assert {e.date.earliest for e in events if e.date is not None} == {dt.date(2019, 3, 14)}


def test_armed_men_who_entered_a_town_told_by_a_plural_verb_is_news() -> None:
    """ "دخلوا" is a verb (the noun "دخل", income, has no plural of this form): with its armed men, day and
    town, an event."""
    events = marsad.extract(
        "وكان مسلحو حركة الشباب قد دخلوا الأربعاء الماضي بلدة عيل بور في وسط الصومال.", published=PUB
    ).events
    assert [e.event_type for e in events if not e.historical] == [EventType.BATTLES]


def test_buildings_the_fighters_burnt_in_the_town_they_took_are_part_of_its_capture() -> None:
    events = marsad.extract(
        "سيطر مسلحو حركة الشباب أمس على بلدة عيل بور بعد اشتباكات مع الجيش الصومالي أسفرت عن مقتل أربعة جنود،"
        " وأحرقوا عدداً من المباني الحكومية.",
        published=PUB,
    ).events
    assert [e.event_type for e in events if not e.historical] == [EventType.BATTLES]


def test_a_period_that_tells_a_sides_past_makes_no_statistic_of_the_toll() -> None:
    """ "حركة الشباب التي كانت تسيطر عليها منذ بداية العام": since when the group held the town, not a count over
    the year."""
    events = marsad.extract(
        "أعلن الجيش الصومالي أمس استعادة السيطرة على بلدة عيل بور بعد معارك مع حركة الشباب التي كانت تسيطر عليها"
        " منذ بداية العام، وقال إن قواته قتلت 30 من عناصر الحركة.",
        published=PUB,
    ).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.GOVERNMENT_REGAINS, 30)]


def test_people_shot_while_a_crowd_tried_to_storm_a_post_fell_in_its_riot() -> None:
    """ "خلال محاولة مجموعة من المحتجين اقتحام مركز الشرطة": the dead were of the crowd storming the post."""
    events = marsad.extract(
        "قتل شخصان برصاص عناصر الشرطة مساء أمس خلال محاولة مجموعة من المحتجين اقتحام مركز الشرطة في مدينة القصرين.",
        published=PUB,
    ).events
    assert [(e.sub_event_type, e.actor2 and e.actor2.name, e.fatalities) for e in events] == [
        (SubEventType.VIOLENT_DEMONSTRATION, "Police Forces of Tunisia (2014-2019)", 2)
    ]


def test_how_a_victim_told_before_was_hit_is_no_event_of_its_own() -> None:
    events = marsad.extract(
        "قتل متظاهر برصاص قوات الأمن خلال مسيرة احتجاجية خرجت أمس في مدينة أم درمان. وقالت لجنة الأطباء إن المتظاهر،"
        " وهو شاب في العشرينات، أصيب بطلق ناري في الصدر.",
        published=PUB,
    ).events
    assert [e.event_type for e in events] == [EventType.PROTESTS]


def test_a_riot_told_after_its_opening_place_stays_apart_from_the_marches_elsewhere() -> None:
    """ "وفي الناصرية، أضرم محتجون ... وسط انسحاب لقوات الأمن، فيما خرجت تظاهرات في النجف وكربلاء": a riot in
    Nasiriyah, amid a force drawing back (no ground handed over), beside marches in Najaf and Karbala."""
    events = marsad.extract(
        "وفي الناصرية، أضرم محتجون غاضبون النار أمس في مقار عدد من الأحزاب، وسط انسحاب لقوات الأمن من محيطها، فيما"
        " خرجت تظاهرات حاشدة في النجف وكربلاء دون تسجيل أي احتكاك.",
        published=PUB,
    ).events
    assert sorted((e.place.location if e.place else "", e.sub_event_type.label) for e in events) == [
        ("Karbala", "Peaceful protest"),
        ("Najaf", "Peaceful protest"),
        ("Nasiriyah", "Violent demonstration"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "اقتحم عشرات المحتجين مقر البلدية في مدينة مصراتة أمس.",
        "اقتحم المحتجون مقر البلدية في مدينة مصراتة أمس.",
        "اقتحم المئات من المتظاهرين الغاضبين مبنى البرلمان في بغداد أمس.",
    ],
)
def test_a_crowd_storming_a_building_is_a_violent_demonstration(text: str) -> None:
    """The building drops the storming verb's entry; the crowd named after the verb makes it a riot."""
    events = _events(text)
    assert [e.sub_event_type for e in events] == [SubEventType.VIOLENT_DEMONSTRATION]


def test_counted_gunmen_storming_a_building_are_no_rioters() -> None:
    events = _events("اقتحم عشرات المسلحين مقر البلدية في مدينة مصراتة أمس.")
    assert all(e.event_type is not EventType.RIOTS for e in events)


def test_what_a_crowd_protests_against_told_by_no_toll_or_day_is_no_event() -> None:
    text = (
        "اقتحم عشرات المحتجين مقر البلدية في مدينة مصراتة أمس، احتجاجاً على تردي الخدمات وتكرار حوادث الخطف في"
        " المدينة."
    )
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.VIOLENT_DEMONSTRATION]


def test_a_harm_a_crowd_protests_against_told_with_its_own_day_is_an_event() -> None:
    text = (
        "نظم العشرات وقفة احتجاجية أمام مديرية الأمن في مدينة سبها اليوم، للمطالبة بالإفراج عن الطبيب محمد الفيتوري"
        " الذي خطفه مسلحون مجهولون يوم الأحد من أمام عيادته في حي الجديد بالمدينة."
    )
    assert SubEventType.ABDUCTION in {e.sub_event_type for e in _events(text)}


def test_a_community_leader_killed_is_a_civilian() -> None:
    """ "قيادي" alone is a leader of an armed side; "قيادي اجتماعي" leads a community."""
    (e,) = _events("قتل مسلحون مجهولون أمس الأحد قيادياً اجتماعياً بالرصاص أمام منزله في مدينة توماكو.")
    assert e.sub_event_type is SubEventType.ATTACK and e.civilian_targeting and e.fatalities == 1


def test_the_attackers_killed_in_the_response_are_the_other_side_s_dead() -> None:
    """ "وقتلت العشرات منهم": "منهم" points back to the attackers; their dead add to the soldiers'."""
    text = (
        "قتل ستة جنود أمس في كمين نصبه مسلحون قرب بلدة تيرا غربي النيجر. وقالت وزارة الدفاع في بيان إن القوات ردت"
        " على المهاجمين وقتلت العشرات منهم، مشيرة إلى أن عناصر من تنظيم الدولة الإسلامية يقفون وراء الكمين."
    )
    assert [e.fatalities for e in _events(text)] == [6 + 12]


def test_the_attackers_counted_by_their_pronoun_add_to_the_soldiers_told() -> None:
    text = (
        "قتل ستة جنود أمس في كمين نصبه مسلحون قرب بلدة تيرا غربي النيجر. وقالت وزارة الدفاع إن القوات ردت على"
        " المهاجمين وقتلت 20 منهم."
    )
    assert [e.fatalities for e in _events(text)] == [26]


def test_a_deal_reached_over_a_long_subject_a_place_and_a_day_is_an_agreement() -> None:
    text = (
        "توصلت اللجنة المركزية في درعا البلد أمس الأربعاء إلى اتفاق مع اللجنة الأمنية التابعة للنظام السوري"
        " برعاية روسية."
    )
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.AGREEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "قتل عنصران من قسد أمس جراء استهداف مسيّرة تركية سيارة عسكرية قرب مدينة القامشلي.",
        "قتل عنصران من قسد أمس بضربة مسيرة تركية على سيارة عسكرية قرب مدينة القامشلي.",
    ],
)
def test_a_targeting_or_strike_by_a_drone_named_after_it_is_a_drone_strike(text: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE and e.actor1 is not None
    assert e.actor1.name.startswith("Military Forces of Turkey")


@pytest.mark.parametrize(
    "text",
    [
        "فرقت قوات الأمن بالغاز المسيل للدموع المحتجين أمس في مدينة القامشلي، ووصف ناشطون استهداف مسيرة سلمية"
        " بالجريمة.",
        "فرقت الشرطة المحتجين أمس في مدينة القامشلي بالغاز المسيل للدموع، وقال ناشطون إن ذلك ضربة مسيرة السلام في"
        " البلاد.",
    ],
)
def test_a_march_targeted_or_struck_is_no_drone_strike(text: str) -> None:
    assert SubEventType.AIR_DRONE_STRIKE not in {e.sub_event_type for e in _events(text)}


def test_a_town_handed_over_and_then_looted_are_two_events() -> None:
    text = (
        "دخلت قوات الدعم السريع أمس مدينة ود مدني دون مقاومة تذكر بعد انسحاب قوات الجيش منها. وأفاد سكان بأن عناصر"
        " من الدعم السريع نهبوا محال تجارية في السوق الكبير."
    )
    assert sorted(e.sub_event_type.value[0] for e in _events(text)) == [
        "Looting/property destruction",
        "Non-violent transfer of territory",
    ]


def test_raiders_leaving_what_they_looted_hand_no_ground_over() -> None:
    text = (
        "اقتحمت قوات الدعم السريع أمس قرية الهلالية وأطلقت النار على السكان ما أسفر عن مقتل 40 مدنياً. وأضافت اللجان"
        " أن عناصر الدعم السريع نهبوا المنازل قبل انسحابهم من القرية."
    )
    assert SubEventType.NON_VIOLENT_TRANSFER not in {e.sub_event_type for e in _events(text)}


def test_damage_with_no_place_nor_doer_after_an_attack_is_part_of_it() -> None:
    text = (
        "هاجم مسلحون أمس موقعاً للجيش في بلدة ماركوي شمالي بوركينا فاسو ما أسفر عن مقتل 12 جندياً. وقالت المصادر إن"
        " المهاجمين أضرموا النار في الموقع قبل انسحابهم."
    )
    assert [e.event_type for e in _events(text)] == [EventType.BATTLES]


def test_the_dead_counted_at_least_are_no_crowd_setting_on_anyone() -> None:
    """ "قتل مئة مدني على الأقل": "على" of the hedge names no victim of a mob."""
    text = "قتل مئة مدني على الأقل أمس في هجومين شنهما مسلحون على قريتين في منطقة تيلابيري غربي النيجر."
    assert [e.sub_event_type for e in _events(text)] == [SubEventType.ATTACK]


def test_a_side_a_spokesman_speaks_for_is_no_armed_agent_of_the_killing_he_condemns() -> None:
    text = (
        "وأدان الناطق الرسمي باسم حركة فتح «الإجرام والقتل المتعمد والاغتيالات التي تقترفها حكومة إسرائيل ضد أهلنا في"
        " قطاع غزة»."
    )
    assert _events(text, published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت مجموعات من الشبان مراكز أمنية ليلة أمس في مدينة القصرين.",
        "اقتحم شبان محال تجارية ومصرفاً ونهبوا محتوياتها ليلة أمس في مدينة سليانة.",
    ],
)
def test_young_men_named_right_after_their_verb_are_rioters(text: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION and e.actor2 is None
