"""Where an event is placed: which of a clause's places are the event's and which only locate others."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import SubEventType
from marsad.model.places import PlaceKind

PUB = dt.date(2021, 6, 9)


def _locations(text: str) -> list[str]:
    doc = marsad.extract(text, published=PUB)
    return [e.place.location if e.place else "" for e in doc.events if not e.historical]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("قتل مدني بقصف مدفعي على مدينة عفرين شمالي حلب أمس.", "Afrin"),
        ("قصفت قوات النظام بلدة كفرنبل جنوبي إدلب أمس.", "Kafr Nabl"),
        ("سقطت قذائف على بلدة سراقب قرب مدينة إدلب أمس.", "Saraqib"),
    ],
)
def test_a_place_given_by_a_direction_after_another_only_locates_it(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_a_province_told_first_yields_to_a_place_of_it_told_after_the_event_word() -> None:
    text = "وفي محافظة البصرة، قطع محتجون غاضبون، صباح أمس، الطريق الرئيسي في قضاء الزبير بالإطارات المحترقة."
    doc = marsad.extract(text, published=PUB)
    assert [(e.sub_event_type, e.place.location if e.place else "") for e in doc.events] == [
        (SubEventType.VIOLENT_DEMONSTRATION, "Az Zubayr")
    ]


def test_a_direction_alone_still_places_the_event() -> None:
    assert _locations("قصفت الطائرات الحربية شمالي حلب أمس.") == ["Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "سقطت قذائف مساء الاثنين مصدرها مواقع قوات النظام في ريف حلب الغربي على مدينة دارة عزة.",
        # fire launched from positions in a place, told by its verb
        "سقطت قذائف مساء الاثنين أطلقتها قوات النظام من مواقعها في مدينة حلب على مدينة دارة عزة.",
        # fire launched from a place, told right after its verb, then the place it fell on (the town it came
        # from is in the district named after the target's town, which still is where it fell)
        "قتل طفلان مساء الاثنين بقذائف صاروخية أطلقت من بلدة الأتارب على مدينة دارة عزة.",
    ],
)
def test_where_fire_came_from_is_not_where_it_fell(text: str) -> None:
    assert _locations(text) == ["Darat 'Izzah"]


def test_where_fire_was_launched_from_alone_is_no_place_of_the_event() -> None:
    assert _locations("قتل ثلاثة جنود مساء الاثنين بصواريخ أطلقت من مدينة دارة عزة.") == [""]


def test_fire_from_positions_that_fell_on_a_quarter_is_in_the_quarter() -> None:
    text = "سقطت قذيفة هاون مساء الاثنين أطلقها الحوثيون من مواقعهم في تبة السلال على حي الروضة بمدينة تعز."
    assert _locations(text) == ["Taiz - Rawdah"]


def test_withdrawing_from_positions_in_a_place_is_in_that_place() -> None:
    assert _locations("انسحبت قوات النظام من مواقعها في مدينة دارة عزة مساء الاثنين.") == ["Darat 'Izzah"]


def test_a_toll_sentence_after_an_event_is_its_fatalities_not_another_event() -> None:
    text = (
        "سقط عدد من القتلى والجرحى مساء الاثنين بقصف مدفعي لقوات النظام على مدينة دارة عزة. "
        "وقالت مصادر طبية إن الحصيلة بلغت ستة قتلى بينهم ثلاثة أطفال."
    )
    doc = marsad.extract(text, published=PUB)
    (e,) = [e for e in doc.events if not e.historical]
    assert e.fatalities == 6 and e.place is not None and e.place.location == "Darat 'Izzah"
    # a toll is the latest figure, not added to one told before
    told = "قتل ثلاثة مدنيين مساء الاثنين بقصف مدفعي لقوات النظام على مدينة دارة عزة. ثم ارتفعت الحصيلة إلى ستة قتلى."
    (e,) = [e for e in marsad.extract(told, published=PUB).events if not e.historical]
    assert e.fatalities == 6


def test_a_village_near_a_town_names_no_village_called_near() -> None:
    doc = marsad.extract("هاجم مسلحون قرية قرب مدينة الجنينة في ولاية غرب دارفور أمس.", published=PUB)
    # (and the state it is in, since towns-abroad.yaml lists Sudan's states)
    assert [doc.raw(p.span) for p in doc.places] == ["الجنينة", "غرب دارفور"]


def test_an_event_without_a_place_takes_the_reports_country() -> None:
    text = "اشتبكت قوات الجيش مع مسلحين قرب مدينة الجنينة أمس. وقتل 12 مدنياً في هجوم آخر."
    countries = {e.actor2.name for e in marsad.extract(text, published=PUB).events if e.actor2}
    assert "Civilians (Sudan)" in countries and "Civilians (Syria)" not in countries


def test_a_landmark_in_a_town_places_the_event_in_the_town() -> None:
    text = "انفجرت سيارة مفخخة قرب دوار الكتاب وسط مدينة الباب أمس، ما أدى إلى مقتل ثلاثة مدنيين."
    assert _locations(text) == ["Al Bab"]


def test_a_landmark_told_after_a_town_and_its_countryside_stands_in_the_town() -> None:
    text = (
        "قتل مدنيان في انفجار عبوة ناسفة وسط مدينة الباب بريف حلب الشمالي صباح اليوم.\n"
        "وأفاد مراسلنا بأن العبوة انفجرت قرب دوار السنتر المكتظ بالمارة."
    )
    doc = marsad.extract(text, published=PUB)
    landmarks = [p for p in doc.places if p.resolved is not None and p.resolved.kind is PlaceKind.LANDMARK]
    assert landmarks and all(p.resolved is not None and p.resolved.location == "Al Bab" for p in landmarks)
    # with no town near it, a landmark is still placed in the countryside it is told in
    doc = marsad.extract("سقطت قذيفة قرب دوار السنتر بريف حلب الشمالي أمس.", published=PUB)
    landmarks = [p for p in doc.places if p.resolved is not None and p.resolved.kind is PlaceKind.LANDMARK]
    assert landmarks and all(p.resolved is not None and p.resolved.location != "Al Bab" for p in landmarks)


def test_every_place_of_the_clause_that_told_where_is_an_events_place() -> None:
    text = "قتل خمسة مدنيين في مدينتي الميادين والبوكمال، بغارات جوية مجهولة أمس."
    assert sorted(_locations(text)) == ["Abu Kamal", "Al Mayadin"]


def test_someones_hometown_is_not_where_the_event_happened() -> None:
    text = "قضى شاب من مدينة القصير تحت التعذيب في أحد أفرع النظام الأمنية بدمشق، بعد نحو عامين من اعتقاله."
    doc = marsad.extract(text, published=PUB)
    (e,) = [e for e in doc.events if not e.historical]
    assert e.place is not None and e.place.location == "Damascus"
    # who holds the prison killed him; the arrest two years before is background, not news
    assert e.actor1 is not None and e.actor1.actor_id == "SYR_STATE" and e.fatalities == 1


def test_names_listed_after_an_unknown_first_one_are_still_read() -> None:
    # كنصفرة is not in the gazetteer: the known البارة listed after it is still the event's place
    assert "Al-Bara" in _locations("قصفت قوات النظام قرى كنصفرة والبارة أمس.")
    # a verb joined by و after the unknown name ends the list: no village called "قتلت"
    doc = marsad.extract("قصفت قوات النظام قرى كنصفرة وقتلت ثلاثة مدنيين أمس.", published=PUB)
    assert all("قتلت" not in doc.raw(p.span) for p in doc.places)


def _placed(text: str) -> list[tuple[str, int]]:
    doc = marsad.extract(text, published=PUB)
    return [(e.place.location, e.place.geo_precision) for e in doc.events if e.place and not e.historical]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # a road named by its two towns: on the road from the first, not in either town
        ("اختطف مسلحون مجهولون طبيبا على طريق دمشق - السويداء أمس.", [("Damascus", 2)]),
        # "near X" after the road says where on it
        ("قتل شخصان بانفجار عبوة ناسفة على طريق حلب دمشق الدولي قرب سراقب أمس.", [("Saraqib", 2)]),
        # a town the text puts the people in is where they were, not the road's town
        ("قال ناشطون إن متظاهرين في مدينة منبج قطعوا طريق حلب – الحسكة أمس احتجاجاً على التجنيد.", [("Menbij", 1)]),
        # "the road linking the towns of X and Y": one event near the first
        (
            "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل بين مدينتي درعا وطفس ظهر اليوم، ما أدى لمقتل ضابط.",
            [("Dar'a", 2)],
        ),
        # each town with a cue of its own, and the unit holding the road after: near the first, not in the unit
        (
            "خطف مسلحون طبيبا على الطريق الواصل بين مدينة طفس وبلدة اليادودة في ريف درعا الغربي أمس.",
            [("Tafas", 2)],
        ),
        (
            "استهدفت مسيرة تركية سيارة على الطريق الواصل بين بلدة عامودا ومدينة القامشلي بريف الحسكة أمس.",
            [("Amuda", 2)],
        ),
        # a fight "between" two places: its front line, one scene near the first
        ("اندلعت اشتباكات عنيفة بين الجيش وتنظيم داعش بين بلدتي طفس واليادودة في ريف درعا أمس.", [("Tafas", 2)]),
        (
            "تجددت الاشتباكات ليل أمس بين منطقتي باب التبانة وجبل محسن في طرابلس شمال لبنان.",
            [("Tripoli - Bab al-Tabbaneh", 2)],
        ),
        # the same towns with no road: an event in each
        ("استهدفت مسيرة تركية سيارة في بلدة عامودا ومدينة القامشلي بريف الحسكة أمس.", [("Amuda", 1), ("Qamishli", 1)]),
    ],
)
def test_a_road_named_by_towns_is_not_an_event_in_them(text: str, placed: list[tuple[str, int]]) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a capital named as a sponsor is its government, not where the event was
        ("سيطرت فصائل الجيش الوطني المدعومة من أنقرة اليوم على قرية تل حلف غربي رأس العين.", "Tell Halaf"),
        ("انفجرت سيارة مفخخة اليوم في أنقرة.", "Ankara"),
    ],
)
def test_a_capital_named_as_a_sponsor_is_no_place(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_a_birthplace_phrase_names_no_city() -> None:
    doc = marsad.extract("قتل شاب بقصف على بلدة كفرنبل أمس، ويشيع غداً في مسقط رأسه.", published=PUB)
    assert all(p.resolved is None or p.resolved.name_en != "Muscat" for p in doc.places)


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("تظاهر مئات الطلاب في ميدان الجامعة بمدينة المنصورة أمس.", "Medan"),  # ميدان: a square
        ("اغتال مسلحون صاحب الفندق واسمه غازي قبل يومين.", "Ghaziabad"),  # a given name
        ("تظاهر أتباع الطرق الصوفية أمام مبنى المحافظة في مدينة أسيوط أمس.", "Sofia"),  # Sufi orders
    ],
)
def test_common_words_name_no_city_abroad(text: str, foreign: str) -> None:
    doc = marsad.extract(text, published=PUB)
    assert all(p.resolved is None or p.resolved.name_en != foreign for p in doc.places)


def test_live_ammunition_is_no_neighbourhood() -> None:
    text = (
        "قصفت قوات النظام حي بابا عمرو في مدينة حمص اليوم. وفي مدينة حماة، أطلقت قوات الأمن الرصاص الحي على"
        " مظاهرة خرجت في حي الحاضر، ما أدى إلى مقتل شاب."
    )
    doc = marsad.extract(text, published="2012-02-08")
    assert all(p.resolved is None or p.resolved.location != "Homs - Baba Amr" for p in doc.places if p.sentence == 1)


def test_a_barracks_named_like_a_foreign_capital_is_no_capital() -> None:
    text = "أقامت القوات الإسرائيلية نقطة عسكرية في ثكنة الجزيرة القريبة من قرية معرية في ريف درعا الغربي اليوم."
    doc = marsad.extract(text, published="2024-12-25")
    assert all(p.resolved is None or p.resolved.country != "Algeria" for p in doc.places)


def test_the_capture_a_span_is_counted_from_is_no_news() -> None:
    text = (
        "اندلعت اشتباكات عنيفة اليوم في محيط سد تشرين بين قسد والجيش الوطني. وتشهد جبهات ريف منبج معارك متقطعة"
        " منذ سيطرة فصائل الجيش الوطني على مدينة منبج قبل نحو شهر، عقب انسحاب قسد منها."
    )
    doc = marsad.extract(text, published="2025-01-09")
    taken = SubEventType.NON_STATE_OVERTAKES
    # (it is history, dated about a month before: see test_extract_since_taken.py)
    assert [e for e in doc.events if e.sub_event_type is taken and not e.historical] == []


def test_a_direction_before_the_capital_and_its_name_locates_the_place_before_it() -> None:
    text = "انفجرت عبوة ناسفة بعربة عسكرية في قضاء الطارمية شمالي العاصمة بغداد مساء أمس."
    assert _locations(text) == ["Tarmiyah"]


def test_two_gazetteer_entries_of_one_town_a_few_hundred_metres_apart_are_one_place() -> None:
    # GeoNames lists Huwara south of Nablus twice; the town is placed, not declined as ambiguous
    doc = marsad.extract("أحرق مستوطنون منازل ومركبات في بلدة حوارة بالضفة الغربية مساء أمس.", published=PUB)
    (huwara,) = [p for p in doc.places if doc.raw(p.span) == "حوارة"]
    assert huwara.resolved is not None and huwara.resolved.country == "Palestine", huwara.declined_reason


def test_a_capital_that_speaks_is_its_government_not_a_place() -> None:
    text = (
        "اقتحم محتجون غاضبون مبنى القنصلية الإيرانية في مدينة النجف مساء أمس وأضرموا النار فيه،"
        " وهو ما دانته طهران بشدة."
    )
    assert "Tehran" not in _locations(text)
    doc = marsad.extract("وقالت أنقرة إن طائراتها قصفت مواقع في بلدة تل رفعت أمس.", published=PUB)
    assert all(p.resolved is None or p.resolved.country != "Turkey" for p in doc.places)


def test_a_country_named_where_the_town_is_unknown_names_the_actors_country() -> None:
    # (a village the gazetteer lacks: Kenya's towns, Kisumu among them, are in it)
    text = "أغلق محتجون الطرق بالإطارات المشتعلة في بلدة كانياكوري شرقي الكونغو الديمقراطية أمس."
    events = marsad.extract(text, published="2023-07-13").events
    assert [e.actor1.name for e in events if e.actor1] == ["Rioters (Democratic Republic of Congo)"]
    assert all(e.place is None for e in events)  # the town stays unknown: no place is made up


def test_a_reference_point_is_no_event_place_nor_an_anaphors_antecedent() -> None:
    text = (
        "اندلعت اشتباكات أمس بين مجموعتين مسلحتين في مدينة الزاوية غربي العاصمة الليبية طرابلس. "
        "وتركزت الاشتباكات في الأحياء الشرقية للمدينة."
    )
    doc = marsad.extract(text, published=PUB)
    tripoli = [p for p in doc.places if doc.raw(p.span) == "طرابلس"]
    assert [p.qualifier for p in tripoli] == ["غربي"]  # the capital with its country's adjective between
    assert _placed(text) == [("Az Zawiyah", 1)]


def test_an_anaphor_means_the_place_not_its_reference_point() -> None:
    doc = marsad.extract(
        "خرج العشرات في مظاهرة أمس في مدينة الطبقة غربي الرقة. وتجمعوا أمام مبنى مجلس المدينة.", published=PUB
    )
    (anaphor,) = [p for p in doc.places if p.antecedent is not None]
    assert anaphor.resolved is not None and anaphor.resolved.location == "Tabqa"


def test_an_anaphor_city_means_the_city_that_located_an_area() -> None:
    """A city named to say where an area lies is the city an anaphor "المدينة" means (not the area)."""
    doc = marsad.extract(
        "اندلعت اشتباكات أمس بين مجموعتين مسلحتين في منطقة الحرشة غربي مدينة الزاوية. ونظم العشرات من أهالي"
        " الزاوية مساء الخميس وقفة احتجاجية طالبوا فيها بإخراج التشكيلات المسلحة من المدينة.",
        published=PUB,
    )
    (anaphor,) = [p for p in doc.places if p.antecedent is not None]
    assert anaphor.resolved is not None and anaphor.resolved.location == "Az Zawiyah"


def test_an_israeli_town_or_settlement_named_by_its_cue_is_placed() -> None:
    text = "أعلن حزب الله أن مقاتليه استهدفوا أمس تجمعاً لجنود إسرائيليين في مستعمرة المطلة بصاروخ موجه."
    assert _placed(text) == [("Metula", 1)]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # Gondar as Arabic news spells it, and a Zamfara town GeoNames lists only in Latin letters
        ("دارت اشتباكات عنيفة أمس بين الجيش ومسلحي فانو في مدينة غوندر.", "Gondar"),
        ("هاجم مسلحون أمس قرية قرب مدينة تسافي في ولاية زامفارا شمال غربي نيجيريا وقتلوا 11 قروياً.", "Tsafe"),
        ("قتل مسلحون 30 مدنياً أمس في هجوم على قرية قرب بلدة غيمبي بإقليم أوروميا.", "Gimbi"),
        # a South Sudanese state names the country of its town (Bor, not the Turkish one)
        ("هاجم مسلحون من قبيلة المورلي أمس قرية شمال مدينة بور بولاية جونقلي وقتلوا سبعة أشخاص.", "Bor"),
        ("سيطر مسلحون من ميليشيا الجيش الأبيض أمس على بلدة الناصر بولاية أعالي النيل.", "Nasir"),
        # Mali's and Burkina Faso's regional towns, named alone
        ("قتل مسلحون أمس سبعة مدنيين في هجوم على سوق في كيدال.", "Kidal"),
        ("أعدم جنود ماليون 11 مدنياً أمس في قرية قرب موبتي.", "Mopti"),
        ("قتل 12 جندياً أمس في هجوم على قافلة عسكرية قرب جيبو.", "Djibo"),
        # a region named by its capital's name holds its towns far from the capital ("بمنطقة تيلابيري", 162 km)
        (
            "قتل عشرة جنود في هجوم على موقع عسكري في بلدة بانيبانغو بمنطقة تيلابيري غربي النيجر يوم الأحد.",
            "Banibangou",
        ),
        # a Somali region names where its town is
        ("قتل ستة أشخاص أمس في اشتباكات بين ميليشيات عشيرتين قرب بلدة عابودواق في إقليم غلغدود.", "Cabudwaaq"),
    ],
)
def test_towns_of_the_sahel_and_ethiopia_by_their_arabic_names(text: str, location: str) -> None:
    assert [p for p, _ in _placed(text)] == [location]


def test_places_listed_under_one_cue_after_the_triggers_clause_are_each_an_event() -> None:
    text = "سيطرت قوات النظام، اليوم الاثنين، على أحياء الحيدرية والشيخ خضر والصاخور في مدينة حلب."
    assert [p for p, _ in _placed(text)] == ["Aleppo - al-Haydariyah", "Aleppo - Sheikh Khodr", "Aleppo - al-Sakhour"]
    # a place of that clause not listed with the first is not one more
    text = "سار الآلاف، أمس، في مسيرة بوسط العاصمة البريطانية لندن للمطالبة بوقف إطلاق النار في غزة."
    assert [p for p, _ in _placed(text)] == ["London"]


def test_the_capital_with_its_countrys_adjective_is_a_city_cue() -> None:
    text = "فجر انتحاري حزامه الناسف أمس داخل مطعم في حي هودن بالعاصمة الصومالية مقديشو."
    assert _placed(text) == [("Mogadishu - Hodan", 1)]  # its district (neighbourhoods-abroad.yaml)


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # a direction right after a place that has a qualifier of its own still locates that place
        (
            "قتل 15 شخصاً اليوم جراء انفجار سيارة مفخخة عند المدخل الجنوبي لمدينة منبج شرقي حلب.",
            ["Menbij"],
        ),
        # the people a crowd stands with, then where they are, is no place of the protest
        (
            "تظاهر آلاف المصلين أمس في القاهرة تضامناً مع الفلسطينيين في قطاع غزة، ورددوا هتافات منددة بالقصف.",
            ["Cairo"],
        ),
    ],
)
def test_places_that_only_locate_or_are_stood_with(text: str, placed: list[str]) -> None:
    assert [p for p, _ in _placed(text)] == placed


def test_a_toll_told_beside_a_flight_is_the_fights_toll() -> None:
    text = (
        "سيطرت قوات الدعم السريع أمس على مدينة الدندر بعد معارك ضارية مع الجيش السوداني. وأفادت مصادر طبية"
        " بمقتل العشرات من عناصر الطرفين، بينما نزح آلاف السكان نحو ولاية القضارف."
    )
    events = [e for e in marsad.extract(text, published="2024-07-03").events if not e.historical]
    assert [(e.sub_event_type.value[0], e.place.location if e.place else "", e.fatalities) for e in events] == [
        ("Non-state actor overtakes territory", "Ad-Dindar", 12)
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("أحرق محتجون مبنى القنصلية الإيرانية في النجف ليل أمس.", "Najaf"),
        ("تظاهر المئات في كربلاء أمس احتجاجاً على انقطاع الكهرباء.", "Karbala"),
    ],
)
def test_iraqs_shrine_cities_are_places(text: str, city: str) -> None:
    assert city in {e.place.location for e in marsad.extract(text, published=PUB).events if e.place}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Tripoli is in Libya and in Lebanon: the actors of the report say which
        ("طرابلس – قتل سبعة مدنيين بقصف على حي سكني في العاصمة أمس، واتهمت حكومة الوفاق قوات حفتر بالقصف.", "Libya"),
        ("طرابلس – قتل شخصان في اشتباكات بين جهاز دعم الاستقرار واللواء 444 أمس.", "Libya"),
    ],
)
def test_the_home_country_of_the_armed_groups_named_tells_where_a_shared_name_is(text: str, country: str) -> None:
    events = marsad.extract(text, published=PUB).events
    assert events and all(e.place is not None and e.place.country == country for e in events)


def test_the_packs_own_forces_named_by_common_words_say_nothing_of_the_country() -> None:
    # "عناصر الأمن" and "الجيش" are read as Syria's forces, and every country's reports use the words
    text = (
        "وشهدت مدينة ازويرات شمالي البلاد مواجهات بين متظاهرين أحرقوا السوق وعناصر الأمن،"
        " مما استدعى تدخل وحدات من الجيش."
    )
    events = marsad.extract(text, published=PUB).events
    assert events and {e.place.country for e in events if e.place is not None} == {"Mauritania"}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a dateline's town is a place though the word is common elsewhere ("الجيزة", "تونس")
        ("الجيزة – قتل أمين شرطة مساء أمس إثر انفجار عبوة ناسفة زرعت أسفل سيارة شرطة في شارع الهرم.", "Giza"),
        # ... in brackets too, and the words standing for it after (the city, a hospital in it) leave it the place
        (
            "(تعز) – قال مصدر طبي في مستشفى الثورة إن امرأتين قتلتا مساء أمس جراء قذائف هاون أطلقها الحوثيون"
            " على حي الروضة شمالي المدينة.",
            "Taiz - Rawdah",  # a neighbourhood of it (neighbourhoods-abroad.yaml)
        ),
    ],
)
def test_a_datelines_town_places_the_events_its_sentence_places_nowhere_else(text: str, location: str) -> None:
    assert _locations(text) == [location]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # towns of other countries GeoNames knows only in Latin script (towns-abroad.yaml)
        ("قتل جنديان في اشتباكات مع مسلحي حركة الشباب قرب مدينة أفجوي أمس.", "Afgooye"),
        ("أطلقت سرايا القدس مساء أمس ثلاثة صواريخ على بلدة سديروت الإسرائيلية.", "Sderot"),
        ("تظاهر العشرات من العاطلين عن العمل أمام مقر المعتمدية في مدينة الرديف بولاية قفصة أمس.", "Ar Rudayyif"),
        # a town placed in a province the gazetteer knows only by its main town is near it, not outside it
        ("شنت طائرة مسيرة أمريكية غارة أمس قرب بلدة جلب في إقليم جوبا الوسطى جنوبي الصومال.", "Jilib"),
        # ... and a town placed in a governorate named by its capital is the event's one place
        ("ألقت الشرطة القبض أمس على ستة مسلحين في مدينة السادس من أكتوبر بمحافظة الجيزة.", "6th of October City"),
    ],
)
def test_towns_and_provinces_of_other_countries_are_placed(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_a_province_named_alone_is_coded_to_its_main_town() -> None:
    doc = marsad.extract("قصفت الطائرات الحربية أمس مواقع لقوات الدعم السريع في ولاية جنوب دارفور.", published=PUB)
    assert [(e.place.location, e.place.admin1, e.place.geo_precision) for e in doc.events if e.place] == [
        ("Nyala", "South Darfur", 3)
    ]


def test_a_small_town_abroad_is_declined_in_a_report_about_syria() -> None:
    # "الرويسات" is also an Algerian town listed in towns-abroad.yaml; in a report on Hama it is not that
    events = marsad.extract("قصفت قوات النظام منطقة الرويسات في ريف حماة الشمالي أمس.", published=PUB).events
    assert all(e.place is None or e.place.country == "Syria" for e in events)


def test_a_province_named_beside_a_town_in_it_adds_no_place() -> None:
    text = "قتل سبعة مدنيين أمس في غارة جوية على حي سكني في مدينة نيالا عاصمة ولاية جنوب دارفور."
    doc = marsad.extract(text, published=PUB)
    assert [(e.place.location if e.place else None, e.fatalities) for e in doc.events] == [("Nyala", 7)]


def test_a_countrys_adjective_without_the_article_is_a_clue_to_where_a_shared_name_is() -> None:
    text = (
        "طرابلس – اختطف مسلحون مجهولون مساء أمس صحفياً محلياً من أمام منزله. وطالبت منظمات حقوقية ليبية"
        " بالإفراج الفوري عنه."
    )
    events = marsad.extract(text, published=PUB).events
    assert [(e.place.country if e.place else None, e.actor2.name if e.actor2 else None) for e in events] == [
        ("Libya", "Civilians (Libya)")
    ]


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # Iraq's governorates whose name is not their capital's, coded to the capital
        ("قتل جندي عراقي أمس في هجوم بعبوة ناسفة في محافظة ديالى.", "Baqubah", "Diyala"),
        # ... and not a town of another country that GeoNames also calls so (Babol in Iran)
        ("شنت طائرات أميركية أمس ضربات جوية على مواقع لكتائب حزب الله في محافظة بابل.", "Al Hillah", "Babil"),
        # an outlet's name is a whole word, not the middle of a place's ("نبأ" in "الأنبار")
        ("قتل جندي عراقي أمس في هجوم بعبوة ناسفة في محافظة الأنبار.", "Ramadi", "Al-Anbar"),
    ],
)
def test_iraqs_governorates_are_places(text: str, location: str, admin1: str) -> None:
    doc = marsad.extract(text, published=PUB)
    assert [(e.place.location, e.place.admin1) for e in doc.events if e.place] == [(location, admin1)]


def test_the_one_country_of_the_places_named_tells_where_a_shared_name_is() -> None:
    # Tripoli is in Lebanon and in Libya: beside Beirut, named twice, it is Lebanon's
    text = (
        "بيروت – هاجم عشرات الشبان ظهر أمس خيم المعتصمين وسط بيروت. وبعد ساعات احتشد الآلاف في ساحة النور"
        " بطرابلس مطالبين برحيل الحكومة."
    )
    events = marsad.extract(text, published=PUB).events
    assert {(e.place.location, e.place.country) for e in events if e.place} >= {("Tripoli", "Lebanon")}


def test_a_place_lying_between_two_others_is_one_event() -> None:
    # (the first bounds where it is, like a road's first town; the second only bounds it)
    text = (
        "هاجم عناصر من تنظيم داعش مساء أمس نقطة عسكرية للجيش العراقي في منطقة المطيبيجة الواقعة بين محافظتي"
        " صلاح الدين وديالى، ما أسفر عن مقتل ثلاثة جنود."
    )
    events = marsad.extract(text, published=PUB).events
    assert [(e.place.location if e.place else None, e.fatalities) for e in events] == [("Tikrit", 3)]


def test_places_listed_together_after_the_events_clause_are_each_a_scene() -> None:
    doc = marsad.extract(
        "خرج آلاف المغاربة أمس في مسيرات سلمية بعدد من المدن، أبرزها في الرباط والدار البيضاء.",
        published=dt.date(2011, 2, 21),
    )
    assert sorted(e.place.location for e in doc.events if e.place) == ["Casablanca", "Rabat"]


@pytest.mark.parametrize(
    "text",
    [
        "خرج آلاف المغاربة، يوم الأحد، في مسيرات سلمية في العاصمة الرباط ومدينتي طنجة وفاس، رفضاً لغلاء الأسعار.",
        "خرج آلاف المغاربة، يوم الأحد، في مسيرات سلمية في العاصمة الرباط ومدينة طنجة وبلدة فاس، رفضاً لغلاء الأسعار.",
    ],
)
def test_places_joined_under_cues_of_their_own_after_the_events_clause_are_each_a_scene(text: str) -> None:
    """The events' clause ends before the places (a date between commas): the first place's list goes on
    under another cue ("ومدينتي طنجة وفاس")."""
    doc = marsad.extract(text, published=dt.date(2011, 2, 21))
    assert sorted(e.place.location for e in doc.events if e.place) == ["Fes", "Rabat", "Tangier"]


def test_places_listed_after_where_people_fled_are_no_scene_either() -> None:
    doc = marsad.extract(
        "اشتبكت قوات الدعم السريع مع الجيش أمس في مدينة ود مدني. وكانت الاشتباكات قد بدأت قبل يومين، ما دفع"
        " الآلاف إلى النزوح نحو سنار والقضارف.",
        published=dt.date(2023, 12, 19),
    )
    assert {e.place.location for e in doc.events if e.place} == {"Wad Medani"}


def test_people_arrested_from_their_town_were_taken_there() -> None:
    doc = marsad.extract(
        "اعتقلت قوات الاحتلال فجر اليوم ثلاثة شبان من بلدة بيتا جنوب نابلس بعد مداهمة منازل ذويهم.",
        published=dt.date(2023, 7, 3),
    )
    assert [e.place.location for e in doc.events if e.place] == ["Beita"]


def test_the_place_that_holds_a_hometown_is_no_scene_either() -> None:
    doc = marsad.extract(
        "استشهد شاب من بلدة بيتا جنوب نابلس أمس برصاص قوات الاحتلال خلال اقتحام مدينة جنين.",
        published=dt.date(2023, 7, 3),
    )
    assert [e.place.location for e in doc.events if e.place] == ["Janin"]


def test_places_enumerated_after_the_event_are_each_a_scene() -> None:
    doc = marsad.extract(
        "شنت طائرات حربية أمريكية فجر اليوم غارات على مواقع للحوثيين في عدة محافظات، بينها قاعدة الديلمي شمال"
        " صنعاء، ومطار الحديدة ومحيطه، ومعسكر كهلان شرقي مدينة صعدة.",
        published=dt.date(2024, 1, 12),
    )
    assert sorted(e.place.location for e in doc.events if e.place) == ["Al Hudaydah", "Sa'dah", "Sanaa"]


def test_districts_of_mosul_the_2016_offensive_entered() -> None:
    doc = marsad.extract(
        "أعلن جهاز مكافحة الإرهاب العراقي اليوم أن قواته استعادت السيطرة الكاملة على حي كوكجلي عند المدخل الشرقي"
        " لمدينة الموصل.",
        published=dt.date(2016, 11, 1),
    )
    assert [e.place.location for e in doc.events if e.place] == ["Mosul - Kokjali"]


def test_a_quarter_the_gazetteer_lacks_is_in_the_city_not_in_the_quarter_told_before() -> None:
    doc = marsad.extract(
        "أعلن جهاز مكافحة الإرهاب، أمس الجمعة، تحرير حي الزهور في الساحل الأيسر لمدينة الموصل بشكل كامل. وفي تطور"
        " لاحق، بدأت القوات صباح اليوم السبت التقدم نحو حي القاهرة المجاور، حيث تدور اشتباكات متقطعة مع عناصر"
        " التنظيم.",
        published=dt.date(2016, 12, 3),
    )
    today = [e for e in doc.events if e.date is not None and e.date.earliest == dt.date(2016, 12, 3)]
    assert [e.place.location for e in today if e.place] == ["Mosul"]


def test_the_town_of_a_source_an_attribution_names_is_no_scene() -> None:
    text = (
        "سيطر مسلحو جماعة الحوثي أمس الأحد على مدينة الحزم مركز محافظة الجوف بعد اشتباكات مع القوات الحكومية. "
        "وأسفرت معارك الأحد عن سقوط عشرات القتلى من الطرفين، وفق مصادر طبية في مأرب."
    )
    doc = marsad.extract(text, published="2020-03-02")
    assert [(e.place.location if e.place else None, e.fatalities) for e in doc.events if not e.historical] == [
        ("Al Hazm", 12)
    ]


def test_the_town_of_a_source_that_opens_the_sentence_may_be_the_scene() -> None:
    text = "قالت مصادر محلية في نيالا إن مسيّرات للجيش السوداني استهدفت فجر اليوم مطار المدينة."
    assert _locations(text) == ["Nyala"]


def test_a_place_the_sentence_before_named_places_an_event_told_with_none() -> None:
    text = (
        "أعلنت الشرطة الصومالية مساء أمس انتهاء حصار فندق الساحل في منطقة الكيلو أربعة بالعاصمة مقديشو. "
        "وكان الهجوم قد بدأ مساء الجمعة بتفجير انتحاري سيارة مفخخة عند البوابة الرئيسية للفندق."
    )
    assert _locations(text) == ["Mogadishu"]


def test_a_datelines_town_does_not_place_the_next_sentences_event() -> None:
    text = (
        "بغداد – أصدرت المحكمة حكماً أمس.\nوكان الهجوم قد بدأ مساء الجمعة بتفجير انتحاري سيارة مفخخة عند بوابة الفندق."
    )
    assert _locations(text) == [""]


def test_a_province_named_by_its_capital_not_the_datelines_town_places_the_event() -> None:
    text = (
        "انقرة ـ رويترز: قال الجيش التركي اليوم ان ثلاثة جنود قتلوا في اشتباكات مع مقاتلي حزب العمال الكردستاني"
        " امس قرب بلدة دره جيجك في ولاية هكاري."
    )
    assert _locations(text) == ["Hakkari"]


def test_a_quarter_the_gazetteer_lacks_in_a_capital_described_then_named_is_in_that_capital() -> None:
    """ "بالعاصمة الصومالية مقديشو" is one place told twice, which holds no other of the sentence's places."""
    text = "اقتحم مسلحون من حركة الشباب فندقا في حي بولو حوبي بالعاصمة الصومالية مقديشو يوم أمس."
    assert _locations(text) == ["Mogadishu"]


def test_the_city_a_direction_points_from_is_not_the_town_it_locates() -> None:
    """ "بلدة بيتا جنوب المدينة": the city is the one told before, and the event is in the town."""
    text = (
        "وفي محافظة نابلس، اعتقلت قوات الاحتلال فجر اليوم خمسة مواطنين من بلدة بيتا جنوب المدينة، عقب دهم منازل ذويهم."
    )
    assert _locations(text) == ["Beita"]


def test_a_quarter_named_after_another_city_is_no_event_in_that_city() -> None:
    text = (
        "قتل خمسة من عناصر الجيش الوطني الليبي يوم أمس في اشتباكات وسط مدينة درنة. وقتل جنديان بانفجار سيارة"
        " مفخخة قرب بوابة عسكرية في منطقة باب طبرق شرقي المدينة يوم أمس."
    )
    assert "Tobruk" not in _locations(text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "شنت طائرات حربية أمس غارات على مدينة جسر الشغور وبلدة كفرنبل في ريف إدلب، ما أسفر عن مقتل تسعة"
            " مدنيين في جسر الشغور بينهم أربعة أطفال، وثلاثة آخرين في كفرنبل.",
            [("Jisr al-Shughur", 9), ("Kafr Nabl", 3)],
        ),
        (
            "اندلعت اشتباكات أمس في بلدتي البصيرة والشحيل، وأسفرت عن مقتل ستة أشخاص في البصيرة، بينهم مدنيان.",
            [("Al-Busayrah", 6), ("Al-Shuhayl", 0)],
        ),
    ],
)
def test_each_place_gets_the_dead_counted_at_it(text: str, dead: list[tuple[str, int]]) -> None:
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert [(e.place.location if e.place else "", e.fatalities) for e in events] == dead


@pytest.mark.parametrize(
    "text",
    [
        "قتل قيادي في قسد بضربة طائرة مسيرة تركية قرب مدينة القامشلي أمس. وذكرت قسد في بيان أن الضربة أسفرت"
        " أيضاً عن إصابة مدني، متهمةً أنقرة بالتصعيد.",
        "قصفت القوات التركية قرى قرب مدينة زاخو أمس، واتهمت بغداد أنقرة بانتهاك السيادة العراقية.",
    ],
)
def test_a_capital_accused_names_its_government_not_a_scene(text: str) -> None:
    assert "Ankara" not in _locations(text)


def test_the_city_an_anaphor_means_is_no_capital_told_by_its_description_before() -> None:
    text = (
        "أعلنت قوات حكومة الوفاق الوطني أمس استعادة السيطرة على مدينة غريان، التي كانت غرفة العمليات الرئيسية"
        " لقوات حفتر في هجومها على العاصمة. وقال المتحدث إن القوات دخلت المدينة بعد اشتباكات استمرت ساعات في"
        " محيطها."
    )
    assert set(_locations(text)) == {"Gharyan"}


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("انفجرت عبوة ناسفة لدى مرور دورية أمريكية قرب الفلوجة غربي بغداد أمس.", "Al Fallujah"),
        ("انفجرت عبوة ناسفة على الطريق العام في مدينة الرمادي غرب بغداد أمس.", "Ramadi"),
    ],
)
def test_a_town_named_after_a_direction_of_a_city_may_lie_in_another_province(text: str, location: str) -> None:
    """ "غربي بغداد" says where the town lies, beside Baghdad: not that it is inside Baghdad's province."""
    assert _locations(text) == [location]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "قتل مسلحون مجهولون 14 مدنياً في هجوم على مدينة جيبو شمالي بوركينا فاسو أمس.",
            ("Djibo", "Sahel", "Burkina Faso"),
        ),
        ("فجرت انتحارية نفسها في سوق بمدينة مايدوغوري أمس.", ("Maiduguri", "Borno", "Nigeria")),
    ],
)
def test_towns_of_the_sahel_and_of_boko_harams_war_are_known(text: str, where: tuple[str, str, str]) -> None:
    (e,) = marsad.extract(text, published=PUB).events
    assert e.place is not None
    assert (e.place.location, e.place.admin1, e.place.country) == where


def test_a_quarter_of_amman_named_after_its_cue() -> None:
    text = "فرقت قوات الدرك ليلة أمس مئات المحتجين قرب السفارة الإسرائيلية في منطقة الرابية غربي العاصمة عمّان."
    assert _locations(text) == ["Amman - Al Rabiyah"]


def test_afghan_provincial_capitals_listed_bare_are_each_a_scene() -> None:
    text = "سيطرت حركة طالبان أمس على ثلاث عواصم ولايات في شمال أفغانستان، هي قندوز وساربل وطالقان."
    assert sorted(_locations(text)) == ["Kunduz", "Sar-e Pul", "Taloqan"]


def test_quetta_by_the_spelling_arabic_news_uses() -> None:
    text = "قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في مدينة كويتا عاصمة إقليم بلوشستان أمس."
    (e,) = marsad.extract(text, published=PUB).events
    assert e.place is not None and (e.place.location, e.place.admin1) == ("Quetta", "Balochistan")


def test_a_quarter_described_then_placed_in_its_city_is_that_citys() -> None:
    text = "قتل 14 شخصاً بقصف صاروخي على حي الروضة السكني بمدينة مأرب مساء السبت."
    assert _locations(text) == ["Ma'rib"]  # not Taiz's al-Rawdah, beside Ma'rib


@pytest.mark.parametrize(
    ("text", "published", "location"),
    [
        # a district of Mogadishu is "مديرية" too
        (
            "قتل تسعة أشخاص عندما فجر انتحاري سيارة مفخخة أمام فندق في مديرية هودن بالعاصمة مقديشو مساء أمس.",
            "2023-02-23",
            "Mogadishu - Hodan",
        ),
        # (its name as some outlets spell it)
        (
            "قتل خمسة أشخاص عندما فجر انتحاري سيارة مفخخة عند نقطة تفتيش في مديرية حودن بالعاصمة مقديشو أمس.",
            "2023-02-23",
            "Mogadishu - Hodan",
        ),
        # a state of Nigeria is "ولاية": the event is coded to its capital
        ("خطف مسلحون 20 شخصاً من قرية في ولاية كادونا شمال غربي نيجيريا أمس.", "2024-03-08", "Kaduna"),
    ],
)
def test_the_unit_words_of_somalia_and_nigeria(text: str, published: str, location: str) -> None:
    events = marsad.extract(text, published=published).events
    assert [e.place.location for e in events if e.place] == [location]


def test_a_town_in_a_groups_name_is_no_scene_of_its_fight() -> None:
    text = "اندلعت اشتباكات أمس بين مجلس دير الزور العسكري ومقاتلين من العشائر في بلدة البصيرة."
    assert _locations(text) == ["Al-Busayrah"]


def test_the_city_told_again_is_no_capital_abroad_named_bare_for_its_government() -> None:
    """ "باتفاق رعته موسكو": Moscow names Russia's government; "المدينة" after it is the city named with its cue."""
    text = (
        "دخلت وحدات من الجيش السوري اليوم مدينة منبج بموجب اتفاق رعته موسكو، بعد انسحاب القوات الأمريكية من"
        " قواعدها في المدينة."
    )
    doc = marsad.extract(text, published=dt.date(2019, 10, 15))
    assert doc.events and {e.place.location for e in doc.events if e.place} == {"Menbij"}


def test_a_hall_named_after_a_capital_abroad_is_no_place() -> None:
    text = "سيطرت قوات البنيان المرصوص اليوم على مجمع قاعات واغادوغو للمؤتمرات في مدينة سرت بعد اشتباكات مع تنظيم داعش."
    doc = marsad.extract(text, published=dt.date(2016, 8, 10))
    assert doc.events and {e.place.location for e in doc.events if e.place} == {"Sirte"}


def test_the_city_after_a_cue_is_the_city_told_before() -> None:
    """ "ريف المدينة": the countryside of the city just named, not Medina nor Basra's al-Madinah (the text
    names Iraq, so the latter would be near)."""
    text = (
        "قصفت الطائرات التركية أمس مواقع في شمال العراق ومدينة كوباني. "
        "وقتل مقاتلان من قوات سوريا الديمقراطية في غارة على ريف المدينة."
    )
    assert set(_locations(text)) == {"Ain al Arab"}


def test_a_city_written_as_one_word_is_found() -> None:
    assert _locations("استشهد شاب برصاص قوات الاحتلال شرق خانيونس أمس.") == ["Khan Yunis"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("قتل أربعة مدنيين أمس جراء سقوط قذيفة على منزلهم في حي الأزهري جنوبي الخرطوم.", "Khartoum - Azhari"),
        ("نهب مسلحون أمس محال تجارية في السوق العربي وسط الخرطوم.", "Khartoum - Souq al-Arabi"),
    ],
)
def test_khartoums_quarters(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_where_the_teller_works_is_not_where_it_happened() -> None:
    doc = marsad.extract(
        "قالت منظمة حقوقية محلية تعمل في ولاية جنوب دارفور إن أربع نساء نازحات تعرضن لاعتداءات جنسية على يد عناصر "
        "من قوات الدعم السريع، أمس، أثناء خروجهن لجمع الحطب في محيط معسكر كلمة للنازحين شرقي مدينة نيالا.",
        published=PUB,
    )
    assert [(e.sub_event_type, e.place.location if e.place else "") for e in doc.events] == [
        (SubEventType.SEXUAL_VIOLENCE, "Kalma Camp")
    ]


def test_a_quarter_listed_after_another_needs_no_cue_of_its_own() -> None:
    locations = _locations("شن الطيران الحربي الإسرائيلي فجر اليوم سلسلة غارات على برج البراجنة والليلكي.")
    assert "Beirut - Burj al-Barajneh" in locations and "Beirut - Laylaki" in locations
    # a common word after "و" is no place of the list
    assert _locations("قصفت قوات النظام مدينة حمص والمناطق المحيطة بها أمس.") == ["Homs"]


def test_the_unit_a_place_is_said_to_belong_to_is_no_place_of_its_own() -> None:
    assert _locations("قصفت قوات النظام أمس بلدة كفرنبودة التابعة لمنطقة السقيلبية.") == ["Kafr Nabudah"]


def test_what_a_crowd_condemns_told_with_ala_is_not_where_it_marched() -> None:
    # (Diraz, a Bahraini village the gazetteer lists by hand, with its cue word)
    text = (
        "المنامة – مرآة البحرين: خرج مئات المواطنين أمس في مسيرة حاشدة في منطقة الدراز، منددين بالعدوان الإسرائيلي "
        "على قطاع غزة."
    )
    assert _locations(text) == ["Diraz"]
    # with no place of its own told, the crowd is still not in Gaza
    text = "خرج مئات المواطنين في البحرين أمس في مسيرة حاشدة، منددين بالعدوان الإسرائيلي على قطاع غزة."
    assert "Gaza" not in _locations(text)


def test_villages_of_the_western_aleppo_front_are_placed_not_coded_to_the_district() -> None:
    text = "سيطرت الفصائل أمس على قريتي أورم الصغرى وعنجارة في ريف حلب الغربي بعد اشتباكات مع قوات النظام."
    assert _locations(text) == ["Urum al-Sughra", "Anjara"]


def test_the_village_told_again_is_the_village_the_gazetteer_lacks_not_a_town_named_before() -> None:
    text = (
        "ود مدني – اتهمت لجان المقاومة في مدينة مدني قوات الدعم السريع بارتكاب مجزرة في قرية ود النورة بولاية "
        "الجزيرة أمس. وأوضح شهود أن قوات الدعم السريع اقتحمت القرية وأطلقت النار عشوائياً على السكان."
    )
    doc = marsad.extract(text, published=PUB)
    (again,) = [p for p in doc.places if doc.raw(p.span) == "القرية"]
    assert again.antecedent is not None and doc.places[again.antecedent].resolved is None
    assert again.resolved is None or again.resolved.location != "Wad Medani"


def test_a_village_told_again_is_no_governorates_capital() -> None:
    text = "هاجم مسلحون قرية الكرم التابعة لمركز أبو قرقاص بمحافظة المنيا أمس. وأحرق المسلحون منازل في القرية."
    doc = marsad.extract(text, published=PUB)
    (again,) = [p for p in doc.places if doc.raw(p.span) == "القرية"]
    assert again.resolved is None or again.resolved.location != "Minya"


def test_a_foreign_towns_name_after_madina_is_its_own_place() -> None:
    # "مدينة نييري" has no article, as foreign names go: a town the gazetteer lacks, not the capital told before
    text = (
        "نيروبي – قُتل 3 متظاهرين، أمس الثلاثاء، برصاص الشرطة الكينية التي أطلقت الغاز المسيل للدموع على آلاف "
        "المحتجين في وسط العاصمة. وفي مدينة نييري وسط البلاد، خرج المئات في مسيرة سلمية للمطالبة بسحب المشروع."
    )
    events = marsad.extract(text, published="2024-06-26").events
    subs = {e.sub_event_type for e in events}
    assert subs == {SubEventType.EXCESSIVE_FORCE, SubEventType.PEACEFUL_PROTEST} and len(events) == 2
    peaceful = next(e for e in events if e.sub_event_type is SubEventType.PEACEFUL_PROTEST)
    assert peaceful.place is None
    assert any(ev.role.value == "location" and ev.text == "نييري" for ev in peaceful.evidence)


def test_a_sentence_naming_a_town_unknown_takes_no_place_told_before() -> None:
    text = (
        "قُتل سبعة نازحين، يوم الجمعة، جراء قصف مدفعي شنته قوات الدعم السريع على مخيم أبو شوك شمال مدينة الفاشر. "
        "إلى ذلك، وثقت وحدة مكافحة العنف ضد المرأة اغتصاب أربع فتيات على أيدي عناصر من الدعم السريع في مدينة "
        "تمبول منتصف الشهر الماضي."
    )
    events = marsad.extract(text, published="2025-01-12").events
    rape = [e for e in events if e.sub_event_type is SubEventType.SEXUAL_VIOLENCE]
    assert len(rape) == 1 and rape[0].place is None


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # a province named with no town: its capital, at precision 3 (its cue word or, where the name is nothing
        # else, bare)
        ("قتل خمسة جنود أمس في هجوم لتنظيم القاعدة في محافظة أبين.", [("Zinjibar", 3)]),
        ("قتل مسلحون خمسة مدنيين أمس في هجوم على قرية في ولاية بورنو.", [("Maiduguri", 3)]),
        # a province named with its cue is no small place another name's country makes unlikely ("دان" is also a
        # town of Israel's): a town the gazetteer lacks in it is coded to the province's capital
        ("هاجم مسلحون بلدة دان غولبي بولاية زامفرا مساء الاثنين وقتلوا 12 قروياً.", [("Gusau", 3)]),
        # "البحيرة" is Chad's Lac after "إقليم" (a cue that names no Egyptian unit), Egypt's Beheira in Egypt
        (
            "قتل سبعة جنود في هجوم لجماعة بوكو حرام على موقع للجيش في بلدة نغوبوا بإقليم البحيرة غربي تشاد أمس.",
            [("Bol", 3)],
        ),
        ("تظاهر المئات في محافظة البحيرة شمالي مصر احتجاجاً على انقطاع المياه أمس.", [("Damanhur", 3)]),
        # (a province spelt without its long vowel, named with no town: its capital)
        ("هاجم مسلحون قرية في ولاية زامفرا شمال غربي نيجيريا مساء الاثنين وقتلوا 12 قروياً.", [("Gusau", 3)]),
        ("قتل مسلحون خمسة مدنيين أمس في هجوم على قرية في إقليم شمال كيفو.", [("Goma", 3)]),
        ("قتل ثلاثة جنود أمس في هجوم على كمين للجيش في شمال سيناء.", [("Arish", 3)]),
        ("قتل 12 مدنياً أمس في غارة بطائرة مسيرة على سوق في إقليم تيغراي.", [("Mekele", 3)]),
    ],
)
def test_provinces_named_without_a_town(text: str, placed: list[tuple[str, int]]) -> None:
    assert _placed(text) == placed


def test_a_town_of_the_province_before_it_is_the_one_place() -> None:
    # (not Dubai's Deira, and not the province's capital as a second event)
    text = (
        "قتل ثلاثة من عناصر الشرطة أمس بانفجار عبوة ناسفة في قرية تابعة لمقاطعة ديرة إسماعيل خان بإقليم"
        " خيبر بختونخوا."
    )
    assert [p for p, _ in _placed(text)] == ["Dera Ismail Khan"]


@pytest.mark.parametrize(
    "text",
    [
        # where the force withdrew to, over the areas in it and over the place it left
        "دخلت القوات العراقية أمس مدينة الرمادي بعد انسحاب مسلحي تنظيم داعش منها باتجاه مناطق في محافظة نينوى.",
        "انسحب مسلحو تنظيم داعش أمس من مدينة الرمادي باتجاه محافظة نينوى.",
        # ... and the place joined to it by "و"
        "دخلت القوات العراقية أمس مدينة الرمادي بعد انسحاب مسلحي تنظيم داعش منها باتجاه الفلوجة ومحافظة نينوى.",
    ],
)
def test_where_a_force_withdrew_to_is_no_place_of_the_event(text: str) -> None:
    assert {p for p, _ in _placed(text)} == {"Ramadi"}


def test_a_town_of_a_malian_cercle_is_one_place_of_it() -> None:
    text = (
        "صدت القوات المسلحة المالية مساء الخميس الماضي هجوماً استهدف معسكرها في بلدة بوني التابعة لدائرة دوينتزا"
        " بمنطقة موبتي، وأسفر الهجوم عن مقتل أربعة جنود."
    )
    (e,) = marsad.extract(text, published=dt.date(2022, 10, 10)).events
    assert e.place is not None and e.place.name_en == "Boni"


@pytest.mark.parametrize(
    "text",
    [
        # a town after the particle of a Romance name is part of that name: the cartel's, not Lima
        "قتل خمسة أشخاص أمس في هجوم على حانة وسط المكسيك. وتشهد الولاية صراعا بين كارتل خاليسكو وكارتل سانتا روسا"
        " دي ليما.",
        "قتل خمسة أشخاص أمس في هجوم على حانة وسط المكسيك تبناه كارتل سان ليما.",
    ],
)
def test_a_known_name_inside_a_romance_name_is_not_that_place(text: str) -> None:
    doc = marsad.extract(text, published=PUB)
    assert [e.place and e.place.country for e in doc.events] == [None]
    assert [e.actor2 and e.actor2.name for e in doc.events] == ["Civilians (Mexico)"]


def test_a_mogadishu_district_by_its_shorter_spelling() -> None:
    text = "قتل سبعة أشخاص أمس في تفجير انتحاري استهدف نقطة تفتيش في مديرية حمر ججب بالعاصمة الصومالية."
    assert _locations(text) == ["Mogadishu - Hamar Jajab"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # where men or the wounded were moved or evacuated to is no place of the event
        (
            "أخلى الجيش الصومالي أمس قاعدته في بلدة جوهر ونقل عناصره إلى مدينة بلدوين.",
            "Jawhar",
        ),
        ("قتل ثلاثة مدنيين أمس بقصف على بلدة سراقب، ونقل الجرحى إلى مستشفى في مدينة إدلب.", "Saraqib"),
    ],
)
def test_where_people_were_moved_to_is_no_place_of_the_event(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_gezira_s_al_hilaliya_after_its_cue_and_qamishli_s_quarter_stay_apart() -> None:
    sudan = "اقتحمت قوات الدعم السريع أمس قرية الهلالية شرقي ولاية الجزيرة وقتلت 40 مدنياً."
    assert _locations(sudan) == ["Al Hilaliya"]


def test_the_town_told_again_is_the_unknown_one_near_which_it_happened_not_the_datelines() -> None:
    """ "على أطراف بلدة X ... في البلدة": the town the gazetteer lacks, not the dateline's capital the
    qualified name would otherwise be taken to locate."""
    text = (
        "نيامي – قتل مسلحون مجهولون اثني عشر مزارعاً، أمس الأحد، على أطراف بلدة تاغاليكو غربي النيجر، "
        "وأحرقوا مخازن الحبوب في البلدة."
    )
    assert _locations(text) == [""]


def test_a_country_after_a_word_for_its_middle_is_where_things_happen() -> None:
    """ "شمال وسط بوركينا فاسو": not the home country of the group that struck."""
    text = (
        "قتل مسلحون من جماعة نصرة الإسلام والمسلمين عشرين قروياً أمس في هجوم على قرية تاغاليكو شمال وسط "
        "بوركينا فاسو."
    )
    doc = marsad.extract(text, published=PUB)
    assert [e.actor2 and e.actor2.name for e in doc.events] == ["Civilians (Burkina Faso)"]


def test_a_country_after_in_is_where_things_happen_not_the_home_of_the_group() -> None:
    """ "في الكاميرون": Boko Haram's villagers are Cameroon's, though the group's home is Nigeria."""
    text = "قتل مسلحون من جماعة بوكو حرام خمسة قرويين أمس في هجوم على قرية تاغاليكو في الكاميرون."
    doc = marsad.extract(text, published=PUB)
    assert [e.actor2 and e.actor2.name for e in doc.events] == ["Civilians (Cameroon)"]


def test_a_region_a_crowd_stands_with_named_with_its_cue_is_no_place_of_its_protest() -> None:
    text = "تظاهر آلاف المواطنين أمس في ساحة الشهداء وسط مدينة حمص تضامناً مع قطاع غزة."
    assert _locations(text) == ["Homs"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("قتل شخصان في قصف على مدينة إب أمس.", "Ibb"),
        ("تظاهر المئات في مدينة قم أمس احتجاجا على الغلاء.", "Qom"),
    ],
)
def test_a_name_too_short_for_the_name_matcher_is_found_after_its_cue(text: str, location: str) -> None:
    assert _locations(text) == [location]


def test_a_short_name_without_its_cue_is_no_place() -> None:
    """ "اب" is also "father": with no cue word before it, it names no place."""
    assert _locations("قتل اب وابنه في قصف على مدينة تعز أمس.") == ["Taiz"]


def test_a_site_the_text_puts_in_a_town_the_gazetteer_lacks_is_not_in_the_dateline_s_city() -> None:
    text = (
        "لاغوس – الجزيرة نت\nاختطف مسلحون عشرات التلاميذ أمس من مدرسة ثانوية حكومية في بلدة كاورا نامودا بولاية زمفارا"
        " شمال غربي نيجيريا."
    )
    assert "Lagos" not in _locations(text)


def test_places_listed_under_a_plural_cue_past_a_comma_are_each_a_scene() -> None:
    text = "هاجمت مجموعات من الشبان مراكز أمنية ليلة أمس في مدن طبربة، والقصرين، وسيدي بوزيد."
    assert sorted(_locations(text)) == ["Kasserine", "Sidi Bouzid", "Tebourba"]


def test_a_place_joined_after_a_direction_from_the_one_before_is_listed_too() -> None:
    text = (
        "اعتقلت قوات الاحتلال أمس 18 مواطناً خلال حملة مداهمات تركزت في مدينة الخليل وبلدة بيت أمر شمالها، وبلدة"
        " بيتا جنوب نابلس."
    )
    assert "Beita" in _locations(text)
