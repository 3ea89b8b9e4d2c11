"""Neighbourhoods of other countries' cities (neighbourhoods-abroad.yaml): "City - District" in the
city's country, the quarters of a district contained in it, GeoNames' districts kept where they lie, and
Syrian neighbourhoods of the same name still Syria's."""

from __future__ import annotations

import math

import pytest

from marsad.geo.curated import load_layer
from marsad.geo.geocoder import Geocoder
from marsad.model.places import PlaceKind

from .conftest import resolved

ABROAD = [
    ("قتل ثلاثة في غارة على حي الشجاعية شرق مدينة غزة", "الشجاعية", "Gaza - Shujaiyeh", "Palestine", "Gaza Strip"),
    ("انفجار عبوة ناسفة في حي الكرادة وسط بغداد", "الكرادة", "Baghdad - Karrada", "Iraq", "Baghdad"),
    ("غارة إسرائيلية على الضاحية الجنوبية لبيروت", "الضاحية الجنوبية", "Beirut - Dahieh", "Lebanon", "Beirut"),
    ("غارة استهدفت مبنى في منطقة الباشورة في بيروت", "الباشورة", "Beirut - Bashoura", "Lebanon", "Beirut"),
    ("اشتباكات في حي أبو سليم بالعاصمة الليبية طرابلس", "أبو سليم", "Tripoli - Abu Salim", "Libya", "Tripoli"),
    # a front named by its place ("محور")
    ("اشتباكات على محور صلاح الدين جنوبي العاصمة الليبية طرابلس", "صلاح الدين", "Tripoli - Salah al-Din", "Libya",
     "Tripoli"),
    ("اشتباكات في حي باب التبانة في طرابلس شمال لبنان", "باب التبانة", "Tripoli - Bab al-Tabbaneh", "Lebanon", "North"),
    ("قصف على حي الجحملية في مدينة تعز", "الجحملية", "Taiz - Jahmaliya", "Yemen", "Taizz"),
    ("غارات على مديرية شعوب في صنعاء", "شعوب", "Sanaa - Shuub", "Yemen", "Amanat al Asimah"),
    ("تفجير في حي هودان بالعاصمة مقديشو", "هودان", "Mogadishu - Hodan", "Somalia", "Banadir"),
    ("هجوم على مدرسة الدرك في حي فالاديي بالعاصمة المالية باماكو", "فالاديي", "Bamako - Faladie", "Mali", "Bamako"),
    ("انفجار في مركز تعليمي في حي دشت برجي غربي كابل", "دشت برجي", "Kabul - Dasht-e Barchi", "Afghanistan", "Kabul"),
    ("اقتحام حي الشيخ جراح في القدس", "الشيخ جراح", "East Jerusalem - Sheikh Jarrah", "Palestine", "West Bank"),
    ("اقتحمت القوات البلدة القديمة في نابلس", "البلدة القديمة", "Nablus - Old City", "Palestine", "West Bank"),
    ("مظاهرات في حي المطرية بالقاهرة", "المطرية", "Cairo - Matariya", "Egypt", "Cairo"),
    ("اشتباكات في حي الأمل غربي مدينة خان يونس", "الأمل", "Khan Yunis - Al-Amal", "Palestine", "Gaza Strip"),
    ("غارة على حي الجنينة شرق مدينة رفح بقطاع غزة", "الجنينة", "Rafah - Al-Jneina", "Palestine", "Gaza Strip"),
]


@pytest.mark.parametrize(("text", "name", "location", "country", "admin1"), ABROAD)
def test_a_neighbourhood_abroad_is_city_dash_district_in_its_country(
    geocoder: Geocoder, text: str, name: str, location: str, country: str, admin1: str
) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert m.resolved.kind is PlaceKind.NEIGHBOURHOOD
    assert (m.resolved.location, m.resolved.country, m.resolved.admin1) == (location, country, admin1)
    assert m.resolved.geo_precision == 1 and m.resolved.coords_from_parent  # the city's coordinates, flagged


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        ("غارة على حارة حريك في الضاحية الجنوبية", "حارة حريك", "Beirut - Haret Hreik"),
        ("قصف مدفعي على حي دار السلام بأمبدة في أم درمان", "دار السلام", "Omdurman - Dar al-Salam"),
        ("انفجار في حي دار السلام بأمبدة", "دار السلام", "Omdurman - Dar al-Salam"),
    ],
)
def test_a_quarter_is_contained_in_its_district(geocoder: Geocoder, text: str, name: str, location: str) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert m.resolved.location == location


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def test_geonames_districts_keep_their_place_and_answer_to_district(geocoder: Geocoder) -> None:
    """No coordinates are hand-entered: the entries that are GeoNames places keep GeoNames' coordinates,
    which must lie near the city (Aden's al-Buraiqa, Little Aden, is the farthest, about 17 km); every
    neighbourhood is in its city's country. A district named as one ("مديرية الشيخ عثمان") is the place."""
    entries = [e for e in load_layer().entries if e.source.endswith("neighbourhoods of cities of other countries")]
    assert len(entries) > 250
    for e in entries:
        assert e.latitude is None and e.longitude is None, e.id
        place = geocoder.gazetteer.place(e.id)
        assert place is not None and place.city and place.has_coords, e.id
        city = geocoder.gazetteer.place(e.parent)
        while city is not None and city.kind is PlaceKind.NEIGHBOURHOOD:
            city = geocoder.gazetteer.place(city.parent)
        assert city is not None and city.latitude is not None and city.longitude is not None, e.id
        assert place.country == city.country, e.id
        if not place.coords_from_parent:
            assert place.latitude is not None and place.longitude is not None
            assert _km(place.latitude, place.longitude, city.latitude, city.longitude) < 20, e.id
    m = resolved(geocoder, "اشتباكات في مديرية الشيخ عثمان بمحافظة عدن", "الشيخ عثمان")
    assert m.resolved is not None, m.declined_reason
    assert (m.resolved.location, m.resolved.geo_precision) == ("Aden - Sheikh Othman", 1)
    assert not m.resolved.coords_from_parent


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        ("اشتباكات في حي الحميدية في مدينة دير الزور", "الحميدية", "Deir ez-Zor - al-Hamidiyah"),
        ("قصف على حي التضامن في دمشق", "التضامن", "Damascus - al-Tadamon"),
        ("قصف على حي التضامن", "التضامن", "Damascus - al-Tadamon"),  # Tunis has one too
        ("اشتباكات في حي الأشرفية", "الأشرفية", "Aleppo - al-Ashrafiyah"),  # so has Beirut
        ("غارة على حي المنصور", "المنصور", "Ar-Raqqa - al-Mansour"),  # so has Baghdad
        ("سقطت قذيفة على مخيم اليرموك جنوب دمشق", "مخيم اليرموك", "Damascus - Yarmouk"),
        ("مواجهات في حي التضامن بالعاصمة تونس", "التضامن", "Tunis - Ettadhamen"),
    ],
)
def test_names_shared_with_syrian_neighbourhoods(geocoder: Geocoder, text: str, name: str, location: str) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert m.resolved.location == location


def test_a_neighbourhood_abroad_is_declined_in_a_report_on_syria(geocoder: Geocoder) -> None:
    m = resolved(geocoder, "قصفت قوات النظام السوري حي الكرادة وقتلت مدنيين", "الكرادة")
    assert m.resolved is None and "IQ" in m.declined_reason


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        # the quarter's own name holds the cue word "مدينة": it is no city for that
        ("قذائف على منازل في الحارة 13 بمدينة الثورة في أم درمان", "مدينة الثورة", "Omdurman - Al Thawra"),
        ("انفجار سيارة مفخخة في سوق بمدينة الصدر شرقي بغداد", "مدينة الصدر", "Baghdad - Sadr City"),
        ("انفجار عبوة ناسفة في مدينة الصدر", "مدينة الصدر", "Baghdad - Sadr City"),
        # ... while Tabqa's other name stays Tabqa in a report on Syria
        ("غارات على مدينة الثورة في ريف الرقة الغربي", "مدينة الثورة", "Tabqa"),
    ],
)
def test_a_quarter_called_a_city(geocoder: Geocoder, text: str, name: str, location: str) -> None:
    m = resolved(geocoder, text, name)
    assert m.resolved is not None, m.declined_reason
    assert m.resolved.location == location
