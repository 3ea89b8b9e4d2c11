"""Choosing between places of the same name: cue kind, containment, document focus, country clues,
population and curated priors; declining when unsure; other countries."""

from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder
from marsad.geo.lookup import lookup
from marsad.model.places import PlaceKind

from .conftest import mentions, resolved


def test_hamidiyah_in_deir_ez_zor_not_a_village_elsewhere(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "دخلت القوات حي الحميدية وسط مدينة دير الزور", "الحميدية")
    assert m.resolved is not None
    assert m.resolved.location == "Deir ez-Zor - al-Hamidiyah"
    assert m.resolved.admin1 == "Deir ez-Zor"
    assert abs(m.resolved.latitude - 35.336) < 0.01 and abs(m.resolved.longitude - 40.141) < 0.01
    assert m.resolved.alternatives  # the namesakes are kept


@pytest.mark.parametrize(
    ("city", "location"),
    [("حمص", "Homs - al-Hamidiyah"), ("حماة", "Hama - al-Hamidiyah"), ("دير الزور", "Deir ez-Zor - al-Hamidiyah")],
)
def test_the_container_picks_the_namesake(geocoder: Geocoder, city: str, location: str) -> None:
    m = resolved(geocoder, f"اشتباكات في حي الحميدية بمدينة {city}", "الحميدية")
    assert m.resolved is not None and m.resolved.location == location


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        # a province's capital that bears its name stands for the province, far towns of it included
        ("هاجم مسلحون معسكراً للجيش في بلدة بوريم بمنطقة غاو شمالي مالي", "بوريم", "Bourem"),
        ("انفجر لغم بمركبة للبعثة قرب بلدة أغيلهوك في منطقة كيدال شمالي مالي", "أغيلهوك", "Aguelhok"),
    ],
)
def test_a_capital_named_like_its_province_holds_the_provinces_towns(
    geocoder: Geocoder, text: str, name: str, location: str
) -> None:
    found = mentions(geocoder, text)
    m = next(m for raw, m in found if raw == name)
    assert m.resolved is not None and m.resolved.location == location
    assert m.container is not None  # (the province only locates it: no event place of its own)


def test_a_town_anaphor_refers_to_the_place_named_with_its_own_cue_word(geocoder: Geocoder) -> None:
    text = (
        "سيطر مقاتلو التنظيم على بلدة مارتي بولاية بورنو بعد هجوم أجبر الجنود على الانسحاب نحو مدينة ديكوا. وأحرق"
        " المسلحون مقر الشرطة ومنازل في البلدة."
    )
    m = resolved(geocoder, text, "البلدة")
    assert m.resolved is not None and m.resolved.location == "Marte"


def test_document_focus_resolves_a_later_bare_neighbourhood(geocoder: Geocoder) -> None:
    text = "قصفت الطائرات مدينة حمص. وفي وقت لاحق اندلعت اشتباكات في حي الحميدية."
    m = resolved(geocoder, text, "الحميدية")
    assert m.resolved is not None and m.resolved.location == "Homs - al-Hamidiyah"


def test_ambiguous_neighbourhood_without_context_is_declined(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "وقالت مصادر إن حي الحميدية شهد اشتباكات متقطعة.", "الحميدية")
    assert m.resolved is None
    assert m.declined_reason.startswith("ambiguous")


def test_neighbourhood_cue_never_falls_back_to_a_village(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "اشتباكات في حي الحميدية بمدينة بانياس", "الحميدية")
    assert m.resolved is None  # villages called al-Hamidiyah exist, but a حي is a neighbourhood


def test_same_name_in_two_cities_follows_the_container(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "سيطرت القوات على حي الصناعة في مدينة الرقة", "الصناعة")
    assert m.resolved is not None and m.resolved.location == "Ar-Raqqa - al-Sinaa"


def test_country_clue_resolves_a_name_shared_across_countries(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "غارة إسرائيلية على بلدة قرب مدينة صور في جنوب لبنان", "صور")
    assert m.resolved is not None and m.resolved.country == "Lebanon"


@pytest.mark.parametrize(
    ("name", "country", "iso"),
    [
        ("بغداد", "Iraq", 368),
        ("الموصل", "Iraq", 368),
        ("غزة", "Palestine", 275),
        ("صنعاء", "Yemen", 887),
        ("بيروت", "Lebanon", 422),
        ("مقديشو", "Somalia", 706),
    ],
)
def test_big_cities_of_other_countries(geocoder: Geocoder, name: str, country: str, iso: int) -> None:
    m = resolved(geocoder, f"انفجار في {name} صباح اليوم", name)
    assert m.resolved is not None
    assert (m.resolved.country, m.resolved.iso) == (country, iso)
    assert m.resolved.kind is PlaceKind.CITY


def test_lookup_with_cue_prefers_the_curated_neighbourhood(geocoder: Geocoder) -> None:
    results = lookup(geocoder, "حي الحميدية")
    assert results[0].location == "Deir ez-Zor - al-Hamidiyah"
    assert all(r.kind is PlaceKind.NEIGHBOURHOOD for r in results)
    assert results[0].score > results[1].score


def test_lookup_near_a_city(geocoder: Geocoder) -> None:
    results = lookup(geocoder, "الحميدية", near="دير الزور")
    assert [r.location for r in results] == ["Deir ez-Zor - al-Hamidiyah"]
    results = lookup(geocoder, "الحميدية", near="حمص")
    assert results[0].location == "Homs - al-Hamidiyah"


def test_lookup_by_english_name(geocoder: Geocoder) -> None:
    results = lookup(geocoder, "Deir ez-Zor")
    assert results[0].kind is PlaceKind.CITY and results[0].admin1 == "Deir ez-Zor"


def test_lookup_of_a_region(geocoder: Geocoder) -> None:
    r = lookup(geocoder, "ريف إدلب الجنوبي")[0]
    assert r.kind is PlaceKind.REGION and r.geo_precision == 3 and r.admin1 == "Idleb"


def test_lookup_of_a_misspelling_uses_guarded_fuzzy_matching(geocoder: Geocoder) -> None:
    assert lookup(geocoder, "القامشلى")[0].place_id == "gn:173377"  # alef maqsura folds anyway
    assert lookup(geocoder, "السقيلبيه")[0].place_id == "gn:163921"
    assert lookup(geocoder, "قرقزان") == []  # nothing close enough: no guess


def test_unknown_name_is_not_guessed(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصف على قرية الزعفرانة الجديدة", "الزعفرانة")
    assert m.resolved is None


def test_a_neighbourhood_of_another_country_is_declined(geocoder: Geocoder) -> None:
    # Aleppo has an al-Jamiliyah; Beirut has none the gazetteer knows
    m = resolved(geocoder, "وقع انفجار في منطقة الجميلية في العاصمة اللبنانية", "الجميلية")
    assert m.resolved is None and "LB" in m.declined_reason
    # Aleppo has an al-Ashrafiyah, and so has Beirut (neighbourhoods-abroad.yaml): the text's country decides
    m = resolved(geocoder, "وقع انفجار في منطقة الأشرفية في العاصمة اللبنانية", "الأشرفية")
    assert m.resolved is not None and m.resolved.location == "Beirut - Achrafieh"


def test_governorate_known_only_by_its_capital(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "تظاهرات في محافظة البصرة", "البصرة")
    assert m.resolved is not None and m.resolved.country == "Iraq" and m.resolved.geo_precision == 3


def test_suburb_of_a_city(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "غارات على ضاحية بيروت", "بيروت")
    assert m.resolved is not None and m.resolved.location == "Beirut" and m.resolved.geo_precision == 2


def test_camp_named_like_a_city(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصف على مخيم جباليا", "جباليا")
    assert m.resolved is not None and m.resolved.country == "Palestine"


def test_a_name_is_no_evidence_for_itself(geocoder: Geocoder) -> None:
    """The second reading of the names uses what the others say: an area of Sirte named like Egypt's Giza is
    not Giza because its own first reading put Giza in the document's focus."""
    text = "اشتبكت القوات مع عناصر التنظيم في مدينة سرت، ونفذت طائرات غارات على مواقعه في منطقة الجيزة البحرية."
    m = resolved(geocoder, text, "الجيزة")
    assert m.resolved is None or m.resolved.country != "Egypt"


def test_a_neighbourhood_of_a_city_the_text_names_once_is_found(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قتل ثلاثة أشخاص بضربة استهدفت سيارة في حي المشتل شرقي العاصمة بغداد.", "المشتل")
    assert m.resolved is not None and m.resolved.location == "Baghdad - Mashtal"


def test_an_adjective_of_the_name_does_not_cut_it_from_its_city(geocoder: Geocoder) -> None:
    """ "حي الروضة السكني وسط مدينة مأرب": the residential quarter is inside Ma'rib, not Taiz's Rawdah."""
    m = resolved(geocoder, "سقط صاروخ على حي الروضة السكني وسط مدينة مأرب", "الروضة")
    assert m.container is not None
    assert m.resolved is None or "Taiz" not in m.resolved.location


@pytest.mark.parametrize(
    ("text", "word", "location"),
    [
        # with its country's adjective: that country's capital
        ("تظاهر الآلاف في العاصمة السودانية أمس.", "العاصمة السودانية", "Khartoum"),
        ("اعتقلت الشرطة عشرات المتظاهرين في العاصمة الجزائرية.", "العاصمة الجزائرية", "Algiers"),
        # alone: the capital of the country of the place named last before it, or first after it
        ("الجزائر - خرج آلاف المتظاهرين اليوم بالعاصمة، وشهدت مدينة وهران مسيرة مماثلة.", "العاصمة", "Algiers"),
        (
            "وفي مقديشو انتشر الجنود الإثيوبيون في الشوارع بعد هجوم وقع في منطقة كيلو 4 وسط العاصمة.",
            "العاصمة",
            "Mogadishu",
        ),
        ("خرج المئات في مسيرة وسط العاصمة، فيما شهدت مدينة الموصل وقفة مماثلة.", "العاصمة", "Baghdad"),
    ],
)
def test_the_capital_alone_or_with_its_countrys_adjective(
    geocoder: Geocoder, text: str, word: str, location: str
) -> None:
    m = resolved(geocoder, text, word)
    assert m.resolved is not None and m.resolved.location == location


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر المئات وسط العاصمة أمس.",  # no country known: declined, not guessed
        "قصفت قوات النظام بلدات في ريف العاصمة أمس.",  # the governorate around it, no capital
        "وصل الوفد إلى العاصمة المؤقتة عدن أمس.",  # another adjective: the name after it is the place
        "تظاهر المئات وسط العاصمة في رام الله.",  # a disputed capital is not guessed
    ],
)
def test_a_capital_of_no_known_country_is_no_place(geocoder: Geocoder, text: str) -> None:
    doc, mentions = geocoder.geocode_text(text)
    capitals = [m for m in mentions if doc.text[m.span.start : m.span.end].endswith("العاصمة")]
    assert all(m.resolved is None for m in capitals)


@pytest.mark.parametrize(
    ("text", "word", "location"),
    [
        # a landmark's head before a known name: the landmark is in that town
        ("انفجرت سيارة مفخخة في سوق حلب القديم أمس.", "حلب", "Aleppo"),
        # a name with a clitic after a head word is its own mention ("أبو محمد" is a person, "وحمص" a town)
        ("قال أبو محمد إن القصف طال مدينة إدلب وحمص.", "حمص", "Homs"),
    ],
)
def test_a_known_name_after_a_word_that_heads_no_compound_stays_a_place(
    geocoder: Geocoder, text: str, word: str, location: str
) -> None:
    m = resolved(geocoder, text, word)
    assert m.resolved is not None and m.resolved.location == location


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("انفجرت عبوة ناسفة قرب ناحية أبو صيدا في محافظة ديالى.", "أبو صيدا"),
        ("قصفت قوات النظام قرية كفر حمص في ريف حلب الجنوبي.", "كفر حمص"),
    ],
)
def test_a_known_name_right_after_a_compound_head_is_one_unknown_name(geocoder: Geocoder, text: str, word: str) -> None:
    m = resolved(geocoder, text, word)
    assert m.resolved is None or m.resolved.location not in ("Sidon", "Homs")


def test_a_street_named_after_a_town_is_not_that_town(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "خرج مئات في مدينة مصراتة في مسيرة جابت شارع طرابلس.", "")
    assert [m.resolved.location for _, m in found if m.resolved is not None] == ["Misratah"]


def test_a_small_village_with_a_distinct_two_word_name_counts_without_a_cue(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "أصيب ثلاثة مواطنين خلال قمع مسيرة كفر قدوم الأسبوعية.", "كفر قدوم")
    assert m.resolved is not None and m.resolved.country == "Palestine"


def test_a_name_with_the_adjective_of_a_common_noun_is_no_place(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "هتف المحتجون ضد الطبقة السياسية في ساحة النور. وسيطرت قسد على الطبقة أمس.", "")
    assert [m.resolved.location for _, m in found if m.resolved is not None] == ["Tabqa"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # a building named after a capital abroad is no event in that capital
        ("سيطرت قوات حكومة الوفاق أمس على مجمع واغادوغو للمؤتمرات في مدينة سرت الليبية.", ["Sirte"]),
        # the capital itself, with no building word before it, stays
        ("قتل ثلاثة جنود بهجوم في مدينة سرت الليبية، فيما انفجرت عبوة في واغادوغو.", ["Sirte", "Ouagadougou"]),
    ],
)
def test_a_place_abroad_after_a_building_word_is_the_buildings_name(
    geocoder: Geocoder, text: str, locations: list[str]
) -> None:
    found = mentions(geocoder, text, "")
    assert [m.resolved.location for _, m in found if m.resolved is not None] == locations


def test_a_quarter_told_twice_is_no_evidence_for_its_likelier_city(geocoder: Geocoder) -> None:
    text = (
        "الرقة – أعلنت القوات أنها حررت حي الصناعة في الجهة الشرقية من مدينة الرقة بالكامل. "
        "وقال البيان إن ثلاثة من مقاتليها قتلوا خلال معارك حي الصناعة. وتقع الرقة في سوريا."
    )
    found = mentions(geocoder, text, "")
    quarters = [
        m.resolved.location for _, m in found if m.resolved is not None and m.resolved.kind.value == "neighbourhood"
    ]
    assert quarters == ["Ar-Raqqa - al-Sinaa", "Ar-Raqqa - al-Sinaa"]


def test_a_town_of_the_governorate_told_beats_a_town_of_the_same_name_elsewhere_in_the_country(
    geocoder: Geocoder,
) -> None:
    text = (
        "سيطر الحوثيون أمس على مركز مديرية الزاهر في محافظة البيضاء. وانسحبت القوات الحكومية من بلدة الصومعة. "
        "وكانت القوات الحكومية قد سيطرت الأربعاء الماضي على مركز مديرية الزاهر."
    )
    found = mentions(geocoder, text, "")
    zahir = [m.resolved.admin1 if m.resolved else None for _, m in found if "الزاهر" in text[m.span.start : m.span.end]]
    assert zahir == ["Al Bayda", "Al Bayda"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("تظاهر المئات في رفح المصرية أمس.", "Egypt"),
        ("تظاهر المئات في رفح الفلسطينية أمس.", "Palestine"),
        ("اندلعت اشتباكات في طرابلس الليبية أمس.", "Libya"),
        # Sinai named: Egypt's
        ("شمال سيناء – قُتل أربعة جنود إثر انفجار عبوة ناسفة بمدرعة عسكرية جنوب مدينة رفح يوم السبت.", "Egypt"),
    ],
)
def test_a_country_adjective_after_a_name_says_whose_it_is(geocoder: Geocoder, text: str, country: str) -> None:
    # (the dateline "شمال سيناء" is a place of its own, North Sinai's)
    (m,) = [m for _, m in mentions(geocoder, text, "") if "سيناء" not in text[m.span.start : m.span.end]]
    assert m.resolved is not None and m.resolved.country == country


def test_a_country_adjective_outweighs_the_rest_of_the_text(geocoder: Geocoder) -> None:
    text = "فجّر مسلحون السور بين رفح الفلسطينية ورفح المصرية، فاندفع آلاف من سكان غزة إلى رفح المصرية."
    found = mentions(geocoder, text, "")
    countries = [m.resolved.country if m.resolved else None for _, m in found]
    assert countries == ["Palestine", "Egypt", "Palestine", "Egypt"]


@pytest.mark.parametrize(
    "text",
    [
        "قال ناشطون إن الغارات الروسية تدمر المنازل في بلدة كفرنبل.",
        "دبابات روسية لا تزال في المنطقة وهي تدمر المباني في بلدة كفرنبل.",
        "قوات الحشد تقتل 12 إرهابياً وتدمر عجلتين مفخختين في بلدة كفرنبل.",
    ],
)
def test_a_name_that_is_also_a_verb_with_its_object_is_the_verb(geocoder: Geocoder, text: str) -> None:
    found = mentions(geocoder, text, "")
    assert [m.resolved.location for _, m in found if m.resolved is not None] == ["Kafr Nabl"]


@pytest.mark.parametrize(
    "text",
    [
        "استعاد الجيش السوري تدمر اليوم بعد معارك مع التنظيم.",
        "شن التنظيم هجوماً على تدمر الأثرية.",
        "انفجرت عبوة على طريق تدمر – حمص.",
        "قتل جنديان في مدينة تدمر أمس.",
        "سيطر التنظيم على السخنة وتدمر في أيار.",
    ],
)
def test_that_name_read_as_a_place(geocoder: Geocoder, text: str) -> None:
    found = mentions(geocoder, text, "")
    assert "Tadmor" in [m.resolved.location for _, m in found if m.resolved is not None]


def test_the_two_villages_a_dual_cue_named_are_not_the_town_spelled_so(geocoder: Geocoder) -> None:
    text = "هاجم مسلحون قريتي تشوما بانغو وزاروم داري غربي النيجر. وجاء الهجوم انتقاماً لمقتل مسلحين في القريتين."
    found = mentions(geocoder, text, "")
    assert "Al-Qaryatayn" not in [m.resolved.location for _, m in found if m.resolved is not None]


def test_the_town_spelled_like_two_villages_stays_a_town(geocoder: Geocoder) -> None:
    found = mentions(geocoder, "قتل جنديان في هجوم على مدينة القريتين بريف حمص.", "")
    assert [m.resolved.location for _, m in found if m.resolved is not None][:1] == ["Al-Qaryatayn"]


@pytest.mark.parametrize(
    ("text", "latitude"),
    [
        # two West Bank villages of this name: one 15 km from Ramallah, one by Jenin, 60 km off
        ("هاجم مستوطنون قرية المغيّر شمال شرق رام الله واعتدوا على الأهالي.", 32.02),
        ("اقتحمت قوات الاحتلال قرية المغير قرب جنين فجر اليوم.", 32.42),
    ],
)
def test_of_two_villages_in_a_province_the_one_by_the_town_named(
    geocoder: Geocoder, text: str, latitude: float
) -> None:
    m = resolved(geocoder, text, "المغير" if "المغير " in text else "المغيّر")
    assert m.resolved is not None, m.declined_reason
    assert abs(m.resolved.latitude - latitude) < 0.05


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country of two words after its state's title and a direction: where things are, not the
        # neighbour the attackers fled to
        (
            "قتل مسلحون خمسة قرويين قرب بلدة بوكارانغا شمال غربي جمهورية أفريقيا الوسطى قبل أن يفروا نحو الحدود "
            "الكاميرونية.",
            "Central African Republic",
        ),
        ("قتل مسلحون ستة أشخاص في حانة بمدينة سيلايا وسط المكسيك.", "Mexico"),
        ("قتل مسلحون ستة أشخاص في هجوم على قرية في دولة مالي.", "Mali"),
    ],
)
def test_the_country_a_text_says_things_are_in(text: str, country: str) -> None:
    import marsad

    (e,) = marsad.extract(text, published="2024-10-13").events
    assert e.actor2 is not None and e.actor2.name == f"Civilians ({country})"
