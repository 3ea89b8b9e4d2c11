"""Sides a report leaves unnamed: violence whose doer it does not name is ACLED's unidentified armed group of
the country (never an empty actor1), and the dead it counts by what they were doing tell who was struck."""

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


def test_an_air_strike_in_syria_with_no_doer_named_is_the_governments_until_its_fall() -> None:
    text = "قتل 11 مدنياً جراء غارات نفذها الطيران الحربي أمس الاثنين على مناطق في مدينة دوما بالغوطة الشرقية."
    (e,) = [e for e in marsad.extract(text, published=dt.date(2013, 11, 5)).events if not e.historical]
    assert e.actor1 is not None and e.actor1.actor_id == "SYR_STATE" and e.actor1.inferred
    (after,) = [e for e in marsad.extract(text, published=dt.date(2025, 3, 4)).events if not e.historical]
    assert after.actor1 is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a strike on a foreign force: another air force's
        ("قتل سبعة عناصر من الحرس الثوري الإيراني بغارات جوية على مواقعهم قرب حلب.", dt.date(2019, 6, 10)),
        # the east, struck by the US-led coalition too
        ("قتل ثلاثة مدنيين بغارة جوية استهدفت منزلا في بلدة هجين بريف دير الزور الشرقي أمس.", dt.date(2017, 10, 3)),
    ],
)
def test_an_air_strike_in_syria_others_fly_too_keeps_actor1_empty(text: str, published: dt.date) -> None:
    (e,) = [e for e in marsad.extract(text, published=published).events if not e.historical]
    assert e.sub_event_type.label == "Air/drone strike"
    assert e.actor1 is None


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات الدعم السريع المستشفى السعودي في مدينة الفاشر صباح أمس الأحد ما أدى إلى مقتل سبعة من المرضى.",
        "أسفر انفجار عبوة ناسفة داخل مسجد في مدينة الفاشر أمس الأحد عن مقتل 12 من المصلين.",
        "أدى قصف بالمدفعية على محطة الحافلات في مدينة الفاشر أمس الأحد إلى مقتل خمسة ركاب.",
    ],
)
def test_patients_worshippers_and_passengers_killed_by_a_bomb_or_shell_are_civilians(text: str) -> None:
    """A blast or shell whose dead are counted as people the place gathers (patients, worshippers,
    passengers) struck civilians."""
    (e,) = _events(text)
    assert e.event_type is EventType.EXPLOSIONS
    assert e.actor2 is not None
    assert e.actor2.name == "Civilians (Sudan)"


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("ارتقى 31 شهيداً جراء تفجير انتحاري استهدف مبنى المحكمة في مدينة الفاشر ظهر أمس الأحد.", "Civilians (Sudan)"),
        ("ارتفعت حصيلة انفجار السيارة المفخخة في سوق مدينة الفاشر أمس الأحد إلى 22 قتيلاً.", "Civilians (Sudan)"),
        # the dead named as a force's men are not civilians
        ("قتل سبعة جنود بانفجار عبوة ناسفة في مدينة الفاشر أمس الأحد.", ""),
    ],
)
def test_the_dead_of_a_blast_counted_as_nobodys_men_are_civilians(text: str, struck: str) -> None:
    (e,) = _events(text)
    assert e.event_type is EventType.EXPLOSIONS
    assert (e.actor2.name if e.actor2 is not None and "Civilians" in e.actor2.name else "") == struck
    assert e.civilian_targeting is bool(struck)


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        ("استشهد ثلاثة مواطنين بقصف على منزل في بلدة بيت حانون صباح اليوم.", dt.date(2014, 7, 10), "(2009-2021)"),
        ("استشهد تسعة مواطنين في غارة استهدفت منزلا في مدينة خان يونس فجر اليوم.", dt.date(2024, 3, 19), "(2022-)"),
    ],
)
def test_a_strike_or_shelling_in_gaza_with_no_doer_named_is_israels(text: str, published: dt.date, actor1: str) -> None:
    (e,) = [e for e in marsad.extract(text, published=published).events if not e.historical]
    assert e.actor1 is not None
    assert e.actor1.name == f"Military Forces of Israel {actor1}"
    assert e.actor1.inferred


def test_shelling_in_lebanon_with_no_doer_named_stays_unidentified() -> None:
    (e,) = _events("سقطت قذائف صاروخية على بلدة الهرمل في البقاع اللبناني صباح اليوم دون وقوع إصابات.")
    assert e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Lebanon)"


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        (
            "قال ناجون إن مئات من مسلحي «الجنجويد» هاجموا يوم الجمعة 27 شباط/فبراير 2004 بلدة قرب مدينة الفاشر،"
            " وقتلوا العشرات من السكان.",
            None,
            "Janjaweed Militia",
        ),
        (
            "قتل تسعة مدنيين بغارة لطيران قوات التحالف على قرية قرب مدينة هرات الأفغانية أمس.",
            dt.date(2008, 8, 26),
            "Military Forces of the United States (2001-2009)",
        ),
    ],
)
def test_words_that_named_another_force_before_a_day_name_it_in_its_own_country(
    text: str, published: dt.date | None, actor1: str
) -> None:
    """ "الجنجويد" in Darfur in 2004 are the Janjaweed, not the RSF formed from them in 2013; "قوات التحالف"
    before 2014 are the US-led forces, not the coalition against the Islamic State."""
    (e,) = [e for e in marsad.extract(text, published=published).events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == actor1


def test_a_drone_strike_with_no_doer_named_is_an_unidentified_groups() -> None:
    """Armed groups fly drones too: unclaimed, a drone strike is the unidentified armed group's (inferred), in
    Syria too, where the government's air force is not taken for a drone's."""
    for text, published, country in (
        ("قتل أربعة عمال بطائرة مسيرة مفخخة استهدفت حقلاً للغاز في قضاء جمجمال مساء أمس.", dt.date(2024, 4, 27), "Iraq"),
        ("قتل قيادي في تنظيم حراس الدين بضربة طائرة مسيرة استهدفت سيارته قرب سرمدا.", dt.date(2020, 6, 14), "Syria"),
    ):
        (e,) = [e for e in marsad.extract(text, published=published).events if not e.historical]
        assert e.sub_event_type.label == "Air/drone strike"
        assert e.actor1 is not None and e.actor1.name == f"Unidentified Armed Group ({country})" and e.actor1.inferred


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # soldiers of the state whose forces the report names by their adjective, not of the home of a group
        # that fights in several countries
        (
            "أعلنت الحكومة البنينية، أمس الجمعة، مقتل 54 جندياً في هجوم شنته جماعة نصرة الإسلام والمسلمين الخميس "
            "على موقع عسكري شمالي البلاد. وهو أعنف هجوم تتعرض له القوات البنينية.",
            "Military Forces of Benin (2016-)",
        ),
        (
            "فرّقت قوات الأمن التوغولية بالغاز المسيل للدموع مئات الشبان الذين خرجوا إلى الشوارع احتجاجاً على "
            "الإصلاح الدستوري يوم الخميس.",
            "Police Forces of Togo (2005-)",
        ),
    ],
)
def test_a_states_forces_named_by_their_adjective_abroad(text: str, side: str) -> None:
    events = marsad.extract(text, published="2025-06-27").events
    assert events and events[0].actor2 is not None
    assert events[0].actor2.name == side


def test_bangladesh_by_its_capital_and_its_police_by_their_adjective() -> None:
    text = "فرقت الشرطة البنغلاديشية بالغاز المسيل للدموع مئات الطلاب المحتجين في مدينة داكا أمس."
    (e,) = marsad.extract(text, published="2024-09-19").events
    assert e.place is not None and (e.place.location, e.place.country) == ("Dhaka", "Bangladesh")
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Bangladesh (2024-)"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # East African forces fighting abroad, named by their adjective
        (
            "قتلت القوات الرواندية أربعة مسلحين في اشتباك قرب بلدة موسيمبوا دا برايا في إقليم كابو ديلغادو شمالي"
            " موزمبيق أمس.",
            "Military Forces of Rwanda (2000-)",
            "",
        ),
        (
            "هاجم مقاتلو حركة الشباب قاعدة للقوات الأوغندية في بلدة بولو مرير بإقليم شبيلي السفلى جنوبي الصومال أمس.",
            "Al Shabaab",
            "Military Forces of Uganda (1986-)",
        ),
        # ... by their defence name with the adjective ("قوات الدفاع الكينية"), not the army of where it happens
        (
            "قالت قوات الدفاع الكينية إنها قتلت 20 من عناصر حركة الشباب في هجوم على معسكر للحركة قرب بلدة كولبيو"
            " جنوبي الصومال أمس.",
            "Military Forces of Kenya (2022-)",
            "Al Shabaab",
        ),
        (
            "هاجم مسلحو القوات الديمقراطية المتحالفة موقعاً لقوات الدفاع الشعبية الأوغندية في إقليم إيتوري أمس.",
            "ADF: Allied Democratic Forces",
            "Military Forces of Uganda (1986-)",
        ),
        # Kenya's, Mozambique's and Burkina Faso's armies by their adjective, with their periods
        (
            "اشتبك الجيش الكيني مع مسلحين من حركة الشباب قرب بلدة كولبيو جنوبي الصومال أمس.",
            "Military Forces of Kenya (2022-)",
            "Al Shabaab",
        ),
        (
            "قتلت القوات الموزمبيقية ثمانية مسلحين في اشتباك قرب بلدة ماكوميا في إقليم كابو ديلغادو أمس.",
            "Military Forces of Mozambique (1975-)",
            "",
        ),
        (
            "اشتبك الجيش البوركيني مع مسلحين قرب مدينة جيبو أمس، ما أسفر عن مقتل 10 جنود.",
            "Military Forces of Burkina Faso (2022-)",
            "",
        ),
        # a state's forces named with no adjective in a country the pack does not list, with its period
        (
            "اشتبكت القوات المسلحة لأفريقيا الوسطى مع مسلحين قرب بلدة بوكارانغا شمال غربي جمهورية أفريقيا الوسطى أمس.",
            "Military Forces of the Central African Republic (2016-)",
            "",
        ),
    ],
)
def test_east_african_forces_abroad_by_their_adjective(text: str, actor1: str, actor2: str) -> None:
    (e,) = marsad.extract(text, published="2023-05-27").events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert actor2 == "" or (e.actor2 is not None and e.actor2.name == actor2)


@pytest.mark.parametrize(
    "text",
    [
        # herders and fishermen at their work are civilians, also where nothing else says who was hit
        "ألقت مسيّرة إسرائيلية قنبلة صوتية قرب صيادين على شاطئ بلدة الناقورة مساء أمس من دون وقوع إصابات.",
        "هاجم مسلحون رعاة الماشية قرب بلدة منكا أمس.",
    ],
)
def test_herders_and_fishermen_are_civilians(text: str) -> None:
    events = marsad.extract(text, published="2025-04-08").events
    assert events and events[0].actor2 is not None and events[0].actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a verb's subject, then its object with only a space between: two sides, not a doer and its associate
        (
            "هاجم مسلحون جنوداً كانوا يحرسون سوقاً قرب بلدة منكا أمس.",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali (2021-)",
        ),
        (
            "هاجمت القوات البنينية مسلحين قرب بلدة كاريماما في شمال بنين أمس.",
            "Military Forces of Benin (2016-)",
            "Unidentified Armed Group (Benin)",
        ),
    ],
)
def test_the_object_right_after_the_subject_is_the_other_side(text: str, actor1: str, actor2: str) -> None:
    (e,) = marsad.extract(text, published="2025-04-08").events
    assert e.actor1 is not None and e.actor1.name == actor1
    assert e.actor2 is not None and e.actor2.name == actor2
    assert not e.assoc_actor_1


def test_a_state_force_named_by_its_own_name_tells_the_country_of_an_unknown_town() -> None:
    # (and a body named for the ground it would free is a name, no capture: "جبهة تحرير أزواد")
    text = (
        "قالت جبهة تحرير أزواد إن طائرة مسيّرة تابعة للجيش المالي قصفت سوقاً في بلدة تينزاواتين أمس ما أسفر عن"
        " مقتل ثمانية مدنيين."
    )
    (e,) = marsad.extract(text, published="2024-08-26").events
    assert e.sub_event_type.label == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Mali (2021-)"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Mali)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # armed separatists named by that word alone: in Cameroon the Anglophone regions' Ambazonian separatists ...
        ("خطف انفصاليون مسلحون أمس ثلاثة معلمين من مدرسة ثانوية في حي نكوين بمدينة بامندا.", "Ambazonian Separatists"),
        # ... elsewhere nobody the pack names
        (
            "قتل مسلحون انفصاليون ثلاثة جنود في هجوم على نقطة تفتيش في إقليم بلوشستان أمس.",
            "Unidentified Armed Group (Pakistan)",
        ),
    ],
)
def test_separatists_are_cameroons_ambazonians_only_there(text: str, actor1: str) -> None:
    (e,) = marsad.extract(text, published="2024-01-15").events
    assert e.actor1 is not None and e.actor1.name == actor1
