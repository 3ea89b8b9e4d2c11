"""Finding place names in text: clitics, multi-word names, cues, common words, outlets, anaphors,
coordinated lists and containment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.geo import cues
from marsad.geo.geocoder import Geocoder
from marsad.model.places import PlaceKind

from .conftest import mentions, resolved


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("وقصفت الطائرات والميادين", "الميادين", "gn:173480"),
        ("وصلت تعزيزات لمدينة الرقة", "الرقة", "gn:172955"),
        ("وصلت تعزيزات للرقة", "لرقة", "gn:172955"),
        ("قصف عنيف بالبوكمال", "البوكمال", "gn:174448"),
        ("فالقامشلي تشهد توتراً", "القامشلي", "gn:173377"),
        ("دخلت القوات منبج", "منبج", "gn:167357"),
        ("وبهجين اشتباكات", "هجين", "gn:174506"),
        ("انفجرت عبوة في الجيزة أمس", "الجيزة", "gn:360995"),  # written with the article, a place without a cue
        # a town GeoNames lists without population, named bare (towns-abroad.yaml), not Saudi Arabia's "الجبيل"
        ("استهدفت مسيرة سيارة على طريق بنت جبيل", "بنت جبيل", "gn:276592"),
    ],
)
def test_clitic_prefixes_are_seen_through(geocoder: Geocoder, text: str, surface: str, place_id: str) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and m.resolved.place_id == place_id


def test_span_points_at_the_name_in_the_raw_text(geocoder: Geocoder) -> None:
    text = "قصفت الطائرات مدينةَ دير الزور"  # with a diacritic on the cue
    doc, found = geocoder.geocode_text(text)
    assert [doc.raw(m.span) for m in found] == ["دير الزور"]
    m = found[0]
    assert m.cue == "مدينه" and m.cue_span is not None
    assert doc.raw(m.cue_span).startswith("مدينة")


@pytest.mark.parametrize(
    "text",
    [
        "طالب العمال برفع الأجور",  # al-Ummal is a neighbourhood only after حي
        "نقل موقع فرات بوست الخبر",  # outlet
        "قالت مصادر لـ”فرات بوست” إن الوضع هادئ",  # quoted outlet
        "زار الوفد دير الراهبات",  # دير alone is a word
        "أكدت الشرطة أن الحي هادئ",  # الحي with nothing to refer to
        "ونشرت صور للدمار",  # صور (pictures), also Tyre
        "ناقش المؤتمر مستقبل الثورة",  # الثورة, also a name of Tabqa
        "اشتبكت فرقة السلطان مراد مع فصيل آخر",  # ف + رقة: GeoNames also names Raqqa without its article
        "تحدث عن رقة المشاعر",  # a common word, the bare form of الرقة
        "أغلقوا الطريق لفترة وجيزة",  # و + جيزة: GeoNames also names Giza without its article
        "اشتبكت القوات مع مجموعة من المهربين المسلحين",  # smugglers; GeoNames' Persian name of an Iranian city
        "جرفت سيول جارفة عشرات المنازل",  # torrents, also Seoul
        # "the country" after a plural cue is no place (a Yemeni village), nor starts a list "سار" (marched;
        # Chad's Sarh) would join
        "وفي ثاني كبرى مدن البلاد، سار آلاف المتظاهرين بشكل سلمي",
        # an organisation's seat (place words `seat_words`), no place of the event
        "قالت منظمة حقوقية ومقرها لندن إن 12 شخصاً قتلوا",
        "قال المرصد السوري لحقوق الإنسان ومقره في لندن إن خمسة مدنيين قتلوا",
    ],
)
def test_common_words_and_outlets_are_not_places(geocoder: Geocoder, text: str) -> None:
    assert [raw for raw, m in mentions(geocoder, text) if m.resolved is not None] == []


def test_document_outlet_is_never_a_place(geocoder: Geocoder) -> None:
    text = "خاص – عين الفرات\nقصفت الطائرات مدينة الميادين."
    found = [(raw, m.resolved.place_id if m.resolved else None) for raw, m in mentions(geocoder, text, "عين الفرات")]
    assert found == [("الميادين", "gn:173480")]


def test_a_cue_makes_a_common_word_a_place(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "سيطرت القوات على حي العمال في دير الزور", "العمال")
    assert m.resolved is not None and m.resolved.location == "Deir ez-Zor - al-Ummal"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("سيطرت القوات على حيي العمال والعرفي في دير الزور", ["العمال", "العرفي"]),
        ("قصف على أحياء الجبيلة والرشدية والحويقة بمدينة دير الزور", ["الجبيلة", "الرشدية", "الحويقة"]),
        ("دخلت القوات بلدتي محردة والسقيلبية", ["محردة", "السقيلبية"]),
        # the dual's nominative
        ("وشهدت مدينتا إربد والزرقاء وقفات احتجاجية", ["إربد", "الزرقاء"]),
    ],
)
def test_dual_and_plural_cues_give_one_mention_per_name(geocoder: Geocoder, text: str, names: list[str]) -> None:
    found = [(raw, m) for raw, m in mentions(geocoder, text) if raw in names]
    assert [raw for raw, _ in found] == names
    assert all(m.resolved is not None for _, m in found)
    assert len({m.cue_span for _, m in found}) == 1  # they share the plural cue


def test_unknown_name_after_a_cue_is_a_declined_mention(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "اشتباكات في حي الزنبقية شرق المدينة", "الزنبقية")
    assert m.resolved is None
    assert m.declined_reason == "not in the gazetteer"
    assert m.cue == "حي"


def test_an_area_cue_before_a_name_head_marks_an_unknown_name(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "اشتباكات في منطقة عين الزرازير جنوب المدينة", "عين الزرازير")
    assert m.resolved is None and m.declined_reason == "not in the gazetteer" and m.cue_span is not None
    # a bare word that does not agree like an adjective is a name too
    m = resolved(geocoder, "اندلعت مظاهرة في منطقة برغيل جنوب المدينة", "برغيل")
    assert m.resolved is None and m.cue_span is not None
    # an area cue before an adjective, a direction or a verb names no place
    for text in ("سيطرت القوات على منطقة واسعة", "أقامت منطقة عازلة", "في منطقة حدودية", "منطقة تقع"):
        assert mentions(geocoder, text) == [], text


def test_containment_in_the_text(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "سيطرت القوات على حي الصناعة شرق مدينة دير الزور")
    (raw0, sinaa), (raw1, city) = found
    assert (raw0, raw1) == ("الصناعة", "دير الزور")
    assert sinaa.container == 1 and city.container is None
    assert city.qualifier == "شرق"
    assert city.resolved is not None and city.resolved.geo_precision == 1  # it contains, it is not "near"


def test_a_camp_in_the_middle_of_the_gaza_strip(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "غارة على منزل في مخيم النصيرات وسط قطاع غزة")
    (raw0, camp), (raw1, strip) = found
    assert (raw0, raw1) == ("النصيرات", "غزة")
    assert camp.container == 1 and strip.cue == "قطاع"


def test_village_in_a_countryside_region(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "قصفت الطائرات بلدة الشحيل بريف دير الزور الشرقي")
    (raw0, town), (raw1, region) = found
    assert raw1 == "دير الزور"
    assert raw0 == "الشحيل" and town.container == 1
    assert region.resolved is not None and region.resolved.kind is PlaceKind.REGION
    assert region.qualifier == "الشرقي" and region.cue == "ريف"


def test_anaphors_refer_back(geocoder: Geocoder) -> None:
    text = "دخلت القوات حي الجورة في دير الزور. وقال سكان إن الحي تعرض للقصف وإن المدينة محاصرة."
    found = mentions(geocoder, text)
    names = [raw for raw, _ in found]
    assert names == ["الجورة", "دير الزور", "الحي", "المدينة"]
    assert found[2][1].antecedent == 0 and found[3][1].antecedent == 1
    assert found[2][1].resolved is not None and found[2][1].resolved.location == "Deir ez-Zor - al-Jura"
    assert found[3][1].resolved is not None and found[3][1].resolved.location == "Deir ez-Zor"


def test_a_governorate_named_by_its_cue_is_no_antecedent_of_the_city(geocoder: Geocoder) -> None:
    text = "توفي رجل خلال مواجهات في مدينة طبربة من ولاية منوبة. وأضرم شبان النار في مقر للشرطة وسط المدينة."
    last = mentions(geocoder, text)[-1]
    assert last[0] == "المدينة"
    assert last[1].resolved is not None and last[1].resolved.location == "Tebourba"


def test_neighbourhood_of_another_neighbourhood_is_not_an_antecedent(geocoder: Geocoder) -> None:
    text = "تقدمت القوات في حي الجورة بدير الزور بعد أيام من خروج الحي المجاور (حي القصور) عن سيطرتها. وبقي الحي صامداً."
    found = mentions(geocoder, text)
    last = found[-1][1]
    assert found[-1][0] == "الحي"
    assert last.resolved is not None and last.resolved.location == "Deir ez-Zor - al-Jura"


def test_neighbourhoods_of_a_city_stand_for_the_city(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "غارات على أحياء دير الزور", "دير الزور")
    assert m.resolved is not None and m.resolved.kind is PlaceKind.CITY


def test_near_qualifier_gives_precision_two(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "انفجار قرب مدينة منبج", "منبج")
    assert m.qualifier == "قرب"
    assert m.resolved is not None and m.resolved.geo_precision == 2
    m = resolved(geocoder, "اشتباكات بالقرب من تدمر", "تدمر")
    assert m.resolved is not None and m.resolved.geo_precision == 2


@pytest.mark.parametrize(
    "text",
    [
        "خرجت مظاهرات سلمية في عدة مدن",  # سلمية: peaceful, also Salamiyah
        "وجاء القرار في إطار الاتفاق",  # إطار: framework, also Atar (Mauritania)
        "نفذ تنظيم القاعدة هجوماً جديداً",  # القاعدة: al-Qaeda, not a base
        "توجه الوفد من المطار إلى الفندق",  # إلى after a landmark word is no town
        "قالت مصادر بنسبة عالية من الدقة",  # عالية: high, also Aley
        "وحكم عليه بالسجن المؤبد",  # life imprisonment, not a prison
        "تجدر الإشارة إلى أن الوضع هادئ",  # الإشارة: a reference, also a spelling of al-Ashara
        "واستخدمت الشرطة الغازات المسيلة للدموع",  # tear gas, also M'Sila
        "نرى دوماً مشاركة واسعة في المعرض",  # always (with nunation), also Douma
        "قدم له رئيس النادي درعاً تكريمية",  # a shield (with nunation), also Daraa
        "بلغ الدخل السنوي للشركة مليون دولار",  # the future prefix س on نوي
        "وقال بشار الأسد في خطابه",  # a person, also Béchar
    ],
)
def test_more_common_words_are_not_places(geocoder: Geocoder, text: str) -> None:
    assert [raw for raw, m in mentions(geocoder, text) if m.resolved is not None] == []


def test_first_word_of_a_longer_unknown_name_is_not_a_place(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "انفجرت عبوة في بلدة عين الخضراء صباحاً")
    assert [(raw, m.resolved) for raw, m in found] == [("عين الخضراء", None)]


def test_a_cue_takes_the_bare_name_not_a_prefixed_word(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "وصل الوفد إلى مدينة لاسا أمس")
    assert all(m.resolved is None for _, m in found)


def test_a_longer_name_that_does_not_count_can_hide_a_shorter_one(geocoder: Geocoder) -> None:
    found = [raw for raw, m in mentions(geocoder, "أغلقت السلطات طريق حلب - اللاذقية") if m.resolved]
    assert found == ["حلب", "اللاذقية"]


@pytest.mark.parametrize(
    ("text", "surface", "place_id", "precision"),
    [
        ("عبرت الشاحنات معبر اليعربية", "اليعربية", "gn:383661", 2),
        ("هبطت الطائرة في مطار القامشلي", "مطار القامشلي", "SY.lm.qamishli-airport", 2),
    ],
)
def test_landmark_named_after_a_town(
    geocoder: Geocoder, text: str, surface: str, place_id: str, precision: int
) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and m.resolved.place_id == place_id
    assert m.resolved.geo_precision == precision


def test_the_countryside_of_a_town_without_a_region_is_the_town_at_precision_2(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصفت قوات النظام قرى بريف الباب", "الباب")
    assert m.resolved is not None and m.resolved.name_en == "Al Bab" and m.resolved.geo_precision == 2


_VOCAB = frozenset({"حي", "المدينه", "لبنان", "ب", "الحي"})


@given(st.text(alphabet=st.sampled_from(list("حيالمدنهلبوفكس")), max_size=9))
def test_clitic_forms_agree_with_strip_clitics(word: str) -> None:
    assert cues.clitic_forms(_VOCAB).get(word) == cues.strip_clitics(word, _VOCAB)


def test_a_town_cue_declines_a_foreign_city_in_a_report_about_another_country(geocoder: Geocoder) -> None:
    text = "قصفت قوات النظام بلدة الجيزة بريف درعا الشرقي. وانفجرت عبوة في بلدة صيدا أمس."
    town = resolved(geocoder, text, "صيدا")
    assert town.resolved is None and "about SY" in town.declined_reason
    # with a city cue, or alone, the Lebanese city stands
    assert resolved(geocoder, "قصفت إسرائيل مدينة صيدا أمس.", "صيدا").resolved is not None


def test_a_municipality_is_a_town_cue(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "اغتال مجهولون موظفاً في مجلس بلدية الجيزة بريف درعا الشرقي", "الجيزة")
    assert m.resolved is not None and m.resolved.country == "Syria"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # what describes a definite landmark is definite like it
        ("خرج الأهالي من الجامع الكبير مطالبين بالإصلاح", ["الجامع الكبير"]),
        # a verb after "the bridge" names nothing
        ("قال إن من استهدف الجسر أراد استهداف رمز عزيز", []),
    ],
)
def test_a_definite_landmark_takes_only_the_definite_words_after_it(
    geocoder: Geocoder, text: str, surfaces: list[str]
) -> None:
    assert [raw for raw, _ in mentions(geocoder, text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # a capital and a city of a million, far from the region, are in the default index
        ("أحرق محتجون سيارات في باريس أمس", "باريس", "Paris", "France"),
        ("تظاهر المئات في بوغوتا أمس", "بوغوتا", "Bogota", "Colombia"),
        ("انفجرت عبوة في كراتشي أمس", "كراتشي", "Karachi", "Pakistan"),
        # Afghanistan is covered town by town
        ("انفجرت عبوة في مدينة جلال آباد أمس", "جلال آباد", "Jalalabad", "Afghanistan"),
    ],
)
def test_places_of_the_world_arabic_news_reports(
    geocoder: Geocoder, text: str, surface: str, name: str, country: str
) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and (m.resolved.name_en, m.resolved.country) == (name, country)


def test_a_small_town_far_away_is_no_namesake_of_a_common_word(geocoder: Geocoder) -> None:
    # Cannes (كان) is below a million and no capital: "كان" stays a verb
    assert [raw for raw, m in mentions(geocoder, "وقال إنه كان في السوق أمس") if m.resolved is not None] == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("أغلق محتجون الطرق في مدينة كيسومو غربي كينيا أمس", ["Kenya"]),
        ("قتل جنديان في هجوم بأفغانستان أمس", ["Afghanistan"]),
        # a country that speaks or whose forces act is no place
        ("وقالت فرنسا إن القوات الباكستانية قصفت مواقع للمسلحين", []),
    ],
)
def test_countries_named_as_where_something_is(geocoder: Geocoder, text: str, named: list[str]) -> None:
    doc, _ = geocoder.geocode_text(text)
    assert geocoder.countries_named(doc) == named


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a capital whose name is also its country's, after "العاصمة"
        ("خرج الآلاف أمس في مسيرات بالعاصمة الجزائر", "الجزائر", "Algiers"),
        ("تظاهر المئات في العاصمة تونس", "تونس", "Tunis"),
    ],
)
def test_the_capital_named_after_its_appositive(geocoder: Geocoder, text: str, surface: str, name: str) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and m.resolved.name_en == name


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # cities of half a million to a million people outside the configured countries, by names no word
        # of the region's
        ("اندلعت اشتباكات عنيفة في مدينة كولياكان شمال غربي المكسيك", "كولياكان", "Mexico"),
        ("قصفت القوات الروسية مدينة دنيبرو بالصواريخ", "دنيبرو", "Ukraine"),
        # (a capital keeps its short names)
        ("شارك آلاف في مسيرة في مدينة ريغا", "ريغا", "Latvia"),
    ],
)
def test_world_cities_of_half_a_million_are_found(geocoder: Geocoder, text: str, surface: str, country: str) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and m.resolved.country == country


@pytest.mark.parametrize(
    "text",
    [
        # Surrey's GeoNames name "سوري" is Syrian; Salem's "سالم" a given name
        "قصف الجيش السوري مواقع للفصائل في ريف إدلب",
        "قال سالم أحمد إن القصف استمر ساعات",
    ],
)
def test_short_names_of_world_cities_below_a_million_are_not_kept(geocoder: Geocoder, text: str) -> None:
    assert all(m.resolved is None or m.resolved.country not in ("Canada", "India") for _, m in mentions(geocoder, text))


def test_the_stock_exchange_is_no_turkish_city(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "أوقفت بورصة الكويت التداول بعد هبوط مؤشرها العام")
    assert all(m.resolved is None or m.resolved.country != "Turkey" for _, m in found)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("هجوم على معسكر الجيش في بلدة بولكيسي وسط مالي", "بولكيسي", "Boulkessi"),
        ("سيطرت حركة إم 23 على بلدة روبايا في إقليم شمال كيفو", "روبايا", "Rubaya"),
        ("قصفت طائرات تركية مواقع في ناحية سيدكان شمال أربيل", "سيدكان", "Sidakan"),
        ("اشتباكات بين الجيش وحركة الشباب في بلدة مقوكوري بإقليم هيران", "مقوكوري", "Moqokori"),
    ],
)
def test_towns_the_bundled_geonames_lacks_take_their_parents_coordinates(
    geocoder: Geocoder, text: str, surface: str, name: str
) -> None:
    m = resolved(geocoder, text, surface)
    assert m.resolved is not None and m.resolved.name_en == name and m.resolved.coords_from_parent


def test_a_gazetteer_name_spelt_as_acled_spells_it(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصفت قوات الدعم السريع مدينة الجنينة عاصمة ولاية غرب دارفور", "الجنينة")
    assert m.resolved is not None and m.resolved.name_en == "El Geneina"
